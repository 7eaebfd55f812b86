// Cloudflare DNS (API v4): one TXT record per value, so appending never touches other values at the owner.

import { providerHttp } from '../../http/api.js'
import { ProviderHttpError } from '../../http/client.js'
import { createMissing, deleteOurs, formatTxtContent, parseTxtContent } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { zoneFinder } from '../zone.js'

const API_URL = 'https://api.cloudflare.com/client/v4'

const descriptor: ProviderDescriptor = {
  id: 'cloudflare',
  name: 'Cloudflare',
  credentials: [
    {
      env: 'CLOUDFLARE_DNS_API_TOKEN',
      description: 'API token with Zone > DNS > Edit (and Zone > Zone > Read) on the alias zone',
      secret: true,
      aliases: ['CF_DNS_API_TOKEN'],
    },
  ],
  settings: [
    {
      env: 'CLOUDFLARE_API_URL',
      description: 'API base URL',
      default: API_URL,
      aliases: ['CLOUDFLARE_BASE_URL'],
    },
    {
      env: 'CLOUDFLARE_TTL',
      description: 'TTL of the TXT records (seconds, 60 or more; 1 = automatic)',
      default: '120',
    },
  ],
  leastPrivilege:
    'Create a custom API token (My Profile > API Tokens > Create Token) with the permissions Zone > DNS > Edit ' +
    'and Zone > Zone > Read, and under Zone Resources include only the alias zone (Specific zone: ' +
    'validation.example.org). The token then cannot read or change any other zone of the account.',
  docs: 'https://developers.cloudflare.com/api/resources/dns/subresources/records/',
}

interface Envelope<T> {
  success: boolean
  result: T
  result_info?: { page: number; total_pages: number }
}

interface DnsRecord {
  id: string
  name: string
  type: string
  content: string
}

const PER_PAGE = 100

export const cloudflare: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.CLOUDFLARE_DNS_API_TOKEN ?? ''
    const ttl = Number(context.env.CLOUDFLARE_TTL || 120)
    const http = providerHttp(context, {
      provider: 'cloudflare',
      apiUrlEnv: 'CLOUDFLARE_API_URL',
      defaultUrl: API_URL,
      headers: { authorization: `Bearer ${token}` },
      secrets: [token],
      credentialHint: 'CLOUDFLARE_DNS_API_TOKEN',
    })
    const zoneFor = zoneFinder(
      async (name) => {
        const { body } = await http.request<Envelope<{ id: string; name: string }[]>>('GET', '/zones', {
          query: { name },
        })
        return body.result[0]?.id
      },
      (owner, tried) =>
        `cloudflare: no zone for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'check that CLOUDFLARE_DNS_API_TOKEN includes the alias zone',
    )
    const zoneId = async (zone: string, owner: string): Promise<string> => (await zoneFor(zone, owner)).zone

    /** Every TXT record at the owner, all pages. */
    const txtRecords = async (id: string, owner: string): Promise<DnsRecord[]> => {
      const records: DnsRecord[] = []
      for (let page = 1; ; page++) {
        const { body } = await http.request<Envelope<DnsRecord[]>>(
          'GET',
          `/zones/${encodeURIComponent(id)}/dns_records`,
          {
            query: { type: 'TXT', name: owner, per_page: PER_PAGE, page },
          },
        )
        records.push(...body.result)
        if (page >= (body.result_info?.total_pages ?? 1)) return records
      }
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const id = await zoneId(zone, owner)
        await createMissing(await txtRecords(id, owner), values, content, (value) =>
          http
            .request('POST', `/zones/${encodeURIComponent(id)}/dns_records`, {
              body: { type: 'TXT', name: owner, content: formatTxtContent(value), ttl },
            })
            // another run (same authorization, same value) wrote it first: the value is there, as asked
            .catch((error: unknown) => {
              if (!alreadyThere(error)) throw error
            }),
        )
      },
      async remove(zone, owner, values) {
        const id = await zoneId(zone, owner)
        await deleteOurs(await txtRecords(id, owner), values, content, (r) =>
          http.request('DELETE', `/zones/${encodeURIComponent(id)}/dns_records/${encodeURIComponent(r.id)}`),
        )
      },
    }
  },
}

const content = (record: DnsRecord) => parseTxtContent(record.content)

/** Cloudflare's "record already exists" (81057) and "an identical record already exists" (81058). */
function alreadyThere(error: unknown): boolean {
  return (
    error instanceof ProviderHttpError &&
    error.status === 400 &&
    /"code":\s*8105[78]\b/.test(error.bodyExcerpt ?? '')
  )
}
