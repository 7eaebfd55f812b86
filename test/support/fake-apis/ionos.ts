// A fake IONOS DNS API (https://developer.hosting.ionos.com/docs/dns): X-API-Key `<prefix>.<secret>`, zones listed
// at /dns/v1/zones, a zone's records filtered by recordName and recordType (TXT content answered in quotes),
// records added by POST of an array with full names and a TTL of 300 or more (201) and deleted by id; errors as a
// list of {code, message}.
import {
  type FakeReply,
  type FakeServer,
  jsonBody,
  type MemoryRecord,
  type MemoryZones,
  pathSegments,
  serveFake,
} from './memory.js'

const errors = (status: number, code: string, message: string, extra: object = {}): FakeReply => ({
  status,
  body: [{ code, message, ...extra }],
})
const MIN_TTL = 300

export async function startFakeIonos(options: { apiKey: string; zones: MemoryZones }): Promise<FakeServer> {
  const { zones } = options
  const zoneId = (name: string) =>
    `4ab3a7e2-${String(zones.zones.indexOf(name)).padStart(4, '0')}-4000-8000-ionos`
  const zoneById = (id: string) => zones.zones.find((zone) => zoneId(zone) === id)
  const shown = (r: MemoryRecord) => ({
    id: r.id,
    name: r.owner,
    rootName: r.zone,
    type: r.type,
    content: r.type === 'TXT' ? `"${r.value}"` : r.value,
    changeDate: '2025-01-30T12:00:00.000Z',
    ttl: r.ttl,
    prio: 0,
    disabled: false,
  })

  return serveFake((request) => {
    if (request.headers['x-api-key'] !== options.apiKey) {
      return errors(401, 'UNAUTHORIZED', 'The customer is not authorized to do this operation.')
    }
    const [dns, v1, collection, id, records, recordId, ...rest] = pathSegments(request)
    if (dns !== 'dns' || v1 !== 'v1' || collection !== 'zones' || rest.length > 0) {
      return errors(404, 'NOT_FOUND', 'Not found')
    }
    if (id === undefined)
      return { body: zones.zones.map((zone) => ({ name: zone, id: zoneId(zone), type: 'NATIVE' })) }
    const zone = zoneById(id)
    if (zone === undefined) return errors(404, 'ZONE_NOT_FOUND', 'Zone not found.')
    if (records === undefined && request.method === 'GET') {
      const name = request.query.get('recordName')
      const types = request.query.get('recordType')?.split(',')
      const matching = zones
        .inZone(zone)
        .filter((r) => (name === null || r.owner === name) && (types === undefined || types.includes(r.type)))
      return { body: { id, name: zone, type: 'NATIVE', records: matching.map(shown) } }
    }
    if (records !== 'records') return errors(404, 'NOT_FOUND', 'Not found')
    if (request.method === 'POST' && recordId === undefined) {
      const body = jsonBody(request)
      if (!Array.isArray(body) || body.length === 0)
        return errors(400, 'INVALID_DATA', 'A list of records is required.')
      for (const record of body as { name?: unknown; type?: unknown; content?: unknown; ttl?: unknown }[]) {
        const invalidFields = [
          ...(typeof record.name !== 'string' || zones.zoneOf(record.name) !== zone ? ['name'] : []),
          ...(typeof record.type !== 'string' ? ['type'] : []),
          ...(typeof record.content !== 'string' || record.content === '' ? ['content'] : []),
          ...(record.ttl !== undefined && (!Number.isInteger(record.ttl) || (record.ttl as number) < MIN_TTL)
            ? ['ttl']
            : []),
        ]
        if (invalidFields.length > 0) {
          return errors(400, 'INVALID_RECORD', 'Record is invalid.', {
            parameters: { errorRecord: record, invalidFields },
          })
        }
      }
      const created = (body as { name: string; type: string; content: string; ttl?: number }[]).map((r) =>
        zones.add(zone, r.name, r.content, r.ttl ?? 3600, r.type),
      )
      return { status: 201, body: created.map(shown) }
    }
    if (request.method === 'DELETE' && recordId !== undefined) {
      return zones.byId(recordId)?.zone === zone && zones.delete(recordId)
        ? { body: '' }
        : errors(404, 'RECORD_NOT_FOUND', 'Record not found.')
    }
    return errors(405, 'METHOD_NOT_ALLOWED', 'Method not allowed')
  })
}
