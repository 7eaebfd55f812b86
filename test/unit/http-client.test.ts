// The shared HTTP layer: retries, Retry-After, timeouts and error messages, against undici's MockAgent as its wire.
import { errors, MockAgent } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rateLimitResetIn } from '../../src/http/api.js'
import {
  HttpClient,
  type HttpClientOptions,
  ProviderHttpError,
  parseRateLimitReset,
  parseRetryAfter,
  type ThrottleAnswer,
} from '../../src/http/client.js'
import { sendingOnce } from '../../src/http/send-once.js'
import { mockSend } from '../support/mock-send.js'

const ORIGIN = 'https://api.example.net'
const TOKEN = 's3cr3t-t0ken-value'

let agent: MockAgent
let sleeps: number[]

beforeEach(() => {
  agent = new MockAgent({ enableCallHistory: true })
  agent.disableNetConnect()
  sleeps = []
})

afterEach(async () => {
  await agent.close()
})

function client(options: Partial<HttpClientOptions> = {}): HttpClient {
  return new HttpClient({
    provider: 'exampledns',
    baseUrl: `${ORIGIN}/v1`,
    headers: { Authorization: `Bearer ${TOKEN}` },
    secrets: [TOKEN],
    credentialHint: 'EXAMPLE_API_TOKEN',
    send: mockSend(agent),
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    ...options,
  })
}

async function failure(promise: Promise<unknown>): Promise<ProviderHttpError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ProviderHttpError)
  return error as ProviderHttpError
}

function calls(): number {
  return agent.getCallHistory()?.calls().length ?? 0
}

describe('HttpClient', () => {
  it('sends JSON with the client headers to the base path and parses a JSON answer', async () => {
    agent
      .get(ORIGIN)
      .intercept({
        path: '/v1/zones/z1?name=a.example',
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: '{"a":1}',
      })
      .reply(200, { ok: true }, { headers: { 'content-type': 'application/json' } })

    const response = await client().request('POST', '/zones/z1', {
      query: { name: 'a.example' },
      body: { a: 1 },
    })

    expect(response).toMatchObject({ status: 200, body: { ok: true } })
  })

  it('sends a form as application/x-www-form-urlencoded, encoding each field and leaving out undefined ones', async () => {
    agent
      .get(ORIGIN)
      .intercept({
        path: '/v1/records/add',
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'token=a%26b%3Dc&ttl=60&text=v+1',
      })
      .reply(200, 'ok')

    const response = await client().request('POST', '/records/add', {
      form: { token: 'a&b=c', ttl: 60, skipped: undefined, text: 'v 1' },
    })

    expect(response.body).toBe('ok')
  })

  it('waits the Retry-After seconds of a 429, then returns the answer that follows', async () => {
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/records' }).reply(429, 'slow down', { headers: { 'retry-after': '7' } })
    pool
      .intercept({ path: '/v1/records' })
      .reply(200, { records: [] }, { headers: { 'content-type': 'application/json' } })

    const response = await client().request('GET', '/records')

    expect(response.body).toEqual({ records: [] })
    expect(sleeps).toEqual([7000])
    expect(calls()).toBe(2)
  })

  it('waits for RateLimit-Reset when a 429 carries no Retry-After, for every provider', async () => {
    const pool = agent.get(ORIGIN)
    // a delta in seconds, as the IETF RateLimit fields send it (epoch seconds are read too)
    pool.intercept({ path: '/v1/records' }).reply(429, '', { headers: { 'ratelimit-reset': '12' } })
    pool.intercept({ path: '/v1/records' }).reply(204, '')

    const response = await client().request('GET', '/records')

    expect(response.status).toBe(204)
    expect(sleeps).toEqual([12_000])
  })

  it('reads a Retry-After given as an HTTP date', () => {
    const now = Date.parse('2030-01-01T00:00:00Z')
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:12 GMT', now)).toBe(12_000)
    expect(parseRetryAfter('Mon, 31 Dec 2029 23:59:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
  })

  it('caps a huge Retry-After at maxRetryAfterMs instead of waiting a day', async () => {
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/records' }).reply(429, '', { headers: { 'retry-after': '86400' } })
    pool.intercept({ path: '/v1/records' }).reply(204, '')

    const response = await client({ maxRetryAfterMs: 5000 }).request('GET', '/records')

    expect(response.status).toBe(204)
    expect(sleeps).toEqual([5000])
  })

  it('retries a 5xx a bounded number of times with growing backoff, then names provider, method, path, status and body', async () => {
    agent.get(ORIGIN).intercept({ path: '/v1/records' }).reply(502, '<html>Bad Gateway</html>').times(3)

    const error = await failure(client({ maxRetries: 2 }).request('GET', '/records'))

    expect(calls()).toBe(3)
    expect(sleeps).toHaveLength(2)
    expect(sleeps[0]).toBeGreaterThanOrEqual(100)
    expect(sleeps[0]).toBeLessThanOrEqual(200)
    expect(sleeps[1]).toBeGreaterThanOrEqual(200)
    expect(sleeps[1]).toBeLessThanOrEqual(400)
    expect(error.status).toBe(502)
    expect(error.attempts).toBe(3)
    expect(error.message).toBe(
      'exampledns: GET /v1/records failed after 3 attempts: HTTP 502: <html>Bad Gateway</html>',
    )
  })

  it('does not repeat a POST that got a 500, since the server may have acted on it', async () => {
    agent.get(ORIGIN).intercept({ path: '/v1/records', method: 'POST' }).reply(500, 'oops')

    const error = await failure(client().request('POST', '/records', { body: {} }))

    expect(calls()).toBe(1)
    expect(error.status).toBe(500)
  })

  it('repeats a POST that got a 503, which means the server did not act on it', async () => {
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/records', method: 'POST' }).reply(503, 'maintenance')
    pool.intercept({ path: '/v1/records', method: 'POST' }).reply(201, 'created')

    const response = await client().request('POST', '/records', { body: {} })

    expect(response).toMatchObject({ status: 201, body: 'created' })
    expect(calls()).toBe(2)
  })

  it("retries the provider's own throttling signal and leaves other 400s alone", async () => {
    const throttled = '<ErrorResponse><Error><Code>Throttling</Code></Error></ErrorResponse>'
    const isThrottled = (status: number, body: string) =>
      status === 400 && body.includes('<Code>Throttling</Code>')
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/change', method: 'POST' }).reply(400, throttled)
    pool.intercept({ path: '/v1/change', method: 'POST' }).reply(200, 'done')
    pool.intercept({ path: '/v1/change', method: 'POST' }).reply(400, '<Code>InvalidInput</Code>')

    const http = client({ isThrottled })
    await expect(http.request('POST', '/change', { text: '<x/>' })).resolves.toMatchObject({ body: 'done' })
    const error = await failure(http.request('POST', '/change', { text: '<x/>' }))

    expect(calls()).toBe(3)
    expect(sleeps).toHaveLength(1)
    expect(error.message).toContain('HTTP 400: <Code>InvalidInput</Code>')
  })

  it('retries a 2xx answer the throttle hook calls throttled (a firewall challenge), then returns the real answer', async () => {
    const seen: ThrottleAnswer[] = []
    const throttle = (answer: ThrottleAnswer) => {
      seen.push(answer)
      return answer.headers['x-amzn-waf-action'] === 'challenge'
    }
    const pool = agent.get(ORIGIN)
    pool
      .intercept({ path: '/v1/list', method: 'POST' })
      .reply(202, '<html>challenge</html>', { headers: { 'x-amzn-waf-action': 'challenge' } })
    pool
      .intercept({ path: '/v1/list', method: 'POST' })
      .reply(200, { ok: true }, { headers: { 'content-type': 'application/json' } })

    const response = await client({ throttle }).request('POST', '/list', { body: {} })

    expect(response).toMatchObject({ status: 200, body: { ok: true } })
    expect(calls()).toBe(2)
    // no Retry-After: the first backoff step
    expect(sleeps).toHaveLength(1)
    expect(sleeps[0]).toBeGreaterThanOrEqual(100)
    expect(sleeps[0]).toBeLessThanOrEqual(200)
    expect(seen.map(({ status, body, attempt }) => ({ status, body, attempt }))).toEqual([
      { status: 202, body: '<html>challenge</html>', attempt: 1 },
      { status: 200, body: '{"ok":true}', attempt: 2 },
    ])
  })

  it('waits as long as the throttle hook says, before any Retry-After, and names its reason in the notice', async () => {
    const lines: string[] = []
    const throttle = ({ body, attempt }: ThrottleAnswer) =>
      body.includes('blocked') ? { waitMs: 1500 * attempt, reason: 'blocked by the API' } : false
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/records' }).reply(200, 'blocked', { headers: { 'retry-after': '7' } })
    pool.intercept({ path: '/v1/records' }).reply(200, 'blocked')
    pool.intercept({ path: '/v1/records' }).reply(200, 'records')

    const response = await client({ throttle, log: (line) => lines.push(line) }).request('GET', '/records')

    expect(response.body).toBe('records')
    expect(sleeps).toEqual([1500, 3000])
    expect(lines[0]).toBe('exampledns: GET /v1/records: HTTP 200, blocked by the API, retry 1 of 4 in 1.5 s')
  })

  it("caps the throttle hook's wait at maxRetryAfterMs", async () => {
    const throttle = ({ status }: ThrottleAnswer) => (status === 409 ? { waitMs: 3_600_000 } : false)
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/records', method: 'PUT' }).reply(409, 'busy')
    pool.intercept({ path: '/v1/records', method: 'PUT' }).reply(204, '')

    const response = await client({ throttle, maxRetryAfterMs: 5000 }).request('PUT', '/records', {
      body: [],
    })

    expect(response.status).toBe(204)
    expect(sleeps).toEqual([5000])
  })

  it('gives up on an answer still throttled after maxRetries, with an error naming the status and reason', async () => {
    const throttle = () => ({ waitMs: 1000, reason: 'rate limited' })
    agent.get(ORIGIN).intercept({ path: '/v1/records', method: 'POST' }).reply(200, 'slow down').times(3)

    const error = await failure(client({ throttle, maxRetries: 2 }).request('POST', '/records', { body: {} }))

    expect(calls()).toBe(3)
    expect(sleeps).toEqual([1000, 1000])
    expect(error.status).toBe(200)
    expect(error.attempts).toBe(3)
    expect(error.message).toBe(
      'exampledns: POST /v1/records failed after 3 attempts: HTTP 200, rate limited: slow down',
    )
  })

  it('still retries a 429 the hook does not call throttled, and keeps isThrottled to answers outside 2xx', async () => {
    const isThrottledSaw: number[] = []
    const isThrottled = (status: number) => {
      isThrottledSaw.push(status)
      return true
    }
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/records' }).reply(429, '', { headers: { 'retry-after': '2' } })
    pool.intercept({ path: '/v1/records' }).reply(404, 'Not Found')
    pool.intercept({ path: '/v1/records' }).reply(200, 'fine')

    const http = client({ throttle: () => false, isThrottled })
    await expect(http.request('GET', '/records', { expect: [404] })).resolves.toMatchObject({ status: 404 })
    await expect(http.request('GET', '/records')).resolves.toMatchObject({ body: 'fine' })

    expect(sleeps).toEqual([2000])
    expect(isThrottledSaw).toEqual([])
  })

  it('reads a rate-limit reset header as epoch seconds, or as seconds from now when small', () => {
    const now = Date.parse('2030-01-01T00:00:00Z')
    expect(parseRateLimitReset(String(now / 1000 + 42), now)).toBe(42_000)
    expect(parseRateLimitReset(String(now / 1000 - 5), now)).toBe(0)
    expect(parseRateLimitReset('30', now)).toBe(30_000)
    expect(parseRateLimitReset(['12'], now)).toBe(12_000)
    expect(parseRateLimitReset('soon', now)).toBeUndefined()
    expect(parseRateLimitReset(undefined, now)).toBeUndefined()
  })

  it("waits out a 429 as an API's own reset header says, leaving Retry-After and a reset already due to the HTTP layer", () => {
    const throttle = rateLimitResetIn('x-rate-limit-reset', 'rate limited')
    const answer = (status: number, headers: Record<string, string>): ThrottleAnswer => ({
      status,
      headers,
      body: '',
      attempt: 1,
    })
    expect(throttle(answer(429, { 'x-rate-limit-reset': '9' }))).toEqual({
      waitMs: 9000,
      reason: 'rate limited',
    })
    expect(throttle(answer(429, { 'x-rate-limit-reset': '9', 'retry-after': '3' }))).toBe(true)
    expect(throttle(answer(429, { 'x-rate-limit-reset': '0' }))).toBe(true)
    expect(throttle(answer(429, { 'x-ratelimit-reset': '9' }))).toBe(true)
    expect(throttle(answer(503, { 'x-rate-limit-reset': '9' }))).toBe(false)
  })

  it('on 401 names the credential variable to check and never shows the token, even when the server echoes it', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: `/v1/tokens/${TOKEN}` })
      .reply(401, { error: `invalid token ${TOKEN}` }, { headers: { 'content-type': 'application/json' } })

    const error = await failure(client().request('GET', `/tokens/${TOKEN}`))

    expect(error.status).toBe(401)
    expect(error.message).toContain('Check EXAMPLE_API_TOKEN')
    expect(error.message).toContain(
      'exampledns: GET /v1/tokens/*** failed: HTTP 401: {"error":"invalid token ***"}',
    )
    expect(error.message).not.toContain(TOKEN)
    expect(error.bodyExcerpt).not.toContain(TOKEN)
    expect(calls()).toBe(1)
  })

  it('on 403 says the credential lacks a permission', async () => {
    agent.get(ORIGIN).intercept({ path: '/v1/records' }).reply(403, 'Forbidden')

    const error = await failure(client().request('GET', '/records'))

    expect(error.message).toMatch(/Check EXAMPLE_API_TOKEN: .*permission/)
  })

  it('shows query parameter names but not their values in errors', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/v1/records', query: { name: 'a.example', api_key: 'query-secret' } })
      .reply(400, 'bad')

    const error = await failure(
      client().request('GET', '/records', { query: { name: 'a.example', api_key: 'query-secret' } }),
    )

    expect(error.path).toBe('/v1/records?name=…&api_key=…')
    expect(error.message).not.toContain('query-secret')
  })

  it('keeps every request on the base origin, even for a path that starts with //', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: (path) => path === '//elsewhere.example/x' })
      .reply(200, 'here')

    const response = await client({ baseUrl: ORIGIN }).request('GET', '//elsewhere.example/x')

    expect(response.body).toBe('here')
  })

  it.each(['/records/..', '/records/../zones', '/records/%2e%2E/x', '/records/.%2e', '/records/./x', '/%2E'])(
    'refuses the path %s before sending: a . or .. segment (an id from an answer, say) would reach another resource',
    async (path) => {
      const request = client().request('DELETE', path)
      await expect(request).rejects.toThrow(
        `exampledns: refusing to send DELETE ${path}: a "." or ".." path segment would reach another resource than the one named`,
      )
      expect(agent.getCallHistory()?.calls() ?? []).toEqual([])
    },
  )

  it('returns a status listed in expect instead of throwing', async () => {
    agent.get(ORIGIN).intercept({ path: '/v1/records/missing' }).reply(404, 'Not Found')

    const response = await client().request('GET', '/records/missing', { expect: [404] })

    expect(response).toMatchObject({ status: 404, body: 'Not Found' })
  })

  it('gives up on an answer slower than timeoutMs with an error that says so', async () => {
    agent.get(ORIGIN).intercept({ path: '/v1/slow' }).reply(200, 'late').delay(2000)

    const started = Date.now()
    const error = await failure(client({ timeoutMs: 50, maxRetries: 0 }).request('GET', '/slow'))

    expect(Date.now() - started).toBeLessThan(1500)
    expect(error.kind).toBe('timeout')
    expect(error.status).toBeUndefined()
    expect(error.message).toBe(
      `exampledns: GET /v1/slow at ${ORIGIN} failed: no complete answer within 50 ms`,
    )
  })

  it('retries a timed-out GET but not a timed-out POST', async () => {
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/slow' }).reply(200, 'late').delay(2000)
    pool.intercept({ path: '/v1/slow' }).reply(200, 'in time')
    pool.intercept({ path: '/v1/slow', method: 'POST' }).reply(200, 'late').delay(2000)

    const http = client({ timeoutMs: 50 })
    await expect(http.request('GET', '/slow')).resolves.toMatchObject({ body: 'in time' })
    const error = await failure(http.request('POST', '/slow', { body: {} }))

    expect(error.kind).toBe('timeout')
    expect(error.attempts).toBe(1)
  })

  it("counts the wire's own wait for headers or body running out as the attempt's timeout: a GET retried", async () => {
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/records' }).replyWithError(new errors.HeadersTimeoutError())
    pool.intercept({ path: '/v1/records' }).replyWithError(new errors.BodyTimeoutError())
    pool.intercept({ path: '/v1/records' }).reply(200, 'at last')
    pool.intercept({ path: '/v1/records', method: 'POST' }).replyWithError(new errors.BodyTimeoutError())

    const http = client({ timeoutMs: 50 })
    await expect(http.request('GET', '/records')).resolves.toMatchObject({ body: 'at last' })
    const error = await failure(http.request('POST', '/records', { body: {} }))

    expect(sleeps).toHaveLength(2)
    expect(error.kind).toBe('timeout')
    expect(error.attempts).toBe(1)
    expect(error.message).toBe(
      `exampledns: POST /v1/records at ${ORIGIN} failed: no complete answer within 50 ms`,
    )
  })

  it('retries a refused connection, which never reached the server, even for a POST', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 192.0.2.1:443'), { code: 'ECONNREFUSED' })
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/records', method: 'POST' }).replyWithError(refused)
    pool.intercept({ path: '/v1/records', method: 'POST' }).reply(201, 'created')

    const response = await client().request('POST', '/records', { body: {} })

    expect(response.status).toBe(201)
    expect(sleeps).toHaveLength(1)
  })

  it('reports a connection that keeps failing as a network error naming the origin', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 192.0.2.1:443'), { code: 'ECONNREFUSED' })
    agent.get(ORIGIN).intercept({ path: '/v1/records' }).replyWithError(refused).times(2)

    const error = await failure(client({ maxRetries: 1 }).request('GET', '/records'))

    expect(error.kind).toBe('network')
    expect(error.message).toBe(
      `exampledns: GET /v1/records at ${ORIGIN} failed after 2 attempts: ECONNREFUSED: connect ECONNREFUSED 192.0.2.1:443`,
    )
  })
})

describe('HttpClient inside sendingOnce', () => {
  it('sends a PUT that got a 502 once, even when told it is idempotent, and marks the failure transient', async () => {
    agent.get(ORIGIN).intercept({ path: '/v1/records', method: 'PUT' }).reply(502, 'Bad Gateway').times(2)

    const error = await failure(
      sendingOnce(() => client().request('PUT', '/records', { body: [], idempotent: true })),
    )

    expect(calls()).toBe(1)
    expect(sleeps).toEqual([])
    expect(error.status).toBe(502)
    expect(error.transient).toEqual({ waitMs: undefined })
  })

  it('does not send a timed-out request again, and says a later attempt may get through', async () => {
    agent.get(ORIGIN).intercept({ path: '/v1/records', method: 'PUT' }).reply(200, 'late').delay(2000)

    const error = await failure(
      sendingOnce(() => client({ timeoutMs: 50 }).request('PUT', '/records', { body: [] })),
    )

    expect(calls()).toBe(1)
    expect(error.kind).toBe('timeout')
    expect(error.transient).toEqual({ waitMs: undefined })
  })

  it('does not wait out a 429 itself: the wait its Retry-After asks for (capped) rides on the error', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/v1/records', method: 'PUT' })
      .reply(429, 'slow down', { headers: { 'retry-after': '120' } })

    const error = await failure(
      sendingOnce(() => client({ maxRetryAfterMs: 30_000 }).request('PUT', '/records', { body: [] })),
    )

    expect(calls()).toBe(1)
    expect(sleeps).toEqual([])
    expect(error.transient).toEqual({ waitMs: 30_000 })
  })

  it('marks neither a refusal nor a throttle the provider gives up on as transient', async () => {
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/records', method: 'PUT' }).reply(422, 'bad record')
    pool.intercept({ path: '/v1/records', method: 'PUT' }).reply(429, 'hourly limit')
    const http = client({
      throttle: ({ status }) => status === 429 && { giveUp: true, reason: 'hourly limit' },
    })

    const refused = await failure(sendingOnce(() => http.request('PUT', '/records', { body: [] })))
    const givenUp = await failure(sendingOnce(() => http.request('PUT', '/records', { body: [] })))

    expect(refused.transient).toBeUndefined()
    expect(givenUp.transient).toBeUndefined()
  })

  it('leaves requests outside it alone: the same PUT after a 502 is retried as before', async () => {
    const pool = agent.get(ORIGIN)
    pool.intercept({ path: '/v1/records', method: 'PUT' }).reply(502, 'Bad Gateway')
    pool.intercept({ path: '/v1/records', method: 'PUT' }).reply(204, '')
    const http = client()
    await sendingOnce(async () => {})

    await expect(http.request('PUT', '/records', { body: [] })).resolves.toMatchObject({ status: 204 })
    expect(calls()).toBe(2)
  })
})
