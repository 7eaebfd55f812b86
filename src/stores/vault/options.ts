// Inputs of the `vault` destination, read and checked without touching the network.
import { ACTION_SPELLING, type Spelling } from '../../config/spelling.js'
import type { StoreDeclaration, StoreInput } from '../types.js'

export type VaultAuth =
  | { readonly method: 'token'; readonly token: string }
  | {
      readonly method: 'jwt'
      readonly role: string
      /** Mount path of the JWT auth method, without `auth/`. */
      readonly authPath: string
      /** Empty: GitHub's default audience (`https://github.com/<owner>`). */
      readonly audience: string | undefined
    }

export interface VaultOptions {
  /** Origin plus optional base path, no trailing slash. */
  readonly address: string
  /** KV v2 mount, no surrounding slashes, e.g. `secret` or `team/kv`. */
  readonly mount: string
  /** Secret path inside the mount, no surrounding slashes. */
  readonly path: string
  readonly namespace: string | undefined
  readonly auth: VaultAuth
}

export const VAULT_INPUTS: readonly StoreInput[] = [
  {
    name: 'vault_addr',
    description:
      'Vault address, https:// (plain http only for a Vault on this machine), e.g. https://vault.example.com:8200 (store vault).',
  },
  {
    name: 'vault_mount',
    description: 'Mount path of the KV version 2 secrets engine (store vault).',
    default: 'secret',
  },
  {
    name: 'vault_path',
    description:
      'Secret path inside the mount, e.g. tls/example.com; the data goes to <mount>/data/<path> (store vault).',
  },
  {
    name: 'vault_namespace',
    description: 'Vault Enterprise / HCP namespace, sent as X-Vault-Namespace (store vault).',
  },
  {
    name: 'vault_token',
    description:
      'Vault token (store vault). Prefer vault_role: the workflow logs in with its OIDC token instead.',
    secret: true,
  },
  {
    name: 'vault_role',
    description:
      'Role of the JWT auth method to log in with the workflow OIDC token (store vault); the job needs ' +
      '`permissions: id-token: write`.',
  },
  {
    name: 'vault_auth_path',
    description: 'Mount path of the JWT auth method for vault_role (store vault). Empty: jwt.',
  },
  {
    name: 'vault_audience',
    description:
      "Audience (aud) of the OIDC token for vault_role (store vault). Empty: GitHub's default, " +
      'https://github.com/<owner>, which the role must list in bound_audiences.',
  },
]

/** What the registry knows of `vault` before loading its code. */
export const vaultDeclaration: StoreDeclaration<VaultOptions> = {
  id: 'vault',
  inputs: VAULT_INPUTS,
  readOptions: readVaultOptions,
  readsCurrent: true,
  removes: true,
}

export function readVaultOptions(
  getInput: (name: string) => string,
  _env: Readonly<Record<string, string | undefined>>,
  s: Spelling = ACTION_SPELLING,
): VaultOptions {
  const addressInput = getInput('vault_addr').trim()
  if (!addressInput) {
    throw new Error(
      `${s.input('vault_addr')} is required for store vault: the Vault address, e.g. https://vault.example.com:8200`,
    )
  }
  let url: URL
  try {
    url = new URL(addressInput)
  } catch {
    throw new Error(
      `${s.input('vault_addr')} "${addressInput}" is not a URL: e.g. https://vault.example.com:8200`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${s.input('vault_addr')} "${addressInput}" must be an https:// URL`)
  }
  // the token, the OIDC login and the private key travel there
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new Error(
      `${s.input('vault_addr')} "${addressInput}" must use https:// (plain http is for a Vault on this machine only: ` +
        `127.0.0.1, ::1 or localhost); write https://${url.host}${url.pathname.replace(/\/+$/, '')}`,
    )
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`${s.input('vault_addr')} must be a plain address without credentials, query or fragment`)
  }

  const mount = vaultPath(
    getInput('vault_mount').trim() || 'secret',
    s.input('vault_mount'),
    'e.g. secret or kv',
  )
  const pathInput = getInput('vault_path').trim()
  if (!pathInput) {
    throw new Error(
      `${s.input('vault_path')} is required for store vault: where the certificate goes inside the mount, e.g. tls/example.com`,
    )
  }
  const path = vaultPath(pathInput, s.input('vault_path'), 'e.g. tls/example.com')

  const namespaceInput = getInput('vault_namespace')
    .trim()
    .replace(/^\/+|\/+$/g, '')
  const namespace = namespaceInput
    ? vaultPath(namespaceInput, s.input('vault_namespace'), 'e.g. admin or admin/team')
    : undefined

  const token = getInput('vault_token').trim()
  const role = getInput('vault_role').trim()
  if (token && role) {
    throw new Error(
      `give either ${s.input('vault_token')} or ${s.input('vault_role')} for store vault, not both (${s.input('vault_role')}: OIDC login, no stored token)`,
    )
  }
  if (!token && !role) {
    throw new Error(
      `store vault needs a login: ${s.input('vault_role')} (a JWT auth role; the job logs in with its OIDC token and ` +
        `needs \`permissions: id-token: write\`) or ${s.input('vault_token')} (a Vault token from a secret)`,
    )
  }
  const authPathInput = getInput('vault_auth_path').trim()
  const audienceInput = getInput('vault_audience').trim()
  if (token && (authPathInput || audienceInput)) {
    throw new Error(
      `${s.input('vault_auth_path')} and ${s.input('vault_audience')} apply to the OIDC login with ${s.input('vault_role')}; ` +
        `remove them with ${s.input('vault_token')}`,
    )
  }
  const auth: VaultAuth = token
    ? { method: 'token', token }
    : {
        method: 'jwt',
        role,
        authPath: vaultPath(authPathInput || 'jwt', s.input('vault_auth_path'), 'e.g. jwt or github-actions'),
        audience: audienceInput || undefined,
      }

  return {
    address: `${url.origin}${url.pathname.replace(/\/+$/, '')}`,
    mount,
    path,
    namespace,
    auth,
  }
}

/** Slash-separated segments, no empty, `.` or `..` segment, no control characters; `input` as spelled. */
function vaultPath(value: string, input: string, example: string): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '')
  const segments = trimmed.split('/')
  const bad = segments.find((segment) => segment === '' || segment === '.' || segment === '..')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (trimmed === '' || bad !== undefined || /[\u0000-\u001f\u007f?#%\s]/.test(trimmed)) {
    throw new Error(
      `${input} "${value}" is not a Vault path: segments separated by single slashes, ${example}`,
    )
  }
  return trimmed
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname)
}
