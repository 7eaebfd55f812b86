// Akamai Edge DNS (config-dns v2) with EdgeGrid request signing: read, merge, write and read back the owner's TXT record set.
import { createHash, createHmac, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { providerHttp } from '../../http/api.js'
import type { SignableRequest } from '../../http/client.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { formatTxtContent, missingTxt, parseTxtContent, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, zoneAtPath, zoneFinder } from '../zone.js'

// EdgeGrid hashes at most this much of a POST body (the limit Akamai's own clients and lego use).
const MAX_BODY = 131072

const descriptor: ProviderDescriptor = {
  id: 'edgedns',
  name: 'Akamai Edge DNS',
  credentials: [
    {
      env: 'AKAMAI_HOST',
      description: 'API host of the API client, e.g. akab-xxxx.luna.akamaiapis.net',
      set: 'API client',
    },
    {
      env: 'AKAMAI_CLIENT_TOKEN',
      description: 'client_token of the API client',
      secret: true,
      set: 'API client',
    },
    {
      env: 'AKAMAI_CLIENT_SECRET',
      description: 'client_secret of the API client',
      secret: true,
      set: 'API client',
    },
    {
      env: 'AKAMAI_ACCESS_TOKEN',
      description: 'access_token of the API client',
      secret: true,
      set: 'API client',
    },
    {
      env: 'AKAMAI_EDGERC',
      description:
        'The contents of an .edgerc file (or, as lego takes it, the path of one) with host, client_token, client_secret and access_token',
      secret: true,
      set: '.edgerc',
    },
  ],
  settings: [
    {
      env: 'AKAMAI_API_URL',
      description: 'API base URL; default https:// followed by the API client host',
      default: 'https://<AKAMAI_HOST>',
    },
    { env: 'AKAMAI_EDGERC_SECTION', description: 'Section of the .edgerc to read', default: 'default' },
    {
      env: 'AKAMAI_TTL',
      description: 'TTL (seconds) of a TXT record set this provider creates',
      default: '120',
    },
  ],
  leastPrivilege:
    'In Identity and Access Management create an API client for this purpose only, with the "DNS - Zone Record ' +
    'Management" API (config-dns) at READ-WRITE and no other API, and give it a role on a group that holds only ' +
    'the alias zone (move the alias zone into a group of its own first). The client then cannot change other zones.',
  docs: 'https://techdocs.akamai.com/edge-dns/reference/edge-dns-api',
}

export interface EdgeGridCredentials {
  host: string
  clientToken: string
  clientSecret: string
  accessToken: string
}

export interface EdgednsOptions {
  /** The signing clock, for tests. */
  now?: () => Date
  /** The signing nonce, for tests. */
  nonce?: () => string
}

/** EdgeGrid's timestamp: UTC as yyyyMMddTHH:mm:ss+0000. */
export function edgeGridTimestamp(date: Date): string {
  const iso = date.toISOString() // 2024-05-01T12:34:56.789Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 19)}+0000`
}

/** The Authorization header of one request, as the EdgeGrid (EG1-HMAC-SHA256) scheme defines it. */
export function edgeGridAuthorization(
  credentials: Pick<EdgeGridCredentials, 'clientToken' | 'clientSecret' | 'accessToken'>,
  request: Pick<SignableRequest, 'method' | 'url' | 'body'>,
  timestamp: string,
  nonce: string,
): string {
  const unsigned =
    `EG1-HMAC-SHA256 client_token=${credentials.clientToken};access_token=${credentials.accessToken};` +
    `timestamp=${timestamp};nonce=${nonce};`
  const hmac = (key: string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest('base64')
  // only a POST body is hashed; every other method signs an empty content hash
  const body = Buffer.from(request.body ?? '', 'utf8')
  const contentHash =
    request.method === 'POST' && body.length > 0
      ? createHash('sha256').update(body.subarray(0, MAX_BODY)).digest('base64')
      : ''
  const dataToSign = [
    request.method,
    request.url.protocol.replace(/:$/, ''),
    request.url.host,
    `${request.url.pathname}${request.url.search}`,
    '', // no headers are signed
    contentHash,
    unsigned,
  ].join('\t')
  const signingKey = hmac(credentials.clientSecret, timestamp)
  return `${unsigned}signature=${hmac(signingKey, dataToSign)}`
}

/** The credentials of one section of an .edgerc file. */
export function parseEdgerc(text: string, section: string): EdgeGridCredentials {
  const values = new Map<string, string>()
  let current = ''
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue
    const header = /^\[(.+)\]$/.exec(trimmed)
    if (header) {
      current = (header[1] as string).trim()
      continue
    }
    const eq = trimmed.indexOf('=')
    if (current === section && eq > 0) {
      values.set(trimmed.slice(0, eq).trim(), trimmed.slice(eq + 1).trim())
    }
  }
  const need = ['host', 'client_token', 'client_secret', 'access_token'] as const
  const missing = need.filter((key) => !values.get(key))
  if (missing.length > 0) {
    throw new Error(`AKAMAI_EDGERC: the section [${section}] lacks ${missing.join(', ')}`)
  }
  return {
    host: values.get('host') as string,
    clientToken: values.get('client_token') as string,
    clientSecret: values.get('client_secret') as string,
    accessToken: values.get('access_token') as string,
  }
}

interface EdgeRecordSet {
  name: string
  type: string
  ttl: number
  rdata: string[]
  active?: boolean
}

// One per process: two provider instances writing one owner must still take turns.
const ownerLocks = new KeyedMutex()

export function createEdgedns(options: EdgednsOptions = {}): ProviderModule {
  const now = options.now ?? (() => new Date())
  const nonce = options.nonce ?? (() => randomUUID())
  return {
    descriptor,
    create(context: ProviderContext): DnsProvider {
      const env = context.env
      for (const name of [
        'AKAMAI_EDGERC',
        'AKAMAI_CLIENT_TOKEN',
        'AKAMAI_CLIENT_SECRET',
        'AKAMAI_ACCESS_TOKEN',
      ]) {
        const value = env[name]
        if (value) context.host.mask(value)
      }
      const credentials = readCredentials(env)
      const apiUrl =
        env.AKAMAI_API_URL || `https://${credentials.host.replace(/^https?:\/\//, '').replace(/\/+$/, '')}`
      const ttl = Number(env.AKAMAI_TTL || 120)
      const http = providerHttp(context, {
        provider: 'edgedns',
        baseUrl: apiUrl,
        headers: { accept: 'application/json' },
        secrets: [credentials.clientToken, credentials.clientSecret, credentials.accessToken],
        credentialHint: env.AKAMAI_EDGERC
          ? 'AKAMAI_EDGERC'
          : 'AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET and AKAMAI_ACCESS_TOKEN',
        // signed per attempt: the signature covers the time and a fresh nonce
        signRequest: (request) => ({
          authorization: edgeGridAuthorization(credentials, request, edgeGridTimestamp(now()), nonce()),
        }),
      })

      const zoneFor = zoneFinder(
        zoneAtPath(http, (name) => `/config-dns/v2/zones/${encodeURIComponent(name)}`),
        (owner, tried) =>
          `edgedns: no Edge DNS zone for ${owner} that this API client can see (tried ${tried.join(', ')})`,
      )
      const zoneOf = async (zone: string, owner: string): Promise<string> => (await zoneFor(zone, owner)).name

      const recordPath = (zone: string, owner: string) =>
        `/config-dns/v2/zones/${encodeURIComponent(zone)}/names/${encodeURIComponent(absoluteless(owner))}/types/TXT`

      const read = async (zone: string, owner: string): Promise<EdgeRecordSet | undefined> => {
        const response = await http.request<EdgeRecordSet>('GET', recordPath(zone, owner), { expect: [404] })
        return response.status === 404 ? undefined : response.body
      }

      type Write = { method: 'POST' | 'PUT'; recordSet: EdgeRecordSet } | { method: 'DELETE' }

      /**
       * Edge DNS has no conditional write on a record set: read it, let plan decide the write, send it, and
       * read back until plan finds nothing to do, so a run that wrote in between cannot drop our values.
       */
      async function rewrite(
        zone: string,
        owner: string,
        plan: (current: EdgeRecordSet | undefined) => Write | undefined,
      ): Promise<void> {
        const name = await zoneOf(zone, owner)
        const path = recordPath(name, owner)
        await ownerLocks.run(ownerKey(apiUrl, name, owner), () =>
          writeUntilHeld({
            what: `edgedns: the TXT record set at ${absoluteless(owner)}`,
            read: () => read(name, owner),
            plan,
            write: async (_current, write) => {
              if (write.method === 'DELETE') await http.request('DELETE', path, { expect: [404] })
              // 409 to a POST: another run created the set since our read; the read-back merges into it
              else if (write.method === 'POST')
                await http.request('POST', path, { body: write.recordSet, expect: [409] })
              else await http.request('PUT', path, { body: write.recordSet })
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
            const added = missingTxt(current?.rdata ?? [], values, parseTxtContent).map(formatTxtContent)
            if (added.length === 0) return undefined
            if (current === undefined) {
              return {
                method: 'POST',
                recordSet: { name: absoluteless(owner), type: 'TXT', ttl, rdata: added },
              }
            }
            return {
              method: 'PUT',
              recordSet: {
                name: current.name,
                type: 'TXT',
                ttl: current.ttl,
                rdata: [...current.rdata, ...added],
              },
            }
          })
        },

        async remove(zone, owner, values) {
          await rewrite(zone, owner, (current) => {
            if (current === undefined) return undefined
            const kept = withoutTxt(current.rdata, values, parseTxtContent)
            if (kept === undefined) return undefined
            if (kept.length === 0) return { method: 'DELETE' }
            return {
              method: 'PUT',
              recordSet: { name: current.name, type: 'TXT', ttl: current.ttl, rdata: kept },
            }
          })
        },
      }
    },
  }
}

export const edgedns: ProviderModule = createEdgedns()

function readCredentials(env: ProviderContext['env']): EdgeGridCredentials {
  const edgerc = env.AKAMAI_EDGERC
  if (edgerc) {
    // lego takes a path; a workflow secret is more naturally the file's contents
    const text = /[\n[=]/.test(edgerc) ? edgerc : readFileSync(edgerc, 'utf8')
    return parseEdgerc(text, env.AKAMAI_EDGERC_SECTION || 'default')
  }
  const missing = [
    'AKAMAI_HOST',
    'AKAMAI_CLIENT_TOKEN',
    'AKAMAI_CLIENT_SECRET',
    'AKAMAI_ACCESS_TOKEN',
  ].filter((name) => !env[name])
  if (missing.length > 0) {
    throw new Error(
      `edgedns: set ${missing.join(', ')} (or AKAMAI_EDGERC with the contents of an .edgerc file)`,
    )
  }
  return {
    host: env.AKAMAI_HOST as string,
    clientToken: env.AKAMAI_CLIENT_TOKEN as string,
    clientSecret: env.AKAMAI_CLIENT_SECRET as string,
    accessToken: env.AKAMAI_ACCESS_TOKEN as string,
  }
}
