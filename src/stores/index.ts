// The registry of certificate destinations (`store` input), in the order they run and are listed.
import { artifactStore } from './artifact/index.js'
import { awsAcmStore } from './aws-acm/index.js'
import { awsSecretsManagerStore } from './aws-secrets-manager/index.js'
import { azureKeyVaultStore } from './azure-key-vault/index.js'
import { filesStore } from './files/index.js'
import { gcpSecretManagerStore } from './gcp-secret-manager/index.js'
import { githubSecretsStore } from './github-secrets/index.js'
import type { StoreModule } from './types.js'
import { vaultStore } from './vault/index.js'

export const STORES: readonly StoreModule[] = [
  filesStore as StoreModule,
  artifactStore as StoreModule,
  githubSecretsStore as StoreModule,
  vaultStore as StoreModule,
  awsAcmStore as StoreModule,
  awsSecretsManagerStore as StoreModule,
  azureKeyVaultStore as StoreModule,
  gcpSecretManagerStore as StoreModule,
]

/** `files` is always on: the other destinations are extra places, never instead of the files. */
export const ALWAYS_ON = 'files'

export function storeInputs() {
  return STORES.flatMap((store) => store.inputs.map((input) => ({ ...input, store: store.id })))
}
