// The shared write-and-read-back loop of providers whose API replaces a whole TXT set without a conditional write.
import type { ServerResponse } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { HttpClient } from '../../src/http/client.js'
import { MAX_FAILED_WRITES, MAX_WRITES, WriteLater, writeUntilHeld } from '../../src/providers/read-back.js'
import { serveOnLoopback } from '../support/json-request.js'

/** A set another writer replaces after each of our writes (or not), with our values merged in by plan. */
function owner(initial: string[], afterOurWrite: (written: string[]) => string[] = (w) => w) {
  let served = initial
  const writes: string[][] = []
  const sleeps: number[] = []
  const append = (value: string) =>
    writeUntilHeld({
      what: 'test: the TXT set',
      read: async () => served,
      plan: (current) => (current.includes(value) ? undefined : [...current, value]),
      write: async (_current, next) => {
        writes.push(next)
        served = afterOurWrite(next)
      },
      sleep: async (ms) => {
        sleeps.push(ms)
      },
      random: () => 0.5,
    })
  return { append, writes, sleeps, served: () => served }
}

describe('writeUntilHeld', () => {
  it('writes once and reads back once when nobody else writes', async () => {
    const set = owner(['keep-me'])
    await set.append('ours')
    expect(set.writes).toEqual([['keep-me', 'ours']])
    expect(set.sleeps).toHaveLength(1)
  })

  it('writes again, merged with the other value, when another writer replaced ours after our write', async () => {
    let raced = false
    const set = owner(['keep-me'], (written) => {
      if (raced) return written
      raced = true
      return ['keep-me', 'theirs']
    })
    await set.append('ours')
    expect(set.served()).toEqual(['keep-me', 'theirs', 'ours'])
    // the wait before each read-back grows, so racing runs fall apart
    expect(set.sleeps[1]).toBeGreaterThan(set.sleeps[0] as number)
  })

  it(`gives up after ${MAX_WRITES} writes that another writer kept replacing, saying so`, async () => {
    const set = owner(['keep-me'], () => ['keep-me', 'theirs'])
    await expect(set.append('ours')).rejects.toThrow(/replaced by another writer after each of our 6 writes/)
    expect(set.writes).toHaveLength(MAX_WRITES)
  })

  it('after a throttled write, waits as asked and reads again instead of sending the old write', async () => {
    const reads: string[][] = []
    const sleeps: number[] = []
    let served = ['keep-me']
    let refused = false
    await writeUntilHeld({
      what: 'test: the TXT set',
      read: async () => {
        reads.push(served)
        return served
      },
      plan: (current) => (current.includes('ours') ? undefined : [...current, 'ours']),
      write: async (_current, next) => {
        if (!refused) {
          refused = true
          served = ['keep-me', 'theirs'] // written by another run while we wait
          throw new WriteLater(1000)
        }
        served = next
      },
      sleep: async (ms) => {
        sleeps.push(ms)
      },
      random: () => 0,
    })
    expect(served).toEqual(['keep-me', 'theirs', 'ours'])
    expect(sleeps[0]).toBe(1000)
  })
})

type Answer = { status: number; body?: unknown; headers?: Record<string, string> }
/** One expected request of the script and its answer; `answer` undefined never answers (a write that stalls). */
type Step = { method: 'GET' | 'PUT'; answer: Answer | undefined }

/**
 * A whole-set API on loopback (GET /set reads, PUT /set replaces) written through the ordinary HTTP client a
 * provider uses, which sends a PUT again after a timeout or a 5xx when left to itself. Each request must be the
 * next one of the script; any other gets a 418 that fails the test.
 */
async function wholeSetApi(script: readonly Step[]) {
  const requests: { method: string; body: unknown }[] = []
  const stalled: ServerResponse[] = []
  const api = await serveOnLoopback((req, res, text) => {
    const method = req.method ?? ''
    requests.push({ method, body: text ? JSON.parse(text) : undefined })
    const step = script[requests.length - 1]
    const answer =
      step?.method === method
        ? step.answer
        : {
            status: 418,
            body: `request ${requests.length} is a ${method}, expected ${step?.method ?? 'none'}`,
          }
    if (answer === undefined) {
      stalled.push(res)
      return
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body))
  })
  const sleeps: number[] = []
  const sleep = async (ms: number) => {
    sleeps.push(ms)
  }
  // long enough that a read on a busy machine never times out, short enough that the stalled write costs a second
  const http = new HttpClient({ provider: 'test', baseUrl: api.url, timeoutMs: 1000, sleep })
  const lines: string[] = []
  const append = (value: string) =>
    writeUntilHeld({
      what: 'test: the TXT set',
      read: async () => (await http.request<string[]>('GET', '/set')).body,
      plan: (current) => (current.includes(value) ? undefined : [...current, value]),
      write: async (_current, next) => {
        await http.request('PUT', '/set', { body: next })
      },
      sleep,
      log: (line) => lines.push(line),
      random: () => 0,
    })
  opened.push(async () => {
    for (const res of stalled) res.destroy()
    await api.close()
  })
  return { append, requests, sleeps, lines }
}

const opened: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((close) => close()))
})

const read = (set: string[]): Step => ({ method: 'GET', answer: { status: 200, body: set } })
const write = (answer: Answer = { status: 204 }): Step => ({ method: 'PUT', answer })
/** A write the API receives but never answers: it may have landed, or land later. */
const stalledWrite: Step = { method: 'PUT', answer: undefined }

/**
 * Appends ours where the first write fails as `failed` says and another run writes its value meanwhile; checks
 * that the write after the failure is merged from a fresh read, not the old write sent again (which would drop
 * the other run's value).
 */
async function appendAfterFailedWrite(failed: Step) {
  const api = await wholeSetApi([
    read(['keep-me']),
    failed,
    read(['keep-me', 'theirs']),
    write(),
    read(['keep-me', 'theirs', 'ours']),
  ])
  await api.append('ours')
  expect(api.requests.map((r) => r.method)).toEqual(['GET', 'PUT', 'GET', 'PUT', 'GET'])
  expect(api.requests[3]?.body).toEqual(['keep-me', 'theirs', 'ours'])
  return api
}

describe('writeUntilHeld: a write is sent once', () => {
  it('after a 5xx on the write, reads the set again and merges into it instead of sending the same write again', async () => {
    const api = await appendAfterFailedWrite(write({ status: 502, body: { error: 'bad gateway' } }))
    expect(api.lines.join('\n')).toMatch(
      /test: the TXT set: the write failed \(HTTP 502\); not sent again as it was: reading the set again/,
    )
  })

  it('after a write that timed out (it may still land), reads the set again instead of sending the same write again', async () => {
    await appendAfterFailedWrite(stalledWrite)
  })

  it('after a 429 on the write, waits its Retry-After, then reads the set again', async () => {
    const api = await appendAfterFailedWrite(write({ status: 429, headers: { 'retry-after': '7' } }))
    expect(api.sleeps[0]).toBe(7000)
  })

  it(`gives up after ${MAX_FAILED_WRITES} failed writes in a row, with the last failure in the error`, async () => {
    const failing = Array.from({ length: MAX_FAILED_WRITES }, () => [
      read(['keep-me']),
      write({ status: 500, body: { error: 'internal' } }),
    ]).flat()
    const api = await wholeSetApi(failing)
    await expect(api.append('ours')).rejects.toThrow(/^test: PUT \/set failed: HTTP 500/)
    expect(api.requests.map((r) => r.method)).toEqual(failing.map((step) => step.method))
    // the waits between the attempts grow
    expect(api.sleeps[1]).toBeGreaterThan(api.sleeps[0] as number)
  })

  it('a refused write (a 4xx other than 429) fails at once: nothing to wait out', async () => {
    const api = await wholeSetApi([read(['keep-me']), write({ status: 422, body: { error: 'bad record' } })])
    await expect(api.append('ours')).rejects.toThrow(/HTTP 422/)
    expect(api.requests).toHaveLength(2)
  })
})
