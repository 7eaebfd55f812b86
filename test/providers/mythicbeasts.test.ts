// Mythic Beasts against a fake login and DNS API v2 that keeps its records: the contract, the bearer token's
// life (kept, renewed before it ends, fetched again after a 401), and names in the path.
import { describe, expect, it } from 'vitest'
import { mythicbeasts } from '../../src/providers/mythicbeasts/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { type FakeMythicBeastsOptions, startFakeMythicBeasts } from '../support/fake-apis/mythicbeasts.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const KEY_ID = 'mbkey7f3a91'
const SECRET = 'mb-secret-Zq81Lw0pX2'
const WRONG = 'not-the-secret-000'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}, options: Partial<FakeMythicBeastsOptions> = {}) {
  const zones = new MemoryZones(['example.org', ZONE])
  const fake = await startFakeMythicBeasts({ keyId: KEY_ID, secret: SECRET, zones, ...options })
  const base = {
    MYTHICBEASTS_USERNAME: KEY_ID,
    MYTHICBEASTS_PASSWORD: SECRET,
    MYTHICBEASTS_AUTH_API_ENDPOINT: `${fake.origin}/login`,
  }
  return { zones, fake, ...providerAgainst(mythicbeasts, fake, { ...base, ...env }, '/dns/v2') }
}

const logins = (requests: { rawPath: string }[]) => requests.filter((r) => r.rawPath === '/login').length

describe('mythicbeasts', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 120,
    badCredential: {
      env: { MYTHICBEASTS_PASSWORD: WRONG },
      secret: WRONG,
      error:
        /^mythicbeasts: POST \/login failed: HTTP 401.*Check MYTHICBEASTS_USERNAME and MYTHICBEASTS_PASSWORD/s,
    },
    throttled: { status: 429, headers: { 'retry-after': '2' }, body: { error: 'Rate limit exceeded' } },
    dotSegmentOwner:
      /^mythicbeasts: cannot write \.\.\.validation\.example\.org: its name in the zone, "\.\.", would be a step/,
  })

  it('logs in once and keeps the token, masked, for every later request of the run', async () => {
    const { fake, provider, host } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    await provider.remove(ZONE, OWNER, ['apex', 'wild'])
    expect(logins(fake.requests)).toBe(1)
    const token = /^Bearer (.+)$/.exec(String(fake.requests.at(-1)?.headers.authorization))?.[1]
    expect(host.masked).toContain(token)
  })

  it('adds the missing values in one POST to the longest zone of the key holding the owner', async () => {
    const { zones, fake, provider } = await setup()
    zones.add(ZONE, OWNER, 'apex', 120)
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.rawPath !== '/login')
    expect(posts.map((r) => [r.rawPath, JSON.parse(r.text)])).toEqual([
      [
        '/dns/v2/zones/validation.example.org/records/_acme-challenge/TXT',
        { records: [{ host: '_acme-challenge', ttl: 120, type: 'TXT', data: 'wild' }] },
      ],
    ])
  })

  it('logs in again when the token is about to expire', async () => {
    const { fake, provider } = await setup({}, { tokenLifetime: 20 })
    await provider.append(ZONE, OWNER, ['v1'])
    await provider.remove(ZONE, OWNER, ['v1'])
    // a token of 20 s is within the 30 s margin: every request logs in first
    expect(logins(fake.requests)).toBeGreaterThan(2)
  })

  it('logs in once more when the API refuses the token with a 401, then carries on', async () => {
    const { zones, fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['v1'])
    fake.revokeTokens()
    await provider.remove(ZONE, OWNER, ['v1'])
    expect(logins(fake.requests)).toBe(2)
    expect(zones.values(OWNER)).toEqual([])
  })

  it('writes the apex as @', async () => {
    const { zones, fake, provider } = await setup()
    await provider.append(ZONE, ZONE, ['at-apex'])
    expect(zones.values(ZONE)).toEqual(['at-apex'])
    expect(fake.requests.at(-1)?.rawPath).toBe('/dns/v2/zones/validation.example.org/records/%40/TXT')
  })

  it('fails naming the key when none of its zones holds the owner', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /^mythicbeasts: no zone of the API key in MYTHICBEASTS_USERNAME holds _acme-challenge\.other\.test/,
    )
  })
})
