// Hetzner DNS through the Hetzner Cloud API: add_records and remove_records change single values of an RRset.
import { setTimeout as delay } from 'node:timers/promises'
import { providerHttp } from '../../http/api.js'
import type { ThrottleAnswer, ThrottleVerdict } from '../../http/client.js'
import { readTtl } from '../ttl.js'
import { formatTxtContent, missingTxt, ourTxt, parseTxtContent } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.hetzner.cloud/v1'
// The Cloud API refuses an RRset TTL under 60 seconds.
const MIN_TTL = 60
// Actions on a zone finish in a second or two; a minute of polling means something is wrong at Hetzner.
const ACTION_POLL_MS = 1000
const ACTION_POLLS = 60

const descriptor: ProviderDescriptor = {
  id: 'hetzner',
  name: 'Hetzner DNS (Hetzner Cloud API)',
  credentials: [
    {
      env: 'HETZNER_API_TOKEN',
      description: 'Hetzner Cloud API token (Read & Write) of the project that holds the alias zone',
      secret: true,
    },
  ],
  settings: [
    { env: 'HETZNER_API_URL', description: 'API base URL', default: API_URL },
    {
      env: 'HETZNER_TTL',
      description: `TTL of a TXT RRset this provider creates (seconds, ${MIN_TTL} or more); an existing RRset keeps its TTL`,
      default: '120',
    },
  ],
  leastPrivilege:
    'Hetzner Cloud API tokens belong to one project and are either Read or Read & Write on everything in it; ' +
    'they cannot be limited to one zone. Create a Hetzner Cloud project that holds only the alias zone ' +
    '(Cloud Console > new project > DNS > add the zone), and create the Read & Write token under that ' +
    "project's Security > API tokens. The token then cannot reach your other zones, servers or projects.",
  docs: 'https://docs.hetzner.cloud/reference/cloud#zone-rrset-actions',
}

interface Zone {
  id: number
  name: string
}

interface RRset {
  name: string
  type: string
  ttl: number | null
  records: { value: string; comment?: string | null }[]
}

interface Action {
  id: number
  command: string
  status: 'running' | 'success' | 'error'
  error: { code: string; message: string } | null
}

export const hetzner: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.HETZNER_API_TOKEN ?? ''
    const ttl = readTtl(context.env, 'HETZNER_TTL', { default: 120, min: MIN_TTL })
    const sleep = context.transport?.sleep ?? ((ms: number) => delay(ms))
    const http = providerHttp(context, {
      provider: 'hetzner',
      apiUrlEnv: 'HETZNER_API_URL',
      defaultUrl: API_URL,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      secrets: [token],
      credentialHint: 'HETZNER_API_TOKEN',
      throttle: hetznerThrottled,
    })
    const zoneFor = zoneFinder(
      async (name) => {
        // the path takes a zone's id or its name; 404 means this project has no such zone
        const response = await http.request<{ zone: Zone }>('GET', `/zones/${encodeURIComponent(name)}`, {
          expect: [404],
        })
        return response.status === 404 ? undefined : response.body.zone
      },
      (owner, tried) =>
        `hetzner: no zone for ${owner} in this project (tried ${tried.join(', ')}); ` +
        'check that HETZNER_API_TOKEN belongs to the Hetzner Cloud project holding the alias zone',
    )
    const zoneOf = async (zone: string, owner: string): Promise<Zone> => (await zoneFor(zone, owner)).zone

    const rrsetPath = (zone: Zone, owner: string) =>
      `/zones/${encodeURIComponent(zone.id)}/rrsets/${encodeURIComponent(relativeName(owner, zone.name)) || '@'}/TXT`

    const readTxt = async (zone: Zone, owner: string): Promise<RRset | undefined> => {
      const response = await http.request<{ rrset: RRset }>('GET', rrsetPath(zone, owner), { expect: [404] })
      return response.status === 404 ? undefined : response.body.rrset
    }

    /** Changes are asynchronous: wait until the action succeeds, so a failure is reported and not lost. */
    const settle = async (first: Action): Promise<void> => {
      let action = first
      for (let poll = 0; action.status === 'running'; poll++) {
        if (poll >= ACTION_POLLS) {
          throw new Error(
            `hetzner: action ${action.id} (${action.command}) still running after ${(ACTION_POLLS * ACTION_POLL_MS) / 1000} s`,
          )
        }
        await sleep(ACTION_POLL_MS)
        action = (await http.request<{ action: Action }>('GET', `/actions/${encodeURIComponent(action.id)}`))
          .body.action
      }
      if (action.status === 'error') {
        throw new Error(
          `hetzner: action ${action.id} (${action.command}) failed: ${action.error?.code ?? 'error'}: ${action.error?.message ?? ''}`,
        )
      }
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const found = await zoneOf(zone, owner)
        const rrset = await readTxt(found, owner)
        const missing = missingTxt(rrset?.records ?? [], values, recordValue)
        if (missing.length === 0) return
        // one action for every value (apex and wildcard together); the TTL only matters when the RRset is new
        const { body } = await http.request<{ action: Action }>(
          'POST',
          `${rrsetPath(found, owner)}/actions/add_records`,
          {
            body: {
              ...(rrset === undefined ? { ttl } : rrset.ttl === null ? {} : { ttl: rrset.ttl }),
              records: missing.map((value) => ({ value: formatTxtContent(value) })),
            },
          },
        )
        await settle(body.action)
      },
      async remove(zone, owner, values) {
        const found = await zoneOf(zone, owner)
        const rrset = await readTxt(found, owner)
        // the stored form of each value, so the API matches it whatever quoting it was written with
        const records = ourTxt(rrset?.records ?? [], values, recordValue)
        if (records.length === 0) return
        const { body } = await http.request<{ action: Action }>(
          'POST',
          `${rrsetPath(found, owner)}/actions/remove_records`,
          { body: { records: records.map((r) => ({ value: r.value })) } },
        )
        await settle(body.action)
      },
    }
  },
}

function recordValue(record: { value: string }): string {
  return parseTxtContent(record.value)
}

/**
 * "locked": another action on the zone is running; "conflict": the zone changed under the request. Neither
 * was carried out, so sending again is what the API asks for. (A 429 waits for RateLimit-Reset in the HTTP
 * layer.)
 */
function hetznerThrottled({ status, body }: ThrottleAnswer): ThrottleVerdict {
  return status === 423 || (status === 409 && /"code"\s*:\s*"conflict"/.test(body))
}
