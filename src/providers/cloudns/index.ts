// ClouDNS (HTTP API): one record per TXT value; the API answers failures with HTTP 200 and {"status": "Failed"}, turned into errors here.

import { providerHttp } from '../../http/api.js'
import type { QueryValue, ThrottleAnswer, ThrottleVerdict } from '../../http/client.js'
import { parseTxtContent } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.cloudns.net'
// TTLs the API accepts; anything else is refused with "Invalid TTL"
const TTLS = [60, 300, 900, 1800, 3600, 21600, 43200, 86400, 172800, 259200, 604800, 1209600, 2592000]
// over 20 requests per second ClouDNS blocks with HTTP 200 and "Request blocked. <ip> is sending more than ...":
// waited out 1, 2, 4, 8 s (the HttpClient's default of 4 retries)
const BLOCKED_BACKOFF_MS = 1000

const descriptor: ProviderDescriptor = {
  id: 'cloudns',
  name: 'ClouDNS',
  credentials: [
    { env: 'CLOUDNS_AUTH_ID', description: 'auth-id of an API user (API & Resellers)', set: 'API user' },
    {
      env: 'CLOUDNS_SUB_AUTH_ID',
      description: 'sub-auth-id of an API sub-user limited to the alias zone',
      set: 'API sub-user',
    },
    { env: 'CLOUDNS_AUTH_PASSWORD', description: 'Password of that API user or sub-user', secret: true },
  ],
  settings: [
    { env: 'CLOUDNS_API_URL', description: 'API base URL', default: API_URL },
    {
      env: 'CLOUDNS_TTL',
      description: 'TTL of the TXT records (seconds)',
      default: '60',
      values: TTLS.map(String),
    },
  ],
  leastPrivilege:
    'Create an API sub-user (API & Resellers > API sub-users), give it only the alias zone (Delegate zone), ' +
    'restrict it to the IP addresses your runner leaves from if you can, and set CLOUDNS_SUB_AUTH_ID and ' +
    'CLOUDNS_AUTH_PASSWORD from it. The main API user (CLOUDNS_AUTH_ID) reaches every zone of the account.',
  docs: 'https://www.cloudns.net/wiki/article/42/',
}

interface Status {
  status?: string
  statusDescription?: string
}

interface CloudnsRecord {
  id: string
  type: string
  host: string
  record: string
  ttl: string
}

export const cloudns: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const authId = context.env.CLOUDNS_AUTH_ID ?? ''
    const subAuthId = context.env.CLOUDNS_SUB_AUTH_ID ?? ''
    const password = context.env.CLOUDNS_AUTH_PASSWORD ?? ''
    const ttl = parseTtl(context.env.CLOUDNS_TTL)
    // a sub-user, limited to delegated zones, wins over the main user when both are given
    const identity: Record<string, string> = subAuthId ? { 'sub-auth-id': subAuthId } : { 'auth-id': authId }
    const credentialHint = `${subAuthId ? 'CLOUDNS_SUB_AUTH_ID' : 'CLOUDNS_AUTH_ID'} and CLOUDNS_AUTH_PASSWORD`
    const http = providerHttp(context, {
      provider: 'cloudns',
      apiUrlEnv: 'CLOUDNS_API_URL',
      defaultUrl: API_URL,
      secrets: [password],
      credentialHint,
      throttle: requestBlocked,
    })

    /** One call with the credentials added; reads go in the query, writes in a form body (keeping the password out of URLs). */
    const call = async <T>(
      path: string,
      params: Record<string, QueryValue>,
      write: boolean,
    ): Promise<T | Status> => {
      const fields = { ...identity, 'auth-password': password, ...params }
      const { body } = write
        ? await http.request<T | Status>('POST', path, {
            text: new URLSearchParams(
              Object.entries(fields).flatMap(([k, v]): [string, string][] =>
                v === undefined ? [] : [[k, String(v)]],
              ),
            ).toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          })
        : await http.request<T | Status>('GET', path, { query: fields })
      const failure = failed(body)
      if (failure !== undefined && /authentication|auth-id|auth-password|sub-auth/i.test(failure)) {
        throw new Error(
          http.redact(
            `cloudns: ${path} failed: ${failure} Check ${credentialHint} (and the API user's allowed IP ` +
              'addresses, which ClouDNS reports the same way)',
          ),
        )
      }
      return body
    }

    const check = async (path: string, params: Record<string, QueryValue>): Promise<void> => {
      const answer = (await call<Status>(path, params, true)) as Status
      if (answer?.status !== 'Success') {
        throw new Error(
          http.redact(`cloudns: ${path} failed: ${answer?.statusDescription ?? JSON.stringify(answer)}`),
        )
      }
    }

    const zoneFor = zoneFinder(
      async (name) => {
        const info = await call<{ name?: string }>('/dns/get-zone-info.json', { 'domain-name': name }, false)
        // any other Failed answer means this account has no such zone
        return failed(info) === undefined && (info as { name?: string }).name?.toLowerCase() === name
          ? name
          : undefined
      },
      (owner, tried) =>
        `cloudns: no zone for ${owner} (tried ${tried.join(', ')}); check that the alias zone is in ` +
        `ClouDNS and, for a sub-user, delegated to ${subAuthId ? 'CLOUDNS_SUB_AUTH_ID' : 'it'}`,
    )
    const zoneOf = async (zone: string, owner: string): Promise<string> => (await zoneFor(zone, owner)).name

    const txtRecords = async (zone: string, host: string): Promise<CloudnsRecord[]> => {
      const answer = await call<Record<string, CloudnsRecord> | []>(
        '/dns/records.json',
        { 'domain-name': zone, host, type: 'TXT' },
        false,
      )
      const failure = failed(answer)
      if (failure !== undefined) throw new Error(http.redact(`cloudns: /dns/records.json failed: ${failure}`))
      // the API answers [] for no records and an object keyed by record id otherwise
      const records = Array.isArray(answer) ? [] : Object.values(answer as Record<string, CloudnsRecord>)
      return records.filter((r) => r.type === 'TXT' && r.host.toLowerCase() === host)
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const name = await zoneOf(zone, owner)
        const host = relativeName(owner, name)
        const present = new Set((await txtRecords(name, host)).map((r) => parseTxtContent(r.record)))
        for (const record of new Set(values)) {
          if (present.has(record)) continue
          await check('/dns/add-record.json', {
            'domain-name': name,
            'record-type': 'TXT',
            host,
            record,
            ttl,
          })
        }
      },
      async remove(zone, owner, values) {
        const name = await zoneOf(zone, owner)
        const ours = new Set(values)
        for (const record of await txtRecords(name, relativeName(owner, name))) {
          if (!ours.has(parseTxtContent(record.record))) continue
          await check('/dns/delete-record.json', { 'domain-name': name, 'record-id': record.id })
        }
      },
    }
  },
}

/** The text of a {"status": "Failed"} answer, or undefined for any other answer. */
function failed(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
  const { status, statusDescription } = body as Status
  return status === 'Failed' ? (statusDescription ?? 'no description') : undefined
}

/** ClouDNS's rate limit: a "Failed" answer saying "Request blocked", whatever the HTTP status. */
function requestBlocked({ body, attempt }: ThrottleAnswer): ThrottleVerdict {
  if (!/request blocked/i.test(body)) return false
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return false
  }
  if (!/request blocked/i.test(failed(parsed) ?? '')) return false
  return { waitMs: BLOCKED_BACKOFF_MS * 2 ** (attempt - 1), reason: 'rate limited ("Request blocked")' }
}

function parseTtl(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 60
  const ttl = Number(value)
  if (!TTLS.includes(ttl)) throw new Error(`CLOUDNS_TTL must be one of ${TTLS.join(', ')}; got "${value}"`)
  return ttl
}
