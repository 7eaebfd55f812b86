// DuckDNS: one TXT value per duckdns.org subdomain, set and cleared through the update URL.
import { Resolver } from '../../dns/resolver.js'
import { providerHttp } from '../../http/api.js'
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
  currentTxt?: (context: ProviderContext, zone: string, owner: string) => Promise<string[] | undefined>
}

// What this process last set, per DuckDNS subdomain: a second value would silently replace the first.
const written = new Map<string, string>()

/** What the zone's authoritative servers serve now (the post step has no memory of what this run wrote). */
const currentTxtFromDns = (context: ProviderContext, zone: string, owner: string) =>
  new Resolver(context.resolvers).servedTxt(zone, owner)

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
          const ours = new Set(values)
          const earlier = written.get(subdomain)
          let clear: boolean
          if (earlier !== undefined) {
            clear = ours.has(earlier)
          } else {
            // another process wrote it (the post step after a crash): clear only what DNS shows as ours
            const served = await currentTxt(context, zone, owner).catch(() => undefined)
            clear = served !== undefined && served.length > 0 && served.every((v) => ours.has(v))
            if (served === undefined) {
              context.host.info(
                `duckdns: cannot tell whether ${subdomain}.${SUFFIX} still holds our value; left as is`,
              )
            }
          }
          if (!clear) return
          await update(subdomain, { txt: '', clear: 'true' })
          written.delete(subdomain)
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
