// mode: check's rows for the CNAMEs the masters publish: a target that is no host name fails where it is
// published, shown escaped, and is never taken for "no CNAME".
import { describe, expect, it } from 'vitest'
import type { AuthoritativeServer } from '../../src/dns/resolver.js'
import { TsigError } from '../../src/dns/tsig.js'
import { ProviderHttpError } from '../../src/http/client.js'
import { cnameRows, noteRows, writeFix } from '../../src/modes/check.js'
import { normalizeName } from '../../src/names/index.js'
import type { ServerAnswer, TracedChain } from '../../src/pipeline/plan.js'
import { DESCRIPTORS } from '../../src/providers/index.js'
import type { ProviderDescriptor } from '../../src/providers/types.js'

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

describe('check: the fix line of a refused probe write matches the refusal', () => {
  const zone = 'validation.example.org'
  const rfc2136 = DESCRIPTORS.rfc2136 as ProviderDescriptor
  const cloudflare = DESCRIPTORS.cloudflare as ProviderDescriptor
  const wrapped = (cause: Error) => new Error('rfc2136: adding 1 TXT value failed', { cause })
  const http = (status: number) =>
    new ProviderHttpError({
      message: `cloudflare: HTTP ${status}`,
      provider: 'cloudflare',
      method: 'POST',
      path: '/x',
      status,
      kind: 'http',
      attempts: 1,
    })

  it.each([
    [
      'TSIG BADSIG',
      rfc2136,
      wrapped(new TsigError('BADSIG', 'bad signature')),
      /^the secret is wrong: RFC2136_TSIG_SECRET/,
    ],
    [
      'TSIG BADKEY',
      rfc2136,
      wrapped(new TsigError('BADKEY', 'unknown key')),
      /^the key name is unknown to the server: RFC2136_TSIG_KEY/,
    ],
    ['HTTP 401', cloudflare, http(401), /^the token is invalid .*CLOUDFLARE_DNS_API_TOKEN/],
    [
      'HTTP 403',
      cloudflare,
      http(403),
      /^the token lacks the right to change TXT records in validation\.example\.org/,
    ],
    [
      'DNS REFUSED',
      rfc2136,
      Object.assign(new Error('rfc2136: REFUSED'), { rcode: 'REFUSED' }),
      /^the key lacks the right to change TXT records in validation\.example\.org/,
    ],
  ])('%s', (_, descriptor, error, fix) => {
    expect(writeFix(error, descriptor, zone)).toMatch(fix)
  })

  it('gives no fix for a failure that is no refusal: the provider words in the row say it', () => {
    expect(writeFix(new Error('rfc2136: timed out'), rfc2136, zone)).toBeUndefined()
    expect(writeFix(http(500), cloudflare, zone)).toBeUndefined()
  })
})
