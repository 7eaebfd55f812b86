// The `artifact` destination: the certificate as a workflow artifact of this run. The public parts always;
// the private key only encrypted to age recipients (privkey.pem.age), never in the clear: anyone with read
// access to the repository can download a run's artifacts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  ArtifactUploader,
  CertificateBundle,
  Delivery,
  Store,
  StoreContext,
  StoreModule,
} from '../types.js'
import { type ArtifactOptions, artifactDeclaration } from './options.js'

export type { ArtifactOptions } from './options.js'
export type { ArtifactUploader }

export interface ArtifactStoreModule extends StoreModule<ArtifactOptions> {
  /** `uploader`: for tests; default the context's artifactUploader (the runner's artifact service). */
  create(options: ArtifactOptions, context: StoreContext, uploader?: ArtifactUploader): Store
}

export const KEY_NOT_INCLUDED =
  'the private key is not in the artifact: set artifact_recipient to include it encrypted'

/** `certificate-example.com`; a wildcard as in output_dir: `certificate-_wildcard.example.com`. */
export function defaultArtifactName(primaryName: string): string {
  return `certificate-${primaryName.replace(/^\*\./, '_wildcard.').replaceAll('*', '_')}`
}

export const artifactStore: ArtifactStoreModule = {
  ...artifactDeclaration,
  create(options, context, uploader) {
    const upload = uploader
      ? async () => uploader
      : (context.artifactUploader ??
        (() =>
          Promise.reject(new Error('artifact: no artifact service here (it exists only in GitHub Actions)'))))
    return new ArtifactStore(options, context, upload)
  },
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
