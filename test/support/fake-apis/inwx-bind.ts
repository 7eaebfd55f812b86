// A fake INWX DomRobot JSON-RPC API with the bed's BIND as its store, for the end-to-end runs: account.login
// sets the domrobot session cookie, account.logout ends it, nameserver.info lists the TXT records BIND serves,
// nameserver.createRecord and nameserver.deleteRecord write by RFC 2136. Record ids are stable per owner and
// value, as a real API's stored record keeps its id. (The unit tests' fake is ./inwx.ts.)
import { randomBytes } from 'node:crypto'
import {
  type BindStore,
  type FakeApi,
  normalize,
  owningZone,
  type Reply,
  stableId,
  startFakeApi,
} from './common.js'

export interface FakeInwxBindOptions {
  readonly user: string
  readonly password: string
  readonly zones: readonly string[]
  readonly bind: BindStore
}

export interface FakeInwxBind extends FakeApi {
  /** Every session given out, and whether it is still open. */
  readonly sessions: Map<string, { open: boolean }>
}

const answer = (code: number, msg: string, resData?: object): Reply => ({
  status: 200,
  body: { code, msg, ...(resData === undefined ? {} : { resData }) },
})

export async function startFakeInwxBind(options: FakeInwxBindOptions): Promise<FakeInwxBind> {
  const zones = options.zones.map(normalize)
  const sessions = new Map<string, { open: boolean }>()
  // ids the fake gave out, so deleteRecord finds the owner and value of an id
  const byId = new Map<number, { zone: string; owner: string; value: string }>()
  const idOf = (zone: string, owner: string, value: string) => {
    const id = Number.parseInt(stableId('inwx', owner, value).slice(0, 7), 16)
    byId.set(id, { zone, owner, value })
    return id
  }

  const api = await startFakeApi('/jsonrpc/', async (request, req) => {
    if (request.method !== 'POST' || request.path !== '/jsonrpc/') return { status: 404, body: 'Not Found' }
    const { method, params = {} } = (request.body ?? {}) as {
      method?: string
      params?: Record<string, unknown>
    }
    if (method === 'account.login') {
      if (params.user !== options.user || params.pass !== options.password)
        return answer(2200, 'Authentication error')
      const sid = randomBytes(16).toString('hex')
      sessions.set(sid, { open: true })
      return {
        ...answer(1000, 'Command completed successfully', { customerId: 1, accountId: 1, tfa: '0' }),
        headers: { 'set-cookie': `domrobot=${sid}; path=/; secure; HttpOnly` },
      }
    }
    const sid = /(?:^|;\s*)domrobot=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1] ?? ''
    const session = sessions.get(sid)
    if (session === undefined || !session.open) return answer(2200, 'Authentication error')
    if (method === 'account.logout') {
      session.open = false
      return answer(1500, 'Command completed successfully; ending session')
    }
    if (method === 'nameserver.deleteRecord') {
      const record = byId.get(Number(params.id))
      if (record === undefined) return answer(2303, 'Object does not exist')
      await options.bind.remove(record.zone, record.owner, [record.value])
      return answer(1000, 'Command completed successfully')
    }
    const zone = normalize(String(params.domain ?? ''))
    if (!zones.includes(zone)) return answer(2303, 'Object does not exist')
    if (method === 'nameserver.info') {
      if (params.type !== 'TXT' || params.name === undefined) {
        return answer(1000, 'Command completed successfully', { domain: zone, count: 0, record: [] })
      }
      const owner = normalize(String(params.name))
      const txt = await options.bind.read(owner)
      return answer(1000, 'Command completed successfully', {
        domain: zone,
        count: txt.length,
        record: txt.map((t) => ({
          id: idOf(zone, owner, t.value),
          name: owner,
          type: 'TXT',
          content: t.value,
          ttl: t.ttl,
          prio: 0,
        })),
      })
    }
    if (method === 'nameserver.createRecord') {
      const owner = normalize(String(params.name ?? ''))
      if (params.type !== 'TXT' || typeof params.content !== 'string') {
        return answer(2400, 'Command failed', undefined)
      }
      if (owningZone(zones, owner) !== zone) return answer(2005, 'Parameter value syntax error')
      if (!Number.isInteger(params.ttl) || (params.ttl as number) < 300)
        return answer(2004, 'Parameter value range error')
      if ((await options.bind.read(owner)).some((t) => t.value === params.content))
        return answer(2302, 'Object exists')
      await options.bind.add(zone, owner, [params.content], params.ttl as number)
      return answer(1000, 'Command completed successfully', { id: idOf(zone, owner, params.content) })
    }
    return answer(2000, 'Unknown command')
  })
  return { ...api, sessions }
}
