import { describe, expect, it } from 'vitest'
import { retryAfterSeconds } from '../../src/acme/index.js'

describe('Retry-After', () => {
  it('reads delta-seconds and HTTP dates, and 0 for what it cannot read', () => {
    const now = Date.parse('2026-11-26T12:00:00Z')
    expect(retryAfterSeconds('120', now)).toBe(120)
    expect(retryAfterSeconds('Thu, 26 Nov 2026 12:01:30 GMT', now)).toBe(90)
    expect(retryAfterSeconds('Thu, 26 Nov 2026 11:00:00 GMT', now)).toBe(0)
    expect(retryAfterSeconds('soon', now)).toBe(0)
    expect(retryAfterSeconds(undefined, now)).toBe(0)
  })
})
