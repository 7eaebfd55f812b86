// Porkbun against the shared harness: each request as the API documents it, the keys in every JSON body.
import { describe, expect, it } from 'vitest'
import { porkbun } from '../../src/providers/porkbun/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const KEY = 'pk1_0123456789abcdef'
const SECRET = 'sk1_fedcba9876543210'
const DOMAIN = 'example-validation.org'
const OWNER = '_acme-challenge.example-validation.org'
const BASE = '/api/json/v3'
const KEYS = { apikey: KEY, secretapikey: SECRET }
const JSON_TYPE = { 'content-type': 'application/json' }

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(porkbun, script, { PORKBUN_API_KEY: KEY, PORKBUN_SECRET_API_KEY: SECRET }, BASE)
}

const domainEntry = (domain: string) => ({
  domain,
  status: 'ACTIVE',
  tld: domain.split('.').pop(),
  createDate: '2023-01-01 00:00:00',
  expireDate: '2026-01-01 00:00:00',
  securityLock: '1',
  whoisPrivacy: '1',
  autoRenew: 1,
  notLocal: 0,
})

const listAll = (start: number, names: string[]): Exchange => ({
  method: 'POST',
  path: `${BASE}/domain/listAll`,
  headers: JSON_TYPE,
  body: { start: String(start), ...KEYS },
  reply: { body: { status: 'SUCCESS', domains: names.map(domainEntry) } },
})

const retrieve = (records: { id: string; content: string }[]): Exchange => ({
  method: 'POST',
  path: `${BASE}/dns/retrieveByNameType/${DOMAIN}/TXT/_acme-challenge`,
  headers: JSON_TYPE,
  body: KEYS,
  reply: {
    body: {
      status: 'SUCCESS',
      records: records.map((r) => ({ ...r, name: OWNER, type: 'TXT', ttl: '600', prio: '0', notes: '' })),
    },
  },
})

const create = (content: string, id: string): Exchange => ({
  method: 'POST',
  path: `${BASE}/dns/create/${DOMAIN}`,
  headers: JSON_TYPE,
  body: { name: '_acme-challenge', type: 'TXT', content, ttl: '600', ...KEYS },
  reply: { body: { status: 'SUCCESS', id } },
})

describe('porkbun', () => {
  it('finds the domain on the second page of domain/listAll', async () => {
    const firstPage = Array.from({ length: 1000 }, (_, i) => `other-${i}.com`)
    const { provider } = await against([
      listAll(0, firstPage),
      listAll(1000, ['unrelated.net', DOMAIN]),
      retrieve([]),
      create('v1', '1001'),
    ])
    await provider.append(DOMAIN, OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value without touching the old record', async () => {
    const { provider } = await against([
      listAll(0, [DOMAIN]),
      retrieve([
        { id: '11', content: 'keep-me' },
        { id: '12', content: 'already-there' },
      ]),
      create('new-value', '13'),
    ])
    await provider.append(DOMAIN, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      listAll(0, [DOMAIN]),
      retrieve([
        { id: '11', content: 'keep-me' },
        { id: '12', content: 'ours' },
      ]),
      {
        method: 'POST',
        path: `${BASE}/dns/delete/${DOMAIN}/12`,
        headers: JSON_TYPE,
        body: KEYS,
        reply: { body: { status: 'SUCCESS' } },
      },
    ])
    await provider.remove(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      { ...listAll(0, [DOMAIN]), reply: { status: 429, headers: { 'retry-after': '3' } } },
      listAll(0, [DOMAIN]),
      retrieve([]),
      create('v1', '1'),
    ])
    await provider.append(DOMAIN, OWNER, ['v1'])
    expect(sleeps).toEqual([3000])
    script?.assertDone()
  })

  it("waits out Porkbun's firewall challenge (HTTP 202 without JSON) and retries the call", async () => {
    const { provider, sleeps, host } = await against([
      listAll(0, [DOMAIN]),
      { ...retrieve([]), reply: { status: 202, headers: { 'x-amzn-waf-action': 'challenge' } } },
      retrieve([]),
      create('v1', '1'),
    ])
    await provider.append(DOMAIN, OWNER, ['v1'])
    expect(sleeps).toEqual([2000])
    expect(host.lines.join('\n')).toMatch(/rate limited \(HTTP 202 challenge\)/)
    script?.assertDone()
  })

  it('reports a firewall challenge that outlasts every retry, asking for a pause', async () => {
    const challenge = {
      ...retrieve([]),
      reply: { status: 202, headers: { 'x-amzn-waf-action': 'challenge' } },
    }
    const { provider, sleeps } = await against([
      listAll(0, [DOMAIN]),
      challenge,
      challenge,
      challenge,
      challenge,
      challenge,
    ])
    await expect(provider.append(DOMAIN, OWNER, ['v1'])).rejects.toThrow(
      /porkbun: POST .*retrieveByNameType.* failed after 5 attempts: HTTP 202, rate limited \(HTTP 202 challenge\).*wait a few minutes and run again/s,
    )
    expect(sleeps).toEqual([2000, 4000, 8000, 16000])
    script?.assertDone()
  })

  it("backs off 2 s, then 4 s on Porkbun's HTML 503 without Retry-After, and retries the create", async () => {
    const busy = {
      status: 503,
      headers: { 'content-type': 'text/html' },
      body: '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center>openresty</center></body></html>',
    }
    const { provider, sleeps, host } = await against([
      listAll(0, [DOMAIN]),
      retrieve([]),
      { ...create('v1', '1'), reply: busy },
      { ...create('v1', '1'), reply: busy },
      create('v1', '1'),
    ])
    await provider.append(DOMAIN, OWNER, ['v1'])
    expect(sleeps).toEqual([2000, 4000])
    expect(host.lines.join('\n')).toMatch(
      /HTTP 503, rate limited \(HTTP 503 from the front end\), retry 1 of 4 in 2 s/,
    )
    script?.assertDone()
  })

  it('reports an HTML 503 that outlasts every retry, asking for a pause', async () => {
    const busy = { ...listAll(0, [DOMAIN]), reply: { status: 503, body: '<html>503</html>' } }
    const { provider, sleeps } = await against([busy, busy, busy, busy, busy])
    await expect(provider.append(DOMAIN, OWNER, ['v1'])).rejects.toThrow(
      /porkbun: POST .*listAll failed after 5 attempts: HTTP 503, rate limited \(HTTP 503 from the front end\).*wait a few minutes and run again/s,
    )
    expect(sleeps).toEqual([2000, 4000, 8000, 16000])
    script?.assertDone()
  })

  it('names both key variables when Porkbun refuses the keys with 400, and never shows them', async () => {
    const { provider, host } = await against([
      {
        ...listAll(0, [DOMAIN]),
        reply: { status: 400, body: { status: 'ERROR', message: `Invalid API key. (002) ${SECRET}` } },
      },
    ])
    const error = await provider.append(DOMAIN, OWNER, ['v1']).catch((e: Error) => e)
    const message = (error as Error).message
    expect(message).toMatch(
      /porkbun: POST .*HTTP 400.*Invalid API key.*PORKBUN_API_KEY and PORKBUN_SECRET_API_KEY/s,
    )
    expect(message).not.toContain(SECRET)
    expect(message).not.toContain(KEY)
    expect(host.masked).toEqual(expect.arrayContaining([KEY, SECRET]))
    script?.assertDone()
  })

  it('names both key variables on a 403', async () => {
    const { provider } = await against([
      { ...listAll(0, [DOMAIN]), reply: { status: 403, body: { status: 'ERROR', message: 'Forbidden' } } },
    ])
    const error = await provider.append(DOMAIN, OWNER, ['v1']).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/HTTP 403.*Check PORKBUN_API_KEY and PORKBUN_SECRET_API_KEY/s)
    script?.assertDone()
  })

  it('says to turn on API Access when the domain is not opted in', async () => {
    const { provider } = await against([
      listAll(0, [DOMAIN]),
      {
        ...retrieve([]),
        reply: { status: 400, body: { status: 'ERROR', message: 'Domain is not opted in to API access.' } },
      },
    ])
    const error = await provider.append(DOMAIN, OWNER, ['v1']).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/Turn on "API Access" for the alias domain/)
    script?.assertDone()
  })
})
