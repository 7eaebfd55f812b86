// ArvanCloud against the shared harness: each request as the CDN API 4.0 documents it.
import { describe, expect, it } from 'vitest'
import { arvancloud } from '../../src/providers/arvancloud/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const KEY = '1f2e3d4c-aaaa-bbbb-cccc-secret000001'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { authorization: `Apikey ${KEY}` }
const BASE = '/cdn/4.0'

let script: ApiScript | undefined
async function against(exchanges: Exchange[], key = `Apikey ${KEY}`) {
  script = await apiScript(exchanges)
  return providerAgainst(arvancloud, script, { ARVANCLOUD_API_KEY: key }, BASE)
}

const domainLookup = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `${BASE}/domains/${name}`,
  headers: AUTH,
  reply: found
    ? { body: { data: { id: 'd-1', name, domain: name, status: 'active', type: 'full' } } }
    : { status: 404, body: { message: 'Domain not found' } },
})

const arvanRecord = (id: string, name: string, text: string) => ({
  id,
  type: 'txt',
  name,
  value: { text },
  ttl: 600,
  cloud: false,
  upstream_https: 'default',
  ip_filter_mode: { count: 'single', order: 'none', geo_filter: 'none' },
  can_delete: true,
  created_at: '2024-05-27T20:53:54Z',
  updated_at: '2024-05-27T20:53:54Z',
})

const listPage = (page: number, lastPage: number, records: ReturnType<typeof arvanRecord>[]): Exchange => ({
  method: 'GET',
  path: `${BASE}/domains/${ZONE}/dns-records`,
  query: { type: 'txt', page: String(page), per_page: '100' },
  headers: AUTH,
  reply: {
    body: {
      data: records,
      links: { first: null, last: null, prev: null, next: null },
      meta: { current_page: page, from: 1, last_page: lastPage, per_page: 100, to: records.length, total: 0 },
    },
  },
})

const create = (name: string, text: string): Exchange => ({
  method: 'POST',
  path: `${BASE}/domains/${ZONE}/dns-records`,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: {
    type: 'txt',
    name,
    value: { text },
    ttl: 600,
    upstream_https: 'default',
    ip_filter_mode: { count: 'single', order: 'none', geo_filter: 'none' },
  },
  reply: {
    status: 201,
    body: { data: arvanRecord(`new-${text}`, name, text), message: 'DNS record created' },
  },
})

describe('arvancloud', () => {
  it('puts a zone name into the path as one segment: a / or %2e%2e in it cannot reach another resource', async () => {
    const zone = 'a/%2e%2e/%2e%2e/validation.example.org'
    const path = `${BASE}/domains/${encodeURIComponent(zone)}`
    expect(path).toMatch(/a%2F%252e%252e%2F%252e%252e%2Fvalidation\.example\.org$/)
    const { provider } = await against([{ method: 'GET', path, reply: { status: 403, body: {} } }])
    await expect(provider.append(zone, `_acme-challenge.${zone}`, ['v1'])).rejects.toThrow(/HTTP 403/)
    script?.assertDone()
  })

  it('finds the domain walking up from the owner when DNS shows a zone the account does not have', async () => {
    const { provider } = await against([
      domainLookup(`sub.${ZONE}`, false),
      domainLookup(ZONE, true),
      listPage(1, 1, [arvanRecord('other', '_acme-challenge', 'not-this-owner')]),
      create('_acme-challenge.sub', 'v1'),
    ])
    await provider.append(`sub.${ZONE}`, `_acme-challenge.sub.${ZONE}`, ['v1'])
    script?.assertDone()
  })

  it('writes a value at the zone apex under the name @', async () => {
    const { provider } = await against([
      domainLookup(ZONE, true),
      listPage(1, 1, [arvanRecord('other', '_acme-challenge', 'not-at-apex')]),
      create('@', 'v1'),
    ])
    await provider.append(ZONE, ZONE, ['v1'])
    script?.assertDone()
  })

  it('accepts the key without its Apikey prefix and sends the prefix itself', async () => {
    const { provider } = await against(
      [domainLookup(ZONE, true), listPage(1, 1, []), create('_acme-challenge', 'v1')],
      KEY,
    )
    await provider.append(ZONE, OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value, reading every page, without touching the old value', async () => {
    const { provider } = await against([
      domainLookup(ZONE, true),
      listPage(1, 2, [
        arvanRecord('old', '_acme-challenge', 'keep-me'),
        arvanRecord('x', 'www', 'elsewhere'),
      ]),
      listPage(2, 2, [arvanRecord('mine', '_acme-challenge', 'already-there')]),
      create('_acme-challenge', 'new-value'),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      domainLookup(ZONE, true),
      listPage(1, 1, [
        arvanRecord('keep', '_acme-challenge', 'keep-me'),
        arvanRecord('ours', '_acme-challenge', 'ours'),
      ]),
      {
        method: 'DELETE',
        path: `${BASE}/domains/${ZONE}/dns-records/ours`,
        headers: AUTH,
        reply: { body: { message: 'DNS record deleted successfully' } },
      },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...domainLookup(ZONE, true),
        reply: { status: 429, headers: { 'retry-after': '3' }, body: { message: 'Too Many Attempts.' } },
      },
      domainLookup(ZONE, true),
      listPage(1, 1, []),
      create('_acme-challenge', 'v1'),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([3000])
    script?.assertDone()
  })

  it('names ARVANCLOUD_API_KEY on a 401, and never shows the key', async () => {
    const { provider, host } = await against([
      {
        ...domainLookup(ZONE, true),
        reply: { status: 401, body: { message: `Unauthenticated: Apikey ${KEY}` } },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/arvancloud: GET .*HTTP 401.*ARVANCLOUD_API_KEY/s)
    expect((error as Error).message).not.toContain(KEY)
    expect(host.masked).toContain(KEY)
    script?.assertDone()
  })
})
