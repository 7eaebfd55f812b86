// The `files` destination: the PEM set in output_dir, the private key 0600, every file written atomically.
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Issued } from '../../acme/index.js'

export interface CertificateFiles {
  readonly certificatePath: string
  readonly chainPath: string
  readonly fullchainPath: string
  readonly privateKeyPath: string
}

export async function writeCertificateFiles(dir: string, issued: Issued): Promise<CertificateFiles> {
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

/** Write beside the target with the final mode from the start, then rename: no reader sees half a file. */
async function writeAtomically(path: string, content: string, mode: number): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, content, { mode, flag: 'wx' })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
