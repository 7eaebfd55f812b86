// A fake Vercel REST API (https://vercel.com/docs/rest-api, dns and domains): a domain looked up at
// /v5/domains/{domain}, records listed newest first in pages (`limit`, `until` = pagination.next), created at
// /v2/domains/{domain}/records with a name relative to the domain (TTL 60 or more) and deleted by id; domains of
// a team answer only with its teamId; errors as {error: {code, message}}, a bad token as 403.
import {
  type FakeReply,
  type FakeServer,
  jsonBody,
  type MemoryRecord,
  type MemoryZones,
  pathSegments,
  serveFake,
} from './memory.js'

export interface FakeVercelOptions {
  readonly token: string
  readonly zones: MemoryZones
  /** The team the domains belong to; undefined: the token's personal account. */
  readonly teamId?: string
}

const error = (status: number, code: string, message: string): FakeReply => ({
  status,
  body: { error: { code, message } },
})
const createdAt = (record: MemoryRecord) => 1_700_000_000_000 + Number(record.id)
const MAX_LIMIT = 100

export async function startFakeVercel(options: FakeVercelOptions): Promise<FakeServer> {
  const { zones } = options
  return serveFake((request) => {
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return error(403, 'forbidden', 'Not authorized')
    }
    const query = request.query
    const [version, domains, domain = '', records, recordId, ...rest] = pathSegments(request)
    if (domains !== 'domains' || rest.length > 0)
      return error(404, 'not_found', 'The page could not be found')
    if ((query.get('teamId') ?? undefined) !== options.teamId || !zones.has(domain)) {
      return error(404, 'not_found', `Domain ${domain} not found`)
    }
    const zone = domain.toLowerCase()
    if (records === undefined) {
      if (version !== 'v5' || request.method !== 'GET') return error(404, 'not_found', 'Not found')
      return { body: { domain: { name: zone, serviceType: 'zeit.world', verified: true } } }
    }
    if (records !== 'records') return error(404, 'not_found', 'Not found')
    if (request.method === 'GET' && version === 'v5' && recordId === undefined) {
      const limit = Math.min(Number(query.get('limit') ?? 20), MAX_LIMIT)
      const until = query.get('until')
      const newestFirst = zones
        .inZone(zone)
        .sort((a, b) => createdAt(b) - createdAt(a))
        .filter((r) => until === null || createdAt(r) < Number(until))
      const page = newestFirst.slice(0, limit)
      return {
        body: {
          records: page.map((r) => ({
            id: `rec_${r.id}`,
            slug: `${r.owner}-${r.type}`,
            name: r.owner === zone ? '' : r.owner.slice(0, -(zone.length + 1)),
            type: r.type,
            value: r.value,
            creator: 'user',
            created: createdAt(r),
            createdAt: createdAt(r),
            ttl: r.ttl,
          })),
          pagination: {
            count: page.length,
            next: newestFirst.length > limit ? createdAt(page.at(-1) as MemoryRecord) : null,
            prev: null,
          },
        },
      }
    }
    if (request.method === 'POST' && version === 'v2' && recordId === undefined) {
      const body = jsonBody(request) as { name?: unknown; type?: unknown; value?: unknown; ttl?: unknown }
      if (typeof body?.name !== 'string' || typeof body.type !== 'string' || typeof body.value !== 'string') {
        return error(
          400,
          'bad_request',
          'Invalid request: missing required property `name`, `type` or `value`',
        )
      }
      if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || (body.ttl as number) < 60)) {
        return error(400, 'bad_request', 'Invalid request: `ttl` should be >= 60.')
      }
      if (body.name.endsWith(`.${zone}`) || body.name === zone) {
        // the name is relative: a full name here would become <name>.<zone>.<zone>
        return error(400, 'bad_request', `Invalid request: name ${body.name} repeats the domain`)
      }
      const owner = body.name === '' || body.name === '@' ? zone : `${body.name}.${zone}`
      const stored = zones.add(zone, owner, body.value, (body.ttl as number | undefined) ?? 60, body.type)
      return { body: { uid: `rec_${stored.id}`, updated: createdAt(stored) } }
    }
    if (request.method === 'DELETE' && version === 'v2' && recordId !== undefined) {
      const id = recordId.replace(/^rec_/, '')
      return zones.byId(id)?.zone === zone && zones.delete(id)
        ? { body: {} }
        : error(404, 'not_found', 'The DNS record was not found')
    }
    return error(405, 'method_not_allowed', 'Method not allowed')
  })
}
