// A local stand-in for the runner's artifact service, as @actions/artifact 6 talks to it. The real service (the
// results service's Twirp API plus Azure blob storage behind a signed URL) exists only inside a GitHub Actions
// job, reached with the job's ACTIONS_RUNTIME_TOKEN: this machine can reach neither, so the end-to-end tests run
// the real client in the real bundle against this fake instead. It speaks exactly what the client sends:
//  - env: ACTIONS_RUNTIME_TOKEN (a JWT; the client reads the workflow run and job backend ids from its `scp`
//    claim, `Actions.Results:<runId>:<jobId>`, and sends it as a bearer token), ACTIONS_RESULTS_URL (only its
//    origin is used), GITHUB_SERVER_URL (github.com: anything else is taken for GHES, which has no artifacts v4);
//  - Twirp JSON calls POST /twirp/github.actions.results.api.v1.ArtifactService/{CreateArtifact,FinalizeArtifact}
//    with proto field names (CreateArtifact answers a signed upload URL on this same server, FinalizeArtifact
//    the artifact id, an int64 sent as a string);
//  - what @azure/storage-blob's BlockBlobClient.uploadStream sends to the signed URL: Put Block
//    (?comp=block&blockid=...) per 8 MB chunk, then Put Block List (?comp=blocklist, an XML list of block ids);
//    a single Put Blob (x-ms-blob-type: BlockBlob) is accepted too.
// It keeps the committed zip and reads its entries with node:zlib (the central directory, then each local
// entry, CRC-32 checked), so no `unzip` program is needed.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { crc32, inflateRawSync } from 'node:zlib'

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'

export interface FakeArtifactServiceOptions {
  /** Names the run has already: CreateArtifact answers 409 already_exists for them, as the service does. */
  existingNames?: string[]
}

export interface ZipEntry {
  readonly data: Buffer
  /** Unix permission bits from the entry's external attributes (archiver stores the file's mode). */
  readonly mode: number
}

export interface FakeArtifact {
  readonly id: number
  readonly name: string
  readonly runId: string
  readonly jobId: string
  readonly mimeType: string | undefined
  /** RFC 3339, when the upload asked for a retention. */
  readonly expiresAt: string | undefined
  /** The client's version field (7 for @actions/artifact 6). */
  readonly version: number | undefined
  /** The committed blob: the zip. Undefined until the block list (or a single put) arrived. */
  blob: Buffer | undefined
  blobContentType: string | undefined
  /** Blocks put but not (yet) committed, by block id. */
  readonly blocks: Map<string, Buffer>
  /** What FinalizeArtifact said; undefined until finalized. */
  finalized: { size: string; hash: string | undefined } | undefined
}

export interface FakeArtifactRequest {
  readonly method: string
  /** Path and query, with the URL signature replaced by *** (it is a credential). */
  readonly url: string
  readonly status: number
  readonly headers: IncomingMessage['headers']
}

export interface FakeArtifactService {
  readonly url: string
  /** The ACTIONS_RUNTIME_TOKEN the fake accepts. */
  readonly runtimeToken: string
  readonly runId: string
  readonly jobId: string
  /** What a job's step gets from the runner for the artifact client. */
  readonly env: Record<string, string>
  readonly requests: FakeArtifactRequest[]
  readonly artifacts: FakeArtifact[]
  artifact(name: string): FakeArtifact | undefined
  /** The entries of a finalized artifact's zip, by path. */
  entries(name: string): Map<string, ZipEntry>
  close(): Promise<void>
}

export async function startFakeArtifactService(
  options: FakeArtifactServiceOptions = {},
): Promise<FakeArtifactService> {
  const runId = randomUUID()
  const jobId = randomUUID()
  const runtimeToken = fakeRuntimeToken(runId, jobId)
  const existing = new Set(options.existingNames ?? [])
  const artifacts: FakeArtifact[] = []
  const uploads = new Map<string, { artifact: FakeArtifact; sig: string }>()
  const requests: FakeArtifactRequest[] = []
  let base = ''

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake')
    const method = req.method ?? 'GET'
    const body = await readBody(req)
    const shown = new URL(url)
    if (shown.searchParams.has('sig')) shown.searchParams.set('sig', '***')
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      requests.push({ method, url: `${shown.pathname}${shown.search}`, status, headers: req.headers })
      if (payload === undefined) res.writeHead(status, headers).end()
      else if (typeof payload === 'string') res.writeHead(status, headers).end(payload)
      else
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload))
    }
    // Twirp errors: an HTTP status and {code, msg}; the client shows msg.
    const twirpError = (status: number, code: string, msg: string) => send(status, { code, msg })

    if (url.pathname.startsWith(SERVICE)) {
      if (method !== 'POST') return twirpError(404, 'bad_route', `no handler for ${method} ${url.pathname}`)
      if (req.headers.authorization !== `Bearer ${runtimeToken}`) {
        return twirpError(401, 'unauthenticated', 'invalid or missing runtime token')
      }
      if (!String(req.headers['content-type']).startsWith('application/json')) {
        return twirpError(415, 'malformed', 'expected application/json')
      }
      let input: Record<string, unknown>
      try {
        input = JSON.parse(body.toString('utf8')) as Record<string, unknown>
      } catch {
        return twirpError(400, 'malformed', 'the body is not JSON')
      }
      // The ids come from the token's scp claim: a client that sends others read the token wrong.
      if (input.workflow_run_backend_id !== runId || input.workflow_job_run_backend_id !== jobId) {
        return twirpError(400, 'invalid_argument', 'workflow run or job backend id does not match the token')
      }
      const name = input.name
      if (typeof name !== 'string' || name === '')
        return twirpError(400, 'invalid_argument', 'name is required')
      const rpc = url.pathname.slice(SERVICE.length)

      if (rpc === 'CreateArtifact') {
        if (existing.has(name) || artifacts.some((a) => a.name === name)) {
          return twirpError(
            409,
            'already_exists',
            'an artifact with this name already exists on the workflow run',
          )
        }
        const artifact: FakeArtifact = {
          id: 1000 + artifacts.length + 1,
          name,
          runId,
          jobId,
          mimeType: typeof input.mime_type === 'string' ? input.mime_type : undefined,
          expiresAt: typeof input.expires_at === 'string' ? input.expires_at : undefined,
          version: typeof input.version === 'number' ? input.version : undefined,
          blob: undefined,
          blobContentType: undefined,
          blocks: new Map(),
          finalized: undefined,
        }
        artifacts.push(artifact)
        // An opaque blob path: with an IP host, the storage client reads the path as /<account>/<container>/<blob>.
        const upload = randomUUID()
        const sig = randomBytes(24).toString('base64')
        uploads.set(upload, { artifact, sig })
        const signed = new URL(`${base}/devstoreaccount1/actions-results/${upload}.zip`)
        signed.search = new URLSearchParams({ sv: '2021-08-06', sr: 'b', sp: 'cw', sig }).toString()
        return send(200, { ok: true, signed_upload_url: signed.href })
      }

      if (rpc === 'FinalizeArtifact') {
        const artifact = artifacts.find((a) => a.name === name)
        if (!artifact) return twirpError(404, 'not_found', `no artifact ${name} was created`)
        if (artifact.blob === undefined) {
          return twirpError(400, 'failed_precondition', `nothing was uploaded for artifact ${name}`)
        }
        // The service checks the upload against what the client says it sent.
        const size = String(input.size ?? '')
        const hash = typeof input.hash === 'string' ? input.hash : undefined
        if (size !== String(artifact.blob.length)) {
          return twirpError(
            400,
            'invalid_argument',
            `size ${size} is not the ${artifact.blob.length} bytes uploaded`,
          )
        }
        const digest = `sha256:${createHash('sha256').update(artifact.blob).digest('hex')}`
        if (hash !== undefined && hash !== digest) {
          return twirpError(400, 'invalid_argument', `hash ${hash} is not that of the upload`)
        }
        artifact.finalized = { size, hash }
        return send(200, { ok: true, artifact_id: String(artifact.id) })
      }
      return twirpError(404, 'bad_route', `no method ${rpc}`)
    }

    // Blob storage behind the signed URL.
    const blob = /^\/devstoreaccount1\/actions-results\/([0-9a-f-]+)\.zip$/.exec(url.pathname)
    const upload = blob?.[1] !== undefined ? uploads.get(blob[1]) : undefined
    if (!upload) return storageError(send, 404, 'BlobNotFound', 'The specified blob does not exist.')
    if (url.searchParams.get('sig') !== upload.sig) {
      return storageError(send, 403, 'AuthenticationFailed', 'Signature did not match.')
    }
    if (method !== 'PUT') return storageError(send, 405, 'UnsupportedHttpVerb', `${method} is not allowed`)
    const { artifact } = upload
    if (artifact.finalized) return storageError(send, 409, 'BlobImmutable', 'The artifact is finalized.')
    const stored = {
      etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2021-08-06',
      'x-ms-request-server-encrypted': 'true',
    }
    const comp = url.searchParams.get('comp')
    if (comp === 'block') {
      const id = url.searchParams.get('blockid')
      if (!id) return storageError(send, 400, 'InvalidQueryParameterValue', 'blockid is required')
      artifact.blocks.set(id, body)
      return send(201, undefined, stored)
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(
        (m) => m[2] as string,
      )
      const parts: Buffer[] = []
      for (const id of ids) {
        const block = artifact.blocks.get(id)
        if (!block) return storageError(send, 400, 'InvalidBlockList', `block ${id} was never put`)
        parts.push(block)
      }
      artifact.blob = Buffer.concat(parts)
      artifact.blobContentType = headerValue(req.headers['x-ms-blob-content-type'])
      artifact.blocks.clear()
      return send(201, undefined, stored)
    }
    if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob') {
      artifact.blob = body
      artifact.blobContentType =
        headerValue(req.headers['x-ms-blob-content-type']) ?? headerValue(req.headers['content-type'])
      return send(201, undefined, stored)
    }
    return storageError(send, 400, 'InvalidQueryParameterValue', `unsupported comp=${comp}`)
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  base = `http://127.0.0.1:${port}`

  const artifact = (name: string) => artifacts.find((a) => a.name === name)
  return {
    url: base,
    runtimeToken,
    runId,
    jobId,
    env: {
      ACTIONS_RUNTIME_TOKEN: runtimeToken,
      // the client keeps only the origin; the runner's value has a path, as this one does
      ACTIONS_RESULTS_URL: `${base}/`,
      GITHUB_SERVER_URL: 'https://github.com',
    },
    requests,
    artifacts,
    artifact,
    entries: (name) => {
      const found = artifact(name)
      if (!found?.finalized || found.blob === undefined) throw new Error(`artifact ${name} was not finalized`)
      return readZip(found.blob)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A JWT as the runner hands out: the client only decodes it (no signature check), for the scp claim. */
function fakeRuntimeToken(runId: string, jobId: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  return [
    part({ typ: 'JWT', alg: 'RS256', x5t: randomBytes(20).toString('base64url') }),
    part({
      nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runId}:${jobId}`,
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vstoken.actions.githubusercontent.com',
      nbf: now - 60,
      exp: now + 3600,
    }),
    randomBytes(64).toString('base64url'),
  ].join('.')
}

/** The entries of a zip (no zip64, no encryption: what archiver writes for a few small files). */
export function readZip(zip: Buffer): Map<string, ZipEntry> {
  const entries = new Map<string, ZipEntry>()
  // End of central directory: 22 bytes plus a comment of at most 64 KB, at the very end.
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory')
  const count = zip.readUInt16LE(eocd + 10)
  let at = zip.readUInt32LE(eocd + 16)
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip: bad central directory entry at ${at}`)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressedSize = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const external = zip.readUInt32LE(at + 38)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extraLength + commentLength

    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`)
    // the local header's own name and extra lengths: they may differ from the central directory's
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const raw = zip.subarray(start, start + compressedSize)
    let data: Buffer
    if (method === 0) data = Buffer.from(raw)
    else if (method === 8) data = inflateRawSync(raw)
    else throw new Error(`zip: ${name} uses compression method ${method}`)
    if (data.length !== size) throw new Error(`zip: ${name} is ${data.length} bytes, not ${size}`)
    if (crc32(data) !== crc) throw new Error(`zip: ${name} fails its CRC-32`)
    entries.set(name, { data, mode: (external >>> 16) & 0o7777 })
  }
  return entries
}

function storageError(
  send: (status: number, payload?: unknown, headers?: Record<string, string>) => void,
  status: number,
  code: string,
  message: string,
): void {
  // Storage answers errors as XML with the code also in a header; the storage client reads both.
  send(
    status,
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
    { 'content-type': 'application/xml', 'x-ms-error-code': code },
  )
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
