// mode: check's rows for the CNAMEs the masters publish: a target that is no host name fails where it is
// published, shown escaped, and is never taken for "no CNAME".
import { describe, expect, it } from 'vitest'
import type { AuthoritativeServer } from '../../src/dns/resolver.js'
import { cnameRows, noteRows } from '../../src/modes/check.js'
import { normalizeName } from '../../src/names/index.js'
import type { ServerAnswer, TracedChain } from '../../src/pipeline/plan.js'

const A: AuthoritativeServer = { name: 'a.ns.test', addresses: ['192.0.2.1'] }
const B: AuthoritativeServer = { name: 'b.ns.test', addresses: ['192.0.2.2'] }
const CHALLENGE = '_acme-challenge.www.example.test'
const invalid: ServerAnswer = {
  kind: 'invalid',
  target: 'x\\010::warning::injected.v.test',
  why: 'not a label',
}

const traced = (answers: [ServerAnswer, ServerAnswer], next: string | undefined): TracedChain => ({
  challengeName: CHALLENGE,
  chain: next === undefined ? [CHALLENGE] : [CHALLENGE, next],
  names: [normalizeName('www.example.test')],
  hops: [
    {
      name: CHALLENGE,
      zone: 'example.test',
      next,
      answers: [
        { server: A, answer: answers[0] },
        { server: B, answer: answers[1] },
      ],
    },
  ],
})

describe('check: the CNAME rows', () => {
  it('fails a master that publishes a target that is no host name, showing it escaped', () => {
    const rows = cnameRows(
      traced([invalid, { kind: 'cname', target: '_acme-challenge.v.test' }], '_acme-challenge.v.test'),
    )
    expect(rows.map((r) => [r.subject, r.status, r.detail])).toEqual([
      [
        `${CHALLENGE} on a.ns.test (192.0.2.1)`,
        'fail',
        'CNAME "x\\010::warning::injected.v.test", which is no host name (not a label)',
      ],
      [`${CHALLENGE} on b.ns.test (192.0.2.2)`, 'pass', 'CNAME _acme-challenge.v.test'],
    ])
  })

  it('fails every master that publishes it when all do, instead of calling it plain DNS-01', () => {
    const rows = cnameRows(traced([invalid, invalid], undefined))
    expect(rows.map((r) => r.status)).toEqual(['fail', 'fail'])
    expect(rows[0]?.fix).toBe(
      `publish "${CHALLENGE}. CNAME <the alias owner>." in the DNS provider behind a.ns.test`,
    )
  })
})

describe('check: zones whose parent delegation could not be checked', () => {
  it('show one skipped row per zone, saying why', () => {
    const note =
      'parent delegation of example.test not checked: no answer within 1 s while finding its parent zone'
    const chain = traced(
      [
        { kind: 'none', rcode: 'NXDOMAIN' },
        { kind: 'none', rcode: 'NXDOMAIN' },
      ],
      undefined,
    )
    const noted = { ...chain, hops: chain.hops.map((hop) => ({ ...hop, note })) }
    expect(noteRows([noted, noted])).toEqual([
      { check: 'delegation', subject: 'example.test', status: 'skip', detail: note },
    ])
  })
})
