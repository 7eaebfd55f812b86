// easyDNS against a fake REST API that keeps its records: the contract, the requests it makes, and values a person
// entered in quotes.
import { describe, expect, it } from 'vitest'
import { easydns } from '../../src/providers/easydns/index.js'
import { startFakeEasyDns } from '../support/fake-apis/easydns.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'easydns-token-3c5e7a9b'
const KEY = 'easydns-key-1d2f4b6c8e'
const WRONG = 'not-the-key-0000'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones([ZONE])
  const fake = await startFakeEasyDns({ token: TOKEN, key: KEY, zones })
  return {
    zones,
    fake,
    ...providerAgainst(easydns, fake, { EASYDNS_TOKEN: TOKEN, EASYDNS_KEY: KEY, ...env }),
  }
}

describe('easydns', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 120,
    badCredential: {
      env: { EASYDNS_KEY: WRONG },
      secret: WRONG,
      error: /^easydns: GET .*HTTP 401.*Check EASYDNS_TOKEN and EASYDNS_KEY/s,
    },
    throttled: {
      status: 429,
      headers: { 'retry-after': '2' },
      body: { error: { code: 429, message: 'Too Many Requests' } },
    },
  })

  it('adds each value with PUT …/add/<domain>/TXT under the host relative to the domain, and deletes by id', async () => {
    const { fake, provider } = await setup({ EASYDNS_TTL: '300' })
    await provider.append(`www.${ZONE}`, `_acme-challenge.www.${ZONE}`, ['v1'])
    const writes = () => fake.requests.filter((r) => r.method !== 'GET')
    expect(writes().map((r) => [r.method, r.rawPath, r.query.toString(), JSON.parse(r.text)])).toEqual([
      [
        'PUT',
        `/zones/records/add/${ZONE}/TXT`,
        'format=json',
        { domain: ZONE, host: '_acme-challenge.www', ttl: '300', prio: '0', type: 'TXT', rdata: 'v1' },
      ],
    ])
    await provider.remove(ZONE, `_acme-challenge.www.${ZONE}`, ['v1'])
    expect(writes().at(-1)?.rawPath).toMatch(
      new RegExp(`^/zones/records/${ZONE.replace(/\./g, '\\.')}/\\d+$`),
    )
  })

  it('takes a value entered in quotes for the same value, so it is neither added twice nor left behind', async () => {
    const { zones, fake, provider } = await setup()
    zones.add(ZONE, OWNER, '"v1"')
    await provider.append(ZONE, OWNER, ['v1'])
    expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([])
    await provider.remove(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual([])
  })

  it('names the account when no domain of it holds the owner', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /^easydns: no domain of the account of EASYDNS_TOKEN holds _acme-challenge\.other\.test \(tried other\.test\)/,
    )
  })
})
