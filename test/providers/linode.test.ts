// Linode against the shared harness: each request as the API v4 documents it.
import { describe, expect, it } from 'vitest'
import { linode } from '../../src/providers/linode/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'linode-secret-token-9876'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { authorization: `Bearer ${TOKEN}` }
const BASE = '/v4'

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(linode, script, { LINODE_TOKEN: TOKEN }, BASE)
}

const domain = (id: number, name: string) => ({
  id,
  domain: name,
  type: 'master',
  status: 'active',
  soa_email: `hostmaster@${name}`,
  ttl_sec: 0,
  tags: [],
})

const domainsPage = (page: number, pages: number, names: [number, string][]): Exchange => ({
  method: 'GET',
  path: `${BASE}/domains`,
  query: { page: String(page), page_size: '500' },
  headers: AUTH,
  reply: { body: { data: names.map(([id, name]) => domain(id, name)), page, pages, results: names.length } },
})

const recordsPage = (
  page: number,
  pages: number,
  records: { id: number; name: string; target: string }[],
): Exchange => ({
  method: 'GET',
  path: `${BASE}/domains/42/records`,
  query: { page: String(page), page_size: '500' },
  headers: { ...AUTH, 'x-filter': '{"type":"TXT"}' },
  reply: {
    body: {
      data: records.map((r) => ({
        ...r,
        type: 'TXT',
        priority: 0,
        weight: 0,
        port: 0,
        service: null,
        protocol: null,
        ttl_sec: 300,
        tag: null,
        created: '2025-01-01T00:00:00',
        updated: '2025-01-01T00:00:00',
      })),
      page,
      pages,
      results: records.length,
    },
  },
})

const create = (value: string, id: number): Exchange => ({
  method: 'POST',
  path: `${BASE}/domains/42/records`,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: { type: 'TXT', name: '_acme-challenge', target: value, ttl_sec: 300 },
  reply: { body: { id, type: 'TXT', name: '_acme-challenge', target: value, ttl_sec: 300 } },
})

describe('linode', () => {
  it('finds the domain on a later page of the account, walking up from the zone DNS shows', async () => {
    const { provider } = await against([
      domainsPage(1, 2, [[7, 'example.com']]),
      domainsPage(2, 2, [[42, ZONE]]),
      recordsPage(1, 1, []),
      create('v1', 100),
    ])
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value, reading every page, without touching the old value', async () => {
    const { provider } = await against([
      domainsPage(1, 1, [[42, ZONE]]),
      recordsPage(1, 2, [
        { id: 1, name: '_acme-challenge', target: 'keep-me' },
        { id: 2, name: 'other', target: 'new-value' },
      ]),
      recordsPage(2, 2, [{ id: 3, name: '_acme-challenge', target: 'already-there' }]),
      create('new-value', 4),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      domainsPage(1, 1, [[42, ZONE]]),
      recordsPage(1, 1, [
        { id: 21, name: '_acme-challenge', target: 'keep-me' },
        { id: 22, name: '_acme-challenge', target: 'ours' },
        { id: 23, name: '', target: 'ours' },
      ]),
      { method: 'DELETE', path: `${BASE}/domains/42/records/22`, headers: AUTH, reply: { body: {} } },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...domainsPage(1, 1, [[42, ZONE]]),
        reply: {
          status: 429,
          headers: { 'retry-after': '4' },
          body: { errors: [{ reason: 'Too Many Requests' }] },
        },
      },
      domainsPage(1, 1, [[42, ZONE]]),
      recordsPage(1, 1, []),
      create('v1', 5),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([4000])
    script?.assertDone()
  })

  it('names LINODE_TOKEN on a 401, and never shows the token', async () => {
    const { provider, host } = await against([
      {
        ...domainsPage(1, 1, []),
        reply: { status: 401, body: { errors: [{ reason: `Invalid Token ${TOKEN}` }] } },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/linode: GET .*HTTP 401.*LINODE_TOKEN/s)
    expect((error as Error).message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
    script?.assertDone()
  })
})
