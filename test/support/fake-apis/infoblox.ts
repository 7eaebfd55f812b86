// A fake Infoblox WAPI (record:txt objects in one DNS view), after the WAPI reference each grid serves at
// /wapidoc/: basic authentication, object references (_ref) in the path, errors as {"Error", "code", "text"}.
import { parseTxtContent } from '../../../src/providers/txt-content.js'
import { type FakeReply, type FakeServer, type MemoryRecord, type MemoryZones, serveFake } from './memory.js'

export interface FakeInfobloxOptions {
  readonly username: string
  readonly password: string
  readonly zones: MemoryZones
  /** The one DNS view holding the zones. */
  readonly view?: string
  readonly wapiVersion?: string
}

const RECORD_FIELDS = new Set([
  'name',
  'text',
  'view',
  'ttl',
  'use_ttl',
  'comment',
  'disable',
  'extattrs',
  'creator',
])
const SEARCH_ARGUMENTS = new Set(['name', 'text', 'view', 'zone', '_return_fields', '_max_results'])

const wapiError = (status: number, error: string, code: string, text: string): FakeReply => ({
  status,
  body: { Error: `${error}: ${text}`, code, text },
})
const protoError = (text: string) => wapiError(400, 'AdmConProtoError', 'Client.Ibap.Proto', text)

export async function startFakeInfoblox(options: FakeInfobloxOptions): Promise<FakeServer> {
  const { zones } = options
  const view = options.view ?? 'External'
  const base = `/wapi/v${options.wapiVersion ?? '2.11'}`
  const expected = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`
  // the text as a client wrote it (quoted or not); a record added to the zones directly reads as its value
  const texts = new Map<string, string>()
  const textOf = (record: MemoryRecord) => texts.get(record.id) ?? record.value

  const refOf = (record: MemoryRecord) =>
    `record:txt/${Buffer.from(`dns.bind_txt$${record.id}`).toString('base64url')}:${record.owner}/${view}`
  const objectOf = (record: MemoryRecord, fields: string[]) => {
    const all: Record<string, unknown> = {
      name: record.owner,
      text: textOf(record),
      view,
      ttl: record.ttl,
      use_ttl: true,
    }
    return Object.fromEntries([['_ref', refOf(record)], ...fields.map((f) => [f, all[f]])])
  }
  const allTxt = () => zones.zones.flatMap((zone) => zones.inZone(zone)).filter((r) => r.type === 'TXT')

  return serveFake((request) => {
    if (request.headers.authorization !== expected) {
      return {
        status: 401,
        body: '<html><head><title>401 Authorization Required</title></head><body>Authorization Required</body></html>',
        headers: { 'www-authenticate': 'Basic realm="InfoBlox ONE Platform"', 'content-type': 'text/html' },
      }
    }
    if (!request.rawPath.startsWith(`${base}/`)) return { status: 404, body: 'Not Found' }
    const target = decodeURIComponent(request.rawPath.slice(base.length + 1))
    const query = Object.fromEntries(request.query)

    if (target === 'record:txt' && request.method === 'GET') {
      const unknown = Object.keys(query).find((key) => !SEARCH_ARGUMENTS.has(key))
      if (unknown) return protoError(`Unknown argument/field: '${unknown}'`)
      const fields = (query._return_fields ?? 'name,text,view').split(',').filter((f) => f !== '')
      const bad = fields.find((f) => !RECORD_FIELDS.has(f))
      if (bad) return protoError(`Unknown argument/field: '${bad}'`)
      if (query.view !== undefined && query.view !== view) return { body: [] }
      const found = query.name === undefined ? allTxt() : zones.records(query.name)
      return { body: found.map((r) => objectOf(r, fields)) }
    }

    if (target === 'record:txt' && request.method === 'POST') {
      const body = JSON.parse(request.text || '{}') as Record<string, unknown>
      const unknown = Object.keys(body).find((key) => !RECORD_FIELDS.has(key))
      if (unknown) return protoError(`Unknown argument/field: '${unknown}'`)
      for (const field of ['name', 'text']) {
        if (typeof body[field] !== 'string' || body[field] === '')
          return protoError(`Field is required: ${field}`)
      }
      const name = String(body.name)
      const text = String(body.text)
      const inView = typeof body.view === 'string' ? body.view : 'default'
      if (inView !== view) {
        return wapiError(
          400,
          'AdmConDataNotFoundError',
          'Client.Ibap.Data.NotFound',
          `View ${inView} not found`,
        )
      }
      if (body.ttl !== undefined && (!Number.isInteger(body.ttl) || (body.ttl as number) < 0)) {
        return protoError(`Invalid value for ttl: ${String(body.ttl)}`)
      }
      const zone = zones.zoneOf(name)
      if (zone === undefined) {
        return wapiError(
          400,
          'AdmConDataError',
          'Client.Ibap.Data.Conflict',
          'The action is not allowed. A parent was not found.',
        )
      }
      // DNS serves the strings of a text concatenated: unquoted, blanks separate strings and vanish
      const value = parseTxtContent(text)
      if (zones.records(name).some((r) => textOf(r) === text)) {
        return wapiError(
          400,
          'AdmConDataError',
          'Client.Ibap.Data.Conflict',
          `The record '${name}' already exists.`,
        )
      }
      const record = zones.add(zone, name, value, (body.ttl as number | undefined) ?? 28800)
      texts.set(record.id, text)
      return {
        status: 201,
        body: JSON.stringify(refOf(record)),
        headers: { 'content-type': 'application/json' },
      }
    }

    if (target.startsWith('record:txt/') && request.method === 'DELETE') {
      const record = allTxt().find((r) => refOf(r) === target)
      if (record === undefined) {
        return wapiError(
          404,
          'AdmConDataNotFoundError',
          'Client.Ibap.Data.NotFound',
          `Reference ${target} not found`,
        )
      }
      zones.delete(record.id)
      return { body: JSON.stringify(target), headers: { 'content-type': 'application/json' } }
    }
    return protoError(`Unknown object type or method: ${target}`)
  })
}
