// DNSimple (API v2): one zone record per TXT value, so appending never touches other values at the owner.
import { providerHttp } from '../../http/api.js'
import { rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { createMissing, deleteOurs, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { findZone, relativeName, zoneCandidates } from '../zone.js'

const API_URL = 'https://api.dnsimple.com'
// DNSimple refuses a TTL under 60 seconds.
const MIN_TTL = 60

const descriptor: ProviderDescriptor = {
  id: 'dnsimple',
  name: 'DNSimple',
  credentials: [
    {
      env: 'DNSIMPLE_OAUTH_TOKEN',
      description: 'Account access token (Account > Access Tokens) of the account holding the alias zone',
      secret: true,
    },
  ],
  settings: [
    {
      env: 'DNSIMPLE_API_URL',
      description: 'API base URL without /v2, e.g. https://api.sandbox.dnsimple.com',
      default: API_URL,
      aliases: ['DNSIMPLE_BASE_URL'],
    },
    {
      env: 'DNSIMPLE_TTL',
      description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`,
      default: '120',
    },
  ],
  leastPrivilege:
    'DNSimple access tokens cannot be limited to one zone: an account token can change every zone of its account. ' +
    'To keep the token away from your other zones, host the alias zone in a separate DNSimple account that holds ' +
    'nothing else, and create the account access token there.',
  docs: 'https://developer.dnsimple.com/v2/zones/records/',
}

interface ZoneRecord {
  id: number
  name: string
  type: string
  content: string
}

interface Paginated<T> {
  data: T[]
  pagination: { current_page: number; per_page: number; total_entries: number; total_pages: number }
}

// The API's largest page.
const PER_PAGE = 100

const content = (record: ZoneRecord) => parseMaybeQuoted(record.content)

export const dnsimple: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.DNSIMPLE_OAUTH_TOKEN ?? ''
    const ttl = readTtl(context.env, 'DNSIMPLE_TTL', { default: 120, min: MIN_TTL })
    const http = providerHttp(context, {
      provider: 'dnsimple',
      apiUrlEnv: 'DNSIMPLE_API_URL',
      defaultUrl: API_URL,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      secrets: [token],
      credentialHint: 'DNSIMPLE_OAUTH_TOKEN',
    })

    // Every path starts with the account; an account token says which in /whoami.
    const accountId = rememberedUntilFailed(async (): Promise<number> => {
      const { body } = await http.request<{ data: { account: { id: number } | null; user: unknown } }>(
        'GET',
        '/v2/whoami',
      )
      if (!body.data.account) {
        throw new Error(
          'dnsimple: DNSIMPLE_OAUTH_TOKEN is a user token; create an account access token ' +
            '(Account > Access Tokens) in the account holding the alias zone',
        )
      }
      return body.data.account.id
    })

    const zones = new Map<string, Promise<string>>()
    const zoneOf = (account: number, zone: string, owner: string): Promise<string> => {
      const key = `${zone}|${owner}`
      let found = zones.get(key)
      if (found === undefined) {
        const candidates = zoneCandidates(zone, owner)
        found = findZone(candidates, async (name) => {
          const response = await http.request<{ data: { name: string } }>(
            'GET',
            `/v2/${encodeURIComponent(account)}/zones/${encodeURIComponent(name)}`,
            { expect: [404] },
          )
          return response.status === 404 ? undefined : response.body.data.name
        }).then((hit) => {
          if (hit === undefined) {
            throw new Error(
              `dnsimple: no zone for ${owner} in account ${account} (tried ${candidates.join(', ')}); ` +
                'add the alias zone to that account, or use a DNSIMPLE_OAUTH_TOKEN of the account holding it',
            )
          }
          return hit.name
        })
        found.catch(() => zones.delete(key))
        zones.set(key, found)
      }
      return found
    }

    const recordsPath = (account: number, zone: string) =>
      `/v2/${encodeURIComponent(account)}/zones/${encodeURIComponent(zone)}/records`

    const txtRecords = async (account: number, zone: string, owner: string): Promise<ZoneRecord[]> => {
      const name = relativeName(owner, zone)
      const records: ZoneRecord[] = []
      for (let page = 1; ; page++) {
        const { body } = await http.request<Paginated<ZoneRecord>>('GET', recordsPath(account, zone), {
          // name is an exact match (name_like would be the loose one); '' is the apex
          query: { name, type: 'TXT', page, per_page: PER_PAGE },
        })
        records.push(...body.data)
        if (page >= body.pagination.total_pages) return records
      }
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const account = await accountId()
        const found = await zoneOf(account, zone, owner)
        const name = relativeName(owner, found)
        await createMissing(await txtRecords(account, found, owner), values, content, (value) =>
          http.request('POST', recordsPath(account, found), {
            body: { name, type: 'TXT', content: value, ttl },
          }),
        )
      },
      async remove(zone, owner, values) {
        const account = await accountId()
        const found = await zoneOf(account, zone, owner)
        await deleteOurs(await txtRecords(account, found, owner), values, content, (r) =>
          http.request('DELETE', `${recordsPath(account, found)}/${encodeURIComponent(r.id)}`),
        )
      },
    }
  },
}
