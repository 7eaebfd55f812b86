// TXT record data in presentation form, as the PowerDNS API reads and writes it.
import { describe, expect, it } from 'vitest'
import { formatTxtContent, parseTxtContent } from '../../src/providers/txt-content.js'

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
