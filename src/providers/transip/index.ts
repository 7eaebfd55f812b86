// TransIP (REST API v6): a JWT from /auth, whose request body is signed with the account's private key.
// Concurrency: per-record. The API adds and removes single DNS entries (name, expire, type, content): append adds
// only the values missing, remove deletes exactly our entries; other entries at the owner are never touched.
import { createPrivateKey, type KeyObject, randomBytes, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { providerHttp, rateLimitResetIn } from '../../http/api.js'
import { rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { missingTxt, ourTxt, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.transip.nl/v6'
const CREDENTIALS = 'TRANSIP_ACCOUNT_NAME and TRANSIP_PRIVATE_KEY_PATH'

const descriptor: ProviderDescriptor = {
  id: 'transip',
  name: 'TransIP',
  credentials: [
    { env: 'TRANSIP_ACCOUNT_NAME', description: 'Login name of the TransIP account' },
    {
      env: 'TRANSIP_PRIVATE_KEY_PATH',
      description:
        'The PEM private key of an API key pair (Control panel > Account > API), or, as lego takes it, the path of a file holding it',
      secret: true,
    },
  ],
  settings: [
    { env: 'TRANSIP_API_URL', description: 'API base URL', default: API_URL },
    {
      env: 'TRANSIP_TTL',
      description: "TTL (expire) of the TXT entries, in seconds: TransIP's expire values",
      default: '60',
      values: ['60', '300', '3600', '86400'],
    },
  ],
  leastPrivilege:
    'TransIP API keys act for the whole account and cannot be limited to one domain. Keep the alias zone in a ' +
    'TransIP account of its own (it can be a small account that holds only that domain) and make the key pair ' +
    'there; the key must be a global key (not whitelisted to IP addresses), as runners have no fixed address.',
  docs: 'https://api.transip.nl/rest/docs.html',
}

/**
 * The Signature header of a /auth request: base64 of the RSA signature (PKCS#1 v1.5, SHA-512) over the exact
 * bytes of the JSON body, made with the account's private key.
 */
export function transipSignature(body: string, key: KeyObject): string {
  return sign('sha512', Buffer.from(body, 'utf8'), key).toString('base64')
}

interface DnsEntry {
  name: string
  expire: number
  type: string
  content: string
}

export const transip: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const env = context.env
    const login = env.TRANSIP_ACCOUNT_NAME ?? ''
    const keyText = privateKeyText(env.TRANSIP_PRIVATE_KEY_PATH ?? '')
    // a key is masked whole and line by line: a log line may hold one line of it
    for (const line of keyText.split(/\r?\n/)) if (line.trim().length > 16) context.host.mask(line.trim())
    const ttl = readTtl(env, 'TRANSIP_TTL', { default: 60, min: 60, max: 86_400 })
    if (![60, 300, 3600, 86400].includes(ttl)) {
      throw new Error(
        `TRANSIP_TTL must be one of 60, 300, 3600 or 86400 (TransIP's expire values); got "${ttl}"`,
      )
    }
    let key: KeyObject
    try {
      key = createPrivateKey(keyText)
    } catch {
      throw new Error(
        'TRANSIP_PRIVATE_KEY_PATH holds no readable PEM private key; give the key of the API key pair',
      )
    }
    const common = {
      provider: 'transip',
      apiUrlEnv: 'TRANSIP_API_URL',
      defaultUrl: API_URL,
      secrets: [keyText],
      credentialHint: CREDENTIALS,
      // over the limit, the API answers 429 and says in X-Rate-Limit-Reset (epoch seconds) when the window opens
      throttle: rateLimitResetIn('x-rate-limit-reset'),
    }
    const auth = providerHttp(context, common)

    // A token lives 30 minutes, longer than a run needs: one per provider instance.
    const bearer = rememberedUntilFailed((): Promise<string> => {
      const body = JSON.stringify({
        login,
        // the API accepts each nonce once; at most 32 characters
        nonce: randomBytes(16).toString('hex'),
        read_only: false,
        expiration_time: '30 minutes',
        global_key: true,
      })
      return auth
        .request<{ token: string }>('POST', '/auth', {
          text: body,
          headers: { 'content-type': 'application/json', signature: transipSignature(body, key) },
          // a resent body would reuse its nonce, which the API refuses: a failed /auth is asked anew next time
          idempotent: false,
        })
        .then(({ body: answer }) => {
          context.host.mask(answer.token)
          return answer.token
        })
    })

    const http = providerHttp(context, {
      ...common,
      signRequest: async () => ({ authorization: `Bearer ${await bearer()}` }),
    })

    const zoneOf = zoneFinder(
      async (name) => {
        const response = await http.request('GET', `/domains/${encodeURIComponent(name)}`, { expect: [404] })
        return response.status === 404 ? undefined : name
      },
      (owner, tried) =>
        `transip: no domain for ${owner} in this account (tried ${tried.join(', ')}); ` +
        `check that ${CREDENTIALS} belong to the account holding the alias zone`,
    )

    const dnsPath = (zone: string) => `/domains/${encodeURIComponent(zone)}/dns`

    const readTxt = async (zone: string, name: string): Promise<DnsEntry[]> => {
      const { body } = await http.request<{ dnsEntries: DnsEntry[] }>('GET', dnsPath(zone))
      return body.dnsEntries.filter((e) => e.type === 'TXT' && e.name.toLowerCase() === name)
    }

    const locate = async (zone: string, owner: string) => {
      const { name } = await zoneOf(zone, owner)
      return { zone: name, name: relativeName(owner, name) || '@' }
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const where = await locate(zone, owner)
        // one POST per entry: the API adds a single entry a call
        for (const value of missingTxt(await readTxt(where.zone, where.name), values, entryValue)) {
          await http.request('POST', dnsPath(where.zone), {
            body: { dnsEntry: { name: where.name, expire: ttl, type: 'TXT', content: value } },
          })
        }
      },
      async remove(zone, owner, values) {
        const where = await locate(zone, owner)
        for (const entry of ourTxt(await readTxt(where.zone, where.name), values, entryValue)) {
          // DELETE removes the entry that matches all four fields exactly
          await http.request('DELETE', dnsPath(where.zone), { body: { dnsEntry: entry } })
        }
      },
    }
  },
}

function entryValue(entry: DnsEntry): string {
  return parseMaybeQuoted(entry.content)
}

/** lego takes a path; a workflow secret is more naturally the key itself. */
function privateKeyText(value: string): string {
  if (value.includes('-----BEGIN')) return value
  if (value.trim() === '') return ''
  try {
    return readFileSync(value.trim(), 'utf8')
  } catch {
    throw new Error('TRANSIP_PRIVATE_KEY_PATH is neither a PEM private key nor the path of a readable file')
  }
}
