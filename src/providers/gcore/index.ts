// Gcore DNS (API v2): create the owner's TXT RRset, or merge our values into it and PUT it back; then read it back.
import { providerHttp } from '../../http/api.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { readTtl } from '../ttl.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, zoneFinder } from '../zone.js'

const API_URL = 'https://api.gcore.com/dns'
const DEFAULT_TTL = 120

const descriptor: ProviderDescriptor = {
  id: 'gcore',
  name: 'Gcore DNS',
  credentials: [
    {
      env: 'GCORE_PERMANENT_API_TOKEN',
      description: 'Permanent API token (Profile > API tokens), sent as `Authorization: APIKey …`',
      secret: true,
    },
  ],
  settings: [
    { env: 'GCORE_API_URL', description: 'DNS API base URL', default: API_URL },
    {
      env: 'GCORE_TTL',
      description: 'TTL (seconds) of a TXT RRset this provider creates; an existing RRset keeps its TTL',
      default: String(DEFAULT_TTL),
    },
  ],
  leastPrivilege:
    'Gcore API tokens cannot be limited to one zone: a token carries one of the account roles (Administrators, ' +
    'Engineers, …) and that role applies to every product and every zone of the account. Keep the alias zone in a ' +
    'separate Gcore account that holds nothing else, create the token there with the lowest role that may change ' +
    'DNS zones (not Administrators) and an expiration date, and rotate it before it expires.',
  docs: 'https://gcore.com/docs/api-reference/dns/rrsets/update-rrset',
}

interface GcoreZone {
  id?: number
  name: string
}

interface GcoreRecord {
  id?: number
  content: unknown[]
  enabled?: boolean
  meta?: Record<string, unknown>
}

/** What one write does: create the RRset (POST), replace it (PUT) or delete it. */
type GcoreWrite =
  | { method: 'POST'; values: string[] }
  | { method: 'PUT'; body: Record<string, unknown> }
  | { method: 'DELETE' }

interface GcoreRRset {
  name?: string
  type?: string
  ttl?: number
  resource_records: GcoreRecord[]
  meta?: Record<string, unknown>
  pickers?: unknown[]
}

// One per process, not per provider instance: two instances writing one owner must still take turns.
const ownerLocks = new KeyedMutex()

export const gcore = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.GCORE_PERMANENT_API_TOKEN ?? ''
    const apiUrl = context.env.GCORE_API_URL || API_URL
    const ttl = readTtl(context.env, 'GCORE_TTL', { default: DEFAULT_TTL })
    const http = providerHttp(context, {
      provider: 'gcore',
      baseUrl: apiUrl,
      headers: { authorization: `APIKey ${token}`, accept: 'application/json' },
      secrets: [token],
      credentialHint: 'GCORE_PERMANENT_API_TOKEN',
    })
    const zoneFor = zoneFinder(
      async (candidate) => {
        const response = await http.request<GcoreZone>('GET', `/v2/zones/${encodeURIComponent(candidate)}`, {
          expect: [404],
        })
        return response.status === 404 ? undefined : response.body.name || candidate
      },
      (owner, tried) =>
        `gcore: no zone for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'create the alias zone in Gcore DNS, or check that GCORE_PERMANENT_API_TOKEN belongs to its account',
    )
    const zoneName = async (zone: string, owner: string): Promise<string> => (await zoneFor(zone, owner)).zone

    const rrsetPath = (zone: string, owner: string) =>
      `/v2/zones/${encodeURIComponent(zone)}/${encodeURIComponent(absoluteless(owner))}/TXT`

    async function readTxt(zone: string, owner: string): Promise<GcoreRRset | undefined> {
      const response = await http.request<GcoreRRset>('GET', rrsetPath(zone, owner), { expect: [404] })
      return response.status === 404 ? undefined : response.body
    }

    /** The RRset as read, with other records and their settings untouched, and these records in place. */
    function replacement(rrset: GcoreRRset, records: GcoreRecord[]): Record<string, unknown> {
      return {
        ttl: rrset.ttl ?? ttl,
        resource_records: records.map(({ content, enabled, meta }) => ({
          content,
          enabled: enabled ?? true,
          ...(meta !== undefined ? { meta } : {}),
        })),
        // a dynamic RRset's pickers and meta would be dropped by a PUT that leaves them out
        ...(rrset.pickers !== undefined && rrset.pickers.length > 0 ? { pickers: rrset.pickers } : {}),
        ...(rrset.meta !== undefined && Object.keys(rrset.meta).length > 0 ? { meta: rrset.meta } : {}),
      }
    }

    /**
     * Gcore has no conditional write: read the owner's RRset, let plan decide the write, send it, and read back
     * until plan finds nothing to do, so a run that wrote in between cannot drop our values.
     */
    async function rewrite(
      zone: string,
      owner: string,
      plan: (rrset: GcoreRRset | undefined) => GcoreWrite | undefined,
    ): Promise<void> {
      const name = await zoneName(zone, owner)
      const path = rrsetPath(name, owner)
      await ownerLocks.run(ownerKey(apiUrl, name, owner), () =>
        writeUntilHeld({
          what: `gcore: the TXT RRset at ${absoluteless(owner)}`,
          read: () => readTxt(name, owner),
          plan,
          write: async (_rrset, write) => {
            if (write.method === 'POST') {
              // 409: another writer created the RRset since our read; the read-back merges into theirs
              await http.request('POST', path, {
                body: {
                  ttl,
                  resource_records: write.values.map((value) => ({ content: [value], enabled: true })),
                },
                expect: [409],
              })
            } else if (write.method === 'PUT') {
              await http.request('PUT', path, { body: write.body })
            } else {
              // DELETE drops the whole RRset: planned only when nothing else is left in it; 404: someone was faster
              await http.request('DELETE', path, { expect: [404] })
            }
          },
          sleep: context.transport?.sleep,
          log: (message) => context.host.info(message),
        }),
      )
    }

    return {
      id: 'gcore',

      async append(zone, owner, values) {
        const wanted = [...new Set(values)]
        await rewrite(zone, owner, (rrset) => {
          if (rrset === undefined) return { method: 'POST', values: wanted }
          const missing = wanted.filter((value) => !rrset.resource_records.some((r) => holds(r, value)))
          if (missing.length === 0) return undefined
          const records = [
            ...rrset.resource_records,
            ...missing.map((value) => ({ content: [value], enabled: true })),
          ]
          return { method: 'PUT', body: replacement(rrset, records) }
        })
      },

      async remove(zone, owner, values) {
        await rewrite(zone, owner, (rrset) => {
          if (rrset === undefined) return undefined
          const kept = rrset.resource_records.filter(
            (record) => !values.some((value) => holds(record, value)),
          )
          if (kept.length === rrset.resource_records.length) return undefined
          if (kept.length === 0) return { method: 'DELETE' }
          return { method: 'PUT', body: replacement(rrset, kept) }
        })
      },
    }
  },
} satisfies ProviderModule

/** Gcore keeps TXT content unquoted; a value entered in quotes elsewhere is still the same value. */
function holds(record: GcoreRecord, value: string): boolean {
  const text = record.content.map(String).join('')
  return text === value || text === `"${value}"`
}
