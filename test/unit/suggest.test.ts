// "Did you mean": the closest known word to a misspelt one, or none when nothing is close.
import { describe, expect, it } from 'vitest'
import { closest } from '../../src/config/suggest.js'

describe('closest', () => {
  it.each([
    ['cloudfare', ['cloudflare', 'cloudns', 'desec'], 'cloudflare'],
    ['isue', ['issue', 'revoke', 'plan', 'check'], 'issue'],
    ['--domian', ['--domain', '--domain-alias', '--email'], '--domain'],
    ['rfc2163', ['rfc2136', 'route53'], 'rfc2136'],
    ['CloudFlare', ['cloudflare', 'cloudns'], 'cloudflare'],
    ['valut', ['vault', 'files', 'artifact'], 'vault'],
  ])('%s: %s', (word, known, expected) => {
    expect(closest(word, known)).toBe(expected)
  })

  it('suggests nothing when no known word is close', () => {
    expect(closest('nope', ['cloudflare', 'desec', 'route53'])).toBeUndefined()
    expect(closest('example.com', ['issue', 'revoke', 'plan', 'check'])).toBeUndefined()
  })
})
