// Cloudflare against the shared harness: each request as the API documents it.
import { describe, expect, it } from 'vitest'
import { cloudflare } from '../../src/providers/cloudflare/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'cf-token-secret-1234'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { authorization: `Bearer ${TOKEN}` }
const BASE = '/client/v4'

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(cloudflare, script, { CLOUDFLARE_DNS_API_TOKEN: TOKEN }, BASE)
}

const zoneLookup = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `${BASE}/zones`,
  query: { name },
  headers: AUTH,
  reply: { body: { success: true, result: found ? [{ id: 'zone-1', name }] : [] } },
})

const listPage = (
  page: number,
  totalPages: number,
  records: { id: string; content: string }[],
): Exchange => ({
  method: 'GET',
  path: `${BASE}/zones/zone-1/dns_records`,
  query: { type: 'TXT', name: OWNER, per_page: '100', page: String(page) },
  headers: AUTH,
  reply: {
    body: {
      success: true,
      result: records.map((r) => ({ ...r, name: OWNER, type: 'TXT' })),
      result_info: { page, total_pages: totalPages },
    },
  },
})

const create = (value: string): Exchange => ({
  method: 'POST',
  path: `${BASE}/zones/zone-1/dns_records`,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: { type: 'TXT', name: OWNER, content: `"${value}"`, ttl: 120 },
  reply: { body: { success: true, result: { id: `new-${value}` } } },
})

describe('cloudflare', () => {
  it('finds the zone walking up from the owner when DNS shows a zone the account does not have', async () => {
    const { provider } = await against([
      zoneLookup('acme.validation.example.org', false),
      zoneLookup(ZONE, true),
      listPage(1, 1, []),
      create('v1'),
    ])
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value, reading every page, without touching the old value', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      listPage(1, 2, [{ id: 'old', content: '"keep-me"' }]),
      listPage(2, 2, [{ id: 'mine', content: '"already-there"' }]),
      create('new-value'),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('takes "record already exists" (81057, 81058) for a value another run wrote first as success', async () => {
    const exists = (value: string, code: number, message: string): Exchange => ({
      ...create(value),
      reply: {
        status: 400,
        body: { success: false, errors: [{ code, message }], messages: [], result: null },
      },
    })
    const { provider } = await against([
      zoneLookup(ZONE, true),
      listPage(1, 1, []),
      exists('same-authorization', 81058, 'An identical record already exists.'),
      listPage(1, 1, []),
      exists('other', 81057, 'Record already exists.'),
    ])
    await provider.append(ZONE, OWNER, ['same-authorization'])
    await provider.append(ZONE, OWNER, ['other'])
    script?.assertDone()
  })

  it('still fails on any other 400', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      listPage(1, 1, []),
      {
        ...create('v1'),
        reply: {
          status: 400,
          body: { success: false, errors: [{ code: 9005, message: 'Content for TXT record is invalid.' }] },
        },
      },
    ])
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(/HTTP 400.*9005/)
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      listPage(1, 1, [
        { id: 'keep', content: '"keep-me"' },
        { id: 'ours', content: 'ours' },
      ]),
      {
        method: 'DELETE',
        path: `${BASE}/zones/zone-1/dns_records/ours`,
        headers: AUTH,
        reply: { body: { success: true } },
      },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...zoneLookup(ZONE, true),
        reply: { status: 429, headers: { 'retry-after': '7' }, body: { success: false } },
      },
      zoneLookup(ZONE, true),
      listPage(1, 1, []),
      create('v1'),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([7000])
    script?.assertDone()
  })

  it('names CLOUDFLARE_DNS_API_TOKEN on a 403, and never shows the token', async () => {
    const { provider, host } = await against([
      {
        ...zoneLookup(ZONE, true),
        reply: {
          status: 403,
          body: { success: false, errors: [{ code: 10000, message: `Authentication error ${TOKEN}` }] },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/cloudflare: GET .*HTTP 403.*CLOUDFLARE_DNS_API_TOKEN/s)
    expect((error as Error).message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
    script?.assertDone()
  })
})
