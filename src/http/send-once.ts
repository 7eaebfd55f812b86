// Requests sent at most once. Inside sendingOnce(work), every request of every HttpClient goes out one time: a
// failure a later attempt could get past (a timeout, a dropped connection, a 5xx, a throttled answer) is thrown
// at once, marked `transient` with the wait the server asked for, and the caller decides what to send next.
// A scope rather than a request option, so that no request inside it can be resent by forgetting the option:
// a whole-set write must never go out again as it was planned (src/providers/read-back.ts says why).
import { AsyncLocalStorage } from 'node:async_hooks'

const scope = new AsyncLocalStorage<true>()

/** Runs work with every HTTP request made inside it (awaited calls, callbacks, nested helpers) sent once. */
export function sendingOnce<T>(work: () => Promise<T>): Promise<T> {
  return scope.run(true, work)
}

/** Whether the request being made now is inside sendingOnce. */
export function insideSendingOnce(): boolean {
  return scope.getStore() === true
}
