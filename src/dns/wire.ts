// A DNS client that asks exactly one server and caches nothing: propagation checks poll authoritative servers.
import { randomInt } from 'node:crypto'
import dgram from 'node:dgram'
import net from 'node:net'
import * as dnsPacket from 'dns-packet'

export type RecordType = 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'NS' | 'SOA' | 'CAA'

export interface SoaData {
  mname: string
  rname: string
  serial: number
  refresh: number
  retry: number
  expire: number
  minimum: number
}

export interface ResourceRecord {
  /** Lower case, no trailing dot. */
  name: string
  type: string
  ttl: number
  /** TXT: the character strings joined; A/AAAA: the address; CNAME/NS: the target; SOA, CAA: their fields. */
  data: string | SoaData | CaaData
}

/** A CAA record (RFC 8659): `0 issue "letsencrypt.org"`. */
export interface CaaData {
  readonly critical: boolean
  /** Lower case: issue, issuewild, iodef, ... */
  readonly tag: string
  readonly value: string
}

export interface DnsResponse {
  rcode: string
  authoritative: boolean
  answers: ResourceRecord[]
  authorities: ResourceRecord[]
  additionals: ResourceRecord[]
}

export interface QueryOptions {
  /** Default true; false for questions to authoritative servers. */
  recursionDesired?: boolean
  /** Per try; default 2000. */
  timeoutMs?: number
  /** Default 3. */
  tries?: number
  /** A question given up on: no further try, the socket closed, the promise rejected (reason 'aborted'). */
  signal?: AbortSignal
}

export interface ExchangeOptions {
  /** Start over TCP instead of UDP. */
  tcp?: boolean
  timeoutMs: number
  tries: number
  signal?: AbortSignal
}

export type DnsErrorReason = 'timeout' | 'network' | 'malformed' | 'aborted'

/** A server that did not answer, could not be reached, or answered garbage; callers tell these apart by reason. */
export class DnsTransportError extends Error {
  override readonly name = 'DnsTransportError'
  readonly server: string
  readonly reason: DnsErrorReason
  constructor(message: string, server: string, reason: DnsErrorReason, options?: ErrorOptions) {
    super(message, options)
    this.server = server
    this.reason = reason
  }
}

const DEFAULT_PORT = 53
// The DNS flag day 2020 figure: a UDP answer that fits never needs IP fragments, which middleboxes drop
// silently; a larger answer comes back truncated and is asked again over TCP, which has no such limit.
export const EDNS_PAYLOAD_SIZE = 1232
// Larger requests risk fragmentation just the same.
const MAX_UDP_REQUEST = 1232
const HEADER_SIZE = 12
const FLAG_QR = 0x8000
const FLAG_TC = 0x0200
const OPCODE_UPDATE = 5

/**
 * Whether `text` is an IPv6 address. Node's own check runs a large regular expression that costs about 10 ms on
 * first use and more on each call after; an IPv6 address always has two colons at least, so an IPv4 address, a
 * host name and an "ip:port" never reach it.
 */
export function isIPv6(text: string): boolean {
  const first = text.indexOf(':')
  return first !== -1 && text.indexOf(':', first + 1) !== -1 && net.isIPv6(text)
}

/** Split "ip", "ip:port", "::1", "[::1]:port" or "host:port" into host and port (53 when not given). */
export function parseServer(server: string): { host: string; port: number } {
  const text = server.trim()
  const invalid = (why: string) => new Error(`Invalid DNS server "${server}": ${why}`)
  if (text === '') throw invalid('it is empty; expected an address such as 192.0.2.53 or [2001:db8::53]:53')
  let host: string
  let portText: string | undefined
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text)
  if (bracketed) {
    host = bracketed[1] ?? ''
    portText = bracketed[2]
    if (isIPv6(host) === false) throw invalid('only an IPv6 address may stand in brackets')
  } else if (isIPv6(text)) {
    host = text
  } else {
    const colon = text.lastIndexOf(':')
    if (colon === -1) {
      host = text
    } else {
      host = text.slice(0, colon)
      portText = text.slice(colon + 1)
    }
    if (host.includes(':')) throw invalid('write an IPv6 address with a port as [address]:port')
  }
  if (host === '') throw invalid('the host is empty')
  let port = DEFAULT_PORT
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      throw invalid(`the port "${portText}" is not a number from 1 to 65535`)
    }
    port = Number(portText)
  }
  return { host, port }
}

function formatServer(host: string, port: number): string {
  return isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`
}

/** Ask one server one question, with EDNS0 (1232 bytes), over UDP first and TCP when the answer is truncated. */
export async function query(
  server: string,
  name: string,
  type: RecordType,
  options: QueryOptions = {},
): Promise<DnsResponse> {
  const qname = normalizeName(name)
  const request = dnsPacket.encode({
    type: 'query',
    id: randomInt(0, 0x10000),
    flags: options.recursionDesired === false ? 0 : dnsPacket.RECURSION_DESIRED,
    questions: [{ type, name: qname, class: 'IN' }],
    additionals: [
      {
        type: 'OPT',
        name: '.',
        udpPayloadSize: EDNS_PAYLOAD_SIZE,
        extendedRcode: 0,
        ednsVersion: 0,
        flags: 0,
        flag_do: false,
        options: [],
      },
    ],
  })
  const reply = await exchange(server, request, {
    timeoutMs: options.timeoutMs ?? 2000,
    tries: options.tries ?? 3,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  })
  let decoded: dnsPacket.DecodedPacket
  let names: RecordNames[][]
  try {
    decoded = dnsPacket.decode(reply)
    names = recordNames(reply)
  } catch (error) {
    throw new DnsTransportError(
      `DNS server ${server} sent an answer to ${qname} ${type} that cannot be decoded: ${(error as Error).message}`,
      server,
      'malformed',
      { cause: error },
    )
  }
  return toResponse(decoded, names)
}

/**
 * Send one DNS message to one server and return the raw reply whose id and question match the request.
 * UDP unless options.tcp or the request is large; a truncated UDP reply is asked again over TCP.
 */
export async function exchange(server: string, packet: Buffer, options: ExchangeOptions): Promise<Buffer> {
  const { host, port } = parseServer(server)
  if (net.isIP(host) === 0) {
    throw new Error(`DNS server "${server}" must be an IP address (optionally with :port), not a host name`)
  }
  const request = describeRequest(packet)
  const target = { host, port, server: formatServer(host, port), what: request.label }
  const tries = Math.max(1, Math.floor(options.tries))
  const timeoutMs = Math.max(1, options.timeoutMs)
  const { signal } = options
  if (signal?.aborted) throw abortedError(target)
  if (options.tcp || packet.length > MAX_UDP_REQUEST) {
    return tcpExchange(target, packet, request, timeoutMs, tries, signal)
  }
  const reply = await udpExchange(target, packet, request, timeoutMs, tries, signal)
  if ((reply.readUInt16BE(2) & FLAG_TC) !== 0)
    return tcpExchange(target, packet, request, timeoutMs, tries, signal)
  return reply
}

interface Target {
  host: string
  port: number
  /** host:port, for messages. */
  server: string
  /** What was asked, for messages: "query example.org TXT" or "UPDATE of zone example.org". */
  what: string
}

interface RequestShape {
  id: number
  opcode: number
  questions: Question[]
  label: string
}

interface Question {
  name: string
  type: number
  klass: number
}

function udpExchange(
  target: Target,
  packet: Buffer,
  request: RequestShape,
  timeoutMs: number,
  tries: number,
  signal: AbortSignal | undefined,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(isIPv6(target.host) ? 'udp6' : 'udp4')
    let timer: NodeJS.Timeout | undefined
    let sent = 0
    let settled = false
    const abort = () => settle(abortedError(target))
    const settle = (error: Error | undefined, reply?: Buffer) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', abort)
      socket.close()
      if (error) reject(error)
      else resolve(reply as Buffer)
    }
    signal?.addEventListener('abort', abort)
    const send = () => {
      sent++
      socket.send(packet, (error) => {
        if (error) settle(networkError(target, error))
      })
      timer = setTimeout(() => {
        if (sent < tries) send()
        else settle(timeoutError(target, 'UDP', tries, timeoutMs))
      }, timeoutMs)
    }
    // A connected socket only hears from the server itself, and the kernel reports its ICMP errors.
    socket.on('message', (reply) => {
      if (replyMatches(request, reply)) settle(undefined, reply)
    })
    socket.on('error', (error) => settle(networkError(target, error)))
    // A connect that fails (ENETUNREACH: an IPv6 server on a runner without IPv6) hands its error to this callback,
    // not to 'error'; sending on the unconnected socket would throw outside any promise.
    socket.connect(target.port, target.host, (error?: Error) => {
      if (error) settle(networkError(target, error))
      else if (!settled) send()
    })
  })
}

function tcpExchange(
  target: Target,
  packet: Buffer,
  request: RequestShape,
  timeoutMs: number,
  tries: number,
  signal: AbortSignal | undefined,
): Promise<Buffer> {
  const framed = Buffer.alloc(packet.length + 2)
  framed.writeUInt16BE(packet.length, 0)
  packet.copy(framed, 2)
  const attempt = (): Promise<Buffer | 'timeout'> =>
    new Promise((resolve, reject) => {
      const socket = net.connect({ host: target.host, port: target.port })
      let buffered = Buffer.alloc(0)
      let settled = false
      const abort = () => settle(abortedError(target))
      const settle = (error: Error | undefined, result?: Buffer | 'timeout') => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        signal?.removeEventListener('abort', abort)
        socket.destroy()
        if (error) reject(error)
        else resolve(result as Buffer | 'timeout')
      }
      const timer = setTimeout(() => settle(undefined, 'timeout'), timeoutMs)
      if (signal?.aborted) abort()
      signal?.addEventListener('abort', abort)
      socket.on('connect', () => socket.write(framed))
      socket.on('data', (chunk) => {
        buffered = Buffer.concat([buffered, chunk])
        while (buffered.length >= 2) {
          const length = buffered.readUInt16BE(0)
          if (buffered.length < length + 2) return
          const reply = buffered.subarray(2, length + 2)
          buffered = buffered.subarray(length + 2)
          if (replyMatches(request, reply)) return settle(undefined, Buffer.from(reply))
        }
      })
      socket.on('error', (error) => settle(networkError(target, error)))
      socket.on('close', () => settle(networkError(target, new Error('connection closed before an answer'))))
    })
  return (async () => {
    for (let n = 1; n <= tries; n++) {
      const result = await attempt()
      if (result !== 'timeout') return result
    }
    throw timeoutError(target, 'TCP', tries, timeoutMs)
  })()
}

function timeoutError(
  target: Target,
  transport: string,
  tries: number,
  timeoutMs: number,
): DnsTransportError {
  return new DnsTransportError(
    `DNS server ${target.server} did not answer ${target.what} over ${transport} (${tries} ${tries === 1 ? 'try' : 'tries'} of ${timeoutMs} ms)`,
    target.server,
    'timeout',
  )
}

function abortedError(target: Target): DnsTransportError {
  return new DnsTransportError(
    `DNS server ${target.server} was no longer asked ${target.what}: given up on`,
    target.server,
    'aborted',
  )
}

function networkError(target: Target, error: Error): DnsTransportError {
  const code = (error as NodeJS.ErrnoException).code
  return new DnsTransportError(
    `DNS server ${target.server} could not be reached for ${target.what}: ${code ?? error.message}`,
    target.server,
    'network',
    { cause: error },
  )
}

function describeRequest(packet: Buffer): RequestShape {
  const parsed = readHeaderAndQuestions(packet)
  if (parsed === undefined)
    throw new Error('The DNS message to send is malformed (header or question section)')
  const first = parsed.questions[0]
  const label =
    first === undefined
      ? 'a message without a question'
      : parsed.opcode === OPCODE_UPDATE
        ? `UPDATE of zone ${first.name}`
        : `query ${first.name} ${typeToString(first.type)}`
  return { ...parsed, label }
}

// Late or forged datagrams must not pass for the answer: same id, a response, same opcode, same question.
function replyMatches(request: RequestShape, reply: Buffer): boolean {
  const parsed = readHeaderAndQuestions(reply)
  if (
    parsed === undefined ||
    parsed.id !== request.id ||
    !parsed.response ||
    parsed.opcode !== request.opcode
  ) {
    return false
  }
  // FORMERR, NOTIMP and the like may come back without the question (RFC 1035 leaves it open).
  if (parsed.questions.length === 0 && parsed.rcode !== 0) return true
  if (parsed.questions.length !== request.questions.length) return false
  return parsed.questions.every((question, index) => {
    const asked = request.questions[index]
    return (
      asked !== undefined &&
      question.name === asked.name &&
      question.type === asked.type &&
      question.klass === asked.klass
    )
  })
}

function readHeaderAndQuestions(
  message: Buffer,
): { id: number; response: boolean; opcode: number; rcode: number; questions: Question[] } | undefined {
  if (message.length < HEADER_SIZE) return undefined
  const flags = message.readUInt16BE(2)
  const count = message.readUInt16BE(4)
  const questions: Question[] = []
  let offset = HEADER_SIZE
  try {
    for (let n = 0; n < count; n++) {
      const { name, end } = readName(message, offset)
      if (end + 4 > message.length) return undefined
      questions.push({ name, type: message.readUInt16BE(end), klass: message.readUInt16BE(end + 2) })
      offset = end + 4
    }
  } catch {
    return undefined
  }
  return {
    id: message.readUInt16BE(0),
    response: (flags & FLAG_QR) !== 0,
    opcode: (flags >> 11) & 0xf,
    rcode: flags & 0xf,
    questions,
  }
}

/**
 * Read a possibly compressed name; returns it lower case without trailing dot, in presentation form (a label's
 * dot or backslash escaped with a backslash, any other byte but printable ASCII as \DDD), and the offset after it.
 */
export function readName(message: Buffer, start: number): { name: string; end: number } {
  const labels: string[] = []
  let offset = start
  let end: number | undefined
  // Each pointer must go backwards, so a loop cannot be followed forever.
  let limit = start
  for (;;) {
    const length = message[offset]
    if (length === undefined) throw new Error('name runs past the end of the message')
    if ((length & 0xc0) === 0xc0) {
      const next = message[offset + 1]
      if (next === undefined) throw new Error('name pointer runs past the end of the message')
      const target = ((length & 0x3f) << 8) | next
      if (target >= limit) throw new Error('name pointer does not point backwards')
      end ??= offset + 2
      limit = target
      offset = target
      continue
    }
    if ((length & 0xc0) !== 0) throw new Error('unknown label type')
    if (length === 0) {
      end ??= offset + 1
      break
    }
    if (offset + 1 + length > message.length) throw new Error('label runs past the end of the message')
    labels.push(presentLabel(message.subarray(offset + 1, offset + 1 + length)))
    offset += 1 + length
  }
  return { name: labels.join('.'), end }
}

/** One label as RFC 1035 (section 5.1) writes it: a label may hold any byte, a host name's hold none of these. */
function presentLabel(bytes: Uint8Array): string {
  let label = ''
  for (const byte of bytes) {
    if (byte === 0x2e || byte === 0x5c) label += `\\${String.fromCharCode(byte)}`
    else if (byte > 0x20 && byte < 0x7f) label += String.fromCharCode(byte).toLowerCase()
    else label += `\\${String(byte).padStart(3, '0')}`
  }
  return label
}

/** Record types whose data is one name (NS, CNAME, PTR, DNAME), and SOA, whose data starts with two. */
const NAME_DATA = new Set([2, 5, 12, 39])
const SOA = 6

interface RecordNames {
  readonly owner: string
  readonly data: readonly string[]
}

/**
 * The names of every record of the answer, authority and additional sections, read from the message itself:
 * dns-packet joins a name's labels with dots, so a label holding a dot would read as two labels, and it reads
 * bytes as UTF-8. Each section's records come in the order dns-packet decodes them.
 */
function recordNames(message: Buffer): RecordNames[][] {
  const counts = [4, 6, 8, 10].map((at) => message.readUInt16BE(at))
  let offset = HEADER_SIZE
  for (let i = 0; i < (counts[0] as number); i++) offset = readName(message, offset).end + 4
  return counts.slice(1).map((count) => {
    const records: RecordNames[] = []
    for (let i = 0; i < count; i++) {
      const owner = readName(message, offset)
      const type = message.readUInt16BE(owner.end)
      const start = owner.end + 10
      const data: string[] = []
      if (NAME_DATA.has(type)) data.push(readName(message, start).name)
      else if (type === SOA) {
        const mname = readName(message, start)
        data.push(mname.name, readName(message, mname.end).name)
      }
      records.push({ owner: owner.name, data })
      offset = start + message.readUInt16BE(owner.end + 8)
    }
    return records
  })
}

const RCODES = [
  'NOERROR',
  'FORMERR',
  'SERVFAIL',
  'NXDOMAIN',
  'NOTIMP',
  'REFUSED',
  'YXDOMAIN',
  'YXRRSET',
  'NXRRSET',
  'NOTAUTH',
  'NOTZONE',
]
const EXTENDED_RCODES: Record<number, string> = { 16: 'BADVERS', 23: 'BADCOOKIE' }

/** The mnemonic of an rcode (RFC 6895), e.g. 5 -> REFUSED. */
export function rcodeName(rcode: number): string {
  return RCODES[rcode] ?? EXTENDED_RCODES[rcode] ?? `RCODE${rcode}`
}

function toResponse(packet: dnsPacket.DecodedPacket, names: RecordNames[][]): DnsResponse {
  const opt = packet.additionals?.find((record): record is dnsPacket.OptAnswer => record.type === 'OPT')
  // The upper eight bits of an EDNS rcode live in the OPT record.
  const headerRcode = (packet.flags ?? 0) & 0xf
  const rcodeValue = ((opt?.extendedRcode ?? 0) << 4) | headerRcode
  return {
    rcode: rcodeName(rcodeValue),
    authoritative: packet.flag_aa,
    answers: toRecords(packet.answers, names[0]),
    authorities: toRecords(packet.authorities, names[1]),
    additionals: toRecords(packet.additionals, names[2]),
  }
}

function toRecords(records: dnsPacket.Answer[] | undefined, names: RecordNames[] = []): ResourceRecord[] {
  return (records ?? []).flatMap((record, i) => {
    const read = names[i]
    if (record.type === 'OPT' || read === undefined) return []
    return [toRecord(record, read)]
  })
}

function toRecord(record: dnsPacket.Answer, names: RecordNames): ResourceRecord {
  const base = {
    name: names.owner,
    type: record.type,
    ttl: 'ttl' in record ? (record.ttl ?? 0) : 0,
  }
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return { ...base, data: record.data }
    case 'CNAME':
    case 'DNAME':
    case 'NS':
    case 'PTR':
      return { ...base, data: names.data[0] ?? '' }
    case 'TXT': {
      const chunks = Array.isArray(record.data) ? record.data : [record.data]
      return { ...base, data: chunks.map((chunk) => chunk.toString()).join('') }
    }
    case 'SOA':
      return {
        ...base,
        data: {
          mname: names.data[0] ?? '',
          rname: names.data[1] ?? '',
          serial: record.data.serial ?? 0,
          refresh: record.data.refresh ?? 0,
          retry: record.data.retry ?? 0,
          expire: record.data.expire ?? 0,
          minimum: record.data.minimum ?? 0,
        },
      }
    case 'CAA':
      return {
        ...base,
        data: {
          critical: Boolean(record.data.issuerCritical) || ((record.data.flags ?? 0) & 0x80) !== 0,
          tag: String(record.data.tag).toLowerCase(),
          value: String(record.data.value),
        },
      }
    default:
      // Types we never ask for (RRSIG next to a signed answer, ...): keep them visible, undecoded.
      return {
        ...base,
        data: 'data' in record && Buffer.isBuffer(record.data) ? record.data.toString('hex') : '',
      }
  }
}

function normalizeName(name: string): string {
  const lower = name.toLowerCase()
  return lower === '.' ? '' : lower.replace(/\.$/, '')
}

function typeToString(type: number): string {
  const names: Record<number, string> = { 1: 'A', 2: 'NS', 5: 'CNAME', 6: 'SOA', 16: 'TXT', 28: 'AAAA' }
  return names[type] ?? `TYPE${type}`
}
