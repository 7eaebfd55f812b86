import { describe, expect, it } from 'vitest'
import { hostnameProblem, NameError, normalizeName, parseNames } from '../../src/names/index.js'

describe('name normalization', () => {
  it('lowercases and drops the trailing dot', () => {
    expect(normalizeName('WWW.Example.COM.')).toEqual({
      name: 'www.example.com',
      base: 'www.example.com',
      wildcard: false,
    })
  })

  it('turns Unicode labels into punycode A-labels', () => {
    expect(normalizeName('Bücher.example.test').name).toBe('xn--bcher-kva.example.test')
    expect(normalizeName('*.münchen.example').name).toBe('*.xn--mnchen-3ya.example')
  })

  it('keeps a wildcard only as the whole leftmost label and strips it from the base', () => {
    expect(normalizeName('*.Example.com')).toEqual({
      name: '*.example.com',
      base: 'example.com',
      wildcard: true,
    })
    expect(() => normalizeName('www.*.example.com')).toThrow(/whole leftmost label/)
    expect(() => normalizeName('w*.example.com')).toThrow(/whole leftmost label/)
    expect(() => normalizeName('*.*.example.com')).toThrow(/whole leftmost label/)
  })

  it('rejects names that are not host names, saying which label is wrong', () => {
    expect(() => normalizeName('a..example.com')).toThrow(NameError)
    expect(() => normalizeName('-bad.example.com')).toThrow(/invalid label "-bad"/)
    expect(() => normalizeName('under_score.example.com')).toThrow(/invalid label "under_score"/)
    expect(() => normalizeName('localhost')).toThrow(/two labels/)
    expect(() => normalizeName(`${'a'.repeat(64)}.example.com`)).toThrow(/invalid label/)
  })

  it('splits on commas, spaces and new lines, keeps order and drops duplicates', () => {
    const names = parseNames('example.com, *.example.com\nwww.example.com  EXAMPLE.com.')
    expect(names.map((n) => n.name)).toEqual(['example.com', '*.example.com', 'www.example.com'])
  })
})

describe('names from DNS are host names', () => {
  it.each([
    '_acme-challenge.validation.example.org',
    'a-b.c_d.example',
    'xn--bcher-kva.example',
    `${'a'.repeat(63)}.example`,
    `${'a.'.repeat(125)}ab`,
  ])('accepts %s', (name) => {
    expect(hostnameProblem(name)).toBeUndefined()
  })

  it.each([
    [
      'x\n::warning::injected.example',
      /"x\\n::warning::injected" is not a label of letters, digits, hyphens and underscores/,
    ],
    ['x\\010::warning::injected.example', /"x\\010::warning::injected" is not a label/],
    ['a\\.b.example', /"a\\\.b" is not a label/],
    ['a b.example', /"a b" is not a label/],
    ['*.example', /"\*" is not a label/],
    ['a..example', /an empty label/],
    ['', /an empty label/],
    [`${'a'.repeat(64)}.example`, /a label of 64 characters \(at most 63\)/],
    [`${'a.'.repeat(126)}ab`, /254 characters long \(at most 253\)/],
    ['-a.example', /"-a" starts or ends with a hyphen/],
    ['a-.example', /"a-" starts or ends with a hyphen/],
  ])('refuses %j, saying why', (name, why) => {
    expect(hostnameProblem(name)).toMatch(why)
  })
})
