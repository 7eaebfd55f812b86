// Gcore DNS against the shared harness: each request as the Gcore DNS API v2 documents it.
import { describe, expect, it } from 'vitest'
import { gcore } from '../../src/providers/gcore/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

// Gcore permanent tokens are "<id>$<secret>"
const TOKEN = '29841$c767b250e4fa9d1b2c3d4e5f'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { authorization: `APIKey ${TOKEN}` }
const BASE = '/dns'
const RRSET_PATH = `${BASE}/v2/zones/${ZONE}/${OWNER}/TXT`

let script: ApiScript | undefined
async function against(exchanges: Exchange[], env: Record<string, string> = {}) {
  script = await apiScript(exchanges)
  return providerAgainst(gcore, script, { GCORE_PERMANENT_API_TOKEN: TOKEN, ...env }, BASE)
}

const zoneLookup = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `${BASE}/v2/zones/${name}`,
  headers: AUTH,
  reply: found
    ? { body: { id: 4711, name, enabled: true, status: 'active', records: [] } }
    : { status: 404, body: { error: 'zone is not found' } },
})

interface Rec {
  id?: number
  content: string[]
  enabled?: boolean
  meta?: Record<string, unknown>
}

const rrsetBody = (records: Rec[], ttl = 120) => ({
  name: OWNER,
  type: 'TXT',
  ttl,
  resource_records: records.map((r, i) => ({ id: r.id ?? 100 + i, enabled: true, meta: {}, ...r })),
  meta: {},
  updated_at: '2025-01-10T08:00:00Z',
})

const create = (values: string[], status = 200): Exchange => ({
  method: 'POST',
  path: RRSET_PATH,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: { ttl: 120, resource_records: values.map((v) => ({ content: [v], enabled: true })) },
  reply:
    status === 409
      ? { status: 409, body: { error: 'rrset is already exists' } }
      : { body: rrsetBody(values.map((v) => ({ content: [v] }))) },
})

const read = (records: Rec[] | undefined, ttl = 120): Exchange => ({
  method: 'GET',
  path: RRSET_PATH,
  headers: AUTH,
  reply:
    records === undefined
      ? { status: 404, body: { error: 'record is not found' } }
      : { body: rrsetBody(records, ttl) },
})

const replace = (
  records: { content: string[]; enabled: boolean; meta?: unknown }[],
  ttl = 120,
): Exchange => ({
  method: 'PUT',
  path: RRSET_PATH,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: { ttl, resource_records: records },
  reply: {
    body: rrsetBody(
      records.map((r) => ({ content: r.content })),
      ttl,
    ),
  },
})

describe('gcore', () => {
  it('finds the zone walking up from the owner when DNS shows a zone the account does not have', async () => {
    const { provider } = await against([
      zoneLookup('acme.validation.example.org', false),
      zoneLookup(ZONE, true),
      read(undefined),
      create(['v1']),
      read([{ content: ['v1'] }]),
    ])
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
  })

  it('fails with a clear error when no candidate zone is in the account', async () => {
    const { provider } = await against([zoneLookup(ZONE, false), zoneLookup('example.org', false)])
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /gcore: no zone for _acme-challenge\.validation\.example\.org.*tried validation\.example\.org, example\.org/,
    )
    script?.assertDone()
  })

  it('creates the RRset with apex and wildcard values in one POST when the owner is empty', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read(undefined),
      create(['apex', 'wild']),
      read([{ content: ['apex'] }, { content: ['wild'] }]),
    ])
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value: reads, merges and PUTs, keeping the old value', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read([{ content: ['keep-me'], meta: { note: 'theirs' } }, { content: ['already-there'] }], 300),
      replace(
        [
          { content: ['keep-me'], enabled: true, meta: { note: 'theirs' } },
          { content: ['already-there'], enabled: true, meta: {} },
          { content: ['new-value'], enabled: true },
        ],
        300,
      ),
      read([{ content: ['keep-me'] }, { content: ['already-there'] }, { content: ['new-value'] }], 300),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('merges into the RRset another run created between our read and our POST (409), keeping its value', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read(undefined),
      create(['ours'], 409),
      read([{ content: ['theirs'] }]),
      replace([
        { content: ['theirs'], enabled: true, meta: {} },
        { content: ['ours'], enabled: true },
      ]),
      read([{ content: ['theirs'] }, { content: ['ours'] }]),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  /**
   * Our append of "ours" next to keep-me, where another run writes "theirs" after our first PUT (`ourPut`, as
   * answered) and before our next read.
   */
  const appendBesideAnotherRun = (ourPut: (exchange: Exchange) => Exchange) => [
    zoneLookup(ZONE, true),
    read([{ content: ['keep-me'] }]),
    ourPut(
      replace([
        { content: ['keep-me'], enabled: true, meta: {} },
        { content: ['ours'], enabled: true },
      ]),
    ),
    read([{ content: ['keep-me'] }, { content: ['theirs'] }]),
    replace([
      { content: ['keep-me'], enabled: true, meta: {} },
      { content: ['theirs'], enabled: true, meta: {} },
      { content: ['ours'], enabled: true },
    ]),
    read([{ content: ['keep-me'] }, { content: ['theirs'] }, { content: ['ours'] }]),
  ]

  it('keeps the value another run wrote between our read and our PUT: the read-back finds ours gone and merges again', async () => {
    // the other run read before our PUT and wrote after it: its value replaced ours
    const { provider } = await against(appendBesideAnotherRun((put) => put))
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('after a 503 on the PUT, reads again and merges with the value another run wrote meanwhile, instead of sending the same PUT again', async () => {
    const { provider } = await against(
      appendBesideAnotherRun((put) => ({
        ...put,
        reply: { status: 503, body: { error: 'service unavailable' } },
      })),
    )
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('creates again when the RRset is gone by the time it is read back', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read(undefined),
      create(['v1'], 409),
      read(undefined),
      create(['v1']),
      read([{ content: ['v1'] }]),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    script?.assertDone()
  })

  it('removes one of two values with a PUT of the other', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read([{ content: ['keep-me'] }, { content: ['ours'] }]),
      replace([{ content: ['keep-me'], enabled: true, meta: {} }]),
      read([{ content: ['keep-me'] }]),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('deletes the RRset only when no value is left in it', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read([{ content: ['ours'] }, { content: ['"also-ours"'] }]),
      { method: 'DELETE', path: RRSET_PATH, headers: AUTH, reply: { status: 204 } },
      read(undefined),
    ])
    await provider.remove(ZONE, OWNER, ['ours', 'also-ours'])
    script?.assertDone()
  })

  it('does nothing on remove when the owner has no TXT RRset', async () => {
    const { provider } = await against([zoneLookup(ZONE, true), read(undefined)])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('serializes two appends to one owner so that neither read-merge-write loses the other value', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read([{ content: ['keep-me'] }]),
      replace([
        { content: ['keep-me'], enabled: true, meta: {} },
        { content: ['apex'], enabled: true },
      ]),
      read([{ content: ['keep-me'] }, { content: ['apex'] }]),
      read([{ content: ['keep-me'] }, { content: ['apex'] }]),
      replace([
        { content: ['keep-me'], enabled: true, meta: {} },
        { content: ['apex'], enabled: true, meta: {} },
        { content: ['wild'], enabled: true },
      ]),
      read([{ content: ['keep-me'] }, { content: ['apex'] }, { content: ['wild'] }]),
    ])
    await Promise.all([provider.append(ZONE, OWNER, ['apex']), provider.append(ZONE, OWNER, ['wild'])])
    script?.assertDone()
  })

  it('waits as a 429 asks, then reads the RRset again before writing', async () => {
    const { provider, sleeps } = await against([
      zoneLookup(ZONE, true),
      read(undefined),
      {
        ...create(['v1']),
        reply: { status: 429, headers: { 'retry-after': '3' }, body: { error: 'too many requests' } },
      },
      read(undefined),
      create(['v1']),
      read([{ content: ['v1'] }]),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    // the wait asked for, and a little jitter so that runs throttled together do not come back together
    expect(sleeps[0]).toBeGreaterThanOrEqual(3000)
    expect(sleeps[0]).toBeLessThanOrEqual(3300)
    script?.assertDone()
  })

  it('names GCORE_PERMANENT_API_TOKEN on a 401, and never shows the token', async () => {
    const { provider, host } = await against([
      { ...zoneLookup(ZONE, true), reply: { status: 401, body: { error: `Bad permanent token: ${TOKEN}` } } },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/gcore: GET .*HTTP 401.*GCORE_PERMANENT_API_TOKEN/s)
    expect((error as Error).message).not.toContain(TOKEN)
    expect((error as Error).message).not.toContain('c767b250e4fa9d1b2c3d4e5f')
    expect(host.masked).toContain(TOKEN)
    script?.assertDone()
  })
})
