// Inputs of the `gcp-secret-manager` destination, read and checked without loading its code (Google sign-in,
// HTTP client).

import { googleCredentialsGiven } from '../../clouds/credentials-given.js'
import { ACTION_SPELLING, type Spelling } from '../../config/spelling.js'
import type { StoreDeclaration } from '../types.js'

const ID = 'gcp-secret-manager'
const SECRET_ID = /^[A-Za-z0-9_-]{1,255}$/
const PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$|^\d+$/

export interface SecretManagerOptions {
  /** `gcp_project`; empty: the credential's project, found when it is read. */
  readonly project: string
  readonly secretId: string
}

export function readSecretManagerOptions(
  getInput: (name: string) => string,
  env: Readonly<Record<string, string | undefined>>,
  s: Spelling = ACTION_SPELLING,
): SecretManagerOptions {
  const secretId = getInput('gcp_secret_name').trim()
  if (secretId === '') {
    throw new Error(
      `${s.input('gcp_secret_name')} is required for store gcp-secret-manager: the secret id, e.g. tls-example-com`,
    )
  }
  if (!SECRET_ID.test(secretId)) {
    throw new Error(
      `${s.input('gcp_secret_name')} "${secretId}" is not a Secret Manager secret id: letters, digits, _ and - only, e.g. tls-example-com`,
    )
  }
  const project = getInput('gcp_project').trim()
  if (project !== '' && !PROJECT.test(project)) {
    throw new Error(`${s.input('gcp_project')} "${project}" is not a project id (e.g. my-project) or number`)
  }
  if (!googleCredentialsGiven(env)) {
    throw new Error(
      `store gcp-secret-manager needs Google credentials in ${s.environment}: GCE_WORKLOAD_IDENTITY_PROVIDER and ` +
        'GCE_SERVICE_ACCOUNT_EMAIL (workload identity with the workflow OIDC token; the job needs ' +
        '`permissions: id-token: write`) or GCE_SERVICE_ACCOUNT (a service account key from a secret)',
    )
  }
  return { project, secretId }
}

/** What the registry knows of `gcp-secret-manager` before loading its code. */
export const gcpSecretManagerDeclaration: StoreDeclaration<SecretManagerOptions> = {
  id: ID,
  inputs: [
    {
      name: 'gcp_secret_name',
      description:
        'Secret id that gets a new version per certificate, holding JSON: certificate, chain, fullchain, ' +
        'private_key, not_after, serial, domains (store gcp-secret-manager). Created when missing.',
    },
    {
      name: 'gcp_project',
      description:
        'Project id of the secret (store gcp-secret-manager). Empty: GCE_PROJECT, else the project of the service ' +
        'account key or of GCE_SERVICE_ACCOUNT_EMAIL.',
    },
  ],
  readOptions: readSecretManagerOptions,
  readsCurrent: true,
  removes: true,
}
