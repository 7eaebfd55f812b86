// Technitium DNS Server against a fake API that keeps its records: the contract, the token kept out of URLs, and
// answers that are HTTP 200 whatever happened.
import { describe, expect, it } from 'vitest'
import { technitium } from '../../src/providers/technitium/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeTechnitium } from '../support/fake-apis/technitium.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'technitium-token-5c2e9b7a41'
const WRONG = 'not-the-token-0000'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones([ZONE, 'example.org'])
  const fake = await startFakeTechnitium({ token: TOKEN, zones })
  return { zones, fake, ...providerAgainst(technitium, fake, { TECHNITIUM_API_TOKEN: TOKEN, ...env }) }
}

describe('technitium', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 120,
    badCredential: {
      env: { TECHNITIUM_API_TOKEN: WRONG },
      secret: WRONG,
      error: /^technitium: \/api\/zones\/records\/get failed: invalid-token: .*Check TECHNITIUM_API_TOKEN/,
    },
    // the server has no rate limit of its own; a reverse proxy in front of it may answer so
    throttled: { status: 429, headers: { 'retry-after': '2' }, body: 'Too Many Requests' },
  })

  it('sends the token in a form body, never in the URL, and lets the server pick the closest zone', async () => {
    const { zones, fake, provider } = await setup({ TECHNITIUM_TTL: '60' })
    await provider.append(ZONE, OWNER, ['v1'])
    for (const request of fake.requests) {
      expect(request.method).toBe('POST')
      expect([...request.query]).toEqual([])
    }
    expect(fake.requests.at(-1)?.text).toBe(
      `token=${TOKEN}&domain=_acme-challenge.validation.example.org&type=TXT&ttl=60&text=v1&overwrite=false`,
    )
    expect(zones.records(OWNER)[0]?.zone).toBe(ZONE)
  })

  it('fails with the server\'s own words when an answer says "error", though its HTTP status is 200', async () => {
    const { provider } = await setup()
    await expect(provider.append(ZONE, '_acme-challenge.elsewhere.test', ['v1'])).rejects.toThrow(
      /^technitium: \/api\/zones\/records\/get failed: error: No such zone was found: _acme-challenge\.elsewhere\.test$/,
    )
  })

  it('reads TXT text as the characters themselves: a value in quotes is not ours', async () => {
    const { zones, provider } = await setup()
    zones.add(ZONE, OWNER, '"v1"')
    await provider.append(ZONE, OWNER, ['v1'])
    await provider.remove(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual(['"v1"'])
  })
})
