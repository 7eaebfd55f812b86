// A fake Selectel: the Keystone identity API (v3 password auth, a project-scoped token in X-Subject-Token) and DNS
// hosting API v2 (zones, RRsets created, PATCHed and deleted whole; TXT content quoted), as Selectel documents them.
import { parseTxtContent } from '../../../src/providers/txt-content.js'
import { type FakeReply, type FakeServer, type MemoryZones, serveFake } from './memory.js'

export interface FakeSelectelOptions {
  readonly username: string
  readonly password: string
  readonly accountId: string
  readonly projectId: string
  readonly zones: MemoryZones
}

/** The part of a Keystone v3 password authentication request that the fake reads. */
interface KeystoneAuth {
  identity?: {
    methods?: string[]
    password?: { user?: { name?: string; password?: string; domain?: { name?: string } } }
  }
  scope?: { project?: { id?: string } }
}

const fail = (status: number, error: string, description: string): FakeReply => ({
  status,
  body: { error, description },
})

export async function startFakeSelectel(options: FakeSelectelOptions): Promise<FakeServer> {
  const { zones } = options
  const tokens = new Set<string>()
  const rrsetIds = new Map<string, string>()
  const rrsetId = (owner: string) => {
    if (!rrsetIds.has(owner))
      rrsetIds.set(owner, `5e1ec7e1-0000-4000-8000-${String(rrsetIds.size).padStart(12, '0')}`)
    return rrsetIds.get(owner) as string
  }
  const zoneId = (zone: string) =>
    `2f0e0000-0000-4000-8000-${String(zones.zones.indexOf(zone)).padStart(12, '0')}`
  const rrsetOf = (owner: string) => {
    const records = zones.records(owner)
    if (records.length === 0) return undefined
    return {
      id: rrsetId(owner),
      name: `${owner}.`,
      type: 'TXT',
      ttl: records[0]?.ttl,
      records: records.map((r) => ({ content: `"${r.value}"`, disabled: false })),
    }
  }
  /** The values of a records list, or why it is refused. */
  const valuesOf = (records: unknown): string[] | string => {
    if (!Array.isArray(records) || records.length === 0) return 'records: at least one record is required'
    const values: string[] = []
    for (const record of records as { content?: unknown }[]) {
      if (typeof record?.content !== 'string' || !/^".*"$/.test(record.content)) {
        return 'records: TXT content must be a quoted string'
      }
      values.push(parseTxtContent(record.content))
    }
    return values
  }

  let nextToken = 1
  return serveFake((request) => {
    if (request.rawPath === '/identity/v3/auth/tokens' && request.method === 'POST') {
      const auth = (JSON.parse(request.text || '{}') as { auth?: KeystoneAuth }).auth
      const user = auth?.identity?.password?.user
      const ok =
        auth?.identity?.methods?.[0] === 'password' &&
        user?.name === options.username &&
        user?.domain?.name === options.accountId &&
        user?.password === options.password
      if (!ok) {
        return {
          status: 401,
          body: {
            error: {
              code: 401,
              message: 'The request you have made requires authentication.',
              title: 'Unauthorized',
            },
          },
        }
      }
      if (auth?.scope?.project?.id !== options.projectId) {
        return {
          status: 401,
          body: { error: { code: 401, message: 'not authorized on the project', title: 'Unauthorized' } },
        }
      }
      const token = `gAAAAAfake-token-${nextToken++}`
      tokens.add(token)
      return {
        status: 201,
        headers: { 'x-subject-token': token },
        body: { token: { project: { id: options.projectId } } },
      }
    }
    if (!request.rawPath.startsWith('/domains/v2/')) return fail(404, 'not_found', 'no such path')
    if (!tokens.has(String(request.headers['x-auth-token'] ?? ''))) {
      return fail(401, 'unauthorized', 'invalid or missing X-Auth-Token')
    }
    const parts = request.rawPath.slice('/domains/v2/'.length).split('/').map(decodeURIComponent)
    if (parts[0] !== 'zones') return fail(404, 'not_found', 'no such path')
    if (parts.length === 1 && request.method === 'GET') {
      const filter = request.query.get('filter') ?? ''
      const result = zones.zones
        .filter((z) => z.includes(filter))
        .map((z) => ({ id: zoneId(z), name: `${z}.` }))
      return { body: { count: result.length, next_offset: 0, result } }
    }
    const zone = zones.zones.find((z) => zoneId(z) === parts[1])
    if (zone === undefined || parts[2] !== 'rrset') return fail(404, 'zone_not_found', 'zone not found')
    if (parts.length === 3 && request.method === 'GET') {
      const name = (request.query.get('name') ?? '').toLowerCase().replace(/\.$/, '')
      const owners = [...new Set(zones.inZone(zone).map((r) => r.owner))].filter(
        (o) => name === '' || o === name,
      )
      const result = owners.map(rrsetOf).filter((r) => r !== undefined)
      return { body: { count: result.length, next_offset: 0, result } }
    }
    let body: { name?: unknown; type?: unknown; ttl?: unknown; records?: unknown } = {}
    if (request.text) {
      try {
        body = JSON.parse(request.text)
      } catch {
        return fail(400, 'bad_request', 'invalid JSON')
      }
    }
    const ttlOf = (value: unknown, fallback: number) => {
      const ttl = value === undefined ? fallback : Number(value)
      return Number.isInteger(ttl) && ttl >= 60 && ttl <= 604800 ? ttl : undefined
    }
    if (parts.length === 3 && request.method === 'POST') {
      if (typeof body.name !== 'string' || !body.name.endsWith('.') || body.type !== 'TXT') {
        return fail(400, 'bad_request', 'name must be an absolute name and type TXT')
      }
      const owner = body.name.toLowerCase().slice(0, -1)
      if (owner !== zone && !owner.endsWith(`.${zone}`))
        return fail(400, 'bad_request', 'name is outside the zone')
      if (rrsetOf(owner)) return fail(409, 'rrset_already_exists', 'rrset already exists')
      const ttl = ttlOf(body.ttl, 3600)
      if (ttl === undefined) return fail(400, 'bad_request', 'ttl must be from 60 to 604800')
      const values = valuesOf(body.records)
      if (typeof values === 'string') return fail(400, 'bad_request', values)
      zones.replace(zone, owner, values, ttl)
      return { status: 201, body: rrsetOf(owner) }
    }
    const owner = [...rrsetIds].find(([, id]) => id === parts[3])?.[0]
    const current = owner === undefined ? undefined : rrsetOf(owner)
    if (parts.length !== 4 || owner === undefined || current === undefined) {
      return fail(404, 'rrset_not_found', 'rrset not found')
    }
    if (request.method === 'PATCH') {
      const ttl = ttlOf(body.ttl, current.ttl as number)
      if (ttl === undefined) return fail(400, 'bad_request', 'ttl must be from 60 to 604800')
      const values = valuesOf(body.records)
      if (typeof values === 'string') return fail(400, 'bad_request', values)
      zones.replace(zone, owner, values, ttl)
      return { status: 204 }
    }
    if (request.method === 'DELETE') {
      zones.replace(zone, owner, [], 0)
      return { status: 204 }
    }
    return fail(405, 'method_not_allowed', 'method not allowed')
  })
}
