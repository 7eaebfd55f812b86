// The dns-persist-01 record (draft-ietf-acme-dns-persist, section 4): one TXT at `_validation-persist.<name>` (or
// the end of its CNAME chain) in RFC 8659 issue-value syntax, `<issuer>; accounturi=<account URL>[;
// policy=wildcard][; persistUntil=<unix seconds>]`. What certalias publishes, and whether what a server serves
// lets this CA validate this account's names, judged as the draft tells the CA to. Pure.
import { formatIssueValue, IssueValueError, parameterValues, parseIssueValue } from '../dns/issue-value.js'
import { quote } from '../text.js'

export interface PersistRecord {
  /** One of the CA's issuer domain names. */
  readonly issuer: string
  /** The ACME account URL, exactly as the CA gave it. */
  readonly accountUri: string
  /** policy=wildcard: the record also validates `*.<name>` and names below it. */
  readonly wildcard: boolean
  /** After this time the record no longer validates. */
  readonly persistUntil?: Date
}

/** The TXT value of a record. */
export function persistValue(record: PersistRecord): string {
  return formatIssueValue(record.issuer, [
    { tag: 'accounturi', value: record.accountUri },
    ...(record.wildcard ? [{ tag: 'policy', value: 'wildcard' }] : []),
    ...(record.persistUntil === undefined
      ? []
      : [{ tag: 'persistUntil', value: String(Math.floor(record.persistUntil.getTime() / 1000)) }]),
  ])
}

/** What a served record must be for this run. */
export interface PersistWanted {
  /** The CA's issuer domain names (before an order: its directory's caaIdentities). */
  readonly issuers: readonly string[]
  /** Compared as a simple string (RFC 3986 section 6.2.1): no case folding, no normalization. */
  readonly accountUri: string
  /** A wildcard name is validated through this owner: only a record with policy=wildcard serves it. */
  readonly wildcard: boolean
  readonly now: Date
}

export type PersistVerdict =
  | {
      readonly ok: true
      /** The record that serves, as served. */
      readonly value: string
      readonly issuer: string
      readonly persistUntil?: Date
      readonly detail: string
    }
  | { readonly ok: false; readonly detail: string }

/** How close one record comes: the higher the rank, the fewer of the draft's rules it breaks. */
type Fit =
  | { readonly ok: false; readonly rank: number; readonly why: string }
  | { readonly ok: true; readonly issuer: string; readonly persistUntil?: Date }

/**
 * Whether one of the TXT values served at an owner validates, and if none does, why the closest one fails: a
 * record is ignored unless it names one of the CA's issuer names (several CAs and accounts may share the owner),
 * then it must name this account, be before its persistUntil, and carry policy=wildcard when a wildcard needs it.
 */
export function judgePersistRecords(served: readonly string[], wanted: PersistWanted): PersistVerdict {
  if (served.length === 0) return { ok: false, detail: 'no TXT record' }
  const fits = served.map((value) => ({ value, fit: fitOf(value, wanted) }))
  const serving = fits.flatMap(({ value, fit }) => (fit.ok ? [{ value, ...fit }] : []))
  if (serving.length > 0) {
    // the longest-lived one decides when this owner stops validating
    const best = serving.reduce((a, b) =>
      (a.persistUntil?.getTime() ?? Number.POSITIVE_INFINITY) >=
      (b.persistUntil?.getTime() ?? Number.POSITIVE_INFINITY)
        ? a
        : b,
    )
    const until = best.persistUntil === undefined ? '' : `, until ${best.persistUntil.toISOString()}`
    return {
      ok: true,
      value: best.value,
      issuer: best.issuer,
      ...(best.persistUntil === undefined ? {} : { persistUntil: best.persistUntil }),
      detail: `serves ${quoted(best.value)} (${best.issuer}, this account${until})`,
    }
  }
  const closest = fits.reduce((a, b) => ((b.fit.ok ? 0 : b.fit.rank) > (a.fit.ok ? 0 : a.fit.rank) ? b : a))
  const why = closest.fit.ok ? '' : closest.fit.why
  return {
    ok: false,
    detail:
      served.length === 1
        ? `${quoted(closest.value)} ${why}`
        : `${served.length} TXT records, none for this account: ${quoted(closest.value)} ${why}`,
  }
}

function fitOf(value: string, wanted: PersistWanted): Fit {
  let record: ReturnType<typeof parseIssueValue>
  try {
    record = parseIssueValue(value)
  } catch (error) {
    if (!(error instanceof IssueValueError)) throw error
    return { ok: false, rank: 0, why: `is not in issue-value syntax (${error.message})` }
  }
  const issuers = wanted.issuers.map((i) => i.toLowerCase())
  if (record.issuer === undefined || !issuers.includes(record.issuer)) {
    return {
      ok: false,
      rank: 1,
      why: `is for ${record.issuer ?? 'no issuer'}, not ${wanted.issuers.join(' or ')}`,
    }
  }
  const accounts = parameterValues(record, 'accounturi')
  if (accounts.length !== 1 || accounts[0] !== wanted.accountUri) {
    return {
      ok: false,
      rank: 2,
      why:
        accounts.length === 0
          ? 'has no accounturi'
          : accounts.length > 1
            ? `has ${accounts.length} accounturi parameters`
            : `names another ACME account (accounturi=${accounts[0]}), not ${wanted.accountUri}`,
    }
  }
  const until = parameterValues(record, 'persistuntil')
  let persistUntil: Date | undefined
  if (until.length > 0) {
    const seconds = until.length === 1 && /^[0-9]{1,15}$/.test(until[0] as string) ? Number(until[0]) : NaN
    if (Number.isNaN(seconds)) {
      return {
        ok: false,
        rank: 3,
        why: 'has a persistUntil that is not one whole number of seconds since 1970 (a malformed record)',
      }
    }
    persistUntil = new Date(seconds * 1000)
    if (persistUntil.getTime() <= wanted.now.getTime()) {
      return { ok: false, rank: 4, why: `stopped validating at ${persistUntil.toISOString()} (persistUntil)` }
    }
  }
  if (wanted.wildcard && !parameterValues(record, 'policy').some((p) => p.toLowerCase() === 'wildcard')) {
    return { ok: false, rank: 5, why: 'lacks policy=wildcard, which a wildcard name needs' }
  }
  return { ok: true, issuer: record.issuer, ...(persistUntil === undefined ? {} : { persistUntil }) }
}

/** A value read from DNS, shown as the foreign text it is (quote's rule), at most 200 characters of it. */
export function quoted(text: string): string {
  return quote(text.length > 200 ? `${text.slice(0, 200)}...` : text)
}
