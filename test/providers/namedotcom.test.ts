// Name.com against a stateful fake of its Core API: records created and deleted one by one, pages followed.
import { describe, expect, it } from 'vitest'
import type { Send } from '../../src/http/transport.js'
import { createProvider } from '../../src/providers/index.js'
import { namedotcom } from '../../src/providers/namedotcom/index.js'
import { writeAndRemove } from '../support/fake-apis/memory-store.js'
import { startFakeNamecom } from '../support/fake-apis/namedotcom.js'
import { recordingHost } from '../support/host.js'
import { providerAgainst } from '../support/provider-harness.js'

const USER = 'certalias'
const TOKEN = 'namecom-token-0f1e2d3c'
const ZONE = 'example-validation.org'
const OWNER = `_acme-challenge.${ZONE}`
const ENV = { NAMECOM_USERNAME: USER, NAMECOM_API_TOKEN: TOKEN }

async function setup(env: Record<string, string> = {}, zones = [ZONE]) {
  const fake = await startFakeNamecom(USER, TOKEN, zones)
  return { ...fake, ...providerAgainst(namedotcom, fake.api, { ...ENV, ...env }, '/core/v1') }
}

describe('namedotcom', () => {
  it('appends apex and wildcard values beside a value already there, with the host relative to the domain', async () => {
    const { provider, store, api } = await setup()
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'keep-me', ttl: 300 })
    await provider.append(ZONE, OWNER, ['apex', 'wildcard', 'keep-me'])
    expect(store.txt(OWNER)).toEqual(['apex', 'keep-me', 'wildcard'])
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.json)).toEqual([
      { host: '_acme-challenge', type: 'TXT', answer: 'apex', ttl: 300 },
      { host: '_acme-challenge', type: 'TXT', answer: 'wildcard', ttl: 300 },
    ])
  })

  it('writes and removes at the apex of the domain', async () => {
    const { provider, store } = await setup()
    await writeAndRemove(provider, store, ZONE, ZONE, ['at-apex'])
  })

  it('follows every page of records, and removes only our values', async () => {
    const { provider, store } = await setup()
    for (let i = 0; i < 2100; i++)
      store.add(ZONE, { name: `h${i}.${ZONE}`, type: 'A', data: '192.0.2.1', ttl: 300 })
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'theirs', ttl: 300 })
    store.add(ZONE, { name: OWNER, type: 'TXT', data: 'ours', ttl: 300 })
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(store.txt(OWNER)).toEqual(['theirs'])
    expect(store.records(ZONE)).toHaveLength(2101)
  })

  it('finds the domain walking up from the owner, and says which it tried when none is there', async () => {
    const { provider, store } = await setup()
    await provider.append(`deep.${ZONE}`, `_acme-challenge.deep.${ZONE}`, ['v1'])
    expect(store.txt(`_acme-challenge.deep.${ZONE}`)).toEqual(['v1'])
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /namedotcom: no domain for _acme-challenge\.other\.test .*tried other\.test/,
    )
  })

  it('sends a domain name from DNS as one path segment', async () => {
    const odd = 'x%2f..example.org'
    const { provider, store, api } = await setup({}, [odd])
    await provider.append(odd, `_acme-challenge.${odd}`, ['v1'])
    expect(store.txt(`_acme-challenge.${odd}`)).toEqual(['v1'])
    expect(api.requests[0]?.rawPath).toBe('/core/v1/domains/x%252f..example.org')
  })

  it('refuses a TTL under 300 before any request', async () => {
    const { api } = await setup()
    expect(() => providerAgainst(namedotcom, api, { ...ENV, NAMECOM_TTL: '120' }, '/core/v1')).toThrow(
      /NAMECOM_TTL must be a whole number of seconds, 300 or more \(Name\.com's minimum\)/,
    )
    expect(api.requests).toEqual([])
  })

  it('takes lego’s NAMECOM_SERVER host name as the Core API on that host', async () => {
    const urls: string[] = []
    const send: Send = async ({ url }) => {
      urls.push(url.href)
      return {
        status: 401,
        headers: { 'content-type': 'application/json' },
        text: '{"message":"Unauthorized"}',
      }
    }
    const provider = await createProvider('namedotcom', {
      env: { ...ENV, NAMECOM_SERVER: 'api.dev.name.com' },
      host: recordingHost(),
      resolvers: [],
      transport: { send },
    })
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(/HTTP 401/)
    expect(urls).toEqual([`https://api.dev.name.com/core/v1/domains/${ZONE}`])
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, store, api, sleeps } = await setup()
    api.interrupt(1, { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([1000])
    expect(store.txt(OWNER)).toEqual(['v1'])
  })

  it('names NAMECOM_USERNAME and NAMECOM_API_TOKEN when refused, and shows neither the token nor the Basic credential', async () => {
    const basic = Buffer.from(`${USER}:${TOKEN}`).toString('base64')
    const { provider, host, api } = await setup()
    api.interrupt(1, {
      status: 401,
      body: { message: 'Unauthorized', details: `bad credential Basic ${basic}` },
    })
    const error = (await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)) as Error
    expect(error.message).toMatch(/namedotcom: GET .*HTTP 401.*Check NAMECOM_USERNAME and NAMECOM_API_TOKEN/)
    expect(error.message).not.toContain(basic)
    expect(error.message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
  })
})
