// A fake Netlify API v1 (https://open-api.netlify.com/, dnsZone): zones listed at /dns_zones, records listed,
// created (201, one per request) and deleted (204) by id, a Bearer token checked on every request, errors as
// {code, message}.
import {
  type FakeReply,
  type MemoryApi,
  RecordStore,
  type StoredRecord,
  startMemoryApi,
} from './memory-store.js'

const BASE = ['api', 'v1']

export interface FakeNetlify {
  readonly api: MemoryApi
  readonly store: RecordStore
  readonly apiUrl: string
}

const error = (code: number, message: string): FakeReply => ({ status: code, body: { code, message } })

export async function startFakeNetlify(
  token: string,
  zones: readonly string[],
  /** The id the API gives a zone (any text: the client must send it as one path segment). */
  zoneId: (zone: string) => string = (zone) => `z-${zone.replace(/\./g, '-')}`,
): Promise<FakeNetlify> {
  const store = new RecordStore(zones)
  const zoneById = (id: string) => store.zones.find((zone) => zoneId(zone) === id)
  const shown = (record: StoredRecord) => ({
    id: record.id,
    hostname: record.name,
    type: record.type,
    value: record.data,
    ttl: record.ttl,
    priority: null,
    dns_zone_id: zoneId(record.zone),
    site_id: null,
    managed: false,
  })

  const api = await startMemoryApi((request) => {
    if (request.headers.authorization !== `Bearer ${token}`) return error(401, 'Access Denied')
    const [api1, v1, collection, id, records, recordId, ...rest] = request.segments
    if (api1 !== BASE[0] || v1 !== BASE[1] || collection !== 'dns_zones' || rest.length > 0) {
      return error(404, 'Not Found')
    }
    if (id === undefined) {
      if (request.method !== 'GET') return error(405, 'Method Not Allowed')
      return { body: store.zones.map((zone) => ({ id: zoneId(zone), name: zone, records: [] })) }
    }
    const zone = zoneById(id)
    if (zone === undefined || records !== 'dns_records') return error(404, 'Not Found')
    if (recordId !== undefined) {
      if (request.method !== 'DELETE') return error(405, 'Method Not Allowed')
      return store.delete(zone, recordId) ? { status: 204 } : error(404, 'Not Found')
    }
    if (request.method === 'GET') return { body: store.records(zone).map(shown) }
    if (request.method !== 'POST') return error(405, 'Method Not Allowed')
    const body = request.json as { type?: unknown; hostname?: unknown; value?: unknown; ttl?: unknown }
    if (
      typeof body?.type !== 'string' ||
      typeof body.hostname !== 'string' ||
      typeof body.value !== 'string'
    ) {
      return error(422, 'type, hostname and value are required')
    }
    if (store.zoneOf(body.hostname) !== zone) return error(422, `hostname ${body.hostname} is not in ${zone}`)
    if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || (body.ttl as number) < 1)) {
      return error(422, 'ttl must be a positive integer')
    }
    const stored = store.add(zone, {
      name: body.hostname,
      type: body.type,
      data: body.value,
      ttl: (body.ttl as number | undefined) ?? 3600,
    })
    return { status: 201, body: shown(stored) }
  })
  return { api, store, apiUrl: `${api.origin}/api/v1` }
}
