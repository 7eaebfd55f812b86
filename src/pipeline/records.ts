// The TXT values a run writes, grouped by owner, and their removal. The same list is saved as state so the
// post step can remove exactly these values after a crash.
import type { Challenge } from '../acme/index.js'
import type { DnsProvider } from '../providers/types.js'
import type { Plan } from './plan.js'

export interface OwnerRecords {
  readonly zone: string
  readonly owner: string
  readonly values: readonly string[]
  /** The provider that wrote them, when a run writes through more than one (a fleet's entries). */
  readonly provider?: string
}

export const STATE_RECORDS = 'records'
export const STATE_PROVIDER = 'provider'

/** Values per owner: apex and wildcard (one owner) land in one write. */
export function recordsFor(plan: Plan, challenges: readonly Challenge[]): OwnerRecords[] {
  const values = new Map<string, string[]>()
  for (const c of challenges) {
    const certName = c.wildcard ? `*.${c.identifier}` : c.identifier
    const planned = plan.names.find((n) => n.name.name === certName)
    if (planned === undefined)
      throw new Error(`the CA sent a challenge for ${certName}, which was not ordered`)
    const list = values.get(planned.owner) ?? []
    if (!list.includes(c.value)) list.push(c.value)
    values.set(planned.owner, list)
  }
  return plan.owners
    .filter((group) => values.has(group.owner))
    .map((group) => ({ zone: group.zone, owner: group.owner, values: values.get(group.owner) ?? [] }))
}

export async function writeRecords(provider: DnsProvider, records: readonly OwnerRecords[]): Promise<void> {
  await Promise.all(records.map((r) => provider.append(r.zone, r.owner, [...r.values])))
}

/** Remove our values; each owner on its own, so one failure does not keep the others in place. */
export async function removeRecords(
  provider: DnsProvider,
  records: readonly OwnerRecords[],
  warn: (message: string) => void,
): Promise<boolean> {
  const results = await Promise.allSettled(
    records.map((r) => provider.remove(r.zone, r.owner, [...r.values])),
  )
  let clean = true
  results.forEach((result, i) => {
    if (result.status === 'rejected') {
      clean = false
      const r = records[i] as OwnerRecords
      warn(`could not remove the challenge values at ${r.owner}: ${(result.reason as Error).message}`)
    }
  })
  return clean
}

/**
 * The values every certificate of a run has written and not yet removed, saved as state after each change: the
 * post step removes what a crash or cancel left, each value through the provider that wrote it.
 */
export class RecordLedger {
  readonly #written = new Map<object, OwnerRecords[]>()

  constructor(readonly save: (name: string, value: string) => void) {}

  add(certificate: object, provider: string, records: readonly OwnerRecords[]): void {
    this.#written.set(
      certificate,
      records.map((r) => ({ ...r, provider })),
    )
    this.#save()
  }

  remove(certificate: object): void {
    if (this.#written.delete(certificate)) this.#save()
  }

  #save(): void {
    const all = [...this.#written.values()].flat()
    const providers = new Set(all.map((r) => r.provider))
    const [only] = providers
    // one provider (every single step): named once, as a post step of an earlier release reads it
    if (providers.size === 1 && only !== undefined) this.save(STATE_PROVIDER, only)
    const records = providers.size > 1 ? all : all.map(({ provider: _, ...r }) => r)
    this.save(STATE_RECORDS, JSON.stringify(records))
  }
}

export function parseRecords(state: string): OwnerRecords[] {
  if (state.trim() === '') return []
  const parsed: unknown = JSON.parse(state)
  if (!Array.isArray(parsed)) return []
  return parsed.filter(
    (r): r is OwnerRecords =>
      typeof r?.zone === 'string' &&
      typeof r?.owner === 'string' &&
      Array.isArray(r?.values) &&
      r.values.every((v: unknown) => typeof v === 'string') &&
      (r.provider === undefined || typeof r.provider === 'string'),
  )
}
