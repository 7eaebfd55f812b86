// propagate: poll every authoritative server of each alias zone until it serves every value we wrote;
// only then may the CA validate. No fixed sleep: the interval starts short and grows.
import type { AuthoritativeServer, Resolver } from './dns/resolver.js'

export interface Expectation {
  readonly zone: string
  readonly owner: string
  readonly values: readonly string[]
}

export class PropagationError extends Error {}

export interface PropagateOptions {
  readonly timeoutMs: number
  readonly log?: (message: string) => void
  readonly firstIntervalMs?: number
  readonly maxIntervalMs?: number
}

export async function waitForPropagation(
  expectations: readonly Expectation[],
  dns: Resolver,
  options: PropagateOptions,
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs
  const checks = await Promise.all(
    expectations.map(async (expectation) =>
      (await dns.authoritativeServers(expectation.zone)).map((server) => ({ expectation, server })),
    ),
  )
  const results = await Promise.all(
    checks.flat().map(({ expectation, server }) => pollServer(expectation, server, dns, deadline, options)),
  )
  const lacking = results.filter((r): r is string => r !== undefined)
  if (lacking.length > 0) {
    throw new PropagationError(
      `Not every authoritative server serves the challenge values after ${Math.round(options.timeoutMs / 1000)} s ` +
        `(propagation_timeout); the CA was not asked to validate:\n${lacking.map((l) => `  - ${l}`).join('\n')}`,
    )
  }
}

/** Undefined once the server serves every value; otherwise, at the deadline, what it lacks. */
async function pollServer(
  expectation: Expectation,
  server: AuthoritativeServer,
  dns: Resolver,
  deadline: number,
  options: PropagateOptions,
): Promise<string | undefined> {
  let interval = options.firstIntervalMs ?? 25
  const maxInterval = options.maxIntervalMs ?? 2000
  let missing: readonly string[] = expectation.values
  let lastError = ''
  for (;;) {
    try {
      const response = await dns.askServer(server, expectation.owner, 'TXT', { timeoutMs: 1000, tries: 1 })
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
      return `${server.name} (${server.addresses.join(', ') || 'no reachable address'}) lacks ${missing
        .map((v) => `"${v}"`)
        .join(', ')} at ${expectation.owner}${lastError}`
    }
    // one last question right at the deadline rather than giving up early
    await new Promise((resolve) => setTimeout(resolve, Math.min(interval, left)))
    interval = Math.min(maxInterval, interval * 2)
  }
}
