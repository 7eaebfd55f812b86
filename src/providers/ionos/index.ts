// IONOS DNS API (hosting). Concurrency: per-record. POST /records adds records beside the zone's others (apex and
// wildcard values in one request), and a record is deleted by its id, so other values at the owner stay.
import { providerHttp } from '../../http/api.js'
import { rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { deleteOurs, missingTxt, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, pathSegment, zoneFinder } from '../zone.js'

const API_URL = 'https://api.hosting.ionos.com/dns'
// The smallest record TTL IONOS takes (lego holds to it too).
const MIN_TTL = 300

const descriptor: ProviderDescriptor = {
  id: 'ionos',
  name: 'IONOS DNS',
  credentials: [
    {
      env: 'IONOS_API_KEY',
      description:
        'API key as `<public prefix>.<secret>`, both parts from the IONOS developer portal (Get started > API keys)',
      secret: true,
    },
  ],
  settings: [
    { env: 'IONOS_API_URL', description: 'API base URL', default: API_URL },
    {
      env: 'IONOS_TTL',
      description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`,
      default: String(MIN_TTL),
    },
  ],
  leastPrivilege:
    'IONOS API keys cannot be scoped: a key acts for the whole IONOS contract, every zone and every other API of ' +
    'it. Keep the alias zone in a separate IONOS contract that holds nothing else, create the key there, and ' +
    'delete keys you no longer use in the developer portal.',
  docs: 'https://developer.hosting.ionos.com/docs/dns',
}

interface IonosZone {
  id: string
  name: string
}

interface IonosRecord {
  id: string
  name: string
  type: string
  content: string
}

export const ionos: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const apiKey = (context.env.IONOS_API_KEY ?? '').trim()
    const separator = apiKey.indexOf('.')
    const secret = apiKey.slice(separator + 1)
    if (separator <= 0 || secret === '' || /\s/.test(apiKey)) {
      throw new Error(
        'IONOS_API_KEY must be the public prefix and the secret joined by a dot (<prefix>.<secret>), as the IONOS ' +
          'developer portal shows them when the key is made; the value given has no such form',
      )
    }
    const ttl = readTtl(context.env, 'IONOS_TTL', { default: MIN_TTL, min: MIN_TTL, note: "IONOS's minimum" })
    const http = providerHttp(context, {
      provider: 'ionos',
      apiUrlEnv: 'IONOS_API_URL',
      defaultUrl: API_URL,
      headers: { 'x-api-key': apiKey, accept: 'application/json' },
      // the secret alone too: an error echoing only the part after the dot still shows nothing
      secrets: [apiKey, secret],
      credentialHint: 'IONOS_API_KEY',
    })

    // One listing serves every owner of the run: the contract's zones do not change while it runs.
    const zones = rememberedUntilFailed(
      async () => (await http.request<IonosZone[]>('GET', '/v1/zones')).body,
    )
    const zoneOf = zoneFinder(
      async (name) => (await zones()).find((z) => absoluteless(z.name) === name),
      (owner, tried) =>
        `ionos: no zone for ${owner} in this contract (tried ${tried.join(', ')}); ` +
        'check that IONOS_API_KEY belongs to the contract holding the alias zone',
    )

    const zonePath = (found: IonosZone) => `/v1/zones/${pathSegment(found.id)}`

    const txtAt = async (found: IonosZone, owner: string): Promise<IonosRecord[]> => {
      const name = absoluteless(owner)
      const { body } = await http.request<{ records?: IonosRecord[] }>('GET', zonePath(found), {
        query: { recordName: name, recordType: 'TXT' },
      })
      // the filter is the API's; the check is ours
      return (body.records ?? []).filter((r) => r.type === 'TXT' && absoluteless(r.name) === name)
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const found = (await zoneOf(zone, owner)).zone
        const missing = missingTxt(await txtAt(found, owner), values, recordValue)
        if (missing.length === 0) return
        // one request adds every value (apex and wildcard together)
        await http.request('POST', `${zonePath(found)}/records`, {
          body: missing.map((content) => ({
            name: absoluteless(owner),
            type: 'TXT',
            content,
            ttl,
            prio: 0,
            disabled: false,
          })),
        })
      },
      async remove(zone, owner, values) {
        const found = (await zoneOf(zone, owner)).zone
        await deleteOurs(await txtAt(found, owner), values, recordValue, (r) =>
          // 404: another run (same value) deleted it first
          http.request('DELETE', `${zonePath(found)}/records/${pathSegment(r.id)}`, { expect: [404] }),
        )
      },
    }
  },
}

/** IONOS answers TXT content in quotes, whatever form it was written in. */
function recordValue(record: IonosRecord): string {
  return parseMaybeQuoted(record.content)
}
