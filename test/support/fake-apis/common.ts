// What the fake provider APIs share: BIND as their only store (RFC 2136 writes, DNS reads) and a small HTTP
// server that records every request. The fakes keep no records of their own, so what a client wrote through
// a fake API is exactly what Pebble and the propagation check see on the real name server.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { query } from '../../../src/dns/wire.js'
import { rfc2136 } from '../../../src/providers/rfc2136/index.js'
import { rfc2136Env } from '../bed.js'
import { recordingHost } from '../host.js'
import { readJsonRequest } from '../json-request.js'

/** One TXT value as BIND serves it, with the TTL of its RRset. */
export interface BindTxt {
  readonly value: string
  readonly ttl: number
}

/** BIND seen through DNS: reads ask the server itself, writes are TSIG-signed RFC 2136 updates. */
export interface BindStore {
  readonly server: string
  read(owner: string): Promise<BindTxt[]>
  add(zone: string, owner: string, values: readonly string[], ttl: number): Promise<void>
  remove(zone: string, owner: string, values: readonly string[]): Promise<void>
  /** Make the owner hold exactly `values`: only the difference to what BIND serves is sent. */
  replace(zone: string, owner: string, values: readonly string[], ttl: number): Promise<void>
}

/** The bed's BIND with the bed's TSIG key (rfc2136Env); `env` overrides it. */
export async function bindStore(env?: Record<string, string>): Promise<BindStore> {
  const settings = env ?? (await rfc2136Env())
  const server = settings.RFC2136_NAMESERVER as string
  // The rfc2136 provider writes with one TTL per instance; BIND gives the whole RRset the TTL of the last add.
  const writer = (ttl: number) =>
    rfc2136.create({
      env: { ...settings, RFC2136_TTL: String(ttl) },
      host: recordingHost(),
      resolvers: [],
    })
  const store: BindStore = {
    server,
    async read(owner) {
      const response = await query(server, owner, 'TXT', { recursionDesired: false })
      return response.answers
        .filter((rr) => rr.type === 'TXT' && rr.name === owner.toLowerCase().replace(/\.$/, ''))
        .map((rr) => ({ value: rr.data as string, ttl: rr.ttl }))
        .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    },
    async add(zone, owner, values, ttl) {
      if (values.length > 0) await writer(ttl).append(zone, owner, [...values])
    },
    async remove(zone, owner, values) {
      if (values.length > 0) await writer(60).remove(zone, owner, [...values])
    },
    async replace(zone, owner, values, ttl) {
      const present = (await store.read(owner)).map((txt) => txt.value)
      const wanted = new Set(values)
      await store.remove(
        zone,
        owner,
        present.filter((value) => !wanted.has(value)),
      )
      // A changed TTL alone is not worth a write here: the fakes answer with what BIND serves.
      await store.add(
        zone,
        owner,
        [...wanted].filter((value) => !present.includes(value)),
        ttl,
      )
    },
  }
  return store
}

/** What a fake saw: every request, in order, with the status it answered. */
export interface SeenRequest {
  readonly method: string
  /** Path without the query string. */
  readonly path: string
  readonly query: Record<string, string>
  readonly body: unknown
  status: number
  /** The body answered. */
  reply?: unknown
}

export interface FakeApi {
  /** The provider's <PREFIX>_API_URL: origin plus the API's base path. */
  readonly apiUrl: string
  readonly requests: SeenRequest[]
  close(): Promise<void>
}

export interface Reply {
  readonly status: number
  /** JSON-encoded unless a string; undefined: an empty body. */
  readonly body?: unknown
  readonly headers?: Record<string, string>
}

export type Handler = (request: SeenRequest, req: IncomingMessage) => Promise<Reply>

/**
 * A node:http server on 127.0.0.1:0. Requests go through one queue: a real API applies each write whole, so a
 * replace computed against BIND (a delete and an add) must not interleave with another, nor be read half done.
 */
export async function startFakeApi(basePath: string, handle: Handler): Promise<FakeApi> {
  const requests: SeenRequest[] = []
  let queue: Promise<unknown> = Promise.resolve()
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const { url, body } = await readJsonRequest(req)
    const seen: SeenRequest = {
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      status: 0,
    }
    requests.push(seen)
    let reply: Reply
    try {
      const turn = queue.then(() => handle(seen, req))
      queue = turn.catch(() => {})
      reply = await turn
    } catch (error) {
      // A failed RFC 2136 write is the fake's fault, not the client's: make it loud.
      reply = { status: 500, body: { fake: `internal error: ${(error as Error).message}` } }
    }
    seen.status = reply.status
    seen.reply = reply.body
    const payload =
      reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    res.writeHead(reply.status, {
      ...(reply.body !== undefined && typeof reply.body !== 'string'
        ? { 'content-type': 'application/json' }
        : {}),
      ...reply.headers,
    })
    res.end(payload)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiUrl: `http://127.0.0.1:${port}${basePath}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** A stable id: the same input always gives the same id, as a real API's stored record keeps its id. */
export function stableId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32)
}

/** Lower case, no trailing dot. */
export function normalize(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '')
}

/** The zone of `zones` that holds name (the longest match), if any. */
export function owningZone(zones: readonly string[], name: string): string | undefined {
  const fqdn = normalize(name)
  return zones
    .map(normalize)
    .filter((zone) => fqdn === zone || fqdn.endsWith(`.${zone}`))
    .sort((a, b) => b.length - a.length)[0]
}
