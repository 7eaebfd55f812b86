// A fake OCI DNS API (20180115) as Oracle documents it: every request signed with request signature version 1
// (checked here from the documented signing string, apart from the provider's code, with the user's public key),
// zones listed per compartment, an owner's records read in pages with an etag and changed by PATCH operations (ADD,
// REMOVE) that honour If-Match; errors as {"code", "message"}.
import { createHash, type KeyObject, verify } from 'node:crypto'
import { formatTxtContent, parseTxtContent } from '../../../src/providers/txt-content.js'
import {
  type FakeReply,
  type FakeRequest,
  type FakeServer,
  type MemoryRecord,
  type MemoryZones,
  serveFake,
} from './memory.js'

export interface FakeOciOptions {
  readonly tenancy: string
  readonly user: string
  readonly fingerprint: string
  /** The public half of the user's API key. */
  readonly publicKey: KeyObject
  /** The compartment holding every zone of `zones`. */
  readonly compartment: string
  readonly zones: MemoryZones
  /** Most records a page of GetDomainRecords holds, whatever limit asks (the API's own maximum is 100). */
  readonly pageSize?: number
}

const BASE = '/20180115'
const MAX_SKEW_MS = 5 * 60_000
const fail = (status: number, code: string, message: string): FakeReply => ({
  status,
  body: { code, message },
})
const notAuthenticated = (message: string) => fail(401, 'NotAuthenticated', message)
const notFound = () =>
  fail(404, 'NotAuthorizedOrNotFound', 'Authorization failed or requested resource not found.')
const invalid = (message: string) => fail(400, 'InvalidParameter', message)

/** The Authorization header's fields: Signature version="1",headers="...",keyId="...",... */
function signatureFields(header: string): Map<string, string> | undefined {
  if (!header.startsWith('Signature ')) return undefined
  const fields = new Map<string, string>()
  for (const match of header.slice('Signature '.length).matchAll(/([a-zA-Z]+)="([^"]*)"/g)) {
    fields.set(match[1] as string, match[2] as string)
  }
  return fields
}

export async function startFakeOci(options: FakeOciOptions): Promise<FakeServer> {
  const { zones } = options
  const zoneId = (zone: string) =>
    `ocid1.dns-zone.oc1..aaaaaaaa${createHash('sha256').update(zone).digest('hex').slice(0, 40)}`
  const recordHash = (r: MemoryRecord) =>
    createHash('md5').update(`${r.id}|${r.owner}|${r.type}|${r.value}|${r.ttl}`).digest('hex')
  // the version of an owner's records: it changes whenever any of them does
  const etagOf = (owner: string) => {
    const records = zones.inZone(zones.zoneOf(owner) ?? '').filter((r) => r.owner === owner)
    const state = records.map((r) => recordHash(r)).sort()
    return `"${createHash('sha256').update(state.join(',')).digest('hex').slice(0, 32)}#application/json"`
  }

  const verifySignature = (request: FakeRequest): FakeReply | undefined => {
    const fields = signatureFields(String(request.headers.authorization ?? ''))
    if (fields === undefined || fields.get('version') !== '1' || fields.get('algorithm') !== 'rsa-sha256') {
      return notAuthenticated('The required information to complete authentication was not provided.')
    }
    const names = (fields.get('headers') ?? '').split(' ')
    const required = ['date', '(request-target)', 'host']
    if (['POST', 'PUT', 'PATCH'].includes(request.method)) {
      required.push('content-length', 'content-type', 'x-content-sha256')
      const sha256 = createHash('sha256').update(request.text, 'utf8').digest('base64')
      if (request.headers['x-content-sha256'] !== sha256)
        return notAuthenticated('x-content-sha256 does not match the body.')
      if (request.headers['content-length'] !== String(Buffer.byteLength(request.text))) {
        return notAuthenticated('content-length does not match the body.')
      }
    }
    const missing = required.filter((name) => !names.includes(name))
    if (missing.length > 0) return notAuthenticated(`The signature does not cover ${missing.join(', ')}.`)
    const date = Date.parse(String(request.headers.date ?? ''))
    if (Number.isNaN(date) || Math.abs(date - Date.now()) > MAX_SKEW_MS) {
      return notAuthenticated('The Date header is missing or more than 5 minutes from the server time.')
    }
    if (fields.get('keyId') !== `${options.tenancy}/${options.user}/${options.fingerprint}`) {
      return notAuthenticated('The keyId names no API key of this tenancy.')
    }
    const lines: string[] = []
    for (const name of names) {
      if (name === '(request-target)') {
        lines.push(`(request-target): ${request.method.toLowerCase()} ${request.target}`)
      } else {
        const value = request.headers[name]
        if (typeof value !== 'string') return notAuthenticated(`The signed header ${name} was not sent.`)
        lines.push(`${name}: ${value}`)
      }
    }
    const signature = Buffer.from(fields.get('signature') ?? '', 'base64')
    const ok = verify('sha256', Buffer.from(lines.join('\n'), 'utf8'), options.publicKey, signature)
    return ok ? undefined : notAuthenticated('The signature does not verify with the API key.')
  }

  const listZones = (request: FakeRequest): FakeReply => {
    const compartment = request.query.get('compartmentId')
    if (!compartment) return fail(400, 'MissingParameter', 'compartmentId is required.')
    if (compartment !== options.compartment) return notFound()
    const scope = request.query.get('scope')
    if (scope !== null && scope !== 'GLOBAL' && scope !== 'PRIVATE')
      return invalid(`scope "${scope}" is not valid.`)
    const name = request.query.get('name')?.toLowerCase().replace(/\.$/, '')
    const listed =
      scope === 'PRIVATE' ? [] : zones.zones.filter((zone) => name === undefined || zone === name)
    return {
      body: listed.map((zone) => ({
        id: zoneId(zone),
        name: zone,
        compartmentId: options.compartment,
        zoneType: 'PRIMARY',
        scope: 'GLOBAL',
        lifecycleState: 'ACTIVE',
        selfUri: `https://dns.us-ashburn-1.oraclecloud.com${BASE}/zones/${zoneId(zone)}`,
      })),
    }
  }

  const recordView = (r: MemoryRecord) => ({
    domain: r.owner,
    recordHash: recordHash(r),
    isProtected: false,
    rdata: r.type === 'TXT' ? formatTxtContent(r.value) : r.value,
    rtype: r.type,
    ttl: r.ttl,
  })

  const readRecords = (request: FakeRequest, owner: string): FakeReply => {
    const limit = Number(request.query.get('limit') ?? '50')
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return invalid('limit must be from 1 to 100.')
    const rtype = request.query.get('rtype')?.toUpperCase()
    const all = zones
      .inZone(zones.zoneOf(owner) ?? '')
      .filter((r) => r.owner === owner && (rtype === undefined || r.type === rtype))
    const start = Number(request.query.get('page') ?? '0')
    const end = start + Math.min(limit, options.pageSize ?? 100)
    return {
      body: { items: all.slice(start, end).map(recordView) },
      headers: {
        etag: etagOf(owner),
        'opc-total-items': String(all.length),
        ...(end < all.length ? { 'opc-next-page': String(end) } : {}),
      },
    }
  }

  const patchRecords = (request: FakeRequest, zone: string, owner: string): FakeReply => {
    const ifMatch = request.headers['if-match']
    if (typeof ifMatch === 'string' && ifMatch !== '*' && ifMatch !== etagOf(owner)) {
      return fail(412, 'PreconditionFailed', 'The resource has been modified since the etag was read.')
    }
    let items: Record<string, unknown>[]
    try {
      items = (JSON.parse(request.text) as { items?: Record<string, unknown>[] }).items ?? []
    } catch {
      return fail(400, 'InvalidParameter', 'The body is not valid JSON.')
    }
    if (!Array.isArray(items) || items.length === 0) return invalid('items must list at least one operation.')
    // every operation is checked before any is applied: a PATCH applies whole or not at all
    for (const item of items) {
      if (item.operation !== 'ADD' && item.operation !== 'REMOVE') {
        return invalid(
          `operation "${String(item.operation)}" is not one of ADD, REMOVE (REQUIRE, PROHIBIT: not modelled).`,
        )
      }
      if (typeof item.domain !== 'string' || item.domain.toLowerCase() !== owner) {
        return invalid(`domain "${String(item.domain)}" is not the domain of the request, ${owner}.`)
      }
      if (item.operation === 'ADD') {
        if (item.rtype !== 'TXT') return invalid('rtype is required; this fake holds TXT records only.')
        if (typeof item.ttl !== 'number' || !Number.isInteger(item.ttl) || item.ttl < 0)
          return invalid('ttl is required.')
        if (typeof item.rdata !== 'string' || item.rdata.trim() === '') return invalid('rdata is required.')
        const strings = item.rdata.startsWith('"')
          ? (item.rdata.match(/"(?:[^"\\]|\\.)*"/g) ?? [])
          : [item.rdata]
        if (strings.some((s) => Buffer.byteLength(parseTxtContent(s)) > 255)) {
          return invalid('A TXT character-string is longer than 255 bytes.')
        }
      }
    }
    for (const item of items) {
      const matches = (r: MemoryRecord) =>
        r.owner === owner &&
        (item.rtype === undefined || r.type === String(item.rtype).toUpperCase()) &&
        (item.rdata === undefined || r.value === parseTxtContent(String(item.rdata))) &&
        (item.recordHash === undefined || recordHash(r) === item.recordHash) &&
        (item.ttl === undefined || item.operation === 'ADD' || r.ttl === item.ttl)
      if (item.operation === 'REMOVE') {
        for (const record of zones.records(owner).filter(matches)) zones.delete(record.id)
        continue
      }
      // an RRset has one TTL: an ADD gives its TTL to every record of the set
      const value = parseTxtContent(item.rdata as string)
      const others = zones.values(owner).filter((v) => v !== value)
      zones.replace(zone, owner, [...others, value], item.ttl as number)
    }
    return { body: { items: zones.records(owner).map(recordView) }, headers: { etag: etagOf(owner) } }
  }

  return serveFake((request) => {
    const refused = verifySignature(request)
    if (refused) return refused
    if (!request.rawPath.startsWith(`${BASE}/`)) return notFound()
    const parts = request.rawPath
      .slice(BASE.length + 1)
      .split('/')
      .map(decodeURIComponent)
    if (parts[0] !== 'zones') return notFound()
    if (parts.length === 1 && request.method === 'GET') return listZones(request)
    const zone = zones.zones.find((z) => z === parts[1]?.toLowerCase() || zoneId(z) === parts[1])
    if (zone === undefined || parts[2] !== 'records' || parts.length !== 4) return notFound()
    const owner = (parts[3] as string).toLowerCase().replace(/\.$/, '')
    if (owner !== zone && !owner.endsWith(`.${zone}`)) return invalid(`${owner} is not in the zone ${zone}.`)
    if (request.method === 'GET') return readRecords(request, owner)
    if (request.method === 'PATCH') return patchRecords(request, zone, owner)
    return fail(405, 'MethodNotAllowed', `${request.method} is not modelled by this fake.`)
  })
}
