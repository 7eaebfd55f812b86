// The contract of a certificate destination (`store` input): read its own inputs, then deliver a bundle.
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

export interface StoreContext {
  readonly host: Host
  readonly env: Readonly<Record<string, string | undefined>>
  /** For tests: undici dispatcher and clock of the HTTP layer. */
  readonly transport?: HttpTransport
  /**
   * The runner's artifact service, made only when the artifact store runs: the adapter brings it, since the
   * core does not import @actions/* (and the artifact client is large: it is loaded only when needed).
   */
  readonly artifactUploader?: () => Promise<ArtifactUploader>
}

/** What a destination did, for the job summary: public facts only. */
export interface Delivery {
  /** Where the certificate went, e.g. "repository secrets TLS_CERTIFICATE, TLS_PRIVATE_KEY of octo/app". */
  readonly destination: string
  /** Extra outputs to set (public values only). */
  readonly outputs?: Readonly<Record<string, string>>
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
   * names the input and the fix. `getInput` returns '' for an input not given.
   */
  readOptions(getInput: (name: string) => string, env: Readonly<Record<string, string | undefined>>): Options
  create(options: Options, context: StoreContext): Store
}
