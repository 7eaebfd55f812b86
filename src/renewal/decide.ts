// Whether to issue now: one pure function over the facts, whose reason travels with the result so the log,
// the outputs and the job summary say the same thing.
import { createHash } from 'node:crypto'

/** The suggested renewal window of ARI (RFC 9773 section 4.2). */
export interface RenewalWindow {
  readonly start: Date
  readonly end: Date
  readonly explanationUrl?: string
}

export interface CurrentFacts {
  readonly names: readonly string[]
  readonly keyType: string
  readonly notBefore: Date
  readonly notAfter: Date
  readonly certId?: string
  readonly serial: string
}

export interface RenewalFacts {
  readonly now: Date
  /** The names of `domain`, punycode, as the certificate must carry them. */
  readonly names: readonly string[]
  readonly keyType: string
  readonly force: boolean
  /** The certificate in use; undefined when there is none. */
  readonly current?: CurrentFacts
  /** Why the certificate in use could not be read, when that is so. */
  readonly unreadable?: string
  /** The CA's window for the current certificate, when the CA has ARI and answered well. */
  readonly window?: RenewalWindow
  /** How often the workflow runs: a renewal time before the next run means now. */
  readonly checkIntervalMs: number
  /** `renew_before`: renew at least this long before expiry when there is no ARI window. */
  readonly renewBeforeMs?: number
}

export interface Decision {
  readonly due: boolean
  /** One line, e.g. "names changed: +www.example.com" or "not due: expires in 40 days, renewal from 2027-01-20T00:00:00Z". */
  readonly reason: string
  /** From when a run renews the current certificate (undefined when there is no current certificate). */
  readonly renewAfter?: Date
  /** The point in the ARI window chosen for this certificate. */
  readonly renewAt?: Date
}

const DAY = 86_400_000

export function decide(facts: RenewalFacts): Decision {
  const { current, now } = facts
  if (facts.unreadable !== undefined)
    return { due: true, reason: `current certificate unreadable: ${facts.unreadable}` }
  if (current === undefined) return { due: true, reason: 'no current certificate' }
  const timing = renewalTime(facts, current)
  const due = (reason: string): Decision => ({ due: true, reason, ...timing })
  if (facts.force) return due('forced')
  const changed = nameChanges(facts.names, current.names)
  if (changed !== undefined) return due(`names changed: ${changed}`)
  if (current.keyType !== facts.keyType)
    return due(`key type changed: ${current.keyType} -> ${facts.keyType}`)
  if (current.notAfter.getTime() <= now.getTime()) return due(`expired on ${iso(current.notAfter)}`)

  const window = facts.window
  if (window !== undefined) {
    if (now.getTime() > window.end.getTime()) return due(`renewal window passed on ${iso(window.end)}`)
    // RFC 9773 section 4.2: renew at the time chosen in the window, or at the last run before it
    const renewAt = timing.renewAt as Date
    const renewAfter = timing.renewAfter as Date
    const span = `the CA's window ${iso(window.start)} to ${iso(window.end)}`
    if (renewAt.getTime() <= now.getTime()) return due(`renewal time ${iso(renewAt)} in ${span} has come`)
    if (renewAfter.getTime() <= now.getTime()) {
      return due(`renewal time ${iso(renewAt)} in ${span} falls before the next run`)
    }
    return {
      due: false,
      reason: `not due: renewal from ${iso(renewAfter)} (this certificate's time in ${span} is ${iso(renewAt)}, less check_interval)`,
      ...timing,
    }
  }
  const left = current.notAfter.getTime() - now.getTime()
  if ((timing.renewAfter as Date).getTime() <= now.getTime()) return due(`expires in ${days(left)}`)
  return {
    due: false,
    reason: `not due: expires in ${days(left)}, renewal from ${iso(timing.renewAfter as Date)}`,
    ...timing,
  }
}

/**
 * When the current certificate is renewed. With an ARI window: a point in it (RFC 9773 asks for a uniform
 * random one), and a run renews when that point falls before the next run. The point comes from a hash of the
 * certID rather than a new draw each run: it is as uniform across certificates, but stays put from run to
 * run, so `renew_after` tells the truth and daily runs do not pile their chances onto the window's start.
 * Without a window: a third of the lifetime before expiry (half for 10 days or less), or `renew_before`.
 */
function renewalTime(facts: RenewalFacts, current: CurrentFacts): Pick<Decision, 'renewAfter' | 'renewAt'> {
  const window = facts.window
  if (window !== undefined) {
    const span = Math.max(0, window.end.getTime() - window.start.getTime())
    const renewAt = new Date(
      window.start.getTime() + Math.floor(pointInWindow(current.certId ?? current.serial) * span),
    )
    return { renewAt, renewAfter: new Date(renewAt.getTime() - facts.checkIntervalMs) }
  }
  const lifetime = current.notAfter.getTime() - current.notBefore.getTime()
  const share = lifetime <= 10 * DAY ? lifetime / 2 : lifetime / 3
  const before = Math.max(share, facts.renewBeforeMs ?? 0)
  return { renewAfter: new Date(current.notAfter.getTime() - before) }
}

/** A number in [0, 1) from the certificate's identity: the same every run, spread evenly across certificates. */
export function pointInWindow(identity: string): number {
  return createHash('sha256').update(identity).digest().readUInt32BE(0) / 2 ** 32
}

/** "+new.example.com, -old.example.com", or undefined when the sets are equal (case-insensitive). */
export function nameChanges(wanted: readonly string[], current: readonly string[]): string | undefined {
  const want = new Set(wanted.map((n) => n.toLowerCase()))
  const have = new Set(current.map((n) => n.toLowerCase()))
  const added = [...want].filter((n) => !have.has(n)).map((n) => `+${n}`)
  const removed = [...have].filter((n) => !want.has(n)).map((n) => `-${n}`)
  return added.length + removed.length === 0 ? undefined : [...added, ...removed].join(', ')
}

function days(ms: number): string {
  if (ms < DAY) return `${Math.max(0, Math.round(ms / 3_600_000))} hours`
  const n = Math.floor(ms / DAY)
  return n === 1 ? '1 day' : `${n} days`
}

export function iso(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z')
}
