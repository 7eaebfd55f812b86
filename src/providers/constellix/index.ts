// Constellix DNS (API v4), every request signed with an HMAC of its time. Concurrency: whole-set with read-back.
// Constellix keeps all TXT values of a name in one record, replaced whole by each write and with no version check:
// the record is read, merged, written once (a refused or failed write is read and merged again, never resent as
// it was: src/providers/read-back.ts) and read back until it holds what this run asked for.
import { createHmac } from 'node:crypto'
import { providerHttp, rateLimitResetIn } from '../../http/api.js'
import { ProviderHttpError } from '../../http/client.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { formatTxtContent, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, pathSegment, relativeName, zoneFromListing } from '../zone.js'

const API_URL = 'https://api.dns.constellix.com/v4'
const PER_PAGE = 100
// more pages than any account or zone a run touches would hold: a guard against a listing that never ends
const MAX_PAGES = 100
// Fields of a record that a PUT must carry over, or it would reset them.
const KEPT_FIELDS = [
  'mode',
  'region',
  'ipfilter',
  'ipfilterDrop',
  'geoproximity',
  'notes',
  'enabled',
] as const

const descriptor: ProviderDescriptor = {
  id: 'constellix',
  name: 'Constellix',
  credentials: [
    {
      env: 'CONSTELLIX_API_KEY',
      description: 'API key of the Constellix user (Edit My Account > API Keys)',
      secret: true,
    },
    {
      env: 'CONSTELLIX_SECRET_KEY',
      description: 'Secret key of that user, which signs every request',
      secret: true,
    },
  ],
  settings: [
    { env: 'CONSTELLIX_API_URL', description: 'DNS API v4 base URL', default: API_URL },
    {
      env: 'CONSTELLIX_TTL',
      description: 'TTL of a TXT record this provider creates (seconds)',
      default: '60',
    },
  ],
  leastPrivilege:
    "API keys belong to a Constellix user and act with that user's permissions. Create a user for this purpose " +
    'only (Account > Users), give it access to the alias domain alone with permission to manage its records, and ' +
    "use that user's API and secret keys. Where your plan has no per-domain user permissions, keep the alias " +
    'domain in a Constellix account that holds nothing else.',
  docs: 'https://api.dns.constellix.com/v4/docs',
}

interface ConstellixValue {
  value: string
  enabled?: boolean
}

interface ConstellixRecord {
  id: number
  name: string
  type: string
  ttl: number
  value: ConstellixValue[]
  [field: string]: unknown
}

interface Page<T> {
  data?: T[]
  meta?: { pagination?: { totalPages?: number } }
}

/** What one write does: create the record, replace its values, or delete it. */
type Write = { method: 'POST' | 'PUT'; values: ConstellixValue[] } | { method: 'DELETE' }

// One per process, not per provider instance: two instances writing one owner must still take turns.
const ownerLocks = new KeyedMutex()

export interface ConstellixOptions {
  /** The clock in ms (tests fix it). */
  now?: () => number
}

export function createConstellix(context: ProviderContext, options: ConstellixOptions = {}): DnsProvider {
  const apiKey = context.env.CONSTELLIX_API_KEY ?? ''
  const secret = context.env.CONSTELLIX_SECRET_KEY ?? ''
  const apiUrl = context.env.CONSTELLIX_API_URL || API_URL
  const ttl = readTtl(context.env, 'CONSTELLIX_TTL', { default: 60 })
  const now = options.now ?? Date.now
  const http = providerHttp(context, {
    provider: 'constellix',
    baseUrl: apiUrl,
    headers: { accept: 'application/json' },
    secrets: [apiKey, secret],
    credentialHint: 'CONSTELLIX_API_KEY and CONSTELLIX_SECRET_KEY',
    // the token covers the time, so it is made again for every attempt
    signRequest: () => ({ authorization: `Bearer ${constellixToken(apiKey, secret, now())}` }),
    // a 429 waits as X-RateLimit-Reset says (seconds until the window resets), Constellix's own signal
    throttle: rateLimitResetIn('x-ratelimit-reset', 'rate limited'),
  })

  /** Every item of a paginated listing. */
  const all = async <T>(path: string): Promise<T[]> => {
    const items: T[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { body } = await http.request<Page<T>>('GET', path, { query: { page, perPage: PER_PAGE } })
      items.push(...(body?.data ?? []))
      if (page >= (body?.meta?.pagination?.totalPages ?? 1)) break
    }
    return items
  }

  const domains = new Map<string, number>()
  const listedDomain = zoneFromListing(async () => {
    const listed = await all<{ id: number; name: string }>('/domains')
    for (const domain of listed) domains.set(absoluteless(domain.name), domain.id)
    return listed.map((domain) => domain.name)
  })

  const domainOf = async (owner: string): Promise<{ id: number; name: string }> => {
    const name = await listedDomain(owner)
    const id = name === undefined ? undefined : domains.get(name)
    if (name === undefined || id === undefined) {
      throw new Error(
        `constellix: no domain of the user of CONSTELLIX_API_KEY holds ${owner}; ` +
          'check that the alias domain is in Constellix and that this user may manage it',
      )
    }
    return { id, name }
  }

  const rewrite = async (
    owner: string,
    plan: (current: ConstellixRecord | undefined) => Write | undefined,
  ): Promise<void> => {
    const fqdn = absoluteless(owner)
    const domain = await domainOf(fqdn)
    const name = relativeName(fqdn, domain.name)
    const records = `/domains/${domain.id}/records`
    const read = async () =>
      (await all<ConstellixRecord>(records)).find((r) => r.type === 'TXT' && r.name.toLowerCase() === name)
    await ownerLocks.run(ownerKey(apiUrl, domain.name, fqdn), () =>
      writeUntilHeld({
        what: `constellix: the TXT record at ${fqdn}`,
        read,
        plan,
        write: async (current, write) => {
          if (write.method === 'DELETE') {
            // 404: gone already (another run's cleanup)
            if (current !== undefined)
              await http.request('DELETE', `${records}/${pathSegment(String(current.id))}`, { expect: [404] })
            return
          }
          const kept = Object.fromEntries(
            KEPT_FIELDS.filter((f) => current?.[f] !== undefined).map((f) => [f, current?.[f]]),
          )
          const body = {
            mode: 'standard',
            ...kept,
            name,
            type: 'TXT',
            ttl: current?.ttl ?? ttl,
            value: write.values,
          }
          if (current !== undefined) {
            await http.request('PUT', `${records}/${pathSegment(String(current.id))}`, { body })
            return
          }
          try {
            await http.request('POST', records, { body })
          } catch (error) {
            // another run created the record since our read: the read-back finds it and merges into it
            if (!(error instanceof ProviderHttpError && error.status === 400) || (await read()) === undefined)
              throw error
          }
        },
        sleep: context.transport?.sleep,
        log: (message) => context.host.info(message),
      }),
    )
  }

  const txtValue = (item: ConstellixValue) => parseMaybeQuoted(item.value)

  return {
    id: descriptor.id,
    async append(_zone, owner, values) {
      const wanted = [...new Set(values)]
      await rewrite(owner, (current) => {
        const present = new Set((current?.value ?? []).map(txtValue))
        const missing = wanted.filter((value) => !present.has(value))
        if (missing.length === 0) return undefined
        const added = missing.map((value) => ({ value: formatTxtContent(value), enabled: true }))
        return {
          method: current === undefined ? 'POST' : 'PUT',
          values: [...(current?.value ?? []), ...added],
        }
      })
    },
    async remove(_zone, owner, values) {
      const ours = new Set(values)
      await rewrite(owner, (current) => {
        if (current === undefined) return undefined
        const kept = current.value.filter((item) => !ours.has(txtValue(item)))
        if (kept.length === current.value.length) return undefined
        return kept.length === 0 ? { method: 'DELETE' } : { method: 'PUT', values: kept }
      })
    },
  }
}

export const constellix: ProviderModule = { descriptor, create: (context) => createConstellix(context) }

/**
 * The security token of a request: `apiKey:hmac:timestamp`, where timestamp is the time in epoch milliseconds and
 * hmac the Base64 HMAC-SHA1 of that timestamp's decimal text, keyed with the secret key.
 */
export function constellixToken(apiKey: string, secretKey: string, timestampMs: number): string {
  const timestamp = String(Math.trunc(timestampMs))
  const hmac = createHmac('sha1', secretKey).update(timestamp, 'utf8').digest('base64')
  return `${apiKey}:${hmac}:${timestamp}`
}
