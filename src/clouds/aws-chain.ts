// The AWS SDKs' credential sources after the environment's keys and the web identity, in their order: the shared
// config and credentials files (AWS_PROFILE), the container credentials endpoint, EC2 instance metadata (IMDSv2).
// The files and the container's variables are decided without a request; instance metadata is asked last, with a
// second to answer, so a machine that is not on EC2 learns it at once.
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { providerHttp } from '../http/api.js'
import { type HttpClient, ProviderHttpError } from '../http/client.js'
import { connections, type Send } from '../http/transport.js'
import type { AwsCredentials } from './aws-sigv4.js'
import type { CloudContext } from './context.js'

type Env = Readonly<Record<string, string | undefined>>

/** Credentials and where they came from, for the messages of a refusal. */
export interface FoundCredentials {
  readonly credentials: AwsCredentials
  readonly from: string
}

/** Where the shared files are: AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE, else ~/.aws. */
export function sharedFiles(env: Env): { credentials: string; config: string } {
  const home = env.HOME?.trim() || env.USERPROFILE?.trim() || homedir()
  const expand = (path: string) => (path.startsWith('~/') ? join(home, path.slice(2)) : path)
  return {
    credentials: expand(env.AWS_SHARED_CREDENTIALS_FILE?.trim() || join(home, '.aws', 'credentials')),
    config: expand(env.AWS_CONFIG_FILE?.trim() || join(home, '.aws', 'config')),
  }
}

/** The sections of an INI file as the AWS files use it: `[name]`, `key = value`, comments with # or ;. */
export function iniSections(text: string): Map<string, Map<string, string>> {
  const sections = new Map<string, Map<string, string>>()
  let current: Map<string, string> | undefined
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line)
    if (header) {
      current = new Map()
      sections.set((header[1] as string).replace(/\s+/g, ' '), current)
      continue
    }
    const eq = line.indexOf('=')
    // an indented line belongs to a nested setting (s3 = ...), which no credential is
    if (eq < 0 || current === undefined || /^\s/.test(raw)) continue
    current.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim())
  }
  return sections
}

function readSections(path: string): Map<string, Map<string, string>> | undefined {
  try {
    return iniSections(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

/** Settings of a profile that get credentials in ways certalias does not follow. */
const UNFOLLOWED = ['role_arn', 'sso_session', 'sso_start_url', 'credential_process', 'login_session']

/**
 * The keys of the profile AWS_PROFILE names (else `default`): the credentials file's `[name]` first, then the
 * config file's `[profile name]` (`[default]` for the default). The default profile may be absent (the chain goes
 * on); a profile named on purpose must be there and hold keys.
 */
export function profileCredentials(env: Env, who: string): FoundCredentials | undefined {
  const named = env.AWS_PROFILE?.trim() || env.AWS_DEFAULT_PROFILE?.trim() || ''
  const profile = named || 'default'
  const files = sharedFiles(env)
  const fromCredentials = readSections(files.credentials)?.get(profile)
  const fromConfig = readSections(files.config)?.get(profile === 'default' ? 'default' : `profile ${profile}`)
  if (fromCredentials === undefined && fromConfig === undefined) {
    if (named === '') return undefined
    throw new Error(
      `${who}: AWS_PROFILE ${profile} is in neither ${files.credentials} nor ${files.config} ` +
        '(AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE say where they are)',
    )
  }
  for (const [settings, path] of [
    [fromCredentials, files.credentials],
    [fromConfig, files.config],
  ] as const) {
    const accessKeyId = settings?.get('aws_access_key_id') ?? ''
    const secretAccessKey = settings?.get('aws_secret_access_key') ?? ''
    if (accessKeyId !== '' && secretAccessKey !== '') {
      const sessionToken = settings?.get('aws_session_token') || undefined
      return {
        credentials: { accessKeyId, secretAccessKey, sessionToken },
        from: `the profile ${profile} of ${path}`,
      }
    }
  }
  const uses = UNFOLLOWED.filter((key) => fromCredentials?.has(key) || fromConfig?.has(key))
  throw new Error(
    `${who}: the profile ${profile} (${files.credentials}, ${files.config}) has no aws_access_key_id and ` +
      `aws_secret_access_key${uses.length > 0 ? ` (it uses ${uses.join(', ')}, which certalias does not follow)` : ''}: ` +
      'give it keys, or use AWS_ROLE_ARN, the container endpoint or the instance role instead',
  )
}

/** The link-local and loopback services of the machine are asked directly, never through HTTPS_PROXY. */
let direct: Send | undefined
function directSend(): Send {
  direct ??= connections({ connectTimeoutMs: 1000, requestTimeoutMs: 1000, env: {} }).send
  return direct
}

function metadataHttp(context: CloudContext, who: string, baseUrl: string, secrets: string[]): HttpClient {
  // as the AWS SDKs ask these services: one attempt, a second to answer
  return providerHttp(
    { ...context, transport: { send: directSend(), timeoutMs: 1000, ...context.transport } },
    { provider: who, baseUrl, secrets, maxRetries: 0 },
  )
}

/** The answer's credentials (AccessKeyId, SecretAccessKey, Token), masked; throws when they are incomplete. */
function sessionOf(body: unknown, context: CloudContext, what: string): AwsCredentials {
  const parsed = typeof body === 'string' ? safeJson(body) : body
  const fields = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>
  const accessKeyId = typeof fields.AccessKeyId === 'string' ? fields.AccessKeyId : ''
  const secretAccessKey = typeof fields.SecretAccessKey === 'string' ? fields.SecretAccessKey : ''
  const sessionToken = typeof fields.Token === 'string' && fields.Token !== '' ? fields.Token : undefined
  if (accessKeyId === '' || secretAccessKey === '') throw new Error(`${what} answered without credentials`)
  for (const secret of [accessKeyId, secretAccessKey, sessionToken]) if (secret) context.host.mask(secret)
  return { accessKeyId, secretAccessKey, sessionToken }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** ECS's agent; EKS Pod Identity's, IPv4 and IPv6: the hosts a full URI may name over plain http. */
const CONTAINER_HOSTS = new Set(['169.254.170.2', '169.254.170.23', '[fd00:ec2::23]'])

/**
 * The container credentials endpoint, when AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (on ECS's agent) or _FULL_URI
 * names it; undefined when neither does. The Authorization token: AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE's
 * content, else AWS_CONTAINER_AUTHORIZATION_TOKEN.
 */
export async function containerCredentials(
  context: CloudContext,
  who: string,
): Promise<FoundCredentials | undefined> {
  const { env } = context
  const relative = env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI?.trim()
  const full = env.AWS_CONTAINER_CREDENTIALS_FULL_URI?.trim()
  if (!relative && !full) return undefined
  const variable = relative ? 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI' : 'AWS_CONTAINER_CREDENTIALS_FULL_URI'
  let url: URL
  try {
    url = relative ? new URL(relative, 'http://169.254.170.2') : new URL(full as string)
  } catch {
    throw new Error(`${who}: ${variable} is not a URL or a path`)
  }
  const loopback = url.hostname === 'localhost' || /^127\./.test(url.hostname) || url.hostname === '[::1]'
  if (
    !relative &&
    !(
      url.protocol === 'https:' ||
      (url.protocol === 'http:' && (loopback || CONTAINER_HOSTS.has(url.hostname)))
    )
  ) {
    throw new Error(
      `${who}: AWS_CONTAINER_CREDENTIALS_FULL_URI ${url.origin} is refused: the credentials may come over https, or ` +
        'http to a loopback address or the container agent (169.254.170.2, 169.254.170.23, fd00:ec2::23), as the AWS SDKs require',
    )
  }
  const tokenFile = env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE?.trim()
  let token = env.AWS_CONTAINER_AUTHORIZATION_TOKEN?.trim() ?? ''
  if (tokenFile) {
    try {
      token = readFileSync(tokenFile, 'utf8').trim()
    } catch (error) {
      throw new Error(
        `${who}: AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE cannot be read: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
      )
    }
  }
  if (token) context.host.mask(token)
  const http = metadataHttp(context, who, url.origin, [token])
  const { body } = await http.request('GET', `${url.pathname}${url.search}`, {
    headers: token ? { authorization: token, accept: 'application/json' } : { accept: 'application/json' },
  })
  const credentials = sessionOf(body, context, `${who}: the container credentials endpoint (${variable})`)
  return { credentials, from: `the container credentials of ${variable}` }
}

/** The IMDS address: AWS_EC2_METADATA_SERVICE_ENDPOINT, else by AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE. */
function metadataEndpoint(env: Env): string {
  const given = env.AWS_EC2_METADATA_SERVICE_ENDPOINT?.trim()
  if (given) return given.replace(/\/+$/, '')
  return env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE?.trim().toLowerCase() === 'ipv6'
    ? 'http://[fd00:ec2::254]'
    : 'http://169.254.169.254'
}

/** Whether AWS_EC2_METADATA_DISABLED turns instance metadata off. */
export function metadataDisabled(env: Env): boolean {
  return env.AWS_EC2_METADATA_DISABLED?.trim().toLowerCase() === 'true'
}

const CREDENTIALS_PATH = '/latest/meta-data/iam/security-credentials/'

/**
 * The instance role's credentials from EC2 instance metadata, IMDSv2: PUT /latest/api/token for a session token,
 * then the role's name and its credentials with it. Throws with what went wrong, in a few words.
 */
export async function instanceCredentials(context: CloudContext, who: string): Promise<FoundCredentials> {
  const base = metadataEndpoint(context.env)
  const http = metadataHttp(context, who, base, [])
  let step = 'the token (PUT /latest/api/token)'
  try {
    const { body: token } = await http.request<string>('PUT', '/latest/api/token', {
      headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '300' },
    })
    const sessionToken = String(token ?? '').trim()
    if (sessionToken === '') throw new Error('no token')
    context.host.mask(sessionToken)
    const headers = { 'x-aws-ec2-metadata-token': sessionToken }
    step = 'the instance role'
    const { body: roles } = await http.request<string>('GET', CREDENTIALS_PATH, { headers })
    const role =
      String(roles ?? '')
        .split('\n')[0]
        ?.trim() ?? ''
    if (role === '') throw new Error('no role')
    step = `the credentials of ${role}`
    const { body } = await http.request('GET', `${CREDENTIALS_PATH}${encodeURIComponent(role)}`, { headers })
    const credentials = sessionOf(body, context, `${who}: instance metadata`)
    return { credentials, from: `the instance role ${role} (EC2 instance metadata)` }
  } catch (error) {
    throw new Error(metadataFailure(error, step))
  }
}

function metadataFailure(error: unknown, step: string): string {
  if (error instanceof ProviderHttpError) {
    if (error.kind === 'timeout') return 'no answer within 1 s'
    if (error.kind === 'network') return 'not reachable'
    if (error.status === 404) return `no ${step.replace(/^the /, '')} (HTTP 404: the instance has no role)`
    return `${step}: HTTP ${error.status}`
  }
  return `${step}: ${(error as Error).message}`
}
