// Exoscale DNS against a fake of API v2 that keeps records, checks each EXO2-HMAC-SHA256 signature and answers
// writes with operations to poll.
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { exoscale, exoscaleAuthorization } from '../../src/providers/exoscale/index.js'
import { startFakeExoscale } from '../support/fake-apis/exoscale.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const KEY = 'EXO0123456789abcdef01234567'
const SECRET = 'certaliasExoscaleSecret0123456789abcdefghij'
const WRONG = 'wrongExoscaleSecret0123456789abcdefghijklmn'
const ENV = { EXOSCALE_API_KEY: KEY, EXOSCALE_API_SECRET: SECRET }
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones(['example.net', ZONE])
  const fake = await startFakeExoscale({ key: KEY, secret: SECRET, zones })
  return { zones, fake, ...providerAgainst(exoscale, { origin: `${fake.origin}/v2` }, { ...ENV, ...env }) }
}

describe('exoscale', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 60,
    badCredential: {
      env: { EXOSCALE_API_SECRET: WRONG },
      secret: WRONG,
      error:
        /exoscale: GET \/v2\/dns-domain failed: HTTP 403.*Check EXOSCALE_API_KEY and EXOSCALE_API_SECRET/,
    },
    throttled: { status: 429, headers: { 'retry-after': '2' }, body: { message: 'Too Many Requests' } },
  })

  it('signs the messages of the "API request signature" documentation as it lays them out', () => {
    // The document publishes the messages of two requests, not a secret: they are signed here with a made-up one.
    const secret = 'Gjq2O4GmXbrVwWiwvSaXAX4pkXhJyK8Dl7zuvkJ8rIw'
    const sign = (message: string) => createHmac('sha256', secret).update(message).digest('base64')
    expect(
      exoscaleAuthorization('EXO29147e9f89102b7ac1e88514', secret, {
        method: 'GET',
        path: '/v2/resource/a02baf5a-a3e4-49a0-857b-8a08d276c1c0',
        body: '',
        query: new URLSearchParams('p1=v1&p2=v2'),
        expires: 1599140767,
      }),
    ).toBe(
      'EXO2-HMAC-SHA256 credential=EXO29147e9f89102b7ac1e88514,signed-query-args=p1;p2,expires=1599140767,' +
        `signature=${sign('GET /v2/resource/a02baf5a-a3e4-49a0-857b-8a08d276c1c0\n\nv1v2\n\n1599140767')}`,
    )
    expect(
      exoscaleAuthorization('EXO29147e9f89102b7ac1e88514', secret, {
        method: 'POST',
        path: '/v2/security-group',
        body: '{"name": "my-security-group"}',
        query: new URLSearchParams(),
        expires: 1599140767,
      }),
    ).toBe(
      'EXO2-HMAC-SHA256 credential=EXO29147e9f89102b7ac1e88514,expires=1599140767,' +
        `signature=${sign('POST /v2/security-group\n{"name": "my-security-group"}\n\n\n1599140767')}`,
    )
  })

  it('waits for each write operation to succeed, polling it', async () => {
    const { fake, provider, sleeps } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    expect(fake.requests.map((r) => `${r.method} ${r.rawPath.replace(/[0-9a-f-]{36}/g, '<id>')}`)).toEqual([
      'GET /v2/dns-domain',
      'GET /v2/dns-domain/<id>/record',
      'POST /v2/dns-domain/<id>/record',
      'GET /v2/operation/<id>',
      'POST /v2/dns-domain/<id>/record',
      'GET /v2/operation/<id>',
    ])
    expect(sleeps).toEqual([1000, 1000])
  })

  it('reports an operation that fails', async () => {
    const { fake, provider } = await setup()
    fake.beforeEach((request) => {
      if (request.rawPath.includes('/operation/')) {
        fake.interrupt({
          body: { id: 'op', state: 'failure', reason: 'incorrect', message: 'record rejected' },
        })
      }
    })
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /exoscale: operation .* ended in failure: incorrect record rejected/,
    )
  })

  it('calls the API of EXOSCALE_API_ZONE when no URL is given', async () => {
    const { fake } = await setup()
    const host = { mask: () => {}, info: () => {} } as never
    const provider = exoscale.create({
      env: { ...ENV, EXOSCALE_API_ZONE: 'de-fra-1' },
      host,
      resolvers: [],
      transport: {
        send: async (request) => {
          expect(request.url.origin).toBe('https://api-de-fra-1.exoscale.com')
          return { status: 200, headers: { 'content-type': 'application/json' }, text: '{"dns-domains":[]}' }
        },
      },
    })
    await expect(provider.append(ZONE, OWNER, ['v'])).rejects.toThrow(/no DNS domain/)
    expect(fake.requests).toHaveLength(0)
  })
})
