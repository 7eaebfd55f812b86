// TSIG built byte by byte from RFC 8945, without src/dns/tsig.ts, so tests check that module against the RFC.
import { createHmac } from 'node:crypto'

/** Wire form of a name (lower case as given, uncompressed). */
export function wireName(name: string): Buffer {
  const labels = name.split('.').filter(Boolean)
  return Buffer.concat([
    ...labels.map((label) => Buffer.from([label.length, ...Buffer.from(label)])),
    Buffer.from([0]),
  ])
}

export function u16(value: number): Buffer {
  return Buffer.from([value >> 8, value & 0xff])
}

export function u48(value: number): Buffer {
  const buffer = Buffer.alloc(6)
  buffer.writeUIntBE(value, 0, 6)
  return buffer
}

export interface TsigFields {
  keyName: string
  algorithm: string
  time: number
  fudge: number
  error?: number
  other?: Buffer
}

/** RFC 8945 §4.3.3 digest input: [request MAC] + message + key name, class ANY, TTL 0, algorithm, time, fudge, error, other. */
export function handMac(
  digest: string,
  secret: Buffer,
  message: Buffer,
  fields: TsigFields,
  requestMac?: Buffer,
): Buffer {
  const other = fields.other ?? Buffer.alloc(0)
  const input = Buffer.concat([
    requestMac ? Buffer.concat([u16(requestMac.length), requestMac]) : Buffer.alloc(0),
    message,
    wireName(fields.keyName),
    Buffer.from('00ff00000000', 'hex'),
    wireName(fields.algorithm),
    u48(fields.time),
    u16(fields.fudge),
    u16(fields.error ?? 0),
    u16(other.length),
    other,
  ])
  return createHmac(digest, secret).update(input).digest()
}

/** A TSIG record, as a server appends it. */
export function handTsigRecord(fields: TsigFields & { mac: Buffer; originalId: number }): Buffer {
  const other = fields.other ?? Buffer.alloc(0)
  const rdata = Buffer.concat([
    wireName(fields.algorithm),
    u48(fields.time),
    u16(fields.fudge),
    u16(fields.mac.length),
    fields.mac,
    u16(fields.originalId),
    u16(fields.error ?? 0),
    u16(other.length),
    other,
  ])
  return Buffer.concat([
    wireName(fields.keyName),
    u16(250),
    u16(255),
    Buffer.alloc(4),
    u16(rdata.length),
    rdata,
  ])
}

/** The message with one more additional record at its end. */
export function withRecord(message: Buffer, record: Buffer): Buffer {
  const out = Buffer.concat([message, record])
  out.writeUInt16BE(message.readUInt16BE(10) + 1, 10)
  return out
}
