// DuckDNS: one TXT value per duckdns.org subdomain, set and cleared through the update URL.
import { providerHttp } from '../../http/api.js'
import { type CurrentTxt, currentTxtFromDns, holdsOnlyOurs } from '../single-value.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless } from '../zone.js'

const API_URL = 'https://www.duckdns.org'
const SUFFIX = 'duckdns.org'

const descriptor: ProviderDescriptor = {
  id: 'duckdns',
  name: 'DuckDNS',
  credentials: [
    { env: 'DUCKDNS_TOKEN', description: 'The account token shown on duckdns.org', secret: true },
  ],
  settings: [{ env: 'DUCKDNS_API_URL', description: 'Base URL of the update API', default: API_URL }],
  leastPrivilege:
    'DuckDNS has one token per account, valid for every subdomain of the account, and it cannot be narrowed. ' +
    'Use a separate DuckDNS account (its own sign-in) that owns only the subdomain used as the alias. ' +
    'DuckDNS also keeps a single TXT value per subdomain, served at the subdomain and every name below it: a ' +
    'certificate for a name and its wildcard needs two values at once, so give each its own alias ' +
    '(domain_alias lines name=alias) on two DuckDNS subdomains, and never let two runs use one subdomain at the same time.',
  docs: 'https://www.duckdns.org/spec.jsp',
}

export interface DuckdnsOptions {
  /** The TXT values DNS serves now at `owner`; undefined when that cannot be known. For tests. */
  currentTxt?: CurrentTxt
}

// What this process last set, per DuckDNS subdomain: a second value would silently replace the first.
const written = new Map<string, string>()

export function createDuckdns(options: DuckdnsOptions = {}): ProviderModule {
  const currentTxt = options.currentTxt ?? currentTxtFromDns
  return {
    descriptor,
    create(context: ProviderContext): DnsProvider {
      const token = context.env.DUCKDNS_TOKEN ?? ''
      const http = providerHttp(context, {
        provider: 'duckdns',
        apiUrlEnv: 'DUCKDNS_API_URL',
        defaultUrl: API_URL,
        secrets: [token],
        credentialHint: 'DUCKDNS_TOKEN',
      })

      const update = async (subdomain: string, query: Record<string, string>) => {
        // a GET that sets state, but setting the same value twice does no harm
        const { body } = await http.request<string>('GET', '/update', {
          query: { domains: subdomain, token, ...query },
        })
        const answer = String(body ?? '').trim()
        if (answer === 'OK') return
        throw new Error(
          `duckdns: the update of ${subdomain}.${SUFFIX} answered ${answer === 'KO' ? 'KO' : JSON.stringify(http.redact(answer).slice(0, 100))}: ` +
            `check DUCKDNS_TOKEN and that its account owns ${subdomain}.${SUFFIX}`,
        )
      }

      return {
        id: descriptor.id,

        async append(_zone, owner, values) {
          const subdomain = duckSubdomain(owner)
          const distinct = [...new Set(values)]
          if (distinct.length === 0) return
          if (distinct.length > 1) {
            throw new Error(
              `duckdns: ${owner} needs ${distinct.length} TXT values at once (a name and its wildcard), but DuckDNS keeps ` +
                `one TXT value per subdomain; give the wildcard its own alias on another DuckDNS subdomain`,
            )
          }
          const value = distinct[0] as string
          const earlier = written.get(subdomain)
          if (earlier !== undefined && earlier !== value) {
            throw new Error(
              `duckdns: ${subdomain}.${SUFFIX} already holds another TXT value of this run, and DuckDNS keeps one ` +
                'value per subdomain (for every name below it too); give each name its own DuckDNS subdomain as alias',
            )
          }
          await update(subdomain, { txt: value })
          written.set(subdomain, value)
        },

        async remove(zone, owner, values) {
          const subdomain = duckSubdomain(owner)
          const earlier = written.get(subdomain)
          if (earlier !== undefined && values.includes(earlier)) written.delete(subdomain)
          // even right after our write: another run may have set its value since, and clearing would take it away
          const where = { zone, owner, provider: 'duckdns', record: `${subdomain}.${SUFFIX}` }
          if (!(await holdsOnlyOurs(context, currentTxt, where, values))) return
          await update(subdomain, { txt: '', clear: 'true' })
        },
      }
    },
  }
}

export const duckdns: ProviderModule = createDuckdns()

/** The one label DuckDNS updates: `sub` of any name at or below sub.duckdns.org. */
function duckSubdomain(owner: string): string {
  const labels = absoluteless(owner).split('.')
  if (labels.length < 3 || labels.slice(-2).join('.') !== SUFFIX) {
    throw new Error(`duckdns: ${owner} is not under ${SUFFIX}; DuckDNS serves only its own subdomains`)
  }
  return labels[labels.length - 3] as string
}
