// The workflow's OIDC token (GitHub Actions id-token), which clouds and Vault trade for short-lived credentials.
import type { Host } from '../host.js'

/** Set by the runner when the job has `permissions: id-token: write`: the sign-in with the token is possible. */
export const OIDC_TOKEN_ENV = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'

/**
 * The job gets no OIDC token: a credential that cannot be obtained at all. The renewal decision reads
 * `credentialUnavailable` to stop before ordering, as it does on a refused credential.
 */
export class OidcTokenUnavailable extends Error {
  override readonly name = 'OidcTokenUnavailable'
  readonly credentialUnavailable = true
}

export interface OidcRequest {
  readonly host: Pick<Host, 'idToken'>
  /**
   * The `aud` claim the cloud expects, e.g. sts.amazonaws.com. Empty: GitHub's default audience, the URL of
   * the repository owner (https://github.com/<owner>), which GitHub's Vault guide binds with bound_audiences.
   */
  readonly audience?: string | undefined
  /** Provider or store id, the first word of every error. */
  readonly provider: string
  /** The input that chose OIDC (e.g. `vault_role`), named when there is no token. */
  readonly requestedBy?: string
  /** The static credentials that sign in without the token, named when there is none. */
  readonly instead: string
}

/**
 * The workflow's OIDC token for one audience (masked by the host), or an error naming the other way in: a run
 * without it cannot sign in, so it stops before ordering (OidcTokenUnavailable).
 */
export async function workflowIdToken(request: OidcRequest): Promise<string> {
  try {
    return await request.host.idToken(request.audience || undefined)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    const who = request.requestedBy ? `\`${request.requestedBy}\` logs in with` : 'signing in needs'
    throw new OidcTokenUnavailable(
      `${request.provider}: ${who} the workflow's OIDC token, and ${why}; or use ${request.instead}`,
    )
  }
}
