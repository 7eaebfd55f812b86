// preflight: every authoritative server of every zone on a CNAME chain must publish the same thing at each
// name of the chain, before anything is ordered or written. This is the multi-master check: one master
// without the CNAME makes the CA's validation fail at random, depending on which server it asks. The chain's
// end lies in the alias zone, so a lame server there is named here too, not after the propagation timeout.
// Pure: it judges what traceChains asked.
import type { AuthoritativeServer } from '../dns/resolver.js'
import { quote } from '../text.js'
import type { Hop, ServerAnswer, TracedChain } from './plan.js'
import { serversByZone } from './propagate.js'

export class PreflightError extends Error {}

export interface PreflightReport {
  /** Servers not checked from here, delegations that differ from NS sets: worth a warning, not a stop. */
  readonly warnings: readonly string[]
  /** Best-effort checks not made (a parent delegation that did not answer in time): one line each. */
  readonly notes: readonly string[]
}

export function preflight(traced: readonly TracedChain[]): PreflightReport {
  const problems: string[] = []
  const warnings = new Set<string>()
  const notes = new Set<string>()
  const seen = new Set<string>()
  for (const t of traced) {
    const certName = t.names[0]?.name ?? t.challengeName
    for (const hop of t.hops) {
      // Names shared by several chains (the alias owner, a common hop) are judged once.
      if (seen.has(hop.name)) continue
      seen.add(hop.name)
      if (hop.mismatch !== undefined) warnings.add(hop.mismatch)
      if (hop.note !== undefined) notes.add(hop.note)
      for (const { server, answer } of hop.answers) {
        if (answer.kind === 'unreachable') {
          warnings.add(`${server.name}, a server of ${hop.zone}, was not checked from here: ${answer.why}`)
        }
        // At the chain's end (the alias owner) a silent server may yet come back: propagation waits for it and
        // names it at the timeout. A CNAME owner that cannot be checked stops the run.
        if (answer.kind === 'failed' && hop.next === undefined) {
          warnings.add(
            `${server.name} (${server.addresses.join(', ')}), a server of ${hop.zone}, did not answer for ${hop.name} (${answer.error}); propagation waits for it`,
          )
        }
      }
      problems.push(...judgeHop(hop, certName))
    }
  }
  if (problems.length > 0) {
    const challenge = traced[0]?.challengeName ?? '_acme-challenge'
    throw new PreflightError(
      `Not every authoritative server publishes the same ${challenge.split('.')[0]} CNAME; nothing was ordered or written:\n${problems
        .map((p) => `  - ${p}`)
        .join(
          '\n',
        )}\nPublish the same CNAME in every DNS provider serving the zone (and serve each zone on every server its NS set and delegation name), then run again.`,
    )
  }
  return { warnings: [...warnings], notes: [...notes] }
}

function judgeHop(hop: Hop, certName: string): string[] {
  const asked = hop.answers.filter((a) => a.answer.kind !== 'unreachable')
  if (asked.length === 0) {
    return [
      `no server of ${hop.zone} can be asked from here for ${hop.name}: ${hop.answers
        .map(({ server, answer }) => `${server.name} (${answer.kind === 'unreachable' ? answer.why : ''})`)
        .join('; ')}`,
    ]
  }
  const holders = asked
    .filter((a) => a.answer.kind === 'cname' && a.answer.target === hop.next)
    .map((a) => a.server.name)
  const why =
    hop.next !== undefined && holders.length < asked.length
      ? `, as ${holders.join(', ')} publish${holders.length === 1 ? 'es' : ''}`
      : ''
  const problems: string[] = []
  for (const { server, answer } of asked) {
    const problem = judgeAnswer(server, answer, hop, `(for ${certName}${why})`)
    if (problem !== undefined) problems.push(problem)
  }
  return problems
}

function judgeAnswer(
  server: AuthoritativeServer,
  answer: ServerAnswer,
  hop: Hop,
  reason: string,
): string | undefined {
  const who = `${server.name} (${server.addresses.join(', ')}), a server of ${hop.zone},`
  switch (answer.kind) {
    case 'unreachable':
      return undefined
    case 'failed':
      return hop.next === undefined ? undefined : `${who} did not answer for ${hop.name}: ${answer.error}`
    case 'lame':
      return `${who} answers ${answer.why} for ${hop.name}: it does not serve ${hop.zone} (a lame server); serve the zone there or take the server out of the NS set and the delegation`
    case 'invalid':
      return `${who} answers CNAME ${quote(answer.target)} for ${hop.name}, which is no host name (${answer.why}); publish a CNAME to the alias owner there`
    case 'cname':
      if (answer.target === hop.next) return undefined
      break
    case 'none':
      if (hop.next === undefined) return undefined
      break
  }
  const answered =
    answer.kind === 'cname'
      ? `CNAME ${answer.target}`
      : answer.rcode === 'NXDOMAIN'
        ? 'NXDOMAIN (no such name)'
        : `no CNAME (${answer.rcode}, empty answer)`
  if (hop.next === undefined) return `${who} answers ${answered} for ${hop.name}; expected no CNAME ${reason}`
  return `${who} answers ${answered} for ${hop.name}; expected CNAME ${hop.next} ${reason}: ${publishCname(hop.name, hop.next, server)}`
}

/** The fix for a master that lacks the CNAME or points it elsewhere: the record to publish, and where. */
export function publishCname(name: string, target: string, server: AuthoritativeServer): string {
  return `publish "${name}. CNAME ${target}." in the DNS provider behind ${server.name}`
}

/** The servers asked for each zone of the chains, for the log. */
export function askedServers(traced: readonly TracedChain[]): string {
  return serversByZone(
    traced.flatMap((t) =>
      t.hops.flatMap((hop) =>
        hop.answers.flatMap(({ server, answer }) =>
          answer.kind === 'unreachable' ? [] : [[hop.zone, server.name] as const],
        ),
      ),
    ),
  )
}
