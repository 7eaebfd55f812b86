// A fake DNSPod API 3.0 (version 2021-03-23) as Tencent Cloud documents it: every call a POST to / with the action in
// X-TC-Action, signed with TC3-HMAC-SHA256 (verified here from the document's steps, apart from the provider's
// code), and every failure an HTTP 200 whose Response holds Error {Code, Message}.
import { createHash, createHmac } from 'node:crypto'
import { type FakeReply, type FakeRequest, type FakeServer, type MemoryZones, serveFake } from './memory.js'

export interface FakeTencentOptions {
  readonly secretId: string
  readonly secretKey: string
  readonly zones: MemoryZones
  /** The smallest TTL the domain's plan allows (600 on the free plan). */
  readonly minTtl?: number
}

const fail = (code: string, message: string): FakeReply => ({
  body: { Response: { Error: { Code: code, Message: message }, RequestId: 'fake-request-id' } },
})
const ok = (response: Record<string, unknown>): FakeReply => ({
  body: { Response: { ...response, RequestId: 'fake-request-id' } },
})

/** The signature the API expects for this request, computed from the headers it names as signed. */
function expectedSignature(request: FakeRequest, secretKey: string, date: string, signedHeaders: string[]) {
  const hex = (data: string) => createHash('sha256').update(data).digest('hex')
  const header = (name: string) =>
    String(request.headers[name] ?? '')
      .trim()
      .toLowerCase()
  let canonical = `${request.method}\n/\n\n`
  for (const name of signedHeaders) canonical += `${name}:${header(name)}\n`
  canonical += `\n${signedHeaders.join(';')}\n${hex(request.text)}`
  const toSign = `TC3-HMAC-SHA256\n${header('x-tc-timestamp')}\n${date}/dnspod/tc3_request\n${hex(canonical)}`
  let key: Buffer = createHmac('sha256', `TC3${secretKey}`).update(date).digest()
  key = createHmac('sha256', key).update('dnspod').digest()
  key = createHmac('sha256', key).update('tc3_request').digest()
  return createHmac('sha256', key).update(toSign).digest('hex')
}

export async function startFakeTencent(options: FakeTencentOptions): Promise<FakeServer> {
  const { zones } = options
  const minTtl = options.minTtl ?? 600

  const authenticate = (request: FakeRequest): FakeReply | undefined => {
    const match =
      /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/dnspod\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
        String(request.headers.authorization ?? ''),
      )
    if (!match) return fail('AuthFailure.InvalidAuthorization', 'Authorization header is not TC3-HMAC-SHA256')
    const [, secretId, date, signed, signature] = match as unknown as string[]
    if (secretId !== options.secretId)
      return fail('AuthFailure.SecretIdNotFound', 'The SecretId is not found')
    const timestamp = Number(request.headers['x-tc-timestamp'])
    if (!Number.isInteger(timestamp) || Math.abs(timestamp - Date.now() / 1000) > 300) {
      return fail('AuthFailure.SignatureExpire', 'Signature expired')
    }
    if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) {
      return fail('AuthFailure.SignatureFailure', 'The credential date is not the date of X-TC-Timestamp')
    }
    const names = (signed as string).split(';')
    if (!names.includes('content-type') || !names.includes('host')) {
      return fail('AuthFailure.SignatureFailure', 'content-type and host must be signed')
    }
    if (signature !== expectedSignature(request, options.secretKey, date as string, names)) {
      return fail('AuthFailure.SignatureFailure', 'The provided credentials could not be validated.')
    }
    return undefined
  }

  const act = (action: string, params: Record<string, unknown>): FakeReply => {
    const domain = String(params.Domain ?? '').toLowerCase()
    const needDomain = () =>
      zones.has(domain)
        ? undefined
        : fail('InvalidParameterValue.DomainNotExists', 'The domain does not exist')
    switch (action) {
      case 'DescribeDomainList': {
        const offset = Number(params.Offset ?? 0)
        const limit = Number(params.Limit ?? 20)
        const list = zones.zones.slice(offset, offset + limit)
        return ok({
          DomainCountInfo: { AllTotal: zones.zones.length, DomainTotal: zones.zones.length },
          DomainList: list.map((name, i) => ({ DomainId: 100 + offset + i, Name: name, Status: 'ENABLE' })),
        })
      }
      case 'DescribeRecordList': {
        const missing = needDomain()
        if (missing) return missing
        const sub = String(params.Subdomain ?? '')
        const owner = sub === '@' ? domain : `${sub}.${domain}`
        const records = params.RecordType === 'TXT' ? zones.records(owner) : []
        if (records.length === 0) return fail('ResourceNotFound.NoDataOfRecord', 'No records found')
        return ok({
          RecordCountInfo: { SubdomainCount: 1, ListCount: records.length, TotalCount: records.length },
          RecordList: records.map((r) => ({
            RecordId: Number(r.id),
            Name: sub,
            Type: 'TXT',
            Value: r.value,
            TTL: r.ttl,
            Line: '默认',
            LineId: '0',
            Status: 'ENABLE',
          })),
        })
      }
      case 'CreateRecord': {
        const missing = needDomain()
        if (missing) return missing
        for (const field of ['SubDomain', 'RecordType', 'RecordLine', 'Value']) {
          if (typeof params[field] !== 'string' || params[field] === '') {
            return fail('MissingParameter', `The request is missing a required parameter \`${field}\`.`)
          }
        }
        if (params.RecordLine !== '默认' && params.RecordLineId !== '0') {
          return fail('InvalidParameter.RecordLineInvalid', 'The record line is invalid')
        }
        const ttl = Number(params.TTL ?? 600)
        if (!Number.isInteger(ttl) || ttl < minTtl || ttl > 604800) {
          return fail('InvalidParameter.DomainRecordTTLInvalid', `TTL must be from ${minTtl} to 604800`)
        }
        const sub = params.SubDomain as string
        const record = zones.add(
          domain,
          sub === '@' ? domain : `${sub}.${domain}`,
          params.Value as string,
          ttl,
        )
        return ok({ RecordId: Number(record.id) })
      }
      case 'DeleteRecord': {
        const missing = needDomain()
        if (missing) return missing
        const record = zones.byId(String(params.RecordId))
        if (record === undefined || record.zone !== domain) {
          return fail('InvalidParameter.RecordIdInvalid', 'The record id is invalid')
        }
        zones.delete(record.id)
        return ok({})
      }
      default:
        return fail('InvalidAction', `The action ${action} does not exist`)
    }
  }

  return serveFake((request) => {
    if (request.method !== 'POST' || request.rawPath !== '/') return { status: 404, body: 'not found' }
    if (request.headers['content-type'] !== 'application/json; charset=utf-8') {
      return fail('InvalidParameter', 'Content-Type must be application/json; charset=utf-8')
    }
    const refused = authenticate(request)
    if (refused) return refused
    if (request.headers['x-tc-version'] !== '2021-03-23')
      return fail('NoSuchVersion', 'The version does not exist')
    let params: Record<string, unknown>
    try {
      params = JSON.parse(request.text)
    } catch {
      return fail('InvalidParameter', 'The body is not JSON')
    }
    return act(String(request.headers['x-tc-action'] ?? ''), params)
  })
}
