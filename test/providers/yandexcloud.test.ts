// Yandex Cloud DNS against a fake IAM service that verifies the PS256 JWT of an authorized key, and a fake Cloud
// DNS that keeps record sets and applies upsertRecordSets.
import { constants, generateKeyPairSync, verify } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { yandexcloud, yandexJwt } from '../../src/providers/yandexcloud/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeYandex } from '../support/fake-apis/yandexcloud.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PEM = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
const authorizedKey = (pem: string) =>
  Buffer.from(
    JSON.stringify({
      id: 'ajeKEY0123',
      service_account_id: 'ajeSA0123',
      created_at: '2025-01-01T00:00:00Z',
      key_algorithm: 'RSA_2048',
      public_key: '',
      private_key: `PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <ajeKEY0123>\n${pem}`,
    }),
  ).toString('base64')
const KEY = authorizedKey(PEM)
const WRONG = authorizedKey(other.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones([ZONE])
  const fake = await startFakeYandex({
    keyId: 'ajeKEY0123',
    serviceAccountId: 'ajeSA0123',
    publicKey: pair.publicKey,
    folderId: 'b1gFOLDER',
    zones,
  })
  const base = {
    YANDEX_CLOUD_IAM_TOKEN: KEY,
    YANDEX_CLOUD_FOLDER_ID: 'b1gFOLDER',
    YANDEX_CLOUD_IAM_URL: `${fake.origin}/iam/v1`,
  }
  return {
    zones,
    fake,
    ...providerAgainst(yandexcloud, { origin: `${fake.origin}/dns/v1` }, { ...base, ...env }),
  }
}

describe('yandexcloud', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 60,
    badCredential: {
      env: { YANDEX_CLOUD_IAM_TOKEN: WRONG },
      secret: WRONG,
      error:
        /yandexcloud: POST \/iam\/v1\/tokens failed: HTTP 401.*JWT signature is invalid.*Check YANDEX_CLOUD_IAM_TOKEN/,
    },
    throttled: { status: 429, headers: { 'retry-after': '1' }, body: { code: 8, message: 'Quota exceeded' } },
    wholeSetWrite: (request) => request.rawPath.endsWith(':upsertRecordSets'),
  })

  it('makes the JWT as the IAM documentation asks: PS256 with the key id, the account as issuer, an hour at most', () => {
    // Yandex publishes no worked example with a key: the JWT is checked with the public key instead
    const jwt = yandexJwt(
      { id: 'ajeKEY0123', serviceAccountId: 'ajeSA0123', privateKey: pair.privateKey },
      1_700_000_000,
    )
    const [header, claims, signature] = jwt.split('.') as [string, string, string]
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      typ: 'JWT',
      alg: 'PS256',
      kid: 'ajeKEY0123',
    })
    expect(JSON.parse(Buffer.from(claims, 'base64url').toString())).toEqual({
      iss: 'ajeSA0123',
      aud: 'https://iam.api.cloud.yandex.net/iam/v1/tokens',
      iat: 1_700_000_000,
      exp: 1_700_003_600,
    })
    const pss = { key: pair.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
    expect(
      verify('sha256', Buffer.from(`${header}.${claims}`), pss, Buffer.from(signature, 'base64url')),
    ).toBe(true)
  })

  it('writes apex and wildcard in one upsert, and a later value merged with the set as read', async () => {
    const { zones, fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    zones.add(ZONE, OWNER, '"theirs"', 60)
    await provider.append(ZONE, OWNER, ['third'])
    const upserts = fake.requests.filter((r) => r.rawPath.endsWith(':upsertRecordSets'))
    expect(upserts.map((r) => JSON.parse(r.text).replacements[0].data)).toEqual([
      ['apex', 'wildcard'],
      ['apex', 'wildcard', '"theirs"', 'third'],
    ])
  })

  it('deletes the record set only when no other value is left in it', async () => {
    const { zones, fake, provider } = await setup()
    zones.add(ZONE, OWNER, 'ours', 60)
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual([])
    const upsert = fake.requests.find((r) => r.rawPath.endsWith(':upsertRecordSets'))
    expect(JSON.parse(upsert?.text ?? '{}').deletions[0].data).toEqual(['ours'])
  })

  it("puts our value back when another run's upsert, based on an older read, replaced it", async () => {
    const { zones, fake, provider } = await setup()
    let raced = false
    fake.beforeEach((request) => {
      if (request.rawPath.endsWith(':getRecordSet') && zones.values(OWNER).includes('ours') && !raced) {
        raced = true
        zones.replace(ZONE, OWNER, ['other-run'], 60)
      }
    })
    await provider.append(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual(['other-run', 'ours'])
  })

  it('takes the authorized key as plain JSON too, and says what is wrong with one that is not', async () => {
    const { zones, provider } = await setup({ YANDEX_CLOUD_IAM_TOKEN: Buffer.from(KEY, 'base64').toString() })
    await provider.append(ZONE, OWNER, ['v'])
    expect(zones.values(OWNER)).toEqual(['v'])
    await expect(setup({ YANDEX_CLOUD_IAM_TOKEN: 't1.just-an-iam-token' })).rejects.toThrow(
      /YANDEX_CLOUD_IAM_TOKEN must be a service account's authorized key/,
    )
  })
})
