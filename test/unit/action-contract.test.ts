// action.yml is the contract users write against: every input the action reads is declared there with a
// description, and nothing is declared that the action ignores.
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../src/config/index.js'
import { actionYml, declared } from '../support/action-yml.js'

describe('action.yml', () => {
  it('declares, with a description, exactly the inputs the action reads (every destination chosen)', () => {
    const read = new Set<string>()
    const given: Record<string, string> = {
      domain: 'example.com',
      dns_provider: 'rfc2136',
      store: 'artifact, github-secrets, vault',
      secrets_token: 'token',
      vault_addr: 'https://vault.example.com',
      vault_path: 'tls/example.com',
      vault_token: 'token',
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
      },
    )
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
