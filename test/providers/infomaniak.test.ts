// Infomaniak against the shared harness: each request as the API v1 documents it.
import { describe, expect, it } from 'vitest'
import { infomaniak } from '../../src/providers/infomaniak/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'ik-token-secret-0042'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { authorization: `Bearer ${TOKEN}` }
const RECORDS = '/1/domain/98765/dns/record'

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(infomaniak, script, { INFOMANIAK_ACCESS_TOKEN: TOKEN })
}

const productLookup = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: '/1/product',
  query: { service_name: 'domain', customer_name: name },
  headers: AUTH,
  reply: {
    body: {
      result: 'success',
      data: found
        ? [{ id: 98765, account_id: 1234, service_id: 14, service_name: 'domain', customer_name: name }]
        : [],
    },
  },
})

const ikRecord = (id: number, fqdn: string, type: string, target: string) => ({
  id,
  source: fqdn === ZONE ? '.' : fqdn.slice(0, -(ZONE.length + 1)),
  source_idn: fqdn,
  type,
  ttl: 300,
  target,
  target_idn: target,
  updated_at: 1700000000,
})

const list = (records: ReturnType<typeof ikRecord>[]): Exchange => ({
  method: 'GET',
  path: RECORDS,
  headers: AUTH,
  reply: { body: { result: 'success', data: records } },
})

const create = (source: string, target: string, id: string): Exchange => ({
  method: 'POST',
  path: RECORDS,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: { source, type: 'TXT', ttl: 300, target },
  reply: { body: { result: 'success', data: id } },
})

describe('infomaniak', () => {
  it('finds the domain product walking up from the owner when DNS shows a zone the account does not have', async () => {
    const owner = `_acme-challenge.sub.${ZONE}`
    const { provider } = await against([
      productLookup(`sub.${ZONE}`, false),
      productLookup(ZONE, true),
      list([ikRecord(1, `www.${ZONE}`, 'A', '192.0.2.1')]),
      create('_acme-challenge.sub', 'v1', '555'),
    ])
    await provider.append(`sub.${ZONE}`, owner, ['v1'])
    script?.assertDone()
  })

  it('writes a value at the zone apex with the source "."', async () => {
    const { provider } = await against([productLookup(ZONE, true), list([]), create('.', 'v1', '556')])
    await provider.append(ZONE, ZONE, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value without touching the old value', async () => {
    const { provider } = await against([
      productLookup(ZONE, true),
      list([
        ikRecord(10, OWNER, 'TXT', 'keep-me'),
        ikRecord(11, OWNER, 'TXT', '"already-there"'),
        ikRecord(12, `other.${ZONE}`, 'TXT', 'new-value'),
      ]),
      create('_acme-challenge', 'new-value', '557'),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      productLookup(ZONE, true),
      list([ikRecord(10, OWNER, 'TXT', 'keep-me'), ikRecord(11, OWNER, 'TXT', 'ours')]),
      {
        method: 'DELETE',
        path: `${RECORDS}/11`,
        headers: AUTH,
        reply: { body: { result: 'success', data: true } },
      },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('fails when the API answers result "error", with its code', async () => {
    const { provider } = await against([
      productLookup(ZONE, true),
      list([]),
      {
        ...create('_acme-challenge', 'v1', 'x'),
        reply: { body: { result: 'error', error: { code: 'invalid_request', description: 'Invalid TTL' } } },
      },
    ])
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /infomaniak: POST .* error: invalid_request/,
    )
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...productLookup(ZONE, true),
        reply: {
          status: 429,
          headers: { 'retry-after': '9' },
          body: { result: 'error', error: { code: 'too_many_request', description: 'Too many requests' } },
        },
      },
      productLookup(ZONE, true),
      list([]),
      create('_acme-challenge', 'v1', '558'),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([9000])
    script?.assertDone()
  })

  it('names INFOMANIAK_ACCESS_TOKEN on a 401, and never shows the token', async () => {
    const { provider, host } = await against([
      {
        ...productLookup(ZONE, true),
        reply: {
          status: 401,
          body: { result: 'error', error: { code: 'not_authorized', description: `Bad token ${TOKEN}` } },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/infomaniak: GET .*HTTP 401.*INFOMANIAK_ACCESS_TOKEN/s)
    expect((error as Error).message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
    script?.assertDone()
  })
})
