// netcup CCP DNS API (JSON). Concurrency: whole set with read-back. updateDnsRecords takes the zone's record
// set and offers no condition, so every write carries every record as read (ours added, or ours marked
// deleterecord), is never sent twice by the HTTP layer, and is read back until it holds (writeUntilHeld). One
// login session serves the run and is logged out at its end.

import { providerHttp } from '../../http/api.js'
import type { ThrottleAnswer, ThrottleVerdict } from '../../http/client.js'
import { WriteLater, writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { LoginSession, SessionExpired } from '../session.js'
import { missingTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://ccp.netcup.net/run/webservice/servers/endpoint.php?JSON'

const descriptor: ProviderDescriptor = {
  id: 'netcup',
  name: 'netcup DNS',
  credentials: [
    { env: 'NETCUP_CUSTOMER_NUMBER', description: 'Customer number of the netcup account' },
    { env: 'NETCUP_API_KEY', description: 'API key (CCP > Master data > API)', secret: true },
    { env: 'NETCUP_API_PASSWORD', description: 'API password (CCP > Master data > API)', secret: true },
  ],
  settings: [{ env: 'NETCUP_API_URL', description: 'JSON endpoint of the CCP API', default: API_URL }],
  leastPrivilege:
    'netcup API keys cannot be scoped: a key with the API password acts on every domain of the customer account, ' +
    'and every write rewrites the record set of a zone. Keep the alias domain in a separate netcup customer ' +
    'account that holds nothing else, create an API key there for this use only, and delete it in the CCP when ' +
    'it is no longer needed. The zone TTL is the zone’s own setting in the CCP: the API sets none per record.',
  docs: 'https://ccp.netcup.net/run/webservice/servers/endpoint.php',
  notes:
    'netcup’s name servers take several minutes, often up to 15, to serve a changed zone. Set ' +
    '`propagation_timeout: 900` on the step; the run polls and goes on as soon as every name server serves the values.',
}

/** One record as infoDnsRecords gives it and updateDnsRecords takes it back. */
interface NetcupRecord {
  id?: string
  hostname: string
  type: string
  priority?: string
  destination: string
  deleterecord?: boolean
  state?: string
}

interface NetcupAnswer<T> {
  action?: string
  status: string
  statuscode: number
  shortmessage?: string
  longmessage?: string
  responsedata?: T | ''
}

// One per process: updateDnsRecords rewrites the zone's set, so every owner of one zone takes turns.
const zoneLocks = new KeyedMutex()

export const netcup: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const customer = (context.env.NETCUP_CUSTOMER_NUMBER ?? '').trim()
    const apiKey = context.env.NETCUP_API_KEY ?? ''
    const apiPassword = context.env.NETCUP_API_PASSWORD ?? ''
    if (!/^\d+$/.test(customer)) {
      throw new Error(`NETCUP_CUSTOMER_NUMBER must be the customer number (digits only); got "${customer}"`)
    }
    // the endpoint is one document with a query (…/endpoint.php?JSON): its path and query go with every call
    const endpoint = new URL(context.env.NETCUP_API_URL || API_URL)
    const http = providerHttp(context, {
      provider: 'netcup',
      baseUrl: endpoint.origin,
      secrets: [apiKey, apiPassword],
      credentialHint: 'NETCUP_CUSTOMER_NUMBER, NETCUP_API_KEY and NETCUP_API_PASSWORD',
      throttle: perMinuteLimit,
    })
    const query = Object.fromEntries(endpoint.searchParams)

    /** One action; the answer as it came (netcup answers errors with HTTP 200 and status "error"). */
    const call = async <T>(action: string, param: Record<string, unknown>, idempotent: boolean) => {
      const { body } = await http.request<NetcupAnswer<T>>('POST', endpoint.pathname, {
        query,
        body: { action, param: { customernumber: customer, apikey: apiKey, ...param } },
        idempotent,
      })
      if (typeof body?.status !== 'string')
        throw new Error(`netcup: ${action} gave no answer in the API's form`)
      return body
    }
    const failure = (action: string, answer: NetcupAnswer<unknown>, hint = ''): Error =>
      new Error(
        http.redact(
          `netcup: ${action} failed: ${answer.shortmessage ?? answer.status} (${answer.statuscode})` +
            (answer.longmessage ? `: ${answer.longmessage}` : '') +
            hint,
        ),
      )

    const session = new LoginSession<string>({
      open: async () => {
        const answer = await call<{ apisessionid?: string }>('login', { apipassword: apiPassword }, false)
        const sid =
          answer.status === 'success' && answer.responsedata ? answer.responsedata.apisessionid : undefined
        if (!sid) {
          throw failure(
            'login',
            answer,
            '. Check NETCUP_CUSTOMER_NUMBER, NETCUP_API_KEY and NETCUP_API_PASSWORD',
          )
        }
        context.host.mask(sid)
        http.addSecret(sid)
        return sid
      },
      close: async (sid) => {
        const answer = await call('logout', { apisessionid: sid }, false)
        if (answer.status !== 'success') throw failure('logout', answer)
      },
    })

    /**
     * One action in the session. An answer about the session (expired, unknown) logs in again: a read is then
     * asked again at once, a write (again: false) goes back to be planned on a fresh read.
     */
    const inSession = <T>(action: string, param: Record<string, unknown>, again = true) =>
      session.run(
        async (sid) => {
          const answer = await call<T>(action, { ...param, apisessionid: sid }, again)
          if (answer.status !== 'error') return answer
          if (/session/i.test(`${answer.shortmessage} ${answer.longmessage}`)) throw new SessionExpired()
          return answer
        },
        { again },
      )

    const zoneOf = zoneFinder(
      async (domainname) => {
        const answer = await inSession('infoDnsZone', { domainname })
        return answer.status === 'success' ? domainname : undefined
      },
      (owner, tried) =>
        `netcup: no DNS zone for ${owner} in this customer account (tried ${tried.join(', ')}); ` +
        'check that NETCUP_CUSTOMER_NUMBER is the account holding the alias domain',
    )

    const readSet = async (domainname: string): Promise<NetcupRecord[]> => {
      const answer = await inSession<{ dnsrecords?: NetcupRecord[] }>('infoDnsRecords', { domainname })
      if (answer.status === 'success') return dataOf(answer)?.dnsrecords ?? []
      // a zone without records is answered as an error ("no DNS records found"), not as an empty list
      if (/record/i.test(`${answer.shortmessage} ${answer.longmessage}`)) return []
      throw failure('infoDnsRecords', answer)
    }

    const writeSet = async (domainname: string, dnsrecords: NetcupRecord[]): Promise<void> => {
      try {
        const answer = await inSession(
          'updateDnsRecords',
          { domainname, dnsrecordset: { dnsrecords } },
          false,
        )
        if (answer.status === 'error') throw failure('updateDnsRecords', answer)
      } catch (error) {
        // logged in again: the set is read and planned again before anything is sent
        if (error instanceof SessionExpired) throw new WriteLater(0)
        throw error
      }
    }

    const change = async (
      zone: string,
      owner: string,
      plan: (records: NetcupRecord[], hostname: string) => NetcupRecord[] | undefined,
    ) => {
      const { name: domainname } = await zoneOf(zone, owner)
      const hostname = relativeName(owner, domainname) || '@'
      await zoneLocks.run(ownerKey(endpoint.href, customer, domainname), () =>
        writeUntilHeld({
          what: `netcup: the records of ${domainname}`,
          read: () => readSet(domainname),
          plan: (records) => plan(records, hostname),
          write: (_records, next) => writeSet(domainname, next),
          sleep: context.transport?.sleep,
          log: (message) => context.host.info(message),
        }),
      )
    }

    const isOurs = (r: NetcupRecord, hostname: string) =>
      r.type === 'TXT' && r.hostname.toLowerCase() === hostname.toLowerCase()

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        await change(zone, owner, (records, hostname) => {
          const added = missingTxt(
            records.filter((r) => isOurs(r, hostname)),
            values,
            (r) => r.destination,
          )
          if (added.length === 0) return undefined
          return [
            ...records,
            ...added.map((destination) => ({
              hostname,
              type: 'TXT',
              priority: '',
              destination,
              deleterecord: false,
            })),
          ]
        })
      },
      async remove(zone, owner, values) {
        const ours = new Set(values)
        await change(zone, owner, (records, hostname) => {
          if (!records.some((r) => isOurs(r, hostname) && ours.has(r.destination))) return undefined
          return records.map((r) =>
            isOurs(r, hostname) && ours.has(r.destination) ? { ...r, deleterecord: true } : r,
          )
        })
      },
      close: () => session.close(),
    }
  },
}

/** The answer's data: an object, or "" when there is none. */
function dataOf<T>(answer: NetcupAnswer<T>): T | undefined {
  const data = answer.responsedata
  return typeof data === 'object' && data !== null ? data : undefined
}

// netcup's limit: a call over it is answered (HTTP 200, status "error") "More than 180 requests per minute. Please
// wait and retry later."; the limit's window is a minute.
const LIMIT_WINDOW_MS = 60_000

/** netcup's rate limit, answered in the body: wait out the minute and send the call again (it was not acted on). */
function perMinuteLimit({ status, body }: ThrottleAnswer): ThrottleVerdict {
  if (status !== 200 || !/requests per minute/i.test(body)) return false
  return { waitMs: LIMIT_WINDOW_MS, reason: "over the API's requests per minute" }
}
