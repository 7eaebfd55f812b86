// CAA (RFC 8659): whether the records that apply to a name let the CA issue for it. The relevant record set is
// the first non-empty one climbing from the name towards the root (the resolver follows CNAMEs); `issuewild`
// applies to wildcard names when present, and RFC 8657's `accounturi` and `validationmethods` narrow a record to
// one ACME account and to some validation methods. A CA that the records do not allow refuses the order anyway,
// after the DNS work and an order counted against its limits: checked before.
import type { Config } from '../config/index.js'
import { type IssueValue, IssueValueError, parameterValues, parseIssueValue } from '../dns/issue-value.js'
import { BEST_EFFORT_MS, type Resolver } from '../dns/resolver.js'
import type { CaaData, DnsResponse } from '../dns/wire.js'
import type { CertName } from '../names/index.js'

/** The CAA identities of the CA presets whose directories publish none. */
export const PRESET_CAA_IDENTITIES: Readonly<Record<string, readonly string[]>> = {
  letsencrypt: ['letsencrypt.org'],
  'letsencrypt-staging': ['letsencrypt.org'],
  zerossl: ['sectigo.com'],
  google: ['pki.goog'],
  'google-staging': ['pki.goog'],
  buypass: ['buypass.com'],
  sslcom: ['ssl.com'],
}

export interface CaaVerdict {
  readonly name: string
  /** allowed, forbidden, or unknown (the records could not be read from here). */
  readonly status: 'allowed' | 'forbidden' | 'unknown'
  /** Where the relevant record set is; undefined when there is none (any CA may issue). */
  readonly at?: string
  readonly records: readonly string[]
  readonly detail: string
  /** unknown only because a record for this CA names an account (RFC 8657) and this run's is not known yet. */
  readonly awaitsAccount?: true
}

/** What RFC 8657 lets a record bind an issuance to: the ACME validation method and the account. */
export interface CaaBinding {
  /** The validation method of this run: dns-01, dns-persist-01. */
  readonly method: string
  /** The ACME account URL; undefined when not known here, and a record naming an account cannot be judged. */
  readonly accountUri?: string
}

/**
 * A best-effort check: the CA looks itself, so a run is not held for it. Every lookup of one reader ends within
 * this deadline from the reader's start, which is as the run starts, beside the questions the run needs.
 */
export class CaaReader {
  readonly #sets = new Map<string, Promise<readonly CaaData[] | Error>>()
  readonly #deadline: AbortSignal

  constructor(
    private readonly dns: Resolver,
    private readonly deadlineMs = BEST_EFFORT_MS,
  ) {
    this.#deadline = AbortSignal.timeout(deadlineMs)
  }

  /** Start reading the record sets that apply to these names now; verdict() waits for what is still out. */
  prefetch(names: readonly CertName[]): void {
    for (const name of names) for (const level of levelsOf(name)) void this.#at(level)
  }

  /** The CAA records at exactly `domain` (following CNAMEs); an Error when it could not be read. */
  #at(domain: string): Promise<readonly CaaData[] | Error> {
    let set = this.#sets.get(domain)
    if (set === undefined) {
      set = this.dns
        .recursive(domain, 'CAA', { timeoutMs: this.deadlineMs / 2, tries: 2, signal: this.#deadline })
        .then(
          (response: DnsResponse) =>
            response.answers.filter((rr) => rr.type === 'CAA').map((rr) => rr.data as CaaData),
          (error: unknown) =>
            this.#deadline.aborted
              ? new Error(`no answer within ${this.deadlineMs / 1000} s`)
              : error instanceof Error
                ? error
                : new Error(String(error)),
        )
      this.#sets.set(domain, set)
    }
    return set
  }

  async verdict(
    name: CertName,
    identities: readonly string[],
    binding: CaaBinding = { method: 'dns-01' },
  ): Promise<CaaVerdict> {
    // every level at once: a slow level costs one lookup's time, not its share of a serial climb
    const levels = levelsOf(name)
    const sets = await Promise.all(levels.map((level) => this.#at(level)))
    for (const [i, set] of sets.entries()) {
      const at = levels[i] as string
      if (set instanceof Error) {
        // a failure at the top-level domain says little (the test bed has none); below it, it hides the answer
        if (i === levels.length - 1) continue
        return {
          name: name.name,
          status: 'unknown',
          at,
          records: [],
          detail: `CAA at ${at} could not be read: ${set.message}`,
        }
      }
      if (set.length === 0) continue
      return judge(name, at, set, identities, binding)
    }
    return {
      name: name.name,
      status: 'allowed',
      records: [],
      detail: 'no CAA record applies: any CA may issue',
    }
  }
}

/** The name and each of its parents: `a.example.com`, `example.com`, `com`. */
function levelsOf(name: CertName): string[] {
  return name.base.split('.').map((_, i, labels) => labels.slice(i).join('.'))
}

function judge(
  name: CertName,
  at: string,
  set: readonly CaaData[],
  identities: readonly string[],
  binding: CaaBinding,
): CaaVerdict {
  const records = set.map((r) => `${at} CAA ${r.critical ? 128 : 0} ${r.tag} "${r.value}"`)
  const unknownCritical = set.find(
    (r) => r.critical && !['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone'].includes(r.tag),
  )
  if (unknownCritical !== undefined) {
    return {
      name: name.name,
      status: 'forbidden',
      at,
      records,
      detail: `a critical CAA property "${unknownCritical.tag}" no CA may ignore`,
    }
  }
  const wild = set.filter((r) => r.tag === 'issuewild')
  const applicable = name.wildcard && wild.length > 0 ? wild : set.filter((r) => r.tag === 'issue')
  if (applicable.length === 0) {
    return {
      name: name.name,
      status: 'allowed',
      at,
      records,
      detail: `CAA at ${at} names no issuer${name.wildcard ? ' for wildcards' : ''}: any CA may issue`,
    }
  }
  // a value that is not issue-value syntax names no issuer: it forbids, as `;` does (RFC 8659 section 4.2)
  const values = applicable.map((r) => issueValueOr(r.value))
  const issuers = values.map((v) => v?.issuer ?? '')
  const ours = identities.map((id) => id.toLowerCase())
  const mine = values.filter((v): v is IssueValue => v?.issuer !== undefined && ours.includes(v.issuer))
  if (mine.length > 0) {
    const bound = mine.map((v) => bindingProblem(v, binding))
    const allowed = mine.find((_, i) => bound[i] === undefined)
    if (allowed !== undefined) {
      return {
        name: name.name,
        status: 'allowed',
        at,
        records,
        detail: `CAA at ${at} allows ${allowed.issuer}`,
      }
    }
    const why = [...new Set(bound.map((b) => b?.why))].join('; ')
    const awaitsAccount = bound.some((b) => b?.unknown)
    return {
      name: name.name,
      status: awaitsAccount ? 'unknown' : 'forbidden',
      at,
      records,
      detail: `CAA at ${at} lets ${mine[0]?.issuer} issue ${why}`,
      ...(awaitsAccount ? { awaitsAccount } : {}),
    }
  }
  const tag = name.wildcard && wild.length > 0 ? 'issuewild' : 'issue'
  return {
    name: name.name,
    status: 'forbidden',
    at,
    records,
    detail: `CAA at ${at} lets ${issuers.filter(Boolean).join(', ') || 'no CA'} issue${name.wildcard ? ' wildcards' : ''}, not ${identities.join(' or ')} (${tag})`,
  }
}

function issueValueOr(value: string): IssueValue | undefined {
  try {
    return parseIssueValue(value)
  } catch (error) {
    if (error instanceof IssueValueError) return undefined
    throw error
  }
}

/**
 * Why a record for this CA does not let this run issue (RFC 8657): its `accounturi` names another account, or its
 * `validationmethods` leave out this run's method; a parameter given twice is unsatisfiable. `unknown` when the
 * record names an account and this run does not know its own yet.
 */
function bindingProblem(value: IssueValue, binding: CaaBinding): { why: string; unknown?: true } | undefined {
  const accounts = parameterValues(value, 'accounturi')
  const methods = parameterValues(value, 'validationmethods')
  if (accounts.length > 1) return { why: 'under no account (accounturi given twice)' }
  if (methods.length > 1) return { why: 'by no method (validationmethods given twice)' }
  const listed = methods[0]?.split(',')
  if (listed !== undefined && !listed.includes(binding.method)) {
    return { why: `only with validationmethods=${methods[0]}, not ${binding.method}` }
  }
  const account = accounts[0]
  if (account === undefined || account === binding.accountUri) return undefined
  return binding.accountUri === undefined
    ? { why: `only to the ACME account ${account}, and this run's account is not known here`, unknown: true }
    : { why: `only to the ACME account ${account}, not ${binding.accountUri}` }
}

/** The CA's CAA identities: its directory's meta.caaIdentities, else the preset's known one; [] when unknown. */
export async function caIdentities(
  config: Config,
  ca: { directory(): Promise<Record<string, unknown>> },
): Promise<string[]> {
  try {
    const meta = (await ca.directory()).meta as { caaIdentities?: unknown } | undefined
    if (Array.isArray(meta?.caaIdentities) && meta.caaIdentities.length > 0)
      return meta.caaIdentities.map(String)
  } catch {
    // whoever needs the directory next says why it could not be read
  }
  return [...(PRESET_CAA_IDENTITIES[config.acmeServer.toLowerCase()] ?? [])]
}

/**
 * Part of the preflight of an issuing run: a name whose CAA forbids the CA stops the run before any order or
 * write, naming the record. A record set that cannot be read from here is a warning: the CA reads it itself.
 * Judged before the account is asked for (no `binding.accountUri`), a name whose record for this CA names an
 * account is neither warned about nor held: it is returned, to be judged again with the account's URL.
 */
export async function caaPreflight(
  { names }: Pick<Config, 'names'>,
  reader: CaaReader,
  identities: readonly string[],
  warn: (message: string) => void,
  binding?: CaaBinding,
): Promise<CertName[]> {
  if (identities.length === 0) return []
  const verdicts = await Promise.all(names.map((name) => reader.verdict(name, identities, binding)))
  for (const v of verdicts)
    if (v.status === 'unknown' && !v.awaitsAccount) warn(`CAA: ${v.name}: ${v.detail}`)
  const forbidden = verdicts.filter((v) => v.status === 'forbidden')
  if (forbidden.length > 0) {
    throw new Error(
      [
        'CAA records forbid this CA for some names; nothing was ordered or written:',
        ...forbidden.map((v) => `  - ${v.name}: ${v.detail}: ${v.records.join('; ')}`),
        `Add a CAA record that allows ${identities[0]} (issue, or issuewild for wildcards; with accounturi or validationmethods, for this run's account and ${binding?.method ?? 'dns-01'}), or choose a CA the records allow.`,
      ].join('\n'),
    )
  }
  return names.filter((_, i) => verdicts[i]?.awaitsAccount)
}
