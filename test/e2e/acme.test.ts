// The ACME side against the real Pebble, through a recording proxy where a test needs to see or bend requests:
// account keys, external account binding, key types, profiles, Retry-After and rate limits.
import { createPublicKey, generateKeyPairSync, X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { type AcmeProxy, firstTimes, startAcmeProxy } from '../support/acme-proxy.js'
import { bedInputs, rfc2136Env, topology } from '../support/bed.js'
import { runAction } from '../support/run-action.js'

let proxy: AcmeProxy | undefined
afterEach(async () => {
  await proxy?.close()
  proxy = undefined
})

const isNewOrder = (r: { path: string }) => r.path.startsWith('/order-plz')
const newOrders = () => (proxy?.requests ?? []).filter(isNewOrder)

async function issueWww(inputs: Record<string, string> = {}) {
  return runAction({
    inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'rfc2136', ...inputs }),
    env: await rfc2136Env(),
  })
}

describe('ACME account', () => {
  it('signs with the account_key given, registers the email, and keeps the key out of every log line', async () => {
    proxy = await startAcmeProxy()
    const pem = String(
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    )
    const run = await issueWww({ acme_server: proxy.directory, account_key: pem, email: 'ops@example.test' })
    expect(run.code, run.stdout).toBe(0)
    const newAccount = proxy.requests.find((r) => r.path.startsWith('/sign-me-up'))
    expect(newAccount?.payload).toMatchObject({
      contact: ['mailto:ops@example.test'],
      termsOfServiceAgreed: true,
    })
    expect(newAccount?.protected?.jwk).toMatchObject(
      createPublicKey(pem).export({ format: 'jwk' }) as Record<string, string>,
    )
    expect(run.stdout).not.toMatch(/a new ACME account key is made/)
    const shown = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    for (const line of pem.split('\n').filter((l) => l !== '' && !l.startsWith('-----'))) {
      expect(shown).not.toContain(line)
    }
  })

  it('binds the account with external account binding where the CA requires it', async () => {
    const run = await issueWww({
      acme_server: topology.ACME_EAB_DIRECTORY,
      eab_kid: topology.EAB_KID,
      eab_hmac_key: topology.EAB_HMAC_KEY,
    })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs.issued).toBe('true')
  })

  it("reports the CA's refusal when binding is required but not given", async () => {
    const run = await issueWww({ acme_server: topology.ACME_EAB_DIRECTORY })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::ACME account at https:\/\/127\.0\.0\.1:14100\/dir: .*externalAccountBinding.*; this CA requires external account binding: set `eab_kid` and `eab_hmac_key`/,
    )
  })
})

describe('certificate key and order', () => {
  it.each([
    ['rsa-2048', 'rsa', { modulusLength: 2048 }],
    ['ec-p384', 'ec', { namedCurve: 'secp384r1' }],
  ])('makes a %s key', async (keyType, type, details) => {
    const run = await issueWww({ key_type: keyType })
    expect(run.code, run.stdout).toBe(0)
    const certificate = new X509Certificate(await readFile(run.outputs.certificate_path as string))
    expect(certificate.publicKey.asymmetricKeyType).toBe(type)
    expect(certificate.publicKey.asymmetricKeyDetails).toMatchObject(details)
  })

  it('passes the profile input through in the new-order request', async () => {
    proxy = await startAcmeProxy()
    const run = await issueWww({ acme_server: proxy.directory, profile: 'shortlived' })
    expect(run.code, run.stdout).toBe(0)
    expect(newOrders().map((r) => r.payload)).toEqual([
      { identifiers: [{ type: 'dns', value: 'www.example.test' }], profile: 'shortlived' },
    ])
  })
})

describe("the CA's signals", () => {
  it('waits for the Retry-After of a 503 before asking again, then issues', async () => {
    proxy = await startAcmeProxy(
      firstTimes(1, isNewOrder, {
        status: 503,
        headers: { 'retry-after': '1' },
        body: { type: 'urn:ietf:params:acme:error:serverInternal', detail: 'busy' },
      }),
    )
    const run = await issueWww({ acme_server: proxy.directory })
    expect(run.code, run.stdout).toBe(0)
    const [first, second] = newOrders()
    expect(newOrders()).toHaveLength(2)
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950)
  })

  it('fails at once on a rate limit, saying when to retry, without asking again', async () => {
    proxy = await startAcmeProxy(
      firstTimes(1, isNewOrder, {
        status: 429,
        headers: { 'retry-after': '3600' },
        body: {
          type: 'urn:ietf:params:acme:error:rateLimited',
          detail: 'too many certificates for this name',
        },
      }),
    )
    const before = Date.now()
    const run = await issueWww({ acme_server: proxy.directory })
    expect(run.code).toBe(1)
    const match =
      /the CA's rate limit was reached \(too many certificates for this name\); retry after (\S+)/.exec(
        run.stdout,
      )
    expect(match, run.stdout).not.toBeNull()
    const retryAt = Date.parse(match?.[1] as string)
    expect(retryAt).toBeGreaterThanOrEqual(before + 3_599_000)
    expect(newOrders()).toHaveLength(1)
  })
})
