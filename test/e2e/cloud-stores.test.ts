// End to end with the cloud destinations: the real bundle issues from Pebble through the BIND alias zone, then
// delivers to local fakes of ACM + Secrets Manager (SigV4 checked with the known secrets), Key Vault (Entra tokens)
// and Secret Manager (Google tokens), signed in by static credentials and by the workflow's OIDC token. A second,
// forced run renews into the same ACM ARN, the same Key Vault certificate and the same secrets.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { bedInputs, pebbleOrders, rfc2136Env } from '../support/bed.js'
import { type FakeAws, startFakeAws } from '../support/fake-aws.js'
import { type FakeAzure, startFakeAzure } from '../support/fake-azure.js'
import { type FakeGoogle, startFakeGoogle } from '../support/fake-google.js'
import { leaks } from '../support/leaks.js'
import { type ActionRun, runAction } from '../support/run-action.js'

const DOMAIN = 'www.example.test'
const REGION = 'us-east-1'
const ROLE = 'arn:aws:iam::123456789012:role/certalias'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

/** Two runs of the bundle with the same inputs: the first issues, the second is forced to renew. */
async function issueTwice(
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<[ActionRun, ActionRun]> {
  const base = { ...(await rfc2136Env()), ...env }
  const first = await runAction({
    inputs: bedInputs({ domain: DOMAIN, dns_provider: 'rfc2136', ...inputs }),
    env: base,
  })
  expect(first.code, `${first.stdout}\n${first.stderr}`).toBe(0)
  const second = await runAction({
    inputs: bedInputs({ domain: DOMAIN, dns_provider: 'rfc2136', force_renew: 'true', ...inputs }),
    env: base,
  })
  expect(second.code, `${second.stdout}\n${second.stderr}`).toBe(0)
  return [first, second]
}

async function filesOf(run: ActionRun) {
  const [certificate, chain, key] = await Promise.all(
    [run.outputs.certificate_path, run.outputs.chain_path, run.outputs.private_key_path].map((path) =>
      readFile(path as string, 'utf8'),
    ),
  )
  return { certificate: certificate as string, chain: chain as string, key: key as string }
}

describe('aws-acm and aws-secrets-manager', () => {
  async function aws(options: Partial<Parameters<typeof startFakeAws>[0]> = {}): Promise<FakeAws> {
    const fake = await startFakeAws({ region: REGION, roles: [ROLE], ...options })
    closers.push(() => fake.close())
    return fake
  }
  const inputs = {
    store: 'aws-acm, aws-secrets-manager',
    aws_region: REGION,
    aws_secret_name: `tls/${DOMAIN}`,
  }

  /** What both sign-in ways must end with: one ACM certificate re-imported, two secret versions, the right outputs. */
  async function expectDelivered(fake: FakeAws, runs: [ActionRun, ActionRun]) {
    const [first, second] = runs
    expect(first.outputs.acm_certificate_arn).toMatch(/^arn:aws:acm:us-east-1:123456789012:certificate\//)
    expect(second.outputs.acm_certificate_arn).toBe(first.outputs.acm_certificate_arn)
    expect(second.outputs.aws_secret_arn).toBe(first.outputs.aws_secret_arn)
    const [certificate] = [...fake.certificates.values()]
    expect(fake.certificates.size).toBe(1)
    expect(certificate?.imports).toBe(2)
    expect(certificate?.tags).toEqual([{ Key: 'certalias', Value: DOMAIN }])
    const files = await filesOf(second)
    expect(certificate?.certificate).toBe(files.certificate)
    expect(certificate?.privateKey).toBe(files.key)
    const secret = fake.secrets.get(`tls/${DOMAIN}`)
    expect(secret?.versions).toHaveLength(2)
    expect(JSON.parse(secret?.versions[1]?.value ?? '{}')).toMatchObject({
      certificate: files.certificate,
      chain: files.chain,
      private_key: files.key,
      serial: second.outputs.serial,
      domains: [DOMAIN],
    })
    // the second run read the current certificate from both before it was forced to renew
    expect(second.stdout).toMatch(/^Current certificate \(AWS (Certificate Manager|Secrets Manager) /m)
    expect(
      fake.requests.filter((r) => r.operation === 'CertificateManager.GetCertificate' && r.status === 200),
    ).toHaveLength(1)
    // Secrets Manager: once for the decision, once more before the order (is the name deleted softly?)
    expect(
      fake.requests.filter((r) => r.operation === 'secretsmanager.GetSecretValue' && r.status === 200),
    ).toHaveLength(2)
    for (const run of runs) {
      expect(run.summary).toMatch(/^\| aws-acm \| delivered \| /m)
      expect(run.summary).toMatch(/^\| aws-secrets-manager \| delivered \| /m)
    }
    return files
  }

  it('with static access keys: imports, then re-imports into the same ARN, and leaks nothing', async () => {
    const keyId = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`
    const secretKey = randomBytes(30).toString('base64')
    const fake = await aws({ accessKeys: { [keyId]: secretKey } })
    const runs = await issueTwice(inputs, {
      AWS_ACCESS_KEY_ID: keyId,
      AWS_SECRET_ACCESS_KEY: secretKey,
      AWS_ENDPOINT_URL_ACM: fake.url,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: fake.url,
    })
    const files = await expectDelivered(fake, runs)
    for (const run of runs) {
      expect(
        await leaks(run, { 'the secret access key': secretKey, 'the certificate key': files.key }),
      ).toEqual([])
    }
  })

  it('with AWS_ROLE_ARN: the OIDC token assumes the role at STS (through AWS_ENDPOINT_URL), and leaks nothing', async () => {
    const fake = await aws({ stsFailures: 1 })
    const runs = await issueTwice(inputs, { AWS_ROLE_ARN: ROLE, AWS_ENDPOINT_URL: fake.url, ...fake.oidcEnv })
    const files = await expectDelivered(fake, runs)
    expect(
      fake.requests.some((r) => r.operation === 'sts:AssumeRoleWithWebIdentity' && r.status === 400),
    ).toBe(true)
    const sessions = Object.fromEntries(
      fake.sessions.flatMap((s, i) => [
        [`session secret ${i}`, s.secret],
        [`session token ${i}`, s.token],
      ]),
    )
    const oidcTokens = Object.fromEntries(
      [...fake.oidc.issued.keys()].map((token, i) => [`OIDC token ${i}`, token]),
    )
    for (const run of runs) {
      expect(
        await leaks(run, {
          ...sessions,
          ...oidcTokens,
          'the OIDC request token': fake.oidc.requestToken,
          'the certificate key': files.key,
        }),
      ).toEqual([])
    }
  })
})

/** A local AWS that signs in with access keys (`denied` may change between runs), and the env pointing at it. */
async function awsWithKeys(denied: string[]): Promise<{ fake: FakeAws; env: Record<string, string> }> {
  const keyId = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`
  const secretKey = randomBytes(30).toString('base64')
  const fake = await startFakeAws({ region: REGION, accessKeys: { [keyId]: secretKey }, denied })
  closers.push(() => fake.close())
  const env = {
    ...(await rfc2136Env()),
    AWS_ACCESS_KEY_ID: keyId,
    AWS_SECRET_ACCESS_KEY: secretKey,
    AWS_ENDPOINT_URL_ACM: fake.url,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: fake.url,
  }
  return { fake, env }
}

/** A run of the bundle, and how many orders it made at Pebble. */
async function counted(run: () => Promise<ActionRun>): Promise<{ run: ActionRun; orders: number }> {
  const before = await pebbleOrders()
  const done = await run()
  return { run: done, orders: (await pebbleOrders()) - before }
}

const ok = (run: ActionRun) => expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
const failed = (run: ActionRun) => run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''

describe('a pull request closed, then reopened: stores that delete softly take the next certificate', () => {
  const preview = (inputs: Record<string, string>, mode = 'issue') =>
    bedInputs({ mode, domain: DOMAIN, dns_provider: 'rfc2136', ...inputs })

  it('aws-secrets-manager: revoke deletes without a recovery window; a secret scheduled for deletion is restored before ordering, or the run stops before ordering', async () => {
    const denied: string[] = []
    const { fake, env } = await awsWithKeys(denied)
    const inputs = { store: 'aws-secrets-manager', aws_region: REGION, aws_secret_name: 'previews/pr-5' }
    const secret = () => fake.secrets.get('previews/pr-5')

    ok((await counted(() => runAction({ inputs: preview(inputs), env }))).run)
    const closed = await runAction({ inputs: preview(inputs, 'revoke'), env })
    ok(closed)
    expect(closed.outputs.revoked).toBe('true')
    expect(secret()).toBeUndefined()

    const reopened = await counted(() => runAction({ inputs: preview(inputs), env }))
    ok(reopened.run)
    expect(reopened.orders).toBe(1)
    expect(JSON.parse(secret()?.versions.at(-1)?.value ?? '{}').serial).toBe(reopened.run.outputs.serial)

    // scheduled for deletion by hand (or by an earlier release's revoke): every write is refused until restored
    const scheduled = secret()
    if (scheduled) scheduled.deletionDate = Math.floor(Date.now() / 1000) + 30 * 86400
    const restored = await counted(() => runAction({ inputs: preview(inputs), env }))
    ok(restored.run)
    expect(restored.orders).toBe(1)
    expect(restored.run.stdout).toMatch(
      /restored AWS Secrets Manager us-east-1 previews\/pr-5, which was scheduled for deletion/,
    )
    expect(secret()?.deletionDate).toBeUndefined()
    expect(JSON.parse(secret()?.versions.at(-1)?.value ?? '{}').serial).toBe(restored.run.outputs.serial)

    // a run that fails after restoring (here the DNS write) puts the secret back as it found it: scheduled for
    // deletion, so that the next run does not take the certificate it holds for the one in use
    if (scheduled) scheduled.deletionDate = Math.floor(Date.now() / 1000) + 30 * 86400
    const dnsRefused = await runAction({
      inputs: preview(inputs),
      env: { ...env, RFC2136_TSIG_SECRET: randomBytes(32).toString('base64') },
    })
    expect(dnsRefused.code).toBe(1)
    expect(dnsRefused.stdout).toMatch(
      /::warning::Put back \(aws-secrets-manager: scheduled AWS Secrets Manager us-east-1 previews\/pr-5 for deletion again/,
    )
    expect(secret()?.deletionDate).toBeDefined()

    // a role that may not restore: found before any order is spent
    denied.push('secretsmanager:RestoreSecret')
    const refused = await counted(() => runAction({ inputs: preview(inputs), env }))
    expect(refused.run.code).toBe(1)
    expect(refused.orders).toBe(0)
    expect(failed(refused.run)).toMatch(
      /previews\/pr-5 is scheduled for deletion, and Secrets Manager refuses every write to it until it is restored: .*secretsmanager:RestoreSecret.*Nothing was ordered/,
    )
  })

  it('azure-key-vault: revoke purges; with purge protection the reopened run recovers the name before ordering, or stops before ordering', async () => {
    const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
    const CLIENT = '3b6f1c2a-0d4e-4f5a-9b8c-7d6e5f4a3b2c'
    const secret = `azs~${randomBytes(24).toString('base64url')}`
    const env = async (fake: FakeAzure) => ({
      ...(await rfc2136Env()),
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_CLIENT_SECRET: secret,
      AZURE_AUTHORITY_URL: fake.url,
    })
    const vaultWith = async (options: { purgeProtection?: boolean; denied?: string[] }) => {
      const fake = await startFakeAzure({
        tenant: TENANT,
        clientId: CLIENT,
        clientSecret: secret,
        ...options,
      })
      closers.push(() => fake.close())
      return fake
    }
    // Key Vault keeps the key to itself: the revocation is signed by the account
    const accountKey = generateKeyPairSync('ec', {
      namedCurve: 'prime256v1',
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }).privateKey
    const inputs = (fake: FakeAzure) => ({
      store: 'azure-key-vault',
      azure_key_vault_url: fake.url,
      account_key: accountKey,
    })
    const name = 'www-example-test'

    // purged at revoke: the name is free at once
    const purging = await vaultWith({})
    ok(await runAction({ inputs: preview(inputs(purging)), env: await env(purging) }))
    ok(await runAction({ inputs: preview(inputs(purging), 'revoke'), env: await env(purging) }))
    expect(purging.deleted.has(name)).toBe(false)
    const reopened = await counted(async () =>
      runAction({ inputs: preview(inputs(purging)), env: await env(purging) }),
    )
    ok(reopened.run)
    expect(reopened.orders).toBe(1)
    expect(purging.certificates.get(name)).toHaveLength(1)

    // purge protection: soft-deleted for its retention, recovered before the next order
    const denied: string[] = []
    const protectedVault = await vaultWith({ purgeProtection: true, denied })
    ok(await runAction({ inputs: preview(inputs(protectedVault)), env: await env(protectedVault) }))
    const closed = await runAction({
      inputs: preview(inputs(protectedVault), 'revoke'),
      env: await env(protectedVault),
    })
    ok(closed)
    expect(closed.stdout).toMatch(/stays soft-deleted until .*an issuing run recovers it first/)
    expect(protectedVault.deleted.has(name)).toBe(true)

    denied.push('certificates/recover')
    const refused = await counted(async () =>
      runAction({ inputs: preview(inputs(protectedVault)), env: await env(protectedVault) }),
    )
    expect(refused.run.code).toBe(1)
    expect(refused.orders).toBe(0)
    expect(failed(refused.run)).toMatch(
      /certificate www-example-test is deleted \(recoverable until .*\), and Key Vault refuses an import under its name until it is recovered or purged: .*certificates\/recover.*Nothing was ordered/,
    )

    denied.splice(0)
    const recovered = await counted(async () =>
      runAction({ inputs: preview(inputs(protectedVault)), env: await env(protectedVault) }),
    )
    ok(recovered.run)
    expect(recovered.orders).toBe(1)
    expect(recovered.run.stdout).toMatch(
      /recovered Azure Key Vault .* certificate www-example-test, which was deleted/,
    )
    expect(
      protectedVault.certificates
        .get(name)
        ?.map((v) => v.id)
        .at(-1),
    ).toBe(recovered.run.outputs.azure_certificate_id)
  })
})

describe('a destination that missed a delivery', () => {
  it('gets the current certificate from the next run, though nothing is due: the ACM certificate in use never expires while Secrets Manager holds its renewal', async () => {
    const denied = ['acm:ImportCertificate']
    const { fake, env } = await awsWithKeys(denied)
    const inputs = bedInputs({
      domain: DOMAIN,
      dns_provider: 'rfc2136',
      store: 'aws-acm, aws-secrets-manager',
      aws_region: REGION,
      aws_secret_name: 'tls/missed',
    })
    const first = await runAction({ inputs, env })
    expect(first.code).toBe(1)
    expect(failed(first)).toMatch(/FAILED \(aws-acm\)/)
    expect(fake.certificates.size).toBe(0)

    denied.splice(0)
    const next = await counted(() => runAction({ inputs, env }))
    ok(next.run)
    expect(next.orders).toBe(0)
    expect(next.run.outputs).toMatchObject({ issued: 'false', serial: first.outputs.serial })
    const [imported] = [...fake.certificates.values()]
    expect(imported?.certificate).toBe(await readFile(first.outputs.certificate_path as string, 'utf8'))
    expect(next.run.outputs.acm_certificate_arn).toBe(imported?.arn)
    expect(next.run.stdout).toMatch(
      new RegExp(`aws-acm lacks the current certificate \\(serial ${first.outputs.serial}\\): delivered it`),
    )

    // both hold it now: a third run delivers nothing
    const third = await runAction({ inputs, env })
    ok(third)
    expect(imported?.imports).toBe(1)
    expect(third.stdout).not.toMatch(/lacks the current certificate/)
  })
})

describe('azure-key-vault', () => {
  const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
  const CLIENT = '3b6f1c2a-0d4e-4f5a-9b8c-7d6e5f4a3b2c'

  async function azure(clientSecret?: string): Promise<FakeAzure> {
    const fake = await startFakeAzure({
      tenant: TENANT,
      clientId: CLIENT,
      ...(clientSecret ? { clientSecret } : {}),
    })
    closers.push(() => fake.close())
    return fake
  }

  it('with a client secret: imports the certificate under the name made of the primary name', async () => {
    const secret = `azs~${randomBytes(24).toString('base64url')}`
    const fake = await azure(secret)
    const run = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        store: 'azure-key-vault',
        azure_key_vault_url: fake.url,
      }),
      env: {
        ...(await rfc2136Env()),
        AZURE_TENANT_ID: TENANT,
        AZURE_CLIENT_ID: CLIENT,
        AZURE_CLIENT_SECRET: secret,
        AZURE_AUTHORITY_URL: fake.url,
      },
    })
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
    const [version] = fake.certificates.get('www-example-test') ?? []
    expect(run.outputs.azure_certificate_id).toBe(version?.id)
    const files = await filesOf(run)
    expect(version?.pem).toContain(files.key.trim())
    expect(await leaks(run, { 'the client secret': secret, 'the certificate key': files.key })).toEqual([])
  })

  it('with the federated credential (OIDC): a forced renewal adds a version of the same certificate', async () => {
    const fake = await azure()
    const runs = await issueTwice(
      { store: 'azure-key-vault', azure_key_vault_url: fake.url, azure_certificate_name: 'www' },
      { AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT, AZURE_AUTHORITY_URL: fake.url, ...fake.oidcEnv },
    )
    const versions = fake.certificates.get('www') ?? []
    expect(versions.map((v) => v.id)).toEqual(runs.map((run) => run.outputs.azure_certificate_id))
    expect(runs[1].stdout).toMatch(/^Current certificate \(Azure Key Vault .* certificate www /m)
    const files = await filesOf(runs[1])
    const tokens = Object.fromEntries([...fake.tokens.keys()].map((token, i) => [`access token ${i}`, token]))
    for (const run of runs)
      expect(await leaks(run, { ...tokens, 'the certificate key': files.key })).toEqual([])
  })
})

describe('gcp-secret-manager', () => {
  const SA = 'certalias@tls-project.iam.gserviceaccount.com'
  const WIF = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/certalias'
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })

  async function google(): Promise<FakeGoogle> {
    const fake = await startFakeGoogle({
      project: 'tls-project',
      projectNumber: '123456789',
      serviceAccount: SA,
      publicKey,
      workloadProvider: WIF,
    })
    closers.push(() => fake.close())
    return fake
  }
  const endpoints = (fake: FakeGoogle) => ({
    GOOGLE_OAUTH_URL: fake.url,
    GOOGLE_STS_URL: fake.url,
    GOOGLE_IAM_URL: fake.url,
    GOOGLE_SECRET_MANAGER_URL: fake.url,
  })

  it('with a service account key: creates the secret and adds the JSON set', async () => {
    const fake = await google()
    const key = JSON.stringify({
      type: 'service_account',
      project_id: 'tls-project',
      private_key: privateKey,
      client_email: SA,
    })
    const run = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        store: 'gcp-secret-manager',
        gcp_secret_name: 'tls-www',
      }),
      env: { ...(await rfc2136Env()), GCE_SERVICE_ACCOUNT: key, ...endpoints(fake) },
    })
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
    expect(run.outputs.gcp_secret_version).toBe('projects/123456789/secrets/tls-www/versions/1')
    const files = await filesOf(run)
    const stored = JSON.parse(fake.secrets.get('tls-www')?.[0]?.data.toString() ?? '{}')
    expect(stored).toMatchObject({
      certificate: files.certificate,
      private_key: files.key,
      serial: run.outputs.serial,
    })
    expect(
      await leaks(run, { 'the service account key': privateKey, 'the certificate key': files.key }),
    ).toEqual([])
  })

  it('with workload identity (OIDC): a forced renewal adds version 2', async () => {
    const fake = await google()
    const runs = await issueTwice(
      { store: 'gcp-secret-manager', gcp_secret_name: 'tls-www', gcp_project: 'tls-project' },
      {
        GCE_WORKLOAD_IDENTITY_PROVIDER: WIF,
        GCE_SERVICE_ACCOUNT_EMAIL: SA,
        ...endpoints(fake),
        ...fake.oidcEnv,
      },
    )
    expect(runs.map((run) => run.outputs.gcp_secret_version)).toEqual([
      'projects/123456789/secrets/tls-www/versions/1',
      'projects/123456789/secrets/tls-www/versions/2',
    ])
    expect(runs[1].stdout).toMatch(
      /^Current certificate \(Google Secret Manager projects\/tls-project\/secrets\/tls-www \(1\)\)/m,
    )
    const files = await filesOf(runs[1])
    const tokens = Object.fromEntries([...fake.accessTokens].map((token, i) => [`access token ${i}`, token]))
    for (const run of runs)
      expect(
        await leaks(run, {
          ...tokens,
          'the OIDC request token': fake.oidc.requestToken,
          'the certificate key': files.key,
        }),
      ).toEqual([])
  })
})
