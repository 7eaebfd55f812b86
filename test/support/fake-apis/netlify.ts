// A fake Netlify API v1 (https://open-api.netlify.com/, dnsZone): zones listed at /dns_zones, records listed,
// created (201, one per request) and deleted (204) by id, a Bearer token checked on every request, errors as
// {code, message}.
import {
  type FakeReply,
  type FakeServer,
  jsonBody,
  type MemoryRecord,
  type MemoryZones,
  pathSegments,
  serveFake,
} from './memory.js'

export interface FakeNetlifyOptions {
  readonly token: string
  readonly zones: MemoryZones
  /** The id the API gives a zone (any text: the client must send it as one path segment). */
  readonly zoneId?: (zone: string) => string
}

const error = (code: number, message: string): FakeReply => ({ status: code, body: { code, message } })

export async function startFakeNetlify(options: FakeNetlifyOptions): Promise<FakeServer> {
  const { zones, zoneId = (zone) => `z-${zone.replace(/\./g, '-')}` } = options
  const zoneById = (id: string) => zones.zones.find((zone) => zoneId(zone) === id)
  const shown = (record: MemoryRecord) => ({
    id: record.id,
    hostname: record.owner,
    type: record.type,
    value: record.value,
    ttl: record.ttl,
    priority: null,
    dns_zone_id: zoneId(record.zone),
    site_id: null,
    managed: false,
  })

  return serveFake((request) => {
    if (request.headers.authorization !== `Bearer ${options.token}`) return error(401, 'Access Denied')
    const [api, v1, collection, id, records, recordId, ...rest] = pathSegments(request)
    if (api !== 'api' || v1 !== 'v1' || collection !== 'dns_zones' || rest.length > 0) {
      return error(404, 'Not Found')
    }
    if (id === undefined) {
      if (request.method !== 'GET') return error(405, 'Method Not Allowed')
      return { body: zones.zones.map((zone) => ({ id: zoneId(zone), name: zone, records: [] })) }
    }
    const zone = zoneById(id)
    if (zone === undefined || records !== 'dns_records') return error(404, 'Not Found')
    if (recordId !== undefined) {
      if (request.method !== 'DELETE') return error(405, 'Method Not Allowed')
      return zones.byId(recordId)?.zone === zone && zones.delete(recordId)
        ? { status: 204 }
        : error(404, 'Not Found')
    }
    if (request.method === 'GET') return { body: zones.inZone(zone).map(shown) }
    if (request.method !== 'POST') return error(405, 'Method Not Allowed')
    const body = jsonBody(request) as { type?: unknown; hostname?: unknown; value?: unknown; ttl?: unknown }
    if (
      typeof body?.type !== 'string' ||
      typeof body.hostname !== 'string' ||
      typeof body.value !== 'string'
    ) {
      return error(422, 'type, hostname and value are required')
    }
    if (zones.zoneOf(body.hostname) !== zone) return error(422, `hostname ${body.hostname} is not in ${zone}`)
    if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || (body.ttl as number) < 1)) {
      return error(422, 'ttl must be a positive integer')
    }
    const ttl = (body.ttl as number | undefined) ?? 3600
    return { status: 201, body: shown(zones.add(zone, body.hostname, body.value, ttl, body.type)) }
  })
}
