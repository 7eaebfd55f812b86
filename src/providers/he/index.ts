// Hurricane Electric Free DNS (dns.he.net): the dynamic TXT update of a pre-existing record, one value per record.
import { providerHttp } from '../../http/api.js'
import type { ThrottleAnswer, ThrottleVerdict } from '../../http/client.js'
import { type CurrentTxt, currentTxtFromDns, holdsOnlyOurs } from '../single-value.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless } from '../zone.js'

const API_URL = 'https://dyn.dns.he.net'
// What lego leaves in the record when it is done: HE has no delete through this API.
const PLACEHOLDER = '.'
// HE allows about 10 updates of one record in 2 minutes and answers "interval" beyond that: waited out
// 20 s at a time, over at most 3 attempts, before the answer is reported.
const INTERVAL_WAIT_MS = 20_000
const INTERVAL_TRIES = 3

const descriptor: ProviderDescriptor = {
  id: 'he',
  name: 'Hurricane Electric Free DNS (dns.he.net)',
  credentials: [
    {
      env: 'HURRICANE_TOKENS',
      description:
        'Comma-separated `name:key` pairs, one per TXT record: the record name (`_acme-challenge.validation.example.org`, ' +
        'or without `_acme-challenge.` as lego writes it) and the dynamic DNS key generated for that record in dns.he.net',
      secret: true,
    },
  ],
  settings: [{ env: 'HURRICANE_API_URL', description: 'Base URL of the dynamic DNS API', default: API_URL }],
  leastPrivilege:
    'Nothing to narrow: each key is generated for one TXT record (in dns.he.net, create the TXT record at the ' +
    'alias owner, tick "Enable entry for dynamic dns", then generate its key) and can change only that record. ' +
    'A record holds one value, so a certificate for a name and its wildcard (two values at once) needs two ' +
    'aliases, i.e. two records with a key each (domain_alias lines name=alias). Never share one record between ' +
    'runs that may overlap.',
  docs: 'https://dns.he.net/docs.html',
}

export interface HeOptions {
  /** The TXT values DNS serves now at `owner`; undefined when that cannot be known. For tests. */
  currentTxt?: CurrentTxt
}

// What this process last set, per record: a second value would silently replace the first.
const written = new Map<string, string>()

/** HURRICANE_TOKENS as a map from record name to key. */
export function parseHurricaneTokens(text: string): Map<string, string> {
  const tokens = new Map<string, string>()
  for (const pair of text.split(',')) {
    const trimmed = pair.trim()
    if (trimmed === '') continue
    const colon = trimmed.indexOf(':')
    if (colon <= 0 || colon === trimmed.length - 1) {
      throw new Error(
        'HURRICANE_TOKENS must be comma-separated name:key pairs, e.g. _acme-challenge.validation.example.org:key; ' +
          `one entry has no name or no key (entry ${tokens.size + 1})`,
      )
    }
    tokens.set(absoluteless(trimmed.slice(0, colon).trim()), trimmed.slice(colon + 1).trim())
  }
  return tokens
}

export function createHe(options: HeOptions = {}): ProviderModule {
  const currentTxt = options.currentTxt ?? currentTxtFromDns
  return {
    descriptor,
    create(context: ProviderContext): DnsProvider {
      const raw = context.env.HURRICANE_TOKENS ?? ''
      context.host.mask(raw)
      const tokens = parseHurricaneTokens(raw)
      for (const key of tokens.values()) context.host.mask(key)
      const http = providerHttp(context, {
        provider: 'he',
        apiUrlEnv: 'HURRICANE_API_URL',
        defaultUrl: API_URL,
        secrets: [raw, ...tokens.values()],
        credentialHint: 'HURRICANE_TOKENS',
        throttle: tooOften,
      })

      const keyFor = (owner: string): string => {
        const name = absoluteless(owner)
        const key = tokens.get(name) ?? tokens.get(name.replace(/^_acme-challenge\./, ''))
        if (key === undefined) {
          throw new Error(
            `he: HURRICANE_TOKENS has no key for ${name}; add ${name}:<key>, the dynamic DNS key of that TXT record`,
          )
        }
        return key
      }

      const update = async (owner: string, txt: string) => {
        const hostname = absoluteless(owner)
        const form = new URLSearchParams({ hostname, password: keyFor(owner), txt }).toString()
        // setting one value twice does no harm, so a retry after a lost answer is safe
        const { body } = await http.request<string>('POST', '/nic/update', {
          text: form,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          idempotent: true,
        })
        const answer = String(body ?? '').trim()
        const code = answer.split(/\s/)[0] ?? ''
        if (code === 'good' || code === 'nochg') return
        throw new Error(
          http.redact(
            `he: the update of ${hostname} answered "${answer.slice(0, 100)}": ${explain(code, hostname)}`,
          ),
        )
      }

      return {
        id: descriptor.id,

        async append(_zone, owner, values) {
          const name = absoluteless(owner)
          const distinct = [...new Set(values)]
          if (distinct.length === 0) return
          if (distinct.length > 1) {
            throw new Error(
              `he: ${name} needs ${distinct.length} TXT values at once (a name and its wildcard), but a dynamic ` +
                'dns.he.net record holds one value; give the wildcard its own alias with its own record and key',
            )
          }
          const value = distinct[0] as string
          const earlier = written.get(name)
          if (earlier !== undefined && earlier !== value) {
            throw new Error(
              `he: ${name} already holds another TXT value of this run, and a dynamic dns.he.net record holds one ` +
                'value; give each name its own alias with its own record and key',
            )
          }
          await update(owner, value)
          written.set(name, value)
        },

        async remove(zone, owner, values) {
          const name = absoluteless(owner)
          const earlier = written.get(name)
          if (earlier !== undefined && values.includes(earlier)) written.delete(name)
          // even right after our write: another run may have set its value since, and a reset would take it away
          if (
            !(await holdsOnlyOurs(context, currentTxt, { zone, owner, provider: 'he', record: name }, values))
          )
            return
          // the record itself must stay: its dynamic key belongs to it
          await update(owner, PLACEHOLDER)
        },
      }
    },
  }
}

export const he: ProviderModule = createHe()

/** "interval": the record was updated too often; waited out until the last attempt, whose answer is reported. */
function tooOften({ body, attempt }: ThrottleAnswer): ThrottleVerdict {
  if (body.trim().split(/\s/)[0] !== 'interval' || attempt >= INTERVAL_TRIES) return false
  return { waitMs: INTERVAL_WAIT_MS, reason: 'updated too often ("interval")' }
}

function explain(code: string, hostname: string): string {
  switch (code) {
    case 'badauth':
      return `check HURRICANE_TOKENS: the key for ${hostname} is not the dynamic DNS key of that record`
    case 'nohost':
      return `no TXT record ${hostname} with dynamic DNS enabled exists in dns.he.net; create it first`
    case 'notfqdn':
      return `${hostname} is not a full domain name`
    case 'abuse':
      return `dns.he.net blocked updates of ${hostname} for abuse`
    case 'interval':
      return `${hostname} was updated too often; wait a few minutes`
    default:
      return 'an unexpected answer from dns.he.net'
  }
}
