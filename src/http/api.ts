// The HttpClient of one API (a DNS provider's, a cloud store's): its secrets masked, the test transport,
// <PREFIX>_API_URL, retry notices logged.
import type { Host } from '../host.js'
import {
  HttpClient,
  type HttpClientOptions,
  type HttpTransport,
  ProviderHttpError,
  parseRateLimitReset,
  type ThrottleAnswer,
  type ThrottleVerdict,
} from './client.js'

type ClientOptions = Omit<HttpClientOptions, keyof HttpTransport | 'baseUrl' | 'log'>

/** What a caller of an API brings: its environment, a host to mask secrets and log on, the test transport. */
export interface ApiContext {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly host: Pick<Host, 'mask' | 'info'>
  readonly transport?: HttpTransport | undefined
}

export type ProviderHttpOptions = ClientOptions &
  (
    | {
        /** `<PREFIX>_API_URL`: when set and not blank it replaces defaultUrl. */
        readonly apiUrlEnv: string
        readonly defaultUrl: string
      }
    | {
        /** A base URL the provider worked out itself (checked, or from several variables). */
        readonly baseUrl: string
      }
  )

/**
 * A client for one provider: every non-empty secret is masked on the host right away, requests go through
 * context.transport (tests), the base URL is `<PREFIX>_API_URL` or the default, retry notices go to host.info.
 */
export function providerHttp(context: ApiContext, options: ProviderHttpOptions): HttpClient {
  const { secrets = [], ...rest } = options
  for (const secret of secrets) if (secret) context.host.mask(secret)
  let baseUrl: string
  let client: ClientOptions
  if ('baseUrl' in rest) {
    ;({ baseUrl, ...client } = rest)
  } else {
    const { apiUrlEnv, defaultUrl, ...others } = rest
    baseUrl = context.env[apiUrlEnv] || defaultUrl
    client = others
  }
  return new HttpClient({
    ...context.transport,
    ...client,
    baseUrl,
    secrets,
    log: (message) => context.host.info(message),
  })
}

/**
 * HTTP basic authentication (RFC 7617, the pair as UTF-8): the Authorization header, and the secrets to mask with
 * it, the password and the encoded pair that holds it.
 */
export function basicAuth(
  user: string,
  password: string,
): { readonly authorization: string; readonly secrets: string[] } {
  const encoded = Buffer.from(`${user}:${password}`, 'utf8').toString('base64')
  return { authorization: `Basic ${encoded}`, secrets: [password, encoded] }
}

/** The same error with a provider's advice after its message (which setting to check, what to turn on). */
export function withHint(error: ProviderHttpError, hint: string): ProviderHttpError {
  return new ProviderHttpError({
    message: `${error.message}. ${hint}`,
    provider: error.provider,
    method: error.method,
    path: error.path,
    status: error.status,
    kind: error.kind,
    bodyExcerpt: error.bodyExcerpt,
    attempts: error.attempts,
    transient: error.transient,
    cause: error,
  })
}

/**
 * A 429 that says when to come back only in a reset header of the API's own (X-RateLimit-Reset, X-Rate-Limit-Reset):
 * epoch seconds, or seconds from now when small (parseRateLimitReset): wait until then, with `reason` in the notice.
 * Retry-After, when also sent, is honoured by the HTTP layer as usual.
 */
export function rateLimitResetIn(
  header: string,
  reason?: string,
): (answer: ThrottleAnswer) => ThrottleVerdict {
  return (answer) => {
    if (answer.status !== 429) return false
    if (answer.headers['retry-after'] !== undefined) return true
    const waitMs = parseRateLimitReset(answer.headers[header])
    // a reset already due says nothing: back off rather than retry at once
    if (waitMs === undefined || waitMs === 0) return true
    return reason === undefined ? { waitMs } : { waitMs, reason }
  }
}

/** X-RateLimit-Reset, as Netlify, Vercel (epoch seconds) and Constellix (seconds from now) send it. */
export const xRateLimitReset = rateLimitResetIn('x-ratelimit-reset')
