// netcup against a stateful fake of its CCP DNS API: one login per run, the zone's whole record set written
// back with ours added or marked deleted, read back until it holds, logout at the end.
import { describe, expect, it } from 'vitest'
import { netcup } from '../../src/providers/netcup/index.js'
import { startFakeNetcup } from '../support/fake-apis/netcup.js'
import { providerAgainst } from '../support/provider-harness.js'

const CUSTOMER = '123456'
const KEY = 'netcup-api-key-0123456789'
const PASSWORD = 'netcup-api-password-Secr3t'
const ZONE = 'validation-example.de'
const OWNER = `_acme-challenge.${ZONE}`
const PATH = '/run/webservice/servers/endpoint.php'
const ENV = { NETCUP_CUSTOMER_NUMBER: CUSTOMER, NETCUP_API_KEY: KEY, NETCUP_API_PASSWORD: PASSWORD }

async function setup(env: Record<string, string> = ENV) {
  const fake = await startFakeNetcup({
    customer: CUSTOMER,
    apiKey: KEY,
    apiPassword: PASSWORD,
    zones: [ZONE],
  })
  return { fake, ...fake, ...providerAgainst(netcup, fake.api, env, `${PATH}?JSON`) }
}

const site = (store: Awaited<ReturnType<typeof setup>>['store']) => {
  store.add(ZONE, { name: ZONE, type: 'A', data: '192.0.2.10', ttl: 86400 })
  store.add(ZONE, { name: `www.${ZONE}`, type: 'CNAME', data: `${ZONE}.`, ttl: 86400 })
  store.add(ZONE, { name: OWNER, type: 'TXT', data: 'keep-me', ttl: 86400 })
}

describe('netcup', () => {
  it('appends apex and wildcard in one write of the whole set, keeping every other record, then reads it back', async () => {
    const { provider, store, actions } = await setup()
    site(store)
    const before = store.records(ZONE).map((r) => r.id)
    await provider.append(ZONE, OWNER, ['apex', 'wildcard', 'keep-me'])
    expect(store.txt(OWNER)).toEqual(['apex', 'keep-me', 'wildcard'])
    expect(
      store
        .records(ZONE)
        .map((r) => r.id)
        .slice(0, 3),
    ).toEqual(before)
    expect(store.txt(`www.${ZONE}`)).toEqual([])
    expect(store.records(ZONE).map((r) => r.type)).toEqual(['A', 'CNAME', 'TXT', 'TXT', 'TXT'])
    expect(actions).toEqual(['login', 'infoDnsZone', 'infoDnsRecords', 'updateDnsRecords', 'infoDnsRecords'])
  })

  it('writes into a zone that has no records yet (which netcup answers as an error)', async () => {
    const { provider, store } = await setup()
    await provider.append(ZONE, ZONE, ['at-apex'])
    expect(store.txt(ZONE)).toEqual(['at-apex'])
    expect(store.records(ZONE)[0]?.name).toBe(ZONE)
  })

  it('removes only our values by marking them deleted, everything else written back as it was', async () => {
    const { provider, store, api } = await setup()
    site(store)
    await provider.append(ZONE, OWNER, ['ours'])
    await provider.remove(ZONE, OWNER, ['ours', 'never-written'])
    expect(store.txt(OWNER)).toEqual(['keep-me'])
    expect(store.records(ZONE)).toHaveLength(3)
    type Update = { action: string; param: { dnsrecordset: { dnsrecords: { deleterecord: boolean }[] } } }
    const updates = api.requests.map((r) => r.json as Update).filter((u) => u.action === 'updateDnsRecords')
    const sent = updates.at(-1)?.param.dnsrecordset.dnsrecords ?? []
    expect(sent.map((r) => r.deleterecord)).toEqual([false, false, false, true])
  })

  it('puts our value back when another writer’s set replaced it after our write', async () => {
    const { fake, provider, store, host, actions } = await setup()
    site(store)
    const stale = store.records(ZONE)
    let raced = false
    fake.afterUpdate = () => {
      if (raced) return
      raced = true
      store.replace(ZONE, stale)
    }
    await provider.append(ZONE, OWNER, ['ours'])
    expect(store.txt(OWNER)).toEqual(['keep-me', 'ours'])
    expect(actions.filter((a) => a === 'updateDnsRecords')).toHaveLength(2)
    expect(host.lines.join('\n')).toMatch(/lost a value of ours to another writer; writing it again/)
  })

  it('logs in once for the run and logs out at close; an expired session is logged into again', async () => {
    const { provider, store, sessions, actions } = await setup()
    await provider.append(ZONE, OWNER, ['v1'])
    for (const session of sessions.values()) session.open = false
    await provider.remove(ZONE, OWNER, ['v1'])
    expect(store.txt(OWNER)).toEqual([])
    await provider.close?.()
    expect(actions.filter((a) => a === 'login')).toHaveLength(2)
    expect(actions.at(-1)).toBe('logout')
    expect([...sessions.values()].every((s) => !s.open)).toBe(true)
  })

  it('plans a write again on a fresh read when the session expired just before it', async () => {
    const { fake, provider, store, actions } = await setup()
    site(store)
    fake.expireBefore = 'updateDnsRecords'
    await provider.append(ZONE, OWNER, ['v1'])
    expect(store.txt(OWNER)).toEqual(['keep-me', 'v1'])
    const afterFailedWrite = actions.slice(actions.indexOf('updateDnsRecords'))
    expect(afterFailedWrite.slice(0, 3)).toEqual(['updateDnsRecords', 'login', 'infoDnsRecords'])
  })

  it('waits out the requests-per-minute limit netcup answers in the body, then goes on', async () => {
    const { provider, store, api, sleeps } = await setup()
    api.interrupt(1, {
      body: {
        serverrequestid: 'x',
        clientrequestid: '',
        action: 'login',
        status: 'error',
        statuscode: 4013,
        shortmessage: 'Validation Error.',
        longmessage: 'More than 180 requests per minute. Please wait and retry later.',
        responsedata: '',
      },
    })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps[0]).toBe(60_000)
    expect(store.txt(OWNER)).toEqual(['v1'])
  })

  it('names the three credentials when the login is refused, and shows neither key nor password', async () => {
    const { fake } = await setup()
    const { provider, host } = providerAgainst(
      netcup,
      fake.api,
      { ...ENV, NETCUP_API_PASSWORD: 'wrong-password-x' },
      `${PATH}?JSON`,
    )
    const error = (await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)) as Error
    expect(error.message).toMatch(
      /netcup: login failed: Validation Error\. \(4013\).*Check NETCUP_CUSTOMER_NUMBER, NETCUP_API_KEY and NETCUP_API_PASSWORD/,
    )
    expect(error.message).not.toContain('wrong-password-x')
    expect(error.message).not.toContain(KEY)
    expect(host.masked).toEqual(expect.arrayContaining([KEY, 'wrong-password-x']))
  })

  it('masks the session id as soon as it has one', async () => {
    const { provider, sessions, host } = await setup()
    await provider.append(ZONE, OWNER, ['v1'])
    expect(host.masked).toContain([...sessions.keys()][0])
  })

  it('refuses a customer number that is not a number before any request', async () => {
    const { api } = await setup()
    expect(() =>
      providerAgainst(netcup, api, { ...ENV, NETCUP_CUSTOMER_NUMBER: 'K-123' }, `${PATH}?JSON`),
    ).toThrow('NETCUP_CUSTOMER_NUMBER must be the customer number (digits only); got "K-123"')
    expect(api.requests).toEqual([])
  })

  it('says which zones it tried when the account has none of them, and keeps names out of the path', async () => {
    const { provider, api } = await setup()
    await expect(provider.append('a%2f..test', '_acme-challenge.a%2f..test', ['v1'])).rejects.toThrow(
      /netcup: no DNS zone for _acme-challenge\.a%2f\.\.test .*tried a%2f\.\.test/,
    )
    expect(new Set(api.requests.map((r) => r.rawPath))).toEqual(new Set([PATH]))
  })
})
