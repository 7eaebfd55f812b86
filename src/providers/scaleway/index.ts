// Scaleway Domains and DNS (API v2beta1): one PATCH of record changes adds or deletes single TXT values.
import { providerHttp } from '../../http/api.js'
import { rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { formatTxtContent, missingTxt, ourTxt, parseTxtContent } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.scaleway.com'
// lego's floor for Scaleway; the API rounds nothing, but resolvers cache a shorter TTL just as well.
const MIN_TTL = 60

const descriptor: ProviderDescriptor = {
  id: 'scaleway',
  name: 'Scaleway Domains and DNS',
  credentials: [
    {
      env: 'SCW_SECRET_KEY',
      description:
        'Secret key of an API key whose IAM policy allows managing DNS in the project of the alias zone',
      secret: true,
    },
  ],
  settings: [
    { env: 'SCW_API_URL', description: 'API base URL', default: API_URL },
    {
      env: 'SCW_PROJECT_ID',
      description: 'Project holding the alias zone; empty: every project the key can see',
      default: '',
    },
    { env: 'SCW_TTL', description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`, default: '60' },
  ],
  leastPrivilege:
    'Scaleway IAM scopes an API key by project, not by zone. Create an IAM application, attach a policy whose ' +
    'only rule grants the permission set DomainsDNSFullAccess on the project holding the alias zone, and generate ' +
    'an API key for that application. To keep the key away from your other zones, put the alias zone in a ' +
    'project of its own (a subdomain zone can be created in another project than its parent domain).',
  docs: 'https://www.scaleway.com/en/developers/api/domains-and-dns/',
}

interface DnsZone {
  domain: string
  subdomain: string
}

interface DnsRecord {
  id: string
  name: string
  type: string
  data: string
}

const PAGE_SIZE = 100

export const scaleway: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const secret = context.env.SCW_SECRET_KEY ?? ''
    const projectId = context.env.SCW_PROJECT_ID || undefined
    const ttl = readTtl(context.env, 'SCW_TTL', { default: MIN_TTL, min: MIN_TTL })
    const http = providerHttp(context, {
      provider: 'scaleway',
      apiUrlEnv: 'SCW_API_URL',
      defaultUrl: API_URL,
      headers: { 'x-auth-token': secret, accept: 'application/json' },
      secrets: [secret],
      credentialHint: 'SCW_SECRET_KEY',
    })

    /** Every item of a page/page_size list; total_count says when the last page was read. */
    async function allPages<T>(
      path: string,
      key: string,
      query: Record<string, string | undefined>,
    ): Promise<T[]> {
      const items: T[] = []
      for (let page = 1; ; page++) {
        const { body } = await http.request<Record<string, T[]> & { total_count: number }>('GET', path, {
          query: { ...query, page, page_size: PAGE_SIZE },
        })
        const batch = body[key] ?? []
        items.push(...batch)
        if (batch.length === 0 || items.length >= body.total_count) return items
      }
    }

    // One listing serves every owner of the run: the zones do not change while it runs.
    const hosted = rememberedUntilFailed(async () => {
      const list = await allPages<DnsZone>('/domain/v2beta1/dns-zones', 'dns_zones', {
        project_id: projectId,
      })
      return new Set(list.map((z) => absoluteless(z.subdomain ? `${z.subdomain}.${z.domain}` : z.domain)))
    })
    const zoneFor = zoneFinder(
      async (name) => ((await hosted()).has(name) ? name : undefined),
      (owner, tried) =>
        `scaleway: no DNS zone for ${owner} ${projectId ? `in project ${projectId}` : 'visible to this key'} ` +
        `(tried ${tried.join(', ')}); check SCW_PROJECT_ID and the IAM policy of SCW_SECRET_KEY`,
    )
    const zoneOf = async (zone: string, owner: string): Promise<string> => (await zoneFor(zone, owner)).name

    const recordsPath = (dnsZone: string) =>
      `/domain/v2beta1/dns-zones/${encodeURIComponent(dnsZone)}/records`

    const txtRecords = async (dnsZone: string, name: string): Promise<DnsRecord[]> => {
      const records = await allPages<DnsRecord>(recordsPath(dnsZone), 'records', { name, type: 'TXT' })
      // the name filter may match more loosely than one owner: keep exactly ours
      return records.filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name)
    }

    const patch = (dnsZone: string, changes: unknown[]) =>
      http.request('PATCH', recordsPath(dnsZone), {
        body: { changes, return_all_records: false, disallow_new_zone_creation: true },
      })

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const dnsZone = await zoneOf(zone, owner)
        const name = relativeName(owner, dnsZone)
        const missing = missingTxt(await txtRecords(dnsZone, name), values, recordValue)
        if (missing.length === 0) return
        // apex and wildcard values in one change: one zone version, one write
        await patch(dnsZone, [
          {
            add: {
              records: missing.map((value) => ({ name, type: 'TXT', data: formatTxtContent(value), ttl })),
            },
          },
        ])
      },
      async remove(zone, owner, values) {
        const dnsZone = await zoneOf(zone, owner)
        const name = relativeName(owner, dnsZone)
        const records = ourTxt(await txtRecords(dnsZone, name), values, recordValue)
        if (records.length === 0) return
        // identified by name, type and the data as stored, so only these values go
        await patch(
          dnsZone,
          records.map((r) => ({ delete: { id_fields: { name, type: 'TXT', data: r.data } } })),
        )
      },
    }
  },
}

function recordValue(record: { data: string }): string {
  return parseTxtContent(record.data)
}
