// GitHub's OIDC token endpoint as the runner exposes it (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN), for the fake clouds:
// it hands out opaque JWT-shaped tokens and remembers each one's audience, which the fake token services check.
// The bundle asks the endpoint (through @actions/core); a test calling the core directly gets the same tokens
// from its Host (`mint`).
import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const OIDC_PATH = '/_oidc/idtoken'

export interface FakeOidc {
  /** The request token the endpoint accepts (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  readonly requestToken: string
  /** Tokens issued, with their aud. */
  readonly issued: Map<string, string>
  /** The runner's variables for a server at origin. */
  env(origin: string): Record<string, string>
  /** A token for `aud` ('': GitHub's default audience), as the endpoint issues one. */
  mint(aud: string): string
  /** The answer to a request for OIDC_PATH. */
  answer(req: IncomingMessage, url: URL): { status: number; body: unknown }
  /** Whether token is one this endpoint issued for aud. */
  valid(token: unknown, aud: string): boolean
}

export function fakeOidc(): FakeOidc {
  const requestToken = `oidc-request-${randomBytes(12).toString('base64url')}`
  const issued = new Map<string, string>()
  const mint = (aud: string) => {
    const audience = aud || 'https://github.com/octo'
    const header = Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url')
    const claims = Buffer.from(
      JSON.stringify({
        aud: audience,
        iss: 'https://token.actions.githubusercontent.com',
        sub: 'repo:octo/app:ref:refs/heads/main',
      }),
    ).toString('base64url')
    const token = `${header}.${claims}.${randomBytes(32).toString('base64url')}`
    issued.set(token, audience)
    return token
  }
  return {
    requestToken,
    issued,
    mint,
    env: (origin) => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${origin}${OIDC_PATH}?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    }),
    answer(req, url) {
      if (req.headers.authorization !== `Bearer ${requestToken}`)
        return { status: 401, body: { message: 'bad' } }
      if (url.searchParams.get('api-version') !== '2.0')
        return { status: 400, body: { message: 'api-version' } }
      return { status: 200, body: { count: 1, value: mint(url.searchParams.get('audience') ?? '') } }
    },
    valid: (token, aud) => typeof token === 'string' && issued.get(token) === aud,
  }
}
