// A fake Yandex Cloud: the IAM tokens endpoint, which takes a PS256 JWT of a service account's authorized key
// (verified here with the key's public half), and Cloud DNS v1 (zones of a folder, getRecordSet, upsertRecordSets
// answered with a done operation), with gRPC-style errors {code, message}, as Yandex documents them.
import { constants, type KeyObject, randomBytes, verify } from 'node:crypto'
import { type FakeReply, type FakeServer, type MemoryZones, serveFake } from './memory.js'

export interface FakeYandexOptions {
  readonly keyId: string
  readonly serviceAccountId: string
  readonly publicKey: KeyObject
  readonly folderId: string
  readonly zones: MemoryZones
}

// gRPC codes of the documented error body
const fail = (status: number, code: number, message: string): FakeReply => ({
  status,
  body: { code, message, details: [] },
})

interface RecordSetBody {
  name?: unknown
  type?: unknown
  ttl?: unknown
  data?: unknown
}

export async function startFakeYandex(options: FakeYandexOptions): Promise<FakeServer> {
  const { zones } = options
  const tokens = new Set<string>()
  const zoneId = (zone: string) => `dns${String(zones.zones.indexOf(zone)).padStart(17, '0')}`
  const recordSet = (owner: string) => {
    const records = zones.records(owner)
    if (records.length === 0) return undefined
    return { name: `${owner}.`, type: 'TXT', ttl: records[0]?.ttl, data: records.map((r) => r.value) }
  }

  const checkJwt = (jwt: unknown): string | undefined => {
    if (typeof jwt !== 'string') return 'jwt is required'
    const [header, claims, signature] = jwt.split('.')
    if (!header || !claims || !signature) return 'malformed jwt'
    const ok = verify(
      'sha256',
      Buffer.from(`${header}.${claims}`),
      { key: options.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
      Buffer.from(signature, 'base64url'),
    )
    if (!ok) return 'JWT signature is invalid'
    const h = JSON.parse(Buffer.from(header, 'base64url').toString())
    const c = JSON.parse(Buffer.from(claims, 'base64url').toString())
    if (h.alg !== 'PS256' || h.kid !== options.keyId) return 'unknown key or algorithm'
    if (c.iss !== options.serviceAccountId || c.aud !== 'https://iam.api.cloud.yandex.net/iam/v1/tokens') {
      return 'iss or aud is wrong'
    }
    const now = Date.now() / 1000
    if (!(c.iat <= now + 60 && c.exp > now && c.exp - c.iat <= 3600))
      return 'JWT is expired or lives over an hour'
    return undefined
  }

  return serveFake((request) => {
    if (request.rawPath === '/iam/v1/tokens' && request.method === 'POST') {
      const problem = checkJwt((JSON.parse(request.text || '{}') as { jwt?: unknown }).jwt)
      if (problem) return fail(401, 16, problem)
      const token = `t1.${randomBytes(12).toString('base64url')}`
      tokens.add(token)
      return { body: { iamToken: token, expiresAt: new Date(Date.now() + 43_200_000).toISOString() } }
    }
    const bearer = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1]
    if (bearer === undefined || !tokens.has(bearer)) return fail(401, 16, 'The token is invalid')
    if (request.rawPath === '/dns/v1/zones' && request.method === 'GET') {
      if (request.query.get('folderId') !== options.folderId) return fail(403, 7, 'Permission denied')
      return {
        body: {
          dnsZones: zones.zones.map((z) => ({ id: zoneId(z), folderId: options.folderId, zone: `${z}.` })),
        },
      }
    }
    const match = /^\/dns\/v1\/zones\/([^/:]+):(getRecordSet|upsertRecordSets)$/.exec(request.rawPath)
    const zone = zones.zones.find((z) => zoneId(z) === match?.[1])
    if (!match || zone === undefined) return fail(404, 5, 'Not found')
    const ownerOf = (name: unknown) =>
      typeof name === 'string' && name.endsWith('.') ? name.slice(0, -1).toLowerCase() : undefined
    if (match[2] === 'getRecordSet' && request.method === 'GET') {
      const owner = ownerOf(request.query.get('name'))
      const set = owner && request.query.get('type') === 'TXT' ? recordSet(owner) : undefined
      return set ? { body: set } : fail(404, 5, 'Record set not found')
    }
    if (match[2] !== 'upsertRecordSets' || request.method !== 'POST') return fail(404, 5, 'Not found')
    const body = JSON.parse(request.text || '{}') as {
      deletions?: RecordSetBody[]
      replacements?: RecordSetBody[]
    }
    for (const set of [...(body.deletions ?? []), ...(body.replacements ?? [])]) {
      const owner = ownerOf(set.name)
      if (owner === undefined || (owner !== zone && !owner.endsWith(`.${zone}`))) {
        return fail(400, 3, 'record set name must be an absolute name in the zone')
      }
      if (set.type !== 'TXT' || !Array.isArray(set.data) || set.data.some((d) => typeof d !== 'string')) {
        return fail(400, 3, 'record set needs type TXT and data')
      }
      if (!Number.isInteger(set.ttl) || (set.ttl as number) < 0) return fail(400, 3, 'ttl is invalid')
    }
    for (const set of body.deletions ?? []) zones.replace(zone, ownerOf(set.name) as string, [], 0)
    for (const set of body.replacements ?? []) {
      zones.replace(zone, ownerOf(set.name) as string, set.data as string[], set.ttl as number)
    }
    return { body: { id: `dns-op-${randomBytes(4).toString('hex')}`, done: true, response: {} } }
  })
}
