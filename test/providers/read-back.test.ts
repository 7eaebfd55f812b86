// The shared write-and-read-back loop of providers whose API replaces a whole TXT set without a conditional write.
import { describe, expect, it } from 'vitest'
import { MAX_WRITES, WriteLater, writeUntilHeld } from '../../src/providers/read-back.js'

/** A set another writer replaces after each of our writes (or not), with our values merged in by plan. */
function owner(initial: string[], afterOurWrite: (written: string[]) => string[] = (w) => w) {
  let served = initial
  const writes: string[][] = []
  const sleeps: number[] = []
  const append = (value: string) =>
    writeUntilHeld({
      what: 'test: the TXT set',
      read: async () => served,
      plan: (current) => (current.includes(value) ? undefined : [...current, value]),
      write: async (_current, next) => {
        writes.push(next)
        served = afterOurWrite(next)
      },
      sleep: async (ms) => {
        sleeps.push(ms)
      },
      random: () => 0.5,
    })
  return { append, writes, sleeps, served: () => served }
}

describe('writeUntilHeld', () => {
  it('writes once and reads back once when nobody else writes', async () => {
    const set = owner(['keep-me'])
    await set.append('ours')
    expect(set.writes).toEqual([['keep-me', 'ours']])
    expect(set.sleeps).toHaveLength(1)
  })

  it('writes again, merged with the other value, when another writer replaced ours after our write', async () => {
    let raced = false
    const set = owner(['keep-me'], (written) => {
      if (raced) return written
      raced = true
      return ['keep-me', 'theirs']
    })
    await set.append('ours')
    expect(set.served()).toEqual(['keep-me', 'theirs', 'ours'])
    // the wait before each read-back grows, so racing runs fall apart
    expect(set.sleeps[1]).toBeGreaterThan(set.sleeps[0] as number)
  })

  it(`gives up after ${MAX_WRITES} writes that another writer kept replacing, saying so`, async () => {
    const set = owner(['keep-me'], () => ['keep-me', 'theirs'])
    await expect(set.append('ours')).rejects.toThrow(/replaced by another writer after each of our 6 writes/)
    expect(set.writes).toHaveLength(MAX_WRITES)
  })

  it('after a throttled write, waits as asked and reads again instead of sending the old write', async () => {
    const reads: string[][] = []
    const sleeps: number[] = []
    let served = ['keep-me']
    let refused = false
    await writeUntilHeld({
      what: 'test: the TXT set',
      read: async () => {
        reads.push(served)
        return served
      },
      plan: (current) => (current.includes('ours') ? undefined : [...current, 'ours']),
      write: async (_current, next) => {
        if (!refused) {
          refused = true
          served = ['keep-me', 'theirs'] // written by another run while we wait
          throw new WriteLater(1000)
        }
        served = next
      },
      sleep: async (ms) => {
        sleeps.push(ms)
      },
      random: () => 0,
    })
    expect(served).toEqual(['keep-me', 'theirs', 'ours'])
    expect(sleeps[0]).toBe(1000)
  })
})
