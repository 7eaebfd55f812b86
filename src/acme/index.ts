// The ACME session over acme-client: account, order, dns-01 challenges, validation, finalize.
// acme-client's own DNS check and its uncapped waits are bypassed: the pipeline checks propagation itself,
// and every wait for the CA honours Retry-After up to a cap.
import * as acme from 'acme-client'
import axios, { type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import type { Config } from '../config/index.js'

export interface Challenge {
  /** The identifier as the CA names it (no `*.`). */
  readonly identifier: string
  readonly wildcard: boolean
  /** The TXT value the CA expects. */
  readonly value: string
  readonly challenge: AcmeChallenge
  readonly authorizationUrl: string
}

export interface AcmeOrder {
  readonly order: acme.Order
  /** Pending dns-01 challenges; authorizations the CA already holds as valid are left out. */
  readonly challenges: readonly Challenge[]
}

export interface Issued {
  readonly certificate: string
  readonly chain: string
  readonly fullchain: string
  readonly privateKey: string
}

export class AcmeError extends Error {}

type AcmeChallenge = acme.Authorization['challenges'][number]

/** The longest we sleep for one Retry-After, however long the CA asks for. */
export const RETRY_AFTER_CAP_SECONDS = 30
const POLL_TIMEOUT_MS = 180_000
const MAX_BAD_NONCE_RETRIES = 20

type ApiRequest = (
  url: string,
  payload: null,
  validStatus: number[],
) => Promise<{ data: { status: string; error?: unknown }; headers: Record<string, string | undefined> }>

/** The part of acme-client's internal API object used here: its own createAccount hides the 200/201. */
interface AcmeApi {
  createAccount(data: object): Promise<{ status: number; data?: { contact?: string[] } }>
}

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

/** Retry-After as seconds: delta-seconds or an HTTP date; 0 when unreadable. */
export function retryAfterSeconds(header: string | undefined, now = Date.now()): number {
  if (header === undefined || header.trim() === '') return 0
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(header)
  return Number.isNaN(date) ? 0 : Math.max(0, Math.ceil((date - now) / 1000))
}

export class AcmeSession {
  private constructor(
    private readonly client: acme.Client,
    private readonly config: Config,
  ) {}

  /** `debug` receives acme-client's own log (requests, retries, badNonce): shown only in debug runs. */
  static async open(
    config: Config,
    accountKey: string,
    debug: (message: string) => void,
  ): Promise<AcmeSession> {
    configureAcmeHttp()
    acme.setLogger(debug)
    const client = new acme.Client({
      directoryUrl: config.directoryUrl,
      accountKey,
      externalAccountBinding: config.eab,
    })
    ;(client as unknown as { http: { maxBadNonceRetries: number } }).http.maxBadNonceRetries =
      MAX_BAD_NONCE_RETRIES
    try {
      // newAccount answers 200 with the account a kept key already has. acme-client's createAccount would then
      // send an account update on every run, which costs a request and which a CA may refuse when there is
      // nothing to change (Pebble does); the contact is updated only when it really changed.
      const contact = config.email === undefined ? undefined : [`mailto:${config.email}`]
      const api = (client as unknown as { api: AcmeApi }).api
      const created = await api.createAccount({ termsOfServiceAgreed: true, ...(contact ? { contact } : {}) })
      const known = created.data?.contact ?? []
      if (created.status === 200 && contact !== undefined && !contact.every((c) => known.includes(c))) {
        await client.updateAccount({ contact })
      }
    } catch (error) {
      const message = (error as Error).message
      const hint = /externalAccount/i.test(message)
        ? '; this CA requires external account binding: set `eab_kid` and `eab_hmac_key` from your CA account'
        : ''
      throw new AcmeError(`ACME account at ${config.directoryUrl}: ${message}${hint}`)
    }
    return new AcmeSession(client, config)
  }

  /** The account's URL at the CA (public): the same key always finds the same account. */
  get accountUrl(): string {
    return this.client.getAccountUrl()
  }

  /**
   * A new order. `replaces` (RFC 9773 section 5) names the certificate this one renews; a CA that refuses it
   * (`alreadyReplaced`, another account's certificate, or no ARI after all) gets the order once more without
   * it, since a renewal must not fail over a hint. `onRetry` hears why.
   */
  async order(replaces?: string, onRetry?: (why: string) => void): Promise<AcmeOrder> {
    const identifiers = this.config.names.map((n) => ({ type: 'dns', value: n.name }))
    // acme-client passes extra fields through: `profile` (draft-ietf-acme-profiles) and `replaces` go as is.
    const request = { identifiers, ...(this.config.profile ? { profile: this.config.profile } : {}) }
    const create = (fields: object) =>
      this.client.createOrder(fields as Parameters<acme.Client['createOrder']>[0])
    let order: acme.Order
    if (replaces === undefined) order = await create(request)
    else {
      try {
        order = await create({ ...request, replaces })
      } catch (error) {
        // a rate limit stays a rate limit: asking again would only burn more of it
        if (error instanceof AcmeError) throw error
        onRetry?.((error as Error).message)
        order = await create(request)
      }
    }
    const authorizations = await this.client.getAuthorizations(order)
    const challenges = await Promise.all(
      authorizations
        .filter((authz) => authz.status !== 'valid')
        .map(async (authz) => {
          const challenge = authz.challenges.find((c) => c.type === 'dns-01')
          if (challenge === undefined) {
            throw new AcmeError(`the CA offers no dns-01 challenge for ${authz.identifier.value}`)
          }
          return {
            identifier: authz.identifier.value,
            wildcard: authz.wildcard === true,
            value: await this.client.getChallengeKeyAuthorization(challenge),
            challenge,
            authorizationUrl: authz.url,
          }
        }),
    )
    return { order, challenges }
  }

  /** Answer every challenge at once, then wait for every authorization. */
  async validate(challenges: readonly Challenge[]): Promise<void> {
    await Promise.all(
      challenges.map(async (c) => {
        await this.client.completeChallenge(c.challenge)
        await this.poll(c.authorizationUrl, `authorization of ${c.wildcard ? '*.' : ''}${c.identifier}`)
      }),
    )
  }

  /** Finalize with a CSR for `privateKey` (made while the challenges were being solved) and download. */
  async finalize(order: acme.Order, privateKey: string): Promise<Issued> {
    const names = this.config.names.map((n) => n.name)
    const primary = names[0] as string
    const [, csr] = await acme.crypto.createCsr(
      { commonName: primary.length <= 64 ? primary : undefined, altNames: names },
      privateKey,
    )
    const ready = await this.poll(order.url, 'order', ['ready', 'valid'])
    const finalized =
      ready.status === 'valid'
        ? ready
        : await this.client.finalizeOrder({ ...order, ...ready } as acme.Order, csr)
    const valid = finalized.status === 'valid' ? finalized : await this.poll(order.url, 'order')
    const fullchain = await this.client.getCertificate({ ...order, ...valid } as acme.Order)
    const [certificate = '', ...rest] = acme.crypto.splitPemChain(fullchain)
    return {
      certificate: ensureNewline(certificate),
      chain: rest.map(ensureNewline).join(''),
      fullchain: ensureNewline(fullchain),
      privateKey,
    }
  }

  /**
   * POST-as-GET an authorization or order until it reaches a wanted status, sleeping for the CA's Retry-After
   * (capped) or a short growing interval. acme-client's waitForValidStatus starts at 5 s and ignores
   * Retry-After, hence this loop over its signed-request API.
   */
  private async poll(
    url: string,
    what: string,
    wanted: readonly string[] = ['valid'],
  ): Promise<acme.Order & { status: string }> {
    const api = (this.client as unknown as { api: { apiRequest: ApiRequest } }).api
    const deadline = Date.now() + POLL_TIMEOUT_MS
    let interval = 50
    for (;;) {
      const response = await api.apiRequest.call(api, url, null, [200])
      const { status } = response.data
      if (wanted.includes(status)) return response.data as acme.Order & { status: string }
      if (status === 'invalid') {
        throw new AcmeError(`the CA marked the ${what} invalid: ${describeProblem(response.data)}`)
      }
      const retryAfter = retryAfterSeconds(response.headers['retry-after']) * 1000
      const wait = Math.min(retryAfter > 0 ? retryAfter : interval, RETRY_AFTER_CAP_SECONDS * 1000)
      if (Date.now() + wait > deadline) throw new AcmeError(`the ${what} is still ${status} after 3 minutes`)
      await new Promise((resolve) => setTimeout(resolve, wait))
      interval = Math.min(interval * 2, 2000)
    }
  }
}

function describeProblem(data: { error?: unknown; challenges?: { error?: unknown }[] }): string {
  const problems = [data.error, ...(data.challenges ?? []).map((c) => c.error)].filter(Boolean) as {
    type?: string
    detail?: string
  }[]
  return problems.map((p) => `${p.type ?? ''} ${p.detail ?? ''}`.trim()).join('; ') || 'no detail given'
}

function ensureNewline(pem: string): string {
  return pem.endsWith('\n') ? pem : `${pem}\n`
}
