// A fake Joker.com DMAPI (https://joker.com/faq/category/39/22-dmapi.html): POST form fields to /request/<name>,
// every answer HTTP 200 with `Name: value` header lines, an empty line and a body; Status-Code 0 is success.
// login (api-key, or username and password) gives an Auth-Sid that every other request carries as auth-sid;
// dns-zone-get answers the zone as lines `label type priority target ttl`, TXT targets in quotes; dns-zone-put
// replaces the whole zone and refuses a line it cannot read (a TXT target without quotes, a missing TTL).
import { randomBytes } from 'node:crypto'
import { type FakeReply, type FakeServer, type MemoryZones, pathSegments, serveFake } from './memory.js'

export interface FakeJokerOptions {
  readonly apiKey?: string
  readonly username?: string
  readonly password?: string
  readonly zones: MemoryZones
}

export interface FakeJoker extends FakeServer {
  /** Lines of a zone that are no records ($dyndns=…), kept as they are. */
  readonly otherLines: Map<string, string[]>
  readonly sessions: Map<string, { open: boolean }>
  /** Request names in order. */
  readonly calls: string[]
  /** Answer each TXT value with a space before its closing quote, as Joker has been seen to. */
  spaceBeforeQuote: boolean
  /** Run after each dns-zone-put is applied (another writer, for races). */
  afterPut?: () => void
}

const dmapi = (code: number, text: string, extra: Record<string, string> = {}, body = ''): FakeReply => ({
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: [
    `Status-Code: ${code}`,
    `Status-Text: ${text}`,
    ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
    `Tracking-Id: ${randomBytes(4).toString('hex')}`,
    '',
    body,
  ].join('\n'),
})

export async function startFakeJoker(options: FakeJokerOptions): Promise<FakeJoker> {
  const { zones } = options
  const otherLines = new Map(zones.zones.map((zone) => [zone, [] as string[]]))
  const sessions = new Map<string, { open: boolean }>()
  const calls: string[] = []

  const render = (zone: string) => [
    ...(otherLines.get(zone) ?? []),
    ...zones.inZone(zone).map((r) => {
      const label = r.owner === zone ? '@' : r.owner.slice(0, -(zone.length + 1))
      const target = r.type === 'TXT' ? `"${r.value}${fake.spaceBeforeQuote ? ' ' : ''}"` : r.value
      return `${label} ${r.type} 0 ${target} ${r.ttl}`
    }),
  ]

  /** The zone text as records, or the line that cannot be read. */
  const parse = (zone: string, text: string) => {
    const records: { owner: string; type: string; value: string; ttl: number }[] = []
    const others: string[] = []
    for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
      if (line.startsWith('$')) {
        others.push(line)
        continue
      }
      const match = /^(\S+)\s+([A-Z]+)\s+(\S+)\s+("[^"]*"|\S+)\s+(\d+)$/.exec(line.trim())
      if (match === null) return { bad: line }
      const [, label, type, , target, ttl] = match as unknown as string[]
      if (type === 'TXT' && !(target as string).startsWith('"')) return { bad: line }
      records.push({
        owner: label === '@' ? zone : `${(label as string).toLowerCase()}.${zone}`,
        type: type as string,
        value: type === 'TXT' ? (target as string).slice(1, -1) : (target as string),
        ttl: Number(ttl),
      })
    }
    return { records, others }
  }

  // assigned once the server runs, before any request reaches the handler
  let fake: FakeJoker
  const server = await serveFake((request) => {
    const [base, name = '', ...rest] = pathSegments(request)
    if (request.method !== 'POST' || base !== 'request' || rest.length > 0)
      return { status: 404, body: 'Not Found' }
    const form = new URLSearchParams(request.text)
    calls.push(name)
    if (name === 'login') {
      const byKey = options.apiKey !== undefined && form.get('api-key') === options.apiKey
      const byUser =
        options.username !== undefined &&
        form.get('username') === options.username &&
        form.get('password') === options.password
      if (!byKey && !byUser) return dmapi(2200, 'Authentication error', { Error: 'Invalid credentials' })
      const sid = randomBytes(16).toString('hex')
      sessions.set(sid, { open: true })
      return dmapi(0, 'OK', { 'Auth-Sid': sid, UID: '12345', 'User-Login': 'certalias' }, 'com\nnet\norg\nde')
    }
    const session = sessions.get(form.get('auth-sid') ?? '')
    if (session === undefined || !session.open) return dmapi(2202, 'Authorization error')
    if (name === 'logout') {
      session.open = false
      return dmapi(0, 'OK')
    }
    const zone = (form.get('domain') ?? '').toLowerCase()
    // Joker answers a domain that is not the account's as it answers a bad session
    if (!zones.has(zone)) return dmapi(2202, 'Authorization error')
    if (name === 'dns-zone-get') return dmapi(0, 'OK', {}, render(zone).join('\n'))
    if (name === 'dns-zone-put') {
      const parsed = parse(zone, form.get('zone') ?? '')
      if ('bad' in parsed) return dmapi(2400, 'Command failed', { Error: `Invalid zone line: ${parsed.bad}` })
      zones.replaceZone(zone, parsed.records)
      otherLines.set(zone, parsed.others)
      fake.afterPut?.()
      return dmapi(0, 'OK')
    }
    return dmapi(2400, 'Command failed', { Error: `Unknown request ${name}` })
  })
  fake = Object.assign(server, { otherLines, sessions, calls, spaceBeforeQuote: false })
  return fake
}
