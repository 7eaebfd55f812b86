// A local Vault speaking the KV v2 data and metadata endpoints (versions, soft delete, check-and-set as documented),
// JWT auth login at /v1/auth/<path>/login, checking the workflow OIDC tokens this fake hands the test's host.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readJsonRequest } from './json-request.js'

export interface FakeVaultRole {
  /** The aud values the role accepts (bound_audiences). */
  boundAudiences: string[]
}

export interface FakeVaultOptions {
  /** Tokens that may read and write (a static token as vault_token). */
  tokens?: string[]
  /** Tokens Vault knows but whose policy does not cover the KV paths: 403 permission denied. */
  deniedTokens?: string[]
  /** A policy without "delete" on the metadata path: 403 to a DELETE there. */
  forbidDelete?: boolean
  /** KV v2 mounts; default ['secret']. */
  mounts?: string[]
  /** Required X-Vault-Namespace on every request, when set. */
  namespace?: string
  /** JWT auth mounts: path -> role name -> role. */
  jwtAuth?: Record<string, Record<string, FakeVaultRole>>
  /** Whether tokens issued by JWT login may write (false: 403 on KV, as with a role whose policy is too narrow). */
  jwtTokensMayWrite?: boolean
  /** Owner for GitHub's default audience, https://github.com/<owner>. */
  owner?: string
}

export interface KvVersion {
  data: Record<string, unknown> | null
  createdTime: string
  deletionTime: string
  destroyed: boolean
}

export interface KvEntry {
  versions: KvVersion[]
  customMetadata: Record<string, string>
}

export interface FakeVaultRequest {
  method: string
  path: string
  status: number
  headers: IncomingMessage['headers']
  body: unknown
}

export interface FakeVault {
  readonly url: string
  readonly requests: FakeVaultRequest[]
  /**
   * The workflow's OIDC token for `aud` as GitHub issues it ('': GitHub's default, https://github.com/<owner>):
   * the Host's idToken of the test, so that the JWT login here knows it.
   */
  idToken(aud: string): string
  /** JWTs issued by idToken, with their aud. */
  readonly issuedJwts: Map<string, string>
  /** Client tokens JWT logins returned. */
  readonly clientTokens: string[]
  entry(mount: string, path: string): KvEntry | undefined
  /** Write a version directly (what another writer did before the test). */
  put(mount: string, path: string, data: Record<string, unknown>): number
  /** Soft-delete the latest version. */
  deleteLatest(mount: string, path: string): void
  /** Before each of the next `times` data writes, another writer writes `data` first, bumping the version. */
  raceBeforeWrite(data: Record<string, unknown>, times?: number): void
  close(): Promise<void>
}

export async function startFakeVault(options: FakeVaultOptions = {}): Promise<FakeVault> {
  const tokens = new Set(options.tokens ?? [])
  const denied = new Set(options.deniedTokens ?? [])
  const mounts = options.mounts ?? ['secret']
  const store = new Map<string, KvEntry>()
  const requests: FakeVaultRequest[] = []
  const issuedJwts = new Map<string, string>()
  const clientTokens: string[] = []
  let race: { data: Record<string, unknown>; times: number } | undefined

  const key = (mount: string, path: string) => `${mount}\u0000${path}`
  const putVersion = (mount: string, path: string, data: Record<string, unknown>): number => {
    let entry = store.get(key(mount, path))
    if (!entry) {
      entry = { versions: [], customMetadata: {} }
      store.set(key(mount, path), entry)
    }
    entry.versions.push({ data, createdTime: new Date().toISOString(), deletionTime: '', destroyed: false })
    return entry.versions.length
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { path, method, body } = await readJsonRequest(req)
    const send = (status: number, payload?: unknown): void => {
      requests.push({ method, path, status, headers: req.headers, body })
      if (payload === undefined) {
        res.writeHead(status).end()
        return
      }
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload))
    }
    const errors = (status: number, ...messages: string[]) => send(status, { errors: messages })

    if (!path.startsWith('/v1/')) return errors(404)
    if (options.namespace !== undefined && req.headers['x-vault-namespace'] !== options.namespace) {
      // Without the namespace, the token and paths of that namespace are unknown.
      return errors(403, 'permission denied')
    }
    const rest = path.slice('/v1/'.length)

    // JWT login.
    const login = /^auth\/(.+)\/login$/.exec(rest)
    if (login?.[1] !== undefined && method === 'POST') {
      const roles = options.jwtAuth?.[login[1]]
      if (!roles) return errors(404, `no handler for route "auth/${login[1]}/login". route entry not found.`)
      const input = body as { role?: unknown; jwt?: unknown } | undefined
      const role = typeof input?.role === 'string' ? roles[input.role] : undefined
      if (!role) return errors(400, `role "${String(input?.role)}" could not be found`)
      const aud = typeof input?.jwt === 'string' ? issuedJwts.get(input.jwt) : undefined
      if (aud === undefined) return errors(400, 'error validating token: invalid signature')
      if (!role.boundAudiences.includes(aud)) {
        return errors(400, 'error validating claims: aud claim does not match any bound audience')
      }
      const clientToken = `hvs.${randomBytes(18).toString('base64url')}`
      clientTokens.push(clientToken)
      if (options.jwtTokensMayWrite ?? true) tokens.add(clientToken)
      else denied.add(clientToken)
      return send(200, {
        auth: { client_token: clientToken, policies: ['certalias'], lease_duration: 600, renewable: true },
      })
    }

    // Everything else needs a token.
    const token = String(req.headers['x-vault-token'] ?? '')
    if (!tokens.has(token) || denied.has(token)) return errors(403, 'permission denied')

    const kv = /^(.+?)\/(data|metadata)\/(.+)$/.exec(rest)
    const mount = kv?.[1] !== undefined ? mounts.find((m) => m === kv[1]) : undefined
    if (!kv || mount === undefined || kv[3] === undefined) {
      return errors(404, `no handler for route "${rest}". route entry not found.`)
    }
    const secretPath = kv[3]
    const entry = store.get(key(mount, secretPath))

    if (kv[2] === 'data' && method === 'GET') {
      const latest = entry?.versions.at(-1)
      if (!entry || !latest) return errors(404)
      const metadata = {
        version: entry.versions.length,
        created_time: latest.createdTime,
        deletion_time: latest.deletionTime,
        destroyed: latest.destroyed,
        custom_metadata: Object.keys(entry.customMetadata).length ? entry.customMetadata : null,
      }
      // A deleted or destroyed latest version: 404, with its metadata.
      if (latest.deletionTime || latest.destroyed) return send(404, { data: { data: null, metadata } })
      return send(200, { data: { data: latest.data, metadata } })
    }

    if (kv[2] === 'data' && (method === 'POST' || method === 'PUT')) {
      const input = body as { data?: unknown; options?: { cas?: unknown } } | undefined
      if (typeof input?.data !== 'object' || input.data === null) return errors(400, 'no data provided')
      if (race && race.times > 0) {
        race.times -= 1
        putVersion(mount, secretPath, race.data)
      }
      const cas = input.options?.cas
      const current = store.get(key(mount, secretPath))?.versions.length ?? 0
      if (cas !== undefined && cas !== current) {
        return errors(400, 'check-and-set parameter did not match the current version')
      }
      const version = putVersion(mount, secretPath, input.data as Record<string, unknown>)
      return send(200, {
        data: { created_time: new Date().toISOString(), deletion_time: '', destroyed: false, version },
      })
    }

    if (kv[2] === 'metadata' && method === 'DELETE') {
      if (options.forbidDelete) return errors(403, 'permission denied')
      // every version and the metadata, for good; 204 whether or not there was anything
      store.delete(key(mount, secretPath))
      return send(204)
    }

    if (kv[2] === 'metadata' && (method === 'POST' || method === 'PUT')) {
      const input = body as { custom_metadata?: unknown } | undefined
      const custom = input?.custom_metadata
      if (custom !== undefined) {
        if (typeof custom !== 'object' || custom === null) return errors(400, 'custom_metadata must be a map')
        const entries = Object.entries(custom as Record<string, unknown>)
        if (entries.length > 64) return errors(400, 'custom_metadata: at most 64 keys')
        for (const [k, v] of entries) {
          if (typeof v !== 'string' || Buffer.byteLength(v) > 512 || Buffer.byteLength(k) > 128) {
            return errors(400, `custom_metadata: bad value for ${k}`)
          }
        }
        let target = entry
        if (!target) {
          target = { versions: [], customMetadata: {} }
          store.set(key(mount, secretPath), target)
        }
        // POST replaces the whole map.
        target.customMetadata = Object.fromEntries(entries) as Record<string, string>
      }
      return send(204)
    }
    return errors(405, 'unsupported operation')
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const base = `http://127.0.0.1:${port}`

  return {
    url: base,
    requests,
    idToken: (aud) => {
      const audience = aud || `https://github.com/${options.owner ?? 'octo'}`
      const jwt = fakeJwt(audience)
      issuedJwts.set(jwt, audience)
      return jwt
    },
    issuedJwts,
    clientTokens,
    entry: (mount, path) => store.get(key(mount, path)),
    put: (mount, path, data) => putVersion(mount, path, data),
    deleteLatest: (mount, path) => {
      const latest = store.get(key(mount, path))?.versions.at(-1)
      if (latest) latest.deletionTime = new Date().toISOString()
    },
    raceBeforeWrite: (data, times = 1) => {
      race = { data, times }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function fakeJwt(aud: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  return [
    part({ alg: 'RS256', typ: 'JWT' }),
    part({
      iss: 'https://token.actions.githubusercontent.com',
      aud,
      sub: 'repo:octo/app:ref:refs/heads/main',
    }),
    randomBytes(32).toString('base64url'),
  ].join('.')
}
