// Linode (Akamai) DNS Manager (API v4): one domain record per TXT value, so appending never touches other values.
import { providerHttp } from '../../http/api.js'
import { rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { createMissing, deleteOurs, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.linode.com/v4'
// Linode rounds other TTLs to its fixed steps; 300 is the smallest lego accepts and what the zone file honours.
const MIN_TTL = 300

const descriptor: ProviderDescriptor = {
  id: 'linode',
  name: 'Linode (Akamai Cloud) DNS Manager',
  credentials: [
    {
      env: 'LINODE_TOKEN',
      description: 'Personal access token with Domains: Read/Write',
      secret: true,
    },
  ],
  settings: [
    { env: 'LINODE_API_URL', description: 'API base URL', default: API_URL },
    {
      env: 'LINODE_TTL',
      description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`,
      default: '300',
    },
  ],
  leastPrivilege:
    'A token has the rights of the user who makes it, limited by its scopes. Add a restricted user to the account ' +
    '(Account > Users & Grants) whose only grant is Read/Write on the alias domain, log in as that user and create a ' +
    'personal access token with only Domains: Read/Write. The token then cannot see or change any other domain.',
  docs: 'https://techdocs.akamai.com/linode-api/reference/get-domain-records',
}

interface Paged<T> {
  data: T[]
  page: number
  pages: number
  results: number
}

interface Domain {
  id: number
  domain: string
  type: string
}

interface DomainRecord {
  id: number
  type: string
  name: string
  target: string
}

// The largest page the API gives.
const PAGE_SIZE = 500

const target = (record: DomainRecord) => parseMaybeQuoted(record.target)

export const linode: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.LINODE_TOKEN ?? ''
    const ttl = readTtl(context.env, 'LINODE_TTL', { default: MIN_TTL, min: MIN_TTL })
    const http = providerHttp(context, {
      provider: 'linode',
      apiUrlEnv: 'LINODE_API_URL',
      defaultUrl: API_URL,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      secrets: [token],
      credentialHint: 'LINODE_TOKEN',
    })

    async function allPages<T>(path: string, filter?: Record<string, string>): Promise<T[]> {
      const items: T[] = []
      for (let page = 1; ; page++) {
        const { body } = await http.request<Paged<T>>('GET', path, {
          query: { page, page_size: PAGE_SIZE },
          ...(filter ? { headers: { 'x-filter': JSON.stringify(filter) } } : {}),
        })
        items.push(...body.data)
        if (page >= body.pages) return items
      }
    }

    // One listing serves every owner of the run: the account's domains do not change while it runs.
    const domainsByName = rememberedUntilFailed(
      async () => new Map((await allPages<Domain>('/domains')).map((d) => [absoluteless(d.domain), d])),
    )
    const domainFor = zoneFinder(
      async (name) => (await domainsByName()).get(name),
      (owner, tried) =>
        `linode: no domain for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'add the alias zone in the DNS Manager, or grant the user of LINODE_TOKEN access to it',
    )
    const domainOf = async (zone: string, owner: string): Promise<Domain> =>
      (await domainFor(zone, owner)).zone

    const txtRecords = async (domain: Domain, owner: string): Promise<DomainRecord[]> => {
      const name = relativeName(owner, domain.domain).toLowerCase()
      // the type filter is documented; the name is compared here, where case and the apex ('') are under our control
      const records = await allPages<DomainRecord>(`/domains/${encodeURIComponent(domain.id)}/records`, {
        type: 'TXT',
      })
      return records.filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name)
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        const name = relativeName(owner, domain.domain)
        await createMissing(await txtRecords(domain, owner), values, target, (value) =>
          http.request('POST', `/domains/${encodeURIComponent(domain.id)}/records`, {
            body: { type: 'TXT', name, target: value, ttl_sec: ttl },
          }),
        )
      },
      async remove(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        await deleteOurs(await txtRecords(domain, owner), values, target, (r) =>
          http.request(
            'DELETE',
            `/domains/${encodeURIComponent(domain.id)}/records/${encodeURIComponent(r.id)}`,
          ),
        )
      },
    }
  },
}
