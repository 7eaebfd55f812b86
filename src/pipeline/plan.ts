// plan: which owner each name's TXT value goes to, following the published CNAME chain, grouped by owner.
import type { AliasInput } from '../config/index.js'
import { type AuthoritativeServer, HOP_LIMIT, lameness, type Resolver } from '../dns/resolver.js'
import type { DnsResponse } from '../dns/wire.js'
import { type CertName, canonical, challengeName, hostnameProblem } from '../names/index.js'
import { quote } from '../text.js'

export interface NamePlan {
  readonly name: CertName
  readonly challengeName: string
  /** The published chain from the challenge name to the owner: [challengeName, ..., owner]. */
  readonly chain: readonly string[]
  readonly owner: string
}

export interface OwnerGroup {
  readonly owner: string
  /** The alias zone: the zone that holds the owner. */
  readonly zone: string
  readonly names: readonly CertName[]
}

export interface Plan {
  readonly names: readonly NamePlan[]
  readonly owners: readonly OwnerGroup[]
}

export class PlanError extends Error {}

/** What one authoritative server answered for one name on a chain. */
export type ServerAnswer =
  | { readonly kind: 'cname'; readonly target: string }
  /** A CNAME whose target is no host name (a DNS answer may hold any byte): never followed, never written at. */
  | { readonly kind: 'invalid'; readonly target: string; readonly why: string }
  /** No CNAME: NOERROR (the name exists, or holds other types) or NXDOMAIN. */
  | { readonly kind: 'none'; readonly rcode: string }
  /** Not an authoritative answer: REFUSED, SERVFAIL, NOTAUTH, a referral. */
  | { readonly kind: 'lame'; readonly why: string }
  /** No answer at all (timeout, network error). */
  | { readonly kind: 'failed'; readonly error: string }
  /** This machine cannot ask it (only IPv6, glue only, no address): not a broken master. */
  | { readonly kind: 'unreachable'; readonly why: string }

/** One name of a chain, as every authoritative server of its zone publishes it. */
export interface Hop {
  readonly name: string
  readonly zone: string
  readonly answers: readonly { readonly server: AuthoritativeServer; readonly answer: ServerAnswer }[]
  /** The next name: the CNAME the servers publish (the most common one when they differ); undefined at the end. */
  readonly next: string | undefined
  /** The parent's delegation and the zone's NS set differ (the union was asked). */
  readonly mismatch?: string
  /** The parent's delegation of the zone could not be checked (in time): why, in one line. */
  readonly note?: string
}

/** A challenge name and the CNAME chain the authoritative servers publish from it; apex and wildcard share one. */
export interface TracedChain {
  readonly challengeName: string
  readonly chain: readonly string[]
  readonly names: readonly CertName[]
  /** One per name of the chain, the end included (it lies in the alias zone). */
  readonly hops: readonly Hop[]
}

/**
 * Follow each distinct challenge name's CNAME chain once, all in parallel, by asking every authoritative
 * server of each zone on the way: a recursive resolver may still hold the NXDOMAIN it cached before the CNAME
 * was published (the first run after setting it up), and the CA asks afresh. The resolver only finds zones and
 * their servers. The challenge name is dns-01's `_acme-challenge.<name>` unless `nameOf` says otherwise.
 */
export async function traceChains(
  names: readonly CertName[],
  dns: Resolver,
  nameOf: (name: CertName) => string = challengeName,
): Promise<TracedChain[]> {
  const byChallenge = new Map<string, CertName[]>()
  for (const name of names) {
    const challenge = nameOf(name)
    byChallenge.set(challenge, [...(byChallenge.get(challenge) ?? []), name])
  }
  return Promise.all(
    [...byChallenge].map(async ([challenge, sharing]) => {
      const hops = await traceHops(challenge, dns)
      return { challengeName: challenge, chain: hops.map((h) => h.name), names: sharing, hops }
    }),
  )
}

async function traceHops(challenge: string, dns: Resolver): Promise<Hop[]> {
  const hops: Hop[] = []
  let current = challenge
  for (;;) {
    const hop = await askHop(current, dns)
    hops.push(hop)
    if (hop.next === undefined) return hops
    const chain = hops.map((h) => h.name)
    if (chain.includes(hop.next)) {
      throw new PlanError(`CNAME loop: ${[...chain, hop.next].join(' -> ')}`)
    }
    if (chain.length + 1 > HOP_LIMIT + 1) {
      throw new PlanError(`CNAME chain longer than ${HOP_LIMIT} hops: ${[...chain, hop.next].join(' -> ')}`)
    }
    current = hop.next
  }
}

/** Ask every server of the name's zone for its CNAME. */
async function askHop(name: string, dns: Resolver): Promise<Hop> {
  const zone = await dns.zoneOf(name)
  const { servers, mismatch, note } = await dns.zoneServers(zone)
  const answers = await Promise.all(
    servers.map(async (server) => ({ server, answer: await askServer(server, name, dns) })),
  )
  return { name, zone, answers, next: publishedTarget(answers.map((a) => a.answer)), mismatch, note }
}

async function askServer(server: AuthoritativeServer, name: string, dns: Resolver): Promise<ServerAnswer> {
  if (server.unreachable !== undefined) return { kind: 'unreachable', why: server.unreachable }
  let response: DnsResponse
  try {
    response = await dns.askServer(server, name, 'CNAME', { timeoutMs: 1500, tries: 2 })
  } catch (error) {
    return { kind: 'failed', error: (error as Error).message }
  }
  const lame = lameness(response)
  if (lame !== undefined) return { kind: 'lame', why: lame }
  const cname = response.answers.find((rr) => rr.type === 'CNAME' && rr.name === name)
  if (cname === undefined) return { kind: 'none', rcode: response.rcode }
  const target = canonical(cname.data as string)
  const why = hostnameProblem(target)
  return why === undefined ? { kind: 'cname', target } : { kind: 'invalid', target, why }
}

/** The CNAME target the servers publish; when they differ, the most common (preflight names the others). */
export function publishedTarget(answers: readonly ServerAnswer[]): string | undefined {
  const counts = new Map<string, number>()
  for (const answer of answers) {
    if (answer.kind === 'cname') counts.set(answer.target, (counts.get(answer.target) ?? 0) + 1)
  }
  let best: string | undefined
  for (const [target, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = target
  return best
}

/** Owners for every name (checked against `domain_alias`), grouped, each with its alias zone. */
export async function makePlan(
  traced: readonly TracedChain[],
  alias: AliasInput,
  dns: Resolver,
): Promise<Plan> {
  const names = traced.flatMap((t) =>
    t.names.map((name) => ({
      name,
      challengeName: t.challengeName,
      chain: t.chain,
      owner: resolveOwner(name, t.chain, alias.byName.get(name.base) ?? alias.all),
    })),
  )
  // The owner is the end of a traced chain, whose zone the trace already found.
  const zones = new Map(traced.flatMap((t) => t.hops.map((hop) => [hop.name, hop.zone] as const)))
  return {
    names,
    owners: await groupByOwner(names, async (owner) => zones.get(owner) ?? dns.zoneOf(owner)),
  }
}

/**
 * The owner for one name: the end of the published chain, checked against `domain_alias` when given.
 * The alias may be the full owner (`_acme-challenge.validation.example.org`) or zone-style
 * (`validation.example.org`); the published CNAME tells which was meant.
 */
export function resolveOwner(name: CertName, chain: readonly string[], alias: string | undefined): string {
  const challenge = chain[0] as string
  const end = chain[chain.length - 1] as string
  if (alias === undefined) return end
  // the challenge's own label (_acme-challenge, _validation-persist) before a zone-style alias
  const label = challenge.slice(0, challenge.indexOf('.'))
  const candidates = [alias, `${label}.${alias}`]
  if (chain.length === 1) {
    if (candidates.includes(challenge)) return challenge
    throw new PlanError(
      `${name.name}: no CNAME is published at ${challenge}, so the CA would never see a TXT record at ${alias}. ` +
        `Publish "${challenge}. CNAME ${alias.startsWith(`${label}.`) ? alias : `${label}.${alias}`}." in every DNS provider of the zone.`,
    )
  }
  if (candidates.includes(end)) return end
  throw new PlanError(
    `${name.name}: domain_alias is ${alias}, but the published CNAME chain leads elsewhere: ${chain.join(' -> ')}. ` +
      'Fix the CNAME or domain_alias so that they agree.',
  )
}

export async function groupByOwner(
  names: readonly NamePlan[],
  zoneOf: (owner: string) => Promise<string>,
): Promise<OwnerGroup[]> {
  const byOwner = new Map<string, CertName[]>()
  for (const plan of names) {
    const why = hostnameProblem(plan.owner)
    if (why !== undefined)
      throw new PlanError(`${plan.name.name}: the TXT owner ${quote(plan.owner)} is no host name (${why})`)
    const group = byOwner.get(plan.owner) ?? []
    group.push(plan.name)
    byOwner.set(plan.owner, group)
  }
  return Promise.all(
    [...byOwner].map(async ([owner, groupNames]) => ({
      owner,
      zone: await zoneOf(owner),
      names: groupNames,
    })),
  )
}
