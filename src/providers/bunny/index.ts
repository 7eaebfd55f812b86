// Bunny DNS (bunny.net core API): one record per TXT value, so appending never touches other values at the owner.
import { providerHttp } from '../../http/api.js'
import { rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { createMissing, deleteOurs, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.bunny.net'
const MIN_TTL = 60
// The record type enumeration of the API: 0 A, 1 AAAA, 2 CNAME, 3 TXT, ...
const TYPE_TXT = 3

const descriptor: ProviderDescriptor = {
  id: 'bunny',
  name: 'Bunny DNS (bunny.net)',
  credentials: [
    {
      env: 'BUNNY_API_KEY',
      description: 'Account API key (Account settings > API), sent as the AccessKey header',
      secret: true,
    },
  ],
  settings: [
    { env: 'BUNNY_API_URL', description: 'API base URL', default: API_URL },
    { env: 'BUNNY_TTL', description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`, default: '60' },
  ],
  leastPrivilege:
    'bunny.net has one API key per account and it controls everything in the account (DNS zones, CDN, storage, ' +
    'billing); it cannot be limited to one zone. To keep the key away from your other zones and services, host ' +
    "the alias zone in a separate bunny.net account that holds nothing else and use that account's key.",
  docs: 'https://docs.bunny.net/api-reference/core/dns-zone/add-dns-record',
}

interface BunnyRecord {
  Id: number
  Type: number
  Name: string
  Value: string
}

interface BunnyZone {
  Id: number
  Domain: string
  Records?: BunnyRecord[]
}

interface ZonePage {
  Items: BunnyZone[]
  CurrentPage: number
  TotalItems: number
  HasMoreItems: boolean
}

const value = (record: BunnyRecord) => parseMaybeQuoted(record.Value)

export const bunny: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const apiKey = context.env.BUNNY_API_KEY ?? ''
    const ttl = readTtl(context.env, 'BUNNY_TTL', { default: MIN_TTL, min: MIN_TTL })
    const http = providerHttp(context, {
      provider: 'bunny',
      apiUrlEnv: 'BUNNY_API_URL',
      defaultUrl: API_URL,
      headers: { accesskey: apiKey, accept: 'application/json' },
      secrets: [apiKey],
      credentialHint: 'BUNNY_API_KEY',
    })

    // One listing serves every owner of the run: zone ids do not change while it runs.
    const listZones = rememberedUntilFailed(async () => {
      const byName = new Map<string, number>()
      for (let page = 1; ; page++) {
        const { body } = await http.request<ZonePage>('GET', '/dnszone', { query: { page } })
        for (const zone of body.Items) byName.set(absoluteless(zone.Domain), zone.Id)
        if (!body.HasMoreItems || body.Items.length === 0) return byName
      }
    })
    const zoneFor = zoneFinder(
      async (name) => (await listZones()).get(name),
      (owner, tried) =>
        `bunny: no DNS zone for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'add the alias zone under DNS, or check that BUNNY_API_KEY belongs to the account holding it',
    )
    const zoneOf = async (zone: string, owner: string): Promise<{ id: number; name: string }> => {
      const found = await zoneFor(zone, owner)
      return { id: found.zone, name: found.name }
    }

    // Records come with the zone; read it fresh each time, since another job may have written meanwhile.
    const txtRecords = async (zone: { id: number; name: string }, owner: string): Promise<BunnyRecord[]> => {
      const name = relativeName(owner, zone.name)
      const { body } = await http.request<BunnyZone>('GET', `/dnszone/${encodeURIComponent(zone.id)}`)
      return (body.Records ?? []).filter((r) => r.Type === TYPE_TXT && r.Name.toLowerCase() === name)
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const found = await zoneOf(zone, owner)
        const name = relativeName(owner, found.name)
        await createMissing(await txtRecords(found, owner), values, value, (text) =>
          http.request('PUT', `/dnszone/${encodeURIComponent(found.id)}/records`, {
            body: { Type: TYPE_TXT, Name: name, Value: text, Ttl: ttl },
            // PUT here creates a record: sending it twice makes two
            idempotent: false,
          }),
        )
      },
      async remove(zone, owner, values) {
        const found = await zoneOf(zone, owner)
        await deleteOurs(await txtRecords(found, owner), values, value, (r) =>
          http.request(
            'DELETE',
            `/dnszone/${encodeURIComponent(found.id)}/records/${encodeURIComponent(r.Id)}`,
          ),
        )
      },
    }
  },
}
