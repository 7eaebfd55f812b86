// The directory is a plain GET that a CA may move (a new host, a versioned path): its URL is followed through a
// few redirects. Signed requests never are: a JWS names the one URL it may be sent to.

export const MAX_REDIRECTS = 5
export const REDIRECT_STATUSES: readonly number[] = [301, 302, 303, 307, 308]

interface Answer {
  readonly status: number
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
}

/**
 * GET `url` with `get`, following at most MAX_REDIRECTS redirects; the first answer that is not a redirect is
 * the result. An https URL is never left for http.
 */
export async function followRedirects<A extends Answer>(
  url: string,
  get: (url: string) => Promise<A>,
): Promise<A> {
  let current = url
  for (let redirects = 0; ; redirects++) {
    const answer = await get(current)
    const location = answer.headers.location
    const next = Array.isArray(location) ? location[0] : location
    if (!REDIRECT_STATUSES.includes(answer.status) || next === undefined) return answer
    if (redirects === MAX_REDIRECTS) throw new Error(`${url}: more than ${MAX_REDIRECTS} redirects`)
    const target = new URL(next, current)
    if (target.protocol !== 'https:' && new URL(current).protocol === 'https:') {
      throw new Error(`${current} redirects to ${target.href}, which is not https`)
    }
    current = target.href
  }
}
