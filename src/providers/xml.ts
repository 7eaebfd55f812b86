// Reading the flat XML answers of registrar APIs (Namecheap, NameSilo): elements by name, attributes, text.

export interface XmlElement {
  attributes: Record<string, string>
  /** The content with entities decoded: the value of a leaf element. */
  text: string
  /** The content as sent, for reading child elements. */
  inner: string
}

/** Elements named `tag` with their attributes and text: enough for the flat answers of registrar XML APIs. */
export function xmlElements(xml: string, tag: string): XmlElement[] {
  const found: XmlElement[] = []
  const pattern = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g')
  for (const match of xml.matchAll(pattern)) {
    const attributes: Record<string, string> = {}
    for (const a of (match[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[a[1] as string] = decodeXml(a[2] ?? a[3] ?? '')
    }
    const inner = match[2] ?? ''
    found.push({ attributes, text: decodeXml(inner.trim()), inner })
  }
  return found
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|lt|gt|amp);/gi, (_, entity: string) => {
    const named: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' }
    if (entity[0] !== '#') return named[entity.toLowerCase()] ?? ''
    const code =
      entity[1]?.toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1))
    return String.fromCodePoint(code)
  })
}

/** The text of the first child element named `tag`, if any. */
export function xmlChild(parent: string, tag: string): string | undefined {
  return xmlElements(parent, tag)[0]?.text
}
