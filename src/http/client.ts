// The one HTTP layer of providers and stores: bounded retries, Retry-After, timeouts, and errors that never leak a secret.
import { setTimeout as delay } from 'node:timers/promises'
import { insideSendingOnce } from './send-once.js'
import { CONNECT_TIMEOUT, type Send, sendShared } from './transport.js'

/** What tests (and adapters needing a proxy) may swap: the connection layer and the clock. */
export interface HttpTransport {
  /** Where requests go; default: the process's one pool of keep-alive connections (transport.ts). */
  send?: Send
  /** How to wait between attempts; tests pass a recorder so they never wait for real. */
  sleep?: (ms: number) => Promise<void>
  /** Per attempt, from sending the request to the end of the response body. Default 30000. */
  timeoutMs?: number
}

export interface HttpClientOptions extends HttpTransport {
  /** Provider or store id, e.g. 'powerdns': the first word of every error. */
  provider: string
  /** Origin plus optional base path, e.g. http://ns.example.org:8081/api/v1. */
  baseUrl: string
  /** Sent with every request, e.g. the API key header. */
  headers?: Record<string, string>
  /** Replaced by *** in every error message, wherever they appear. */
  secrets?: string[]
  /** Environment variable(s) to check, named in the message of a 401 or 403. */
  credentialHint?: string
  /** Retries after the first attempt. Default 4; none inside sendingOnce (send-once.ts). */
  maxRetries?: number
  /** Longest wait honoured from a Retry-After header. Default 60000. */
  maxRetryAfterMs?: number
  /**
   * A provider's own throttling signal, seeing every answer (any status, the raw body text, the headers): a
   * 2xx that is really a firewall challenge, a 200 saying "blocked", a reset time in a header. Answers
   * `false` (not throttled: the answer is handled as usual), `true` (throttled: wait as Retry-After says,
   * else back off) or `{ waitMs }` (throttled: wait that long). Any wait is capped by maxRetryAfterMs and the
   * retries are bounded by maxRetries; a throttled answer still throttled after the last retry is an error.
   * A 429 is throttled whatever this says, unless it gives a wait of its own.
   */
  throttle?: (answer: ThrottleAnswer) => ThrottleVerdict
  /**
   * The older, narrower signal: consulted only for answers outside 2xx and `expect`, without headers, e.g.
   * Route 53's 400 Throttling. Gets the raw body text. Kept for its callers; `throttle` can do all it does.
   */
  isThrottled?: (status: number, body: string) => boolean
  /** Per-attempt extra headers, for signatures that cover the time (AWS SigV4). */
  signRequest?: (request: SignableRequest) => Promise<Record<string, string>> | Record<string, string>
  /** Where retry notices go (Host.info or Host.debug); messages are already redacted. */
  log?: (message: string) => void
}

/** What a throttling hook sees of one answer. */
export interface ThrottleAnswer {
  status: number
  /** The raw body text, unparsed. */
  body: string
  /** Names lower case, as received. */
  headers: Record<string, string | string[] | undefined>
  /** 1 for the first answer to this request, 2 for the answer to the first retry, and so on. */
  attempt: number
}

/**
 * Not throttled (`false`), throttled (`true`: Retry-After, else backoff), or throttled with the wait to
 * honour (`waitMs`, capped by maxRetryAfterMs). `reason` goes into the retry notice and the final error.
 * `giveUp`: throttled for longer than this run may wait; fail at once (saying why in `reason`) rather than
 * retry early into the provider's limit.
 */
export type ThrottleVerdict = boolean | { waitMs?: number; reason?: string; giveUp?: boolean }

export interface SignableRequest {
  method: HttpMethod
  /**
   * The URL this attempt sends to. A signer of the query string (Alibaba Cloud's RPC signature, whose nonce
   * and time change with every attempt) sets its parameters here, anew each attempt.
   */
  url: URL
  headers: Record<string, string>
  body: string | undefined
}

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS'

export type QueryValue = string | number | boolean | undefined

export interface RequestOptions {
  query?: Record<string, QueryValue>
  /**
   * The query string as it is (`?a=1&a=2`), instead of `query`: for a URL that must be requested exactly as
   * given, such as one an ACME request signs.
   */
  search?: string
  /** Sent as JSON with Content-Type application/json. */
  body?: unknown
  /** Sent as is (XML, form data); set the Content-Type in headers. Ignored when body is set. */
  text?: string
  /**
   * Sent as application/x-www-form-urlencoded, fields whose value is undefined left out (APIs that take their
   * parameters, credentials too, in a form body). Ignored when body or text is set.
   */
  form?: Record<string, QueryValue>
  headers?: Record<string, string>
  /** Statuses outside 2xx that are answers, not errors, e.g. 404 for "absent". */
  expect?: number[]
  /** The largest answer read, in bytes (default: the wire's, 1 MiB); a larger one fails, not retried. */
  maxBytes?: number
  /**
   * Whether sending twice does no harm, so a timeout, a dropped connection or a 500 after sending may be
   * retried. Default: true for GET, HEAD, PUT, DELETE and OPTIONS, false otherwise (a repeated POST can
   * create a duplicate). 429, 503, the throttling signal and connection failures are retried regardless,
   * since the server did not act on the request.
   */
  idempotent?: boolean
}

export interface HttpResponse<T> {
  status: number
  /** Parsed JSON when the response says JSON, the text otherwise, undefined when empty. */
  body: T
  headers: Record<string, string | string[] | undefined>
}

export type HttpErrorKind = 'http' | 'timeout' | 'network'

/**
 * A failure a later attempt may get past: a timeout, a dropped or refused connection, a 5xx, a throttled answer.
 * `waitMs`: how long the server asked to wait (Retry-After, RateLimit-Reset, the provider's throttling signal,
 * capped by maxRetryAfterMs); undefined when it asked nothing.
 */
export interface TransientFailure {
  readonly waitMs: number | undefined
}

export class ProviderHttpError extends Error {
  override readonly name = 'ProviderHttpError'
  readonly provider: string
  readonly method: string
  /** Path with query values elided and secrets masked. */
  readonly path: string
  /** Set when the server answered. */
  readonly status: number | undefined
  readonly kind: HttpErrorKind
  /** Start of the response body, secrets masked. */
  readonly bodyExcerpt: string | undefined
  readonly attempts: number
  /** Set when sending again later may succeed; undefined for a refusal that would only be refused again. */
  readonly transient: TransientFailure | undefined

  constructor(init: {
    message: string
    provider: string
    method: string
    path: string
    status?: number | undefined
    kind: HttpErrorKind
    bodyExcerpt?: string | undefined
    attempts: number
    transient?: TransientFailure | undefined
    cause?: unknown
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.provider = init.provider
    this.method = init.method
    this.path = init.path
    this.status = init.status
    this.kind = init.kind
    this.bodyExcerpt = init.bodyExcerpt
    this.attempts = init.attempts
    this.transient = init.transient
  }
}

export const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])
// Failures before the request reached the server: always safe to repeat.
export const CONNECT_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  CONNECT_TIMEOUT,
])
// Failures after sending: the server may have acted, so only idempotent requests are repeated.
const MIDWAY_ERROR_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET'])
// The wire's own wait for the headers or the next piece of the body ran out: the attempt's timeout, whichever
// of the two came first.
const WIRE_TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])
const BACKOFF_START_MS = 200
const BACKOFF_MAX_MS = 10_000
const EXCERPT_CHARS = 300

export class HttpClient {
  readonly #options: HttpClientOptions
  readonly #base: URL
  readonly #origin: string
  #secrets: string[]
  readonly #sleep: (ms: number) => Promise<void>

  constructor(options: HttpClientOptions) {
    this.#options = options
    this.#base = new URL(options.baseUrl)
    // userinfo in a base URL is a credential: keep it out of every message
    this.#origin = this.#base.origin
    this.#secrets = secretVariants(options.secrets ?? [])
    this.#sleep = options.sleep ?? ((ms) => delay(ms))
  }

  async request<T = unknown>(
    method: HttpMethod,
    path: string,
    options: RequestOptions = {},
  ): Promise<HttpResponse<T>> {
    // A URL parser drops a "." or ".." segment, and the segment before it (%2e counts as a dot): a name or an id
    // from an answer must never reach a resource other than the one it names.
    if (path.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment)))
      throw new Error(
        this.redact(
          `${this.#options.provider}: refusing to send ${method} ${path}: a "." or ".." path segment would reach another resource than the one named`,
        ),
      )
    const url = this.#url(path, options.query, options.search)
    const shownPath = this.redact(displayPath(url))
    const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method)
    const maxRetries = insideSendingOnce() ? 0 : (this.#options.maxRetries ?? 4)
    const form = options.body === undefined && options.text === undefined ? options.form : undefined
    const payload =
      options.body !== undefined
        ? JSON.stringify(options.body)
        : options.text !== undefined
          ? options.text
          : form !== undefined
            ? formEncoded(form)
            : undefined
    const headers: Record<string, string> = {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(form !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      ...lowerCaseKeys(this.#options.headers ?? {}),
      ...lowerCaseKeys(options.headers ?? {}),
    }

    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(method, url, headers, payload, options.maxBytes)
      const retriesLeft = attempt <= maxRetries
      const fail = (message: string, extra: Partial<ConstructorParameters<typeof ProviderHttpError>[0]>) =>
        new ProviderHttpError({
          message: this.redact(message),
          provider: this.#options.provider,
          method,
          path: shownPath,
          kind: 'http',
          attempts: attempt,
          ...extra,
        })
      const where = `${this.#options.provider}: ${method} ${shownPath}`
      const tries = attempt > 1 ? ` after ${attempt} attempts` : ''

      if (outcome.type === 'response') {
        const { status, text } = outcome
        const answered = (status >= 200 && status < 300) || options.expect?.includes(status) === true
        const throttle = this.#throttled(outcome, attempt, answered)
        if (answered && throttle === undefined) {
          return { status, body: parseBody(text, outcome.headers) as T, headers: outcome.headers }
        }
        const retryable = throttle !== undefined || status === 503 || (status >= 500 && idempotent)
        const excerpt = this.#excerpt(text)
        const why = throttle?.reason ? `, ${throttle.reason}` : ''
        const asked = this.#askedDelay(outcome.headers, throttle?.waitMs)
        if (retryable && retriesLeft && throttle?.giveUp !== true) {
          const wait = asked ?? backoff(attempt)
          this.#log(`${where}: HTTP ${status}${why}, retry ${attempt} of ${maxRetries} in ${formatMs(wait)}`)
          await this.#sleep(wait)
          continue
        }
        let message = `${where} failed${tries}: HTTP ${status}${why}${excerpt ? `: ${excerpt}` : ''}`
        if ((status === 401 || status === 403) && this.#options.credentialHint) {
          message += `. Check ${this.#options.credentialHint}: the server ${
            status === 401 ? 'did not accept it' : 'says it lacks the permission for this'
          }`
        }
        const transient = throttle?.giveUp !== true && (throttle !== undefined || status >= 500)
        throw fail(message, {
          status,
          bodyExcerpt: excerpt,
          transient: transient ? { waitMs: asked } : undefined,
        })
      }

      const connectFailure = outcome.type === 'error' && CONNECT_ERROR_CODES.has(outcome.code ?? '')
      const midwayFailure =
        outcome.type === 'timeout' || (outcome.type === 'error' && MIDWAY_ERROR_CODES.has(outcome.code ?? ''))
      const retryable = connectFailure || (midwayFailure && idempotent)
      const what =
        outcome.type === 'timeout'
          ? `no complete answer within ${formatMs(this.#timeoutMs)}`
          : `${outcome.code ? `${outcome.code}: ` : ''}${describe(outcome.error)}`
      if (retryable && retriesLeft) {
        const wait = backoff(attempt)
        this.#log(`${where}: ${what}, retry ${attempt} of ${maxRetries} in ${formatMs(wait)}`)
        await this.#sleep(wait)
        continue
      }
      throw fail(`${where} at ${this.#origin} failed${tries}: ${what}`, {
        kind: outcome.type === 'timeout' ? 'timeout' : 'network',
        cause: outcome.type === 'error' ? outcome.error : undefined,
        transient: connectFailure || midwayFailure ? { waitMs: undefined } : undefined,
      })
    }
  }

  /**
   * A secret learnt after the client was made (a login's session id): from now on it is redacted like the
   * secrets given at construction.
   */
  addSecret(secret: string): void {
    if (!secret) return
    this.#secrets = secretVariants([...this.#secrets, secret])
  }

  /** Replace every secret of this client with ***. */
  redact(text: string): string {
    let out = text
    for (const secret of this.#secrets) out = out.split(secret).join('***')
    return out
  }

  get #timeoutMs(): number {
    return this.#options.timeoutMs ?? 30_000
  }

  #url(path: string, query: Record<string, QueryValue> | undefined, search = ''): URL {
    const url = new URL(this.#base)
    // set as a pathname, never resolved as a reference: a path starting with // must not change the host
    url.pathname = `${this.#base.pathname.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`
    url.search = search
    url.hash = ''
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.append(key, String(value))
    }
    return url
  }

  async #attempt(
    method: HttpMethod,
    url: URL,
    headers: Record<string, string>,
    body: string | undefined,
    maxBytes: number | undefined,
  ): Promise<Outcome> {
    // signed per attempt: a signature covers the time; a signing failure is a bug to surface, not to retry
    const signed = this.#options.signRequest
      ? lowerCaseKeys(await this.#options.signRequest({ method, url, headers: { ...headers }, body }))
      : {}
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, this.#timeoutMs)
    try {
      const send = this.#options.send ?? sendShared
      const answer = await send({
        method,
        url,
        headers: { ...headers, ...signed },
        body,
        signal: controller.signal,
        maxBytes,
      })
      return { type: 'response', ...answer }
    } catch (error) {
      const code = errorCode(error)
      if (timedOut || WIRE_TIMEOUT_CODES.has(code ?? '')) return { type: 'timeout' }
      return { type: 'error', error, code }
    } finally {
      clearTimeout(timer)
    }
  }

  /**
   * Whether an answer is throttled, and how: the provider's hook first (it sees every answer), then 429 and
   * the older isThrottled for answers that are not answers to return. Undefined: not throttled.
   */
  #throttled(
    outcome: { status: number; text: string; headers: Record<string, string | string[] | undefined> },
    attempt: number,
    answered: boolean,
  ): { waitMs?: number; reason?: string; giveUp?: boolean } | undefined {
    const { status, text, headers } = outcome
    const verdict = this.#options.throttle?.({ status, body: text, headers, attempt }) ?? false
    if (verdict !== false) return verdict === true ? {} : verdict
    if (status === 429) return {}
    if (!answered && (this.#options.isThrottled?.(status, text) ?? false)) return {}
    return undefined
  }

  /** The hook's wait, else Retry-After or a rate-limit reset when the server sent one (capped); else undefined. */
  #askedDelay(
    headers: Record<string, string | string[] | undefined>,
    hookWaitMs: number | undefined,
  ): number | undefined {
    const cap = this.#options.maxRetryAfterMs ?? 60_000
    const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
    // The provider's own word first, then Retry-After, then RateLimit-Reset (DigitalOcean, Hetzner and the
    // IETF RateLimit fields send it on a 429 without Retry-After), then backoff.
    const asked =
      hookWaitMs !== undefined && Number.isFinite(hookWaitMs)
        ? Math.max(0, Math.round(hookWaitMs))
        : (parseRetryAfter(first(headers['retry-after'])) ??
          nonZero(parseRateLimitReset(headers['ratelimit-reset'])))
    return asked === undefined ? undefined : Math.min(asked, cap)
  }

  #excerpt(text: string): string {
    const flat = this.redact(text).replace(/\s+/g, ' ').trim()
    return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat
  }

  #log(message: string): void {
    this.#options.log?.(this.redact(message))
  }
}

type Outcome =
  | { type: 'response'; status: number; headers: Record<string, string | string[] | undefined>; text: string }
  | { type: 'timeout' }
  | { type: 'error'; error: unknown; code: string | undefined }

/** Exponential backoff before retry `attempt`, half fixed and half random: parallel jobs spread apart. */
function backoff(attempt: number): number {
  const ceiling = Math.min(BACKOFF_START_MS * 2 ** (attempt - 1), BACKOFF_MAX_MS)
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2)
}

function formEncoded(fields: Record<string, QueryValue>): string {
  const form = new URLSearchParams()
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined) form.append(name, String(value))
  return form.toString()
}

/** Milliseconds to wait from a Retry-After value: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

/**
 * Milliseconds to wait from a rate-limit reset header (DigitalOcean's ratelimit-reset, Hetzner's
 * RateLimit-Reset): epoch seconds; a small number is taken as seconds from now, as in the IETF draft.
 * Undefined when absent or unreadable.
 */
export function parseRateLimitReset(
  value: string | string[] | undefined,
  now: number = Date.now(),
): number | undefined {
  const first = Array.isArray(value) ? value[0] : value
  if (first === undefined || !/^\d+(\.\d+)?$/.test(first.trim())) return undefined
  const seconds = Number(first.trim())
  // before 2001-09-09 as an epoch: a delta, not a moment
  if (seconds < 1e9) return Math.round(seconds * 1000)
  return Math.max(0, Math.round(seconds * 1000 - now))
}

/** A reset that is already due says nothing: back off instead of hammering. */
function nonZero(ms: number | undefined): number | undefined {
  return ms === undefined || ms === 0 ? undefined : ms
}

/** The path with query values elided: they may hold names, tokens or values nobody asked to see. */
function displayPath(url: URL): string {
  const keys = [...url.searchParams.keys()]
  return keys.length === 0 ? url.pathname : `${url.pathname}?${keys.map((key) => `${key}=…`).join('&')}`
}

/** A secret can reach a message raw, URL-encoded (in a path) or JSON-escaped (in a body echo). */
export function secretVariants(secrets: readonly string[]): string[] {
  const variants = new Set<string>()
  for (const secret of secrets) {
    if (!secret) continue
    variants.add(secret)
    variants.add(encodeURIComponent(secret))
    variants.add(JSON.stringify(secret).slice(1, -1))
  }
  // longest first, so a secret containing another is replaced whole
  return [...variants].sort((a, b) => b.length - a.length)
}

function parseBody(text: string, headers: Record<string, string | string[] | undefined>): unknown {
  if (text === '') return undefined
  const type = String(headers['content-type'] ?? '')
  if (/\bjson\b/i.test(type)) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]))
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string') return code
  // a wrapped socket error (a fetch's, a test transport's) carries its code in the cause
  const cause = (error as { cause?: unknown }).cause
  return cause === undefined ? undefined : errorCode(cause)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`
}
