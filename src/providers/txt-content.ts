// TXT record data in zone-file presentation form ("a" "b\"c" "\195\188"), as PowerDNS and deSEC APIs carry it.

const MAX_STRING_BYTES = 255

/**
 * The value of one TXT record: its character-strings concatenated, as ACME validators read it.
 * Accepts quoted and unquoted strings with \X and \DDD escapes.
 */
export function parseTxtContent(content: string): string {
  const bytes: number[] = []
  const input = Buffer.from(content, 'utf8')
  let i = 0
  const readEscape = (): void => {
    // input[i] is the byte after the backslash
    const digits = input.subarray(i, i + 3).toString('latin1')
    if (/^\d{3}$/.test(digits)) {
      bytes.push(Number(digits) & 0xff)
      i += 3
    } else if (i < input.length) {
      bytes.push(input[i] as number)
      i += 1
    }
  }
  while (i < input.length) {
    const byte = input[i] as number
    if (byte === 0x20 || byte === 0x09) {
      i += 1
    } else if (byte === 0x22) {
      i += 1
      while (i < input.length && input[i] !== 0x22) {
        if (input[i] === 0x5c) {
          i += 1
          readEscape()
        } else {
          bytes.push(input[i] as number)
          i += 1
        }
      }
      i += 1 // the closing quote
    } else {
      while (i < input.length && input[i] !== 0x20 && input[i] !== 0x09) {
        if (input[i] === 0x5c) {
          i += 1
          readEscape()
        } else {
          bytes.push(input[i] as number)
          i += 1
        }
      }
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/** One TXT record's data in the canonical form PowerDNS expects back: quoted 255-byte strings, escaped. */
export function formatTxtContent(value: string): string {
  const bytes = Buffer.from(value, 'utf8')
  const strings: string[] = []
  for (let start = 0; start < bytes.length || strings.length === 0; start += MAX_STRING_BYTES) {
    let text = ''
    for (const byte of bytes.subarray(start, start + MAX_STRING_BYTES)) {
      if (byte === 0x22 || byte === 0x5c) text += `\\${String.fromCharCode(byte)}`
      else if (byte < 0x20 || byte > 0x7e) text += `\\${String(byte).padStart(3, '0')}`
      else text += String.fromCharCode(byte)
    }
    strings.push(`"${text}"`)
  }
  return strings.join(' ')
}
