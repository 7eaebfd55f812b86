// plan: which owner each name's TXT value goes to, following the published CNAME chain, grouped by owner.
import type { AliasInput } from './config/index.js'
import type { Resolver } from './dns/resolver.js'
import { type CertName, challengeName } from './names/index.js'

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

/** A challenge name and the CNAME chain the resolver sees from it; apex and wildcard share one. */
export interface TracedChain {
  readonly challengeName: string
  readonly chain: readonly string[]
  readonly names: readonly CertName[]
}

/** Follow each distinct challenge name's CNAME chain once, all in parallel. */
export async function traceChains(names: readonly CertName[], dns: Resolver): Promise<TracedChain[]> {
  const byChallenge = new Map<string, CertName[]>()
  for (const name of names) {
    const challenge = challengeName(name)
    byChallenge.set(challenge, [...(byChallenge.get(challenge) ?? []), name])
  }
  return Promise.all(
    [...byChallenge].map(async ([challenge, sharing]) => ({
      challengeName: challenge,
      chain: await dns.cnameChain(challenge),
      names: sharing,
    })),
  )
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
  return { names, owners: await groupByOwner(names, (owner) => dns.zoneOf(owner)) }
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
  const candidates = [alias, `_acme-challenge.${alias}`]
  if (chain.length === 1) {
    if (candidates.includes(challenge)) return challenge
    throw new PlanError(
      `${name.name}: no CNAME is published at ${challenge}, so the CA would never see a TXT record at ${alias}. ` +
        `Publish "${challenge}. CNAME ${alias.startsWith('_acme-challenge.') ? alias : `_acme-challenge.${alias}`}." in every DNS provider of the zone.`,
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
