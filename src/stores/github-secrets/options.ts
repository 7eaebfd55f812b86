// Inputs of the `github-secrets` destination, read and checked without touching the network.
import { ACTION_SPELLING, type Spelling } from '../../config/spelling.js'
import type { StoreDeclaration, StoreInput } from '../types.js'

export type SecretsScope = 'repository' | 'environment' | 'organization'
export type OrganizationVisibility = 'private' | 'all' | 'selected'

export interface GithubSecretsOptions {
  readonly token: string
  /** Secret and variable names start with `<prefix>_`. */
  readonly prefix: string
  readonly scope: SecretsScope
  /** owner/name, from GITHUB_REPOSITORY. */
  readonly repository: string
  readonly owner: string
  /** Set for the environment scope. */
  readonly environment: string | undefined
  /** Set for the organization scope. */
  readonly visibility: OrganizationVisibility | undefined
  /** GITHUB_REPOSITORY_ID, needed for the `selected` visibility. */
  readonly repositoryId: string | undefined
  /**
   * REST API base, from GITHUB_API_URL: checked here so that a bad URL fails before a certificate is issued. The
   * client itself comes from StoreContext.github, which reads the same variable.
   */
  readonly apiUrl: string
}

export const GITHUB_SECRETS_INPUTS: readonly StoreInput[] = [
  {
    name: 'secrets_token',
    description:
      'Token that writes the secrets and the state variable (store github-secrets): a fine-grained personal access ' +
      'token or a GitHub App token with "Secrets: write" and "Variables: write" (environment scope: also ' +
      '"Environments: write"; organization scope: the organization permissions). The workflow GITHUB_TOKEN cannot ' +
      'write secrets.',
    secret: true,
  },
  {
    name: 'secret_prefix',
    description:
      'Prefix of the names written (store github-secrets): <prefix>_CERTIFICATE, <prefix>_PRIVATE_KEY (secrets) and ' +
      '<prefix>_CERTIFICATE_STATE (variable); <prefix>_ACME_ACCOUNT_KEY (secret) when certalias made the ACME ' +
      'account. Upper-case letters, digits and _; not starting with a digit or GITHUB_.',
    default: 'TLS',
  },
  {
    name: 'secrets_scope',
    description:
      'Where the secrets go (store github-secrets): repository (the repository running the workflow), environment ' +
      '(one of its environments, named by secrets_environment) or organization (its owner).',
    default: 'repository',
  },
  {
    name: 'secrets_environment',
    description: 'Environment name, required when secrets_scope is environment (store github-secrets).',
  },
  {
    name: 'secrets_visibility',
    description:
      'Organization scope only: which repositories of the organization see the secrets and the variable: private ' +
      '(its private and internal repositories), all, or selected (the repository running the workflow is added to ' +
      'the selection; repositories already selected stay). Empty: private for the organization scope.',
  },
]

/** GitHub's limit for one secret and for one variable: 48 KB. */
export const GITHUB_VALUE_LIMIT_BYTES = 48 * 1024

const SCOPES: readonly SecretsScope[] = ['repository', 'environment', 'organization']
const VISIBILITIES: readonly OrganizationVisibility[] = ['private', 'all', 'selected']

/** What the registry knows of `github-secrets` before loading its code. */
export const githubSecretsDeclaration: StoreDeclaration<GithubSecretsOptions> = {
  id: 'github-secrets',
  inputs: GITHUB_SECRETS_INPUTS,
  readOptions: readGithubSecretsOptions,
  readsCurrent: true,
  removes: true,
}

export function readGithubSecretsOptions(
  getInput: (name: string) => string,
  env: Readonly<Record<string, string | undefined>>,
  s: Spelling = ACTION_SPELLING,
): GithubSecretsOptions {
  const token = getInput('secrets_token').trim()
  if (!token) {
    throw new Error(
      `${s.input('secrets_token')} is required for store github-secrets: give a fine-grained personal access token or a GitHub ` +
        'App token with "Secrets: write" and "Variables: write" (from a secret). The workflow GITHUB_TOKEN cannot ' +
        'write secrets.',
    )
  }

  const prefix = getInput('secret_prefix').trim() || 'TLS'
  if (!/^[A-Z0-9_]+$/.test(prefix)) {
    throw new Error(
      `${s.input('secret_prefix')} "${prefix}" is not a secret name prefix: use upper-case letters A-Z, digits and _ only, e.g. TLS or WWW_TLS`,
    )
  }
  if (/^[0-9]/.test(prefix)) {
    throw new Error(
      `${s.input('secret_prefix')} "${prefix}" starts with a digit; GitHub secret names cannot: e.g. TLS_${prefix}`,
    )
  }
  if (`${prefix}_`.startsWith('GITHUB_')) {
    throw new Error(
      `${s.input('secret_prefix')} "${prefix}" would make names starting with GITHUB_, which GitHub reserves: choose another, e.g. TLS`,
    )
  }

  const scopeInput = (getInput('secrets_scope').trim() || 'repository').toLowerCase()
  if (!SCOPES.includes(scopeInput as SecretsScope)) {
    throw new Error(`${s.input('secrets_scope')} "${scopeInput}" is not one of ${SCOPES.join(', ')}`)
  }
  const scope = scopeInput as SecretsScope

  const environmentInput = getInput('secrets_environment').trim()
  if (scope === 'environment' && !environmentInput) {
    throw new Error(
      `${s.input('secrets_environment')} is required when ${s.input('secrets_scope')} is environment: name the environment whose secrets get the certificate`,
    )
  }
  if (scope !== 'environment' && environmentInput) {
    throw new Error(
      `${s.input('secrets_environment')} is set but ${s.input('secrets_scope')} is ${scope}: set ${s.assignment('secrets_scope', 'environment')}, or remove ${s.input('secrets_environment')}`,
    )
  }

  const visibilityInput = getInput('secrets_visibility').trim().toLowerCase()
  if (visibilityInput && scope !== 'organization') {
    throw new Error(
      `${s.input('secrets_visibility')} only applies to ${s.assignment('secrets_scope', 'organization')} (the scope is ${scope}); remove it`,
    )
  }
  const visibility = scope === 'organization' ? visibilityInput || 'private' : undefined
  if (visibility !== undefined && !VISIBILITIES.includes(visibility as OrganizationVisibility)) {
    throw new Error(
      `${s.input('secrets_visibility')} "${visibility}" is not one of ${VISIBILITIES.join(', ')}`,
    )
  }

  const repository = (env.GITHUB_REPOSITORY ?? '').trim()
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository)
  if (!match?.[1]) {
    throw new Error(
      'store github-secrets needs GITHUB_REPOSITORY (owner/name), which every GitHub Actions job has; outside Actions, set it',
    )
  }
  const repositoryId = env.GITHUB_REPOSITORY_ID?.trim() || undefined
  if (visibility === 'selected' && !(repositoryId && /^\d+$/.test(repositoryId))) {
    throw new Error(
      `${s.assignment('secrets_visibility', 'selected')} adds the repository running the workflow to the selection and needs its id ` +
        '(GITHUB_REPOSITORY_ID, set in every GitHub Actions job)',
    )
  }

  const apiInput = (env.GITHUB_API_URL ?? '').trim() || 'https://api.github.com'
  let apiUrl: URL
  try {
    apiUrl = new URL(apiInput)
  } catch {
    throw new Error(`GITHUB_API_URL "${apiInput}" is not a URL (e.g. https://api.github.com)`)
  }
  if (apiUrl.protocol !== 'https:' && apiUrl.protocol !== 'http:') {
    throw new Error(`GITHUB_API_URL "${apiInput}" is not an http(s) URL`)
  }

  return {
    token,
    prefix,
    scope,
    repository,
    owner: match[1],
    environment: scope === 'environment' ? environmentInput : undefined,
    visibility: visibility as OrganizationVisibility | undefined,
    repositoryId,
    apiUrl: `${apiUrl.origin}${apiUrl.pathname.replace(/\/+$/, '')}`,
  }
}
