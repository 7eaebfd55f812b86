// vault against a local KV v2 + JWT auth + GitHub OIDC endpoint: versions, check-and-set, login, refusals.
import { afterEach, describe, expect, it } from 'vitest'
import type { CertificateBundle, Delivery, StoreContext } from '../../src/stores/types.js'
import { readStoredCertificate, type VaultOptions, vaultStore } from '../../src/stores/vault/index.js'
import { type FakeVault, type FakeVaultOptions, startFakeVault } from '../support/fake-vault.js'
import { type RecordingHost, recordingHost } from '../support/host.js'

const VAULT_TOKEN = 'hvs.static-token-secret-0123456789'
const PATH = 'tls/example.com'

const bundle = (overrides: Partial<CertificateBundle> = {}): CertificateBundle => ({
  names: ['example.com', '*.example.com'],
  certificate: '-----BEGIN CERTIFICATE-----\nleaf\n-----END CERTIFICATE-----\n',
  chain: '-----BEGIN CERTIFICATE-----\nissuer\n-----END CERTIFICATE-----\n',
  fullchain:
    '-----BEGIN CERTIFICATE-----\nleaf\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nissuer\n-----END CERTIFICATE-----\n',
  privateKey: '-----BEGIN PRIVATE KEY-----\nsecret-key-material\n-----END PRIVATE KEY-----\n',
  notAfter: '2026-09-01T12:00:00.000Z',
  serial: '04a1b2c3',
  files: {
    directory: '/tmp/x',
    certificatePath: '/tmp/x/cert.pem',
    chainPath: '/tmp/x/chain.pem',
    fullchainPath: '/tmp/x/fullchain.pem',
    privateKeyPath: '/tmp/x/privkey.pem',
  },
  ...overrides,
})

const ACCOUNT_KEY = '-----BEGIN PRIVATE KEY-----\naccount-key-material\n-----END PRIVATE KEY-----\n'

const storedFields = (b: CertificateBundle) => ({
  certificate: b.certificate,
  chain: b.chain,
  fullchain: b.fullchain,
  private_key: b.privateKey,
  not_after: b.notAfter,
  serial: b.serial,
  names: b.names.join(','),
})

let vault: FakeVault | undefined
afterEach(async () => {
  await vault?.close()
  vault = undefined
})

interface Setup {
  host: RecordingHost
  options: VaultOptions
  context: StoreContext
  deliver: (b?: CertificateBundle) => Promise<Delivery>
}

async function setUp(inputs: Record<string, string>, fake: FakeVaultOptions = {}): Promise<Setup> {
  vault = await startFakeVault({
    tokens: [VAULT_TOKEN],
    jwtAuth: { jwt: { certalias: { boundAudiences: ['https://github.com/octo'] } } },
    ...fake,
  })
  const env = { GITHUB_REPOSITORY: 'octo/app' }
  const values: Record<string, string> = { vault_addr: vault.url, vault_path: PATH, ...inputs }
  const options = vaultStore.readOptions((name) => values[name] ?? '', env)
  const started = vault
  const host = recordingHost({ idToken: (aud) => started.idToken(aud) })
  const context: StoreContext = { host, env, transport: { sleep: async () => {} } }
  const store = vaultStore.create(options, context)
  return { host, options, context, deliver: (b = bundle()) => store.deliver(b) }
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  )
  if (!(outcome instanceof Error)) throw new Error('expected a failure')
  return outcome
}

const kvCalls = () =>
  vault?.requests
    .filter((r) => r.path.startsWith('/v1/secret/'))
    .map(
      (r) =>
        `${r.method} ${r.path} ${r.status}${(r.body as { options?: { cas?: number } })?.options ? ` cas=${(r.body as { options: { cas: number } }).options.cas}` : ''}`,
    )

describe('vault store', () => {
  it('token login: writes every field to KV v2 with cas 0 on a new path, then the custom metadata', async () => {
    const { deliver, host } = await setUp({ vault_token: VAULT_TOKEN })
    const delivery = await deliver()

    const entry = vault?.entry('secret', PATH)
    expect(entry?.versions.map((v) => v.data)).toEqual([storedFields(bundle())])
    expect(entry?.customMetadata).toEqual({
      not_after: '2026-09-01T12:00:00.000Z',
      serial: '04a1b2c3',
      names: 'example.com,*.example.com',
    })
    expect(kvCalls()).toEqual([
      'GET /v1/secret/data/tls/example.com 404',
      'POST /v1/secret/data/tls/example.com 200 cas=0',
      'POST /v1/secret/metadata/tls/example.com 204',
    ])
    for (const request of vault?.requests ?? []) expect(request.headers['x-vault-token']).toBe(VAULT_TOKEN)
    expect(delivery.destination).toContain('secret/data/tls/example.com (version 1)')
    expect(host.masked).toContain(VAULT_TOKEN)
  })

  it('OIDC login: asks for the workflow token with GitHub default audience, logs in with role and jwt, writes with the client token', async () => {
    const { deliver, host } = await setUp({ vault_role: 'certalias' })
    await deliver()

    expect(host.audiences).toEqual([''])
    const [jwt, aud] = [...(vault?.issuedJwts ?? [])][0] ?? []
    expect(aud).toBe('https://github.com/octo')
    const login = vault?.requests.find((r) => r.path === '/v1/auth/jwt/login')
    expect(login?.status).toBe(200)
    expect(login?.body).toEqual({ role: 'certalias', jwt })
    expect(login?.headers['x-vault-token']).toBeUndefined()
    const clientToken = vault?.clientTokens[0]
    const write = vault?.requests.find(
      (r) => r.method === 'POST' && r.path === '/v1/secret/data/tls/example.com',
    )
    expect(write?.headers['x-vault-token']).toBe(clientToken)
    expect(vault?.entry('secret', PATH)?.versions).toHaveLength(1)
    // Vault's client token is masked before anything could print it (the host masks the workflow's token).
    expect(host.masked).toEqual(expect.arrayContaining([jwt, clientToken]))
  })

  it('OIDC login at a custom auth path with vault_audience asks GitHub for that audience', async () => {
    const { deliver } = await setUp(
      { vault_role: 'ci', vault_auth_path: 'github-actions', vault_audience: 'https://vault.example.com' },
      { jwtAuth: { 'github-actions': { ci: { boundAudiences: ['https://vault.example.com'] } } } },
    )
    await deliver()
    expect([...(vault?.issuedJwts.values() ?? [])]).toEqual(['https://vault.example.com'])
    expect(vault?.requests.some((r) => r.path === '/v1/auth/github-actions/login' && r.status === 200)).toBe(
      true,
    )
  })

  it('a login Vault refuses (audience not bound) fails naming vault_role and vault_audience, without the jwt', async () => {
    const { deliver } = await setUp(
      { vault_role: 'certalias' },
      { jwtAuth: { jwt: { certalias: { boundAudiences: ['https://vault.example.com'] } } } },
    )
    const error = await failure(deliver())
    expect(error.message).toContain('HTTP 400')
    expect(error.message).toContain('`vault_role` "certalias"')
    expect(error.message).toContain('bound_audiences')
    expect(error.message).toContain('vault_audience')
    for (const jwt of vault?.issuedJwts.keys() ?? []) expect(error.message).not.toContain(jwt)
    expect(vault?.entry('secret', PATH)).toBeUndefined()
  })

  it('vault_role without an OIDC token fails naming vault_role, why the host has none, and vault_token', async () => {
    vault = await startFakeVault({ tokens: [VAULT_TOKEN] })
    const options = vaultStore.readOptions(
      (name) => ({ vault_addr: vault?.url ?? '', vault_path: PATH, vault_role: 'certalias' })[name] ?? '',
      {},
    )
    const store = vaultStore.create(options, { host: recordingHost(), env: {} })
    const error = await failure(store.deliver(bundle()))
    expect(error.message).toBe(
      "vault: `vault_role` logs in with the workflow's OIDC token, and this test run has no OIDC token; or use " +
        '`vault_token`',
    )
    expect(vault.requests).toEqual([])
  })

  it('a renewal writes a new version with cas = the version read', async () => {
    const { deliver } = await setUp({ vault_token: VAULT_TOKEN })
    vault?.put('secret', PATH, storedFields(bundle({ serial: '01', notAfter: '2026-06-01T00:00:00.000Z' })))
    const delivery = await deliver()
    expect(kvCalls()?.slice(0, 2)).toEqual([
      'GET /v1/secret/data/tls/example.com 200',
      'POST /v1/secret/data/tls/example.com 200 cas=1',
    ])
    expect(vault?.entry('secret', PATH)?.versions.at(-1)?.data).toEqual(storedFields(bundle()))
    expect(delivery.destination).toContain('(version 2)')
  })

  it('a newer certificate already stored is left alone: no write, a warning, and the delivery says so', async () => {
    const { deliver, host } = await setUp({ vault_token: VAULT_TOKEN })
    const newer = storedFields(bundle({ serial: '0fff', notAfter: '2026-12-01T00:00:00.000Z' }))
    vault?.put('secret', PATH, newer)
    const delivery = await deliver()
    expect(vault?.entry('secret', PATH)?.versions.map((v) => v.data)).toEqual([newer])
    expect(kvCalls()).toEqual(['GET /v1/secret/data/tls/example.com 200'])
    expect(delivery.destination).toContain('not written')
    expect(delivery.destination).toContain('0fff')
    expect(host.lines.some((l) => l.startsWith('warning: vault:') && l.includes('left it alone'))).toBe(true)
  })

  it('the same certificate already stored (a re-run) writes no new version', async () => {
    const { deliver } = await setUp({ vault_token: VAULT_TOKEN })
    vault?.put('secret', PATH, storedFields(bundle()))
    const delivery = await deliver()
    expect(vault?.entry('secret', PATH)?.versions).toHaveLength(1)
    expect(delivery.destination).toContain('already there')
  })

  it('a CAS race (another writer bumps the version between read and write) is resolved by re-reading and writing on top', async () => {
    const { deliver, host } = await setUp({ vault_token: VAULT_TOKEN })
    const older = storedFields(bundle({ serial: '01', notAfter: '2026-06-01T00:00:00.000Z' }))
    vault?.raceBeforeWrite(older)
    await deliver()
    expect(kvCalls()).toEqual([
      'GET /v1/secret/data/tls/example.com 404',
      'POST /v1/secret/data/tls/example.com 400 cas=0',
      'GET /v1/secret/data/tls/example.com 200',
      'POST /v1/secret/data/tls/example.com 200 cas=1',
      'POST /v1/secret/metadata/tls/example.com 204',
    ])
    expect(vault?.entry('secret', PATH)?.versions.map((v) => v.data)).toEqual([older, storedFields(bundle())])
    expect(host.lines.some((l) => l.includes('check-and-set'))).toBe(true)
  })

  it('a CAS race lost to a newer certificate: the re-read decides to leave it alone', async () => {
    const { deliver } = await setUp({ vault_token: VAULT_TOKEN })
    const newer = storedFields(bundle({ serial: '0fff', notAfter: '2026-12-01T00:00:00.000Z' }))
    vault?.raceBeforeWrite(newer)
    const delivery = await deliver()
    expect(vault?.entry('secret', PATH)?.versions.map((v) => v.data)).toEqual([newer])
    expect(delivery.destination).toContain('not written')
  })

  it('a path that keeps changing gives up after bounded retries without overwriting anything', async () => {
    const { deliver } = await setUp({ vault_token: VAULT_TOKEN })
    const older = storedFields(bundle({ serial: '01', notAfter: '2026-06-01T00:00:00.000Z' }))
    vault?.raceBeforeWrite(older, 100)
    const error = await failure(deliver())
    expect(error.message).toContain('check-and-set failed 5 times')
    expect(error.message).toContain('concurrency')
    expect(vault?.entry('secret', PATH)?.versions.every((v) => v.data?.serial === '01')).toBe(true)
  })

  it('a deleted latest version: the write names its version as cas (Vault still counts it)', async () => {
    const { deliver } = await setUp({ vault_token: VAULT_TOKEN })
    vault?.put('secret', PATH, storedFields(bundle({ serial: '01', notAfter: '2027-01-01T00:00:00.000Z' })))
    vault?.deleteLatest('secret', PATH)
    await deliver()
    expect(kvCalls()?.slice(0, 2)).toEqual([
      'GET /v1/secret/data/tls/example.com 404',
      'POST /v1/secret/data/tls/example.com 200 cas=1',
    ])
  })

  it('sends X-Vault-Namespace on every request, the login included', async () => {
    const { deliver } = await setUp(
      { vault_role: 'certalias', vault_namespace: 'admin/team' },
      { namespace: 'admin/team' },
    )
    await deliver()
    const vaultCalls = vault?.requests.filter((r) => r.path.startsWith('/v1/')) ?? []
    expect(vaultCalls.length).toBe(4)
    for (const request of vaultCalls) expect(request.headers['x-vault-namespace']).toBe('admin/team')
    expect(vault?.entry('secret', PATH)?.versions).toHaveLength(1)
  })

  it('a 403 with vault_token fails naming vault_token and the policy needed, without the token', async () => {
    const { deliver, host } = await setUp(
      { vault_token: VAULT_TOKEN },
      { tokens: [], deniedTokens: [VAULT_TOKEN] },
    )
    const error = await failure(deliver())
    expect(error.message).toContain('HTTP 403')
    expect(error.message).toContain('vault_token')
    expect(error.message).toContain('"secret/data/tls/example.com"')
    expect(error.message).not.toContain(VAULT_TOKEN)
    expect(host.lines.join('\n')).not.toContain(VAULT_TOKEN)
  })

  it('a 403 after an OIDC login fails naming vault_role, without the client token or the jwt', async () => {
    const { deliver } = await setUp({ vault_role: 'certalias' }, { jwtTokensMayWrite: false })
    const error = await failure(deliver())
    expect(error.message).toContain('HTTP 403')
    expect(error.message).toContain('`vault_role` "certalias"')
    for (const secret of [...(vault?.clientTokens ?? []), ...(vault?.issuedJwts.keys() ?? [])]) {
      expect(error.message).not.toContain(secret)
    }
  })

  it('a mount that is not there fails naming vault_mount', async () => {
    const { deliver } = await setUp({ vault_token: VAULT_TOKEN, vault_mount: 'kv' })
    const error = await failure(deliver())
    expect(error.message).toContain('`vault_mount` "kv"')
  })

  it('cuts the names in custom metadata to Vault 512-byte limit, while the data keeps them all', async () => {
    const { deliver } = await setUp({ vault_token: VAULT_TOKEN })
    const names = Array.from({ length: 40 }, (_, i) => `host-${i}.a-rather-long-subdomain.example.com`)
    await deliver(bundle({ names }))
    const entry = vault?.entry('secret', PATH)
    expect(entry?.versions[0]?.data?.names).toBe(names.join(','))
    expect(Buffer.byteLength(entry?.customMetadata.names ?? '')).toBeLessThanOrEqual(512)
    expect(entry?.customMetadata.names).toMatch(/\(\+\d+ more\)$/)
  })
})

describe('readStoredCertificate', () => {
  it('reads back not_after, serial, names and version of the stored entry', async () => {
    const { options, context } = await setUp({ vault_token: VAULT_TOKEN })
    vault?.put('secret', PATH, { other: 'x' })
    vault?.put('secret', PATH, storedFields(bundle()))
    expect(await readStoredCertificate(options, context)).toEqual({
      notAfter: '2026-09-01T12:00:00.000Z',
      serial: '04a1b2c3',
      names: ['example.com', '*.example.com'],
      version: 2,
    })
  })

  it('is undefined when nothing is stored, or the entry is not a certificate', async () => {
    const { options, context } = await setUp({ vault_role: 'certalias' })
    expect(await readStoredCertificate(options, context)).toBeUndefined()
    vault?.put('secret', PATH, { password: 'hunter2' })
    expect(await readStoredCertificate(options, context)).toBeUndefined()
  })
})

describe('vault store: the ACME account key', () => {
  it('an account this run made: its key is stored with the certificate as account_key', async () => {
    const { deliver } = await setUp({ vault_token: VAULT_TOKEN })
    const made = bundle({ account: { key: ACCOUNT_KEY, made: true } })
    await deliver(made)
    expect(vault?.entry('secret', PATH)?.versions.map((v) => v.data)).toEqual([
      { ...storedFields(made), account_key: ACCOUNT_KEY },
    ])
  })

  it('a renewal that reuses the kept account (made: false) keeps account_key in the new version', async () => {
    const { deliver } = await setUp({ vault_token: VAULT_TOKEN })
    const first = bundle({ serial: '01', notAfter: '2026-06-01T00:00:00.000Z' })
    vault?.put('secret', PATH, { ...storedFields(first), account_key: ACCOUNT_KEY })
    await deliver(bundle({ account: { key: ACCOUNT_KEY, made: false } }))
    const versions = vault?.entry('secret', PATH)?.versions ?? []
    expect(versions).toHaveLength(2)
    expect(versions[1]?.data).toMatchObject({ serial: '04a1b2c3', account_key: ACCOUNT_KEY })
  })

  it('no account in the bundle (the user gives account_key): no account_key is written', async () => {
    const { deliver } = await setUp({ vault_token: VAULT_TOKEN })
    await deliver()
    expect(vault?.entry('secret', PATH)?.versions[0]?.data).not.toHaveProperty('account_key')
  })
})

describe('vault readCurrent', () => {
  const readCurrent = (setup: Setup) => {
    const read = vaultStore.readCurrent
    if (!read) throw new Error('vault has no readCurrent')
    return read(setup.options, setup.context)
  }

  it('reads leaf, chain, private key and account key of the latest version, naming path and version', async () => {
    const setup = await setUp({ vault_token: VAULT_TOKEN })
    vault?.put('secret', PATH, storedFields(bundle({ serial: '01' })))
    vault?.put('secret', PATH, { ...storedFields(bundle()), account_key: ACCOUNT_KEY })
    expect(await readCurrent(setup)).toEqual({
      certificate: bundle().certificate,
      chain: bundle().chain,
      privateKey: bundle().privateKey,
      accountKey: ACCOUNT_KEY,
      source: `Vault ${vault?.url} secret/data/tls/example.com (version 2)`,
    })
    // both keys are masked, whole and line by line, before anything could print them
    expect(setup.host.masked).toEqual(
      expect.arrayContaining([
        bundle().privateKey,
        'secret-key-material',
        ACCOUNT_KEY,
        'account-key-material',
      ]),
    )
  })

  it('without a kept account key there is no accountKey', async () => {
    const setup = await setUp({ vault_role: 'certalias' })
    vault?.put('secret', PATH, storedFields(bundle()))
    const current = await readCurrent(setup)
    expect(current?.certificate).toBe(bundle().certificate)
    expect(current).not.toHaveProperty('accountKey')
  })

  it('is undefined when nothing is stored, the latest version is deleted, or it is not a certificate', async () => {
    const setup = await setUp({ vault_token: VAULT_TOKEN })
    expect(await readCurrent(setup)).toBeUndefined()
    vault?.put('secret', PATH, { password: 'hunter2' })
    expect(await readCurrent(setup)).toBeUndefined()
    vault?.put('secret', PATH, { ...storedFields(bundle()), certificate: 'not a PEM' })
    expect(await readCurrent(setup)).toBeUndefined()
    vault?.put('secret', PATH, storedFields(bundle()))
    vault?.deleteLatest('secret', PATH)
    expect(await readCurrent(setup)).toBeUndefined()
  })

  it('a 403 fails naming vault_token, without the token', async () => {
    const setup = await setUp({ vault_token: VAULT_TOKEN }, { tokens: [], deniedTokens: [VAULT_TOKEN] })
    const error = await failure(readCurrent(setup))
    expect(error.message).toContain('HTTP 403')
    expect(error.message).toContain('vault_token')
    expect(error.message).not.toContain(VAULT_TOKEN)
  })
})

describe('vault remove (mode: revoke)', () => {
  const revoked = (b: CertificateBundle) => ({ serial: b.serial, names: b.names })

  it('deletes the metadata when the latest version is the revoked certificate, so every version goes; a second call finds nothing', async () => {
    const { options, context, deliver } = await setUp({ vault_token: VAULT_TOKEN })
    await deliver()
    const latest = bundle({ serial: '0b', notAfter: '2031-01-01T00:00:00.000Z' })
    await deliver(latest)
    expect(vault?.entry('secret', PATH)?.versions).toHaveLength(2)
    const removed = await vaultStore.remove?.(options, context, revoked(latest))
    expect(removed).toEqual({
      removed: expect.stringMatching(/secret\/data\/tls\/example\.com: every version removed$/),
    })
    expect(vault?.entry('secret', PATH)).toBeUndefined()
    expect(kvCalls()?.at(-1)).toBe(`DELETE /v1/secret/metadata/${PATH} 204`)
    expect(await vaultStore.remove?.(options, context, revoked(latest))).toBeUndefined()
  })

  it('leaves an entry holding another certificate (another domain on the same vault_path) and says what it holds', async () => {
    const { options, context, deliver } = await setUp({ vault_token: VAULT_TOKEN })
    await deliver(bundle({ names: ['pr-2.example.com'], serial: '0c' }))
    const said = await vaultStore.remove?.(options, context, {
      serial: '04a1b2c3',
      names: ['pr-1.example.com'],
    })
    expect(said).toEqual({
      left: expect.stringMatching(
        /secret\/data\/tls\/example\.com \(version 1\) holds serial 0c \(pr-2\.example\.com\), not the revoked certificate \(serial 04a1b2c3, pr-1\.example\.com\): left in place/,
      ),
    })
    expect(vault?.entry('secret', PATH)?.versions).toHaveLength(1)
    expect(vault?.requests.some((r) => r.method === 'DELETE')).toBe(false)
  })

  it('leaves an entry that is not a certalias certificate', async () => {
    const { options, context } = await setUp({ vault_token: VAULT_TOKEN })
    vault?.put('secret', PATH, { password: 'hunter2' })
    const said = await vaultStore.remove?.(options, context, revoked(bundle()))
    expect(said).toEqual({
      left: expect.stringMatching(/holds data that is not a certalias certificate: left in place/),
    })
    expect(vault?.entry('secret', PATH)?.versions).toHaveLength(1)
    expect(vault?.requests.some((r) => r.method === 'DELETE')).toBe(false)
  })

  it('a 403 on delete names the delete capability the policy lacks', async () => {
    const { options, context, deliver } = await setUp({ vault_token: VAULT_TOKEN }, { forbidDelete: true })
    await deliver()
    const error = await failure(vaultStore.remove?.(options, context, revoked(bundle())) ?? Promise.resolve())
    expect(error.message).toMatch(/"delete"\] on "secret\/metadata/)
  })
})

describe('vault options', () => {
  const read = (values: Record<string, string>) => vaultStore.readOptions((name) => values[name] ?? '', {})
  const base = { vault_addr: 'https://vault.example.com:8200/', vault_path: '/tls/example.com/' }

  it('defaults: mount secret, auth path jwt, GitHub default audience; trims slashes', () => {
    expect(read({ ...base, vault_role: 'r' })).toEqual({
      address: 'https://vault.example.com:8200',
      mount: 'secret',
      path: 'tls/example.com',
      namespace: undefined,
      auth: { method: 'jwt', role: 'r', authPath: 'jwt', audience: undefined },
    })
  })

  it('requires vault_addr as an http(s) URL and vault_path', () => {
    expect(() => read({ vault_path: 'a', vault_token: 't' })).toThrow(/`vault_addr` is required/)
    expect(() => read({ vault_addr: 'vault.example.com', vault_path: 'a', vault_token: 't' })).toThrow(
      /not a URL/,
    )
    expect(() => read({ vault_addr: 'ftp://vault.example.com', vault_path: 'a', vault_token: 't' })).toThrow(
      /https:\/\//,
    )
    expect(() => read({ vault_addr: 'https://vault.example.com', vault_token: 't' })).toThrow(
      /`vault_path` is required/,
    )
  })

  it('requires https:// unless Vault is on this machine (a loopback address): the token and the key travel there', () => {
    expect(() =>
      read({ vault_addr: 'http://vault.example.com:8200', vault_path: 'a', vault_token: 't' }),
    ).toThrow(
      '`vault_addr` "http://vault.example.com:8200" must use https:// (plain http is for a Vault on this machine only: 127.0.0.1, ::1 or localhost); write https://vault.example.com:8200',
    )
    expect(() => read({ vault_addr: 'http://10.0.0.5:8200', vault_path: 'a', vault_token: 't' })).toThrow(
      /must use https:\/\//,
    )
    for (const local of [
      'http://127.0.0.1:8200',
      'http://127.0.10.3:8200',
      'http://[::1]:8200',
      'http://localhost:8200',
    ])
      expect(read({ vault_addr: local, vault_path: 'a', vault_token: 't' }).address).toBe(local)
  })

  it('requires exactly one of vault_token and vault_role', () => {
    expect(() => read(base)).toThrow(/`vault_role`.*or `vault_token`/)
    expect(() => read({ ...base, vault_token: 't', vault_role: 'r' })).toThrow(/not both/)
  })

  it('refuses paths with empty, dot or dot-dot segments', () => {
    expect(() => read({ ...base, vault_path: 'tls/../admin', vault_token: 't' })).toThrow(/`vault_path`/)
    expect(() => read({ ...base, vault_path: 'tls//x', vault_token: 't' })).toThrow(/`vault_path`/)
    expect(() => read({ ...base, vault_mount: 'a b', vault_token: 't' })).toThrow(/`vault_mount`/)
  })
})
