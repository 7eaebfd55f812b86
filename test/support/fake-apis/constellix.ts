// A fake Constellix DNS API v4 over in-memory zones: domains and their records, paginated ({data,
// meta.pagination}); one record holds every value of a name and type, replaced whole by PUT. Each request must
// carry `Authorization: Bearer apiKey:hmac:timestamp`, the hmac checked as Constellix documents it (Base64
// HMAC-SHA1 of the epoch-millisecond timestamp, keyed with the secret key) and the time near the fake's clock.
import { createHmac } from 'node:crypto'
import { parseMaybeQuoted } from '../../../src/providers/txt-content.js'
import { type FakeReply, type FakeServer, type MemoryZones, serveFake } from './memory.js'

export interface FakeConstellixOptions {
  readonly apiKey: string
  readonly secretKey: string
  readonly zones: MemoryZones
  /** Items per page of a listing at most, whatever perPage asks (tests make it small to see paging). */
  readonly pageSize?: number
}

export interface FakeConstellix extends FakeServer {
  /** Settings of the record at owner that its PUT must carry over, as another tool set them. */
  setFields(owner: string, fields: Record<string, unknown>): void
}

const BASE = '/v4'
// how far the token's timestamp may be from the server's clock
const SKEW_MS = 5 * 60_000
const errors = (status: number, ...messages: string[]): FakeReply => ({ status, body: { errors: messages } })

export async function startFakeConstellix(options: FakeConstellixOptions): Promise<FakeConstellix> {
  const { zones } = options
  const domainIds = new Map(zones.zones.map((zone, i) => [zone, 366246 + i]))
  const zoneOf = (id: string) => [...domainIds].find(([, domainId]) => String(domainId) === id)?.[0]
  // one record per owner: its id stays while its values change, as the API's record does
  const recordIds = new Map<string, number>()
  const fields = new Map<string, Record<string, unknown>>()
  let nextId = 7_100_000
  const idOf = (owner: string) => {
    let id = recordIds.get(owner)
    if (id === undefined) {
      id = nextId++
      recordIds.set(owner, id)
    }
    return id
  }
  const ownerOf = (zone: string, id: number) =>
    [...new Set(zones.inZone(zone).map((r) => r.owner))].find((owner) => recordIds.get(owner) === id)

  const recordObject = (zone: string, owner: string) => {
    const records = zones.records(owner)
    return {
      id: idOf(owner),
      name: owner === zone ? '' : owner.slice(0, -(zone.length + 1)),
      type: 'TXT',
      ttl: records[0]?.ttl,
      mode: 'standard',
      region: 'default',
      ipfilter: null,
      ipfilterDrop: false,
      geoproximity: null,
      enabled: true,
      notes: '',
      ...fields.get(owner),
      value: records.map((r) => ({ value: `"${r.value}"`, enabled: true })),
    }
  }
  const txtOwners = (zone: string) => [
    ...new Set(
      zones
        .inZone(zone)
        .filter((r) => r.type === 'TXT')
        .map((r) => r.owner),
    ),
  ]

  const page = (all: unknown[], query: URLSearchParams): FakeReply => {
    const perPage = Math.min(Number(query.get('perPage') ?? 20), options.pageSize ?? 100)
    const current = Math.max(1, Number(query.get('page') ?? 1))
    const totalPages = Math.max(1, Math.ceil(all.length / perPage))
    return {
      body: {
        data: all.slice((current - 1) * perPage, current * perPage),
        meta: {
          pagination: {
            total: all.length,
            count: Math.min(perPage, all.length),
            perPage,
            currentPage: current,
            totalPages,
          },
        },
      },
    }
  }

  /** The values of a write, checked: a non-empty list of {value: string, enabled?: boolean}. */
  const valuesOf = (body: Record<string, unknown>): string[] | string => {
    if (!Array.isArray(body.value) || body.value.length === 0) return 'value: at least one value is required'
    const values: string[] = []
    for (const item of body.value as { value?: unknown }[]) {
      if (typeof item?.value !== 'string' || item.value === '') return 'value: each item needs a value'
      values.push(parseMaybeQuoted(item.value))
    }
    return values
  }

  const fake = await serveFake((request) => {
    const token = /^Bearer ([^:]+):([^:]+):(\d+)$/.exec(String(request.headers.authorization ?? ''))
    if (token === null || token[1] !== options.apiKey) return errors(401, 'Unable to authenticate token')
    const expected = createHmac('sha1', options.secretKey)
      .update(token[3] as string)
      .digest('base64')
    if (token[2] !== expected || Math.abs(Date.now() - Number(token[3])) > SKEW_MS) {
      return errors(401, 'Unable to authenticate token')
    }
    if (!request.rawPath.startsWith(`${BASE}/`)) return errors(404, 'Not found')
    const parts = request.rawPath
      .slice(BASE.length + 1)
      .split('/')
      .map(decodeURIComponent)

    if (parts.length === 1 && parts[0] === 'domains' && request.method === 'GET') {
      return page(
        zones.zones.map((name) => ({ id: domainIds.get(name), name, status: 'ACTIVE' })),
        request.query,
      )
    }
    if (parts[0] !== 'domains' || parts[2] !== 'records' || parts.length > 4) return errors(404, 'Not found')
    const zone = zoneOf(parts[1] as string)
    if (zone === undefined) return errors(404, 'Domain not found')
    if (parts.length === 3 && request.method === 'GET') {
      return page(
        txtOwners(zone).map((owner) => recordObject(zone, owner)),
        request.query,
      )
    }
    const body = JSON.parse(request.text || '{}') as Record<string, unknown>
    if (parts.length === 3 && request.method === 'POST') {
      if (body.type !== 'TXT')
        return errors(400, `fake Constellix: only TXT is implemented, not ${String(body.type)}`)
      if (typeof body.name !== 'string') return errors(400, 'name: a string is required')
      if (!Number.isInteger(body.ttl) || (body.ttl as number) < 0)
        return errors(400, 'ttl: a whole number is required')
      const values = valuesOf(body)
      if (typeof values === 'string') return errors(400, values)
      const owner = body.name === '' ? zone : `${body.name.toLowerCase()}.${zone}`
      if (zones.records(owner).length > 0)
        return errors(400, 'A record with this name and type already exists')
      zones.replace(zone, owner, values, body.ttl as number)
      return { status: 201, body: { data: recordObject(zone, owner) } }
    }
    const owner = ownerOf(zone, Number(parts[3]))
    if (owner === undefined || zones.records(owner).length === 0) return errors(404, 'Record not found')
    if (request.method === 'GET') return { body: { data: recordObject(zone, owner) } }
    if (request.method === 'DELETE') {
      zones.replace(zone, owner, [], 0)
      return { status: 204 }
    }
    if (request.method === 'PUT') {
      const values = valuesOf(body)
      if (typeof values === 'string') return errors(400, values)
      if (!Number.isInteger(body.ttl)) return errors(400, 'ttl: a whole number is required')
      zones.replace(zone, owner, values, body.ttl as number)
      return { body: { data: recordObject(zone, owner) } }
    }
    return errors(405, 'Method not allowed')
  })
  return Object.assign(fake, {
    setFields: (owner: string, set: Record<string, unknown>) => fields.set(owner, set),
  })
}
