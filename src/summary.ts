// The job summary: what was issued and where it went. Public facts only: no key, no token.
import type { Plan } from './plan.js'

export interface SummaryFacts {
  readonly plan: Plan
  readonly issuer: string
  readonly notAfter: string
  readonly serial: string
  readonly files: Readonly<Record<string, string>>
}

const markdown = (text: string) => text.replace(/[|\\`*_<>]/g, (c) => `\\${c}`)

export function summaryMarkdown(facts: SummaryFacts): string {
  const rows = facts.plan.names.map(
    (n) =>
      `| ${markdown(n.name.name)} | ${markdown(n.owner)} | ${n.chain.length > 1 ? n.chain.length - 1 : 'none (own zone)'} |`,
  )
  const files = Object.entries(facts.files).map(([what, path]) => `| ${what} | ${markdown(path)} |`)
  return [
    '## certalias: certificate issued',
    '',
    '| name | TXT owner (alias) | CNAME hops |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `**Issuer:** ${markdown(facts.issuer)}  `,
    `**Not after:** ${facts.notAfter}  `,
    `**Serial:** ${facts.serial}`,
    '',
    '| file | path |',
    '| --- | --- |',
    ...files,
    '',
  ].join('\n')
}
