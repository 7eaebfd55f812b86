// A fake netcup CCP DNS API (https://ccp.netcup.net/run/webservice/servers/endpoint.php, JSON form): POST
// {action, param} to endpoint.php?JSON, every answer HTTP 200 with {status, statuscode, shortmessage, longmessage,
// responsedata}. login gives an apisessionid that every other action must carry; infoDnsZone and infoDnsRecords
// read (a zone without records answers an error, as netcup does); updateDnsRecords takes the zone's record set:
// records with an id are kept (or deleted with deleterecord), records without one are added, and records left
// out are dropped, which is how a client must treat the call.
import { randomBytes } from 'node:crypto'
import { type FakeReply, type FakeServer, jsonBody, type MemoryZones, serveFake } from './memory.js'

export interface FakeNetcupOptions {
  readonly customer: string
  readonly apiKey: string
  readonly apiPassword: string
  readonly zones: MemoryZones
}

export interface FakeNetcup extends FakeServer {
  readonly sessions: Map<string, { open: boolean }>
  /** Actions in order. */
  readonly actions: string[]
  /** The next call of this action finds every session expired (once). */
  expireBefore?: string
  /** Run after each updateDnsRecords is applied (another writer, for races). */
  afterUpdate?: () => void
}

interface SentRecord {
  id?: unknown
  hostname?: unknown
  type?: unknown
  priority?: unknown
  destination?: unknown
  deleterecord?: unknown
}

const reply = (
  action: string,
  status: 'success' | 'error',
  statuscode: number,
  shortmessage: string,
  longmessage: string,
  responsedata: unknown = '',
): FakeReply => ({
  body: {
    serverrequestid: randomBytes(6).toString('hex'),
    clientrequestid: '',
    action,
    status,
    statuscode,
    shortmessage,
    longmessage,
    responsedata,
  },
})

export async function startFakeNetcup(options: FakeNetcupOptions): Promise<FakeNetcup> {
  const { zones } = options
  // the zone's TTL, which netcup gives every record it adds
  const ZONE_TTL = 86400
  const sessions = new Map<string, { open: boolean }>()
  const actions: string[] = []
  const hostnameOf = (name: string, zone: string) => (name === zone ? '@' : name.slice(0, -(zone.length + 1)))
  const listed = (zone: string) =>
    zones.inZone(zone).map((r) => ({
      id: r.id,
      hostname: hostnameOf(r.owner, zone),
      type: r.type,
      priority: '0',
      destination: r.value,
      deleterecord: false,
      state: 'yes',
    }))

  // assigned once the server runs, before any request reaches the handler
  let fake: FakeNetcup
  const server = await serveFake((request) => {
    if (
      request.method !== 'POST' ||
      !request.rawPath.endsWith('/endpoint.php') ||
      !request.query.has('JSON')
    ) {
      return { status: 404, body: '<html>Not Found</html>' }
    }
    const { action, param } = (jsonBody(request) ?? {}) as {
      action?: string
      param?: Record<string, unknown>
    }
    const p = param ?? {}
    actions.push(String(action))
    if (p.customernumber !== options.customer || p.apikey !== options.apiKey) {
      return reply(
        String(action),
        'error',
        4013,
        'Validation Error.',
        'The API key is invalid for this customer.',
      )
    }
    if (action === 'login') {
      if (p.apipassword !== options.apiPassword) {
        return reply('login', 'error', 4013, 'Validation Error.', 'The API password is wrong.')
      }
      const sid = randomBytes(12).toString('base64url')
      sessions.set(sid, { open: true })
      return reply('login', 'success', 2000, 'Login successful', 'Session has been created successful.', {
        apisessionid: sid,
      })
    }
    if (action !== undefined && action === fake.expireBefore) {
      fake.expireBefore = undefined
      for (const open of sessions.values()) open.open = false
    }
    const session = sessions.get(String(p.apisessionid))
    if (session === undefined || !session.open) {
      return reply(
        String(action),
        'error',
        4001,
        'The session id is not in a valid format.',
        'Api session id in invalid format or the session expired.',
      )
    }
    if (action === 'logout') {
      session.open = false
      return reply('logout', 'success', 2000, 'Logout successful', 'Session has been terminated successful.')
    }
    const zone = String(p.domainname ?? '').toLowerCase()
    if (!zones.has(zone)) {
      return reply(
        String(action),
        'error',
        5029,
        'Can not get DNS zone.',
        'Domain not found in this account.',
      )
    }
    if (action === 'infoDnsZone') {
      return reply('infoDnsZone', 'success', 2000, 'DNS zone found', 'DNS zone was found.', {
        name: zone,
        ttl: '86400',
        serial: '2025013001',
        refresh: '28800',
        retry: '7200',
        expire: '1209600',
        dnssecstatus: false,
      })
    }
    if (action === 'infoDnsRecords') {
      const records = listed(zone)
      if (records.length === 0) {
        return reply(
          'infoDnsRecords',
          'error',
          5029,
          'Can not get DNS records for zone.',
          'No records found.',
        )
      }
      return reply(
        'infoDnsRecords',
        'success',
        2000,
        'DNS records found',
        'DNS Records for this zone were found.',
        {
          dnsrecords: records,
        },
      )
    }
    if (action === 'updateDnsRecords') {
      const sent = (p.dnsrecordset as { dnsrecords?: SentRecord[] } | undefined)?.dnsrecords
      if (!Array.isArray(sent))
        return reply(action, 'error', 4013, 'Validation Error.', 'dnsrecordset is missing.')
      for (const r of sent) {
        if (
          typeof r.hostname !== 'string' ||
          typeof r.type !== 'string' ||
          typeof r.destination !== 'string'
        ) {
          return reply(
            action,
            'error',
            4013,
            'Validation Error.',
            'hostname, type and destination are required.',
          )
        }
        if (r.id !== undefined && zones.byId(String(r.id))?.zone !== zone) {
          return reply(action, 'error', 5028, 'Record not found.', `No record with id ${String(r.id)}.`)
        }
      }
      const kept = sent
        .filter((r) => r.deleterecord !== true)
        .map((r) => ({
          owner: r.hostname === '@' ? zone : `${String(r.hostname).toLowerCase()}.${zone}`,
          type: String(r.type),
          value: String(r.destination),
          // a record kept keeps its TTL; a new one gets the zone's
          ttl: (r.id === undefined ? undefined : zones.byId(String(r.id))?.ttl) ?? ZONE_TTL,
        }))
      zones.replaceZone(zone, kept)
      fake.afterUpdate?.()
      return reply(
        action,
        'success',
        2000,
        'DNS records successful updated',
        'The given DNS records for this zone were updated.',
        {
          dnsrecords: listed(zone),
        },
      )
    }
    return reply(String(action), 'error', 4013, 'Validation Error.', `Unknown action ${String(action)}.`)
  })
  fake = Object.assign(server, { sessions, actions })
  return fake
}
