// A fake Cloudflare API v4 (https://developers.cloudflare.com/api/resources/dns/subresources/records/): the
// part a DNS-01 client needs, with BIND as the store. Each TXT value is one Cloudflare record whose id is
// derived from owner and value, so a record keeps its id between reads as a stored record would.
import type { IncomingMessage } from 'node:http'
import { formatTxtContent, parseTxtContent } from '../../../src/providers/txt-content.js'
import {
  type BindStore,
  type FakeApi,
  normalize,
  type Reply,
  type SeenRequest,
  stableId,
  startFakeApi,
} from './common.js'

export interface FakeCloudflareOptions {
  /** The one API token accepted (Authorization: Bearer <token>). */
  readonly token: string
  /** Zones of the account; each must be a zone of BIND that the TSIG key may update. */
  readonly zones: readonly string[]
  readonly bind: BindStore
}

const BASE_PATH = '/client/v4'
// Cloudflare's documented limits for ttl: 1 means automatic, else 60 to 86400 (30 on Enterprise).
const MIN_TTL = 60
const MAX_TTL = 86400
const AUTOMATIC_TTL = 1
const AUTOMATIC_SECONDS = 300
const DEFAULT_PER_PAGE = 100
// Cloudflare API tokens are 40 characters of [A-Za-z0-9_-]; anything else is a malformed header.
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{40}$/

interface CloudflareError {
  code: number
  message: string
  error_chain?: CloudflareError[]
}

const envelope = (result: unknown, extra: Record<string, unknown> = {}) => ({
  success: true,
  errors: [],
  messages: [],
  result,
  ...extra,
})

const failure = (status: number, ...errors: CloudflareError[]): Reply => ({
  status,
  body: { success: false, errors, messages: [], result: null },
})

export async function startFakeCloudflare(options: FakeCloudflareOptions): Promise<FakeApi> {
  const zones = options.zones.map(normalize)
  const zoneId = (name: string) => stableId('zone', name)
  const zoneById = new Map(zones.map((name) => [zoneId(name), name]))
  const recordId = (owner: string, value: string) => stableId('record', owner, value)
  const { bind } = options
  const created = new Date().toISOString()

  const zoneObject = (name: string) => ({
    id: zoneId(name),
    name,
    status: 'active',
    paused: false,
    type: 'full',
    development_mode: 0,
    name_servers: ['ns1.example.test'],
    created_on: created,
    modified_on: created,
    activated_on: created,
    account: { id: stableId('account'), name: 'certalias test account' },
    permissions: ['#dns_records:edit', '#dns_records:read', '#zone:read'],
  })

  // Ids this fake has handed out, and what they name; whether the record still exists is BIND's to say.
  const named = new Map<string, { owner: string; value: string }>()
  const recordObject = (zone: string, owner: string, value: string, ttl: number) => {
    named.set(recordId(owner, value), { owner, value })
    return recordFields(zone, owner, value, ttl)
  }
  const recordFields = (zone: string, owner: string, value: string, ttl: number) => ({
    id: recordId(owner, value),
    zone_id: zoneId(zone),
    zone_name: zone,
    name: owner,
    type: 'TXT',
    content: formatTxtContent(value),
    proxiable: false,
    proxied: false,
    ttl,
    settings: {},
    meta: {},
    comment: null,
    tags: [],
    created_on: created,
    modified_on: created,
  })

  const notFound = (path: string) =>
    failure(
      404,
      { code: 7003, message: `Could not route to ${path}, perhaps your object identifier is invalid?` },
      { code: 7000, message: 'No route for that URI' },
    )

  /** Relative names are taken relative to the zone, as the dashboard and API do; '@' is the apex. */
  const absolute = (zone: string, name: string) => {
    const n = normalize(name)
    if (n === '@' || n === zone) return zone
    return n.endsWith(`.${zone}`) ? n : `${n}.${zone}`
  }

  const handle = async (request: SeenRequest, req: IncomingMessage): Promise<Reply> => {
    const authorization = req.headers.authorization ?? ''
    const bearer = /^Bearer (.+)$/.exec(authorization)?.[1]
    if (bearer === undefined || !TOKEN_FORMAT.test(bearer)) {
      return failure(400, {
        code: 6003,
        message: 'Invalid request headers',
        error_chain: [{ code: 6111, message: 'Invalid format for Authorization header' }],
      })
    }
    if (bearer !== options.token) return failure(403, { code: 9109, message: 'Invalid access token' })

    const path = request.path.startsWith(BASE_PATH) ? request.path.slice(BASE_PATH.length) : undefined
    if (path === undefined) return notFound(request.path)
    const parts = path.split('/').filter((part) => part !== '')

    // GET /zones?name=<name>
    if (parts.length === 1 && parts[0] === 'zones' && request.method === 'GET') {
      const wanted = request.query.name === undefined ? undefined : normalize(request.query.name)
      const result = zones.filter((name) => wanted === undefined || name === wanted).map(zoneObject)
      return {
        status: 200,
        body: envelope(result, {
          result_info: {
            page: 1,
            per_page: 20,
            count: result.length,
            total_count: result.length,
            total_pages: 1,
          },
        }),
      }
    }
    if (parts[0] !== 'zones' || parts[2] !== 'dns_records' || parts.length > 4) return notFound(request.path)
    const zone = zoneById.get(parts[1] ?? '')
    if (zone === undefined)
      return failure(404, {
        code: 7003,
        message: 'Could not route to /zones/..., perhaps your object identifier is invalid?',
      })

    // GET /zones/<id>/dns_records?type=TXT&name=<fqdn>[&content=<value>]&page=&per_page=
    if (parts.length === 3 && request.method === 'GET') {
      const { type, name, content } = request.query
      if (type !== undefined && type !== 'TXT') {
        // BIND is the store and the fake only knows TXT: answering "none" would be a lie.
        return failure(400, {
          code: 1004,
          message: `fake Cloudflare: only type=TXT is implemented, not ${type}`,
        })
      }
      if (name === undefined) {
        return failure(400, {
          code: 1004,
          message: 'fake Cloudflare: listing a whole zone is not implemented; filter by name',
        })
      }
      const page = Number(request.query.page ?? 1)
      const perPage = Number(request.query.per_page ?? DEFAULT_PER_PAGE)
      if (
        !Number.isInteger(page) ||
        page < 1 ||
        !Number.isInteger(perPage) ||
        perPage < 5 ||
        perPage > 5_000_000
      ) {
        return failure(400, { code: 1004, message: 'Invalid page or per_page' })
      }
      const owner = absolute(zone, name)
      let records = (owner === zone || owner.endsWith(`.${zone}`) ? await bind.read(owner) : []).map((txt) =>
        recordObject(zone, owner, txt.value, txt.ttl),
      )
      // content matches the record's content exactly; a client may give it quoted (as stored) or bare.
      if (content !== undefined)
        records = records.filter(
          (r) => r.content === content || parseTxtContent(r.content) === parseTxtContent(content),
        )
      const totalPages = Math.max(1, Math.ceil(records.length / perPage))
      const slice = records.slice((page - 1) * perPage, page * perPage)
      return {
        status: 200,
        body: envelope(slice, {
          result_info: {
            page,
            per_page: perPage,
            count: slice.length,
            total_count: records.length,
            total_pages: totalPages,
          },
        }),
      }
    }

    // POST /zones/<id>/dns_records {type, name, content, ttl}
    if (parts.length === 3 && request.method === 'POST') {
      const body = request.body as
        | { type?: unknown; name?: unknown; content?: unknown; ttl?: unknown }
        | undefined
      if (typeof body !== 'object' || body === null)
        return failure(400, { code: 9207, message: 'Request body is invalid.' })
      if (body.type !== 'TXT')
        return failure(400, {
          code: 1004,
          message: `fake Cloudflare: only TXT records are implemented, not ${String(body.type)}`,
        })
      if (typeof body.name !== 'string' || body.name === '')
        return failure(400, { code: 9005, message: 'DNS name is invalid.' })
      if (typeof body.content !== 'string')
        return failure(400, { code: 9009, message: 'Content is required.' })
      // Current docs: "The content must consist of quoted character strings (RFC 1035)".
      if (!/^"([^"\\]|\\.)*"( +"([^"\\]|\\.)*")*$/.test(body.content)) {
        return failure(400, {
          code: 1004,
          message: 'DNS Validation Error',
          error_chain: [
            { code: 9101, message: 'TXT content must consist of quoted character strings (RFC 1035).' },
          ],
        })
      }
      const ttl = body.ttl === undefined ? AUTOMATIC_TTL : body.ttl
      if (typeof ttl !== 'number' || !(ttl === AUTOMATIC_TTL || (ttl >= MIN_TTL && ttl <= MAX_TTL))) {
        return failure(400, {
          code: 9021,
          message: `Invalid TTL ${String(ttl)}. Must be between ${MIN_TTL} and ${MAX_TTL} seconds, or 1 for Automatic.`,
        })
      }
      const owner = absolute(zone, body.name)
      if (owner !== zone && !owner.endsWith(`.${zone}`)) {
        return failure(400, { code: 9005, message: `DNS name ${owner} is not in the zone ${zone}.` })
      }
      const value = parseTxtContent(body.content)
      const present = await bind.read(owner)
      if (present.some((txt) => txt.value === value)) {
        return failure(400, { code: 81058, message: 'An identical record already exists.' })
      }
      // Cloudflare keeps a TTL per record, BIND one per RRset and an add changes it for every value there: keep
      // the RRset's TTL so that adding ours does not change the records of others.
      const seconds = present[0]?.ttl ?? (ttl === AUTOMATIC_TTL ? AUTOMATIC_SECONDS : ttl)
      await bind.add(zone, owner, [value], seconds)
      return { status: 200, body: envelope(recordObject(zone, owner, value, ttl)) }
    }

    // DELETE /zones/<id>/dns_records/<record id>: the id names owner and value; find it among what BIND serves.
    if (parts.length === 4 && request.method === 'DELETE') {
      const id = parts[3] as string
      const match = named.get(id)
      const exists =
        match !== undefined &&
        (match.owner === zone || match.owner.endsWith(`.${zone}`)) &&
        (await bind.read(match.owner)).some((txt) => txt.value === match.value)
      if (match === undefined || !exists)
        return failure(404, { code: 81044, message: 'Record does not exist.' })
      await bind.remove(zone, match.owner, [match.value])
      return { status: 200, body: envelope({ id }) }
    }
    return notFound(request.path)
  }

  return startFakeApi(BASE_PATH, handle)
}
