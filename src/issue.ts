// The pipeline of the design, stage by stage: config -> decide -> plan -> preflight -> write -> propagate ->
// validate and finalize -> deliver -> cleanup.
import type { Issued } from './acme/index.js'
import { type BatchRun, ownerWork, roomAt, solveOwner } from './batches.js'
import { caaPreflight, caIdentities } from './caa.js'
import type { Config } from './config/index.js'
import { ipv6FromEnv, Resolver } from './dns/resolver.js'
import { type Host, maskPem } from './host.js'
import { makePrivateKey } from './keys.js'
import { makePlan, traceChains } from './plan.js'
import { preflight } from './preflight.js'
import { waitForPropagation } from './propagate.js'
import { createProvider } from './providers/index.js'
import { recordsFor, removeRecords, STATE_PROVIDER, STATE_RECORDS, writeRecords } from './records.js'
import { certificateFacts, pemCertificates } from './renewal/certificate.js'
import { decideRenewal, type Renewal, renewAfterIssued } from './renewal/index.js'
import { revoke } from './revoke.js'
import { deliverAll, deliveryError } from './stores/deliver.js'
import { type CertificateFiles, filesStore, writeCertificateFiles } from './stores/files/index.js'
import type { CertificateBundle, StoreContext } from './stores/types.js'
import { keptSummary, summaryMarkdown } from './summary.js'

export interface IssueOptions {
  readonly env: Readonly<Record<string, string | undefined>>
  /** The runner's artifact service, brought by the adapter (the core does not import @actions/*). */
  readonly artifactUploader?: StoreContext['artifactUploader']
  /** GitHub's REST API, brought by the adapter. */
  readonly github?: StoreContext['github']
  /** For tests: pretend the machine has (or lacks) IPv6. */
  readonly ipv6?: boolean
}

/** Decide, then issue when due or hand on the certificate in use when not. */
export async function run(config: Config, host: Host, options: IssueOptions): Promise<void> {
  const context: StoreContext = {
    host,
    env: options.env,
    artifactUploader: options.artifactUploader,
    github: options.github,
  }
  if (config.mode === 'revoke') return revoke(config, host, context)
  if (config.mode === 'check') return (await import('./check.js')).check(config, host, { env: options.env })
  const started = Date.now()
  const stage: Stage = (message) => host.info(`[${((Date.now() - started) / 1000).toFixed(2)} s] ${message}`)
  const renewal = await decideRenewal(config, host, context)
  host.setOutput('reason', renewal.decision.reason)
  if (renewal.decision.due) await issue(config, host, options, context, renewal, stage)
  else await keepCurrent(config, host, context, renewal, stage)
}

/** A line of the log with the pipeline's clock in front. */
type Stage = (message: string) => void

/** Not due: the outputs (and, when the source holds the key, the files) describe the certificate in use. */
async function keepCurrent(
  config: Config,
  host: Host,
  context: StoreContext,
  renewal: Renewal,
  stage: Stage,
): Promise<void> {
  const current = renewal.current
  if (current === undefined) throw new Error('nothing to keep: no current certificate')
  const { facts } = current
  // a PEM given or read may be the leaf alone or the leaf and its chain
  const [leaf = '', ...rest] = pemCertificates(current.certificate)
  const chain = current.chain ?? rest.join('')
  const fullchain = `${leaf}${chain}`
  let files: CertificateBundle['files'] | undefined
  if (current.privateKey !== undefined) {
    const written = await writeCertificateFiles(config.outputDir, {
      certificate: leaf,
      chain,
      fullchain,
      privateKey: current.privateKey,
    })
    files = { directory: config.outputDir, ...written }
  }
  setCertificateOutputs(host, {
    names: facts.names,
    notAfter: facts.notAfter.toISOString(),
    serial: facts.serial,
    fullchain,
    files,
    issued: false,
    renewAfter: renewal.decision.renewAfter,
  })
  if (files !== undefined && current.privateKey !== undefined) {
    // the files destination also makes cert.pfx when asked: a deploy step finds the same files either way
    const selected = config.stores.find((s) => s.module.id === filesStore.id)
    const delivery = await filesStore.create((selected?.options ?? {}) as never, context).deliver({
      names: facts.names,
      certificate: leaf,
      chain,
      fullchain,
      privateKey: current.privateKey,
      notAfter: facts.notAfter.toISOString(),
      serial: facts.serial,
      files,
    })
    for (const [name, value] of Object.entries(delivery.outputs ?? {})) host.setOutput(name, value)
    stage(`Files: ${config.outputDir} (from ${current.source})`)
  } else {
    stage(`No file outputs: ${current.source} holds no private key for this certificate`)
  }
  await host.summary(keptSummary({ renewal, current, files }))
}

async function issue(
  config: Config,
  host: Host,
  options: IssueOptions,
  context: StoreContext,
  renewal: Renewal,
  stage: Stage,
): Promise<void> {
  const dns = new Resolver(config.resolvers, { ipv6: options.ipv6 ?? ipv6FromEnv(options.env) })
  // The CNAME questions go out first: their answers travel while the provider's and the ACME code load. Both
  // are awaited below; until then a failure is held, not reported as unhandled.
  const tracing = traceChains(config.names, dns)
  tracing.catch(() => {})
  // Loaded only now: a run that renews nothing never pays for the ACME client.
  const acme = import('./acme/index.js')
  acme.catch(() => {})
  const provider = await createProvider(config.provider.id, {
    env: options.env,
    host,
    resolvers: config.resolvers,
  })
  const account = accountKeyFor(config, host, renewal)

  // The account is opened while the CNAMEs are checked; the order waits until every master agrees. A failed
  // check stops the opening at once: no request to the CA outlives the run.
  const opening = new AbortController()
  const [plan, session] = await Promise.all([
    tracing.then(async (traced) => {
      for (const t of traced)
        stage(`CNAME: ${t.names.map((n) => n.name).join(', ')}: ${t.chain.join(' -> ')}`)
      for (const warning of preflight(traced).warnings) host.warning(warning)
      stage('CNAME check: every authoritative server of every zone on the chain publishes the same CNAME')
      return makePlan(traced, config.alias, dns)
    }),
    Promise.all([acme, account.key]).then(async ([{ AcmeSession }, key]) => {
      const opened = await AcmeSession.open(config, key, {
        debug: (m) => host.debug(m),
        warning: (m) => host.warning(m),
        signal: opening.signal,
        env: options.env,
        directory: renewal.ca.read,
      })
      // read once: the renewal time of the new certificate is asked of the same directory
      renewal.ca.adopt(opened.directory())
      host.info(`ACME account: ${opened.accountUrl}`)
      return opened
    }),
  ]).catch((error: unknown) => {
    opening.abort(error)
    throw error
  })

  // CAA, with the identities of the directory the session has read: no request of its own, and nothing left
  // running when the CNAME check has already failed. A failure from here on closes the session, so that no
  // connection to the CA keeps the process alive.
  const { order, challenges } = await (async () => {
    await caaPreflight(config, dns, await caIdentities(config, session), (m) => host.warning(m))
    return session.order(renewal.replaces, (why) =>
      host.warning(
        `The CA refused the order as a replacement of ${renewal.replaces} (${why}); ordering without it`,
      ),
    )
  })().catch((error: unknown) => {
    session.close()
    throw error
  })
  stage(
    `Order created at ${config.acmeServer}${renewal.replaces ? ` (replaces ${renewal.replaces})` : ''}: ${challenges.length} challenge(s) to solve`,
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
      await waitForPropagation(records, dns, {
        timeoutMs: config.propagationTimeoutMs,
        log: (m) => host.info(m),
      })
      stage('Propagation: every authoritative server of each alias zone serves every value')
      await session.validate(challenges)
    } else {
      await Promise.all(work.map(async (w) => batches.set(w.owner, await solveOwner(w, run))))
      for (const [owner, count] of batches) host.info(`Batches: ${owner}: ${count}`)
    }
    stage('Validation: the CA validated every challenge')
    const issued = await session.finalize(order, await certificateKey)
    maskPem(host, issued.privateKey)
    // The files first, before anything else can fail: a certificate once issued is never lost.
    const files = await writeCertificateFiles(config.outputDir, issued)
    stage(`Files: ${config.outputDir}`)
    bundle = certificateBundle(config, issued, files, await account.kept)
  } finally {
    session.close()
    if (await removeRecords(provider, records, (m) => host.warning(m))) {
      host.saveState(STATE_RECORDS, '[]')
      stage('Cleanup: removed the values this run wrote')
    }
  }

  const renewAfter = await renewAfterIssued(config, renewal.ca, certificateFacts(bundle.certificate))
  setCertificateOutputs(host, { ...bundle, fullchain: bundle.fullchain, issued: true, renewAfter })

  const stores = config.stores.map((selected) => selected.module.create(selected.options, context))
  const report = await deliverAll(stores, bundle)
  for (const { delivery } of report.delivered) {
    for (const [name, value] of Object.entries(delivery.outputs ?? {})) host.setOutput(name, value)
  }
  for (const d of report.delivered) stage(`Delivered (${d.store}): ${d.delivery.destination}`)
  for (const d of report.delivered) for (const note of d.delivery.notes ?? []) host.info(note)
  for (const f of report.failed) host.warning(`Not delivered (${f.store}): ${f.error}`)
  await host.summary(
    summaryMarkdown({ plan, issuer: bundle.issuer, bundle, report, renewal, renewAfter, batches }),
  )
  if (report.failed.length > 0) throw deliveryError(report)
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
function accountKeyFor(
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

interface CertificateOutputs {
  readonly names: readonly string[]
  readonly notAfter: string
  readonly serial: string
  readonly fullchain: string
  readonly files?: CertificateBundle['files']
  readonly issued: boolean
  readonly renewAfter?: Date
}

/** The outputs both ways end with: a later step works the same whether this run issued or kept. */
function setCertificateOutputs(host: Host, out: CertificateOutputs): void {
  if (out.files !== undefined) {
    host.setOutput('certificate_path', out.files.certificatePath)
    host.setOutput('private_key_path', out.files.privateKeyPath)
    host.setOutput('fullchain_path', out.files.fullchainPath)
    host.setOutput('chain_path', out.files.chainPath)
  }
  host.setOutput('not_after', out.notAfter)
  host.setOutput('serial', out.serial)
  host.setOutput('domains', out.names.join(','))
  host.setOutput('certificate', out.fullchain)
  host.setOutput('issued', String(out.issued))
  if (out.renewAfter !== undefined) host.setOutput('renew_after', out.renewAfter.toISOString())
}
