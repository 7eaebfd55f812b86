// The renewal decision: every rule, its boundaries, the point within the ARI window, and the ARI certID.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRenewalInfo } from '../../src/acme/ari.js'
import { certificateFacts } from '../../src/pki/certificate.js'
import { type CurrentFacts, decide, iso, pointInWindow, type RenewalFacts } from '../../src/renewal/decide.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const NOW = new Date('2027-03-01T12:00:00Z')
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs)

/** A 90-day certificate for example.com and www.example.com, issued `age` ago. */
function current(age: number, overrides: Partial<CurrentFacts> = {}): CurrentFacts {
  return {
    names: ['example.com', 'www.example.com'],
    keyType: 'ec-p256',
    notBefore: at(-age),
    notAfter: at(90 * DAY - age),
    certId: 'aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE',
    serial: '87654321',
    ...overrides,
  }
}

function facts(overrides: Partial<RenewalFacts>): RenewalFacts {
  return {
    now: NOW,
    names: ['example.com', 'www.example.com'],
    keyType: 'ec-p256',
    force: false,
    checkIntervalMs: DAY,
    ...overrides,
  }
}

describe('decide: what makes a run issue', () => {
  const cases: [string, Partial<RenewalFacts>, boolean, RegExp][] = [
    ['no current certificate', {}, true, /^no current certificate$/],
    [
      'an unreadable one',
      { unreadable: 'Vault said 403' },
      true,
      /^current certificate unreadable: Vault said 403$/,
    ],
    ['force_renew on a fresh one', { current: current(DAY), force: true }, true, /^forced$/],
    [
      'a name added and one removed',
      { current: current(DAY), names: ['example.com', 'api.example.com'] },
      true,
      /^names changed: \+api\.example\.com, -www\.example\.com$/,
    ],
    [
      'the same names in another order and case',
      { current: current(DAY), names: ['WWW.example.com', 'example.com'] },
      false,
      /^not due: /,
    ],
    [
      'another key type',
      { current: current(DAY, { keyType: 'rsa-2048' }) },
      true,
      /^key type changed: rsa-2048 -> ec-p256$/,
    ],
    ['an expired one', { current: current(91 * DAY) }, true, /^expired on 2027-02-28T12:00:00Z$/],
  ]
  for (const [what, overrides, due, reason] of cases) {
    it(`${what}: ${due ? 'issues' : 'keeps'}`, () => {
      const decision = decide(facts(overrides))
      expect(decision.due).toBe(due)
      expect(decision.reason).toMatch(reason)
    })
  }
})

describe('decide: without ARI, a third of the lifetime (half for 10 days or less), or renew_before', () => {
  it('a 90-day certificate renews when 30 days are left, not a second earlier', () => {
    const renewAt = at(60 * DAY) // notAfter - 30 days for one issued now
    const fresh = current(0)
    expect(decide(facts({ current: fresh })).renewAfter).toEqual(renewAt)
    const justBefore = decide(facts({ current: current(60 * DAY - 1000) }))
    expect(justBefore).toMatchObject({
      due: false,
      reason: expect.stringMatching(/^not due: expires in 30 days, renewal from /),
    })
    const onTime = decide(facts({ current: current(60 * DAY) }))
    expect(onTime).toMatchObject({ due: true, reason: 'expires in 30 days' })
  })

  it('a 6-day certificate renews at half its lifetime', () => {
    const short = (age: number) => current(age, { notBefore: at(-age), notAfter: at(6 * DAY - age) })
    expect(decide(facts({ current: short(3 * DAY - 1000) })).due).toBe(false)
    expect(decide(facts({ current: short(3 * DAY) }))).toMatchObject({
      due: true,
      reason: 'expires in 3 days',
    })
  })

  it('a 10-day certificate is still short-lived (half), an 11-day one gets a third', () => {
    const lived = (days: number) => current(0, { notBefore: NOW, notAfter: at(days * DAY) })
    expect(decide(facts({ current: lived(10) })).renewAfter).toEqual(at(5 * DAY))
    expect(decide(facts({ current: lived(11) })).renewAfter?.getTime()).toBe(at((11 * DAY * 2) / 3).getTime())
  })

  it('renew_before renews earlier than a third, and never later', () => {
    expect(decide(facts({ current: current(0), renewBeforeMs: 45 * DAY })).renewAfter).toEqual(at(45 * DAY))
    expect(decide(facts({ current: current(0), renewBeforeMs: 5 * DAY })).renewAfter).toEqual(at(60 * DAY))
    expect(decide(facts({ current: current(50 * DAY), renewBeforeMs: 45 * DAY }))).toMatchObject({
      due: true,
      reason: 'expires in 40 days',
    })
  })

  it('an hour before expiry says hours', () => {
    expect(decide(facts({ current: current(90 * DAY - HOUR) })).reason).toBe('expires in 1 hours')
  })
})

describe('decide: with an ARI window, at the time chosen in it for this certificate', () => {
  const fresh = current(10 * DAY)
  const certId = fresh.certId as string
  /** A window of `span` that starts at `start` (offsets from now). */
  const window = (start: number, span: number) => ({ start: at(start), end: at(start + span) })
  /** A window of `span` placed so that this certificate's time in it falls at `point` (an offset from now). */
  const pointAt = (point: number, span: number) =>
    window(point - Math.floor(pointInWindow(certId) * span), span)

  const cases: [string, Partial<RenewalFacts>, boolean, (w: { start: Date; end: Date }) => string][] = [
    [
      'a window open now whose time for this certificate is after the next run',
      { window: pointAt(2 * DAY, 30 * DAY) },
      false,
      (w) =>
        `not due: renewal from ${iso(at(DAY))} (this certificate's time in the CA's window ${iso(w.start)} to ${iso(w.end)} is ${iso(at(2 * DAY))}, less check_interval)`,
    ],
    [
      'a window opening later whose time is after the next run',
      { window: pointAt(40 * DAY, 2 * DAY) },
      false,
      (w) =>
        `not due: renewal from ${iso(at(39 * DAY))} (this certificate's time in the CA's window ${iso(w.start)} to ${iso(w.end)} is ${iso(at(40 * DAY))}, less check_interval)`,
    ],
    [
      'a window open now whose time falls before the next run',
      { window: pointAt(23 * HOUR, 30 * DAY) },
      true,
      (w) =>
        `renewal time ${iso(at(23 * HOUR))} in the CA's window ${iso(w.start)} to ${iso(w.end)} falls before the next run`,
    ],
    [
      'a window opening within the interval whose time falls before the next run',
      { window: pointAt(2 * HOUR, HOUR) },
      true,
      (w) =>
        `renewal time ${iso(at(2 * HOUR))} in the CA's window ${iso(w.start)} to ${iso(w.end)} falls before the next run`,
    ],
    [
      'a window open now whose time has passed',
      { window: pointAt(-HOUR, 30 * DAY) },
      true,
      (w) => `renewal time ${iso(at(-HOUR))} in the CA's window ${iso(w.start)} to ${iso(w.end)} has come`,
    ],
    [
      'a window already over',
      { window: window(-3 * DAY, 2 * DAY) },
      true,
      () => 'renewal window passed on 2027-02-28T12:00:00Z',
    ],
    [
      'a longer check_interval: a time a week away falls before the next run',
      { window: pointAt(6 * DAY, 30 * DAY), checkIntervalMs: 7 * DAY },
      true,
      (w) =>
        `renewal time ${iso(at(6 * DAY))} in the CA's window ${iso(w.start)} to ${iso(w.end)} falls before the next run`,
    ],
  ]
  for (const [what, overrides, due, reason] of cases) {
    it(`${what}: ${due ? 'issues' : 'keeps'}`, () => {
      const decision = decide(facts({ current: fresh, ...overrides }))
      expect(decision.due).toBe(due)
      expect(decision.reason).toBe(reason(overrides.window as { start: Date; end: Date }))
    })
  }

  it('renew_after is the time the decision used: the chosen point less one interval, inside the window', () => {
    const w = window(-HOUR, 30 * DAY)
    const decision = decide(facts({ current: fresh, window: w }))
    const point = decision.renewAt?.getTime() as number
    expect(point).toBeGreaterThanOrEqual(w.start.getTime())
    expect(point).toBeLessThan(w.end.getTime())
    expect(decision.renewAfter?.getTime()).toBe(point - DAY)
    // a run at renew_after issues, a run a millisecond before it keeps
    const renewAfter = decision.renewAfter as Date
    expect(decide(facts({ now: renewAfter, current: fresh, window: w })).due).toBe(true)
    expect(decide(facts({ now: new Date(renewAfter.getTime() - 1), current: fresh, window: w })).due).toBe(
      false,
    )
  })

  it('daily runs keep the same time: the point does not move from run to run', () => {
    const w = window(-HOUR, 30 * DAY)
    const times = [0, DAY, 2 * DAY].map(
      (offset) => decide(facts({ now: at(offset), current: fresh, window: w })).renewAt?.getTime() as number,
    )
    expect(new Set(times).size).toBe(1)
  })

  it('the point is stable for one certificate and spread evenly over many', () => {
    expect(pointInWindow('a.b')).toBe(pointInWindow('a.b'))
    const points = Array.from({ length: 2000 }, (_, i) => pointInWindow(`key.${i}`))
    expect(Math.min(...points)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...points)).toBeLessThan(1)
    // each tenth of the window gets about a tenth of the certificates
    const deciles = Array.from(
      { length: 10 },
      (_, d) => points.filter((p) => Math.floor(p * 10) === d).length,
    )
    for (const count of deciles) expect(count).toBeGreaterThan(140)
  })
})

describe('renewal information answers', () => {
  it('reads the window and the explanation URL', () => {
    expect(
      parseRenewalInfo({
        suggestedWindow: { start: '2027-01-01T00:00:00Z', end: '2027-01-03T00:00:00Z' },
        explanationURL: 'https://ca.example/incident',
      }),
    ).toEqual({
      kind: 'window',
      window: {
        start: new Date('2027-01-01T00:00:00Z'),
        end: new Date('2027-01-03T00:00:00Z'),
        explanationUrl: 'https://ca.example/incident',
      },
    })
  })

  it.each([
    ['https://ca.test/why\n::stop-commands::injected', 'https://ca.test/why::stop-commands::injected'],
    ['https://ca.test/a b<c>', 'https://ca.test/a%20b%3Cc%3E'],
    ['javascript:alert(1)', undefined],
    ['::stop-commands::injected', undefined],
    [42, undefined],
  ])('keeps the explanation %j only as a web address, in its written form (%j)', (explanationURL, kept) => {
    const answer = parseRenewalInfo({
      suggestedWindow: { start: '2027-01-01T00:00:00Z', end: '2027-01-03T00:00:00Z' },
      explanationURL,
    })
    expect(answer.kind === 'window' && answer.window.explanationUrl).toBe(kept)
  })

  const malformed: [string, unknown, RegExp][] = [
    ['not an object', 'oops', /not a JSON object/],
    ['no window', {}, /no suggestedWindow/],
    [
      'a start that is no time',
      { suggestedWindow: { start: 'soon', end: '2027-01-03T00:00:00Z' } },
      /start is not a time/,
    ],
    ['no end', { suggestedWindow: { start: '2027-01-03T00:00:00Z' } }, /end is not a time/],
    [
      'an end before the start',
      { suggestedWindow: { start: '2027-01-03T00:00:00Z', end: '2027-01-01T00:00:00Z' } },
      /end is not after start/,
    ],
  ]
  for (const [what, body, problem] of malformed) {
    it(`calls ${what} a problem, never a window`, () => {
      const answer = parseRenewalInfo(body)
      expect(answer.kind).toBe('problem')
      expect(answer.kind === 'problem' && answer.problem).toMatch(problem)
    })
  }
})

describe('certificate facts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'certalias-facts-'))
  const make = (name: string, args: string[]) => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-nodes',
        '-keyout',
        join(dir, `${name}.key`),
        '-out',
        join(dir, `${name}.pem`),
        '-days',
        '10',
        ...args,
      ],
      { stdio: 'ignore', env: { ...process.env, OPENSSL_CONF: '/dev/null' } },
    )
    return readFileSync(join(dir, `${name}.pem`), 'utf8')
  }

  it("gives RFC 9773's example certID for its example key identifier and serial (a leading zero byte kept)", () => {
    const pem = make('rfc', [
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-subj',
      '/CN=ari.example',
      '-set_serial',
      '0x87654321',
      '-addext',
      'subjectAltName=DNS:ari.example,DNS:*.ari.example',
      '-addext',
      'authorityKeyIdentifier=DER:3016801469885B6B87464041E1B37B847BA0AE2CDE01C8D4',
    ])
    const facts = certificateFacts(pem)
    expect(facts.certId).toBe('aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE')
    expect(facts.names).toEqual(['ari.example', '*.ari.example'])
    expect(facts.serial).toBe('87654321')
    expect(facts.keyType).toBe('ec-p256')
    expect(facts.notAfter.getTime() - facts.notBefore.getTime()).toBe(10 * DAY)
  })

  it('reads the key type of RSA and P-384 certificates, and the first certificate of a chain', () => {
    const rsa = make('rsa', [
      '-newkey',
      'rsa:2048',
      '-subj',
      '/CN=rsa.example',
      '-addext',
      'subjectAltName=DNS:rsa.example',
    ])
    const p384 = make('p384', [
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-384',
      '-subj',
      '/CN=p.example',
    ])
    expect(certificateFacts(rsa).keyType).toBe('rsa-2048')
    expect(certificateFacts(`${p384}${rsa}`).keyType).toBe('ec-p384')
    expect(certificateFacts(`${p384}${rsa}`).names).toEqual([])
  })

  it('has no certID without an authority key identifier, and refuses text without a certificate', () => {
    const bare = make('bare', [
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-subj',
      '/CN=b.example',
      '-addext',
      'authorityKeyIdentifier=none',
    ])
    expect(certificateFacts(bare).certId).toBeUndefined()
    expect(() => certificateFacts('hello')).toThrow(/no PEM certificate/)
  })
})
