// IONOS against a stateful fake of its DNS API: records added in one POST, deleted one by one, nothing else touched.
import { describe, expect, it } from 'vitest'
import { ionos } from '../../src/providers/ionos/index.js'
import { startFakeIonos } from '../support/fake-apis/ionos.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const SECRET = 'Zx9-secret-part-Qw'
const KEY = `a1b2c3public.${SECRET}`
const WRONG_SECRET = 'Wrong-secret-part-Zz'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones(['example.org', ZONE])
  const fake = await startFakeIonos({ apiKey: KEY, zones })
  return {
    zones,
    fake,
    ...providerAgainst(ionos, { origin: `${fake.origin}/dns` }, { IONOS_API_KEY: KEY, ...env }),
  }
}

describe('ionos', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 300,
    badCredential: {
      env: { IONOS_API_KEY: `a1b2c3public.${WRONG_SECRET}` },
      secret: WRONG_SECRET,
      error: /ionos: GET \/dns\/v1\/zones failed: HTTP 401.*Check IONOS_API_KEY/,
    },
    throttled: { status: 429, headers: { 'retry-after': '2' }, body: [{ code: 'TOO_MANY_REQUESTS' }] },
  })

  it('adds apex and wildcard values in one request, with the full name, and asks only for the owner’s TXT records', async () => {
    const { fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.text))).toEqual([
      [
        { name: OWNER, type: 'TXT', content: 'apex', ttl: 300, prio: 0, disabled: false },
        { name: OWNER, type: 'TXT', content: 'wildcard', ttl: 300, prio: 0, disabled: false },
      ],
    ])
    const read = fake.requests.find((r) => r.method === 'GET' && r.query.has('recordName'))
    expect(Object.fromEntries(read?.query ?? [])).toEqual({ recordName: OWNER, recordType: 'TXT' })
  })

  it('refuses a key without the prefix and the dot, and a TTL under 300, before any request', async () => {
    const { fake } = await setup()
    const origin = { origin: `${fake.origin}/dns` }
    const error = (() => {
      try {
        providerAgainst(ionos, origin, { IONOS_API_KEY: SECRET })
      } catch (e) {
        return e as Error
      }
    })()
    expect(error?.message).toMatch(/IONOS_API_KEY must be the public prefix and the secret joined by a dot/)
    expect(error?.message).not.toContain(SECRET)
    expect(() => providerAgainst(ionos, origin, { IONOS_API_KEY: KEY, IONOS_TTL: '60' })).toThrow(
      /IONOS_TTL must be a whole number of seconds, 300 or more/,
    )
    expect(fake.requests).toEqual([])
  })

  it('redacts the secret part of the key on its own when an answer echoes it', async () => {
    const { fake, provider, host } = await setup()
    fake.interrupt({
      status: 401,
      body: [{ code: 'UNAUTHORIZED', message: `key with secret ${SECRET} is not authorized` }],
    })
    const error = (await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)) as Error
    expect(error.message).toMatch(/HTTP 401.*Check IONOS_API_KEY/)
    expect(error.message).not.toContain(SECRET)
    expect(host.masked).toEqual(expect.arrayContaining([KEY, SECRET]))
  })
})
