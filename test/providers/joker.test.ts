// Joker.com against a stateful fake of its DMAPI: one login per run, the whole zone written back with our lines
// added or left out, read back until it holds, logout at the end.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { joker, parseAnswer, txtLine } from '../../src/providers/joker/index.js'
import { startFakeJoker } from '../support/fake-apis/joker.js'
import { providerAgainst } from '../support/provider-harness.js'

const KEY = 'joker-api-key-4f3e2d1c'
const ZONE = 'example-validation.net'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = { JOKER_API_KEY: KEY }) {
  const fake = await startFakeJoker({
    apiKey: KEY,
    username: 'ops@example.net',
    password: 'pw-Secr3t',
    zones: [ZONE],
  })
  return { fake, ...fake, ...providerAgainst(joker, fake.api, env, '/request') }
}

function site(fake: Awaited<ReturnType<typeof setup>>['fake']) {
  fake.otherLines.set(ZONE, ['$dyndns=yes:dyn-user:dyn-pass'])
  fake.store.add(ZONE, { name: ZONE, type: 'A', data: '192.0.2.10', ttl: 3600 })
  fake.store.add(ZONE, { name: OWNER, type: 'TXT', data: 'keep-me', ttl: 120 })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('joker', () => {
  it('appends apex and wildcard in one put of the whole zone, keeping every other line, then reads it back', async () => {
    const { fake, provider, store, requests, otherLines } = await setup()
    site(fake)
    await provider.append(ZONE, OWNER, ['apex', 'wildcard', 'keep-me'])
    expect(store.txt(OWNER)).toEqual(['apex', 'keep-me', 'wildcard'])
    expect(store.records(ZONE).map((r) => r.type)).toEqual(['A', 'TXT', 'TXT', 'TXT'])
    expect(otherLines.get(ZONE)).toEqual(['$dyndns=yes:dyn-user:dyn-pass'])
    expect(requests).toEqual(['login', 'dns-zone-get', 'dns-zone-get', 'dns-zone-put', 'dns-zone-get'])
    const put = fake.api.requests.find((r) => r.segments[1] === 'dns-zone-put')
    expect(put?.form.get('zone')?.split('\n').slice(-2)).toEqual([
      '_acme-challenge TXT 0 "apex" 120',
      '_acme-challenge TXT 0 "wildcard" 120',
    ])
  })

  it('removes only our values, and writes at the apex as @', async () => {
    const { fake, provider, store } = await setup()
    site(fake)
    await provider.append(ZONE, ZONE, ['at-apex'])
    await provider.append(ZONE, OWNER, ['ours'])
    await provider.remove(ZONE, OWNER, ['ours', 'never-written'])
    await provider.remove(ZONE, ZONE, ['at-apex'])
    expect(store.txt(OWNER)).toEqual(['keep-me'])
    expect(store.txt(ZONE)).toEqual([])
    expect(store.records(ZONE)).toHaveLength(2)
  })

  it('reads a value Joker answers with a space before its closing quote as the value itself', async () => {
    const { fake, provider, store, requests } = await setup()
    site(fake)
    fake.spaceBeforeQuote = true
    await provider.append(ZONE, OWNER, ['keep-me'])
    expect(requests).not.toContain('dns-zone-put')
    await provider.remove(ZONE, OWNER, ['keep-me'])
    expect(store.txt(OWNER)).toEqual([])
  })

  it('puts our value back when another writer’s zone replaced it after our put', async () => {
    const { fake, provider, store, host, requests } = await setup()
    site(fake)
    const stale = store.records(ZONE)
    let raced = false
    fake.afterPut = () => {
      if (raced) return
      raced = true
      store.replace(ZONE, stale)
    }
    await provider.append(ZONE, OWNER, ['ours'])
    expect(store.txt(OWNER)).toEqual(['keep-me', 'ours'])
    expect(requests.filter((r) => r === 'dns-zone-put')).toHaveLength(2)
    expect(host.lines.join('\n')).toMatch(/lost a value of ours to another writer/)
  })

  it('logs in once for the run, again after an hour without requests, and logs out at close', async () => {
    const { provider, sessions, requests } = await setup()
    vi.useFakeTimers({ toFake: ['Date'] })
    await provider.append(ZONE, OWNER, ['v1'])
    vi.setSystemTime(Date.now() + 56 * 60_000)
    await provider.remove(ZONE, OWNER, ['v1'])
    await provider.close?.()
    expect(requests.filter((r) => r === 'login')).toHaveLength(2)
    expect(requests.at(-1)).toBe('logout')
    expect([...sessions.values()].filter((s) => s.open)).toHaveLength(1)
  })

  it('logs in with the user name and password when no API key is given', async () => {
    const { fake } = await setup()
    const { provider } = providerAgainst(
      joker,
      fake.api,
      { JOKER_USERNAME: 'ops@example.net', JOKER_PASSWORD: 'pw-Secr3t' },
      '/request',
    )
    await provider.append(ZONE, OWNER, ['v1'])
    expect(fake.store.txt(OWNER)).toEqual(['v1'])
    const login = fake.api.requests[0]
    expect(Object.fromEntries(login?.form ?? [])).toEqual({
      username: 'ops@example.net',
      password: 'pw-Secr3t',
    })
  })

  it('names JOKER_API_KEY when the login is refused, never shows the key, and masks the session id', async () => {
    const { fake, provider: good, host: goodHost, sessions } = await setup()
    const { provider, host } = providerAgainst(
      joker,
      fake.api,
      { JOKER_API_KEY: 'wrong-key-123' },
      '/request',
    )
    const error = (await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)) as Error
    expect(error.message).toBe(
      'joker: login failed: Authentication error (2200): Invalid credentials. Check JOKER_API_KEY',
    )
    expect(host.masked).toContain('wrong-key-123')
    await good.append(ZONE, OWNER, ['v1'])
    expect(goodHost.masked).toContain([...sessions.keys()][0])
  })

  it('says which zones it tried when the account has none of them', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /joker: no zone for _acme-challenge\.other\.test .*tried other\.test/,
    )
  })

  it('refuses the SVC mode and a value that cannot be written as a zone line, before any request', async () => {
    const { api } = await setup()
    expect(() =>
      providerAgainst(joker, api, { JOKER_API_KEY: KEY, JOKER_API_MODE: 'SVC' }, '/request'),
    ).toThrow(/JOKER_API_MODE must be DMAPI; got "SVC"/)
    const { provider } = providerAgainst(joker, api, { JOKER_API_KEY: KEY }, '/request')
    await expect(provider.append(ZONE, OWNER, ['a"b'])).rejects.toThrow(/may not hold quotes/)
    expect(api.requests).toEqual([])
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, store, api, sleeps } = await setup()
    api.interrupt(1, { status: 429, headers: { 'retry-after': '2' }, body: 'Too Many Requests' })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps[0]).toBe(2000)
    expect(store.txt(OWNER)).toEqual(['v1'])
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
