// Infomaniak DNS (API v1): one TXT record per value, so appending never touches other values at the owner.

import { providerHttp } from '../../http/api.js'
import type { HttpMethod, RequestOptions } from '../../http/client.js'
import { parseTxtContent } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.infomaniak.com'

const descriptor: ProviderDescriptor = {
  id: 'infomaniak',
  name: 'Infomaniak',
  credentials: [
    {
      env: 'INFOMANIAK_ACCESS_TOKEN',
      description: 'API token (Manager > API tokens) with the domain scope, sent as a bearer token',
      secret: true,
    },
  ],
  settings: [
    {
      env: 'INFOMANIAK_API_URL',
      description: 'API base URL',
      default: API_URL,
      aliases: ['INFOMANIAK_ENDPOINT'],
    },
    { env: 'INFOMANIAK_TTL', description: 'TTL (seconds) of the TXT records', default: '300' },
  ],
  leastPrivilege:
    'Infomaniak API tokens are not limited to one domain: a token with the domain scope reaches every domain ' +
    'its user may manage. Create the token as a user of your organisation whose access rights cover only the ' +
    "alias zone's domain, or keep the alias zone in a separate Infomaniak organisation that holds nothing else, " +
    'and give the token no other scope than the domain scope.',
  docs: 'https://developer.infomaniak.com/docs/api',
}

interface Envelope<T> {
  result: string
  data: T
  error?: { code: string; description?: string }
}

interface Product {
  id: number
  customer_name: string
}

interface InfomaniakRecord {
  id: string | number
  source?: string
  source_idn?: string
  type: string
  target: string
}

export const infomaniak: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.INFOMANIAK_ACCESS_TOKEN ?? ''
    const ttl = Number(context.env.INFOMANIAK_TTL || 300)
    const http = providerHttp(context, {
      provider: 'infomaniak',
      apiUrlEnv: 'INFOMANIAK_API_URL',
      defaultUrl: API_URL,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      secrets: [token],
      credentialHint: 'INFOMANIAK_ACCESS_TOKEN',
    })

    // The API may answer 200 with result "error": that is a failure too.
    const call = async <T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> => {
      const { body } = await http.request<Envelope<T>>(method, path, options)
      if (body?.result !== 'success') {
        const error = body?.error
        throw new Error(
          http.redact(
            `infomaniak: ${method} ${path} answered ${body?.result ?? 'nothing'}` +
              (error ? `: ${error.code}${error.description ? ` (${error.description})` : ''}` : ''),
          ),
        )
      }
      return body.data
    }

    const domainFor = zoneFinder(
      async (name) => {
        const products = await call<Product[]>('GET', '/1/product', {
          query: { service_name: 'domain', customer_name: name },
        })
        return products.find((p) => absoluteless(p.customer_name) === name)?.id
      },
      (owner, tried) =>
        `infomaniak: no domain for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'check that INFOMANIAK_ACCESS_TOKEN may manage the alias zone',
    )
    const domainOf = async (zone: string, owner: string): Promise<{ id: number; name: string }> => {
      const found = await domainFor(zone, owner)
      return { id: found.zone, name: found.name }
    }

    // v1 answers the plain text; the v2 API quotes it. Either way the value is what a validator reads.
    const recordValue = (record: InfomaniakRecord) =>
      record.target.startsWith('"') ? parseTxtContent(record.target) : record.target

    const txtRecords = async (domainId: number, owner: string): Promise<InfomaniakRecord[]> => {
      const records = await call<InfomaniakRecord[]>(
        'GET',
        `/1/domain/${encodeURIComponent(domainId)}/dns/record`,
      )
      const name = absoluteless(owner)
      return records.filter((r) => r.type === 'TXT' && absoluteless(r.source_idn ?? '') === name)
    }

    return {
      id: descriptor.id,

      async append(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        const present = new Set((await txtRecords(domain.id, owner)).map(recordValue))
        // Infomaniak writes the apex as "."
        const source = relativeName(owner, domain.name) || '.'
        for (const value of new Set(values)) {
          if (present.has(value)) continue
          await call('POST', `/1/domain/${encodeURIComponent(domain.id)}/dns/record`, {
            body: { source, type: 'TXT', ttl, target: value },
          })
        }
      },

      async remove(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        const ours = new Set(values)
        for (const record of await txtRecords(domain.id, owner)) {
          if (ours.has(recordValue(record)))
            await call(
              'DELETE',
              `/1/domain/${encodeURIComponent(domain.id)}/dns/record/${encodeURIComponent(record.id)}`,
            )
        }
      },
    }
  },
}
