// domain_alias in Unicode, and account keys ACME cannot sign with.
import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../../src/config/index.js'

const env = {
  RUNNER_TEMP: '/runner/tmp',
  RFC2136_NAMESERVER: '127.0.0.1',
  RFC2136_TSIG_KEY: 'k',
  RFC2136_TSIG_SECRET: 'c2VjcmV0',
}

function config(inputs: Record<string, string>) {
  const all: Record<string, string> = { domain: 'example.com', dns_provider: 'rfc2136', ...inputs }
  return readConfig((name) => all[name] ?? '', env)
}

function problems(inputs: Record<string, string>): string[] {
  try {
    config(inputs)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

const pem = (type: 'ec' | 'rsa' | 'ed25519' | 'dsa', options: object = {}) =>
  String(
    (generateKeyPairSync as (t: string, o: object) => { privateKey: { export(o: object): string | Buffer } })(
      type,
      options,
    ).privateKey.export({ type: 'pkcs8', format: 'pem' }),
  )

describe('domain_alias in Unicode', () => {
  it('converts a Unicode alias to punycode, as domain is', () => {
    expect(config({ domain_alias: 'Validation.Bücher.example' }).alias.all).toBe(
      'validation.xn--bcher-kva.example',
    )
    expect(config({ domain_alias: '_acme-challenge.bücher.example' }).alias.all).toBe(
      '_acme-challenge.xn--bcher-kva.example',
    )
  })

  it('converts the alias of a name=alias line too', () => {
    const alias = config({
      domain: 'bücher.example',
      domain_alias: 'Bücher.example=prüfung.example.org',
    }).alias
    expect(alias.byName.get('xn--bcher-kva.example')).toBe('xn--prfung-4ya.example.org')
  })

  it('still rejects an alias that is no DNS name, naming the input', () => {
    expect(problems({ domain_alias: 'not a näme!' })[0]).toMatch(
      /`domain_alias`: "not a näme!" is not a DNS name/,
    )
  })
})

describe('account_key types', () => {
  it.each([
    ['EC P-256', pem('ec', { namedCurve: 'P-256' })],
    ['EC P-384', pem('ec', { namedCurve: 'P-384' })],
    ['RSA 2048', pem('rsa', { modulusLength: 2048 })],
  ])('accepts %s', (_label, key) => {
    expect(config({ account_key: key }).accountKey).toBe(`${key.trim()}\n`)
  })

  it('refuses an Ed25519 key with an error naming the input and what would do, never the key', () => {
    const key = pem('ed25519')
    const [problem] = problems({ account_key: key })
    expect(problem).toBe(
      '`account_key` is a key of type ed25519; an ACME account key must be RSA or EC on P-256, P-384 or P-521 ' +
        '(e.g. openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256)',
    )
    for (const line of key.split('\n').filter((l) => l && !l.startsWith('-----')))
      expect(problem).not.toContain(line)
  })

  it('refuses an EC key on a curve ACME does not sign with', () => {
    expect(problems({ account_key: pem('ec', { namedCurve: 'secp256k1' }) })[0]).toMatch(
      /^`account_key` is an EC key on the curve secp256k1; an ACME account key must be RSA or EC/,
    )
  })
})
