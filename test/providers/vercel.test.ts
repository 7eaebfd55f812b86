// Vercel against a stateful fake of its API: records created and deleted one by one, pages followed, team scoped.
import { describe, expect, it } from 'vitest'
import { vercel } from '../../src/providers/vercel/index.js'
import { writeAndRemove } from '../support/fake-apis/memory-store.js'
import { startFakeVercel } from '../support/fake-apis/vercel.js'
import { providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'vercel-secret-token-77'
const TEAM = 'team_abc123'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}, team?: string, zones = [ZONE]) {
  const fake = await startFakeVercel(TOKEN, zones, team)
  return { ...fake, ...providerAgainst(vercel, fake.api, { VERCEL_API_TOKEN: TOKEN, ...env }) }
}

describe('vercel', () => {
  it('appends apex and wildcard values beside a value already there, as records named relative to the domain', async () => {
    const { provider, store, api } = await setup()
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'keep-me', ttl: 60 })
    await provider.append(ZONE, OWNER, ['apex', 'wildcard', 'keep-me'])
    expect(store.txt(OWNER)).toEqual(['apex', 'keep-me', 'wildcard'])
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.json)).toEqual([
      { name: '_acme-challenge', type: 'TXT', value: 'apex', ttl: 60, comment: 'certalias' },
      { name: '_acme-challenge', type: 'TXT', value: 'wildcard', ttl: 60, comment: 'certalias' },
    ])
  })

  it('writes and removes at the apex of the domain', async () => {
    const { provider, store } = await setup()
    await writeAndRemove(provider, store, ZONE, ZONE, ['at-apex'])
  })

  it('follows every page of records, and removes only our values', async () => {
    const { provider, store } = await setup()
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'ours', ttl: 60 })
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'theirs', ttl: 60 })
    for (let i = 0; i < 230; i++)
      store.add(ZONE, { name: `h${i}.${ZONE}`, type: 'A', data: '192.0.2.1', ttl: 60 })
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(store.txt(OWNER)).toEqual(['theirs'])
    expect(store.records(ZONE)).toHaveLength(231)
  })

  it('asks for the domains of the team in VERCEL_TEAM_ID, and says to check it when the domain is not found', async () => {
    const inTeam = await setup({ VERCEL_TEAM_ID: TEAM }, TEAM)
    await inTeam.provider.append(ZONE, OWNER, ['v1'])
    expect(inTeam.store.txt(OWNER)).toEqual(['v1'])
    expect(inTeam.api.requests.every((r) => r.query.get('teamId') === TEAM)).toBe(true)

    const personal = await setup({}, TEAM)
    await expect(personal.provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /vercel: no domain for _acme-challenge\.validation\.example\.org .*check VERCEL_TEAM_ID/,
    )
  })

  it('refuses a TTL under 60 before any request', async () => {
    const fake = await startFakeVercel(TOKEN, [ZONE])
    expect(() => providerAgainst(vercel, fake.api, { VERCEL_API_TOKEN: TOKEN, VERCEL_TTL: '30' })).toThrow(
      /VERCEL_TTL must be a whole number of seconds, 60 or more/,
    )
    expect(fake.api.requests).toEqual([])
  })

  it('sends a domain name from DNS as one path segment', async () => {
    const odd = 'x%2f..example.org'
    const { provider, store, api } = await setup({}, undefined, [odd])
    await provider.append(odd, `_acme-challenge.${odd}`, ['v1'])
    expect(store.txt(`_acme-challenge.${odd}`)).toEqual(['v1'])
    expect(api.requests[0]?.rawPath).toBe('/v5/domains/x%252f..example.org')
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, store, api, sleeps } = await setup()
    api.interrupt(1, {
      status: 429,
      headers: { 'retry-after': '4' },
      body: { error: { code: 'rate_limited', message: 'Rate limit exceeded' } },
    })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([4000])
    expect(store.txt(OWNER)).toEqual(['v1'])
  })

  it('names VERCEL_API_TOKEN when the token is refused, and never shows it', async () => {
    const fake = await startFakeVercel('another-token', [ZONE])
    const { provider, host } = providerAgainst(vercel, fake.api, { VERCEL_API_TOKEN: TOKEN })
    const error = (await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)) as Error
    expect(error.message).toMatch(/vercel: GET .*HTTP 403.*Check VERCEL_API_TOKEN/)
    expect(error.message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
  })
})
