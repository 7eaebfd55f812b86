// ClouDNS against the shared harness: each request as the API documents it, failures as its HTTP 200 "Failed" answers.
import { describe, expect, it } from 'vitest'
import { cloudns } from '../../src/providers/cloudns/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const AUTH_ID = '1234'
const SUB_ID = '5678'
const PASSWORD = 'cloudns-pass-w0rd!'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const HOST = '_acme-challenge'
const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

let script: ApiScript | undefined
const MAIN = { CLOUDNS_AUTH_ID: AUTH_ID, CLOUDNS_AUTH_PASSWORD: PASSWORD }
const SUB = { CLOUDNS_SUB_AUTH_ID: SUB_ID, CLOUDNS_AUTH_PASSWORD: PASSWORD }

async function against(exchanges: Exchange[], env: Record<string, string> = MAIN) {
  script = await apiScript(exchanges)
  return providerAgainst(cloudns, script, env)
}

const auth = (sub = false) => ({
  ...(sub ? { 'sub-auth-id': SUB_ID } : { 'auth-id': AUTH_ID }),
  'auth-password': PASSWORD,
})

const zoneInfo = (name: string, found: boolean, sub = false): Exchange => ({
  method: 'GET',
  path: '/dns/get-zone-info.json',
  query: { ...auth(sub), 'domain-name': name },
  reply: {
    body: found
      ? { name, type: 'master', zone: 'domain', status: '1', serial: '2025030401' }
      : { status: 'Failed', statusDescription: 'Missing domain-name' },
  },
})

const records = (list: { id: string; record: string }[], sub = false): Exchange => ({
  method: 'GET',
  path: '/dns/records.json',
  query: { ...auth(sub), 'domain-name': ZONE, host: HOST, type: 'TXT' },
  reply: {
    body:
      list.length === 0
        ? []
        : Object.fromEntries(
            list.map((r) => [r.id, { ...r, type: 'TXT', host: HOST, ttl: '60', status: 1, failover: '0' }]),
          ),
  },
})

const form = (expected: Record<string, string>) => (text: string) =>
  expect(Object.fromEntries(new URLSearchParams(text))).toEqual(expected)

const add = (record: string, sub = false): Exchange => ({
  method: 'POST',
  path: '/dns/add-record.json',
  headers: FORM,
  body: form({ ...auth(sub), 'domain-name': ZONE, 'record-type': 'TXT', host: HOST, record, ttl: '60' }),
  reply: {
    body: { status: 'Success', statusDescription: 'The record was added successfully.', data: { id: 4242 } },
  },
})

describe('cloudns', () => {
  it('finds the zone walking up from the zone DNS shows, as an API sub-user', async () => {
    const { provider } = await against(
      [zoneInfo(`acme.${ZONE}`, false, true), zoneInfo(ZONE, true, true), records([], true), add('v1', true)],
      SUB,
    )
    await provider.append(`acme.${ZONE}`, OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value without touching the old record', async () => {
    const { provider } = await against([
      zoneInfo(ZONE, true),
      records([
        { id: '11', record: 'keep-me' },
        { id: '12', record: 'already-there' },
      ]),
      add('new-value'),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      zoneInfo(ZONE, true),
      records([
        { id: '11', record: 'keep-me' },
        { id: '12', record: 'ours' },
      ]),
      {
        method: 'POST',
        path: '/dns/delete-record.json',
        headers: FORM,
        body: form({ ...auth(), 'domain-name': ZONE, 'record-id': '12' }),
        reply: { body: { status: 'Success', statusDescription: 'The record was deleted successfully.' } },
      },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      { ...zoneInfo(ZONE, true), reply: { status: 429, headers: { 'retry-after': '2' } } },
      zoneInfo(ZONE, true),
      records([]),
      add('v1'),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([2000])
    script?.assertDone()
  })

  it('waits out its own rate limit answer, HTTP 200 "Request blocked", and retries', async () => {
    const { provider, sleeps } = await against([
      zoneInfo(ZONE, true),
      records([]),
      {
        ...add('v1'),
        reply: {
          body: {
            status: 'Failed',
            statusDescription: 'Request blocked. 198.51.100.9 is sending more than 20 requests per second.',
          },
        },
      },
      add('v1'),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([1000])
    script?.assertDone()
  })

  it('reports a "Request blocked" answer that outlasts every retry, never showing the password', async () => {
    const blocked: Exchange = {
      ...add('v1'),
      reply: {
        body: {
          status: 'Failed',
          statusDescription: 'Request blocked. 198.51.100.9 is sending more than 20 requests per second.',
        },
      },
    }
    const { provider, sleeps } = await against([
      zoneInfo(ZONE, true),
      records([]),
      blocked,
      blocked,
      blocked,
      blocked,
      blocked,
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      /cloudns: POST \/dns\/add-record\.json failed after 5 attempts: HTTP 200, rate limited .*Request blocked/,
    )
    expect((error as Error).message).not.toContain(PASSWORD)
    expect(sleeps).toEqual([1000, 2000, 4000, 8000])
    script?.assertDone()
  })

  it('turns a 200 "Failed" authentication answer into an error naming the variables, never the password', async () => {
    const { provider, host } = await against([
      {
        ...zoneInfo(ZONE, true),
        reply: {
          body: {
            status: 'Failed',
            statusDescription: `Invalid authentication, incorrect auth-id or auth-password. ${PASSWORD}`,
          },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    const message = (error as Error).message
    expect(message).toMatch(
      /cloudns: .*Invalid authentication.*Check CLOUDNS_AUTH_ID and CLOUDNS_AUTH_PASSWORD/s,
    )
    expect(message).not.toContain(PASSWORD)
    expect(host.masked).toContain(PASSWORD)
    script?.assertDone()
  })

  it('names CLOUDNS_SUB_AUTH_ID on an HTTP 403 for a sub-user', async () => {
    const { provider } = await against(
      [{ ...zoneInfo(ZONE, true, true), reply: { status: 403, body: 'Forbidden' } }],
      SUB,
    )
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/HTTP 403.*CLOUDNS_SUB_AUTH_ID and CLOUDNS_AUTH_PASSWORD/s)
    script?.assertDone()
  })

  it('turns a failed write into an error with the API text', async () => {
    const { provider } = await against([
      zoneInfo(ZONE, true),
      records([]),
      {
        ...add('v1'),
        reply: {
          body: {
            status: 'Failed',
            statusDescription: 'Invalid TTL. Choose from the list of the values we support.',
          },
        },
      },
    ])
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(/add-record.json failed: Invalid TTL/)
    script?.assertDone()
  })
})
