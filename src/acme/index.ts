// The ACME session: account, order, dns-01 or dns-persist-01 challenges, validation, finalize, over the signed-request layer of
// ca.ts (nonce pool, requests in flight bounded, a timeout on every request). The pipeline checks DNS
// propagation itself; here every wait for the CA is a poll of the order with a growing interval or the CA's
// Retry-After (capped). The CSR is csr.ts's.
import { createPrivateKey, X509Certificate } from 'node:crypto'
import { pemCertificates } from '../pki/certificate.js'
import {
  AcmeError,
  type CaAnswer,
  CaClient,
  CaProblem,
  CHAIN_MAX_BYTES,
  caLimits,
  describeAnswer,
  describeProblem,
  header,
  type Problem,
  problemOf,
  RETRY_AFTER_CAP_SECONDS,
  retryAfterSeconds,
} from './ca.js'
import { linkTargets, topIssuerName } from './chain.js'
import { makeCsr } from './csr.js'
import { dns01Value, externalAccountBinding, thumbprint } from './jws.js'
import { persistIssuers } from './persist.js'

export { AcmeError, RateLimited, RETRY_AFTER_CAP_SECONDS, retryAfterSeconds } from './ca.js'

/** A challenge object (RFC 8555 section 8); dns-persist-01's has no token but fields of its own. */
export interface AcmeChallenge {
  readonly type: string
  readonly url: string
  readonly token: string
  readonly status: string
  readonly error?: Problem
  readonly [field: string]: unknown
}

interface Authorization {
  readonly status: string
  readonly identifier: { readonly type: string; readonly value: string }
  readonly wildcard?: boolean
  readonly challenges: readonly AcmeChallenge[]
}

interface OrderObject {
  readonly status: string
  readonly authorizations: readonly string[]
  readonly finalize: string
  readonly certificate?: string
  readonly error?: Problem
}

export interface Challenge {
  /** The identifier as the CA names it (no `*.`). */
  readonly identifier: string
  readonly wildcard: boolean
  /** dns-01: the TXT value the CA expects. dns-persist-01: empty (the record names the account, not a token). */
  readonly value: string
  /** dns-persist-01: the CA's issuer domain names, one of which the record must name (checked: 1 to 10). */
  readonly issuerDomainNames?: readonly string[]
  readonly challenge: AcmeChallenge
  readonly authorizationUrl: string
}

/** The newOrder payload (RFC 8555 section 7.4, with `profile` and RFC 9773's `replaces`). */
export interface OrderRequest {
  readonly identifiers: readonly { readonly type: string; readonly value: string }[]
  readonly profile?: string
  readonly replaces?: string
}

/** An order at the CA: where it is, how it was last seen, and the request that made it (to order again). */
export interface Order {
  readonly url: string
  state: OrderObject
  readonly request: OrderRequest
  /** The certificate's names, primary first: the CSR's. */
  readonly names: readonly string[]
  /** Hears why the CA refused `replaces`, when it did (this order's first request, or an order placed again). */
  readonly onReplacesRefused?: ((why: string) => void) | undefined
  /** The authorizations that were pending when the order was placed. */
  pending: readonly string[]
  /** Pending authorizations seen valid since (earlier batches). */
  readonly validated: Set<string>
}

export interface AcmeOrder {
  readonly order: Order
  /** Pending challenges; authorizations the CA already holds as valid (or validated on its own) are left out. */
  readonly challenges: readonly Challenge[]
}

export interface Issued {
  readonly certificate: string
  readonly chain: string
  readonly fullchain: string
  readonly privateKey: string
}

export interface SessionOptions {
  /** Requests, retries, badNonce, counts: shown only in debug runs. */
  readonly debug: (message: string) => void
  /** Every request to the CA to `debug`, with its status and time: set when debug lines are shown. */
  readonly trace?: boolean
  /** What the run's log should show at any level: an order handed back already finalized, and the like. */
  readonly warning?: (message: string) => void
  /** The run's environment, for test-only settings (see TEST_TIMEOUT_ENV in ca.ts). */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** The CA's directory as the run already read it, if it did: the session does not ask again. */
  readonly directory?: Promise<Record<string, unknown>> | undefined
  /**
   * The session serves many certificates (a fleet): one order's failure leaves it open for the others, and only
   * its owner closes it.
   */
  readonly shared?: boolean
}

/** What one order asks for: the certificate's names, primary first, and its profile. */
export type OrderWanted = Pick<SessionRequest, 'names' | 'profile'>

/** Statuses an authorization never leaves (RFC 8555 section 7.1.6) other than valid. */
const REFUSED = new Set(['invalid', 'deactivated', 'expired', 'revoked'])
/** Order statuses that may still change for the better. */
const UNDECIDED = new Set(['pending', 'ready', 'processing'])
const POLL_TIMEOUT_MS = 180_000
/**
 * The first poll waits this long, then each wait doubles up to the maximum (unless the CA says Retry-After). A CA
 * that validates or issues at once (a local one, a CA close by) is seen done after 10 ms, not 50; one that takes
 * seconds costs two polls more than a first wait of 50 ms would, the interval reaching the same seconds.
 */
const FIRST_POLL_MS = 10
const MAX_POLL_INTERVAL_MS = 5_000
/** The first order and two more, when the CA hands back one already finalized for another key. */
const MAX_ORDERS = 3
const ORDER_NOT_READY = 'urn:ietf:params:acme:error:orderNotReady'
/** How a certificate chain is read: PEM, and larger than other answers may be. */
const CHAIN = { accept: 'application/pem-certificate-chain', maxBytes: CHAIN_MAX_BYTES }

/** What the session needs to know of the step: the CA, the account's contact and binding, the certificate's names. */
export interface SessionRequest {
  readonly directoryUrl: string
  /** The account's contact address. */
  readonly email?: string
  /** External account binding (RFC 8555 section 7.3.4). */
  readonly eab?: { readonly kid: string; readonly hmacKey: string }
  /** The certificate's names (punycode, `*.` for wildcards), primary first: the order's identifiers and the CSR's. */
  readonly names: readonly string[]
  /** ACME profile (draft-ietf-acme-profiles). */
  readonly profile?: string
  /** The issuer (CN) at the top of the chain to take among those the CA offers; default: the CA's default chain. */
  readonly preferredChain?: string
  /** The challenge type answered: dns-01 (the default) or dns-persist-01 (draft-ietf-acme-dns-persist). */
  readonly challenge?: 'dns-01' | 'dns-persist-01'
}

export class AcmeSession {
  readonly #ca: CaClient
  readonly #config: SessionRequest
  readonly #options: SessionOptions
  readonly #thumbprint: string
  /** The orders whose challenges are still to be validated. */
  readonly #orders = new Set<Order>()

  private constructor(ca: CaClient, config: SessionRequest, options: SessionOptions) {
    this.#ca = ca
    this.#config = config
    this.#options = options
    this.#thumbprint = thumbprint(ca.account.jwk)
  }

  /**
   * A session that has not asked for its account yet: the directory and a first nonce are fetched at once, so
   * that the run can check its DNS meanwhile and ask for the account (openAccount) only once the checks pass.
   */
  static connect(config: SessionRequest, accountKey: string, options: SessionOptions): AcmeSession {
    const ca = new CaClient(config.directoryUrl, accountKey, {
      limits: caLimits(options.env),
      log: options.debug,
      directory: options.directory,
      trace: options.trace,
    })
    // a failure here is reported by whatever needs the directory or a nonce next
    ca.prefetch().catch(() => {})
    return new AcmeSession(ca, config, options)
  }

  /** connect, then openAccount. */
  static async open(
    config: SessionRequest,
    accountKey: string,
    options: SessionOptions,
  ): Promise<AcmeSession> {
    const session = AcmeSession.connect(config, accountKey, options)
    await session.openAccount()
    return session
  }

  /** newAccount (RFC 8555 section 7.3): the account this key has, made when there is none. */
  async openAccount(): Promise<void> {
    try {
      await openAccount(this.#ca, this.#config)
    } catch (error) {
      this.#ca.close()
      const message = (error as Error).message
      const hint = /externalAccount/i.test(message)
        ? '; this CA requires external account binding: set `eab_kid` and `eab_hmac_key` from your CA account'
        : ''
      throw new AcmeError(`ACME account at ${this.#config.directoryUrl}: ${message}${hint}`)
    }
  }

  /** The CA's directory, as the session read it. */
  directory(): Promise<Record<string, unknown>> {
    return this.#ca.directory()
  }

  /** The account's URL at the CA (public): the same key always finds the same account. */
  get accountUrl(): string {
    return this.#ca.accountUrl ?? ''
  }

  /** What this session sent the CA so far. */
  get sent(): { readonly requests: number; readonly newNonce: number } {
    return this.#ca.sent
  }

  /**
   * A new order. `replaces` (RFC 9773 section 5) names the certificate this one renews, sent when the CA's
   * directory offers renewalInfo; a CA that refuses it (`alreadyReplaced`, another account's certificate, or no
   * ARI after all) gets the order once more without it, since a renewal must not fail over a hint, and no later
   * order for this certificate sends it again. `onRetry` hears why. `wanted`: the certificate's names and
   * profile, when the session orders for more than the one it was opened for (a fleet).
   */
  async order(
    certId?: string,
    onRetry?: (why: string) => void,
    wanted: OrderWanted = this.#config,
  ): Promise<AcmeOrder> {
    return this.#guard(async () => {
      const { renewalInfo } = await this.#ca.directory()
      const replaces = typeof renewalInfo === 'string' ? certId : undefined
      // `profile` (draft-ietf-acme-profiles) and `replaces` go as they are
      const request: OrderRequest = {
        identifiers: wanted.names.map((name) => ({ type: 'dns', value: name })),
        ...(wanted.profile ? { profile: wanted.profile } : {}),
        ...(replaces ? { replaces } : {}),
      }
      const order = await this.#unfinalized(await this.#place(request, wanted.names, onRetry))
      return { order, challenges: await this.#challenges(order) }
    })
  }

  /**
   * Answer the challenges (all of one order), then wait until the CA has validated them all, polling the order
   * (one request per poll, whatever the number of names) when they complete it, the earlier batches being valid;
   * for a batch that leaves others pending, its authorizations together, each round asking only those still
   * pending. The first refusal ends the wait, with every problem the CA reports.
   */
  async validate(challenges: readonly Challenge[]): Promise<void> {
    if (challenges.length === 0) return
    return this.#guard(async () => {
      const order = this.#orderOf(challenges)
      await Promise.all(
        challenges.map(async (c) => {
          const answer = await this.#ca.post(c.challenge.url, {}, { idempotent: true })
          expectStatus(answer, [200], `answering the ${c.challenge.type} challenge of ${nameOf(c)}`)
        }),
      )
      const completes = order.pending.every(
        (url) => order.validated.has(url) || challenges.some((c) => c.authorizationUrl === url),
      )
      if (completes) order.state = await this.#awaitOrder(order, ['ready', 'processing', 'valid'])
      else await this.#awaitAuthorizations(order, challenges)
      for (const c of challenges) order.validated.add(c.authorizationUrl)
    })
  }

  /**
   * Finalize with a CSR for `privateKey` (made while the challenges were being solved) and download the
   * certificate, whose key must be `privateKey`: an order finalized by another run of the same account (a CA
   * may hand the same order to both) carries that run's certificate, so the order is placed again. The chain is
   * the one whose top issuer is `preferredChain` (the certificate's own: a session may serve several).
   */
  async finalize(
    order: Order,
    privateKey: string,
    preferredChain: string | undefined = this.#config.preferredChain,
  ): Promise<Issued> {
    return this.#guard(async () => {
      const csr = await this.#csr(order.names, privateKey)
      let current = order
      for (let ordered = 1; ; ordered++) {
        const issued = await this.#finalizeOnce(current, csr, privateKey, preferredChain)
        if (issued !== undefined) {
          const { requests, newNonce } = this.#ca.sent
          this.#options.debug(`ACME: ${requests} requests to the CA, ${newNonce} of them for a new nonce`)
          this.#orders.delete(order)
          this.#orders.delete(current)
          if (!this.#options.shared) this.#ca.close()
          return issued
        }
        if (ordered === MAX_ORDERS) {
          throw new AcmeError(
            `the CA issued ${MAX_ORDERS} certificates for another key instead of this run's (last order ${current.url}); nothing was written`,
          )
        }
        current = await this.#orderAgain(current)
      }
    })
  }

  /** Stop every request and wait of this session (the run is over). */
  close(): void {
    this.#ca.close()
  }

  async #guard<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step()
    } catch (error) {
      // the run fails: nothing of this session may go on asking the CA or keep the process alive (a shared
      // session's other orders go on; its owner closes it)
      if (!this.#options.shared) this.#ca.close()
      throw error
    }
  }

  /**
   * newOrder, every time this session orders (again) for a certificate: a refusal of `replaces` gets the order once
   * more without it, and the order placed so keeps it out of every later order for the same certificate. Other
   * certificates of a shared session still send theirs.
   */
  async #place(
    request: OrderRequest,
    names: readonly string[],
    onRefused?: (why: string) => void,
  ): Promise<Order> {
    const { replaces: _, ...plain } = request
    if (request.replaces === undefined) return this.#newOrder(request, names, onRefused)
    try {
      return await this.#newOrder(request, names, onRefused)
    } catch (error) {
      // only the CA's word on this order: a rate limit stays a rate limit, a CA that does not answer stays so
      if (!(error instanceof CaProblem)) throw error
      onRefused?.(error.message)
      return this.#newOrder(plain, names, onRefused)
    }
  }

  async #newOrder(
    request: OrderRequest,
    names: readonly string[],
    onReplacesRefused: ((why: string) => void) | undefined,
  ): Promise<Order> {
    const { newOrder } = await this.#ca.directory()
    const answer = await this.#ca.post(newOrder, request)
    const state = expectStatus(answer, [200, 201], 'newOrder') as OrderObject
    const url = header(answer, 'location')
    if (url === undefined)
      throw new AcmeError('the CA created an order without saying where it is (no Location)')
    return { url, state, request, names, onReplacesRefused, pending: [], validated: new Set() }
  }

  /**
   * A CA may hand back an existing order of this account; one already finalized (valid or processing) carries a
   * certificate for a key this run did not make (every run makes a new one), so it is ordered again.
   */
  async #unfinalized(order: Order): Promise<Order> {
    let current = order
    for (let ordered = 1; ; ordered++) {
      const { status } = current.state
      if (status !== 'valid' && status !== 'processing') return current
      if (ordered === MAX_ORDERS) {
        throw new AcmeError(
          `the CA handed back an order already ${status} (${current.url}) ${MAX_ORDERS} times: its certificate is another run's`,
        )
      }
      this.#options.warning?.(
        `The CA handed back order ${current.url}, already ${status}: its certificate is for another run's key; ordering again`,
      )
      current = await this.#place(current.request, current.names, current.onReplacesRefused)
    }
  }

  /**
   * The challenges of the order's pending authorizations, of the session's type; every refused authorization
   * fails the run. One the CA validated on its own (dns-persist-01's just-in-time validation) is valid already.
   */
  async #challenges(order: Order): Promise<Challenge[]> {
    const authorizations = await Promise.all(
      order.state.authorizations.map(async (url) => ({ url, authz: await this.#authorization(url) })),
    )
    const refused = authorizations.filter((a) => REFUSED.has(a.authz.status))
    if (refused.length > 0) throw refusal(refused, authorizations.length)
    const pending = authorizations.filter((a) => a.authz.status !== 'valid')
    order.pending = pending.map((a) => a.url)
    this.#orders.add(order)
    const type = this.#config.challenge ?? 'dns-01'
    return pending.map(({ url, authz }) => {
      const challenge = authz.challenges.find((c) => c.type === type)
      const name = `${authz.wildcard ? '*.' : ''}${authz.identifier.value}`
      if (challenge === undefined) {
        const offered = authz.challenges.map((c) => c.type).join(', ') || 'none'
        throw new AcmeError(`the CA offers no ${type} challenge for ${name} (it offers ${offered})`)
      }
      const found = {
        identifier: authz.identifier.value,
        wildcard: authz.wildcard === true,
        challenge,
        authorizationUrl: url,
      }
      if (type === 'dns-persist-01') {
        return { ...found, value: '', issuerDomainNames: persistIssuers(challenge, this.accountUrl, name) }
      }
      return { ...found, value: dns01Value(challenge.token, this.#thumbprint) }
    })
  }

  #orderOf(challenges: readonly Challenge[]): Order {
    const order = [...this.#orders].find((o) =>
      challenges.every((c) => o.pending.includes(c.authorizationUrl)),
    )
    if (order === undefined) throw new AcmeError('these challenges belong to no one order of this session')
    return order
  }

  async #authorization(url: string): Promise<Authorization> {
    return expectStatus(await this.#ca.post(url, undefined), [200], `authorization ${url}`) as Authorization
  }

  /** Poll the order until it reaches one of `wanted`; a refusal ends it with the problems of every name. */
  async #awaitOrder(
    order: Order,
    wanted: readonly string[],
    firstWaitMs = FIRST_POLL_MS,
  ): Promise<OrderObject> {
    return this.#poll('order', firstWaitMs, async () => {
      const answer = await this.#ca.post(order.url, undefined)
      const state = expectStatus(answer, [200], 'order') as OrderObject
      if (wanted.includes(state.status)) return { result: state }
      if (UNDECIDED.has(state.status)) return waiting(state.status, answer)
      // invalid, or what no order should be (deactivated, expired, revoked, ...): final
      throw await this.#refusalOf(order, state)
    })
  }

  /**
   * A batch: its authorizations together, each round asking those not yet seen valid; every refusal of the
   * round ends the wait. A CA validates a batch's challenges side by side, so most rounds find them all decided.
   */
  async #awaitAuthorizations(order: Order, challenges: readonly Challenge[]): Promise<void> {
    let left = [...challenges]
    await this.#poll('authorizations', FIRST_POLL_MS, async () => {
      const seen = await Promise.all(
        left.map(async (challenge) => {
          const answer = await this.#ca.post(challenge.authorizationUrl, undefined)
          const what = `authorization of ${nameOf(challenge)}`
          return { challenge, answer, authz: expectStatus(answer, [200], what) as Authorization }
        }),
      )
      const refused = seen.filter((s) => REFUSED.has(s.authz.status))
      if (refused.length > 0) {
        throw refusal(
          refused.map((s) => ({ url: s.challenge.authorizationUrl, authz: s.authz })),
          order.pending.length,
        )
      }
      const pending = seen.filter((s) => s.authz.status !== 'valid')
      left = pending.map((s) => s.challenge)
      const [first] = pending
      if (first === undefined) return { result: true }
      return waiting(
        `${first.authz.status} (${pending.map((s) => nameOf(s.challenge)).join(', ')})`,
        first.answer,
      )
    })
  }

  /** Why the order failed: every authorization the CA refused, with its problem, else the order's own. */
  async #refusalOf(order: Order, state: OrderObject): Promise<AcmeError> {
    const authorizations = await Promise.all(
      order.pending.map(async (url) => ({ url, authz: await this.#authorization(url) })),
    )
    const refused = authorizations.filter((a) => REFUSED.has(a.authz.status))
    if (refused.length > 0) return refusal(refused, state.authorizations.length)
    return new AcmeError(`the CA marked the order ${state.status}: ${describeProblem(state.error)}`)
  }

  /**
   * Ask `probe` until it has a result, waiting first `firstWaitMs`, then the CA's Retry-After (capped) or an
   * interval that doubles up to a few seconds: few requests however long the CA takes, none in a tight loop.
   */
  async #poll<T>(
    what: string,
    firstWaitMs: number,
    probe: () => Promise<{ result: T } | { status: string; retryAfterMs: number }>,
  ): Promise<T> {
    const deadline = Date.now() + POLL_TIMEOUT_MS
    let interval = FIRST_POLL_MS
    let wait = firstWaitMs
    for (;;) {
      await this.#ca.sleep(wait)
      const outcome = await probe()
      if ('result' in outcome) return outcome.result
      interval = Math.min(interval * 2, MAX_POLL_INTERVAL_MS)
      wait = Math.min(
        outcome.retryAfterMs > 0 ? outcome.retryAfterMs : interval,
        RETRY_AFTER_CAP_SECONDS * 1000,
      )
      if (Date.now() + wait > deadline) {
        throw new AcmeError(
          `the ${what} is still ${outcome.status} after ${POLL_TIMEOUT_MS / 60_000} minutes`,
        )
      }
    }
  }

  /** The certificate of `order` for `privateKey`, or undefined when the order turns out to carry another key's. */
  async #finalizeOnce(
    order: Order,
    csr: string,
    privateKey: string,
    preferredChain: string | undefined,
  ): Promise<Issued | undefined> {
    // every authorization valid already (none to solve): the order becomes ready on its own
    if (order.state.status === 'pending') {
      order.state = await this.#awaitOrder(order, ['ready', 'processing', 'valid'], 0)
    }
    // finalized before this run sent its CSR: someone else's certificate
    if (order.state.status !== 'ready') return this.#notOurs(order, `already ${order.state.status}`)
    let answer = await this.#ca.post(order.state.finalize, { csr })
    let notOurs = 'its certificate has another key'
    if (answer.status === 403 && problemOf(answer)?.type === ORDER_NOT_READY) {
      // Finalized already: by this finalize, whose first answer was lost and which was sent again (a 5xx after the
      // CA acted), or by another run of this account. The order tells: its certificate is ours if it has our key.
      const read = await this.#ca.post(order.url, undefined)
      const current = expectStatus(read, [200], 'order') as OrderObject
      // not finalized after all: the CA's refusal stands, and says why
      if (current.status !== 'processing' && current.status !== 'valid')
        expectStatus(answer, [200], 'finalize')
      answer = read
      notOurs = 'finalized by another run first'
    }
    let state = expectStatus(answer, [200], 'finalize') as OrderObject
    if (state.status !== 'valid') {
      const first = retryAfterSeconds(header(answer, 'retry-after')) * 1000
      state = await this.#awaitOrder(
        order,
        ['valid'],
        Math.min(first || FIRST_POLL_MS, RETRY_AFTER_CAP_SECONDS * 1000),
      )
    }
    order.state = state
    if (state.certificate === undefined)
      throw new AcmeError(`the order ${order.url} is valid but names no certificate`)
    const download = await this.#ca.post(state.certificate, undefined, CHAIN)
    const offered = expectStatus(download, [200], 'certificate download')
    if (typeof offered !== 'string')
      throw new AcmeError('the CA sent the certificate in a form other than PEM')
    const [certificate = ''] = pemCertificates(offered)
    if (!holdsKey(certificate, privateKey)) return this.#notOurs(order, notOurs)
    const fullchain = await this.#preferredChain(preferredChain, offered, state.certificate, download)
    const [, ...rest] = pemCertificates(fullchain)
    return {
      certificate: ensureNewline(certificate),
      chain: rest.map(ensureNewline).join(''),
      fullchain: ensureNewline(fullchain),
      privateKey,
    }
  }

  /**
   * `preferredChain`: the default chain when its top issuer is the one named (or none is), else the first of the
   * CA's alternates whose top issuer is, for the same certificate; none: the default, with a warning. The
   * certificate is issued by now: an alternate that cannot be read only leaves the default chain.
   */
  async #preferredChain(
    preferred: string | undefined,
    fullchain: string,
    url: string,
    download: CaAnswer,
  ): Promise<string> {
    const offered = [topIssuerName(fullchain)]
    if (preferred === undefined || offered[0] === preferred) return fullchain
    const [leaf] = pemCertificates(fullchain)
    const unread: string[] = []
    for (const alternate of linkTargets(download.headers.link, 'alternate', url)) {
      let chain: unknown
      try {
        chain = expectStatus(
          await this.#ca.post(alternate, undefined, CHAIN),
          [200],
          `alternate chain ${alternate}`,
        )
      } catch (error) {
        unread.push((error as Error).message)
        continue
      }
      if (typeof chain !== 'string' || pemCertificates(chain)[0] !== leaf) continue
      const issuer = topIssuerName(chain)
      if (issuer === preferred) return chain
      offered.push(issuer)
    }
    const names = offered.map((name) => (name === undefined ? 'an unnamed issuer' : JSON.stringify(name)))
    this.#options.warning?.(
      `preferred_chain: no chain the CA offers has ${JSON.stringify(preferred)} at its top (it offers ${names.join(', ')}${
        unread.length > 0 ? `; not read: ${unread.join('; ')}` : ''
      }); the default chain is kept`,
    )
    return fullchain
  }

  #notOurs(order: Order, why: string): undefined {
    this.#options.warning?.(
      `The CA's order ${order.url} is not this run's (${why}): its certificate is not for this run's key; ordering again`,
    )
    return undefined
  }

  /**
   * After an order turned out to be another run's: the same order again. The CA holds this account's names as
   * validated for a while, so the new order is ready at once; one that needs its names validated again cannot be
   * solved here (the TXT records are the pipeline's), and the run fails to be run again.
   */
  async #orderAgain(stale: Order): Promise<Order> {
    const order = await this.#unfinalized(
      await this.#place(stale.request, stale.names, stale.onReplacesRefused),
    )
    this.#orders.delete(stale)
    const challenges = await this.#challenges(order)
    if (challenges.length > 0) {
      throw new AcmeError(
        `order ${stale.url} was finalized for another key (another run of this ACME account?), and the CA wants the names validated again for a new order; nothing was written, run again`,
      )
    }
    return order
  }

  async #csr(names: readonly string[], privateKey: string): Promise<string> {
    return makeCsr(names, privateKey)
  }
}

/** newAccount (RFC 8555 section 7.3): the account this key has, made when there is none. */
async function openAccount(ca: CaClient, config: SessionRequest): Promise<void> {
  const directory = await ca.directory()
  const contact = config.email === undefined ? undefined : [`mailto:${config.email}`]
  const answer = await ca.post(
    directory.newAccount,
    {
      termsOfServiceAgreed: true,
      ...(contact ? { contact } : {}),
      ...(config.eab
        ? { externalAccountBinding: externalAccountBinding(config.eab, directory.newAccount, ca.account.jwk) }
        : {}),
    },
    // the same key finds the same account: sending it twice does no harm
    { jwk: true, idempotent: true },
  )
  const account = expectStatus(answer, [200, 201], 'newAccount') as { contact?: string[] }
  const url = header(answer, 'location')
  if (url === undefined)
    throw new AcmeError('the CA answered newAccount without the account URL (no Location)')
  ca.accountUrl = url
  // A kept key finds its account (200); its contact is updated only when it really changed: an update costs a
  // request, and a CA may refuse one that changes nothing (Pebble does).
  const known = account?.contact ?? []
  if (answer.status === 200 && contact !== undefined && !contact.every((c) => known.includes(c))) {
    expectStatus(await ca.post(url, { contact }), [200], 'account update')
  }
}

/** The answer's body when its status is one of `ok`; else the CA's problem, as an error naming `what`. */
function expectStatus(answer: CaAnswer, ok: readonly number[], what: string): unknown {
  if (ok.includes(answer.status)) return answer.body
  throw new CaProblem(
    `${what}: HTTP ${answer.status}${describeAnswer(answer)}`,
    answer.status,
    problemOf(answer)?.type,
  )
}

function waiting(status: string, answer: CaAnswer): { status: string; retryAfterMs: number } {
  return { status, retryAfterMs: retryAfterSeconds(header(answer, 'retry-after')) * 1000 }
}

/** One error for every refused authorization: the name, its status, and the problem of its challenge. */
function refusal(refused: readonly { url: string; authz: Authorization }[], total: number): AcmeError {
  const lines = refused.map(({ authz }) => {
    const name = `${authz.wildcard ? '*.' : ''}${authz.identifier.value}`
    const problem = authz.challenges.find((c) => c.error !== undefined)?.error
    return `${name}: ${authz.status}: ${describeProblem(problem)}`
  })
  return new AcmeError(`the CA refused ${refused.length} of ${total} name(s): ${lines.join('; ')}`)
}

function nameOf(c: Challenge): string {
  return `${c.wildcard ? '*.' : ''}${c.identifier}`
}

/** Whether the certificate's public key is the one of `privateKey`. */
function holdsKey(certificatePem: string, privateKey: string): boolean {
  try {
    return new X509Certificate(certificatePem).checkPrivateKey(createPrivateKey(privateKey))
  } catch {
    return false
  }
}

function ensureNewline(pem: string): string {
  return pem.endsWith('\n') ? pem : `${pem}\n`
}
