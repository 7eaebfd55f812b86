// Netlify against a stateful fake of its API: records created and deleted one by one, nothing else touched.
import { describe, expect, it } from 'vitest'
import { netlify } from '../../src/providers/netlify/index.js'
import { startFakeNetlify } from '../support/fake-apis/netlify.js'
import { providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'nfp_netlify-secret-token'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(zoneId?: (zone: string) => string) {
  const fake = await startFakeNetlify(TOKEN, [ZONE, 'example.net'], zoneId)
  const underTest = providerAgainst(netlify, fake.api, { NETLIFY_TOKEN: TOKEN }, '/api/v1')
  return { ...underTest, ...fake }
}

describe('netlify', () => {
  it('appends apex and wildcard values beside a value already there, one record each, keeping the old record', async () => {
    const { provider, store, api } = await setup()
    const old = store.add(ZONE, { name: OWNER, type: 'TXT', data: 'keep-me', ttl: 3600 })
    await provider.append(ZONE, OWNER, ['apex', 'wildcard', 'keep-me'])
    expect(store.txt(OWNER)).toEqual(['apex', 'keep-me', 'wildcard'])
    expect(store.records(ZONE).find((r) => r.data === 'keep-me')?.id).toBe(old.id)
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.json)).toEqual([
      { type: 'TXT', hostname: OWNER, value: 'apex', ttl: 300 },
      { type: 'TXT', hostname: OWNER, value: 'wildcard', ttl: 300 },
    ])
  })

  it('removes only our values and keeps the others at the owner and elsewhere in the zone', async () => {
    const { provider, store } = await setup()
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'theirs', ttl: 3600 })
    store.add(ZONE, { name: `www.${ZONE}`, type: 'TXT', data: 'ours', ttl: 3600 })
    await provider.append(ZONE, OWNER, ['ours', 'ours-too'])
    await provider.remove(ZONE, OWNER, ['ours', 'ours-too'])
    expect(store.txt(OWNER)).toEqual(['theirs'])
    expect(store.txt(`www.${ZONE}`)).toEqual(['ours'])
  })

  it('finds the zone of the account walking up from the owner', async () => {
    const { provider, store } = await setup()
    const owner = `_acme-challenge.deep.${ZONE}`
    await provider.append(`deep.${ZONE}`, owner, ['v1'])
    expect(store.txt(owner)).toEqual(['v1'])
  })

  it('says which zones it tried when the account has none of them', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /netlify: no DNS zone for _acme-challenge\.other\.test .*tried other\.test/,
    )
  })

  it('sends a zone id from the API as one path segment, and refuses one that is a dot-segment', async () => {
    const odd = await setup(() => 'a%2f..')
    await odd.provider.append(ZONE, OWNER, ['v1'])
    expect(odd.store.txt(OWNER)).toEqual(['v1'])
    expect(odd.api.requests.at(-1)?.rawPath).toBe('/api/v1/dns_zones/a%252f../dns_records')

    const dots = await setup(() => '..')
    await expect(dots.provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /cannot be a segment of an API path/,
    )
    expect(dots.api.requests.map((r) => r.rawPath)).toEqual(['/api/v1/dns_zones'])
  })

  it('waits until X-RateLimit-Reset when a 429 gives no Retry-After', async () => {
    const { provider, store, api, sleeps } = await setup()
    const reset = Math.floor(Date.now() / 1000) + 30
    api.interrupt(1, {
      status: 429,
      headers: {
        'x-ratelimit-limit': '500',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
      },
      body: { code: 429, message: 'Too Many Requests' },
    })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(store.txt(OWNER)).toEqual(['v1'])
    expect(sleeps).toHaveLength(1)
    expect(sleeps[0]).toBeGreaterThan(25_000)
    expect(sleeps[0]).toBeLessThanOrEqual(30_000)
  })

  it('names NETLIFY_TOKEN when the token is refused, and never shows it', async () => {
    const fake = await startFakeNetlify('the-right-token', [ZONE])
    const { provider, host } = providerAgainst(netlify, fake.api, { NETLIFY_TOKEN: TOKEN }, '/api/v1')
    const error = (await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)) as Error
    expect(error.message).toMatch(/netlify: GET .*HTTP 401.*Check NETLIFY_TOKEN/)
    expect(error.message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
    expect(fake.store.txt(OWNER)).toEqual([])
  })
})
