// What the JSON API fakes (GitHub, Vault) share: reading a request and its JSON body.
import type { IncomingMessage } from 'node:http'

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
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  let body: unknown
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = text
  }
  return { url, path: decodeURIComponent(url.pathname), method: req.method ?? 'GET', body }
}
