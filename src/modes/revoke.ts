// mode: revoke: find the certificate in use, revoke it at the CA, then remove what certalias stored for it.
// Idempotent: a second run finds nothing and succeeds with revoked=false.
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { type Config, REVOKE_REASONS } from '../config/index.js'
import { type Host, maskPem } from '../host.js'
import { certificateFacts } from '../pki/certificate.js'
import { findCurrent } from '../renewal/current.js'
import { iso, nameChanges } from '../renewal/decide.js'
import type { StoreContext } from '../stores/types.js'
import { markdownText } from '../text.js'

const REASON_NAMES: Readonly<Record<number, string>> = {
  0: 'unspecified',
  1: 'keyCompromise',
  4: 'superseded',
  5: 'cessationOfOperation',
}

/** What the files destination writes: removed when they hold the revoked certificate. */
const FILES = ['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem', 'cert.pfx']

export async function revoke(config: Config, host: Host, context: StoreContext): Promise<void> {
  const found = await findCurrent(config, context)
  for (const warning of found.warnings) host.warning(`Current certificate: ${warning}`)
  if (found.unreadable !== undefined) {
    throw new Error(`Nothing was revoked: the current certificate could not be read (${found.unreadable})`)
  }
  if (found.accountKey !== undefined) maskPem(host, found.accountKey)
  // Only a certificate of this step's domain: the same place may hold another step's (a shared secret_prefix or
  // vault_path, a TLS server's wildcard or default certificate), and that one is not this step's to revoke.
  const wanted = config.names.map((n) => n.name)
  const ours = found.candidates.filter((c) => nameChanges(wanted, c.facts.names) === undefined)
  const current = ours[0]
  if (current === undefined && found.candidates.length > 0) {
    const what = found.candidates
      .map((c) => `${c.source} holds ${c.facts.names.join(', ')} (serial ${c.facts.serial})`)
      .join('; ')
    host.warning(
      `Nothing revoked or removed: ${what}, not ${wanted.join(', ')} (\`domain\`). Another step may keep its ` +
        'certificate in the same place: give each domain its own (`secret_prefix`, `vault_path`, ...), and revoke ' +
        "this domain's certificate where it is",
    )
    host.setOutput('revoked', 'false')
    await host.summary(
      `## certalias: nothing revoked\n\nThe certificate found is not for ${wanted.join(', ')}: ${what}.\n`,
    )
    return
  }
  if (current === undefined) {
    host.setOutput('revoked', 'false')
    host.info(
      'Nothing to revoke: no certificate is left where this step looks (a re-run after an earlier revoke)',
    )
    await host.summary('## certalias: nothing to revoke\n\nNo certificate was left where this step looks.\n')
    return
  }
  const { facts } = current
  if (current.privateKey !== undefined) maskPem(host, current.privateKey)
  host.info(
    `Current certificate (${current.source}): ${facts.names.join(', ')}; serial ${facts.serial}; valid until ${iso(facts.notAfter)}`,
  )
  host.setOutput('serial', facts.serial)
  host.setOutput('domains', facts.names.join(','))
  host.setOutput('not_after', facts.notAfter.toISOString())

  let outcome: 'revoked' | 'already' | 'expired'
  if (facts.notAfter.getTime() <= Date.now()) {
    outcome = 'expired'
    host.info(`Not revoked: it expired on ${iso(facts.notAfter)}, and a CA revokes only valid certificates`)
  } else {
    const signer = signerFor(config, found.accountKey, current.privateKey, (m) => host.warning(m))
    // Loaded only now: finding nothing to revoke never pays for the ACME client.
    const { revokeAtCa } = await import('../acme/revoke.js')
    outcome = await revokeAtCa(
      config.directoryUrl,
      { certificate: current.certificate, ...signer, reason: config.revokeReason },
      { debug: (m) => host.debug(m), env: context.env },
    )
    const reason = REASON_NAMES[config.revokeReason] ?? String(config.revokeReason)
    host.info(
      outcome === 'revoked'
        ? `Revoked at ${config.acmeServer} (reason ${reason}, signed by the ${signer.signedBy === 'account' ? 'account key' : "certificate's own key"})`
        : `Already revoked at ${config.acmeServer}: nothing more to do there`,
    )
  }

  const removed: string[] = []
  const left: string[] = []
  const failed: string[] = []
  const revoked = { serial: facts.serial, names: facts.names }
  await Promise.all(
    config.stores.map(async ({ module, options }) => {
      if (module.remove === undefined) return
      try {
        const removal = await module.remove(options, context, revoked)
        if (removal !== undefined && 'removed' in removal) removed.push(`${module.id}: ${removal.removed}`)
        if (removal !== undefined && 'left' in removal) left.push(`${module.id}: ${removal.left}`)
      } catch (error) {
        failed.push(`${module.id}: ${(error as Error).message}`)
      }
    }),
  )
  const files = await removeFiles(config.outputDir, facts.serial)
  if (files !== undefined) removed.push(`files: ${files}`)
  for (const line of removed) host.info(`Removed (${line})`)
  for (const line of left) host.warning(`Not removed (${line})`)
  host.setOutput('revoked', String(outcome === 'revoked'))
  await host.summary(
    [
      `## certalias: ${outcome === 'revoked' ? 'certificate revoked' : 'certificate removed'}`,
      '',
      `**Certificate:** ${markdownText(facts.names.join(', '))}, serial ${facts.serial}, valid until ${iso(facts.notAfter)}  `,
      `**At the CA:** ${outcome === 'revoked' ? 'revoked now' : outcome === 'already' ? 'already revoked' : 'expired, not revoked'}  `,
      `**Removed:** ${removed.length > 0 ? markdownText(removed.join('; ')) : 'nothing was stored'}  `,
      ...(left.length > 0 ? [`**Left in place:** ${markdownText(left.join('; '))}`] : []),
      '',
    ].join('\n'),
  )
  if (failed.length > 0) {
    throw new Error(
      [
        `The certificate is ${outcome === 'revoked' ? 'revoked' : 'no longer valid'}, but not every copy was removed (run again to retry):`,
        ...failed.map((f) => `  FAILED ${f}`),
      ].join('\n'),
    )
  }
}

/**
 * The key that signs the revocation: the account that ordered it, else the certificate's own key when the
 * store holds it (RFC 8555 section 7.6 allows both). For keyCompromise the certificate's own key first: a CA
 * blocks a key from later certificates only when a request signed by it proves the compromise.
 */
function signerFor(
  config: Config,
  keptAccountKey: string | undefined,
  certificateKey: string | undefined,
  warning: (message: string) => void,
): { key: string; signedBy: 'account' | 'certificate' } {
  const accountKey = config.accountKey ?? keptAccountKey
  if (config.revokeReason === REVOKE_REASONS.keyCompromise) {
    if (certificateKey !== undefined) return { key: certificateKey, signedBy: 'certificate' }
    if (accountKey !== undefined) {
      warning(
        "keyCompromise: the certificate's key is not where this step reads it (vault, or files in output_dir), so the revocation is signed by the account: the CA revokes the certificate but may not block the key from new certificates",
      )
    }
  }
  if (accountKey !== undefined) return { key: accountKey, signedBy: 'account' }
  if (certificateKey !== undefined) return { key: certificateKey, signedBy: 'certificate' }
  throw new Error(
    'Nothing was revoked: no key may sign the revocation. Give `account_key` (the ACME account that ordered the ' +
      "certificate), or keep the certificate's key where this step reads it (vault, or files in output_dir)",
  )
}

/** The PEM set in output_dir, when its cert.pem is the revoked certificate (a newer one is left alone). */
async function removeFiles(dir: string, serial: string): Promise<string | undefined> {
  const pem = await readFile(join(dir, 'cert.pem'), 'utf8').catch(() => undefined)
  if (pem === undefined) return undefined
  try {
    if (certificateFacts(pem).serial !== serial) return undefined
  } catch {
    return undefined
  }
  await Promise.all(FILES.map((name) => rm(join(dir, name), { force: true })))
  return `${dir}: ${FILES.join(', ')}`
}
