// The deploy hook: a shell command run once a certificate was issued, with the paths in its environment and
// none of the secrets certalias was given.
import { describe, expect, it } from 'vitest'
import { ALL_INPUTS } from '../../src/config/all-inputs.js'
import { hookEnvironment, runDeployHook } from '../../src/pipeline/deploy-hook.js'

const issued = {
  names: ['example.com', '*.example.com'],
  serial: '04a1',
  notAfter: '2027-03-01T12:00:00.000Z',
  files: {
    directory: '/srv/tls/example.com',
    certificatePath: '/srv/tls/example.com/cert.pem',
    chainPath: '/srv/tls/example.com/chain.pem',
    fullchainPath: '/srv/tls/example.com/fullchain.pem',
    privateKeyPath: '/srv/tls/example.com/privkey.pem',
  },
}

describe('the deploy hook environment', () => {
  it('names the files and the facts of the certificate', () => {
    expect(
      hookEnvironment({ PATH: '/usr/bin' }, { ...issued, pfxPath: '/srv/tls/example.com/cert.pfx' }),
    ).toEqual({
      PATH: '/usr/bin',
      CERTALIAS_CERTIFICATE_PATH: '/srv/tls/example.com/cert.pem',
      CERTALIAS_CHAIN_PATH: '/srv/tls/example.com/chain.pem',
      CERTALIAS_FULLCHAIN_PATH: '/srv/tls/example.com/fullchain.pem',
      CERTALIAS_PRIVATE_KEY_PATH: '/srv/tls/example.com/privkey.pem',
      CERTALIAS_PFX_PATH: '/srv/tls/example.com/cert.pfx',
      CERTALIAS_CERTIFICATE_DIR: '/srv/tls/example.com',
      CERTALIAS_DOMAINS: 'example.com,*.example.com',
      CERTALIAS_PRIMARY_DOMAIN: 'example.com',
      CERTALIAS_SERIAL: '04a1',
      CERTALIAS_NOT_AFTER: '2027-03-01T12:00:00.000Z',
    })
  })

  it("keeps out every provider's credentials, the inputs, and the runner's tokens; keeps the rest", () => {
    const env = hookEnvironment(
      {
        PATH: '/usr/bin',
        HOME: '/home/runner',
        DEPLOY_HOST: 'web1',
        RFC2136_NAMESERVER: 'ns1.example.org',
        RFC2136_TSIG_SECRET: 'tsig',
        RFC2136_TSIG_ALGORITHM: 'hmac-sha256',
        DESEC_TOKEN: 'desec',
        AWS_ACCESS_KEY_ID: 'AKIA',
        AWS_SECRET_ACCESS_KEY: 'aws',
        AWS_SESSION_TOKEN: 'session',
        AWS_REGION: 'eu-west-1',
        AZURE_CLIENT_SECRET: 'azure',
        GCE_SERVICE_ACCOUNT: '{}',
        INPUT_VAULT_TOKEN: 'vault',
        INPUT_DOMAIN: 'example.com',
        CERTALIAS_ACCOUNT_KEY: 'pem',
        CERTALIAS_PFX_PASSWORD: 'pfx',
        ACTIONS_RUNTIME_TOKEN: 'runtime',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
        GITHUB_TOKEN: 'ghs',
        GH_TOKEN: 'ghs',
      },
      issued,
    )
    expect(
      Object.keys(env)
        .filter((name) => !name.startsWith('CERTALIAS_'))
        .sort(),
    ).toEqual(['AWS_REGION', 'DEPLOY_HOST', 'HOME', 'PATH', 'RFC2136_TSIG_ALGORITHM'])
  })

  it("names none of its variables like an input's CERTALIAS_ variable", () => {
    const inputVariables = ALL_INPUTS.map((input) => `CERTALIAS_${input.name.toUpperCase()}`)
    const hookVariables = Object.keys(hookEnvironment({}, { ...issued, pfxPath: '/x' }))
    expect(hookVariables.filter((name) => inputVariables.includes(name))).toEqual([])
  })
})

describe('running the deploy hook', () => {
  it('runs the command in a shell with that environment and logs what it prints', async () => {
    const lines: string[] = []
    await runDeployHook(
      'echo "deploying $CERTALIAS_PRIMARY_DOMAIN"; echo "to $DEPLOY_HOST" >&2',
      { PATH: process.env.PATH ?? '', CERTALIAS_PRIMARY_DOMAIN: 'example.com', DEPLOY_HOST: 'web1' },
      (line) => lines.push(line),
    )
    expect(lines.sort()).toEqual(['deploy hook: deploying example.com', 'deploy hook: to web1'])
  })

  it('fails with the exit status when the command fails', async () => {
    await expect(runDeployHook('exit 3', { PATH: process.env.PATH ?? '' }, () => {})).rejects.toThrow(
      /The deploy hook failed \(exit status 3\)/,
    )
  })
})
