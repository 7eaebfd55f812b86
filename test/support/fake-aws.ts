// A local AWS for the aws-acm and aws-secrets-manager destinations: STS (AssumeRoleWithWebIdentity with tokens of a
// fake GitHub OIDC endpoint), ACM and Secrets Manager over the JSON 1.1 protocol, Route 53 (REST/XML) for the
// route53 provider, and the machine's credential endpoints: EC2 instance metadata (IMDSv2: a token from PUT
// /latest/api/token, then the role's credentials) and the container credentials endpoint (an Authorization token).
// Every request but STS must carry a valid Signature Version 4, recomputed here from the known secret keys as AWS
// does; the services keep the behaviour the API reference documents (ListCertificates' default key-type filter, tags
// only on a first import, ClientRequestToken idempotency, InUseBy, deletion windows; a change batch applied whole or
// not at all, a DELETE that must repeat the set exactly).
import {
  createHash,
  createHmac,
  createPrivateKey,
  randomBytes,
  randomUUID,
  X509Certificate,
} from 'node:crypto'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import {
  type FakeReply,
  type FakeRequest,
  type FakeServer,
  type MemoryZones,
  serveFake,
} from './fake-apis/memory.js'
import { type FakeOidc, fakeOidc, OIDC_PATH } from './fake-oidc.js'
import { serveOnLoopback } from './json-request.js'

const ACCOUNT = '123456789012'
const JSON_TYPE = 'application/x-amz-json-1.1'

export interface FakeAwsOptions {
  readonly region: string
  /** Access key id -> secret access key of the IAM users that may call. */
  readonly accessKeys?: Record<string, string>
  /** Roles AssumeRoleWithWebIdentity may assume. */
  readonly roles?: readonly string[]
  /** IAM actions every identity is denied, e.g. acm:ImportCertificate. */
  readonly denied?: readonly string[]
  /** The first n AssumeRoleWithWebIdentity calls answer IDPCommunicationError. */
  readonly stsFailures?: number
  /** The first n ACM / Secrets Manager requests are throttled (HTTP 400 ThrottlingException). */
  readonly throttleFirst?: number
  /** Summaries per ListCertificates page (default 100). */
  readonly pageSize?: number
  /** The role EC2 instance metadata serves credentials of; none: the paths answer 404, as off EC2. */
  readonly instanceRole?: string
  /** The Authorization value the container credentials endpoint (/v2/credentials/...) requires. */
  readonly containerToken?: string
}

export interface AcmCertificate {
  readonly arn: string
  certificate: string
  chain: string | undefined
  privateKey: string
  keyAlgorithm: string
  /** The CN; '' when the certificate has none (a name over 64 characters) */
  domainName: string
  names: string[]
  tags: { Key: string; Value: string }[]
  inUseBy: string[]
  imports: number
}

export interface SecretVersion {
  readonly id: string
  readonly value: string
  stages: string[]
}

export interface FakeSecret {
  readonly arn: string
  readonly name: string
  readonly kmsKeyId: string | undefined
  readonly versions: SecretVersion[]
  deletionDate: number | undefined
}

export interface AwsRequest {
  /** X-Amz-Target or the STS Action. */
  readonly operation: string
  readonly status: number
  /** The access key id that signed it. */
  readonly keyId: string | undefined
  readonly body: unknown
}

export interface FakeAws {
  readonly url: string
  readonly oidc: FakeOidc
  /** The runner's OIDC variables pointing here. */
  readonly oidcEnv: Record<string, string>
  readonly requests: AwsRequest[]
  readonly certificates: Map<string, AcmCertificate>
  readonly secrets: Map<string, FakeSecret>
  /** Session credentials STS handed out. */
  readonly sessions: { id: string; secret: string; token: string }[]
  /** Another writer creates `name` holding `value` just before the next CreateSecret, as a parallel run would. */
  createBeforeNextCreate(name: string, value: string): void
  close(): Promise<void>
}

class Fault extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export async function startFakeAws(options: FakeAwsOptions): Promise<FakeAws> {
  const oidc = fakeOidc()
  const requests: AwsRequest[] = []
  const certificates = new Map<string, AcmCertificate>()
  const secrets = new Map<string, FakeSecret>()
  const sessions: FakeAws['sessions'] = []
  const keys = new Map(Object.entries(options.accessKeys ?? {}))
  let stsFailures = options.stsFailures ?? 0
  let throttles = options.throttleFirst ?? 0
  let raceCreate: { name: string; value: string } | undefined
  const imdsTokens = new Set<string>()

  const handle = async (req: IncomingMessage, res: ServerResponse, text: string): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake')
    const send = (status: number, body: unknown, type = JSON_TYPE) => {
      res.writeHead(status, { 'content-type': type })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    if (url.pathname === OIDC_PATH) {
      const { status, body } = oidc.answer(req, url)
      return send(status, body, 'application/json')
    }
    if (url.pathname.startsWith('/latest/')) return instanceMetadata(req, url, send)
    if (url.pathname.startsWith('/v2/credentials/')) return containerCredentials(req, send)
    const target = String(req.headers['x-amz-target'] ?? '')
    if (target === '') return sts(text, send)

    const [prefix, action = ''] = target.split('.')
    const service =
      prefix === 'CertificateManager' ? 'acm' : prefix === 'secretsmanager' ? 'secretsmanager' : ''
    let body: Record<string, unknown> = {}
    let keyId: string | undefined
    try {
      if (service === '') throw new Fault('UnknownOperationException', `unknown target ${target}`)
      if (req.headers['content-type'] !== JSON_TYPE)
        throw new Fault('SerializationException', 'content-type must be application/x-amz-json-1.1')
      keyId = verifySigV4(
        {
          method: req.method ?? '',
          rawPath: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          text,
        },
        { region: options.region, service },
        (id) => {
          const session = sessions.find((s) => s.id === id)
          return keys.has(id) ? { secret: keys.get(id) as string } : session
        },
      )
      if (throttles > 0) {
        throttles -= 1
        throw new Fault('ThrottlingException', 'Rate exceeded')
      }
      body = JSON.parse(text) as Record<string, unknown>
      if (options.denied?.includes(`${service}:${action}`)) {
        throw new Fault(
          'AccessDeniedException',
          `User: arn:aws:sts::${ACCOUNT}:assumed-role/certalias/certalias is not authorized to perform: ` +
            `${service}:${action} because no identity-based policy allows the ${service}:${action} action`,
        )
      }
      const reply = service === 'acm' ? acm(action, body) : secretsManager(action, body)
      requests.push({ operation: target, status: 200, keyId, body })
      return send(200, reply)
    } catch (error) {
      const fault = error instanceof Fault ? error : new Fault('InternalFailure', String(error))
      requests.push({ operation: target, status: 400, keyId, body })
      return send(400, { __type: fault.code, message: fault.message })
    }
  }

  /** A session as STS or a credential endpoint hands it out: the fake then accepts its signatures. */
  function newSession() {
    const session = {
      id: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secret: randomBytes(30).toString('base64'),
      token: `IQoJb3JpZ2luX2Vj${randomBytes(40).toString('base64')}`,
    }
    sessions.push(session)
    return session
  }

  /** IMDSv2 as the EC2 user guide documents it: PUT a token with its TTL, then GET with the token. */
  function instanceMetadata(
    req: IncomingMessage,
    url: URL,
    send: (status: number, body: unknown, type?: string) => void,
  ) {
    const path = url.pathname
    const record = (status: number) => {
      requests.push({ operation: `imds:${req.method} ${path}`, status, keyId: undefined, body: undefined })
    }
    if (path === '/latest/api/token') {
      const ttl = Number(req.headers['x-aws-ec2-metadata-token-ttl-seconds'])
      const status = req.method !== 'PUT' ? 405 : !(ttl >= 1 && ttl <= 21600) ? 400 : 200
      record(status)
      if (status !== 200) return send(status, '', 'text/plain')
      const token = `imds-${randomBytes(16).toString('base64url')}`
      imdsTokens.add(token)
      return send(200, token, 'text/plain')
    }
    if (req.method !== 'GET' || !imdsTokens.has(String(req.headers['x-aws-ec2-metadata-token'] ?? ''))) {
      record(401)
      return send(401, '', 'text/plain')
    }
    const base = '/latest/meta-data/iam/security-credentials/'
    const role = options.instanceRole
    if (role === undefined || !path.startsWith(base)) {
      record(404)
      return send(404, '', 'text/plain')
    }
    record(200)
    if (path === base) return send(200, role, 'text/plain')
    if (path !== `${base}${role}`) return send(404, '', 'text/plain')
    const session = newSession()
    return send(
      200,
      {
        Code: 'Success',
        LastUpdated: new Date().toISOString(),
        Type: 'AWS-HMAC',
        AccessKeyId: session.id,
        SecretAccessKey: session.secret,
        Token: session.token,
        Expiration: new Date(Date.now() + 6 * 3600_000).toISOString(),
      },
      'text/plain',
    )
  }

  /** The container credentials endpoint: GET with the Authorization token, credentials as JSON. */
  function containerCredentials(
    req: IncomingMessage,
    send: (status: number, body: unknown, type?: string) => void,
  ) {
    const ok =
      req.method === 'GET' &&
      options.containerToken !== undefined &&
      req.headers.authorization === options.containerToken
    requests.push({
      operation: `container:${req.url}`,
      status: ok ? 200 : 401,
      keyId: undefined,
      body: undefined,
    })
    if (!ok) return send(401, { message: 'unauthorized' }, 'application/json')
    const session = newSession()
    return send(
      200,
      {
        AccessKeyId: session.id,
        SecretAccessKey: session.secret,
        Token: session.token,
        Expiration: new Date(Date.now() + 6 * 3600_000).toISOString(),
        RoleArn: `arn:aws:iam::${ACCOUNT}:role/certalias-task`,
      },
      'application/json',
    )
  }

  function sts(text: string, send: (status: number, body: unknown, type?: string) => void) {
    const form = new URLSearchParams(text)
    const error = (code: string, message: string) => {
      requests.push({ operation: `sts:${form.get('Action')}`, status: 400, keyId: undefined, body: code })
      send(
        400,
        `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code>` +
          `<Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
        'text/xml',
      )
    }
    if (form.get('Action') !== 'AssumeRoleWithWebIdentity' || form.get('Version') !== '2011-06-15')
      return error('InvalidAction', 'unknown action')
    if (stsFailures > 0) {
      stsFailures -= 1
      return error(
        'IDPCommunicationError',
        'The request could not be fulfilled because the identity provider is not reachable.',
      )
    }
    if (!oidc.valid(form.get('WebIdentityToken'), 'sts.amazonaws.com'))
      return error('InvalidIdentityToken', "Couldn't verify the web identity token.")
    const role = form.get('RoleArn') ?? ''
    if (!options.roles?.includes(role))
      return error('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity')
    const session = newSession()
    requests.push({ operation: 'sts:AssumeRoleWithWebIdentity', status: 200, keyId: undefined, body: role })
    send(
      200,
      `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult>` +
        `<AssumedRoleUser><Arn>arn:aws:sts::${ACCOUNT}:assumed-role/${role.split('/').pop()}/${form.get('RoleSessionName')}</Arn></AssumedRoleUser>` +
        `<Credentials><SessionToken>${session.token}</SessionToken><SecretAccessKey>${session.secret}</SecretAccessKey>` +
        `<Expiration>${new Date(Date.now() + 3600_000).toISOString()}</Expiration><AccessKeyId>${session.id}</AccessKeyId></Credentials>` +
        '</AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>',
      'text/xml',
    )
  }

  function acm(action: string, body: Record<string, unknown>): unknown {
    const found = () => {
      const certificate = certificates.get(String(body.CertificateArn))
      if (!certificate)
        throw new Fault(
          'ResourceNotFoundException',
          `Could not find certificate ${String(body.CertificateArn)}.`,
        )
      return certificate
    }
    switch (action) {
      case 'ImportCertificate': {
        const pem = (field: string) => {
          const value = body[field]
          if (value === undefined) return undefined
          // blobs travel base64-encoded in the JSON protocol
          if (typeof value !== 'string' || !/^[A-Za-z0-9+/]+=*$/.test(value))
            throw new Fault('ValidationException', `${field} is not a base64 blob`)
          return Buffer.from(value, 'base64').toString('utf8')
        }
        const certificate = pem('Certificate')
        const privateKey = pem('PrivateKey')
        if (!certificate || !privateKey)
          throw new Fault('ValidationException', 'Certificate and PrivateKey are required')
        let leaf: X509Certificate
        try {
          leaf = new X509Certificate(certificate)
          if (!leaf.checkPrivateKey(createPrivateKey(privateKey))) throw new Error('mismatch')
        } catch {
          throw new Fault(
            'ValidationException',
            'The private key does not match the certificate or cannot be read.',
          )
        }
        const tags = (body.Tags as { Key: string; Value: string }[] | undefined) ?? []
        for (const tag of tags) {
          if (!/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(tag.Value))
            throw new Fault('ValidationException', `Tag value ${tag.Value} has characters ACM does not allow`)
        }
        const details = createPrivateKey(privateKey).asymmetricKeyDetails
        const keyAlgorithm = details?.namedCurve
          ? `EC_${details.namedCurve}`
          : `RSA_${details?.modulusLength}`
        const domainName = /CN=([^,\n]+)/.exec(leaf.subject)?.[1] ?? ''
        const names = (leaf.subjectAltName ?? '')
          .split(', ')
          .filter((entry) => entry.startsWith('DNS:'))
          .map((entry) => entry.slice(4))
        const chain = pem('CertificateChain')
        if (body.CertificateArn !== undefined) {
          if (tags.length > 0)
            throw new Fault(
              'InvalidParameterException',
              'Tags cannot be applied while reimporting a certificate.',
            )
          const existing = found()
          if (existing.keyAlgorithm !== keyAlgorithm)
            throw new Fault(
              'ValidationException',
              `The certificate key type and size cannot be changed when reimporting (${existing.keyAlgorithm} to ${keyAlgorithm}).`,
            )
          Object.assign(existing, { certificate, chain, privateKey, keyAlgorithm, domainName, names })
          existing.imports += 1
          return { CertificateArn: existing.arn }
        }
        const arn = `arn:aws:acm:${options.region}:${ACCOUNT}:certificate/${randomUUID()}`
        certificates.set(arn, {
          arn,
          certificate,
          chain,
          privateKey,
          keyAlgorithm,
          domainName,
          names,
          tags,
          inUseBy: [],
          imports: 1,
        })
        return { CertificateArn: arn }
      }
      case 'ListCertificates': {
        const includes = (body.Includes as { keyTypes?: string[] } | undefined)?.keyTypes ?? [
          'RSA_1024',
          'RSA_2048',
        ]
        const all = [...certificates.values()].filter((c) => includes.includes(c.keyAlgorithm))
        const start = Number(body.NextToken ?? 0)
        const size = Math.min(Number(body.MaxItems ?? 100), options.pageSize ?? 100)
        const page = all.slice(start, start + size)
        return {
          CertificateSummaryList: page.map((c) => ({
            CertificateArn: c.arn,
            ...(c.domainName ? { DomainName: c.domainName } : {}),
            SubjectAlternativeNameSummaries: c.names,
            Type: 'IMPORTED',
            KeyAlgorithm: c.keyAlgorithm.replace('_', '-'),
            InUse: c.inUseBy.length > 0,
            Status: 'ISSUED',
          })),
          ...(start + size < all.length ? { NextToken: String(start + size) } : {}),
        }
      }
      case 'ListTagsForCertificate':
        return { Tags: found().tags }
      case 'RemoveTagsFromCertificate': {
        const certificate = found()
        const removed = (body.Tags as { Key: string; Value?: string }[] | undefined) ?? []
        certificate.tags = certificate.tags.filter(
          (tag) =>
            !removed.some((r) => r.Key === tag.Key && (r.Value === undefined || r.Value === tag.Value)),
        )
        return {}
      }
      case 'GetCertificate': {
        const certificate = found()
        return {
          Certificate: certificate.certificate,
          ...(certificate.chain ? { CertificateChain: certificate.chain } : {}),
        }
      }
      case 'DescribeCertificate': {
        const certificate = found()
        const leaf = new X509Certificate(certificate.certificate)
        return {
          Certificate: {
            CertificateArn: certificate.arn,
            ...(certificate.domainName ? { DomainName: certificate.domainName } : {}),
            KeyAlgorithm: certificate.keyAlgorithm,
            SubjectAlternativeNames: (leaf.subjectAltName ?? '')
              .split(', ')
              .filter((entry) => entry.startsWith('DNS:'))
              .map((entry) => entry.slice(4)),
            // as ACM shows it: lower-case hex bytes joined by colons
            Serial: (leaf.serialNumber.length % 2 ? `0${leaf.serialNumber}` : leaf.serialNumber)
              .toLowerCase()
              .match(/../g)
              ?.join(':'),
            Type: 'IMPORTED',
            InUseBy: certificate.inUseBy,
          },
        }
      }
      case 'DeleteCertificate': {
        const certificate = found()
        if (certificate.inUseBy.length > 0)
          throw new Fault('ResourceInUseException', `Certificate ${certificate.arn} is in use.`)
        certificates.delete(certificate.arn)
        return {}
      }
      default:
        throw new Fault('UnknownOperationException', action)
    }
  }

  function secretsManager(action: string, body: Record<string, unknown>): unknown {
    const lookup = () => {
      const id = String(body.SecretId)
      const secret = secrets.get(id) ?? [...secrets.values()].find((s) => s.arn === id)
      if (!secret)
        throw new Fault('ResourceNotFoundException', "Secrets Manager can't find the specified secret.")
      return secret
    }
    const live = (secret: FakeSecret) => {
      if (secret.deletionDate !== undefined)
        throw new Fault(
          'InvalidRequestException',
          "You can't perform this operation on the secret because it was marked for deletion.",
        )
      return secret
    }
    const token = () => {
      const value = body.ClientRequestToken
      if (typeof value !== 'string' || value.length < 32 || value.length > 64)
        throw new Fault('ValidationException', 'ClientRequestToken must be 32 to 64 characters')
      return value
    }
    const addVersion = (secret: FakeSecret, id: string, value: string) => {
      const same = secret.versions.find((v) => v.id === id)
      if (same) {
        if (same.value !== value)
          throw new Fault(
            'ResourceExistsException',
            'A version with this ClientRequestToken already exists with another value.',
          )
        return same
      }
      for (const version of secret.versions)
        version.stages = version.stages.includes('AWSCURRENT') ? ['AWSPREVIOUS'] : []
      const version = { id, value, stages: ['AWSCURRENT'] }
      secret.versions.push(version)
      return version
    }
    switch (action) {
      case 'CreateSecret': {
        const name = String(body.Name ?? '')
        const id = token()
        if (raceCreate !== undefined) {
          const other = raceCreate
          raceCreate = undefined
          secretsManager('CreateSecret', {
            Name: other.name,
            SecretString: other.value,
            ClientRequestToken: randomUUID(),
          })
        }
        const existing = secrets.get(name)
        if (existing?.deletionDate !== undefined)
          throw new Fault(
            'InvalidRequestException',
            "You can't create this secret because a secret with this name is already scheduled for deletion.",
          )
        if (existing) {
          if (existing.versions.some((v) => v.id === id && v.value === body.SecretString))
            return { ARN: existing.arn, Name: name, VersionId: id }
          throw new Fault(
            'ResourceExistsException',
            `The operation failed because the secret ${name} already exists.`,
          )
        }
        const secret: FakeSecret = {
          arn: `arn:aws:secretsmanager:${options.region}:${ACCOUNT}:secret:${name}-${randomBytes(3).toString('hex')}`,
          name,
          kmsKeyId: body.KmsKeyId as string | undefined,
          versions: [],
          deletionDate: undefined,
        }
        secrets.set(name, secret)
        addVersion(secret, id, String(body.SecretString))
        return { ARN: secret.arn, Name: name, VersionId: id }
      }
      case 'PutSecretValue': {
        const secret = live(lookup())
        const version = addVersion(secret, token(), String(body.SecretString))
        return { ARN: secret.arn, Name: secret.name, VersionId: version.id, VersionStages: version.stages }
      }
      case 'GetSecretValue': {
        const secret = live(lookup())
        const current = secret.versions.find((v) => v.stages.includes('AWSCURRENT'))
        if (!current)
          throw new Fault(
            'ResourceNotFoundException',
            "Secrets Manager can't find the specified secret value.",
          )
        return {
          ARN: secret.arn,
          Name: secret.name,
          VersionId: current.id,
          SecretString: current.value,
          VersionStages: current.stages,
        }
      }
      case 'DeleteSecret': {
        const force = body.ForceDeleteWithoutRecovery === true
        const window = body.RecoveryWindowInDays
        if (force && window !== undefined)
          throw new Fault(
            'InvalidParameterException',
            "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.",
          )
        if (window !== undefined && (typeof window !== 'number' || window < 7 || window > 30))
          throw new Fault('InvalidParameterException', 'RecoveryWindowInDays must be between 7 and 30 days.')
        // a secret already scheduled for deletion can still be deleted at once, never scheduled again
        const secret = force ? lookup() : live(lookup())
        const now = Math.floor(Date.now() / 1000)
        if (force) {
          secrets.delete(secret.name)
          return { ARN: secret.arn, Name: secret.name, DeletionDate: now }
        }
        secret.deletionDate = now + (typeof window === 'number' ? window : 30) * 86400
        return { ARN: secret.arn, Name: secret.name, DeletionDate: secret.deletionDate }
      }
      case 'RestoreSecret': {
        const secret = lookup()
        secret.deletionDate = undefined
        return { ARN: secret.arn, Name: secret.name }
      }
      default:
        throw new Fault('UnknownOperationException', action)
    }
  }

  const { url, close } = await serveOnLoopback(handle)
  return {
    url,
    oidc,
    oidcEnv: oidc.env(url),
    requests,
    certificates,
    secrets,
    sessions,
    createBeforeNextCreate: (name, value) => {
      raceCreate = { name, value }
    },
    close,
  }
}

/** What a SigV4 check needs of a request: the path as sent (encoding intact) and the body as received. */
interface SignedRequest {
  readonly method: string
  readonly rawPath: string
  readonly query: URLSearchParams
  readonly headers: IncomingHttpHeaders
  readonly text: string
}

/** RFC 3986 unreserved characters stay; everything else is %XX, as SigV4's canonical request writes it. */
const uriEncode = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/**
 * SigV4 as AWS checks it: the scope's service and region, the date, and the signature from the known secret (and
 * the session token of temporary keys). The canonical request: the path with each segment encoded once more
 * (every service but S3), the query sorted by encoded name and value. Answers the access key id that signed.
 */
function verifySigV4(
  req: SignedRequest,
  scope: { readonly region: string; readonly service: string },
  secretOf: (keyId: string) => { readonly secret: string; readonly token?: string } | undefined,
): string {
  const authorization = String(req.headers.authorization ?? '')
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      authorization,
    )
  if (!match) throw new Fault('IncompleteSignature', 'Authorization header requires a SigV4 signature')
  const [, keyId = '', day = '', region, service, signedHeaders = '', signature] = match
  const known = secretOf(keyId)
  if (known === undefined)
    throw new Fault('UnrecognizedClientException', 'The security token included in the request is invalid.')
  if (known.token !== undefined && req.headers['x-amz-security-token'] !== known.token)
    throw new Fault('UnrecognizedClientException', 'The security token included in the request is invalid.')
  if (region !== scope.region || service !== scope.service)
    throw new Fault(
      'InvalidSignatureException',
      `Credential should be scoped to a valid region and service ${scope.service}.`,
    )
  const names = signedHeaders.split(';')
  if (!names.includes('host') || !names.includes('x-amz-date'))
    throw new Fault('IncompleteSignature', 'host and x-amz-date must be signed')
  const amzDate = String(req.headers['x-amz-date'] ?? '')
  const when = Date.parse(
    amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  )
  if (!amzDate.startsWith(day) || Number.isNaN(when) || Math.abs(Date.now() - when) > 5 * 60_000)
    throw new Fault('InvalidSignatureException', 'Signature expired or not yet current')
  const hash = (s: string) => createHash('sha256').update(s).digest('hex')
  const mac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()
  const query = [...req.query]
    .map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`)
    .sort()
    .join('&')
  const canonical = [
    req.method,
    req.rawPath.split('/').map(uriEncode).join('/'),
    query,
    ...names.map((name) => `${name}:${String(req.headers[name] ?? '').trim()}`),
    '',
    signedHeaders,
    hash(req.text),
  ].join('\n')
  const toSign = `AWS4-HMAC-SHA256\n${amzDate}\n${day}/${region}/${service}/aws4_request\n${hash(canonical)}`
  const signingKey = mac(
    mac(mac(mac(`AWS4${known.secret}`, day), region ?? ''), service ?? ''),
    'aws4_request',
  )
  if (createHmac('sha256', signingKey).update(toSign).digest('hex') !== signature) {
    throw new Fault(
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided.',
    )
  }
  return keyId
}

// Route 53: the hosted zones of a MemoryZones, TXT sets kept as records, changes in transactional batches.

const R53 = '/2013-04-01'
const R53_XMLNS = 'https://route53.amazonaws.com/doc/2013-04-01/'

export interface FakeRoute53Options {
  readonly zones: MemoryZones
  /** Access key id -> secret access key. */
  readonly accessKeys: Record<string, string>
  /** Most hosted zones a ListHostedZonesByName page holds, whatever maxitems asks (the API's own maximum is 100). */
  readonly pageSize?: number
}

export interface FakeRoute53 extends FakeServer {
  /** The hosted zone id Route 53 gave a zone of `zones`. */
  zoneId(zone: string): string
  /** Every change batch applied, in order, as the Changes it held. */
  readonly applied: { action: string; name: string; values: string[] }[][]
}

/** Route 53's error document; InvalidChangeBatch has its own, with one Message per refused change. */
function route53Error(status: number, code: string, messages: readonly string[]): FakeReply {
  const id = randomUUID()
  const body =
    code === 'InvalidChangeBatch'
      ? `<?xml version="1.0"?>\n<InvalidChangeBatch xmlns="${R53_XMLNS}"><Messages>` +
        messages.map((m) => `<Message>${xmlEscape(m)}</Message>`).join('') +
        `</Messages><RequestId>${id}</RequestId></InvalidChangeBatch>`
      : `<?xml version="1.0"?>\n<ErrorResponse xmlns="${R53_XMLNS}"><Error><Type>Sender</Type><Code>${code}</Code>` +
        `<Message>${xmlEscape(messages.join(' '))}</Message></Error><RequestId>${id}</RequestId></ErrorResponse>`
  return { status, body, headers: { 'content-type': 'text/xml' } }
}

/** A list's page of at most `max` items from `from`, and the item the next page starts with. */
function pageOf<T>(items: readonly T[], from: number, max: number): { page: T[]; next: T | undefined } {
  return { page: items.slice(from, from + max), next: items[from + max] }
}

/** A successful answer: the document `root` holding `inner`. */
function route53Reply(root: string, inner: string): FakeReply {
  return {
    headers: { 'content-type': 'text/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${R53_XMLNS}">${inner}</${root}>`,
  }
}

/**
 * A name as Route 53 writes it: lower case, absolute, and each character outside a-z 0-9 - _ . as \ooo (three
 * octal digits of each UTF-8 byte), e.g. * as \052.
 */
function route53Name(name: string): string {
  let out = ''
  for (const byte of Buffer.from(`${name.toLowerCase().replace(/\.$/, '')}.`, 'utf8')) {
    const c = String.fromCharCode(byte)
    out += /[a-z0-9._-]/.test(c) ? c : `\\${byte.toString(8).padStart(3, '0')}`
  }
  return out
}

/** A name of a request (escaped or not, absolute or not) as MemoryZones keeps it. */
function plainName(name: string): string {
  const bytes: number[] = []
  const input = Buffer.from(name, 'utf8')
  for (let i = 0; i < input.length; i++) {
    const octal = input.subarray(i + 1, i + 4).toString('latin1')
    if (input[i] === 0x5c && /^[0-7]{3}$/.test(octal)) {
      bytes.push(Number.parseInt(octal, 8))
      i += 3
    } else bytes.push(input[i] as number)
  }
  return Buffer.from(bytes).toString('utf8').toLowerCase().replace(/\.$/, '')
}

/**
 * The value of a TXT record given in Route 53's presentation: one or more quoted strings of at most 255 characters,
 * with \" and \\ and \ooo octal escapes. Undefined when it is not that.
 */
function txtValue(presentation: string): string | undefined {
  const strings = presentation.trim().match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? []
  if (strings.length === 0) return undefined
  const bytes: number[] = []
  for (const quoted of strings) {
    if (!quoted.startsWith('"') || !quoted.endsWith('"') || quoted.length < 2) return undefined
    const inner = Buffer.from(quoted.slice(1, -1), 'utf8')
    let length = 0
    for (let i = 0; i < inner.length; i++, length++) {
      if (inner[i] !== 0x5c) {
        bytes.push(inner[i] as number)
        continue
      }
      const octal = inner.subarray(i + 1, i + 4).toString('latin1')
      if (/^[0-7]{3}$/.test(octal)) {
        bytes.push(Number.parseInt(octal, 8))
        i += 3
      } else {
        bytes.push(inner[i + 1] as number)
        i += 1
      }
    }
    if (length > 255) return undefined
  }
  return Buffer.from(bytes).toString('utf8')
}

/** A TXT value in Route 53's presentation, as it lists it: one quoted string, octal escapes outside printable ASCII. */
function txtPresentation(value: string): string {
  let out = ''
  for (const byte of Buffer.from(value, 'utf8')) {
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`
    else if (byte < 0x20 || byte > 0x7e) out += `\\${byte.toString(8).padStart(3, '0')}`
    else out += String.fromCharCode(byte)
  }
  return `"${out}"`
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The inner text of each <tag> directly in xml (these elements do not nest in themselves). */
function xmlAll(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '')
}

function xmlText(xml: string, tag: string): string | undefined {
  const inner = xmlAll(xml, tag)[0]
  return inner
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** Route 53's list order: names with their labels reversed (com.example.www), then the type. */
function listOrder(name: string): string {
  return plainName(name).split('.').reverse().join('.')
}

export async function startFakeRoute53(options: FakeRoute53Options): Promise<FakeRoute53> {
  const { zones } = options
  const applied: FakeRoute53['applied'] = []
  const keys = new Map(Object.entries(options.accessKeys))
  const zoneId = (zone: string) =>
    `Z${createHash('sha256').update(plainName(zone)).digest('hex').slice(0, 13).toUpperCase()}`
  const changes = new Map<string, number>()

  const listHostedZonesByName = (request: FakeRequest): FakeReply => {
    const dnsname = request.query.get('dnsname')
    const startId = request.query.get('hostedzoneid')
    if (startId !== null && dnsname === null)
      return route53Error(400, 'InvalidInput', ['hostedzoneid requires dnsname'])
    const maxitems = Math.min(Number(request.query.get('maxitems') ?? '100'), options.pageSize ?? 100)
    if (!Number.isInteger(maxitems) || maxitems < 1) return route53Error(400, 'InvalidInput', ['maxitems'])
    const sorted = [...zones.zones].sort((a, b) => (listOrder(a) < listOrder(b) ? -1 : 1))
    let start = dnsname === null ? 0 : sorted.findIndex((zone) => listOrder(zone) >= listOrder(dnsname))
    if (start < 0) start = sorted.length
    if (startId !== null) {
      const at = sorted.findIndex((zone) => zoneId(zone) === startId)
      if (at >= 0) start = at
    }
    const { page, next } = pageOf(sorted, start, maxitems)
    return route53Reply(
      'ListHostedZonesByNameResponse',
      '<HostedZones>' +
        page
          .map(
            (zone) =>
              `<HostedZone><Id>/hostedzone/${zoneId(zone)}</Id><Name>${route53Name(zone)}</Name>` +
              `<CallerReference>fake-${zoneId(zone)}</CallerReference><Config><PrivateZone>false</PrivateZone></Config>` +
              `<ResourceRecordSetCount>${zones.inZone(zone).length + 2}</ResourceRecordSetCount></HostedZone>`,
          )
          .join('') +
        '</HostedZones>' +
        (dnsname === null ? '' : `<DNSName>${dnsname}</DNSName>`) +
        (startId === null ? '' : `<HostedZoneId>${startId}</HostedZoneId>`) +
        `<IsTruncated>${next === undefined ? 'false' : 'true'}</IsTruncated>` +
        (next === undefined
          ? ''
          : `<NextDNSName>${route53Name(next)}</NextDNSName><NextHostedZoneId>${zoneId(next)}</NextHostedZoneId>`) +
        `<MaxItems>${maxitems}</MaxItems>`,
    )
  }

  /** The zone's record sets in list order: one per owner and type, with the TTL of its records. */
  const recordSets = (zone: string) => {
    const sets = new Map<string, { owner: string; type: string; ttl: number; values: string[] }>()
    for (const record of zones.inZone(zone)) {
      const key = `${record.owner}|${record.type}`
      const set = sets.get(key) ?? { owner: record.owner, type: record.type, ttl: record.ttl, values: [] }
      set.values.push(record.value)
      sets.set(key, set)
    }
    return [...sets.values()].sort((a, b) => {
      const [x, y] = [listOrder(a.owner), listOrder(b.owner)]
      return x < y ? -1 : x > y ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0
    })
  }

  const listResourceRecordSets = (request: FakeRequest, zone: string): FakeReply => {
    const name = request.query.get('name')
    const type = request.query.get('type')
    if (type !== null && name === null) return route53Error(400, 'InvalidInput', ['type requires name'])
    const maxitems = Number(request.query.get('maxitems') ?? '300')
    if (!Number.isInteger(maxitems) || maxitems < 1 || maxitems > 300)
      return route53Error(400, 'InvalidInput', ['maxitems must be from 1 to 300'])
    const sets = recordSets(zone)
    const start =
      name === null
        ? 0
        : sets.findIndex((set) => {
            const [x, y] = [listOrder(set.owner), listOrder(name)]
            return x > y || (x === y && (type === null || set.type >= type))
          })
    const { page, next } = pageOf(sets, start < 0 ? sets.length : start, maxitems)
    return route53Reply(
      'ListResourceRecordSetsResponse',
      '<ResourceRecordSets>' +
        page
          .map(
            (set) =>
              `<ResourceRecordSet><Name>${route53Name(set.owner)}</Name><Type>${set.type}</Type><TTL>${set.ttl}</TTL>` +
              '<ResourceRecords>' +
              set.values
                .map(
                  (value) =>
                    `<ResourceRecord><Value>${xmlEscape(txtPresentation(value))}</Value></ResourceRecord>`,
                )
                .join('') +
              '</ResourceRecords></ResourceRecordSet>',
          )
          .join('') +
        `</ResourceRecordSets><IsTruncated>${next === undefined ? 'false' : 'true'}</IsTruncated>` +
        (next === undefined
          ? ''
          : `<NextRecordName>${route53Name(next.owner)}</NextRecordName><NextRecordType>${next.type}</NextRecordType>`) +
        `<MaxItems>${maxitems}</MaxItems>`,
    )
  }

  /**
   * ChangeResourceRecordSets: every change is checked against the sets as the ones before it in the batch leave
   * them, and the batch is applied only when none is refused. A DELETE must repeat the set exactly (TTL and
   * values), a CREATE must find no set, as the API reference documents.
   */
  const changeResourceRecordSets = (request: FakeRequest, zone: string): FakeReply => {
    const batch = xmlAll(request.text, 'ChangeBatch')[0]
    if (
      !request.text.includes(`<ChangeResourceRecordSetsRequest xmlns="${R53_XMLNS}">`) ||
      batch === undefined
    )
      return route53Error(400, 'InvalidInput', ['The request is not a ChangeResourceRecordSetsRequest'])
    const working = new Map(
      recordSets(zone).map((set) => [`${set.owner}|${set.type}`, { ttl: set.ttl, values: set.values }]),
    )
    const refused: string[] = []
    const touched = new Set<string>()
    const batchChanges: FakeRoute53['applied'][number] = []
    const sameSet = (a: readonly string[], b: readonly string[]) =>
      a.length === b.length && a.every((value) => b.includes(value))
    for (const change of xmlAll(batch, 'Change')) {
      const action = xmlText(change, 'Action') ?? ''
      const set = xmlAll(change, 'ResourceRecordSet')[0] ?? ''
      const name = plainName(xmlText(set, 'Name') ?? '')
      const type = xmlText(set, 'Type') ?? ''
      const ttl = Number(xmlText(set, 'TTL'))
      const given = xmlAll(set, 'ResourceRecord').map((r) => xmlText(r, 'Value') ?? '')
      const parsed = given.map(txtValue)
      const shown = `[name='${route53Name(name)}', type='${type}']`
      if (!['CREATE', 'DELETE', 'UPSERT'].includes(action))
        return route53Error(400, 'InvalidInput', [`Invalid action ${action}`])
      if (name !== zone && !name.endsWith(`.${zone}`)) {
        refused.push(`RRSet with DNS name ${route53Name(name)} is not permitted in zone ${route53Name(zone)}`)
        continue
      }
      if (type !== 'TXT') return route53Error(400, 'InvalidInput', ['This fake keeps TXT record sets only'])
      if (!Number.isInteger(ttl) || ttl < 0 || ttl > 2147483647)
        return route53Error(400, 'InvalidInput', ['TTL must be a whole number of seconds'])
      if (given.length === 0) return route53Error(400, 'InvalidInput', ['ResourceRecords is empty'])
      const bad = given.find((_, i) => parsed[i] === undefined)
      if (bad !== undefined) {
        refused.push(`Invalid Resource Record: 'FATAL problem: InvalidCharacterString encountered at ${bad}'`)
        continue
      }
      const values = parsed as string[]
      const key = `${name}|${type}`
      const existing = working.get(key)
      if (action === 'DELETE' && existing === undefined) {
        refused.push(`Tried to delete resource record set ${shown} but it was not found`)
      } else if (action === 'DELETE' && (existing?.ttl !== ttl || !sameSet(existing.values, values))) {
        refused.push(
          `Tried to delete resource record set ${shown} but the values provided do not match the current values`,
        )
      } else if (action === 'CREATE' && existing !== undefined) {
        refused.push(`Tried to create resource record set ${shown} but it already exists`)
      } else {
        if (action === 'DELETE') working.delete(key)
        else working.set(key, { ttl, values })
        touched.add(key)
        batchChanges.push({ action, name, values })
      }
    }
    if (refused.length > 0) return route53Error(400, 'InvalidChangeBatch', refused)
    for (const key of touched) {
      const [owner = '', type = ''] = key.split('|')
      const set = working.get(key)
      zones.replace(zone, owner, set?.values ?? [], set?.ttl ?? 0, type)
    }
    applied.push(batchChanges)
    const id = `C${randomBytes(8).toString('hex').toUpperCase()}`
    changes.set(id, 0)
    return route53Reply('ChangeResourceRecordSetsResponse', changeInfo(id, 'PENDING'))
  }

  const changeInfo = (id: string, status: string) =>
    `<ChangeInfo><Id>/change/${id}</Id><Status>${status}</Status><SubmittedAt>${new Date().toISOString()}</SubmittedAt></ChangeInfo>`

  const fake = await serveFake((request) => {
    try {
      verifySigV4(request, { region: 'us-east-1', service: 'route53' }, (id) => {
        const secret = keys.get(id)
        return secret === undefined ? undefined : { secret }
      })
    } catch (error) {
      const fault = error as Fault
      const code =
        fault.code === 'UnrecognizedClientException'
          ? 'InvalidClientTokenId'
          : fault.code === 'InvalidSignatureException'
            ? 'SignatureDoesNotMatch'
            : fault.code
      return route53Error(403, code, [fault.message])
    }
    const path = request.rawPath
    if (request.method === 'GET' && path === `${R53}/hostedzonesbyname`) return listHostedZonesByName(request)
    const change = new RegExp(`^${R53}/change/([A-Z0-9]+)$`).exec(path)
    if (request.method === 'GET' && change) {
      const id = change[1] as string
      const polls = changes.get(id)
      if (polls === undefined)
        return route53Error(404, 'NoSuchChange', [
          `A change with the specified change ID does not exist: ${id}`,
        ])
      changes.set(id, polls + 1)
      // on all of Route 53's servers by the second look
      const status = polls >= 1 ? 'INSYNC' : 'PENDING'
      return route53Reply('GetChangeResponse', changeInfo(id, status))
    }
    const rrset = new RegExp(`^${R53}/hostedzone/([^/]+)/rrset(/?)$`).exec(path)
    if (rrset) {
      const zone = zones.zones.find((z) => zoneId(z) === decodeURIComponent(rrset[1] as string))
      if (zone === undefined)
        return route53Error(404, 'NoSuchHostedZone', [`No hosted zone found with ID: ${rrset[1]}`])
      if (request.method === 'GET') return listResourceRecordSets(request, zone)
      if (request.method === 'POST') {
        if (
          request.headers['content-type'] !== 'application/xml' &&
          request.headers['content-type'] !== 'text/xml'
        )
          return route53Error(400, 'InvalidInput', ['The request body must be XML'])
        return changeResourceRecordSets(request, zone)
      }
    }
    return route53Error(404, 'UnknownOperationException', [`${request.method} ${path}`])
  })
  return { ...fake, zoneId, applied }
}
