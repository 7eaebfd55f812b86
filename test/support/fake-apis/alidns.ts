// A fake Alibaba Cloud DNS API (Alidns 2015-01-09, RPC style) as Alibaba Cloud documents it: GET / with the action
// and common parameters in the query, signed with signature v1 (checked here from the document's steps, apart from
// the provider's code), a nonce accepted once, errors as {RequestId, HostId, Code, Message, Recommend}.
import { createHmac } from 'node:crypto'
import { type FakeReply, type FakeServer, type MemoryZones, serveFake } from './memory.js'

export interface FakeAlidnsOptions {
  readonly accessKeyId: string
  readonly accessKeySecret: string
  readonly zones: MemoryZones
  /** The smallest TTL of the domain's edition (600 for the free one). */
  readonly minTtl?: number
}

const fail = (status: number, code: string, message: string): FakeReply => ({
  status,
  body: {
    RequestId: 'FAKE-REQUEST-ID',
    HostId: 'alidns.aliyuncs.com',
    Code: code,
    Message: message,
    Recommend: 'https://api.aliyun.com/troubleshoot',
  },
})

/** The percent-encoding the signature document prescribes: unreserved kept, everything else %XX upper case. */
function percent(text: string): string {
  let out = ''
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

export async function startFakeAlidns(options: FakeAlidnsOptions): Promise<FakeServer> {
  const { zones } = options
  const minTtl = options.minTtl ?? 600
  const nonces = new Set<string>()

  return serveFake((request) => {
    if (request.method !== 'GET' || request.rawPath !== '/')
      return fail(404, 'InvalidAction.NotFound', 'not found')
    const q = request.query
    for (const name of ['AccessKeyId', 'Signature', 'SignatureNonce', 'Timestamp', 'Action', 'Version']) {
      if (!q.get(name)) return fail(400, 'MissingParameter', `${name} is mandatory for this action.`)
    }
    if (q.get('AccessKeyId') !== options.accessKeyId) {
      return fail(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.')
    }
    if (q.get('SignatureMethod') !== 'HMAC-SHA1' || q.get('SignatureVersion') !== '1.0') {
      return fail(400, 'InvalidParameter', 'SignatureMethod must be HMAC-SHA1, SignatureVersion 1.0')
    }
    const pairs = [...q.entries()].filter(([name]) => name !== 'Signature')
    pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    const canonical = pairs.map(([name, value]) => `${percent(name)}=${percent(value)}`).join('&')
    const expected = createHmac('sha1', `${options.accessKeySecret}&`)
      .update(`GET&%2F&${percent(canonical)}`)
      .digest('base64')
    if (q.get('Signature') !== expected) {
      return fail(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.')
    }
    const timestamp = Date.parse(q.get('Timestamp') as string)
    if (
      !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(q.get('Timestamp') as string) ||
      Math.abs(timestamp - Date.now()) > 900_000
    ) {
      return fail(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.')
    }
    const nonce = q.get('SignatureNonce') as string
    if (nonces.has(nonce))
      return fail(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.')
    nonces.add(nonce)
    if (q.get('Version') !== '2015-01-09')
      return fail(400, 'InvalidVersion', 'Specified parameter Version is not valid.')
    if (q.get('Format') !== 'JSON') return fail(400, 'InvalidParameter', 'this fake answers JSON only')

    const ok = (body: Record<string, unknown>): FakeReply => ({
      body: { RequestId: 'FAKE-REQUEST-ID', ...body },
    })
    const domainOf = (name: string | null) => {
      const domain = (name ?? '').toLowerCase()
      return zones.has(domain) ? domain : undefined
    }
    switch (q.get('Action')) {
      case 'DescribeDomains': {
        const keyword = (q.get('KeyWord') ?? '').toLowerCase()
        const exact = q.get('SearchMode') === 'EXACT'
        const found = zones.zones.filter((z) => (exact ? z === keyword : z.includes(keyword)))
        return ok({
          TotalCount: found.length,
          PageNumber: 1,
          PageSize: 100,
          Domains: { Domain: found.map((name, i) => ({ DomainId: `d-${i}`, DomainName: name })) },
        })
      }
      case 'DescribeSubDomainRecords': {
        const owner = (q.get('SubDomain') ?? '').toLowerCase()
        const domain = q.get('DomainName') ? domainOf(q.get('DomainName')) : zones.zoneOf(owner)
        if (domain === undefined)
          return fail(400, 'IncorrectDomainUser', 'The domain name does not belong to you.')
        const records = zones.records(owner).filter(() => (q.get('Type') ?? 'TXT') === 'TXT')
        const size = Number(q.get('PageSize') ?? 20)
        const page = Number(q.get('PageNumber') ?? 1)
        const rr = owner === domain ? '@' : owner.slice(0, -(domain.length + 1))
        return ok({
          TotalCount: records.length,
          PageNumber: page,
          PageSize: size,
          DomainRecords: {
            Record: records.slice((page - 1) * size, page * size).map((r) => ({
              DomainName: domain,
              RecordId: r.id,
              RR: rr,
              Type: 'TXT',
              Value: r.value,
              TTL: r.ttl,
              Line: 'default',
              Status: 'ENABLE',
              Locked: false,
            })),
          },
        })
      }
      case 'AddDomainRecord': {
        const domain = domainOf(q.get('DomainName'))
        if (domain === undefined)
          return fail(400, 'IncorrectDomainUser', 'The domain name does not belong to you.')
        for (const name of ['RR', 'Type', 'Value']) {
          if (!q.get(name)) return fail(400, 'MissingParameter', `${name} is mandatory for this action.`)
        }
        const ttl = Number(q.get('TTL') ?? 600)
        if (!Number.isInteger(ttl) || ttl < minTtl || ttl > 86400) {
          return fail(400, 'DomainRecordTTLInvalid', `The TTL of the record must be from ${minTtl} to 86400.`)
        }
        const rr = q.get('RR') as string
        const owner = rr === '@' ? domain : `${rr.toLowerCase()}.${domain}`
        if (zones.values(owner).includes(q.get('Value') as string)) {
          return fail(400, 'DomainRecordDuplicate', 'The DNS record already exists.')
        }
        return ok({ RecordId: zones.add(domain, owner, q.get('Value') as string, ttl).id })
      }
      case 'DeleteDomainRecord': {
        const id = q.get('RecordId') ?? ''
        if (!zones.delete(id))
          return fail(400, 'DomainRecordNotBelongToUser', 'The DNS record does not belong to you.')
        return ok({ RecordId: id })
      }
      default:
        return fail(
          400,
          'InvalidAction.NotFound',
          'Specified api is not found, please check your url and method.',
        )
    }
  })
}
