// DNSimple against the shared harness: each request as the API v2 documents it.
import { describe, expect, it } from 'vitest'
import { dnsimple } from '../../src/providers/dnsimple/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'dnsimple-account-token-abcdef'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { authorization: `Bearer ${TOKEN}` }
const RECORDS = `/v2/1010/zones/${ZONE}/records`

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(dnsimple, script, { DNSIMPLE_OAUTH_TOKEN: TOKEN })
}

const whoami = (account = true): Exchange => ({
  method: 'GET',
  path: '/v2/whoami',
  headers: AUTH,
  reply: {
    body: {
      data: {
        user: account ? null : { id: 1, email: 'ops@example.org' },
        account: account
          ? {
              id: 1010,
              email: 'ops@example.org',
              plan_identifier: 'teams-v2-monthly',
              created_at: '2020-01-01T00:00:00Z',
            }
          : null,
      },
    },
  },
})

const zoneLookup = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `/v2/1010/zones/${name}`,
  headers: AUTH,
  reply: found
    ? { body: { data: { id: 1, account_id: 1010, name, reverse: false, active: true } } }
    : { status: 404, body: { message: `Zone \`${name}\` not found` } },
})

const recordsPage = (
  page: number,
  totalPages: number,
  records: { id: number; content: string }[],
): Exchange => ({
  method: 'GET',
  path: RECORDS,
  query: { name: '_acme-challenge', type: 'TXT', page: String(page), per_page: '100' },
  headers: AUTH,
  reply: {
    body: {
      data: records.map((r) => ({
        ...r,
        zone_id: ZONE,
        parent_id: null,
        name: '_acme-challenge',
        ttl: 120,
        priority: null,
        type: 'TXT',
        regions: ['global'],
        system_record: false,
      })),
      pagination: {
        current_page: page,
        per_page: 100,
        total_entries: records.length,
        total_pages: totalPages,
      },
    },
  },
})

const create = (value: string, id: number): Exchange => ({
  method: 'POST',
  path: RECORDS,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: { name: '_acme-challenge', type: 'TXT', content: value, ttl: 120 },
  reply: {
    status: 201,
    body: { data: { id, name: '_acme-challenge', type: 'TXT', content: value, ttl: 120 } },
  },
})

describe('dnsimple', () => {
  it('finds the zone walking up from the owner when DNS shows a zone the account does not have', async () => {
    const { provider } = await against([
      whoami(),
      zoneLookup('acme.validation.example.org', false),
      zoneLookup(ZONE, true),
      recordsPage(1, 1, []),
      create('v1', 1),
    ])
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value, reading every page, without touching the old value', async () => {
    const { provider } = await against([
      whoami(),
      zoneLookup(ZONE, true),
      recordsPage(1, 2, [{ id: 1, content: 'keep-me' }]),
      recordsPage(2, 2, [{ id: 2, content: '"already-there"' }]),
      create('new-value', 3),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      whoami(),
      zoneLookup(ZONE, true),
      recordsPage(1, 1, [
        { id: 21, content: 'keep-me' },
        { id: 22, content: 'ours' },
      ]),
      { method: 'DELETE', path: `${RECORDS}/22`, headers: AUTH, reply: { status: 204 } },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('refuses a user token, which has no account to write in', async () => {
    const { provider } = await against([whoami(false)])
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(/user token.*account access token/)
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...whoami(),
        reply: {
          status: 429,
          headers: { 'retry-after': '6', 'x-ratelimit-limit': '2400', 'x-ratelimit-remaining': '0' },
          body: { message: 'API rate limit exceeded' },
        },
      },
      whoami(),
      zoneLookup(ZONE, true),
      recordsPage(1, 1, []),
      create('v1', 5),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([6000])
    script?.assertDone()
  })

  it('names DNSIMPLE_OAUTH_TOKEN on a 401, and never shows the token', async () => {
    const { provider, host } = await against([
      {
        ...whoami(),
        reply: { status: 401, body: { message: `Authentication failed for ${TOKEN}` } },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/dnsimple: GET .*HTTP 401.*DNSIMPLE_OAUTH_TOKEN/s)
    expect((error as Error).message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
    script?.assertDone()
  })
})
