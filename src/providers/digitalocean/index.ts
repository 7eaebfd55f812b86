// DigitalOcean DNS (API v2): one domain record per TXT value, so appending never touches other values at the owner.
import { providerHttp } from '../../http/api.js'
import { readTtl } from '../ttl.js'
import { createMissing, deleteOurs, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneAtPath, zoneFinder } from '../zone.js'

const API_URL = 'https://api.digitalocean.com'
// DigitalOcean refuses a TTL under 30 seconds.
const MIN_TTL = 30

const descriptor: ProviderDescriptor = {
  id: 'digitalocean',
  name: 'DigitalOcean',
  credentials: [
    {
      env: 'DO_AUTH_TOKEN',
      description: 'Personal access token with the scopes domain:read, domain:create and domain:delete',
      secret: true,
    },
  ],
  settings: [
    { env: 'DO_API_URL', description: 'API base URL (without /v2)', default: API_URL },
    { env: 'DO_TTL', description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`, default: '30' },
  ],
  leastPrivilege:
    'DigitalOcean tokens can be limited by scope but not to one domain: create a personal access token ' +
    '(API > Tokens > Generate New Token > Custom Scopes) with only domain:read, domain:create and domain:delete, ' +
    'which still reaches every domain of the team. To keep the token away from your other zones, host the alias ' +
    'zone in a separate DigitalOcean team that holds nothing else and make the token there.',
  docs: 'https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records',
}

interface DomainRecord {
  id: number
  type: string
  name: string
  data: string
}

interface RecordsPage {
  domain_records: DomainRecord[]
  links?: { pages?: { next?: string } }
}

// The API's largest page: fewer round trips on a busy alias zone.
const PER_PAGE = 200

const data = (record: DomainRecord) => parseMaybeQuoted(record.data)

export const digitalocean: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.DO_AUTH_TOKEN ?? ''
    const ttl = readTtl(context.env, 'DO_TTL', { default: MIN_TTL, min: MIN_TTL })
    const http = providerHttp(context, {
      provider: 'digitalocean',
      apiUrlEnv: 'DO_API_URL',
      defaultUrl: API_URL,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      secrets: [token],
      credentialHint: 'DO_AUTH_TOKEN',
    })
    /** The domain of the account that holds the owner: GET /v2/domains/<name> answers 404 for others. */
    const domainFor = zoneFinder(
      zoneAtPath(http, (name) => `/v2/domains/${encodeURIComponent(name)}`),
      (owner, tried) =>
        `digitalocean: no domain for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'add the alias zone under Networking > Domains, or check that DO_AUTH_TOKEN belongs to its team',
    )
    const domainOf = async (zone: string, owner: string): Promise<string> =>
      (await domainFor(zone, owner)).name

    /** Every TXT record at the owner, following links.pages.next. */
    const txtRecords = async (domain: string, owner: string): Promise<DomainRecord[]> => {
      const records: DomainRecord[] = []
      for (let page = 1; ; page++) {
        const { body } = await http.request<RecordsPage>(
          'GET',
          `/v2/domains/${encodeURIComponent(domain)}/records`,
          {
            // name filters by the fully qualified name, whatever form the records carry
            query: { type: 'TXT', name: owner, per_page: PER_PAGE, page },
          },
        )
        records.push(...body.domain_records)
        if (!body.links?.pages?.next || body.domain_records.length === 0) return records
      }
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        const name = relativeName(owner, domain) || '@'
        await createMissing(await txtRecords(domain, owner), values, data, (value) =>
          http.request('POST', `/v2/domains/${encodeURIComponent(domain)}/records`, {
            body: { type: 'TXT', name, data: value, ttl },
          }),
        )
      },
      async remove(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        await deleteOurs(await txtRecords(domain, owner), values, data, (r) =>
          http.request(
            'DELETE',
            `/v2/domains/${encodeURIComponent(domain)}/records/${encodeURIComponent(r.id)}`,
          ),
        )
      },
    }
  },
}
