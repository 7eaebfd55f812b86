// Validate in batches the CA can read. Many names behind one alias owner put all their values in one TXT answer,
// and a CA's resolver may read only 512 bytes of a UDP answer (Debian's Pebble reads no more, and sees no value
// at all beyond that). So each owner's challenges are solved in batches whose answer, with the values already at
// the owner, fits: write a batch, wait until every server serves it, let the CA validate it, remove it, then the
// next. Owners run in parallel; the order is finalized once, after every batch.
//
// Two runs filling one owner at once (matrix jobs, overlapping workflows) each count the room before the other's
// values are there, and together overflow the answer: the CA would see no value at all. So before the CA is asked,
// a run waits about as long as a write of another run that counted the room at the same moment takes to land,
// counts again, and, when the answer no longer fits, takes its batch back and tries again after a jittered,
// growing wait: one run goes first, the other waits for room. What remains: another run whose count-to-write
// takes longer than that wait, or a first server (the one counted on) that lags behind the others, can still
// overflow the answer while the CA reads it; that run's CA validation fails, and the order with it.
import { setTimeout as delay } from 'node:timers/promises'
import type { Challenge } from '../acme/index.js'
import type { Resolver } from '../dns/resolver.js'
import type { DnsProvider } from '../providers/types.js'
import type { Plan } from './plan.js'
import { waitForPropagation } from './propagate.js'
import type { OwnerRecords } from './records.js'

/** What a CA without EDNS reads of a UDP answer (RFC 1035 section 4.2.1). */
export const UDP_ANSWER_BYTES = 512
/** An ACME dns-01 value: base64url of a SHA-256 digest. */
const VALUE_LENGTH = 43

/** `txt_batch_size`: 'auto' fits a 512-byte answer; 0 is no limit; n is at most n values per owner at once. */
export type BatchSize = 'auto' | number

/** The least wait between our write and the count that looks for another run's write. */
const SETTLE_MS = 100
/** The first wait after a collision; it doubles with each one after it, up to 2^5 times. */
const COLLISION_WAIT_MS = 300

/** Bytes of a name in a DNS message without compression: a length byte per label, the labels, the root. */
const wireLength = (name: string) => name.length + 2

/**
 * How many more values of ours fit at an owner, for the longest question that leads there: the header, the
 * question, a CNAME record per hop (its target uncompressed, the worst case) and a TXT record per value
 * (owner compressed to a pointer), the values already there included.
 */
export function answerCapacity(chains: readonly (readonly string[])[], present: readonly string[]): number {
  const fixed = Math.max(
    0,
    ...chains.map((chain) => {
      const question = wireLength(chain[0] ?? '') + 4
      const cnames = chain.slice(1).reduce((sum, target) => sum + 2 + 10 + wireLength(target), 0)
      return 12 + question + cnames
    }),
  )
  const txt = (value: string) => 2 + 10 + 1 + Buffer.byteLength(value)
  const used = fixed + present.reduce((sum, value) => sum + txt(value), 0)
  return Math.max(0, Math.floor((UDP_ANSWER_BYTES - used) / txt('x'.repeat(VALUE_LENGTH))))
}

export interface OwnerWork {
  readonly zone: string
  readonly owner: string
  readonly challenges: readonly Challenge[]
  /** The chains [challenge name, ..., owner] of the names whose values go here. */
  readonly chains: readonly (readonly string[])[]
}

/** The challenges of each owner, with the chains that lead there. */
export function ownerWork(plan: Plan, challenges: readonly Challenge[]): OwnerWork[] {
  return plan.owners.flatMap((group) => {
    const names = plan.names.filter((n) => n.owner === group.owner)
    const mine = challenges.filter((c) =>
      names.some((n) => n.name.name === (c.wildcard ? `*.${c.identifier}` : c.identifier)),
    )
    if (mine.length === 0) return []
    return [{ zone: group.zone, owner: group.owner, challenges: mine, chains: names.map((n) => n.chain) }]
  })
}

export interface BatchRun {
  readonly provider: DnsProvider
  readonly dns: Resolver
  readonly validate: (challenges: readonly Challenge[]) => Promise<void>
  readonly size: BatchSize
  readonly timeoutMs: number
  readonly stage: (message: string) => void
  readonly log: (message: string) => void
  /** How to wait; tests pass a virtual clock. */
  readonly sleep?: (ms: number) => Promise<void>
  /** A number in [0, 1); tests fix it. */
  readonly random?: () => number
}

/** How many values each owner takes at once now; Infinity when there is no limit. */
export async function roomAt(work: OwnerWork, run: BatchRun, ours: ReadonlySet<string>): Promise<number> {
  if (run.size === 0) return Number.POSITIVE_INFINITY
  if (run.size !== 'auto') return run.size
  const served = (await run.dns.servedTxt(work.zone, work.owner)) ?? []
  return answerCapacity(
    work.chains,
    served.filter((v) => !ours.has(v)),
  )
}

/**
 * Solve one owner's challenges batch by batch. Another run writing to the owner leaves less room: then wait, with
 * jitter so that runs started together spread out, until there is room again (bounded by the propagation
 * timeout). Returns how many batches ran.
 */
export async function solveOwner(work: OwnerWork, run: BatchRun): Promise<number> {
  const sleep = run.sleep ?? ((ms: number) => delay(ms))
  const random = run.random ?? Math.random
  const ours = new Set(work.challenges.map((c) => c.value))
  const deadline = Date.now() + run.timeoutMs
  const stayedFull = () =>
    new Error(
      `${work.owner} stayed full for ${Math.round(run.timeoutMs / 1000)} s: other values leave no room for ours in a ${UDP_ANSWER_BYTES}-byte answer; give other runs their own owner, or set txt_batch_size`,
    )
  let remaining = [...work.challenges]
  let batches = 0
  let collisions = 0
  while (remaining.length > 0) {
    const counted = Date.now()
    const room = await roomAt(work, run, ours)
    if (room <= 0) {
      if (Date.now() > deadline) throw stayedFull()
      run.log(
        `${work.owner}: no room in one ${UDP_ANSWER_BYTES}-byte answer (other values are there); waiting`,
      )
      await sleep(250 + Math.floor(random() * 500))
      continue
    }
    const batch = remaining.slice(0, room)
    const number = batches + 1
    const values = batch.map((c) => c.value)
    const record: OwnerRecords = { zone: work.zone, owner: work.owner, values }
    await run.provider.append(work.zone, work.owner, values)
    const written = Date.now()
    run.stage(`TXT written: ${work.owner} (zone ${work.zone}): batch ${number}, ${values.length} value(s)`)
    await waitForPropagation([record], run.dns, {
      timeoutMs: Math.max(1, deadline - Date.now()),
      log: run.log,
    })
    if (run.size === 'auto') {
      // another run that counted when we did has written by now: its count-to-write took about as long as ours
      const settle = Math.max(SETTLE_MS, 2 * (written - counted)) * (1 + random())
      await sleep(Math.max(0, Math.round(written + settle - Date.now())))
      if ((await roomAt(work, run, ours)) < batch.length) {
        await run.provider.remove(work.zone, work.owner, values)
        if (Date.now() > deadline) throw stayedFull()
        collisions += 1
        const wait = Math.round(COLLISION_WAIT_MS * 2 ** Math.min(collisions - 1, 5) * (1 + random()))
        run.log(
          `${work.owner}: another run wrote values there at the same time, and together they overflow one ${UDP_ANSWER_BYTES}-byte answer: took batch ${number} back, trying again in ${wait} ms`,
        )
        await sleep(wait)
        continue
      }
    }
    batches = number
    remaining = remaining.slice(batch.length)
    await run.validate(batch)
    run.stage(`Validation: the CA validated batch ${batches} at ${work.owner}`)
    // room for the next batch; after the last one the pipeline's cleanup removes every value anyway
    if (remaining.length > 0) await run.provider.remove(work.zone, work.owner, values)
  }
  return batches
}
