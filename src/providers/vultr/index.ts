// Vultr DNS (API v2): one domain record per TXT value, so appending never touches other values at the owner.
import { providerHttp } from '../../http/api.js'
import { rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { createMissing, deleteOurs, formatTxtContent, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.vultr.com/v2'

const descriptor: ProviderDescriptor = {
  id: 'vultr',
  name: 'Vultr DNS',
  credentials: [
    {
      env: 'VULTR_API_KEY',
      description: 'API key of a user with the Manage DNS permission',
      secret: true,
    },
  ],
  settings: [
    { env: 'VULTR_API_URL', description: 'API base URL', default: API_URL },
    { env: 'VULTR_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
  ],
  leastPrivilege:
    'Vultr API keys belong to a user and cannot be limited to one domain. Add a user to the account ' +
    '(Account > Users) whose only permission is Manage DNS, enable its API access and use its key: it then cannot ' +
    'touch servers or billing, but still reaches every domain of the account. To keep it away from your other ' +
    'zones, host the alias zone in a separate Vultr account that holds nothing else.',
  docs: 'https://www.vultr.com/api/#tag/dns',
}

interface Page {
  meta: { total: number; links: { next: string; prev: string } }
}

interface DomainRecord {
  id: string
  type: string
  name: string
  data: string
}

// The API's largest page.
const PER_PAGE = 500

const data = (record: DomainRecord) => parseMaybeQuoted(record.data)

export const vultr: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const apiKey = context.env.VULTR_API_KEY ?? ''
    const ttl = readTtl(context.env, 'VULTR_TTL', { default: 120 })
    const http = providerHttp(context, {
      provider: 'vultr',
      apiUrlEnv: 'VULTR_API_URL',
      defaultUrl: API_URL,
      headers: { authorization: `Bearer ${apiKey}`, accept: 'application/json' },
      secrets: [apiKey],
      credentialHint: 'VULTR_API_KEY',
    })

    /** Every item of a cursor-paginated list: meta.links.next is the cursor of the next page, empty on the last. */
    async function allPages<T>(path: string, key: string): Promise<T[]> {
      const items: T[] = []
      let cursor: string | undefined
      do {
        const { body } = await http.request<Page & Record<string, T[]>>('GET', path, {
          query: { per_page: PER_PAGE, cursor },
        })
        items.push(...(body[key] ?? []))
        cursor = body.meta?.links?.next || undefined
      } while (cursor !== undefined)
      return items
    }

    // One listing serves every owner of the run: the account's domains do not change while it runs.
    const hosted = rememberedUntilFailed(
      async () =>
        new Set(
          (await allPages<{ domain: string }>('/domains', 'domains')).map((d) => absoluteless(d.domain)),
        ),
    )
    const domainFor = zoneFinder(
      async (name) => ((await hosted()).has(name) ? name : undefined),
      (owner, tried) =>
        `vultr: no domain for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'add the alias zone under Network > DNS, or check that VULTR_API_KEY belongs to its account',
    )
    const domainOf = async (zone: string, owner: string): Promise<string> =>
      (await domainFor(zone, owner)).name

    // The records list has no name or type filter: read it all and pick the owner's TXT records.
    const txtRecords = async (domain: string, owner: string): Promise<DomainRecord[]> => {
      const name = relativeName(owner, domain)
      const records = await allPages<DomainRecord>(
        `/domains/${encodeURIComponent(domain)}/records`,
        'records',
      )
      return records.filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name)
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        const name = relativeName(owner, domain)
        await createMissing(await txtRecords(domain, owner), values, data, (value) =>
          http.request('POST', `/domains/${encodeURIComponent(domain)}/records`, {
            // Vultr keeps TXT data as given and serves it as is: the quotes make it one character-string
            body: { name, type: 'TXT', data: formatTxtContent(value), ttl, priority: 0 },
          }),
        )
      },
      async remove(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        await deleteOurs(await txtRecords(domain, owner), values, data, (r) =>
          http.request(
            'DELETE',
            `/domains/${encodeURIComponent(domain)}/records/${encodeURIComponent(r.id)}`,
          ),
        )
      },
    }
  },
}
