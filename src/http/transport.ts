// The wire under the project's HTTP layer: one request out, one whole answer back, over Node's own http and
// https modules with keep-alive connections.
//
// Why Node's modules and not undici (the design card's HTTP library): undici is 1.6 MB of JavaScript that every
// run compiling it pays for before its first request, about 60 ms, a fifth of a whole one-name issuance; Node's
// http and https are part of the runtime, ready at once. Everything undici did for us here is small: a
// connection timeout (below), keep-alive pools (the modules' Agent), and reading the body. The retries, the
// timeouts of a whole request, the Retry-After rules and the redaction stay in client.ts, above this.
import http from 'node:http'
import https from 'node:https'
import type { Socket } from 'node:net'

export interface WireRequest {
  readonly method: string
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string | undefined
  /** Ends the request at once (the caller's timeout, or the run closing). */
  readonly signal: AbortSignal
}

export interface WireAnswer {
  readonly status: number
  /** Names lower case; a header sent more than once is a list (set-cookie) or joined with ", ". */
  readonly headers: Record<string, string | string[] | undefined>
  readonly text: string
}

/** Sends one request and reads the whole answer; rejects with the socket's error (its `code`) when there is none. */
export type Send = (request: WireRequest) => Promise<WireAnswer>

/**
 * A connection unused this long is closed rather than kept for the next request. A server or a load balancer
 * drops idle connections after its own time (often silently, behind NAT), and a request sent on one it dropped
 * fails or waits out its timeout; after a propagation wait of seconds, a new connection is the safer one. Four
 * seconds is what undici, the library this layer replaced, kept them for.
 */
export const IDLE_MS = 4_000

/** The code of the error a request fails with when its pool is closed under it. */
export const CLOSED = 'CONNECTIONS_CLOSED'

/** The code of the error a connection that did not open in time fails with. */
export const CONNECT_TIMEOUT = 'CONNECT_TIMEOUT'

export interface Connections {
  readonly send: Send
  /** Closes every connection, idle or busy: whatever is in flight fails. */
  close(): void
}

/**
 * A pool of keep-alive connections. `connectTimeoutMs` bounds the opening of each new connection (TCP and, for
 * https, the TLS handshake) apart from the request's own timeout: a CA or an API whose address swallows packets
 * is known unreachable in seconds, not at the end of a 30 s request timeout.
 *
 * Requests go through the proxy HTTPS_PROXY / HTTP_PROXY name (lower case first), except to the hosts NO_PROXY
 * lists: Node's own proxy support, read from `env` (default: the process's). A self-hosted runner behind a proxy
 * has those set, and every other tool of a workflow (curl, the actions toolkit) honours them.
 */
export function connections(
  options: {
    connectTimeoutMs?: number
    env?: Readonly<Record<string, string | undefined>>
    /** How long an unused connection is kept; default IDLE_MS. */
    idleMs?: number
    /**
     * PEM certificates that alone are trusted for https here, instead of Node's roots: a self-hosted API whose
     * certificate comes from a private CA the owner names (as lego's INFOBLOX_CA_CERTIFICATE does).
     */
    ca?: string
  } = {},
): Connections {
  const proxyEnv = { ...(options.env ?? process.env) }
  // `timeout` closes a connection left unused that long (an answer slower than that is not cut off)
  const kept = { keepAlive: true, timeout: options.idleMs ?? IDLE_MS, proxyEnv }
  const agents = {
    'http:': new http.Agent(kept),
    'https:': new https.Agent(options.ca === undefined ? kept : { ...kept, ca: options.ca }),
  }
  // No connection holds the process open by itself: a request in flight does (`hold` below), an idle or forsaken
  // one does not. Forsaken: through a proxy, a request that times out while its tunnel or TLS handshake hangs
  // leaves a socket Node gives the request no handle on, which would keep a failed run from ending.
  for (const agent of Object.values(agents) as http.Agent[]) {
    const create = agent.createConnection.bind(agent)
    agent.createConnection = (options, callback) => {
      const socket = create(options, callback)
      ;(socket as Socket | null | undefined)?.unref()
      return socket
    }
  }
  /** How to fail each request not yet settled. */
  const inFlight = new Set<(error: Error) => void>()
  const send: Send = (request) =>
    new Promise<WireAnswer>((settleAnswer, settleError) => {
      const hold = setInterval(() => {}, 2 ** 31 - 1)
      const resolve = (answer: WireAnswer) => {
        clearInterval(hold)
        settleAnswer(answer)
      }
      const reject = (error: unknown) => {
        clearInterval(hold)
        settleError(error)
      }
      const { url } = request
      const secure = url.protocol === 'https:'
      if (!secure && url.protocol !== 'http:') {
        reject(new Error(`unsupported protocol ${url.protocol}`))
        return
      }
      const headers: Record<string, string> = { ...request.headers }
      // a fixed length, never chunked: some APIs refuse chunked bodies, and an empty POST says so
      if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body))
      else if (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH')
        headers['content-length'] = '0'
      const outgoing = (secure ? https : http).request(url, {
        method: request.method,
        headers,
        agent: agents[url.protocol as 'http:' | 'https:'],
      })
      outgoing.on('error', reject)
      // A request given no socket yet ignores destroy() (through a proxy, the socket comes only once the tunnel
      // and the TLS handshake are done), so a timeout or an abort settles the promise here, not through 'error'.
      const fail = (error: Error) => {
        reject(error)
        outgoing.destroy(error)
      }
      const abort = () =>
        fail(Object.assign(new Error('the request was aborted'), { name: 'AbortError', code: 'ABORT_ERR' }))
      if (request.signal.aborted) abort()
      else request.signal.addEventListener('abort', abort, { once: true })
      inFlight.add(fail)
      outgoing.on('close', () => {
        request.signal.removeEventListener('abort', abort)
        inFlight.delete(fail)
      })
      // The connection is open once the request has gone out whole: 'finish' comes after TCP and TLS (a socket
      // holds writes until then), through a proxy's tunnel too, and at once on a kept connection.
      const timer =
        options.connectTimeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              const message = `no connection to ${url.host} within ${options.connectTimeoutMs} ms`
              fail(Object.assign(new Error(message), { code: CONNECT_TIMEOUT }))
            }, options.connectTimeoutMs)
      const opened = () => clearTimeout(timer)
      outgoing.on('finish', opened)
      outgoing.on('response', opened)
      outgoing.on('close', opened)
      outgoing.on('response', (incoming) => {
        incoming.setEncoding('utf8')
        let text = ''
        incoming.on('data', (chunk: string) => {
          text += chunk
        })
        incoming.on('error', reject)
        incoming.on('end', () => {
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text })
        })
      })
      outgoing.end(request.body)
    })
  return {
    send,
    close() {
      // the requests still waiting for a socket (on a proxy's tunnel) are not the agents' to stop
      for (const fail of inFlight)
        fail(Object.assign(new Error('the connections were closed'), { code: CLOSED }))
      agents['http:'].destroy()
      agents['https:'].destroy()
    },
  }
}

let shared: Connections | undefined

/**
 * The process's one pool, for every client given no `send` of its own; connections open within 10 s. Its idle
 * connections never hold the process open.
 */
export const sendShared: Send = (request) => {
  shared ??= connections({ connectTimeoutMs: 10_000 })
  return shared.send(request)
}
