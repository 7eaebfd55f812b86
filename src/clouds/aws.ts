// AWS credentials and endpoints, shared by the route53 provider and the AWS stores: the AWS SDKs' credential chain
// (static keys, a web identity traded at STS, then the machine's sources in aws-chain.ts); endpoints as the AWS
// SDKs read them.

import { readFileSync } from 'node:fs'
import { providerHttp } from '../http/api.js'
import { type HttpClient, type HttpResponse, ProviderHttpError } from '../http/client.js'
import {
  containerCredentials,
  type FoundCredentials,
  instanceCredentials,
  metadataDisabled,
  profileCredentials,
  sharedFiles,
} from './aws-chain.js'
import { type AwsCredentials, signV4 } from './aws-sigv4.js'
import { elements, text } from './aws-xml.js'
import { CloudAccessError, type CloudContext } from './context.js'
import { workflowIdToken } from './oidc.js'

export type { AwsCredentials } from './aws-sigv4.js'

const STS_URL = 'https://sts.amazonaws.com'
const STS_AUDIENCE = 'sts.amazonaws.com'
export const AWS_KEYS_HINT = 'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN)'
export const AWS_ROLE_HINT = 'AWS_ROLE_ARN (the role assumed with the web identity token)'
const AWS_CHAIN_HINT = 'the AWS profile, the container credentials or the instance role'

/**
 * The endpoint of one AWS service, as the AWS SDKs and CLI pick it: AWS_ENDPOINT_URL_<SERVICE> (the service id
 * in upper case, spaces as _), then certalias's older variable for it, then AWS_ENDPOINT_URL, then the public one.
 */
export function awsEndpoint(
  env: Readonly<Record<string, string | undefined>>,
  serviceId: string,
  publicUrl: string,
  olderVariable?: string,
): string {
  const candidates = [
    `AWS_ENDPOINT_URL_${serviceId.toUpperCase().replace(/ /g, '_')}`,
    ...(olderVariable ? [olderVariable] : []),
    'AWS_ENDPOINT_URL',
  ]
  for (const name of candidates) {
    const value = env[name]?.trim()
    if (value) return value
  }
  return publicUrl
}

/** The DNS suffix of a region's partition: China has its own. */
export function awsDomain(region: string): string {
  return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
}

/** Route 53, STS (XML) and the JSON services throttle with HTTP 400 and an error code, not only with 429. */
export function awsThrottled(status: number, body: string): boolean {
  if (status !== 400) return false
  return (
    /<Code>\s*(Throttling|PriorRequestNotComplete)\s*<\/Code>/.test(body) ||
    /"__type"\s*:\s*"(?:[^"#]*#)?(ThrottlingException|TooManyRequestsException|Throttling)"/.test(body)
  )
}

/**
 * STS answers IDPCommunicationError when it could not reach the identity provider (GitHub's OIDC keys) in time:
 * transient, and AWS documents it as worth another try; so is throttling.
 */
export function stsRetryable(status: number, body: string): boolean {
  return (
    awsThrottled(status, body) || (status === 400 && /<Code>\s*IDPCommunicationError\s*<\/Code>/.test(body))
  )
}

export interface AwsCredentialSource {
  /** Where the credentials came from once found (else the sources of the chain): named when AWS refuses them. */
  readonly hint: string
  /** Found once (one OIDC token, one STS call, one metadata session) on first use; a failure is not kept. */
  credentials(): Promise<AwsCredentials>
}

/**
 * The STS that trades the OIDC token: the region's own, as the AWS SDKs pick it, since a session token of the
 * global endpoint is not valid in an opt-in region, and GovCloud and China have no global endpoint at all (their
 * partition's domain, amazonaws.com.cn for China). Without a region: the global endpoint.
 */
export function stsUrl(region: string | undefined): string {
  return region ? `https://sts.${region}.${awsDomain(region)}` : STS_URL
}

/**
 * The AWS SDKs' default credential chain, in their order: static keys in the environment; a web identity
 * (AWS_ROLE_ARN, assumed with AWS_WEB_IDENTITY_TOKEN_FILE's token, else the workflow's OIDC token, at the STS of
 * `region` (the store's), else of AWS_REGION); the shared config and credentials files (AWS_PROFILE); the
 * container credentials endpoint; EC2 instance metadata. A self-hosted runner on AWS has no keys to give: its
 * instance or task role is found. Every key, token and session secret is masked as soon as it is known.
 */
export function awsCredentialSource(
  context: CloudContext,
  who: string,
  region?: string,
): AwsCredentialSource {
  const env = context.env
  const mask = (secret: string | undefined) => {
    if (secret) context.host.mask(secret)
  }
  const log = (message: string) => context.host.info(message)
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim() ?? ''
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim() ?? ''
  const sessionToken = env.AWS_SESSION_TOKEN?.trim() || undefined
  const roleArn = env.AWS_ROLE_ARN?.trim() ?? ''
  for (const secret of [accessKeyId, secretAccessKey, sessionToken]) mask(secret)
  const useKeys = accessKeyId !== '' && secretAccessKey !== ''
  let hint = useKeys ? AWS_KEYS_HINT : roleArn ? AWS_ROLE_HINT : AWS_CHAIN_HINT

  /** AWS_WEB_IDENTITY_TOKEN_FILE's token (EKS and other OIDC platforms), else the workflow's. */
  async function readWebIdentityToken(): Promise<string> {
    const tokenFile = env.AWS_WEB_IDENTITY_TOKEN_FILE?.trim()
    if (!tokenFile)
      return workflowIdToken({
        host: context.host,
        audience: STS_AUDIENCE,
        provider: who,
        instead: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_WEB_IDENTITY_TOKEN_FILE',
      })
    let token: string
    try {
      token = readFileSync(tokenFile, 'utf8').trim()
    } catch (error) {
      throw new Error(
        `${who}: AWS_WEB_IDENTITY_TOKEN_FILE cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
      )
    }
    mask(token)
    return token
  }

  async function assumeRole(): Promise<AwsCredentials> {
    const webIdentityToken = await readWebIdentityToken()
    const stsRegion = region || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || undefined
    const sts = providerHttp(context, {
      provider: who,
      baseUrl: awsEndpoint(env, 'STS', stsUrl(stsRegion), 'AWS_STS_API_URL'),
      secrets: [webIdentityToken],
      credentialHint: `${AWS_ROLE_HINT} and its trust policy for this repository`,
      isThrottled: stsRetryable,
    })
    // AssumeRoleWithWebIdentity is not signed: the web identity token is the proof. POST keeps it out of URLs.
    const form = new URLSearchParams({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: roleArn,
      RoleSessionName: env.AWS_ROLE_SESSION_NAME?.trim() || 'certalias',
      WebIdentityToken: webIdentityToken,
      DurationSeconds: '3600',
    })
    const { body } = await sts.request<string>('POST', '/', {
      text: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      // assuming a role twice does no harm
      idempotent: true,
    })
    const credentials = elements(String(body ?? ''), 'Credentials')[0] ?? ''
    const assumed = {
      accessKeyId: text(credentials, 'AccessKeyId') ?? '',
      secretAccessKey: text(credentials, 'SecretAccessKey') ?? '',
      sessionToken: text(credentials, 'SessionToken'),
    }
    if (!assumed.accessKeyId || !assumed.secretAccessKey || !assumed.sessionToken) {
      throw new Error(`${who}: STS AssumeRoleWithWebIdentity answered without credentials`)
    }
    for (const secret of [assumed.accessKeyId, assumed.secretAccessKey, assumed.sessionToken]) mask(secret)
    const identity = env.AWS_WEB_IDENTITY_TOKEN_FILE?.trim()
      ? 'AWS_WEB_IDENTITY_TOKEN_FILE'
      : 'the workflow OIDC token'
    log(`${who}: assumed ${text(String(body), 'Arn') ?? roleArn} with ${identity}`)
    return assumed
  }

  /** After the keys and the web identity: the files, the container, the instance (aws-chain.ts). */
  async function fromTheMachine(): Promise<AwsCredentials> {
    const found = profileCredentials(env, who) ?? (await containerCredentials(context, who))
    if (found !== undefined) {
      hint = found.from
      return found.credentials
    }
    const files = sharedFiles(env)
    const tried =
      `${who}: no AWS credentials: not AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, nor AWS_ROLE_ARN, nor a profile ` +
      `default in ${files.credentials} or ${files.config}, nor a container endpoint, nor EC2 instance metadata`
    if (metadataDisabled(env)) throw new CloudAccessError(`${tried} (AWS_EC2_METADATA_DISABLED)`)
    let instance: FoundCredentials
    try {
      instance = await instanceCredentials(context, who)
    } catch (error) {
      throw new CloudAccessError(`${tried} (${(error as Error).message})`)
    }
    hint = instance.from
    log(`${who}: credentials of ${instance.from}`)
    return instance.credentials
  }

  let pending: Promise<AwsCredentials> | undefined
  return {
    get hint() {
      return hint
    },
    credentials() {
      pending ??= useKeys
        ? Promise.resolve({ accessKeyId, secretAccessKey, sessionToken })
        : roleArn
          ? assumeRole()
          : fromTheMachine()
      pending.catch(() => {
        pending = undefined
      })
      return pending
    },
  }
}

/** An HttpClient that signs every attempt with SigV4 for one service and region, with its own extra options. */
export function awsSignedHttp(
  context: CloudContext,
  options: {
    readonly who: string
    readonly baseUrl: string
    readonly credentials: AwsCredentials
    readonly hint: string
    readonly region: string
    readonly signingName: string
    /** Headers covered by the signature besides host and x-amz-date (when the request has them). */
    readonly signedHeaders: readonly string[]
    readonly isThrottled?: (status: number, body: string) => boolean
    readonly throttle?: Parameters<typeof providerHttp>[1]['throttle']
  },
): HttpClient {
  const { credentials } = options
  return providerHttp(context, {
    provider: options.who,
    baseUrl: options.baseUrl,
    secrets: [credentials.secretAccessKey, credentials.sessionToken ?? ''],
    credentialHint: options.hint,
    ...(options.isThrottled ? { isThrottled: options.isThrottled } : {}),
    ...(options.throttle ? { throttle: options.throttle } : {}),
    signRequest: ({ method, url, headers, body }) => {
      const signed: Record<string, string> = {}
      for (const name of options.signedHeaders) {
        const value = headers[name]
        if (value !== undefined) signed[name] = value
      }
      return signV4({ method, url, headers: signed, body }, credentials, {
        region: options.region,
        service: options.signingName,
      })
    },
  })
}

/** One AWS service with the JSON 1.1 protocol (ACM, Secrets Manager): POST / with X-Amz-Target. */
export interface AwsJsonService {
  /** Store id, the first word of every message. */
  readonly who: string
  /** The SDK service id, for AWS_ENDPOINT_URL_<ID>: `ACM`, `Secrets Manager`. */
  readonly serviceId: string
  /** Host prefix and signing name: `acm`, `secretsmanager`. */
  readonly endpointPrefix: string
  /** X-Amz-Target prefix: `CertificateManager`, `secretsmanager`. */
  readonly targetPrefix: string
  /** IAM action prefix: `acm`, `secretsmanager`. */
  readonly iamPrefix: string
  readonly region: string
}

/** An answer AWS gave as an error: the exception name (without namespace) and its message. */
export interface AwsFault {
  readonly code: string
  readonly message: string
}

/** Credential problems AWS reports in a 400: the credential, not the request, is wrong. */
const CREDENTIAL_FAULTS = new Set([
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'IncompleteSignature',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'MissingAuthenticationToken',
  'SignatureDoesNotMatch',
])

/**
 * A JSON 1.1 service client: `call` returns the answer, or the fault when its code is one the caller handles
 * (`tolerate`, e.g. ResourceNotFoundException); other faults throw. A refusal names the IAM permission.
 */
export class AwsJsonClient {
  readonly #context: CloudContext
  readonly #service: AwsJsonService
  readonly #source: AwsCredentialSource
  #http: Promise<HttpClient> | undefined

  constructor(context: CloudContext, service: AwsJsonService) {
    this.#context = context
    this.#service = service
    this.#source = awsCredentialSource(context, service.who, service.region)
  }

  /** The endpoint requests go to. */
  get endpoint(): string {
    const { serviceId, endpointPrefix, region } = this.#service
    return awsEndpoint(
      this.#context.env,
      serviceId,
      `https://${endpointPrefix}.${region}.${awsDomain(region)}`,
    )
  }

  async call<T>(
    action: string,
    body: Record<string, unknown>,
    options: { tolerate?: readonly string[]; idempotent?: boolean } = {},
  ): Promise<{ body: T; fault?: undefined } | { body?: undefined; fault: AwsFault }> {
    const http = await this.#client()
    const { who, targetPrefix, iamPrefix } = this.#service
    let response: HttpResponse<unknown>
    try {
      response = await http.request('POST', '/', {
        text: JSON.stringify(body),
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `${targetPrefix}.${action}`,
        },
        expect: [400],
        ...(options.idempotent !== undefined ? { idempotent: options.idempotent } : {}),
      })
    } catch (error) {
      if (error instanceof ProviderHttpError && error.status === 403) {
        throw new CloudAccessError(
          `${error.message}. ${who}: the identity needs the IAM permission ${iamPrefix}:${action}`,
          { cause: error },
        )
      }
      throw error
    }
    if (response.status !== 400) return { body: parseJson(response.body) as T }
    const fault = awsFault(response)
    const where = `${who}: ${action} at ${this.#service.serviceId} (${this.#service.region})`
    if (/AccessDenied/.test(fault.code)) {
      throw new CloudAccessError(
        http.redact(
          `${where} was refused: ${fault.code}: ${fault.message}. The identity (${this.#source.hint}) needs the IAM ` +
            `permission ${iamPrefix}:${action}`,
        ),
      )
    }
    if (CREDENTIAL_FAULTS.has(fault.code)) {
      throw new CloudAccessError(
        http.redact(
          `${where} did not accept the credential: ${fault.code}: ${fault.message}. Check ${this.#source.hint}`,
        ),
      )
    }
    if (options.tolerate?.includes(fault.code)) return { fault }
    throw new Error(http.redact(`${where} failed: HTTP 400 ${fault.code}: ${fault.message}`))
  }

  #client(): Promise<HttpClient> {
    this.#http ??= this.#source.credentials().then((credentials) =>
      awsSignedHttp(this.#context, {
        who: this.#service.who,
        baseUrl: this.endpoint,
        credentials,
        hint: this.#source.hint,
        region: this.#service.region,
        signingName: this.#service.endpointPrefix,
        signedHeaders: ['content-type', 'x-amz-target'],
        // with 400 an expected answer, throttling is told by the hook that sees every answer
        throttle: ({ status, body }) => awsThrottled(status, body),
      }),
    )
    this.#http.catch(() => {
      this.#http = undefined
    })
    return this.#http
  }
}

function parseJson(body: unknown): unknown {
  if (typeof body !== 'string') return body ?? {}
  try {
    return JSON.parse(body)
  } catch {
    return {}
  }
}

/** The exception of a JSON 1.1 error answer: `__type` (maybe with a namespace before #) or the X-Amzn-ErrorType header. */
function awsFault(response: HttpResponse<unknown>): AwsFault {
  const body = parseJson(response.body) as { __type?: unknown; message?: unknown; Message?: unknown }
  const header = response.headers['x-amzn-errortype']
  const type = String(body.__type ?? (Array.isArray(header) ? header[0] : header) ?? 'UnknownError')
  const code = (type.split('#').pop() ?? type).split(':')[0] ?? type
  return { code, message: String(body.message ?? body.Message ?? '') }
}
