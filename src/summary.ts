// The job summary: what was issued and where it went. Public facts only: no key, no token.
import type { Plan } from './plan.js'
import type { DeliveryReport } from './stores/deliver.js'
import type { CertificateBundle } from './stores/types.js'

export interface SummaryFacts {
  readonly plan: Plan
  readonly issuer: string
  readonly bundle: CertificateBundle
  readonly report: DeliveryReport
}

const markdown = (text: string) => text.replace(/[|\\`*_<>]/g, (c) => `\\${c}`)

export function summaryMarkdown(facts: SummaryFacts): string {
  const { bundle, report } = facts
  const rows = facts.plan.names.map(
    (n) =>
      `| ${markdown(n.name.name)} | ${markdown(n.owner)} | ${n.chain.length > 1 ? n.chain.length - 1 : 'none (own zone)'} |`,
  )
  const files = [
    ['certificate', bundle.files.certificatePath],
    ['chain', bundle.files.chainPath],
    ['fullchain', bundle.files.fullchainPath],
    ['private key (0600)', bundle.files.privateKeyPath],
  ].map(([what, path]) => `| ${what} | ${markdown(path as string)} |`)
  const destinations = [
    ...report.delivered.map((d) => `| ${d.store} | delivered | ${markdown(d.delivery.destination)} |`),
    ...report.failed.map((f) => `| ${f.store} | **failed** | ${markdown(f.error.replace(/\n/g, ' '))} |`),
  ]
  return [
    '## certalias: certificate issued',
    '',
    '| name | TXT owner (alias) | CNAME hops |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `**Issuer:** ${markdown(facts.issuer)}  `,
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
  ].join('\n')
}
