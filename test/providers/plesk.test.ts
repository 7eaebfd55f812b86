// Plesk against a fake XML API that keeps its sites' DNS records: the contract, one packet for several values, and
// answers that carry their errors inside HTTP 200.
import { describe, expect, it } from 'vitest'
import { plesk } from '../../src/providers/plesk/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakePlesk } from '../support/fake-apis/plesk.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const LOGIN = 'alias-customer'
const PASSWORD = 'plesk-Pass-7c1d9e'
const WRONG = 'wrong-Pass-000000'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones([ZONE])
  const fake = await startFakePlesk({ login: LOGIN, password: PASSWORD, zones })
  return {
    zones,
    fake,
    ...providerAgainst(plesk, fake, { PLESK_USERNAME: LOGIN, PLESK_PASSWORD: PASSWORD, ...env }),
  }
}

describe('plesk', () => {
  providerContract({
    zone: ZONE,
    setup,
    // Plesk's XML API sets no TTL per record: each takes the zone's (the fake's 86400)
    defaultTtl: 86400,
    badCredential: {
      env: { PLESK_PASSWORD: WRONG },
      secret: WRONG,
      error:
        /^plesk: the XML API refused the request: You have entered incorrect username or password\. \(1001\)\. Check PLESK_USERNAME and PLESK_PASSWORD$/,
    },
    // Plesk has no rate limit of its own; a proxy in front of the panel may answer so
    throttled: { status: 429, headers: { 'retry-after': '2' }, body: 'Too Many Requests' },
  })

  it('adds the apex and wildcard values in one packet, each value a record of the site', async () => {
    const { fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    const writes = fake.requests.filter((r) => /<(add_rec|del_rec)>/.test(r.text))
    expect(writes.map((r) => r.text)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?><packet><dns>' +
        '<add_rec><site-id>80</site-id><type>TXT</type><host>_acme-challenge</host><value>apex</value></add_rec>' +
        '<add_rec><site-id>80</site-id><type>TXT</type><host>_acme-challenge</host><value>wild</value></add_rec>' +
        '</dns></packet>',
    ])
  })

  it('escapes a value for XML and reads it back whole', async () => {
    const { zones, provider } = await setup()
    const value = 'a<b>&"c"'
    await provider.append(ZONE, OWNER, [value])
    expect(zones.values(OWNER)).toEqual([value])
    await provider.remove(ZONE, OWNER, [value])
    expect(zones.values(OWNER)).toEqual([])
  })

  it('takes a value another run added first ("already exists") as written', async () => {
    const { zones, fake, provider } = await setup()
    fake.beforeEach((request) => {
      if (request.text.includes('<add_rec>') && zones.values(OWNER).length === 0) zones.add(ZONE, OWNER, 'v1')
    })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual(['v1'])
  })

  it('names the login when no site of it holds the owner', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /^plesk: no site of PLESK_USERNAME holds _acme-challenge\.other\.test \(tried other\.test\)/,
    )
  })
})
