// Which answers count as a server's authoritative word, and what preflight makes of each kind of answer.
import { describe, expect, it } from 'vitest'
import { type AuthoritativeServer, lameness } from '../../src/dns/resolver.js'
import type { DnsResponse } from '../../src/dns/wire.js'
import { normalizeName } from '../../src/names/index.js'
import { type Hop, publishedTarget, type ServerAnswer, type TracedChain } from '../../src/pipeline/plan.js'
import { PreflightError, preflight } from '../../src/pipeline/preflight.js'

const response = (patch: Partial<DnsResponse>): DnsResponse => ({
  rcode: 'NOERROR',
  authoritative: true,
  answers: [],
  authorities: [],
  additionals: [],
  ...patch,
})

describe('lameness', () => {
  it.each([
    ['an authoritative NOERROR', response({}), undefined],
    ['an authoritative NXDOMAIN', response({ rcode: 'NXDOMAIN' }), undefined],
    ['REFUSED', response({ rcode: 'REFUSED', authoritative: false }), 'REFUSED'],
    ['SERVFAIL', response({ rcode: 'SERVFAIL', authoritative: false }), 'SERVFAIL'],
    ['NOTAUTH', response({ rcode: 'NOTAUTH', authoritative: false }), 'NOTAUTH'],
    [
      'a referral',
      response({
        authoritative: false,
        authorities: [{ name: 'v.test', type: 'NS', ttl: 60, data: 'ns.test' }],
      }),
      'a referral (not authoritative)',
    ],
    [
      'a cached answer',
      response({ authoritative: false }),
      'an answer without the AA flag (not authoritative)',
    ],
  ])('%s: %s', (_label, answer, expected) => {
    expect(lameness(answer)).toBe(expected)
  })
})

const ns = (name: string, address: string): AuthoritativeServer => ({ name, addresses: [address] })
const A = ns('a.ns.test', '192.0.2.1')
const B = ns('b.ns.test', '192.0.2.2')
const OWNER = '_acme-challenge.v.test'
const CHALLENGE = '_acme-challenge.www.example.test'

/** www.example.test -> OWNER, the owner's zone v.test served by A and B answering as given. */
function chain(atOwner: [ServerAnswer, ServerAnswer]): TracedChain[] {
  return [
    {
      challengeName: CHALLENGE,
      chain: [CHALLENGE, OWNER],
      names: [normalizeName('www.example.test')],
      hops: [
        {
          name: CHALLENGE,
          zone: 'example.test',
          next: OWNER,
          answers: [A, B].map((server) => ({ server, answer: { kind: 'cname', target: OWNER } as const })),
        },
        {
          name: OWNER,
          zone: 'v.test',
          next: undefined,
          answers: [
            { server: A, answer: atOwner[0] },
            { server: B, answer: atOwner[1] },
          ],
        },
      ],
    },
  ]
}

describe('preflight', () => {
  const none = { kind: 'none', rcode: 'NXDOMAIN' } as const

  it('passes when every server of the alias zone answers for the owner, with or without the name', () => {
    expect(preflight(chain([none, { kind: 'none', rcode: 'NOERROR' }])).warnings).toEqual([])
  })

  it.each(['SERVFAIL', 'NOTAUTH', 'REFUSED'])(
    'stops on a server of the alias zone answering %s, naming it',
    (rcode) => {
      const run = () => preflight(chain([none, { kind: 'lame', why: rcode }]))
      expect(run).toThrow(PreflightError)
      expect(run).toThrow(
        `b.ns.test (192.0.2.2), a server of v.test, answers ${rcode} for ${OWNER}: it does not serve v.test`,
      )
    },
  )

  it('warns about a server that cannot be asked from here instead of failing', () => {
    const report = preflight(
      chain([none, { kind: 'unreachable', why: 'it has only IPv6 addresses (2001:db8::53)' }]),
    )
    expect(report.warnings).toEqual([
      'b.ns.test, a server of v.test, was not checked from here: it has only IPv6 addresses (2001:db8::53)',
    ])
  })

  it('stops when no server of a zone can be asked from here', () => {
    const away = { kind: 'unreachable', why: 'glue only' } as const
    expect(() => preflight(chain([away, away]))).toThrow(/no server of v\.test can be asked from here/)
  })

  it("passes on a zone's note (its parent delegation not checked) once, as a note and not a warning", () => {
    const [traced] = chain([none, none])
    const note = 'parent delegation of v.test not checked: no answer within 1 s while finding its parent zone'
    const hops = (traced as TracedChain).hops.map((hop) => (hop.zone === 'v.test' ? { ...hop, note } : hop))
    const report = preflight([
      { ...(traced as TracedChain), hops },
      { ...(traced as TracedChain), hops },
    ])
    expect(report.notes).toEqual([note])
    expect(report.warnings).toEqual([])
  })

  it('leaves a silent server of the alias zone to propagation, with a warning', () => {
    const report = preflight(chain([none, { kind: 'failed', error: 'timeout' }]))
    expect(report.warnings).toEqual([
      expect.stringMatching(/^b\.ns\.test .* did not answer .*propagation waits for it/),
    ])
  })
})

describe('a CNAME target that is no host name', () => {
  const none = { kind: 'none', rcode: 'NXDOMAIN' } as const
  const invalid: ServerAnswer = {
    kind: 'invalid',
    target: 'x\\010::warning::injected.v.test',
    why: '"x\\010::warning::injected" is not a label of letters, digits, hyphens and underscores',
  }
  /** The challenge name's zone: A publishes the target given, B the owner. */
  const published = (atA: ServerAnswer): TracedChain[] => {
    const [first, second] = chain([none, none])[0]?.hops ?? []
    return [
      {
        ...(chain([none, none])[0] as TracedChain),
        hops: [
          {
            ...(first as Hop),
            answers: [
              { server: A, answer: atA },
              { server: B, answer: { kind: 'cname', target: OWNER } },
            ],
          },
          second as Hop,
        ],
      },
    ]
  }

  it('stops the run before anything is ordered, naming the master and showing the value escaped', () => {
    const run = () => preflight(published(invalid))
    expect(run).toThrow(PreflightError)
    expect(run).toThrow(
      `a.ns.test (192.0.2.1), a server of example.test, answers CNAME "x\\010::warning::injected.v.test" for ${CHALLENGE}, which is no host name (${invalid.why}); publish a CNAME to the alias owner there`,
    )
  })

  it('is not followed: the chain goes on with the target the other masters publish, or ends', () => {
    expect(publishedTarget([invalid, { kind: 'cname', target: OWNER }])).toBe(OWNER)
    expect(publishedTarget([invalid, invalid])).toBeUndefined()
  })

  it('stops the run also when every master publishes it (the chain then ends at the challenge name)', () => {
    const [first] = published(invalid)[0]?.hops ?? []
    const alone: TracedChain = {
      challengeName: CHALLENGE,
      chain: [CHALLENGE],
      names: [normalizeName('www.example.test')],
      hops: [
        {
          ...(first as Hop),
          next: undefined,
          answers: [A, B].map((server) => ({ server, answer: invalid })),
        },
      ],
    }
    expect(() => preflight([alone])).toThrow(
      /b\.ns\.test .* answers CNAME "x\\010::warning::injected\.v\.test" .* which is no host name/,
    )
  })
})

describe('publishedTarget', () => {
  it('takes the target most servers publish, and none when no server publishes one', () => {
    const to = (target: string) => ({ kind: 'cname', target }) as const
    expect(publishedTarget([to('x.test'), to('y.test'), to('y.test')])).toBe('y.test')
    expect(publishedTarget([{ kind: 'none', rcode: 'NXDOMAIN' }, to('x.test')])).toBe('x.test')
    expect(publishedTarget([{ kind: 'none', rcode: 'NXDOMAIN' }])).toBeUndefined()
  })
})
