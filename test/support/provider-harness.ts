// The shared harness for provider tests: a local HTTP server that plays a scripted conversation with the
// provider's API. Each expected request is checked exactly (method, path, query, headers, body); anything
// else gets a 418 naming the difference and fails the test. Replies are the documented API's answers.
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isDeepStrictEqual } from 'node:util'
import { afterEach } from 'vitest'
import type { DnsProvider, ProviderModule } from '../../src/providers/types.js'
import { type RecordingHost, type RecordingHostOptions, recordingHost } from './host.js'

export interface Exchange {
  readonly method: string
  /** The path as sent, without the query string, e.g. /client/v4/zones. */
  readonly path: string
  /** Every query parameter, exactly; omitted: the request must have none. */
  readonly query?: Record<string, string>
  /** Headers that must be present with these values (names lower case); a RegExp matches the value. */
  readonly headers?: Record<string, string | RegExp>
  /** JSON body (deep equal), a raw string, or a function that throws when the body is wrong. */
  readonly body?: unknown
  readonly reply: {
    readonly status?: number
    readonly body?: unknown
    readonly headers?: Record<string, string>
  }
}

export interface Received {
  readonly method: string
  readonly path: string
  readonly query: Record<string, string>
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

export interface ApiScript {
  /** http://127.0.0.1:port: pass it (plus the API's base path) as the provider's <PREFIX>_API_URL. */
  readonly origin: string
  readonly received: Received[]
  /** Throws when a request differed from the script or an expected one never came. */
  assertDone(): void
  close(): Promise<void>
}

// Every script a test starts is closed after it, here once instead of in each provider's test file.
const open = new Set<ApiScript>()
afterEach(async () => {
  await Promise.all([...open].map((script) => script.close()))
  open.clear()
})

export async function apiScript(exchanges: readonly Exchange[]): Promise<ApiScript> {
  const pending = [...exchanges]
  const received: Received[] = []
  const problems: string[] = []
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', 'http://harness')
    const request: Received = {
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    }
    received.push(request)
    const expected = pending.shift()
    const difference = expected === undefined ? 'no further request was expected' : compare(expected, request)
    if (difference !== undefined || expected === undefined) {
      const problem = `request ${received.length} (${request.method} ${req.url}): ${difference}`
      problems.push(problem)
      res.writeHead(418, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ harness: problem }))
      return
    }
    const { status = 200, body, headers = {} } = expected.reply
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body)
    res.writeHead(status, {
      ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    })
    res.end(text)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const script: ApiScript = {
    origin: `http://127.0.0.1:${port}`,
    received,
    assertDone() {
      const unused = pending.map((e) => `expected ${e.method} ${e.path} never came`)
      if (problems.length + unused.length > 0) throw new Error([...problems, ...unused].join('\n'))
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
  open.add(script)
  return script
}

function compare(expected: Exchange, got: Received): string | undefined {
  if (expected.method !== got.method || expected.path !== got.path) {
    return `expected ${expected.method} ${expected.path}`
  }
  if (!isDeepStrictEqual(expected.query ?? {}, got.query)) {
    return `query ${JSON.stringify(got.query)}, expected ${JSON.stringify(expected.query ?? {})}`
  }
  for (const [name, value] of Object.entries(expected.headers ?? {})) {
    const actual = got.headers[name]
    const ok = typeof value === 'string' ? actual === value : typeof actual === 'string' && value.test(actual)
    if (!ok) return `header ${name}: ${JSON.stringify(actual)}, expected ${String(value)}`
  }
  if (expected.body === undefined) {
    return got.body === '' ? undefined : `unexpected body ${got.body}`
  }
  if (typeof expected.body === 'function') {
    try {
      ;(expected.body as (body: string) => void)(got.body)
      return undefined
    } catch (error) {
      return `body ${got.body}: ${(error as Error).message}`
    }
  }
  if (typeof expected.body === 'string') {
    return got.body === expected.body ? undefined : `body ${got.body}, expected ${expected.body}`
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(got.body)
  } catch {
    return `body is not JSON: ${got.body}`
  }
  return isDeepStrictEqual(parsed, expected.body)
    ? undefined
    : `body ${got.body}, expected ${JSON.stringify(expected.body)}`
}

export interface ProviderUnderTest {
  readonly provider: DnsProvider
  readonly host: RecordingHost
  /** Every wait the HTTP layer asked for, in ms (nothing really sleeps). */
  readonly sleeps: number[]
}

/**
 * The provider built as the action builds it, with its `<PREFIX>_API_URL` pointing at the script or a
 * stateful fake (origin + `basePath`, the path of the public endpoint's base URL).
 */
export function providerAgainst(
  module: ProviderModule,
  script: Pick<ApiScript, 'origin'>,
  env: Record<string, string>,
  basePath = '',
  hostOptions: RecordingHostOptions = {},
): ProviderUnderTest {
  // the variable named <PREFIX>_API_URL, or that takes it as another name (lego's own name comes first)
  const apiUrl = [...module.descriptor.credentials, ...module.descriptor.settings].find((s) =>
    [s.env, ...(s.aliases ?? [])].some((name) => name.endsWith('_API_URL')),
  )
  if (apiUrl === undefined) throw new Error(`${module.descriptor.id} has no <PREFIX>_API_URL setting`)
  const host = recordingHost(hostOptions)
  const sleeps: number[] = []
  const provider = module.create({
    env: { ...env, [apiUrl.env]: `${script.origin}${basePath}` },
    host,
    resolvers: [],
    transport: {
      sleep: async (ms) => {
        sleeps.push(ms)
      },
    },
  })
  return { provider, host, sleeps }
}
