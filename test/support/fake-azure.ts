// A local Microsoft Entra token endpoint (client secret, or a federated credential trusting a fake GitHub OIDC
// endpoint) and Key Vault's certificate API (7.x): import as PEM, get, delete, and soft delete as every vault has
// it since 2025 (a deleted certificate keeps its name until it is recovered or purged; recovery takes a moment).
// Key Vault accepts only the bearer tokens the token endpoint issued for its own scope, and refuses what the REST
// reference says it refuses.
import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { type FakeOidc, fakeOidc, OIDC_PATH } from './fake-oidc.js'
import { serveOnLoopback } from './json-request.js'

export interface FakeAzureOptions {
  readonly tenant: string
  readonly clientId: string
  /** The app's client secret; undefined: only the federated credential signs in. */
  readonly clientSecret?: string
  /** Key Vault permissions the app lacks, e.g. certificates/import, certificates/purge. */
  readonly denied?: readonly string[]
  /** Purge protection: a deleted certificate stays until its retention ends, purge is refused. */
  readonly purgeProtection?: boolean
  /** Requests after a recovery during which the certificate is not back yet (default 1). */
  readonly recoveryRequests?: number
}

export interface DeletedCertificate {
  readonly versions: KeyVaultVersion[]
  readonly deletedDate: number
  readonly scheduledPurgeDate: number
}

export interface KeyVaultVersion {
  readonly id: string
  readonly pem: string
  readonly policy: unknown
  readonly tags: unknown
}

export interface FakeAzure {
  readonly url: string
  readonly oidc: FakeOidc
  readonly oidcEnv: Record<string, string>
  /** Certificate name -> versions, oldest first. */
  readonly certificates: Map<string, KeyVaultVersion[]>
  /** Soft-deleted certificates by name, until recovered or purged. */
  readonly deleted: Map<string, DeletedCertificate>
  /** Access tokens issued, with their scope. */
  readonly tokens: Map<string, string>
  readonly requests: { method: string; path: string; status: number }[]
  close(): Promise<void>
}

const SCOPE = 'https://vault.azure.net/.default'

export async function startFakeAzure(options: FakeAzureOptions): Promise<FakeAzure> {
  const oidc = fakeOidc()
  const certificates = new Map<string, KeyVaultVersion[]>()
  const deleted = new Map<string, DeletedCertificate>()
  /** Names being recovered: requests left until the certificate is back. */
  const recovering = new Map<string, number>()
  const tokens = new Map<string, string>()
  const requests: FakeAzure['requests'] = []
  let url = ''

  const handle = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const parsed = new URL(req.url ?? '/', 'http://fake')
    const path = parsed.pathname
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      requests.push({ method: req.method ?? '', path, status })
      res.writeHead(status, {
        ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        ...headers,
      })
      res.end(body === undefined ? '' : JSON.stringify(body))
    }
    const vaultError = (status: number, code: string, message: string, inner?: string) =>
      send(status, { error: { code, message, ...(inner ? { innererror: { code: inner } } : {}) } })

    if (path === OIDC_PATH) {
      const { status, body } = oidc.answer(req, parsed)
      return send(status, body)
    }

    if (req.method === 'POST' && path === `/${options.tenant}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(text)
      const fail = (code: string, description: string) =>
        send(401, { error: code, error_description: description })
      if (req.headers['content-type'] !== 'application/x-www-form-urlencoded')
        return fail('invalid_request', 'form expected')
      if (form.get('grant_type') !== 'client_credentials')
        return fail('unsupported_grant_type', 'client_credentials only')
      if (form.get('client_id') !== options.clientId)
        return fail('unauthorized_client', 'AADSTS700016: Application not found')
      const scope = form.get('scope') ?? ''
      if (scope !== SCOPE) return fail('invalid_scope', `AADSTS70011: unexpected scope ${scope}`)
      const secret = form.get('client_secret')
      const assertion = form.get('client_assertion')
      const bySecret = options.clientSecret !== undefined && secret === options.clientSecret
      const byFederation =
        secret === null &&
        form.get('client_assertion_type') === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
        oidc.valid(assertion, 'api://AzureADTokenExchange')
      if (!bySecret && !byFederation)
        return fail('invalid_client', 'AADSTS7000215: Invalid client secret or assertion')
      const token = `eyJ0eXAiOiJKV1QifQ.${randomBytes(24).toString('base64url')}.${randomBytes(16).toString('base64url')}`
      tokens.set(token, scope)
      return send(200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token })
    }

    // Key Vault
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (bearer === undefined || tokens.get(bearer) !== SCOPE) {
      return vaultError(401, 'Unauthorized', 'AKV10000: Request is missing a Bearer or PoP token.', undefined)
    }
    if (parsed.searchParams.get('api-version') === null)
      return vaultError(400, 'BadParameter', 'The api-version query parameter is required')
    const match = /^\/(certificates|deletedcertificates)\/([^/]+)(\/import|\/recover)?$/.exec(path)
    if (!match) return vaultError(404, 'NotFound', `no route ${path}`)
    const collection = match[1]
    const name = decodeURIComponent(match[2] ?? '')
    const action = match[3]
    if (!/^[0-9a-zA-Z-]{1,127}$/.test(name))
      return vaultError(400, 'BadParameter', `Certificate name ${name} is invalid`)
    // a recovery in progress: the certificate is not back until the service has finished it
    const left = recovering.get(name)
    if (left !== undefined) {
      if (left <= 1) recovering.delete(name)
      else recovering.set(name, left - 1)
    }
    const permission =
      action === '/import'
        ? 'import'
        : action === '/recover'
          ? 'recover'
          : req.method === 'GET'
            ? 'get'
            : req.method === 'DELETE'
              ? collection === 'deletedcertificates'
                ? 'purge'
                : 'delete'
              : ''
    if (options.denied?.includes(`certificates/${permission}`)) {
      return vaultError(
        403,
        'Forbidden',
        `The user, group or application 'appid=${options.clientId}' does not have certificates ${permission} permission on key vault`,
        'AccessDenied',
      )
    }
    const bundle = (version: KeyVaultVersion) => {
      const leaf = new X509Certificate(version.pem.slice(version.pem.indexOf('-----BEGIN CERTIFICATE-----')))
      return {
        id: version.id,
        kid: version.id.replace('/certificates/', '/keys/'),
        sid: version.id.replace('/certificates/', '/secrets/'),
        x5t: Buffer.from(leaf.fingerprint.replace(/:/g, ''), 'hex').toString('base64url'),
        cer: leaf.raw.toString('base64'),
        attributes: {
          enabled: true,
          exp: Math.floor(Date.parse(leaf.validTo) / 1000),
          recoveryLevel: 'Recoverable+Purgeable',
        },
        policy: version.policy,
        tags: version.tags,
      }
    }

    const notFound = () =>
      vaultError(
        404,
        'CertificateNotFound',
        `A certificate with (name/id) ${name} was not found in this key vault.`,
      )
    if (collection === 'deletedcertificates') {
      const gone = deleted.get(name)
      if (!gone) return vaultError(404, 'CertificateNotFound', `Deleted Certificate not found: ${name}`)
      const described = {
        ...bundle(gone.versions.at(-1) as KeyVaultVersion),
        recoveryId: `${url}/deletedcertificates/${name}`,
        deletedDate: gone.deletedDate,
        scheduledPurgeDate: gone.scheduledPurgeDate,
      }
      if (req.method === 'GET' && action === undefined) return send(200, described)
      if (req.method === 'POST' && action === '/recover') {
        deleted.delete(name)
        certificates.set(name, gone.versions)
        recovering.set(name, options.recoveryRequests ?? 1)
        return send(200, bundle(gone.versions.at(-1) as KeyVaultVersion))
      }
      if (req.method === 'DELETE' && action === undefined) {
        if (options.purgeProtection)
          return vaultError(
            403,
            'Forbidden',
            'Operation "purge" is not allowed because purge protection is enabled for this vault. Key Vault ' +
              'service will automatically purge it after the retention period has passed.',
          )
        deleted.delete(name)
        return send(204)
      }
      return vaultError(405, 'MethodNotAllowed', `${req.method} ${path}`)
    }
    if (left !== undefined) {
      if (req.method === 'GET') return notFound()
      return vaultError(409, 'Conflict', `Certificate ${name} is currently being recovered.`)
    }

    if (req.method === 'POST' && action === '/import') {
      if (deleted.has(name))
        return vaultError(
          409,
          'Conflict',
          `Certificate ${name} is currently in a deleted but recoverable state, and its name cannot be reused; ` +
            'in this state, the certificate can only be recovered or purged.',
        )
      let body: {
        value?: unknown
        policy?: { key_props?: { kty?: string; crv?: string }; secret_props?: { contentType?: string } }
        tags?: unknown
      }
      try {
        body = JSON.parse(text)
      } catch {
        return vaultError(400, 'BadParameter', 'The request body is not JSON')
      }
      const pem = typeof body.value === 'string' ? body.value : ''
      if (
        body.policy?.secret_props?.contentType !== 'application/x-pem-file' ||
        !pem.includes('PRIVATE KEY-----')
      )
        return vaultError(
          400,
          'BadParameter',
          'The specified PEM X.509 certificate content is in an unexpected format.',
        )
      try {
        const key = createPrivateKey(pem.slice(0, pem.indexOf('-----END PRIVATE KEY-----') + 25))
        const leaf = new X509Certificate(pem.slice(pem.indexOf('-----BEGIN CERTIFICATE-----')))
        if (!leaf.checkPrivateKey(key)) throw new Error('mismatch')
        const kty = key.asymmetricKeyType === 'ec' ? 'EC' : 'RSA'
        if (body.policy.key_props?.kty !== undefined && body.policy.key_props.kty !== kty)
          return vaultError(
            400,
            'BadParameter',
            `Key type in the policy (${body.policy.key_props.kty}) does not match the key (${kty})`,
          )
      } catch {
        return vaultError(
          400,
          'BadParameter',
          'Private key does not match the certificate, or cannot be read.',
        )
      }
      const versions = certificates.get(name) ?? []
      const version = {
        id: `${url}/certificates/${name}/${randomBytes(16).toString('hex')}`,
        pem,
        policy: body.policy,
        tags: body.tags,
      }
      versions.push(version)
      certificates.set(name, versions)
      return send(200, bundle(version))
    }
    if (req.method === 'GET' && action === undefined) {
      const latest = certificates.get(name)?.at(-1)
      if (!latest) return notFound()
      return send(200, bundle(latest))
    }
    if (req.method === 'DELETE' && action === undefined) {
      const versions = certificates.get(name)
      if (!versions) return notFound()
      certificates.delete(name)
      const now = Math.floor(Date.now() / 1000)
      const gone = { versions, deletedDate: now, scheduledPurgeDate: now + 90 * 86400 }
      deleted.set(name, gone)
      return send(200, {
        ...bundle(versions.at(-1) as KeyVaultVersion),
        recoveryId: `${url}/deletedcertificates/${name}`,
        deletedDate: gone.deletedDate,
        scheduledPurgeDate: gone.scheduledPurgeDate,
      })
    }
    return vaultError(405, 'MethodNotAllowed', `${req.method} ${path}`)
  }

  const served = await serveOnLoopback(handle)
  url = served.url
  return {
    url,
    oidc,
    oidcEnv: oidc.env(url),
    certificates,
    deleted,
    tokens,
    requests,
    close: served.close,
  }
}
