// The chains a CA offers for one certificate (RFC 8555 section 7.4.2: Link rel="alternate" on the download) and
// the name preferred_chain compares: the issuer of a chain's top certificate, as certbot and lego compare it.
import { X509Certificate } from 'node:crypto'
import { pemCertificates } from '../pki/certificate.js'

/**
 * The targets of the Link header's links of relation `rel` (RFC 8288), resolved against `base`, in order. The
 * header may come as one value joined with commas or as one value per header line.
 */
export function linkTargets(
  link: string | readonly string[] | undefined,
  rel: string,
  base: string,
): string[] {
  const values = link === undefined ? [] : typeof link === 'string' ? [link] : link
  const targets: string[] = []
  for (const value of values) {
    // <target> followed by its parameters, up to the next link; a quoted parameter may hold ; and ,
    for (const match of value.matchAll(/<([^>]*)>((?:\s*;\s*[^;,="]+(?:=(?:"[^"]*"|[^;,]*))?)*)/g)) {
      const params = match[2] ?? ''
      const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]*))/i.exec(params)
      const names = (rels?.[1] ?? rels?.[2] ?? '').toLowerCase().split(/\s+/)
      if (!names.includes(rel)) continue
      try {
        targets.push(new URL(match[1] ?? '', base).href)
      } catch {
        // not a URL: no chain there
      }
    }
  }
  return targets
}

/** The common name of the issuer of the chain's last certificate; undefined when there is none to read. */
export function topIssuerName(chain: string): string | undefined {
  const top = pemCertificates(chain).at(-1)
  if (top === undefined) return undefined
  try {
    const issuer = new X509Certificate(top).issuer
    return /^CN=(.*)$/m.exec(issuer)?.[1]
  } catch {
    return undefined
  }
}
