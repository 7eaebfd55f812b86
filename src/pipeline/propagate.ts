// propagate: poll every authoritative server of each alias zone until it serves every value we wrote;
// only then may the CA validate. No fixed sleep: the interval starts short and grows. A server this machine
// cannot ask is named and not waited on; a lame one (REFUSED, SERVFAIL, NOTAUTH) stops the wait at once.
import { setTimeout as sleep } from 'node:timers/promises'
import { type AuthoritativeServer, lameness, type Resolver } from '../dns/resolver.js'

export interface Expectation {
  readonly zone: string
  readonly owner: string
  readonly values: readonly string[]
}

export class PropagationError extends Error {}

export interface PropagateOptions {
  readonly timeoutMs: number
  /** Where notes go: servers not waited on because this machine cannot ask them. */
  readonly log?: (message: string) => void
  readonly firstIntervalMs?: number
  readonly maxIntervalMs?: number
}

type Outcome = { readonly lacking: string } | { readonly lame: string } | undefined

/** @returns the servers waited on, for the log: "validation.example.org on ns1.example.org, ns2..." */
export async function waitForPropagation(
  expectations: readonly Expectation[],
  dns: Resolver,
  options: PropagateOptions,
): Promise<string> {
  const deadline = Date.now() + options.timeoutMs
  const zones = await Promise.all(expectations.map(async (e) => dns.zoneServers(e.zone)))
  const checks: { expectation: Expectation; server: AuthoritativeServer }[] = []
  const noted = new Set<string>()
  expectations.forEach((expectation, i) => {
    const servers = zones[i]?.servers ?? []
    const askable = servers.filter((server) => server.unreachable === undefined)
    if (askable.length === 0) {
      throw new PropagationError(
        `No server of ${expectation.zone} can be asked from here, so nothing can tell when the values are served: ${servers
          .map((s) => `${s.name} (${s.unreachable})`)
          .join('; ')}`,
      )
    }
    for (const server of servers) {
      if (server.unreachable !== undefined) {
        const note = `Not waiting on ${server.name}, a server of ${expectation.zone}: not checked from here: ${server.unreachable}`
        if (!noted.has(note)) options.log?.(note)
        noted.add(note)
      }
    }
    for (const server of askable) checks.push({ expectation, server })
  })
  // One lame server is enough to know the wait is in vain: the others stop polling too.
  const stop = new AbortController()
  const outcomes = await Promise.all(
    checks.map(async ({ expectation, server }) => {
      const outcome = await pollServer(expectation, server, dns, deadline, options, stop.signal)
      if (outcome !== undefined && 'lame' in outcome) stop.abort()
      return outcome
    }),
  )
  const lame = outcomes.flatMap((o) => (o !== undefined && 'lame' in o ? [o.lame] : []))
  if (lame.length > 0) {
    throw new PropagationError(
      `An authoritative server of the alias zone does not serve it, so the CA could never see the values there; the CA was not asked to validate:\n${lame
        .map((l) => `  - ${l}`)
        .join('\n')}`,
    )
  }
  const lacking = outcomes.flatMap((o) => (o !== undefined && 'lacking' in o ? [o.lacking] : []))
  if (lacking.length > 0) {
    throw new PropagationError(
      `Not every authoritative server serves the challenge values after ${Math.round(options.timeoutMs / 1000)} s ` +
        `(propagation_timeout); the CA was not asked to validate:\n${lacking.map((l) => `  - ${l}`).join('\n')}`,
    )
  }
  return serversByZone(checks.map(({ expectation, server }) => [expectation.zone, server.name]))
}

/** Servers named per zone, each once and in order, for the log: "example.org on ns1.example.org, ns2.example.org; ...". */
export function serversByZone(pairs: readonly (readonly [zone: string, server: string])[]): string {
  const byZone = new Map<string, Set<string>>()
  for (const [zone, server] of pairs) byZone.set(zone, (byZone.get(zone) ?? new Set()).add(server))
  return [...byZone].map(([zone, servers]) => `${zone} on ${[...servers].sort().join(', ')}`).join('; ')
}

/** Undefined once the server serves every value (or another one turned out lame); else what went wrong. */
async function pollServer(
  expectation: Expectation,
  server: AuthoritativeServer,
  dns: Resolver,
  deadline: number,
  options: PropagateOptions,
  stop: AbortSignal,
): Promise<Outcome> {
  let interval = options.firstIntervalMs ?? 25
  const maxInterval = options.maxIntervalMs ?? 2000
  let missing: readonly string[] = expectation.values
  let lastError = ''
  const who = `${server.name} (${server.addresses.join(', ')})`
  for (;;) {
    if (stop.aborted) return undefined
    try {
      const response = await dns.askServer(server, expectation.owner, 'TXT', { timeoutMs: 1000, tries: 1 })
      const lame = lameness(response)
      if (lame !== undefined) {
        return {
          lame: `${who} answers ${lame} for ${expectation.owner}: it does not serve ${expectation.zone} (a lame server); serve the zone there or take the server out of the NS set and the delegation`,
        }
      }
      const served = new Set(
        response.answers
          .filter((rr) => rr.type === 'TXT' && rr.name === expectation.owner)
          .map((rr) => rr.data),
      )
      missing = expectation.values.filter((value) => !served.has(value))
      lastError = ''
      if (missing.length === 0) return undefined
    } catch (error) {
      lastError = ` (last question failed: ${(error as Error).message})`
    }
    const left = deadline - Date.now()
    if (left <= 0) {
      return {
        lacking: `${who} lacks ${missing.map((v) => `"${v}"`).join(', ')} at ${expectation.owner}${lastError}`,
      }
    }
    // one last question right at the deadline rather than giving up early
    try {
      await sleep(Math.min(interval, left), undefined, { signal: stop })
    } catch {
      return undefined
    }
    interval = Math.min(maxInterval, interval * 2)
  }
}
