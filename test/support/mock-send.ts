// An undici MockAgent as the HTTP layer's wire (src/http/transport.ts's Send): tests that pin the exact
// requests of a client and script its answers use undici's interceptors; the real wire is tested against real
// servers in test/unit/transport.test.ts.
import { type MockAgent, request } from 'undici'
import type { Send } from '../../src/http/transport.js'

export function mockSend(agent: MockAgent): Send {
  return async ({ method, url, headers, body, signal }) => {
    const response = await request(url, {
      method: method as 'GET',
      headers: { ...headers },
      body,
      signal,
      dispatcher: agent,
    })
    const text = await response.body.text()
    return { status: response.statusCode, headers: response.headers, text }
  }
}
