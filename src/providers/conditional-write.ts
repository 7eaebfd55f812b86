// For APIs whose write names the set as it was read (an etag in If-Match, a version, the exact old set to delete)
// and is refused when the set changed since: such a write can never drop another writer's value, so no read-back
// is needed. Read, plan, write once; a refusal means someone wrote in between: read and plan again.
// The write is sent once (src/http/send-once.ts) like a whole-set write (src/providers/read-back.ts): a timeout or
// a 5xx may or may not have landed, and a throttled write may meet a changed set after the wait, so each is followed
// by a fresh read and plan, which finds what is left to do, never by the same write.
import { setTimeout as delay } from 'node:timers/promises'
import { sendingOnce } from '../http/send-once.js'
import { failedWrites } from './read-back.js'

export interface ConditionalWrite<S, W> {
  /** Names the set in messages, e.g. "azure: the TXT record set at _acme-challenge.example.org". */
  readonly what: string
  read(): Promise<S>
  /** What to write for the set as read; undefined when it already is as wanted. */
  plan(current: S): W | undefined
  /** The write planned over current, conditional on current; sent once. */
  write(current: S, planned: W): Promise<void>
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

/** Read, plan and write conditionally until the write is taken or the plan finds nothing to do. */
export async function writeConditionally<S, W>(job: ConditionalWrite<S, W>): Promise<void> {
  const sleep = job.sleep ?? ((ms: number) => delay(ms))
  const retries = failedWrites(job.what, job.random ?? Math.random)
  for (let conflicts = 0; ; ) {
    const current = await job.read()
    const planned = job.plan(current)
    if (planned === undefined) return
    try {
      await sendingOnce(() => job.write(current, planned))
      return
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
