// A certificate is due: plan -> preflight -> write -> propagate -> validate and finalize -> deliver -> cleanup.
// Loaded by issue.ts once the decision is to issue.
import type { AcmeSession, Challenge, Issued } from '../acme/index.js'
import type { Config } from '../config/index.js'
import { ipv6FromEnv, Resolver } from '../dns/resolver.js'
import { type Host, maskPem } from '../host.js'
import { type OwnerWork, ownerWork } from '../pipeline/batches.js'
import { CaaReader, caaPreflight, caIdentities } from '../pipeline/caa.js'
import { hookEnvironment, runDeployHook } from '../pipeline/deploy-hook.js'
import { type BatchRun, OwnerDesk, type Placement, solveOwner } from '../pipeline/owners.js'
import { makePlan, type Plan, type TracedChain, traceChains } from '../pipeline/plan.js'
import { askedServers, preflight } from '../pipeline/preflight.js'
import { RecordLedger, recordsFor, removeRecords } from '../pipeline/records.js'
import { summaryMarkdown } from '../pipeline/summary.js'
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
  const dns = new Resolver(config.resolvers, { ipv6: options.ipv6 ?? ipv6FromEnv(options.env) })
  // The CNAME questions go out first: their answers travel while the provider's and the ACME code load.
  const tracing = traceChains(config.names, dns)
  tracing.catch(() => {})
  // Loaded only now: a run that renews nothing never pays for the ACME client.
  const acme = import('../acme/index.js')
  acme.catch(() => {})
  const provider = createProvider(config.provider.id, {
    env: options.env,
    host,
    resolvers: config.resolvers,
  })
  provider.catch(() => {})
  const account = accountKeyFor(config, host, renewal)
  // The directory and a first nonce are fetched while the CNAMEs and CAA are checked; the account is asked for only
  // once every check has passed, so a run that stops at them registers no account (a CA limits new accounts per
  // address). A failed check closes the session at once: no request to the CA outlives the run.
  const session = Promise.all([acme, account.key]).then(([{ AcmeSession }, key]) => {
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
    openAccount: async (connected) => {
      await connected.openAccount()
      host.info(`ACME account: ${connected.accountUrl}`)
    },
    account: account.kept,
    desk: new OwnerDesk({ dns, stage, log: (m) => host.info(m) }),
    ledger: new RecordLedger((name, value) => host.saveState(name, value)),
  })
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

/** What the certificates of one run share: DNS, the provider, the ACME session, the owners' room, the state. */
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
  const { dns } = run
  // CAA is a best-effort check: read beside the rest, judged once the CA's identities are known
  const caa = new CaaReader(dns)
  caa.prefetch(config.names)
  const [plan, session, provider] = await Promise.all([
    run.tracing.then(async (traced) => {
      for (const t of traced)
        stage(`CNAME: ${t.names.map((n) => n.name).join(', ')}: ${t.chain.join(' -> ')}`)
      const checked = preflight(traced)
      for (const note of checked.notes) host.info(note)
      for (const warning of checked.warnings) host.warning(warning)
      stage(
        `CNAME check: every authoritative server of every zone on the chain publishes the same CNAME: ${askedServers(traced)}`,
      )
      return makePlan(traced, config.alias, dns)
    }),
    run.session,
    run.provider,
    // CAA, with the identities of the directory the session reads
    run.session.then(async (connected) =>
      caaPreflight(config, caa, await caIdentities(config, connected), (m) => host.warning(m)),
    ),
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
    // Last before the order: a destination that must change to take the certificate changes only when the rest
    // of the setup holds.
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
  run.ledger.add(ledgerKey, config.provider.id, records)
  let bundle: CertificateBundle & { issuer: string }
  const batches = new Map<string, number>()
  let clean = false
  try {
    await solveChallenges(config, host, stage, { run, provider, session, plan, challenges, batches })
    clean = true
    stage('Validation: the CA validated every challenge')
    const issued = await session.finalize(order, await certificateKey)
    maskPem(host, issued.privateKey)
    // The files first, before anything else can fail: a certificate once issued is never lost.
    const files = await writeCertificateFiles(config.outputDir, issued)
    stage(`Files: ${config.outputDir}`)
    bundle = certificateBundle(config, issued, files, await run.account)
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
  return { plan, bundle, report, batches, hookFailed, ...(renewAfter === undefined ? {} : { renewAfter }) }
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

/** The run failed before delivering: what the destinations changed for it goes back as it was found. */
async function undoPreparations(prepared: Prepared, host: Host): Promise<void> {
  for (const line of await prepared.undo()) host.warning(`Put back (${line})`)
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
  const keeps = config.stores.some((s) => s.module.id === 'vault' || s.module.id === 'github-secrets')
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
