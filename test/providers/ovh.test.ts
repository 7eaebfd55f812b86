// OVHcloud against the shared harness: each request as the API documents it, each signature recomputed here.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createOvh, ovh } from '../../src/providers/ovh/index.js'
import type { ProviderModule } from '../../src/providers/types.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const AK = 'ovh-app-key-7aa1'
const AS = 'ovh-app-secret-93bd0c'
const CK = 'ovh-consumer-key-1f20e5'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const SUB = '_acme-challenge'
const BASE = '/1.0'
// the local clock is 100000 s behind OVH's: every timestamp sent must be OVH's time
const LOCAL_MS = 1_699_900_000_000
const SERVER_TIME = 1_700_000_000

let script: ApiScript | undefined
const fixedClock: ProviderModule = {
  descriptor: ovh.descriptor,
  create: (context) => createOvh(context, { now: () => LOCAL_MS }),
}

async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(
    fixedClock,
    script,
    { OVH_APPLICATION_KEY: AK, OVH_APPLICATION_SECRET: AS, OVH_CONSUMER_KEY: CK },
    BASE,
  )
}

/** The documented signature, computed by hand: "$1$" + sha1_hex(AS+CK+METHOD+URL+BODY+TIMESTAMP). */
function expectedSignature(method: string, url: string, body: string, timestamp: string): string {
  return `$1$${createHash('sha1').update(`${AS}+${CK}+${method}+${url}+${body}+${timestamp}`).digest('hex')}`
}

/** Every request but /auth/time carries the keys, OVH's time and the signature over exactly what was sent. */
function assertSigned(done: ApiScript): void {
  for (const request of done.received) {
    if (request.path === `${BASE}/auth/time`) continue
    const query = new URLSearchParams(request.query).toString()
    const url = `${done.origin}${request.path}${query ? `?${query}` : ''}`
    expect(request.headers['x-ovh-application']).toBe(AK)
    expect(request.headers['x-ovh-consumer']).toBe(CK)
    expect(request.headers['x-ovh-timestamp']).toBe(String(SERVER_TIME))
    expect(request.headers['x-ovh-signature'], `${request.method} ${url}`).toBe(
      expectedSignature(request.method, url, request.body, String(SERVER_TIME)),
    )
  }
}

const SIGNED = {
  'x-ovh-application': AK,
  'x-ovh-consumer': CK,
  'x-ovh-timestamp': String(SERVER_TIME),
  'x-ovh-signature': /^\$1\$[0-9a-f]{40}$/,
}

const time: Exchange = {
  method: 'GET',
  path: `${BASE}/auth/time`,
  reply: { body: SERVER_TIME },
}

const zoneInfo = (name: string): Exchange => ({
  method: 'GET',
  path: `${BASE}/domain/zone/${name}`,
  headers: SIGNED,
  reply: {
    body: {
      name,
      hasDnsAnycast: false,
      dnssecSupported: true,
      nameServers: ['dns10.ovh.net', 'ns10.ovh.net'],
    },
  },
})

const listIds = (ids: number[], zone = ZONE, subDomain = SUB): Exchange => ({
  method: 'GET',
  path: `${BASE}/domain/zone/${zone}/record`,
  query: { fieldType: 'TXT', subDomain },
  headers: SIGNED,
  reply: { body: ids },
})

const readRecord = (id: number, target: string, zone = ZONE, subDomain = SUB): Exchange => ({
  method: 'GET',
  path: `${BASE}/domain/zone/${zone}/record/${id}`,
  headers: SIGNED,
  reply: { body: { id, fieldType: 'TXT', subDomain, target, ttl: 120, zone } },
})

const createRecord = (target: string, zone = ZONE, subDomain = SUB): Exchange => ({
  method: 'POST',
  path: `${BASE}/domain/zone/${zone}/record`,
  headers: { ...SIGNED, 'content-type': 'application/json' },
  body: { fieldType: 'TXT', subDomain, target, ttl: 120 },
  reply: { body: { id: 9001, fieldType: 'TXT', subDomain, target, ttl: 120, zone } },
})

const refresh = (zone = ZONE): Exchange => ({
  method: 'POST',
  path: `${BASE}/domain/zone/${zone}/refresh`,
  headers: SIGNED,
  reply: { body: null },
})

describe('ovh', () => {
  it('walks up past a zone the consumer key is not granted, signs with OVH time, and refreshes after adding', async () => {
    const owner = '_acme-challenge.sub.validation.example.org'
    const { provider } = await against([
      time,
      {
        method: 'GET',
        path: `${BASE}/domain/zone/sub.validation.example.org`,
        headers: SIGNED,
        reply: {
          status: 403,
          body: {
            errorCode: 'NOT_GRANTED_CALL',
            httpCode: '403 Forbidden',
            message: 'This call has not been granted',
          },
        },
      },
      zoneInfo(ZONE),
      listIds([], ZONE, '_acme-challenge.sub'),
      createRecord('v1', ZONE, '_acme-challenge.sub'),
      refresh(),
    ])
    await provider.append('sub.validation.example.org', owner, ['v1'])
    script?.assertDone()
    if (script) assertSigned(script)
  })

  it('appends to an owner that already holds a value without touching the old record', async () => {
    const { provider } = await against([
      time,
      zoneInfo(ZONE),
      listIds([11, 12]),
      readRecord(11, '"keep-me"'),
      readRecord(12, 'already-there'),
      createRecord('new-value'),
      refresh(),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
    if (script) assertSigned(script)
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      time,
      zoneInfo(ZONE),
      listIds([11, 12]),
      readRecord(11, 'keep-me'),
      readRecord(12, 'ours'),
      {
        method: 'DELETE',
        path: `${BASE}/domain/zone/${ZONE}/record/12`,
        headers: SIGNED,
        reply: { body: null },
      },
      refresh(),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
    if (script) assertSigned(script)
  })

  it('waits as a 429 asks, signs the retry again, and asks for the time only once', async () => {
    const { provider, sleeps } = await against([
      time,
      {
        ...zoneInfo(ZONE),
        reply: { status: 429, headers: { 'retry-after': '7' }, body: { message: 'Too many requests' } },
      },
      zoneInfo(ZONE),
      listIds([]),
      createRecord('v1'),
      refresh(),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([7000])
    script?.assertDone()
    if (script) assertSigned(script)
  })

  it('names the OVH credential variables on a 403, and never shows a secret', async () => {
    const { provider, host } = await against([
      time,
      {
        ...zoneInfo(ZONE),
        reply: {
          status: 403,
          body: {
            errorCode: 'INVALID_CREDENTIAL',
            httpCode: '403 Forbidden',
            message: `This credential is not valid ${CK}`,
          },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toMatch(
      /ovh: GET .*HTTP 403.*OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY/s,
    )
    for (const secret of [AK, AS, CK]) {
      expect(message).not.toContain(secret)
      expect(host.masked).toContain(secret)
    }
    script?.assertDone()
  })

  it('names the OVH credential variables when OVH refuses the signature with 400 INVALID_SIGNATURE', async () => {
    const { provider } = await against([
      time,
      {
        ...zoneInfo(ZONE),
        reply: {
          status: 400,
          body: { errorCode: 'INVALID_SIGNATURE', httpCode: '400 Bad Request', message: 'Invalid signature' },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/HTTP 400.*INVALID_SIGNATURE.*Check OVH_APPLICATION_KEY/s)
    script?.assertDone()
  })

  it('takes the API URL from OVH_ENDPOINT and refuses an unknown region by name', () => {
    const host = { mask: () => {}, info: () => {} } as never
    expect(() => ovh.create({ env: { OVH_ENDPOINT: 'ovh-mars' }, host, resolvers: [] })).toThrow(
      /OVH_ENDPOINT must be one of ovh-eu, ovh-ca, ovh-us/,
    )
  })
})
