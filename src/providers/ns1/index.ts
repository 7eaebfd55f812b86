// NS1 (IBM NS1 Connect) managed DNS: one TXT record per owner holding every value as an answer, so read, merge, write, read back.
import { providerHttp } from '../../http/api.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { missingTxt, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { zoneAtPath, zoneFinder } from '../zone.js'

const API_URL = 'https://api.nsone.net/v1'

const descriptor: ProviderDescriptor = {
  id: 'ns1',
  name: 'NS1 (IBM NS1 Connect)',
  credentials: [{ env: 'NS1_API_KEY', description: 'API key, sent as X-NSONE-Key', secret: true }],
  settings: [
    { env: 'NS1_API_URL', description: 'API base URL', default: API_URL },
    { env: 'NS1_TTL', description: 'TTL (seconds) of a TXT record this provider creates', default: '120' },
  ],
  leastPrivilege:
    'Create an API key (Account settings > Users & teams > API keys) whose DNS permissions allow only "View ' +
    'zones" and "Manage zones", with "Allow access to all zones" off and the alias zone as the only zone in ' +
    'the allow list. Leave every other permission (account, monitoring, data) off.',
  docs: 'https://ns1.com/api',
}

interface Ns1Answer {
  answer: string[]
  [field: string]: unknown
}

interface Ns1Record {
  zone: string
  domain: string
  type: string
  ttl?: number
  answers: Ns1Answer[]
}

// One per process: two provider instances writing one owner must still take turns.
const ownerLocks = new KeyedMutex()

export const ns1: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const apiKey = context.env.NS1_API_KEY ?? ''
    const apiUrl = context.env.NS1_API_URL || API_URL
    const ttl = Number(context.env.NS1_TTL || 120)
    const http = providerHttp(context, {
      provider: 'ns1',
      baseUrl: apiUrl,
      headers: { 'X-NSONE-Key': apiKey, accept: 'application/json' },
      secrets: [apiKey],
      credentialHint: 'NS1_API_KEY',
    })
    const zoneFor = zoneFinder(
      // records=false: only whether the zone exists matters, not its (possibly paginated) record list
      zoneAtPath(http, (name) => `/zones/${encodeURIComponent(name)}`, { query: { records: 'false' } }),
      (owner, tried) =>
        `ns1: no zone for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'check that NS1_API_KEY may see the alias zone',
    )
    const zoneName = async (zone: string, owner: string): Promise<string> => (await zoneFor(zone, owner)).name

    const recordPath = (zone: string, owner: string) =>
      `/zones/${encodeURIComponent(zone)}/${encodeURIComponent(owner)}/TXT`

    const readRecord = async (zone: string, owner: string): Promise<Ns1Record | undefined> => {
      const response = await http.request<Ns1Record>('GET', recordPath(zone, owner), { expect: [404] })
      return response.status === 404 ? undefined : response.body
    }

    // NS1 keeps a TXT answer's strings as separate rdata items; a validator reads them joined.
    const answerText = (answer: Ns1Answer) => answer.answer.join('')

    type Write = { method: 'PUT' | 'POST'; answers: Ns1Answer[] } | { method: 'DELETE' }

    /**
     * NS1 has no conditional write: read the record, let plan decide the write, send it, and read back until
     * plan finds nothing to do, so a run that wrote in between cannot drop our values.
     */
    async function rewrite(
      zone: string,
      owner: string,
      plan: (record: Ns1Record | undefined) => Write | undefined,
    ): Promise<void> {
      const name = await zoneName(zone, owner)
      const path = recordPath(name, owner)
      await ownerLocks.run(ownerKey(apiUrl, name, owner), () =>
        writeUntilHeld({
          what: `ns1: the TXT record at ${owner}`,
          read: () => readRecord(name, owner),
          plan,
          write: async (_record, write) => {
            if (write.method === 'DELETE') {
              await http.request('DELETE', path, { expect: [404] })
            } else if (write.method === 'PUT') {
              // "record already exists": another run created it since our read; the read-back merges into it
              const created = await http.request<{ message?: string }>('PUT', path, {
                body: { zone: name, domain: owner, type: 'TXT', ttl, answers: write.answers },
                expect: [400],
              })
              if (created.status === 400 && !/exist/i.test(created.body?.message ?? '')) {
                throw new Error(`ns1: PUT ${path} failed: HTTP 400: ${created.body?.message ?? ''}`)
              }
            } else {
              // POST replaces the answer list, and the answers we read back keep their ids and metadata
              await http.request('POST', path, {
                body: { zone: name, domain: owner, type: 'TXT', answers: write.answers },
              })
            }
          },
          sleep: context.transport?.sleep,
          log: (message) => context.host.info(message),
        }),
      )
    }

    return {
      id: descriptor.id,

      async append(zone, owner, values) {
        await rewrite(zone, owner, (record) => {
          const added = missingTxt(record?.answers ?? [], values, answerText).map((v) => ({ answer: [v] }))
          if (added.length === 0) return undefined
          if (record === undefined) return { method: 'PUT', answers: added }
          return { method: 'POST', answers: [...record.answers, ...added] }
        })
      },

      async remove(zone, owner, values) {
        await rewrite(zone, owner, (record) => {
          const kept = record && withoutTxt(record.answers, values, answerText)
          if (kept === undefined) return undefined
          return kept.length === 0 ? { method: 'DELETE' } : { method: 'POST', answers: kept }
        })
      },
    }
  },
}
