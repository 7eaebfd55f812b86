// The registered domain of a name (the public suffix plus one label), as a CA counts its limits per domain: the
// public suffix list of the tldts package, private suffixes included (each github.io site is a domain of its
// own). The list is large, so it is loaded only when a fleet needs to count.

export type RegisteredDomain = (name: string) => string

export async function registeredDomains(): Promise<RegisteredDomain> {
  const { getDomain } = await import('tldts')
  return (name) => {
    const host = name.replace(/^\*\./, '')
    // a name that is itself a public suffix, or no name the list knows: counted on its own
    return getDomain(host, { allowPrivateDomains: true }) ?? host
  }
}
