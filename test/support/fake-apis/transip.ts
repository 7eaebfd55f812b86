// A fake TransIP REST API v6 as TransIP documents it: /auth takes a JSON body whose RSA-SHA512 signature (by the
// account's key pair) is in the Signature header, with a nonce used once, and answers a token; DNS entries are added
// and removed one by one; errors are {"error": "..."}.
import { type KeyObject, randomBytes, verify } from 'node:crypto'
import { type FakeReply, type FakeServer, type MemoryZones, serveFake } from './memory.js'

export interface FakeTransipOptions {
  readonly login: string
  /** The public half of the account's API key pair. */
  readonly publicKey: KeyObject
  readonly zones: MemoryZones
}

const BASE = '/v6'
const EXPIRES = [60, 300, 3600, 86400]
const fail = (status: number, error: string): FakeReply => ({ status, body: { error } })

export async function startFakeTransip(options: FakeTransipOptions): Promise<FakeServer> {
  const { zones } = options
  const nonces = new Set<string>()
  const tokens = new Set<string>()

  return serveFake((request) => {
    if (!request.rawPath.startsWith(`${BASE}/`)) return fail(404, 'Not found')
    if (request.rawPath === `${BASE}/auth` && request.method === 'POST') {
      const signature = Buffer.from(String(request.headers.signature ?? ''), 'base64')
      if (!verify('sha512', Buffer.from(request.text, 'utf8'), options.publicKey, signature)) {
        return fail(401, 'Invalid signature')
      }
      const body = JSON.parse(request.text) as { login?: string; nonce?: string; global_key?: boolean }
      if (body.login !== options.login) return fail(401, 'Invalid login')
      if (typeof body.nonce !== 'string' || body.nonce.length < 8 || body.nonce.length > 32) {
        return fail(400, 'Nonce must be from 8 to 32 characters')
      }
      if (nonces.has(body.nonce)) return fail(401, 'Nonce already used')
      nonces.add(body.nonce)
      if (body.global_key !== true)
        return fail(401, 'This key may only be used from whitelisted IP addresses')
      const token = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${randomBytes(12).toString('base64url')}.sig`
      tokens.add(token)
      return { status: 201, body: { token } }
    }
    const bearer = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1]
    if (bearer === undefined || !tokens.has(bearer)) return fail(401, 'Your access token is invalid')
    const parts = request.rawPath
      .slice(BASE.length + 1)
      .split('/')
      .map(decodeURIComponent)
    const domain = parts[1]?.toLowerCase() ?? ''
    if (parts[0] !== 'domains' || !zones.has(domain))
      return fail(404, `Domain with name '${domain}' not found`)
    if (parts.length === 2 && request.method === 'GET') return { body: { domain: { name: domain } } }
    if (parts.length !== 3 || parts[2] !== 'dns') return fail(404, 'Not found')
    const ownerOf = (name: string) => (name === '@' ? domain : `${name.toLowerCase()}.${domain}`)
    if (request.method === 'GET') {
      return {
        body: {
          dnsEntries: zones.inZone(domain).map((r) => ({
            name: r.owner === domain ? '@' : r.owner.slice(0, -(domain.length + 1)),
            expire: r.ttl,
            type: r.type,
            content: r.value,
          })),
        },
      }
    }
    const entry = (JSON.parse(request.text || '{}') as { dnsEntry?: Record<string, unknown> }).dnsEntry
    if (
      typeof entry?.name !== 'string' ||
      typeof entry.type !== 'string' ||
      typeof entry.content !== 'string' ||
      !EXPIRES.includes(entry.expire as number)
    ) {
      return fail(406, 'dnsEntry needs name, type, content and an expire of 60, 300, 3600 or 86400')
    }
    if (request.method === 'POST') {
      zones.add(domain, ownerOf(entry.name), entry.content, entry.expire as number, entry.type)
      return { status: 201 }
    }
    if (request.method === 'DELETE') {
      const match = zones
        .records(ownerOf(entry.name), entry.type)
        .find((r) => r.value === entry.content && r.ttl === entry.expire)
      if (match === undefined) return fail(404, 'DNS entry not found')
      zones.delete(match.id)
      return { status: 204 }
    }
    return fail(405, 'Method not allowed')
  })
}
