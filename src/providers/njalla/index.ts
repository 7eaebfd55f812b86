// Njalla through its JSON-RPC API (one endpoint, a method and its params per POST). Concurrency: per-record.
// add-record adds one value and remove-record removes one record by id, so neither touches another value.
import { providerHttp } from '../../http/api.js'
import { readTtl } from '../ttl.js'
import { missingTxt, ourTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, relativeName, zoneFromListing } from '../zone.js'

const API_URL = 'https://njal.la/api/1'

const descriptor: ProviderDescriptor = {
  id: 'njalla',
  name: 'Njalla',
  credentials: [
    {
      env: 'NJALLA_TOKEN',
      description: 'API token (Settings > API access), sent as `Authorization: Njalla …`',
      secret: true,
    },
  ],
  settings: [
    { env: 'NJALLA_API_URL', description: 'JSON-RPC endpoint', default: API_URL },
    { env: 'NJALLA_TTL', description: 'TTL of the TXT records (seconds)', default: '300' },
  ],
  leastPrivilege:
    'A Njalla API token acts for the whole account: every domain, and registrations too, not only DNS. Keep the ' +
    'alias domain in a Njalla account that holds nothing else, create the token there, and delete the token ' +
    'when no workflow uses it any more.',
  docs: 'https://njal.la/api/',
}

interface NjallaRecord {
  id: string | number
  name: string
  type: string
  content: string
}

interface RpcAnswer<T> {
  result?: T
  error?: { code?: number; message?: string }
  // JSON-RPC names it in lower case; some answers have been seen with "Error"
  Error?: { code?: number; message?: string }
}

export const njalla: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.NJALLA_TOKEN ?? ''
    const ttl = readTtl(context.env, 'NJALLA_TTL', { default: 300 })
    const http = providerHttp(context, {
      provider: 'njalla',
      apiUrlEnv: 'NJALLA_API_URL',
      defaultUrl: API_URL,
      headers: { authorization: `Njalla ${token}`, accept: 'application/json' },
      secrets: [token],
      credentialHint: 'NJALLA_TOKEN',
    })

    /** One JSON-RPC call; an error in the answer fails with its code and message (403 names the token). */
    const rpc = async <T>(
      method: string,
      params: Record<string, unknown>,
      idempotent: boolean,
    ): Promise<T> => {
      const { body } = await http.request<RpcAnswer<T>>('POST', '/', { body: { method, params }, idempotent })
      const error = body?.error ?? body?.Error
      if (error !== undefined || body?.result === undefined) {
        const code = error?.code
        const hint = code === 401 || code === 403 ? '. Check NJALLA_TOKEN: the API did not accept it' : ''
        throw new NjallaError(
          http.redact(
            `njalla: ${method} failed: ${error?.message ?? 'no result'}${code === undefined ? '' : ` (${code})`}${hint}`,
          ),
          code,
        )
      }
      return body.result
    }

    const listedDomain = zoneFromListing(async () =>
      ((await rpc<{ domains?: { name: string }[] }>('list-domains', {}, true)).domains ?? []).map(
        (d) => d.name,
      ),
    )
    /** The account's domain holding the owner (Njalla's zones are its registered domains). */
    const domainOf = async (owner: string): Promise<string> => {
      const domain = await listedDomain(owner)
      if (domain === undefined)
        throw new Error(`njalla: no domain of the account of NJALLA_TOKEN holds ${owner}`)
      return domain
    }

    const txtRecords = async (domain: string, name: string): Promise<NjallaRecord[]> => {
      const result = await rpc<{ records?: NjallaRecord[] }>('list-records', { domain }, true)
      return (result.records ?? []).filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name)
    }

    return {
      id: descriptor.id,
      async append(_zone, owner, values) {
        const fqdn = absoluteless(owner)
        const domain = await domainOf(fqdn)
        const name = relativeName(fqdn, domain) || '@'
        for (const content of missingTxt(await txtRecords(domain, name), values, (r) => r.content)) {
          await rpc('add-record', { domain, type: 'TXT', name, content, ttl }, false)
        }
      },
      async remove(_zone, owner, values) {
        const fqdn = absoluteless(owner)
        const domain = await domainOf(fqdn)
        const name = relativeName(fqdn, domain) || '@'
        for (const record of ourTxt(await txtRecords(domain, name), values, (r) => r.content)) {
          // 404: gone already (another run's cleanup of the same value)
          await rpc('remove-record', { domain, id: record.id }, true).catch((error: unknown) => {
            if (!(error instanceof NjallaError && error.code === 404)) throw error
          })
        }
      },
    }
  },
}

/** An error answer of the API, with its JSON-RPC error code. */
class NjallaError extends Error {
  constructor(
    message: string,
    readonly code: number | undefined,
  ) {
    super(message)
  }
}
