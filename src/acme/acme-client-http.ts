// Process-wide settings of acme-client's own HTTP layer (one axios instance), for code that still uses
// acme-client's Client (revocation). The session of index.ts has its own signed-request layer (ca.ts).
import * as acme from 'acme-client'
import axios, { type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { AcmeError, CA_LIMITS, RETRY_AFTER_CAP_SECONDS, retryAfterSeconds } from './ca.js'

let configured = false
let retryAfterCap = RETRY_AFTER_CAP_SECONDS

/** Process-wide settings of acme-client's HTTP layer (it has one axios instance). */
export function configureAcmeHttp(capSeconds = RETRY_AFTER_CAP_SECONDS): void {
  retryAfterCap = capSeconds
  const settings = (
    acme.axios.defaults as unknown as {
      acmeSettings: { retryMaxAttempts: number; retryDefaultDelay: number }
    }
  ).acmeSettings
  settings.retryMaxAttempts = 5
  settings.retryDefaultDelay = 1
  // no request may hang: axios waits forever by default (a timeout is not retried by acme-client)
  acme.axios.defaults.timeout = CA_LIMITS.requestTimeoutMs
  if (configured) return
  configured = true
  // acme-client sleeps for whatever Retry-After a 429/5xx carries; rewrite the header to the cap first.
  const http = axios.getAdapter('http') as AxiosAdapter
  const cap = (response: AxiosResponse | undefined) => {
    const header = response?.headers?.['retry-after']
    if (typeof header !== 'string' || response === undefined) return
    // acme-client reads whole seconds only
    response.headers['retry-after'] = String(Math.ceil(Math.min(retryAfterSeconds(header), retryAfterCap)))
  }
  acme.axios.defaults.adapter = async (config: InternalAxiosRequestConfig) => {
    let response: AxiosResponse
    try {
      response = await http(config)
    } catch (error) {
      const failed = (error as { response?: AxiosResponse }).response
      rateLimitCheck(failed)
      cap(failed)
      throw error
    }
    rateLimitCheck(response)
    cap(response)
    return response
  }
}

/**
 * A CA rate limit lasts hours: retrying would only burn more of it. An error without `config` passes
 * acme-client's retry interceptor untouched, so the run fails at once and says when to try again.
 */
function rateLimitCheck(response: AxiosResponse | undefined): void {
  if (response?.status !== 429) return
  // the adapter sees the body before axios parses it
  let problem: { type?: string; detail?: string } | undefined
  try {
    const data: unknown = response.data
    problem =
      typeof data === 'string' || Buffer.isBuffer(data) ? JSON.parse(String(data)) : (data as typeof problem)
  } catch {
    return
  }
  if (problem?.type !== 'urn:ietf:params:acme:error:rateLimited') return
  const seconds = retryAfterSeconds(response.headers?.['retry-after'] as string | undefined)
  const when =
    seconds > 0 ? `retry after ${new Date(Date.now() + seconds * 1000).toISOString()}` : 'retry later'
  throw new AcmeError(`the CA's rate limit was reached (${problem.detail ?? 'no detail'}); ${when}`)
}
