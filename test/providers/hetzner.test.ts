// Hetzner (Cloud API) against the shared harness: each request as the API documents it.
import { describe, expect, it } from 'vitest'
import { hetzner } from '../../src/providers/hetzner/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'hcloud-secret-token-4321'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { authorization: `Bearer ${TOKEN}` }
const BASE = '/v1'
const RRSET = `${BASE}/zones/1234/rrsets/_acme-challenge/TXT`

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(hetzner, script, { HETZNER_API_TOKEN: TOKEN }, BASE)
}

const zoneLookup = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `${BASE}/zones/${name}`,
  headers: AUTH,
  reply: found
    ? { body: { zone: { id: 1234, name, mode: 'primary', ttl: 3600, status: 'ok', record_count: 4 } } }
    : { status: 404, body: { error: { code: 'not_found', message: 'zone not found', details: {} } } },
})

const readRrset = (values: string[] | undefined, path = RRSET): Exchange => ({
  method: 'GET',
  path,
  headers: AUTH,
  reply:
    values === undefined
      ? { status: 404, body: { error: { code: 'not_found', message: 'rrset not found', details: {} } } }
      : {
          body: {
            rrset: {
              id: '_acme-challenge/TXT',
              name: '_acme-challenge',
              type: 'TXT',
              ttl: 300,
              labels: {},
              protection: { change: false },
              records: values.map((value) => ({ value, comment: null })),
              zone: 1234,
            },
          },
        },
})

const action = (id: number, command: string, status: string, error: unknown = null) => ({
  action: {
    id,
    command,
    status,
    progress: status === 'running' ? 50 : 100,
    started: '2025-01-30T23:55:00+00:00',
    finished: status === 'running' ? null : '2025-01-30T23:55:01+00:00',
    resources: [{ id: 1234, type: 'zone' }],
    error,
  },
})

const addRecords = (body: unknown, status = 'success', path = RRSET): Exchange => ({
  method: 'POST',
  path: `${path}/actions/add_records`,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body,
  reply: { status: 201, body: action(7, 'add_rrset_records', status) },
})

describe('hetzner', () => {
  it('finds the zone walking up from the owner when DNS shows a zone the project does not have', async () => {
    const { provider } = await against([
      zoneLookup('acme.validation.example.org', false),
      zoneLookup(ZONE, true),
      readRrset(undefined),
      addRecords({ ttl: 120, records: [{ value: '"v1"' }] }),
    ])
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value in one add_records action, keeping its TTL, and waits for the action', async () => {
    const { provider, sleeps } = await against([
      zoneLookup(ZONE, true),
      readRrset(['"keep-me"', '"already-there"']),
      addRecords({ ttl: 300, records: [{ value: '"apex"' }, { value: '"wildcard"' }] }, 'running'),
      {
        method: 'GET',
        path: `${BASE}/actions/7`,
        headers: AUTH,
        reply: { body: action(7, 'add_rrset_records', 'running') },
      },
      {
        method: 'GET',
        path: `${BASE}/actions/7`,
        headers: AUTH,
        reply: { body: action(7, 'add_rrset_records', 'success') },
      },
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'apex', 'wildcard'])
    expect(sleeps).toEqual([1000, 1000])
    script?.assertDone()
  })

  it('writes an apex owner as @', async () => {
    const apex = `${BASE}/zones/1234/rrsets/@/TXT`
    const { provider } = await against([
      zoneLookup(ZONE, true),
      readRrset(undefined, apex),
      addRecords({ ttl: 120, records: [{ value: '"v1"' }] }, 'success', apex),
    ])
    await provider.append(ZONE, ZONE, ['v1'])
    script?.assertDone()
  })

  it('removes one of two values with remove_records and keeps the other', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      readRrset(['"keep-me"', '"ours"']),
      {
        method: 'POST',
        path: `${RRSET}/actions/remove_records`,
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: { records: [{ value: '"ours"' }] },
        reply: { status: 201, body: action(8, 'remove_rrset_records', 'success') },
      },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('reports an action that ends in error', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      readRrset(undefined),
      {
        ...addRecords({ ttl: 120, records: [{ value: '"v1"' }] }),
        reply: {
          status: 201,
          body: action(9, 'add_rrset_records', 'error', { code: 'action_failed', message: 'Action failed' }),
        },
      },
    ])
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /hetzner: action 9 \(add_rrset_records\) failed: action_failed: Action failed/,
    )
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...zoneLookup(ZONE, true),
        reply: {
          status: 429,
          headers: { 'retry-after': '3', 'ratelimit-limit': '3600', 'ratelimit-remaining': '0' },
          body: {
            error: {
              code: 'rate_limit_exceeded',
              message: 'limit of 3600 requests per hour reached',
              details: {},
            },
          },
        },
      },
      zoneLookup(ZONE, true),
      readRrset(undefined),
      addRecords({ ttl: 120, records: [{ value: '"v1"' }] }),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([3000])
    script?.assertDone()
  })

  it('waits until RateLimit-Reset when a 429 comes without Retry-After', async () => {
    const reset = Math.floor(Date.now() / 1000) + 45
    const { provider, sleeps } = await against([
      {
        ...zoneLookup(ZONE, true),
        reply: {
          status: 429,
          headers: {
            'RateLimit-Limit': '3600',
            'RateLimit-Remaining': '0',
            'RateLimit-Reset': String(reset),
          },
          body: {
            error: {
              code: 'rate_limit_exceeded',
              message: 'limit of 3600 requests per hour reached',
              details: {},
            },
          },
        },
      },
      zoneLookup(ZONE, true),
      readRrset(undefined),
      addRecords({ ttl: 120, records: [{ value: '"v1"' }] }),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toHaveLength(1)
    // the reset moment less the time the test took to get there
    expect(sleeps[0]).toBeGreaterThan(40_000)
    expect(sleeps[0]).toBeLessThanOrEqual(45_000)
    script?.assertDone()
  })

  it('sends add_records again when the zone is locked by another action', async () => {
    const { provider, sleeps } = await against([
      zoneLookup(ZONE, true),
      readRrset(undefined),
      {
        ...addRecords({ ttl: 120, records: [{ value: '"v1"' }] }),
        reply: {
          status: 423,
          headers: { 'retry-after': '2' },
          body: { error: { code: 'locked', message: 'zone is locked', details: {} } },
        },
      },
      addRecords({ ttl: 120, records: [{ value: '"v1"' }] }),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([2000])
    script?.assertDone()
  })

  it('names HETZNER_API_TOKEN on a 401, and never shows the token', async () => {
    const { provider, host } = await against([
      {
        ...zoneLookup(ZONE, true),
        reply: {
          status: 401,
          body: { error: { code: 'unauthorized', message: `unable to authenticate ${TOKEN}`, details: {} } },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/hetzner: GET .*HTTP 401.*HETZNER_API_TOKEN/s)
    expect((error as Error).message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
    script?.assertDone()
  })
})
