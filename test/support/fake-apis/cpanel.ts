// A fake cPanel UAPI (DNS::parse_zone, DNS::mass_edit_zone) and WHM API 1 (parse_dns_zone, mass_edit_dns_zone)
// over in-memory zones: each zone a list of lines with line indexes and an SOA serial that every change raises; a
// write naming another serial than the zone's is refused as stale, as cPanel documents.
import { type FakeReply, type FakeServer, type MemoryZones, serveFake } from './memory.js'

export interface FakeCpanelOptions {
  readonly username: string
  readonly token: string
  readonly zones: MemoryZones
  readonly mode?: 'cpanel' | 'whm'
}

export interface FakeCpanel extends FakeServer {
  /** Raise the zone's serial, as any change by another client does. */
  bump(zone: string): void
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
// lines before the records: $TTL, the SOA and the NS record of the zone file cPanel writes
const HEADER_LINES = 3
const MAX_STRING_BYTES = 255

export async function startFakeCpanel(options: FakeCpanelOptions): Promise<FakeCpanel> {
  const { zones } = options
  const mode = options.mode ?? 'cpanel'
  const serials = new Map(zones.zones.map((zone) => [zone, 2025010101]))
  const bump = (zone: string) => serials.set(zone, (serials.get(zone) ?? 0) + 1)

  const linesOf = (zone: string) => [
    { line_index: 0, type: 'control', text_b64: b64('$TTL 14400') },
    {
      line_index: 1,
      type: 'record',
      dname_b64: b64(`${zone}.`),
      record_type: 'SOA',
      ttl: 86400,
      data_b64: [
        `ns1.${zone}.`,
        `hostmaster.${zone}.`,
        String(serials.get(zone)),
        '3600',
        '1800',
        '1209600',
        '86400',
      ].map(b64),
    },
    {
      line_index: 2,
      type: 'record',
      dname_b64: b64(`${zone}.`),
      record_type: 'NS',
      ttl: 86400,
      data_b64: [b64(`ns1.${zone}.`)],
    },
    ...zones.inZone(zone).map((record, i) => ({
      line_index: HEADER_LINES + i,
      type: 'record',
      dname_b64: b64(`${record.owner}.`),
      record_type: record.type,
      ttl: record.ttl,
      // a value longer than one character-string is stored as several
      data_b64: (record.value.match(/[\s\S]{1,255}/g) ?? ['']).map(b64),
    })),
  ]

  const success = (data: unknown): FakeReply =>
    mode === 'cpanel'
      ? { body: { status: 1, errors: null, messages: null, warnings: null, metadata: {}, data } }
      : {
          body: {
            data: Array.isArray(data) ? { payload: data } : data,
            metadata: { result: 1, reason: 'OK', version: 1 },
          },
        }
  const failure = (error: string, command: string): FakeReply =>
    mode === 'cpanel'
      ? { body: { status: 0, errors: [error], messages: null, warnings: null, metadata: {}, data: null } }
      : { body: { data: null, metadata: { command, result: 0, reason: error, version: 1 } } }

  /** add-0, add-1, … or a single add (cPanel takes indexed or repeated names for several values). */
  const indexed = (query: URLSearchParams, name: string) =>
    [...query]
      .filter(([key]) => key === name || new RegExp(`^${name}-\\d+$`).test(key))
      .map(([, value]) => value)

  const fake = await serveFake((request) => {
    if (request.headers.authorization !== `${mode} ${options.username}:${options.token}`) {
      return { status: 401, body: 'Access denied', headers: { 'content-type': 'text/plain' } }
    }
    const [read, write] =
      mode === 'cpanel'
        ? ['/execute/DNS/parse_zone', '/execute/DNS/mass_edit_zone']
        : ['/json-api/parse_dns_zone', '/json-api/mass_edit_dns_zone']
    const command = request.rawPath.split('/').at(-1) ?? ''
    if (mode === 'whm' && request.query.get('api.version') !== '1')
      return failure('Unknown API version', command)
    if (request.rawPath !== read && request.rawPath !== write) return { status: 404, body: 'Not Found' }
    const zone = (request.query.get('zone') ?? '').toLowerCase()
    if (!zones.has(zone)) {
      return failure(
        mode === 'cpanel'
          ? `You do not control a DNS zone named ${zone}.`
          : `The zone “${zone}” does not exist.`,
        command,
      )
    }
    if (request.rawPath === read) return success(linesOf(zone))

    const current = serials.get(zone)
    if (request.query.get('serial') !== String(current)) {
      return failure(
        `The given serial number (${request.query.get('serial')}) does not match the DNS zone’s serial number (${current}). ` +
          'Refresh your view of the DNS zone, then resubmit.',
        command,
      )
    }
    const lines = zones.inZone(zone)
    const removals: string[] = []
    for (const line of indexed(request.query, 'remove')) {
      const record = lines[Number(line) - HEADER_LINES]
      if (!/^\d+$/.test(line) || record === undefined)
        return failure(`There is no record on line ${line}.`, command)
      removals.push(record.id)
    }
    const additions: { owner: string; ttl: number; value: string }[] = []
    for (const text of indexed(request.query, 'add')) {
      let item: { dname?: unknown; ttl?: unknown; record_type?: unknown; data?: unknown }
      try {
        item = JSON.parse(text)
      } catch {
        return failure(`Invalid JSON in “add”: ${text}`, command)
      }
      if (item.record_type !== 'TXT')
        return failure(`fake cPanel: only TXT is implemented, not ${String(item.record_type)}`, command)
      if (
        !Array.isArray(item.data) ||
        item.data.some((s) => typeof s !== 'string' || Buffer.byteLength(s) > MAX_STRING_BYTES)
      ) {
        return failure('“data” must be an array of strings of 255 bytes or fewer.', command)
      }
      if (!Number.isInteger(item.ttl) || (item.ttl as number) < 0)
        return failure(`Invalid TTL: ${String(item.ttl)}`, command)
      const dname = String(item.dname ?? '')
      const owner = dname.endsWith('.') ? dname.slice(0, -1).toLowerCase() : `${dname.toLowerCase()}.${zone}`
      if (zones.zoneOf(owner) !== zone) return failure(`“${dname}” is not in the zone ${zone}.`, command)
      additions.push({ owner, ttl: item.ttl as number, value: (item.data as string[]).join('') })
    }
    for (const id of removals) zones.delete(id)
    for (const { owner, ttl, value } of additions) zones.add(zone, owner, value, ttl)
    bump(zone)
    return success({ new_serial: String(serials.get(zone)) })
  })
  return Object.assign(fake, { bump })
}
