// AWS Signature Version 4, by hand with node:crypto: the AWS SDK would add megabytes to the action bundle
// for the few Route 53, STS, ACM and Secrets Manager calls certalias makes.
import { createHash, createHmac } from 'node:crypto'

export interface AwsCredentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string | undefined
}

export interface SigV4Request {
  readonly method: string
  readonly url: URL
  /** Headers to sign besides host and x-amz-date (names in any case). */
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
}

export interface SigV4Scope {
  readonly region: string
  readonly service: string
}

/** The headers to add to a request: x-amz-date, x-amz-security-token (with a session token) and authorization. */
export function signV4(
  request: SigV4Request,
  credentials: AwsCredentials,
  scope: SigV4Scope,
  now: Date = new Date(),
): Record<string, string> {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const day = amzDate.slice(0, 8)
  const added: Record<string, string> = { 'x-amz-date': amzDate }
  if (credentials.sessionToken) added['x-amz-security-token'] = credentials.sessionToken

  const signed = new Map<string, string>()
  for (const [name, value] of Object.entries({ ...request.headers, ...added })) {
    signed.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '))
  }
  signed.set('host', request.url.host)
  const names = [...signed.keys()].sort()
  const signedHeaders = names.join(';')

  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalPath(request.url.pathname),
    canonicalQuery(request.url.searchParams),
    ...names.map((name) => `${name}:${signed.get(name)}`),
    '',
    signedHeaders,
    sha256Hex(request.body ?? ''),
  ].join('\n')
  const credentialScope = `${day}/${scope.region}/${scope.service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, credentialScope, sha256Hex(canonicalRequest)].join('\n')
  let key: Buffer = hmac(`AWS4${credentials.secretAccessKey}`, day)
  for (const part of [scope.region, scope.service, 'aws4_request']) key = hmac(key, part)
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex')

  return {
    ...added,
    authorization:
      `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, ` +
      `SignedHeaders=${signedHeaders}, Signature=${signature}`,
  }
}

/** RFC 3986 unreserved characters stay, everything else is %XX (upper case), as SigV4 requires. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

// Services other than S3 sign the path with each segment encoded once more over the URL's own encoding.
function canonicalPath(pathname: string): string {
  if (pathname === '') return '/'
  return pathname
    .split('/')
    .map((segment) => uriEncode(segment))
    .join('/')
}

function canonicalQuery(params: URLSearchParams): string {
  return [...params]
    .map(([key, value]) => [uriEncode(key), uriEncode(value)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&')
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest()
}
