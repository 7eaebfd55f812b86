// For APIs that replace a whole TXT set and offer no conditional write: write, read back, and write again until
// the set holds what this run asked for. Another run that read the set before our write and writes after it
// drops our values; its write is seen by our read-back, and its own read-back sees ours, so each run puts back
// only its own values and neither loses the other's.
//
// THE RULE for every provider whose write replaces a whole set (a new one too): a write is planned from the read
// just before it, and is never sent again as it was planned.
//   - Send the whole-set write only from `write` of a writeUntilHeld job, built from `current` (the set `read`
//     just returned: uncached, as the API holds it now) and `planned`, never from anywhere else.
//   - Do not retry it, or catch its failure to send it again. Inside `write` the HTTP layer sends every
//     request once (src/http/send-once.ts), whatever client or `idempotent` option the provider uses. A
//     failure that a later attempt may get past (a timeout, a dropped connection, a 5xx, a 429 or 503 with its
//     wait) comes back here: writeUntilHeld waits (as long as the server asked, else a growing backoff), then
//     reads, plans and writes again. A resent write would be stale: another run may have written in between,
//     and the old set would drop its value, or bring back one that was removed.
//   - An API that says "later" in a way the HTTP layer cannot see (a throttle in a 200 answer) throws WriteLater.
//   - Expected answers that are not failures stay the provider's (`expect: [409]`: someone created the set
//     first): return, and the read-back merges into what is there.
//   - Its unit test shows a 5xx on the write followed by a read, not by the same write: against the provider
//     contract's stateful fake, by naming the write in `wholeSetWrite` (test/support/provider-contract.ts).
// A write that timed out may still land after our next read; the read-back of whichever run it drops a value of
// puts that value back, unless that run had already finished: the window is the server's own processing delay.
import { setTimeout as delay } from 'node:timers/promises'
import { formatMs, ProviderHttpError } from '../http/client.js'
import { sendingOnce } from '../http/send-once.js'

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
  /**
   * Write planned over current, sent once (see the rule at the top); throw WriteLater when the API asks to come
   * back later in a way the HTTP layer cannot see.
   */
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
/** Writes in a row that failed without an answer to trust (timeout, 5xx): as many as the HTTP layer's attempts. */
export const MAX_FAILED_WRITES = 5
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
  const retries = failedWrites(job.what, random)
  let writes = 0
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
      await sendingOnce(() => job.write(current, planned))
    } catch (error) {
      const wait = retries.waitAfter(error)
      if (wait === undefined) throw error
      job.log?.(wait.message)
      await sleep(wait.ms)
      continue
    }
    retries.succeeded()
    writes++
    const cycle = Math.max(MIN_SETTLE_MS, Date.now() - started) * 2 ** (writes - 1)
    await sleep(Math.round(Math.min(MAX_SETTLE_MS, cycle) * (1 + random())))
  }
}

/**
 * The failed writes of one call, counted: waitAfter answers how long to wait before reading the set again (and
 * what to log), or undefined when the error is to be thrown (not one a later write may get past, or too many of them).
 */
export function failedWrites(
  what: string,
  random: () => number,
): {
  waitAfter(error: unknown): { ms: number; message: string } | undefined
  succeeded(): void
} {
  let failures = 0
  let deferrals = 0
  return {
    waitAfter(error) {
      const later = comeBackLater(error)
      if (later === undefined) return undefined
      if (later.waitMs === undefined ? ++failures >= MAX_FAILED_WRITES : ++deferrals > MAX_DEFERRALS)
        return undefined
      // jittered either way: runs failed or throttled together do not come back together
      const ms = Math.round(
        later.waitMs === undefined
          ? Math.min(MAX_SETTLE_MS, MIN_SETTLE_MS * 2 ** (failures - 1)) * (1 + random())
          : later.waitMs + random() * MIN_SETTLE_MS,
      )
      return {
        ms,
        message: `${what}: the write ${later.what}; not sent again as it was: reading the set again in ${formatMs(ms)}`,
      }
    },
    succeeded() {
      failures = 0
    },
  }
}

/**
 * How to come back to a write that failed: the wait the API asked for (undefined: back off), and what happened,
 * for the log. Undefined for a failure that a later write would meet again.
 */
function comeBackLater(error: unknown): { waitMs: number | undefined; what: string } | undefined {
  if (error instanceof WriteLater) return { waitMs: error.waitMs, what: 'was refused for now' }
  if (!(error instanceof ProviderHttpError) || error.transient === undefined) return undefined
  const what =
    error.status !== undefined
      ? `failed (HTTP ${error.status})`
      : error.kind === 'timeout'
        ? 'got no answer in time (it may still land)'
        : 'lost its connection (it may have landed)'
  return { waitMs: error.transient.waitMs, what }
}
