// How many values fit one 512-byte answer at an owner, as a server that compresses names sends it. The test bed
// proves the figure for real: Pebble validates twelve names at one owner in batches (test/e2e/batches.test.ts).
import { describe, expect, it } from 'vitest'
import { answerCapacity } from '../../src/pipeline/batches.js'

const value = (i: number) => `${String(i).padStart(2, '0')}${'x'.repeat(41)}`

describe('answer capacity', () => {
  const chain = ['_acme-challenge.www.example.test', '_acme-challenge.validation.bind.test']

  it('counts the header, the question, each CNAME record and each TXT record as a compressing server sends them', () => {
    // 12 header + (34 + 4) question + (2 + 10 + 38) CNAME = 100 bytes; each value 2 + 10 + 1 + 43 = 56 bytes
    expect(answerCapacity([chain], [])).toBe(Math.floor((512 - 100) / 56))
    // a value already there takes its own record's room
    expect(answerCapacity([chain], ['y'.repeat(43)])).toBe(Math.floor((512 - 100 - 56) / 56))
  })

  it('the bed: six new values next to the one already at the BIND owner', () => {
    expect(answerCapacity([chain], ['keep-me-bind'])).toBe(6)
  })

  it('takes the longest question among the names sharing the owner, and a longer chain leaves less room', () => {
    const short = ['_acme-challenge.a.test', '_acme-challenge.x.test']
    const long = [
      '_acme-challenge.a-much-longer-name-than-the-other.example.test',
      'hop.example.test',
      '_acme-challenge.x.test',
    ]
    expect(answerCapacity([short, long], [])).toBe(answerCapacity([long], []))
    expect(answerCapacity([long], [])).toBeLessThan(answerCapacity([short], []))
  })

  it('is zero when other values already fill the answer', () => {
    const full = Array.from({ length: 8 }, (_, i) => value(i))
    expect(answerCapacity([chain], full)).toBe(0)
  })
})
