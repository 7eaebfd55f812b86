// TSIG (RFC 8945): sign a DNS message and verify the signed answer. Written by hand: dns-packet has no TSIG support.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { readName } from './wire.js'

export const TSIG_ALGORITHMS = [
  'hmac-sha256',
  'hmac-sha384',
  'hmac-sha512',
  'hmac-sha224',
  'hmac-sha1',
  'hmac-md5.sig-alg.reg.int',
] as const
export type TsigAlgorithm = (typeof TSIG_ALGORITHMS)[number]

const DIGESTS: Record<TsigAlgorithm, string> = {
  'hmac-sha256': 'sha256',
  'hmac-sha384': 'sha384',
  'hmac-sha512': 'sha512',
  'hmac-sha224': 'sha224',
  'hmac-sha1': 'sha1',
  'hmac-md5.sig-alg.reg.int': 'md5',
}

export interface TsigKey {
  /** Key name as the server knows it, lower case, no trailing dot. */
  name: string
  algorithm: TsigAlgorithm
  secret: Buffer
}

export interface SignOptions {
  /** Seconds since the epoch; default now. */
  now?: number
  /** Seconds of clock difference the server may accept; default 300 as RFC 8945 recommends. */
  fudge?: number
}

export interface SignedMessage {
  message: Buffer
  /** The request MAC, needed to verify the answer. */
  mac: Buffer
}

/** The TSIG fields of a message, as sent. */
export interface TsigRecord {
  keyName: string
  algorithm: string
  timeSigned: number
  fudge: number
  mac: Buffer
  originalId: number
  error: number
  otherData: Buffer
}

/** An answer whose TSIG is missing, wrong, or reports an error; code is the RFC 8945 mnemonic when there is one. */
export class TsigError extends Error {
  override readonly name = 'TsigError'
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}

const TYPE_TSIG = 250
const CLASS_ANY = 255
const HEADER_SIZE = 12
const DEFAULT_FUDGE = 300
const TSIG_ERRORS: Record<number, string> = { 16: 'BADSIG', 17: 'BADKEY', 18: 'BADTIME', 22: 'BADTRUNC' }

/** The RFC 8945 name of a TSIG error code, e.g. 16 -> BADSIG. */
export function tsigErrorName(code: number): string {
  return TSIG_ERRORS[code] ?? `TSIG error ${code}`
}

/** Accept "hmac-sha256", "HMAC-SHA256.", "hmac-md5" and the like; throw for anything else. */
export function parseTsigAlgorithm(text: string): TsigAlgorithm {
  let name = text.trim().toLowerCase().replace(/\.$/, '')
  if (name === 'hmac-md5') name = 'hmac-md5.sig-alg.reg.int'
  const found = TSIG_ALGORITHMS.find((algorithm) => algorithm === name)
  if (found === undefined) {
    throw new Error(`Unknown TSIG algorithm "${text}"; expected one of ${TSIG_ALGORITHMS.join(', ')}`)
  }
  return found
}

/** Decode a base64 TSIG secret strictly, so that a mangled secret fails here instead of as BADSIG later. */
export function decodeTsigSecret(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '')
  // The message never repeats the input: it is a secret.
  if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new Error('The TSIG secret is not valid base64 (as tsig-keygen prints it)')
  }
  return Buffer.from(compact, 'base64')
}

/** Append a TSIG record to a complete DNS message (RFC 8945 §5.1): one more additional record, MAC over the rest. */
export function signMessage(message: Buffer, key: TsigKey, options: SignOptions = {}): SignedMessage {
  if (message.length < HEADER_SIZE) throw new Error('Cannot sign a DNS message shorter than its header')
  const variables = {
    keyName: normalizeName(key.name),
    algorithm: key.algorithm,
    timeSigned: options.now ?? Math.floor(Date.now() / 1000),
    fudge: options.fudge ?? DEFAULT_FUDGE,
    error: 0,
    otherData: Buffer.alloc(0),
  }
  const mac = hmac(key, [message, encodeVariables(variables)])
  const record = encodeTsigRecord({ ...variables, mac, originalId: message.readUInt16BE(0) })
  const signed = Buffer.concat([message, record])
  signed.writeUInt16BE(message.readUInt16BE(10) + 1, 10)
  return { message: signed, mac }
}

/**
 * Check the TSIG of an answer to a request signed with key (RFC 8945 §5.3): the request MAC is prepended to the
 * digest input. Throws TsigError when the TSIG is missing, names another key, carries an error, fails the MAC or
 * is outside the fudge window.
 */
export function verifyResponse(
  response: Buffer,
  key: TsigKey,
  requestMac: Buffer,
  options: { now?: number } = {},
) {
  const split = splitTsig(response)
  if (split === undefined) {
    throw new TsigError('UNSIGNED', 'the answer carries no TSIG record although the request was signed')
  }
  const { unsigned, tsig } = split
  const keyName = normalizeName(key.name)
  if (tsig.error !== 0) {
    const code = tsigErrorName(tsig.error)
    throw new TsigError(code, `the server answered TSIG ${code}: ${explainTsigError(tsig.error, key, tsig)}`)
  }
  if (tsig.keyName !== keyName || tsig.algorithm !== key.algorithm) {
    throw new TsigError(
      'KEYMISMATCH',
      `the answer is signed with key ${tsig.keyName} (${tsig.algorithm}), not ${keyName} (${key.algorithm})`,
    )
  }
  const expected = hmac(key, [lengthPrefixed(requestMac), unsigned, encodeVariables(tsig)])
  // Truncated MACs (RFC 8945 §5.2.2.1) are a per-key server option we never ask for, so only a full MAC is valid.
  if (tsig.mac.length !== expected.length || !timingSafeEqual(tsig.mac, expected)) {
    throw new TsigError(
      'BADSIG',
      'the MAC of the answer does not verify: it was altered or signed with another secret',
    )
  }
  const now = options.now ?? Math.floor(Date.now() / 1000)
  if (Math.abs(now - tsig.timeSigned) > tsig.fudge) {
    throw new TsigError(
      'BADTIME',
      `the answer was signed at ${isoTime(tsig.timeSigned)}, more than ${tsig.fudge} s from this machine's clock (${isoTime(now)})`,
    )
  }
}

/**
 * Take the TSIG record off the end of a message: the message as it was before signing (ARCOUNT one less, the
 * original id back) and the record's fields. undefined when the last additional record is not a TSIG.
 */
export function splitTsig(message: Buffer): { unsigned: Buffer; tsig: TsigRecord } | undefined {
  if (message.length < HEADER_SIZE) return undefined
  const additionals = message.readUInt16BE(10)
  if (additionals === 0) return undefined
  const records = message.readUInt16BE(6) + message.readUInt16BE(8) + additionals
  let offset = HEADER_SIZE
  for (let n = message.readUInt16BE(4); n > 0; n--) offset = readName(message, offset).end + 4
  let lastStart = offset
  for (let n = 0; n < records; n++) {
    lastStart = offset
    const rdataStart = readName(message, offset).end + 10
    if (rdataStart > message.length) throw new TsigError('FORMERR', 'the answer is cut off inside a record')
    offset = rdataStart + message.readUInt16BE(rdataStart - 2)
  }
  const owner = readName(message, lastStart)
  if (message.readUInt16BE(owner.end) !== TYPE_TSIG) return undefined
  const rdlength = message.readUInt16BE(owner.end + 8)
  const rdata = owner.end + 10
  if (rdata + rdlength > message.length) throw new TsigError('FORMERR', 'the TSIG record is cut off')
  const algorithm = readName(message, rdata)
  let cursor = algorithm.end
  const timeSigned = message.readUIntBE(cursor, 6)
  const fudge = message.readUInt16BE(cursor + 6)
  const macSize = message.readUInt16BE(cursor + 8)
  cursor += 10
  const mac = Buffer.from(message.subarray(cursor, cursor + macSize))
  cursor += macSize
  const originalId = message.readUInt16BE(cursor)
  const error = message.readUInt16BE(cursor + 2)
  const otherLength = message.readUInt16BE(cursor + 4)
  const otherData = Buffer.from(message.subarray(cursor + 6, cursor + 6 + otherLength))
  if (cursor + 6 + otherLength !== rdata + rdlength)
    throw new TsigError('FORMERR', 'the TSIG record is malformed')
  const unsigned = Buffer.from(message.subarray(0, lastStart))
  unsigned.writeUInt16BE(originalId, 0)
  unsigned.writeUInt16BE(additionals - 1, 10)
  return {
    unsigned,
    tsig: {
      keyName: owner.name,
      algorithm: algorithm.name,
      timeSigned,
      fudge,
      mac,
      originalId,
      error,
      otherData,
    },
  }
}

/** A name in canonical wire form (RFC 4034 §6.2): lower case, uncompressed; TSIG MACs are computed over this. */
export function encodeCanonicalName(name: string): Buffer {
  const normalized = normalizeName(name)
  const labels = normalized === '' ? [] : normalized.split('.')
  const parts: Buffer[] = []
  for (const label of labels) {
    const bytes = Buffer.from(label, 'latin1')
    if (bytes.length === 0 || bytes.length > 63)
      throw new Error(`Invalid DNS name "${name}": bad label length`)
    parts.push(Buffer.from([bytes.length]), bytes)
  }
  parts.push(Buffer.from([0]))
  const wire = Buffer.concat(parts)
  if (wire.length > 255) throw new Error(`Invalid DNS name "${name}": longer than 255 bytes`)
  return wire
}

interface TsigVariables {
  keyName: string
  algorithm: string
  timeSigned: number
  fudge: number
  error: number
  otherData: Buffer
}

// RFC 8945 §4.3.3: the TSIG record minus type, RDLENGTH, MAC size, MAC and original id.
function encodeVariables(variables: TsigVariables): Buffer {
  const classAndTtl = Buffer.alloc(6)
  classAndTtl.writeUInt16BE(CLASS_ANY, 0)
  const fields = Buffer.alloc(12)
  fields.writeUIntBE(variables.timeSigned, 0, 6)
  fields.writeUInt16BE(variables.fudge, 6)
  fields.writeUInt16BE(variables.error, 8)
  fields.writeUInt16BE(variables.otherData.length, 10)
  return Buffer.concat([
    encodeCanonicalName(variables.keyName),
    classAndTtl,
    encodeCanonicalName(variables.algorithm),
    fields,
    variables.otherData,
  ])
}

function encodeTsigRecord(record: TsigVariables & { mac: Buffer; originalId: number }): Buffer {
  const algorithm = encodeCanonicalName(record.algorithm)
  const timeFudgeMacSize = Buffer.alloc(10)
  timeFudgeMacSize.writeUIntBE(record.timeSigned, 0, 6)
  timeFudgeMacSize.writeUInt16BE(record.fudge, 6)
  timeFudgeMacSize.writeUInt16BE(record.mac.length, 8)
  const idErrorOther = Buffer.alloc(6)
  idErrorOther.writeUInt16BE(record.originalId, 0)
  idErrorOther.writeUInt16BE(record.error, 2)
  idErrorOther.writeUInt16BE(record.otherData.length, 4)
  const rdata = Buffer.concat([algorithm, timeFudgeMacSize, record.mac, idErrorOther, record.otherData])
  const fixed = Buffer.alloc(10)
  fixed.writeUInt16BE(TYPE_TSIG, 0)
  fixed.writeUInt16BE(CLASS_ANY, 2)
  fixed.writeUInt32BE(0, 4)
  fixed.writeUInt16BE(rdata.length, 8)
  return Buffer.concat([encodeCanonicalName(record.keyName), fixed, rdata])
}

function hmac(key: TsigKey, parts: Buffer[]): Buffer {
  const mac = createHmac(DIGESTS[key.algorithm], key.secret)
  for (const part of parts) mac.update(part)
  return mac.digest()
}

function lengthPrefixed(data: Buffer): Buffer {
  const length = Buffer.alloc(2)
  length.writeUInt16BE(data.length, 0)
  return Buffer.concat([length, data])
}

function explainTsigError(error: number, key: TsigKey, tsig: TsigRecord): string {
  switch (error) {
    case 16:
      return 'the signature does not verify with the key the server has; the secret or the algorithm differs'
    case 17:
      return `the server does not know a key named ${normalizeName(key.name)} with algorithm ${key.algorithm}`
    case 18: {
      const serverTime =
        tsig.otherData.length === 6 ? ` (server time ${isoTime(tsig.otherData.readUIntBE(0, 6))})` : ''
      return `the clocks of this machine and the server differ by more than the fudge${serverTime}`
    }
    default:
      return 'the server rejected the signature'
  }
}

function isoTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString()
}

function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '')
}
