// A certificate is due, with dns-persist-01: the _validation-persist CNAME chains on every master, CAA, the record
// on every authoritative server of its zone (published with the provider when missing, else the run stops with
// what to publish), then the order, whose challenges are answered with {} (or come back valid already), and the
// same finalize and delivery as dns-01. Nothing is removed afterwards: the record is persistent.
// Loaded by issue.ts when `challenge: dns-persist-01`; the account key, the bundle and the delivery are order.ts's.
import type { Config } from '../config/index.js'
import { missingCredentials } from '../config/index.js'
import type { Host } from '../host.js'
import { persistName } from '../names/index.js'
import { CaaReader } from '../pipeline/caa.js'
import {
  checkChallengeIssuers,
  judgeOwners,
  missingRecordsError,
  type OwnerJudgement,
  publishRecords,
  serverName,
  zoneLine,
} from '../pipeline/persist.js'
import { certificateFacts } from '../pki/certificate.js'
import { makePrivateKey } from '../pki/keys.js'
import { closeProvider, createProvider } from '../providers/index.js'
import type { DnsProvider } from '../providers/types.js'
import { type Renewal, renewAfterIssued } from '../renewal/index.js'
import type { StoreContext } from '../stores/types.js'
import {
  accountKeyFor,
  checkWhileConnecting,
  deliverIssued,
  finalizeToFiles,
  openAccount,
  preparedOrder,
  startIssuing,
  undoPreparations,
} from './order.js'
import type { IssueOptions, Stage } from './step.js'

export async function issuePersist(
  config: Config,
  host: Host,
  options: IssueOptions,
  context: StoreContext,
  renewal: Renewal,
  stage: Stage,
): Promise<void> {
  const { dns, tracing, acme } = startIssuing(config, options, persistName)
  const caa = new CaaReader(dns)
  caa.prefetch(config.names)
  const writer = publisher(config, options.env)
  if (config.accountKey === undefined && renewal.accountKey === undefined && writer.provider === undefined) {
    throw new Error(
      `dns-persist-01: no ACME account key was given or kept yet, so no published record can name the account, and ${writer.why}. ` +
        'Make a key (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256), pass it as `account_key` from a secret, ' +
        'and run `certalias check --challenge dns-persist-01` with it: it prints the record to publish.',
    )
  }
  const account = accountKeyFor(config, host, renewal)

  const issuing = { config, host, options, renewal, dns, stage }
  const { plan, session, caaAwaiting } = await checkWhileConnecting(issuing, tracing, acme, account.key, caa)

  const { order, challenges, judged, prepared } = await (async () => {
    // the record names the account: it is opened before the record can be judged
    await openAccount(issuing, session, caaAwaiting)
    const judged = await judgeOwners(plan, dns, {
      issuers: caaAwaiting.identities,
      accountUri: session.accountUrl,
      now: new Date(),
      ...(config.persistUntil === undefined ? {} : { persistUntil: config.persistUntil }),
    })
    // set before any stop: a run that fails here still says what to publish
    host.setOutput('persist_records', JSON.stringify(judged.map((j) => j.record)))
    for (const j of judged)
      for (const s of j.servers) host.info(`Record: ${j.group.owner} on ${serverName(s.server)}: ${s.detail}`)
    const missing = judged.filter((j) => !j.ok)
    if (missing.length > 0) {
      const provider = await writer.create(host)
      if (provider === undefined) throw missingRecordsError(missing, writer.why)
      for (const j of missing) stage(`Record to publish with ${config.provider?.id}: ${zoneLine(j.record)}`)
      // the detail of the wait folded, as dns-01's is; the outcome a line of its own
      await host
        .group('Publishing: then asking every authoritative server of each zone', () =>
          publishRecords(provider, missing, dns, {
            timeoutMs: config.propagationTimeoutMs,
            log: (m) => host.info(m),
          }),
        )
        .finally(() => closeProvider(provider, (m) => host.warning(m)))
      stage(
        'Published: every authoritative server of each zone serves the record (it stays for the next runs)',
      )
    }
    stage('dns-persist-01 record: every authoritative server serves one for this CA and account')
    const ordered = await preparedOrder(issuing, context, session)
    try {
      checkChallengeIssuers(ordered.challenges, plan, judged)
    } catch (error) {
      await undoPreparations(ordered.prepared, host)
      throw error
    }
    return { ...ordered, judged }
  })().catch((error: unknown) => {
    session.close()
    throw error
  })
  stage(
    `Order created at ${config.acmeServer}${order.request.replaces ? ` (replaces ${order.request.replaces})` : ''}: ${challenges.length} challenge(s) to answer, ${order.state.authorizations.length - challenges.length} valid already`,
  )
  const certificateKey = makePrivateKey(config.keyType)
  let bundle: Awaited<ReturnType<typeof finalizeToFiles>>
  try {
    await session.validate(challenges)
    stage('Validation: the CA validated every name')
    bundle = await finalizeToFiles(issuing, session, order, certificateKey, account.kept)
  } catch (error) {
    await undoPreparations(prepared, host)
    throw error
  } finally {
    session.close()
  }
  const renewAfter = await renewAfterIssued(config, renewal.ca, certificateFacts(bundle.certificate))
  warnBeforeRenewal(judged, config.persistUntil, renewAfter, host)
  await deliverIssued(issuing, context, bundle, { plan, renewal, renewAfter })
}

/**
 * A record that stops validating before the next renewal would make that renewal fail: said now. An owner that
 * had no record has the one this run published, which ends at `persist_until`.
 */
function warnBeforeRenewal(
  judged: readonly OwnerJudgement[],
  published: Date | undefined,
  renewAfter: Date | undefined,
  host: Host,
): void {
  if (renewAfter === undefined) return
  for (const j of judged) {
    const until = j.ok ? j.persistUntil : published
    if (until !== undefined && until.getTime() <= renewAfter.getTime()) {
      host.warning(
        `dns-persist-01: the record at ${j.group.owner} stops validating at ${until.toISOString()} (persistUntil), before this certificate's renewal from ${renewAfter.toISOString()}: publish one that lasts longer (or one with no end) before then`,
      )
    }
  }
}

/** The provider that publishes a missing record, when there is one with its credentials; else why there is none. */
function publisher(
  config: Config,
  env: Readonly<Record<string, string | undefined>>,
): { provider?: string; why: string; create(host: Host): Promise<DnsProvider | undefined> } {
  const descriptor = config.provider
  if (descriptor === undefined) {
    return { why: 'no dns_provider is set to publish it', create: async () => undefined }
  }
  const missing = missingCredentials(descriptor, env)
  if (missing !== undefined) {
    return {
      why: `dns_provider ${descriptor.id} has no credentials to publish it (${missing} in the step's env)`,
      create: async () => undefined,
    }
  }
  return {
    provider: descriptor.id,
    why: '',
    create: (host) => createProvider(descriptor.id, { env, host, resolvers: config.resolvers }),
  }
}
