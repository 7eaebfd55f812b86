import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../../src/config/index.js'

const env = {
  RUNNER_TEMP: '/runner/tmp',
  RFC2136_NAMESERVER: '127.0.0.1',
  RFC2136_TSIG_KEY: 'k',
  RFC2136_TSIG_SECRET: 'c2VjcmV0',
}

function config(inputs: Record<string, string>, environment: Record<string, string> = env) {
  const all: Record<string, string> = { domain: 'example.com', dns_provider: 'rfc2136', ...inputs }
  return readConfig((name) => all[name] ?? '', environment)
}

function problems(inputs: Record<string, string>, environment?: Record<string, string>): string[] {
  try {
    config(inputs, environment)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('config', () => {
  it('applies the documented defaults', () => {
    const c = config({})
    expect(c.directoryUrl).toBe('https://acme-v02.api.letsencrypt.org/directory')
    expect(c.keyType).toBe('ec-p256')
    expect(c.propagationTimeoutMs).toBe(300_000)
    expect(c.resolvers).toEqual([])
    expect(c.outputDir).toBe('/runner/tmp/certalias/example.com')
    expect(c.alias).toEqual({ all: undefined, byName: new Map() })
    expect(Object.isFrozen(c)).toBe(true)
  })

  it('names the output directory of a wildcard primary name without a star', () => {
    expect(config({ domain: '*.example.com, example.com' }).outputDir).toBe(
      '/runner/tmp/certalias/_wildcard.example.com',
    )
  })

  it('requires domain and dns_provider', () => {
    expect(problems({ domain: '' })).toEqual([expect.stringMatching(/`domain` is required/)])
    expect(problems({ dns_provider: '' })).toEqual([
      expect.stringMatching(/`dns_provider` is required.*rfc2136/),
    ])
  })

  it('lists the known providers for an unknown dns_provider', () => {
    expect(problems({ dns_provider: 'nope' })[0]).toMatch(
      /unknown provider "nope"; known: .*powerdns, rfc2136/,
    )
  })

  it('suggests the provider or destination a misspelt id is closest to', () => {
    expect(problems({ dns_provider: 'cloudfare' })[0]).toMatch(
      /unknown provider "cloudfare"; did you mean cloudflare\? known: /,
    )
    expect(problems({ store: 'valut' })[0]).toMatch(
      /unknown destination "valut"; did you mean vault\? known: /,
    )
  })

  it("lets a provider that finds credentials on the machine (AWS's chain) go without its variables, saying what is unset", () => {
    const route53 = config({ dns_provider: 'route53' }, { RUNNER_TEMP: '/runner/tmp' })
    expect(route53.provider?.id).toBe('route53')
    expect(route53.missingCredentials).toMatch(
      /AWS_ACCESS_KEY_ID \+ AWS_SECRET_ACCESS_KEY \(access key\); or AWS_ROLE_ARN/,
    )
    expect(config({ dns_provider: 'route53' }, { AWS_PROFILE: 'ci' }).missingCredentials).toBeUndefined()
  })

  it('takes deploy_hook as the shell command it is, and none when empty', () => {
    expect(config({ deploy_hook: 'systemctl reload nginx' }).deployHook).toBe('systemctl reload nginx')
    expect(config({ deploy_hook: '  ' }).deployHook).toBeUndefined()
  })

  it('names the missing credential variables of the provider, under every name it takes', () => {
    expect(problems({}, { RFC2136_NAMESERVER: 'ns' })[0]).toMatch(
      /needs RFC2136_TSIG_KEY, RFC2136_TSIG_SECRET/,
    )
    expect(problems({ dns_provider: 'cloudflare' }, {})[0]).toBe(
      "`dns_provider: cloudflare` needs CLOUDFLARE_DNS_API_TOKEN (or CF_DNS_API_TOKEN) in the step's env (from secrets)",
    )
  })

  it('refuses a provider setting outside its fixed set of values, naming the variable and the values', () => {
    const tsig = problems({}, { ...env, RFC2136_TSIG_ALGORITHM: 'hmac-sha257' })
    expect(tsig).toEqual([
      expect.stringMatching(/RFC2136_TSIG_ALGORITHM.*"hmac-sha257".*hmac-sha256, hmac-sha384, hmac-sha512/),
    ])
    // every provider's fixed set is checked by the configuration, not by each provider when it is first used
    const ovh = { OVH_APPLICATION_KEY: 'a', OVH_APPLICATION_SECRET: 'b', OVH_CONSUMER_KEY: 'c' }
    expect(problems({ dns_provider: 'ovh' }, { ...ovh, OVH_ENDPOINT: 'ovh-mars' })).toEqual([
      expect.stringMatching(/OVH_ENDPOINT.*"ovh-mars".*ovh-eu/),
    ])
    expect(problems({ mode: 'check' }, { ...env, RFC2136_TSIG_ALGORITHM: 'sha256' })).toHaveLength(1)
  })

  it('accepts every listed value of a fixed set, in any case and with the trailing dot lego writes', () => {
    for (const value of ['hmac-sha256', 'HMAC-SHA512', 'hmac-sha1.', 'hmac-md5']) {
      expect(config({}, { ...env, RFC2136_TSIG_ALGORITHM: value }).provider?.id).toBe('rfc2136')
    }
    // revoking writes no record: a bad provider setting does not stand in its way
    expect(config({ mode: 'revoke', output_dir: '/tmp/x' }, { RFC2136_TSIG_ALGORITHM: 'nope' }).mode).toBe(
      'revoke',
    )
  })

  it('rejects a bad name in domain with the reason', () => {
    expect(problems({ domain: 'a.*.example.com' })[0]).toMatch(/`domain`: .*whole leftmost label/)
  })

  it('reports every bad input at once', () => {
    const found = problems({ key_type: 'dsa', propagation_timeout: 'soon', email: 'nobody' })
    expect(found).toHaveLength(3)
    expect(found.join('\n')).toMatch(/`email`/)
    expect(found.join('\n')).toMatch(/`key_type`: "dsa" is not one of ec-p256/)
    expect(found.join('\n')).toMatch(/`propagation_timeout`: "soon"/)
  })

  it('refuses certificates with mode: revoke or check, which take one certificate per step, naming what to do', () => {
    for (const mode of ['revoke', 'check']) {
      const found = problems({ mode, certificates: '- {domain: a.example.com}', output_dir: '/tmp/x' })
      expect(found).toEqual([
        `\`certificates\` is read by \`mode: issue\` and \`mode: plan\`; \`mode: ${mode}\` takes one certificate per step: give its \`domain\` (a matrix over the list runs a step per entry)`,
      ])
    }
  })

  it('asks no external account binding of a revoke or a plan, which open no new account', () => {
    for (const mode of ['revoke', 'plan'])
      expect(
        config({ mode, acme_server: 'zerossl', current_certificate: '/etc/tls/cert.pem' }).directoryUrl,
      ).toMatch(/zerossl/)
    expect(problems({ mode: 'check', acme_server: 'zerossl' })[0]).toMatch(
      /requires external account binding/,
    )
  })

  it('maps CA presets and refuses a preset that needs external account binding without it', () => {
    expect(config({ acme_server: 'letsencrypt-staging' }).directoryUrl).toMatch(/acme-staging-v02/)
    expect(problems({ acme_server: 'zerossl' })[0]).toMatch(
      /requires external account binding: set `eab_kid`/,
    )
    expect(config({ acme_server: 'zerossl', eab_kid: 'kid', eab_hmac_key: 'abc_-' }).eab).toEqual({
      kid: 'kid',
      hmacKey: 'abc_-',
    })
    expect(
      config({ acme_server: 'sslcom', eab_kid: 'k', eab_hmac_key: 'h', key_type: 'rsa-2048' }).directoryUrl,
    ).toMatch(/sslcom-dv-rsa/)
  })

  it('takes a directory URL but only over https', () => {
    expect(config({ acme_server: 'https://ca.internal/dir' }).directoryUrl).toBe('https://ca.internal/dir')
    expect(problems({ acme_server: 'http://ca.internal/dir' })[0]).toMatch(/must use https/)
    expect(problems({ acme_server: 'letsencrypt-prod' })[0]).toMatch(
      /neither a preset .* nor a directory URL/,
    )
  })

  it('wants both halves of external account binding', () => {
    expect(problems({ eab_kid: 'kid' })[0]).toMatch(/`eab_kid` and `eab_hmac_key` go together/)
  })

  it('checks the account key is a PEM private key without quoting it', () => {
    const secret = '-----BEGIN PRIVATE KEY-----\nnot-really-a-key-but-secret\n-----END PRIVATE KEY-----'
    const found = problems({ account_key: secret })
    expect(found[0]).toMatch(/`account_key` is not a PEM private key/)
    expect(found[0]).not.toContain('not-really-a-key-but-secret')
    const pem = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    })
    expect(config({ account_key: String(pem) }).accountKey).toBe(String(pem))
  })

  it('parses dns_resolvers as ip or ip:port, IPv6 in brackets', () => {
    expect(config({ dns_resolvers: '1.1.1.1, 127.0.0.1:5353 [2606:4700::1]:53 ::1' }).resolvers).toEqual([
      '1.1.1.1:53',
      '127.0.0.1:5353',
      '[2606:4700::1]:53',
      '[::1]:53',
    ])
    expect(problems({ dns_resolvers: 'dns.google' })[0]).toMatch(/`dns_resolvers`: "dns.google" is not an ip/)
    expect(problems({ dns_resolvers: '1.1.1.1:99999' })[0]).toMatch(/`dns_resolvers`/)
  })

  it('reads domain_alias as one alias, or name=alias lines with an optional default line', () => {
    expect(config({ domain_alias: '_acme-challenge.Validation.example.org.' }).alias.all).toBe(
      '_acme-challenge.validation.example.org',
    )
    const c = config({
      domain: 'example.com, *.example.com, shop.example.net',
      domain_alias:
        'validation.example.org\n*.example.com = wild.example.org\nshop.example.net=shop.example.org',
    })
    expect(c.alias.all).toBe('validation.example.org')
    expect([...c.alias.byName]).toEqual([
      ['example.com', 'wild.example.org'],
      ['shop.example.net', 'shop.example.org'],
    ])
  })

  it('rejects a domain_alias line for a name that is not requested, and a malformed alias', () => {
    expect(problems({ domain_alias: 'other.com=validation.example.org' })[0]).toMatch(
      /"other.com" is not one of the names in `domain`/,
    )
    expect(problems({ domain_alias: 'not a name!' })[0]).toMatch(
      /`domain_alias`: "not a name!" is not a DNS name/,
    )
    expect(problems({ domain_alias: 'a.example.org\nb.example.org' })[0]).toMatch(/several lines without "="/)
  })

  it('rejects a bad profile and a bad propagation_timeout', () => {
    expect(problems({ profile: 'short lived' })[0]).toMatch(/`profile`/)
    expect(problems({ propagation_timeout: '0' })[0]).toMatch(/between 1 and 86400/)
    expect(config({ propagation_timeout: '30', profile: 'shortlived' })).toMatchObject({
      propagationTimeoutMs: 30_000,
      profile: 'shortlived',
    })
  })

  it('reads preferred_chain as the issuer name given, none when empty, and refuses a name of many lines', () => {
    expect(config({ preferred_chain: '  ISRG Root X1 ' }).preferredChain).toBe('ISRG Root X1')
    expect(config({}).preferredChain).toBeUndefined()
    expect(problems({ preferred_chain: 'ISRG Root X1\nDST Root CA X3' })[0]).toBe(
      '`preferred_chain`: "ISRG Root X1\\nDST Root CA X3" is not one issuer name; give the common name (CN) of the issuer at the top of the chain wanted, e.g. ISRG Root X1',
    )
  })

  it('always delivers to files, adds the destinations of `store`, and rejects an unknown one', () => {
    expect(config({}).stores.map((s) => s.module.id)).toEqual(['files'])
    const env2 = { ...env, GITHUB_REPOSITORY: 'octo/app' }
    expect(
      config({ store: 'github-secrets', secrets_token: 't' }, env2).stores.map((s) => s.module.id),
    ).toEqual(['files', 'github-secrets'])
    expect(problems({ store: 'files, s3' })[0]).toMatch(
      /`store`: unknown destination "s3"; known: files, artifact/,
    )
  })

  it("reports a destination's own bad input, and an input of a destination that `store` leaves out", () => {
    expect(problems({ store: 'artifact', artifact_retention_days: '91' }).join('\n')).toMatch(
      /artifact_retention_days/,
    )
    expect(problems({ vault_addr: 'https://vault.example.com' })[0]).toMatch(
      /`vault_addr` is set but `store` does not include vault: add it \(`store: vault`\)/,
    )
  })
})
