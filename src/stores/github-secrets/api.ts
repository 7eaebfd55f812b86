// The GitHub REST calls of the `github-secrets` destination: the routes of each scope, and errors that say what
// `secrets_token` needs and never hold the token.
import { secretVariants } from '../../http/client.js'
import type { GithubApi, StoreContext } from '../types.js'
import type { GithubSecretsOptions } from './options.js'

const ID = 'github-secrets'

/** The answer of one call; `data` is undefined for a status the caller expected as an answer rather than an error. */
export interface Answer {
  readonly status: number
  readonly data: unknown
}

/** The Octokit routes of the configured scope: `${prefix}/secrets/…`, `${prefix}/variables/…`, with their parameters. */
export interface ScopeRoutes {
  readonly prefix: string
  readonly parameters: Readonly<Record<string, string>>
}

export function scopeRoutes(options: GithubSecretsOptions): ScopeRoutes {
  const { scope, owner, repository, environment } = options
  if (scope === 'organization') return { prefix: '/orgs/{org}/actions', parameters: { org: owner } }
  const [, repo = ''] = repository.split('/')
  if (scope === 'environment') {
    return {
      prefix: '/repos/{owner}/{repo}/environments/{environment_name}',
      parameters: { owner, repo, environment_name: environment ?? '' },
    }
  }
  return { prefix: '/repos/{owner}/{repo}/actions', parameters: { owner, repo } }
}

export function describeScope(options: GithubSecretsOptions): string {
  const { scope, owner, repository, environment } = options
  if (scope === 'organization') return `organization ${owner}`
  if (scope === 'environment') return `environment ${environment} of ${repository}`
  return `repository ${repository}`
}

/** The client the adapter makes for the token; a clear error when this run has none. */
export async function openGithubApi(
  options: GithubSecretsOptions,
  context: StoreContext,
): Promise<GithubApi> {
  if (!context.github) {
    throw new Error(
      `${ID}: no GitHub API client was given to the store (StoreContext.github is not set), so it cannot reach ` +
        `${describeScope(options)}; the action sets it, so this is a bug when seen in a workflow`,
    )
  }
  return context.github(options.token)
}

/**
 * One call in the scope. A status in `expect` is an answer (`data` undefined), any other failure an Error whose
 * message names the call; a refusal (401, 403, 404) also says what `secrets_token` needs to `what` the scope.
 */
export async function callScope(
  api: GithubApi,
  options: GithubSecretsOptions,
  what: string,
  route: string,
  parameters: Record<string, unknown>,
  expect: readonly number[] = [],
): Promise<Answer> {
  const routes = scopeRoutes(options)
  try {
    const { status, data } = await api.request(route, { ...routes.parameters, ...parameters })
    return { status, data }
  } catch (error) {
    const status = httpStatus(error)
    if (status !== undefined && expect.includes(status)) return { status, data: undefined }
    throw apiFailure(error, options, what, route)
  }
}

/** The status of an Octokit RequestError that carries a response; undefined when no answer came. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { status, response } = error as { status?: unknown; response?: unknown }
  return typeof status === 'number' && response !== undefined ? status : undefined
}

function apiFailure(error: unknown, options: GithubSecretsOptions, what: string, route: string): Error {
  const status = httpStatus(error)
  const detail = error instanceof Error ? error.message : String(error)
  let message = `${ID}: ${requestLine(error) ?? route} failed: ${status === undefined ? detail : `HTTP ${status}: ${detail}`}`
  if (status === 401 || status === 403 || status === 404) message += `. ${tokenAdvice(options, what, status)}`
  return new Error(redact(message, options.token), { cause: error })
}

/** "PUT /repos/octo/app/actions/secrets/TLS_CERTIFICATE" from the request Octokit reports; query left out. */
function requestLine(error: unknown): string | undefined {
  const request = (error as { request?: { method?: unknown; url?: unknown } } | null)?.request
  if (typeof request?.method !== 'string' || typeof request.url !== 'string') return undefined
  try {
    return `${request.method} ${new URL(request.url).pathname}`
  } catch {
    return undefined
  }
}

export function tokenAdvice(options: GithubSecretsOptions, what: string, status: number): string {
  const { scope } = options
  const target = describeScope(options)
  const permission =
    scope === 'organization'
      ? 'the organization permissions "Secrets: write" and "Variables: write" (classic token: admin:org)'
      : 'the repository permissions "Secrets: write" and "Variables: write"' +
        (scope === 'environment' ? ' (environments: "Environments: write")' : '')
  const seen =
    status === 404
      ? `GitHub answers 404 when ${target} does not exist${scope === 'environment' ? ' (create the environment first)' : ''} or when the token may not see it. `
      : ''
  return (
    `Could not ${what} ${target}. ${seen}Check \`secrets_token\`: it must be a fine-grained personal access token ` +
    `or a GitHub App token with ${permission} on ${scope === 'organization' ? 'the organization' : 'the repository'}. ` +
    'The workflow GITHUB_TOKEN cannot write secrets, whatever the `permissions:` block says'
  )
}

/** The token out of a message, as it could appear: raw, URL-encoded or JSON-escaped. */
export function redact(text: string, token: string): string {
  return secretVariants([token]).reduce((out, secret) => out.split(secret).join('***'), text)
}
