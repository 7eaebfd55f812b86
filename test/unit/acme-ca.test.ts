// The signed-request layer against a small fake CA on loopback: timeouts, the nonce pool, the bound on requests
// in flight, badNonce, Retry-After, rate limits, closing; and the JWS it signs.
import { createHmac, createPublicKey, generateKeyPairSync, verify } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { CaDirectory } from '../../src/acme/ari.js'
import {
  CA_LIMITS,
  CaClient,
  type CaLimits,
  CHAIN_MAX_BYTES,
  caLimits,
  TEST_TIMEOUT_ENV,
} from '../../src/acme/ca.js'
import { accountKey, externalAccountBinding, signJws } from '../../src/acme/jws.js'
import { followRedirects } from '../../src/acme/redirects.js'

const ACCOUNT_KEY = String(
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
)

interface Seen {
  method: string
  path: string
  nonce?: string
  /** The URL the JWS names. */
  signed?: string
  /** The URL requested: the Host header and the request target, as a CA rebuilds it. */
  requested: string
}

/**
 * A fake CA: the directory, newNonce, and `answer` for every other request (undefined: never answer). With
 * `nonceHeld`, the directory carries no nonce (as Pebble's does not) and newNonce answers once it settles.
 */
async function fakeCa(
  answer: (request: Seen, res: ServerResponse) => void | Promise<void> = (_r, res) => json(res, 200, {}),
  nonceHeld?: () => Promise<void>,
) {
  let counter = 0
  const seen: Seen[] = []
  let inFlight = 0
  let maxInFlight = 0
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const jws = body === '' ? undefined : JSON.parse(body)
    const header = jws ? JSON.parse(Buffer.from(jws.protected, 'base64url').toString('utf8')) : undefined
    const request: Seen = {
      method: req.method ?? '',
      path: req.url ?? '',
      nonce: header?.nonce,
      signed: header?.url,
      requested: `http://${req.headers.host}${req.url}`,
    }
    seen.push(request)
    if (request.path !== '/dir' || nonceHeld === undefined)
      res.setHeader('replay-nonce', `nonce-${++counter}`)
    if (request.path === '/dir') {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      json(res, 200, { newNonce: `${base}/nonce`, newAccount: `${base}/account`, newOrder: `${base}/order` })
      return
    }
    if (request.path === '/nonce') {
      await nonceHeld?.()
      res.writeHead(200)
      res.end()
      return
    }
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    res.on('close', () => inFlight--)
    await answer(request, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    directory: `${base}/dir`,
    seen,
    get maxInFlight() {
      return maxInFlight
    },
    close() {
      server.closeAllConnections()
      server.close()
    },
  }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
    ...headers,
  })
  res.end(JSON.stringify(body))
}

const FAST: CaLimits = { ...CA_LIMITS, connectTimeoutMs: 1000, requestTimeoutMs: 200, transportAttempts: 2 }
// Tests that count requests or nonces: a busy machine must not turn a slow answer into a timeout and a retry.
const ROOMY: CaLimits = { ...FAST, requestTimeoutMs: 10_000 }

let ca: Awaited<ReturnType<typeof fakeCa>> | undefined
let client: CaClient | undefined
afterEach(() => {
  client?.close()
  ca?.close()
  client = undefined
  ca = undefined
})

function clientFor(directory: string, limits: CaLimits = ROOMY): CaClient {
  client = new CaClient(directory, ACCOUNT_KEY, { limits })
  client.accountUrl = `${new URL(directory).origin}/account/1`
  return client
}

describe('timeouts', () => {
  it('gives up on a CA that accepts the request and never answers, naming the CA, after bounded tries', async () => {
    ca = await fakeCa(() => {})
    const started = Date.now()
    await expect(clientFor(ca.directory, FAST).post(`${ca.base}/stall`, undefined)).rejects.toThrow(
      new RegExp(`the CA at ${ca.directory} did not answer POST /stall within 200 ms \\(2 tries\\)`),
    )
    expect(Date.now() - started).toBeLessThan(3000)
    expect(ca.seen.filter((r) => r.path === '/stall')).toHaveLength(2)
  })

  it('does not repeat a request that may have created something (newOrder) after no answer', async () => {
    ca = await fakeCa(() => {})
    await expect(clientFor(ca.directory, FAST).post(`${ca.base}/order`, { identifiers: [] })).rejects.toThrow(
      /did not answer POST \/order within 200 ms$/,
    )
    expect(ca.seen.filter((r) => r.path === '/order')).toHaveLength(1)
  })

  it('close() ends a request in flight and any wait at once', async () => {
    ca = await fakeCa(() => {})
    const c = clientFor(ca.directory, { ...FAST, requestTimeoutMs: 60_000 })
    const pending = c.post(`${ca.base}/stall`, undefined)
    await expect.poll(() => ca?.seen.some((r) => r.path === '/stall')).toBe(true)
    const started = Date.now()
    c.close()
    await expect(pending).rejects.toThrow(/stopped, the run has ended/)
    await expect(c.sleep(60_000)).rejects.toThrow(/stopped/)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('takes shorter timeouts from the test-only variable, and the defaults otherwise', () => {
    expect(caLimits({})).toBe(CA_LIMITS)
    expect(caLimits({ [TEST_TIMEOUT_ENV]: 'soon' })).toBe(CA_LIMITS)
    expect(caLimits({ [TEST_TIMEOUT_ENV]: '300' })).toMatchObject({
      connectTimeoutMs: 300,
      requestTimeoutMs: 300,
    })
    expect(CA_LIMITS).toMatchObject({ connectTimeoutMs: 10_000, requestTimeoutMs: 30_000 })
  })
})

describe('nonces and requests in flight', () => {
  it('asks for one nonce and then signs with the Replay-Nonce of each answer', async () => {
    ca = await fakeCa()
    const c = clientFor(ca.directory)
    for (let i = 0; i < 10; i++) await c.post(`${ca.base}/authz/${i}`, undefined)
    expect(ca.seen.filter((r) => r.path === '/nonce')).toHaveLength(1)
    const signed = ca.seen.filter((r) => r.path.startsWith('/authz/'))
    // each request carries the nonce of the answer before it
    expect(signed.map((r) => r.nonce)).toEqual(
      signed.map((_r, i) => `nonce-${ca?.seen.indexOf(signed[i] as Seen)}`),
    )
    expect(c.sent).toEqual({ requests: 12, newNonce: 1 })
  })

  it('signs the first request with the nonce fetched ahead, waiting for it when it is still on its way', async () => {
    let answerNonce: (() => void) | undefined
    const nonceAnswered = new Promise<void>((resolve) => {
      answerNonce = resolve
    })
    ca = await fakeCa(undefined, () => nonceAnswered)
    const c = clientFor(ca.directory)
    void c.prefetch()
    await expect.poll(() => ca?.seen.map((r) => r.path)).toContain('/nonce')
    const signed = c.post(`${ca.base}/account`, {})
    // the nonce's answer comes only once the signed request has had every chance to ask for one of its own
    setTimeout(() => answerNonce?.(), 100)
    await nonceAnswered
    await signed
    expect(ca.seen.filter((r) => r.path === '/nonce')).toHaveLength(1)
    expect(c.sent.newNonce).toBe(1)
  })

  it('keeps at most four signed requests in flight, and no more nonces than that', async () => {
    ca = await fakeCa(async (_r, res) => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      json(res, 200, {})
    })
    const c = clientFor(ca.directory)
    await Promise.all(Array.from({ length: 40 }, (_, i) => c.post(`${ca?.base}/authz/${i}`, undefined)))
    expect(ca.maxInFlight).toBe(4)
    expect(c.sent.newNonce).toBeLessThanOrEqual(4)
  })

  it('retries a badNonce with the nonce the refusal carries, not with a new one', async () => {
    let refusals = 2
    ca = await fakeCa((_r, res) => {
      if (refusals-- > 0) json(res, 400, { type: 'urn:ietf:params:acme:error:badNonce', detail: 'stale' })
      else json(res, 200, { status: 'valid' })
    })
    const c = clientFor(ca.directory)
    const answer = await c.post(`${ca.base}/authz/1`, undefined)
    expect(answer).toMatchObject({ status: 200, body: { status: 'valid' } })
    expect(c.sent).toEqual({ requests: 5, newNonce: 1 })
  })
})

describe('answers larger than their cap', () => {
  it('fails an answer that never ends once, naming the CA, the request and the cap, though a read may be repeated', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x')
    ca = await fakeCa((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
      }
      res.on('drain', pump)
      pump()
    })

    await expect(clientFor(ca.directory).post(`${ca.base}/order/1`, undefined)).rejects.toThrow(
      `the CA at ${ca.directory}: POST /order/1 failed: RESPONSE_TOO_LARGE: the answer is larger than 1 MiB, the most read of one`,
    )
    expect(ca.seen.filter((r) => r.path === '/order/1')).toHaveLength(1)
  })

  it('reads a certificate chain beyond 1 MiB when asked to (up to 4 MiB), and no other answer', async () => {
    const large = `-----BEGIN CERTIFICATE-----\n${'A'.repeat(2 * 1024 * 1024)}\n-----END CERTIFICATE-----\n`
    ca = await fakeCa((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/pem-certificate-chain' })
      res.end(large)
    })
    const c = clientFor(ca.directory)

    const chain = await c.post(`${ca.base}/cert/1`, undefined, {
      accept: 'application/pem-certificate-chain',
      maxBytes: CHAIN_MAX_BYTES,
    })
    const other = c.post(`${ca.base}/cert/1`, undefined)

    expect(chain.body).toBe(large)
    expect(CHAIN_MAX_BYTES).toBe(4 * 1024 * 1024)
    await expect(other).rejects.toThrow(/RESPONSE_TOO_LARGE: the answer is larger than 1 MiB/)
  })
})

describe('the log', () => {
  it('in a debug run names every request with its status (the directory, the nonce, the POST); otherwise none', async () => {
    ca = await fakeCa((_r, res) => json(res, 201, {}))
    const lines = (trace: boolean) => {
      const logged: string[] = []
      client = new CaClient(ca?.directory ?? '', ACCOUNT_KEY, {
        limits: FAST,
        log: (m) => logged.push(m),
        trace,
      })
      client.accountUrl = `${ca?.base}/account/1`
      return { client, logged }
    }

    const traced = lines(true)
    await traced.client.post(`${ca.base}/order`, {})
    traced.client.close()
    const quiet = lines(false)
    await quiet.client.post(`${ca.base}/order`, {})

    expect(traced.logged.map((l) => l.replace(/ in \d+ ms$/, ''))).toEqual([
      `the CA at ${ca.directory}: GET /dir: HTTP 200`,
      `the CA at ${ca.directory}: HEAD /nonce: HTTP 200`,
      `the CA at ${ca.directory}: POST /order: HTTP 201`,
    ])
    expect(quiet.logged).toEqual([])
  })
})

describe("the CA's signals", () => {
  it('caps the wait for a Retry-After of an hour, then asks again', async () => {
    let first = true
    ca = await fakeCa((_r, res) => {
      if (first)
        json(res, 503, { type: 'urn:ietf:params:acme:error:serverInternal' }, { 'retry-after': '3600' })
      else json(res, 200, {})
      first = false
    })
    const started = Date.now()
    const answer = await clientFor(ca.directory, { ...FAST, retryAfterCapMs: 100 }).post(
      `${ca.base}/x`,
      undefined,
    )
    expect(answer.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('fails at once on a rate limit, saying when to retry', async () => {
    ca = await fakeCa((_r, res) =>
      json(
        res,
        429,
        { type: 'urn:ietf:params:acme:error:rateLimited', detail: 'too many' },
        { 'retry-after': '60' },
      ),
    )
    await expect(clientFor(ca.directory).post(`${ca.base}/order`, {})).rejects.toThrow(
      /the CA's rate limit was reached \(too many\); retry after \d{4}-/,
    )
    expect(ca.seen.filter((r) => r.path === '/order')).toHaveLength(1)
  })
})

describe('the URL signed', () => {
  it.each([
    ['repeated keys and a key without a value', '/order/1?id=7&id=8&flag', '/order/1?id=7&id=8&flag'],
    [
      'escapes and reserved characters as the CA wrote them',
      '/authz/1?name=a%20b&plus=a+b&tilde=%7E&slash=a/b',
      '/authz/1?name=a%20b&plus=a+b&tilde=%7E&slash=a/b',
    ],
    ['an empty query, which no request line can carry', '/finalize/1?', '/finalize/1'],
    ['a fragment, which is never sent', '/cert/1?x=1#chain', '/cert/1?x=1'],
  ])('is exactly the URL requested, query string included: %s', async (_what, given, requested) => {
    ca = await fakeCa()
    await clientFor(ca.directory).post(`${ca.base}${given}`, undefined)
    const sent = ca.seen.find((r) => r.method === 'POST')
    expect(sent?.requested).toBe(`${ca.base}${requested}`)
    expect(sent?.signed).toBe(sent?.requested)
  })
})

describe('redirects', () => {
  /** /hop/<n> redirects to /hop/<n+1> with each redirect status in turn, relative; /hop/<last> to the directory. */
  const hops = (last: number) => (request: Seen, res: ServerResponse) => {
    const hop = /^\/hop\/(\d+)$/.exec(request.path)
    if (hop === null) return json(res, 404, {})
    const n = Number(hop[1])
    const location = n === last ? `${ca?.base}/dir` : `/hop/${n + 1}`
    res.writeHead([301, 302, 303, 307, 308][n % 5] as number, { location })
    res.end()
  }

  it('reads the directory through five redirects, relative and absolute, for the session and for ARI', async () => {
    ca = await fakeCa(hops(4))
    client = new CaClient(`${ca.base}/hop/0`, ACCOUNT_KEY, { limits: FAST })
    expect((await client.directory()).newOrder).toBe(`${ca.base}/order`)
    expect((await new CaDirectory(`${ca.base}/hop/0`).directory()).newOrder).toBe(`${ca.base}/order`)
    expect(ca.seen.filter((r) => r.path === '/dir')).toHaveLength(2)
  })

  it('gives up after five redirects, naming the directory URL', async () => {
    ca = await fakeCa(hops(5))
    client = new CaClient(`${ca.base}/hop/0`, ACCOUNT_KEY, { limits: FAST })
    await expect(client.directory()).rejects.toThrow(`${ca.base}/hop/0: more than 5 redirects`)
    await expect(new CaDirectory(`${ca.base}/hop/0`).directory()).rejects.toThrow(
      `${ca.base}/hop/0: more than 5 redirects`,
    )
    expect(ca.seen.filter((r) => r.path === '/dir')).toHaveLength(0)
  })

  it('never follows a redirect from https to http', async () => {
    const answers: Record<string, { status: number; headers: Record<string, string> }> = {
      'https://ca.test/dir': { status: 301, headers: { location: 'http://ca.test/dir' } },
    }
    await expect(
      followRedirects('https://ca.test/dir', async (url) => answers[url] ?? { status: 404, headers: {} }),
    ).rejects.toThrow('https://ca.test/dir redirects to http://ca.test/dir, which is not https')
  })

  it('does not follow a redirect in answer to a signed request: the answer is the redirect', async () => {
    ca = await fakeCa((request, res) => {
      res.writeHead(request.path === '/moved' ? 301 : 200, { location: `${ca?.base}/elsewhere` })
      res.end()
    })
    const answer = await clientFor(ca.directory).post(`${ca.base}/moved`, undefined)
    expect(answer.status).toBe(301)
    expect(ca.seen.map((r) => r.path)).not.toContain('/elsewhere')
  })
})

describe('JWS', () => {
  it('signs ES256 as r||s over protected.payload, with the kid or the JWK in the header', () => {
    const account = accountKey(ACCOUNT_KEY)
    const jws = signJws(account, { url: 'https://ca/x', nonce: 'n1', kid: 'https://ca/acct/1' }, { a: 1 })
    const header = JSON.parse(Buffer.from(jws.protected, 'base64url').toString('utf8'))
    expect(header).toEqual({ alg: 'ES256', nonce: 'n1', url: 'https://ca/x', kid: 'https://ca/acct/1' })
    const ok = verify(
      'sha256',
      Buffer.from(`${jws.protected}.${jws.payload}`),
      { key: createPublicKey(ACCOUNT_KEY), dsaEncoding: 'ieee-p1363' },
      Buffer.from(jws.signature, 'base64url'),
    )
    expect(ok).toBe(true)
    const asGet = signJws(account, { url: 'https://ca/x', nonce: 'n2' }, undefined)
    expect(asGet.payload).toBe('')
    expect(JSON.parse(Buffer.from(asGet.protected, 'base64url').toString('utf8')).jwk).toEqual(account.jwk)
  })

  it('binds the account JWK with the HMAC key for external account binding', () => {
    const account = accountKey(ACCOUNT_KEY)
    const hmacKey = Buffer.alloc(32, 7).toString('base64url')
    const eab = externalAccountBinding({ kid: 'kid-1', hmacKey }, 'https://ca/new-account', account.jwk)
    expect(JSON.parse(Buffer.from(eab.protected, 'base64url').toString('utf8'))).toEqual({
      alg: 'HS256',
      kid: 'kid-1',
      url: 'https://ca/new-account',
    })
    expect(JSON.parse(Buffer.from(eab.payload, 'base64url').toString('utf8'))).toEqual(account.jwk)
    const expected = createHmac('sha256', Buffer.alloc(32, 7))
      .update(`${eab.protected}.${eab.payload}`)
      .digest('base64url')
    expect(eab.signature).toBe(expected)
  })
})
