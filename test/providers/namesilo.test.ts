// NameSilo against a stateful fake of its GET API: records added and deleted one by one, XML answers read.
import { describe, expect, it } from 'vitest'
import { namesilo } from '../../src/providers/namesilo/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { namesiloReply, startFakeNamesilo } from '../support/fake-apis/namesilo.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const KEY = 'namesilo0key0secret0123'
const WRONG = 'namesilo0wrong0key0456'
const ZONE = 'example-validation.com'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones(['example.net', ZONE])
  const fake = await startFakeNamesilo({ key: KEY, zones })
  return {
    zones,
    fake,
    ...providerAgainst(namesilo, { origin: `${fake.origin}/api` }, { NAMESILO_API_KEY: KEY, ...env }),
  }
}

describe('namesilo', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 3600,
    badCredential: {
      env: { NAMESILO_API_KEY: WRONG },
      secret: WRONG,
      error: /namesilo: dnsListRecords failed: Invalid API Key \(110\)\. Check NAMESILO_API_KEY/,
    },
    throttled: { status: 429, headers: { 'retry-after': '5' }, body: 'Too Many Requests' },
  })

  it('adds apex and wildcard values one by one, the host relative to the domain, the key in the query', async () => {
    const { fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    const adds = fake.requests
      .filter((r) => r.rawPath === '/api/dnsAddRecord')
      .map((r) => Object.fromEntries(r.query))
    const add = (rrvalue: string) => ({
      ...{ version: '1', type: 'xml', key: KEY, domain: ZONE },
      ...{ rrtype: 'TXT', rrhost: '_acme-challenge', rrvalue, rrttl: '3600' },
    })
    expect(adds).toEqual([add('apex'), add('wildcard')])
  })

  it('reads values the XML answer escapes', async () => {
    const { zones, provider } = await setup()
    zones.add(ZONE, OWNER, 'theirs & "quoted" <x>', 7207)
    zones.add(ZONE, OWNER, 'ours<&>', 7207)
    await provider.remove(ZONE, OWNER, ['ours<&>'])
    expect(zones.values(OWNER)).toEqual(['theirs & "quoted" <x>'])
  })

  it('names NAMESILO_API_KEY after one request when the key is unknown, without trying other domains', async () => {
    const { fake, provider } = await setup({ NAMESILO_API_KEY: WRONG })
    await expect(provider.append(`deep.${ZONE}`, `_acme-challenge.deep.${ZONE}`, ['v1'])).rejects.toThrow(
      'namesilo: dnsListRecords failed: Invalid API Key (110). Check NAMESILO_API_KEY (NameSilo does not know this key)',
    )
    expect(fake.requests).toHaveLength(1)
  })

  it('says which domains it tried when none is in the account', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /namesilo: no domain for _acme-challenge\.other\.test .*tried other\.test.*NAMESILO_API_KEY/,
    )
  })

  it('reports a refused add with the reply detail', async () => {
    const { provider, fake } = await setup()
    await provider.append(ZONE, OWNER, ['v0'])
    fake.interrupt(namesiloReply('dnsListRecords', 300, 'success'))
    fake.interrupt(namesiloReply('dnsAddRecord', 280, 'DNS modification error'))
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      'namesilo: dnsAddRecord failed: DNS modification error (280)',
    )
  })

  it('refuses a TTL outside 3600 to 2592000 before any request', async () => {
    const { fake } = await setup()
    for (const ttl of ['600', '2592001']) {
      expect(() =>
        providerAgainst(
          namesilo,
          { origin: `${fake.origin}/api` },
          { NAMESILO_API_KEY: KEY, NAMESILO_TTL: ttl },
        ),
      ).toThrow(`NAMESILO_TTL must be a whole number of seconds from 3600 to 2592000; got "${ttl}"`)
    }
    expect(fake.requests).toEqual([])
  })
})
