// DNS Made Easy against the shared harness: each request as the API documents it, each HMAC recomputed here.
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createDnsMadeEasy, dnsmadeeasy } from '../../src/providers/dnsmadeeasy/index.js'
import type { ProviderModule } from '../../src/providers/types.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const KEY = 'dme-key-1c8a6b2e'
const SECRET = 'dme-secret-c0ffee42'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const BASE = '/V2.0'
const NOW = Date.UTC(2025, 2, 4, 5, 6, 7)
const DATE = 'Tue, 04 Mar 2025 05:06:07 GMT'
// the documented signature, by hand: hex HMAC-SHA1 of the request date, keyed with the secret
const SIGNED = {
  'x-dnsme-apikey': KEY,
  'x-dnsme-requestdate': DATE,
  'x-dnsme-hmac': createHmac('sha1', SECRET).update(DATE).digest('hex'),
}

let script: ApiScript | undefined
const fixedClock: ProviderModule = {
  descriptor: dnsmadeeasy.descriptor,
  create: (context) => createDnsMadeEasy(context, { now: () => NOW }),
}

async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(
    fixedClock,
    script,
    { DNSMADEEASY_API_KEY: KEY, DNSMADEEASY_API_SECRET: SECRET },
    BASE,
  )
}

const domain = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `${BASE}/dns/managed/name`,
  query: { domainname: name },
  headers: SIGNED,
  reply: found
    ? {
        body: {
          id: 1119443,
          name,
          gtdEnabled: false,
          folderId: 1,
          nameServers: [{ fqdn: 'ns0.dnsmadeeasy.com' }],
        },
      }
    : { status: 404, body: { error: ['Domain not found'] } },
})

const list = (records: { id: number; value: string }[], name = '_acme-challenge'): Exchange => ({
  method: 'GET',
  path: `${BASE}/dns/managed/1119443/records`,
  query: { type: 'TXT', recordName: name },
  headers: SIGNED,
  reply: {
    body: {
      totalRecords: records.length,
      totalPages: 1,
      page: 0,
      data: records.map((r) => ({
        ...r,
        name,
        type: 'TXT',
        ttl: 120,
        sourceId: 1119443,
        gtdLocation: 'DEFAULT',
      })),
    },
  },
})

const create = (value: string, name = '_acme-challenge'): Exchange => ({
  method: 'POST',
  path: `${BASE}/dns/managed/1119443/records`,
  headers: { ...SIGNED, 'content-type': 'application/json' },
  body: { name, type: 'TXT', value, gtdLocation: 'DEFAULT', ttl: 120 },
  reply: { status: 201, body: { id: 99, name, type: 'TXT', value, ttl: 120, sourceId: 1119443 } },
})

describe('dnsmadeeasy', () => {
  it('signs every request with the HMAC of its date and finds the domain walking up from the owner', async () => {
    const owner = '_acme-challenge.sub.validation.example.org'
    const { provider } = await against([
      domain('sub.validation.example.org', false),
      domain(ZONE, true),
      list([], '_acme-challenge.sub'),
      create('v1', '_acme-challenge.sub'),
    ])
    await provider.append('sub.validation.example.org', owner, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value without touching the old record', async () => {
    const { provider } = await against([
      domain(ZONE, true),
      list([
        { id: 11, value: '"keep-me"' },
        { id: 12, value: '"already-there"' },
      ]),
      create('new-value'),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      domain(ZONE, true),
      list([
        { id: 11, value: 'keep-me' },
        { id: 12, value: 'ours' },
      ]),
      {
        method: 'DELETE',
        path: `${BASE}/dns/managed/1119443/records/12`,
        headers: SIGNED,
        reply: { status: 200 },
      },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      { ...domain(ZONE, true), reply: { status: 429, headers: { 'retry-after': '6' } } },
      domain(ZONE, true),
      list([]),
      create('v1'),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([6000])
    script?.assertDone()
  })

  it('retries its own throttling signal, 400 "Rate limit exceeded", with the request signed again', async () => {
    const { provider, sleeps } = await against([
      {
        ...domain(ZONE, true),
        reply: {
          status: 400,
          headers: { 'x-dnsme-requestLimit': '150', 'x-dnsme-requestsRemaining': '0' },
          body: { error: ['Rate limit exceeded'] },
        },
      },
      domain(ZONE, true),
      list([]),
      create('v1'),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toHaveLength(1)
    script?.assertDone()
  })

  it('names both credential variables on a 403, and never shows them', async () => {
    const { provider, host } = await against([
      {
        ...domain(ZONE, true),
        reply: { status: 403, body: { error: [`API key ${KEY} not found or HMAC invalid`] } },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    const message = (error as Error).message
    expect(message).toMatch(/dnsmadeeasy: GET .*HTTP 403.*DNSMADEEASY_API_KEY and DNSMADEEASY_API_SECRET/s)
    expect(message).not.toContain(KEY)
    expect(message).not.toContain(SECRET)
    expect(host.masked).toEqual(expect.arrayContaining([KEY, SECRET]))
    script?.assertDone()
  })
})
