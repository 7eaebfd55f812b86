// mode: check: the whole setup verified before the first certificate, one row per check with the fix, the way the
// seed's troubleshooting list is worked through by hand: the CNAME on every master and as resolvers see it, the
// alias zone's servers, a write with the configured provider seen on every server, CAA, and the CA. Nothing is
// ordered and nothing is left behind: the probe value is removed, other values at the owner stay.
import { randomBytes } from 'node:crypto'
import { CaDirectory } from '../acme/ari.js'
import type { Config } from '../config/index.js'
import { type AuthoritativeServer, ipv6FromEnv, lameness, Resolver } from '../dns/resolver.js'
import { TsigError } from '../dns/tsig.js'
import { query } from '../dns/wire.js'
import type { Host } from '../host.js'
import { canonical, challengeName, persistName } from '../names/index.js'
import { CaaReader, caIdentities } from '../pipeline/caa.js'
import { makePlan, type Plan, type ServerAnswer, type TracedChain, traceChains } from '../pipeline/plan.js'
import { publishCname } from '../pipeline/preflight.js'
import { type OwnerRecords, removeRecords, STATE_PROVIDER, STATE_RECORDS } from '../pipeline/records.js'
import { closeProvider, createProvider } from '../providers/index.js'
import type { DnsProvider, ProviderDescriptor } from '../providers/types.js'
import { markdownText, quote } from '../text.js'
import { noProviderRow, persistRows } from './check-persist.js'
import type { CheckRow } from './check-row.js'
import { sessionRequest } from './step.js'

export interface CheckOptions {
  readonly env: Readonly<Record<string, string | undefined>>
}

const SYMBOL = { pass: '✓', fail: '✗', skip: 'not checked from here' } as const

export async function check(config: Config, host: Host, options: CheckOptions): Promise<void> {
  const started = Date.now()
  const dns = new Resolver(config.resolvers, { ipv6: ipv6FromEnv(options.env) })
  const ca = new CaDirectory(config.directoryUrl, {}, options.env)
  // the account the CA check finds: a dns-persist-01 record and a CAA accounturi are judged against it
  let found: (accountUrl: string | undefined) => void = () => {}
  const accountUrl = new Promise<string | undefined>((resolve) => {
    found = resolve
  })
  const persist =
    config.challenge === 'dns-persist-01'
      ? (plan: Plan) => persistRows(config, plan, dns, host, caIdentities(config, ca), accountUrl)
      : undefined
  const [dnsRows, caaRows, caRows] = await Promise.all([
    dnsChecks(config, dns, host, options, persist),
    caaChecks(config, dns, ca, accountUrl),
    caChecks(config, ca, host, options, found).finally(() => found(undefined)),
  ])
  const rows = [...dnsRows, ...caaRows, ...caRows]
  for (const row of rows) {
    const line = `${SYMBOL[row.status]} ${row.check}: ${row.subject}: ${row.detail}${row.fix ? ` (fix: ${row.fix})` : ''}`
    if (row.status === 'fail') host.warning(line)
    else host.info(line)
  }
  const failed = rows.filter((r) => r.status === 'fail')
  host.setOutput('check', failed.length === 0 ? 'pass' : 'fail')
  host.setOutput('check_report', JSON.stringify(rows))
  await host.summary(checkSummary(rows))
  host.info(
    `Check: ${rows.length} rows, ${failed.length} failed, in ${((Date.now() - started) / 1000).toFixed(2)} s`,
  )
  if (failed.length > 0) {
    throw new Error(
      [
        `The setup check found ${failed.length} problem(s):`,
        ...failed.map((r) => `  - ${r.check}: ${r.subject}: ${r.detail}${r.fix ? `; fix: ${r.fix}` : ''}`),
      ].join('\n'),
    )
  }
}

// ---------------------------------------------------------------------------------------------------
// 1-3: the CNAMEs, the alias zone, a write

async function dnsChecks(
  config: Config,
  dns: Resolver,
  host: Host,
  options: CheckOptions,
  persist?: (plan: Plan) => Promise<CheckRow[]>,
): Promise<CheckRow[]> {
  let traced: TracedChain[]
  try {
    traced = await traceChains(config.names, dns, persist === undefined ? challengeName : persistName)
  } catch (error) {
    return [
      {
        check: 'cname',
        subject: config.names.map((n) => n.name).join(', '),
        status: 'fail',
        detail: (error as Error).message,
      },
    ]
  }
  const rows = [...traced.flatMap(cnameRows), ...noteRows(traced), ...(await resolverRows(traced, dns))]
  let plan: Plan
  try {
    plan = await makePlan(traced, config.alias, dns)
  } catch (error) {
    return [
      ...rows,
      { check: 'cname', subject: 'domain_alias', status: 'fail', detail: (error as Error).message },
    ]
  }
  const zones = [...new Set(plan.owners.map((o) => o.zone))]
  rows.push(...(await Promise.all(zones.map((zone) => aliasZoneRows(zone, dns)))).flat())
  const { provider } = config
  const [written, persisted] = await Promise.all([
    provider === undefined
      ? [noProviderRow(config)]
      : writeRows({ ...config, provider }, plan, dns, host, options),
    persist?.(plan) ?? [],
  ])
  rows.push(...written, ...persisted)
  return rows
}

/**
 * One row per server for every CNAME owner of the chain: does it publish the CNAME the chain goes on with? A
 * target that is no host name is a failing row wherever it is published.
 */
export function cnameRows(t: TracedChain): CheckRow[] {
  const first = t.hops[0]
  if (
    first !== undefined &&
    first.next === undefined &&
    first.answers.every((a) => a.answer.kind !== 'cname' && a.answer.kind !== 'invalid')
  ) {
    return [
      {
        check: 'cname',
        subject: t.challengeName,
        status: 'pass',
        detail: `no CNAME: the TXT record goes in ${first.zone} itself (plain DNS-01)`,
      },
    ]
  }
  return t.hops.flatMap((hop) =>
    hop.answers.flatMap(({ server, answer }) => {
      if (hop.next === undefined && answer.kind !== 'invalid') return []
      const subject = `${hop.name} on ${server.name}${server.addresses.length > 0 ? ` (${server.addresses.join(', ')})` : ''}`
      const fix = publishCname(hop.name, hop.next ?? '<the alias owner>', server)
      return [answerRow(answer, hop.next, subject, fix)]
    }),
  )
}

/** A zone whose parent delegation could not be checked from here (in time): one skipped row, once. */
export function noteRows(traced: readonly TracedChain[]): CheckRow[] {
  const rows = new Map<string, CheckRow>()
  for (const hop of traced.flatMap((t) => t.hops)) {
    if (hop.note === undefined || rows.has(hop.zone)) continue
    rows.set(hop.zone, { check: 'delegation', subject: hop.zone, status: 'skip', detail: hop.note })
  }
  return [...rows.values()]
}

function answerRow(
  answer: ServerAnswer,
  expected: string | undefined,
  subject: string,
  fix: string,
): CheckRow {
  const row = (status: CheckRow['status'], detail: string, withFix = true): CheckRow => ({
    check: 'cname',
    subject,
    status,
    detail,
    ...(withFix && status === 'fail' ? { fix } : {}),
  })
  switch (answer.kind) {
    case 'cname':
      return answer.target === expected
        ? row('pass', `CNAME ${answer.target}`)
        : row('fail', `CNAME ${answer.target}, the other servers ${expected ?? 'none'}`)
    case 'invalid':
      return row('fail', `CNAME ${quote(answer.target)}, which is no host name (${answer.why})`)
    case 'none':
      return row('fail', `no CNAME (${answer.rcode})`)
    case 'lame':
      return row('fail', `not authoritative (${answer.why})`)
    case 'failed':
      return row('fail', `no answer: ${answer.error}`)
    case 'unreachable':
      return row('skip', answer.why, false)
  }
}

/** What each recursive resolver of dns_resolvers sees: a stale cache shows here first. */
async function resolverRows(traced: readonly TracedChain[], dns: Resolver): Promise<CheckRow[]> {
  const rows = await Promise.all(
    traced.flatMap((t) =>
      dns.resolverAddresses.map(async (resolver): Promise<CheckRow> => {
        const expected = t.chain[1]
        const subject = `${t.challengeName} via ${resolver}`
        try {
          const response = await query(resolver, t.challengeName, 'CNAME', {
            recursionDesired: true,
            timeoutMs: 2000,
            tries: 2,
          })
          const cname = response.answers.find((rr) => rr.type === 'CNAME' && rr.name === t.challengeName)
          const seen = cname === undefined ? undefined : canonical(String(cname.data))
          if (seen === expected) {
            return {
              check: 'resolver',
              subject,
              status: 'pass',
              detail: expected === undefined ? 'no CNAME, as the masters' : `CNAME ${seen}`,
            }
          }
          return {
            check: 'resolver',
            subject,
            status: 'fail',
            detail: `sees ${seen === undefined ? `no CNAME (${response.rcode})` : `CNAME ${seen}`}, the masters publish ${expected ?? 'none'}`,
            fix: 'a cached answer from before the change: it goes when its TTL runs out (the CA asks afresh); otherwise the resolver asks other servers than the masters',
          }
        } catch (error) {
          return { check: 'resolver', subject, status: 'skip', detail: (error as Error).message }
        }
      }),
    ),
  )
  return rows
}

/** Every name server of the alias zone: reachable, and authoritative for it. */
async function aliasZoneRows(zone: string, dns: Resolver): Promise<CheckRow[]> {
  const { servers, mismatch } = await dns.zoneServers(zone)
  const rows = await Promise.all(
    servers.map(async (server): Promise<CheckRow> => {
      const subject = `${zone} on ${server.name}${server.addresses.length > 0 ? ` (${server.addresses.join(', ')})` : ''}`
      if (server.unreachable !== undefined)
        return { check: 'alias-zone', subject, status: 'skip', detail: server.unreachable }
      try {
        const response = await dns.askServer(server, zone, 'SOA', { timeoutMs: 1500, tries: 2 })
        const lame = lameness(response)
        return lame === undefined
          ? { check: 'alias-zone', subject, status: 'pass', detail: 'answers with authority' }
          : {
              check: 'alias-zone',
              subject,
              status: 'fail',
              detail: `lame: ${lame}`,
              fix: `serve ${zone} on ${server.name}, or remove it from the NS set`,
            }
      } catch (error) {
        return {
          check: 'alias-zone',
          subject,
          status: 'fail',
          detail: `no answer: ${(error as Error).message}`,
          fix: `start ${server.name} or remove it from the NS set and the delegation of ${zone}`,
        }
      }
    }),
  )
  if (mismatch !== undefined) {
    rows.push({
      check: 'alias-zone',
      subject: zone,
      status: 'fail',
      detail: mismatch,
      fix: 'make the parent delegation and the NS set name the same servers',
    })
  }
  return rows
}

/** A probe value per owner, written with the configured provider, timed on every server, then removed. */
async function writeRows(
  config: Config & { readonly provider: ProviderDescriptor },
  plan: Plan,
  dns: Resolver,
  host: Host,
  options: CheckOptions,
): Promise<CheckRow[]> {
  let provider: DnsProvider
  try {
    provider = await createProvider(config.provider.id, {
      env: options.env,
      host,
      resolvers: config.resolvers,
    })
  } catch (error) {
    return [{ check: 'write', subject: config.provider.id, status: 'fail', detail: (error as Error).message }]
  }
  const probe = `certalias-check-${randomBytes(12).toString('base64url')}`
  host.info(
    `Write check: the probe value "${probe}" is written at each owner with ${config.provider.id}, then removed`,
  )
  const records: OwnerRecords[] = plan.owners.map((o) => ({ zone: o.zone, owner: o.owner, values: [probe] }))
  // saved first, as an issuing run does: a cancelled check still leaves the post step a list to clean up
  host.saveState(STATE_PROVIDER, config.provider.id)
  host.saveState(STATE_RECORDS, JSON.stringify(records))
  const rows: CheckRow[] = []
  const before = new Map<string, readonly string[]>()
  // the owners the probe may have reached: a write refused outright left nothing to remove, and gets one row
  const written: OwnerRecords[] = []
  try {
    await Promise.all(
      records.map(async (r) => {
        const subject = `${r.owner} (zone ${r.zone}) with ${config.provider.id}`
        before.set(r.owner, (await dns.servedTxt(r.zone, r.owner)) ?? [])
        try {
          await provider.append(r.zone, r.owner, [probe])
          written.push(r)
        } catch (error) {
          const fix = writeFix(error, config.provider, r.zone)
          // a timeout or a dropped connection may still have landed: that owner is cleaned up and checked
          if (fix === undefined) written.push(r)
          rows.push({
            check: 'write',
            subject,
            status: 'fail',
            detail: (error as Error).message,
            ...(fix !== undefined && { fix }),
          })
          return
        }
        rows.push({
          check: 'write',
          subject,
          status: 'pass',
          detail: 'the provider accepted the probe value',
        })
        const { servers } = await dns.zoneServers(r.zone)
        rows.push(
          ...(await Promise.all(
            servers.map((server) => servedRow(server, r, probe, dns, config.propagationTimeoutMs)),
          )),
        )
      }),
    )
  } finally {
    if (await removeRecords(provider, written, (m) => host.warning(m))) host.saveState(STATE_RECORDS, '[]')
    await closeProvider(provider, (m) => host.warning(m))
  }
  // what is left: the probe gone, every value that was there before still there
  for (const r of written) {
    const after = (await dns.servedTxt(r.zone, r.owner)) ?? []
    const kept = before.get(r.owner) ?? []
    const lost = kept.filter((v) => !after.includes(v))
    const subject = `${r.owner}: removal`
    if (after.includes(probe)) {
      rows.push({
        check: 'write',
        subject,
        status: 'fail',
        detail: 'the probe value is still served after its removal',
      })
    } else if (lost.length > 0) {
      rows.push({
        check: 'write',
        subject,
        status: 'fail',
        detail: `${lost.length} value(s) that were there before are gone`,
        fix: `${config.provider.id} replaced the record set instead of removing one value: report it`,
      })
    } else {
      rows.push({
        check: 'write',
        subject,
        status: 'pass',
        detail: `the probe is gone; the ${kept.length} value(s) there before stay`,
      })
    }
  }
  return rows
}

/**
 * The fix for a probe write the provider refused, from what refused it: a TSIG secret or key name the server does
 * not accept, a token that is invalid (401), or one that may not change TXT records in the zone (403, REFUSED).
 * Undefined for a failure that is no refusal (a timeout, a 5xx): the provider's own words say what happened.
 */
export function writeFix(error: unknown, provider: ProviderDescriptor, zone: string): string | undefined {
  const secrets =
    provider.credentials
      .filter((c) => c.secret)
      .map((c) => c.env)
      .join(', ') || `the credential variables of ${provider.id}`
  const guide = `docs/providers/${provider.id}.md, "A token for the alias zone only"`
  for (let e = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if (e instanceof TsigError && e.code === 'BADSIG') {
      return (
        "the secret is wrong: RFC2136_TSIG_SECRET must be the key's secret as the server's configuration holds it " +
        '(base64, as tsig-keygen printed it), and RFC2136_TSIG_ALGORITHM its algorithm'
      )
    }
    if (e instanceof TsigError && e.code === 'BADKEY') {
      return (
        'the key name is unknown to the server: RFC2136_TSIG_KEY must be the name of a key in its configuration ' +
        '(BIND: key "<name>" { ... };), with its algorithm in RFC2136_TSIG_ALGORITHM'
      )
    }
    const { status, rcode } = e as { status?: unknown; rcode?: unknown }
    if (status === 401) {
      return `the token is invalid (mistyped, expired or revoked): put a valid one in ${secrets}`
    }
    if (status === 403 || rcode === 'REFUSED') {
      const who = rcode === 'REFUSED' ? 'key' : 'token'
      return `the ${who} lacks the right to change TXT records in ${zone}: grant it there and nowhere else (${guide})`
    }
  }
  return undefined
}

async function servedRow(
  server: AuthoritativeServer,
  r: OwnerRecords,
  probe: string,
  dns: Resolver,
  timeoutMs: number,
): Promise<CheckRow> {
  const subject = `${r.owner} on ${server.name}`
  if (server.unreachable !== undefined)
    return { check: 'write', subject, status: 'skip', detail: server.unreachable }
  const started = Date.now()
  let wait = 25
  for (;;) {
    try {
      const response = await dns.askServer(server, r.owner, 'TXT', { timeoutMs: 1500, tries: 1 })
      if (response.answers.some((rr) => rr.type === 'TXT' && rr.data === probe)) {
        return {
          check: 'write',
          subject,
          status: 'pass',
          detail: `serves the probe after ${((Date.now() - started) / 1000).toFixed(2)} s`,
        }
      }
    } catch {
      // not answering yet: asked again until the timeout
    }
    if (Date.now() - started + wait > timeoutMs) {
      return {
        check: 'write',
        subject,
        status: 'fail',
        detail: `does not serve the probe after ${Math.round(timeoutMs / 1000)} s`,
        fix: `check that ${server.name} receives the zone's updates (NOTIFY and transfers from the primary)`,
      }
    }
    await new Promise((resolve) => setTimeout(resolve, wait))
    wait = Math.min(wait * 2, 1000)
  }
}

// ---------------------------------------------------------------------------------------------------
// 4: CAA

async function caaChecks(
  config: Config,
  dns: Resolver,
  ca: CaDirectory,
  accountUrl: Promise<string | undefined>,
): Promise<CheckRow[]> {
  const identities = await caIdentities(config, ca)
  if (identities.length === 0) {
    return [
      {
        check: 'caa',
        subject: config.acmeServer,
        status: 'skip',
        detail: 'the CA publishes no CAA identity (caaIdentities) to compare with',
      },
    ]
  }
  const reader = new CaaReader(dns)
  // read while the account is looked up: an accounturi is judged against it
  reader.prefetch(config.names)
  const binding = { method: config.challenge, accountUri: await accountUrl }
  return Promise.all(
    config.names.map(async (name): Promise<CheckRow> => {
      const verdict = await reader.verdict(name, identities, binding)
      if (verdict.status === 'unknown')
        return { check: 'caa', subject: name.name, status: 'skip', detail: verdict.detail }
      return {
        check: 'caa',
        subject: name.name,
        status: verdict.status === 'allowed' ? 'pass' : 'fail',
        detail:
          verdict.records.length > 0 ? `${verdict.detail}: ${verdict.records.join('; ')}` : verdict.detail,
        ...(verdict.status === 'forbidden'
          ? {
              fix: `add "${verdict.at}. CAA 0 ${name.wildcard ? 'issuewild' : 'issue'} \\"${identities[0]}\\"" (or remove the record that forbids it)`,
            }
          : {}),
      }
    }),
  )
}

// ---------------------------------------------------------------------------------------------------
// 5: the CA

async function caChecks(
  config: Config,
  ca: CaDirectory,
  host: Host,
  options: CheckOptions,
  found: (accountUrl: string) => void,
): Promise<CheckRow[]> {
  const rows: CheckRow[] = []
  let meta: { termsOfService?: unknown; externalAccountRequired?: unknown } | undefined
  try {
    meta = (await ca.directory()).meta as typeof meta
    const terms = typeof meta?.termsOfService === 'string' ? `; terms: ${meta.termsOfService}` : ''
    rows.push({
      check: 'ca',
      subject: config.directoryUrl,
      status: 'pass',
      detail: `the directory answers${terms}`,
    })
  } catch (error) {
    return [
      {
        check: 'ca',
        subject: config.directoryUrl,
        status: 'fail',
        detail: (error as Error).message,
        fix: 'check acme_server and that this runner reaches the CA',
      },
    ]
  }
  if (meta?.externalAccountRequired === true && config.eab === undefined) {
    rows.push({
      check: 'account',
      subject: config.acmeServer,
      status: 'fail',
      detail: 'the CA requires external account binding',
      fix: 'set eab_kid and eab_hmac_key from your CA account',
    })
    return rows
  }
  if (config.accountKey === undefined && config.eab === undefined) {
    rows.push({
      check: 'account',
      subject: config.acmeServer,
      status: 'skip',
      detail: 'no account_key or EAB given: nothing to look up (an issuing run creates the account)',
    })
    return rows
  }
  // the account is looked up (or created, as the first issuing run would); never an order
  const key = config.accountKey ?? (await (await import('../pki/keys.js')).makePrivateKey('ec-p256'))
  const { AcmeSession } = await import('../acme/index.js')
  try {
    const session = await AcmeSession.open(sessionRequest(config), key, {
      debug: (m) => host.debug(m),
      env: options.env,
    })
    session.close()
    if (config.accountKey !== undefined) found(session.accountUrl)
    rows.push({
      check: 'account',
      subject: config.acmeServer,
      status: 'pass',
      detail: `account ${session.accountUrl}${config.eab ? ' (external account binding accepted)' : ''}`,
    })
  } catch (error) {
    rows.push({
      check: 'account',
      subject: config.acmeServer,
      status: 'fail',
      detail: (error as Error).message,
    })
  }
  return rows
}

// ---------------------------------------------------------------------------------------------------

export function checkSummary(rows: readonly CheckRow[]): string {
  const failed = rows.filter((r) => r.status === 'fail').length
  return [
    `## certalias: setup check, ${failed === 0 ? 'every check passed' : `${failed} problem(s)`}`,
    '',
    '| | check | of | result | fix |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${SYMBOL[r.status]} | ${r.check} | ${markdownText(r.subject)} | ${markdownText(r.detail)} | ${markdownText(r.fix ?? '')} |`,
    ),
    '',
  ].join('\n')
}
