// End to end with every destination: the real bundle issues from Pebble through the BIND alias zone, then
// delivers to the files, a workflow artifact (the real @actions/artifact client against a fake of the runner's
// artifact service), GitHub secrets (a fake GitHub API that decrypts what it gets) and Vault (a fake KV v2).
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { Decrypter, generateIdentity, identityToRecipient } from 'age-encryption'
import { afterEach, describe, expect, it } from 'vitest'
import { bedInputs, pebbleOrders, rfc2136Env, topology, txtAt } from '../support/bed.js'
import { type FakeArtifactService, startFakeArtifactService } from '../support/fake-artifact-service.js'
import { type FakeGithub, startFakeGithub } from '../support/fake-github.js'
import { type FakeVault, startFakeVault } from '../support/fake-vault.js'
import { leaks, pieces } from '../support/leaks.js'
import { type ActionRun, runAction } from '../support/run-action.js'

const BIND_OWNER = '_acme-challenge.validation.bind.test'
const DOMAIN = 'www.example.test'
const REPO = 'octo/app'
const VAULT_PATH = `tls/${DOMAIN}`
const ARTIFACT = `certificate-${DOMAIN}`

// Every fake a test starts, closed after it whatever happened.
const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

async function github(): Promise<{ fake: FakeGithub; token: string }> {
  const token = `github_pat_11${randomBytes(30).toString('base64url')}`
  const fake = await startFakeGithub({ token, repository: REPO })
  closers.push(() => fake.close())
  return { fake, token }
}

async function vault(): Promise<{ fake: FakeVault; token: string }> {
  const token = `hvs.${randomBytes(24).toString('base64url')}`
  const fake = await startFakeVault({ tokens: [token] })
  closers.push(() => fake.close())
  return { fake, token }
}

async function artifactService(): Promise<FakeArtifactService> {
  const fake = await startFakeArtifactService()
  closers.push(() => fake.close())
  return fake
}

/** A Vault that is sealed, or behind a broken proxy: 503 to everything, and no wait asked before a retry. */
async function unavailableVault(): Promise<{ url: string; requests: () => number }> {
  let requests = 0
  const server: Server = createServer((req, res) => {
    requests += 1
    req.resume()
    res
      .writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' })
      .end(JSON.stringify({ errors: ['Vault is sealed'] }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => requests }
}

/** The masks the runner was given: what it will hide should anything print it after all. */
function masked(run: ActionRun): Set<string> {
  return new Set(
    run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length)),
  )
}

/** The message of `::error::`, unescaped as the runner shows it (core escapes %, CR and LF). */
function errorMessage(run: ActionRun): string {
  const line = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return line.slice('::error::'.length).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
}

function accountKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
}

describe('every destination at once', () => {
  it('delivers everywhere and leaves no secret anywhere readable', async () => {
    const gh = await github()
    const kv = await vault()
    const artifacts = await artifactService()
    const identity = await generateIdentity()
    const recipient = await identityToRecipient(identity)
    const accountKey = accountKeyPem()
    const pfxPassword = `pfx-${randomBytes(18).toString('base64url')}`
    const env = await rfc2136Env()

    const run = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        account_key: accountKey,
        pfx_password: pfxPassword,
        store: 'artifact, github-secrets, vault',
        artifact_recipient: recipient,
        artifact_retention_days: '3',
        secrets_token: gh.token,
        vault_addr: kv.fake.url,
        vault_path: VAULT_PATH,
        vault_token: kv.token,
      }),
      env: { ...env, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.fake.url, ...artifacts.env },
    })
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)

    const { outputs } = run
    const read = (path: string | undefined) => readFile(path as string, 'utf8')
    const [certificate, chain, fullchain, key] = await Promise.all([
      read(outputs.certificate_path),
      read(outputs.chain_path),
      read(outputs.fullchain_path),
      read(outputs.private_key_path),
    ])
    expect(key).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)

    // outputs: the public PEM, the PKCS#12 file, the artifact
    expect(outputs.issued).toBe('true')
    expect(outputs.certificate).toBe(fullchain)
    expect(outputs.pfx_path).toBe(join(outputs.certificate_path as string, '..', 'cert.pfx'))
    expect((await stat(outputs.pfx_path as string)).mode & 0o777).toBe(0o600)
    const pfx = execFileSync(
      'openssl',
      ['pkcs12', '-in', outputs.pfx_path as string, '-passin', 'env:PFX_PASSWORD', '-nodes'],
      { env: { ...process.env, OPENSSL_CONF: '/dev/null', PFX_PASSWORD: pfxPassword }, encoding: 'utf8' },
    )
    expect(pfx).toContain(key.split('\n')[1])
    expect(outputs.artifact_name).toBe(ARTIFACT)

    // github-secrets: the fake opened the sealed boxes with its private key
    expect(gh.fake.secret('repo', 'TLS_CERTIFICATE')?.plaintext).toBe(fullchain)
    expect(gh.fake.secret('repo', 'TLS_PRIVATE_KEY')?.plaintext).toBe(key)
    const state = JSON.parse(gh.fake.variable('repo', 'TLS_CERTIFICATE_STATE')?.value ?? '{}')
    expect(state).toMatchObject({ names: [DOMAIN], serial: outputs.serial, not_after: outputs.not_after })

    // vault: one version holding the set, and the public facts as metadata
    const entry = kv.fake.entry('secret', VAULT_PATH)
    expect(entry?.versions).toHaveLength(1)
    expect(entry?.versions[0]?.data).toMatchObject({
      certificate,
      chain,
      fullchain,
      private_key: key,
      serial: outputs.serial,
      not_after: outputs.not_after,
      names: DOMAIN,
    })
    expect(entry?.customMetadata).toMatchObject({ serial: outputs.serial, not_after: outputs.not_after })

    // artifact: the public PEMs and the key sealed to the recipient, never the key in the clear
    const uploaded = artifacts.artifact(ARTIFACT)
    expect(uploaded?.finalized).toBeDefined()
    // the storage client's own protocol (blocks, then the list), not a shortcut
    expect(
      artifacts.requests.map((r) => `${r.method} ${r.url.replace(/^\/twirp\/[^/]+\//, '').split('?')[0]}`),
    ).toEqual([
      'POST CreateArtifact',
      expect.stringMatching(/^PUT \/devstoreaccount1\/actions-results\/.+\.zip$/),
      expect.stringMatching(/^PUT \/devstoreaccount1\/actions-results\/.+\.zip$/),
      'POST FinalizeArtifact',
    ])
    expect(artifacts.requests[1]?.url).toMatch(/[?&]comp=block&/)
    expect(artifacts.requests[2]?.url).toMatch(/[?&]comp=blocklist$/)
    // artifact_retention_days reached the service as an expiry three days out
    const days = (Date.parse(uploaded?.expiresAt ?? '') - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(2.9)
    expect(days).toBeLessThanOrEqual(3)
    expect(outputs.artifact_id).toBe(String(uploaded?.id))
    const entries = artifacts.entries(ARTIFACT)
    expect([...entries.keys()].sort()).toEqual(['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem.age'])
    expect(entries.get('cert.pem')?.data.toString()).toBe(certificate)
    expect(entries.get('chain.pem')?.data.toString()).toBe(chain)
    expect(entries.get('fullchain.pem')?.data.toString()).toBe(fullchain)
    const decrypter = new Decrypter()
    decrypter.addIdentity(identity)
    expect(await decrypter.decrypt(entries.get('privkey.pem.age')?.data as Buffer, 'text')).toBe(key)
    for (const [name, { data }] of entries) {
      expect(
        pieces(key).filter((piece) => data.includes(piece)),
        `${name} holds the key`,
      ).toEqual([])
    }

    // the job summary names the four destinations
    for (const store of ['files', 'artifact', 'github-secrets', 'vault'])
      expect(run.summary).toMatch(new RegExp(`^\\| ${store} \\| delivered \\| `, 'm'))
    expect(run.summary).not.toMatch(/failed/)

    // nothing secret is readable anywhere, and the runner was told to hide each secret the action holds
    const secrets = {
      'the TSIG secret': env.RFC2136_TSIG_SECRET as string,
      'the account key': accountKey,
      'the certificate key': key,
      'the PKCS#12 password': pfxPassword,
      'the secrets_token': gh.token,
      'the vault_token': kv.token,
      'the artifact runtime token': artifacts.runtimeToken,
      'the age identity': identity,
    }
    expect(await leaks(run, secrets)).toEqual([])
    // (a PEM as a whole is masked too, but escaped onto one line: its lines are what the runner matches)
    const masks = masked(run)
    const lines = (pem: string) => pieces(pem).slice(1)
    for (const secret of [
      env.RFC2136_TSIG_SECRET,
      pfxPassword,
      gh.token,
      kv.token,
      ...lines(accountKey),
      ...lines(key),
    ])
      expect(masks).toContain(secret)

    // the TXT values written for the run are gone, the one there before stays
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })
})

describe('a failing destination', () => {
  it('never loses the certificate: the others and the files keep it, and the error says where it is', async () => {
    const gh = await github()
    const sealed = await unavailableVault()
    const vaultToken = `hvs.${randomBytes(24).toString('base64url')}`

    const run = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        store: 'github-secrets, vault',
        secrets_token: gh.token,
        vault_addr: sealed.url,
        vault_path: VAULT_PATH,
        vault_token: vaultToken,
      }),
      env: { ...(await rfc2136Env()), GITHUB_REPOSITORY: REPO, GITHUB_API_URL: gh.fake.url },
    })
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(1)
    // the first try and every retry answered 503
    expect(sealed.requests()).toBeGreaterThan(1)

    const { outputs } = run
    const message = errorMessage(run)
    expect(message).toMatch(/^The certificate was issued, but not every destination has it\.\n/)
    expect(message).toContain(
      `  delivered (files): files in ${join(outputs.certificate_path as string, '..')}: cert.pem`,
    )
    expect(message).toContain(
      `  delivered (github-secrets): repository ${REPO}: secrets TLS_CERTIFICATE, TLS_PRIVATE_KEY`,
    )
    expect(message).toMatch(/\n {2}FAILED \(vault\): .*503/)
    expect(message).not.toContain(vaultToken)

    // the files, the key 0600
    const key = await readFile(outputs.private_key_path as string, 'utf8')
    const fullchain = await readFile(outputs.fullchain_path as string, 'utf8')
    expect((await stat(outputs.private_key_path as string)).mode & 0o777).toBe(0o600)
    expect(key).toMatch(/BEGIN PRIVATE KEY/)
    // the destination that works has it
    expect(gh.fake.secret('repo', 'TLS_PRIVATE_KEY')?.plaintext).toBe(key)
    expect(gh.fake.secret('repo', 'TLS_CERTIFICATE')?.plaintext).toBe(fullchain)
    // the summary tells both stories
    expect(run.summary).toMatch(/^\| files \| delivered \| /m)
    expect(run.summary).toMatch(/^\| github-secrets \| delivered \| /m)
    expect(run.summary).toMatch(/^\| vault \| \*\*failed\*\* \| .*503/m)
    // the step outputs are set: a later step can still use the certificate
    expect(outputs.issued).toBe('true')
    expect(outputs.certificate).toBe(fullchain)
    for (const name of ['certificate_path', 'private_key_path', 'fullchain_path', 'chain_path', 'serial'])
      expect(outputs[name], name).toBeTruthy()
    expect(await leaks(run, { 'the certificate key': key, 'the vault_token': vaultToken })).toEqual([])
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })
})

describe('an artifact name the run has already', () => {
  it('fails that destination only, with the hint to set artifact_name', async () => {
    const artifacts = await startFakeArtifactService({ existingNames: [ARTIFACT] })
    closers.push(() => artifacts.close())
    const run = await runAction({
      inputs: bedInputs({ domain: DOMAIN, dns_provider: 'rfc2136', store: 'artifact' }),
      env: { ...(await rfc2136Env()), ...artifacts.env },
    })
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(1)
    const message = errorMessage(run)
    expect(message).toMatch(/\n {2}delivered \(files\): /)
    expect(message).toMatch(
      new RegExp(
        `\\n {2}FAILED \\(artifact\\): artifact "${ARTIFACT}": the upload failed: .*409.*set artifact_name`,
      ),
    )
    // 409 is final: no retry, nothing uploaded
    expect(artifacts.requests.map((r) => r.status)).toEqual([409])
    expect(run.outputs.certificate_path).toBeTruthy()
    expect(run.outputs.artifact_name).toBeUndefined()
  })
})

describe('a destination refusing its input', () => {
  it('stops before any TXT record or order, naming the input', async () => {
    const ordersBefore = await pebbleOrders()
    const run = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        store: 'vault',
        vault_addr: 'http://127.0.0.1:1',
        vault_token: `hvs.${randomBytes(24).toString('base64url')}`,
      }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    expect(errorMessage(run)).toMatch(/`vault_path` is required for store vault/)
    expect(run.stdout).not.toMatch(/Order created|TXT written/)
    // the record list is saved before the first write: none saved, none written
    expect(run.state.records).toBeUndefined()
    expect(await pebbleOrders()).toBe(ordersBefore)
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })

  it('refuses an age identity pasted as artifact_recipient without showing it', async () => {
    const identity = await generateIdentity()
    const ordersBefore = await pebbleOrders()
    const run = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        store: 'artifact',
        artifact_recipient: identity,
      }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    expect(errorMessage(run)).toMatch(/`artifact_recipient` is an age identity, a secret key/)
    expect(run.stdout + run.stderr).not.toContain(identity)
    expect(run.state.records).toBeUndefined()
    expect(await pebbleOrders()).toBe(ordersBefore)
  })
})
