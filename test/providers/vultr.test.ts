// Vultr against the shared harness: each request as the API v2 documents it.
import { describe, expect, it } from 'vitest'
import { vultr } from '../../src/providers/vultr/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const KEY = 'VULTRSECRETKEY0123456789ABCDEF'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { authorization: `Bearer ${KEY}` }
const BASE = '/v2'

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(vultr, script, { VULTR_API_KEY: KEY }, BASE)
}

const meta = (next: string) => ({ total: 2, links: { next, prev: '' } })

const domainsPage = (cursor: string | undefined, next: string, names: string[]): Exchange => ({
  method: 'GET',
  path: `${BASE}/domains`,
  query: { per_page: '500', ...(cursor ? { cursor } : {}) },
  headers: AUTH,
  reply: {
    body: {
      domains: names.map((domain) => ({
        domain,
        date_created: '2024-01-01T00:00:00+00:00',
        dns_sec: 'disabled',
      })),
      meta: meta(next),
    },
  },
})

const recordsPage = (
  cursor: string | undefined,
  next: string,
  records: { id: string; type?: string; name: string; data: string }[],
): Exchange => ({
  method: 'GET',
  path: `${BASE}/domains/${ZONE}/records`,
  query: { per_page: '500', ...(cursor ? { cursor } : {}) },
  headers: AUTH,
  reply: {
    body: {
      records: records.map((r) => ({ type: 'TXT', priority: -1, ttl: 120, ...r })),
      meta: meta(next),
    },
  },
})

const create = (value: string, id: string): Exchange => ({
  method: 'POST',
  path: `${BASE}/domains/${ZONE}/records`,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: { name: '_acme-challenge', type: 'TXT', data: `"${value}"`, ttl: 120, priority: 0 },
  reply: {
    status: 201,
    body: {
      record: { id, type: 'TXT', name: '_acme-challenge', data: `"${value}"`, priority: -1, ttl: 120 },
    },
  },
})

describe('vultr', () => {
  it('finds the domain on a later cursor page, walking up from the zone DNS shows', async () => {
    const { provider } = await against([
      domainsPage(undefined, 'bmV4dF9fZXhhbXBsZS5jb20=', ['example.com']),
      domainsPage('bmV4dF9fZXhhbXBsZS5jb20=', '', [ZONE]),
      recordsPage(undefined, '', []),
      create('v1', 'cb676a46-66fd-4dfb-b839-443f2e6c0b60'),
    ])
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value, reading every page, without touching the old value', async () => {
    const { provider } = await against([
      domainsPage(undefined, '', [ZONE]),
      recordsPage(undefined, 'cursor-2', [
        { id: 'r1', name: '_acme-challenge', data: '"keep-me"' },
        { id: 'r2', type: 'A', name: '_acme-challenge', data: '192.0.2.1' },
      ]),
      recordsPage('cursor-2', '', [{ id: 'r3', name: '_acme-challenge', data: '"already-there"' }]),
      create('new-value', 'r4'),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      domainsPage(undefined, '', [ZONE]),
      recordsPage(undefined, '', [
        { id: 'keep', name: '_acme-challenge', data: '"keep-me"' },
        { id: 'ours', name: '_acme-challenge', data: '"ours"' },
        { id: 'elsewhere', name: 'www', data: '"ours"' },
      ]),
      {
        method: 'DELETE',
        path: `${BASE}/domains/${ZONE}/records/ours`,
        headers: AUTH,
        reply: { status: 204 },
      },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...domainsPage(undefined, '', [ZONE]),
        reply: {
          status: 429,
          headers: { 'retry-after': '2' },
          body: { error: 'Rate limit reached', status: 429 },
        },
      },
      domainsPage(undefined, '', [ZONE]),
      recordsPage(undefined, '', []),
      create('v1', 'r5'),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([2000])
    script?.assertDone()
  })

  it('names VULTR_API_KEY on a 401, and never shows the key', async () => {
    const { provider, host } = await against([
      {
        ...domainsPage(undefined, '', []),
        reply: {
          status: 401,
          body: { error: `Invalid API token ${KEY}.`, status: 401 },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/vultr: GET .*HTTP 401.*VULTR_API_KEY/s)
    expect((error as Error).message).not.toContain(KEY)
    expect(host.masked).toContain(KEY)
    script?.assertDone()
  })
})
