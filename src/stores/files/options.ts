// Inputs of the `files` destination, read without loading its code (PKCS#12).
import type { StoreDeclaration } from '../types.js'

export interface FilesOptions {
  /** When set, `cert.pfx` is written too, encrypted with it. */
  readonly pfxPassword?: string
}

/** What the registry knows of `files` before loading its code. */
export const filesDeclaration: StoreDeclaration<FilesOptions> = {
  id: 'files',
  inputs: [
    {
      name: 'pfx_password',
      description:
        'When set, also write cert.pfx (PKCS#12: key, leaf and chain; AES-256-CBC, PBKDF2-HMAC-SHA256, SHA-256 MAC) encrypted with this password',
      secret: true,
    },
  ],
  readOptions(getInput) {
    const pfxPassword = getInput('pfx_password')
    return pfxPassword === '' ? {} : { pfxPassword }
  },
  readsCurrent: false,
  removes: false,
}
