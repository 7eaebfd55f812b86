// The workflow's OIDC token (GitHub Actions id-token), which clouds and Vault trade for short-lived credentials.
import { HttpClient, type HttpTransport } from '../http/client.js'

/** Where GitHub Actions puts the id-token endpoint when the job has `permissions: id-token: write`. */
export const OIDC_URL_ENV = 'ACTIONS_ID_TOKEN_REQUEST_URL'
export const OIDC_TOKEN_ENV = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'

export interface OidcRequest {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly transport?: HttpTransport | undefined
  /**
   * The `aud` claim the cloud expects, e.g. sts.amazonaws.com. Empty: GitHub's default audience, the URL of
   * the repository owner (https://github.com/<owner>), which GitHub's Vault guide binds with bound_audiences.
   */
  readonly audience?: string | undefined
  /** Provider or store id, the first word of every error. */
  readonly provider: string
  /** The input that chose OIDC (e.g. `vault_role`), named when the token is missing. */
  readonly requestedBy?: string
  /** Called with the request token and the id-token, so no log line shows either. */
  readonly mask: (secret: string) => void
  readonly log?: (message: string) => void
}

/**
 * Fetch the workflow's OIDC token for one audience. The request URL comes from the environment as the
 * runner gives it (tests point it at their harness); its own query (api-version) is kept.
 */
export async function fetchOidcToken(request: OidcRequest): Promise<string> {
  const requestUrl = request.env[OIDC_URL_ENV]?.trim()
  const requestToken = request.env[OIDC_TOKEN_ENV]?.trim()
  if (!requestUrl || !requestToken) {
    throw new Error(
      `${request.provider}: ${request.requestedBy ? `\`${request.requestedBy}\` logs in with ` : ''}the workflow's OIDC ` +
        `token, which is not available (${OIDC_URL_ENV} and ${OIDC_TOKEN_ENV} are unset): give the job ` +
        '`permissions: id-token: write` (pull requests from forks never get one), or use static credentials',
    )
  }
  request.mask(requestToken)
  const url = new URL(requestUrl)
  const query: Record<string, string> = Object.fromEntries(url.searchParams)
  if (request.audience) query.audience = request.audience
  url.search = ''
  url.hash = ''
  const http = new HttpClient({
    ...request.transport,
    provider: request.provider,
    baseUrl: url.origin,
    headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
    secrets: [requestToken],
    credentialHint: `${OIDC_TOKEN_ENV} (the job needs \`permissions: id-token: write\`)`,
    ...(request.log ? { log: request.log } : {}),
  })
  const { body } = await http.request<{ value?: unknown }>('GET', url.pathname, { query })
  const token = typeof body === 'object' && body !== null ? body.value : undefined
  if (typeof token !== 'string' || token === '') {
    throw new Error(`${request.provider}: the OIDC token endpoint answered without a token (no "value")`)
  }
  request.mask(token)
  return token
}
