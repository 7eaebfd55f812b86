// Builds RFC 2136 UPDATE messages by hand: dns-packet cannot encode class NONE, which deleting one RR needs.
import { randomInt } from 'node:crypto'
import { encodeCanonicalName } from '../../dns/tsig.js'

const OPCODE_UPDATE = 5
const TYPE_SOA = 6
const TYPE_TXT = 16
const CLASS_IN = 1
// RFC 2136 §2.5.4: class NONE with TTL 0 deletes the one RR that matches the RDATA.
const CLASS_NONE = 254
const MAX_CHARACTER_STRING = 255

export interface TxtUpdate {
  zone: string
  owner: string
  values: readonly string[]
  /** add: class IN with this TTL; delete: class NONE, TTL 0. */
  action: { add: number } | 'delete'
  /** Fixed for tests; random otherwise. */
  id?: number
}

/** One UPDATE message: zone section = the zone's SOA, update section = one TXT RR per value. */
export function buildTxtUpdate(update: TxtUpdate): Buffer {
  const values = [...new Set(update.values)]
  const header = Buffer.alloc(12)
  header.writeUInt16BE(update.id ?? randomInt(0, 0x10000), 0)
  header.writeUInt16BE(OPCODE_UPDATE << 11, 2)
  header.writeUInt16BE(1, 4) // ZOCOUNT
  header.writeUInt16BE(0, 6) // PRCOUNT
  header.writeUInt16BE(values.length, 8) // UPCOUNT
  header.writeUInt16BE(0, 10) // ADCOUNT, until TSIG is appended
  const zoneSection = Buffer.concat([encodeCanonicalName(update.zone), u16(TYPE_SOA), u16(CLASS_IN)])
  const owner = encodeCanonicalName(update.owner)
  const records = values.map((value) => {
    const rdata = txtRdata(value)
    const fixed = Buffer.alloc(10)
    fixed.writeUInt16BE(TYPE_TXT, 0)
    if (update.action === 'delete') {
      fixed.writeUInt16BE(CLASS_NONE, 2)
      fixed.writeUInt32BE(0, 4)
    } else {
      fixed.writeUInt16BE(CLASS_IN, 2)
      fixed.writeUInt32BE(update.action.add, 4)
    }
    fixed.writeUInt16BE(rdata.length, 8)
    return Buffer.concat([owner, fixed, rdata])
  })
  return Buffer.concat([header, zoneSection, ...records])
}

// A value longer than one character-string is split, as resolvers join the strings back for the CA.
function txtRdata(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8')
  const parts: Buffer[] = []
  for (let start = 0; start < bytes.length || start === 0; start += MAX_CHARACTER_STRING) {
    const chunk = bytes.subarray(start, start + MAX_CHARACTER_STRING)
    parts.push(Buffer.from([chunk.length]), chunk)
  }
  return Buffer.concat(parts)
}

function u16(value: number): Buffer {
  const buffer = Buffer.alloc(2)
  buffer.writeUInt16BE(value, 0)
  return buffer
}
