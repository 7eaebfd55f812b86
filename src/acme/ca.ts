// The signed-request layer between the ACME session and the project's one HTTP layer (src/http/client.ts):
// JWS bodies, a pool of nonces, a bound on requests in flight, a timeout on every request, bounded retries, and
// the CA's signals (badNonce, Retry-After, rateLimited).
//
// Why ours and not acme-client's: acme-client asks for a new nonce before every signed request (half of all
// requests go to newNonce, one of the CA's tightest limits), its axios calls have no timeout, its retries resend a
// JWS whose nonce is already spent, and nothing stops a request it has started. Fixing that through its internals
// means replacing its request, getNonce and signedRequest, i.e. all of its HTTP client, while leaning on private
// names an upgrade may change. The ACME this action speaks is a dozen request shapes; a small layer of ours over
// the one HTTP layer is simpler, can be read whole, and can be closed (and the CSR is csr.ts's, so acme-client is
// no longer a dependency).
import { setTimeout as delay } from 'node:timers/promises'
import {
  CONNECT_ERROR_CODES,
  errorCode,
  formatMs,
  HttpClient,
  type HttpMethod,
  ProviderHttpError,
  type ThrottleAnswer,
} from '../http/client.js'
import { CONNECT_TIMEOUT, type Connections, connections, TOO_LARGE } from '../http/transport.js'
import { type AccountKey, accountKey, signJws } from './jws.js'
import { followRedirects } from './redirects.js'
import { testTimeoutMs } from './test-timeout.js'

export class AcmeError extends Error {}

/** The CA answered with a problem document (RFC 8555 section 6.7). */
export class CaProblem extends AcmeError {
  constructor(
    message: string,
    readonly status: number,
    readonly type: string | undefined,
  ) {
    super(message)
  }
}

/** `rateLimited` (RFC 8555 section 6.7): no new order is worth sending before `retryAt` (the CA's Retry-After). */
export class RateLimited extends AcmeError {
  constructor(
    message: string,
    readonly retryAt: Date | undefined,
  ) {
    super(message)
  }
}

export interface CaLimits {
  /** To open a connection, TCP and TLS. */
  readonly connectTimeoutMs: number
  /** For one request, from sending it to the end of the answer. */
  readonly requestTimeoutMs: number
  /** Tries of one request whose connection failed or which got no answer in time (only where a repeat is safe). */
  readonly transportAttempts: number
  /** Retries after a 5xx or a 429 that is not a rate limit. */
  readonly serverErrorRetries: number
  readonly badNonceRetries: number
  /** The longest wait honoured from one Retry-After, however long the CA asks for. */
  readonly retryAfterCapMs: number
  /** Signed requests in flight at once. */
  readonly maxInFlight: number
}

export const RETRY_AFTER_CAP_SECONDS = 30

/**
 * The largest certificate chain read, beside 1 MiB for every other answer of the CA. Its size is the CA's choice
 * (names per certificate, intermediates, a private CA's habits), and it is read after the CA has issued: a cap
 * that cut a real chain short would lose the certificate. A chain is kilobytes; four megabytes still stop one
 * that never ends.
 */
export const CHAIN_MAX_BYTES = 4 * 1024 * 1024

export const CA_LIMITS: CaLimits = {
  connectTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  transportAttempts: 3,
  serverErrorRetries: 5,
  badNonceRetries: 20,
  retryAfterCapMs: RETRY_AFTER_CAP_SECONDS * 1000,
  // Four keep the round trips of 100 authorizations short and the nonces in circulation (at most four newNonce
  // requests per run) well under what a CA allows one address per second.
  maxInFlight: 4,
}

export { TEST_TIMEOUT_ENV } from './test-timeout.js'

/** The limits of the CA's requests; shortened by the tests' TEST_TIMEOUT_ENV (test-timeout.ts). */
export function caLimits(env: Readonly<Record<string, string | undefined>> = {}): CaLimits {
  const ms = testTimeoutMs(env)
  if (ms === undefined) return CA_LIMITS
  return { ...CA_LIMITS, connectTimeoutMs: ms, requestTimeoutMs: ms }
}

export interface Directory {
  readonly newNonce: string
  readonly newAccount: string
  readonly newOrder: string
  readonly [resource: string]: unknown
}

export interface CaAnswer {
  readonly status: number
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  /** Parsed JSON when the CA says JSON, the text otherwise (a PEM chain), undefined when empty. */
  readonly body: unknown
}

export interface Problem {
  readonly type?: string
  readonly detail?: string
  readonly subproblems?: readonly Problem[]
}

export const RATE_LIMITED = 'urn:ietf:params:acme:error:rateLimited'
const BAD_NONCE = 'urn:ietf:params:acme:error:badNonce'
/** Nonces kept at most: a CA forgets old ones, so the newest are used first and the oldest dropped. */
const NONCE_POOL_SIZE = 32
// the HTTP layer hands every status back as an answer: the statuses are ACME's to read
const EVERY_STATUS = Array.from({ length: 500 }, (_, i) => i + 100)

/** How to read an answer: the media type asked for, and the most bytes read (default the wire's, 1 MiB). */
interface Reading {
  readonly accept?: string
  readonly maxBytes?: number
}

/** Failed before any answer: the connection, or the time. */
class TransportFailure extends Error {
  constructor(
    readonly failure: ProviderHttpError,
    readonly code: string | undefined,
  ) {
    super(failure.message)
  }
}

export class CaClient {
  /** What this client sent the CA: for the log, and for tests and the benchmark to count. */
  readonly sent = { requests: 0, newNonce: 0 }
  /** The account URL (the `kid` of every request after newAccount). */
  accountUrl: string | undefined
  readonly account: AccountKey
  readonly #directoryUrl: string
  readonly #limits: CaLimits
  readonly #log: (message: string) => void
  readonly #trace: boolean
  readonly #connections: Connections
  readonly #closing = new AbortController()
  readonly #nonces: string[] = []
  readonly #slots: Slots
  #directory: Promise<Directory> | undefined
  #prefetched: Promise<void> | undefined
  readonly #known: Promise<Record<string, unknown>> | undefined

  constructor(
    directoryUrl: string,
    accountKeyPem: string,
    options: {
      limits?: CaLimits
      log?: (message: string) => void
      /** The directory as another part of the run already read it (the renewal decision): not asked again. */
      directory?: Promise<Record<string, unknown>> | undefined
      /** Every request to `log` with its status and time (debug runs): what a CA or a proxy in between did. */
      trace?: boolean
    } = {},
  ) {
    this.#known = options.directory
    this.#trace = options.trace ?? false
    this.#directoryUrl = directoryUrl
    this.account = accountKey(accountKeyPem)
    this.#limits = options.limits ?? CA_LIMITS
    this.#log = options.log ?? (() => {})
    this.#slots = new Slots(this.#limits.maxInFlight)
    this.#connections = connections({
      connectTimeoutMs: this.#limits.connectTimeoutMs,
      requestTimeoutMs: this.#limits.requestTimeoutMs,
      maxResponseBytes: CHAIN_MAX_BYTES,
    })
  }

  get closed(): boolean {
    return this.#closing.signal.aborted
  }

  /**
   * Stop: every request in flight fails at once, every wait ends, nothing new starts. The run has failed (or is
   * done), so nothing of this client may keep the process alive or touch the CA any more.
   */
  close(): void {
    if (this.closed) return
    this.#closing.abort()
    this.#slots.releaseAll()
    this.#connections.close()
  }

  /** The directory, read once. */
  directory(): Promise<Directory> {
    const read = () =>
      followRedirects(this.#directoryUrl, (url) => this.#send('GET', url, undefined, true)).then((answer) => {
        if (answer.status === 200 && isDirectory(answer.body)) return answer.body
        throw new AcmeError(
          `${this.#directoryUrl} is not an ACME directory: HTTP ${answer.status}${describeAnswer(answer)}`,
        )
      })
    // one read already made elsewhere in the run serves, unless it failed or is no directory
    this.#directory ??=
      this.#known === undefined
        ? read()
        : this.#known.then((body) => (isDirectory(body) ? body : read()), read)
    return this.#directory
  }

  /**
   * A signed POST (RFC 8555 section 6.2); `payload` undefined is POST-as-GET. Signed with the account URL as
   * `kid`, or with the JWK itself when `jwk` is set (newAccount). Every attempt is signed afresh with a nonce of
   * the pool. Any status comes back as an answer except a rate limit, which throws.
   */
  async post(
    url: string,
    payload: object | undefined,
    options: { jwk?: boolean; idempotent?: boolean } & Reading = {},
  ): Promise<CaAnswer> {
    await this.#slots.take()
    try {
      this.#stopIfClosed()
      // RFC 8555 section 6.4: the URL signed is the one requested, byte for byte, its query string included
      const target = requestTarget(url)
      const sign = async () => {
        const kid = options.jwk ? undefined : this.accountUrl
        if (kid === undefined && !options.jwk) throw new AcmeError('no ACME account yet to sign with')
        return JSON.stringify(
          signJws(this.account, { url: target, nonce: await this.#nonce(), kid }, payload),
        )
      }
      // POST-as-GET reads; repeating it does no harm
      const idempotent = options.idempotent ?? payload === undefined
      return await this.#send('POST', target, sign, idempotent, options)
    } finally {
      this.#slots.give()
    }
  }

  /** A wait the close() ends at once. */
  async sleep(ms: number): Promise<void> {
    try {
      await delay(ms, undefined, { signal: this.#closing.signal })
    } catch {
      this.#stopIfClosed()
    }
  }

  /**
   * The directory and a nonce for the first signed request, fetched ahead (while the run checks its DNS): the
   * account request then goes out at once.
   */
  prefetch(): Promise<void> {
    this.#prefetched ??= (async () => {
      await this.directory()
      if (this.#nonces.length === 0) await this.#fetchNonce()
    })()
    return this.#prefetched
  }

  /** The newest nonce of the pool, or a new one when the pool is empty (RFC 8555 section 7.2). */
  async #nonce(): Promise<string> {
    // the nonce fetched ahead may still be on its way: it serves, rather than a second newNonce
    if (this.#nonces.length === 0) await this.#prefetched?.catch(() => {})
    for (let asked = 0; ; asked++) {
      const nonce = this.#nonces.pop()
      if (nonce !== undefined) return nonce
      // a concurrent request may take the one fetched here; it leaves its own answer's nonce instead
      if (asked === this.#limits.transportAttempts)
        throw new AcmeError(`${this.#name}: newNonce gave no nonce`)
      await this.#fetchNonce()
    }
  }

  /** newNonce: its answer's Replay-Nonce joins the pool. */
  async #fetchNonce(): Promise<void> {
    this.sent.newNonce++
    const { newNonce } = await this.directory()
    const answer = await this.#send('HEAD', newNonce, undefined, true)
    if (answer.status >= 400) {
      throw new AcmeError(`${this.#name}: newNonce failed: HTTP ${answer.status}${describeAnswer(answer)}`)
    }
  }

  /**
   * One request with ACME's retry rules: a badNonce is retried with the fresh nonce it carries, a 5xx or a 429
   * that is not a rate limit after Retry-After (capped) or a short growing wait, a failed connection or a missing
   * answer only where repeating is safe; each kind a bounded number of times. A rate limit fails at once.
   */
  async #send(
    method: HttpMethod,
    url: string,
    body: (() => Promise<string>) | undefined,
    idempotent: boolean,
    reading: Reading = {},
  ): Promise<CaAnswer> {
    let failures = 0
    let serverRetries = 0
    let badNonces = 0
    const path = new URL(url).pathname
    for (;;) {
      this.#stopIfClosed()
      const text = body === undefined ? undefined : await body()
      let answer: CaAnswer
      try {
        answer = await this.#exchange(method, url, text, reading)
      } catch (error) {
        if (!(error instanceof TransportFailure)) throw error
        this.#stopIfClosed()
        failures++
        const neverSent = CONNECT_ERROR_CODES.has(error.code ?? '')
        // an answer too large comes back as large when asked again
        const final = error.code === TOO_LARGE || failures >= this.#limits.transportAttempts
        if ((!neverSent && !idempotent) || final) {
          throw this.#transportError(error, method, path, failures)
        }
        this.#log(
          `${this.#name}: ${method} ${path}: ${error.message}; try ${failures + 1} of ${this.#limits.transportAttempts}`,
        )
        await this.sleep(500 * failures)
        continue
      }
      const problem = problemOf(answer)
      if (answer.status === 400 && problem?.type === BAD_NONCE && badNonces < this.#limits.badNonceRetries) {
        badNonces++
        // the wording acme-client logged, kept for whoever searches debug logs for it
        this.#log(
          `Caught invalid nonce error, retrying (${badNonces}/${this.#limits.badNonceRetries}) signed request to: ${url}`,
        )
        continue
      }
      if (answer.status === 429 && problem?.type === RATE_LIMITED) throw rateLimitError(answer, problem)
      if (
        (answer.status === 429 || answer.status >= 500) &&
        serverRetries < this.#limits.serverErrorRetries
      ) {
        serverRetries++
        const asked = retryAfterSeconds(header(answer, 'retry-after')) * 1000
        const wait = Math.min(asked > 0 ? asked : 1000 * serverRetries, this.#limits.retryAfterCapMs)
        this.#log(
          `${this.#name}: ${method} ${path}: HTTP ${answer.status}, retry ${serverRetries} of ${this.#limits.serverErrorRetries} in ${formatMs(wait)}`,
        )
        await this.sleep(wait)
        continue
      }
      return answer
    }
  }

  /** One attempt over the HTTP layer; every status is an answer, and every answer's nonce goes to the pool. */
  async #exchange(
    method: HttpMethod,
    url: string,
    text: string | undefined,
    { accept, maxBytes }: Reading,
  ): Promise<CaAnswer> {
    const target = new URL(url)
    // The HTTP layer treats a 429 as throttling and throws it; its throttle hook sees every answer first, so
    // the headers and body ACME needs (problem type, Retry-After, Replay-Nonce) are taken from there.
    let seen: ThrottleAnswer | undefined
    const http = new HttpClient({
      provider: this.#name,
      baseUrl: target.origin,
      timeoutMs: this.#limits.requestTimeoutMs,
      maxRetries: 0,
      send: this.#connections.send,
      throttle: (answer) => {
        seen = answer
        return false
      },
    })
    this.sent.requests++
    const started = Date.now()
    let answer: CaAnswer
    try {
      const response = await http.request(method, target.pathname, {
        search: target.search,
        ...(text === undefined ? {} : { text }),
        headers: {
          ...(text === undefined ? {} : { 'content-type': 'application/jose+json' }),
          ...(accept === undefined ? {} : { accept }),
        },
        expect: EVERY_STATUS,
        idempotent: false,
        ...(maxBytes === undefined ? {} : { maxBytes }),
      })
      answer = { status: response.status, headers: response.headers, body: response.body }
    } catch (error) {
      if (!(error instanceof ProviderHttpError)) throw error
      if (error.status === undefined || seen === undefined)
        throw new TransportFailure(error, errorCode(error.cause))
      answer = { status: seen.status, headers: seen.headers, body: parseText(seen.body, seen.headers) }
    }
    if (this.#trace)
      this.#log(
        `${this.#name}: ${method} ${target.pathname}: HTTP ${answer.status} in ${Date.now() - started} ms`,
      )
    const nonce = header(answer, 'replay-nonce')
    if (nonce !== undefined && nonce !== '') {
      this.#nonces.push(nonce)
      if (this.#nonces.length > NONCE_POOL_SIZE) this.#nonces.shift()
    }
    return answer
  }

  #transportError(failure: TransportFailure, method: string, path: string, tries: number): AcmeError {
    const after = tries > 1 ? ` (${tries} tries)` : ''
    if (failure.failure.kind === 'timeout') {
      return new AcmeError(
        `${this.#name} did not answer ${method} ${path} within ${formatMs(this.#limits.requestTimeoutMs)}${after}`,
      )
    }
    if (failure.code === CONNECT_TIMEOUT) {
      return new AcmeError(
        `${this.#name}: no connection within ${formatMs(this.#limits.connectTimeoutMs)} (${method} ${path})${after}`,
      )
    }
    const cause = failure.failure.cause instanceof Error ? failure.failure.cause.message : failure.message
    return new AcmeError(
      `${this.#name}: ${method} ${path} failed${after}: ${failure.code ? `${failure.code}: ` : ''}${cause}`,
    )
  }

  #stopIfClosed(): void {
    if (this.closed) throw new AcmeError(`${this.#name}: stopped, the run has ended`)
  }

  get #name(): string {
    return `the CA at ${this.#directoryUrl}`
  }
}

/** At most `size` holders at once; the rest wait in order. */
class Slots {
  #free: number
  readonly #waiting: (() => void)[] = []

  constructor(size: number) {
    this.#free = size
  }

  async take(): Promise<void> {
    if (this.#free > 0) {
      this.#free--
      return
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve))
  }

  give(): void {
    const next = this.#waiting.shift()
    if (next === undefined) this.#free++
    else next()
  }

  /** Wake every waiter (each then finds the client closed): no promise is left waiting forever. */
  releaseAll(): void {
    for (const waiter of this.#waiting.splice(0)) waiter()
  }
}

/** The URL as it goes out: no fragment, and no `?` before an empty query (a request line cannot carry it). */
function requestTarget(url: string): string {
  const target = new URL(url)
  return `${target.origin}${target.pathname}${target.search}`
}

function isDirectory(body: unknown): body is Directory {
  return (
    typeof body === 'object' && body !== null && typeof (body as Partial<Directory>).newOrder === 'string'
  )
}

export function header(answer: CaAnswer, name: string): string | undefined {
  const value = answer.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export function problemOf(answer: CaAnswer): Problem | undefined {
  const body = answer.body
  if (answer.status < 400 || typeof body !== 'object' || body === null) return undefined
  return body as Problem
}

/** A problem as one line: `type: detail` with the subproblems, or the status alone. */
export function describeProblem(problem: Problem | undefined): string {
  if (problem === undefined) return 'no detail given'
  const type = problem.type?.replace('urn:ietf:params:acme:error:', '')
  const sub = (problem.subproblems ?? []).map((p) => describeProblem(p))
  const main = [type, problem.detail].filter(Boolean).join(': ') || 'no detail given'
  return sub.length > 0 ? `${main} (${sub.join('; ')})` : main
}

/** `: problem` of an error answer, for messages; empty for an answer without a problem document. */
export function describeAnswer(answer: CaAnswer): string {
  const problem = problemOf(answer)
  if (problem !== undefined) return `: ${describeProblem(problem)}`
  return typeof answer.body === 'string' && answer.body !== '' ? `: ${answer.body.slice(0, 200)}` : ''
}

/**
 * A CA rate limit lasts hours: retrying would only burn more of it, so the run fails at once and says when to
 * try again.
 */
function rateLimitError(answer: CaAnswer, problem: Problem): RateLimited {
  const seconds = retryAfterSeconds(header(answer, 'retry-after'))
  const retryAt = seconds > 0 ? new Date(Date.now() + seconds * 1000) : undefined
  const when = retryAt ? `retry after ${retryAt.toISOString()}` : 'retry later'
  return new RateLimited(
    `the CA's rate limit was reached (${problem.detail ?? 'no detail'}); ${when}`,
    retryAt,
  )
}

/** Retry-After as seconds: delta-seconds or an HTTP date; 0 when unreadable. */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number {
  if (value === undefined || value.trim() === '') return 0
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(value)
  return Number.isNaN(date) ? 0 : Math.max(0, Math.ceil((date - now) / 1000))
}

function parseText(text: string, headers: Readonly<Record<string, string | string[] | undefined>>): unknown {
  if (text === '') return undefined
  if (/\bjson\b/i.test(String(headers['content-type'] ?? ''))) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}
