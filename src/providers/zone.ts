// Name helpers providers share: which provider zone holds an owner, and an owner's name relative to its zone.

/**
 * Zone names to try at a provider, best first: the zone DNS reported, then each parent of the owner from
 * the longest down (the provider may host the name in a parent zone that DNS does not show as delegated).
 */
export function zoneCandidates(zone: string, owner: string): string[] {
  const labels = absoluteless(owner).split('.')
  const parents = labels.slice(1, -1).map((_, i) => labels.slice(i + 1).join('.'))
  return [...new Set([absoluteless(zone), ...parents])]
}

/** The owner relative to the zone: '' at the apex, `_acme-challenge.www` below it. */
export function relativeName(owner: string, zone: string): string {
  const name = absoluteless(owner)
  const origin = absoluteless(zone)
  if (name === origin) return ''
  if (!name.endsWith(`.${origin}`)) throw new Error(`${name} is not inside the zone ${origin}`)
  return name.slice(0, -(origin.length + 1))
}

export function absoluteless(name: string): string {
  return name.toLowerCase().replace(/\.$/, '')
}

/** Try each candidate in order; the first that `lookup` finds wins. */
export async function findZone<T>(
  candidates: readonly string[],
  lookup: (zone: string) => Promise<T | undefined>,
): Promise<{ name: string; zone: T } | undefined> {
  for (const name of candidates) {
    const zone = await lookup(name)
    if (zone !== undefined) return { name, zone }
  }
  return undefined
}

/**
 * The provider's zone for an owner, looked up once per (zone, owner) over zoneCandidates: `lookup` answers
 * undefined for a name the account does not have; when none is found the error says `notFound(owner, tried)`.
 * A failed lookup (network, credentials) is not remembered: the next call asks again.
 */
export function zoneFinder<T>(
  lookup: (name: string) => Promise<T | undefined>,
  notFound: (owner: string, tried: readonly string[]) => string,
): (zone: string, owner: string) => Promise<{ name: string; zone: T }> {
  const found = new Map<string, Promise<{ name: string; zone: T }>>()
  return (zone, owner) => {
    const key = `${absoluteless(zone)}|${absoluteless(owner)}`
    let hit = found.get(key)
    if (hit === undefined) {
      const candidates = zoneCandidates(zone, owner)
      hit = findZone(candidates, lookup).then((result) => {
        if (result === undefined) throw new Error(notFound(absoluteless(owner), candidates))
        return result
      })
      hit.catch(() => found.delete(key))
      found.set(key, hit)
    }
    return hit
  }
}
