// Serializes read-merge-write cycles per key (zone + owner) inside this process, for APIs without concurrency control.

export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>()

  /** Run task after every task queued before it under the same key; other keys run in parallel. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve()
    let release!: () => void
    const done = new Promise<void>((resolve) => {
      release = resolve
    })
    const tail = previous.then(() => done)
    this.#tails.set(key, tail)
    await previous
    try {
      return await task()
    } finally {
      release()
      // the last one out forgets the key, so the map does not grow with every owner ever written
      if (this.#tails.get(key) === tail) this.#tails.delete(key)
    }
  }

  /** Keys with a task running or waiting (for tests). */
  get size(): number {
    return this.#tails.size
  }
}

/** The key for one owner in one zone: DNS names compare case-insensitively, and a trailing dot changes nothing. */
export function ownerKey(...parts: string[]): string {
  return parts.map((part) => part.toLowerCase().replace(/\.$/, '')).join('|')
}

/**
 * The promise `make` gives, made once and shared by every caller (a token, a listing); a failed one is forgotten,
 * so the next caller asks again.
 */
export function rememberedUntilFailed<T>(make: () => Promise<T>): () => Promise<T> {
  let remembered: Promise<T> | undefined
  return () => {
    if (remembered === undefined) {
      const made = make()
      remembered = made
      made.catch(() => {
        if (remembered === made) remembered = undefined
      })
    }
    return remembered
  }
}
