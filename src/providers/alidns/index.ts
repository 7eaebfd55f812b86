// Alibaba Cloud DNS (Alidns API 2015-01-09, RPC style), every call signed with the RPC signature v1 (HMAC-SHA1).
// Concurrency: per-record. Each TXT value is a record with its own RecordId: append adds only the values missing,
// remove deletes only the records holding our values; other writers' records are never touched.
import { createHmac, randomUUID } from 'node:crypto'
import { providerHttp, withHint } from '../../http/api.js'
import { ProviderHttpError, type ThrottleAnswer, type ThrottleVerdict } from '../../http/client.js'
import { readTtl } from '../ttl.js'
import { missingTxt, ourTxt, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://alidns.aliyuncs.com'
const DEFAULT_REGION = 'cn-hangzhou'
const VERSION = '2015-01-09'
const CREDENTIALS = 'ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY'
// DescribeSubDomainRecords returns at most 500 records a page.
const PAGE = 500
// Error codes of a key or signature the API refused (answered 400 or 404, so the HTTP layer does not name them).
const CREDENTIAL_CODES =
  /"Code"\s*:\s*"(InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidSecurityToken)/

const descriptor: ProviderDescriptor = {
  id: 'alidns',
  name: 'Alibaba Cloud DNS',
  credentials: [
    { env: 'ALICLOUD_ACCESS_KEY', description: 'AccessKey ID of a RAM user', secret: true },
    { env: 'ALICLOUD_SECRET_KEY', description: 'AccessKey secret of that RAM user', secret: true },
  ],
  settings: [
    {
      env: 'ALICLOUD_API_URL',
      description: `API base URL; when empty, ${API_URL} (or alidns.<region>.aliyuncs.com for another ALICLOUD_REGION_ID)`,
      default: API_URL,
    },
    {
      env: 'ALICLOUD_REGION_ID',
      description: 'Region whose endpoint to call, e.g. ap-southeast-1 for the international site',
      default: DEFAULT_REGION,
    },
    {
      env: 'ALICLOUD_SECURITY_TOKEN',
      description: 'STS security token, sent with a temporary AccessKey pair',
      secret: true,
    },
    { env: 'ALICLOUD_LINE', description: 'Resolution line of the TXT records', default: 'default' },
    {
      env: 'ALICLOUD_TTL',
      description:
        "TTL of the TXT records (seconds; the domain's edition sets the minimum, 600 on the free one)",
      default: '600',
    },
  ],
  leastPrivilege:
    'Create a RAM user with OpenAPI access only and attach a custom policy allowing alidns:DescribeDomains, ' +
    'alidns:DescribeSubDomainRecords, alidns:AddDomainRecord and alidns:DeleteDomainRecord on the alias zone ' +
    'only (Resource "acs:alidns:*:*:domain/validation.example.org"; DescribeDomains needs "*", it only lists). ' +
    "The RAM user's AccessKey then cannot change other zones. (An ECS instance RAM role, lego's ALICLOUD_RAM_ROLE, " +
    'is not offered: CI runners are not ECS instances.)',
  docs: 'https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-dir-parsing-records',
}

/** Percent-encoding of the RPC signature: RFC 3986 unreserved characters kept, space as %20, `*` as %2A. */
export function rpcEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * Signature v1 of an RPC-style request: the parameters (without Signature) sorted by name and encoded into a
 * canonical query, the string to sign `METHOD&%2F&<encoded query>`, HMAC-SHA1 keyed with `<secret>&`, base64.
 */
export function rpcSignature(
  method: string,
  params: Readonly<Record<string, string>>,
  secret: string,
): string {
  const canonical = Object.keys(params)
    .filter((name) => name !== 'Signature')
    .sort()
    .map((name) => `${rpcEncode(name)}=${rpcEncode(params[name] as string)}`)
    .join('&')
  const stringToSign = `${method}&${rpcEncode('/')}&${rpcEncode(canonical)}`
  return createHmac('sha1', `${secret}&`).update(stringToSign, 'utf8').digest('base64')
}

interface AlidnsRecord {
  RecordId: string
  RR: string
  Type: string
  Value: string
  TTL: number
}

export interface AlidnsOptions {
  /** The signing clock, for tests. */
  now?: () => Date
}

export function createAlidns(options: AlidnsOptions = {}): ProviderModule {
  const now = options.now ?? (() => new Date())
  return {
    descriptor,
    create(context: ProviderContext): DnsProvider {
      const env = context.env
      const accessKey = env.ALICLOUD_ACCESS_KEY ?? ''
      const secret = env.ALICLOUD_SECRET_KEY ?? ''
      const token = env.ALICLOUD_SECURITY_TOKEN ?? ''
      const region = env.ALICLOUD_REGION_ID || DEFAULT_REGION
      const line = env.ALICLOUD_LINE || 'default'
      const ttl = readTtl(env, 'ALICLOUD_TTL', { default: 600, max: 86_400 })
      const http = providerHttp(context, {
        provider: 'alidns',
        baseUrl:
          env.ALICLOUD_API_URL ||
          (region === DEFAULT_REGION ? API_URL : `https://alidns.${encodeURIComponent(region)}.aliyuncs.com`),
        secrets: [accessKey, secret, token],
        credentialHint: CREDENTIALS,
        throttle: alidnsThrottled,
        // the signature covers a time and a nonce the API accepts once: made again for every attempt
        signRequest: ({ method, url }) => {
          url.searchParams.set('Timestamp', `${now().toISOString().slice(0, 19)}Z`)
          url.searchParams.set('SignatureNonce', randomUUID())
          url.searchParams.delete('Signature')
          const params = Object.fromEntries(url.searchParams)
          url.searchParams.set('Signature', rpcSignature(method, params, secret))
          return {}
        },
      })

      async function call<T>(action: string, params: Record<string, string | number>, idempotent = false) {
        try {
          const { body } = await http.request<T>('GET', '/', {
            query: {
              ...params,
              Action: action,
              Format: 'JSON',
              Version: VERSION,
              AccessKeyId: accessKey,
              SignatureMethod: 'HMAC-SHA1',
              SignatureVersion: '1.0',
              ...(token ? { SecurityToken: token } : {}),
            },
            idempotent,
          })
          return body
        } catch (error) {
          if (
            error instanceof ProviderHttpError &&
            error.status !== 401 &&
            error.status !== 403 &&
            CREDENTIAL_CODES.test(error.bodyExcerpt ?? '')
          ) {
            throw withHint(error, `Check ${CREDENTIALS}: the API did not accept them`)
          }
          throw error
        }
      }

      const zoneOf = zoneFinder(
        async (name) => {
          const found = await call<{ Domains: { Domain: { DomainName: string }[] } }>(
            'DescribeDomains',
            { KeyWord: name, SearchMode: 'EXACT', PageSize: 100 },
            true,
          )
          return found.Domains.Domain.some((d) => d.DomainName.toLowerCase() === name) ? name : undefined
        },
        (owner, tried) =>
          `alidns: no Alibaba Cloud DNS domain for ${owner} in this account (tried ${tried.join(', ')}); ` +
          `add the alias zone, or check that ${CREDENTIALS} belong to its account`,
      )

      const readTxt = async (zone: string, owner: string): Promise<AlidnsRecord[]> => {
        const records: AlidnsRecord[] = []
        for (let page = 1; ; page++) {
          const found = await call<{ TotalCount: number; DomainRecords: { Record: AlidnsRecord[] } }>(
            'DescribeSubDomainRecords',
            { SubDomain: owner, DomainName: zone, Type: 'TXT', PageNumber: page, PageSize: PAGE },
            true,
          )
          const list = found.DomainRecords.Record
          records.push(...list.filter((r) => r.Type === 'TXT'))
          if (list.length < PAGE || records.length >= found.TotalCount) return records
        }
      }

      return {
        id: descriptor.id,
        async append(zone, owner, values) {
          const { name } = await zoneOf(zone, owner)
          const rr = relativeName(owner, name) || '@'
          // one AddDomainRecord per value: the API adds one record a call
          for (const value of missingTxt(await readTxt(name, owner), values, recordValue)) {
            try {
              await call('AddDomainRecord', {
                DomainName: name,
                RR: rr,
                Type: 'TXT',
                Value: value,
                TTL: ttl,
                Line: line,
              })
            } catch (error) {
              // the same value is there already: another run of ours added it since our read
              const duplicate =
                error instanceof ProviderHttpError && /DomainRecordDuplicate/.test(error.bodyExcerpt ?? '')
              if (!duplicate) throw error
            }
          }
        },
        async remove(zone, owner, values) {
          const { name } = await zoneOf(zone, owner)
          for (const record of ourTxt(await readTxt(name, owner), values, recordValue)) {
            await call('DeleteDomainRecord', { RecordId: record.RecordId })
          }
        },
      }
    },
  }
}

export const alidns: ProviderModule = createAlidns()

/** Alibaba Cloud DNS keeps a TXT value as typed: ours unquoted, one entered by hand maybe quoted. */
function recordValue(record: AlidnsRecord): string {
  return parseMaybeQuoted(record.Value)
}

/** Flow control answers with a Throttling code (Throttling.User, Throttling.Api), whatever the status. */
function alidnsThrottled({ status, body }: ThrottleAnswer): ThrottleVerdict {
  return status >= 400 && /"Code"\s*:\s*"Throttling/.test(body)
}
