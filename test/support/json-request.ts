// What the API fakes share: a server on loopback, reading a request and its (JSON) body.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface JsonRequest {
  readonly url: URL
  /** The path, percent-decoded. */
  readonly path: string
  readonly method: string
  /** Parsed JSON; the raw text when it is not JSON; undefined when empty. */
  readonly body: unknown
}

export async function readJsonRequest(req: IncomingMessage): Promise<JsonRequest> {
  const url = new URL(req.url ?? '/', 'http://fake')
  const text = await readText(req)
  let body: unknown
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = text
  }
  return { url, path: decodeURIComponent(url.pathname), method: req.method ?? 'GET', body }
}

/** The whole body of a request, as text. */
export async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** A fake on 127.0.0.1 at a free port: `handle` gets each request with its body read as text. */
export async function serveOnLoopback(
  handle: (req: IncomingMessage, res: ServerResponse, text: string) => unknown,
): Promise<{ readonly url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    await handle(req, res, await readText(req))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
