// ArvanCloud DNS (CDN API 4.0): one TXT record per value, so appending never touches other values at the owner.
import { providerHttp } from '../../http/api.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneAtPath, zoneFinder } from '../zone.js'

const API_URL = 'https://napi.arvancloud.ir/cdn/4.0'
// lego refuses less; ArvanCloud's panel offers 120 s and up, but 600 s is what is known to be accepted everywhere
const DEFAULT_TTL = '600'

const descriptor: ProviderDescriptor = {
  id: 'arvancloud',
  name: 'ArvanCloud',
  credentials: [
    {
      env: 'ARVANCLOUD_API_KEY',
      description:
        'API key as the panel shows it (`Apikey xxxxxxxx-...`); the `Apikey ` prefix is added when missing',
      secret: true,
    },
  ],
  settings: [
    { env: 'ARVANCLOUD_API_URL', description: 'API base URL', default: API_URL },
    { env: 'ARVANCLOUD_TTL', description: 'TTL (seconds) of the TXT records', default: DEFAULT_TTL },
  ],
  leastPrivilege:
    'Create a machine user (Machine users in the panel) with its own API key, and give it access to the CDN/DNS ' +
    'service of the alias zone only, no account-wide role. Where your account cannot limit a key to one domain, ' +
    'keep the alias zone in a separate ArvanCloud account that holds nothing else.',
  docs: 'https://www.arvancloud.com/docs/api/cdn/4.0',
}

interface ArvanRecord {
  id: string
  type: string
  name: string
  value: { text?: string } | unknown
}

interface ArvanList {
  data: ArvanRecord[]
  meta?: { current_page: number; last_page: number }
}

const PER_PAGE = 100

export const arvancloud: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const raw = (context.env.ARVANCLOUD_API_KEY ?? '').trim()
    // the panel shows the key with its scheme; people paste either form
    const authorization = /^apikey\s/i.test(raw) ? raw : `Apikey ${raw}`
    const bareKey = raw.replace(/^apikey\s+/i, '')
    const ttl = Number(context.env.ARVANCLOUD_TTL || DEFAULT_TTL)
    const http = providerHttp(context, {
      provider: 'arvancloud',
      apiUrlEnv: 'ARVANCLOUD_API_URL',
      defaultUrl: API_URL,
      headers: { authorization, accept: 'application/json' },
      secrets: [raw, bareKey],
      credentialHint: 'ARVANCLOUD_API_KEY',
    })
    const domainFor = zoneFinder(
      zoneAtPath(http, (name) => `/domains/${encodeURIComponent(name)}`),
      (owner, tried) =>
        `arvancloud: no domain for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'check that ARVANCLOUD_API_KEY may see the alias zone',
    )
    const domainOf = async (zone: string, owner: string): Promise<string> =>
      (await domainFor(zone, owner)).name

    /** The TXT records at the owner, from every page of the domain's TXT records. */
    const txtRecords = async (domain: string, name: string): Promise<ArvanRecord[]> => {
      const records: ArvanRecord[] = []
      for (let page = 1; ; page++) {
        const { body } = await http.request<ArvanList>(
          'GET',
          `/domains/${encodeURIComponent(domain)}/dns-records`,
          {
            query: { type: 'txt', page, per_page: PER_PAGE },
          },
        )
        records.push(
          ...body.data.filter(
            (r) => r.type.toLowerCase() === 'txt' && r.name.toLowerCase() === name.toLowerCase(),
          ),
        )
        if (page >= (body.meta?.last_page ?? 1)) return records
      }
    }

    const textOf = (record: ArvanRecord): string | undefined => {
      const value = record.value as { text?: unknown } | null
      return typeof value?.text === 'string' ? value.text : undefined
    }

    // ArvanCloud writes the zone apex as @
    const nameIn = (owner: string, domain: string) => relativeName(owner, domain) || '@'

    return {
      id: descriptor.id,

      async append(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        const name = nameIn(owner, domain)
        const present = new Set((await txtRecords(domain, name)).map(textOf))
        for (const value of new Set(values)) {
          if (present.has(value)) continue
          await http.request('POST', `/domains/${encodeURIComponent(domain)}/dns-records`, {
            body: {
              type: 'txt',
              name,
              value: { text: value },
              ttl,
              upstream_https: 'default',
              ip_filter_mode: { count: 'single', order: 'none', geo_filter: 'none' },
            },
          })
        }
      },

      async remove(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        const ours = new Set(values)
        const records = await txtRecords(domain, nameIn(owner, domain))
        for (const record of records) {
          const text = textOf(record)
          if (text !== undefined && ours.has(text)) {
            await http.request(
              'DELETE',
              `/domains/${encodeURIComponent(domain)}/dns-records/${encodeURIComponent(record.id)}`,
              { expect: [404] },
            )
          }
        }
      },
    }
  },
}
