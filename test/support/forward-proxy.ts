// A forward proxy as a self-hosted runner's network has one: absolute-form requests for http targets, CONNECT
// tunnels for https ones. It records what it was asked, so a test can tell a request went through it.
import { once } from 'node:events'
import http from 'node:http'
import net from 'node:net'

export interface ForwardProxy {
  /** `METHOD target` of each request, in order: `GET http://host:port/path`, `CONNECT host:port`. */
  readonly asked: string[]
  /** The proxy's URL, for HTTP_PROXY / HTTPS_PROXY. */
  readonly url: string
  close(): Promise<void>
}

export async function startForwardProxy(): Promise<ForwardProxy> {
  const asked: string[] = []
  const tunnels = new Set<net.Socket>()
  const server = http.createServer((request, response) => {
    asked.push(`${request.method} ${request.url}`)
    const forward = http.request(
      new URL(request.url ?? ''),
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      },
    )
    forward.on('error', () => response.destroy())
    request.pipe(forward)
  })
  server.on('connect', (request: http.IncomingMessage, client: net.Socket) => {
    asked.push(`CONNECT ${request.url}`)
    const target = new URL(`http://${request.url ?? ''}`)
    const upstream = net.connect(Number(target.port), target.hostname.replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      tunnels.add(socket)
      socket.on('close', () => tunnels.delete(socket))
    }
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as net.AddressInfo
  return {
    asked,
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const socket of tunnels) socket.destroy()
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
    },
  }
}
