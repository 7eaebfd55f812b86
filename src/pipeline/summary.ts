// The job summary: what was issued and where it went. Public facts only: no key, no token.

import type { Current } from '../renewal/current.js'
import { iso } from '../renewal/decide.js'
import type { Renewal } from '../renewal/index.js'
import type { DeliveryReport } from '../stores/deliver.js'
import type { CertificateBundle } from '../stores/types.js'
import { markdownLink, markdownText } from '../text.js'
import type { Plan } from './plan.js'

export interface SummaryFacts {
  readonly plan: Plan
  readonly issuer: string
  readonly bundle: CertificateBundle
  readonly report: DeliveryReport
  readonly renewal: Renewal
  readonly renewAfter?: Date
  /** Owners whose challenges were solved in several batches, with how many. */
  readonly batches?: ReadonlyMap<string, number>
}

export function summaryMarkdown(facts: SummaryFacts): string {
  const { bundle, report } = facts
  const rows = facts.plan.names.map(
    (n) =>
      `| ${markdownText(n.name.name)} | ${markdownText(n.owner)} | ${n.chain.length > 1 ? n.chain.length - 1 : 'none (own zone)'} |`,
  )
  const files = [
    ['certificate', bundle.files.certificatePath],
    ['chain', bundle.files.chainPath],
    ['fullchain', bundle.files.fullchainPath],
    ['private key (0600)', bundle.files.privateKeyPath],
  ].map(([what, path]) => `| ${what} | ${markdownText(path as string)} |`)
  const destinations = [
    ...report.delivered.map((d) => `| ${d.store} | delivered | ${markdownText(d.delivery.destination)} |`),
    ...report.failed.map((f) => `| ${f.store} | **failed** | ${markdownText(f.error)} |`),
  ]
  const notes = report.delivered.flatMap((d) => (d.delivery.notes ?? []).map((n) => `> ${markdownText(n)}`))
  return [
    '## certalias: certificate issued',
    '',
    ...renewalLines(facts.renewal, facts.renewAfter),
    '',
    '| name | TXT owner (alias) | CNAME hops |',
    '| --- | --- | --- |',
    ...rows,
    '',
    ...[...(facts.batches ?? [])].map(
      ([owner, count]) =>
        `**Batches at ${markdownText(owner)}:** ${count} (a 512-byte answer takes only so many values)  `,
    ),
    `**Issuer:** ${markdownText(facts.issuer)}  `,
    `**Not after:** ${bundle.notAfter}  `,
    `**Serial:** ${bundle.serial}`,
    '',
    '| file | path |',
    '| --- | --- |',
    ...files,
    '',
    '| destination | result | where |',
    '| --- | --- | --- |',
    ...destinations,
    '',
    ...(notes.length > 0 ? [...notes, ''] : []),
  ].join('\n')
}

/** Why this run issued or kept, and what it knew of the certificate in use. */
function renewalLines(renewal: Renewal, renewAfter: Date | undefined): string[] {
  const { current, window, decision } = renewal
  const lines = [`**Decision:** ${markdownText(decision.reason)}  `]
  if (current !== undefined) {
    const f = current.facts
    lines.push(
      `**Current certificate:** ${markdownText(f.names.join(', '))}, serial ${f.serial}, valid until ${iso(f.notAfter)} (${markdownText(current.source)})  `,
    )
  }
  if (window !== undefined) {
    const explained = window.explanationUrl ? ` (${markdownLink('why', window.explanationUrl)})` : ''
    lines.push(`**CA renewal window (ARI):** ${iso(window.start)} to ${iso(window.end)}${explained}  `)
  }
  if (renewAfter !== undefined) lines.push(`**Next renewal from:** ${iso(renewAfter)}  `)
  return [...lines, '']
}

/** Not due: the certificate in use, the window, the decision, and where the files are. */
export function keptSummary(facts: {
  readonly renewal: Renewal
  readonly current: Current
  readonly files: CertificateBundle['files'] | undefined
}): string {
  return [
    '## certalias: certificate not due, nothing issued',
    '',
    ...renewalLines(facts.renewal, facts.renewal.decision.renewAfter),
    facts.files === undefined
      ? `No files: ${markdownText(facts.current.source)} holds no private key for it.`
      : `Files from ${markdownText(facts.current.source)} in ${markdownText(facts.files.directory)}.`,
    '',
  ].join('\n')
}
