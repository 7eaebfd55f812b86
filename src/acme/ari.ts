// ACME Renewal Information (RFC 9773): the CA's suggested window for renewing a certificate. Asked with the
// one HTTP layer, without the ACME client: a run that renews nothing never loads it.
import { HttpClient, type HttpResponse, type HttpTransport } from '../http/client.js'
import type { RenewalWindow } from '../renewal/decide.js'
import { followRedirects, REDIRECT_STATUSES } from './redirects.js'
import { testTimeoutMs } from './test-timeout.js'

/** What the CA said: a window, no ARI at all, or a problem to warn about (then the lifetime rule applies). */
export type AriAnswer =
  | { readonly kind: 'window'; readonly window: RenewalWindow }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'problem'; readonly problem: string }

/**
 * ARI is advice: a CA slow to give it must not hold a scheduled run. Two tries of 5 s for each of the two reads
 * (directory, renewalInfo), then the lifetime rule decides; a run that renews is not held longer than that either.
 */
const TIMEOUT_MS = 5_000
const RETRIES = 1

export class CaDirectory {
  #directory: Promise<Record<string, unknown>> | undefined
  readonly #timeoutMs: number

  constructor(
    readonly url: string,
    private readonly transport: HttpTransport = {},
    env: Readonly<Record<string, string | undefined>> = {},
  ) {
    this.#timeoutMs = testTimeoutMs(env) ?? TIMEOUT_MS
  }

  /** GET a URL of the CA (the directory and renewalInfo may sit on different hosts); a redirect is an answer. */
  async #get(url: string): Promise<HttpResponse<unknown>> {
    const target = new URL(url)
    const client = new HttpClient({
      provider: 'ACME CA',
      baseUrl: target.origin,
      timeoutMs: this.#timeoutMs,
      maxRetries: RETRIES,
      maxRetryAfterMs: 5_000,
      ...this.transport,
    })
    return client.request<unknown>('GET', target.pathname, {
      search: target.search,
      expect: [...REDIRECT_STATUSES],
    })
  }

  /** The directory as read so far: undefined when nothing has asked for it yet. */
  get read(): Promise<Record<string, unknown>> | undefined {
    return this.#directory
  }

  /** A directory another part of the run read (the ACME session): no second request for it. */
  adopt(directory: Promise<Record<string, unknown>>): void {
    this.#directory ??= directory
  }

  /** The directory object, fetched once. */
  directory(): Promise<Record<string, unknown>> {
    this.#directory ??= followRedirects(this.url, (url) => this.#get(url)).then(({ status, body }) => {
      if (status !== 200 || typeof body !== 'object' || body === null)
        throw new Error(`${this.url} is not an ACME directory`)
      return body as Record<string, unknown>
    })
    return this.#directory
  }

  /** The renewalInfo URL, or undefined when the CA has no ARI. */
  async renewalInfoUrl(): Promise<string | undefined> {
    const url = (await this.directory()).renewalInfo
    return typeof url === 'string' && url !== '' ? url : undefined
  }

  async renewalWindow(certId: string | undefined): Promise<AriAnswer> {
    let base: string | undefined
    try {
      base = await this.renewalInfoUrl()
    } catch (error) {
      return { kind: 'problem', problem: `the CA directory could not be read: ${(error as Error).message}` }
    }
    if (base === undefined) return { kind: 'unsupported' }
    if (certId === undefined) {
      return {
        kind: 'problem',
        problem: 'the certificate has no authority key identifier, so ARI cannot name it',
      }
    }
    const url = `${base.replace(/\/+$/, '')}/${certId}`
    let body: unknown
    try {
      const answer = await this.#get(url)
      if (answer.status !== 200) throw new Error(`HTTP ${answer.status}`)
      body = answer.body
    } catch (error) {
      return { kind: 'problem', problem: `the CA's renewal information failed: ${(error as Error).message}` }
    }
    return parseRenewalInfo(body)
  }
}

/** RFC 9773 section 4.2: `suggestedWindow` with `start` before `end`, and an optional `explanationURL`. */
export function parseRenewalInfo(body: unknown): AriAnswer {
  const malformed = (why: string): AriAnswer => ({
    kind: 'problem',
    problem: `the CA's renewal information is malformed (${why})`,
  })
  if (typeof body !== 'object' || body === null) return malformed('not a JSON object')
  const { suggestedWindow, explanationURL } = body as { suggestedWindow?: unknown; explanationURL?: unknown }
  if (typeof suggestedWindow !== 'object' || suggestedWindow === null) return malformed('no suggestedWindow')
  const { start, end } = suggestedWindow as { start?: unknown; end?: unknown }
  const startDate = typeof start === 'string' ? new Date(start) : undefined
  const endDate = typeof end === 'string' ? new Date(end) : undefined
  if (startDate === undefined || Number.isNaN(startDate.getTime())) return malformed('start is not a time')
  if (endDate === undefined || Number.isNaN(endDate.getTime())) return malformed('end is not a time')
  if (endDate.getTime() <= startDate.getTime()) return malformed('end is not after start')
  const explanationUrl = webAddress(explanationURL)
  const window: RenewalWindow = {
    start: startDate,
    end: endDate,
    ...(explanationUrl === undefined ? {} : { explanationUrl }),
  }
  return { kind: 'window', window }
}

/**
 * The CA's explanation is shown in the log and linked in the summary: only an http(s) address, in the form a URL
 * parser writes it (no white space or control character left raw); anything else is no explanation.
 */
function webAddress(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return undefined
  const url = new URL(value)
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
}
