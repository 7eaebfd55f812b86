// GoDaddy Domains API (v1): PUT replaces every TXT record at a name, so values are read, merged, written back and read back.

import { providerHttp } from '../../http/api.js'
import type { ThrottleAnswer, ThrottleVerdict } from '../../http/client.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { missingTxt, parseTxtContent, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneAtPath, zoneFinder } from '../zone.js'

const API_URL = 'https://api.godaddy.com'

const descriptor: ProviderDescriptor = {
  id: 'godaddy',
  name: 'GoDaddy',
  credentials: [
    { env: 'GODADDY_API_KEY', description: 'Production API key (developer.godaddy.com/keys)', secret: true },
    { env: 'GODADDY_API_SECRET', description: 'The secret of that API key', secret: true },
  ],
  settings: [
    {
      env: 'GODADDY_API_URL',
      description: 'API base URL (https://api.ote-godaddy.com for the test environment)',
      default: API_URL,
    },
    {
      env: 'GODADDY_TTL',
      description: 'TTL of a TXT set this provider creates (seconds, 600 or more)',
      default: '600',
    },
  ],
  leastPrivilege:
    'GoDaddy API keys cannot be scoped: a key acts for every domain of the account, with full rights. Keep the ' +
    'alias domain in a separate GoDaddy account that holds nothing else, and create the key there. Note that ' +
    'GoDaddy only opens the production DNS API to accounts it allows (the API answers 403 ACCESS_DENIED ' +
    'otherwise), so check that first.',
  docs: 'https://developer.godaddy.com/doc/endpoint/domains',
}

interface GoDaddyRecord {
  data: string
  name: string
  ttl: number
  type: string
}

// One per process, not per provider instance: two instances writing one owner must still take turns.
const ownerLocks = new KeyedMutex()

export const godaddy: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const key = context.env.GODADDY_API_KEY ?? ''
    const secret = context.env.GODADDY_API_SECRET ?? ''
    const ttl = readTtl(context.env, 'GODADDY_TTL', { default: 600, min: 600, note: "GoDaddy's minimum" })
    const baseUrl = context.env.GODADDY_API_URL || API_URL
    const http = providerHttp(context, {
      provider: 'godaddy',
      baseUrl,
      headers: { authorization: `sso-key ${key}:${secret}`, accept: 'application/json' },
      secrets: [key, secret, `${key}:${secret}`],
      credentialHint: 'GODADDY_API_KEY and GODADDY_API_SECRET',
      throttle: retryAfterSec,
    })
    const domainFor = zoneFinder(
      zoneAtPath(http, (name) => `/v1/domains/${encodeURIComponent(name)}`),
      (owner, tried) =>
        `godaddy: no domain for ${owner} in this account (tried ${tried.join(', ')}); check that the ` +
        'alias domain is in the account of GODADDY_API_KEY',
    )
    const domainOf = async (zone: string, owner: string): Promise<string> =>
      (await domainFor(zone, owner)).name

    // the apex is "@" in record paths
    const recordsPath = (domain: string, owner: string) =>
      `/v1/domains/${encodeURIComponent(domain)}/records/TXT/${encodeURIComponent(relativeName(owner, domain) || '@')}`

    const read = async (path: string): Promise<GoDaddyRecord[]> => {
      const response = await http.request<GoDaddyRecord[]>('GET', path, { expect: [404] })
      return response.status === 404 ? [] : (response.body ?? [])
    }

    const write = (path: string, records: { data: string; ttl: number }[]) =>
      http.request('PUT', path, { body: records })

    /**
     * GoDaddy has no conditional write: read the name's TXT records, let plan decide what they become
     * (undefined: nothing to do, []: delete them), write, and read back until plan finds nothing to do.
     */
    async function rewrite(
      zone: string,
      owner: string,
      plan: (existing: GoDaddyRecord[]) => { data: string; ttl: number }[] | undefined,
    ): Promise<void> {
      const domain = await domainOf(zone, owner)
      const path = recordsPath(domain, owner)
      await ownerLocks.run(ownerKey(baseUrl, domain, owner), () =>
        writeUntilHeld({
          what: `godaddy: the TXT records at ${owner}`,
          read: () => read(path),
          plan,
          write: async (_existing, records) => {
            // a PUT of an empty list is refused: the last value goes with a DELETE of the name's TXT set
            if (records.length === 0) await http.request('DELETE', path, { expect: [404] })
            else await write(path, records)
          },
          sleep: context.transport?.sleep,
          log: (message) => context.host.info(message),
        }),
      )
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        await rewrite(zone, owner, (existing) => {
          const added = missingTxt(existing, values, recordValue)
          if (added.length === 0) return undefined
          return [
            // records already there go back exactly as GoDaddy gave them, TTL included
            ...existing.map(({ data, ttl: kept }) => ({ data, ttl: kept })),
            ...added.map((data) => ({ data, ttl })),
          ]
        })
      },
      async remove(zone, owner, values) {
        await rewrite(zone, owner, (existing) =>
          withoutTxt(existing, values, recordValue)?.map(({ data, ttl: kept }) => ({ data, ttl: kept })),
        )
      },
    }
  },
}

function recordValue(record: { data: string }): string {
  return parseTxtContent(record.data)
}

/** A 429 without Retry-After still says how long to wait: {"code": "TOO_MANY_REQUESTS", "retryAfterSec": 30}. */
function retryAfterSec({ status, body, headers }: ThrottleAnswer): ThrottleVerdict {
  if (status !== 429 || headers['retry-after'] !== undefined) return false
  try {
    const seconds = (JSON.parse(body) as { retryAfterSec?: unknown } | null)?.retryAfterSec
    return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
      ? { waitMs: seconds * 1000 }
      : true
  } catch {
    return true
  }
}
