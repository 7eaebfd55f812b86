// A fake Gcore DNS API v2 (https://api.gcore.com/docs/dns): zones and TXT RRsets addressed by zone and full
// name, with BIND as the store. POST creates an RRset and answers 409 when one exists; PUT replaces an existing
// one; DELETE drops the whole RRset. Replacements become RFC 2136 adds and deletes of the values that differ.
import type { IncomingMessage } from 'node:http'
import {
  type BindStore,
  type FakeApi,
  normalize,
  type Reply,
  type SeenRequest,
  stableId,
  startFakeApi,
} from './common.js'

export interface FakeGcoreOptions {
  /** The one permanent API token accepted (Authorization: APIKey <token>). */
  readonly token: string
  /** Zones of the account; each must be a zone of BIND that the TSIG key may update. */
  readonly zones: readonly string[]
  readonly bind: BindStore
}

const BASE_PATH = '/dns'
const DEFAULT_TTL = 300

interface RecordInput {
  content?: unknown
  enabled?: unknown
  meta?: unknown
}

// Gcore's error shape: {"error": "<message>"}.
const error = (status: number, message: string): Reply => ({ status, body: { error: message } })

export async function startFakeGcore(options: FakeGcoreOptions): Promise<FakeApi> {
  const zones = options.zones.map(normalize)
  const { bind } = options

  const zoneObject = (name: string) => ({
    id: Number.parseInt(stableId('zone', name).slice(0, 8), 16),
    name,
    nx_ttl: 300,
    retry: 3600,
    refresh: 10800,
    expiry: 604800,
    primary_server: 'ns1.example.test',
    contact: `hostmaster.${name}`,
    serial: 1,
    status: 'active',
    dnssec_enabled: false,
  })

  const rrsetObject = async (owner: string) => {
    const txt = await bind.read(owner)
    if (txt.length === 0) return undefined
    return {
      name: owner,
      type: 'TXT',
      ttl: txt[0]?.ttl,
      meta: {},
      resource_records: txt.map((t) => ({
        id: Number.parseInt(stableId('record', owner, t.value).slice(0, 8), 16),
        content: [t.value],
        enabled: true,
        meta: {},
      })),
    }
  }

  /** The TXT values of a write body, or the reason it is refused. */
  const valuesOf = (body: unknown): { values: string[]; ttl: number | undefined } | string => {
    if (typeof body !== 'object' || body === null) return 'invalid request body'
    const { ttl, resource_records: records } = body as { ttl?: unknown; resource_records?: unknown }
    if (ttl !== undefined && (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 0))
      return 'invalid ttl'
    if (!Array.isArray(records) || records.length === 0)
      return 'resource_records: at least one record is required'
    const values: string[] = []
    for (const record of records as RecordInput[]) {
      if (
        typeof record !== 'object' ||
        record === null ||
        !Array.isArray(record.content) ||
        record.content.length !== 1 ||
        typeof record.content[0] !== 'string'
      ) {
        return 'resource_records: a TXT record has content: ["<text>"]'
      }
      // A disabled record is not served; BIND cannot keep one back, so the fake refuses rather than lie.
      if (record.enabled === false) return 'fake Gcore: disabled records are not implemented'
      values.push(record.content[0])
    }
    if (new Set(values).size !== values.length) return 'resource_records: duplicate content'
    return { values, ttl: ttl as number | undefined }
  }

  const handle = async (request: SeenRequest, req: IncomingMessage): Promise<Reply> => {
    const authorization = req.headers.authorization
    if (authorization !== `APIKey ${options.token}`)
      return error(401, 'Unauthorized: invalid or missing APIKey token')
    if (!request.path.startsWith(`${BASE_PATH}/v2/zones/`)) return error(404, 'page not found')
    const parts = request.path
      .slice(`${BASE_PATH}/v2/zones/`.length)
      .split('/')
      .filter((p) => p !== '')
      .map((p) => decodeURIComponent(p))
    const zone = normalize(parts[0] ?? '')

    // GET /v2/zones/<zone>
    if (parts.length === 1) {
      if (request.method !== 'GET') return error(405, 'method not allowed')
      return zones.includes(zone) ? { status: 200, body: zoneObject(zone) } : error(404, 'zone not found')
    }
    if (parts.length !== 3) return error(404, 'page not found')
    if (!zones.includes(zone)) return error(404, 'zone not found')
    const owner = normalize(parts[1] as string)
    const type = parts[2] as string
    if (owner !== zone && !owner.endsWith(`.${zone}`))
      return error(400, `rrset name ${owner} is not in the zone ${zone}`)
    if (type !== 'TXT') return error(400, `fake Gcore: only TXT is implemented, not ${type}`)

    const present = await rrsetObject(owner)
    switch (request.method) {
      case 'GET':
        return present === undefined ? error(404, 'rrset not found') : { status: 200, body: present }
      case 'POST': {
        if (present !== undefined) return error(409, 'rrset already exists')
        const parsed = valuesOf(request.body)
        if (typeof parsed === 'string') return error(400, parsed)
        await bind.add(zone, owner, parsed.values, parsed.ttl ?? DEFAULT_TTL)
        return { status: 200, body: await rrsetObject(owner) }
      }
      case 'PUT': {
        if (present === undefined) return error(404, 'rrset not found')
        const parsed = valuesOf(request.body)
        if (typeof parsed === 'string') return error(400, parsed)
        await bind.replace(zone, owner, parsed.values, parsed.ttl ?? present.ttl ?? DEFAULT_TTL)
        return { status: 200, body: await rrsetObject(owner) }
      }
      case 'DELETE':
        if (present === undefined) return error(404, 'rrset not found')
        await bind.remove(
          zone,
          owner,
          present.resource_records.map((r) => r.content[0] as string),
        )
        return { status: 200, body: {} }
      default:
        return error(405, 'method not allowed')
    }
  }

  return startFakeApi(BASE_PATH, handle)
}
