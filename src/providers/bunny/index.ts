// Bunny DNS (bunny.net core API): one record per TXT value, so appending never touches other values at the owner.
import { HttpClient } from '../../http/client.js'
import { parseTxtContent } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, relativeName, zoneCandidates } from '../zone.js'

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

export const bunny: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const apiKey = context.env.BUNNY_API_KEY ?? ''
    context.host.mask(apiKey)
    const ttl = parseTtl(context.env.BUNNY_TTL)
    const http = new HttpClient({
      ...context.transport,
      provider: 'bunny',
      baseUrl: context.env.BUNNY_API_URL || API_URL,
      headers: { accesskey: apiKey, accept: 'application/json' },
      secrets: [apiKey],
      credentialHint: 'BUNNY_API_KEY',
      log: (message) => context.host.info(message),
    })

    // One listing serves every owner of the run: zone ids do not change while it runs.
    let zones: Promise<Map<string, number>> | undefined
    const listZones = (): Promise<Map<string, number>> => {
      if (zones === undefined) {
        zones = (async () => {
          const byName = new Map<string, number>()
          for (let page = 1; ; page++) {
            const { body } = await http.request<ZonePage>('GET', '/dnszone', { query: { page } })
            for (const zone of body.Items) byName.set(absoluteless(zone.Domain), zone.Id)
            if (!body.HasMoreItems || body.Items.length === 0) return byName
          }
        })()
        // a failed listing (network, 401) must not stick: the next call asks again
        zones.catch(() => {
          zones = undefined
        })
      }
      return zones
    }

    const zoneOf = async (zone: string, owner: string): Promise<{ id: number; name: string }> => {
      const hosted = await listZones()
      const candidates = zoneCandidates(zone, owner)
      for (const name of candidates) {
        const id = hosted.get(name)
        if (id !== undefined) return { id, name }
      }
      throw new Error(
        `bunny: no DNS zone for ${owner} in this account (tried ${candidates.join(', ')}); ` +
          'add the alias zone under DNS, or check that BUNNY_API_KEY belongs to the account holding it',
      )
    }

    // Records come with the zone; read it fresh each time, since another job may have written meanwhile.
    const txtRecords = async (zone: { id: number; name: string }, owner: string): Promise<BunnyRecord[]> => {
      const name = relativeName(owner, zone.name)
      const { body } = await http.request<BunnyZone>('GET', `/dnszone/${zone.id}`)
      return (body.Records ?? []).filter((r) => r.Type === TYPE_TXT && r.Name.toLowerCase() === name)
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const found = await zoneOf(zone, owner)
        const present = new Set((await txtRecords(found, owner)).map((r) => txtValue(r.Value)))
        const name = relativeName(owner, found.name)
        await Promise.all(
          [...new Set(values)]
            .filter((value) => !present.has(value))
            .map((value) =>
              http.request('PUT', `/dnszone/${found.id}/records`, {
                body: { Type: TYPE_TXT, Name: name, Value: value, Ttl: ttl },
                // PUT here creates a record: sending it twice makes two
                idempotent: false,
              }),
            ),
        )
      },
      async remove(zone, owner, values) {
        const found = await zoneOf(zone, owner)
        const ours = new Set(values)
        const records = await txtRecords(found, owner)
        await Promise.all(
          records
            .filter((r) => ours.has(txtValue(r.Value)))
            .map((r) => http.request('DELETE', `/dnszone/${found.id}/records/${r.Id}`)),
        )
      },
    }
  },
}

/** Bunny keeps TXT values bare; a value written elsewhere in quoted form still compares equal. */
function txtValue(value: string): string {
  return value.startsWith('"') ? parseTxtContent(value) : value
}

function parseTtl(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return MIN_TTL
  const ttl = Number(value)
  if (!/^\d+$/.test(value.trim()) || ttl < MIN_TTL) {
    throw new Error(`BUNNY_TTL must be a whole number of seconds, ${MIN_TTL} or more; got "${value}"`)
  }
  return ttl
}
