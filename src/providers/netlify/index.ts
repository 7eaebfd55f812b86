// Netlify DNS (API v1). Concurrency: per-record. Each TXT value is a record of its own, created and deleted by
// id, so appending never touches other values at the owner and removing deletes only the records holding ours.
import { providerHttp, xRateLimitReset } from '../../http/api.js'
import { rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { createMissing, deleteOurs } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, pathSegment, zoneFinder } from '../zone.js'

const API_URL = 'https://api.netlify.com/api/v1'

const descriptor: ProviderDescriptor = {
  id: 'netlify',
  name: 'Netlify DNS',
  credentials: [
    {
      env: 'NETLIFY_TOKEN',
      description: 'Personal access token (User settings > Applications > Personal access tokens)',
      secret: true,
    },
  ],
  settings: [
    { env: 'NETLIFY_API_URL', description: 'API base URL', default: API_URL },
    { env: 'NETLIFY_TTL', description: 'TTL of the TXT records (seconds)', default: '300' },
  ],
  leastPrivilege:
    'Netlify personal access tokens cannot be scoped: a token acts as its user on every team, site and DNS zone ' +
    'the user can reach. Create a Netlify user that is a member of one team only, keep the alias zone in that ' +
    'team (Domains > Add a domain), and create the token as that user with an expiration date. The token then ' +
    "cannot reach your other teams' zones or sites.",
  docs: 'https://open-api.netlify.com/#tag/dnsZone',
}

interface NetlifyZone {
  id: string
  name: string
}

interface NetlifyRecord {
  id: string
  hostname: string
  type: string
  value: string
}

export const netlify: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.NETLIFY_TOKEN ?? ''
    const ttl = readTtl(context.env, 'NETLIFY_TTL', { default: 300 })
    const http = providerHttp(context, {
      provider: 'netlify',
      apiUrlEnv: 'NETLIFY_API_URL',
      defaultUrl: API_URL,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      secrets: [token],
      credentialHint: 'NETLIFY_TOKEN',
      throttle: xRateLimitReset,
    })

    // One listing serves every owner of the run: the account's zones do not change while it runs.
    const zones = rememberedUntilFailed(
      async () => (await http.request<NetlifyZone[]>('GET', '/dns_zones')).body,
    )
    const zoneOf = zoneFinder(
      async (name) => (await zones()).find((z) => absoluteless(z.name) === name),
      (owner, tried) =>
        `netlify: no DNS zone for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'add the alias zone under Domains, or check that NETLIFY_TOKEN belongs to a user of its team',
    )

    const recordsPath = (found: NetlifyZone) => `/dns_zones/${pathSegment(found.id)}/dns_records`

    /** The TXT records at owner; the API lists the whole zone. */
    const txtAt = async (found: NetlifyZone, owner: string): Promise<NetlifyRecord[]> => {
      const { body } = await http.request<NetlifyRecord[]>('GET', recordsPath(found))
      const name = absoluteless(owner)
      return body.filter((r) => r.type === 'TXT' && absoluteless(r.hostname) === name)
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const found = (await zoneOf(zone, owner)).zone
        // one record per request: the API takes no batch
        await createMissing(await txtAt(found, owner), values, recordValue, (value) =>
          http.request('POST', recordsPath(found), {
            body: { type: 'TXT', hostname: absoluteless(owner), value, ttl },
          }),
        )
      },
      async remove(zone, owner, values) {
        const found = (await zoneOf(zone, owner)).zone
        await deleteOurs(await txtAt(found, owner), values, recordValue, (r) =>
          // 404: another run (same value) deleted it first
          http.request('DELETE', `${recordsPath(found)}/${pathSegment(r.id)}`, { expect: [404] }),
        )
      },
    }
  },
}

function recordValue(record: NetlifyRecord): string {
  return record.value
}
