// The job summary shows what a CA, a store's API or a certificate found in a store said as text: no HTML, link,
// image, heading or table cell of its own. A CA's explanation is a link only when it is a web address.
import { describe, expect, it } from 'vitest'
import type { CaDirectory } from '../../src/acme/ari.js'
import type { Config } from '../../src/config/index.js'
import { checkSummary } from '../../src/modes/check.js'
import { planSummary } from '../../src/modes/fleet.js'
import { normalizeName } from '../../src/names/index.js'
import { keptSummary, type SummaryFacts, summaryMarkdown } from '../../src/pipeline/summary.js'
import type { CertificateFacts } from '../../src/pki/certificate.js'
import type { Renewal } from '../../src/renewal/index.js'
import { BUNDLE_FILES } from '../support/store-under-test.js'

const HOSTILE = '<img src=https://t.test/x> [click](https://t.test/y)\n# heading | cell'

const renewal = (patch: Partial<Renewal> = {}): Renewal => ({
  decision: { due: true, reason: 'no current certificate' },
  ca: {} as CaDirectory,
  candidates: [],
  answered: [],
  ...patch,
})

function facts(patch: Partial<SummaryFacts> = {}): SummaryFacts {
  const name = normalizeName('www.example.test')
  return {
    plan: {
      names: [{ name, challengeName: '_acme-challenge.www.example.test', chain: ['a', 'b'], owner: 'b' }],
      owners: [],
    },
    issuer: 'CN=Pebble',
    bundle: {
      names: ['www.example.test'],
      certificate: '',
      chain: '',
      fullchain: '',
      privateKey: '',
      notAfter: '2027-01-01T00:00:00.000Z',
      serial: '01',
      files: BUNDLE_FILES,
    },
    report: { delivered: [], failed: [] },
    renewal: renewal(),
    ...patch,
  }
}

/** The lines of a Markdown table (starting with |) and how many cells each has. */
const cellCounts = (markdown: string) =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.replace(/\\\|/g, '').split('|').length - 2)

describe('the job summary', () => {
  it("shows an issuer, a store's error, a delivery note and a current certificate's names as text", () => {
    const current = {
      certificate: '',
      source: `vault ${HOSTILE}`,
      facts: { names: [HOSTILE], serial: '02', notAfter: new Date(0) } as unknown as CertificateFacts,
    }
    const markdown = summaryMarkdown(
      facts({
        issuer: HOSTILE,
        report: {
          delivered: [{ store: 'vault', delivery: { destination: HOSTILE, notes: [HOSTILE] } }],
          failed: [{ store: 'aws-acm', error: HOSTILE }],
        },
        renewal: renewal({ current, decision: { due: true, reason: HOSTILE } }),
      }),
    )
    expect(markdown).not.toMatch(/<img|\]\(|^#+ heading/m)
    expect(markdown).not.toMatch(/^> #/m)
    expect(new Set(cellCounts(markdown).filter((n) => n !== 3 && n !== 2))).toEqual(new Set())
    expect(markdown).toContain(
      '&lt;img src=https://t.test/x&gt; \\[click\\]\\(https://t.test/y\\) \\# heading \\| cell',
    )
  })

  it("links the CA's explanation when it is a web address, and never lets it out of the link", () => {
    const window = { start: new Date(0), end: new Date(1000), explanationUrl: 'https://ca.test/why(1) [x]' }
    const markdown = keptSummary({
      renewal: renewal({ window, decision: { due: false, reason: 'not due' } }),
      current: {
        certificate: '',
        source: 'files',
        facts: { names: ['a'], serial: '1', notAfter: new Date(0) } as unknown as CertificateFacts,
      },
      files: undefined,
    })
    expect(markdown).toContain('([why](https://ca.test/why%281%29%20[x]))')
  })
})

describe('the summaries of mode: check and mode: plan', () => {
  it("show a server's answer, an error body and a fix as text, one table cell each", () => {
    const markdown = checkSummary([
      { check: 'cname', subject: HOSTILE, status: 'fail', detail: HOSTILE, fix: HOSTILE },
      { check: 'ca', subject: 'x', status: 'pass', detail: 'the directory answers' },
    ])
    expect(markdown).not.toMatch(/<img|\]\(|^#+ heading/m)
    expect(cellCounts(markdown)).toEqual([5, 5, 5, 5])
  })

  it("show an entry's decision as text, one table cell each", () => {
    const config = { names: [normalizeName('a.example.test')] } as unknown as Config
    const markdown = planSummary([config], [renewal({ decision: { due: true, reason: HOSTILE } })])
    expect(markdown).not.toMatch(/<img|\]\(|^#+ heading/m)
    expect(cellCounts(markdown)).toEqual([4, 4, 4])
  })
})
