// Bunny DNS against the shared harness: each request as the bunny.net core API documents it.
import { describe, expect, it } from 'vitest'
import { bunny } from '../../src/providers/bunny/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const KEY = '75310dc4-ca77-4ac3-9a19-f6355db573b4'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { accesskey: KEY }

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(bunny, script, { BUNNY_API_KEY: KEY })
}

const record = (Id: number, Value: string, Type = 3, Name = '_acme-challenge') => ({
  Id,
  Type,
  Ttl: 60,
  Value,
  Name,
  Weight: 0,
  Priority: 0,
  Port: 0,
  Flags: 0,
  Tag: '',
  Accelerated: false,
  Disabled: false,
  Comment: null,
})

const zone = (Id: number, Domain: string, Records: unknown[] = []) => ({
  Id,
  Domain,
  Records,
  DateModified: '2025-01-01T00:00:00Z',
  DateCreated: '2025-01-01T00:00:00Z',
  NameserversDetected: true,
  CustomNameserversEnabled: false,
  Nameserver1: 'kiki.bunny.net',
  Nameserver2: 'coco.bunny.net',
  SoaEmail: 'hostmaster@bunny.net',
  DnsSecEnabled: false,
})

const zonesPage = (page: number, more: boolean, zones: [number, string][]): Exchange => ({
  method: 'GET',
  path: '/dnszone',
  query: { page: String(page) },
  headers: AUTH,
  reply: {
    body: {
      Items: zones.map(([id, name]) => zone(id, name)),
      CurrentPage: page,
      TotalItems: 3,
      HasMoreItems: more,
    },
  },
})

const readZone = (records: unknown[]): Exchange => ({
  method: 'GET',
  path: '/dnszone/77',
  headers: AUTH,
  reply: { body: zone(77, ZONE, records) },
})

const add = (value: string, id: number): Exchange => ({
  method: 'PUT',
  path: '/dnszone/77/records',
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: { Type: 3, Name: '_acme-challenge', Value: value, Ttl: 60 },
  reply: { status: 201, body: record(id, value) },
})

describe('bunny', () => {
  it('finds the zone on a later page of the account, walking up from the zone DNS shows', async () => {
    const { provider } = await against([
      zonesPage(1, true, [
        [1, 'example.com'],
        [2, 'example.org'],
      ]),
      zonesPage(2, false, [[77, ZONE]]),
      readZone([]),
      add('v1', 500),
    ])
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value without touching the old value', async () => {
    const { provider } = await against([
      zonesPage(1, false, [[77, ZONE]]),
      readZone([
        record(1, 'keep-me'),
        record(2, 'already-there'),
        record(3, 'new-value', 3, 'other'),
        record(4, '192.0.2.1', 0),
      ]),
      add('new-value', 5),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      zonesPage(1, false, [[77, ZONE]]),
      readZone([record(21, 'keep-me'), record(22, 'ours')]),
      { method: 'DELETE', path: '/dnszone/77/records/22', headers: AUTH, reply: { status: 204 } },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...zonesPage(1, false, [[77, ZONE]]),
        reply: { status: 429, headers: { 'retry-after': '8' }, body: { Message: 'Too many requests' } },
      },
      zonesPage(1, false, [[77, ZONE]]),
      readZone([]),
      add('v1', 6),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([8000])
    script?.assertDone()
  })

  it('names BUNNY_API_KEY on a 401, and never shows the key', async () => {
    const { provider, host } = await against([
      {
        ...zonesPage(1, false, []),
        reply: {
          status: 401,
          body: { HttpCode: 401, Message: `Authorization has been denied for this request (${KEY}).` },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/bunny: GET .*HTTP 401.*BUNNY_API_KEY/s)
    expect((error as Error).message).not.toContain(KEY)
    expect(host.masked).toContain(KEY)
    script?.assertDone()
  })
})
