// What the modes of a step share: the options the adapter brings, the log line with the pipeline's clock, and
// the outputs a later step reads, set the same whether the certificate was issued or kept.
import type { SessionRequest } from '../acme/index.js'
import type { Config } from '../config/index.js'
import type { Host } from '../host.js'
import type { CertificateBundle, StoreContext } from '../stores/types.js'

export interface IssueOptions {
  readonly env: Readonly<Record<string, string | undefined>>
  /** The runner's artifact service, brought by the adapter (the core does not import @actions/*). */
  readonly artifactUploader?: StoreContext['artifactUploader']
  /** GitHub's REST API, brought by the adapter. */
  readonly github?: StoreContext['github']
  /** For tests: pretend the machine has (or lacks) IPv6. */
  readonly ipv6?: boolean
}

/** A line of the log with the pipeline's clock in front. */
export type Stage = (message: string) => void

export interface CertificateOutputs {
  readonly names: readonly string[]
  readonly notAfter: string
  readonly serial: string
  readonly fullchain: string
  readonly files?: CertificateBundle['files']
  readonly issued: boolean
  readonly renewAfter?: Date
}

/** The outputs both ways end with: a later step works the same whether this run issued or kept. */
export function setCertificateOutputs(host: Host, out: CertificateOutputs): void {
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

/** What the ACME session needs of the step's configuration. */
export function sessionRequest(config: Config): SessionRequest {
  return {
    directoryUrl: config.directoryUrl,
    names: config.names.map((n) => n.name),
    ...(config.email === undefined ? {} : { email: config.email }),
    ...(config.eab === undefined ? {} : { eab: config.eab }),
    ...(config.profile === undefined ? {} : { profile: config.profile }),
    ...(config.preferredChain === undefined ? {} : { preferredChain: config.preferredChain }),
    challenge: config.challenge,
  }
}
