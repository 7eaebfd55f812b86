// The command line speaks its own words: errors name the flag or CERTALIAS_ variable the user typed, a missing
// credential names the variable and the provider's page. Bad input only: nothing here reaches the network.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cli } from '../../src/cli/index.js'

const RFC2136 = { RFC2136_NAMESERVER: '127.0.0.1', RFC2136_TSIG_KEY: 'k', RFC2136_TSIG_SECRET: 'c2VjcmV0' }
const ABOUT = { version: '9.8.7', root: '/opt/certalias' }

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

async function run(argv: string[], env: Record<string, string> = RFC2136): Promise<Run> {
  let stdout = ''
  let stderr = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk)
    return true
  })
  const code = await cli(argv, { RUNNER_TEMP: '/tmp', ...env }, ABOUT)
  vi.restoreAllMocks()
  return { code, stdout, stderr }
}

afterEach(() => vi.restoreAllMocks())

describe('command-line errors name what the user typed', () => {
  it('a bad flag value names the flag; a bad CERTALIAS_ value names the variable', async () => {
    const flag = await run([
      'issue',
      '--domain',
      'example.com',
      '--dns-provider',
      'rfc2136',
      '--key-type',
      'dsa',
    ])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain('--key-type: "dsa" is not one of ec-p256')
    expect(flag.stderr).not.toContain('`key_type`')
    const variable = await run(['issue'], {
      ...RFC2136,
      CERTALIAS_DOMAIN: 'example.com',
      CERTALIAS_DNS_PROVIDER: 'rfc2136',
      CERTALIAS_KEY_TYPE: 'dsa',
    })
    expect(variable.code).toBe(2)
    expect(variable.stderr).toContain('CERTALIAS_KEY_TYPE: "dsa" is not one of ec-p256')
  })

  it('an input given neither way is named both ways', async () => {
    const missing = await run(['issue', '--dns-provider', 'rfc2136'])
    expect(missing.stderr).toContain('--domain (or CERTALIAS_DOMAIN) is required')
  })

  it("a missing provider credential names the variable, the environment and the provider's page", async () => {
    const missing = await run(['issue', '--domain', 'example.com', '--dns-provider', 'desec'], {})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(
      '--dns-provider desec needs DESEC_TOKEN in the environment; see /opt/certalias/docs/providers/desec.md',
    )
    expect(missing.stderr).not.toMatch(/step's env|`dns_provider/)
    const aliased = await run(['issue', '--domain', 'example.com', '--dns-provider', 'cloudflare'], {})
    expect(aliased.stderr).toContain(
      'needs CLOUDFLARE_DNS_API_TOKEN (or CF_DNS_API_TOKEN) in the environment',
    )
  })

  it("a destination's input is named as a flag, and the mode as the command", async () => {
    const vault = await run([
      'issue',
      '--domain',
      'example.com',
      '--dns-provider',
      'rfc2136',
      '--store',
      'vault',
    ])
    expect(vault.stderr).toContain('--vault-addr (or CERTALIAS_VAULT_ADDR) is required for store vault')
    const revoke = await run(['revoke', '--domain', 'example.com', '--dns-provider', 'rfc2136'])
    expect(revoke.stderr).toContain(
      'certalias revoke has nothing to find the certificate in: give --current-certificate',
    )
  })

  it('a plan entry names its own keys as YAML keys, and the step-wide inputs as flags', async () => {
    const plan = await run([
      'plan',
      '--dns-provider',
      'rfc2136',
      '--key-type',
      'dsa',
      '--certificates',
      '- {domain: example.com, email: nobody}',
    ])
    expect(plan.code).toBe(2)
    expect(plan.stderr).toContain(
      '--certificates entry 1 (example.com): `email`: "nobody" is not an e-mail address',
    )
    expect(plan.stderr).toContain('--certificates entry 1 (example.com): --key-type: "dsa" is not one of')
  })
})

describe('each command lists its own options', () => {
  const options = (text: string) => [...text.matchAll(/^ {2}(--[a-z-]+) <value>/gm)].map((m) => m[1])

  it("issue lists the issuing knobs, the destinations and a fleet's, not revoke_reason nor max_jobs", async () => {
    const help = (await run(['issue', '--help'])).stdout
    expect(options(help)).toEqual(
      expect.arrayContaining([
        '--domain',
        '--key-type',
        '--force-renew',
        '--vault-addr',
        '--preferred-chain',
        '--certificates',
        '--max-orders',
        '--concurrency',
      ]),
    )
    expect(options(help)).not.toContain('--revoke-reason')
    expect(options(help)).not.toContain('--max-jobs')
    const plan = options((await run(['plan', '--help'])).stdout)
    expect(plan).toEqual(expect.arrayContaining(['--certificates', '--max-jobs']))
    expect(plan).not.toContain('--max-orders')
  })

  it('check and plan do not list --revoke-reason; check lists no destination', async () => {
    const check = options((await run(['check', '--help'])).stdout)
    expect(check).toEqual(expect.arrayContaining(['--domain', '--domain-alias', '--propagation-timeout']))
    for (const flag of [
      '--revoke-reason',
      '--store',
      '--vault-addr',
      '--force-renew',
      '--certificates',
      '--preferred-chain',
    ])
      expect(check).not.toContain(flag)
    const plan = options((await run(['plan', '--help'])).stdout)
    expect(plan).toEqual(
      expect.arrayContaining(['--certificates', '--check-interval', '--store', '--vault-path']),
    )
    expect(plan).not.toContain('--revoke-reason')
    expect(plan).not.toContain('--txt-batch-size')
    expect(plan).not.toContain('--preferred-chain')
  })

  it('revoke lists --revoke-reason and where to find the certificate, none of the issuing knobs', async () => {
    const help = (await run(['revoke', '--help'])).stdout
    expect(options(help)).toEqual(
      expect.arrayContaining(['--revoke-reason', '--current-certificate', '--account-key', '--vault-path']),
    )
    for (const flag of [
      '--key-type',
      '--profile',
      '--propagation-timeout',
      '--txt-batch-size',
      '--force-renew',
      '--preferred-chain',
    ])
      expect(options(help)).not.toContain(flag)
    // revoking writes no DNS record: no provider credentials to list
    expect(help).not.toContain('RFC2136_TSIG_SECRET')
  })

  it("shows the command line's defaults, not the runner's", async () => {
    const help = (await run(['issue', '--help'])).stdout
    const outputDir = help.slice(
      help.indexOf('--output-dir <value>'),
      help.indexOf('--current-certificate <value>'),
    )
    expect(outputDir.replace(/\s+/g, ' ')).toContain('[default: ./certalias/<primary name>]')
    expect(help).not.toContain('RUNNER_TEMP')
  })

  it("lists each provider's settings beside its credentials", async () => {
    const help = (await run(['issue', '--help'])).stdout
    expect(help).toMatch(
      /^ {2}rfc2136 .*RFC2136_TSIG_SECRET.*\n(?: {4,}.*\n)*? {4,}settings: .*RFC2136_TSIG_ALGORITHM/m,
    )
  })

  it('refuses an option of another command, naming the command it belongs to', async () => {
    const misplaced = await run(['check', '--domain', 'example.com', '--revoke-reason', 'superseded'])
    expect(misplaced.code).toBe(2)
    expect(misplaced.stderr).toContain('--revoke-reason is an option of revoke, not of check')
  })
})

describe('command-line conventions', () => {
  it('--version prints the version of the package', async () => {
    const version = await run(['--version'])
    expect(version).toMatchObject({ code: 0, stdout: '9.8.7\n' })
  })

  it('renew is another name for issue', async () => {
    const renew = await run(['renew', '--dns-provider', 'rfc2136'])
    expect(renew.code).toBe(2)
    expect(renew.stderr).toContain('--domain (or CERTALIAS_DOMAIN) is required')
    expect((await run(['renew', '--help'])).stdout).toMatch(
      /^Usage: certalias issue \[options\] \(or certalias renew\)/,
    )
  })

  it('suggests the command or option a misspelt one is closest to', async () => {
    const command = await run(['isue', '--domain', 'example.com'])
    expect(command.code).toBe(2)
    expect(command.stderr).toContain('unknown command "isue"; did you mean issue?')
    const option = await run(['issue', '--domian', 'example.com'])
    expect(option.code).toBe(2)
    expect(option.stderr).toContain('unknown option --domian; did you mean --domain?')
  })

  it('refuses a name given without --domain and shows the command with it', async () => {
    for (const argv of [['issue', 'example.com'], ['example.com']]) {
      const positional = await run(argv)
      expect(positional.code).toBe(2)
      expect(positional.stderr).toContain('names go in --domain: certalias issue --domain example.com')
    }
  })
})
