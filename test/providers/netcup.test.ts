// netcup against a stateful fake of its CCP DNS API: one login per run, the zone's whole record set written
// back with ours added or marked deleted, read back until it holds, logout at the end.
import { describe, expect, it } from 'vitest'
import { netcup } from '../../src/providers/netcup/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeNetcup } from '../support/fake-apis/netcup.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const CUSTOMER = '123456'
const KEY = 'netcup-api-key-0123456789'
const PASSWORD = 'netcup-api-password-Secr3t'
const ZONE = 'validation-example.de'
const OWNER = `_acme-challenge.${ZONE}`
const PATH = '/run/webservice/servers/endpoint.php'
const ENV = { NETCUP_CUSTOMER_NUMBER: CUSTOMER, NETCUP_API_KEY: KEY, NETCUP_API_PASSWORD: PASSWORD }

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones(['example.de', ZONE])
  const fake = await startFakeNetcup({ customer: CUSTOMER, apiKey: KEY, apiPassword: PASSWORD, zones })
  return {
    zones,
    fake,
    ...providerAgainst(netcup, { origin: `${fake.origin}${PATH}?JSON` }, { ...ENV, ...env }),
  }
}

function site(zones: MemoryZones) {
  zones.add(ZONE, ZONE, '192.0.2.10', 86400, 'A')
  zones.add(ZONE, `www.${ZONE}`, `${ZONE}.`, 86400, 'CNAME')
  zones.add(ZONE, OWNER, 'keep-me', 86400)
}

const action = (request: { text: string }) => (JSON.parse(request.text) as { action?: string }).action

type Update = { action: string; param: { dnsrecordset: { dnsrecords: { deleterecord: boolean }[] } } }
const updates = (requests: { text: string }[]) =>
  requests.map((r) => JSON.parse(r.text) as Update).filter((u) => u.action === 'updateDnsRecords')

describe('netcup', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 86400,
    badCredential: {
      env: { NETCUP_API_PASSWORD: 'wrong-password-x' },
      secret: 'wrong-password-x',
      error:
        /netcup: login failed: Validation Error\. \(4013\).*Check NETCUP_CUSTOMER_NUMBER, NETCUP_API_KEY and NETCUP_API_PASSWORD/,
    },
    wholeSetWrite: (request) => action(request) === 'updateDnsRecords',
    wholeSetRead: (request) => action(request) === 'infoDnsRecords',
    throttled: {
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
    },
  })

  it('appends apex and wildcard in one write of the whole set, keeping every other record, then reads it back', async () => {
    const { zones, provider, fake } = await setup()
    site(zones)
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    expect(zones.values(OWNER)).toEqual(['apex', 'keep-me', 'wildcard'])
    expect(zones.inZone(ZONE).map((r) => r.type)).toEqual(['A', 'CNAME', 'TXT', 'TXT', 'TXT'])
    expect(fake.actions).toEqual([
      'login',
      'infoDnsZone',
      'infoDnsRecords',
      'updateDnsRecords',
      'infoDnsRecords',
    ])
  })

  it('writes into a zone that has no records yet (which netcup answers as an error)', async () => {
    const { zones, provider } = await setup()
    await provider.append(ZONE, ZONE, ['at-apex'])
    expect(zones.values(ZONE)).toEqual(['at-apex'])
  })

  it('removes ours by marking them deleted, every other record written back as it was', async () => {
    const { zones, provider, fake } = await setup()
    site(zones)
    zones.add(ZONE, OWNER, 'ours', 86400)
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual(['keep-me'])
    expect(zones.inZone(ZONE)).toHaveLength(3)
    const sent = updates(fake.requests).at(-1)?.param.dnsrecordset.dnsrecords ?? []
    expect(sent.map((r) => r.deleterecord)).toEqual([false, false, false, true])
  })

  it('puts our value back when another writer’s set replaced it after our write', async () => {
    const { zones, fake, provider, host } = await setup()
    site(zones)
    const stale = zones.inZone(ZONE)
    let raced = false
    fake.afterUpdate = () => {
      if (raced) return
      raced = true
      zones.replaceZone(ZONE, stale)
    }
    await provider.append(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual(['keep-me', 'ours'])
    expect(updates(fake.requests)).toHaveLength(2)
    expect(host.lines.join('\n')).toMatch(/lost a value of ours to another writer; writing it again/)
  })

  it('logs in once for the run and logs out at close; an expired session is logged into again', async () => {
    const { zones, provider, fake } = await setup()
    await provider.append(ZONE, OWNER, ['v1'])
    for (const session of fake.sessions.values()) session.open = false
    await provider.remove(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual([])
    await provider.close?.()
    expect(fake.actions.filter((a) => a === 'login')).toHaveLength(2)
    expect(fake.actions.at(-1)).toBe('logout')
    expect([...fake.sessions.values()].every((s) => !s.open)).toBe(true)
  })

  it('plans a write again on a fresh read when the session expired just before it', async () => {
    const { zones, fake, provider } = await setup()
    site(zones)
    fake.expireBefore = 'updateDnsRecords'
    await provider.append(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual(['keep-me', 'v1'])
    const afterFailedWrite = fake.actions.slice(fake.actions.indexOf('updateDnsRecords'))
    expect(afterFailedWrite.slice(0, 3)).toEqual(['updateDnsRecords', 'login', 'infoDnsRecords'])
  })

  it('waits out the whole minute of the requests-per-minute limit', async () => {
    const { fake, provider, sleeps } = await setup()
    fake.interrupt({
      body: { status: 'error', statuscode: 4013, longmessage: 'More than 180 requests per minute.' },
    })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps[0]).toBe(60_000)
  })

  it('masks the session id as soon as it has one', async () => {
    const { provider, fake, host } = await setup()
    await provider.append(ZONE, OWNER, ['v1'])
    expect(host.masked).toContain([...fake.sessions.keys()][0])
  })

  it('refuses a customer number that is not a number before any request', async () => {
    const { fake } = await setup()
    expect(() =>
      providerAgainst(
        netcup,
        { origin: `${fake.origin}${PATH}?JSON` },
        { ...ENV, NETCUP_CUSTOMER_NUMBER: 'K-123' },
      ),
    ).toThrow('NETCUP_CUSTOMER_NUMBER must be the customer number (digits only); got "K-123"')
    expect(fake.requests).toEqual([])
  })

  it('says which zones it tried when the account has none of them', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /netcup: no DNS zone for _acme-challenge\.other\.test .*tried other\.test/,
    )
  })
})
