// Selectel DNS hosting (API v2, the one Selectel offers since the v1 API was retired), with a Keystone token of a
// service user. Concurrency: whole set with read-back. A TXT RRset is created, replaced (PATCH of all its records)
// or deleted whole, and the API has no version check: read, merge, write, then read back until our values hold.
import { providerHttp } from '../../http/api.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey, rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { formatTxtContent, mergeTxt, parseTxtContent, type TxtCodec, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, zoneFinder } from '../zone.js'

const API_URL = 'https://api.selectel.ru/domains/v2'
const AUTH_URL = 'https://cloud.api.selcloud.ru/identity/v3'
const CREDENTIALS =
  'SELECTELV2_USERNAME, SELECTELV2_PASSWORD, SELECTELV2_ACCOUNT_ID and SELECTELV2_PROJECT_ID'

const descriptor: ProviderDescriptor = {
  id: 'selectel',
  name: 'Selectel DNS (API v2)',
  credentials: [
    { env: 'SELECTELV2_USERNAME', description: 'Name of the service user' },
    { env: 'SELECTELV2_PASSWORD', description: 'Password of the service user', secret: true },
    {
      env: 'SELECTELV2_ACCOUNT_ID',
      description: 'Selectel account number (the Keystone domain of the user)',
    },
    { env: 'SELECTELV2_PROJECT_ID', description: 'Id of the project the token is scoped to' },
  ],
  settings: [
    {
      env: 'SELECTELV2_API_URL',
      description: 'DNS API base URL',
      default: API_URL,
      aliases: ['SELECTELV2_BASE_URL'],
    },
    { env: 'SELECTELV2_AUTH_URL', description: 'Keystone identity API (v3) base URL', default: AUTH_URL },
    {
      env: 'SELECTELV2_TTL',
      description: 'TTL of a TXT RRset this provider creates (seconds, 60 or more)',
      default: '60',
    },
  ],
  leastPrivilege:
    'Selectel roles cannot be limited to one zone. Create a project that holds only the alias zone (zones belong ' +
    'to a project in DNS hosting v2), and a service user (Access > Service users) with the role "member" in that ' +
    'project only; scope the token to it with SELECTELV2_PROJECT_ID. The user then cannot reach zones or ' +
    'resources of other projects.',
  docs: 'https://developers.selectel.ru/docs/cloud-services/dns_api/dns_api_actual/',
}

interface SelectelRecord {
  content: string
  disabled?: boolean
}

interface Rrset {
  id: string
  name: string
  type: string
  ttl: number
  records: SelectelRecord[]
}

type Write =
  | { method: 'POST'; ttl: number; records: SelectelRecord[] }
  | { method: 'PATCH' | 'DELETE'; rrset: Rrset; records: SelectelRecord[] }

// TXT content in presentation form ("value"); a record kept as it is, with its disabled flag
const selectelTxt: TxtCodec<SelectelRecord> = {
  read: (record) => parseTxtContent(record.content),
  format: (value) => ({ content: formatTxtContent(value), disabled: false }),
}

// One per process: two provider instances writing one owner must still take turns.
const ownerLocks = new KeyedMutex()

export const selectel: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const env = context.env
    const password = env.SELECTELV2_PASSWORD ?? ''
    const ttl = readTtl(env, 'SELECTELV2_TTL', { default: 60, min: 60, max: 604_800 })
    const apiUrl = env.SELECTELV2_API_URL || API_URL
    const identity = providerHttp(context, {
      provider: 'selectel',
      apiUrlEnv: 'SELECTELV2_AUTH_URL',
      defaultUrl: AUTH_URL,
      secrets: [password],
      credentialHint: CREDENTIALS,
    })

    // A Keystone token lives 24 hours, far longer than a run: one per provider instance.
    const authToken = rememberedUntilFailed((): Promise<string> => {
      return identity
        .request('POST', '/auth/tokens', {
          body: {
            auth: {
              identity: {
                methods: ['password'],
                password: {
                  user: {
                    name: env.SELECTELV2_USERNAME,
                    domain: { name: env.SELECTELV2_ACCOUNT_ID },
                    password,
                  },
                },
              },
              scope: { project: { id: env.SELECTELV2_PROJECT_ID } },
            },
          },
          // asking for a token twice does no harm
          idempotent: true,
        })
        .then(({ headers }) => {
          const subject = headers['x-subject-token']
          const value = Array.isArray(subject) ? subject[0] : subject
          if (!value)
            throw new Error('selectel: the identity API issued no token (no X-Subject-Token header)')
          context.host.mask(value)
          return value
        })
    })

    const http = providerHttp(context, {
      provider: 'selectel',
      baseUrl: apiUrl,
      credentialHint: CREDENTIALS,
      signRequest: async () => ({ 'x-auth-token': await authToken() }),
    })

    const zoneOf = zoneFinder(
      async (name) => {
        const { body } = await http.request<{ result: { id: string; name: string }[] }>('GET', '/zones', {
          query: { filter: name, limit: 1000 },
        })
        return body.result.find((zone) => absoluteless(zone.name) === name)?.id
      },
      (owner, tried) =>
        `selectel: no DNS zone for ${owner} in this project (tried ${tried.join(', ')}); ` +
        'add the alias zone in DNS hosting (v2), or check SELECTELV2_PROJECT_ID',
    )

    const rrsetsPath = (zoneId: string) => `/zones/${encodeURIComponent(zoneId)}/rrset`

    const readTxt = async (zoneId: string, owner: string): Promise<Rrset | undefined> => {
      const { body } = await http.request<{ result: Rrset[] }>('GET', rrsetsPath(zoneId), {
        query: { name: `${absoluteless(owner)}.`, rrset_types: 'TXT' },
      })
      return body.result.find((r) => r.type === 'TXT' && absoluteless(r.name) === absoluteless(owner))
    }

    async function rewrite(
      zone: string,
      owner: string,
      plan: (current: Rrset | undefined) => Write | undefined,
    ) {
      const { zone: zoneId, name } = await zoneOf(zone, owner)
      await ownerLocks.run(ownerKey(apiUrl, name, owner), () =>
        writeUntilHeld({
          what: `selectel: the TXT RRset at ${absoluteless(owner)}`,
          read: () => readTxt(zoneId, owner),
          plan,
          write: async (_current, write) => {
            const { records } = write
            if (write.method === 'POST') {
              // 409: another run created the RRset since our read; the read-back merges into it
              await http.request('POST', rrsetsPath(zoneId), {
                body: { name: `${absoluteless(owner)}.`, type: 'TXT', ttl: write.ttl, records },
                expect: [409],
                idempotent: false,
              })
            } else if (write.method === 'PATCH') {
              // a whole-set write: never resent as it was; the read-back reads and merges again
              await http.request('PATCH', `${rrsetsPath(zoneId)}/${encodeURIComponent(write.rrset.id)}`, {
                body: { ttl: write.rrset.ttl, records },
                idempotent: false,
              })
            } else {
              await http.request('DELETE', `${rrsetsPath(zoneId)}/${encodeURIComponent(write.rrset.id)}`, {
                expect: [404],
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
        await rewrite(zone, owner, (current) => {
          const records = mergeTxt(current?.records ?? [], values, selectelTxt)
          if (records === undefined) return undefined
          return current === undefined
            ? { method: 'POST', ttl, records }
            : { method: 'PATCH', rrset: current, records }
        })
      },
      async remove(zone, owner, values) {
        await rewrite(zone, owner, (current) => {
          const kept = current && withoutTxt(current.records, values, selectelTxt.read)
          if (current === undefined || kept === undefined) return undefined
          return kept.length === 0
            ? { method: 'DELETE', rrset: current, records: [] }
            : { method: 'PATCH', rrset: current, records: kept }
        })
      },
    }
  },
}
