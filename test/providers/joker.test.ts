// Joker.com against a stateful fake of its DMAPI: one login per run, the whole zone written back with our lines
// added or left out, read back until it holds, logout at the end.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { joker, parseAnswer, txtLine } from '../../src/providers/joker/index.js'
import { startFakeJoker } from '../support/fake-apis/joker.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const KEY = 'joker-api-key-4f3e2d1c'
const ZONE = 'example-validation.net'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones(['example.org', ZONE])
  const fake = await startFakeJoker({
    apiKey: KEY,
    username: 'ops@example.net',
    password: 'pw-Secr3t',
    zones,
  })
  const given = env.JOKER_USERNAME ? env : { JOKER_API_KEY: KEY, ...env }
  return { zones, fake, ...providerAgainst(joker, { origin: `${fake.origin}/request` }, given) }
}

function site(fake: Awaited<ReturnType<typeof setup>>['fake'], zones: MemoryZones) {
  fake.otherLines.set(ZONE, ['$dyndns=yes:dyn-user:dyn-pass'])
  zones.add(ZONE, ZONE, '192.0.2.10', 3600, 'A')
  zones.add(ZONE, OWNER, 'keep-me', 120)
}

afterEach(() => {
  vi.useRealTimers()
})

describe('joker', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 120,
    badCredential: {
      env: { JOKER_API_KEY: 'wrong-key-123' },
      secret: 'wrong-key-123',
      error: /joker: login failed: Authentication error \(2200\): Invalid credentials\. Check JOKER_API_KEY/,
    },
    throttled: { status: 429, headers: { 'retry-after': '2' }, body: 'Too Many Requests' },
    wholeSetWrite: (request) => request.rawPath === '/request/dns-zone-put',
    wholeSetRead: (request) => request.rawPath === '/request/dns-zone-get',
  })

  it('appends apex and wildcard in one put of the whole zone, keeping every other line, then reads it back', async () => {
    const { zones, fake, provider } = await setup()
    site(fake, zones)
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    expect(zones.values(OWNER)).toEqual(['apex', 'keep-me', 'wildcard'])
    expect(zones.inZone(ZONE).map((r) => r.type)).toEqual(['A', 'TXT', 'TXT', 'TXT'])
    expect(fake.otherLines.get(ZONE)).toEqual(['$dyndns=yes:dyn-user:dyn-pass'])
    expect(fake.calls).toEqual(['login', 'dns-zone-get', 'dns-zone-get', 'dns-zone-put', 'dns-zone-get'])
    const put = fake.requests.find((r) => r.rawPath === '/request/dns-zone-put')
    expect(new URLSearchParams(put?.text).get('zone')?.split('\n').slice(-2)).toEqual([
      '_acme-challenge TXT 0 "apex" 120',
      '_acme-challenge TXT 0 "wildcard" 120',
    ])
  })

  it('reads a value Joker answers with a space before its closing quote as the value itself', async () => {
    const { zones, fake, provider } = await setup()
    site(fake, zones)
    fake.spaceBeforeQuote = true
    await provider.append(ZONE, OWNER, ['keep-me'])
    expect(fake.calls).not.toContain('dns-zone-put')
    await provider.remove(ZONE, OWNER, ['keep-me'])
    expect(zones.values(OWNER)).toEqual([])
  })

  it('puts our value back when another writer’s zone replaced it after our put', async () => {
    const { zones, fake, provider, host } = await setup()
    site(fake, zones)
    const stale = zones.inZone(ZONE)
    let raced = false
    fake.afterPut = () => {
      if (raced) return
      raced = true
      zones.replaceZone(ZONE, stale)
    }
    await provider.append(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual(['keep-me', 'ours'])
    expect(fake.calls.filter((r) => r === 'dns-zone-put')).toHaveLength(2)
    expect(host.lines.join('\n')).toMatch(/lost a value of ours to another writer/)
  })

  it('logs in once for the run, again after an hour without requests, and logs out at close', async () => {
    const { provider, fake } = await setup()
    vi.useFakeTimers({ toFake: ['Date'] })
    await provider.append(ZONE, OWNER, ['v1'])
    vi.setSystemTime(Date.now() + 56 * 60_000)
    await provider.remove(ZONE, OWNER, ['v1'])
    await provider.close?.()
    expect(fake.calls.filter((r) => r === 'login')).toHaveLength(2)
    expect(fake.calls.at(-1)).toBe('logout')
    expect([...fake.sessions.values()].filter((s) => s.open)).toHaveLength(1)
  })

  it('logs in with the user name and password when no API key is given', async () => {
    const { zones, fake, provider } = await setup({
      JOKER_USERNAME: 'ops@example.net',
      JOKER_PASSWORD: 'pw-Secr3t',
    })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual(['v1'])
    expect(Object.fromEntries(new URLSearchParams(fake.requests[0]?.text))).toEqual({
      username: 'ops@example.net',
      password: 'pw-Secr3t',
    })
  })

  it('masks the session id as soon as it has one', async () => {
    const { provider, fake, host } = await setup()
    await provider.append(ZONE, OWNER, ['v1'])
    expect(host.masked).toContain([...fake.sessions.keys()][0])
  })

  it('says which zones it tried when the account has none of them', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /joker: no zone for _acme-challenge\.other\.test .*tried other\.test/,
    )
  })

  it('refuses the SVC mode and a value that cannot be written as a zone line, before any request', async () => {
    const { fake } = await setup()
    const origin = { origin: `${fake.origin}/request` }
    expect(() => providerAgainst(joker, origin, { JOKER_API_KEY: KEY, JOKER_API_MODE: 'SVC' })).toThrow(
      /JOKER_API_MODE must be DMAPI; got "SVC"/,
    )
    const { provider } = providerAgainst(joker, origin, { JOKER_API_KEY: KEY })
    await expect(provider.append(ZONE, OWNER, ['a"b'])).rejects.toThrow(/may not hold quotes/)
    expect(fake.requests).toEqual([])
  })
})

describe('joker answers and zone lines', () => {
  it('reads the header lines and the body of a DMAPI answer', () => {
    expect(
      parseAnswer('Status-Code: 0\r\nStatus-Text: OK\r\nAuth-Sid: abc\r\n\r\n@ A 0 192.0.2.1 3600'),
    ).toEqual({
      headers: { 'status-code': '0', 'status-text': 'OK', 'auth-sid': 'abc' },
      body: '@ A 0 192.0.2.1 3600',
      statusCode: 0,
    })
    expect(parseAnswer('<html>Bad Gateway</html>').statusCode).toBe(-1)
  })

  it('reads TXT lines and nothing else', () => {
    expect(txtLine('_acme-challenge TXT 0 "v1" 120')).toEqual({ label: '_acme-challenge', value: 'v1' })
    expect(txtLine('@ TXT 0 "v=spf1 -all" 3600')).toEqual({ label: '@', value: 'v=spf1 -all' })
    expect(txtLine('@ MX 10 mail.example.net 3600')).toBeUndefined()
    expect(txtLine('$dyndns=yes:user:pass')).toBeUndefined()
  })
})
