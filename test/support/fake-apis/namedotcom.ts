// A fake Name.com Core API v1 (https://docs.name.com/): HTTP Basic auth `username:token` (401 otherwise), a
// domain at /core/v1/domains/{domainName} (404 when not in the account), records listed in pages (`perPage`,
// `page`, `nextPage` while more follow) with host and fqdn, created with a host relative to the domain and a TTL
// of 300 or more, deleted by id; errors as {message, details}.
import {
  type FakeReply,
  type FakeServer,
  jsonBody,
  type MemoryRecord,
  type MemoryZones,
  pathSegments,
  serveFake,
} from './memory.js'

const error = (status: number, message: string, details?: string): FakeReply => ({
  status,
  body: { message, ...(details === undefined ? {} : { details }) },
})
const MIN_TTL = 300

export async function startFakeNamecom(options: {
  username: string
  token: string
  zones: MemoryZones
}): Promise<FakeServer> {
  const { username, token, zones } = options
  const expected = `Basic ${Buffer.from(`${username}:${token}`).toString('base64')}`
  const shown = (r: MemoryRecord) => ({
    id: Number(r.id),
    domainName: r.zone,
    host: r.owner === r.zone ? '' : r.owner.slice(0, -(r.zone.length + 1)),
    fqdn: `${r.owner}.`,
    type: r.type,
    answer: r.value,
    ttl: r.ttl,
  })

  return serveFake((request) => {
    if (request.headers.authorization !== expected) return error(401, 'Unauthorized')
    const [core, v1, domains, domain = '', records, id, ...rest] = pathSegments(request)
    if (core !== 'core' || v1 !== 'v1' || domains !== 'domains' || rest.length > 0)
      return error(404, 'Not Found')
    if (!zones.has(domain)) return error(404, 'Not Found', 'domain not found in this account')
    const zone = domain.toLowerCase()
    if (records === undefined) {
      return request.method === 'GET'
        ? { body: { domainName: zone, locked: true } }
        : error(405, 'Method Not Allowed')
    }
    if (records !== 'records') return error(404, 'Not Found')
    if (id !== undefined) {
      if (request.method !== 'DELETE') return error(405, 'Method Not Allowed')
      return zones.byId(id)?.zone === zone && zones.delete(id)
        ? { body: {} }
        : error(404, 'Not Found', 'record not found')
    }
    if (request.method === 'GET') {
      const perPage = Math.min(Number(request.query.get('perPage') ?? 1000), 1000)
      const page = Number(request.query.get('page') ?? 1)
      const all = zones.inZone(zone)
      const lastPage = Math.max(1, Math.ceil(all.length / perPage))
      return {
        body: {
          records: all.slice((page - 1) * perPage, page * perPage).map(shown),
          ...(page < lastPage ? { nextPage: page + 1, lastPage } : {}),
          totalCount: all.length,
        },
      }
    }
    if (request.method !== 'POST') return error(405, 'Method Not Allowed')
    if (!/^application\/json/.test(String(request.headers['content-type']))) {
      return error(415, 'Unsupported Media Type', 'Content-Type must be application/json')
    }
    const body = jsonBody(request) as { host?: unknown; type?: unknown; answer?: unknown; ttl?: unknown }
    if (typeof body?.type !== 'string' || typeof body.answer !== 'string' || body.answer === '') {
      return error(400, 'Invalid Argument', 'type and answer are required')
    }
    if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || (body.ttl as number) < MIN_TTL)) {
      return error(400, 'Invalid Argument', `ttl must be at least ${MIN_TTL}`)
    }
    const host = typeof body.host === 'string' ? body.host.toLowerCase() : ''
    if (host.endsWith(zone)) return error(400, 'Invalid Argument', 'host is relative to the domain')
    const owner = host === '' || host === '@' ? zone : `${host}.${zone}`
    const stored = zones.add(zone, owner, body.answer, (body.ttl as number | undefined) ?? MIN_TTL, body.type)
    return { body: shown(stored) }
  })
}
