// The inputs of dns-persist-01: `challenge`, `persist_until`, and what the challenge changes about `dns_provider`
// (optional, its credentials too) and the account (it must stay the same across runs).
import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../../src/config/index.js'

const ACCOUNT_KEY = String(
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
)
const PERSIST = { challenge: 'dns-persist-01', account_key: ACCOUNT_KEY }

function config(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const all: Record<string, string> = { domain: 'example.com', ...inputs }
  return readConfig((name) => all[name] ?? '', { RUNNER_TEMP: '/tmp', ...env })
}

function problems(inputs: Record<string, string>, env?: Record<string, string>): string[] {
  try {
    config(inputs, env)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('challenge', () => {
  it('is dns-01 unless set, and then needs dns_provider', () => {
    expect(problems({})).toEqual([expect.stringMatching(/^`dns_provider` is required/)])
    expect(
      config(
        { dns_provider: 'rfc2136' },
        { RFC2136_NAMESERVER: 'ns', RFC2136_TSIG_KEY: 'k', RFC2136_TSIG_SECRET: 'cw==' },
      ).challenge,
    ).toBe('dns-01')
  })

  it('refuses a challenge type certalias does not answer', () => {
    expect(problems({ challenge: 'http-01', dns_provider: 'desec' }, { DESEC_TOKEN: 't' })).toEqual([
      '`challenge`: "http-01" is not one of dns-01, dns-persist-01',
    ])
  })

  it('dns-persist-01 needs no dns_provider', () => {
    const c = config(PERSIST)
    expect(c.challenge).toBe('dns-persist-01')
    expect(c.provider).toBeUndefined()
  })

  it('dns-persist-01 takes a dns_provider without its credentials (they are needed only to publish)', () => {
    const c = config({ ...PERSIST, dns_provider: 'desec' })
    expect(c.provider?.id).toBe('desec')
  })

  it('dns-persist-01 still refuses an unknown dns_provider', () => {
    expect(problems({ ...PERSIST, dns_provider: 'nope' })[0]).toMatch(/unknown provider "nope"/)
  })

  it('dns-persist-01 needs an account that stays: account_key, or a store that keeps the key', () => {
    expect(problems({ challenge: 'dns-persist-01' })).toEqual([
      expect.stringMatching(
        /^`challenge: dns-persist-01` needs one ACME account across runs.*set `account_key`/,
      ),
    ])
    const kept = config({
      challenge: 'dns-persist-01',
      store: 'vault',
      vault_addr: 'https://vault.example.com',
      vault_path: 'tls/x',
      vault_token: 't',
    })
    expect(kept.accountKey).toBeUndefined()
    // a check only reads: it says itself what it cannot judge without the key
    expect(config({ challenge: 'dns-persist-01', mode: 'check' }).challenge).toBe('dns-persist-01')
  })
})

describe('persist_until', () => {
  it('takes a date, a time, or a duration from now', () => {
    expect(config({ ...PERSIST, persist_until: '2099-06-30' }).persistUntil?.toISOString()).toBe(
      '2099-06-30T00:00:00.000Z',
    )
    expect(
      config({ ...PERSIST, persist_until: '2099-06-30T12:30:00+02:00' }).persistUntil?.toISOString(),
    ).toBe('2099-06-30T10:30:00.000Z')
    const before = Date.now()
    const until = config({ ...PERSIST, persist_until: '180d' }).persistUntil?.getTime() ?? 0
    expect(until - before).toBeGreaterThanOrEqual(180 * 86_400_000)
    expect(until - Date.now()).toBeLessThanOrEqual(180 * 86_400_000)
  })

  it('is empty by default: a published record has no end', () => {
    expect(config(PERSIST).persistUntil).toBeUndefined()
  })

  it('refuses a time that has passed, one that is no time, and any with dns-01', () => {
    expect(problems({ ...PERSIST, persist_until: '2020-01-01' })).toEqual([
      '`persist_until`: 2020-01-01T00:00:00.000Z has passed; a record published now would never validate',
    ])
    expect(problems({ ...PERSIST, persist_until: 'next year' })).toEqual([
      '`persist_until`: "next year" is not a date (2027-06-30), a time (2027-06-30T12:00:00Z) or a duration (180d)',
    ])
    expect(problems({ ...PERSIST, persist_until: '2099-02-30' })[0]).toMatch(/is not a date/)
    expect(problems({ dns_provider: 'desec', persist_until: '180d' }, { DESEC_TOKEN: 't' })).toEqual([
      '`persist_until` applies to `challenge: dns-persist-01` only; remove it or set the challenge',
    ])
  })
})
