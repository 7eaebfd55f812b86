// For APIs whose write names the set as it was read (an etag in If-Match, a version, the exact old set to delete)
// and is refused when the set changed since: such a write can never drop another writer's value, so no read-back
// is needed. Read, plan, write once; a refusal means someone wrote in between: read and plan again.
// The write is sent once (src/http/send-once.ts) like a whole-set write (src/providers/read-back.ts): a timeout or
// a 5xx may or may not have landed, and a throttled write may meet a changed set after the wait, so each is followed
// by a fresh read and plan, which finds what is left to do, never by the same write.
import { setTimeout as delay } from 'node:timers/promises'
import { ProviderHttpError } from '../http/client.js'
import { sendingOnce } from '../http/send-once.js'
import { failedWrites } from './read-back.js'

export interface ConditionalWrite<S, W, R = void> {
  /** Names the set in messages, e.g. "azure: the TXT record set at _acme-challenge.example.org". */
  readonly what: string
  read(): Promise<S>
  /** What to write for the set as read; undefined when it already is as wanted. */
  plan(current: S): W | undefined
  /** The write planned over current, conditional on current; sent once. What it answers is the loop's answer. */
  write(current: S, planned: W): Promise<R>
  /** Whether the API refused the write because the set is no longer as read (412, or the API's own answer). */
  isConflict(error: unknown): boolean
  /** Writes refused as conflicts, after which the last refusal is thrown. */
  readonly attempts: number
  /** Logged on a conflict; default: `${what} changed while we wrote it; reading it again`. */
  readonly conflictNote?: string
  readonly sleep?: (ms: number) => Promise<void>
  readonly log?: (message: string) => void
  /** A number in [0, 1); tests fix it. */
  readonly random?: () => number
}

/**
 * Read, plan and write conditionally until the write is taken (answers what the write answered) or the plan finds
 * nothing to do (answers undefined).
 */
export async function writeConditionally<S, W, R = void>(
  job: ConditionalWrite<S, W, R>,
): Promise<R | undefined> {
  const sleep = job.sleep ?? ((ms: number) => delay(ms))
  const retries = failedWrites(job.what, job.random ?? Math.random)
  for (let conflicts = 0; ; ) {
    const current = await job.read()
    const planned = job.plan(current)
    if (planned === undefined) return undefined
    try {
      return await sendingOnce(() => job.write(current, planned))
    } catch (error) {
      if (job.isConflict(error)) {
        if (++conflicts >= job.attempts) throw error
        job.log?.(job.conflictNote ?? `${job.what} changed while we wrote it; reading it again`)
        continue
      }
      const wait = retries.waitAfter(error)
      if (wait === undefined) throw error
      job.log?.(wait.message)
      await sleep(wait.ms)
    }
  }
}

/** A conflict answered with one of these HTTP statuses (412 Precondition Failed, mostly). */
export function refusedWith(...statuses: number[]): (error: unknown) => boolean {
  return (error) =>
    error instanceof ProviderHttpError && error.status !== undefined && statuses.includes(error.status)
}

// An API that applies a change on its servers after answering (Route 53's INSYNC, Cloud DNS's done) is polled with
// these growing waits, up to the limit.
const CHANGE_WAITS_MS = [1000, 2000, 3000, 5000]
const CHANGE_LIMIT_MS = 120_000

/**
 * Poll `applied` until the API says the change is on all its servers. Past the limit `late` is told how many
 * seconds went by, to warn: the name servers are checked afterwards anyway, so a slow change is not a failure.
 */
export async function waitForChange(
  applied: () => Promise<boolean>,
  sleep: (ms: number) => Promise<void>,
  late: (seconds: number) => void,
): Promise<void> {
  let waited = 0
  for (let i = 0; waited < CHANGE_LIMIT_MS; i++) {
    const wait = CHANGE_WAITS_MS[Math.min(i, CHANGE_WAITS_MS.length - 1)] as number
    await sleep(wait)
    waited += wait
    if (await applied()) return
  }
  late(CHANGE_LIMIT_MS / 1000)
}
