// IONOS against a stateful fake of its DNS API: records added in one POST, deleted one by one, nothing else touched.
import { describe, expect, it } from 'vitest'
import { ionos } from '../../src/providers/ionos/index.js'
import { startFakeIonos } from '../support/fake-apis/ionos.js'
import { providerAgainst } from '../support/provider-harness.js'

const SECRET = 'Zx9-secret-part-Qw'
const KEY = `a1b2c3public.${SECRET}`
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const fake = await startFakeIonos(KEY, [ZONE, 'example.org'])
  return { ...fake, ...providerAgainst(ionos, fake.api, { IONOS_API_KEY: KEY, ...env }, '/dns') }
}

describe('ionos', () => {
  it('adds apex and wildcard values in one request beside a value already there', async () => {
    const { provider, store, api } = await setup()
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'keep-me', ttl: 3600 })
    await provider.append(ZONE, OWNER, ['apex', 'wildcard', 'keep-me'])
    expect(store.txt(OWNER)).toEqual(['apex', 'keep-me', 'wildcard'])
    const posts = api.requests.filter((r) => r.method === 'POST')
    expect(posts.map((r) => r.json)).toEqual([
      [
        { name: OWNER, type: 'TXT', content: 'apex', ttl: 300, prio: 0, disabled: false },
        { name: OWNER, type: 'TXT', content: 'wildcard', ttl: 300, prio: 0, disabled: false },
      ],
    ])
  })

  it('walks up from a zone the contract lacks to the nearest one it has, and asks only for TXT records there', async () => {
    const { provider, store, api } = await setup()
    const owner = `_acme-challenge.deep.${ZONE}`
    await provider.append(`deep.${ZONE}`, owner, ['v1'])
    expect(store.records(ZONE).map((r) => [r.name, r.data])).toEqual([[owner, 'v1']])
    expect(store.records('example.org')).toEqual([])
    const read = api.requests.find((r) => r.method === 'GET' && r.query.has('recordName'))
    expect(Object.fromEntries(read?.query ?? [])).toEqual({ recordName: owner, recordType: 'TXT' })
  })

  it('removes only our values, reading the quoted content IONOS answers', async () => {
    const { provider, store } = await setup()
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'theirs', ttl: 3600 })
    await provider.append(ZONE, OWNER, ['ours'])
    await provider.remove(ZONE, OWNER, ['ours', 'never-written'])
    expect(store.txt(OWNER)).toEqual(['theirs'])
  })

  it('carries an owner that looks like a path only in the query and the body', async () => {
    const { provider, store, api } = await setup()
    const owner = `a%2f...${ZONE}`
    await provider.append(ZONE, owner, ['v1'])
    expect(store.txt(owner)).toEqual(['v1'])
    expect(new Set(api.requests.map((r) => r.rawPath.split('/').length))).toEqual(new Set([4, 5, 6]))
  })

  it('refuses a key without the prefix and the dot, and a TTL under 300, before any request', async () => {
    const fake = await startFakeIonos(KEY, [ZONE])
    const error = (() => {
      try {
        providerAgainst(ionos, fake.api, { IONOS_API_KEY: SECRET }, '/dns')
      } catch (e) {
        return e as Error
      }
    })()
    expect(error?.message).toMatch(/IONOS_API_KEY must be the public prefix and the secret joined by a dot/)
    expect(error?.message).not.toContain(SECRET)
    expect(() => providerAgainst(ionos, fake.api, { IONOS_API_KEY: KEY, IONOS_TTL: '60' }, '/dns')).toThrow(
      /IONOS_TTL must be a whole number of seconds, 300 or more/,
    )
    expect(fake.api.requests).toEqual([])
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, store, api, sleeps } = await setup()
    api.interrupt(1, { status: 429, headers: { 'retry-after': '2' }, body: [{ code: 'TOO_MANY_REQUESTS' }] })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([2000])
    expect(store.txt(OWNER)).toEqual(['v1'])
  })

  it('names IONOS_API_KEY when the key is refused, and shows neither the key nor its secret part', async () => {
    const { provider, host, api } = await setup()
    api.interrupt(1, {
      status: 401,
      body: [{ code: 'UNAUTHORIZED', message: `key with secret ${SECRET} is not authorized` }],
    })
    const error = (await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)) as Error
    expect(error.message).toMatch(/ionos: GET .*HTTP 401.*Check IONOS_API_KEY/)
    expect(error.message).not.toContain(SECRET)
    expect(host.masked).toEqual(expect.arrayContaining([KEY, SECRET]))
  })
})
