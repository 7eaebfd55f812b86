// Name.com against a stateful fake of its Core API: records created and deleted one by one, pages followed.
import { describe, expect, it } from 'vitest'
import type { Send } from '../../src/http/transport.js'
import { createProvider } from '../../src/providers/index.js'
import { namedotcom } from '../../src/providers/namedotcom/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeNamecom } from '../support/fake-apis/namedotcom.js'
import { recordingHost } from '../support/host.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const USER = 'certalias'
const TOKEN = 'namecom-token-0f1e2d3c'
const WRONG = 'namecom-wrong-9a8b7c6d'
const ZONE = 'example-validation.org'
const OWNER = `_acme-challenge.${ZONE}`
const ENV = { NAMECOM_USERNAME: USER, NAMECOM_API_TOKEN: TOKEN }

async function setup(env: Record<string, string> = {}, names = ['example.net', ZONE]) {
  const zones = new MemoryZones(names)
  const fake = await startFakeNamecom({ username: USER, token: TOKEN, zones })
  return {
    zones,
    fake,
    ...providerAgainst(namedotcom, { origin: `${fake.origin}/core/v1` }, { ...ENV, ...env }),
  }
}

describe('namedotcom', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 300,
    badCredential: {
      env: { NAMECOM_API_TOKEN: WRONG },
      secret: WRONG,
      error: /namedotcom: GET .*HTTP 401.*Check NAMECOM_USERNAME and NAMECOM_API_TOKEN/,
    },
    throttled: { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } },
  })

  it('creates apex and wildcard values with the host relative to the domain', async () => {
    const { fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.text))).toEqual([
      { host: '_acme-challenge', type: 'TXT', answer: 'apex', ttl: 300 },
      { host: '_acme-challenge', type: 'TXT', answer: 'wildcard', ttl: 300 },
    ])
  })

  it('follows every page of records to find ours', async () => {
    const { zones, provider } = await setup()
    for (let i = 0; i < 2100; i++) zones.add(ZONE, `h${i}.${ZONE}`, '192.0.2.1', 300, 'A')
    zones.add(ZONE, OWNER, 'theirs')
    zones.add(ZONE, OWNER, 'ours')
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual(['theirs'])
    expect(zones.inZone(ZONE)).toHaveLength(2101)
  })

  it('says which domains it tried when none is in the account', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /namedotcom: no domain for _acme-challenge\.other\.test .*tried other\.test/,
    )
  })

  it('sends a domain name from DNS as one path segment', async () => {
    const odd = 'x%2f..example.org'
    const { zones, fake, provider } = await setup({}, [odd])
    await provider.append(odd, `_acme-challenge.${odd}`, ['v1'])
    expect(zones.values(`_acme-challenge.${odd}`)).toEqual(['v1'])
    expect(fake.requests[0]?.rawPath).toBe('/core/v1/domains/x%252f..example.org')
  })

  it('refuses a TTL under 300 before any request', async () => {
    const { fake } = await setup()
    expect(() =>
      providerAgainst(namedotcom, { origin: `${fake.origin}/core/v1` }, { ...ENV, NAMECOM_TTL: '120' }),
    ).toThrow(/NAMECOM_TTL must be a whole number of seconds, 300 or more \(Name\.com's minimum\)/)
    expect(fake.requests).toEqual([])
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

  it('never shows the Basic credential an answer echoes', async () => {
    const basic = Buffer.from(`${USER}:${TOKEN}`).toString('base64')
    const { fake, provider } = await setup()
    fake.interrupt({
      status: 401,
      body: { message: 'Unauthorized', details: `bad credential Basic ${basic}` },
    })
    const error = (await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)) as Error
    expect(error.message).toMatch(/HTTP 401/)
    expect(error.message).not.toContain(basic)
  })
})
