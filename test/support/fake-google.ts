// A local Google: the OAuth token endpoint (a service account's RS256 JWT, checked with its public key), STS and
// IAM Credentials for workload identity (with tokens of a fake GitHub OIDC endpoint), and Secret Manager v1
// (secrets, versions with their CRC32C checked, access of an enabled version only, disable, list, delete). Secret Manager accepts only the access
// tokens issued here, and names the missing permission as Google does.
import { createPublicKey, createVerify, randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { type FakeOidc, fakeOidc, OIDC_PATH } from './fake-oidc.js'
import { serveOnLoopback } from './json-request.js'

export interface FakeGoogleOptions {
  readonly project: string
  readonly projectNumber: string
  readonly serviceAccount: string
  /** PEM of the service account key's public half. */
  readonly publicKey: string
  /** projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider> */
  readonly workloadProvider: string
  /** Permissions the service account lacks, e.g. secretmanager.versions.add. */
  readonly denied?: readonly string[]
}

export interface FakeSecretVersion {
  readonly name: string
  readonly data: Buffer
  state: 'ENABLED' | 'DISABLED'
}

export interface FakeGoogle {
  readonly url: string
  readonly oidc: FakeOidc
  readonly oidcEnv: Record<string, string>
  readonly secrets: Map<string, FakeSecretVersion[]>
  readonly accessTokens: Set<string>
  readonly requests: { method: string; path: string; status: number }[]
  close(): Promise<void>
}

/** CRC32C, written here apart from the code under test. */
function crc32c(data: Buffer): number {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  let crc = -1
  for (const byte of data) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8)
  return (crc ^ -1) >>> 0
}

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform'

export async function startFakeGoogle(options: FakeGoogleOptions): Promise<FakeGoogle> {
  const oidc = fakeOidc()
  const secrets = new Map<string, FakeSecretVersion[]>()
  const accessTokens = new Set<string>()
  const federatedTokens = new Set<string>()
  const requests: FakeGoogle['requests'] = []
  const publicKey = createPublicKey(options.publicKey)
  let url = ''

  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const parsed = new URL(req.url ?? '/', 'http://fake')
    const path = parsed.pathname
    const send = (status: number, body: unknown) => {
      requests.push({ method: req.method ?? '', path, status })
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' })
      res.end(JSON.stringify(body))
    }
    const error = (code: number, status: string, message: string) =>
      send(code, { error: { code, message, status } })
    const json = (): Record<string, unknown> => {
      try {
        return JSON.parse(text) as Record<string, unknown>
      } catch {
        return {}
      }
    }
    const issue = (into: Set<string>) => {
      const token = `ya29.${randomBytes(30).toString('base64url')}`
      into.add(token)
      return token
    }

    if (path === OIDC_PATH) {
      const { status, body } = oidc.answer(req, parsed)
      return send(status, body)
    }

    // OAuth 2.0 JWT bearer grant for a service account key
    if (req.method === 'POST' && path === '/token') {
      const form = new URLSearchParams(text)
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer')
        return send(400, { error: 'unsupported_grant_type' })
      const [header = '', claims = '', signature = ''] = (form.get('assertion') ?? '').split('.')
      const verified = createVerify('RSA-SHA256')
        .update(`${header}.${claims}`)
        .verify(publicKey, Buffer.from(signature, 'base64url'))
      const body = JSON.parse(Buffer.from(claims, 'base64url').toString() || '{}') as Record<string, unknown>
      if (!verified || body.iss !== options.serviceAccount || body.aud !== `${url}/token`)
        return send(400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' })
      if (typeof body.exp !== 'number' || body.exp * 1000 < Date.now())
        return send(400, {
          error: 'invalid_grant',
          error_description: 'Invalid JWT: Token must be a short-lived token',
        })
      if (!String(body.scope).split(' ').includes(CLOUD_PLATFORM))
        return send(400, { error: 'invalid_scope', error_description: 'Secret Manager needs cloud-platform' })
      return send(200, { access_token: issue(accessTokens), expires_in: 3599, token_type: 'Bearer' })
    }

    // STS token exchange
    if (req.method === 'POST' && path === '/v1/token') {
      const body = json()
      if (
        body.grantType !== 'urn:ietf:params:oauth:grant-type:token-exchange' ||
        body.audience !== `//iam.googleapis.com/${options.workloadProvider}` ||
        body.subjectTokenType !== 'urn:ietf:params:oauth:token-type:jwt' ||
        body.requestedTokenType !== 'urn:ietf:params:oauth:token-type:access_token' ||
        !oidc.valid(body.subjectToken, `https://iam.googleapis.com/${options.workloadProvider}`)
      ) {
        return send(400, { error: 'invalid_grant', error_description: 'The audience or token is not valid' })
      }
      return send(200, {
        access_token: issue(federatedTokens),
        issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        token_type: 'Bearer',
        expires_in: 3600,
      })
    }

    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''

    // IAM Credentials: impersonate the service account with the federated token
    const impersonate = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):generateAccessToken$/.exec(path)
    if (req.method === 'POST' && impersonate) {
      if (!federatedTokens.has(bearer))
        return error(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.')
      if (decodeURIComponent(impersonate[1] ?? '') !== options.serviceAccount)
        return error(403, 'PERMISSION_DENIED', "Permission 'iam.serviceAccounts.getAccessToken' denied")
      const scope = json().scope
      if (!Array.isArray(scope) || !scope.includes(CLOUD_PLATFORM))
        return error(400, 'INVALID_ARGUMENT', 'scope must include cloud-platform for Secret Manager')
      return send(200, {
        accessToken: issue(accessTokens),
        expireTime: new Date(Date.now() + 3600_000).toISOString(),
      })
    }

    // Secret Manager v1
    if (!accessTokens.has(bearer))
      return error(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.')
    const route =
      /^\/v1\/projects\/([^/]+)\/secrets(?:\/([^/:]+)(?:(:addVersion)|(\/versions)(?:\/(latest|\d+)(:access|:disable))?)?)?$/.exec(
        path,
      )
    if (!route) return error(404, 'NOT_FOUND', `no route ${path}`)
    const [, project = '', secretId, addVersion, versionsPath, versionId, verb] = route
    const access = verb === ':access'
    if (project !== options.project && project !== options.projectNumber)
      return error(403, 'PERMISSION_DENIED', `Permission denied on project ${project}`)
    const resource = `projects/${options.projectNumber}/secrets/${secretId ?? parsed.searchParams.get('secretId')}`
    const deny = (permission: string) => {
      if (!options.denied?.includes(permission)) return false
      error(
        403,
        'PERMISSION_DENIED',
        `Permission '${permission}' denied for resource '${resource}' (or it may not exist).`,
      )
      return true
    }
    if (req.method === 'POST' && secretId === undefined) {
      if (deny('secretmanager.secrets.create')) return
      const id = parsed.searchParams.get('secretId') ?? ''
      const body = json() as { replication?: { automatic?: unknown; userManaged?: unknown } }
      if (!body.replication?.automatic && !body.replication?.userManaged)
        return error(400, 'INVALID_ARGUMENT', 'Secret.replication is required')
      if (secrets.has(id)) return error(409, 'ALREADY_EXISTS', `Secret [${resource}] already exists.`)
      secrets.set(id, [])
      return send(200, {
        name: resource,
        replication: body.replication,
        createTime: new Date().toISOString(),
      })
    }
    const versions = secrets.get(secretId ?? '')
    if (req.method === 'POST' && addVersion) {
      if (deny('secretmanager.versions.add')) return
      if (!versions) return error(404, 'NOT_FOUND', `Secret [${resource}] not found or has no versions.`)
      const payload = (json().payload ?? {}) as { data?: string; dataCrc32c?: string }
      const data = Buffer.from(payload.data ?? '', 'base64')
      if (payload.dataCrc32c !== undefined && payload.dataCrc32c !== String(crc32c(data)))
        return error(400, 'INVALID_ARGUMENT', 'Checksum mismatch: data corrupted in transit')
      const version = { name: `${resource}/versions/${versions.length + 1}`, data, state: 'ENABLED' as const }
      versions.push(version)
      return send(200, { name: version.name, createTime: new Date().toISOString(), state: 'ENABLED' })
    }
    // `latest` is the newest version whatever its state
    const version = versionId === 'latest' ? versions?.at(-1) : versions?.[Number(versionId) - 1]
    if (req.method === 'GET' && access) {
      if (deny('secretmanager.versions.access')) return
      if (!version) return error(404, 'NOT_FOUND', `Secret [${resource}] not found or has no versions.`)
      if (version.state !== 'ENABLED')
        return error(
          400,
          'FAILED_PRECONDITION',
          `Secret Version [${version.name}] is in ${version.state} state.`,
        )
      return send(200, {
        name: version.name,
        payload: { data: version.data.toString('base64'), dataCrc32c: String(crc32c(version.data)) },
      })
    }
    if (req.method === 'POST' && verb === ':disable') {
      if (deny('secretmanager.versions.disable')) return
      if (!version)
        return error(404, 'NOT_FOUND', `Secret Version [${resource}/versions/${versionId}] not found.`)
      version.state = 'DISABLED'
      return send(200, { name: version.name, state: 'DISABLED' })
    }
    if (req.method === 'GET' && versionsPath && versionId === undefined) {
      if (deny('secretmanager.versions.list')) return
      if (!versions) return error(404, 'NOT_FOUND', `Secret [${resource}] not found.`)
      // newest first, as the API lists them
      const filter = parsed.searchParams.get('filter')
      const listed = [...versions]
        .reverse()
        .filter((v) => filter === null || filter === `state:${v.state}`)
        .map((v) => ({ name: v.name, state: v.state }))
      return send(200, { versions: listed, totalSize: listed.length })
    }
    if (req.method === 'DELETE' && !addVersion && !versionsPath) {
      if (deny('secretmanager.secrets.delete')) return
      if (!versions) return error(404, 'NOT_FOUND', `Secret [${resource}] not found.`)
      secrets.delete(secretId ?? '')
      return send(200, {})
    }
    return error(404, 'NOT_FOUND', `no route ${req.method} ${path}`)
  }

  const served = await serveOnLoopback(handle)
  url = served.url
  return {
    url,
    oidc,
    oidcEnv: oidc.env(url),
    secrets,
    accessTokens,
    requests,
    close: served.close,
  }
}
