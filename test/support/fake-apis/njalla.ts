// A fake Njalla JSON-RPC API (POST /api/1/ with {"method", "params"}) over in-memory zones: list-domains,
// list-records, add-record, remove-record. Every answer is HTTP 200, a result or an error {"code", "message"}.
import { type FakeReply, type FakeServer, type MemoryRecord, type MemoryZones, serveFake } from './memory.js'

export interface FakeNjallaOptions {
  readonly token: string
  /** The account's registered domains: Njalla's zones. */
  readonly zones: MemoryZones
}

const result = (value: unknown): FakeReply => ({ body: { jsonrpc: '2.0', result: value } })
const failure = (code: number, message: string): FakeReply => ({
  body: { jsonrpc: '2.0', error: { code, message } },
})

export async function startFakeNjalla(options: FakeNjallaOptions): Promise<FakeServer> {
  const { zones } = options
  const recordObject = (record: MemoryRecord) => ({
    id: record.id,
    name: record.owner === record.zone ? '@' : record.owner.slice(0, -(record.zone.length + 1)),
    type: record.type,
    content: record.value,
    ttl: record.ttl,
  })

  return serveFake((request) => {
    if (request.rawPath !== '/api/1/') return { status: 404, body: 'Not Found' }
    if (request.method !== 'POST') return { status: 405, body: 'Method Not Allowed' }
    if (request.headers.authorization !== `Njalla ${options.token}`) return failure(403, 'Invalid token.')
    const { method, params } = JSON.parse(request.text || '{}') as {
      method?: unknown
      params?: Record<string, unknown>
    }
    if (typeof params !== 'object' || params === null) return failure(400, 'missing params')
    if (method === 'list-domains') {
      return result({
        domains: zones.zones.map((name) => ({ name, status: 'active', expiry: '2030-01-01T00:00:00Z' })),
      })
    }
    if (params.domain === undefined) return failure(400, 'missing domain')
    const domain = String(params.domain).toLowerCase()
    if (!zones.has(domain)) return failure(403, 'Permission denied')
    switch (method) {
      case 'list-records':
        return result({ records: zones.inZone(domain).map(recordObject) })
      case 'add-record': {
        const { type, name, content, ttl } = params
        if (type !== 'TXT') return failure(400, `fake Njalla: only TXT is implemented, not ${String(type)}`)
        if (typeof name !== 'string' || typeof content !== 'string' || content === '') {
          return failure(400, 'missing name or content')
        }
        if (!Number.isInteger(ttl) || (ttl as number) <= 0) return failure(400, 'invalid ttl')
        const owner = name === '@' || name === '' ? domain : `${name.toLowerCase()}.${domain}`
        return result(recordObject(zones.add(domain, owner, content, ttl as number)))
      }
      case 'remove-record': {
        if (params.id === undefined) return failure(400, 'missing ID')
        const record = zones.byId(String(params.id))
        if (record === undefined || record.zone !== domain) return failure(404, 'Record not found')
        zones.delete(record.id)
        return result({})
      }
      default:
        return failure(400, `Unknown method ${String(method)}`)
    }
  })
}
