// Google access tokens, shared by the google provider and the gcp-secret-manager store: a service account key
// (a signed JWT traded at the OAuth endpoint), or workload identity federation with the workflow's OIDC token
// (STS token exchange, then the service account's generateAccessToken).
import { createSign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { providerHttp } from '../http/api.js'
import type { CloudContext } from './context.js'
import { workflowIdToken } from './oidc.js'

const OAUTH_URL = 'https://oauth2.googleapis.com'
const STS_URL = 'https://sts.googleapis.com'
const IAM_URL = 'https://iamcredentials.googleapis.com'
export const KEY_HINT = 'GCE_SERVICE_ACCOUNT (the service account key and its roles)'
export const WIF_HINT =
  'GCE_WORKLOAD_IDENTITY_PROVIDER / GCE_SERVICE_ACCOUNT_EMAIL (the provider must admit this repository, and the ' +
  'repository principal needs roles/iam.workloadIdentityUser on the service account)'
const PROVIDER_PATTERN =
  /^projects\/[^/]+\/locations\/global\/workloadIdentityPools\/[^/]+\/providers\/[^/]+$/

export interface ServiceAccountKey {
  client_email: string
  private_key: string
  private_key_id?: string
  project_id?: string
}

/** Google APIs also throttle with 403 and a rate-limit reason. */
export function googleThrottled(status: number, body: string): boolean {
  return status === 403 && /"(rateLimitExceeded|userRateLimitExceeded)"/.test(body)
}

export interface GoogleCredential {
  /** The variables to check when Google refuses the token. */
  readonly hint: string
  /** GCE_PROJECT, else the key's project_id, else the project of GCE_SERVICE_ACCOUNT_EMAIL; '' when none says. */
  readonly project: string
  /** One access token per run, fetched on first use; a failure is not kept, so a later call tries again. */
  token(): Promise<string>
}

/**
 * The credential of the environment for `scope`: GCE_SERVICE_ACCOUNT (key JSON) or GCE_SERVICE_ACCOUNT_FILE, else
 * GCE_WORKLOAD_IDENTITY_PROVIDER with GCE_SERVICE_ACCOUNT_EMAIL. Throws at once when neither is complete. The key
 * and every token are masked.
 */
export function googleCredential(context: CloudContext, who: string, scope: string): GoogleCredential {
  const env = context.env
  const mask = (secret: string | undefined) => {
    if (secret) context.host.mask(secret)
  }
  const key = readServiceAccountKey(env, who, mask)
  const provider = env.GCE_WORKLOAD_IDENTITY_PROVIDER?.trim() ?? ''
  const email = env.GCE_SERVICE_ACCOUNT_EMAIL?.trim() ?? ''
  if (key === undefined && (provider === '' || email === '')) {
    throw new Error(
      `${who}: set GCE_SERVICE_ACCOUNT (key JSON) or GCE_SERVICE_ACCOUNT_FILE, or GCE_WORKLOAD_IDENTITY_PROVIDER ` +
        'and GCE_SERVICE_ACCOUNT_EMAIL for the OIDC way',
    )
  }
  if (key === undefined && !PROVIDER_PATTERN.test(provider)) {
    throw new Error(
      `${who}: GCE_WORKLOAD_IDENTITY_PROVIDER must be ` +
        `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>; got "${provider}"`,
    )
  }
  const project =
    env.GCE_PROJECT?.trim() ||
    key?.project_id ||
    /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(email)?.[1] ||
    ''

  async function keyToken(sa: ServiceAccountKey): Promise<string> {
    const tokenUrl = `${(env.GOOGLE_OAUTH_URL || OAUTH_URL).replace(/\/+$/, '')}/token`
    const oauth = providerHttp(context, {
      provider: who,
      apiUrlEnv: 'GOOGLE_OAUTH_URL',
      defaultUrl: OAUTH_URL,
      secrets: [sa.private_key],
      credentialHint: KEY_HINT,
    })
    const { body } = await oauth.request<{ access_token?: string }>('POST', '/token', {
      text: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: signJwt(sa, tokenUrl, scope),
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      idempotent: true,
    })
    if (!body?.access_token) throw new Error(`${who}: the OAuth token endpoint answered without access_token`)
    return body.access_token
  }

  async function federatedToken(): Promise<string> {
    const oidc = await workflowIdToken({
      host: context.host,
      // the audience a workload identity provider accepts by default
      audience: `https://iam.googleapis.com/${provider}`,
      provider: who,
      instead: 'GCE_SERVICE_ACCOUNT or GCE_SERVICE_ACCOUNT_FILE (a service account key)',
    })
    const sts = providerHttp(context, {
      provider: who,
      apiUrlEnv: 'GOOGLE_STS_URL',
      defaultUrl: STS_URL,
      secrets: [oidc],
      credentialHint: WIF_HINT,
    })
    const { body: exchanged } = await sts.request<{ access_token?: string }>('POST', '/v1/token', {
      body: {
        grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
        audience: `//iam.googleapis.com/${provider}`,
        scope: 'https://www.googleapis.com/auth/cloud-platform',
        requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
        subjectToken: oidc,
        subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
      },
      idempotent: true,
    })
    const federated = exchanged?.access_token
    if (!federated) throw new Error(`${who}: the Security Token Service answered without access_token`)
    const iam = providerHttp(context, {
      provider: who,
      apiUrlEnv: 'GOOGLE_IAM_URL',
      defaultUrl: IAM_URL,
      headers: { authorization: `Bearer ${federated}` },
      secrets: [federated],
      credentialHint: WIF_HINT,
    })
    const { body } = await iam.request<{ accessToken?: string }>(
      'POST',
      `/v1/projects/-/serviceAccounts/${encodeURIComponent(email)}:generateAccessToken`,
      { body: { scope: [scope], lifetime: '3600s' }, idempotent: true },
    )
    if (!body?.accessToken) throw new Error(`${who}: generateAccessToken answered without accessToken`)
    return body.accessToken
  }

  let pending: Promise<string> | undefined
  return {
    hint: key ? KEY_HINT : WIF_HINT,
    project,
    token() {
      pending ??= (key ? keyToken(key) : federatedToken()).then((token) => {
        mask(token)
        return token
      })
      pending.catch(() => {
        pending = undefined
      })
      return pending
    },
  }
}

/** The service account key from GCE_SERVICE_ACCOUNT (JSON) or GCE_SERVICE_ACCOUNT_FILE (a path), masked. */
function readServiceAccountKey(
  env: Readonly<Record<string, string | undefined>>,
  who: string,
  mask: (secret: string) => void,
): ServiceAccountKey | undefined {
  const inline = env.GCE_SERVICE_ACCOUNT?.trim()
  const file = env.GCE_SERVICE_ACCOUNT_FILE?.trim()
  let source: string
  let json: string
  if (inline) {
    source = 'GCE_SERVICE_ACCOUNT'
    json = inline
  } else if (file) {
    source = 'GCE_SERVICE_ACCOUNT_FILE'
    try {
      json = readFileSync(file, 'utf8')
    } catch (error) {
      throw new Error(`${who}: cannot read GCE_SERVICE_ACCOUNT_FILE ${file}: ${(error as Error).message}`)
    }
  } else {
    return undefined
  }
  let key: Partial<ServiceAccountKey>
  try {
    key = JSON.parse(json) as Partial<ServiceAccountKey>
  } catch {
    // the text may be a mangled key: never echo it
    throw new Error(
      `${who}: ${source} is not JSON; give the service account key file's content as created by Google`,
    )
  }
  if (typeof key.private_key === 'string') {
    mask(key.private_key)
    for (const line of key.private_key.split('\n')) if (line.trim().length > 8) mask(line.trim())
  }
  if (typeof key.private_key_id === 'string') mask(key.private_key_id)
  if (typeof key.client_email !== 'string' || typeof key.private_key !== 'string') {
    throw new Error(`${who}: ${source} lacks client_email or private_key; is it a service account key?`)
  }
  return key as ServiceAccountKey
}

/** The RS256 JWT a service account presents at the token endpoint (OAuth 2.0 JWT bearer grant). */
export function signJwt(
  key: ServiceAccountKey,
  audience: string,
  scope: string,
  now: number = Date.now(),
): string {
  const iat = Math.floor(now / 1000)
  const header = { alg: 'RS256', typ: 'JWT', ...(key.private_key_id ? { kid: key.private_key_id } : {}) }
  const claims = { iss: key.client_email, scope, aud: audience, iat, exp: iat + 3600 }
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
  const signature = createSign('RSA-SHA256').update(unsigned).sign(key.private_key)
  return `${unsigned}.${signature.toString('base64url')}`
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url')
}
