// TXT record data in zone-file presentation form ("a" "b\"c" "\195\188"), as PowerDNS and deSEC APIs carry it,
// and the read-merge-write of TXT value lists that providers replacing whole sets share.

const MAX_STRING_BYTES = 255

/**
 * How a presentation form writes a byte as three digits: RFC 1035's \DDD is decimal (BIND, PowerDNS, Cloud
 * DNS); Route 53 documents \ooo, three octal digits, for names and TXT values alike.
 */
type EscapeRadix = 10 | 8

/**
 * The value of one TXT record: its character-strings concatenated, as ACME validators read it.
 * Accepts quoted and unquoted strings with \X and \DDD escapes.
 */
export function parseTxtContent(content: string): string {
  return parseEscaped(content, 10)
}

function parseEscaped(content: string, radix: EscapeRadix): string {
  const bytes: number[] = []
  const input = Buffer.from(content, 'utf8')
  const numeric = radix === 8 ? /^[0-7]{3}$/ : /^\d{3}$/
  let i = 0
  const readEscape = (): void => {
    // input[i] is the byte after the backslash
    const digits = input.subarray(i, i + 3).toString('latin1')
    if (numeric.test(digits)) {
      bytes.push(Number.parseInt(digits, radix) & 0xff)
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
  return formatEscaped(value, 10)
}

function formatEscaped(value: string, radix: EscapeRadix): string {
  const bytes = Buffer.from(value, 'utf8')
  const strings: string[] = []
  for (let start = 0; start < bytes.length || strings.length === 0; start += MAX_STRING_BYTES) {
    let text = ''
    for (const byte of bytes.subarray(start, start + MAX_STRING_BYTES)) {
      if (byte === 0x22 || byte === 0x5c) text += `\\${String.fromCharCode(byte)}`
      else if (byte < 0x20 || byte > 0x7e) text += `\\${byte.toString(radix).padStart(3, '0')}`
      else text += String.fromCharCode(byte)
    }
    strings.push(`"${text}"`)
  }
  return strings.join(' ')
}

/** Data that may or may not be quoted: records this action (and lego) writes are; one made by hand may not be. */
export function parseMaybeQuoted(data: string): string {
  return data.startsWith('"') ? parseTxtContent(data) : data
}

// Read-merge-write of a TXT set held as a list of items in an API's own form (strings, objects).

/** How a provider's TXT items read as values, and how a new value is written as an item. */
export interface TxtCodec<T> {
  read(item: T): string
  format(value: string): T
}

/** Items in zone-file presentation form ("a" "b"), as most RRset APIs carry them. */
export const presentationTxt: TxtCodec<string> = { read: parseTxtContent, format: formatTxtContent }

/** The same with octal escapes (\ooo), as Route 53 documents and returns them. */
export const octalPresentationTxt: TxtCodec<string> = {
  read: (content) => parseEscaped(content, 8),
  format: (value) => formatEscaped(value, 8),
}

/** The values not yet in current, each once, in the order given. */
export function missingTxt<T>(
  current: readonly T[],
  values: readonly string[],
  read: (item: T) => string,
): string[] {
  const present = new Set(current.map(read))
  return [...new Set(values)].filter((value) => !present.has(value))
}

/** The items with values added: current untouched, then each missing value; undefined when none is missing. */
export function mergeTxt<T>(
  current: readonly T[],
  values: readonly string[],
  codec: TxtCodec<T>,
): T[] | undefined {
  const added = missingTxt(current, values, codec.read)
  return added.length === 0 ? undefined : [...current, ...added.map(codec.format)]
}

/** The items to keep when removing values; undefined when none of them is there. */
export function withoutTxt<T>(
  current: readonly T[],
  values: readonly string[],
  read: (item: T) => string,
): T[] | undefined {
  const ours = new Set(values)
  const kept = current.filter((item) => !ours.has(read(item)))
  return kept.length === current.length ? undefined : kept
}

/** The items holding one of values: the records to delete where each value is a record of its own. */
export function ourTxt<T>(current: readonly T[], values: readonly string[], read: (item: T) => string): T[] {
  const ours = new Set(values)
  return current.filter((item) => ours.has(read(item)))
}

// Per-record APIs, where each TXT value is a record of its own.

/** Create a record for each value not yet among the records at the owner, all at once. */
export async function createMissing<T>(
  current: readonly T[],
  values: readonly string[],
  read: (item: T) => string,
  create: (value: string) => Promise<unknown>,
): Promise<void> {
  await Promise.all(missingTxt(current, values, read).map(create))
}

/** Delete the records at the owner that hold one of values, all at once; the others stay. */
export async function deleteOurs<T>(
  current: readonly T[],
  values: readonly string[],
  read: (item: T) => string,
  remove: (item: T) => Promise<unknown>,
): Promise<void> {
  await Promise.all(ourTxt(current, values, read).map(remove))
}
