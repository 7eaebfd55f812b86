import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import * as acme from 'acme-client'
import { describe, expect, it } from 'vitest'
import { configureAcmeHttp, retryAfterSeconds } from '../../src/acme/index.js'

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates, and 0 for what it cannot read', () => {
    const now = Date.parse('2026-11-26T12:00:00Z')
    expect(retryAfterSeconds('120', now)).toBe(120)
    expect(retryAfterSeconds('Thu, 26 Nov 2026 12:01:30 GMT', now)).toBe(90)
    expect(retryAfterSeconds('Thu, 26 Nov 2026 11:00:00 GMT', now)).toBe(0)
    expect(retryAfterSeconds('soon', now)).toBe(0)
    expect(retryAfterSeconds(undefined, now)).toBe(0)
  })

  it("caps the wait acme-client's own retry makes for a CA that asks for an hour", async () => {
    let requests = 0
    const server = createServer((_req, res) => {
      requests++
      if (requests === 1) {
        res.writeHead(503, { 'retry-after': '3600', 'content-type': 'application/problem+json' })
        res.end('{"type":"urn:ietf:params:acme:error:serverInternal"}')
      } else {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end('{}')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      configureAcmeHttp(1)
      const { port } = server.address() as AddressInfo
      // Uncapped, this request would sleep for an hour and the test would time out.
      const response = await acme.axios.get(`http://127.0.0.1:${port}/directory`)
      expect(response.status).toBe(200)
      expect(requests).toBe(2)
    } finally {
      server.close()
    }
  }, 10_000)
})
