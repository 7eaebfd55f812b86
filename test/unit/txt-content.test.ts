// TXT record data in presentation form, as the PowerDNS API reads and writes it.
import { describe, expect, it } from 'vitest'
import {
  formatTxtContent,
  mergeTxt,
  missingTxt,
  ourTxt,
  parseMaybeQuoted,
  parseTxtContent,
  presentationTxt,
  withoutTxt,
} from '../../src/providers/txt-content.js'

describe('parseTxtContent', () => {
  it.each([
    ['"plain"', 'plain'],
    ['"two" "strings"', 'twostrings'],
    ['"a \\"quoted\\" word"', 'a "quoted" word'],
    ['"back\\\\slash"', 'back\\slash'],
    ['"\\195\\188ber"', 'über'],
    ['"tab\\009x"', 'tab\tx'],
    ['unquoted', 'unquoted'],
    ['""', ''],
  ])('reads %s as %j', (content, value) => {
    expect(parseTxtContent(content)).toBe(value)
  })
})

describe('formatTxtContent', () => {
  it('quotes a challenge value as is', () => {
    expect(formatTxtContent('LoqXcYV8q5ONbJQxbmR7SCTNo3tiAXDfowyjxAjEuX0')).toBe(
      '"LoqXcYV8q5ONbJQxbmR7SCTNo3tiAXDfowyjxAjEuX0"',
    )
  })

  it('escapes quotes and backslashes, and writes other bytes as \\DDD the way PowerDNS stores them', () => {
    expect(formatTxtContent('a "b" \\ ü\t')).toBe('"a \\"b\\" \\\\ \\195\\188\\009"')
  })

  it('splits values longer than 255 bytes into several strings that read back whole', () => {
    const long = 'x'.repeat(300)
    const content = formatTxtContent(long)
    expect(content).toBe(`"${'x'.repeat(255)}" "${'x'.repeat(45)}"`)
    expect(parseTxtContent(content)).toBe(long)
  })
})

describe('parseMaybeQuoted', () => {
  it('reads quoted data as presentation form and keeps bare data as it is', () => {
    expect(parseMaybeQuoted('"a" "b"')).toBe('ab')
    expect(parseMaybeQuoted('bare "x" value')).toBe('bare "x" value')
  })
})

describe('read-merge-write of TXT value lists', () => {
  it('missingTxt: each value not yet there, once, in the order given', () => {
    expect(missingTxt(['"a"', 'b'], ['c', 'a', 'b', 'c', 'd'], parseTxtContent)).toEqual(['c', 'd'])
  })

  it('mergeTxt: the items as read, then each missing value formatted; undefined when all are there', () => {
    expect(mergeTxt(['a', '"b"'], ['c', 'b', 'c'], presentationTxt)).toEqual(['a', '"b"', '"c"'])
    expect(mergeTxt(['"a"', '"b"'], ['b', 'a'], presentationTxt)).toBeUndefined()
    expect(mergeTxt([], ['x'], presentationTxt)).toEqual(['"x"'])
    const codec = { read: (s: string[]) => s.join(''), format: (v: string) => [v] }
    expect(mergeTxt([['a', 'b']], ['ab', 'c'], codec)).toEqual([['a', 'b'], ['c']])
  })

  it('withoutTxt: the items to keep; undefined when none of the values is there', () => {
    expect(withoutTxt(['"a"', 'b', '"c"'], ['a', 'c'], parseTxtContent)).toEqual(['b'])
    expect(withoutTxt(['"a"'], ['a'], parseTxtContent)).toEqual([])
    expect(withoutTxt(['"a"'], ['z'], parseTxtContent)).toBeUndefined()
  })

  it('ourTxt: the items holding one of the values', () => {
    const records = [
      { id: 1, data: '"a"' },
      { id: 2, data: 'b' },
      { id: 3, data: '"a"' },
    ]
    expect(ourTxt(records, ['a'], (r) => parseMaybeQuoted(r.data)).map((r) => r.id)).toEqual([1, 3])
    expect(ourTxt(records, [], (r) => r.data)).toEqual([])
  })
})
