// The dns-persist-01 record: the value certalias publishes, and the draft's rules for whether a served record
// validates this account's names at this CA (draft-ietf-acme-dns-persist, section 4).
import { describe, expect, it } from 'vitest'
import { judgePersistRecords, type PersistWanted, persistValue } from '../../src/pipeline/persist-record.js'

const ACCOUNT = 'https://ca.example/acct/123'
const NOW = new Date('2026-06-01T00:00:00Z')
const past = String(Date.parse('2026-05-31T23:59:59Z') / 1000)
const future = String(Date.parse('2027-01-01T00:00:00Z') / 1000)
const wanted = (over: Partial<PersistWanted> = {}): PersistWanted => ({
  issuers: ['authority.example', 'ca.example.net'],
  accountUri: ACCOUNT,
  wildcard: false,
  now: NOW,
  ...over,
})

describe('persistValue', () => {
  it('writes the issuer and the account, then the policy and the time only when asked', () => {
    expect(persistValue({ issuer: 'authority.example', accountUri: ACCOUNT, wildcard: false })).toBe(
      'authority.example; accounturi=https://ca.example/acct/123',
    )
    expect(
      persistValue({
        issuer: 'authority.example',
        accountUri: ACCOUNT,
        wildcard: true,
        persistUntil: new Date('2027-01-01T00:00:00.900Z'),
      }),
    ).toBe(`authority.example; accounturi=${ACCOUNT}; policy=wildcard; persistUntil=${future}`)
  })

  it('writes a value the judge accepts for the same account', () => {
    const value = persistValue({ issuer: 'ca.example.net', accountUri: ACCOUNT, wildcard: true })
    expect(judgePersistRecords([value], wanted({ wildcard: true })).ok).toBe(true)
  })
})

describe('judgePersistRecords', () => {
  const cases: [string, string[], Partial<PersistWanted>, boolean, RegExp][] = [
    ['the draft example', [`authority.example; accounturi=${ACCOUNT}`], {}, true, /this account\)$/],
    ['any of the issuer names', [`ca.example.net; accounturi=${ACCOUNT}`], {}, true, /ca\.example\.net/],
    ['issuer names case-insensitively', [`Authority.EXAMPLE; accounturi=${ACCOUNT}`], {}, true, /./],
    ['no record at all', [], {}, false, /^no TXT record$/],
    [
      'another CA only',
      [`letsencrypt.org; accounturi=${ACCOUNT}`],
      {},
      false,
      /is for letsencrypt\.org, not authority\.example or ca\.example\.net$/,
    ],
    [
      "another account's record",
      ['authority.example; accounturi=https://ca.example/acct/999'],
      {},
      false,
      /names another ACME account \(accounturi=https:\/\/ca\.example\/acct\/999\), not https:\/\/ca\.example\/acct\/123$/,
    ],
    [
      'the account compared as a simple string, case included',
      ['authority.example; accounturi=https://CA.example/acct/123'],
      {},
      false,
      /names another ACME account/,
    ],
    ['no accounturi', ['authority.example'], {}, false, /has no accounturi$/],
    [
      'two accounturi parameters',
      [`authority.example; accounturi=${ACCOUNT}; accounturi=${ACCOUNT}`],
      {},
      false,
      /has 2 accounturi parameters/,
    ],
    [
      'a wildcard without policy=wildcard',
      [`authority.example; accounturi=${ACCOUNT}`],
      { wildcard: true },
      false,
      /lacks policy=wildcard, which a wildcard name needs$/,
    ],
    [
      'a wildcard with policy=WILDCARD (case-insensitive)',
      [`authority.example; accounturi=${ACCOUNT}; policy=WILDCARD`],
      { wildcard: true },
      true,
      /./,
    ],
    [
      'policy=wildcard on a plain name does no harm',
      [`authority.example; accounturi=${ACCOUNT}; policy=wildcard`],
      {},
      true,
      /./,
    ],
    [
      'a persistUntil in the past',
      [`authority.example; accounturi=${ACCOUNT}; persistUntil=${past}`],
      {},
      false,
      /stopped validating at 2026-05-31T23:59:59\.000Z \(persistUntil\)$/,
    ],
    [
      'a persistUntil in the future',
      [`authority.example; accounturi=${ACCOUNT}; persistUntil=${future}`],
      {},
      true,
      /until 2027-01-01T00:00:00\.000Z\)$/,
    ],
    [
      'a persistUntil that is no whole number',
      [`authority.example; accounturi=${ACCOUNT}; persistUntil=2027-01-01`],
      {},
      false,
      /persistUntil that is not one whole number/,
    ],
    [
      'a record that is not issue-value syntax',
      [`authority.example accounturi=${ACCOUNT}`],
      {},
      false,
      /is not in issue-value syntax \(expected ";" after the issuer/,
    ],
    ['an unknown parameter is ignored', [`authority.example; accounturi=${ACCOUNT}; x-new=1`], {}, true, /./],
    [
      "ours among another CA's and another account's",
      [
        `letsencrypt.org; accounturi=${ACCOUNT}`,
        'authority.example; accounturi=https://ca.example/acct/999',
        `authority.example; accounturi=${ACCOUNT}`,
      ],
      {},
      true,
      /^serves "authority\.example; accounturi=https:\/\/ca\.example\/acct\/123"/,
    ],
    [
      'the closest miss explains several records',
      [
        `letsencrypt.org; accounturi=${ACCOUNT}`,
        `authority.example; accounturi=${ACCOUNT}; persistUntil=${past}`,
      ],
      {},
      false,
      /^2 TXT records, none for this account: ".*persistUntil=\d+" stopped validating/,
    ],
  ]
  for (const [what, served, over, ok, detail] of cases) {
    it(`${what}: ${ok ? 'validates' : 'does not'}`, () => {
      const verdict = judgePersistRecords(served, wanted(over))
      expect(verdict.ok).toBe(ok)
      expect(verdict.detail).toMatch(detail)
    })
  }

  it('of several serving records, names the one that validates longest', () => {
    const verdict = judgePersistRecords(
      [
        `authority.example; accounturi=${ACCOUNT}; persistUntil=${future}`,
        `authority.example; accounturi=${ACCOUNT}`,
      ],
      wanted(),
    )
    expect(verdict).toMatchObject({ ok: true, value: `authority.example; accounturi=${ACCOUNT}` })
    expect(verdict.ok && verdict.persistUntil).toBe(undefined)
  })

  it('quotes a served value as foreign text: one line, escaped', () => {
    const verdict = judgePersistRecords(['x\n::error::y'], wanted())
    expect(verdict.detail).toBe(
      '"x\\n::error::y" is not in issue-value syntax (expected ";" after the issuer at "\\n::error::y")',
    )
  })
})
