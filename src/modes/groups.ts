// mode: plan past max_jobs: the due entries in at most that many groups, each group one matrix job issuing its
// entries in one step. Entries whose names share an alias owner stay in one group (two jobs never fill one owner
// at once), and the groups are balanced by the certificates they hold. One pure function.

/** @param owners each entry's alias owners; @returns groups of entry indexes, in list order, the largest first */
export function groupEntries(owners: readonly (readonly string[])[], maxJobs: number): number[][] {
  // entries joined through a shared owner, whatever the chain of sharing
  const parent = owners.map((_, i) => i)
  const root = (i: number): number => {
    let r = i
    while (parent[r] !== r) r = parent[r] as number
    parent[i] = r
    return r
  }
  const byOwner = new Map<string, number>()
  owners.forEach((list, i) => {
    for (const owner of list) {
      const first = byOwner.get(owner)
      if (first === undefined) byOwner.set(owner, i)
      else parent[root(i)] = root(first)
    }
  })
  const components = new Map<number, number[]>()
  owners.forEach((_, i) => {
    const r = root(i)
    components.set(r, [...(components.get(r) ?? []), i])
  })
  // the largest first, each into the group with the fewest certificates so far
  const sorted = [...components.values()].sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0))
  const groups: number[][] = Array.from({ length: Math.min(maxJobs, sorted.length) }, () => [])
  for (const component of sorted) {
    let smallest = groups[0] as number[]
    for (const group of groups) if (group.length < smallest.length) smallest = group
    smallest.push(...component)
  }
  for (const group of groups) group.sort((a, b) => a - b)
  return groups
}
