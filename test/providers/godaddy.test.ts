// GoDaddy against the shared harness: each request as the API documents it.
import { describe, expect, it } from 'vitest'
import { godaddy } from '../../src/providers/godaddy/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const KEY = 'gd-key-9f8e7d'
const SECRET = 'gd-secret-1a2b3c'
const DOMAIN = 'example-validation.org'
const OWNER = '_acme-challenge.example-validation.org'
const AUTH = { authorization: `sso-key ${KEY}:${SECRET}` }
const RECORDS = `/v1/domains/${DOMAIN}/records/TXT/_acme-challenge`

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(godaddy, script, { GODADDY_API_KEY: KEY, GODADDY_API_SECRET: SECRET })
}

const domain = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `/v1/domains/${name}`,
  headers: AUTH,
  reply: found
    ? { body: { domain: name, domainId: 1234567, status: 'ACTIVE', nameServers: ['ns01.domaincontrol.com'] } }
    : {
        status: 404,
        body: {
          code: 'NOT_FOUND',
          message: `The given domain is not registered, or does not have a zone file`,
        },
      },
})

const get = (records: { data: string; ttl: number }[], name = '_acme-challenge'): Exchange => ({
  method: 'GET',
  path: `/v1/domains/${DOMAIN}/records/TXT/${name}`,
  headers: AUTH,
  reply: { body: records.map((r) => ({ ...r, name, type: 'TXT' })) },
})

const put = (records: { data: string; ttl: number }[], name = '_acme-challenge'): Exchange => ({
  method: 'PUT',
  path: `/v1/domains/${DOMAIN}/records/TXT/${name}`,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: records,
  reply: { status: 200 },
})

describe('godaddy', () => {
  it('finds the domain walking up from the zone DNS shows and writes both values in one PUT', async () => {
    const { provider } = await against([
      domain(`sub.${DOMAIN}`, false),
      domain(DOMAIN, true),
      get([], '_acme-challenge.sub'),
      put(
        [
          { data: 'v-apex', ttl: 600 },
          { data: 'v-wild', ttl: 600 },
        ],
        '_acme-challenge.sub',
      ),
      get(
        [
          { data: 'v-apex', ttl: 600 },
          { data: 'v-wild', ttl: 600 },
        ],
        '_acme-challenge.sub',
      ),
    ])
    await provider.append(`sub.${DOMAIN}`, `_acme-challenge.sub.${DOMAIN}`, ['v-apex', 'v-wild'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value, keeping the old value and its TTL', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      get([
        { data: 'keep-me', ttl: 3600 },
        { data: 'already-there', ttl: 600 },
      ]),
      put([
        { data: 'keep-me', ttl: 3600 },
        { data: 'already-there', ttl: 600 },
        { data: 'new-value', ttl: 600 },
      ]),
      get([
        { data: 'keep-me', ttl: 3600 },
        { data: 'already-there', ttl: 600 },
        { data: 'new-value', ttl: 600 },
      ]),
    ])
    await provider.append(DOMAIN, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      get([
        { data: 'keep-me', ttl: 600 },
        { data: 'ours', ttl: 600 },
      ]),
      put([{ data: 'keep-me', ttl: 600 }]),
      get([{ data: 'keep-me', ttl: 600 }]),
    ])
    await provider.remove(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('deletes the TXT set at the name when the last value goes', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      get([{ data: 'ours', ttl: 600 }]),
      { method: 'DELETE', path: RECORDS, headers: AUTH, reply: { status: 204 } },
      get([]),
    ])
    await provider.remove(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('serializes two appends to one owner so neither value is lost', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      get([]),
      put([{ data: 'a', ttl: 600 }]),
      get([{ data: 'a', ttl: 600 }]),
      get([{ data: 'a', ttl: 600 }]),
      put([
        { data: 'a', ttl: 600 },
        { data: 'b', ttl: 600 },
      ]),
      get([
        { data: 'a', ttl: 600 },
        { data: 'b', ttl: 600 },
      ]),
    ])
    await Promise.all([provider.append(DOMAIN, OWNER, ['a']), provider.append(DOMAIN, OWNER, ['b'])])
    script?.assertDone()
  })

  it('keeps the value another run wrote between our read and our PUT: the read-back finds ours gone and merges again', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      get([{ data: 'keep-me', ttl: 600 }]),
      put([
        { data: 'keep-me', ttl: 600 },
        { data: 'ours', ttl: 600 },
      ]),
      // another run read before our PUT and wrote after it: its value replaced ours
      get([
        { data: 'keep-me', ttl: 600 },
        { data: 'theirs', ttl: 600 },
      ]),
      put([
        { data: 'keep-me', ttl: 600 },
        { data: 'theirs', ttl: 600 },
        { data: 'ours', ttl: 600 },
      ]),
      get([
        { data: 'keep-me', ttl: 600 },
        { data: 'theirs', ttl: 600 },
        { data: 'ours', ttl: 600 },
      ]),
    ])
    await provider.append(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('after a 504 on the PUT, reads again and merges with the value another run wrote meanwhile, instead of sending the same PUT again', async () => {
    const keep = { data: 'keep-me', ttl: 600 }
    const theirs = { data: 'theirs', ttl: 600 }
    const ours = { data: 'ours', ttl: 600 }
    const { provider } = await against([
      domain(DOMAIN, true),
      get([keep]),
      {
        ...put([keep, ours]),
        reply: { status: 504, body: { code: 'GATEWAY_TIMEOUT', message: 'timed out' } },
      },
      get([keep, theirs]),
      put([keep, theirs, ours]),
      get([keep, theirs, ours]),
    ])
    await provider.append(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      domain(DOMAIN, true),
      {
        ...get([]),
        reply: {
          status: 429,
          headers: { 'retry-after': '30' },
          body: { code: 'TOO_MANY_REQUESTS', message: 'Too many requests', retryAfterSec: 30 },
        },
      },
      get([]),
      put([{ data: 'v1', ttl: 600 }]),
      get([{ data: 'v1', ttl: 600 }]),
    ])
    await provider.append(DOMAIN, OWNER, ['v1'])
    expect(sleeps[0]).toBe(30000)
    script?.assertDone()
  })

  it('waits the retryAfterSec of a 429 body that comes without Retry-After', async () => {
    const { provider, sleeps } = await against([
      domain(DOMAIN, true),
      {
        ...get([]),
        reply: {
          status: 429,
          body: { code: 'TOO_MANY_REQUESTS', message: 'Too many requests', retryAfterSec: 12 },
        },
      },
      get([]),
      put([{ data: 'v1', ttl: 600 }]),
      get([{ data: 'v1', ttl: 600 }]),
    ])
    await provider.append(DOMAIN, OWNER, ['v1'])
    expect(sleeps[0]).toBe(12000)
    script?.assertDone()
  })

  it('names GODADDY_API_KEY and GODADDY_API_SECRET on a 401, and never shows them', async () => {
    const { provider, host } = await against([
      {
        ...domain(DOMAIN, true),
        reply: {
          status: 401,
          body: {
            code: 'UNABLE_TO_AUTHENTICATE',
            message: `Unable to authenticate sso-key ${KEY}:${SECRET}`,
          },
        },
      },
    ])
    const error = await provider.append(DOMAIN, OWNER, ['v1']).catch((e: Error) => e)
    const message = (error as Error).message
    expect(message).toMatch(/godaddy: GET .*HTTP 401.*GODADDY_API_KEY and GODADDY_API_SECRET/s)
    expect(message).not.toContain(KEY)
    expect(message).not.toContain(SECRET)
    expect(host.masked).toEqual(expect.arrayContaining([KEY, SECRET]))
    script?.assertDone()
  })
})
