// Vercel against a stateful fake of its API: records created and deleted one by one, pages followed, team scoped.
import { describe, expect, it } from 'vitest'
import { vercel } from '../../src/providers/vercel/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeVercel } from '../support/fake-apis/vercel.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'vercel-secret-token-77'
const WRONG = 'vercel-wrong-token-88'
const TEAM = 'team_abc123'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}, options: { teamId?: string; zones?: string[] } = {}) {
  const zones = new MemoryZones(options.zones ?? ['example.net', ZONE])
  const fake = await startFakeVercel({
    token: TOKEN,
    zones,
    ...(options.teamId ? { teamId: options.teamId } : {}),
  })
  return { zones, fake, ...providerAgainst(vercel, fake, { VERCEL_API_TOKEN: TOKEN, ...env }) }
}

describe('vercel', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 60,
    badCredential: {
      env: { VERCEL_API_TOKEN: WRONG },
      secret: WRONG,
      error: /vercel: GET \/v5\/domains\/validation\.example\.org failed: HTTP 403.*Check VERCEL_API_TOKEN/,
    },
    throttled: {
      status: 429,
      headers: { 'retry-after': '4' },
      body: { error: { code: 'rate_limited', message: 'Rate limit exceeded' } },
    },
  })

  it('creates apex and wildcard values as records named relative to the domain', async () => {
    const { fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.text))).toEqual([
      { name: '_acme-challenge', type: 'TXT', value: 'apex', ttl: 60, comment: 'certalias' },
      { name: '_acme-challenge', type: 'TXT', value: 'wildcard', ttl: 60, comment: 'certalias' },
    ])
  })

  it('follows every page of records to find ours', async () => {
    const { zones, provider } = await setup()
    zones.add(ZONE, OWNER, 'ours')
    zones.add(ZONE, OWNER, 'theirs')
    for (let i = 0; i < 230; i++) zones.add(ZONE, `h${i}.${ZONE}`, '192.0.2.1', 60, 'A')
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual(['theirs'])
    expect(zones.inZone(ZONE)).toHaveLength(231)
  })

  it('asks for the domains of the team in VERCEL_TEAM_ID, and says to check it when the domain is not found', async () => {
    const inTeam = await setup({ VERCEL_TEAM_ID: TEAM }, { teamId: TEAM })
    await inTeam.provider.append(ZONE, OWNER, ['v1'])
    expect(inTeam.zones.values(OWNER)).toEqual(['v1'])
    expect(inTeam.fake.requests.every((r) => r.query.get('teamId') === TEAM)).toBe(true)

    const personal = await setup({}, { teamId: TEAM })
    await expect(personal.provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /vercel: no domain for _acme-challenge\.validation\.example\.org .*check VERCEL_TEAM_ID/,
    )
  })

  it('refuses a TTL under 60 before any request', async () => {
    const zones = new MemoryZones([ZONE])
    const fake = await startFakeVercel({ token: TOKEN, zones })
    expect(() => providerAgainst(vercel, fake, { VERCEL_API_TOKEN: TOKEN, VERCEL_TTL: '30' })).toThrow(
      /VERCEL_TTL must be a whole number of seconds, 60 or more/,
    )
    expect(fake.requests).toEqual([])
  })

  it('sends a domain name from DNS as one path segment', async () => {
    const odd = 'x%2f..example.org'
    const { zones, fake, provider } = await setup({}, { zones: [odd] })
    await provider.append(odd, `_acme-challenge.${odd}`, ['v1'])
    expect(zones.values(`_acme-challenge.${odd}`)).toEqual(['v1'])
    expect(fake.requests[0]?.rawPath).toBe('/v5/domains/x%252f..example.org')
  })
})
