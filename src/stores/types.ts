// The contract of a certificate destination (`store` input): read its own inputs, then deliver a bundle.
import type { Spelling } from '../config/spelling.js'
import type { Host } from '../host.js'
import type { HttpTransport } from '../http/client.js'

/** What every destination gets once the certificate is issued and the files are written. */
export interface CertificateBundle {
  /** The names on the certificate (punycode, `*.` for wildcards), primary first. */
  readonly names: readonly string[]
  /** PEM of the leaf. */
  readonly certificate: string
  /** PEM of the issuer chain (without the leaf). */
  readonly chain: string
  /** PEM of the leaf followed by the chain. */
  readonly fullchain: string
  /** PEM (PKCS#8) of the private key: a secret. */
  readonly privateKey: string
  /** ISO 8601. */
  readonly notAfter: string
  /** Hex, lowercase. */
  readonly serial: string
  /**
   * The ACME account key, when certalias keeps it because no `account_key` input was given: made by this run
   * (`made: true`) or read back from a store. A destination that can keep a secret stores it for the next run.
   */
  readonly account?: { readonly key: string; readonly made: boolean }
  /** The PEM files the `files` destination wrote. */
  readonly files: {
    readonly directory: string
    readonly certificatePath: string
    readonly chainPath: string
    readonly fullchainPath: string
    readonly privateKeyPath: string
  }
}

export interface StoreInput {
  /** The action input, snake_case. */
  readonly name: string
  readonly description: string
  readonly default?: string
  /** Masked as soon as it is read; never in a message. */
  readonly secret?: boolean
}

/** The part of @actions/artifact's client the artifact store uses. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number; size?: number; digest?: string }>
}

/**
 * The part of Octokit (from @actions/github's getOctokit) the GitHub destinations use. The adapter builds it,
 * with the server's API URL (GITHUB_API_URL, so GitHub Enterprise works) and retries; the core imports no
 * @actions/*. Errors are Octokit's RequestError: `status`, `message`, `response`.
 */
export interface GithubApi {
  request(
    route: string,
    parameters?: Record<string, unknown>,
  ): Promise<{ status: number; data: unknown; headers: Record<string, string | number | undefined> }>
}

export interface StoreContext {
  readonly host: Host
  readonly env: Readonly<Record<string, string | undefined>>
  /** For tests: the wire (a Send over a mock) and the clock of the HTTP layer. */
  readonly transport?: HttpTransport
  /**
   * The runner's artifact service, made only when the artifact store runs: the adapter brings it, since the
   * core does not import @actions/* (and the artifact client is large: it is loaded only when needed).
   */
  readonly artifactUploader?: () => Promise<ArtifactUploader>
  /** An Octokit for GitHub's REST API authenticated with `token`, made by the adapter when needed. */
  readonly github?: (token: string) => Promise<GithubApi>
}

/** What a destination did, for the job summary: public facts only. */
export interface Delivery {
  /** Where the certificate went, e.g. "repository secrets TLS_CERTIFICATE, TLS_PRIVATE_KEY of octo/app". */
  readonly destination: string
  /** Extra outputs to set (public values only). */
  readonly outputs?: Readonly<Record<string, string>>
  /** Lines for the log and the job summary that the user should act on (public only). */
  readonly notes?: readonly string[]
}

/** What a destination holds of the certificate now in use: the renewal decision starts from it. */
export interface CurrentCertificate {
  /** PEM of the leaf, possibly followed by the chain. */
  readonly certificate: string
  /** PEM of the issuer chain, when the destination keeps it apart. */
  readonly chain?: string
  /** PEM of the private key, when the destination holds it (vault): a secret. */
  readonly privateKey?: string
  /** The ACME account key kept there by an earlier run (vault): a secret. */
  readonly accountKey?: string
  /** Where it was read, for the log and the summary, e.g. "Vault https://vault:8200 secret/data/tls/x (version 3)". */
  readonly source: string
}

export interface Store {
  readonly id: string
  deliver(bundle: CertificateBundle): Promise<Delivery>
}

export interface StoreModule<Options = unknown> {
  readonly id: string
  readonly inputs: readonly StoreInput[]
  /**
   * Read and check this destination's inputs (pure: no network, no writes). Throws an Error whose message
   * names the input, as `spelling` writes it, and the fix. `getInput` returns '' for an input not given.
   */
  readOptions(
    getInput: (name: string) => string,
    env: Readonly<Record<string, string | undefined>>,
    spelling?: Spelling,
  ): Options
  create(options: Options, context: StoreContext): Store
  /**
   * The certificate this destination holds now, or undefined when it holds none. Reads only; throws when the
   * destination cannot be read (the renewal decision then issues, with a warning saying why).
   */
  readCurrent?(options: Options, context: StoreContext): Promise<CurrentCertificate | undefined>
  /**
   * `mode: revoke`: remove what certalias stored here for `certificate` (every version, the state, the kept
   * account key), and only when what is here is that certificate (its serial, or its names where the destination
   * keeps no serial). Undefined when nothing was there (a second run is no error).
   */
  remove?(options: Options, context: StoreContext, certificate: RevokedCertificate): Promise<Removal>
  /**
   * Before an order: make the destination able to take the new certificate, e.g. restore a name its service
   * deleted softly (every write to it is refused until then). Throws when it cannot, so that no order is spent on
   * a delivery that must fail. Undefined when there was nothing to do.
   */
  prepare?(options: Options, context: StoreContext): Promise<Preparation | undefined>
}

/** What `prepare` changed, and how to put it back when the run fails before delivering. */
export interface Preparation {
  /** For the log, e.g. "restored ..., which was scheduled for deletion". */
  readonly done: string
  /** Puts the destination back as it was found (a recovered name that stays without a new certificate would
   * hand the next run the revoked one); says what it did. */
  undo(): Promise<string>
}

/** The certificate `mode: revoke` revoked, which a destination removes and nothing else. */
export interface RevokedCertificate {
  /** Hex, lowercase. */
  readonly serial: string
  /** punycode, `*.` for wildcards */
  readonly names: readonly string[]
}

/**
 * What `remove` did: removed the certificate (what went), left something else in place (what it found there:
 * another certificate, data certalias did not write, a certificate still in use), or found nothing (undefined).
 */
export type Removal = { readonly removed: string } | { readonly left: string } | undefined

/**
 * A destination without its code: what reading the inputs needs (pure, light imports) and which optional calls
 * its implementation has. The registry holds these and loads an implementation only when it is used, so a run
 * that fails on a bad input never reads the stores' code.
 */
export interface StoreDeclaration<Options = unknown>
  extends Pick<StoreModule<Options>, 'id' | 'inputs' | 'readOptions'> {
  /** The implementation has `readCurrent`. */
  readonly readsCurrent: boolean
  /** The implementation has `remove`. */
  readonly removes: boolean
  /** The implementation has `prepare`. */
  readonly prepares?: boolean
}
