// Njalla against a fake JSON-RPC API that keeps its records: the contract, the method calls it makes, and errors
// that come inside HTTP 200 answers.
import { describe, expect, it } from 'vitest'
import { njalla } from '../../src/providers/njalla/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeNjalla } from '../support/fake-apis/njalla.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'njalla-token-0f9e8d7c6b5a'
const WRONG = 'not-the-token-1234'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones(['example.org', ZONE])
  const fake = await startFakeNjalla({ token: TOKEN, zones })
  return { zones, fake, ...providerAgainst(njalla, fake, { NJALLA_TOKEN: TOKEN, ...env }, '/api/1') }
}

describe('njalla', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 300,
    badCredential: {
      env: { NJALLA_TOKEN: WRONG },
      secret: WRONG,
      error: /^njalla: list-domains failed: Invalid token\. \(403\)\. Check NJALLA_TOKEN/,
    },
    throttled: { status: 429, headers: { 'retry-after': '2' }, body: 'Too Many Requests' },
  })

  it('lists the domains once, then adds each value under the name relative to the longest domain holding it', async () => {
    const { fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    expect(fake.requests.map((r) => JSON.parse(r.text))).toEqual([
      { method: 'list-domains', params: {} },
      { method: 'list-records', params: { domain: ZONE } },
      {
        method: 'add-record',
        params: { domain: ZONE, type: 'TXT', name: '_acme-challenge', content: 'apex', ttl: 300 },
      },
      {
        method: 'add-record',
        params: { domain: ZONE, type: 'TXT', name: '_acme-challenge', content: 'wild', ttl: 300 },
      },
      { method: 'list-records', params: { domain: ZONE } },
    ])
  })

  it('takes a record another run removed first (404 Record not found) as removed', async () => {
    const { zones, fake, provider } = await setup()
    const ours = zones.add(ZONE, OWNER, 'ours')
    fake.beforeEach((request) => {
      if (request.text.includes('"remove-record"')) zones.delete(ours.id)
    })
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual([])
  })

  it('fails naming the account of NJALLA_TOKEN when none of its domains holds the owner', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /^njalla: no domain of the account of NJALLA_TOKEN holds _acme-challenge\.other\.test$/,
    )
  })
})
