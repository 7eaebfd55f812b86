// DirectAdmin against a fake CMD_API_DNS_CONTROL that keeps a zone file: the contract, the zone dump read back,
// deletes naming each record as the zone writes it, and a failed login answered with a login page.
import { describe, expect, it } from 'vitest'
import { directadmin, zoneTxt } from '../../src/providers/directadmin/index.js'
import { startFakeDirectAdmin } from '../support/fake-apis/directadmin.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const USER = 'aliasuser'
const KEY = 'da-login-key-4b8f1e2d9c7a'
const WRONG = 'not-the-login-key-000'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones([ZONE])
  const fake = await startFakeDirectAdmin({ username: USER, password: KEY, zones })
  const base = { DIRECTADMIN_USERNAME: USER, DIRECTADMIN_PASSWORD: KEY }
  return { zones, fake, ...providerAgainst(directadmin, fake, { ...base, ...env }) }
}

const writes = <T extends { method: string }>(requests: T[]) => requests.filter((r) => r.method === 'POST')

describe('directadmin', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 30,
    badCredential: {
      env: { DIRECTADMIN_PASSWORD: WRONG },
      secret: WRONG,
      error:
        /^directadmin: DirectAdmin answered with a login page\. Check DIRECTADMIN_USERNAME and DIRECTADMIN_PASSWORD$/,
    },
    // DirectAdmin has no rate limit of its own; a proxy in front of the panel may answer so
    throttled: { status: 429, headers: { 'retry-after': '2' }, body: 'Too Many Requests' },
  })

  it('adds each value quoted under its absolute name, and deletes both with one select', async () => {
    const { zones, fake, provider } = await setup({ DIRECTADMIN_TTL: '60' })
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    expect(writes(fake.requests).map((r) => r.text)).toEqual([
      'domain=validation.example.org&action=add&type=TXT&name=_acme-challenge.validation.example.org.&value=%22apex%22&ttl=60',
      'domain=validation.example.org&action=add&type=TXT&name=_acme-challenge.validation.example.org.&value=%22wild%22&ttl=60',
    ])
    await provider.remove(ZONE, OWNER, ['apex', 'wild'])
    expect(writes(fake.requests).at(-1)?.text).toBe(
      'domain=validation.example.org&action=select' +
        '&txtrecs0=name%3D_acme-challenge.validation.example.org.%26value%3D%22apex%22' +
        '&txtrecs1=name%3D_acme-challenge.validation.example.org.%26value%3D%22wild%22',
    )
    expect(zones.values(OWNER)).toEqual([])
  })

  it('removes a value written by hand unquoted or under the relative name, naming it as the zone does', async () => {
    const { zones, fake, provider } = await setup()
    fake.seed(ZONE, '_acme-challenge', 'bare-value')
    fake.seed(ZONE, `${OWNER}.`, '"dotted-value"')
    fake.seed(ZONE, '_acme-challenge', '"keep-me"')
    await provider.remove(ZONE, OWNER, ['bare-value', 'dotted-value'])
    expect(zones.values(OWNER)).toEqual(['keep-me'])
  })

  it('takes the zone from DIRECTADMIN_ZONE_NAME when it is set', async () => {
    const { zones, fake, provider } = await setup({ DIRECTADMIN_ZONE_NAME: ZONE })
    await provider.append('reported.elsewhere.test', OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual(['v1'])
    const domains = fake.requests.map(
      (r) => r.query.get('domain') ?? new URLSearchParams(r.text).get('domain'),
    )
    expect(new Set(domains)).toEqual(new Set([ZONE]))
  })

  it('fails naming DIRECTADMIN_ZONE_NAME when no domain of the user holds the owner', async () => {
    const { provider } = await setup()
    await expect(provider.append('other.test', '_acme-challenge.other.test', ['v1'])).rejects.toThrow(
      /^directadmin: no domain of DIRECTADMIN_USERNAME holds _acme-challenge\.other\.test \(tried other\.test\); set DIRECTADMIN_ZONE_NAME/,
    )
  })
})

describe('zoneTxt', () => {
  it('reads the TXT records of a zone file: relative, absolute, @ and continued owners; comments and the SOA skipped', () => {
    const dump = [
      '$TTL 3600',
      '@ IN SOA ns1.example.org. hostmaster.example.org. (',
      '  2025010101 ; serial TXT "not a record"',
      '  3600 1800 1209600 86400 )',
      '@ 3600 IN TXT "apex value"',
      '_acme-challenge 60 IN TXT "v1" ; a comment',
      '  IN TXT "v2" "-joined"',
      'other.example.org. TXT bare',
      'txt IN A 192.0.2.1',
    ].join('\n')
    expect(
      zoneTxt(dump, 'example.org').map(({ owner, rawName, rawData, value }) => [
        owner,
        rawName,
        rawData,
        value,
      ]),
    ).toEqual([
      ['example.org', '@', '"apex value"', 'apex value'],
      ['_acme-challenge.example.org', '_acme-challenge', '"v1"', 'v1'],
      ['_acme-challenge.example.org', '_acme-challenge', '"v2" "-joined"', 'v2-joined'],
      ['other.example.org', 'other.example.org.', 'bare', 'bare'],
    ])
  })
})
