// mode: check with dns-persist-01: a row per owner and authoritative server, saying whether it serves a record for
// this CA and account, each carrying the owner and the exact value to publish; the records printed as well, since
// this check is the setup step that tells what to publish once.
import type { Config } from '../config/index.js'
import type { Resolver } from '../dns/resolver.js'
import type { Host } from '../host.js'
import {
  cnameAlternative,
  judgeOwners,
  type OwnerJudgement,
  serverName,
  zoneLine,
} from '../pipeline/persist.js'
import type { Plan } from '../pipeline/plan.js'
import type { CheckRow } from './check-row.js'

export async function persistRows(
  config: Config,
  plan: Plan,
  dns: Resolver,
  host: Host,
  issuers: Promise<string[]>,
  accountUrl: Promise<string | undefined>,
): Promise<CheckRow[]> {
  const subject = config.names.map((n) => n.name).join(', ')
  const accountUri = await accountUrl
  if (accountUri === undefined) {
    return [
      {
        check: 'persist',
        subject,
        status: 'fail',
        detail: 'the record names the ACME account, and without account_key the account is not known here',
        fix: 'give account_key: the PEM of the account the issuing runs use',
      },
    ]
  }
  let judged: OwnerJudgement[]
  try {
    judged = await judgeOwners(plan, dns, {
      issuers: await issuers,
      accountUri,
      now: new Date(),
      ...(config.persistUntil === undefined ? {} : { persistUntil: config.persistUntil }),
    })
  } catch (error) {
    return [{ check: 'persist', subject, status: 'fail', detail: (error as Error).message }]
  }
  host.setOutput('persist_records', JSON.stringify(judged.map((j) => j.record)))
  for (const j of judged) {
    const alternative = cnameAlternative(j)
    host.info(
      `dns-persist-01 record for ${j.group.names.map((n) => n.name).join(', ')}${j.ok ? ' (served)' : ''}: ${zoneLine(j.record)}${
        alternative === undefined || j.ok ? '' : `\n  ${alternative}`
      }`,
    )
  }
  return judged.flatMap((j) =>
    j.servers.map((s) => ({
      check: 'persist',
      subject: `${j.group.owner} on ${serverName(s.server)}`,
      status: s.status,
      detail: s.detail,
      owner: j.record.owner,
      value: j.record.value,
      ...(s.status === 'fail'
        ? { fix: `publish ${zoneLine(j.record)} in the DNS provider behind ${s.server.name}` }
        : {}),
    })),
  )
}

/** Without a provider nothing is written: the record is published by hand. */
export function noProviderRow(config: Config): CheckRow {
  return {
    check: 'write',
    subject: 'dns_provider',
    status: 'skip',
    detail: `no dns_provider: ${config.challenge} records are published by hand (the persist rows say what)`,
  }
}
