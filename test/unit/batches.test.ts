// How many values fit one 512-byte answer at an owner, as a server that compresses names sends it. The test bed
// proves the figure for real: Pebble validates twelve names at one owner in batches (test/e2e/batches.test.ts).
import { describe, expect, it } from 'vitest'
import type { Challenge } from '../../src/acme/index.js'
import type { AuthoritativeServer, Resolver } from '../../src/dns/resolver.js'
import type { DnsResponse } from '../../src/dns/wire.js'
import { answerCapacity } from '../../src/pipeline/batches.js'
import { type BatchRun, solveOwner } from '../../src/pipeline/owners.js'
import type { DnsProvider } from '../../src/providers/types.js'

const value = (i: number) => `${String(i).padStart(2, '0')}${'x'.repeat(41)}`

describe('answer capacity', () => {
  const chain = ['_acme-challenge.www.example.test', '_acme-challenge.validation.bind.test']

  it('counts the header, the question, each CNAME record and each TXT record as a compressing server sends them', () => {
    // 12 header + (34 + 4) question + (2 + 10 + 38) CNAME = 100 bytes; each value 2 + 10 + 1 + 43 = 56 bytes
    expect(answerCapacity([chain], [])).toBe(Math.floor((512 - 100) / 56))
    // a value already there takes its own record's room
    expect(answerCapacity([chain], ['y'.repeat(43)])).toBe(Math.floor((512 - 100 - 56) / 56))
  })

  it('the bed: six new values next to the one already at the BIND owner', () => {
    expect(answerCapacity([chain], ['keep-me-bind'])).toBe(6)
  })

  it('takes the longest question among the names sharing the owner, and a longer chain leaves less room', () => {
    const short = ['_acme-challenge.a.test', '_acme-challenge.x.test']
    const long = [
      '_acme-challenge.a-much-longer-name-than-the-other.example.test',
      'hop.example.test',
      '_acme-challenge.x.test',
    ]
    expect(answerCapacity([short, long], [])).toBe(answerCapacity([long], []))
    expect(answerCapacity([long], [])).toBeLessThan(answerCapacity([short], []))
  })

  it('is zero when other values already fill the answer', () => {
    const full = Array.from({ length: 8 }, (_, i) => value(i))
    expect(answerCapacity([chain], full)).toBe(0)
  })
})

/**
 * One alias owner that two runs fill at once, on a virtual clock: every provider and DNS call answers at once,
 * and a wait ends when every run still going is waiting, the earliest first. So which run reads, writes and
 * wakes before the other is decided by the code under test alone, never by the machine's speed.
 */
function sharedOwner(initial: readonly string[], runs: number) {
  const served = new Set(initial)
  const zone = 'validation.bind.test'
  const owner = `_acme-challenge.many.${zone}`
  const chains = [[`_acme-challenge.m1.example.test`, owner]]
  let now = 0
  let going = runs
  const sleepers: { at: number; wake: () => void }[] = []
  const tick = () => {
    if (sleepers.length === 0 || sleepers.length < going) return
    sleepers.sort((a, b) => a.at - b.at)
    const next = sleepers.shift() as { at: number; wake: () => void }
    now = next.at
    next.wake()
  }
  const server: AuthoritativeServer = { name: `ns.${zone}`, addresses: ['192.0.2.53'] }
  const dns = {
    zoneServers: async () => ({ zone, servers: [server] }),
    servedTxt: async () => [...served],
    askServer: async (): Promise<DnsResponse> => ({
      rcode: 'NOERROR',
      authoritative: true,
      answers: [...served].map((data) => ({ name: owner, type: 'TXT', ttl: 60, class: 'IN', data })),
      authorities: [],
      additionals: [],
    }),
  } as unknown as Resolver
  const provider: DnsProvider = {
    id: 'fake',
    append: async (_zone, _owner, values) => {
      for (const value of values) served.add(value)
    },
    remove: async (_zone, _owner, values) => {
      for (const value of values) served.delete(value)
    },
  }
  /** Whether every value served now fits one answer: all but one of them leave room for one more. */
  const fitsNow = () => answerCapacity(chains, [...served].slice(0, -1)) >= 1
  const validations: { run: string; values: string[]; fits: boolean }[] = []
  const lines: string[] = []

  /** One run of `names` challenges; its random() returns `random`. It removes its last batch when done, as cleanup does. */
  const run = async (name: string, names: number, random: number) => {
    const challenges = Array.from({ length: names }, (_, i) => ({
      identifier: `m${i + 1}.example.test`,
      wildcard: false,
      value: `${name}${String(i).padStart(2, '0')}${'x'.repeat(40)}`,
    })) as unknown as Challenge[]
    const batchRun: BatchRun = {
      provider,
      dns,
      size: 'auto',
      timeoutMs: 60_000,
      validate: async (batch) => {
        validations.push({ run: name, values: batch.map((c) => c.value), fits: fitsNow() })
      },
      stage: () => {},
      log: (line) => lines.push(`${name}: ${line}`),
      sleep: (ms) =>
        new Promise<void>((wake) => {
          sleepers.push({ at: now + ms, wake })
          tick()
        }),
      random: () => random,
    }
    try {
      await solveOwner({ zone, owner, challenges, chains }, batchRun)
      await provider.remove(
        zone,
        owner,
        challenges.map((c) => c.value),
      )
    } finally {
      going--
      tick()
    }
  }
  return { run, validations, served, lines }
}

describe('one run filling an owner (auto)', () => {
  it('puts the remainder in the first batch and fills the last, which one poll of the order confirms', async () => {
    const owner = sharedOwner([], 1)

    await owner.run('a', 12, 0)

    // seven values fit one answer at this owner: 5 then 7, not 7 then 5 (two authorization polls fewer)
    expect(owner.validations.map((v) => v.values.length)).toEqual([5, 7])
    expect(owner.validations.every((v) => v.fits)).toBe(true)
  })
})

describe('two runs filling one owner at once (auto)', () => {
  it('validates each batch only while the answer fits: a run that finds it overfull takes its batch back and waits for room', async () => {
    const owner = sharedOwner(['keep-me-bind'], 2)

    await Promise.all([owner.run('a', 12, 0), owner.run('b', 12, 0.9)])

    expect(owner.validations.filter((v) => !v.fits)).toEqual([])
    for (const name of ['a', 'b']) {
      const validated = owner.validations.filter((v) => v.run === name).flatMap((v) => v.values)
      expect(validated).toHaveLength(12)
    }
    expect([...owner.served]).toEqual(['keep-me-bind'])
    // both counted the room before either wrote: one of them found the answer overfull
    expect(owner.lines.join('\n')).toMatch(
      /another run wrote values there at the same time.*took 6 value\(s\) back/,
    )
  })
})
