// A certificate is due: plan -> preflight -> write -> propagate -> validate and finalize -> deliver -> cleanup.
// Loaded by issue.ts once the decision is to issue.
import type { AcmeOrder, AcmeSession, Issued, Order } from '../acme/index.js'
import { type Config, KEEPS_ACCOUNT } from '../config/index.js'
import { ipv6FromEnv, Resolver } from '../dns/resolver.js'
import { type Host, maskPem } from '../host.js'
import type { CertName } from '../names/index.js'
import { type BatchRun, ownerWork, roomAt, solveOwner } from '../pipeline/batches.js'
import { CaaReader, caaPreflight, caIdentities } from '../pipeline/caa.js'
import { hookEnvironment, runDeployHook } from '../pipeline/deploy-hook.js'
import { makePlan, type Plan, type TracedChain, traceChains } from '../pipeline/plan.js'
import { askedServers, preflight } from '../pipeline/preflight.js'
import { waitForPropagation } from '../pipeline/propagate.js'
import {
  recordsFor,
  removeRecords,
  STATE_PROVIDER,
  STATE_RECORDS,
  writeRecords,
} from '../pipeline/records.js'
import { type SummaryFacts, summaryMarkdown } from '../pipeline/summary.js'
import { certificateFacts } from '../pki/certificate.js'
import { makePrivateKey } from '../pki/keys.js'
import { closeProvider, createProvider } from '../providers/index.js'
import { type Renewal, renewAfterIssued } from '../renewal/index.js'
import { deliverAll, deliveryError, type Prepared, prepareAll } from '../stores/deliver.js'
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
  if (config.provider === undefined) throw new Error('`dns_provider` is required with `challenge: dns-01`')
  const dns = new Resolver(config.resolvers, { ipv6: options.ipv6 ?? ipv6FromEnv(options.env) })
  // The CNAME questions go out first: their answers travel while the provider's and the ACME code load. Both
  // are awaited below; until then a failure is held, not reported as unhandled.
  const tracing = traceChains(config.names, dns)
  tracing.catch(() => {})
  // CAA is a best-effort check: read beside the rest, judged once the CA's identities are known
  const caa = new CaaReader(dns)
  caa.prefetch(config.names)
  // Loaded only now: a run that renews nothing never pays for the ACME client.
  const acme = import('../acme/index.js')
  acme.catch(() => {})
  const provider = await createProvider(config.provider.id, {
    env: options.env,
    host,
    resolvers: config.resolvers,
  })
  const account = accountKeyFor(config, host, renewal)

  const issuing = { config, host, options, renewal, dns, stage }
  const { plan, session, caaAwaiting } = await checkWhileConnecting(issuing, tracing, acme, account.key, caa)

  // A failure from here on closes the session, so that no connection to the CA keeps the process alive.
  const { order, challenges, prepared } = await (async () => {
    await openAccount(issuing, session, caaAwaiting)
    return preparedOrder(issuing, context, session)
  })().catch((error: unknown) => {
    session.close()
    throw error
  })
  stage(
    `Order created at ${config.acmeServer}${order.request.replaces ? ` (replaces ${order.request.replaces})` : ''}: ${challenges.length} challenge(s) to solve`,
  )
  const certificateKey = makePrivateKey(config.keyType)
  const records = recordsFor(plan, challenges)
  // Saved before writing: a crash mid-write still leaves the post step a list to clean up.
  host.saveState(STATE_PROVIDER, config.provider.id)
  host.saveState(STATE_RECORDS, JSON.stringify(records))
  let bundle: CertificateBundle & { issuer: string }
  const batches = new Map<string, number>()
  try {
    const work = ownerWork(plan, challenges)
    const run: BatchRun = {
      provider,
      dns,
      validate: (batch) => session.validate(batch),
      size: config.txtBatchSize,
      timeoutMs: config.propagationTimeoutMs,
      stage,
      log: (m) => host.info(m),
    }
    const rooms = await Promise.all(
      work.map((w) => roomAt(w, run, new Set(w.challenges.map((c) => c.value)))),
    )
    if (work.every((w, i) => w.challenges.length <= (rooms[i] as number))) {
      // every owner's values fit in one answer: one write each, one wait, the whole order validated at once
      await writeRecords(provider, records)
      for (const r of records) stage(`TXT written: ${r.owner} (zone ${r.zone}): ${r.values.length} value(s)`)
      // the detail of a wait (which server lacks what, while it lasts) folded; the outcome a line of its own
      const waited = await host.group(
        'Propagation: asking every authoritative server of each alias zone',
        () =>
          waitForPropagation(records, dns, {
            timeoutMs: config.propagationTimeoutMs,
            log: (m) => host.info(m),
          }),
      )
      stage(`Propagation: every authoritative server of each alias zone serves every value: ${waited}`)
      await session.validate(challenges)
    } else {
      await host.group(`Batches: ${work.length} owner(s), validated a batch at a time`, () =>
        Promise.all(work.map(async (w) => batches.set(w.owner, await solveOwner(w, run)))),
      )
      for (const [owner, count] of batches) host.info(`Batches: ${owner}: ${count}`)
    }
    stage('Validation: the CA validated every challenge')
    bundle = await finalizeToFiles(issuing, session, order, certificateKey, account.kept)
  } catch (error) {
    await undoPreparations(prepared, host)
    throw error
  } finally {
    session.close()
    if (await removeRecords(provider, records, (m) => host.warning(m))) {
      host.saveState(STATE_RECORDS, '[]')
      stage('Cleanup: removed the values this run wrote')
    }
    await closeProvider(provider, (m) => host.warning(m))
  }

  const renewAfter = await renewAfterIssued(config, renewal.ca, certificateFacts(bundle.certificate))
  await deliverIssued(issuing, context, bundle, { plan, renewal, renewAfter, batches })
}

/**
 * The certificate issued (its files written): the outputs, every destination, the job summary, then the deploy
 * hook. A destination that fails fails the run, after the others have their certificate.
 */
export async function deliverIssued(
  issuing: { config: Config; host: Host; options: IssueOptions; stage: Stage },
  context: StoreContext,
  bundle: CertificateBundle & { issuer: string },
  facts: Omit<SummaryFacts, 'issuer' | 'bundle' | 'report'>,
): Promise<void> {
  const { config, host, options, stage } = issuing
  const { renewAfter } = facts
  setCertificateOutputs(host, { ...bundle, fullchain: bundle.fullchain, issued: true, renewAfter })

  const stores = config.stores.map((selected) => selected.module.create(selected.options, context))
  const report = await host.group(`Delivery: ${config.stores.map((s) => s.module.id).join(', ')}`, () =>
    deliverAll(stores, bundle),
  )
  for (const { delivery } of report.delivered) {
    for (const [name, value] of Object.entries(delivery.outputs ?? {})) host.setOutput(name, value)
  }
  for (const d of report.delivered) stage(`Delivered (${d.store}): ${d.delivery.destination}`)
  for (const d of report.delivered) for (const note of d.delivery.notes ?? []) host.info(note)
  for (const f of report.failed) host.warning(`Not delivered (${f.store}): ${f.error}`)
  await host.summary(summaryMarkdown({ ...facts, issuer: bundle.issuer, bundle, report }))
  // The hook runs once the certificate is stored, even where a destination failed: the files are there to deploy.
  const failures = report.failed.length > 0 ? [deliveryError(report)] : []
  if (config.deployHook !== undefined) {
    const pfxPath = report.delivered.find((d) => d.delivery.outputs?.pfx_path)?.delivery.outputs?.pfx_path
    const env = hookEnvironment(options.env, { ...bundle, ...(pfxPath === undefined ? {} : { pfxPath }) })
    await runDeployHook(config.deployHook, env, (line) => host.info(line)).then(
      () => stage('Deploy hook: done'),
      (error: Error) => failures.push(error),
    )
  }
  if (failures.length > 0)
    throw failures.length === 1 ? failures[0] : new Error(failures.map((e) => e.message).join('\n'))
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
    .order(renewal.replaces, (why) =>
      host.warning(
        `The CA refused the order as a replacement of ${renewal.replaces} (${why}); ordering without it`,
      ),
    )
    .catch(async (error: unknown) => {
      await undoPreparations(prepared, host)
      throw error
    })
  return { ...ordered, prepared }
}

/** The run failed before delivering: what the destinations changed for it goes back as it was found. */
export async function undoPreparations(prepared: Prepared, host: Host): Promise<void> {
  for (const line of await prepared.undo()) host.warning(`Put back (${line})`)
}

/** A CAA record that binds this CA to an account (RFC 8657 accounturi) waits for the account to be judged. */
export interface CaaAwaiting {
  readonly reader: CaaReader
  readonly identities: readonly string[]
  readonly names: readonly CertName[]
}

/**
 * The directory and a first nonce are fetched while the CNAMEs and CAA are checked; the account is asked for only
 * once every check has passed (openAccount), so a run that stops at them registers no account (a CA limits new
 * accounts per address). A failed check closes the session at once: no request to the CA outlives the run.
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
  const { config, host, options, renewal, dns, stage } = issuing
  const connecting = Promise.all([acme, accountKey]).then(([{ AcmeSession }, key]) => {
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
  const planning = tracing.then(async (traced) => {
    for (const t of traced) stage(`CNAME: ${t.names.map((n) => n.name).join(', ')}: ${t.chain.join(' -> ')}`)
    const checked = preflight(traced)
    for (const note of checked.notes) host.info(note)
    for (const warning of checked.warnings) host.warning(warning)
    stage(
      `CNAME check: every authoritative server of every zone on the chain publishes the same CNAME: ${askedServers(traced)}`,
    )
    return makePlan(traced, config.alias, dns)
  })
  // CAA, with the identities of the directory the session reads
  const caaChecked = connecting.then(async (connected): Promise<CaaAwaiting> => {
    const identities = await caIdentities(config, connected)
    const binding = { method: config.challenge }
    const names = await caaPreflight(config, caa, identities, (m) => host.warning(m), binding)
    return { reader: caa, identities, names }
  })
  const [plan, session, caaAwaiting] = await Promise.all([planning, connecting, caaChecked]).catch(
    (error: unknown) => {
      connecting.then((connected) => connected.close()).catch(() => {})
      throw error
    },
  )
  return { plan, session, caaAwaiting }
}

/** newAccount, then the CAA records that name an account judged with this one's URL. */
export async function openAccount(
  issuing: { config: Config; host: Host },
  session: AcmeSession,
  caa: CaaAwaiting,
): Promise<void> {
  const { config, host } = issuing
  await session.openAccount()
  host.info(`ACME account: ${session.accountUrl}`)
  if (caa.names.length === 0) return
  const binding = { method: config.challenge, accountUri: session.accountUrl }
  await caaPreflight(caa, caa.reader, caa.identities, (m) => host.warning(m), binding)
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
  const issued = await session.finalize(order, await certificateKey)
  maskPem(host, issued.privateKey)
  const files = await writeCertificateFiles(config.outputDir, issued)
  stage(`Files: ${config.outputDir}`)
  return certificateBundle(config, issued, files, await kept)
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
