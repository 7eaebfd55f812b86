// Text from outside (a DNS answer, a CA's problem, an API's error body) shown without letting it act: one rule
// for every line a Host prints, one for a foreign value named in a message, one for the job summary's Markdown.
// The GitHub runner reads a line (split at CR or LF) as a command when it starts with `::` after white space,
// or holds the older `##[` anywhere; a terminal or another CI's log obeys escape sequences.

/**
 * Characters that change how text is shown rather than what it says: C0 and C1 controls, DEL, the Unicode line
 * and paragraph separators, and the bidirectional marks and overrides that can show a name other than it is.
 */
function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  )
}

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function escapeControl(char: string): string {
  const code = char.charCodeAt(0)
  return NAMED[char] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`)
}

const hex = (code: number, width: number) => code.toString(16).padStart(width, '0')

/** Every control character written as an escape (`\n`, `\x1b`, `\u202e`), except the ones `keep` allows. */
function escapeControls(text: string, keep: (char: string) => boolean = () => false): string {
  let out = ''
  for (const char of text) out += isControl(char.charCodeAt(0)) && !keep(char) ? escapeControl(char) : char
  return out
}

/**
 * The rule for every line a Host prints (info as much as a warning or an error): control characters shown
 * escaped, so that only a message's own line breaks end a line, and no line the runner could read as a
 * workflow command: a leading `::` and every `##[` get their first character escaped, and read as before.
 */
export function printable(message: string): string {
  return escapeControls(message, (char) => char === '\n')
    .split('\n')
    .map((line) => line.replace(/^(\s*):/, '$1\\x3a').replaceAll('##[', '\\x23#['))
    .join('\n')
}

/**
 * JSON on one line by the same rule, and parsing back to the same value: every control character a \u escape
 * (JSON.stringify leaves DEL, C1 and the separators raw), and `##[` written `\u0023#[`.
 */
export function printableJson(value: unknown): string {
  let out = ''
  for (const char of JSON.stringify(value)) {
    const code = char.charCodeAt(0)
    out += isControl(code) ? `\\u${hex(code, 4)}` : char
  }
  return out.replaceAll('##[', '\\u0023#[')
}

/**
 * A foreign value named in a message: in double quotes, on one line, every control character and quote escaped.
 * A backslash stays single, so a DNS name in presentation form reads as dig writes it (`x\010y.example`).
 */
export function quote(value: string): string {
  return `"${escapeControls(value.replace(/"/g, '\\"'))}"`
}

/**
 * Foreign text in the job summary's Markdown, as the text it is: no HTML, no link, image, emphasis or table cell
 * of its own, no heading, list or quote at a line's start, and on one line.
 */
export function markdownText(text: string): string {
  return escapeControls(text.replace(/\r?\n/g, ' '))
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/^(\s*)(-|=)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
}

/**
 * A Markdown link to a web address from outside, or its text when it is none: `(`, `)`, `<`, `>`, white space
 * and control characters percent-encoded, so the address cannot end the link early and add one of its own.
 */
export function markdownLink(label: string, address: string): string {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return markdownText(address)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return markdownText(address)
  const encoded = url.href.replace(/[()<>\s\\]/g, (c) => `%${hex(c.charCodeAt(0), 2).toUpperCase()}`)
  return `[${markdownText(label)}](${encoded})`
}
