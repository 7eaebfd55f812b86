// A certificate is due: plan -> preflight -> write -> propagate -> validate and finalize -> deliver -> cleanup.
// Loaded by issue.ts once the decision is to issue.
import type { AcmeOrder, AcmeSession, Challenge, Issued, Order } from '../acme/index.js'
import { type Config, KEEPS_ACCOUNT } from '../config/index.js'
import { ipv6FromEnv, Resolver } from '../dns/resolver.js'
import { type Host, maskPem } from '../host.js'
import type { CertName } from '../names/index.js'
import { type OwnerWork, ownerWork } from '../pipeline/batches.js'
import { CaaReader, caaPreflight, caIdentities } from '../pipeline/caa.js'
import { hookEnvironment, runDeployHook } from '../pipeline/deploy-hook.js'
import { type BatchRun, OwnerDesk, type Placement, solveOwner } from '../pipeline/owners.js'
import { makePlan, type Plan, type TracedChain, traceChains } from '../pipeline/plan.js'
import { askedServers, preflight } from '../pipeline/preflight.js'
import { RecordLedger, recordsFor, removeRecords } from '../pipeline/records.js'
import { type SummaryFacts, summaryMarkdown } from '../pipeline/summary.js'
import { certificateFacts } from '../pki/certificate.js'
import { makePrivateKey } from '../pki/keys.js'
import { closeProvider, createProvider } from '../providers/index.js'
import type { DnsProvider } from '../providers/types.js'
import { type Renewal, renewAfterIssued } from '../renewal/index.js'
import {
  type DeliveryReport,
  deliverAll,
  deliveryError,
  type Prepared,
  prepareAll,
} from '../stores/deliver.js'
import { type CertificateFiles, writeCertificateFiles } from '../stores/files/index.js'
import type { CertificateBundle, StoreContext } from '../stores/types.js'
import { type IssueOptions, type Stage, sessionRequest, setCertificateOutputs } from './step.js'

export async function issue(
  config: Config,
  host: Host,
  options: IssueOptions,
  context: StoreContext,
  renewal: Renewal,
  stage: Stage,
): Promise<void> {
  const providerId = dns01Provider(config)
  const { dns, tracing, acme } = startIssuing(config, options)
  const provider = createProvider(providerId, {
    env: options.env,
    host,
    resolvers: config.resolvers,
  })
  provider.catch(() => {})
  const account = accountKeyFor(config, host, renewal)
  const session = connectSession({ config, host, options, renewal }, acme, account.key)
  session.catch(() => {})
  const ordered = await orderCertificate(config, host, context, renewal, stage, {
    dns,
    tracing,
    provider,
    session,
    shared: false,
    abandon: () => {
      session.then((connected) => connected.close()).catch(() => {})
    },
    openAccount: (connected) => openAndName(host, connected),
    account: account.kept,
    desk: new OwnerDesk({ dns, stage, log: (m) => host.info(m) }),
    ledger: new RecordLedger((name, value) => host.saveState(name, value)),
  })
  await reportIssued(host, ordered, renewal)
}

/**
 * What an issuing run starts first: the resolver; the CNAME questions (`_acme-challenge.<name>`, or what
 * `challengeName` says), whose answers travel while the provider's and the ACME code load; and the ACME client,
 * loaded only now, so that a run that renews nothing never pays for it. Until awaited, a failure is held.
 */
export function startIssuing(
  config: Config,
  options: IssueOptions,
  challengeName?: (name: CertName) => string,
): { dns: Resolver; tracing: Promise<TracedChain[]>; acme: Promise<typeof import('../acme/index.js')> } {
  const dns = new Resolver(config.resolvers, { ipv6: options.ipv6 ?? ipv6FromEnv(options.env) })
  const tracing = traceChains(config.names, dns, challengeName)
  tracing.catch(() => {})
  const acme = import('../acme/index.js')
  acme.catch(() => {})
  return { dns, tracing, acme }
}

/** The provider of a dns-01 run: `dns_provider` is optional only with dns-persist-01. */
export function dns01Provider(config: Config): string {
  if (config.provider === undefined) throw new Error('`dns_provider` is required with `challenge: dns-01`')
  return config.provider.id
}

/**
 * The directory and a first nonce are fetched while the CNAMEs and CAA are checked; the account is asked for only
 * once every check has passed (openAccount), so a run that stops at them registers no account (a CA limits new
 * accounts per address).
 */
function connectSession(
  issuing: { config: Config; host: Host; options: IssueOptions; renewal: Renewal },
  acme: Promise<typeof import('../acme/index.js')>,
  accountKey: Promise<string>,
): Promise<AcmeSession> {
  const { config, host, options, renewal } = issuing
  return Promise.all([acme, accountKey]).then(([{ AcmeSession }, key]) => {
    const connected = AcmeSession.connect(sessionRequest(config), key, {
      debug: (m) => host.debug(m),
      trace: host.isDebug(),
      warning: (m) => host.warning(m),
      env: options.env,
      directory: renewal.ca.read,
    })
    // read once: the renewal time of the new certificate is asked of the same directory
    renewal.ca.adopt(connected.directory())
    return connected
  })
}

/** A step's outputs and summary for the certificate it issued; a destination or hook that failed fails the step. */
async function reportIssued(host: Host, ordered: Ordered, renewal: Renewal): Promise<void> {
  const { bundle, report, renewAfter } = ordered
  setCertificateOutputs(host, { ...bundle, fullchain: bundle.fullchain, issued: true, renewAfter })
  for (const { delivery } of report.delivered) {
    for (const [name, value] of Object.entries(delivery.outputs ?? {})) host.setOutput(name, value)
  }
  await host.summary(summaryMarkdown({ ...ordered, issuer: bundle.issuer, renewal }))
  const failures = [...(report.failed.length > 0 ? [deliveryError(report)] : []), ...ordered.hookFailed]
  if (failures.length > 0)
    throw failures.length === 1 ? failures[0] : new Error(failures.map((e) => e.message).join('\n'))
}

export interface OrderRun {
  readonly dns: Resolver
  /** The CNAME chains of this certificate's names, asked already. */
  readonly tracing: Promise<TracedChain[]>
  readonly provider: Promise<DnsProvider>
  /** Connected: the directory read, the account not asked for yet. */
  readonly session: Promise<AcmeSession>
  /** The session serves other certificates too: this one's failure leaves it open. */
  readonly shared: boolean
  /** Called when a check before the order fails. */
  readonly abandon?: (error: unknown) => void
  /** The account, asked for once this certificate's checks have passed (a fleet asks once for all). */
  readonly openAccount: (session: AcmeSession) => Promise<void>
  /** The account key the destinations keep, when the run made one. */
  readonly account: Promise<CertificateBundle['account']>
  readonly desk: OwnerDesk
  readonly ledger: RecordLedger
}

export interface Ordered {
  readonly plan: Plan
  readonly bundle: CertificateBundle & { issuer: string }
  readonly report: DeliveryReport
  readonly renewAfter?: Date
  /** Owners whose challenges were solved in several batches, with how many. */
  readonly batches: ReadonlyMap<string, number>
  /** The deploy hook's failure, if it failed. */
  readonly hookFailed: readonly Error[]
}

/**
 * One due certificate, from the CNAME check to its destinations: a single step and each entry of a fleet run
 * this same pipeline. A certificate once issued is never lost: the files are written before anything else can
 * fail, and a destination's failure is in the report, not thrown.
 */
export async function orderCertificate(
  config: Config,
  host: Host,
  context: StoreContext,
  renewal: Renewal,
  stage: Stage,
  run: OrderRun,
): Promise<Ordered> {
  const providerId = dns01Provider(config)
  const { dns } = run
  const issuing = { config, host, renewal, stage }
  // CAA is a best-effort check: read beside the rest, judged once the CA's identities are known
  const caa = new CaaReader(dns)
  caa.prefetch(config.names)
  const [plan, session, provider, caaAwaiting] = await Promise.all([
    run.tracing.then((traced) => planFrom(traced, issuing, dns)),
    run.session,
    run.provider,
    run.session.then((connected) => caaBeforeAccount(issuing, caa, connected)),
  ]).catch((error: unknown) => {
    run.abandon?.(error)
    throw error
  })
  const close = () => {
    if (!run.shared) session.close()
  }

  // A failure from here on closes the session, so that no connection to the CA keeps the process alive.
  const { order, challenges, prepared } = await (async () => {
    await run.openAccount(session)
    await caaWithAccount(issuing, session, caaAwaiting)
    return preparedOrder(issuing, context, session)
  })().catch((error: unknown) => {
    close()
    throw error
  })
  stage(
    `Order created at ${config.acmeServer}${order.request.replaces ? ` (replaces ${order.request.replaces})` : ''}: ${challenges.length} challenge(s) to solve`,
  )
  const certificateKey = makePrivateKey(config.keyType)
  const records = recordsFor(plan, challenges)
  // Saved before writing: a crash mid-write still leaves the post step a list to clean up.
  const ledgerKey = {}
  run.ledger.add(ledgerKey, providerId, records)
  let bundle: CertificateBundle & { issuer: string }
  const batches = new Map<string, number>()
  let clean = false
  try {
    await solveChallenges(config, host, stage, { run, provider, session, plan, challenges, batches })
    clean = true
    stage('Validation: the CA validated every challenge')
    bundle = await finalizeToFiles(issuing, session, order, certificateKey, run.account)
  } catch (error) {
    await undoPreparations(prepared, host)
    throw error
  } finally {
    close()
    // each value is removed once its owner's room is given back; what a failure left is removed here
    if (clean || (await removeRecords(provider, records, (m) => host.warning(m)))) {
      run.ledger.remove(ledgerKey)
      stage('Cleanup: removed the values this run wrote')
    }
    // a fleet's provider serves its other certificates: the fleet logs out at its end
    if (!run.shared) await closeProvider(provider, (m) => host.warning(m))
  }

  const renewAfter = await renewAfterIssued(config, renewal.ca, certificateFacts(bundle.certificate))
  const { report, hookFailed } = await deliverAndHook(issuing, context, bundle)
  return { plan, bundle, report, batches, hookFailed, ...(renewAfter === undefined ? {} : { renewAfter }) }
}

/** Every destination gets the issued certificate (its files written), then the deploy hook runs. */
async function deliverAndHook(
  issuing: { config: Config; host: Host; stage: Stage },
  context: StoreContext,
  bundle: CertificateBundle & { issuer: string },
): Promise<{ report: DeliveryReport; hookFailed: Error[] }> {
  const { config, host, stage } = issuing
  const stores = config.stores.map((selected) => selected.module.create(selected.options, context))
  const report = await host.group(`Delivery: ${config.stores.map((s) => s.module.id).join(', ')}`, () =>
    deliverAll(stores, bundle),
  )
  for (const d of report.delivered) stage(`Delivered (${d.store}): ${d.delivery.destination}`)
  for (const d of report.delivered) for (const note of d.delivery.notes ?? []) host.info(note)
  for (const f of report.failed) host.warning(`Not delivered (${f.store}): ${f.error}`)
  // The hook runs once the certificate is stored, even where a destination failed: the files are there to deploy.
  const hookFailed: Error[] = []
  if (config.deployHook !== undefined) {
    const pfxPath = report.delivered.find((d) => d.delivery.outputs?.pfx_path)?.delivery.outputs?.pfx_path
    const env = hookEnvironment(context.env, { ...bundle, ...(pfxPath === undefined ? {} : { pfxPath }) })
    await runDeployHook(config.deployHook, env, (line) => host.info(line)).then(
      () => stage('Deploy hook: done'),
      (error: Error) => hookFailed.push(error),
    )
  }
  return { report, hookFailed }
}

/**
 * The certificate issued (its files written): the outputs, every destination, the deploy hook, then the job
 * summary. A destination that fails fails the run, after the others have their certificate.
 */
export async function deliverIssued(
  issuing: { config: Config; host: Host; stage: Stage },
  context: StoreContext,
  bundle: CertificateBundle & { issuer: string },
  facts: Pick<SummaryFacts, 'plan' | 'renewal' | 'renewAfter'>,
): Promise<void> {
  const delivered = await deliverAndHook(issuing, context, bundle)
  await reportIssued(issuing.host, { ...facts, ...delivered, bundle, batches: new Map() }, facts.renewal)
}

/** The CNAME chains traced: each shown, checked on every master, and made a plan of owners. */
function planFrom(
  traced: TracedChain[],
  issuing: { config: Config; host: Host; stage: Stage },
  dns: Resolver,
): Promise<Plan> {
  const { config, host, stage } = issuing
  for (const t of traced) stage(`CNAME: ${t.names.map((n) => n.name).join(', ')}: ${t.chain.join(' -> ')}`)
  const checked = preflight(traced)
  for (const note of checked.notes) host.info(note)
  for (const warning of checked.warnings) host.warning(warning)
  stage(
    `CNAME check: every authoritative server of every zone on the chain publishes the same CNAME: ${askedServers(traced)}`,
  )
  return makePlan(traced, config.alias, dns)
}

/** A CAA record that binds this CA to an account (RFC 8657 accounturi) waits for the account to be judged. */
export interface CaaAwaiting {
  readonly reader: CaaReader
  readonly identities: readonly string[]
  readonly names: readonly CertName[]
}

/** CAA, with the identities of the directory the session reads: everything but an accounturi, judged now. */
async function caaBeforeAccount(
  issuing: { config: Config; host: Host },
  caa: CaaReader,
  connected: AcmeSession,
): Promise<CaaAwaiting> {
  const { config, host } = issuing
  const identities = await caIdentities(config, connected)
  const binding = { method: config.challenge }
  const names = await caaPreflight(config, caa, identities, (m) => host.warning(m), binding)
  return { reader: caa, identities, names }
}

/** The CAA records that name an account, judged with this one's URL. */
async function caaWithAccount(
  issuing: { config: Config; host: Host },
  session: AcmeSession,
  caa: CaaAwaiting,
): Promise<void> {
  if (caa.names.length === 0) return
  const binding = { method: issuing.config.challenge, accountUri: session.accountUrl }
  await caaPreflight(caa, caa.reader, caa.identities, (m) => issuing.host.warning(m), binding)
}

/**
 * For a run of its own (dns-persist-01): the session connects while the CNAMEs and CAA are checked. A failed
 * check closes the session at once: no request to the CA outlives the run.
 */
export async function checkWhileConnecting(
  issuing: {
    config: Config
    host: Host
    options: IssueOptions
    renewal: Renewal
    dns: Resolver
    stage: Stage
  },
  tracing: Promise<TracedChain[]>,
  acme: Promise<typeof import('../acme/index.js')>,
  accountKey: Promise<string>,
  caa: CaaReader,
): Promise<{ plan: Plan; session: AcmeSession; caaAwaiting: CaaAwaiting }> {
  const connecting = connectSession(issuing, acme, accountKey)
  const [plan, session, caaAwaiting] = await Promise.all([
    tracing.then((traced) => planFrom(traced, issuing, issuing.dns)),
    connecting,
    connecting.then((connected) => caaBeforeAccount(issuing, caa, connected)),
  ]).catch((error: unknown) => {
    connecting.then((connected) => connected.close()).catch(() => {})
    throw error
  })
  return { plan, session, caaAwaiting }
}

async function openAndName(host: Host, session: AcmeSession): Promise<void> {
  await session.openAccount()
  host.info(`ACME account: ${session.accountUrl}`)
}

/** newAccount, then the CAA records that name an account judged with this one's URL. */
export async function openAccount(
  issuing: { config: Config; host: Host },
  session: AcmeSession,
  caa: CaaAwaiting,
): Promise<void> {
  await openAndName(issuing.host, session)
  await caaWithAccount(issuing, session, caa)
}

/**
 * The order, placed last: a destination that must change to take the certificate changes only when the rest of
 * the setup holds, and goes back as it was found when the order fails.
 */
export async function preparedOrder(
  issuing: { config: Config; host: Host; renewal: Renewal; stage: Stage },
  context: StoreContext,
  session: AcmeSession,
): Promise<AcmeOrder & { prepared: Prepared }> {
  const { config, host, renewal, stage } = issuing
  const prepared = await prepareAll(config.stores, context)
  for (const line of prepared.done) stage(`Before the order (${line})`)
  const ordered = await session
    .order(
      renewal.replaces,
      (why) =>
        host.warning(
          `The CA refused the order as a replacement of ${renewal.replaces} (${why}); ordering without it`,
        ),
      sessionRequest(config),
    )
    .catch(async (error: unknown) => {
      await undoPreparations(prepared, host)
      throw error
    })
  return { ...ordered, prepared }
}

/** Finalized, and the files written first, before anything else can fail: a certificate once issued is never lost. */
export async function finalizeToFiles(
  issuing: { config: Config; host: Host; stage: Stage },
  session: AcmeSession,
  order: Order,
  certificateKey: Promise<string>,
  kept: Promise<CertificateBundle['account']>,
): Promise<CertificateBundle & { issuer: string }> {
  const { config, host, stage } = issuing
  const issued = await session.finalize(order, await certificateKey, config.preferredChain)
  maskPem(host, issued.privateKey)
  const files = await writeCertificateFiles(config.outputDir, issued)
  stage(`Files: ${config.outputDir}`)
  return certificateBundle(config, issued, files, await kept)
}

/** The run failed before delivering: what the destinations changed for it goes back as it was found. */
export async function undoPreparations(prepared: Prepared, host: Host): Promise<void> {
  for (const line of await prepared.undo()) host.warning(`Put back (${line})`)
}

interface Solving {
  readonly run: OrderRun
  readonly provider: DnsProvider
  readonly session: AcmeSession
  readonly plan: Plan
  readonly challenges: readonly Challenge[]
  readonly batches: Map<string, number>
}

/**
 * Write, wait for propagation, and let the CA validate. When every owner takes all of this certificate's values
 * at once, they are written (with other certificates' values at the same owners) and the whole order is
 * validated at once; else each owner's values go in batches. Every value is removed before this returns.
 */
async function solveChallenges(config: Config, host: Host, stage: Stage, solving: Solving): Promise<void> {
  const { run, provider, session, challenges } = solving
  const work = ownerWork(solving.plan, challenges)
  const seat = (w: OwnerWork) => ({
    provider,
    zone: w.zone,
    owner: w.owner,
    chains: w.chains,
    values: w.challenges.map((c) => c.value),
    whole: true,
    size: config.txtBatchSize,
    timeoutMs: config.propagationTimeoutMs,
  })
  const capacities = await Promise.all(work.map((w) => run.desk.capacity(seat(w))))
  if (work.every((w, i) => w.challenges.length <= (capacities[i] as number))) {
    // owners asked for one after another, in one order: two certificates never wait for each other's owner
    // the detail of a wait (which server lacks what, while it lasts) folded; the outcome a line of its own
    const placed = await host.group(
      'Propagation: asking every authoritative server of each alias zone',
      async () => {
        const placing: Promise<Placement>[] = []
        for (const w of [...work].sort((a, b) => a.owner.localeCompare(b.owner))) {
          const admission = run.desk.request(seat(w))
          placing.push(admission.placed)
          await admission.admitted
        }
        return Promise.allSettled(placing)
      },
    )
    const placements = placed.flatMap((p) => (p.status === 'fulfilled' ? [p.value] : []))
    try {
      const failed = placed.find((p) => p.status === 'rejected')
      if (failed !== undefined) throw failed.reason
      const waited = [...new Set(placements.map((p) => p.waited))].join('; ')
      stage(`Propagation: every authoritative server of each alias zone serves every value: ${waited}`)
      await session.validate(challenges)
    } finally {
      await Promise.all(placements.map((p) => p.release()))
    }
    return
  }
  const batchRun: BatchRun = {
    provider,
    dns: run.dns,
    validate: (batch) => session.validate(batch),
    size: config.txtBatchSize,
    timeoutMs: config.propagationTimeoutMs,
    stage,
    log: (m) => host.info(m),
  }
  await host.group(`Batches: ${work.length} owner(s), validated a batch at a time`, () =>
    Promise.all(work.map(async (w) => solving.batches.set(w.owner, await solveOwner(w, batchRun, run.desk)))),
  )
  for (const [owner, count] of solving.batches) host.info(`Batches: ${owner}: ${count}`)
}

function certificateBundle(
  config: Config,
  issued: Issued,
  files: CertificateFiles,
  account: CertificateBundle['account'],
): CertificateBundle & { issuer: string } {
  const facts = certificateFacts(issued.certificate)
  return {
    names: config.names.map((n) => n.name),
    certificate: issued.certificate,
    chain: issued.chain,
    fullchain: issued.fullchain,
    privateKey: issued.privateKey,
    notAfter: facts.notAfter.toISOString(),
    serial: facts.serial,
    issuer: facts.issuer,
    files: { directory: config.outputDir, ...files },
    ...(account === undefined ? {} : { account }),
  }
}

/**
 * The ACME account key: `account_key`, else the one an earlier run kept in a destination, else a new one that
 * the destinations keep (`kept`). One account across runs: no new-account rate limit, and a renewal that
 * names the certificate it replaces comes from the account that ordered it.
 */
export function accountKeyFor(
  config: Config,
  host: Host,
  renewal: Renewal,
): { key: Promise<string>; kept: Promise<CertificateBundle['account']> } {
  if (config.accountKey !== undefined) {
    host.info('ACME account key: from account_key')
    return { key: Promise.resolve(config.accountKey), kept: Promise.resolve(undefined) }
  }
  if (renewal.accountKey !== undefined) {
    host.info('ACME account key: the one an earlier run kept in the store')
    const key = renewal.accountKey
    return { key: Promise.resolve(key), kept: Promise.resolve({ key, made: false }) }
  }
  const keeps = config.stores.some((s) => KEEPS_ACCOUNT.has(s.module.id))
  host.info(
    keeps
      ? 'ACME account key: none given or kept yet; a new one is made and kept in the store for the next runs'
      : 'ACME account key: none given; a new one is made for this run (set account_key to keep one account)',
  )
  const key = makePrivateKey('ec-p256').then((pem) => {
    maskPem(host, pem)
    return pem
  })
  return { key, kept: key.then((pem) => ({ key: pem, made: true })) }
}
