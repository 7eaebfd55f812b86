// Inputs of the `azure-key-vault` destination, read and checked without loading its code (Entra sign-in, HTTP
// client).

import { azureCredentialsGiven } from '../../clouds/credentials-given.js'
import { ACTION_SPELLING, type Spelling } from '../../config/spelling.js'
import { primaryNameOf } from '../certificate-json.js'
import type { StoreDeclaration } from '../types.js'

const ID = 'azure-key-vault'
const NAME = /^[0-9A-Za-z-]{1,127}$/

export interface KeyVaultOptions {
  /** Origin of the vault, e.g. https://my-vault.vault.azure.net. */
  readonly vaultUrl: string
  readonly certificateName: string
  /** The certificate's primary name, which certalias tags each import with (tag `certalias`). */
  readonly primaryName: string
}

/** The default certificate name: the primary name with `.` as `-` and `*` as `wildcard` (Key Vault allows 0-9a-zA-Z-). */
export function keyVaultCertificateName(primaryName: string): string {
  return primaryName.replace(/\*/g, 'wildcard').replace(/\./g, '-')
}

export function readKeyVaultOptions(
  getInput: (name: string) => string,
  env: Readonly<Record<string, string | undefined>>,
  s: Spelling = ACTION_SPELLING,
): KeyVaultOptions {
  const input = getInput('azure_key_vault_url').trim()
  if (input === '') {
    throw new Error(
      `${s.input('azure_key_vault_url')} is required for store azure-key-vault: the vault URI, e.g. https://my-vault.vault.azure.net`,
    )
  }
  let url: URL
  try {
    url = new URL(input)
  } catch {
    throw new Error(
      `${s.input('azure_key_vault_url')} "${input}" is not a URL: e.g. https://my-vault.vault.azure.net`,
    )
  }
  // plain http only to a vault emulator on this machine: the key travels in the request
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
    throw new Error(`${s.input('azure_key_vault_url')} "${input}" must be an https:// URL`)
  }
  if (url.username || url.password || url.search || url.hash || url.pathname.replace(/\/+$/, '') !== '') {
    throw new Error(
      `${s.input('azure_key_vault_url')} "${input}" must be the vault URI alone, e.g. https://my-vault.vault.azure.net`,
    )
  }
  const given = getInput('azure_certificate_name').trim()
  const primaryName = primaryNameOf(getInput)
  const certificateName = given || keyVaultCertificateName(primaryName)
  if (!NAME.test(certificateName)) {
    throw new Error(
      `${s.input('azure_certificate_name')} "${certificateName}" is not a Key Vault certificate name: 1 to 127 letters, digits and -`,
    )
  }
  if (!azureCredentialsGiven(env)) {
    throw new Error(
      `store azure-key-vault needs AZURE_TENANT_ID and AZURE_CLIENT_ID in ${s.environment}, with AZURE_CLIENT_SECRET ` +
        'or a federated credential for this repository (the job then needs `permissions: id-token: write`)',
    )
  }
  return { vaultUrl: url.origin, certificateName, primaryName }
}

/** What the registry knows of `azure-key-vault` before loading its code. */
export const azureKeyVaultDeclaration: StoreDeclaration<KeyVaultOptions> = {
  id: ID,
  inputs: [
    {
      name: 'azure_key_vault_url',
      description: 'Vault URI, e.g. https://my-vault.vault.azure.net (store azure-key-vault).',
    },
    {
      name: 'azure_certificate_name',
      description:
        'Name of the Key Vault certificate; a renewal adds a version (store azure-key-vault). Empty: the primary ' +
        'name with . as - and * as wildcard, e.g. wildcard-example-com.',
    },
  ],
  readOptions: readKeyVaultOptions,
  readsCurrent: true,
  removes: true,
  prepares: true,
}
