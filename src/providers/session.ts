// A provider's login session (INWX, netcup, Joker): opened on first use and shared by every call of the run,
// opened again when the API says it expired, and closed (logged out) once when the run is done with DNS.

export interface SessionSpec<S> {
  /** Log in. */
  open(): Promise<S>
  /** Log out; leave it out where the API has no logout. */
  close?(session: S): Promise<void>
  /** Where the API ends a session unused for this long, a call after such a pause logs in anew first. */
  readonly maxIdleMs?: number
}

/** Thrown by a call whose answer says the session is no longer valid (expired, logged out elsewhere). */
export class SessionExpired extends Error {
  constructor(message = 'the session expired') {
    super(message)
  }
}

export class LoginSession<S> {
  readonly #spec: SessionSpec<S>
  #opening: Promise<S> | undefined
  #lastUse = 0

  constructor(spec: SessionSpec<S>) {
    this.#spec = spec
  }

  /** The open session; the first call logs in. A failed login is not kept: the next call tries again. */
  open(): Promise<S> {
    const now = Date.now()
    const { maxIdleMs } = this.#spec
    // the API has ended it by now: no logout to send, a new login instead
    if (maxIdleMs !== undefined && now - this.#lastUse > maxIdleMs) this.#opening = undefined
    this.#lastUse = now
    if (this.#opening === undefined) {
      const opening = this.#spec.open()
      opening.catch(() => {
        if (this.#opening === opening) this.#opening = undefined
      })
      this.#opening = opening
    }
    return this.#opening
  }

  /**
   * Run a call in the session. When it throws SessionExpired the session is dropped; with `again` (the default)
   * the call runs once more in a new session, without it the error goes to the caller (a write that must be
   * planned again before it is sent).
   */
  async run<T>(call: (session: S) => Promise<T>, options: { again?: boolean } = {}): Promise<T> {
    const opening = this.open()
    const session = await opening
    try {
      return await call(session)
    } catch (error) {
      if (!(error instanceof SessionExpired)) throw error
      // parallel calls all see the expiry: only the first drops the session, the others use the new one
      if (this.#opening === opening) this.#opening = undefined
      if (options.again === false) throw error
      return call(await this.open())
    }
  }

  /** Log out if a session is open; a later call logs in again. */
  async close(): Promise<void> {
    const opening = this.#opening
    this.#opening = undefined
    if (opening === undefined || this.#spec.close === undefined) return
    const session = await opening.then(
      (value) => ({ value }),
      () => undefined,
    )
    if (session !== undefined) await this.#spec.close(session.value)
  }
}
