// RFC 8659's issue-value syntax (section 4.2), which CAA issue properties and the dns-persist-01 record share.
import { describe, expect, it } from 'vitest'
import {
  formatIssueValue,
  IssueValueError,
  parameterValues,
  parseIssueValue,
} from '../../src/dns/issue-value.js'

describe('parseIssueValue', () => {
  const parsed: [string, string, string | undefined, [string, string][]][] = [
    ['an issuer alone', 'letsencrypt.org', 'letsencrypt.org', []],
    [
      'the draft example',
      'authority.example; accounturi=https://ca.example/acct/123',
      'authority.example',
      [['accounturi', 'https://ca.example/acct/123']],
    ],
    [
      'every parameter of a persist record, no space at all',
      'ca.example;accounturi=https://ca.example/acct/1;policy=wildcard;persistUntil=1767225600',
      'ca.example',
      [
        ['accounturi', 'https://ca.example/acct/1'],
        ['policy', 'wildcard'],
        ['persistUntil', '1767225600'],
      ],
    ],
    [
      'spaces and tabs wherever the grammar allows them',
      ' \tca.example \t; \taccounturi \t= \thttps://x/1 \t; \tpolicy=wildcard \t',
      'ca.example',
      [
        ['accounturi', 'https://x/1'],
        ['policy', 'wildcard'],
      ],
    ],
    ['the issuer lower-cased', 'Pebble.TEST', 'pebble.test', []],
    ['";" alone: no issuer (CAA: no CA may issue)', ';', undefined, []],
    ['an empty value', '', undefined, []],
    ['a ";" with no parameter after the issuer', 'ca.example;', 'ca.example', []],
    ['an empty parameter value', 'ca.example; policy=', 'ca.example', [['policy', '']]],
    [
      'hyphens inside labels and tags',
      'c-a.ex--ample; account-uri=x',
      'c-a.ex--ample',
      [['account-uri', 'x']],
    ],
    [
      'parameters without an issuer',
      '; validationmethods=dns-01,http-01',
      undefined,
      [['validationmethods', 'dns-01,http-01']],
    ],
  ]
  for (const [what, text, issuer, parameters] of parsed) {
    it(`reads ${what}`, () => {
      const value = parseIssueValue(text)
      expect(value.issuer).toBe(issuer)
      expect(value.parameters.map((p) => [p.tag, p.value])).toEqual(parameters)
    })
  }

  const refused: [string, string, RegExp][] = [
    ['a trailing ";" after a parameter', 'ca.example; policy=wildcard;', /no parameter after it/],
    ['a space inside a value', 'ca.example; accounturi=https://x/ 1', /between parameters/],
    ['two issuers', 'ca.example other.example', /expected ";" after the issuer/],
    ['a parameter without "="', 'ca.example; wildcard', /not a parameter/],
    ['a label ending in a hyphen', 'ca-.example', /expected ";"/],
    ['a trailing dot on the issuer', 'ca.example.; accounturi=x', /expected ";"/],
    ['a tag of punctuation', 'ca.example; _x=1', /not a parameter/],
    ['a value with a control character', 'ca.example; accounturi=a\u0007b', /between parameters/],
    ['no issuer and no ";"', '=x', /not an issuer domain name/],
  ]
  for (const [what, text, why] of refused) {
    it(`refuses ${what}`, () => {
      expect(() => parseIssueValue(text)).toThrow(IssueValueError)
      expect(() => parseIssueValue(text)).toThrow(why)
    })
  }

  it('quotes what it refuses on one line, however long or strange', () => {
    const error = (() => {
      try {
        parseIssueValue(`ca.example; a=b\n::error::${'x'.repeat(100)}`)
      } catch (e) {
        return e as Error
      }
    })()
    expect(error?.message).toBe('expected ";" between parameters at "\\n::error::xxxxxxxxxxxxxx..."')
  })
})

describe('formatIssueValue', () => {
  it('writes what parseIssueValue reads back', () => {
    const text = formatIssueValue('pebble.test', [
      { tag: 'accounturi', value: 'https://127.0.0.1:14000/my-account/1' },
      { tag: 'policy', value: 'wildcard' },
    ])
    expect(text).toBe('pebble.test; accounturi=https://127.0.0.1:14000/my-account/1; policy=wildcard')
    expect(parseIssueValue(text)).toEqual({
      issuer: 'pebble.test',
      parameters: [
        { tag: 'accounturi', value: 'https://127.0.0.1:14000/my-account/1' },
        { tag: 'policy', value: 'wildcard' },
      ],
    })
  })

  it.each([
    ['an issuer carrying a parameter', 'ca.test; policy=wildcard', 'https://ca.test/acct/1'],
    ['an issuer with a space', 'ca .test', 'https://ca.test/acct/1'],
    ['an account URL carrying a parameter', 'ca.test', 'https://ca.test/acct/1; policy=wildcard'],
    ['an account URL with a space', 'ca.test', 'https://ca.test/acct/1 x'],
    ['an account URL with a control character', 'ca.test', 'https://ca.test/acct/1\n'],
  ])('refuses %s from the CA rather than write another record than meant', (_what, issuer, account) => {
    expect(() => formatIssueValue(issuer, [{ tag: 'accounturi', value: account }])).toThrow(IssueValueError)
  })
})

describe('parameterValues', () => {
  it('finds a tag whatever its case, every time it is given', () => {
    const value = parseIssueValue('ca.example; persistUntil=1; PERSISTUNTIL=2; policy=x')
    expect(parameterValues(value, 'persistuntil')).toEqual(['1', '2'])
    expect(parameterValues(value, 'accounturi')).toEqual([])
  })
})
