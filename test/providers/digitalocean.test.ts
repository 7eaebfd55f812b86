// DigitalOcean against the shared harness: each request as the API v2 documents it.
import { describe, expect, it } from 'vitest'
import { digitalocean } from '../../src/providers/digitalocean/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'dop_v1_secret-token-5678'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { authorization: `Bearer ${TOKEN}` }

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(digitalocean, script, { DO_AUTH_TOKEN: TOKEN })
}

const domainLookup = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `/v2/domains/${name}`,
  headers: AUTH,
  reply: found
    ? { body: { domain: { name, ttl: 1800, zone_file: `$ORIGIN ${name}.\n` } } }
    : { status: 404, body: { id: 'not_found', message: 'The resource you requested could not be found.' } },
})

const listPage = (page: number, last: boolean, records: { id: number; data: string }[]): Exchange => ({
  method: 'GET',
  path: `/v2/domains/${ZONE}/records`,
  query: { type: 'TXT', name: OWNER, per_page: '200', page: String(page) },
  headers: AUTH,
  reply: {
    body: {
      domain_records: records.map((r) => ({
        ...r,
        type: 'TXT',
        name: '_acme-challenge',
        priority: null,
        port: null,
        ttl: 30,
        weight: null,
        flags: null,
        tag: null,
      })),
      links: last
        ? {}
        : {
            pages: {
              last: `https://api.digitalocean.com/v2/domains/${ZONE}/records?page=2&per_page=200`,
              next: `https://api.digitalocean.com/v2/domains/${ZONE}/records?page=${page + 1}&per_page=200`,
            },
          },
      meta: { total: 2 },
    },
  },
})

const create = (value: string, id: number): Exchange => ({
  method: 'POST',
  path: `/v2/domains/${ZONE}/records`,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: { type: 'TXT', name: '_acme-challenge', data: value, ttl: 30 },
  reply: {
    status: 201,
    body: { domain_record: { id, type: 'TXT', name: '_acme-challenge', data: value, ttl: 30 } },
  },
})

describe('digitalocean', () => {
  it('finds the domain walking up from the owner when DNS shows a zone the account does not have', async () => {
    const { provider } = await against([
      domainLookup('acme.validation.example.org', false),
      domainLookup(ZONE, true),
      listPage(1, true, []),
      create('v1', 11),
    ])
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value, reading every page, without touching the old value', async () => {
    const { provider } = await against([
      domainLookup(ZONE, true),
      listPage(1, false, [{ id: 1, data: 'keep-me' }]),
      listPage(2, true, [{ id: 2, data: 'already-there' }]),
      create('new-value', 3),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('writes an apex owner as @', async () => {
    const { provider } = await against([
      domainLookup(ZONE, true),
      { ...listPage(1, true, []), query: { type: 'TXT', name: ZONE, per_page: '200', page: '1' } },
      { ...create('v1', 4), body: { type: 'TXT', name: '@', data: 'v1', ttl: 30 } },
    ])
    await provider.append(ZONE, ZONE, ['v1'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      domainLookup(ZONE, true),
      listPage(1, true, [
        { id: 21, data: 'keep-me' },
        { id: 22, data: 'ours' },
      ]),
      { method: 'DELETE', path: `/v2/domains/${ZONE}/records/22`, headers: AUTH, reply: { status: 204 } },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...domainLookup(ZONE, true),
        reply: {
          status: 429,
          headers: { 'retry-after': '9', 'ratelimit-limit': '5000', 'ratelimit-remaining': '0' },
          body: { id: 'too_many_requests', message: 'API Rate limit exceeded.' },
        },
      },
      domainLookup(ZONE, true),
      listPage(1, true, []),
      create('v1', 5),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([9000])
    script?.assertDone()
  })

  it('waits until ratelimit-reset when a 429 comes without Retry-After', async () => {
    const reset = Math.floor(Date.now() / 1000) + 45
    const { provider, sleeps } = await against([
      {
        ...domainLookup(ZONE, true),
        reply: {
          status: 429,
          headers: {
            'ratelimit-limit': '5000',
            'ratelimit-remaining': '0',
            'ratelimit-reset': String(reset),
          },
          body: { id: 'too_many_requests', message: 'API Rate limit exceeded.' },
        },
      },
      domainLookup(ZONE, true),
      listPage(1, true, []),
      create('v1', 5),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toHaveLength(1)
    // the reset moment less the time the test took to get there
    expect(sleeps[0]).toBeGreaterThan(40_000)
    expect(sleeps[0]).toBeLessThanOrEqual(45_000)
    script?.assertDone()
  })

  it('names DO_AUTH_TOKEN on a 401, and never shows the token', async () => {
    const { provider, host } = await against([
      {
        ...domainLookup(ZONE, true),
        reply: {
          status: 401,
          body: { id: 'unauthorized', message: `Unable to authenticate you (${TOKEN})` },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/digitalocean: GET .*HTTP 401.*DO_AUTH_TOKEN/s)
    expect((error as Error).message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
    script?.assertDone()
  })
})
