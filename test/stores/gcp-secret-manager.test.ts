// gcp-secret-manager against a local OAuth/STS/IAM and Secret Manager that accepts only the tokens it issued.
import { generateKeyPairSync } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { crc32c, gcpSecretManagerStore } from '../../src/stores/gcp-secret-manager/index.js'
import { type FakeGoogle, type FakeGoogleOptions, startFakeGoogle } from '../support/fake-google.js'
import { madeBundle, storeUnderTest } from '../support/store-under-test.js'

const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
})
const SA = 'certalias@tls-project.iam.gserviceaccount.com'
const KEY_JSON = JSON.stringify({
  type: 'service_account',
  project_id: 'tls-project',
  private_key_id: 'c0ffee0123456789abcdef0123456789abcdef01',
  private_key: privateKey,
  client_email: SA,
})
const WIF = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/certalias'

let google: FakeGoogle | undefined
afterEach(async () => {
  await google?.close()
  google = undefined
})

async function setUp(
  inputs: Record<string, string> = {},
  fake: Partial<FakeGoogleOptions> = {},
  credential: (fake: FakeGoogle) => Record<string, string> = () => ({ GCE_SERVICE_ACCOUNT: KEY_JSON }),
) {
  google = await startFakeGoogle({
    project: 'tls-project',
    projectNumber: '123456789',
    serviceAccount: SA,
    publicKey,
    workloadProvider: WIF,
    ...fake,
  })
  const { url, oidc } = google
  return storeUnderTest(
    gcpSecretManagerStore,
    { domain: 'example.com', gcp_secret_name: 'tls-example-com', ...inputs },
    {
      GOOGLE_OAUTH_URL: url,
      GOOGLE_STS_URL: url,
      GOOGLE_IAM_URL: url,
      GOOGLE_SECRET_MANAGER_URL: url,
      ...credential(google),
    },
    undefined,
    { idToken: (aud) => oidc.mint(aud) },
  )
}

const stored = () =>
  (google?.secrets.get('tls-example-com') ?? []).map(
    (v) => JSON.parse(v.data.toString('utf8')) as { serial: string },
  )

describe('gcp-secret-manager store', () => {
  it('computes CRC32C (Castagnoli) as the check value of the standard says', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283)
  })

  it('creates the missing secret (automatic replication), then adds the JSON set as version 1 in the key project', async () => {
    const { deliver, host } = await setUp()
    const bundle = await madeBundle(['example.com'])
    const delivery = await deliver(bundle)
    expect(stored()).toEqual([
      {
        certificate: bundle.certificate,
        chain: bundle.chain,
        fullchain: bundle.fullchain,
        private_key: bundle.privateKey,
        not_after: bundle.notAfter,
        serial: bundle.serial,
        domains: ['example.com'],
      },
    ])
    expect(google?.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /token 200',
      'POST /v1/projects/tls-project/secrets/tls-example-com:addVersion 404',
      'POST /v1/projects/tls-project/secrets 200',
      'POST /v1/projects/tls-project/secrets/tls-example-com:addVersion 200',
    ])
    expect(delivery.outputs).toEqual({
      gcp_secret_version: 'projects/123456789/secrets/tls-example-com/versions/1',
    })
    expect(host.masked).toEqual(expect.arrayContaining([privateKey, ...(google?.accessTokens ?? [])]))
  })

  it('a renewal adds a version to the existing secret and disables the previous one: its private key is no longer readable', async () => {
    const { deliver, options, context } = await setUp()
    await deliver(await madeBundle(['example.com']))
    const second = await madeBundle(['example.com'])
    expect((await deliver(second)).outputs?.gcp_secret_version).toMatch(/\/versions\/2$/)
    expect(
      stored()
        .map((s) => s.serial)
        .at(-1),
    ).toBe(second.serial)
    expect(google?.secrets.get('tls-example-com')?.map((v) => v.state)).toEqual(['DISABLED', 'ENABLED'])
    expect(google?.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: '/v1/projects/tls-project/secrets/tls-example-com/versions/1:disable',
      status: 200,
    })
    expect((await gcpSecretManagerStore.readCurrent?.(options, context))?.certificate).toBe(
      second.certificate,
    )
  })

  it('a previous version that may not be disabled is a warning naming secretmanager.versions.disable; the delivery stands', async () => {
    const { deliver, host } = await setUp({}, { denied: ['secretmanager.versions.disable'] })
    await deliver(await madeBundle(['example.com']))
    const delivery = await deliver(await madeBundle(['example.com']))
    expect(delivery.outputs?.gcp_secret_version).toMatch(/\/versions\/2$/)
    expect(host.lines.join('\n')).toMatch(
      /warning: gcp-secret-manager: .*versions\/1 stays enabled, with the previous private key: .*secretmanager\.versions\.disable/,
    )
  })

  it('with the latest version disabled by hand, readCurrent and remove read the newest enabled one', async () => {
    const { deliver, options, context } = await setUp()
    const older = await madeBundle(['example.com'])
    await deliver(older)
    await deliver(await madeBundle(['example.com']))
    const versions = google?.secrets.get('tls-example-com') ?? []
    // the renewal disabled version 1; someone turned that back and disabled version 2
    for (const [i, state] of ['ENABLED', 'DISABLED'].entries())
      (versions[i] as { state: string }).state = state
    expect((await gcpSecretManagerStore.readCurrent?.(options, context))?.certificate).toBe(older.certificate)
    expect(
      await gcpSecretManagerStore.remove?.(options, context, { serial: older.serial, names: older.names }),
    ).toEqual({
      removed: 'deleted Google Secret Manager projects/tls-project/secrets/tls-example-com and every version',
    })
    expect(google?.secrets.size).toBe(0)
  })

  it('with workload identity: OIDC token, STS exchange, generateAccessToken for the service account', async () => {
    const { deliver } = await setUp({ gcp_project: 'tls-project' }, {}, (fake) => ({
      GCE_WORKLOAD_IDENTITY_PROVIDER: WIF,
      GCE_SERVICE_ACCOUNT_EMAIL: SA,
      ...fake.oidcEnv,
    }))
    await deliver(await madeBundle(['example.com']))
    expect([...(google?.oidc.issued.values() ?? [])]).toEqual([`https://iam.googleapis.com/${WIF}`])
    expect(google?.requests.slice(0, 2).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /v1/token 200',
      `POST /v1/projects/-/serviceAccounts/${encodeURIComponent(SA)}:generateAccessToken 200`,
    ])
    expect(stored()).toHaveLength(1)
  })

  it('readCurrent gives the latest version with its key (masked), and nothing before the first', async () => {
    const { deliver, options, context, host } = await setUp()
    expect(await gcpSecretManagerStore.readCurrent?.(options, context)).toBeUndefined()
    const bundle = await madeBundle(['example.com'])
    await deliver(bundle)
    const current = await gcpSecretManagerStore.readCurrent?.(options, context)
    expect(current).toMatchObject({ certificate: bundle.certificate, privateKey: bundle.privateKey })
    expect(current?.source).toMatch(/projects\/tls-project\/secrets\/tls-example-com \(1\)$/)
    expect(host.masked).toContain(bundle.privateKey)
  })

  it('a refused addVersion names secretmanager.versions.add and counts as a refusal', async () => {
    const { deliver } = await setUp({}, { denied: ['secretmanager.versions.add'] })
    const error = await deliver(await madeBundle(['example.com'])).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/HTTP 403.*needs secretmanager\.versions\.add/)
    expect((error as { status?: number }).status).toBe(403)
  })

  it('remove deletes the secret, and says nothing is there the second time', async () => {
    const { deliver, options, context } = await setUp()
    const bundle = await madeBundle(['example.com'])
    await deliver(bundle)
    const revoked = { serial: bundle.serial, names: bundle.names }
    expect(await gcpSecretManagerStore.remove?.(options, context, revoked)).toEqual({
      removed: 'deleted Google Secret Manager projects/tls-project/secrets/tls-example-com and every version',
    })
    expect(google?.secrets.size).toBe(0)
    expect(await gcpSecretManagerStore.remove?.(options, context, revoked)).toBeUndefined()
  })

  it('remove leaves a secret whose latest version holds another certificate, and says which', async () => {
    const { deliver, options, context } = await setUp()
    const held = await madeBundle(['other.example.com'])
    await deliver(held)
    const said = await gcpSecretManagerStore.remove?.(options, context, {
      serial: '0badc0de',
      names: ['example.com'],
    })
    expect(said).toEqual({
      left:
        `Google Secret Manager projects/tls-project/secrets/tls-example-com (1) holds serial ${held.serial} ` +
        '(other.example.com), not the revoked certificate (serial 0badc0de, example.com): left in place',
    })
    expect(google?.secrets.get('tls-example-com')).toHaveLength(1)
    expect(google?.requests.some((r) => r.method === 'DELETE')).toBe(false)
  })

  it('refuses a missing or malformed secret name, and missing credentials, before any request', () => {
    const read =
      (inputs: Record<string, string>, env: Record<string, string> = { GCE_SERVICE_ACCOUNT: KEY_JSON }) =>
      () =>
        gcpSecretManagerStore.readOptions((name) => inputs[name] ?? '', env)
    expect(read({})).toThrow(/`gcp_secret_name` is required/)
    expect(read({ gcp_secret_name: 'tls/example' })).toThrow(/not a Secret Manager secret id/)
    expect(read({ gcp_secret_name: 'tls' }, {})).toThrow(/needs Google credentials/)
  })
})
