// Vercel DNS (REST API). Concurrency: per-record. Each TXT value is a record of its own, created and deleted by
// id, so appending never touches other values at the owner and removing deletes only the records holding ours.
import { providerHttp, xRateLimitReset } from '../../http/api.js'
import { readTtl } from '../ttl.js'
import { createMissing, deleteOurs } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { pathSegment, relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.vercel.com'
// Vercel refuses a record TTL under 60 seconds.
const MIN_TTL = 60
// The API's largest page of records.
const PAGE = 100

const descriptor: ProviderDescriptor = {
  id: 'vercel',
  name: 'Vercel DNS',
  credentials: [
    {
      env: 'VERCEL_API_TOKEN',
      description: 'Access token (Account settings > Tokens), scoped to the team that holds the alias domain',
      secret: true,
    },
  ],
  settings: [
    { env: 'VERCEL_API_URL', description: 'API base URL', default: API_URL },
    {
      env: 'VERCEL_TEAM_ID',
      description:
        'Team id (team_…) when the domain belongs to a team; empty: the domains of the token’s personal account',
    },
    {
      env: 'VERCEL_TTL',
      description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`,
      default: String(MIN_TTL),
    },
  ],
  leastPrivilege:
    'Vercel tokens cannot be limited to DNS or to one domain; the narrowest is a token whose scope is one team. ' +
    'Create a team that holds only the alias domain (no projects), create the token with that team as its scope ' +
    'and an expiration date, and set VERCEL_TEAM_ID to the team id. The token then cannot reach your other ' +
    "teams' domains or deployments.",
  docs: 'https://vercel.com/docs/rest-api/reference/endpoints/dns',
}

interface VercelRecord {
  id: string
  name: string
  type: string
  value: string
}

interface RecordPage {
  records: VercelRecord[]
  pagination?: { next: number | null }
}

export const vercel: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.VERCEL_API_TOKEN ?? ''
    const teamId = context.env.VERCEL_TEAM_ID?.trim() || undefined
    const ttl = readTtl(context.env, 'VERCEL_TTL', { default: MIN_TTL, min: MIN_TTL })
    const http = providerHttp(context, {
      provider: 'vercel',
      apiUrlEnv: 'VERCEL_API_URL',
      defaultUrl: API_URL,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      secrets: [token],
      credentialHint: teamId ? 'VERCEL_API_TOKEN and VERCEL_TEAM_ID' : 'VERCEL_API_TOKEN',
      throttle: xRateLimitReset,
    })
    const team = { teamId }
    const domainOf = zoneFinder(
      async (name) => {
        const response = await http.request('GET', `/v5/domains/${pathSegment(name)}`, {
          query: team,
          expect: [404],
        })
        return response.status === 404 ? undefined : name
      },
      (owner, tried) =>
        `vercel: no domain for ${owner} in this ${teamId ? 'team' : 'account'} (tried ${tried.join(', ')}); ` +
        'add the alias domain to Vercel, or check VERCEL_TEAM_ID',
    )

    /** The TXT records at owner, every page (newest first, paged by creation time). */
    const txtAt = async (domain: string, owner: string): Promise<VercelRecord[]> => {
      const name = relativeName(owner, domain)
      const records: VercelRecord[] = []
      let until: number | undefined
      do {
        const { body } = await http.request<RecordPage>('GET', `/v5/domains/${pathSegment(domain)}/records`, {
          query: { ...team, limit: PAGE, until },
        })
        records.push(...body.records.filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name))
        until = body.pagination?.next ?? undefined
      } while (until !== undefined)
      return records
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const { name: domain } = await domainOf(zone, owner)
        await createMissing(await txtAt(domain, owner), values, recordValue, (value) =>
          http.request('POST', `/v2/domains/${pathSegment(domain)}/records`, {
            query: team,
            body: { name: relativeName(owner, domain), type: 'TXT', value, ttl, comment: 'certalias' },
          }),
        )
      },
      async remove(zone, owner, values) {
        const { name: domain } = await domainOf(zone, owner)
        await deleteOurs(await txtAt(domain, owner), values, recordValue, (r) =>
          // 404: another run (same value) deleted it first
          http.request('DELETE', `/v2/domains/${pathSegment(domain)}/records/${pathSegment(r.id)}`, {
            query: team,
            expect: [404],
          }),
        )
      },
    }
  },
}

function recordValue(record: VercelRecord): string {
  return record.value
}
