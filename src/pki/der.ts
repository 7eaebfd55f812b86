// A minimal DER writer: just the types a PKCS#12 file and a certificate request are made of. Writing (never
// parsing) keeps it small; the tests read every file it makes back with OpenSSL.

type Der = Buffer

function length(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n])
  const bytes: number[] = []
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

export function tlv(tag: number, content: Uint8Array): Der {
  return Buffer.concat([Buffer.from([tag]), length(content.length), content])
}

export function sequence(...items: Der[]): Der {
  return tlv(0x30, Buffer.concat(items))
}

/** SET OF: DER orders the elements by their encodings. */
export function set(...items: Der[]): Der {
  return tlv(0x31, Buffer.concat([...items].sort(Buffer.compare)))
}

export function integer(value: number): Der {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`DER integer out of range: ${value}`)
  const bytes: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  // a leading 0 keeps a positive number positive when its high bit is set, and encodes 0 itself
  if (bytes.length === 0 || (bytes[0] as number) & 0x80) bytes.unshift(0)
  return tlv(0x02, Buffer.from(bytes))
}

export function octetString(content: Uint8Array): Der {
  return tlv(0x04, content)
}

export function nullValue(): Der {
  return Buffer.from([0x05, 0x00])
}

export function oid(dotted: string): Der {
  const arcs = dotted.split('.').map(Number)
  const [first, second, ...rest] = arcs
  if (first === undefined || second === undefined || arcs.some((a) => !Number.isSafeInteger(a) || a < 0))
    throw new RangeError(`not an object identifier: ${dotted}`)
  const bytes: number[] = []
  for (const arc of [first * 40 + second, ...rest]) {
    const group = [arc % 128]
    for (let high = Math.floor(arc / 128); high > 0; high = Math.floor(high / 128))
      group.unshift(0x80 | (high % 128))
    bytes.push(...group)
  }
  return tlv(0x06, Buffer.from(bytes))
}

/** BMPString: UTF-16 big-endian (characters beyond the BMP as surrogate pairs, as OpenSSL writes them). */
export function bmpString(text: string): Der {
  return tlv(0x1e, Buffer.from(text, 'utf16le').swap16())
}

/** `[n] EXPLICIT`: the element wrapped whole. */
export function explicit(tagNumber: number, inner: Der): Der {
  return tlv(0xa0 | tagNumber, inner)
}

/** `[n] IMPLICIT OCTET STRING`: the octets under a context tag instead of the universal one. */
export function implicitOctets(tagNumber: number, content: Uint8Array): Der {
  return tlv(0x80 | tagNumber, content)
}
