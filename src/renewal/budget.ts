// Which due certificates one run orders, within the CA's limits: the most urgent first (expired, then none at
// all, then the earliest renewal time), up to `max_orders` and the preset's share per registered domain. The rest
// wait for the next run, each with its reason. One pure function: the fleet, its tests and the log agree.

export interface DueEntry {
  /** The certificate's names, punycode. */
  readonly names: readonly string[]
  /** When the certificate in use expires (undefined: there is none). */
  readonly notAfter?: Date
  /** From when it was to be renewed. */
  readonly renewAfter?: Date
  /** An ARI renewal naming what it replaces: the CA does not count it per registered domain. */
  readonly replaces: boolean
}

export interface BudgetLimits {
  readonly now: Date
  readonly maxOrders?: number
  readonly perRegisteredDomain?: number
  /** Needed only with perRegisteredDomain. */
  readonly registeredDomain?: (name: string) => string
}

export interface Budget {
  /** Indexes into the entries, most urgent first. */
  readonly order: readonly number[]
  /** Index to the reason it waits for the next run. */
  readonly deferred: ReadonlyMap<number, string>
}

/** Expired first (the longest expired first), then those without a certificate, then by renewal time. */
export function urgency(entries: readonly DueEntry[], now: Date): number[] {
  const rank = (e: DueEntry): [number, number] => {
    if (e.notAfter === undefined) return [1, 0]
    if (e.notAfter.getTime() <= now.getTime()) return [0, e.notAfter.getTime()]
    return [2, (e.renewAfter ?? e.notAfter).getTime()]
  }
  return entries
    .map((entry, i) => ({ i, rank: rank(entry) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.i - b.i)
    .map((e) => e.i)
}

export function budgetOrders(entries: readonly DueEntry[], limits: BudgetLimits): Budget {
  const order: number[] = []
  const deferred = new Map<number, string>()
  const perDomain = new Map<string, number>()
  for (const i of urgency(entries, limits.now)) {
    const entry = entries[i] as DueEntry
    if (limits.maxOrders !== undefined && order.length >= limits.maxOrders) {
      deferred.set(i, `deferred: max_orders (${limits.maxOrders}) reached in this run; the next run takes it`)
      continue
    }
    const domains =
      limits.perRegisteredDomain === undefined || limits.registeredDomain === undefined || entry.replaces
        ? []
        : [...new Set(entry.names.map(limits.registeredDomain))]
    const full = domains.find((d) => (perDomain.get(d) ?? 0) >= (limits.perRegisteredDomain as number))
    if (full !== undefined) {
      deferred.set(
        i,
        `deferred: ${limits.perRegisteredDomain} new certificates for ${full} in this run (a safe share of the CA's limit per registered domain); the next run takes it`,
      )
      continue
    }
    for (const d of domains) perDomain.set(d, (perDomain.get(d) ?? 0) + 1)
    order.push(i)
  }
  return { order, deferred }
}
