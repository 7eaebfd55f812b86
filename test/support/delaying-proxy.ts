// A reverse proxy in front of one HTTP API that delays requests as a slow network or an overloaded API does: one
// request stalls until its client gives up on it and only then reaches the API (a write that lands late), and
// the requests after it wait until the test lets them through, in the order they came.
import { once } from 'node:events'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readText } from './json-request.js'

export interface DelayingProxy {
  /** The proxy's origin, in place of the API's. */
  readonly url: string
  /** `METHOD path` of each request received, in order. */
  readonly received: string[]
  /** Resolves once the stalled request, given up on by its client, has reached the API and been answered. */
  readonly landedLate: Promise<void>
  /** Resolves once request `n` (1-based) has come in. */
  arrived(n: number): Promise<void>
  /** Lets the held requests through, one after the other, and every later one at once. */
  release(): Promise<void>
  close(): Promise<void>
}

interface Held {
  readonly req: IncomingMessage
  readonly res: ServerResponse
  readonly body: string
}

/**
 * Request number `stall` (1-based) is not answered; when its client gives up, it is sent on to `target`. Requests
 * after it are held until release().
 */
export async function startDelayingProxy(target: string, stall: number): Promise<DelayingProxy> {
  const received: string[] = []
  const waiting = new Map<number, () => void>()
  const held: Held[] = []
  let released = false
  let landed: () => void = () => {}
  const landedLate = new Promise<void>((resolve) => {
    landed = resolve
  })

  const forward = async ({ req, res, body }: Held): Promise<void> => {
    const upstream = http.request(new URL(req.url ?? '/', target), {
      method: req.method,
      headers: { ...req.headers, host: new URL(target).host },
    })
    upstream.end(body)
    const [answer] = (await once(upstream, 'response')) as [IncomingMessage]
    const text = await readText(answer)
    // a client that gave up is gone: the API acted all the same
    if (!res.destroyed) {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      res.end(text)
    }
  }

  const server = http.createServer(async (req, res) => {
    const request: Held = { req, res, body: await readText(req) }
    received.push(`${req.method} ${req.url}`)
    const number = received.length
    waiting.get(number)?.()
    if (number === stall) {
      res.on('close', () => {
        forward(request).then(landed)
      })
    } else if (number > stall && !released) {
      held.push(request)
    } else {
      await forward(request)
    }
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    landedLate,
    arrived: (n) =>
      n <= received.length ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(n, resolve)),
    async release() {
      released = true
      for (const request of held.splice(0)) await forward(request)
    },
    async close() {
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
    },
  }
}
