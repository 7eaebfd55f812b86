// Alibaba Cloud DNS against a fake of the Alidns RPC API that keeps records and checks each signature v1.
import { describe, expect, it } from 'vitest'
import { alidns, rpcSignature } from '../../src/providers/alidns/index.js'
import { startFakeAlidns } from '../support/fake-apis/alidns.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const ACCESS_KEY = 'LTAI5tCertaliasTestKey01'
const SECRET = 'certaliasTestSecret0123456789abc'
const WRONG = 'wrongSecret0123456789abcdefghijk'
const ENV = { ALICLOUD_ACCESS_KEY: ACCESS_KEY, ALICLOUD_SECRET_KEY: SECRET }
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones([ZONE])
  const fake = await startFakeAlidns({ accessKeyId: ACCESS_KEY, accessKeySecret: SECRET, zones })
  return { zones, fake, ...providerAgainst(alidns, fake, { ...ENV, ...env }) }
}

describe('alidns', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 600,
    badCredential: {
      env: { ALICLOUD_SECRET_KEY: WRONG },
      secret: WRONG,
      error:
        /alidns: GET .*HTTP 400.*SignatureDoesNotMatch.*Check ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY/,
    },
    throttled: {
      status: 400,
      body: {
        RequestId: 'r',
        Code: 'Throttling.User',
        Message: 'Request was denied due to user flow control.',
      },
    },
  })

  it('signs as the example of "Request signatures" in the Alibaba Cloud API documentation (ECS DescribeRegions)', () => {
    // The document signs GET http://ecs.aliyuncs.com/?Timestamp=2016-02-23T12:46:24Z&Format=XML&AccessKeyId=testid
    // &Action=DescribeRegions&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-...&Version=2014-05-26
    // &SignatureVersion=1.0 with the key "testsecret&" and gets OLeaidS1JvxuMvnyHOwuJ+uX5qY=.
    const params = {
      Timestamp: '2016-02-23T12:46:24Z',
      Format: 'XML',
      AccessKeyId: 'testid',
      Action: 'DescribeRegions',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
      Version: '2014-05-26',
      SignatureVersion: '1.0',
    }
    expect(rpcSignature('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=')
  })

  it('adds each value as a record of the zone-relative RR on the configured line', async () => {
    const { fake, provider } = await setup({ ALICLOUD_LINE: 'telecom' })
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    const adds = fake.requests.filter((r) => r.query.get('Action') === 'AddDomainRecord')
    expect(adds.map((r) => [r.query.get('RR'), r.query.get('Value'), r.query.get('Line')])).toEqual([
      ['_acme-challenge', 'apex', 'telecom'],
      ['_acme-challenge', 'wildcard', 'telecom'],
    ])
  })

  it('signs a retry anew: the API accepts each nonce once', async () => {
    const { zones, fake, provider } = await setup()
    fake.interrupt({ status: 503, body: { RequestId: 'r', Code: 'ServiceUnavailable', Message: 'busy' } })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual(['v1'])
    const [first, retry] = fake.requests
    expect(retry?.query.get('Action')).toBe(first?.query.get('Action'))
    expect(retry?.query.get('SignatureNonce')).not.toBe(first?.query.get('SignatureNonce'))
  })

  it('counts a value another run added between our read and our add as added (DomainRecordDuplicate)', async () => {
    const { zones, fake, provider } = await setup()
    fake.beforeEach((request) => {
      if (request.query.get('Action') === 'AddDomainRecord' && zones.values(OWNER).length === 0) {
        zones.add(ZONE, OWNER, 'same', 600)
      }
    })
    await provider.append(ZONE, OWNER, ['same'])
    expect(zones.values(OWNER)).toEqual(['same'])
    expect(fake.requests.at(-1)?.query.get('Action')).toBe('AddDomainRecord')
  })

  it('reports a TTL the edition refuses with the API code', async () => {
    const { provider } = await setup({ ALICLOUD_TTL: '60' })
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(/HTTP 400.*DomainRecordTTLInvalid/)
  })
})
