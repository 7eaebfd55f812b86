// dns-persist-01 before the order: at the end of each name's _validation-persist CNAME chain, every authoritative
// server of that zone must serve a record for this CA and account (persist-record.ts judges it). Where one is
// missing or wrong, a provider publishes ours beside the others (it is persistent: never removed), or the run
// stops and says, for each owner, the exact record to publish.
import type { Challenge } from '../acme/index.js'
import { IssueValueError } from '../dns/issue-value.js'
import { type AuthoritativeServer, lameness, type Resolver } from '../dns/resolver.js'
import type { DnsResponse } from '../dns/wire.js'
import type { DnsProvider } from '../providers/types.js'
import { quote } from '../text.js'
import { judgePersistRecords, type PersistVerdict, persistValue, quoted } from './persist-record.js'
import type { OwnerGroup, Plan } from './plan.js'
import { waitForPropagation } from './propagate.js'
import { writeRecords } from './records.js'

/** An owner's record: the one that validates there, or the one to publish. The `persist_records` output. */
export interface PersistRecordOut {
  readonly owner: string
  readonly value: string
}

/** What one authoritative server of the owner's zone serves there, as the CA would judge it. */
export interface ServerJudgement {
  readonly server: AuthoritativeServer
  /** skip: this machine cannot ask it (only IPv6, no address); it is named, not held against the record. */
  readonly status: 'pass' | 'fail' | 'skip'
  readonly detail: string
  readonly verdict?: PersistVerdict
}

export interface OwnerJudgement {
  readonly group: OwnerGroup
  /** A wildcard name is validated through this owner: the record needs policy=wildcard. */
  readonly wildcard: boolean
  readonly servers: readonly ServerJudgement[]
  /** Every server that can be asked serves a record that validates. */
  readonly ok: boolean
  /** ok: a record that validates there; else the record to publish. */
  readonly record: PersistRecordOut
  /** The issuer domain name the record names. */
  readonly issuer: string
  /** ok: when the first server's records stop validating, if they do. */
  readonly persistUntil?: Date
}

export interface PersistAccount {
  /** The CA's issuer domain names; the first is the one a published record names. */
  readonly issuers: readonly string[]
  readonly accountUri: string
  /** persistUntil of a record this run publishes. */
  readonly persistUntil?: Date
  readonly now: Date
}

export class PersistError extends Error {}

/** Each owner of the plan, judged on every authoritative server of its zone. */
export async function judgeOwners(
  plan: Plan,
  dns: Resolver,
  account: PersistAccount,
): Promise<OwnerJudgement[]> {
  const [issuer] = account.issuers
  if (issuer === undefined) {
    throw new PersistError(
      'the CA names no issuer domain name (its directory has no meta.caaIdentities): the dns-persist-01 record cannot be written; choose an acme_server preset, or a CA that publishes its identities',
    )
  }
  try {
    persistValue({ issuer, accountUri: account.accountUri, wildcard: true })
  } catch (error) {
    if (!(error instanceof IssueValueError)) throw error
    throw new PersistError(
      `the CA's identity or the account URL it gave cannot be written in a dns-persist-01 record: ${error.message}`,
    )
  }
  return Promise.all(
    plan.owners.map(async (group) => {
      const wildcard = group.names.some((n) => n.wildcard)
      const wanted = { issuers: account.issuers, accountUri: account.accountUri, wildcard, now: account.now }
      const { servers } = await dns.zoneServers(group.zone)
      const judged = await Promise.all(servers.map((server) => judgeServer(server, group.owner, dns, wanted)))
      const asked = judged.filter((j) => j.status !== 'skip')
      const serving = asked.flatMap((j) => (j.verdict?.ok ? [j.verdict] : []))
      const ok = asked.length > 0 && serving.length === asked.length
      const first = serving[0]
      const ours = persistValue({
        issuer,
        accountUri: account.accountUri,
        wildcard,
        ...(account.persistUntil === undefined ? {} : { persistUntil: account.persistUntil }),
      })
      const ends = serving.flatMap((v) => (v.persistUntil === undefined ? [] : [v.persistUntil.getTime()]))
      return {
        group,
        wildcard,
        servers: judged,
        ok,
        record: { owner: group.owner, value: ok && first !== undefined ? first.value : ours },
        issuer: ok && first !== undefined ? first.issuer : issuer,
        ...(ok && ends.length > 0 ? { persistUntil: new Date(Math.min(...ends)) } : {}),
      }
    }),
  )
}

async function judgeServer(
  server: AuthoritativeServer,
  owner: string,
  dns: Resolver,
  wanted: Parameters<typeof judgePersistRecords>[1],
): Promise<ServerJudgement> {
  if (server.unreachable !== undefined) return { server, status: 'skip', detail: server.unreachable }
  let response: DnsResponse
  try {
    response = await dns.askServer(server, owner, 'TXT', { timeoutMs: 1500, tries: 2 })
  } catch (error) {
    // the CA may ask this very server: a record that cannot be seen there cannot be counted on
    return { server, status: 'fail', detail: `no answer: ${(error as Error).message}` }
  }
  const lame = lameness(response)
  if (lame !== undefined) {
    return { server, status: 'fail', detail: `answers ${lame}: it does not serve the zone (a lame server)` }
  }
  const served = response.answers
    .filter((rr) => rr.type === 'TXT' && rr.name === owner)
    .map((rr) => String(rr.data))
  const verdict = judgePersistRecords(served, wanted)
  return { server, status: verdict.ok ? 'pass' : 'fail', detail: verdict.detail, verdict }
}

/** Where a server is, for messages: `ns1.example.org (192.0.2.1)`. */
export function serverName(server: AuthoritativeServer): string {
  return `${server.name}${server.addresses.length > 0 ? ` (${server.addresses.join(', ')})` : ''}`
}

/** The record to publish at an owner, in zone-file form. */
export function zoneLine(record: PersistRecordOut): string {
  return `${record.owner}. TXT ${quote(record.value)}`
}

/**
 * The CNAME alternative for names whose record would sit at `_validation-persist.<name>` itself: the record
 * can live in a zone with an API (or one shared by many names), reached by a CNAME, as dns-01's alias zone is.
 */
export function cnameAlternative(judgement: OwnerJudgement): string | undefined {
  const direct = judgement.group.names.every((n) => judgement.group.owner === `_validation-persist.${n.base}`)
  if (!direct) return undefined
  return `or "${judgement.group.owner}. CNAME _validation-persist.<a zone you can update>." with that TXT there (one record there serves every name whose CNAME leads to it)`
}

/** Why the run stops before ordering: each failing server, then each record to publish. */
export function missingRecordsError(missing: readonly OwnerJudgement[], why: string): PersistError {
  const problems = missing.flatMap((j) =>
    j.servers
      .filter((s) => s.status === 'fail')
      .map(
        (s) =>
          `  - ${j.group.names.map((n) => n.name).join(', ')}: ${j.group.owner} on ${serverName(s.server)}: ${s.detail}`,
      ),
  )
  const publish = missing.flatMap((j) => {
    const alternative = cnameAlternative(j)
    return [`  ${zoneLine(j.record)}`, ...(alternative === undefined ? [] : [`    (${alternative})`])]
  })
  return new PersistError(
    [
      `The dns-persist-01 record is missing or wrong, ${why}; nothing was ordered or written:`,
      ...problems,
      'Publish, in every DNS provider serving the zone (other records at the owner stay):',
      ...publish,
    ].join('\n'),
  )
}

/** Our record at each owner that lacks one, then every authoritative server polled until it serves it. */
export async function publishRecords(
  provider: DnsProvider,
  missing: readonly OwnerJudgement[],
  dns: Resolver,
  options: { readonly timeoutMs: number; readonly log: (message: string) => void },
): Promise<void> {
  const records = missing.map((j) => ({ zone: j.group.zone, owner: j.group.owner, values: [j.record.value] }))
  await writeRecords(provider, records)
  await waitForPropagation(records, dns, options)
}

/**
 * The order's challenges against the records: each must offer the issuer domain name the record of its name
 * names, or no record could validate it. Such a challenge is malformed for this run; nothing is answered.
 */
export function checkChallengeIssuers(
  challenges: readonly Challenge[],
  plan: Plan,
  judged: readonly OwnerJudgement[],
): void {
  for (const c of challenges) {
    const name = `${c.wildcard ? '*.' : ''}${c.identifier}`
    const owner = plan.names.find((n) => n.name.name === name)?.owner
    const judgement = judged.find((j) => j.group.owner === owner)
    if (judgement === undefined)
      throw new PersistError(`the CA sent a challenge for ${name}, which was not ordered`)
    const offered = c.issuerDomainNames ?? []
    if (!offered.includes(judgement.issuer)) {
      throw new PersistError(
        `the CA's dns-persist-01 challenge for ${name} is malformed for this record: its issuer-domain-names (${offered
          .map((i) => quoted(i))
          .join(
            ', ',
          )}) do not hold ${judgement.issuer}, the issuer ${judgement.group.owner} names (from the directory's caaIdentities); nothing was answered`,
      )
    }
  }
}
