// The GitHub client the GitHub destinations get (src/github-api.ts) against the fake GitHub: where it sends, what it
// sends, when it retries and how long it waits, and that no request can hang or leak the token.
import { afterEach, describe, expect, it } from 'vitest'
import { apiBaseUrl, type GithubApiSettings, githubApi } from '../../src/github/api.js'
import type { GithubApi } from '../../src/stores/types.js'
import { type FakeGithub, startFakeGithub } from '../support/fake-github.js'

const TOKEN = 'ghs_0123456789abcdefSECRETtoken'
const PUBLIC_KEY = 'GET /repos/{owner}/{repo}/actions/secrets/public-key'
const REPO = { owner: 'octo', repo: 'app' }

let fake: FakeGithub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

interface Client {
  api: GithubApi
  waits: number[]
  log: string[]
}

async function client(settings: Partial<GithubApiSettings> = {}, basePath?: string): Promise<Client> {
  fake = await startFakeGithub({ token: TOKEN, repository: 'octo/app', ...(basePath ? { basePath } : {}) })
  const waits: number[] = []
  const log: string[] = []
  const api = await githubApi(
    TOKEN,
    { GITHUB_API_URL: `${fake.url}${basePath ?? ''}/` },
    {
      sleep: async (ms) => {
        waits.push(ms)
      },
      log: (message) => log.push(message),
      ...settings,
    },
  )
  return { api, waits, log }
}

async function failure(promise: Promise<unknown>): Promise<Error & { status?: number }> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  )
  if (!(outcome instanceof Error)) throw new Error('expected a failure')
  return outcome
}

const calls = () => fake?.requests.map((r) => `${r.method} ${r.path} ${r.status}`)

describe('githubApi', () => {
  it('sends to GITHUB_API_URL, base path included (GitHub Enterprise Server), with the documented headers', async () => {
    const { api } = await client({}, '/api/v3')
    const response = await api.request(PUBLIC_KEY, REPO)
    expect(response.status).toBe(200)
    expect(response.data).toMatchObject({ key_id: expect.any(String), key: expect.any(String) })
    const [request] = fake?.requests ?? []
    expect(request?.path).toBe('/repos/octo/app/actions/secrets/public-key')
    expect(request?.headers.authorization).toBe(`token ${TOKEN}`)
    expect(request?.headers.accept).toBe('application/vnd.github+json')
    expect(request?.headers['x-github-api-version']).toBe('2022-11-28')
    expect(request?.headers['user-agent']).toMatch(/^certalias\/\d+\.\d+\.\d+ /)
  })

  it('takes https://api.github.com when GITHUB_API_URL is unset, and refuses one that is no http(s) URL', () => {
    expect(apiBaseUrl({})).toBe('https://api.github.com')
    expect(apiBaseUrl({ GITHUB_API_URL: 'https://ghe.example.com/api/v3//' })).toBe(
      'https://ghe.example.com/api/v3',
    )
    expect(() => apiBaseUrl({ GITHUB_API_URL: 'ghe.example.com' })).toThrow(/GITHUB_API_URL .* is not a URL/)
    expect(() => apiBaseUrl({ GITHUB_API_URL: 'ftp://ghe.example.com' })).toThrow(/not an http\(s\) URL/)
  })

  it('a 503 is retried after the Retry-After the server sent, with a notice in the log', async () => {
    const { api, waits, log } = await client()
    fake?.answerNext({ status: 503, headers: { 'retry-after': '7' }, body: { message: 'unavailable' } })
    expect((await api.request(PUBLIC_KEY, REPO)).status).toBe(200)
    expect(calls()).toEqual([
      'GET /repos/octo/app/actions/secrets/public-key 503',
      'GET /repos/octo/app/actions/secrets/public-key 200',
    ])
    expect(waits).toEqual([7000])
    expect(log).toEqual([
      'github: GET /repos/octo/app/actions/secrets/public-key: HTTP 503, retry 1 of 3 in 7 s',
    ])
  })

  it('a secondary rate limit (403 with Retry-After) is waited out; a primary one is waited out until its reset', async () => {
    const { api, waits } = await client()
    const reset = String(Math.floor(Date.now() / 1000) + 20)
    fake?.answerNext(
      { status: 403, headers: { 'retry-after': '5' }, body: { message: 'secondary rate limit' } },
      { status: 429, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: {} },
    )
    expect((await api.request(PUBLIC_KEY, REPO)).status).toBe(200)
    expect(waits[0]).toBe(5000)
    expect(waits[1]).toBeGreaterThan(15_000)
    expect(waits[1]).toBeLessThanOrEqual(20_000)
  })

  it('a rate limit resetting later than the longest wait is not waited for: the error comes at once', async () => {
    const { api, waits } = await client()
    const reset = String(Math.floor(Date.now() / 1000) + 3600)
    fake?.answerNext({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded' },
    })
    const error = await failure(api.request(PUBLIC_KEY, REPO))
    expect(error.status).toBe(403)
    expect(error.message).toContain('API rate limit exceeded')
    expect(waits).toEqual([])
    expect(fake?.requests).toHaveLength(1)
  })

  it('a plain 403 (a permission, not a limit) is final: no retry', async () => {
    const { api, waits } = await client()
    fake?.answerNext({ status: 403, body: { message: 'Resource not accessible by integration' } })
    expect((await failure(api.request(PUBLIC_KEY, REPO))).status).toBe(403)
    expect(waits).toEqual([])
  })

  it('a 500 is retried for a GET but not for a POST, which the server may have acted on', async () => {
    const { api } = await client()
    fake?.answerNext({ status: 500, body: { message: 'oops' } })
    expect((await api.request(PUBLIC_KEY, REPO)).status).toBe(200)
    fake?.answerNext({ status: 500, body: { message: 'oops' } })
    const error = await failure(
      api.request('POST /repos/{owner}/{repo}/actions/variables', { ...REPO, name: 'X', value: 'y' }),
    )
    expect(error.status).toBe(500)
    expect(calls()).toEqual([
      'GET /repos/octo/app/actions/secrets/public-key 500',
      'GET /repos/octo/app/actions/secrets/public-key 200',
      'POST /repos/octo/app/actions/variables 500',
    ])
  })

  it('retries are bounded: after the first attempt and `retries` more, the last answer is the error', async () => {
    const { api, waits } = await client({ retries: 2 })
    const unavailable = { status: 503, body: { message: 'unavailable' } }
    fake?.answerNext(unavailable, unavailable, unavailable, unavailable)
    const error = await failure(api.request(PUBLIC_KEY, REPO))
    expect(error.status).toBe(503)
    expect(fake?.requests).toHaveLength(3)
    expect(waits).toHaveLength(2)
  })

  it('a server that never answers cannot hang the run: each attempt ends at the timeout', async () => {
    const { api } = await client({ timeoutMs: 150, retries: 1 })
    fake?.answerNext({ stall: true }, { stall: true })
    const started = Date.now()
    const error = await failure(api.request(PUBLIC_KEY, REPO))
    expect(error.message).toContain('no complete answer')
    expect(error.message).toContain('within 150 ms')
    expect(fake?.requests).toHaveLength(2)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('the token never reaches an error: not in the message, the answer kept, or the request kept', async () => {
    const { api } = await client()
    fake?.answerNext({
      status: 422,
      body: { message: `token ${TOKEN} refused`, errors: [{ value: encodeURIComponent(TOKEN) }] },
    })
    const error = await failure(api.request(PUBLIC_KEY, REPO))
    expect(error.message).toBe('token *** refused: {"value":"***"}')
    const kept = error as Error & { response?: { data?: unknown }; request?: unknown }
    expect(JSON.stringify(kept.response?.data)).not.toContain(TOKEN)
    expect(JSON.stringify(kept.request)).not.toContain(TOKEN)
  })
})
