// For APIs that replace a whole TXT set and offer no conditional write: write, read back, and write again until
// the set holds what this run asked for. Another run that read the set before our write and writes after it
// drops our values; its write is seen by our read-back, and its own read-back sees ours, so each run puts back
// only its own values and neither loses the other's.
import { setTimeout as delay } from 'node:timers/promises'

/**
 * Thrown by a write that the API refused for now (throttled) without acting on it. The write is not sent
 * again as it was: the set may change while we wait, so it is read and planned again after waitMs.
 */
export class WriteLater extends Error {
  constructor(readonly waitMs: number) {
    super(`write refused for now; read again in ${waitMs} ms`)
  }
}

export interface ReadBackWrite<S, W> {
  /** Names the set in messages, e.g. "desec: the TXT RRset at _acme-challenge.example.org". */
  readonly what: string
  read(): Promise<S>
  /** What to write for the set as read; undefined when it already is as wanted (our values there, or gone). */
  plan(current: S): W | undefined
  /** Write planned over current; throw WriteLater when the API asks to come back later. */
  write(current: S, planned: W): Promise<void>
  readonly sleep?: (ms: number) => Promise<void>
  readonly log?: (message: string) => void
  /** A number in [0, 1); tests fix it. */
  readonly random?: () => number
}

/** Writes after which a set still not as wanted means another writer keeps replacing it: fail, saying so. */
export const MAX_WRITES = 6
/** Throttled answers waited out in one call, beyond which the HTTP layer's own limits would long have ended it. */
const MAX_DEFERRALS = 8
// The read-back waits about as long as our own read and write took: another run's read-to-write window is
// about as long, so a write of theirs based on a read before ours has landed by then.
const MIN_SETTLE_MS = 300
const MAX_SETTLE_MS = 5_000

/**
 * Read, plan, write, wait, read back, until the plan finds nothing to do. The wait is jittered and doubles
 * with every write that did not hold, so runs racing on one owner fall apart instead of colliding again.
 */
export async function writeUntilHeld<S, W>(job: ReadBackWrite<S, W>): Promise<void> {
  const sleep = job.sleep ?? ((ms: number) => delay(ms))
  const random = job.random ?? Math.random
  let writes = 0
  let deferrals = 0
  for (;;) {
    const started = Date.now()
    const current = await job.read()
    const planned = job.plan(current)
    if (planned === undefined) return
    if (writes >= MAX_WRITES) {
      throw new Error(
        `${job.what} was replaced by another writer after each of our ${MAX_WRITES} writes; ` +
          'is something other than certalias runs rewriting it?',
      )
    }
    if (writes > 0) job.log?.(`${job.what} lost a value of ours to another writer; writing it again`)
    try {
      await job.write(current, planned)
    } catch (error) {
      if (!(error instanceof WriteLater) || ++deferrals > MAX_DEFERRALS) throw error
      await sleep(error.waitMs + Math.round(random() * MIN_SETTLE_MS))
      continue
    }
    writes++
    const cycle = Math.max(MIN_SETTLE_MS, Date.now() - started) * 2 ** (writes - 1)
    await sleep(Math.round(Math.min(MAX_SETTLE_MS, cycle) * (1 + random())))
  }
}
