// DNS Made Easy (REST API v2.0): one record per TXT value, every request signed with an HMAC of its date.
import { createHmac } from 'node:crypto'
import { providerHttp } from '../../http/api.js'
import { readTtl } from '../ttl.js'
import { parseTxtContent } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.dnsmadeeasy.com/V2.0'
const SANDBOX_URL = 'https://api.sandbox.dnsmadeeasy.com/V2.0'

const descriptor: ProviderDescriptor = {
  id: 'dnsmadeeasy',
  name: 'DNS Made Easy',
  credentials: [
    {
      env: 'DNSMADEEASY_API_KEY',
      description: 'API key (Account Information > API Credentials)',
      secret: true,
    },
    { env: 'DNSMADEEASY_API_SECRET', description: 'Secret key that signs each request', secret: true },
  ],
  settings: [
    {
      env: 'DNSMADEEASY_API_URL',
      description: `API base URL; the sandbox is ${SANDBOX_URL}`,
      default: API_URL,
    },
    { env: 'DNSMADEEASY_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
  ],
  leastPrivilege:
    "The API key of a DNS Made Easy user acts with that user's rights. Create a separate user (Config > Users) " +
    'whose permissions cover only the alias domain (give it access to that one domain, or to a folder/group that ' +
    'holds only it), enable API access for that user and use its key and secret. Where your plan has no ' +
    'per-user domain permissions, keep the alias domain in a separate account.',
  docs: 'https://api-docs.dnsmadeeasy.com/',
}

interface DmeRecord {
  id: number
  name: string
  type: string
  value: string
  ttl: number
  sourceId: number
}

export interface DnsMadeEasyOptions {
  /** The clock in ms (tests fix it so the signature is predictable). */
  now?: () => number
}

export function createDnsMadeEasy(context: ProviderContext, options: DnsMadeEasyOptions = {}): DnsProvider {
  const apiKey = context.env.DNSMADEEASY_API_KEY ?? ''
  const secret = context.env.DNSMADEEASY_API_SECRET ?? ''
  const now = options.now ?? Date.now
  const ttl = readTtl(context.env, 'DNSMADEEASY_TTL', { default: 120 })
  const http = providerHttp(context, {
    provider: 'dnsmadeeasy',
    apiUrlEnv: 'DNSMADEEASY_API_URL',
    defaultUrl: API_URL,
    headers: { 'x-dnsme-apiKey': apiKey, accept: 'application/json' },
    secrets: [apiKey, secret],
    credentialHint: 'DNSMADEEASY_API_KEY and DNSMADEEASY_API_SECRET',
    // over its request budget the API answers 400 {"error": ["Rate limit exceeded"]}, not 429
    isThrottled: (status, body) => status === 400 && /rate limit exceeded/i.test(body),
    // the signature covers the request date, so it is made again for every attempt
    signRequest: () => {
      const date = new Date(now()).toUTCString()
      return { 'x-dnsme-requestDate': date, 'x-dnsme-hmac': dnsMadeEasyHmac(secret, date) }
    },
  })
  const domainFor = zoneFinder(
    async (name) => {
      const response = await http.request<{ id?: number; name?: string }>('GET', '/dns/managed/name', {
        query: { domainname: name },
        expect: [404],
      })
      return response.status === 404 || typeof response.body?.id !== 'number' ? undefined : response.body.id
    },
    (owner, tried) =>
      `dnsmadeeasy: no managed domain for ${owner} (tried ${tried.join(', ')}); check that the alias ` +
      'domain is in DNS Made Easy and that the user of DNSMADEEASY_API_KEY may see it',
  )
  const domainOf = async (zone: string, owner: string) => {
    const found = await domainFor(zone, owner)
    return { id: found.zone, name: found.name }
  }

  const txtRecords = async (id: number, recordName: string): Promise<DmeRecord[]> => {
    const { body } = await http.request<{ data?: DmeRecord[] }>(
      'GET',
      `/dns/managed/${encodeURIComponent(id)}/records`,
      {
        query: { type: 'TXT', recordName },
      },
    )
    // recordName filters by name, yet the apex ('') must not pick up every TXT record of the domain
    return (body?.data ?? []).filter((r) => r.type === 'TXT' && r.name.toLowerCase() === recordName)
  }

  return {
    id: descriptor.id,
    async append(zone, owner, values) {
      const domain = await domainOf(zone, owner)
      const name = relativeName(owner, domain.name)
      const present = new Set((await txtRecords(domain.id, name)).map((r) => parseTxtContent(r.value)))
      for (const value of new Set(values)) {
        if (present.has(value)) continue
        await http.request('POST', `/dns/managed/${encodeURIComponent(domain.id)}/records`, {
          body: { name, type: 'TXT', value, gtdLocation: 'DEFAULT', ttl },
        })
      }
    },
    async remove(zone, owner, values) {
      const domain = await domainOf(zone, owner)
      const ours = new Set(values)
      for (const record of await txtRecords(domain.id, relativeName(owner, domain.name))) {
        if (!ours.has(parseTxtContent(record.value))) continue
        await http.request(
          'DELETE',
          `/dns/managed/${encodeURIComponent(domain.id)}/records/${encodeURIComponent(record.id)}`,
          { expect: [404] },
        )
      }
    },
  }
}

export const dnsmadeeasy: ProviderModule = { descriptor, create: (context) => createDnsMadeEasy(context) }

/** x-dnsme-hmac: HMAC-SHA1 of the x-dnsme-requestDate value, keyed with the secret, in hex. */
export function dnsMadeEasyHmac(secret: string, requestDate: string): string {
  return createHmac('sha1', secret).update(requestDate, 'utf8').digest('hex')
}
