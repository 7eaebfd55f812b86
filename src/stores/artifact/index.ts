// The `artifact` destination: the certificate as a workflow artifact of this run. The public parts always;
// the private key only encrypted to age recipients (privkey.pem.age), never in the clear: anyone with read
// access to the repository can download a run's artifacts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bech32 } from '@scure/base'
import type {
  ArtifactUploader,
  CertificateBundle,
  Delivery,
  Store,
  StoreContext,
  StoreModule,
} from '../types.js'

export type { ArtifactUploader }

export interface ArtifactOptions {
  /** Undefined: `certificate-<primary name>`, decided when the names are known. */
  readonly name?: string
  /** Undefined: the repository's default retention. */
  readonly retentionDays?: number
  /** age X25519 recipients (`age1...`) the key is encrypted to; none: the key stays out of the artifact. */
  readonly recipients: readonly string[]
}

export interface ArtifactStoreModule extends StoreModule<ArtifactOptions> {
  /** `uploader`: for tests; default the context's artifactUploader (the runner's artifact service). */
  create(options: ArtifactOptions, context: StoreContext, uploader?: ArtifactUploader): Store
}

export const KEY_NOT_INCLUDED =
  'the private key is not in the artifact: set artifact_recipient to include it encrypted'

/** What @actions/artifact refuses in a name (NTFS and the results service). */
const INVALID_NAME_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']

/** An age X25519 recipient: `age1` and 58 bech32 characters (32 bytes and a checksum). */
const X25519_RECIPIENT = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/

/** `certificate-example.com`; a wildcard as in output_dir: `certificate-_wildcard.example.com`. */
export function defaultArtifactName(primaryName: string): string {
  return `certificate-${primaryName.replace(/^\*\./, '_wildcard.').replaceAll('*', '_')}`
}

export const artifactStore: ArtifactStoreModule = {
  id: 'artifact',
  inputs: [
    {
      name: 'artifact_name',
      description:
        'Name of the workflow artifact (default certificate-<primary name>, a wildcard as _wildcard.<name>)',
    },
    {
      name: 'artifact_retention_days',
      description: "Days the artifact is kept, 1 to 90 (default: the repository's setting)",
    },
    {
      name: 'artifact_recipient',
      description:
        'age X25519 recipient(s) (age1...; several separated by commas or new lines) the private key is encrypted to, as privkey.pem.age; empty: the artifact holds the public parts only',
    },
  ],
  readOptions(getInput) {
    const problems: string[] = []

    let name: string | undefined = getInput('artifact_name').trim()
    if (name === '') name = undefined
    else {
      const bad = INVALID_NAME_CHARACTERS.filter((c) => name?.includes(c))
      if (bad.length > 0)
        problems.push(
          `\`artifact_name\` may not contain ${bad.map((c) => JSON.stringify(c)).join(', ')} ` +
            '(GitHub refuses " : < > | * ? \\ / and line breaks in an artifact name)',
        )
    }

    let retentionDays: number | undefined
    const retention = getInput('artifact_retention_days').trim()
    if (retention !== '') {
      retentionDays = /^\d+$/.test(retention) ? Number(retention) : Number.NaN
      if (!(retentionDays >= 1 && retentionDays <= 90))
        problems.push(
          `\`artifact_retention_days\` must be a whole number of days from 1 to 90, not ${JSON.stringify(retention)} ` +
            "(leave it empty for the repository's default)",
        )
    }

    const recipients = getInput('artifact_recipient')
      .split(/[\s,]+/)
      .filter((r) => r !== '')
    recipients.forEach((recipient, index) => {
      const which = recipients.length > 1 ? ` (entry ${index + 1})` : ''
      // the value is never echoed: a pasted secret key must not reach the log
      if (/^AGE-SECRET-KEY-/i.test(recipient)) {
        problems.push(
          `\`artifact_recipient\`${which} is an age identity, a secret key: give its recipient instead ` +
            '(`age-keygen -y key.txt` prints it), and treat the pasted key as leaked',
        )
      } else if (!X25519_RECIPIENT.test(recipient) || !parsesAsRecipient(recipient)) {
        problems.push(
          `\`artifact_recipient\`${which} is not an age X25519 recipient: expected "age1" followed by 58 ` +
            'lowercase bech32 characters, as `age-keygen` prints it ("Public key: age1...")',
        )
      }
    })

    if (problems.length > 0) throw new Error(problems.join('\n'))
    return { name, retentionDays, recipients }
  },
  create(options, context, uploader) {
    const upload = uploader
      ? async () => uploader
      : (context.artifactUploader ??
        (() =>
          Promise.reject(new Error('artifact: no artifact service here (it exists only in GitHub Actions)'))))
    return new ArtifactStore(options, context, upload)
  },
}

/**
 * The bech32 checksum, the `age` prefix and the 32-byte X25519 key, checked without loading age itself: its
 * library (with post-quantum ciphers) is loaded only when a run really encrypts.
 */
function parsesAsRecipient(recipient: string): boolean {
  try {
    const { prefix, words } = bech32.decode(recipient as `${string}1${string}`)
    return prefix === 'age' && bech32.fromWords(words).length === 32
  } catch {
    return false
  }
}

class ArtifactStore implements Store {
  readonly id = 'artifact'

  constructor(
    private readonly options: ArtifactOptions,
    private readonly context: StoreContext,
    private readonly uploader: () => Promise<ArtifactUploader>,
  ) {}

  async deliver(bundle: CertificateBundle): Promise<Delivery> {
    const name = this.options.name ?? defaultArtifactName(bundle.names[0] ?? 'unnamed')
    const { recipients } = this.options
    // a directory of our own (0700) holding exactly what is uploaded: never the key in the clear
    const staging = await mkdtemp(join(this.context.env.RUNNER_TEMP || tmpdir(), 'certalias-artifact-'))
    try {
      const files: string[] = []
      const put = async (file: string, content: string | Uint8Array, mode: number) => {
        const path = join(staging, file)
        await writeFile(path, content, { mode, flag: 'wx' })
        files.push(path)
      }
      await put('cert.pem', bundle.certificate, 0o644)
      await put('chain.pem', bundle.chain, 0o644)
      await put('fullchain.pem', bundle.fullchain, 0o644)
      if (recipients.length > 0) {
        const { Encrypter } = await import('age-encryption')
        const encrypter = new Encrypter()
        for (const recipient of recipients) encrypter.addRecipient(recipient)
        await put('privkey.pem.age', await encrypter.encrypt(bundle.privateKey), 0o600)
      }

      let response: { id?: number }
      try {
        response = await (await this.uploader()).uploadArtifact(
          name,
          files,
          staging,
          this.options.retentionDays === undefined ? {} : { retentionDays: this.options.retentionDays },
        )
      } catch (error) {
        throw new Error(`artifact "${name}": the upload failed: ${(error as Error).message}${hint(error)}`, {
          cause: error,
        })
      }

      const contents = files.map((f) => f.slice(staging.length + 1)).join(', ')
      const key =
        recipients.length > 0
          ? `privkey.pem.age is encrypted to ${recipients.length} age recipient(s): ` +
            '`age -d -i <identity file> privkey.pem.age > privkey.pem`'
          : KEY_NOT_INCLUDED
      const id = response.id === undefined ? '' : ` (id ${response.id})`
      this.context.host.info(`Artifact "${name}"${id}: ${contents}; ${key}`)
      const outputs: Record<string, string> = { artifact_name: name }
      if (response.id !== undefined) outputs.artifact_id = String(response.id)
      return { destination: `workflow artifact "${name}"${id}: ${contents}; ${key}`, outputs }
    } finally {
      await rm(staging, { recursive: true, force: true })
    }
  }
}

function hint(error: unknown): string {
  const message = String((error as Error)?.message ?? error)
  if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message))
    return ' (the artifact store works only inside a GitHub Actions job)'
  if (/already exists|conflict|409/i.test(message))
    return ' (this run has an artifact of that name already, e.g. from another job for the same name: set artifact_name)'
  return ''
}
