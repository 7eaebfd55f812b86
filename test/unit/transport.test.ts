// The wire under the HTTP layer (src/http/transport.ts), against real servers on loopback: what goes out, what
// comes back, kept connections, and the ways a connection fails.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import http from 'node:http'
import net from 'node:net'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { HttpClient } from '../../src/http/client.js'
import {
  CLOSED,
  CONNECT_TIMEOUT,
  type Connections,
  connections,
  MAX_ANSWER_BYTES,
  TOO_LARGE,
} from '../../src/http/transport.js'
import { type ForwardProxy, startForwardProxy } from '../support/forward-proxy.js'

const TRANSPORT = fileURLToPath(new URL('../../src/http/transport.ts', import.meta.url))
const servers: net.Server[] = []
const pools: Connections[] = []
const proxies: ForwardProxy[] = []

afterEach(async () => {
  for (const pool of pools.splice(0)) pool.close()
  await Promise.all(proxies.splice(0).map((p) => p.close()))
  for (const server of servers.splice(0)) {
    server.close()
    ;(server as http.Server).closeAllConnections?.()
  }
})

async function listen<T extends net.Server>(server: T): Promise<{ server: T; port: number }> {
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { server, port: (server.address() as net.AddressInfo).port }
}

function pool(options: Parameters<typeof connections>[0] = {}): Connections {
  const made = connections(options)
  pools.push(made)
  return made
}

const never = new AbortController().signal

interface Seen {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
}

/** An HTTP server that records each request and answers with `answer`; counts the connections it accepted. */
async function recorder(answer: (request: Seen, response: http.ServerResponse) => void = () => {}) {
  const seen: Seen[] = []
  let connectionsAccepted = 0
  const { server, port } = await listen(
    http.createServer(async (request, response) => {
      let body = ''
      for await (const chunk of request) body += chunk
      const entry = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body }
      seen.push(entry)
      answer(entry, response)
      if (!response.writableEnded) response.end('{"ok":true}')
    }),
  )
  server.on('connection', () => connectionsAccepted++)
  return { seen, port, accepted: () => connectionsAccepted }
}

describe('connections', () => {
  it('sends the method, path, headers and body with a fixed length, and returns status, headers and text', async () => {
    const { seen, port } = await recorder((_, response) => {
      response.setHeader('content-type', 'application/json')
      response.setHeader('set-cookie', ['a=1', 'b=2'])
      response.statusCode = 201
    })

    const answer = await pool().send({
      method: 'POST',
      url: new URL(`http://127.0.0.1:${port}/v1/records?name=x`),
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: '{"value":"é"}',
      signal: never,
    })

    expect(answer).toMatchObject({ status: 201, text: '{"ok":true}' })
    expect(answer.headers['content-type']).toBe('application/json')
    expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2'])
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/v1/records?name=x', body: '{"value":"é"}' })
    // the byte length, not the string length; never chunked
    expect(seen[0]?.headers['content-length']).toBe(String(Buffer.byteLength('{"value":"é"}')))
    expect(seen[0]?.headers['transfer-encoding']).toBeUndefined()
    expect(seen[0]?.headers.authorization).toBe('Bearer t')
  })

  it("names itself certalias/<the package's version> in User-Agent, unless the caller names another", async () => {
    const { seen, port } = await recorder()
    const wire = pool()
    const url = new URL(`http://127.0.0.1:${port}/`)

    await wire.send({ method: 'GET', url, headers: {}, signal: never })
    await wire.send({ method: 'GET', url, headers: { 'user-agent': 'other/1' }, signal: never })

    expect(seen.map((s) => s.headers['user-agent'])).toEqual([`certalias/${packageJson.version}`, 'other/1'])
    expect(packageJson.version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('says Content-Length: 0 for a POST without a body, and sends no length for a GET', async () => {
    const { seen, port } = await recorder()
    const wire = pool()

    await wire.send({
      method: 'POST',
      url: new URL(`http://127.0.0.1:${port}/a`),
      headers: {},
      signal: never,
    })
    await wire.send({ method: 'GET', url: new URL(`http://127.0.0.1:${port}/b`), headers: {}, signal: never })

    expect(seen.map((s) => [s.headers['content-length'], s.headers['transfer-encoding']])).toEqual([
      ['0', undefined],
      [undefined, undefined],
    ])
  })

  it('reads a HEAD answer, which has headers and no body', async () => {
    const { port } = await recorder((_, response) => response.setHeader('replay-nonce', 'n1'))

    const answer = await pool().send({
      method: 'HEAD',
      url: new URL(`http://127.0.0.1:${port}/nonce`),
      headers: {},
      signal: never,
    })

    expect(answer).toMatchObject({ status: 200, text: '' })
    expect(answer.headers['replay-nonce']).toBe('n1')
  })

  it('keeps the connection: requests one after another share one', async () => {
    const { port, accepted } = await recorder()
    const wire = pool()

    for (const path of ['/1', '/2', '/3']) {
      await wire.send({
        method: 'GET',
        url: new URL(`http://127.0.0.1:${port}${path}`),
        headers: {},
        signal: never,
      })
    }

    expect(accepted()).toBe(1)
  })

  it('closes a connection left unused past idleMs: the next request opens a new one', async () => {
    const { port, accepted } = await recorder()
    const wire = pool({ idleMs: 100 })
    const get = () =>
      wire.send({ method: 'GET', url: new URL(`http://127.0.0.1:${port}/`), headers: {}, signal: never })

    await get()
    await get()
    const whileFresh = accepted()
    await new Promise((resolve) => setTimeout(resolve, 300))
    await get()

    expect(whileFresh).toBe(1)
    expect(accepted()).toBe(2)
  })

  it('does not cut off an answer slower than idleMs', async () => {
    const slow = await listen(http.createServer((_, response) => setTimeout(() => response.end('late'), 300)))

    const answer = await pool({ idleMs: 100 }).send({
      method: 'GET',
      url: new URL(`http://127.0.0.1:${slow.port}/`),
      headers: {},
      signal: never,
    })

    expect(answer.text).toBe('late')
  })

  it('fails a connection that does not open in time with CONNECT_TIMEOUT, the TLS handshake included', async () => {
    // accepts TCP and never says a word: the TLS handshake never ends
    const { port } = await listen(net.createServer(() => {}))
    const started = Date.now()

    const error = await pool({ connectTimeoutMs: 100 })
      .send({ method: 'GET', url: new URL(`https://127.0.0.1:${port}/dir`), headers: {}, signal: never })
      .catch((e: unknown) => e)

    expect((error as { code?: string }).code).toBe(CONNECT_TIMEOUT)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('does not count a slow answer against the connection timeout once the request has gone out', async () => {
    const slow = await listen(
      http.createServer((_, response) => {
        setTimeout(() => response.end('late'), 200)
      }),
    )
    const wire = pool({ connectTimeoutMs: 50 })

    const answer = await wire.send({
      method: 'GET',
      url: new URL(`http://127.0.0.1:${slow.port}/`),
      headers: {},
      signal: never,
    })

    expect(answer.text).toBe('late')
  })

  it('fails an answer whose headers, or the rest of whose body, do not come within requestTimeoutMs', async () => {
    const { port } = await listen(
      http.createServer((request, response) => {
        if (request.url === '/body') response.writeHead(200, { 'content-length': '100' }).write('part')
        // /headers: never a word
      }),
    )
    const wire = pool({ requestTimeoutMs: 100 })
    const get = (path: string) =>
      wire
        .send({ method: 'GET', url: new URL(`http://127.0.0.1:${port}${path}`), headers: {}, signal: never })
        .catch((e: unknown) => (e as { code?: string }).code)

    expect(await Promise.all([get('/headers'), get('/body')])).toEqual([
      'UND_ERR_HEADERS_TIMEOUT',
      'UND_ERR_BODY_TIMEOUT',
    ])
  })

  it('fails a refused connection with ECONNREFUSED', async () => {
    const { server, port } = await listen(net.createServer())
    server.close()
    await once(server, 'close')

    const error = await pool()
      .send({ method: 'GET', url: new URL(`http://127.0.0.1:${port}/`), headers: {}, signal: never })
      .catch((e: unknown) => e)

    expect((error as { code?: string }).code).toBe('ECONNREFUSED')
  })

  it('stops a request when its signal aborts', async () => {
    const { port } = await listen(http.createServer(() => {}))
    const controller = new AbortController()
    const sending = pool().send({
      method: 'GET',
      url: new URL(`http://127.0.0.1:${port}/`),
      headers: {},
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 50)

    await expect(sending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('fails a request in flight when the pool is closed', async () => {
    const { port } = await listen(http.createServer(() => {}))
    const wire = pool()
    const sending = wire.send({
      method: 'GET',
      url: new URL(`http://127.0.0.1:${port}/`),
      headers: {},
      signal: never,
    })
    await new Promise((resolve) => setTimeout(resolve, 50))

    wire.close()

    await expect(sending).rejects.toMatchObject({ code: CLOSED })
  })

  it('fails an answer cut off in its body with the socket error (UND_ERR_SOCKET)', async () => {
    const { port } = await listen(
      http.createServer((_, response) => {
        response.writeHead(200, { 'content-length': '100' })
        response.write('part')
        setTimeout(() => response.socket?.destroy(), 20)
      }),
    )

    const error = await pool()
      .send({ method: 'GET', url: new URL(`http://127.0.0.1:${port}/`), headers: {}, signal: never })
      .catch((e: unknown) => e)

    expect((error as { code?: string }).code).toBe('UND_ERR_SOCKET')
  })

  it('refuses a URL that is neither http nor https', async () => {
    await expect(
      pool().send({ method: 'GET', url: new URL('ftp://127.0.0.1/'), headers: {}, signal: never }),
    ).rejects.toThrow('unsupported protocol ftp:')
  })
})

async function proxy(): Promise<ForwardProxy> {
  const started = await startForwardProxy()
  proxies.push(started)
  return started
}

describe('connections through a proxy', () => {
  it('sends a request through the proxy HTTP_PROXY names', async () => {
    const { seen, port } = await recorder()
    const forward = await proxy()

    const answer = await pool({ env: { HTTP_PROXY: forward.url } }).send({
      method: 'GET',
      url: new URL(`http://127.0.0.1:${port}/records`),
      headers: {},
      signal: never,
    })

    expect(answer.text).toBe('{"ok":true}')
    expect(forward.asked).toEqual([`GET http://127.0.0.1:${port}/records`])
    expect(seen.map((s) => s.url)).toEqual(['/records'])
  })

  it('goes straight to a host NO_PROXY lists', async () => {
    const { seen, port } = await recorder()
    const forward = await proxy()

    await pool({ env: { HTTP_PROXY: forward.url, NO_PROXY: 'localhost,127.0.0.1' } }).send({
      method: 'GET',
      url: new URL(`http://127.0.0.1:${port}/records`),
      headers: {},
      signal: never,
    })

    expect(forward.asked).toEqual([])
    expect(seen).toHaveLength(1)
  })

  it("reads the proxy from the environment it is given, not the process's", async () => {
    const { seen, port } = await recorder()
    const forward = await proxy()
    const before = process.env.HTTP_PROXY
    process.env.HTTP_PROXY = forward.url
    try {
      const url = new URL(`http://127.0.0.1:${port}/`)
      await pool({ env: {} }).send({ method: 'GET', url, headers: {}, signal: never })
      expect(forward.asked).toEqual([])
      // and the process's when given none
      await pool().send({ method: 'GET', url, headers: {}, signal: never })
      expect(forward.asked).toEqual([`GET ${url.href}`])
    } finally {
      if (before === undefined) delete process.env.HTTP_PROXY
      else process.env.HTTP_PROXY = before
    }
    expect(seen).toHaveLength(2)
  })

  it('tunnels https with CONNECT and fails a far end that never finishes TLS with CONNECT_TIMEOUT, in time', async () => {
    // the tunnel opens; behind it, a server that accepts and never says a word
    const silent = await listen(net.createServer(() => {}))
    const forward = await proxy()
    const started = Date.now()

    const error = await pool({ connectTimeoutMs: 200, env: { HTTPS_PROXY: forward.url } })
      .send({
        method: 'GET',
        url: new URL(`https://127.0.0.1:${silent.port}/dir`),
        headers: {},
        signal: never,
      })
      .catch((e: unknown) => e)

    expect(forward.asked).toEqual([`CONNECT 127.0.0.1:${silent.port}`])
    expect((error as { code?: string }).code).toBe(CONNECT_TIMEOUT)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('stops a request waiting on a tunnel when its signal aborts', async () => {
    const silent = await listen(net.createServer(() => {}))
    const forward = await proxy()
    const controller = new AbortController()
    const sending = pool({ env: { HTTPS_PROXY: forward.url } }).send({
      method: 'GET',
      url: new URL(`https://127.0.0.1:${silent.port}/dir`),
      headers: {},
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 100)

    await expect(sending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('lets the process end once a request on a tunnel that hangs has failed: the forsaken socket holds nothing', async () => {
    const silent = await listen(net.createServer(() => {}))
    const forward = await proxy()
    // a process of its own: whether it ends by itself is the point (Node 24 runs the TypeScript as is)
    const script = `
      const { connections } = await import(${JSON.stringify(pathToFileURL(TRANSPORT).href)})
      const wire = connections({ connectTimeoutMs: 200, env: { HTTPS_PROXY: ${JSON.stringify(forward.url)} } })
      const error = await wire.send({ method: 'GET', url: new URL('https://127.0.0.1:${silent.port}/'), headers: {},
        signal: new AbortController().signal }).catch((e) => e)
      console.log(error.code)`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    const ended = await Promise.race([
      once(child, 'exit').then(([code]) => ({ code })),
      new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 5_000)),
    ])
    child.kill('SIGKILL')

    expect(out.trim()).toBe(CONNECT_TIMEOUT)
    expect(ended).toEqual({ code: 0 })
  })

  it('fails a request waiting on a tunnel when the pool is closed', async () => {
    const silent = await listen(net.createServer(() => {}))
    const forward = await proxy()
    const wire = pool({ env: { HTTPS_PROXY: forward.url } })
    const sending = wire.send({
      method: 'GET',
      url: new URL(`https://127.0.0.1:${silent.port}/dir`),
      headers: {},
      signal: never,
    })
    await new Promise((resolve) => setTimeout(resolve, 100))

    wire.close()

    await expect(sending).rejects.toMatchObject({ code: CLOSED })
  })
})

/** A server whose answer never ends: chunks of 64 KiB as fast as the client reads them. Records when it is cut. */
async function endless(headers: http.OutgoingHttpHeaders = {}) {
  let cut = 0
  const chunk = Buffer.alloc(64 * 1024, 'x')
  const { port } = await listen(
    http.createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json', ...headers })
      const pump = () => {
        while (!response.destroyed && response.write(chunk));
      }
      response.on('drain', pump)
      response.on('close', () => cut++)
      pump()
    }),
  )
  return { url: new URL(`http://127.0.0.1:${port}/zones`), cut: () => cut }
}

describe('answers larger than their cap', () => {
  it('stops reading an answer that never ends at 1 MiB by default, and closes its connection', async () => {
    const server = await endless()

    const error = await pool()
      .send({ method: 'GET', url: server.url, headers: {}, signal: never })
      .catch((e: unknown) => e as Error & { code?: string })

    expect(error).toMatchObject({
      code: TOO_LARGE,
      message: 'the answer is larger than 1 MiB, the most read of one',
    })
    expect(MAX_ANSWER_BYTES).toBe(1024 * 1024)
    await expect.poll(server.cut).toBe(1)
  })

  it("takes a request's own cap, up to the pool's, where undici itself stops the connection", async () => {
    const server = await endless()
    const wire = pool({ maxResponseBytes: 200_000 })
    const get = (maxBytes: number) =>
      wire
        .send({ method: 'GET', url: server.url, headers: {}, signal: never, maxBytes })
        .catch((e: unknown) => (e as Error).message)

    expect(await get(100_000)).toBe('the answer is larger than 100000 bytes, the most read of one')
    expect(await get(10 * 1024 * 1024)).toBe('the answer is larger than 200000 bytes, the most read of one')
  })

  it('refuses an answer whose Content-Length is over the cap before reading any of it, and reads one at the cap', async () => {
    const { port } = await listen(
      http.createServer((request, response) => {
        if (request.url === '/huge')
          response.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).flushHeaders()
        else response.end('x'.repeat(1000))
      }),
    )
    const wire = pool()
    const get = (path: string) =>
      wire.send({
        method: 'GET',
        url: new URL(`http://127.0.0.1:${port}${path}`),
        headers: {},
        signal: never,
        maxBytes: 1000,
      })

    await expect(get('/huge')).rejects.toMatchObject({ code: TOO_LARGE })
    await expect(get('/exact')).resolves.toMatchObject({ status: 200, text: 'x'.repeat(1000) })
  })

  it('ends in an error naming the API, the request and the server, not retried, never an uncaught exception', async () => {
    const server = await endless()
    const waits: number[] = []
    const http = new HttpClient({
      provider: 'exampledns',
      baseUrl: server.url.origin,
      send: pool().send,
      sleep: async (ms) => {
        waits.push(ms)
      },
    })

    const error = (await http.request('GET', '/zones').catch((e: unknown) => e)) as Error

    expect(error.message).toBe(
      `exampledns: GET /zones at ${server.url.origin} failed: ${TOO_LARGE}: the answer is larger than 1 MiB, the most read of one`,
    )
    expect(waits).toEqual([])
    await expect.poll(server.cut).toBe(1)
  })
})
