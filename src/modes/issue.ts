// The pipeline of the design, stage by stage: config -> decide -> plan -> preflight -> write -> propagate ->
// validate and finalize -> deliver -> cleanup. This module decides; the stages from plan on are order.ts's
// (persist.ts's with dns-persist-01), loaded only when a certificate is due: a scheduled run that renews nothing
// never reads them.
import type { Config } from '../config/index.js'
import type { Host } from '../host.js'
import { keptSummary } from '../pipeline/summary.js'
import { pemCertificates } from '../pki/certificate.js'
import { decideRenewal, type Renewal } from '../renewal/index.js'
import { type DeliveryReport, deliverAll, deliveryError } from '../stores/deliver.js'
import { filesStore, writeCertificateFiles } from '../stores/files/index.js'
import type { CertificateBundle, StoreContext } from '../stores/types.js'
import { type IssueOptions, type Stage, setCertificateOutputs } from './step.js'

/** Decide, then issue when due or hand on the certificate in use when not. */
export async function run(config: Config, host: Host, options: IssueOptions): Promise<void> {
  const context: StoreContext = {
    host,
    env: options.env,
    artifactUploader: options.artifactUploader,
    github: options.github,
  }
  if (config.mode === 'revoke') return (await import('./revoke.js')).revoke(config, host, context)
  if (config.mode === 'check') return (await import('./check.js')).check(config, host, { env: options.env })
  const started = Date.now()
  const stage: Stage = (message) => host.info(`[${((Date.now() - started) / 1000).toFixed(2)} s] ${message}`)
  const renewal = await decideRenewal(config, host, context)
  host.setOutput('reason', renewal.decision.reason)
  if (!renewal.decision.due) await keepCurrent(config, host, context, renewal, stage)
  else if (config.challenge === 'dns-persist-01')
    await (await import('./persist.js')).issuePersist(config, host, options, context, renewal, stage)
  else await (await import('./order.js')).issue(config, host, options, context, renewal, stage)
}

/** Not due: the outputs (and, when the source holds the key, the files) describe the certificate in use. */
export async function keepCurrent(
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
  let catchUp: DeliveryReport | undefined
  if (files !== undefined && current.privateKey !== undefined) {
    const bundle: CertificateBundle = {
      names: facts.names,
      certificate: leaf,
      chain,
      fullchain,
      privateKey: current.privateKey,
      notAfter: facts.notAfter.toISOString(),
      serial: facts.serial,
      files,
    }
    // the files destination also makes cert.pfx when asked: a deploy step finds the same files either way
    const selected = config.stores.find((s) => s.module.id === filesStore.id)
    const delivery = await filesStore.create((selected?.options ?? {}) as never, context).deliver(bundle)
    for (const [name, value] of Object.entries(delivery.outputs ?? {})) host.setOutput(name, value)
    stage(`Files: ${config.outputDir} (from ${current.source})`)
    catchUp = await deliverWhereLacking(config, host, context, renewal, bundle)
  } else {
    stage(`No file outputs: ${current.source} holds no private key for this certificate`)
  }
  await host.summary(keptSummary({ renewal, current, files }))
  if (catchUp !== undefined && catchUp.failed.length > 0) throw deliveryError(catchUp)
}

/**
 * A chosen destination that does not hold the certificate in use (a delivery failed, or it was added to `store`
 * since) gets it now, though nothing is due: otherwise an ACM certificate in use would expire while another
 * destination holds its renewal. Only destinations that can say what they hold are checked.
 */
async function deliverWhereLacking(
  config: Config,
  host: Host,
  context: StoreContext,
  renewal: Renewal,
  bundle: CertificateBundle,
): Promise<DeliveryReport | undefined> {
  if (config.currentCertificate !== undefined) return undefined
  const answered = new Set(renewal.answered)
  const lacking = config.stores.filter(({ module }) => {
    if (!answered.has(module.id)) return false
    const held = renewal.candidates.find((c) => c.store === module.id)
    if (held !== undefined && !held.facts.names.some((n) => bundle.names.includes(n))) {
      // another step's certificate (a shared secret_prefix): not this run's to replace when nothing is due
      host.warning(
        `${held.source} holds a certificate for ${held.facts.names.join(', ')}, not for ${bundle.names.join(', ')}: ` +
          'left alone. Give each domain its own place (`secret_prefix`, `vault_path`, ...)',
      )
      return false
    }
    return held?.facts.serial !== bundle.serial
  })
  if (lacking.length === 0) return undefined
  const report = await deliverAll(
    lacking.map(({ module, options }) => module.create(options, context)),
    bundle,
  )
  for (const { store, delivery } of report.delivered) {
    host.info(
      `${store} lacks the current certificate (serial ${bundle.serial}): delivered it: ${delivery.destination}`,
    )
    for (const [name, value] of Object.entries(delivery.outputs ?? {})) host.setOutput(name, value)
    for (const note of delivery.notes ?? []) host.info(note)
  }
  for (const f of report.failed) {
    host.warning(
      `${f.store} lacks the current certificate (serial ${bundle.serial}), and delivering it failed: ${f.error}`,
    )
  }
  return report
}
