// What the unit fakes of provider APIs share: zones kept in memory with records that have ids, as an API's own
// database keeps them, and a loopback server that records each request as it came (raw path, headers, body).
import type { IncomingHttpHeaders } from 'node:http'
import { afterEach } from 'vitest'
import { serveOnLoopback } from '../json-request.js'

export interface MemoryRecord {
  readonly id: string
  readonly zone: string
  /** Absolute name, lower case, no trailing dot. */
  readonly owner: string
  readonly type: string
  readonly value: string
  readonly ttl: number
}

/** The zones of one account and their records. */
export class MemoryZones {
  readonly zones: readonly string[]
  #records: MemoryRecord[] = []
  #next = 1000

  constructor(zones: readonly string[]) {
    this.zones = zones.map(lower)
  }

  has(zone: string): boolean {
    return this.zones.includes(lower(zone))
  }

  /** The zone holding name (the longest that does), if the account has one. */
  zoneOf(name: string): string | undefined {
    const fqdn = lower(name)
    return this.zones
      .filter((zone) => fqdn === zone || fqdn.endsWith(`.${zone}`))
      .sort((a, b) => b.length - a.length)[0]
  }

  records(owner: string, type = 'TXT'): MemoryRecord[] {
    return this.#records.filter((r) => r.owner === lower(owner) && r.type === type)
  }

  /** The TXT values at owner, sorted: what a test compares. */
  values(owner: string): string[] {
    return this.records(owner)
      .map((r) => r.value)
      .sort()
  }

  /** Every record of the zone, of every owner. */
  inZone(zone: string): MemoryRecord[] {
    return this.#records.filter((r) => r.zone === lower(zone))
  }

  byId(id: string): MemoryRecord | undefined {
    return this.#records.find((r) => r.id === id)
  }

  add(zone: string, owner: string, value: string, ttl = 300, type = 'TXT'): MemoryRecord {
    const record = { id: String(this.#next++), zone: lower(zone), owner: lower(owner), type, value, ttl }
    this.#records.push(record)
    return record
  }

  delete(id: string): boolean {
    const before = this.#records.length
    this.#records = this.#records.filter((r) => r.id !== id)
    return this.#records.length < before
  }

  /** Make the zone hold exactly these records (a whole-zone write); each gets a new id. */
  replaceZone(zone: string, records: readonly Omit<MemoryRecord, 'id' | 'zone'>[]): void {
    this.#records = this.#records.filter((r) => r.zone !== lower(zone))
    for (const r of records) this.add(zone, r.owner, r.value, r.ttl, r.type)
  }

  /** Make the owner's set of this type exactly these values (a whole-set write); an empty list deletes it. */
  replace(zone: string, owner: string, values: readonly string[], ttl: number, type = 'TXT'): void {
    this.#records = this.#records.filter((r) => !(r.owner === lower(owner) && r.type === type))
    for (const value of values) this.add(zone, owner, value, ttl, type)
  }
}

/** One request as the fake received it. */
export interface FakeRequest {
  readonly method: string
  /** The path exactly as sent, percent-encoding intact, without the query string. */
  readonly rawPath: string
  /** Path and query string exactly as sent (the request-target a signature covers). */
  readonly target: string
  readonly query: URLSearchParams
  readonly headers: IncomingHttpHeaders
  readonly text: string
}

export interface FakeReply {
  readonly status?: number
  /** JSON-encoded unless a string. */
  readonly body?: unknown
  readonly headers?: Record<string, string>
}

export interface FakeServer {
  /** http://127.0.0.1:port */
  readonly origin: string
  readonly requests: FakeRequest[]
  /** The next `count` requests get this answer instead of being handled (a throttle, an outage). */
  interrupt(reply: FakeReply, count?: number): void
  /** Runs before each request is handled: another writer acting between two requests of the provider. */
  beforeEach(hook: (request: FakeRequest) => void): void
}

const open: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()))
})

/** A fake API on loopback, closed after the test that started it. */
export async function serveFake(
  handle: (request: FakeRequest) => FakeReply | Promise<FakeReply>,
): Promise<FakeServer> {
  const requests: FakeRequest[] = []
  const interruptions: FakeReply[] = []
  const hooks: ((request: FakeRequest) => void)[] = []
  const server = await serveOnLoopback(async (req, res, text) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    const rawPath = (req.url ?? '/').split('?')[0] as string
    const request: FakeRequest = {
      method: req.method ?? '',
      rawPath,
      target: req.url ?? '/',
      query: url.searchParams,
      headers: req.headers,
      text,
    }
    requests.push(request)
    let reply: FakeReply
    try {
      for (const hook of hooks) hook(request)
      reply = interruptions.shift() ?? (await handle(request))
    } catch (error) {
      reply = { status: 500, body: { fake: `internal error: ${(error as Error).message}` } }
    }
    const { status = 200, body, headers = {} } = reply
    const payload = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
    res.writeHead(status, {
      ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    })
    res.end(payload)
  })
  open.push(server)
  return {
    origin: server.url,
    requests,
    interrupt(reply, count = 1) {
      for (let i = 0; i < count; i++) interruptions.push(reply)
    },
    beforeEach(hook) {
      hooks.push(hook)
    },
  }
}

function lower(name: string): string {
  return name.toLowerCase().replace(/\.$/, '')
}

/** The request's path segments, each percent-decoded once (an encoded `/` stays inside its segment). */
export function pathSegments(request: FakeRequest): string[] {
  return request.rawPath
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeURIComponent)
}

/** The request's body parsed as JSON; undefined when it is empty or not JSON. */
export function jsonBody(request: FakeRequest): unknown {
  try {
    return request.text === '' ? undefined : JSON.parse(request.text)
  } catch {
    return undefined
  }
}
