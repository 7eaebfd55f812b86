// A fake INWX DomRobot JSON-RPC API (https://www.inwx.com/en/help/apidoc): POST {method, params} to /jsonrpc/,
// every answer HTTP 200 with {code, msg, resData}. account.login sets the domrobot session cookie and reports
// tfa; with two-factor authentication on, nothing but account.unlock works until a TOTP code is accepted (each
// code once, RFC 6238 5.2, a step either side allowed). nameserver.info/createRecord/deleteRecord keep the
// records; TTL under 300 and missing parameters are refused as INWX refuses them.
import { randomBytes } from 'node:crypto'
import { base32Key, totp } from '../../../src/providers/inwx/totp.js'
import { type FakeServer, jsonBody, type MemoryRecord, type MemoryZones, serveFake } from './memory.js'

export interface FakeInwxOptions {
  readonly user: string
  readonly password: string
  /** Base32 shared secret: the account has two-factor authentication on. */
  readonly sharedSecret?: string
  readonly zones: MemoryZones
}

export interface FakeInwx extends FakeServer {
  /** Session ids given out, and whether each is still open. */
  readonly sessions: Map<string, { unlocked: boolean; open: boolean }>
  /** TOTP codes accepted, in order. */
  readonly acceptedTans: string[]
  readonly refusedTans: string[]
  /** Calls by method name, in order. */
  readonly calls: string[]
}

const answer = (code: number, msg: string, resData?: object) => ({
  body: { code, msg, ...(resData === undefined ? {} : { resData }) },
})
const MIN_TTL = 300

export async function startFakeInwx(options: FakeInwxOptions): Promise<FakeInwx> {
  const { zones } = options
  const sessions = new Map<string, { unlocked: boolean; open: boolean }>()
  const acceptedTans: string[] = []
  const refusedTans: string[] = []
  const calls: string[] = []
  const key = options.sharedSecret === undefined ? undefined : base32Key(options.sharedSecret)
  const shown = (r: MemoryRecord) => ({
    id: Number(r.id),
    name: r.owner,
    type: r.type,
    content: r.value,
    ttl: r.ttl,
    prio: 0,
  })

  const server = await serveFake((request) => {
    if (request.method !== 'POST' || request.rawPath !== '/jsonrpc/')
      return { status: 404, body: 'Not Found' }
    const rpc = jsonBody(request) as { method?: unknown; params?: Record<string, unknown> }
    if (typeof rpc?.method !== 'string') return answer(2400, 'Command failed')
    const method = rpc.method
    const params = rpc.params ?? {}
    calls.push(method)

    if (method === 'account.login') {
      if (params.user !== options.user || params.pass !== options.password) {
        return answer(2200, 'Authentication error')
      }
      const sid = randomBytes(16).toString('hex')
      sessions.set(sid, { unlocked: key === undefined, open: true })
      return {
        ...answer(1000, 'Command completed successfully', {
          customerId: 4711,
          accountId: 4712,
          tfa: key === undefined ? '0' : 'GOOGLE-AUTH',
          builddate: '2025-01-30',
          version: '3.0',
        }),
        headers: { 'set-cookie': `domrobot=${sid}; path=/; secure; HttpOnly` },
      }
    }
    const sid = /(?:^|;\s*)domrobot=([^;]+)/.exec(String(request.headers.cookie ?? ''))?.[1]
    const session = sid === undefined ? undefined : sessions.get(sid)
    if (session === undefined || !session.open) return answer(2200, 'Authentication error')

    if (method === 'account.unlock') {
      const tan = String(params.tan ?? '')
      const now = Date.now()
      const valid = [-30_000, 0, 30_000].some((skew) => key !== undefined && totp(key, now + skew) === tan)
      if (!valid || acceptedTans.includes(tan)) {
        refusedTans.push(tan)
        return answer(2200, 'Authentication error', undefined)
      }
      acceptedTans.push(tan)
      session.unlocked = true
      return answer(1000, 'Command completed successfully')
    }
    if (method === 'account.logout') {
      session.open = false
      return answer(1500, 'Command completed successfully; ending session')
    }
    if (!session.unlocked) return answer(2200, 'Authentication error')

    if (method === 'nameserver.info') {
      const domain = String(params.domain ?? '').toLowerCase()
      if (!zones.has(domain)) return answer(2303, 'Object does not exist')
      const records = zones
        .inZone(domain)
        .filter((r) => params.name === undefined || r.owner === String(params.name).toLowerCase())
        .filter((r) => params.type === undefined || r.type === params.type)
      return answer(1000, 'Command completed successfully', {
        roId: 99,
        domain,
        type: 'MASTER',
        count: records.length,
        record: records.map(shown),
      })
    }
    if (method === 'nameserver.createRecord') {
      const domain = String(params.domain ?? '').toLowerCase()
      if (
        typeof params.type !== 'string' ||
        typeof params.content !== 'string' ||
        params.domain === undefined
      ) {
        return answer(2003, 'Required parameter missing')
      }
      if (!zones.has(domain)) return answer(2303, 'Object does not exist')
      if (params.ttl !== undefined && (!Number.isInteger(params.ttl) || (params.ttl as number) < MIN_TTL)) {
        return answer(2004, 'Parameter value range error', undefined)
      }
      const given = String(params.name ?? '').toLowerCase()
      // a name inside the domain is taken as is; any other as a name relative to it
      const name =
        given === ''
          ? domain
          : given === domain || given.endsWith(`.${domain}`)
            ? given
            : `${given}.${domain}`
      const duplicate = zones.records(name, params.type).some((r) => r.value === params.content)
      if (duplicate) return answer(2302, 'Object exists')
      const stored = zones.add(
        domain,
        name,
        params.content,
        (params.ttl as number | undefined) ?? 3600,
        params.type,
      )
      return answer(1000, 'Command completed successfully', { id: Number(stored.id) })
    }
    if (method === 'nameserver.deleteRecord') {
      return zones.delete(String(params.id ?? ''))
        ? answer(1000, 'Command completed successfully')
        : answer(2303, 'Object does not exist')
    }
    return answer(2000, 'Unknown command')
  })
  return Object.assign(server, { sessions, acceptedTans, refusedTans, calls })
}
