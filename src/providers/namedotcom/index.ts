// Name.com (Core API v1, the successor of the v4 API). Concurrency: per-record. Each TXT value is a record of
// its own, created and deleted by id, so appending never touches other values at the owner.
import { basicAuth, providerHttp } from '../../http/api.js'
import { readTtl } from '../ttl.js'
import { createMissing, deleteOurs } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, pathSegment, relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.name.com/core/v1'
const SANDBOX_HOST = 'api.dev.name.com'
// Name.com's smallest record TTL.
const MIN_TTL = 300
const PER_PAGE = 1000

const descriptor: ProviderDescriptor = {
  id: 'namedotcom',
  name: 'Name.com',
  credentials: [
    {
      env: 'NAMECOM_USERNAME',
      description: 'Name.com user name (for the test system, the user name with `-test` appended)',
    },
    { env: 'NAMECOM_API_TOKEN', description: 'API token (Account > Settings > API)', secret: true },
  ],
  settings: [
    {
      env: 'NAMECOM_API_URL',
      description:
        `API base URL; a bare host name (as lego's NAMECOM_SERVER takes it, e.g. ${SANDBOX_HOST} for the test ` +
        'system) means https://<host>/core/v1',
      default: API_URL,
      aliases: ['NAMECOM_SERVER'],
    },
    {
      env: 'NAMECOM_TTL',
      description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`,
      default: String(MIN_TTL),
    },
  ],
  leastPrivilege:
    'Name.com API tokens cannot be scoped: a token acts on every domain of the account, registrations and ' +
    'transfers included. Keep the alias domain in a separate Name.com account that holds nothing else, create ' +
    'the token there, and revoke it in the API settings when it is no longer needed.',
  docs: 'https://docs.name.com/',
  notes:
    'Name.com’s name servers can take several minutes to serve a new record. If runs stop waiting for them, set ' +
    '`propagation_timeout: 900` on the step; the run polls and goes on as soon as every name server serves the values.',
}

interface NamecomRecord {
  id: number | string
  host?: string
  fqdn?: string
  type: string
  answer: string
}

interface RecordPage {
  records?: NamecomRecord[]
  nextPage?: number
}

export const namedotcom: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const username = context.env.NAMECOM_USERNAME ?? ''
    const token = context.env.NAMECOM_API_TOKEN ?? ''
    const ttl = readTtl(context.env, 'NAMECOM_TTL', {
      default: MIN_TTL,
      min: MIN_TTL,
      note: "Name.com's minimum",
    })
    const given = context.env.NAMECOM_API_URL?.trim() || API_URL
    const basic = basicAuth(username, token)
    const http = providerHttp(context, {
      provider: 'namedotcom',
      baseUrl: /^[a-z][a-z0-9+.-]*:\/\//i.test(given) ? given : `https://${given}/core/v1`,
      headers: {
        authorization: basic.authorization,
        accept: 'application/json',
      },
      secrets: basic.secrets,
      credentialHint: 'NAMECOM_USERNAME and NAMECOM_API_TOKEN',
    })

    const domainOf = zoneFinder(
      async (name) => {
        const response = await http.request('GET', `/domains/${pathSegment(name)}`, { expect: [404] })
        return response.status === 404 ? undefined : name
      },
      (owner, tried) =>
        `namedotcom: no domain for ${owner} in this account (tried ${tried.join(', ')}); Name.com serves DNS ` +
        'only for domains of the account of NAMECOM_USERNAME',
    )

    const recordsPath = (domain: string) => `/domains/${pathSegment(domain)}/records`

    /** The TXT records at owner, every page. */
    const txtAt = async (domain: string, owner: string): Promise<NamecomRecord[]> => {
      const name = absoluteless(owner)
      const records: NamecomRecord[] = []
      for (let page: number | undefined = 1; page !== undefined; ) {
        const { body }: { body: RecordPage } = await http.request<RecordPage>('GET', recordsPath(domain), {
          query: { perPage: PER_PAGE, page },
        })
        records.push(...(body.records ?? []))
        page = body.nextPage && body.nextPage > page ? body.nextPage : undefined
      }
      return records.filter((r) => r.type === 'TXT' && fqdnOf(r, domain) === name)
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const { name: domain } = await domainOf(zone, owner)
        await createMissing(await txtAt(domain, owner), values, recordValue, (answer) =>
          http.request('POST', recordsPath(domain), {
            body: { host: relativeName(owner, domain), type: 'TXT', answer, ttl },
          }),
        )
      },
      async remove(zone, owner, values) {
        const { name: domain } = await domainOf(zone, owner)
        await deleteOurs(await txtAt(domain, owner), values, recordValue, (r) =>
          // 404: another run (same value) deleted it first
          http.request('DELETE', `${recordsPath(domain)}/${pathSegment(String(r.id))}`, { expect: [404] }),
        )
      },
    }
  },
}

/** The record's full name: fqdn when the API gives it, else host (empty or @ at the apex) within the domain. */
function fqdnOf(record: NamecomRecord, domain: string): string {
  if (record.fqdn) return absoluteless(record.fqdn)
  const host = record.host ?? ''
  return host === '' || host === '@' ? absoluteless(domain) : absoluteless(`${host}.${domain}`)
}

function recordValue(record: NamecomRecord): string {
  return record.answer
}
