// mode: issue with `certificates`: every due entry issued in this one step. Each entry is decided like a step,
// the due ones ordered within the budget (the most urgent first), a few at once, through one ACME session per
// CA and one room per alias owner; each runs the same pipeline as a single step (order.ts). One entry's failure
// stops no other; a CA's rate limit stops new orders and leaves the rest for the next run.
import { CaDirectory } from '../acme/ari.js'
import type { AcmeSession, RateLimited } from '../acme/index.js'
import { readFleetSettings } from '../config/fleet.js'
import { ACTION_SPELLING, type Config } from '../config/index.js'
import { ipv6FromEnv, Resolver } from '../dns/resolver.js'
import type { Host } from '../host.js'
import { registeredDomains } from '../names/registered-domain.js'
import { OwnerDesk } from '../pipeline/owners.js'
import { traceChains } from '../pipeline/plan.js'
import { RecordLedger } from '../pipeline/records.js'
import { closeProvider, createProvider } from '../providers/index.js'
import type { DnsProvider } from '../providers/types.js'
import { budgetOrders } from '../renewal/budget.js'
import { decideRenewal, type Renewal } from '../renewal/index.js'
import { markdownText } from '../text.js'
import { entryConfigs, entryLabel, type FleetOptions, mapLimit, prefixed, readEntries } from './fleet.js'
import { keepCurrent } from './issue.js'
import { accountKeyFor, dns01Provider, orderCertificate } from './order.js'
import { type IssueOptions, sessionRequest } from './step.js'

export type EntryStatus = 'issued' | 'kept' | 'deferred' | 'failed'

/** One object of the `report` output. Public facts only. */
export interface EntryReport {
  names: string[]
  status: EntryStatus
  reason: string
  not_after?: string
  serial?: string
  output_dir?: string
  renew_after?: string
}

export async function issueFleet(host: Host, options: FleetOptions & IssueOptions): Promise<void> {
  const started = Date.now()
  const settings = readFleetSettings(options.getInput)
  const entries = await readEntries(
    options.getInput('certificates'),
    'issue',
    options.spelling ?? ACTION_SPELLING,
  )
  const configs = entryConfigs(entries, options, host, 'issue')
  const { context } = options
  const clock = () => `[${((Date.now() - started) / 1000).toFixed(2)} s]`
  const hosts = configs.map((config) => prefixed(host, `[${entryLabel(config)}] `))
  const stageOf = (i: number) => (m: string) => (hosts[i] as Host).info(`${clock()} ${m}`)

  // decide: every entry's current certificate and the CA's renewal information; one directory read per CA
  const cas = new Map<string, CaDirectory>()
  const caFor = (config: Config) => {
    let ca = cas.get(config.directoryUrl)
    if (ca === undefined) {
      ca = new CaDirectory(config.directoryUrl, context.transport, context.env)
      cas.set(config.directoryUrl, ca)
    }
    return ca
  }
  const reports: EntryReport[] = configs.map((config) => ({
    names: config.names.map((n) => n.name),
    status: 'failed',
    reason: 'not decided',
  }))
  const renewals = await mapLimit(configs, settings.concurrency, async (config) => {
    const i = configs.indexOf(config)
    try {
      return await decideRenewal(config, hosts[i] as Host, context, caFor(config))
    } catch (error) {
      fail(reports[i] as EntryReport, error)
      return undefined
    }
  })
  const due = configs.flatMap((_, i) => (renewals[i]?.decision.due ? [i] : []))
  host.info(`Fleet: ${due.length} of ${configs.length} certificate(s) due`)

  // not due: kept, and handed on as a single step hands it on (files, destinations that lack it)
  await mapLimit(
    configs.flatMap((_, i) => (renewals[i] !== undefined && !renewals[i].decision.due ? [i] : [])),
    settings.concurrency,
    async (i) => {
      const renewal = renewals[i] as Renewal
      const report = reports[i] as EntryReport
      Object.assign(report, { status: 'kept', reason: renewal.decision.reason })
      const facts = renewal.current?.facts
      if (facts !== undefined) {
        Object.assign(report, { not_after: facts.notAfter.toISOString(), serial: facts.serial })
      }
      if (renewal.decision.renewAfter) report.renew_after = renewal.decision.renewAfter.toISOString()
      try {
        await keepCurrent(configs[i] as Config, hosts[i] as Host, context, renewal, stageOf(i))
      } catch (error) {
        fail(report, error)
      }
    },
  )

  // the budget: the most urgent first, the rest deferred
  const dueEntries = due.map((i) => {
    const renewal = renewals[i] as Renewal
    const current = renewal.current?.facts
    return {
      names: (reports[i] as EntryReport).names,
      ...(current === undefined ? {} : { notAfter: current.notAfter }),
      ...(renewal.decision.renewAfter === undefined ? {} : { renewAfter: renewal.decision.renewAfter }),
      replaces: renewal.replaces !== undefined,
    }
  })
  const counting = settings.perRegisteredDomain !== undefined && due.length > settings.perRegisteredDomain
  const budget = budgetOrders(dueEntries, {
    now: new Date(),
    ...(settings.maxOrders === undefined ? {} : { maxOrders: settings.maxOrders }),
    ...(counting
      ? { perRegisteredDomain: settings.perRegisteredDomain, registeredDomain: await registeredDomains() }
      : {}),
  })
  for (const [k, reason] of budget.deferred) {
    Object.assign(reports[due[k] as number] as EntryReport, { status: 'deferred', reason })
  }
  const ordered = budget.order.map((k) => due[k] as number)

  // one ACME session per CA and account, one provider per id, one resolver per resolver list, one room per owner
  const shared = new SharedRun(host, options)
  let rateLimit: { until?: Date } | undefined
  await mapLimit(ordered, settings.concurrency, async (i) => {
    const config = configs[i] as Config
    const renewal = renewals[i] as Renewal
    const report = reports[i] as EntryReport
    const entryHost = hosts[i] as Host
    if (rateLimit !== undefined) return defer(report, rateLimit.until)
    Object.assign(report, { reason: renewal.decision.reason })
    try {
      const session = shared.session(
        config,
        renewal,
        due.map((d) => renewals[d] as Renewal),
      )
      const dns = shared.resolver(config)
      const tracing = traceChains(config.names, dns)
      tracing.catch(() => {})
      const done = await orderCertificate(config, entryHost, context, renewal, stageOf(i), {
        dns,
        tracing,
        provider: shared.provider(config, entryHost),
        session,
        shared: true,
        openAccount: (connected) => shared.openAccount(connected),
        account: shared.accountKept,
        desk: shared.desk(dns),
        ledger: shared.ledger,
      })
      const { bundle, report: delivery } = done
      Object.assign(report, {
        status: delivery.failed.length > 0 ? 'failed' : 'issued',
        reason:
          delivery.failed.length > 0
            ? `issued (serial ${bundle.serial}), not delivered: ${delivery.failed.map((f) => `${f.store}: ${f.error}`).join('; ')}`
            : renewal.decision.reason,
        not_after: bundle.notAfter,
        serial: bundle.serial,
        output_dir: config.outputDir,
        ...(done.renewAfter === undefined ? {} : { renew_after: done.renewAfter.toISOString() }),
      })
    } catch (error) {
      if (shared.isRateLimited(error)) {
        const until = error.retryAt
        rateLimit = until === undefined ? {} : { until }
        entryHost.warning(
          `${(error as Error).message}: no new order in this run; the remaining entries wait for the next`,
        )
        return defer(report, rateLimit.until)
      }
      entryHost.warning(`failed: ${(error as Error).message}`)
      fail(report, error)
    }
  })
  await shared.close()

  const count = (status: EntryStatus) => reports.filter((r) => r.status === status).length
  host.setOutput('issued_count', String(count('issued')))
  host.setOutput('deferred_count', String(count('deferred')))
  host.setOutput('failed_count', String(count('failed')))
  host.setOutput('report', JSON.stringify(reports))
  const line = `Fleet: ${count('issued')} issued, ${count('kept')} kept, ${count('deferred')} deferred, ${count('failed')} failed, in ${((Date.now() - started) / 1000).toFixed(2)} s`
  host.info(line)
  const sent = shared.sent()
  if (sent > 0) host.info(`Fleet: ${sent} requests to the CA`)
  await host.summary(fleetSummary(reports))
  const failed = reports.filter((r) => r.status === 'failed')
  if (failed.length > 0) {
    throw new Error(
      `${failed.length} of ${reports.length} certificate(s) failed: ${failed.map((r) => `${r.names.join(', ')}: ${r.reason}`).join('; ')}`,
    )
  }
}

function fail(report: EntryReport, error: unknown): void {
  Object.assign(report, { status: 'failed', reason: error instanceof Error ? error.message : String(error) })
}

function defer(report: EntryReport, until: Date | undefined): void {
  Object.assign(report, {
    status: 'deferred',
    reason: `deferred: the CA's rate limit${until ? ` (until ${until.toISOString()})` : ''}; the next run takes it`,
  })
}

/** What the entries of one fleet share, made when the first entry needs it. */
class SharedRun {
  readonly ledger: RecordLedger
  readonly #host: Host
  readonly #options: FleetOptions & IssueOptions
  readonly #sessions = new Map<string, Promise<AcmeSession>>()
  readonly #opened: AcmeSession[] = []
  readonly #accounts = new Map<AcmeSession, Promise<void>>()
  readonly #providers = new Map<string, Promise<DnsProvider>>()
  readonly #resolvers = new Map<string, Resolver>()
  readonly #desks = new Map<Resolver, OwnerDesk>()
  #account: ReturnType<typeof accountKeyFor> | undefined
  #RateLimited: typeof RateLimited | undefined

  constructor(host: Host, options: FleetOptions & IssueOptions) {
    this.#host = host
    this.#options = options
    this.ledger = new RecordLedger((name, value) => host.saveState(name, value))
  }

  get accountKept() {
    return this.#account?.kept ?? Promise.resolve(undefined)
  }

  /** A RateLimited error comes only from a session, so the ACME module is loaded by then. */
  isRateLimited(error: unknown): error is RateLimited {
    return this.#RateLimited !== undefined && error instanceof this.#RateLimited
  }

  /**
   * The account key is the step's (entries hold no secrets), else one an entry's destination kept, else a new
   * one that every destination that keeps keys keeps.
   */
  session(config: Config, renewal: Renewal, renewals: readonly Renewal[]): Promise<AcmeSession> {
    const key = `${config.directoryUrl} ${config.eab?.kid ?? ''} ${config.email ?? ''}`
    let session = this.#sessions.get(key)
    if (session === undefined) {
      this.#account ??= accountKeyFor(
        config,
        this.#host,
        renewals.find((r) => r.accountKey !== undefined) ?? renewal,
      )
      const account = this.#account
      session = (async () => {
        const acme = await import('../acme/index.js')
        this.#RateLimited = acme.RateLimited
        const { AcmeSession } = acme
        const connected = AcmeSession.connect({ ...sessionRequest(config), names: [] }, await account.key, {
          debug: (m) => this.#host.debug(m),
          trace: this.#host.isDebug(),
          warning: (m) => this.#host.warning(m),
          env: this.#options.env,
          directory: renewal.ca.read,
          shared: true,
        })
        this.#opened.push(connected)
        return connected
      })()
      session.catch(() => {})
      this.#sessions.set(key, session)
    }
    // read once: the renewal time of the new certificate is asked of the same directory
    void session.then((s) => renewal.ca.adopt(s.directory())).catch(() => {})
    return session
  }

  /**
   * The account, asked for by the first certificate whose checks pass, once for every certificate of its session:
   * a run whose every entry stops at its checks registers no account.
   */
  openAccount(session: AcmeSession): Promise<void> {
    let opening = this.#accounts.get(session)
    if (opening === undefined) {
      opening = session.openAccount().then(() => {
        this.#host.info(`ACME account: ${session.accountUrl} (one session for every order of this run)`)
      })
      this.#accounts.set(session, opening)
    }
    return opening
  }

  provider(config: Config, host: Host): Promise<DnsProvider> {
    const id = dns01Provider(config)
    let provider = this.#providers.get(id)
    if (provider === undefined) {
      provider = createProvider(id, {
        env: this.#options.env,
        host,
        resolvers: config.resolvers,
      })
      provider.catch(() => {})
      this.#providers.set(id, provider)
    }
    return provider
  }

  resolver(config: Config): Resolver {
    const key = config.resolvers.join(',')
    let dns = this.#resolvers.get(key)
    if (dns === undefined) {
      const { env, ipv6 } = this.#options
      dns = new Resolver(config.resolvers, { ipv6: ipv6 ?? ipv6FromEnv(env) })
      this.#resolvers.set(key, dns)
    }
    return dns
  }

  desk(dns: Resolver): OwnerDesk {
    let desk = this.#desks.get(dns)
    if (desk === undefined) {
      desk = new OwnerDesk({ dns, stage: (m) => this.#host.info(m), log: (m) => this.#host.info(m) })
      this.#desks.set(dns, desk)
    }
    return desk
  }

  sent(): number {
    return this.#opened.reduce((sum, s) => sum + s.sent.requests, 0)
  }

  /** The end of the run: the sessions closed, every provider logged out. */
  async close(): Promise<void> {
    for (const s of this.#opened) s.close()
    const providers = await Promise.allSettled(this.#providers.values())
    for (const p of providers) {
      if (p.status === 'fulfilled') await closeProvider(p.value, (m) => this.#host.warning(m))
    }
  }
}

export function fleetSummary(reports: readonly EntryReport[]): string {
  const count = (status: EntryStatus) => reports.filter((r) => r.status === status).length
  const rows = reports.map(
    (r) =>
      `| ${markdownText(r.names.join(', '))} | ${r.status === 'failed' ? '**failed**' : r.status} | ${
        r.not_after ?? '-'
      } | ${markdownText(r.reason)} |`,
  )
  return [
    `## certalias: ${reports.length} certificate(s): ${count('issued')} issued, ${count('kept')} kept, ${count('deferred')} deferred, ${count('failed')} failed`,
    '',
    '| names | result | not after | reason |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}
