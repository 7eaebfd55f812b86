// The pipeline of the design, stage by stage: config -> plan -> preflight -> write -> propagate ->
// validate and finalize -> deliver -> cleanup.
import { X509Certificate } from 'node:crypto'
import { AcmeSession, type Issued, makePrivateKey } from './acme/index.js'
import type { Config } from './config/index.js'
import { Resolver } from './dns/resolver.js'
import type { Host } from './host.js'
import { makePlan, traceChains } from './plan.js'
import { preflight } from './preflight.js'
import { waitForPropagation } from './propagate.js'
import { createProvider } from './providers/index.js'
import { recordsFor, removeRecords, STATE_PROVIDER, STATE_RECORDS, writeRecords } from './records.js'
import { deliverAll, deliveryError } from './stores/deliver.js'
import { type CertificateFiles, writeCertificateFiles } from './stores/files/index.js'
import type { CertificateBundle, StoreContext } from './stores/types.js'
import { summaryMarkdown } from './summary.js'

export interface IssueOptions {
  readonly env: Readonly<Record<string, string | undefined>>
  /** The runner's artifact service, brought by the adapter (the core does not import @actions/*). */
  readonly artifactUploader?: StoreContext['artifactUploader']
  /** For tests: pretend the machine has (or lacks) IPv6. */
  readonly ipv6?: boolean
}

export async function issue(config: Config, host: Host, options: IssueOptions): Promise<void> {
  const started = Date.now()
  const stage = (message: string) => host.info(`[${((Date.now() - started) / 1000).toFixed(2)} s] ${message}`)
  const dns = new Resolver(config.resolvers, { ipv6: options.ipv6 })
  const provider = createProvider(config.provider.id, { env: options.env, host, resolvers: config.resolvers })
  const accountKey = config.accountKey ?? makePrivateKey('ec-p256')
  if (config.accountKey === undefined) {
    host.info('No account_key given: a new ACME account key is made for this run.')
  }

  // The account is opened while the CNAMEs are checked; the order waits until every master agrees.
  const [plan, session] = await Promise.all([
    traceChains(config.names, dns).then(async (traced) => {
      for (const t of traced)
        stage(`CNAME: ${t.names.map((n) => n.name).join(', ')}: ${t.chain.join(' -> ')}`)
      await preflight(traced, dns)
      stage('CNAME check: every authoritative server of every zone on the chain publishes the same CNAME')
      return makePlan(traced, config.alias, dns)
    }),
    Promise.resolve(accountKey).then((key) => AcmeSession.open(config, key, (m) => host.debug(m))),
  ])

  const { order, challenges } = await session.order()
  stage(`Order created at ${config.acmeServer}: ${challenges.length} challenge(s) to solve`)
  const certificateKey = makePrivateKey(config.keyType)
  const records = recordsFor(plan, challenges)
  // Saved before writing: a crash mid-write still leaves the post step a list to clean up.
  host.saveState(STATE_PROVIDER, config.provider.id)
  host.saveState(STATE_RECORDS, JSON.stringify(records))
  let bundle: CertificateBundle & { issuer: string }
  try {
    await writeRecords(provider, records)
    for (const r of records) stage(`TXT written: ${r.owner} (zone ${r.zone}): ${r.values.length} value(s)`)
    await waitForPropagation(records, dns, { timeoutMs: config.propagationTimeoutMs })
    stage('Propagation: every authoritative server of each alias zone serves every value')
    await session.validate(challenges)
    stage('Validation: the CA validated every challenge')
    const issued = await session.finalize(order, await certificateKey)
    // whole and line by line, but not the BEGIN/END lines, which are no secret and would blank other PEMs
    host.mask(issued.privateKey)
    for (const line of issued.privateKey.split('\n'))
      if (line !== '' && !line.startsWith('-----')) host.mask(line)
    // The files first, before anything else can fail: a certificate once issued is never lost.
    const files = await writeCertificateFiles(config.outputDir, issued)
    stage(`Files: ${config.outputDir}`)
    bundle = certificateBundle(config, issued, files)
  } finally {
    if (await removeRecords(provider, records, (m) => host.warning(m))) {
      host.saveState(STATE_RECORDS, '[]')
      stage('Cleanup: removed the values this run wrote')
    }
  }

  host.setOutput('certificate_path', bundle.files.certificatePath)
  host.setOutput('private_key_path', bundle.files.privateKeyPath)
  host.setOutput('fullchain_path', bundle.files.fullchainPath)
  host.setOutput('chain_path', bundle.files.chainPath)
  host.setOutput('not_after', bundle.notAfter)
  host.setOutput('serial', bundle.serial)
  host.setOutput('domains', bundle.names.join(','))
  host.setOutput('issued', 'true')

  const stores = config.stores.map((selected) =>
    selected.module.create(selected.options, {
      host,
      env: options.env,
      artifactUploader: options.artifactUploader,
    }),
  )
  const report = await deliverAll(stores, bundle)
  for (const { delivery } of report.delivered) {
    for (const [name, value] of Object.entries(delivery.outputs ?? {})) host.setOutput(name, value)
  }
  for (const d of report.delivered) stage(`Delivered (${d.store}): ${d.delivery.destination}`)
  for (const f of report.failed) host.warning(`Not delivered (${f.store}): ${f.error}`)
  await host.summary(summaryMarkdown({ plan, issuer: bundle.issuer, bundle, report }))
  if (report.failed.length > 0) throw deliveryError(report)
}

function certificateBundle(
  config: Config,
  issued: Issued,
  files: CertificateFiles,
): CertificateBundle & { issuer: string } {
  const x509 = new X509Certificate(issued.certificate)
  return {
    names: config.names.map((n) => n.name),
    certificate: issued.certificate,
    chain: issued.chain,
    fullchain: issued.fullchain,
    privateKey: issued.privateKey,
    notAfter: new Date(x509.validTo).toISOString(),
    serial: x509.serialNumber.toLowerCase(),
    issuer: x509.issuer.replace(/\n/g, ', '),
    files: { directory: config.outputDir, ...files },
  }
}
