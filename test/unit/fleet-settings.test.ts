import { describe, expect, it } from 'vitest'
import { readFleetSettings } from '../../src/config/fleet.js'
import { ConfigError } from '../../src/config/index.js'

const settings = (inputs: Record<string, string>) => readFleetSettings((name) => inputs[name] ?? '')

describe('fleet settings', () => {
  it("Let's Encrypt (the default CA) gets a safe share of its published limits; 8 at once; 256 jobs", () => {
    expect(settings({})).toEqual({ maxOrders: 150, perRegisteredDomain: 25, concurrency: 8, maxJobs: 256 })
    expect(settings({ acme_server: 'letsencrypt' }).maxOrders).toBe(150)
  })

  it('a CA without published limits in its preset, or a directory URL, has no order budget', () => {
    expect(settings({ acme_server: 'https://ca.example/dir' })).toEqual({ concurrency: 8, maxJobs: 256 })
    expect(settings({ acme_server: 'zerossl' }).maxOrders).toBeUndefined()
  })

  it('max_orders 0 lifts the budget; a number replaces the share, the per-domain count staying', () => {
    expect(settings({ max_orders: '0' }).maxOrders).toBeUndefined()
    expect(settings({ max_orders: '10' })).toMatchObject({ maxOrders: 10, perRegisteredDomain: 25 })
    expect(settings({ max_orders: '10', acme_server: 'https://ca.example/dir' }).maxOrders).toBe(10)
  })

  it('refuses what is no count, naming each input and its range', () => {
    let caught: unknown
    try {
      settings({ max_orders: '-1', concurrency: 'many', max_jobs: '300' })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ConfigError)
    expect((caught as ConfigError).problems).toEqual([
      '`max_orders`: "-1" is not 0 (no limit) or the most new orders one run makes (0 to 100000)',
      '`concurrency`: "many" is not a number of certificates issued at once (1 to 64)',
      '`max_jobs`: "300" is not a number of matrix jobs (1 to 256)',
    ])
  })
})
