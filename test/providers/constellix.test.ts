// Constellix against a fake DNS API v4 that keeps one record per name and checks every request's HMAC token: the
// signer, the contract, and the whole-record writes read back and never resent as they were.
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { constellix, constellixToken, createConstellix } from '../../src/providers/constellix/index.js'
import { type FakeConstellixOptions, startFakeConstellix } from '../support/fake-apis/constellix.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { recordingHost } from '../support/host.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const API_KEY = 'f3c1a2b4-5d6e-4f70-8a9b-0c1d2e3f4a5b'
const SECRET = '9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b'
const WRONG = 'not-the-secret-key-0000'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`
const RECORDS = '/v4/domains/366247/records'

async function setup(env: Record<string, string> = {}, options: Partial<FakeConstellixOptions> = {}) {
  const zones = new MemoryZones(['example.org', ZONE])
  const fake = await startFakeConstellix({ apiKey: API_KEY, secretKey: SECRET, zones, ...options })
  const base = { CONSTELLIX_API_KEY: API_KEY, CONSTELLIX_SECRET_KEY: SECRET }
  return { zones, fake, ...providerAgainst(constellix, fake, { ...base, ...env }, '/v4') }
}

const writes = <T extends { method: string }>(requests: T[]) => requests.filter((r) => r.method !== 'GET')

describe('constellix', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 60,
    badCredential: {
      env: { CONSTELLIX_SECRET_KEY: WRONG },
      secret: WRONG,
      error: /^constellix: GET .*HTTP 401.*Check CONSTELLIX_API_KEY and CONSTELLIX_SECRET_KEY/s,
    },
    throttled: {
      status: 429,
      headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' },
      body: { errors: ['Rate limit exceeded'] },
    },
    wholeSetWrite: (request) =>
      ['POST', 'PUT'].includes(request.method) && request.rawPath.startsWith(RECORDS),
  })

  it('creates the record with the apex and wildcard values in one POST, quoted, with CONSTELLIX_TTL', async () => {
    const { fake, provider } = await setup({ CONSTELLIX_TTL: '120' })
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    expect(writes(fake.requests).map((r) => [r.method, r.rawPath, JSON.parse(r.text)])).toEqual([
      [
        'POST',
        RECORDS,
        {
          mode: 'standard',
          name: '_acme-challenge',
          type: 'TXT',
          ttl: 120,
          value: [
            { value: '"apex"', enabled: true },
            { value: '"wild"', enabled: true },
          ],
        },
      ],
    ])
  })

  it('merges into the record another tool made, keeping its values, TTL and settings', async () => {
    const { zones, fake, provider } = await setup()
    zones.add(ZONE, OWNER, 'theirs', 300)
    fake.setFields(OWNER, { notes: 'made by hand' })
    await provider.append(ZONE, OWNER, ['ours'])
    const [put] = writes(fake.requests)
    expect(put?.method).toBe('PUT')
    expect(JSON.parse(put?.text ?? '')).toMatchObject({
      notes: 'made by hand',
      ttl: 300,
      value: [
        { value: '"theirs"', enabled: true },
        { value: '"ours"', enabled: true },
      ],
    })
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(writes(fake.requests).at(-1)?.method).toBe('PUT')
    expect(zones.values(OWNER)).toEqual(['theirs'])
  })

  it('writes our value again when another run, writing the set it read before ours, dropped it', async () => {
    const { zones, fake, provider, host } = await setup()
    zones.add(ZONE, OWNER, 'keep-me')
    let raced = false
    fake.beforeEach((request) => {
      // after our write lands, the other run's write of what it read before (keep-me) plus its value
      if (
        request.method === 'GET' &&
        request.rawPath === RECORDS &&
        zones.values(OWNER).includes('ours') &&
        !raced
      ) {
        raced = true
        zones.replace(ZONE, OWNER, ['keep-me', 'theirs'], 300)
      }
    })
    await provider.append(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual(['keep-me', 'ours', 'theirs'])
    expect(writes(fake.requests)).toHaveLength(2)
    expect(host.lines.join('\n')).toMatch(/lost a value of ours to another writer/)
  })

  it('reads and merges again after a rate-limited write, waiting as X-RateLimit-Reset says', async () => {
    const { zones, fake, provider, sleeps } = await setup()
    let refused = false
    fake.beforeEach((request) => {
      if (request.method === 'POST' && !refused) {
        refused = true
        zones.add(ZONE, OWNER, 'theirs')
        fake.interrupt({
          status: 429,
          headers: { 'x-ratelimit-reset': '9' },
          body: { errors: ['Rate limit exceeded'] },
        })
      }
    })
    await provider.append(ZONE, OWNER, ['ours'])
    const after = fake.requests.slice(fake.requests.findIndex((r) => r.method === 'POST') + 1)
    // not the same POST again: the record is read, and the write that follows merges into theirs
    expect(after[0]?.method).toBe('GET')
    expect(writes(after).map((r) => r.method)).toEqual(['PUT'])
    expect(sleeps.some((ms) => ms >= 9000 && ms < 9300)).toBe(true)
    expect(zones.values(OWNER)).toEqual(['ours', 'theirs'])
  })

  it('takes a record another run created between our read and our POST as there, and merges into it', async () => {
    const { zones, fake, provider } = await setup()
    fake.beforeEach((request) => {
      if (request.method === 'POST' && zones.values(OWNER).length === 0) zones.add(ZONE, OWNER, 'theirs')
    })
    await provider.append(ZONE, OWNER, ['ours'])
    expect(writes(fake.requests).map((r) => r.method)).toEqual(['POST', 'PUT'])
    expect(zones.values(OWNER)).toEqual(['ours', 'theirs'])
  })

  it('deletes the record when our value was its last', async () => {
    const { zones, fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['ours'])
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(writes(fake.requests).at(-1)?.method).toBe('DELETE')
    expect(zones.values(OWNER)).toEqual([])
  })

  it('follows the pages of the domain and record listings', async () => {
    const { zones, fake, provider } = await setup({}, { pageSize: 1 })
    zones.add(ZONE, `other.${ZONE}`, 'x')
    zones.add(ZONE, OWNER, 'theirs')
    await provider.append(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual(['ours', 'theirs'])
    expect(fake.requests.filter((r) => r.rawPath === '/v4/domains').map((r) => r.query.get('page'))).toEqual([
      '1',
      '2',
    ])
  })

  it('is refused, naming both keys, when its clock is minutes off: the token covers the time', async () => {
    const { fake } = await setup()
    const provider = createConstellix(
      {
        env: {
          CONSTELLIX_API_KEY: API_KEY,
          CONSTELLIX_SECRET_KEY: SECRET,
          CONSTELLIX_API_URL: `${fake.origin}/v4`,
        },
        host: recordingHost(),
        resolvers: [],
      },
      { now: () => Date.now() - 10 * 60_000 },
    )
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /HTTP 401.*CONSTELLIX_API_KEY and CONSTELLIX_SECRET_KEY/s,
    )
  })
})

describe('constellixToken', () => {
  it('gives the token of a worked example: apiKey:Base64(HMAC-SHA1(secret, epoch ms)):epoch ms', () => {
    // Constellix documents the algorithm but no numbers; this example is an independent client's (octodns-constellix)
    expect(constellixToken('api', 'test', 1234567890123)).toBe(
      'api:S5VaK5DN7gpfTGh1975BlT6xw7k=:1234567890123',
    )
  })

  it('signs the decimal text of the whole milliseconds, as Constellix computes it from the token', () => {
    const token = constellixToken(API_KEY, SECRET, 1700000000123.9)
    const [key, hmac, timestamp] = token.split(':')
    expect([key, timestamp]).toEqual([API_KEY, '1700000000123'])
    expect(hmac).toBe(createHmac('sha1', SECRET).update('1700000000123').digest('base64'))
  })
})
