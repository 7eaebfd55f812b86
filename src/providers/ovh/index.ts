// OVHcloud DNS (API v1): one record per TXT value, every call signed with the application secret and consumer key.
import { createHash } from 'node:crypto'
import { providerHttp, withHint } from '../../http/api.js'
import { type HttpClient, ProviderHttpError } from '../../http/client.js'
import { readTtl } from '../ttl.js'
import { missingTxt, ourTxt, parseTxtContent } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneAtPath, zoneFinder } from '../zone.js'

/** The API roots behind the OVH_ENDPOINT names, as OVHcloud's own client (go-ovh) maps them. */
export const OVH_ENDPOINTS: Readonly<Record<string, string>> = {
  'ovh-eu': 'https://eu.api.ovh.com/1.0',
  'ovh-ca': 'https://ca.api.ovh.com/1.0',
  'ovh-us': 'https://api.us.ovhcloud.com/1.0',
  'kimsufi-eu': 'https://eu.api.kimsufi.com/1.0',
  'kimsufi-ca': 'https://ca.api.kimsufi.com/1.0',
  'soyoustart-eu': 'https://eu.api.soyoustart.com/1.0',
  'soyoustart-ca': 'https://ca.api.soyoustart.com/1.0',
}

const CREDENTIALS = 'OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY'

const descriptor: ProviderDescriptor = {
  id: 'ovh',
  name: 'OVHcloud',
  credentials: [
    { env: 'OVH_APPLICATION_KEY', description: 'Application key (AK) of the API application', secret: true },
    {
      env: 'OVH_APPLICATION_SECRET',
      description: 'Application secret (AS), signs every request',
      secret: true,
    },
    {
      env: 'OVH_CONSUMER_KEY',
      description: 'Consumer key (CK) validated with access rules on the alias zone',
      secret: true,
    },
  ],
  settings: [
    {
      env: 'OVH_ENDPOINT',
      description: 'API region (OVH_API_URL, when set, takes the place of its address)',
      default: 'ovh-eu',
      values: Object.keys(OVH_ENDPOINTS),
    },
    {
      env: 'OVH_API_URL',
      description: 'API base URL; when empty it follows OVH_ENDPOINT',
      default: OVH_ENDPOINTS['ovh-eu'],
    },
    { env: 'OVH_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
  ],
  leastPrivilege:
    'Create the application at https://eu.api.ovh.com/createApp/ (ca.api.ovh.com, api.us.ovhcloud.com for the ' +
    'other regions), then request the consumer key (POST /auth/credential) with access rules limited to the ' +
    'alias zone only: GET, POST and DELETE on /domain/zone/validation.example.org/* and GET on ' +
    '/domain/zone/validation.example.org. Any other zone of the account then answers 403 to this key.',
  docs: 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api?id=kb_article_view&sysparm_article=KB0042784',
}

interface OvhRecord {
  id: number
  fieldType: string
  subDomain: string
  target: string
  ttl: number
  zone: string
}

export interface OvhOptions {
  /** The local clock in ms (tests fix it so the signature is predictable). */
  now?: () => number
}

export function createOvh(context: ProviderContext, options: OvhOptions = {}): DnsProvider {
  const applicationKey = context.env.OVH_APPLICATION_KEY ?? ''
  const applicationSecret = context.env.OVH_APPLICATION_SECRET ?? ''
  const consumerKey = context.env.OVH_CONSUMER_KEY ?? ''
  const now = options.now ?? Date.now
  const ttl = readTtl(context.env, 'OVH_TTL', { default: 120 })
  const baseUrl = apiUrl(context.env.OVH_API_URL, context.env.OVH_ENDPOINT)
  const common = {
    provider: 'ovh',
    baseUrl,
    secrets: [applicationKey, applicationSecret, consumerKey],
    credentialHint: CREDENTIALS,
  }
  // /auth/time is the one unauthenticated call: signing it would need the time it is asked for
  const clock = providerHttp(context, common)
  let offsetSeconds: Promise<number> | undefined
  const serverOffset = (): Promise<number> => {
    offsetSeconds ??= clock.request<number | string>('GET', '/auth/time').then(
      ({ body }) => Number(body) - Math.floor(now() / 1000),
      (error: unknown) => {
        offsetSeconds = undefined
        throw error
      },
    )
    return offsetSeconds
  }
  const http = providerHttp(context, {
    ...common,
    headers: { 'X-Ovh-Application': applicationKey, Accept: 'application/json' },
    // the signature covers the time, so it is made again for every attempt
    signRequest: async ({ method, url, body }) => {
      const timestamp = String(Math.floor(now() / 1000) + (await serverOffset()))
      return {
        'X-Ovh-Consumer': consumerKey,
        'X-Ovh-Timestamp': timestamp,
        'X-Ovh-Signature': ovhSignature(
          applicationSecret,
          consumerKey,
          method,
          url.href,
          body ?? '',
          timestamp,
        ),
      }
    },
  })

  // OVH answers a wrong signature with 400 INVALID_SIGNATURE, where the HTTP layer names no variable
  const explained = (error: unknown): unknown => {
    if (!(error instanceof ProviderHttpError) || error.status !== 400) return error
    if (!/INVALID_SIGNATURE/.test(error.bodyExcerpt ?? '')) return error
    return withHint(error, `Check ${CREDENTIALS}: the signature made with them was refused`)
  }
  const call = async <T>(...args: Parameters<HttpClient['request']>): Promise<T> => {
    try {
      return (await http.request<T>(...args)).body
    } catch (error) {
      throw explained(error)
    }
  }

  const zoneAt = zoneAtPath(http, (name) => `/domain/zone/${encodeURIComponent(name)}`)
  const zoneFor = zoneFinder(
    async (name) => {
      try {
        return await zoneAt(name)
      } catch (error) {
        // a consumer key limited to the alias zone is refused every other zone: not this one, keep walking
        if (error instanceof ProviderHttpError && /NOT_GRANTED_CALL/.test(error.bodyExcerpt ?? '')) {
          return undefined
        }
        throw explained(error)
      }
    },
    (owner, tried) =>
      `ovh: no DNS zone for ${owner} in this account (tried ${tried.join(', ')}); check that the ` +
      `alias zone is an OVHcloud DNS zone and that the access rules of OVH_CONSUMER_KEY include it`,
  )
  const ovhZone = async (zone: string, owner: string): Promise<string> => (await zoneFor(zone, owner)).name

  const txtRecords = async (zone: string, subDomain: string): Promise<OvhRecord[]> => {
    const ids = await call<number[]>('GET', `/domain/zone/${encodeURIComponent(zone)}/record`, {
      query: { fieldType: 'TXT', subDomain },
    })
    const records = await Promise.all(
      ids.map((id) =>
        call<OvhRecord>('GET', `/domain/zone/${encodeURIComponent(zone)}/record/${encodeURIComponent(id)}`),
      ),
    )
    // an empty subDomain filter may match the whole zone: keep only the owner's own records
    return records.filter((r) => r.subDomain.toLowerCase() === subDomain)
  }

  // changes are only served after the zone is refreshed
  const refresh = (zone: string) =>
    call('POST', `/domain/zone/${encodeURIComponent(zone)}/refresh`, { idempotent: true })

  return {
    id: descriptor.id,
    async append(zone, owner, values) {
      const name = await ovhZone(zone, owner)
      const subDomain = relativeName(owner, name)
      const missing = missingTxt(await txtRecords(name, subDomain), values, recordValue)
      if (missing.length === 0) return
      for (const target of missing) {
        await call('POST', `/domain/zone/${encodeURIComponent(name)}/record`, {
          body: { fieldType: 'TXT', subDomain, target, ttl },
        })
      }
      await refresh(name)
    },
    async remove(zone, owner, values) {
      const name = await ovhZone(zone, owner)
      const subDomain = relativeName(owner, name)
      const doomed = ourTxt(await txtRecords(name, subDomain), values, recordValue)
      if (doomed.length === 0) return
      for (const record of doomed) {
        await call(
          'DELETE',
          `/domain/zone/${encodeURIComponent(name)}/record/${encodeURIComponent(record.id)}`,
        )
      }
      await refresh(name)
    },
  }
}

export const ovh: ProviderModule = { descriptor, create: (context) => createOvh(context) }

function recordValue(record: { target: string }): string {
  return parseTxtContent(record.target)
}

/** X-Ovh-Signature: "$1$" + SHA-1 hex of AS+CK+METHOD+URL+BODY+TIMESTAMP, joined with "+". */
export function ovhSignature(
  applicationSecret: string,
  consumerKey: string,
  method: string,
  url: string,
  body: string,
  timestamp: string,
): string {
  const text = [applicationSecret, consumerKey, method, url, body, timestamp].join('+')
  return `$1$${createHash('sha1').update(text, 'utf8').digest('hex')}`
}

function apiUrl(explicit: string | undefined, endpoint: string | undefined): string {
  if (explicit?.trim()) return explicit.trim().replace(/\/+$/, '')
  const name = endpoint?.trim().toLowerCase() || 'ovh-eu'
  const url = OVH_ENDPOINTS[name]
  if (url === undefined) {
    throw new Error(
      `OVH_ENDPOINT must be one of ${Object.keys(OVH_ENDPOINTS).join(', ')}; got "${name}" ` +
        '(set OVH_API_URL for any other address)',
    )
  }
  return url
}
