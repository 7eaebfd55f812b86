// TransIP against a fake of API v6 that keeps DNS entries and checks the signature of each /auth body with the
// account's public key.
import { generateKeyPairSync, verify } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { transip, transipSignature } from '../../src/providers/transip/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeTransip } from '../support/fake-apis/transip.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PEM = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
const WRONG_PEM = other.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones([ZONE])
  const fake = await startFakeTransip({ login: 'certalias', publicKey: pair.publicKey, zones })
  const base = { TRANSIP_ACCOUNT_NAME: 'certalias', TRANSIP_PRIVATE_KEY_PATH: PEM }
  return { zones, fake, ...providerAgainst(transip, { origin: `${fake.origin}/v6` }, { ...base, ...env }) }
}

describe('transip', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 60,
    badCredential: {
      env: { TRANSIP_PRIVATE_KEY_PATH: WRONG_PEM },
      secret: WRONG_PEM,
      error:
        /transip: POST \/v6\/auth failed: HTTP 401.*Invalid signature.*Check TRANSIP_ACCOUNT_NAME and TRANSIP_PRIVATE_KEY_PATH/,
    },
    throttled: {
      status: 429,
      headers: { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 30) },
      body: { error: 'Rate limit exceeded' },
    },
  })

  it('signs the exact /auth body with RSA-SHA512, as the public key verifies', () => {
    // TransIP publishes no worked example with a key: the signature is checked with the public key instead
    const body = '{"login":"certalias","nonce":"0123456789abcdef","read_only":false}'
    const signature = transipSignature(body, pair.privateKey)
    expect(verify('sha512', Buffer.from(body), pair.publicKey, Buffer.from(signature, 'base64'))).toBe(true)
    expect(verify('sha512', Buffer.from(`${body} `), pair.publicKey, Buffer.from(signature, 'base64'))).toBe(
      false,
    )
  })

  it('asks for one token, then adds one entry per value with the configured expire', async () => {
    const { zones, fake, provider } = await setup({ TRANSIP_TTL: '300' })
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    await provider.remove(ZONE, OWNER, ['apex'])
    expect(fake.requests.map((r) => `${r.method} ${r.rawPath}`)).toEqual([
      'POST /v6/auth',
      `GET /v6/domains/${ZONE}`,
      `GET /v6/domains/${ZONE}/dns`,
      `POST /v6/domains/${ZONE}/dns`,
      `POST /v6/domains/${ZONE}/dns`,
      `GET /v6/domains/${ZONE}/dns`,
      `DELETE /v6/domains/${ZONE}/dns`,
    ])
    expect(zones.records(OWNER).map((r) => [r.value, r.ttl])).toEqual([['wildcard', 300]])
  })

  it('masks the private key whole and line by line', async () => {
    const { host } = await setup()
    expect(host.masked).toContain(PEM)
    expect(host.masked).toContain(PEM.split('\n')[1])
  })

  it('reads the key from a file when given a path, as lego takes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'transip-'))
    await writeFile(join(dir, 'transip.key'), PEM, { mode: 0o600 })
    const { zones, provider } = await setup({ TRANSIP_PRIVATE_KEY_PATH: join(dir, 'transip.key') })
    await provider.append(ZONE, OWNER, ['from-file'])
    expect(zones.values(OWNER)).toEqual(['from-file'])
    await rm(dir, { recursive: true })
  })

  it('refuses a TTL TransIP does not offer before any request', async () => {
    await expect(setup({ TRANSIP_TTL: '120' })).rejects.toThrow(
      /TRANSIP_TTL must be one of 60, 300, 3600 or 86400/,
    )
  })
})
