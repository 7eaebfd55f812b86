// The registry of certificate destinations (`store` input), in the order they run and are listed. It holds each
// destination's declaration only and loads its code when the destination is used: a run that fails on a bad
// input never reads the stores' code (cloud signing, HTTP client, PKCS#12, age, ...).
import type { Mode } from '../config/inputs.js'
import { artifactDeclaration } from './artifact/options.js'
import { awsAcmDeclaration } from './aws-acm/options.js'
import { awsSecretsManagerDeclaration } from './aws-secrets-manager/options.js'
import { azureKeyVaultDeclaration } from './azure-key-vault/options.js'
import { filesDeclaration } from './files/options.js'
import { gcpSecretManagerDeclaration } from './gcp-secret-manager/options.js'
import { githubSecretsDeclaration } from './github-secrets/options.js'
import type { Store, StoreDeclaration, StoreModule } from './types.js'
import { vaultDeclaration } from './vault/options.js'

/**
 * The destination as callers see it, its implementation loaded (once) by the first call that needs it:
 * `deliver`, `readCurrent` or `remove`. Those two are present exactly when the declaration says the
 * implementation has them, so a caller can tell without loading it.
 */
export function lazyStore<Options>(
  declaration: StoreDeclaration<Options>,
  load: () => Promise<StoreModule<Options>>,
): StoreModule<Options> {
  let loading: Promise<StoreModule<Options>> | undefined
  const implementation = () => {
    loading ??= load()
    return loading
  }
  const missing = (call: string) =>
    new Error(`store ${declaration.id}: its declaration promises ${call}, which its implementation lacks`)
  return {
    ...declaration,
    create(options, context): Store {
      let store: Promise<Store> | undefined
      return {
        id: declaration.id,
        async deliver(bundle) {
          store ??= implementation().then((module) => module.create(options, context))
          return (await store).deliver(bundle)
        },
      }
    },
    ...(declaration.readsCurrent && {
      async readCurrent(options, context) {
        const module = await implementation()
        if (module.readCurrent === undefined) throw missing('readCurrent')
        return module.readCurrent(options, context)
      },
    }),
    ...(declaration.prepares && {
      async prepare(options, context) {
        const module = await implementation()
        if (module.prepare === undefined) throw missing('prepare')
        return module.prepare(options, context)
      },
    }),
    ...(declaration.removes && {
      async remove(options, context, revoked) {
        const module = await implementation()
        if (module.remove === undefined) throw missing('remove')
        return module.remove(options, context, revoked)
      },
    }),
  }
}

/** Each import() is a chunk of its own in the bundle, read only when the destination is used. */
export const STORES: readonly StoreModule[] = [
  lazyStore(filesDeclaration, () => import('./files/index.js').then((m) => m.filesStore)),
  lazyStore(artifactDeclaration, () => import('./artifact/index.js').then((m) => m.artifactStore)),
  lazyStore(githubSecretsDeclaration, () =>
    import('./github-secrets/index.js').then((m) => m.githubSecretsStore),
  ),
  lazyStore(vaultDeclaration, () => import('./vault/index.js').then((m) => m.vaultStore)),
  lazyStore(awsAcmDeclaration, () => import('./aws-acm/index.js').then((m) => m.awsAcmStore)),
  lazyStore(awsSecretsManagerDeclaration, () =>
    import('./aws-secrets-manager/index.js').then((m) => m.awsSecretsManagerStore),
  ),
  lazyStore(azureKeyVaultDeclaration, () =>
    import('./azure-key-vault/index.js').then((m) => m.azureKeyVaultStore),
  ),
  lazyStore(gcpSecretManagerDeclaration, () =>
    import('./gcp-secret-manager/index.js').then((m) => m.gcpSecretManagerStore),
  ),
]

/** `files` is always on: the other destinations are extra places, never instead of the files. */
export const ALWAYS_ON = 'files'

/** A destination's inputs matter where a certificate is found or delivered: never to `mode: check`. */
const STORE_MODES: readonly Mode[] = ['issue', 'revoke', 'plan']

export function storeInputs() {
  return STORES.flatMap((store) =>
    store.inputs.map((input) => ({ ...input, store: store.id, modes: STORE_MODES })),
  )
}
