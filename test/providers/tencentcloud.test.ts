// Tencent Cloud DNSPod against a fake of API 3.0 that keeps records and checks each TC3-HMAC-SHA256 signature.
import { describe, expect, it } from 'vitest'
import { tc3Authorization, tencentcloud } from '../../src/providers/tencentcloud/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeTencent } from '../support/fake-apis/tencentcloud.js'
import { providerAgainst } from '../support/provider-harness.js'

const SECRET_ID = 'AKIDcertaliasTestSecretId0123456789'
const SECRET_KEY = 'certaliasTestSecretKey0123456789'
const ENV = { TENCENTCLOUD_SECRET_ID: SECRET_ID, TENCENTCLOUD_SECRET_KEY: SECRET_KEY }
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = ENV) {
  const zones = new MemoryZones([ZONE, 'example.net'])
  const fake = await startFakeTencent({ secretId: SECRET_ID, secretKey: SECRET_KEY, zones })
  return { zones, fake, ...providerAgainst(tencentcloud, fake, env) }
}

const actions = (fake: { requests: { headers: Record<string, unknown> }[] }) =>
  fake.requests.map((r) => r.headers['x-tc-action'])

describe('tencentcloud', () => {
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

  it('appends apex and wildcard values beside a value already there, one record each, with the default TTL', async () => {
    const { zones, fake, provider } = await setup()
    zones.add(ZONE, OWNER, 'keep-me', 3600)
    await provider.append(ZONE, OWNER, ['keep-me', 'apex', 'wildcard'])
    expect(zones.values(OWNER)).toEqual(['apex', 'keep-me', 'wildcard'])
    expect(zones.records(OWNER).map((r) => r.ttl)).toEqual([3600, 600, 600])
    expect(actions(fake)).toEqual([
      'DescribeDomainList',
      'DescribeRecordList',
      'CreateRecord',
      'CreateRecord',
    ])
  })

  it('writes an apex owner as @ and finds the zone by walking up from the owner', async () => {
    const { zones, provider } = await setup()
    await provider.append(ZONE, ZONE, ['at-apex'])
    // DNS shows a zone acme.validation.example.org that the account does not hold
    await provider.append(`acme.${ZONE}`, `_acme-challenge.acme.${ZONE}`, ['deep'])
    expect(zones.values(ZONE)).toEqual(['at-apex'])
    expect(zones.values(`_acme-challenge.acme.${ZONE}`)).toEqual(['deep'])
    expect(zones.records(`_acme-challenge.acme.${ZONE}`)[0]?.zone).toBe(ZONE)
  })

  it('removes only our values and leaves the others at the owner', async () => {
    const { zones, provider } = await setup()
    zones.add(ZONE, OWNER, 'theirs')
    zones.add(ZONE, OWNER, 'ours')
    zones.add(ZONE, `www.${ZONE}`, 'ours')
    await provider.remove(ZONE, OWNER, ['ours', 'never-written'])
    expect(zones.values(OWNER)).toEqual(['theirs'])
    expect(zones.values(`www.${ZONE}`)).toEqual(['ours'])
  })

  it('says which zones it tried when the account has none for the owner', async () => {
    const { provider } = await setup()
    await expect(
      provider.append('other.example.com', '_acme-challenge.other.example.com', ['v']),
    ).rejects.toThrow(
      /tencentcloud: no DNSPod domain for _acme-challenge\.other\.example\.com .*tried other\.example\.com, example\.com/,
    )
  })

  it('fails on a wrong SecretKey naming both variables, and never shows the key', async () => {
    const wrong = 'wrongSecretKey0123456789abcdefgh'
    const { provider, host } = await setup({ ...ENV, TENCENTCLOUD_SECRET_KEY: wrong })
    const error = await provider.append(ZONE, OWNER, ['v']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      /tencentcloud: DescribeDomainList failed: AuthFailure\.SignatureFailure.*TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY/,
    )
    expect((error as Error).message).not.toContain(wrong)
    expect(host.masked).toContain(wrong)
  })

  it('waits out RequestLimitExceeded (an HTTP 200 with that code) and goes on', async () => {
    const { zones, fake, provider, sleeps } = await setup()
    fake.interrupt({
      body: {
        Response: {
          Error: {
            Code: 'RequestLimitExceeded',
            Message: 'Your current request times equals to `21` in a second',
          },
          RequestId: 'r1',
        },
      },
    })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toHaveLength(1)
    expect(zones.values(OWNER)).toEqual(['v1'])
  })

  it('reports a TTL the plan refuses with the API code, and sends the session token and region when given', async () => {
    const { fake, provider } = await setup({
      ...ENV,
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

  it('carries an owner with path characters only as a JSON value, never in the path', async () => {
    const { zones, fake, provider } = await setup()
    const owner = `a%2f...${ZONE}`
    await provider.append(ZONE, owner, ['v1'])
    expect(fake.requests.every((r) => r.rawPath === '/')).toBe(true)
    expect(JSON.parse(fake.requests.at(-1)?.text ?? '{}').SubDomain).toBe('a%2f..')
    expect(zones.values(owner)).toEqual(['v1'])
  })
})
