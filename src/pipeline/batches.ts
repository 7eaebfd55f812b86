// Validate in batches the CA can read. Many names behind one alias owner put all their values in one TXT answer,
// and a CA's resolver may read only 512 bytes of a UDP answer (Debian's Pebble reads no more, and sees no value
// at all beyond that). So each owner's challenges are solved in batches whose answer, with the values already at
// the owner, fits: write a batch, wait until every server serves it, let the CA validate it, remove it, then the
// next. Owners run in parallel; the order is finalized once, after every batch.
//
// owners.ts keeps each owner's room for the whole run, and finds another run writing there at the same moment.
import type { Challenge } from '../acme/index.js'
import type { Plan } from './plan.js'

/** What a CA without EDNS reads of a UDP answer (RFC 1035 section 4.2.1). */
export const UDP_ANSWER_BYTES = 512
/** An ACME dns-01 value: base64url of a SHA-256 digest. */
const VALUE_LENGTH = 43

/** `txt_batch_size`: 'auto' fits a 512-byte answer; 0 is no limit; n is at most n values per owner at once. */
export type BatchSize = 'auto' | number

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
