// The shared loop of providers whose write is conditional on the set as read (an etag, the exact old set).
import { afterEach, describe, expect, it } from 'vitest'
import { HttpClient } from '../../src/http/client.js'
import { refusedWith, writeConditionally } from '../../src/providers/conditional-write.js'
import { serveOnLoopback } from '../support/json-request.js'

/**
 * An etag API on loopback: GET /set answers the values and their etag, PUT /set with If-Match replaces them when
 * the etag still holds, else 412. `before` runs before each PUT is handled (another writer, an outage).
 */
async function etagApi(
  initial: string[],
  before: (put: number) => { status: number } | undefined = () => undefined,
) {
  let values = initial
  let version = 1
  const requests: string[] = []
  let puts = 0
  const api = await serveOnLoopback((req, res, text) => {
    requests.push(req.method ?? '')
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(body === undefined ? '' : JSON.stringify(body))
    }
    if (req.method === 'GET') return send(200, { etag: `"${version}"`, values })
    const outage = before(++puts)
    if (outage) return send(outage.status, { error: 'refused' })
    if (req.headers['if-match'] !== `"${version}"`) return send(412, { error: 'precondition failed' })
    values = JSON.parse(text) as string[]
    version++
    send(200)
  })
  opened.push(() => api.close())
  const sleeps: number[] = []
  const lines: string[] = []
  const http = new HttpClient({
    provider: 'test',
    baseUrl: api.url,
    sleep: async (ms) => void sleeps.push(ms),
  })
  const append = (value: string, attempts = 3) =>
    writeConditionally({
      what: 'test: the TXT set',
      read: async () => (await http.request<{ etag: string; values: string[] }>('GET', '/set')).body,
      plan: (current) => (current.values.includes(value) ? undefined : [...current.values, value]),
      write: async (current, next) => {
        await http.request('PUT', '/set', { body: next, headers: { 'if-match': current.etag } })
      },
      isConflict: refusedWith(412),
      attempts,
      sleep: async (ms) => void sleeps.push(ms),
      log: (line) => lines.push(line),
      random: () => 0,
    })
  return {
    append,
    requests,
    sleeps,
    lines,
    values: () => values,
    write: (next: string[]) => {
      values = next
      version++
    },
  }
}

const opened: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((close) => close()))
})

describe('writeConditionally', () => {
  it('after a refusal because another writer changed the set, reads it again and keeps their value', async () => {
    let api: Awaited<ReturnType<typeof etagApi>> | undefined
    api = await etagApi(['keep-me'], (put) => {
      if (put === 1) api?.write(['keep-me', 'theirs'])
      return undefined
    })
    await api.append('ours')
    expect(api.values()).toEqual(['keep-me', 'theirs', 'ours'])
    expect(api.requests).toEqual(['GET', 'PUT', 'GET', 'PUT'])
    expect(api.lines).toEqual(['test: the TXT set changed while we wrote it; reading it again'])
  })

  it('gives up after as many refusals as it was given attempts, with the last refusal in the error', async () => {
    let api: Awaited<ReturnType<typeof etagApi>> | undefined
    let n = 0
    api = await etagApi(['keep-me'], () => {
      api?.write(['keep-me', `theirs-${++n}`])
      return undefined
    })
    await expect(api.append('ours', 3)).rejects.toThrow(/^test: PUT \/set failed: HTTP 412/)
    expect(api.requests).toEqual(['GET', 'PUT', 'GET', 'PUT', 'GET', 'PUT'])
  })

  it('after a 5xx on the write, reads the set again instead of sending the same write', async () => {
    const api = await etagApi(['keep-me'], (put) => (put === 1 ? { status: 502 } : undefined))
    await api.append('ours')
    expect(api.values()).toEqual(['keep-me', 'ours'])
    expect(api.requests).toEqual(['GET', 'PUT', 'GET', 'PUT'])
    expect(api.sleeps).toHaveLength(1)
    expect(api.lines.join('\n')).toMatch(/the write failed \(HTTP 502\); not sent again as it was/)
  })

  it('throws a refusal that is no conflict at once, without reading again', async () => {
    const api = await etagApi(['keep-me'], () => ({ status: 400 }))
    await expect(api.append('ours')).rejects.toThrow(/HTTP 400/)
    expect(api.requests).toEqual(['GET', 'PUT'])
  })

  it('writes nothing when the plan finds the value there', async () => {
    const api = await etagApi(['ours'])
    await api.append('ours')
    expect(api.requests).toEqual(['GET'])
  })
})
