// An undici MockAgent under the HTTP layer's wire (src/http/transport.ts's Send): tests that pin the exact
// requests of a client and script its answers use undici's interceptors, and the wire's own code runs as it does
// over the real pool; the real pool is tested against real servers in test/unit/transport.test.ts.
import type { MockAgent } from 'undici'
import { type Send, sendOver } from '../../src/http/transport.js'

export function mockSend(agent: MockAgent): Send {
  return sendOver(agent)
}
