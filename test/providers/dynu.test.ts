// Dynu against the shared harness: each request as the API v2 documents it.
import { describe, expect, it } from 'vitest'
import { dynu } from '../../src/providers/dynu/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const KEY = 'dynu-key-secret-77aa'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { 'api-key': KEY }
const BASE = '/v2'
const RECORDS = `${BASE}/dns/9007481/record`

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(dynu, script, { DYNU_API_KEY: KEY }, BASE)
}

const getroot = (name: string, domainName = ZONE): Exchange => ({
  method: 'GET',
  path: `${BASE}/dns/getroot/${name}`,
  headers: AUTH,
  reply: {
    body: {
      statusCode: 200,
      id: 9007481,
      domainName,
      hostname: name,
      node: name === domainName ? '' : name.slice(0, -(domainName.length + 1)),
    },
  },
})

const dynuRecord = (id: number, hostname: string, recordType: string, textData: string) => ({
  id,
  domainId: 9007481,
  domainName: ZONE,
  nodeName: hostname === ZONE ? '' : hostname.slice(0, -(ZONE.length + 1)),
  hostname,
  recordType,
  ttl: 300,
  state: true,
  content: `${hostname}. 300 IN ${recordType} "${textData}"`,
  updatedOn: '2024-03-10T04:00:36.923',
  textData,
})

const list = (records: ReturnType<typeof dynuRecord>[]): Exchange => ({
  method: 'GET',
  path: RECORDS,
  headers: AUTH,
  reply: { body: { statusCode: 200, dnsRecords: records } },
})

const create = (owner: string, nodeName: string, value: string): Exchange => ({
  method: 'POST',
  path: RECORDS,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: {
    recordType: 'TXT',
    domainName: ZONE,
    nodeName,
    hostname: owner,
    state: true,
    textData: value,
    ttl: 300,
  },
  reply: { body: { statusCode: 200, ...dynuRecord(6041500, owner, 'TXT', value) } },
})

describe('dynu', () => {
  it('puts a zone name into the path as one segment: a / or %2e%2e in it cannot reach another resource', async () => {
    const zone = 'a/%2e%2e/%2e%2e/validation.example.org'
    const path = `${BASE}/dns/getroot/${encodeURIComponent(zone)}`
    expect(path).toMatch(/a%2F%252e%252e%2F%252e%252e%2Fvalidation\.example\.org$/)
    const { provider } = await against([{ method: 'GET', path, reply: { status: 403, body: {} } }])
    await expect(provider.append(zone, `_acme-challenge.${zone}`, ['v1'])).rejects.toThrow(/HTTP 403/)
    script?.assertDone()
  })

  it('finds the account domain holding a zone DNS shows as a subzone, and writes under its node name', async () => {
    const owner = `_acme-challenge.sub.${ZONE}`
    const { provider } = await against([
      getroot(`sub.${ZONE}`),
      list([]),
      create(owner, '_acme-challenge.sub', 'v1'),
    ])
    await provider.append(`sub.${ZONE}`, owner, ['v1'])
    script?.assertDone()
  })

  it('says which name no domain of the account holds, without retrying the 501', async () => {
    const { provider } = await against([
      {
        method: 'GET',
        path: `${BASE}/dns/getroot/elsewhere.example`,
        headers: AUTH,
        reply: { status: 501, body: { statusCode: 501, type: 'Argument Exception', message: 'Invalid.' } },
      },
    ])
    await expect(
      provider.append('elsewhere.example', '_acme-challenge.elsewhere.example', ['v1']),
    ).rejects.toThrow(
      /dynu: .*501 Argument Exception: Invalid\..*no domain of this Dynu account holds elsewhere\.example/,
    )
    script?.assertDone()
  })

  it('appends to an owner that already holds a value without touching the old value', async () => {
    const { provider } = await against([
      getroot(ZONE),
      list([
        dynuRecord(1, OWNER, 'TXT', 'keep-me'),
        dynuRecord(2, OWNER, 'TXT', 'already-there'),
        dynuRecord(3, `www.${ZONE}`, 'TXT', 'new-value'),
      ]),
      create(OWNER, '_acme-challenge', 'new-value'),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      getroot(ZONE),
      list([dynuRecord(1, OWNER, 'TXT', 'keep-me'), dynuRecord(2, OWNER, 'TXT', 'ours')]),
      { method: 'DELETE', path: `${RECORDS}/2`, headers: AUTH, reply: { body: { statusCode: 200 } } },
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...getroot(ZONE),
        reply: { status: 429, headers: { 'retry-after': '2' }, body: { statusCode: 429 } },
      },
      getroot(ZONE),
      list([]),
      create(OWNER, '_acme-challenge', 'v1'),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([2000])
    script?.assertDone()
  })

  it('names DYNU_API_KEY on a 401, and never shows the key', async () => {
    const { provider, host } = await against([
      {
        ...getroot(ZONE),
        reply: {
          status: 401,
          body: { statusCode: 401, type: 'Authentication Exception', message: `Invalid API key ${KEY}` },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      /^dynu: GET .*HTTP 401.*DYNU_API_KEY: the server did not accept it$/s,
    )
    expect((error as Error).message).not.toContain(KEY)
    expect(host.masked).toContain(KEY)
    script?.assertDone()
  })
})
