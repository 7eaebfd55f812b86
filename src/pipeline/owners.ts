// The alias owners of a run, shared by every certificate it orders. Values at one owner share one TXT answer,
// which a CA may read only up to 512 bytes (batches.ts counts the room), so the room is kept per owner for the
// whole run, not per certificate: certificates whose values wait at one owner are written together (one write,
// one propagation wait), as many as fit, and the next ones take the room the first free.
//
// A request is admitted in the order it came (first come, first served), and a certificate asks for its owners
// one after another in one order of names: two certificates never each hold an owner the other waits for.
// Another run writing to the owner at the same moment is found as batches.ts describes: after writing, the run
// waits about as long as another run's count-to-write takes, counts again, and takes its values back when the
// answer no longer fits, to try again after a jittered, growing wait.
import { setTimeout as delay } from 'node:timers/promises'
import type { Challenge } from '../acme/index.js'
import type { Resolver } from '../dns/resolver.js'
import type { DnsProvider } from '../providers/types.js'
import { answerCapacity, type BatchSize, type OwnerWork, UDP_ANSWER_BYTES } from './batches.js'
import { waitForPropagation } from './propagate.js'

/** The least wait between our write and the count that looks for another run's write. */
const SETTLE_MS = 100
/** The first wait after a collision; it doubles with each one after it, up to 2^5 times. */
const COLLISION_WAIT_MS = 300

export interface Seat {
  readonly provider: DnsProvider
  readonly zone: string
  readonly owner: string
  /** The chains [challenge name, ..., owner] of the certificate's names whose values go here. */
  readonly chains: readonly (readonly string[])[]
  readonly values: readonly string[]
  /** `whole`: all the values at once, or wait; else as many as fit now (at least one), the rest for later. */
  readonly whole: boolean
  readonly size: BatchSize
  readonly timeoutMs: number
  /** How the log names this part of the certificate's values (`batch 2`). */
  readonly label?: string
}

/** Values written at an owner and served by every authoritative server of its zone. */
export interface Placement {
  readonly values: readonly string[]
  /** The servers waited on, for the log. */
  readonly waited: string
  /** The run removes them, and their room goes to the next certificate. */
  release(): Promise<void>
}

export interface DeskOptions {
  readonly dns: Resolver
  readonly stage: (message: string) => void
  readonly log: (message: string) => void
  /** How to wait; tests pass a virtual clock. */
  readonly sleep?: (ms: number) => Promise<void>
  /** A number in [0, 1); tests fix it. */
  readonly random?: () => number
}

interface Waiter {
  readonly seat: Seat
  readonly deadline: number
  /** Resolved when the room is taken (before writing): the certificate may ask for its next owner. */
  readonly admit: () => void
  readonly done: (placement: Placement) => void
  readonly fail: (error: Error) => void
}

interface OwnerState {
  readonly provider: DnsProvider
  readonly zone: string
  readonly owner: string
  readonly chains: (readonly string[])[]
  /** Every value of this run at the owner, written or waiting: not another run's. */
  readonly ours: Set<string>
  /** Values of this run written there now. */
  inUse: number
  readonly queue: Waiter[]
  busy: boolean
  collisions: number
}

export interface Admission {
  /** The room is taken: the next owner may be asked for. */
  readonly admitted: Promise<void>
  readonly placed: Promise<Placement>
}

export class OwnerDesk {
  readonly #owners = new Map<string, OwnerState>()
  readonly #options: DeskOptions
  readonly #sleep: (ms: number) => Promise<void>
  readonly #random: () => number

  constructor(options: DeskOptions) {
    this.#options = options
    this.#sleep = options.sleep ?? ((ms: number) => delay(ms))
    this.#random = options.random ?? Math.random
  }

  /** Ask for room at the seat's owner. */
  request(seat: Seat): Admission {
    const state = this.#state(seat)
    for (const chain of seat.chains) state.chains.push(chain)
    for (const value of seat.values) state.ours.add(value)
    let admit = () => {}
    const admitted = new Promise<void>((resolve) => {
      admit = resolve
    })
    const placed = new Promise<Placement>((done, fail) => {
      state.queue.push({ seat, deadline: Date.now() + seat.timeoutMs, admit, done, fail })
    })
    // a failure before admission reaches the caller through `placed`
    placed.catch(() => admit())
    void this.#pump(state)
    return { admitted, placed }
  }

  /** The values the seat's owner takes at once when no other value of this run is there. */
  async capacity(seat: Seat): Promise<number> {
    const state = this.#state(seat)
    return this.#capacity(state, seat.size, [...state.chains, ...seat.chains])
  }

  #state(seat: Seat): OwnerState {
    const key = `${seat.provider.id} ${seat.owner}`
    let state = this.#owners.get(key)
    if (state === undefined) {
      state = {
        provider: seat.provider,
        zone: seat.zone,
        owner: seat.owner,
        chains: [],
        ours: new Set(),
        inUse: 0,
        queue: [],
        busy: false,
        collisions: 0,
      }
      this.#owners.set(key, state)
    }
    return state
  }

  async #capacity(
    state: OwnerState,
    size: BatchSize,
    chains: readonly (readonly string[])[] = state.chains,
  ): Promise<number> {
    if (size === 0) return Number.POSITIVE_INFINITY
    if (size !== 'auto') return size
    const served = (await this.#options.dns.servedTxt(state.zone, state.owner)) ?? []
    return answerCapacity(
      chains,
      served.filter((v) => !state.ours.has(v)),
    )
  }

  /** One round at a time per owner: admit, write, wait for propagation, count again, hand out. */
  async #pump(state: OwnerState): Promise<void> {
    if (state.busy) return
    state.busy = true
    try {
      while (state.queue.length > 0) {
        const [head] = state.queue as [Waiter]
        const counted = Date.now()
        const free = (await this.#capacity(state, head.seat.size)) - state.inUse
        const taken: { waiter: Waiter; values: readonly string[] }[] = []
        let room = free
        for (const waiter of state.queue) {
          const { values, whole } = waiter.seat
          if (room <= 0 || (whole && values.length > room)) break
          // The batch that completes a certificate's order is confirmed by one poll of the order, each earlier
          // batch by a poll of each of its authorizations: the earlier batches carry the remainder, the last ones
          // are full, in as many batches as before (12 values, 7 to an answer: 5 then 7).
          const take = !whole && values.length > room ? values.length % room || room : room
          const share = values.slice(0, take)
          taken.push({ waiter, values: share })
          room -= share.length
        }
        if (taken.length === 0) {
          // another certificate of this run frees room when it is done: it calls the pump again
          if (state.inUse > 0) return
          if (Date.now() > head.deadline) {
            state.queue.shift()
            head.fail(this.#stayedFull(state, head.seat))
            continue
          }
          this.#options.log(
            `${state.owner}: no room in one ${UDP_ANSWER_BYTES}-byte answer (other values are there); waiting`,
          )
          await this.#sleep(250 + Math.floor(this.#random() * 500))
          continue
        }
        state.queue.splice(0, taken.length)
        for (const { waiter } of taken) waiter.admit()
        await this.#round(state, taken, counted)
      }
    } finally {
      state.busy = false
    }
  }

  async #round(
    state: OwnerState,
    taken: readonly { waiter: Waiter; values: readonly string[] }[],
    counted: number,
  ): Promise<void> {
    const values = taken.flatMap((t) => t.values)
    const fail = (error: unknown) => {
      for (const { waiter } of taken) waiter.fail(error as Error)
    }
    try {
      await state.provider.append(state.zone, state.owner, values)
    } catch (error) {
      return fail(error)
    }
    state.inUse += values.length
    const written = Date.now()
    const deadline = Math.min(...taken.map((t) => t.waiter.deadline))
    const label = taken.length === 1 ? taken[0]?.waiter.seat.label : undefined
    const what =
      taken.length === 1
        ? `${label ? `${label}, ` : ''}${values.length} value(s)`
        : `${values.length} value(s) of ${taken.length} certificates`
    this.#options.stage(`TXT written: ${state.owner} (zone ${state.zone}): ${what}`)
    let waited: string
    try {
      waited = await waitForPropagation(
        [{ zone: state.zone, owner: state.owner, values }],
        this.#options.dns,
        {
          timeoutMs: Math.max(1, deadline - Date.now()),
          log: this.#options.log,
        },
      )
    } catch (error) {
      await this.#remove(state, values).catch(() => {})
      return fail(error)
    }
    // Only values written in batches count again: a certificate whose values all fit at once is validated at once,
    // as before the batches existed, and a wait here would add its length to every issuance.
    if (taken.some((t) => t.waiter.seat.size === 'auto' && !t.waiter.seat.whole)) {
      // another run that counted when we did has written by now: its count-to-write took about as long as ours
      const settle = Math.max(SETTLE_MS, 2 * (written - counted)) * (1 + this.#random())
      await this.#sleep(Math.max(0, Math.round(written + settle - Date.now())))
      if ((await this.#capacity(state, 'auto')) < state.inUse) {
        await this.#remove(state, values)
        if (Date.now() > deadline) return fail(this.#stayedFull(state, taken[0]?.waiter.seat))
        state.collisions += 1
        const wait = Math.round(
          COLLISION_WAIT_MS * 2 ** Math.min(state.collisions - 1, 5) * (1 + this.#random()),
        )
        this.#options.log(
          `${state.owner}: another run wrote values there at the same time, and together they overflow one ${UDP_ANSWER_BYTES}-byte answer: took ${values.length} value(s) back, trying again in ${wait} ms`,
        )
        await this.#sleep(wait)
        state.queue.unshift(...taken.map((t) => t.waiter))
        return
      }
    }
    for (const { waiter, values: share } of taken) {
      let released = false
      waiter.done({
        values: share,
        waited,
        release: async () => {
          if (released) return
          released = true
          await this.#remove(state, share)
          void this.#pump(state)
        },
      })
    }
  }

  async #remove(state: OwnerState, values: readonly string[]): Promise<void> {
    try {
      await state.provider.remove(state.zone, state.owner, [...values])
    } finally {
      state.inUse -= values.length
    }
  }

  #stayedFull(state: OwnerState, seat: Seat | undefined): Error {
    const seconds = Math.round((seat?.timeoutMs ?? 0) / 1000)
    return new Error(
      `${state.owner} stayed full for ${seconds} s: other values leave no room for ours in a ${UDP_ANSWER_BYTES}-byte answer; give other runs their own owner, or set txt_batch_size`,
    )
  }
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

/**
 * Solve one owner's challenges of one certificate batch by batch, each as many values as the owner takes then,
 * and remove each batch once the CA validated it. Returns how many batches ran.
 */
export async function solveOwner(
  work: OwnerWork,
  run: BatchRun,
  desk: OwnerDesk = new OwnerDesk(run),
): Promise<number> {
  let remaining = [...work.challenges]
  let batches = 0
  while (remaining.length > 0) {
    const placement = await desk.request({
      provider: run.provider,
      zone: work.zone,
      owner: work.owner,
      chains: work.chains,
      values: remaining.map((c) => c.value),
      whole: false,
      size: run.size,
      timeoutMs: run.timeoutMs,
      label: `batch ${batches + 1}`,
    }).placed
    const batch = remaining.filter((c) => placement.values.includes(c.value))
    remaining = remaining.filter((c) => !placement.values.includes(c.value))
    batches += 1
    try {
      await run.validate(batch)
      run.stage(`Validation: the CA validated batch ${batches} at ${work.owner}`)
    } finally {
      await placement.release()
    }
  }
  return batches
}
