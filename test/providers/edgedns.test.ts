// Akamai Edge DNS against the shared harness: each request as config-dns v2 documents it, each signed as EdgeGrid defines.
import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createEdgedns, edgeGridTimestamp, parseEdgerc } from '../../src/providers/edgedns/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const CLIENT_TOKEN = 'akab-client-token-xxxxxxxxxxxxxxxx'
const CLIENT_SECRET = 'SecretClientSecret0123456789abcdefghijklmno='
const ACCESS_TOKEN = 'akab-access-token-yyyyyyyyyyyyyyyy'
const ENV = {
  AKAMAI_HOST: 'akab-host-zzzz.luna.akamaiapis.net',
  AKAMAI_CLIENT_TOKEN: CLIENT_TOKEN,
  AKAMAI_CLIENT_SECRET: CLIENT_SECRET,
  AKAMAI_ACCESS_TOKEN: ACCESS_TOKEN,
}
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const RECORD = `/config-dns/v2/zones/${ZONE}/names/${OWNER}/types/TXT`
const FIXED_TIME = new Date(Date.UTC(2024, 4, 1, 12, 34, 56))
const TIMESTAMP = '20240501T12:34:56+0000'
const SIGNED =
  /^EG1-HMAC-SHA256 client_token=[^;]+;access_token=[^;]+;timestamp=[^;]+;nonce=[^;]+;signature=\S+$/

let script: ApiScript | undefined
async function against(exchanges: Exchange[], env: Record<string, string> = ENV) {
  script = await apiScript(exchanges)
  let n = 0
  const module = createEdgedns({ now: () => FIXED_TIME, nonce: () => `nonce-${++n}` })
  return providerAgainst(module, script, env)
}

/**
 * The Authorization header computed here from Akamai's published description of EG1-HMAC-SHA256, written
 * apart from the provider's code: signing key = base64 HMAC-SHA256(client_secret, timestamp); data = method,
 * scheme, host, path with query, signed headers (none), content hash (base64 SHA-256 of a POST body, else
 * empty), the unsigned header, joined by tabs; signature = base64 HMAC-SHA256(signing key, data).
 */
function expectedAuthorization(
  method: string,
  origin: string,
  pathAndQuery: string,
  body: string,
  nonce: string,
) {
  const url = new URL(origin)
  const head = `EG1-HMAC-SHA256 client_token=${CLIENT_TOKEN};access_token=${ACCESS_TOKEN};timestamp=${TIMESTAMP};nonce=${nonce};`
  const contentHash =
    method === 'POST' && body !== '' ? createHash('sha256').update(body).digest('base64') : ''
  const data = `${method}\t${url.protocol.slice(0, -1)}\t${url.host}\t${pathAndQuery}\t\t${contentHash}\t${head}`
  const key = createHmac('sha256', CLIENT_SECRET).update(TIMESTAMP).digest('base64')
  return `${head}signature=${createHmac('sha256', key).update(data).digest('base64')}`
}

/** Every request the script received carried the signature computed independently above. */
function assertSigned() {
  const received = script?.received ?? []
  expect(received.length).toBeGreaterThan(0)
  received.forEach((request, i) => {
    const query = new URLSearchParams(request.query).toString()
    const pathAndQuery = query ? `${request.path}?${query}` : request.path
    expect(request.headers.authorization).toBe(
      expectedAuthorization(
        request.method,
        script?.origin ?? '',
        pathAndQuery,
        request.body,
        `nonce-${i + 1}`,
      ),
    )
  })
}

const zoneLookup = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `/config-dns/v2/zones/${name}`,
  headers: { authorization: SIGNED },
  reply: found
    ? {
        body: {
          zone: name,
          type: 'PRIMARY',
          contractId: 'C-0N7RAC7',
          activationState: 'ACTIVE',
          versionId: 'v1',
        },
      }
    : {
        status: 404,
        body: { type: 'https://problems.luna.akamaiapis.net/dns/not-found', title: 'Not Found', status: 404 },
      },
})

const read = (rdata: string[] | undefined): Exchange => ({
  method: 'GET',
  path: RECORD,
  headers: { authorization: SIGNED },
  reply:
    rdata === undefined
      ? { status: 404, body: { title: 'Not Found', status: 404, detail: 'Record not found' } }
      : { body: { name: OWNER, type: 'TXT', ttl: 300, rdata } },
})

describe('edgedns', () => {
  it('formats the EdgeGrid timestamp as yyyyMMddTHH:mm:ss+0000 in UTC', () => {
    expect(edgeGridTimestamp(FIXED_TIME)).toBe(TIMESTAMP)
  })

  it('signs every request, the POST body included, exactly as EdgeGrid defines it', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read(undefined),
      {
        method: 'POST',
        path: RECORD,
        headers: { 'content-type': 'application/json', authorization: SIGNED },
        body: { name: OWNER, type: 'TXT', ttl: 120, rdata: ['"a"', '"b"'] },
        reply: { status: 201, body: { name: OWNER, type: 'TXT', ttl: 120, rdata: ['"a"', '"b"'] } },
      },
      {
        ...read(['"a"', '"b"']),
        reply: { body: { name: OWNER, type: 'TXT', ttl: 120, rdata: ['"a"', '"b"'] } },
      },
    ])
    await provider.append(ZONE, OWNER, ['a', 'b'])
    script?.assertDone()
    assertSigned()
  })

  it('finds the zone walking up from the owner when DNS shows a zone the account does not have', async () => {
    const owner = `_acme-challenge.sub.${ZONE}`
    const { provider } = await against([
      zoneLookup(`sub.${ZONE}`, false),
      zoneLookup(ZONE, true),
      {
        method: 'GET',
        path: `/config-dns/v2/zones/${ZONE}/names/${owner}/types/TXT`,
        reply: { status: 404, body: { title: 'Not Found', status: 404 } },
      },
      {
        method: 'POST',
        path: `/config-dns/v2/zones/${ZONE}/names/${owner}/types/TXT`,
        body: { name: owner, type: 'TXT', ttl: 120, rdata: ['"v1"'] },
        reply: { status: 201, body: { name: owner, type: 'TXT', ttl: 120, rdata: ['"v1"'] } },
      },
      {
        method: 'GET',
        path: `/config-dns/v2/zones/${ZONE}/names/${owner}/types/TXT`,
        reply: { body: { name: owner, type: 'TXT', ttl: 120, rdata: ['"v1"'] } },
      },
    ])
    await provider.append(`sub.${ZONE}`, owner, ['v1'])
    script?.assertDone()
    assertSigned()
  })

  it('puts the owner into the record path as one segment: a / or %2e%2e in it cannot reach another resource', async () => {
    const owner = `_acme-challenge.a/%2e%2e/%2e%2e.${ZONE}`
    const path = `/config-dns/v2/zones/${ZONE}/names/${encodeURIComponent(owner)}/types/TXT`
    expect(path).toContain('names/_acme-challenge.a%2F%252e%252e%2F%252e%252e.validation')
    const { provider } = await against([
      zoneLookup(ZONE, true),
      { method: 'GET', path, reply: { status: 404, body: { title: 'Not Found', status: 404 } } },
      {
        method: 'POST',
        path,
        body: { name: owner, type: 'TXT', ttl: 120, rdata: ['"v1"'] },
        reply: { status: 201, body: { name: owner, type: 'TXT', ttl: 120, rdata: ['"v1"'] } },
      },
      { method: 'GET', path, reply: { body: { name: owner, type: 'TXT', ttl: 120, rdata: ['"v1"'] } } },
    ])
    await provider.append(ZONE, owner, ['v1'])
    script?.assertDone()
    assertSigned()
  })

  it('appends to an owner that already holds a value, putting the old value back with the new one', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read(['"keep-me"']),
      {
        method: 'PUT',
        path: RECORD,
        headers: { authorization: SIGNED },
        body: { name: OWNER, type: 'TXT', ttl: 300, rdata: ['"keep-me"', '"new-value"'] },
        reply: { body: { name: OWNER, type: 'TXT', ttl: 300, rdata: ['"keep-me"', '"new-value"'] } },
      },
      read(['"keep-me"', '"new-value"']),
    ])
    await provider.append(ZONE, OWNER, ['new-value'])
    script?.assertDone()
    assertSigned()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read(['"keep-me"', '"ours"']),
      {
        method: 'PUT',
        path: RECORD,
        body: { name: OWNER, type: 'TXT', ttl: 300, rdata: ['"keep-me"'] },
        reply: { body: { name: OWNER, type: 'TXT', ttl: 300, rdata: ['"keep-me"'] } },
      },
      read(['"keep-me"']),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('deletes the record set when our values were the last ones', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read(['"ours"']),
      { method: 'DELETE', path: RECORD, reply: { status: 204 } },
      read(undefined),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('serializes two appends to one owner so the second sees the first', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read(undefined),
      {
        method: 'POST',
        path: RECORD,
        body: { name: OWNER, type: 'TXT', ttl: 120, rdata: ['"a"'] },
        reply: { status: 201, body: { name: OWNER, type: 'TXT', ttl: 120, rdata: ['"a"'] } },
      },
      { ...read(['"a"']), reply: { body: { name: OWNER, type: 'TXT', ttl: 120, rdata: ['"a"'] } } },
      { ...read(['"a"']), reply: { body: { name: OWNER, type: 'TXT', ttl: 120, rdata: ['"a"'] } } },
      {
        method: 'PUT',
        path: RECORD,
        body: { name: OWNER, type: 'TXT', ttl: 120, rdata: ['"a"', '"b"'] },
        reply: { body: { name: OWNER, type: 'TXT', ttl: 120, rdata: ['"a"', '"b"'] } },
      },
      {
        ...read(['"a"', '"b"']),
        reply: { body: { name: OWNER, type: 'TXT', ttl: 120, rdata: ['"a"', '"b"'] } },
      },
    ])
    await Promise.all([provider.append(ZONE, OWNER, ['a']), provider.append(ZONE, OWNER, ['b'])])
    script?.assertDone()
  })

  it('keeps the value another run wrote between our read and our PUT: the read-back finds ours gone and merges again', async () => {
    const put = (rdata: string[]): Exchange => ({
      method: 'PUT',
      path: RECORD,
      body: { name: OWNER, type: 'TXT', ttl: 300, rdata },
      reply: { body: { name: OWNER, type: 'TXT', ttl: 300, rdata } },
    })
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read(['"keep-me"']),
      put(['"keep-me"', '"ours"']),
      // another run read before our PUT and wrote after it: its value replaced ours
      read(['"keep-me"', '"theirs"']),
      put(['"keep-me"', '"theirs"', '"ours"']),
      read(['"keep-me"', '"theirs"', '"ours"']),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('after a 502 on the PUT, reads again and merges with the value another run wrote meanwhile, instead of sending the same PUT again', async () => {
    const put = (rdata: string[], status = 200): Exchange => ({
      method: 'PUT',
      path: RECORD,
      body: { name: OWNER, type: 'TXT', ttl: 300, rdata },
      reply:
        status === 200
          ? { body: { name: OWNER, type: 'TXT', ttl: 300, rdata } }
          : { status, body: { title: 'Bad Gateway' } },
    })
    const { provider } = await against([
      zoneLookup(ZONE, true),
      read(['"keep-me"']),
      put(['"keep-me"', '"ours"'], 502),
      read(['"keep-me"', '"theirs"']),
      put(['"keep-me"', '"theirs"', '"ours"']),
      read(['"keep-me"', '"theirs"', '"ours"']),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('reads the credentials from the contents of an .edgerc', async () => {
    const edgerc = [
      '[other]',
      'host = wrong.luna.akamaiapis.net',
      '[default]',
      `client_secret = ${CLIENT_SECRET}`,
      'host = akab-host-zzzz.luna.akamaiapis.net',
      `access_token = ${ACCESS_TOKEN}`,
      `client_token = ${CLIENT_TOKEN}`,
    ].join('\n')
    expect(parseEdgerc(edgerc, 'default')).toEqual({
      host: 'akab-host-zzzz.luna.akamaiapis.net',
      clientToken: CLIENT_TOKEN,
      clientSecret: CLIENT_SECRET,
      accessToken: ACCESS_TOKEN,
    })
    expect(() => parseEdgerc(edgerc, 'other')).toThrow(
      /\[other\] lacks client_token, client_secret, access_token/,
    )
    const { provider, host } = await against([zoneLookup(ZONE, true), read(['"v1"'])], {
      AKAMAI_EDGERC: edgerc,
    })
    await provider.append(ZONE, OWNER, ['v1'])
    script?.assertDone()
    assertSigned()
    expect(host.masked).toEqual(expect.arrayContaining([edgerc, CLIENT_SECRET, CLIENT_TOKEN, ACCESS_TOKEN]))
  })

  it('waits as a 429 asks and signs the retry anew', async () => {
    const { provider, sleeps } = await against([
      {
        ...zoneLookup(ZONE, true),
        reply: {
          status: 429,
          headers: { 'retry-after': '8' },
          body: { title: 'Too Many Requests', status: 429 },
        },
      },
      zoneLookup(ZONE, true),
      read(['"v1"']),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([8000])
    script?.assertDone()
    assertSigned()
  })

  it('names the Akamai credentials on a 401, and never shows them', async () => {
    const { provider, host } = await against([
      {
        ...zoneLookup(ZONE, true),
        reply: {
          status: 401,
          body: {
            type: 'https://problems.luna.akamaiapis.net/-/pep-authn/request-error',
            title: 'Bad request',
            status: 401,
            detail: `Invalid timestamp for ${CLIENT_TOKEN} ${ACCESS_TOKEN}`,
          },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      /edgedns: GET .*HTTP 401.*AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET and AKAMAI_ACCESS_TOKEN/s,
    )
    for (const secret of [CLIENT_TOKEN, CLIENT_SECRET, ACCESS_TOKEN]) {
      expect((error as Error).message).not.toContain(secret)
      expect(host.masked).toContain(secret)
    }
    script?.assertDone()
  })
})
