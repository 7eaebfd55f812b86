// A fake Technitium DNS Server API (APIDOCS.md: zones/records/get, add, delete) over in-memory zones: parameters
// in the query or a form body, every answer HTTP 200 with a `status` of ok, error or invalid-token.
import { type FakeReply, type FakeServer, type MemoryRecord, type MemoryZones, serveFake } from './memory.js'

export interface FakeTechnitiumOptions {
  readonly token: string
  readonly zones: MemoryZones
}

const ok = (response: unknown): FakeReply => ({ body: { response, status: 'ok' } })
const error = (errorMessage: string): FakeReply => ({
  body: {
    status: 'error',
    errorMessage,
    stackTrace: '   at DnsServerCore.WebServiceZonesApi',
    innerErrorMessage: null,
  },
})

export async function startFakeTechnitium(options: FakeTechnitiumOptions): Promise<FakeServer> {
  const { zones } = options
  const zoneObject = (name: string) => ({
    name,
    type: 'Primary',
    internal: false,
    dnssecStatus: 'Unsigned',
    disabled: false,
  })
  const recordObject = (record: MemoryRecord) => ({
    disabled: false,
    name: record.owner,
    type: record.type,
    ttl: record.ttl,
    rData: { text: record.value, splitText: false },
    dnssecStatus: 'Unknown',
    lastUsedOn: '0001-01-01T00:00:00',
  })

  return serveFake((request) => {
    if (!['GET', 'POST'].includes(request.method)) return { status: 405 }
    const form =
      request.headers['content-type'] === 'application/x-www-form-urlencoded'
        ? Object.fromEntries(new URLSearchParams(request.text))
        : {}
    const params: Record<string, string | undefined> = { ...Object.fromEntries(request.query), ...form }
    if (params.token === undefined) return error("Parameter 'token' missing.")
    if (params.token !== options.token) {
      return { body: { status: 'invalid-token', errorMessage: 'Invalid token or session expired.' } }
    }
    const { domain } = params
    if (domain === undefined) return error("Parameter 'domain' missing.")
    // without `zone`, the closest authoritative zone holding the domain
    const zone = params.zone ?? zones.zoneOf(domain)
    if (zone === undefined || !zones.has(zone))
      return error(`No such zone was found: ${params.zone ?? domain}`)

    switch (request.rawPath) {
      case '/api/zones/records/get': {
        const records = params.listZone === 'true' ? zones.inZone(zone) : zones.records(domain)
        return ok({ zone: zoneObject(zone), records: records.map(recordObject) })
      }
      case '/api/zones/records/add': {
        if (params.type !== 'TXT')
          return error(`fake Technitium: only TXT is implemented, not ${params.type}`)
        if (params.text === undefined) return error("Parameter 'text' missing.")
        if (!/^\d+$/.test(params.ttl ?? '3600')) return error(`Parameter 'ttl' is invalid: ${params.ttl}`)
        if (params.overwrite === 'true') for (const r of zones.records(domain)) zones.delete(r.id)
        // a record set holds each value once: adding one that is there changes nothing
        const added =
          zones.records(domain).find((r) => r.value === params.text) ??
          zones.add(zone, domain, params.text, Number(params.ttl ?? 3600))
        return ok({ zone: zoneObject(zone), addedRecord: recordObject(added) })
      }
      case '/api/zones/records/delete': {
        if (params.type !== 'TXT')
          return error(`fake Technitium: only TXT is implemented, not ${params.type}`)
        if (params.text === undefined) return error("Parameter 'text' missing.")
        for (const r of zones.records(domain)) if (r.value === params.text) zones.delete(r.id)
        return ok({})
      }
      default:
        return { status: 404, body: 'Not Found' }
    }
  })
}
