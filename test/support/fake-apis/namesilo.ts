// A fake NameSilo API (https://www.namesilo.com/api-reference): GET /api/<operation>?version=1&type=xml&key=…,
// every answer HTTP 200 with <namesilo><request/><reply><code/><detail/>…</reply></namesilo>, code 300 on
// success. dnsListRecords lists full host names, dnsAddRecord takes the host relative to the domain and a TTL of
// 3600 or more, dnsDeleteRecord removes by record_id. Values are XML-escaped in answers.
import {
  type FakeReply,
  type FakeServer,
  type MemoryRecord,
  type MemoryZones,
  pathSegments,
  serveFake,
} from './memory.js'

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function namesiloReply(operation: string, code: number, detail: string, extra = ''): FakeReply {
  return {
    headers: { 'content-type': 'text/xml; charset=utf-8' },
    body:
      '<?xml version="1.0"?>\n<namesilo><request><operation>' +
      `${operation}</operation><ip>203.0.113.9</ip></request><reply><code>${code}</code>` +
      `<detail>${escapeXml(detail)}</detail>${extra}</reply></namesilo>`,
  }
}

const MIN_TTL = 3600

export async function startFakeNamesilo(options: { key: string; zones: MemoryZones }): Promise<FakeServer> {
  const { key, zones } = options
  const shown = (r: MemoryRecord) =>
    `<resource_record><record_id>${escapeXml(r.id)}</record_id><type>${r.type}</type><host>${escapeXml(r.owner)}</host>` +
    `<value>${escapeXml(r.value)}</value><ttl>${r.ttl}</ttl><distance>0</distance></resource_record>`

  return serveFake((request) => {
    const [base, operation = '', ...rest] = pathSegments(request)
    if (request.method !== 'GET' || base !== 'api' || rest.length > 0)
      return { status: 404, body: 'Not Found' }
    const q = request.query
    if (q.get('version') !== '1' || q.get('type') !== 'xml') {
      return namesiloReply(operation, 102, 'Invalid API version or type')
    }
    if (q.get('key') !== key) return namesiloReply(operation, 110, 'Invalid API Key')
    const domain = (q.get('domain') ?? '').toLowerCase()
    if (!zones.has(domain))
      return namesiloReply(operation, 200, 'Domain is not active, or does not belong to this user')
    if (operation === 'dnsListRecords') {
      return namesiloReply(operation, 300, 'success', zones.inZone(domain).map(shown).join(''))
    }
    if (operation === 'dnsAddRecord') {
      const type = q.get('rrtype')
      const host = q.get('rrhost')
      const value = q.get('rrvalue')
      const ttl = Number(q.get('rrttl') ?? 7207)
      if (type === null || host === null || value === null || value === '') {
        return namesiloReply(
          operation,
          280,
          'DNS modification error: rrtype, rrhost and rrvalue are required',
        )
      }
      if (!Number.isInteger(ttl) || ttl < MIN_TTL) {
        return namesiloReply(operation, 280, `DNS modification error: rrttl must be at least ${MIN_TTL}`)
      }
      const name = host === '' ? domain : `${host.toLowerCase()}.${domain}`
      const stored = zones.add(domain, name, value, ttl, type)
      return namesiloReply(operation, 300, 'success', `<record_id>${stored.id}</record_id>`)
    }
    if (operation === 'dnsDeleteRecord') {
      const id = q.get('rrid') ?? ''
      return zones.byId(id)?.zone === domain && zones.delete(id)
        ? namesiloReply(operation, 300, 'success')
        : namesiloReply(operation, 280, 'DNS modification error: no such record')
    }
    return namesiloReply(operation, 101, 'Unknown operation')
  })
}
