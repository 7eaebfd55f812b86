// Tencent Cloud DNSPod against a fake of API 3.0 that keeps records and checks each TC3-HMAC-SHA256 signature.
import { describe, expect, it } from 'vitest'
import { tc3Authorization, tencentcloud } from '../../src/providers/tencentcloud/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeTencent } from '../support/fake-apis/tencentcloud.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const SECRET_ID = 'AKIDcertaliasTestSecretId0123456789'
const SECRET_KEY = 'certaliasTestSecretKey0123456789'
const WRONG_KEY = 'wrongSecretKey0123456789abcdefgh'
const ENV = { TENCENTCLOUD_SECRET_ID: SECRET_ID, TENCENTCLOUD_SECRET_KEY: SECRET_KEY }
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones([ZONE, 'example.net'])
  const fake = await startFakeTencent({ secretId: SECRET_ID, secretKey: SECRET_KEY, zones })
  return { zones, fake, ...providerAgainst(tencentcloud, fake, { ...ENV, ...env }) }
}

describe('tencentcloud', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 600,
    badCredential: {
      env: { TENCENTCLOUD_SECRET_KEY: WRONG_KEY },
      secret: WRONG_KEY,
      error:
        /tencentcloud: DescribeDomainList failed: AuthFailure\.SignatureFailure.*TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY/,
    },
    // throttled calls are answered HTTP 200 with an error code
    throttled: {
      body: {
        Response: {
          Error: {
            Code: 'RequestLimitExceeded',
            Message: 'Your current request times equals to `21` in a second',
          },
          RequestId: 'r1',
        },
      },
    },
  })

  it('signs as the worked example of "Signature v3" in the TencentCloud API documentation (CVM DescribeInstances)', () => {
    // The document's request, key and result, byte for byte: its hashed payload 35e9c5b0...,
    // hashed canonical request 5ffe6a04... and signature 72e494ea...
    const authorization = tc3Authorization(
      {
        secretId: 'AKID**********************0123456789EXAMPLE',
        secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
      },
      'cvm',
      1551113065,
      {
        method: 'POST',
        canonicalUri: '/',
        canonicalQuery: '',
        headers: { 'Content-Type': 'application/json; charset=utf-8', Host: 'cvm.tencentcloudapi.com' },
        payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
      },
    )
    expect(authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKID**********************0123456789EXAMPLE/2019-02-25/cvm/tc3_request, ' +
        'SignedHeaders=content-type;host, ' +
        'Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    )
  })

  it('lists the domains once, then reads and creates one record per value', async () => {
    const { fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    await provider.append(ZONE, `www.${ZONE}`, ['other'])
    expect(fake.requests.map((r) => r.headers['x-tc-action'])).toEqual([
      'DescribeDomainList',
      'DescribeRecordList',
      'CreateRecord',
      'CreateRecord',
      'DescribeRecordList',
      'CreateRecord',
    ])
  })

  it('says which zones it tried when the account has none for the owner', async () => {
    const { provider } = await setup()
    await expect(
      provider.append('other.example.com', '_acme-challenge.other.example.com', ['v']),
    ).rejects.toThrow(
      /tencentcloud: no DNSPod domain for _acme-challenge\.other\.example\.com .*tried other\.example\.com, example\.com/,
    )
  })

  it('reports a TTL the plan refuses with the API code, and sends the session token and region when given', async () => {
    const { fake, provider } = await setup({
      TENCENTCLOUD_TTL: '60',
      TENCENTCLOUD_SESSION_TOKEN: 'sts-token-123',
      TENCENTCLOUD_REGION: 'ap-guangzhou',
    })
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /tencentcloud: CreateRecord failed: InvalidParameter\.DomainRecordTTLInvalid/,
    )
    expect(fake.requests[0]?.headers['x-tc-token']).toBe('sts-token-123')
    expect(fake.requests[0]?.headers['x-tc-region']).toBe('ap-guangzhou')
  })
})
