// The renewal inputs: force_renew, renew_before, check_interval and current_certificate, read and checked
// before anything happens; every default of action.yml is accepted as the runner passes it.
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../../src/config/index.js'
import { inputDefaults } from '../support/action-yml.js'

const env = {
  RUNNER_TEMP: '/runner/tmp',
  RFC2136_NAMESERVER: '127.0.0.1',
  RFC2136_TSIG_KEY: 'k',
  RFC2136_TSIG_SECRET: 'c2VjcmV0',
  GITHUB_REPOSITORY: 'octo/app',
}

/** As the runner calls the action: every declared input at its default unless the workflow sets it. */
function config(inputs: Record<string, string>) {
  const all: Record<string, string> = {
    ...inputDefaults(),
    domain: 'example.com',
    dns_provider: 'rfc2136',
    ...inputs,
  }
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

describe('renewal inputs', () => {
  it('defaults: not forced, checked every 24 hours, no renew_before, current certificate from the stores', () => {
    const c = config({})
    expect(c.force).toBe(false)
    expect(c.checkIntervalMs).toBe(24 * 3_600_000)
    expect(c.renewBeforeMs).toBeUndefined()
    expect(c.currentCertificate).toBeUndefined()
  })

  it('reads force_renew as YAML booleans and refuses anything else, naming the input', () => {
    expect(config({ force_renew: 'true' }).force).toBe(true)
    expect(config({ force_renew: 'TRUE' }).force).toBe(true)
    expect(config({ force_renew: 'False' }).force).toBe(false)
    expect(problems({ force_renew: 'yes' })).toEqual(['`force_renew`: "yes" is not true or false'])
  })

  it('reads durations with units, alone or combined', () => {
    expect(config({ renew_before: '30d' }).renewBeforeMs).toBe(30 * 86_400_000)
    expect(config({ renew_before: '36h' }).renewBeforeMs).toBe(36 * 3_600_000)
    expect(config({ check_interval: '1d12h' }).checkIntervalMs).toBe(36 * 3_600_000)
    expect(config({ check_interval: '2w' }).checkIntervalMs).toBe(14 * 86_400_000)
    expect(config({ check_interval: '90m' }).checkIntervalMs).toBe(90 * 60_000)
  })

  it('refuses a duration without a unit, with an unknown unit or of zero, naming the input and an example', () => {
    expect(problems({ renew_before: '30' })[0]).toMatch(
      /^`renew_before`: "30" is not a duration; .* e\.g\. 30d$/,
    )
    expect(problems({ check_interval: '1 day' })[0]).toMatch(/^`check_interval`: "1 day" is not a duration/)
    expect(problems({ check_interval: '0h' })[0]).toMatch(/^`check_interval`: "0h" must be longer than zero/)
    // every problem at once
    expect(problems({ renew_before: 'x', check_interval: 'y', force_renew: 'maybe' })).toHaveLength(3)
  })

  it('takes current_certificate as a PEM, a path, or tls://host[:port], and refuses another URL', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'
    expect(config({ current_certificate: pem }).currentCertificate).toBe(`${pem}\n`)
    expect(config({ current_certificate: ' ./certs/cert.pem ' }).currentCertificate).toBe('./certs/cert.pem')
    expect(config({ current_certificate: 'tls://www.example.com' }).currentCertificate).toBe(
      'tls://www.example.com',
    )
    expect(config({ current_certificate: 'tls://[::1]:8443' }).currentCertificate).toBe('tls://[::1]:8443')
    expect(problems({ current_certificate: 'https://www.example.com' })[0]).toMatch(
      /^`current_certificate`: "https:\/\/www\.example\.com" is not tls:\/\/host/,
    )
    expect(problems({ current_certificate: 'tls://www.example.com/path' })).toHaveLength(1)
  })
})

describe('every destination with nothing but its required inputs, the rest at the action.yml defaults', () => {
  const required: Record<string, Record<string, string>> = {
    files: {},
    artifact: { store: 'artifact' },
    'github-secrets': { store: 'github-secrets', secrets_token: 'github_pat_x' },
    'vault with a token': {
      store: 'vault',
      vault_addr: 'https://vault.example.com',
      vault_path: 'tls/x',
      vault_token: 'hvs.x',
    },
    'vault with a role': {
      store: 'vault',
      vault_addr: 'https://vault.example.com',
      vault_path: 'tls/x',
      vault_role: 'certs',
    },
  }
  for (const [destination, inputs] of Object.entries(required)) {
    it(`starts: ${destination}`, () => {
      const c = config(inputs)
      const ids = c.stores.map((s) => s.module.id)
      expect(ids).toContain(inputs.store ?? 'files')
    })
  }

  it('the defaults that depend on another input are applied in code: private for the organization scope, jwt for vault_role', () => {
    const org = config({ store: 'github-secrets', secrets_token: 't', secrets_scope: 'organization' })
    expect(org.stores.find((s) => s.module.id === 'github-secrets')?.options).toMatchObject({
      visibility: 'private',
    })
    const vault = config({
      store: 'vault',
      vault_addr: 'https://v.example.com',
      vault_path: 'p',
      vault_role: 'r',
    })
    expect(vault.stores.find((s) => s.module.id === 'vault')?.options).toMatchObject({
      auth: { method: 'jwt', authPath: 'jwt' },
    })
  })
})

describe('mode and revoke_reason', () => {
  it('defaults to issue and cessationOfOperation; reads revoke and every RFC 5280 reason by name', () => {
    expect(config({})).toMatchObject({ mode: 'issue', revokeReason: 5 })
    const vault = { store: 'vault', vault_addr: 'https://v.example.com', vault_path: 'p', vault_token: 't' }
    expect(config({ ...vault, mode: 'revoke', revoke_reason: 'keyCompromise' })).toMatchObject({
      mode: 'revoke',
      revokeReason: 1,
    })
    expect(config({ ...vault, mode: 'revoke', revoke_reason: 'superseded' }).revokeReason).toBe(4)
    expect(config({ ...vault, mode: 'revoke', revoke_reason: 'unspecified' }).revokeReason).toBe(0)
  })

  it('refuses an unknown mode and reason, naming the input and the choices', () => {
    expect(problems({ mode: 'renew' })).toContain('`mode`: "renew" is not one of issue, revoke, plan, check')
    expect(problems({ revoke_reason: 'bored' })).toContain(
      '`revoke_reason`: "bored" is not one of unspecified, keyCompromise, superseded, cessationOfOperation',
    )
  })

  it('revoke needs somewhere to find the certificate; it does not need the provider credentials', () => {
    expect(problems({ mode: 'revoke' })[0]).toMatch(/^`mode: revoke` has nothing to find the certificate in/)
    const all: Record<string, string> = {
      ...inputDefaults(),
      domain: 'example.com',
      dns_provider: 'rfc2136',
      mode: 'revoke',
      current_certificate: '/tmp/cert.pem',
    }
    expect(readConfig((name) => all[name] ?? '', { RUNNER_TEMP: '/tmp' }).mode).toBe('revoke')
  })

  it('tells the adapter when the only trouble may be missing credentials (a fork gets no secrets)', () => {
    try {
      readConfig(
        (name) => ({ ...inputDefaults(), domain: 'example.com', dns_provider: 'desec' })[name] ?? '',
        {},
      )
      throw new Error('expected a ConfigError')
    } catch (error) {
      expect((error as ConfigError).missingCredentials).toBe('DESEC_TOKEN')
    }
  })
})
