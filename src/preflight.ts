// preflight: every authoritative server of every zone on a CNAME chain must publish the same thing at each
// name of the chain, before anything is ordered or written. This is the multi-master check: one master
// without the CNAME makes the CA's validation fail at random, depending on which server it asks.
import type { AuthoritativeServer, Resolver } from './dns/resolver.js'
import type { TracedChain } from './plan.js'

export class PreflightError extends Error {}

interface Link {
  /** A name on the chain. */
  readonly name: string
  /** What the resolver saw there: the next name, or undefined at the end of the chain. */
  readonly next: string | undefined
  readonly certName: string
}

interface ServerAnswer {
  readonly server: AuthoritativeServer
  /** The CNAME target served, undefined for none; an Error when the server did not answer. */
  readonly target: string | undefined | Error
  readonly rcode: string
}

export async function preflight(traced: readonly TracedChain[], dns: Resolver): Promise<void> {
  const links = new Map<string, Link>()
  for (const t of traced) {
    // Each CNAME owner, and the challenge name itself when the resolver saw no CNAME there (a master may
    // still publish one). The end of a chain lies in the alias zone, whose servers propagation checks.
    const names = t.chain.length === 1 ? t.chain : t.chain.slice(0, -1)
    names.forEach((name, i) => {
      links.set(name, { name, next: t.chain[i + 1], certName: t.names[0]?.name ?? name })
    })
  }
  const problems = (await Promise.all([...links.values()].map((link) => checkLink(link, dns)))).flat()
  if (problems.length > 0) {
    throw new PreflightError(
      `The _acme-challenge CNAME is not the same on every authoritative server; nothing was ordered or written:\n${problems
        .map((p) => `  - ${p}`)
        .join('\n')}\nPublish the same CNAME in every DNS provider serving the zone, then run again.`,
    )
  }
}

async function checkLink(link: Link, dns: Resolver): Promise<string[]> {
  const zone = await dns.zoneOf(link.name)
  const servers = await dns.authoritativeServers(zone)
  const answers: ServerAnswer[] = await Promise.all(
    servers.map(async (server) => {
      try {
        const response = await dns.askServer(server, link.name, 'CNAME')
        const cname = response.answers.find((rr) => rr.type === 'CNAME' && rr.name === link.name)
        return {
          server,
          target: cname === undefined ? undefined : (cname.data as string),
          rcode: response.rcode,
        }
      } catch (error) {
        return { server, target: error as Error, rcode: 'no answer' }
      }
    }),
  )
  const expected = expectedTarget(link, answers)
  return answers
    .filter((a) => a.target !== expected.target)
    .map((a) => {
      const who = `${a.server.name} (${a.server.addresses.join(', ')}), a server of ${zone},`
      if (a.target instanceof Error) return `${who} did not answer for ${link.name}: ${a.target.message}`
      const answered =
        a.target !== undefined
          ? `CNAME ${a.target}`
          : a.rcode === 'NXDOMAIN'
            ? 'NXDOMAIN (no such name)'
            : `no CNAME (${a.rcode}, empty answer)`
      const wanted = expected.target === undefined ? 'no CNAME' : `CNAME ${expected.target}`
      return `${who} answers ${answered} for ${link.name}; expected ${wanted} (for ${link.certName}${expected.why})`
    })
}

/**
 * What every server should answer. Usually what the resolver saw; when the resolver saw no CNAME but some
 * masters publish one (and agree on it), the masters without it are the ones to fix.
 */
function expectedTarget(
  link: Link,
  answers: readonly ServerAnswer[],
): { target: string | undefined; why: string } {
  if (link.next !== undefined) return { target: link.next, why: '' }
  const published = [
    ...new Set(answers.map((a) => a.target).filter((t): t is string => typeof t === 'string')),
  ]
  if (published.length === 1) {
    const holders = answers.filter((a) => a.target === published[0]).map((a) => a.server.name)
    return {
      target: published[0],
      why: `, as ${holders.join(', ')} publish${holders.length === 1 ? 'es' : ''}`,
    }
  }
  return { target: undefined, why: '' }
}
