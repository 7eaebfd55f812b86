// NameSilo against a stateful fake of its GET API: records added and deleted one by one, XML answers read.
import { describe, expect, it } from 'vitest'
import { namesilo } from '../../src/providers/namesilo/index.js'
import { namesiloReply, startFakeNamesilo } from '../support/fake-apis/namesilo.js'
import { providerAgainst } from '../support/provider-harness.js'

const KEY = 'namesilo0key0secret0123'
const ZONE = 'example-validation.com'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const fake = await startFakeNamesilo(KEY, [ZONE])
  return { ...fake, ...providerAgainst(namesilo, fake.api, { NAMESILO_API_KEY: KEY, ...env }, '/api') }
}

describe('namesilo', () => {
  it('adds apex and wildcard values beside a value already there, each with the host relative to the domain', async () => {
    const { provider, store, api } = await setup()
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'keep-me', ttl: 7207 })
    await provider.append(ZONE, OWNER, ['apex', 'wildcard', 'keep-me'])
    expect(store.txt(OWNER)).toEqual(['apex', 'keep-me', 'wildcard'])
    const adds = api.requests
      .filter((r) => r.segments[1] === 'dnsAddRecord')
      .map((r) => Object.fromEntries(r.query))
    const add = (rrvalue: string) => ({
      ...{ version: '1', type: 'xml', key: KEY, domain: ZONE },
      ...{ rrtype: 'TXT', rrhost: '_acme-challenge', rrvalue, rrttl: '3600' },
    })
    expect(adds).toEqual([add('apex'), add('wildcard')])
  })

  it('removes only our values, reading values the XML answer escapes', async () => {
    const { provider, store } = await setup()
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'theirs & "quoted" <x>', ttl: 7207 })
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'ours<&>', ttl: 7207 })
    await provider.remove(ZONE, OWNER, ['ours<&>'])
    expect(store.txt(OWNER)).toEqual(['theirs & "quoted" <x>'])
  })

  it('writes at the apex with an empty host, and finds the domain walking up from the owner', async () => {
    const { provider, store } = await setup()
    await provider.append(ZONE, ZONE, ['at-apex'])
    expect(store.txt(ZONE)).toEqual(['at-apex'])
    await provider.append(`deep.${ZONE}`, `_acme-challenge.deep.${ZONE}`, ['deep'])
    expect(store.txt(`_acme-challenge.deep.${ZONE}`)).toEqual(['deep'])
  })

  it('says which domains it tried when none is in the account', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /namesilo: no domain for _acme-challenge\.other\.test .*tried other\.test.*NAMESILO_API_KEY/,
    )
  })

  it('names NAMESILO_API_KEY at once when the key is unknown, and never shows it', async () => {
    const fake = await startFakeNamesilo('another-key', [ZONE])
    const { provider, host } = providerAgainst(namesilo, fake.api, { NAMESILO_API_KEY: KEY }, '/api')
    const error = (await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)) as Error
    expect(error.message).toBe(
      'namesilo: dnsListRecords failed: Invalid API Key (110). Check NAMESILO_API_KEY (NameSilo does not know this key)',
    )
    expect(fake.api.requests).toHaveLength(1)
    expect(host.masked).toContain(KEY)
  })

  it('reports a refused add with the reply detail', async () => {
    const { provider, api } = await setup()
    await provider.append(ZONE, OWNER, ['v0'])
    api.interrupt(1, namesiloReply('dnsListRecords', 300, 'success'))
    api.interrupt(1, namesiloReply('dnsAddRecord', 280, 'DNS modification error'))
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      'namesilo: dnsAddRecord failed: DNS modification error (280)',
    )
  })

  it('refuses a TTL outside 3600 to 2592000 before any request', async () => {
    const { api } = await setup()
    for (const ttl of ['600', '2592001']) {
      expect(() =>
        providerAgainst(namesilo, api, { NAMESILO_API_KEY: KEY, NAMESILO_TTL: ttl }, '/api'),
      ).toThrow(`NAMESILO_TTL must be a whole number of seconds from 3600 to 2592000; got "${ttl}"`)
    }
    expect(api.requests).toEqual([])
  })

  it('keeps an owner that looks like a path in the query', async () => {
    const { provider, store, api } = await setup()
    const owner = `a%2f...${ZONE}`
    await provider.append(ZONE, owner, ['v1'])
    expect(store.txt(owner)).toEqual(['v1'])
    expect(api.requests.map((r) => r.segments.length)).toEqual(api.requests.map(() => 2))
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, store, api, sleeps } = await setup()
    api.interrupt(1, { status: 429, headers: { 'retry-after': '5' }, body: 'Too Many Requests' })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([5000])
    expect(store.txt(OWNER)).toEqual(['v1'])
  })
})
