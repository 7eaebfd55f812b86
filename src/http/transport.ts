// The wire under the project's HTTP layer: one request out, one whole answer back, over undici: one Agent with
// keep-alive connections, or an EnvHttpProxyAgent when the environment names a proxy. The retries, the timeout
// of a whole attempt, the Retry-After rules and the redaction stay the project's, in client.ts above this.
import { Agent, type Dispatcher, EnvHttpProxyAgent, errors } from 'undici'
import packageJson from '../../package.json' with { type: 'json' }

export interface WireRequest {
  readonly method: string
  readonly url: URL
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string | undefined
  /** Ends the request at once (the caller's timeout, or the run closing). */
  readonly signal: AbortSignal
  /** The largest answer read, in bytes; default MAX_ANSWER_BYTES, never more than the pool's maxResponseBytes. */
  readonly maxBytes?: number | undefined
}

export interface WireAnswer {
  readonly status: number
  /** Names lower case; a header sent more than once is a list (set-cookie) or joined with ", ". */
  readonly headers: Record<string, string | string[] | undefined>
  readonly text: string
}

/** Sends one request and reads the whole answer; rejects with the socket's error (its `code`) when there is none. */
export type Send = (request: WireRequest) => Promise<WireAnswer>

/** Sent with every request (RFC 8555 section 6.1 asks ACME clients for one); a caller's own wins. */
export const USER_AGENT = `certalias/${packageJson.version}`

/**
 * A connection unused this long is closed rather than kept for the next request. A server or a load balancer
 * drops idle connections after its own time (often silently, behind NAT), and a request sent on one it dropped
 * fails or waits out its timeout; after a propagation wait of seconds, a new connection is the safer one.
 */
export const IDLE_MS = 4_000

/** The code of the error a request fails with when its pool is closed under it. */
export const CLOSED = 'CONNECTIONS_CLOSED'

/** The code of the error a connection that did not open in time (TCP, a proxy's tunnel, TLS) fails with. */
export const CONNECT_TIMEOUT = 'UND_ERR_CONNECT_TIMEOUT'

/**
 * The largest answer read by default. What an API or a CA sends is kilobytes (a record listing, a token, an
 * order of a hundred names, a directory); a megabyte is hundreds of times that, and an answer that does not end
 * (a broken server, a captive portal, a hostile one) stops there instead of filling the memory of the runner.
 */
export const MAX_ANSWER_BYTES = 1024 * 1024

/** The code of the error an answer larger than its cap fails with; the connection it came on is closed. */
export const TOO_LARGE = 'RESPONSE_TOO_LARGE'

export interface Connections {
  readonly send: Send
  /** Closes every connection, idle or busy: whatever is in flight fails. */
  close(): void
}

/**
 * A pool of keep-alive connections. `connectTimeoutMs` bounds the opening of each new connection (TCP, the
 * proxy's tunnel and the TLS handshake) apart from the request's own timeout: a CA or an API whose address
 * swallows packets is known unreachable in seconds, not at the end of a 30 s request timeout. `requestTimeoutMs`
 * bounds the wait for the headers and between two pieces of the body, under the caller's timeout of a whole
 * attempt.
 *
 * Requests go through the proxy HTTPS_PROXY / HTTP_PROXY name (lower case first), except to the hosts NO_PROXY
 * lists, read from `env` (default: the process's): a self-hosted runner behind a proxy has those set, and every
 * other tool of a workflow (curl, the actions toolkit) honours them. undici does it itself, on every Node.
 */
export function connections(
  options: {
    connectTimeoutMs?: number
    requestTimeoutMs?: number
    env?: Readonly<Record<string, string | undefined>>
    /** How long an unused connection is kept; default IDLE_MS. */
    idleMs?: number
    /**
     * PEM certificates that alone are trusted for https here, instead of Node's roots: a self-hosted API whose
     * certificate comes from a private CA the owner names (as lego's INFOBLOX_CA_CERTIFICATE does).
     */
    ca?: string
    /** The largest answer any request of this pool may read (undici stops the connection past it). */
    maxResponseBytes?: number
  } = {},
): Connections {
  const idle = options.idleMs ?? IDLE_MS
  const ceiling = options.maxResponseBytes ?? MAX_ANSWER_BYTES
  const settings: Agent.Options = {
    maxResponseSize: ceiling,
    connectTimeout: options.connectTimeoutMs ?? 10_000,
    headersTimeout: options.requestTimeoutMs ?? 30_000,
    bodyTimeout: options.requestTimeoutMs ?? 30_000,
    // never longer than `idle`, whatever keep-alive time a server announces
    keepAliveTimeout: idle,
    keepAliveMaxTimeout: idle,
  }
  const proxy = proxySettings(options.env ?? process.env)
  // the CA for the server's own TLS: on a direct connection, and inside a proxy's tunnel
  const tls = options.ca === undefined ? {} : { connect: { ca: options.ca }, requestTls: { ca: options.ca } }
  const dispatcher =
    proxy === undefined
      ? new Agent({ ...settings, ...tls })
      : new EnvHttpProxyAgent({ ...settings, ...tls, ...proxy })
  const send = sendOver(dispatcher, ceiling)
  let closed = false
  const closedError = () => Object.assign(new Error('the connections were closed'), { code: CLOSED })
  return {
    // one error for whatever was in flight, on a connection or still waiting for a proxy's tunnel
    send: (request) =>
      send(request).catch((error: unknown) => {
        throw closed ? closedError() : error
      }),
    close() {
      closed = true
      dispatcher.destroy(closedError()).catch(() => {})
    },
  }
}

/** The proxies the environment names, or undefined when it names none (then a plain Agent does). */
function proxySettings(
  env: Readonly<Record<string, string | undefined>>,
): { httpProxy: string; httpsProxy: string; noProxy: string } | undefined {
  // given explicitly, even when empty: undici would otherwise read the process's environment
  const httpProxy = env.http_proxy ?? env.HTTP_PROXY ?? ''
  const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY ?? ''
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? ''
  if (httpProxy === '' && httpsProxy === '') return undefined
  return { httpProxy, httpsProxy, noProxy }
}

/**
 * One request over `dispatcher` (the pool, or a test's MockAgent), its whole answer read as text: at most
 * `request.maxBytes` of it, never more than `ceiling`.
 */
export function sendOver(dispatcher: Dispatcher, ceiling = MAX_ANSWER_BYTES): Send {
  return async (request) => {
    const { url } = request
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`unsupported protocol ${url.protocol}`)
    const limit = Math.min(request.maxBytes ?? MAX_ANSWER_BYTES, ceiling)
    let response: Dispatcher.ResponseData
    let text: string
    try {
      response = await dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: request.method as Dispatcher.HttpMethod,
        headers: { 'user-agent': USER_AGENT, ...request.headers },
        body: request.body,
        signal: request.signal,
      })
      text = await readAtMost(response, limit)
    } catch (error) {
      // undici's own cap, the pool's: the same failure as ours
      throw error instanceof errors.ResponseExceededMaxSizeError ? tooLarge(limit) : error
    }
    // undici frees a connection one turn of the event loop after its answer ended (a server that said keep-alive
    // may still close it); answered after that turn, the caller's next request finds it free instead of opening
    // another
    await new Promise((resolve) => setImmediate(resolve))
    return { status: response.statusCode, headers: response.headers, text }
  }
}

/** The body as text, or TOO_LARGE as soon as it says or shows it is larger than `limit` (the rest unread). */
async function readAtMost(response: Dispatcher.ResponseData, limit: number): Promise<string> {
  if (Number(response.headers['content-length']) > limit) {
    response.body.destroy()
    throw tooLarge(limit)
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    size += chunk.length
    // leaving the loop destroys the body, and undici the connection it came on
    if (size > limit) throw tooLarge(limit)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function tooLarge(limit: number): Error {
  const size = limit % (1024 * 1024) === 0 ? `${limit / (1024 * 1024)} MiB` : `${limit} bytes`
  return Object.assign(new Error(`the answer is larger than ${size}, the most read of one`), {
    code: TOO_LARGE,
  })
}

let shared: Connections | undefined

/** The process's one pool, for every client given no `send` of its own. Its idle connections hold nothing open. */
export const sendShared: Send = (request) => {
  shared ??= connections()
  return shared.send(request)
}
