import { describe, expect, it } from 'vitest'
import { groupEntries } from '../../src/modes/groups.js'

describe('groupEntries', () => {
  it('300 entries on owners of their own into 20 and into 256 balanced groups, every entry once', () => {
    const owners = Array.from({ length: 300 }, (_, i) => [`_acme-challenge.c${i}.validation.example.org`])
    for (const jobs of [20, 256]) {
      const groups = groupEntries(owners, jobs)
      expect(groups).toHaveLength(jobs)
      expect(groups.flat().sort((a, b) => a - b)).toEqual(owners.map((_, i) => i))
      const sizes = groups.map((g) => g.length)
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
    }
  })

  it('keeps entries that share an owner (directly or through another entry) in one group', () => {
    const owners = [['a'], ['b'], ['a', 'c'], ['d'], ['c'], ['e']]
    const groups = groupEntries(owners, 3)
    const together = groups.find((g) => g.includes(0))
    expect(together).toEqual([0, 2, 4])
    expect(groups.flat().sort()).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('fewer groups than jobs when fewer owner clusters exist', () => {
    expect(groupEntries([['a'], ['a'], ['a']], 5)).toEqual([[0, 1, 2]])
  })
})
