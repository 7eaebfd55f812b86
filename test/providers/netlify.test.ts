// Netlify against a stateful fake of its API: records created and deleted one by one, nothing else touched.
import { describe, expect, it } from 'vitest'
import { netlify } from '../../src/providers/netlify/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeNetlify } from '../support/fake-apis/netlify.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'nfp_netlify-secret-token'
const WRONG = 'nfp_netlify-wrong-token'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}, zoneId?: (zone: string) => string) {
  const zones = new MemoryZones(['example.net', ZONE])
  const fake = await startFakeNetlify({ token: TOKEN, zones, ...(zoneId ? { zoneId } : {}) })
  const origin = `${fake.origin}/api/v1`
  return { zones, fake, ...providerAgainst(netlify, { origin }, { NETLIFY_TOKEN: TOKEN, ...env }) }
}

const reset = (seconds: number) => ({
  status: 429,
  headers: {
    'x-ratelimit-limit': '500',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + seconds),
  },
  body: { code: 429, message: 'Too Many Requests' },
})

describe('netlify', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 300,
    badCredential: {
      env: { NETLIFY_TOKEN: WRONG },
      secret: WRONG,
      error: /netlify: GET \/api\/v1\/dns_zones failed: HTTP 401.*Check NETLIFY_TOKEN/,
    },
    throttled: reset(30),
  })

  it('creates apex and wildcard values as one record each, with the full host name', async () => {
    const { fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.text))).toEqual([
      { type: 'TXT', hostname: OWNER, value: 'apex', ttl: 300 },
      { type: 'TXT', hostname: OWNER, value: 'wildcard', ttl: 300 },
    ])
  })

  it('says which zones it tried when the account has none of them', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /netlify: no DNS zone for _acme-challenge\.other\.test .*tried other\.test/,
    )
  })

  it('sends a zone id from the API as one path segment, and refuses one that is a dot-segment', async () => {
    const odd = await setup({}, (zone) => (zone === ZONE ? 'a%2f..' : 'z-other'))
    await odd.provider.append(ZONE, OWNER, ['v1'])
    expect(odd.zones.values(OWNER)).toEqual(['v1'])
    expect(odd.fake.requests.at(-1)?.rawPath).toBe('/api/v1/dns_zones/a%252f../dns_records')

    const dots = await setup({}, (zone) => (zone === ZONE ? '..' : 'z-other'))
    await expect(dots.provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /cannot be a segment of an API path/,
    )
    expect(dots.fake.requests.map((r) => r.rawPath)).toEqual(['/api/v1/dns_zones'])
  })

  it('waits until X-RateLimit-Reset when a 429 gives no Retry-After', async () => {
    const { zones, fake, provider, sleeps } = await setup()
    fake.interrupt(reset(30))
    await provider.append(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual(['v1'])
    expect(sleeps).toHaveLength(1)
    expect(sleeps[0]).toBeGreaterThan(25_000)
    expect(sleeps[0]).toBeLessThanOrEqual(30_000)
  })
})
