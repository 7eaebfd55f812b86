// End to end: pull-request preview environments, driven by real event payloads (GITHUB_EVENT_NAME and
// GITHUB_EVENT_PATH as the runner sets them). A certificate per pull request in Vault: opened issues,
// synchronize keeps it, closed revokes it at the CA (checked on Pebble's management interface) and removes it;
// a shared wildcard: the first pull request issues, the next ones get it from the store; a fork gets a notice.
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer as createTlsServer } from 'node:tls'
import { afterEach, describe, expect, it } from 'vitest'
import { type AcmeProxy, startAcmeProxy } from '../support/acme-proxy.js'
import { bedInputs, rfc2136Env, topology, trustingPebble, txtAt } from '../support/bed.js'
import { type FakeGithub, startFakeGithub } from '../support/fake-github.js'
import { type FakeVault, startFakeVault } from '../support/fake-vault.js'
import { type ActionRun, runAction } from '../support/run-action.js'

const REPO = 'octo/app'
const ZONE = topology.ZONES.bindAlias // written directly: each preview name gets its own owner, no CNAME needed

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

const ok = (run: ActionRun) => expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
const notices = (run: ActionRun) => run.stdout.split('\n').filter((l) => l.startsWith('::notice::'))

/** The runner's event files: the payload GitHub sends for a pull request, from this repository or a fork. */
async function pullRequestEvent(
  action: string,
  number: number,
  options: { fork?: string; name?: string; actor?: string } = {},
): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'certalias-event-'))
  const path = join(dir, 'event.json')
  const payload = {
    action,
    number,
    pull_request: {
      number,
      state: action === 'closed' ? 'closed' : 'open',
      head: { ref: `feature-${number}`, repo: { full_name: options.fork ?? REPO } },
      base: { ref: 'main', repo: { full_name: REPO } },
    },
    repository: { full_name: REPO },
  }
  await writeFile(path, JSON.stringify(payload))
  return {
    GITHUB_EVENT_NAME: options.name ?? 'pull_request',
    GITHUB_EVENT_PATH: path,
    GITHUB_ACTOR: options.actor ?? 'octocat',
    GITHUB_REPOSITORY: REPO,
  }
}

/** What Pebble's management interface says of a serial: "Valid" or "Revoked". */
async function statusAtCa(serial: string): Promise<string> {
  const { Agent, request } = await import('undici')
  const dispatcher = new Agent({ connect: { ca: await readFile(process.env.NODE_EXTRA_CA_CERTS as string) } })
  const hex = serial.replace(/^0+/, '')
  const response = await request(`${topology.ACME_MANAGEMENT}/cert-status-by-serial/${hex}`, { dispatcher })
  const body = (await response.body.json()) as { Status?: string }
  await dispatcher.close()
  return String(body.Status)
}

async function vault(): Promise<{ fake: FakeVault; token: string }> {
  const token = `hvs.${randomBytes(24).toString('base64url')}`
  const fake = await startFakeVault({ tokens: [token] })
  closers.push(() => fake.close())
  return { fake, token }
}

describe('a certificate per pull request, kept in Vault', () => {
  it('opened issues, synchronize keeps it, closed revokes and removes it, a second closed finds nothing', async () => {
    const kv = await vault()
    const number = 41
    const steps = async (action: string, mode = 'issue') => {
      const started = Date.now()
      const run = await runAction({
        inputs: bedInputs({
          mode,
          domain: `pr-${number}.${ZONE}`,
          dns_provider: 'rfc2136',
          store: 'vault',
          vault_addr: kv.fake.url,
          vault_token: kv.token,
          vault_path: `previews/pr-${number}`,
        }),
        env: { ...(await rfc2136Env()), ...(await pullRequestEvent(action, number)) },
      })
      ok(run)
      return { run, ms: Date.now() - started }
    }

    const opened = await steps('opened')
    expect(opened.run.outputs).toMatchObject({ issued: 'true', reason: 'no current certificate' })
    const serial = opened.run.outputs.serial as string
    expect(await statusAtCa(serial)).toBe('Valid')

    const synchronized = await steps('synchronize')
    expect(synchronized.run.outputs).toMatchObject({ issued: 'false', serial })
    expect(synchronized.run.outputs.private_key_path).toBeDefined()

    const closed = await steps('closed', 'revoke')
    expect(closed.run.outputs).toMatchObject({ revoked: 'true', serial })
    expect(await statusAtCa(serial)).toBe('Revoked')
    expect(kv.fake.entry('secret', `previews/pr-${number}`)).toBeUndefined()
    expect(closed.run.stdout).toMatch(
      /Revoked at .* \(reason cessationOfOperation, signed by the account key\)/,
    )
    expect(closed.run.summary).toContain('## certalias: certificate revoked')

    const again = await steps('closed', 'revoke')
    expect(again.run.outputs.revoked).toBe('false')
    expect(again.run.stdout).toContain('Nothing to revoke')
    // no challenge value left at the preview's owner
    expect(await txtAt(topology.BIND, `_acme-challenge.pr-${number}.${ZONE}`)).toEqual([])
    console.log(
      `preview lifecycle on the bed: opened ${opened.ms} ms, synchronize ${synchronized.ms} ms, closed ${closed.ms} ms, closed again ${again.ms} ms`,
    )
  })

  it('a pull request from a fork, or by Dependabot, succeeds with a notice and no certificate; elsewhere missing credentials fail', async () => {
    const inputs = bedInputs({ domain: `pr-7.${ZONE}`, dns_provider: 'rfc2136' })
    const fork = await runAction({
      inputs,
      env: await pullRequestEvent('opened', 7, { fork: 'mallory/app' }),
    })
    ok(fork)
    expect(fork.outputs).toMatchObject({
      issued: 'false',
      reason: 'no credentials: pull request #7 comes from the fork mallory/app',
    })
    expect(notices(fork).join('\n')).toMatch(
      /No certificate was made: .*RFC2136_NAMESERVER.*pull_request_target/,
    )
    expect(fork.stdout).not.toMatch(/Order created|TXT written/)

    // a provider that could find credentials on the machine (route53's AWS chain) still makes none for a fork
    const awsFork = await runAction({
      inputs: bedInputs({ domain: `pr-11.${ZONE}`, dns_provider: 'route53' }),
      env: await pullRequestEvent('opened', 11, { fork: 'mallory/app' }),
    })
    ok(awsFork)
    expect(awsFork.outputs.issued).toBe('false')
    expect(notices(awsFork).join('\n')).toMatch(/No certificate was made: .*AWS_ROLE_ARN/)

    const dependabot = await runAction({
      inputs,
      env: await pullRequestEvent('opened', 8, { actor: 'dependabot[bot]' }),
    })
    ok(dependabot)
    expect(dependabot.outputs.reason).toBe('no credentials: pull request #8 was opened by Dependabot')

    const push = await runAction({ inputs, env: { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: REPO } })
    expect(push.code).toBe(1)
    expect(push.stdout).toMatch(/::error::.*needs RFC2136_NAMESERVER/)

    // an input wrong besides the credentials is the workflow's mistake, fork or not: it fails, naming both
    const broken = await runAction({
      inputs: { ...inputs, key_type: 'ec-p999' },
      env: await pullRequestEvent('opened', 10, { fork: 'mallory/app' }),
    })
    expect(broken.code).toBe(1)
    expect(broken.stdout).toMatch(
      /::error::Invalid inputs:.*key_type.*needs RFC2136_NAMESERVER|::error::Invalid inputs:.*needs RFC2136_NAMESERVER.*key_type/s,
    )
    expect(broken.outputs.issued).toBeUndefined()
  })

  it('pull_request_target with credentials issues, and warns once not to run the pull request code', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: `pr-9.${ZONE}`, dns_provider: 'rfc2136' }),
      env: {
        ...(await rfc2136Env()),
        ...(await pullRequestEvent('opened', 9, { name: 'pull_request_target', fork: 'mallory/app' })),
      },
    })
    ok(run)
    expect(run.outputs.issued).toBe('true')
    expect(
      run.stdout.split('\n').filter((l) => l.startsWith('::warning::') && l.includes('pull_request_target')),
    ).toHaveLength(1)
  })

  it('five pull requests at once each get their own certificate, with no value lost at any owner', async () => {
    const kv = await vault()
    const numbers = [51, 52, 53, 54, 55]
    const runs = await Promise.all(
      numbers.map(async (number) =>
        runAction({
          inputs: bedInputs({
            domain: `pr-${number}.${ZONE}`,
            dns_provider: 'rfc2136',
            store: 'vault',
            vault_addr: kv.fake.url,
            vault_token: kv.token,
            vault_path: `previews/pr-${number}`,
          }),
          env: { ...(await rfc2136Env()), ...(await pullRequestEvent('opened', number)) },
        }),
      ),
    )
    for (const run of runs) ok(run)
    expect(runs.map((r) => r.outputs.issued)).toEqual(numbers.map(() => 'true'))
    expect(new Set(runs.map((r) => r.outputs.serial)).size).toBe(numbers.length)
    for (const number of numbers) {
      expect(kv.fake.entry('secret', `previews/pr-${number}`)?.versions).toHaveLength(1)
      expect(await txtAt(topology.BIND, `_acme-challenge.pr-${number}.${ZONE}`)).toEqual([])
    }
  })
})

describe('one shared wildcard for every preview', () => {
  it('the first pull request issues it, the next ones get it from Vault with working files', async () => {
    const kv = await vault()
    const inputs = bedInputs({
      domain: '*.example.test',
      dns_provider: 'rfc2136',
      store: 'vault',
      vault_addr: kv.fake.url,
      vault_token: kv.token,
      vault_path: 'previews/wildcard',
    })
    const first = await runAction({
      inputs,
      env: { ...(await rfc2136Env()), ...(await pullRequestEvent('opened', 61)) },
    })
    ok(first)
    expect(first.outputs.issued).toBe('true')
    const second = await runAction({
      inputs,
      env: { ...(await rfc2136Env()), ...(await pullRequestEvent('opened', 62)) },
    })
    ok(second)
    expect(second.outputs).toMatchObject({
      issued: 'false',
      serial: first.outputs.serial,
      domains: '*.example.test',
    })
    expect(await readFile(second.outputs.fullchain_path as string, 'utf8')).toBe(
      await readFile(first.outputs.fullchain_path as string, 'utf8'),
    )
    expect(await statusAtCa(first.outputs.serial as string)).toBe('Valid')
  })
})

describe('mode: revoke without a store', () => {
  it('revokes with the certificate own key from output_dir files and removes them', async () => {
    const outputDir = join(await mkdtemp(join(tmpdir(), 'certalias-revoke-')), 'tls')
    const inputs = bedInputs({ domain: `pr-71.${ZONE}`, dns_provider: 'rfc2136', output_dir: outputDir })
    const issued = await runAction({ inputs, env: await rfc2136Env() })
    ok(issued)
    const revoked = await runAction({
      inputs: { ...inputs, mode: 'revoke', revoke_reason: 'superseded' },
      env: {},
    })
    ok(revoked)
    expect(revoked.outputs).toMatchObject({ revoked: 'true', serial: issued.outputs.serial })
    expect(revoked.stdout).toMatch(/reason superseded, signed by the certificate's own key/)
    expect(await statusAtCa(issued.outputs.serial as string)).toBe('Revoked')
    await expect(readFile(join(outputDir, 'privkey.pem'))).rejects.toThrow(/ENOENT/)
  })

  it('refuses an unknown reason, and revoke with nothing to find, before anything happens', async () => {
    const bad = await runAction({
      inputs: bedInputs({
        mode: 'revoke',
        revoke_reason: 'bored',
        domain: `pr-72.${ZONE}`,
        dns_provider: 'rfc2136',
      }),
      env: {},
    })
    expect(bad.code).toBe(1)
    const error = bad.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
    expect(error).toContain('`revoke_reason`: "bored" is not one of')
    expect(error).toContain('`mode: revoke` has nothing to find the certificate in')
  })
})

describe('mode: revoke for keyCompromise', () => {
  const revokeCerts = (proxy: AcmeProxy) => proxy.requests.filter((r) => r.path.startsWith('/revoke-cert'))

  it("signs with the certificate's own key when the step holds it, even with account_key given, so the CA can block the key", async () => {
    const proxy = await startAcmeProxy()
    closers.push(() => proxy.close())
    const outputDir = join(await mkdtemp(join(tmpdir(), 'certalias-revoke-')), 'tls')
    const accountKey = String(
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    )
    const inputs = bedInputs({
      domain: `pr-73.${ZONE}`,
      dns_provider: 'rfc2136',
      output_dir: outputDir,
      acme_server: proxy.directory,
      account_key: accountKey,
    })
    const issued = await runAction({ inputs, env: await rfc2136Env() })
    ok(issued)
    const certificateKey = createPublicKey(await readFile(join(outputDir, 'privkey.pem'), 'utf8'))

    const revoked = await runAction({
      inputs: { ...inputs, mode: 'revoke', revoke_reason: 'keyCompromise' },
      env: {},
    })
    ok(revoked)
    expect(revoked.stdout).toMatch(/reason keyCompromise, signed by the certificate's own key/)
    const [request] = revokeCerts(proxy)
    expect(revokeCerts(proxy)).toHaveLength(1)
    expect(request?.protected?.kid).toBeUndefined()
    expect(request?.protected?.jwk).toEqual(
      expect.objectContaining(certificateKey.export({ format: 'jwk' }) as Record<string, string>),
    )
    expect(request?.payload).toMatchObject({ reason: 1 })
    expect(await statusAtCa(issued.outputs.serial as string)).toBe('Revoked')
  })

  it('signs with the account, with a warning, when the step does not hold the certificate key', async () => {
    const accountKey = String(
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    )
    const inputs = bedInputs({ domain: `pr-74.${ZONE}`, dns_provider: 'rfc2136', account_key: accountKey })
    const issued = await runAction({ inputs, env: await rfc2136Env() })
    ok(issued)
    const revoked = await runAction({
      inputs: {
        ...inputs,
        mode: 'revoke',
        revoke_reason: 'keyCompromise',
        current_certificate: await readFile(issued.outputs.fullchain_path as string, 'utf8'),
      },
      env: {},
    })
    ok(revoked)
    expect(revoked.stdout).toMatch(
      /::warning::.*keyCompromise.*certificate's key is not where this step reads it.*signed by the account/,
    )
    expect(revoked.stdout).toMatch(/reason keyCompromise, signed by the account key/)
    expect(await statusAtCa(issued.outputs.serial as string)).toBe('Revoked')
  })
})

describe('a certificate per pull request in environment-scoped GitHub secrets', () => {
  it('closed revokes it with the kept account key and deletes the secrets and the state variable', async () => {
    const token = `github_pat_11${randomBytes(30).toString('base64url')}`
    const gh: FakeGithub = await startFakeGithub({ token, repository: REPO, environments: ['preview-81'] })
    closers.push(() => gh.close())
    const inputs = bedInputs({
      domain: `pr-81.${ZONE}`,
      dns_provider: 'rfc2136',
      store: 'github-secrets',
      secrets_token: token,
      secrets_scope: 'environment',
      secrets_environment: 'preview-81',
    })
    const env = { ...(await rfc2136Env()), GITHUB_API_URL: gh.url }
    const opened = await runAction({ inputs, env: { ...env, ...(await pullRequestEvent('opened', 81)) } })
    ok(opened)
    const accountKey = gh.secret('env:preview-81', 'TLS_ACME_ACCOUNT_KEY')?.plaintext as string
    expect(accountKey).toMatch(/BEGIN PRIVATE KEY/)

    const closed = await runAction({
      inputs: { ...inputs, mode: 'revoke', account_key: accountKey },
      env: { ...env, ...(await pullRequestEvent('closed', 81)) },
    })
    ok(closed)
    expect(closed.outputs).toMatchObject({ revoked: 'true', serial: opened.outputs.serial })
    expect(await statusAtCa(opened.outputs.serial as string)).toBe('Revoked')
    expect(gh.secret('env:preview-81', 'TLS_CERTIFICATE')).toBeUndefined()
    expect(gh.secret('env:preview-81', 'TLS_PRIVATE_KEY')).toBeUndefined()
    expect(gh.variable('env:preview-81', 'TLS_CERTIFICATE_STATE')).toBeUndefined()
    // the account outlives its certificates
    expect(gh.secret('env:preview-81', 'TLS_ACME_ACCOUNT_KEY')).toBeDefined()
  })
})

describe('mode: revoke acts only on the certificate of its own domain', () => {
  const warnings = (run: ActionRun) => run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))

  it('two previews on one secret_prefix: closing the first leaves the second its certificate, valid, and its secrets', async () => {
    const token = `github_pat_11${randomBytes(30).toString('base64url')}`
    const gh: FakeGithub = await startFakeGithub({ token, repository: REPO })
    closers.push(() => gh.close())
    const env = { ...(await rfc2136Env()), GITHUB_API_URL: gh.url }
    // the README's preview workflow, but with the default secret_prefix shared by every pull request
    const step = (number: number, extra: Record<string, string> = {}) =>
      bedInputs({
        domain: `pr-${number}.${ZONE}`,
        dns_provider: 'rfc2136',
        store: 'github-secrets',
        secrets_token: token,
        ...extra,
      })
    const first = await runAction({
      inputs: step(91),
      env: { ...env, ...(await pullRequestEvent('opened', 91)) },
    })
    ok(first)
    const accountKey = gh.secret('repo', 'TLS_ACME_ACCOUNT_KEY')?.plaintext as string
    const second = await runAction({
      inputs: step(92, { account_key: accountKey }),
      env: { ...env, ...(await pullRequestEvent('opened', 92)) },
    })
    ok(second)
    expect(second.outputs.issued).toBe('true')
    // the state variable named the first pull request's certificate: the issuing run says so
    expect(warnings(second).join('\n')).toMatch(
      new RegExp(
        `TLS_CERTIFICATE_STATE of repository octo/app.* pr-91\\.${ZONE.replace(/\./g, '\\.')}.*secret_prefix`,
      ),
    )
    const secondCertificate = gh.secret('repo', 'TLS_CERTIFICATE')?.plaintext

    const closed = await runAction({
      inputs: step(91, { mode: 'revoke', account_key: accountKey }),
      env: { ...env, ...(await pullRequestEvent('closed', 91)) },
    })
    ok(closed)
    expect(closed.outputs.revoked).toBe('false')
    expect(warnings(closed).join('\n')).toMatch(
      new RegExp(
        `Nothing revoked or removed: .*variable TLS_CERTIFICATE_STATE of repository octo/app holds pr-92\\.${ZONE.replace(/\./g, '\\.')} \\(serial ${second.outputs.serial}\\), not pr-91\\.`,
      ),
    )
    expect(await statusAtCa(second.outputs.serial as string)).toBe('Valid')
    expect(gh.secret('repo', 'TLS_CERTIFICATE')?.plaintext).toBe(secondCertificate)
    expect(gh.secret('repo', 'TLS_PRIVATE_KEY')).toBeDefined()
    expect(gh.variable('repo', 'TLS_CERTIFICATE_STATE')?.value).toContain(second.outputs.serial as string)
    expect(gh.requests.some((r) => r.method === 'DELETE')).toBe(false)
  })

  it('a run with nothing due leaves another domain certificate in a destination it shares, instead of catching it up', async () => {
    const kv = await vault()
    const token = `github_pat_11${randomBytes(30).toString('base64url')}`
    const gh: FakeGithub = await startFakeGithub({ token, repository: REPO })
    closers.push(() => gh.close())
    const env = { ...(await rfc2136Env()), GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO }
    const step = (number: number, store: string) =>
      bedInputs({
        domain: `pr-${number}.${ZONE}`,
        dns_provider: 'rfc2136',
        store,
        ...(store.includes('github-secrets') ? { secrets_token: token } : {}),
        ...(store.includes('vault')
          ? { vault_addr: kv.fake.url, vault_token: kv.token, vault_path: `previews/pr-${number}` }
          : {}),
      })
    ok(await runAction({ inputs: step(94, 'github-secrets'), env }))
    const other = gh.variable('repo', 'TLS_CERTIFICATE_STATE')?.value
    ok(await runAction({ inputs: step(93, 'vault'), env }))

    const kept = await runAction({ inputs: step(93, 'vault, github-secrets'), env })
    ok(kept)
    expect(kept.outputs.issued).toBe('false')
    expect(warnings(kept).join('\n')).toMatch(
      /TLS_CERTIFICATE_STATE of repository octo\/app holds a certificate for pr-94\..*: left alone/,
    )
    expect(gh.variable('repo', 'TLS_CERTIFICATE_STATE')?.value).toBe(other)
  })

  it('a tls:// source serving a shared wildcard: the wildcard is not revoked', async () => {
    const accountKey = generateKeyPairSync('ec', {
      namedCurve: 'prime256v1',
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }).privateKey
    const wildcard = await runAction({
      inputs: bedInputs({ domain: `*.${ZONE}`, dns_provider: 'rfc2136', account_key: accountKey }),
      env: await rfc2136Env(),
    })
    ok(wildcard)
    const server = createTlsServer(
      {
        cert: await readFile(wildcard.outputs.fullchain_path as string, 'utf8'),
        key: await readFile(wildcard.outputs.private_key_path as string, 'utf8'),
      },
      (socket) => socket.end(),
    )
    server.on('tlsClientError', () => {})
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const address = `tls://127.0.0.1:${(server.address() as AddressInfo).port}`

    const closed = await runAction({
      inputs: bedInputs({
        mode: 'revoke',
        domain: `pr-75.${ZONE}`,
        dns_provider: 'rfc2136',
        account_key: accountKey,
        current_certificate: address,
      }),
      // the bed's CA trusted as a public one would be: the wildcard verifies for pr-75
      env: { NODE_EXTRA_CA_CERTS: await trustingPebble() },
    })
    ok(closed)
    expect(closed.outputs.revoked).toBe('false')
    expect(warnings(closed).join('\n')).toMatch(
      new RegExp(
        `Nothing revoked or removed: .*127\\.0\\.0\\.1:\\d+ .*holds \\*\\.${ZONE.replace(/\./g, '\\.')} \\(serial`,
      ),
    )
    expect(await statusAtCa(wildcard.outputs.serial as string)).toBe('Valid')

    // the wildcard's own step verifies it (SNI is the name under the wildcard) and keeps it
    const kept = await runAction({
      inputs: bedInputs({ domain: `*.${ZONE}`, dns_provider: 'rfc2136', current_certificate: address }),
      env: { ...(await rfc2136Env()), NODE_EXTRA_CA_CERTS: await trustingPebble() },
    })
    ok(kept)
    expect(kept.outputs).toMatchObject({ issued: 'false', serial: wildcard.outputs.serial })
    expect(warnings(kept)).toEqual([])
  })

  it('Vault holding another domain certificate at vault_path: revoke leaves it, and an issue run does not keep it', async () => {
    const kv = await vault()
    const step = (number: number, mode = 'issue') =>
      bedInputs({
        mode,
        domain: `pr-${number}.${ZONE}`,
        dns_provider: 'rfc2136',
        store: 'vault',
        vault_addr: kv.fake.url,
        vault_token: kv.token,
        vault_path: 'previews/shared',
      })
    const first = await runAction({ inputs: step(77), env: await rfc2136Env() })
    ok(first)

    const closed = await runAction({ inputs: step(78, 'revoke'), env: {} })
    ok(closed)
    expect(closed.outputs.revoked).toBe('false')
    expect(warnings(closed).join('\n')).toMatch(
      /Nothing revoked or removed: .*previews\/shared.* holds pr-77\./,
    )
    expect(await statusAtCa(first.outputs.serial as string)).toBe('Valid')
    expect(kv.fake.entry('secret', 'previews/shared')?.versions).toHaveLength(1)

    // not due, but for other names: pr-78 gets a certificate of its own, not pr-77's files
    const issued = await runAction({ inputs: step(78), env: await rfc2136Env() })
    ok(issued)
    expect(issued.outputs).toMatchObject({ issued: 'true', domains: `pr-78.${ZONE}` })
    expect(issued.outputs.reason).toMatch(/^names changed: /)
    expect(issued.outputs.serial).not.toBe(first.outputs.serial)
  })
})
