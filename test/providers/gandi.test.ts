// Gandi LiveDNS against the shared harness: each request as the API documents it.
import { describe, expect, it } from 'vitest'
import { gandi } from '../../src/providers/gandi/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'gandi-pat-secret-5e1c'
const API_KEY = 'gandi-legacy-key-77'
const DOMAIN = 'example-validation.org'
const OWNER = '_acme-challenge.example-validation.org'
const BASE = '/v5/livedns'
const BEARER = { authorization: `Bearer ${TOKEN}` }
const RRSET = `${BASE}/domains/${DOMAIN}/records/_acme-challenge/TXT`

let script: ApiScript | undefined
async function against(
  exchanges: Exchange[],
  env: Record<string, string> = { GANDIV5_PERSONAL_ACCESS_TOKEN: TOKEN },
) {
  script = await apiScript(exchanges)
  return providerAgainst(gandi, script, env, BASE)
}

const domain = (name: string, found: boolean, headers: Record<string, string> = BEARER): Exchange => ({
  method: 'GET',
  path: `${BASE}/domains/${name}`,
  headers,
  reply: found
    ? {
        body: {
          fqdn: name,
          automatic_snapshots: true,
          domain_records_href: `https://api.gandi.net${BASE}/domains/${name}/records`,
        },
      }
    : {
        status: 404,
        body: {
          code: 404,
          message: 'The resource could not be found.',
          object: 'HTTPNotFound',
          cause: 'Not Found',
        },
      },
})

const getRRset = (values: string[] | undefined, ttl = 300): Exchange => ({
  method: 'GET',
  path: RRSET,
  headers: BEARER,
  reply:
    values === undefined
      ? {
          status: 404,
          body: {
            code: 404,
            message: "Can't find the DNS record",
            object: 'HTTPNotFound',
            cause: 'Not Found',
          },
        }
      : {
          body: {
            rrset_name: '_acme-challenge',
            rrset_type: 'TXT',
            rrset_ttl: ttl,
            rrset_values: values,
            rrset_href: `https://api.gandi.net${RRSET}`,
          },
        },
})

const putRRset = (values: string[], ttl = 300): Exchange => ({
  method: 'PUT',
  path: RRSET,
  headers: { ...BEARER, 'content-type': 'application/json' },
  body: { rrset_values: values, rrset_ttl: ttl },
  reply: { status: 201, body: { message: 'DNS Record Created' } },
})

describe('gandi', () => {
  it('finds the LiveDNS domain walking up from the zone DNS shows and writes apex and wildcard values in one PUT', async () => {
    const { provider } = await against([
      domain('sub.example-validation.org', false),
      domain(DOMAIN, true),
      getRRset(undefined),
      putRRset(['"v-apex"', '"v-wild"']),
      getRRset(['"v-apex"', '"v-wild"']),
    ])
    await provider.append('sub.example-validation.org', OWNER, ['v-apex', 'v-wild'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value, keeping the old value and the RRset TTL', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      getRRset(['"keep-me"', '"already-there"'], 1800),
      putRRset(['"keep-me"', '"already-there"', '"new-value"'], 1800),
      getRRset(['"keep-me"', '"already-there"', '"new-value"'], 1800),
    ])
    await provider.append(DOMAIN, OWNER, ['already-there', 'new-value'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      getRRset(['"keep-me"', '"ours"']),
      putRRset(['"keep-me"']),
      getRRset(['"keep-me"']),
    ])
    await provider.remove(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('deletes the RRset when the last value goes', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      getRRset(['"ours"']),
      { method: 'DELETE', path: RRSET, headers: BEARER, reply: { status: 204 } },
      getRRset(undefined),
    ])
    await provider.remove(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('serializes two appends to one owner so neither value is lost', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      getRRset(undefined),
      putRRset(['"a"']),
      getRRset(['"a"']),
      getRRset(['"a"']),
      putRRset(['"a"', '"b"']),
      getRRset(['"a"', '"b"']),
    ])
    await Promise.all([provider.append(DOMAIN, OWNER, ['a']), provider.append(DOMAIN, OWNER, ['b'])])
    script?.assertDone()
  })

  it('keeps the value another run wrote between our read and our PUT: the read-back finds ours gone and merges again', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      getRRset(['"keep-me"']),
      putRRset(['"keep-me"', '"ours"']),
      // another run read before our PUT and wrote after it: its value replaced ours
      getRRset(['"keep-me"', '"theirs"']),
      putRRset(['"keep-me"', '"theirs"', '"ours"']),
      getRRset(['"keep-me"', '"theirs"', '"ours"']),
    ])
    await provider.append(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('after a 500 on the PUT, reads again and merges with the value another run wrote meanwhile, instead of sending the same PUT again', async () => {
    const { provider } = await against([
      domain(DOMAIN, true),
      getRRset(['"keep-me"']),
      {
        ...putRRset(['"keep-me"', '"ours"']),
        reply: { status: 500, body: { code: 500, message: 'Internal Server Error' } },
      },
      getRRset(['"keep-me"', '"theirs"']),
      putRRset(['"keep-me"', '"theirs"', '"ours"']),
      getRRset(['"keep-me"', '"theirs"', '"ours"']),
    ])
    await provider.append(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      domain(DOMAIN, true),
      {
        ...getRRset(undefined),
        reply: {
          status: 429,
          headers: { 'retry-after': '4' },
          body: { code: 429, message: 'Too Many Requests' },
        },
      },
      getRRset(undefined),
      putRRset(['"v1"']),
      getRRset(['"v1"']),
    ])
    await provider.append(DOMAIN, OWNER, ['v1'])
    expect(sleeps[0]).toBe(4000)
    script?.assertDone()
  })

  it('names GANDIV5_PERSONAL_ACCESS_TOKEN on a 403, and never shows the token', async () => {
    const { provider, host } = await against([
      {
        ...domain(DOMAIN, true),
        reply: {
          status: 403,
          body: {
            code: 403,
            message: `Access was denied to this resource (${TOKEN})`,
            object: 'HTTPForbidden',
            cause: 'Forbidden',
          },
        },
      },
    ])
    const error = await provider.append(DOMAIN, OWNER, ['v1']).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/gandi: GET .*HTTP 403.*GANDIV5_PERSONAL_ACCESS_TOKEN/s)
    expect((error as Error).message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
    script?.assertDone()
  })

  it('authenticates with the legacy API key as "Apikey" and names GANDIV5_API_KEY on a 401', async () => {
    const { provider } = await against(
      [
        {
          ...domain(DOMAIN, true, { authorization: `Apikey ${API_KEY}` }),
          reply: {
            status: 401,
            body: {
              code: 401,
              message:
                'The server could not verify that you authorized to access the document you requested.',
              object: 'HTTPUnauthorized',
              cause: 'Unauthorized',
            },
          },
        },
      ],
      { GANDIV5_API_KEY: API_KEY },
    )
    const error = await provider.append(DOMAIN, OWNER, ['v1']).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/HTTP 401.*GANDIV5_API_KEY/s)
    expect((error as Error).message).not.toContain(API_KEY)
    script?.assertDone()
  })
})
