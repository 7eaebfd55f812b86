// Tencent Cloud DNSPod (API 3.0, version 2021-03-23), every call signed with TC3-HMAC-SHA256.
// Concurrency: per-record. Each TXT value is a record of its own with its own RecordId: append creates only the
// values missing, remove deletes only the records holding our values, so other writers' records are never touched.
import { createHash, createHmac } from 'node:crypto'
import { providerHttp } from '../../http/api.js'
import type { ThrottleAnswer, ThrottleVerdict } from '../../http/client.js'
import { rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { missingTxt, ourTxt, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://dnspod.tencentcloudapi.com'
const SERVICE = 'dnspod'
const VERSION = '2021-03-23'
const CONTENT_TYPE = 'application/json; charset=utf-8'
const CREDENTIALS = 'TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY'
// DescribeDomainList and DescribeRecordList return at most this many items a page.
const PAGE = 3000
// The record line every plan has: "默认" (default), id 0.
const DEFAULT_LINE = '默认'

const descriptor: ProviderDescriptor = {
  id: 'tencentcloud',
  name: 'Tencent Cloud DNSPod',
  credentials: [
    { env: 'TENCENTCLOUD_SECRET_ID', description: 'SecretId of the API key', secret: true },
    { env: 'TENCENTCLOUD_SECRET_KEY', description: 'SecretKey of the API key', secret: true },
  ],
  settings: [
    {
      env: 'TENCENTCLOUD_API_URL',
      description: 'API base URL (dnspod.intl.tencentcloudapi.com for the international site)',
      default: API_URL,
    },
    {
      env: 'TENCENTCLOUD_SESSION_TOKEN',
      description: 'Token of temporary credentials (STS), sent with a temporary SecretId and SecretKey',
      secret: true,
    },
    { env: 'TENCENTCLOUD_REGION', description: 'Region sent with each request (DNSPod needs none)' },
    {
      env: 'TENCENTCLOUD_TTL',
      description:
        "TTL of the TXT records (seconds; the domain's plan sets the minimum, 600 on the free plan)",
      default: '600',
    },
  ],
  leastPrivilege:
    'In Cloud Access Management create a sub-user with programmatic access only, and attach a custom policy ' +
    'that allows dnspod:DescribeDomainList, dnspod:DescribeRecordList, dnspod:CreateRecord and ' +
    'dnspod:DeleteRecord with the resource limited to the alias zone (qcs::dnspod:::domain/<domain id>; ' +
    "DescribeDomainList needs resource *, it only lists). The sub-user's API key then cannot change other zones.",
  docs: 'https://www.tencentcloud.com/document/api/1157/49025',
}

/** What TC3-HMAC-SHA256 signs of one request. */
export interface Tc3Request {
  readonly method: string
  /** '/' for API 3.0. */
  readonly canonicalUri: string
  /** The URL-encoded query string; empty for POST. */
  readonly canonicalQuery: string
  /** The headers to sign (content-type and host at least), by name. */
  readonly headers: Readonly<Record<string, string>>
  readonly payload: string
}

/**
 * The Authorization header of TencentCloud API signature v3: a canonical request (method, URI, query, signed
 * headers lower case and sorted, SHA-256 of the body), hashed into a string to sign with the time and the
 * credential scope (UTC date/service/tc3_request), signed with a key derived from the SecretKey by HMAC chain.
 */
export function tc3Authorization(
  credentials: { secretId: string; secretKey: string },
  service: string,
  timestamp: number,
  request: Tc3Request,
): string {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
  const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest()
  const headers = Object.entries(request.headers)
    .map(([name, value]) => [name.toLowerCase().trim(), value.toLowerCase().trim()] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const signedHeaders = headers.map(([name]) => name).join(';')
  const canonicalRequest = [
    request.method,
    request.canonicalUri,
    request.canonicalQuery,
    headers.map(([name, value]) => `${name}:${value}\n`).join(''),
    signedHeaders,
    sha256(request.payload),
  ].join('\n')
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10)
  const scope = `${date}/${service}/tc3_request`
  const stringToSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256(canonicalRequest)].join('\n')
  const signingKey = hmac(hmac(hmac(`TC3${credentials.secretKey}`, date), service), 'tc3_request')
  const signature = createHmac('sha256', signingKey).update(stringToSign, 'utf8').digest('hex')
  return `TC3-HMAC-SHA256 Credential=${credentials.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`
}

interface ApiError {
  Code: string
  Message: string
}

type Answer<T> = { Response: T & { RequestId: string; Error?: ApiError } }

interface DnspodRecord {
  RecordId: number
  Name: string
  Type: string
  Value: string
  TTL: number
}

export interface TencentcloudOptions {
  /** The signing clock in ms, for tests. */
  now?: () => number
}

export function createTencentcloud(options: TencentcloudOptions = {}): ProviderModule {
  const now = options.now ?? Date.now
  return {
    descriptor,
    create(context: ProviderContext): DnsProvider {
      const env = context.env
      const credentials = {
        secretId: env.TENCENTCLOUD_SECRET_ID ?? '',
        secretKey: env.TENCENTCLOUD_SECRET_KEY ?? '',
      }
      const token = env.TENCENTCLOUD_SESSION_TOKEN ?? ''
      const region = env.TENCENTCLOUD_REGION ?? ''
      const ttl = readTtl(env, 'TENCENTCLOUD_TTL', { default: 600, max: 604_800 })
      const http = providerHttp(context, {
        provider: 'tencentcloud',
        apiUrlEnv: 'TENCENTCLOUD_API_URL',
        defaultUrl: API_URL,
        secrets: [credentials.secretId, credentials.secretKey, token],
        credentialHint: CREDENTIALS,
        throttle: tencentThrottled,
        // signed per attempt: the signature covers the time
        signRequest: ({ method, url, headers, body }) => {
          const timestamp = Math.floor(now() / 1000)
          const signed = {
            'content-type': CONTENT_TYPE,
            host: url.host,
            'x-tc-action': headers['x-tc-action'] ?? '',
          }
          return {
            authorization: tc3Authorization(credentials, SERVICE, timestamp, {
              method,
              canonicalUri: '/',
              canonicalQuery: '',
              headers: signed,
              payload: body ?? '',
            }),
            'x-tc-timestamp': String(timestamp),
            'x-tc-version': VERSION,
            ...(region ? { 'x-tc-region': region } : {}),
            ...(token ? { 'x-tc-token': token } : {}),
          }
        },
      })

      /** One API action; an Error in the answer (sent with HTTP 200) becomes an error naming the action. */
      async function call<T>(
        action: string,
        params: Record<string, unknown>,
        { idempotent = false, absent }: { idempotent?: boolean; absent?: string } = {},
      ): Promise<T | undefined> {
        const { body } = await http.request<Answer<T>>('POST', '/', {
          text: JSON.stringify(params),
          headers: { 'content-type': CONTENT_TYPE, 'x-tc-action': action },
          idempotent,
        })
        const error = body?.Response?.Error
        if (error === undefined) return body.Response
        if (error.Code === absent) return undefined
        const hint = error.Code.startsWith('AuthFailure')
          ? `. Check ${CREDENTIALS}: the API did not accept them`
          : ''
        throw new Error(http.redact(`tencentcloud: ${action} failed: ${error.Code}: ${error.Message}${hint}`))
      }

      // One listing of the account's domains serves every owner: DNSPod has no lookup of a name's zone.
      const domainNames = rememberedUntilFailed(async (): Promise<Set<string>> => {
        const names = new Set<string>()
        for (let offset = 0; ; offset += PAGE) {
          const page = await call<{
            DomainCountInfo: { AllTotal: number }
            DomainList: { Name: string }[]
          }>('DescribeDomainList', { Type: 'ALL', Offset: offset, Limit: PAGE }, { idempotent: true })
          for (const domain of page?.DomainList ?? []) names.add(domain.Name.toLowerCase())
          if ((page?.DomainList.length ?? 0) < PAGE || names.size >= (page?.DomainCountInfo.AllTotal ?? 0)) {
            return names
          }
        }
      })
      const zoneOf = zoneFinder(
        async (name) => ((await domainNames()).has(name) ? name : undefined),
        (owner, tried) =>
          `tencentcloud: no DNSPod domain for ${owner} in this account (tried ${tried.join(', ')}); ` +
          `add the alias zone in DNSPod, or check that ${CREDENTIALS} belong to its account`,
      )

      const readTxt = async (zone: string, subdomain: string): Promise<DnspodRecord[]> => {
        const records: DnspodRecord[] = []
        for (let offset = 0; ; offset += PAGE) {
          const page = await call<{ RecordList: DnspodRecord[] }>(
            'DescribeRecordList',
            { Domain: zone, Subdomain: subdomain, RecordType: 'TXT', Offset: offset, Limit: PAGE },
            // "no record": the owner holds no TXT value yet
            { idempotent: true, absent: 'ResourceNotFound.NoDataOfRecord' },
          )
          const list = page?.RecordList ?? []
          // Subdomain is a filter, the name must still match: the API may match more loosely
          records.push(
            ...list.filter((r) => r.Type === 'TXT' && r.Name.toLowerCase() === subdomain.toLowerCase()),
          )
          if (list.length < PAGE) return records
        }
      }

      const locate = async (zone: string, owner: string) => {
        const { name } = await zoneOf(zone, owner)
        return { name, subdomain: relativeName(owner, name) || '@' }
      }

      return {
        id: descriptor.id,
        async append(zone, owner, values) {
          const { name, subdomain } = await locate(zone, owner)
          const missing = missingTxt(await readTxt(name, subdomain), values, recordValue)
          // one CreateRecord per value: the batch API is an asynchronous job across domains, not worth it for two
          for (const value of missing) {
            await call('CreateRecord', {
              Domain: name,
              SubDomain: subdomain,
              RecordType: 'TXT',
              RecordLine: DEFAULT_LINE,
              RecordLineId: '0',
              Value: value,
              TTL: ttl,
            })
          }
        },
        async remove(zone, owner, values) {
          const { name, subdomain } = await locate(zone, owner)
          for (const record of ourTxt(await readTxt(name, subdomain), values, recordValue)) {
            await call('DeleteRecord', { Domain: name, RecordId: record.RecordId })
          }
        },
      }
    },
  }
}

export const tencentcloud: ProviderModule = createTencentcloud()

/** DNSPod keeps a TXT value as typed: ours unquoted, one entered by hand maybe quoted. */
function recordValue(record: DnspodRecord): string {
  return parseMaybeQuoted(record.Value)
}

/** The API answers a throttled call with HTTP 200 and an error code RequestLimitExceeded(.*), without a wait. */
function tencentThrottled({ body }: ThrottleAnswer): ThrottleVerdict {
  return /"Code"\s*:\s*"RequestLimitExceeded/.test(body)
}
