// Name helpers providers share: which provider zone holds an owner, and an owner's name relative to its zone.
import type { HttpClient, RequestOptions } from '../http/client.js'
import { rememberedUntilFailed } from './serialize.js'

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

/**
 * A zoneFinder lookup for APIs where a GET of a zone's own path answers 404 for a name the account does not hold:
 * the name itself when the path answers.
 */
export function zoneAtPath(
  http: Pick<HttpClient, 'request'>,
  path: (name: string) => string,
  options: Omit<RequestOptions, 'expect'> = {},
): (name: string) => Promise<string | undefined> {
  return async (name) => {
    const { status } = await http.request('GET', path(name), { ...options, expect: [404] })
    return status === 404 ? undefined : name
  }
}

/**
 * Foreign text (a name from DNS, an id from an API) as one segment of an API path: percent-encoded, so `/`, `?`
 * and `%` stay inside it. `.` and `..` are refused: URL parsing resolves them (encoded or not) and the request
 * would go to another path; an empty segment is refused as well (an apex goes in as the API writes it, e.g. @).
 */
export function pathSegment(text: string): string {
  if (text === '' || text === '.' || text === '..') {
    throw new Error(`"${text}" cannot be a segment of an API path: it would name another path than intended`)
  }
  return encodeURIComponent(text)
}

/**
 * For APIs that list the account's zones: the longest listed zone holding the owner (it or a parent of it), or
 * undefined. The listing is asked for once per provider, and again after a failed attempt.
 */
export function zoneFromListing(
  list: () => Promise<readonly string[]>,
): (owner: string) => Promise<string | undefined> {
  const listing = rememberedUntilFailed(async () => (await list()).map(absoluteless))
  return async (owner) => {
    const name = absoluteless(owner)
    return (await listing())
      .filter((zone) => name === zone || name.endsWith(`.${zone}`))
      .sort((a, b) => b.length - a.length)[0]
  }
}
