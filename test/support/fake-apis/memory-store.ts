// Stateful in-memory fakes of provider APIs for the unit tests: a loopback server whose handler keeps the zones'
// records (RecordStore), with every request logged and a switch to answer the next requests with a throttling
// or failing reply first. Each fake is written from its provider's API documentation beside it.
import type { IncomingHttpHeaders } from 'node:http'
import { afterEach, expect } from 'vitest'
import type { DnsProvider } from '../../../src/providers/types.js'
import { serveOnLoopback } from '../json-request.js'

export interface FakeRequest {
  readonly method: string
  /** The path as sent, percent-encoding kept. */
  readonly rawPath: string
  /** The path's segments, each percent-decoded once. */
  readonly segments: string[]
  readonly query: URLSearchParams
  readonly headers: IncomingHttpHeaders
  readonly text: string
  /** The body parsed as JSON; undefined when it is not JSON. */
  readonly json: unknown
  /** The body as form fields (application/x-www-form-urlencoded); empty otherwise. */
  readonly form: URLSearchParams
}

export interface FakeReply {
  readonly status?: number
  /** JSON-encoded unless a string. */
  readonly body?: unknown
  readonly headers?: Record<string, string>
}

export interface MemoryApi {
  /** http://127.0.0.1:port */
  readonly origin: string
  readonly requests: FakeRequest[]
  /** The next `count` requests get `reply` without being handled (a rate limit, an outage). */
  interrupt(count: number, reply: FakeReply): void
  close(): Promise<void>
}

const open = new Set<MemoryApi>()
afterEach(async () => {
  await Promise.all([...open].map((api) => api.close()))
  open.clear()
})

export async function startMemoryApi(
  handle: (request: FakeRequest) => FakeReply | Promise<FakeReply>,
): Promise<MemoryApi> {
  const requests: FakeRequest[] = []
  const interruptions: FakeReply[] = []
  const server = await serveOnLoopback(async (req, res, text) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    const request: FakeRequest = {
      method: req.method ?? '',
      rawPath: url.pathname,
      segments: url.pathname
        .split('/')
        .filter((s) => s !== '')
        .map((s) => decodeURIComponent(s)),
      query: url.searchParams,
      headers: req.headers,
      text,
      json: parseJson(text),
      form: /x-www-form-urlencoded/.test(String(req.headers['content-type']))
        ? new URLSearchParams(text)
        : new URLSearchParams(),
    }
    requests.push(request)
    let reply: FakeReply
    try {
      reply = interruptions.shift() ?? (await handle(request))
    } catch (error) {
      reply = { status: 500, body: { fake: `internal error: ${(error as Error).message}` } }
    }
    const { status = 200, body, headers = {} } = reply
    res.writeHead(status, {
      ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    })
    res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body))
  })
  const api: MemoryApi = {
    origin: server.url,
    requests,
    interrupt(count, reply) {
      for (let i = 0; i < count; i++) interruptions.push(reply)
    },
    close: () => server.close(),
  }
  open.add(api)
  return api
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text)
  } catch {
    return undefined
  }
}

/** One record as the fakes keep it: the owner's full name, the type and the data unquoted (a TXT's value). */
export interface StoredRecord {
  readonly id: string
  readonly zone: string
  readonly name: string
  readonly type: string
  readonly data: string
  readonly ttl: number
}

/** The zones of one account and their records. */
export class RecordStore {
  readonly #zones: Map<string, StoredRecord[]>
  #nextId = 1000

  constructor(zones: readonly string[]) {
    this.#zones = new Map(zones.map((zone) => [lower(zone), []]))
  }

  get zones(): string[] {
    return [...this.#zones.keys()]
  }

  has(zone: string): boolean {
    return this.#zones.has(lower(zone))
  }

  /** The zone of the account that holds name (the longest match). */
  zoneOf(name: string): string | undefined {
    const fqdn = lower(name)
    return this.zones
      .filter((zone) => fqdn === zone || fqdn.endsWith(`.${zone}`))
      .sort((a, b) => b.length - a.length)[0]
  }

  records(zone: string): StoredRecord[] {
    return [...(this.#zones.get(lower(zone)) ?? [])]
  }

  /** Add a record; it keeps an id given, else gets a new one. */
  add(zone: string, record: Omit<StoredRecord, 'id' | 'zone'> & { id?: string }): StoredRecord {
    const list = this.#zones.get(lower(zone))
    if (list === undefined) throw new Error(`no zone ${zone}`)
    const stored = {
      ...record,
      name: lower(record.name),
      id: record.id ?? String(this.#nextId++),
      zone: lower(zone),
    }
    list.push(stored)
    return stored
  }

  delete(zone: string, id: string): boolean {
    const list = this.#zones.get(lower(zone))
    const index = list?.findIndex((record) => record.id === id) ?? -1
    if (list === undefined || index < 0) return false
    list.splice(index, 1)
    return true
  }

  /** Make the zone hold exactly these records (a whole-zone write). */
  replace(zone: string, records: readonly (Omit<StoredRecord, 'id' | 'zone'> & { id?: string })[]): void {
    const list = this.#zones.get(lower(zone))
    if (list === undefined) throw new Error(`no zone ${zone}`)
    list.length = 0
    for (const record of records) this.add(zone, record)
  }

  /** The TXT values at an owner, sorted: what DNS would serve. */
  txt(owner: string): string[] {
    const name = lower(owner)
    const zone = this.zoneOf(name)
    if (zone === undefined) return []
    return this.records(zone)
      .filter((r) => r.type === 'TXT' && r.name === name)
      .map((r) => r.data)
      .sort()
  }
}

function lower(name: string): string {
  return name.toLowerCase().replace(/\.$/, '')
}

/** Write values at owner and remove them again, checking what the store serves after each step. */
export async function writeAndRemove(
  provider: Pick<DnsProvider, 'append' | 'remove'>,
  store: RecordStore,
  zone: string,
  owner: string,
  values: string[],
): Promise<void> {
  const before = store.txt(owner)
  await provider.append(zone, owner, values)
  expect(store.txt(owner)).toEqual([...before, ...values].sort())
  await provider.remove(zone, owner, values)
  expect(store.txt(owner)).toEqual(before)
}
