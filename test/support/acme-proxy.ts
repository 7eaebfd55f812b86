// A fault-injecting HTTPS proxy in front of the bed's Pebble: it records every ACME request (with the JWS
// payload decoded) and can answer some of them itself (a 429, a 503 with Retry-After), as a real CA may.
// With `renewalInfo`, it also gives Pebble 2.4 the ARI it lacks (RFC 9773): the directory gains a
// `renewalInfo` URL, whose GET <certID> requests the given function answers.
// Pebble builds its URLs from the Host header, so forwarding that header keeps every URL on the proxy.
// For faults of another kind: `stall` holds a request without ever answering (a CA that accepts and stalls),
// `endless` answers with a body that never ends,
// `rewrite` bends Pebble's real answers (an order handed back, a token changed), and `maxInFlight` tells how many
// requests the client had open at once.
import { readFile } from 'node:fs/promises'
import { createServer, request as httpsRequest } from 'node:https'
import type { AddressInfo } from 'node:net'
import { openBed } from '../bed/bed.mjs'
import { topology } from './bed.js'

export interface AcmeRequest {
  readonly method: string
  readonly path: string
  readonly at: number
  readonly protected?: Record<string, unknown>
  readonly payload?: Record<string, unknown>
}

export interface Fault {
  readonly status: number
  readonly headers?: Record<string, string>
  readonly body?: unknown
}

export interface AcmeProxy {
  readonly directory: string
  readonly requests: AcmeRequest[]
  /** The most requests open at once (received and not yet answered), stalled ones included. */
  readonly maxInFlight: number
  close(): Promise<void>
}

/** An answer of Pebble as the proxy passes it on. */
export interface ProxyAnswer {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly text: string
}

const decode = (part: string | undefined) =>
  part ? (JSON.parse(Buffer.from(part, 'base64url').toString('utf8') || 'null') ?? undefined) : undefined

export interface ProxyOptions {
  /** The directory of the Pebble behind the proxy; absent: the bed's plain one. */
  readonly upstream?: string
  /** The answer to GET renewalInfo/<certID>; undefined: 404. */
  readonly renewalInfo?: (certId: string) => Fault | undefined
  /** Added to the directory's meta, as a CA that publishes its CAA identities does. */
  readonly caaIdentities?: readonly string[]
  /** True: hold the request open and never answer it (until the client gives up or the proxy closes). */
  readonly stall?: (request: AcmeRequest) => boolean
  /** True: answer 200 with a JSON body that never ends (until the client stops reading it). */
  readonly endless?: (request: AcmeRequest) => boolean
  /** Sees each of Pebble's answers (after `fault` let the request through); returns a replacement, or undefined. */
  readonly rewrite?: (request: AcmeRequest, answer: ProxyAnswer) => ProxyAnswer | undefined
}

export const RENEWAL_INFO_PATH = '/renewal-info/'

export async function startAcmeProxy(
  fault: (request: AcmeRequest) => Fault | undefined | Promise<Fault | undefined> = () => undefined,
  options: ProxyOptions = {},
) {
  const bed = await openBed()
  const target = new URL(options.upstream ?? topology.ACME_DIRECTORY)
  const requests: AcmeRequest[] = []
  let inFlight = 0
  let maxInFlight = 0
  const server = createServer(
    { cert: await readFile(bed.pebbleCertPath), key: await readFile(bed.pebbleKeyPath) },
    async (req, res) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      res.on('close', () => inFlight--)
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const body = Buffer.concat(chunks)
      let jws: { protected?: string; payload?: string } = {}
      try {
        jws = body.length > 0 ? JSON.parse(body.toString('utf8')) : {}
      } catch {}
      const recorded: AcmeRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        at: Date.now(),
        protected: decode(jws.protected),
        payload: decode(jws.payload),
      }
      requests.push(recorded)
      if (options.stall?.(recorded)) return
      if (options.endless?.(recorded)) {
        res.writeHead(200, { 'content-type': 'application/json' })
        const chunk = Buffer.alloc(64 * 1024, ' ')
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
        }
        res.on('drain', pump)
        pump()
        return
      }
      const ari = options.renewalInfo
      if (ari !== undefined && recorded.path.startsWith(RENEWAL_INFO_PATH)) {
        const answer = ari(decodeURIComponent(recorded.path.slice(RENEWAL_INFO_PATH.length))) ?? {
          status: 404,
          body: { type: 'urn:ietf:params:acme:error:malformed', detail: 'no such certificate' },
        }
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
        res.end(
          answer.body === undefined
            ? ''
            : typeof answer.body === 'string'
              ? answer.body
              : JSON.stringify(answer.body),
        )
        return
      }
      const injected = await fault(recorded)
      if (injected !== undefined) {
        res.writeHead(injected.status, { 'content-type': 'application/problem+json', ...injected.headers })
        res.end(injected.body === undefined ? '' : JSON.stringify(injected.body))
        return
      }
      const upstream = httpsRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        async (answer) => {
          const isDirectory =
            (ari !== undefined || options.caaIdentities !== undefined) &&
            recorded.path === target.pathname &&
            answer.statusCode === 200
          if (!isDirectory && options.rewrite === undefined) {
            res.writeHead(answer.statusCode ?? 502, answer.headers)
            answer.pipe(res)
            return
          }
          const parts: Buffer[] = []
          for await (const part of answer) parts.push(part as Buffer)
          let text = Buffer.concat(parts).toString('utf8')
          if (isDirectory) {
            const directory = JSON.parse(text)
            if (ari !== undefined) {
              directory.renewalInfo = `https://${req.headers.host}${RENEWAL_INFO_PATH.slice(0, -1)}`
            }
            if (options.caaIdentities !== undefined) {
              directory.meta = { ...directory.meta, caaIdentities: options.caaIdentities }
            }
            text = JSON.stringify(directory)
          }
          const { 'content-length': _, ...headers } = answer.headers
          const passed: ProxyAnswer = { status: answer.statusCode ?? 502, headers, text }
          const sent = options.rewrite?.(recorded, passed) ?? passed
          const defined = Object.entries(sent.headers).filter(([, value]) => value !== undefined)
          res.writeHead(sent.status, Object.fromEntries(defined) as Record<string, string | string[]>)
          res.end(sent.text)
        },
      )
      upstream.on('error', (error) => {
        res.writeHead(502)
        res.end(String(error))
      })
      upstream.end(body)
    },
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    directory: `https://127.0.0.1:${port}/dir`,
    requests,
    get maxInFlight() {
      return maxInFlight
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        // stalled requests (and idle keep-alive connections) would hold close() open
        server.closeAllConnections()
      }),
  } satisfies AcmeProxy
}

/** A fault for the first `times` requests that match, then none. */
export function firstTimes(times: number, match: (r: AcmeRequest) => boolean, fault: Fault) {
  let left = times
  return (request: AcmeRequest): Fault | undefined => {
    if (left > 0 && match(request)) {
      left--
      return fault
    }
    return undefined
  }
}

/** An order as Pebble answered it: where it is and its JSON, to hand back later. */
export interface SeenOrder {
  url: string
  text: string
}

/** A `rewrite` that changes nothing and keeps in `seen` the last order Pebble answered as valid. */
export function recordValidOrder(origin: string, seen: SeenOrder) {
  return (request: AcmeRequest, answer: ProxyAnswer): undefined => {
    if (
      request.path.startsWith('/my-order/') &&
      answer.status === 200 &&
      JSON.parse(answer.text).status === 'valid'
    ) {
      seen.url = `${origin}${request.path}`
      seen.text = answer.text
    }
  }
}

/**
 * A `rewrite` that answers the first newOrder with `order` (as a CA may hand back an order of the same account
 * that another run already finalized); `handedBack` tells whether it happened.
 */
export function handBackOnce(order: SeenOrder) {
  const state = {
    handedBack: false,
    rewrite: (request: AcmeRequest, answer: ProxyAnswer): ProxyAnswer | undefined => {
      if (state.handedBack || !request.path.startsWith('/order-plz')) return undefined
      state.handedBack = true
      return { status: 201, headers: { ...answer.headers, location: order.url }, text: order.text }
    },
  }
  return state
}
