// Exoscale DNS (API v2), every request signed with EXO2-HMAC-SHA256.
// Concurrency: per-record. Each TXT value is a record with its own id: append creates only the values missing,
// remove deletes only the records holding our values; other writers' records are never touched.
import { createHmac } from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'
import { providerHttp } from '../../http/api.js'
import { readTtl } from '../ttl.js'
import { missingTxt, ourTxt, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneFinder } from '../zone.js'

const DEFAULT_ZONE = 'ch-gva-2'
const CREDENTIALS = 'EXOSCALE_API_KEY and EXOSCALE_API_SECRET'
// How long a signature stays valid: long enough for a slow network, short enough to be worthless when seen later.
const SIGNATURE_LIFETIME_S = 600
// Operations on a record finish within seconds; a minute of polling means something is wrong at Exoscale.
const OPERATION_POLL_MS = 1000
const OPERATION_POLLS = 60

const descriptor: ProviderDescriptor = {
  id: 'exoscale',
  name: 'Exoscale',
  credentials: [
    { env: 'EXOSCALE_API_KEY', description: 'API key (EXO...) of an IAM key', secret: true },
    { env: 'EXOSCALE_API_SECRET', description: 'Secret of that IAM key', secret: true },
  ],
  settings: [
    {
      env: 'EXOSCALE_API_URL',
      description: 'API base URL; when empty, https://api-<EXOSCALE_API_ZONE>.exoscale.com/v2',
      default: `https://api-${DEFAULT_ZONE}.exoscale.com/v2`,
      aliases: ['EXOSCALE_ENDPOINT'],
    },
    {
      env: 'EXOSCALE_API_ZONE',
      description: 'Exoscale zone whose API endpoint to call',
      default: DEFAULT_ZONE,
    },
    { env: 'EXOSCALE_TTL', description: 'TTL of the TXT records (seconds)', default: '60' },
  ],
  leastPrivilege:
    'Create an IAM role (IAM > Roles) with a policy for the dns service only, allowing list-dns-domains, ' +
    'list-dns-domain-records, create-dns-domain-record, delete-dns-domain-record and get-operation, with a rule ' +
    'that limits the record operations to the alias zone (e.g. `parameters.domain_id == "<alias zone id>"`), and ' +
    'create an API key for that role. The key then cannot touch other zones or any other Exoscale service.',
  docs: 'https://openapi-v2.exoscale.com/topic/topic-api-request-signature',
}

/** What EXO2-HMAC-SHA256 signs of a request, as its documentation lays it out. */
export interface ExoscaleSignable {
  readonly method: string
  /** The path as sent (percent-encoded), without the query. */
  readonly path: string
  readonly body: string
  /** The query parameters; only those given once are signed. */
  readonly query: URLSearchParams
  /** Unix time after which the API refuses the signature. */
  readonly expires: number
}

/**
 * The Authorization header: the message is `<METHOD> <path>`, the body, the values of the single-valued query
 * parameters sorted by name and concatenated, the signed header values (none), and the expiry, joined by
 * newlines; the signature is its base64 HMAC-SHA256 under the API secret.
 */
export function exoscaleAuthorization(key: string, secret: string, request: ExoscaleSignable): string {
  const names = [...new Set(request.query.keys())]
    .filter((name) => request.query.getAll(name).length === 1)
    .sort()
  const message = [
    `${request.method} ${request.path}`,
    request.body,
    names.map((name) => request.query.get(name)).join(''),
    '',
    String(request.expires),
  ].join('\n')
  const signature = createHmac('sha256', secret).update(message, 'utf8').digest('base64')
  const signed = names.length > 0 ? `,signed-query-args=${names.join(';')}` : ''
  return `EXO2-HMAC-SHA256 credential=${key}${signed},expires=${request.expires},signature=${signature}`
}

interface Operation {
  id: string
  state: 'pending' | 'success' | 'failure' | 'timeout'
  reason?: string
  message?: string
}

interface ExoscaleRecord {
  id: string
  name: string
  type: string
  content: string
  ttl: number
}

export interface ExoscaleOptions {
  /** The signing clock in ms, for tests. */
  now?: () => number
}

export function createExoscale(options: ExoscaleOptions = {}): ProviderModule {
  const now = options.now ?? Date.now
  return {
    descriptor,
    create(context: ProviderContext): DnsProvider {
      const env = context.env
      const key = env.EXOSCALE_API_KEY ?? ''
      const secret = env.EXOSCALE_API_SECRET ?? ''
      const region = env.EXOSCALE_API_ZONE || DEFAULT_ZONE
      const ttl = readTtl(env, 'EXOSCALE_TTL', { default: 60 })
      const sleep = context.transport?.sleep ?? ((ms: number) => delay(ms))
      const http = providerHttp(context, {
        provider: 'exoscale',
        baseUrl: env.EXOSCALE_API_URL || `https://api-${encodeURIComponent(region)}.exoscale.com/v2`,
        headers: { accept: 'application/json' },
        secrets: [key, secret],
        credentialHint: CREDENTIALS,
        // signed per attempt: the signature carries its expiry
        signRequest: ({ method, url, body }) => ({
          authorization: exoscaleAuthorization(key, secret, {
            method,
            path: url.pathname,
            body: body ?? '',
            query: url.searchParams,
            expires: Math.floor(now() / 1000) + SIGNATURE_LIFETIME_S,
          }),
        }),
      })

      const zoneOf = zoneFinder(
        async (name) => {
          const { body } = await http.request<{ 'dns-domains': { id: string; 'unicode-name': string }[] }>(
            'GET',
            '/dns-domain',
          )
          return body['dns-domains'].find((d) => d['unicode-name'].toLowerCase() === name)?.id
        },
        (owner, tried) =>
          `exoscale: no DNS domain for ${owner} in this organization (tried ${tried.join(', ')}); ` +
          `add the alias zone in Exoscale DNS, or check that ${CREDENTIALS} belong to its organization`,
      )

      const recordsPath = (domainId: string) => `/dns-domain/${encodeURIComponent(domainId)}/record`

      const readTxt = async (domainId: string, name: string): Promise<ExoscaleRecord[]> => {
        const { body } = await http.request<{ 'dns-domain-records': ExoscaleRecord[] }>(
          'GET',
          recordsPath(domainId),
        )
        return body['dns-domain-records'].filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name)
      }

      /** Changes are asynchronous operations: wait for each, so a failure is reported and not lost. */
      const settle = async (first: Operation): Promise<void> => {
        let operation = first
        for (let poll = 0; operation.state === 'pending'; poll++) {
          if (poll >= OPERATION_POLLS) {
            throw new Error(`exoscale: operation ${operation.id} still pending after ${OPERATION_POLLS} s`)
          }
          await sleep(OPERATION_POLL_MS)
          operation = (await http.request<Operation>('GET', `/operation/${encodeURIComponent(operation.id)}`))
            .body
        }
        if (operation.state !== 'success') {
          throw new Error(
            http.redact(
              `exoscale: operation ${operation.id} ended in ${operation.state}: ${operation.reason ?? ''} ${operation.message ?? ''}`.trim(),
            ),
          )
        }
      }

      const locate = async (zone: string, owner: string) => {
        const found = await zoneOf(zone, owner)
        return { domainId: found.zone, name: relativeName(owner, found.name) }
      }

      return {
        id: descriptor.id,
        async append(zone, owner, values) {
          const { domainId, name } = await locate(zone, owner)
          // one POST per value: the API creates one record a call
          for (const value of missingTxt(await readTxt(domainId, name), values, recordValue)) {
            const { body } = await http.request<Operation>('POST', recordsPath(domainId), {
              body: { name, type: 'TXT', content: value, ttl },
            })
            await settle(body)
          }
        },
        async remove(zone, owner, values) {
          const { domainId, name } = await locate(zone, owner)
          for (const record of ourTxt(await readTxt(domainId, name), values, recordValue)) {
            const { body } = await http.request<Operation>(
              'DELETE',
              `${recordsPath(domainId)}/${encodeURIComponent(record.id)}`,
            )
            await settle(body)
          }
        },
      }
    },
  }
}

export const exoscale: ProviderModule = createExoscale()

/** Exoscale may hand a TXT value back quoted: ours are written bare. */
function recordValue(record: ExoscaleRecord): string {
  return parseMaybeQuoted(record.content)
}
