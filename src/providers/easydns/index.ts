// easyDNS REST API. Concurrency: per-record. Each TXT value is a record of its own (PUT …/add, DELETE by id), so
// neither an add nor a removal touches another value at the owner.
import { basicAuth, providerHttp } from '../../http/api.js'
import { readTtl } from '../ttl.js'
import { missingTxt, ourTxt, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, pathSegment, relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://rest.easydns.net'
const SANDBOX_URL = 'https://sandbox.rest.easydns.net'

const descriptor: ProviderDescriptor = {
  id: 'easydns',
  name: 'easyDNS',
  credentials: [
    { env: 'EASYDNS_TOKEN', description: 'API token (the user part of basic authentication)', secret: true },
    { env: 'EASYDNS_KEY', description: 'API key that goes with the token', secret: true },
  ],
  settings: [
    {
      env: 'EASYDNS_ENDPOINT',
      description: `REST API base URL; the sandbox is ${SANDBOX_URL}`,
      default: API_URL,
      aliases: ['EASYDNS_API_URL'],
    },
    { env: 'EASYDNS_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
  ],
  leastPrivilege:
    'An easyDNS API token and key act for every domain of their account and cannot be narrowed to one zone or ' +
    'record type. Keep the alias domain in an easyDNS account that holds nothing else, request API access for ' +
    'that account only, and use its token and key here.',
  docs: 'https://rest.easydns.net/',
}

interface EasyRecord {
  id: string | number
  host: string
  type: string
  rdata: string
}

interface Envelope<T> {
  data?: T
  error?: { code?: number; message?: string }
}

export const easydns: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.EASYDNS_TOKEN ?? ''
    const key = context.env.EASYDNS_KEY ?? ''
    const ttl = readTtl(context.env, 'EASYDNS_TTL', { default: 120 })
    const basic = basicAuth(token, key)
    const http = providerHttp(context, {
      provider: 'easydns',
      apiUrlEnv: 'EASYDNS_ENDPOINT',
      defaultUrl: API_URL,
      headers: { authorization: basic.authorization, accept: 'application/json' },
      secrets: [token, ...basic.secrets],
      credentialHint: 'EASYDNS_TOKEN and EASYDNS_KEY',
    })
    const json = { format: 'json' }

    /** Every record of the domain; undefined when the account has no such domain (404, or 403 for another's). */
    const records = async (domain: string): Promise<EasyRecord[] | undefined> => {
      const response = await http.request<Envelope<EasyRecord[]>>(
        'GET',
        `/zones/records/all/${pathSegment(domain)}`,
        { query: json, expect: [403, 404] },
      )
      if (response.status !== 200) return undefined
      return Array.isArray(response.body?.data) ? response.body.data : []
    }

    const domainOf = zoneFinder(
      async (name) => ((await records(name)) === undefined ? undefined : name),
      (owner, candidates) =>
        `easydns: no domain of the account of EASYDNS_TOKEN holds ${owner} (tried ${candidates.join(', ')}); ` +
        'check that the alias domain is in that account',
    )

    const txtAt = async (domain: string, host: string): Promise<EasyRecord[]> =>
      ((await records(domain)) ?? []).filter((r) => r.type === 'TXT' && r.host.toLowerCase() === host)

    const rdata = (record: EasyRecord) => parseMaybeQuoted(record.rdata)

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const { name: domain } = await domainOf(zone, owner)
        const host = relativeName(absoluteless(owner), domain) || '@'
        for (const value of missingTxt(await txtAt(domain, host), values, rdata)) {
          await http.request('PUT', `/zones/records/add/${pathSegment(domain)}/TXT`, {
            query: json,
            body: { domain, host, ttl: String(ttl), prio: '0', type: 'TXT', rdata: value },
            // a second add of the same value would make a second record
            idempotent: false,
          })
        }
      },
      async remove(zone, owner, values) {
        const { name: domain } = await domainOf(zone, owner)
        const host = relativeName(absoluteless(owner), domain) || '@'
        for (const record of ourTxt(await txtAt(domain, host), values, rdata)) {
          // 404: gone already (another run's cleanup of the same value)
          await http.request(
            'DELETE',
            `/zones/records/${pathSegment(domain)}/${pathSegment(String(record.id))}`,
            {
              query: json,
              expect: [404],
            },
          )
        }
      },
    }
  },
}
