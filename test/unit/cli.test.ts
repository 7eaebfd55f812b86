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
