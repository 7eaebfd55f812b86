// decide: before any account, order or DNS write, find the certificate in use and whether it is due.

import { CaDirectory } from '../acme/ari.js'
import type { Config } from '../config/index.js'
import { type Host, maskPem } from '../host.js'
import type { CertificateFacts } from '../pki/certificate.js'
import type { StoreContext } from '../stores/types.js'
import { type Current, findCurrent } from './current.js'
import { type Decision, decide, iso, type RenewalWindow } from './decide.js'

export interface Renewal {
  readonly decision: Decision
  readonly current?: Current
  /** Every certificate the sources hold, and the destinations that answered (see Found). */
  readonly candidates: readonly Current[]
  readonly answered: readonly string[]
  readonly window?: RenewalWindow
  /**
   * certID for the order's `replaces` when the new certificate renews the current one: from the certificate
   * itself, so a renewalInfo read that failed does not cost the renewal its place (the session sends it when the
   * CA's directory offers ARI).
   */
  readonly replaces?: string
  /** The ACME account key an earlier run kept in a destination. */
  readonly accountKey?: string
  readonly ca: CaDirectory
}

/**
 * @param ca the CA's directory, shared when many certificates are decided at once (mode: plan), so that the
 *   directory is fetched once per CA, not once per certificate
 */
export async function decideRenewal(
  config: Config,
  host: Host,
  context: StoreContext,
  ca: CaDirectory = new CaDirectory(config.directoryUrl, context.transport, context.env),
): Promise<Renewal> {
  const found = await findCurrent(config, context)
  for (const warning of found.warnings) host.warning(`Current certificate: ${warning}`)
  if (found.unreadable !== undefined) {
    host.warning(`The current certificate could not be read (${found.unreadable}); a new one is issued.`)
  }
  const current = found.current
  if (current?.privateKey !== undefined) maskPem(host, current.privateKey)
  if (found.accountKey !== undefined) maskPem(host, found.accountKey)

  let window: RenewalWindow | undefined
  let replaces: string | undefined
  if (current !== undefined) {
    const { facts } = current
    host.info(
      `Current certificate (${current.source}): ${facts.names.join(', ')}; serial ${facts.serial}; valid until ${iso(facts.notAfter)}`,
    )
    const overlap = facts.names.some((n) => config.names.some((c) => c.name === n))
    if (overlap) replaces = facts.certId
    else {
      host.warning(
        `${current.source} holds a certificate for ${facts.names.join(', ')}, which shares no name with \`domain\` ` +
          `(${config.names.map((c) => c.name).join(', ')}): another step keeps its certificate in the same place. ` +
          'Give each domain its own (`secret_prefix`, `vault_path`, `aws_secret_name`, ...): the next delivery ' +
          'replaces that one',
      )
    }
    const answer = await ca.renewalWindow(facts.certId)
    if (answer.kind === 'window') {
      window = answer.window
      host.info(
        `Renewal information from the CA: window ${iso(window.start)} to ${iso(window.end)}${
          window.explanationUrl ? `; the CA explains: ${window.explanationUrl}` : ''
        }`,
      )
    } else if (answer.kind === 'problem') {
      host.warning(
        `Renewal information (ARI): ${answer.problem}; deciding by the certificate's lifetime instead.`,
      )
    }
  }
  const decision = decide({
    now: new Date(),
    names: config.names.map((n) => n.name),
    keyType: config.keyType,
    force: config.force,
    current: current?.facts,
    unreadable: found.unreadable,
    window,
    checkIntervalMs: config.checkIntervalMs,
    renewBeforeMs: config.renewBeforeMs,
  })
  host.info(`Decision: ${decision.due ? 'issue' : 'keep the current certificate'}: ${decision.reason}`)
  return {
    decision,
    current,
    candidates: found.candidates,
    answered: found.answered,
    window,
    replaces,
    accountKey: found.accountKey,
    ca,
  }
}

/** When the next run renews a certificate just issued: its ARI window, or the lifetime rule. */
export async function renewAfterIssued(
  config: Config,
  ca: CaDirectory,
  facts: CertificateFacts,
): Promise<Date | undefined> {
  const answer = await ca.renewalWindow(facts.certId)
  return decide({
    now: new Date(),
    names: facts.names,
    keyType: facts.keyType,
    force: false,
    current: facts,
    window: answer.kind === 'window' ? answer.window : undefined,
    checkIntervalMs: config.checkIntervalMs,
    renewBeforeMs: config.renewBeforeMs,
  }).renewAfter
}
