// A fake deSEC API (https://desec.readthedocs.io/en/latest/dns/rrsets.html): domains and TXT RRsets, with BIND as
// the store. A write states the whole RRset; the fake turns it into RFC 2136 adds and deletes of exactly the
// values that differ from what BIND serves. deSEC's per-domain write limits are enforced, because they are why
// a client must put apex and wildcard values into one write.
import type { IncomingMessage } from 'node:http'
import { formatTxtContent, parseTxtContent } from '../../../src/providers/txt-content.js'
import {
  type BindStore,
  type FakeApi,
  normalize,
  owningZone,
  type Reply,
  type SeenRequest,
  startFakeApi,
} from './common.js'

export interface FakeDesecOptions {
  /** The one token accepted (Authorization: Token <token>). */
  readonly token: string
  /** Domains of the account; each must be a zone of BIND that the TSIG key may update. */
  readonly zones: readonly string[]
  readonly bind: BindStore
  /** The domains' minimum_ttl: deSEC's default is 3600; it lowers it on request (dynDNS domains: 60). */
  readonly minimumTtl?: number
  /** RRset writes allowed per domain: deSEC's documented 2 per second and 15 per minute by default. */
  readonly writesPerSecond?: number
  readonly writesPerMinute?: number
}

const BASE_PATH = '/api/v1'
const MAX_TTL = 604_800
const DEFAULT_MINIMUM_TTL = 3600
// One or more quoted character strings, as deSEC's docs require for TXT contents.
const QUOTED_TXT = /^"([^"\\]|\\.)*"(\s+"([^"\\]|\\.)*")*$/

interface RRsetInput {
  subname?: unknown
  type?: unknown
  ttl?: unknown
  records?: unknown
}

/** A validated change to one RRset: records undefined means "keep", [] means delete. */
interface Change {
  owner: string
  subname: string
  ttl: number | undefined
  records: string[] | undefined
}

const detail = (status: number, text: string, headers?: Record<string, string>): Reply => ({
  status,
  body: { detail: text },
  ...(headers ? { headers } : {}),
})

export async function startFakeDesec(options: FakeDesecOptions): Promise<FakeApi> {
  const zones = options.zones.map(normalize)
  const { bind } = options
  const minimumTtl = options.minimumTtl ?? DEFAULT_MINIMUM_TTL
  const created = new Date().toISOString()
  const writeTimes = new Map<string, number[]>()

  const domainObject = (name: string, withKeys: boolean) => ({
    created,
    published: created,
    name,
    minimum_ttl: minimumTtl,
    touched: created,
    // Keys are given for a single domain, not in the listing (deSEC leaves them out for performance).
    ...(withKeys ? { keys: [] } : {}),
  })

  const ownerOf = (domain: string, subname: string) => (subname === '' ? domain : `${subname}.${domain}`)

  const rrsetObject = async (domain: string, subname: string) => {
    const owner = ownerOf(domain, subname)
    const txt = await bind.read(owner)
    if (txt.length === 0) return undefined
    return {
      created,
      domain,
      subname,
      name: `${owner}.`,
      type: 'TXT',
      records: txt.map((t) => formatTxtContent(t.value)),
      ttl: txt[0]?.ttl,
      touched: created,
    }
  }

  /** deSEC throttles RRset writes per domain; the answer names the wait in Retry-After. */
  const throttled = (domain: string): Reply | undefined => {
    const now = Date.now()
    const times = (writeTimes.get(domain) ?? []).filter((t) => now - t < 60_000)
    const lastSecond = times.filter((t) => now - t < 1000).length
    if (lastSecond >= (options.writesPerSecond ?? 2) || times.length >= (options.writesPerMinute ?? 15)) {
      const wait = lastSecond >= (options.writesPerSecond ?? 2) ? 1 : 60
      return detail(429, `Request was throttled. Expected available in ${wait} seconds.`, {
        'retry-after': String(wait),
      })
    }
    times.push(now)
    writeTimes.set(domain, times)
    return undefined
  }

  /**
   * Checks one RRset of a write the way deSEC does: errors keyed by field, {} when fine. `exists` tells whether
   * BIND serves the RRset now (POST must not meet one; PATCH of a new one needs every field).
   */
  const validate = (
    method: string,
    domain: string,
    input: RRsetInput,
    fixed: { subname?: string; type?: string } | undefined,
    exists: (subname: string) => Promise<boolean>,
  ): Promise<{ errors: Record<string, string[]>; change?: Change }> =>
    (async () => {
      const errors: Record<string, string[]> = {}
      const subname = fixed?.subname ?? (input.subname === undefined ? '' : input.subname)
      const type = fixed?.type ?? input.type
      if (typeof subname !== 'string') errors.subname = ['Not a valid string.']
      if (type === undefined) errors.type = ['This field is required.']
      else if (type !== 'TXT') errors.type = [`fake deSEC: only TXT is implemented, not ${String(type)}.`]
      const full = method === 'PUT' || method === 'POST'
      let ttl: number | undefined
      if (input.ttl === undefined) {
        if (full) errors.ttl = ['This field is required.']
      } else if (typeof input.ttl !== 'number' || !Number.isInteger(input.ttl)) {
        errors.ttl = ['A valid integer is required.']
      } else if (input.ttl < minimumTtl) {
        errors.ttl = [`Ensure this value is greater than or equal to ${minimumTtl}.`]
      } else if (input.ttl > MAX_TTL) {
        errors.ttl = [`Ensure this value is less than or equal to ${MAX_TTL}.`]
      } else ttl = input.ttl
      let records: string[] | undefined
      if (input.records === undefined) {
        if (full) errors.records = ['This field is required.']
      } else if (!Array.isArray(input.records) || input.records.some((r) => typeof r !== 'string')) {
        errors.records = ['Expected a list of items but got a different type.']
      } else {
        const bad = (input.records as string[]).filter((r) => !QUOTED_TXT.test(r.trim()))
        if (bad.length > 0)
          errors.records = bad.map((r) => `TXT content must be enclosed in double quotes: ${r}`)
        else {
          records = (input.records as string[]).map(parseTxtContent)
          if (new Set(records).size !== records.length) errors.records = ['Duplicate records.']
        }
      }
      if (Object.keys(errors).length > 0 || typeof subname !== 'string') return { errors }
      const owner = ownerOf(domain, subname)
      const present = await exists(subname)
      if (method === 'POST' && present) {
        return {
          errors: {
            non_field_errors: ['Another RRset with the same subdomain and type exists for this domain.'],
          },
        }
      }
      if (
        method === 'PATCH' &&
        !present &&
        records !== undefined &&
        records.length > 0 &&
        ttl === undefined
      ) {
        return { errors: { ttl: ['This field is required for new RRsets.'] } }
      }
      return { errors: {}, change: { owner, subname, ttl, records } }
    })()

  const apply = async (domain: string, changes: Change[]) => {
    for (const change of changes) {
      if (change.records === undefined) continue // a TTL-only PATCH: BIND keeps what it has
      const ttl = change.ttl ?? (await bind.read(change.owner))[0]?.ttl ?? minimumTtl
      await bind.replace(domain, change.owner, change.records, ttl)
    }
  }

  const handle = async (request: SeenRequest, req: IncomingMessage): Promise<Reply> => {
    const authorization = req.headers.authorization
    if (authorization === undefined) {
      return {
        ...detail(401, 'Authentication credentials were not provided.'),
        headers: { 'www-authenticate': 'Token' },
      }
    }
    if (authorization !== `Token ${options.token}`) {
      return { ...detail(401, 'Invalid token.'), headers: { 'www-authenticate': 'Token' } }
    }
    if (!request.path.startsWith(`${BASE_PATH}/`)) return detail(404, 'Not found.')
    // Django routes need the trailing slash; a path without one is not found here.
    if (!request.path.endsWith('/')) return detail(404, 'Not found.')
    const parts = request.path
      .slice(BASE_PATH.length)
      .split('/')
      .filter((p) => p !== '')
    if (parts[0] !== 'domains') return detail(404, 'Not found.')

    // GET /domains/[?owns_qname=]
    if (parts.length === 1) {
      if (request.method !== 'GET') return detail(405, `Method "${request.method}" not allowed.`)
      const qname = request.query.owns_qname
      const names = qname === undefined ? zones : [owningZone(zones, qname)].filter((z) => z !== undefined)
      return { status: 200, body: names.map((name) => domainObject(name, false)) }
    }
    const domain = normalize(decodeURIComponent(parts[1] as string))
    if (!zones.includes(domain)) return detail(404, 'Not found.')

    // GET /domains/<name>/
    if (parts.length === 2) {
      if (request.method !== 'GET') return detail(405, `Method "${request.method}" not allowed.`)
      return { status: 200, body: domainObject(domain, true) }
    }
    if (parts[2] !== 'rrsets' || parts.length === 4 || parts.length > 5) return detail(404, 'Not found.')
    const exists = async (subname: string) => (await bind.read(ownerOf(domain, subname))).length > 0

    // /domains/<name>/rrsets/
    if (parts.length === 3) {
      if (request.method === 'GET') {
        const { subname, type } = request.query
        if (subname === undefined)
          return detail(400, 'fake deSEC: listing a whole domain is not implemented; filter by subname.')
        if (type !== undefined && type !== 'TXT')
          return detail(400, `fake deSEC: only TXT is implemented, not ${type}.`)
        const rrset = await rrsetObject(domain, subname)
        return { status: 200, body: rrset === undefined ? [] : [rrset] }
      }
      if (!['POST', 'PUT', 'PATCH'].includes(request.method))
        return detail(405, `Method "${request.method}" not allowed.`)
      const bulk = Array.isArray(request.body)
      const inputs = (bulk ? request.body : [request.body]) as RRsetInput[]
      if (inputs.some((input) => typeof input !== 'object' || input === null)) {
        return {
          status: 400,
          body: { non_field_errors: ['Invalid data. Expected a dictionary, but got a different type.'] },
        }
      }
      const results = await Promise.all(
        inputs.map((input) => validate(request.method, domain, input, undefined, exists)),
      )
      // the same RRset twice in one request is refused, whatever else the request holds
      const seen = new Map<string, number>()
      results.forEach((result, i) => {
        if (result.change === undefined) return
        const first = seen.get(result.change.subname)
        if (first !== undefined) {
          result.errors.non_field_errors = [
            `Same subname and type as in position(s) ${first}, but must be unique.`,
          ]
          delete result.change
        } else seen.set(result.change.subname, i)
      })
      if (results.some((r) => Object.keys(r.errors).length > 0)) {
        return { status: 400, body: bulk ? results.map((r) => r.errors) : results[0]?.errors }
      }
      const limited = throttled(domain)
      if (limited) return limited
      const changes = results.map((r) => r.change as Change)
      await apply(domain, changes)
      const after = (await Promise.all(changes.map((c) => rrsetObject(domain, c.subname)))).filter(
        (r) => r !== undefined,
      )
      const status = request.method === 'POST' ? 201 : 200
      return { status, body: bulk ? after : (after[0] ?? {}) }
    }

    // /domains/<name>/rrsets/<subname>/<type>/, with '@' or a '...' suffix for the apex
    const rawSubname = decodeURIComponent(parts[3] as string)
    const subname =
      rawSubname === '@' ? '' : rawSubname.endsWith('...') ? rawSubname.slice(0, -3) : rawSubname
    const type = decodeURIComponent(parts[4] as string)
    if (type !== 'TXT') return detail(400, `fake deSEC: only TXT is implemented, not ${type}.`)
    if (request.method === 'GET') {
      const rrset = await rrsetObject(domain, subname)
      return rrset === undefined ? detail(404, 'Not found.') : { status: 200, body: rrset }
    }
    if (request.method === 'DELETE') {
      const limited = throttled(domain)
      if (limited) return limited
      await apply(domain, [{ owner: ownerOf(domain, subname), subname, ttl: undefined, records: [] }])
      return { status: 204 }
    }
    if (request.method !== 'PUT' && request.method !== 'PATCH')
      return detail(405, `Method "${request.method}" not allowed.`)
    if (!(await exists(subname))) return detail(404, 'Not found.')
    const input = (
      typeof request.body === 'object' && request.body !== null ? request.body : {}
    ) as RRsetInput
    const result = await validate(request.method, domain, input, { subname, type }, exists)
    if (result.change === undefined) return { status: 400, body: result.errors }
    const limited = throttled(domain)
    if (limited) return limited
    await apply(domain, [result.change])
    const rrset = await rrsetObject(domain, subname)
    return rrset === undefined ? { status: 204 } : { status: 200, body: rrset }
  }

  return startFakeApi(BASE_PATH, handle)
}
