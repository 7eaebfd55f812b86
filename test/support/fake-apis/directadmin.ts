// A fake DirectAdmin CMD_API_DNS_CONTROL over in-memory zones, after its documentation: without an action the raw
// zone file, action=add adds a record, action=select deletes the records named as `txtrecsN=name=…&value=…`.
// Answers are url-encoded `error=0&text=…&details=…`; a failed login gets the HTML login page.
import { formatTxtContent, parseTxtContent } from '../../../src/providers/txt-content.js'
import { type FakeReply, type FakeServer, type MemoryRecord, type MemoryZones, serveFake } from './memory.js'

export interface FakeDirectAdminOptions {
  readonly username: string
  readonly password: string
  readonly zones: MemoryZones
}

export interface FakeDirectAdmin extends FakeServer {
  /** A TXT record as a person writes it in the zone: `name` relative (or absolute with a dot), data as written. */
  seed(zone: string, name: string, data: string): MemoryRecord
}

const answer = (error: 0 | 1, text: string, details = ''): FakeReply => ({
  body: new URLSearchParams({ error: String(error), text, details }).toString(),
  headers: { 'content-type': 'text/plain' },
})

export async function startFakeDirectAdmin(options: FakeDirectAdminOptions): Promise<FakeDirectAdmin> {
  const { zones } = options
  const expected = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`
  // a record's name and data as the zone file writes them; one added to the zones directly gets the usual forms
  const raw = new Map<string, { name: string; data: string }>()
  const absolute = (zone: string, name: string) =>
    name === '@'
      ? zone
      : name.endsWith('.')
        ? name.slice(0, -1).toLowerCase()
        : `${name.toLowerCase()}.${zone}`
  const rawOf = (record: MemoryRecord) =>
    raw.get(record.id) ?? {
      name: record.owner === record.zone ? '@' : record.owner.slice(0, -(record.zone.length + 1)),
      data: formatTxtContent(record.value),
    }
  const seed = (zone: string, name: string, data: string) => {
    const record = zones.add(zone, absolute(zone, name), parseTxtContent(data), 3600)
    raw.set(record.id, { name, data })
    return record
  }

  const dump = (zone: string) =>
    [
      '$TTL 3600',
      `@\tIN\tSOA\tns1.${zone}.\thostmaster.${zone}. (`,
      '\t\t\t\t\t\t2025010101',
      '\t\t\t\t\t\t3600 ; refresh',
      '\t\t\t\t\t\t1800',
      '\t\t\t\t\t\t1209600',
      '\t\t\t\t\t\t86400 )',
      '',
      `${zone}.\t3600\tIN\tNS\tns1.${zone}.`,
      'txt\t3600\tIN\tA\t192.0.2.1',
      ...zones.inZone(zone).map((r) => `${rawOf(r).name}\t${r.ttl}\tIN\t${r.type}\t${rawOf(r).data}`),
      '',
    ].join('\n')

  const fake = await serveFake((request) => {
    if (request.headers.authorization !== expected) {
      return {
        body: '<html><head><title>DirectAdmin Login</title></head><body><form action="/CMD_LOGIN"></form></body></html>',
        headers: { 'content-type': 'text/html' },
      }
    }
    if (request.rawPath !== '/CMD_API_DNS_CONTROL') return { status: 404, body: 'Not Found' }
    const form =
      request.headers['content-type'] === 'application/x-www-form-urlencoded'
        ? Object.fromEntries(new URLSearchParams(request.text))
        : {}
    const params: Record<string, string | undefined> = { ...Object.fromEntries(request.query), ...form }
    const zone = (params.domain ?? '').toLowerCase()
    if (!zones.has(zone)) return answer(1, 'Cannot View Dns Record', 'You do not own that domain')

    if (params.action === undefined) return { body: dump(zone), headers: { 'content-type': 'text/plain' } }
    if (params.action === 'add') {
      if (params.type !== 'TXT')
        return answer(1, 'Cannot Add Record', `fake DirectAdmin: only TXT, not ${params.type}`)
      if (!params.name || !params.value) return answer(1, 'Cannot Add Record', 'name and value are required')
      if (params.ttl !== undefined && !/^\d+$/.test(params.ttl))
        return answer(1, 'Cannot Add Record', 'Invalid TTL')
      // a value must stay one line of the zone file: unbalanced quotes would break the zone
      if ((params.value.match(/(?<!\\)"/g)?.length ?? 0) % 2 !== 0)
        return answer(1, 'Cannot Add Record', 'Invalid value')
      const record = zones.add(
        zone,
        absolute(zone, params.name),
        parseTxtContent(params.value),
        Number(params.ttl ?? 3600),
      )
      raw.set(record.id, { name: params.name, data: params.value })
      return answer(0, 'Record Added')
    }
    if (params.action === 'select') {
      for (const [key, spec] of Object.entries(params)) {
        if (!/^txtrecs\d+$/.test(key)) continue
        const match = /^name=(.*?)&value=(.*)$/s.exec(spec ?? '')
        if (match === null) return answer(1, 'Cannot Delete Record', `Bad selection ${spec}`)
        for (const record of zones.inZone(zone)) {
          if (record.type === 'TXT' && rawOf(record).name === match[1] && rawOf(record).data === match[2])
            zones.delete(record.id)
        }
      }
      return answer(0, 'Records Deleted')
    }
    return answer(1, 'Unknown action', String(params.action))
  })
  return Object.assign(fake, { seed })
}
