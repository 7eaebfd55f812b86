// The `files` destination: the PEM set in output_dir, the private key 0600, every file written atomically.
// The pipeline writes the PEM set first (writeCertificateFiles); the store then adds the PKCS#12 file when
// `pfx_password` is set, and the outputs.
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CertificateBundle, Delivery, Store, StoreContext, StoreModule } from '../types.js'
import { type FilesOptions, filesDeclaration } from './options.js'
import { makePkcs12 } from './pkcs12.js'

export type { FilesOptions } from './options.js'

export interface CertificateFiles {
  readonly certificatePath: string
  readonly chainPath: string
  readonly fullchainPath: string
  readonly privateKeyPath: string
}

/** The PEM set: what an ACME order yields, and what a store that keeps the key hands back. */
export type CertificatePems = Pick<CertificateBundle, 'certificate' | 'chain' | 'fullchain' | 'privateKey'>

export async function writeCertificateFiles(dir: string, issued: CertificatePems): Promise<CertificateFiles> {
  await mkdir(dir, { recursive: true, mode: 0o755 })
  const files = {
    certificatePath: join(dir, 'cert.pem'),
    chainPath: join(dir, 'chain.pem'),
    fullchainPath: join(dir, 'fullchain.pem'),
    privateKeyPath: join(dir, 'privkey.pem'),
  }
  // The key first: a certificate on disk without its key would be of no use.
  await writeAtomically(files.privateKeyPath, issued.privateKey, 0o600)
  await Promise.all([
    writeAtomically(files.certificatePath, issued.certificate, 0o644),
    writeAtomically(files.chainPath, issued.chain, 0o644),
    writeAtomically(files.fullchainPath, issued.fullchain, 0o644),
  ])
  return files
}

export const PFX_FILE = 'cert.pfx'

export const filesStore: StoreModule<FilesOptions> = {
  ...filesDeclaration,
  create(options, context) {
    return new FilesStore(options, context)
  },
}

class FilesStore implements Store {
  readonly id = 'files'

  constructor(
    private readonly options: FilesOptions,
    private readonly context: StoreContext,
  ) {
    // masked where the inputs are read already; again here, so no path to a log line ever shows it
    if (options.pfxPassword !== undefined) context.host.mask(options.pfxPassword)
  }

  async deliver(bundle: CertificateBundle): Promise<Delivery> {
    const { directory } = bundle.files
    const pfxPath = join(directory, PFX_FILE)
    // `certificate` and the paths are the pipeline's outputs, set whether this run issued or kept
    const outputs: Record<string, string> = {}
    const written = ['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem (0600)']
    if (this.options.pfxPassword === undefined) {
      // a cert.pfx left by an earlier run would hold the old certificate beside the new PEM set
      await rm(pfxPath, { force: true })
    } else {
      const pfx = makePkcs12({
        privateKey: bundle.privateKey,
        certificates: bundle.fullchain,
        password: this.options.pfxPassword,
        friendlyName: bundle.names[0] ?? 'certificate',
      })
      await writeAtomically(pfxPath, pfx, 0o600)
      outputs.pfx_path = pfxPath
      written.push(`${PFX_FILE} (PKCS#12, 0600)`)
      this.context.host.info(`Files: ${pfxPath} (PKCS#12: key, leaf and chain; AES-256-CBC, SHA-256 MAC)`)
    }
    return { destination: `files in ${directory}: ${written.join(', ')}`, outputs }
  }
}

/** Write beside the target with the final mode from the start, then rename: no reader sees half a file. */
async function writeAtomically(path: string, content: string | Uint8Array, mode: number): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, content, { mode, flag: 'wx' })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
