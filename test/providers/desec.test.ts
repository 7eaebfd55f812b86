// deSEC against the shared harness: each request as the deSEC API documents it.
import { describe, expect, it } from 'vitest'
import { desec } from '../../src/providers/desec/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'desecTokenSecret4Zx9Qk1mNpRs7Tu'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { authorization: `Token ${TOKEN}` }
const BASE = '/api/v1'
const RRSET_PATH = `${BASE}/domains/${ZONE}/rrsets/_acme-challenge.../TXT/`

let script: ApiScript | undefined
async function against(exchanges: Exchange[], env: Record<string, string> = {}) {
  script = await apiScript(exchanges)
  return providerAgainst(desec, script, { DESEC_TOKEN: TOKEN, ...env }, BASE)
}

const domainObject = (name: string, minimumTtl?: number) => ({
  created: '2024-05-04T16:24:28.660313Z',
  ...(minimumTtl === undefined ? {} : { minimum_ttl: minimumTtl }),
  name,
  published: '2024-05-04T16:24:29.155983Z',
  touched: '2024-05-04T16:24:29.155983Z',
})

const ownsQname = (qname: string, domains: unknown[]): Exchange => ({
  method: 'GET',
  path: `${BASE}/domains/`,
  query: { owns_qname: qname },
  headers: AUTH,
  reply: { body: domains },
})

const rrset = (records: string[], ttl = 3600) => ({
  created: '2025-01-10T08:00:00.000000Z',
  domain: ZONE,
  subname: '_acme-challenge',
  name: `${OWNER}.`,
  type: 'TXT',
  records,
  ttl,
  touched: '2025-01-10T08:00:00.000000Z',
})

const readTxt = (records: string[] | undefined, ttl = 3600): Exchange => ({
  method: 'GET',
  path: RRSET_PATH,
  headers: AUTH,
  reply:
    records === undefined ? { status: 404, body: { detail: 'Not found.' } } : { body: rrset(records, ttl) },
})

const bulkPut = (records: string[], ttl = 3600): Exchange => ({
  method: 'PUT',
  path: `${BASE}/domains/${ZONE}/rrsets/`,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: [{ subname: '_acme-challenge', type: 'TXT', ttl, records }],
  reply: records.length === 0 ? { status: 204 } : { body: [rrset(records, ttl)] },
})

describe('desec', () => {
  it('asks deSEC which domain owns the name and writes the subname relative to it', async () => {
    const deeper = '_acme-challenge.www.validation.example.org'
    const { provider } = await against([
      ownsQname(deeper, [domainObject(ZONE, 3600)]),
      {
        method: 'GET',
        path: `${BASE}/domains/${ZONE}/rrsets/_acme-challenge.www.../TXT/`,
        headers: AUTH,
        reply: { status: 404, body: { detail: 'Not found.' } },
      },
      {
        method: 'PUT',
        path: `${BASE}/domains/${ZONE}/rrsets/`,
        body: [{ subname: '_acme-challenge.www', type: 'TXT', ttl: 3600, records: ['"v1"'] }],
        reply: { body: [] },
      },
      {
        method: 'GET',
        path: `${BASE}/domains/${ZONE}/rrsets/_acme-challenge.www.../TXT/`,
        headers: AUTH,
        reply: { body: { ...rrset(['"v1"']), subname: '_acme-challenge.www', name: `${deeper}.` } },
      },
    ])
    // DNS showed a zone deSEC does not have as a domain of its own
    await provider.append('www.validation.example.org', deeper, ['v1'])
    script?.assertDone()
  })

  it('fails with a clear error when no domain of the account holds the owner', async () => {
    const { provider } = await against([ownsQname(OWNER, [])])
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /desec: no domain of this account holds _acme-challenge\.validation\.example\.org.*DESEC_TOKEN/,
    )
    script?.assertDone()
  })

  it("writes apex and wildcard values in one PUT, raising DESEC_TTL to the domain's minimum_ttl", async () => {
    const { provider } = await against(
      [
        ownsQname(OWNER, [domainObject(ZONE, 3600)]),
        readTxt(undefined),
        bulkPut(['"apex"', '"wild"'], 3600),
        readTxt(['"apex"', '"wild"']),
      ],
      { DESEC_TTL: '60' },
    )
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    script?.assertDone()
  })

  it('reads minimum_ttl from the domain itself when the listing leaves it out', async () => {
    const { provider } = await against([
      ownsQname(OWNER, [domainObject(ZONE)]),
      {
        method: 'GET',
        path: `${BASE}/domains/${ZONE}/`,
        headers: AUTH,
        reply: { body: domainObject(ZONE, 7200) },
      },
      readTxt(undefined),
      bulkPut(['"v1"'], 7200),
      readTxt(['"v1"'], 7200),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value and keeps the old value and its TTL', async () => {
    const { provider } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(['"keep-me"', '"already-there"'], 86400),
      bulkPut(['"keep-me"', '"already-there"', '"new-value"'], 86400),
      readTxt(['"keep-me"', '"already-there"', '"new-value"'], 86400),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('does not write when every value is already there (each write counts against the rate limit)', async () => {
    const { provider } = await against([ownsQname(OWNER, [domainObject(ZONE, 3600)]), readTxt(['"v1"'])])
    await provider.append(ZONE, OWNER, ['v1'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(['"keep-me"', '"ours"']),
      bulkPut(['"keep-me"']),
      readTxt(['"keep-me"']),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('deletes the RRset with an empty records list when the last value goes', async () => {
    const { provider } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(['"ours"']),
      bulkPut([]),
      readTxt(undefined),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('serializes two appends to one owner so that neither value is lost', async () => {
    const { provider } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(undefined),
      bulkPut(['"apex"']),
      readTxt(['"apex"']),
      readTxt(['"apex"']),
      bulkPut(['"apex"', '"wild"']),
      readTxt(['"apex"', '"wild"']),
    ])
    await Promise.all([provider.append(ZONE, OWNER, ['apex']), provider.append(ZONE, OWNER, ['wild'])])
    script?.assertDone()
  })

  it('keeps the value another run wrote between our read and our write: the read-back finds ours gone and merges again', async () => {
    const { provider, host } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(['"keep-me"']),
      bulkPut(['"keep-me"', '"ours"']),
      // another run read before our write and wrote after it: its value replaced ours
      readTxt(['"keep-me"', '"theirs"']),
      bulkPut(['"keep-me"', '"theirs"', '"ours"']),
      readTxt(['"keep-me"', '"theirs"', '"ours"']),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
    expect(host.lines.join('\n')).toMatch(/lost a value of ours to another writer/)
  })

  it('after a 502 on the PUT, reads again and merges with the value another run wrote meanwhile, instead of sending the same PUT again', async () => {
    const { provider } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(['"keep-me"']),
      { ...bulkPut(['"keep-me"', '"ours"']), reply: { status: 502, body: '<html>Bad Gateway</html>' } },
      readTxt(['"keep-me"', '"theirs"']),
      bulkPut(['"keep-me"', '"theirs"', '"ours"']),
      readTxt(['"keep-me"', '"theirs"', '"ours"']),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('removes ours again when another run wrote back the set it read before our removal, keeping its own value', async () => {
    const { provider } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(['"keep-me"', '"ours"']),
      bulkPut(['"keep-me"']),
      readTxt(['"keep-me"', '"ours"', '"theirs"']),
      bulkPut(['"keep-me"', '"theirs"']),
      readTxt(['"keep-me"', '"theirs"']),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(undefined),
      {
        ...bulkPut(['"v1"']),
        reply: {
          status: 429,
          headers: { 'retry-after': '12' },
          body: { detail: 'Request was throttled. Expected available in 12 seconds.' },
        },
      },
      // not the same PUT again: another run may have written while we waited
      readTxt(['"theirs"']),
      bulkPut(['"theirs"', '"v1"']),
      readTxt(['"theirs"', '"v1"']),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps[0]).toBeGreaterThanOrEqual(12000)
    script?.assertDone()
  })

  it('waits out a Retry-After of a whole minute, the longest a run waits', async () => {
    const { provider, sleeps } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(undefined),
      {
        ...bulkPut(['"v1"']),
        reply: { status: 429, headers: { 'retry-after': '60' }, body: { detail: 'throttled' } },
      },
      readTxt(undefined),
      bulkPut(['"v1"']),
      readTxt(['"v1"']),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps[0]).toBeGreaterThanOrEqual(60000)
    script?.assertDone()
  })

  it('fails at once on a Retry-After longer than a run waits (an hourly limit), saying when to run again', async () => {
    const { provider, sleeps } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(undefined),
      {
        ...bulkPut(['"v1"']),
        reply: {
          status: 429,
          headers: { 'retry-after': '3500' },
          body: { detail: 'Request was throttled. Expected available in 3500 seconds.' },
        },
      },
    ])
    const started = Date.now()
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    // no early retry into the same limit: the harness would have answered a second PUT with a 418
    expect(sleeps).toEqual([])
    expect((error as Error).message).toMatch(
      /^desec: PUT \/api\/v1\/domains\/validation\.example\.org\/rrsets\/ failed: HTTP 429, deSEC asks to wait 3500 s \(Retry-After\), longer than the 60 s a run waits: .*; run again after (\S+)/,
    )
    const after = /run again after (\S+?)[:]? /.exec((error as Error).message)?.[1] ?? ''
    expect(Math.abs(Date.parse(after) - (started + 3_500_000))).toBeLessThan(5000)
    script?.assertDone()
  })

  it('names DESEC_TOKEN on a 401, and never shows the token', async () => {
    const { provider, host } = await against([
      { ...ownsQname(OWNER, []), reply: { status: 401, body: { detail: `Invalid token. ${TOKEN}` } } },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/desec: GET .*HTTP 401.*DESEC_TOKEN/s)
    expect((error as Error).message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
    script?.assertDone()
  })

  it('names DESEC_TOKEN on a 403 from a token policy that forbids the write', async () => {
    const { provider } = await against([
      ownsQname(OWNER, [domainObject(ZONE, 3600)]),
      readTxt(undefined),
      {
        ...bulkPut(['"v1"']),
        reply: { status: 403, body: { detail: 'You do not have permission to perform this action.' } },
      },
    ])
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /HTTP 403.*DESEC_TOKEN.*lacks the permission/s,
    )
    script?.assertDone()
  })

  it('refuses a DESEC_TTL that is not a number of seconds', () => {
    expect(() =>
      desec.create({
        env: { DESEC_TOKEN: TOKEN, DESEC_TTL: '1h' },
        host: { mask: () => {} } as never,
        resolvers: [],
      }),
    ).toThrow(/DESEC_TTL must be a whole number of seconds/)
  })
})
