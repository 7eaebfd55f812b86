// A local GitHub REST API for Actions secrets and variables (repository, environment, organization), as documented:
// public-key endpoints backed by REAL libsodium key pairs, secrets it decrypts with crypto_box_seal_open so tests
// can compare plaintexts, variables with 201/204/404/409, and the status codes GitHub uses for refusals. Scripted
// answers (throttling, outages, a stalled server) test the client's retries and timeouts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import sodium from 'libsodium-wrappers'
import { readJsonRequest } from './json-request.js'

export interface FakeGithubOptions {
  /** The token the fake accepts, as `Bearer <token>` or `token <token>` (GitHub takes both); any other gets 401. */
  token: string
  /** owner/name of the one repository. */
  repository: string
  /** Environments of the repository. */
  environments?: string[]
  /** Answer 403 "Resource not accessible by integration" (what GITHUB_TOKEN gets) to every secrets call. */
  forbidSecrets?: boolean
  /** Where the API lives on the server, as on GitHub Enterprise Server (`/api/v3`); default: the root. */
  basePath?: string
}

/** An answer the fake gives instead of handling the request: a status with headers and body, none at all, or the usual one. */
export type ScriptedAnswer =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { stall: true }
  | { pass: true }

export interface StoredSecret {
  /** What the fake decrypted from encrypted_value. */
  plaintext: string
  keyId: string
  visibility?: string
}

export interface StoredVariable {
  value: string
  visibility?: string
}

export interface RecordedRequest {
  method: string
  path: string
  status: number
  headers: IncomingMessage['headers']
  body: unknown
}

interface KeyPair {
  keyId: string
  publicKey: Uint8Array
  privateKey: Uint8Array
}

export interface FakeGithub {
  readonly url: string
  readonly requests: RecordedRequest[]
  /** Scope keys: `repo`, `env:<name>`, `org`. */
  secret(scope: string, name: string): StoredSecret | undefined
  variable(scope: string, name: string): StoredVariable | undefined
  /** Repository ids selected for an organization secret or variable. */
  selectedRepositories(kind: 'secrets' | 'variables', name: string): number[]
  setVariable(scope: string, name: string, value: string): void
  /** What someone did by hand in the settings page. */
  deleteVariable(scope: string, name: string): void
  /** The next POST creating a variable finds it created meanwhile (409), as when two runs race. */
  raceNextVariableCreate(): void
  /** The next requests get these answers, one each, in order (recorded like any other). */
  answerNext(...answers: ScriptedAnswer[]): void
  close(): Promise<void>
}

export async function startFakeGithub(options: FakeGithubOptions): Promise<FakeGithub> {
  await sodium.ready
  const [owner = '', repo = ''] = options.repository.split('/')
  const environments = new Set(options.environments ?? [])
  const keys = new Map<string, KeyPair>()
  const secrets = new Map<string, Map<string, StoredSecret>>()
  const variables = new Map<string, Map<string, StoredVariable>>()
  const selected = new Map<string, Set<number>>()
  const requests: RecordedRequest[] = []
  let keyCounter = 0
  let raceCreate = false
  const scripted: ScriptedAnswer[] = []
  const basePath = (options.basePath ?? '').replace(/\/+$/, '')

  const keyFor = (scope: string): KeyPair => {
    let pair = keys.get(scope)
    if (!pair) {
      const generated = sodium.crypto_box_keypair()
      keyCounter += 1
      pair = {
        keyId: `5683${keyCounter}29834${keyCounter}`,
        publicKey: generated.publicKey,
        privateKey: generated.privateKey,
      }
      keys.set(scope, pair)
    }
    return pair
  }
  const table = <T>(map: Map<string, Map<string, T>>, scope: string): Map<string, T> => {
    let inner = map.get(scope)
    if (!inner) {
      inner = new Map()
      map.set(scope, inner)
    }
    return inner
  }

  const selectSet = (key: string): Set<number> => {
    let set = selected.get(key)
    if (!set) {
      set = new Set()
      selected.set(key, set)
    }
    return set
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { path: fullPath, method, body } = await readJsonRequest(req)
    const path = basePath && fullPath.startsWith(`${basePath}/`) ? fullPath.slice(basePath.length) : fullPath
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      requests.push({ method, path, status, headers: req.headers, body })
      if (payload === undefined) {
        res.writeHead(status, headers).end()
        return
      }
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        .end(JSON.stringify(payload))
    }
    const docs = 'https://docs.github.com/rest/actions'

    const answer = scripted.shift()
    if (answer !== undefined && !('pass' in answer)) {
      if ('stall' in answer) {
        requests.push({ method, path, status: 0, headers: req.headers, body })
        return
      }
      return send(answer.status, answer.body, answer.headers)
    }
    if (basePath && path === fullPath) return send(404, { message: 'Not Found', documentation_url: docs })
    const credentials = /^(bearer|token) (.*)$/i.exec(req.headers.authorization ?? '')
    if (credentials?.[2] !== options.token) {
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
    }
    if (
      req.headers.accept !== 'application/vnd.github+json' ||
      req.headers['x-github-api-version'] !== '2022-11-28'
    ) {
      return send(400, {
        message: 'expected Accept application/vnd.github+json and X-GitHub-Api-Version 2022-11-28',
      })
    }

    // Resolve the scope from the path.
    let scope: string | undefined
    let rest: string[] = []
    const parts = path.split('/').filter(Boolean)
    if (parts[0] === 'repos' && parts[1] === owner && parts[2] === repo) {
      if (parts[3] === 'actions') {
        scope = 'repo'
        rest = parts.slice(4)
      } else if (parts[3] === 'environments' && parts[4] !== undefined) {
        if (!environments.has(parts[4])) return send(404, { message: 'Not Found', documentation_url: docs })
        scope = `env:${parts[4]}`
        rest = parts.slice(5)
      }
    } else if (parts[0] === 'orgs' && parts[1] === owner && parts[2] === 'actions') {
      scope = 'org'
      rest = parts.slice(3)
    }
    if (scope === undefined) return send(404, { message: 'Not Found', documentation_url: docs })
    const isOrg = scope === 'org'
    const [kind, name, sub, subId] = rest

    if (kind === 'secrets') {
      if (options.forbidSecrets) {
        return send(403, { message: 'Resource not accessible by integration', documentation_url: docs })
      }
      if (name === 'public-key' && method === 'GET' && sub === undefined) {
        const pair = keyFor(scope)
        return send(200, { key_id: pair.keyId, key: Buffer.from(pair.publicKey).toString('base64') })
      }
      if (name !== undefined && sub === 'repositories' && subId !== undefined && method === 'PUT' && isOrg) {
        const stored = secrets.get(scope)?.get(name)
        if (!stored) return send(404, { message: 'Not Found' })
        if (stored.visibility !== 'selected') return send(409, { message: 'visibility is not selected' })
        selectSet(`secrets:${name}`).add(Number(subId))
        return send(204)
      }
      if (name !== undefined && sub === undefined && method === 'PUT') {
        if (!validName(name)) return send(422, { message: `invalid secret name ${name}` })
        const input = body as
          | { encrypted_value?: unknown; key_id?: unknown; visibility?: unknown }
          | undefined
        const pair = keyFor(scope)
        if (typeof input?.encrypted_value !== 'string' || input.key_id !== pair.keyId) {
          return send(422, { message: 'encrypted_value and the current key_id are required' })
        }
        if (isOrg && !['all', 'private', 'selected'].includes(String(input.visibility))) {
          return send(422, { message: 'visibility is required: all, private or selected' })
        }
        let plaintext: string
        try {
          const opened = sodium.crypto_box_seal_open(
            new Uint8Array(Buffer.from(input.encrypted_value, 'base64')),
            pair.publicKey,
            pair.privateKey,
          )
          plaintext = Buffer.from(opened).toString('utf8')
        } catch {
          return send(422, { message: 'Bad request: could not decrypt encrypted_value' })
        }
        if (Buffer.byteLength(plaintext) > 48 * 1024) return send(422, { message: 'secret is too large' })
        const store = table(secrets, scope)
        const existed = store.has(name)
        store.set(name, {
          plaintext,
          keyId: pair.keyId,
          ...(isOrg ? { visibility: String(input.visibility) } : {}),
        })
        return send(existed ? 204 : 201)
      }
      if (name !== undefined && sub === undefined && method === 'DELETE') {
        // 204 when it was there, 404 when not, as the documented endpoint answers
        return secrets.get(scope)?.delete(name) ? send(204) : send(404, { message: 'Not Found' })
      }
      if (name !== undefined && sub === undefined && method === 'GET') {
        // a secret's metadata, never its value
        const stored = secrets.get(scope)?.get(name)
        if (!stored) return send(404, { message: 'Not Found', documentation_url: docs })
        const at = new Date().toISOString()
        return send(200, {
          name,
          created_at: at,
          updated_at: at,
          ...(isOrg ? { visibility: stored.visibility } : {}),
        })
      }
      return send(404, { message: 'Not Found' })
    }

    if (kind === 'variables') {
      const store = table(variables, scope)
      const input = body as { name?: unknown; value?: unknown; visibility?: unknown } | undefined
      if (name === undefined && method === 'POST') {
        if (typeof input?.name !== 'string' || typeof input.value !== 'string' || !validName(input.name)) {
          return send(422, { message: 'name and value are required' })
        }
        if (isOrg && !['all', 'private', 'selected'].includes(String(input.visibility))) {
          return send(422, { message: 'visibility is required: all, private or selected' })
        }
        if (raceCreate) {
          raceCreate = false
          store.set(input.name, { value: 'written by another run' })
        }
        if (store.has(input.name)) return send(409, { message: 'Already exists - Variable already exists' })
        if (Buffer.byteLength(input.value) > 48 * 1024) return send(422, { message: 'variable is too large' })
        store.set(input.name, {
          value: input.value,
          ...(isOrg ? { visibility: String(input.visibility) } : {}),
        })
        return send(201, {})
      }
      if (name !== undefined && sub === 'repositories' && subId !== undefined && method === 'PUT' && isOrg) {
        const stored = store.get(name)
        if (!stored) return send(404, { message: 'Not Found' })
        if (stored.visibility !== 'selected') return send(409, { message: 'visibility is not selected' })
        selectSet(`variables:${name}`).add(Number(subId))
        return send(204)
      }
      if (name !== undefined && sub === undefined && method === 'PATCH') {
        const stored = store.get(name)
        if (!stored) return send(404, { message: 'Not Found', documentation_url: docs })
        if (input?.value !== undefined && typeof input.value !== 'string')
          return send(422, { message: 'bad value' })
        store.set(typeof input?.name === 'string' ? input.name : name, {
          value: typeof input?.value === 'string' ? input.value : stored.value,
          ...(isOrg
            ? {
                visibility:
                  typeof input?.visibility === 'string' ? input.visibility : (stored.visibility ?? ''),
              }
            : {}),
        })
        return send(204)
      }
      if (name !== undefined && sub === undefined && method === 'GET') {
        const stored = store.get(name)
        return stored ? send(200, { name, value: stored.value }) : send(404, { message: 'Not Found' })
      }
      if (name !== undefined && sub === undefined && method === 'DELETE') {
        return store.delete(name) ? send(204) : send(404, { message: 'Not Found' })
      }
    }
    return send(404, { message: 'Not Found' })
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    secret: (scope, name) => secrets.get(scope)?.get(name),
    variable: (scope, name) => variables.get(scope)?.get(name),
    selectedRepositories: (kind, name) => [...(selected.get(`${kind}:${name}`) ?? [])],
    setVariable: (scope, name, value) => {
      table(variables, scope).set(name, { value })
    },
    deleteVariable: (scope, name) => {
      variables.get(scope)?.delete(name)
    },
    raceNextVariableCreate: () => {
      raceCreate = true
    },
    answerNext: (...answers) => {
      scripted.push(...answers)
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        // a stalled answer keeps its connection open: end it, or close would wait for ever
        server.closeAllConnections()
      }),
  }
}

function validName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^GITHUB_/i.test(name)
}
