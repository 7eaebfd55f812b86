// A fake Exoscale API v2 (DNS domains, records, operations) as Exoscale documents it: each request signed with
// EXO2-HMAC-SHA256 (checked here from the documented message layout, apart from the provider's code), writes
// answered with an operation to poll, errors as {"message": ...}.
import { createHmac } from 'node:crypto'
import { type FakeReply, type FakeRequest, type FakeServer, type MemoryZones, serveFake } from './memory.js'

export interface FakeExoscaleOptions {
  readonly key: string
  readonly secret: string
  readonly zones: MemoryZones
}

const BASE = '/v2'
const fail = (status: number, message: string): FakeReply => ({ status, body: { message } })

export async function startFakeExoscale(options: FakeExoscaleOptions): Promise<FakeServer> {
  const { zones } = options
  const domainId = (zone: string) =>
    `4a1e2b3c-0000-4000-8000-${String(zones.zones.indexOf(zone)).padStart(12, '0')}`
  const operations = new Map<string, number>()
  let nextOperation = 1

  const verify = (request: FakeRequest): FakeReply | undefined => {
    const header = String(request.headers.authorization ?? '')
    const fields = new Map(
      header
        .replace(/^EXO2-HMAC-SHA256 /, '')
        .split(',')
        .map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] as const),
    )
    if (!header.startsWith('EXO2-HMAC-SHA256 ') || fields.get('credential') !== options.key) {
      return fail(403, 'Invalid API key')
    }
    const expires = Number(fields.get('expires'))
    if (!Number.isInteger(expires) || expires < Date.now() / 1000)
      return fail(403, 'Expired request signature')
    const signedArgs = fields.get('signed-query-args')?.split(';') ?? []
    const message = `${request.method} ${request.rawPath}\n${request.text}\n${signedArgs.map((a) => request.query.get(a) ?? '').join('')}\n\n${expires}`
    const expected = createHmac('sha256', options.secret).update(message).digest('base64')
    return fields.get('signature') === expected ? undefined : fail(403, 'Invalid request signature')
  }

  const operation = (reference: string): FakeReply => {
    const id = `0b0e0000-0000-4000-8000-${String(nextOperation++).padStart(12, '0')}`
    // every operation is pending when first seen and done at the first poll
    operations.set(id, 1)
    return { body: { id, state: 'pending', reference: { id: reference } } }
  }

  return serveFake((request) => {
    const refused = verify(request)
    if (refused) return refused
    if (!request.rawPath.startsWith(`${BASE}/`)) return fail(404, 'Not Found')
    const parts = request.rawPath
      .slice(BASE.length + 1)
      .split('/')
      .map(decodeURIComponent)
    if (request.method === 'GET' && parts.length === 1 && parts[0] === 'dns-domain') {
      return {
        body: { 'dns-domains': zones.zones.map((name) => ({ id: domainId(name), 'unicode-name': name })) },
      }
    }
    if (parts[0] === 'operation' && parts.length === 2 && request.method === 'GET') {
      if (!operations.has(parts[1] as string)) return fail(404, 'Operation not found')
      return { body: { id: parts[1], state: 'success' } }
    }
    if (parts[0] !== 'dns-domain' || parts[2] !== 'record') return fail(404, 'Not Found')
    const zone = zones.zones.find((z) => domainId(z) === parts[1])
    if (zone === undefined) return fail(404, 'DNS domain not found')
    const ownerOf = (name: string) => (name === '' ? zone : `${name}.${zone}`)
    if (parts.length === 3 && request.method === 'GET') {
      const records = zones.inZone(zone).map((r) => ({
        id: r.id,
        name: r.owner === zone ? '' : r.owner.slice(0, -(zone.length + 1)),
        type: r.type,
        content: r.value,
        ttl: r.ttl,
      }))
      return { body: { 'dns-domain-records': records } }
    }
    if (parts.length === 3 && request.method === 'POST') {
      let body: { name?: unknown; type?: unknown; content?: unknown; ttl?: unknown }
      try {
        body = JSON.parse(request.text)
      } catch {
        return fail(400, 'Invalid JSON')
      }
      if (
        typeof body.name !== 'string' ||
        body.type !== 'TXT' ||
        typeof body.content !== 'string' ||
        body.content === ''
      ) {
        return fail(400, 'name, type and content are required')
      }
      const ttl = body.ttl === undefined ? 3600 : Number(body.ttl)
      if (!Number.isInteger(ttl) || ttl < 1) return fail(400, 'Invalid ttl')
      return operation(zones.add(zone, ownerOf(body.name), body.content, ttl).id)
    }
    if (parts.length === 4 && request.method === 'DELETE') {
      const record = zones.byId(parts[3] as string)
      if (record === undefined || record.zone !== zone) return fail(404, 'DNS domain record not found')
      zones.delete(record.id)
      return operation(record.id)
    }
    return fail(404, 'Not Found')
  })
}
