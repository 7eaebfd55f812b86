// Just enough XML for the flat, namespace-default answers of Route 53 and STS: no XML parser dependency.

/** The inner text of every <tag>…</tag> in xml, in order (tags of this name are not nested in these APIs). */
export function elements(xml: string, tag: string): string[] {
  const out: string[] = []
  const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>|<${tag}(?:\\s[^>]*)?/>`, 'g')
  for (const match of xml.matchAll(pattern)) out.push(match[1] ?? '')
  return out
}

/** The decoded text of the first <tag> in xml, or undefined. */
export function text(xml: string, tag: string): string | undefined {
  const inner = elements(xml, tag)[0]
  return inner === undefined ? undefined : decode(inner)
}

export function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, entity: string) => {
    const name = entity.toLowerCase()
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name] ?? ''
  })
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
