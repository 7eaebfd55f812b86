// action.yml is the contract users write against: every input the action reads is declared there with a
// description, and nothing is declared that the action ignores.
import { describe, expect, it } from 'vitest'
import { readFleetSettings } from '../../src/config/fleet.js'
import { readConfig } from '../../src/config/index.js'
import { actionYml, declared } from '../support/action-yml.js'

describe('action.yml', () => {
  it('declares, with a description, exactly the inputs the action reads (every destination chosen)', () => {
    const read = new Set<string>()
    const given: Record<string, string> = {
      domain: 'example.com',
      dns_provider: 'rfc2136',
      store:
        'artifact, github-secrets, vault, aws-acm, aws-secrets-manager, azure-key-vault, gcp-secret-manager',
      secrets_token: 'token',
      vault_addr: 'https://vault.example.com',
      vault_path: 'tls/example.com',
      vault_token: 'token',
      aws_region: 'us-east-1',
      aws_secret_name: 'tls/example.com',
      azure_key_vault_url: 'https://certalias.vault.azure.net',
      gcp_secret_name: 'tls-example-com',
    }
    readConfig(
      (name) => {
        read.add(name)
        return given[name] ?? ''
      },
      {
        RFC2136_NAMESERVER: 'ns',
        RFC2136_TSIG_KEY: 'k',
        RFC2136_TSIG_SECRET: 'c2VjcmV0',
        GITHUB_REPOSITORY: 'o/r',
        AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/certalias',
        AZURE_TENANT_ID: 'tenant',
        AZURE_CLIENT_ID: 'client',
        GCE_WORKLOAD_IDENTITY_PROVIDER: 'projects/1/locations/global/workloadIdentityPools/p/providers/q',
        GCE_SERVICE_ACCOUNT_EMAIL: 'certalias@project.iam.gserviceaccount.com',
      },
    )
    // `certificates` is the fleet's list of entries, read by the fleet itself, each entry then read as above
    read.add('certificates')
    readFleetSettings((name) => {
      read.add(name)
      return ''
    })
    const inputs = declared('inputs')
    expect([...inputs.keys()].sort()).toEqual([...read].sort())
    for (const [name, described] of inputs) expect(described, `${name} has no description`).toBe(true)
  })

  it('runs on node24 with dist/index.js as main and post', () => {
    expect(actionYml).toMatch(
      /^runs:\n {2}using: node24\n {2}main: dist\/index\.js\n {2}post: dist\/index\.js/m,
    )
  })
})
