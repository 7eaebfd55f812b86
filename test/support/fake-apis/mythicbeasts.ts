// A fake Mythic Beasts over in-memory zones: the OAuth login (POST /login, client credentials in basic
// authentication) and DNS API v2 (/dns/v2/zones, /dns/v2/zones/<zone>/records/<host>/<type> with GET, POST adding
// records, DELETE ?data=).
import { randomBytes } from 'node:crypto'
import { type FakeReply, type FakeServer, type MemoryZones, serveFake } from './memory.js'

export interface FakeMythicBeastsOptions {
  readonly keyId: string
  readonly secret: string
  readonly zones: MemoryZones
  /** expires_in of each token, in seconds. */
  readonly tokenLifetime?: number
}

export interface FakeMythicBeasts extends FakeServer {
  /** Tokens handed out so far stop working (revoked, or expired early). */
  revokeTokens(): void
}

const API_BASE = '/dns/v2'
const error = (status: number, message: string): FakeReply => ({ status, body: { error: message } })

export async function startFakeMythicBeasts(options: FakeMythicBeastsOptions): Promise<FakeMythicBeasts> {
  const { zones } = options
  const tokens = new Set<string>()
  const basic = `Basic ${Buffer.from(`${options.keyId}:${options.secret}`).toString('base64')}`

  const fake = await serveFake((request) => {
    if (request.rawPath === '/login') {
      if (request.method !== 'POST') return error(405, 'Method not allowed')
      if (request.headers.authorization !== basic) {
        return {
          status: 401,
          body: { error: 'invalid_client', error_description: 'Invalid API key or secret' },
        }
      }
      if (
        request.headers['content-type'] !== 'application/x-www-form-urlencoded' ||
        request.text !== 'grant_type=client_credentials'
      ) {
        return { status: 400, body: { error: 'unsupported_grant_type' } }
      }
      const token = randomBytes(16).toString('hex')
      tokens.add(token)
      return {
        body: { access_token: token, expires_in: options.tokenLifetime ?? 3600, token_type: 'bearer' },
      }
    }
    const bearer = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1]
    if (bearer === undefined || !tokens.has(bearer)) return error(401, 'Invalid or expired token')
    if (!request.rawPath.startsWith(`${API_BASE}/`)) return error(404, 'Not found')
    const parts = request.rawPath
      .slice(API_BASE.length + 1)
      .split('/')
      .map(decodeURIComponent)
    if (parts.length === 1 && parts[0] === 'zones' && request.method === 'GET')
      return { body: { zones: zones.zones } }
    if (parts.length !== 5 || parts[0] !== 'zones' || parts[2] !== 'records') return error(404, 'Not found')
    const zone = (parts[1] as string).toLowerCase()
    const host = parts[3] as string
    const type = parts[4] as string
    if (!zones.has(zone)) return error(403, `You do not have permission to access zone ${zone}`)
    if (type !== 'TXT') return error(400, `fake Mythic Beasts: only TXT is implemented, not ${type}`)
    const owner = host === '@' ? zone : `${host.toLowerCase()}.${zone}`

    if (request.method === 'GET') {
      return {
        body: { records: zones.records(owner).map((r) => ({ host, ttl: r.ttl, type, data: r.value })) },
      }
    }
    if (request.method === 'POST') {
      const body = JSON.parse(request.text || '{}') as { records?: unknown }
      if (!Array.isArray(body.records)) return error(400, 'records: a list of records is required')
      let added = 0
      for (const record of body.records as {
        host?: unknown
        ttl?: unknown
        type?: unknown
        data?: unknown
      }[]) {
        if (record.host !== host || record.type !== type) {
          return error(400, `Record ${JSON.stringify(record)} does not match the host and type of the path`)
        }
        if (typeof record.data !== 'string' || record.data === '')
          return error(400, 'data: a string is required')
        if (!Number.isInteger(record.ttl) || (record.ttl as number) < 60)
          return error(400, 'ttl: must be 60 or more')
        if (zones.records(owner).some((r) => r.value === record.data)) continue
        zones.add(zone, owner, record.data, record.ttl as number)
        added++
      }
      return { body: { records_added: added, message: `${added} records added` } }
    }
    if (request.method === 'DELETE') {
      const data = request.query.get('data')
      const doomed = zones.records(owner).filter((r) => data === null || r.value === data)
      for (const record of doomed) zones.delete(record.id)
      return { body: { records_removed: doomed.length, message: `${doomed.length} records removed` } }
    }
    return error(405, 'Method not allowed')
  })
  return Object.assign(fake, { revokeTokens: () => tokens.clear() })
}
