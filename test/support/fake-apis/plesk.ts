// A fake Plesk XML API (POST /enterprise/control/agent.php) over in-memory zones: site get by name, dns get_rec /
// add_rec / del_rec, as the XML API reference describes them. Errors come as <status>error</status> with errcode and
// errtext, HTTP 200; a wrong login as a <system> error.
import { elements, escapeXml, text } from '../../../src/clouds/aws-xml.js'
import { type FakeReply, type FakeServer, type MemoryRecord, type MemoryZones, serveFake } from './memory.js'

export interface FakePleskOptions {
  readonly login: string
  readonly password: string
  readonly zones: MemoryZones
}

const xml = (inner: string): FakeReply => ({
  body: `<?xml version="1.0" encoding="UTF-8"?>\n<packet version="1.6.9.1">${inner}</packet>`,
  headers: { 'content-type': 'text/xml' },
})
const systemError = (code: number, message: string) =>
  xml(
    `<system><status>error</status><errcode>${code}</errcode><errtext>${escapeXml(message)}</errtext></system>`,
  )
const error = (code: number, message: string) =>
  `<result><status>error</status><errcode>${code}</errcode><errtext>${escapeXml(message)}</errtext></result>`

export async function startFakePlesk(options: FakePleskOptions): Promise<FakeServer> {
  const { zones } = options
  const siteIds = new Map(zones.zones.map((zone, i) => [zone, String(80 + i)]))
  const siteOf = (id: string) => [...siteIds].find(([, siteId]) => siteId === id)?.[0]

  const recordXml = (record: MemoryRecord) =>
    `<result><status>ok</status><id>${record.id}</id><data><site-id>${siteIds.get(record.zone)}</site-id>` +
    `<type>${record.type}</type><host>${escapeXml(`${record.owner}.`)}</host><value>${escapeXml(record.value)}</value>` +
    '<opt></opt></data></result>'

  const getRec = (get: string) => {
    const zone = siteOf(text(get, 'site-id') ?? '')
    return `<get_rec>${zone === undefined ? error(1013, 'Site does not exist') : zones.inZone(zone).map(recordXml).join('')}</get_rec>`
  }

  const addRec = (add: string) => {
    const zone = siteOf(text(add, 'site-id') ?? '')
    const type = text(add, 'type')
    const host = text(add, 'host')
    const value = text(add, 'value')
    if (zone === undefined) return `<add_rec>${error(1015, 'Domain does not exist.')}</add_rec>`
    if (type !== 'TXT')
      return `<add_rec>${error(1019, `fake Plesk: only TXT is implemented, not ${type}`)}</add_rec>`
    if (host === undefined || value === undefined)
      return `<add_rec>${error(1014, 'Parser error: host and value are required')}</add_rec>`
    const owner = host === '' ? zone : `${host.toLowerCase()}.${zone}`
    if (zones.records(owner).some((r) => r.value === value))
      return `<add_rec>${error(1007, 'DNS record already exists.')}</add_rec>`
    return `<add_rec><result><status>ok</status><id>${zones.add(zone, owner, value, 86400).id}</id></result></add_rec>`
  }

  const delRec = (del: string) => {
    const id = text(del, 'id') ?? ''
    return `<del_rec>${zones.delete(id) ? `<result><status>ok</status><id>${id}</id></result>` : error(1013, 'DNS record does not exist.')}</del_rec>`
  }

  return serveFake((request) => {
    if (request.rawPath !== '/enterprise/control/agent.php') return { status: 404, body: 'Not Found' }
    if (
      request.headers.http_auth_login !== options.login ||
      request.headers.http_auth_passwd !== options.password
    ) {
      return systemError(1001, 'You have entered incorrect username or password.')
    }
    const packet = elements(request.text, 'packet')[0]
    if (request.method !== 'POST' || packet === undefined)
      return systemError(1014, 'Parser error: Request is invalid.')

    const site = elements(packet, 'site')[0]
    if (site !== undefined) {
      const get = elements(site, 'get')[0] ?? ''
      if (elements(get, 'dataset').length === 0) return systemError(1014, 'Parser error: dataset is missing')
      const name = (text(get, 'name') ?? '').toLowerCase()
      const id = siteIds.get(name)
      const result =
        id === undefined
          ? `<result><status>error</status><errcode>1013</errcode><errtext>site does not exist</errtext><filter-id>${escapeXml(name)}</filter-id></result>`
          : `<result><status>ok</status><filter-id>${name}</filter-id><id>${id}</id><data><gen_info><name>${name}</name></gen_info></data></result>`
      return xml(`<site><get>${result}</get></site>`)
    }
    // the operations of a dns packet, each answered in the order it came
    const dns = elements(packet, 'dns')[0] ?? ''
    const operations = [...dns.matchAll(/<(get_rec|add_rec|del_rec)>([\s\S]*?)<\/\1>/g)]
    const answers = operations.map(([, operation, inner]) =>
      operation === 'get_rec'
        ? getRec(inner ?? '')
        : operation === 'add_rec'
          ? addRec(inner ?? '')
          : delRec(inner ?? ''),
    )
    return xml(`<dns>${answers.join('')}</dns>`)
  })
}
