// A fake easyDNS REST API (rest.easydns.net) over in-memory zones: GET /zones/records/all/<domain>,
// PUT /zones/records/add/<domain>/TXT, DELETE /zones/records/<domain>/<id>, all with ?format=json and basic
// authentication (token:key). Record ids and TTLs are strings in answers, as the live API returns them.
import { type FakeReply, type FakeServer, type MemoryRecord, type MemoryZones, serveFake } from './memory.js'

export interface FakeEasyDnsOptions {
  readonly token: string
  readonly key: string
  readonly zones: MemoryZones
}

const failure = (status: number, message: string): FakeReply => ({
  status,
  body: { error: { code: status, message } },
})

export async function startFakeEasyDns(options: FakeEasyDnsOptions): Promise<FakeServer> {
  const { zones } = options
  const expected = `Basic ${Buffer.from(`${options.token}:${options.key}`).toString('base64')}`
  const tm = () => Math.floor(Date.now() / 1000)

  const recordObject = (record: MemoryRecord) => ({
    id: record.id,
    domain: record.zone,
    host: record.owner === record.zone ? '@' : record.owner.slice(0, -(record.zone.length + 1)),
    ttl: String(record.ttl),
    prio: '0',
    geozone_id: '0',
    type: record.type,
    rdata: record.value,
    last_mod: '2025-01-10 08:00:00',
  })

  return serveFake((request) => {
    if (request.headers.authorization !== expected) return failure(401, 'Unauthorized')
    if (request.query.get('format') !== 'json')
      return failure(400, 'fake easyDNS: only format=json is implemented')
    const parts = request.rawPath
      .split('/')
      .filter((p) => p !== '')
      .map(decodeURIComponent)
    if (parts[0] !== 'zones' || parts[1] !== 'records') return failure(404, 'Not Found')

    if (request.method === 'GET' && parts[2] === 'all' && parts.length === 4) {
      const domain = (parts[3] as string).toLowerCase()
      if (!zones.has(domain)) return failure(404, `No such domain: ${domain}`)
      const data = zones.inZone(domain).map(recordObject)
      return {
        body: { tm: tm(), data, count: data.length, total: data.length, start: 0, max: 1000, status: 200 },
      }
    }
    if (request.method === 'PUT' && parts[2] === 'add' && parts.length === 5) {
      const domain = (parts[3] as string).toLowerCase()
      if (!zones.has(domain)) return failure(404, `No such domain: ${domain}`)
      const body = JSON.parse(request.text || '{}') as Record<string, unknown>
      for (const field of ['domain', 'host', 'ttl', 'prio', 'type', 'rdata']) {
        if (body[field] === undefined || body[field] === '') return failure(400, `Missing field: ${field}`)
      }
      if (body.type !== parts[4] || body.type !== 'TXT')
        return failure(400, `Type ${String(body.type)} does not match the path`)
      if (String(body.domain).toLowerCase() !== domain) return failure(400, 'Domain does not match the path')
      if (!/^\d+$/.test(String(body.ttl))) return failure(400, `Invalid ttl: ${String(body.ttl)}`)
      const host = String(body.host)
      const owner = host === '@' ? domain : `${host.toLowerCase()}.${domain}`
      const record = zones.add(domain, owner, String(body.rdata), Number(body.ttl))
      return { status: 201, body: { msg: 'OK', tm: tm(), data: recordObject(record), status: 201 } }
    }
    if (request.method === 'DELETE' && parts.length === 4) {
      const record = zones.byId(parts[3] as string)
      if (record === undefined || record.zone !== (parts[2] as string).toLowerCase())
        return failure(404, 'Record not found')
      zones.delete(record.id)
      return { body: { msg: 'OK', tm: tm(), data: { domain: record.zone, id: record.id }, status: 200 } }
    }
    return failure(404, 'Not Found')
  })
}
