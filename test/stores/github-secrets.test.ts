// github-secrets against a local GitHub API that holds real libsodium keys and decrypts what it receives.
import { afterEach, describe, expect, it } from 'vitest'
import { githubApi } from '../../src/github/api.js'
import { type GithubSecretsOptions, githubSecretsStore } from '../../src/stores/github-secrets/index.js'
import type { CertificateBundle, Delivery, StoreContext } from '../../src/stores/types.js'
import { type FakeGithub, startFakeGithub } from '../support/fake-github.js'
import { type RecordingHost, recordingHost } from '../support/host.js'

const TOKEN = 'github_pat_11ABCDEFG0secretTokenValue_xyz'
const REPO = 'octo/app'

const LEAF = pem('CERTIFICATE', 'leaf')
const ISSUER = pem('CERTIFICATE', 'issuer')
const KEY = pem('PRIVATE KEY', 'key')
const ACCOUNT_KEY = pem('PRIVATE KEY', 'account')

function pem(label: string, seed: string, bytes = 600): string {
  const body = Buffer.alloc(bytes, seed).toString('base64')
  const lines = body.match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

function bundle(overrides: Partial<CertificateBundle> = {}): CertificateBundle {
  return {
    names: ['example.com', '*.example.com'],
    certificate: LEAF,
    chain: ISSUER,
    fullchain: LEAF + ISSUER,
    privateKey: KEY,
    notAfter: '2026-09-01T12:00:00.000Z',
    serial: '04a1b2c3d4e5f6',
    files: {
      directory: '/tmp/x',
      certificatePath: '/tmp/x/cert.pem',
      chainPath: '/tmp/x/chain.pem',
      fullchainPath: '/tmp/x/fullchain.pem',
      privateKeyPath: '/tmp/x/privkey.pem',
    },
    ...overrides,
  }
}

let fake: FakeGithub | undefined
afterEach(async () => {
  await fake?.close()
  fake = undefined
})

function inputs(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

interface Setup {
  host: RecordingHost
  options: GithubSecretsOptions
  context: StoreContext
  deliver: (b?: CertificateBundle) => Promise<Delivery>
}

/** The store as the action builds it: the real GitHub client of src/github-api.ts, pointed at the fake, never waiting. */
async function setUp(
  values: Record<string, string>,
  fakeOptions: { environments?: string[]; forbidSecrets?: boolean; token?: string } = {},
  env: Record<string, string> = {},
): Promise<Setup> {
  fake = await startFakeGithub({ token: fakeOptions.token ?? TOKEN, repository: REPO, ...fakeOptions })
  const environment = {
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: fake.url,
    GITHUB_REPOSITORY_ID: '987654',
    ...env,
  }
  const options = githubSecretsStore.readOptions(inputs({ secrets_token: TOKEN, ...values }), environment)
  const host = recordingHost()
  const context: StoreContext = {
    host,
    env: environment,
    github: (token) =>
      githubApi(token, environment, { sleep: async () => {}, timeoutMs: 5000, log: (m) => host.info(m) }),
  }
  const store = githubSecretsStore.create(options, context)
  return { host, options, context, deliver: (b: CertificateBundle = bundle()) => store.deliver(b) }
}

/** The error a promise fails with; one that succeeds fails the test. */
async function failure(delivery: Promise<unknown>): Promise<Error> {
  const outcome = await delivery.then(
    () => undefined,
    (error: unknown) => error,
  )
  if (!(outcome instanceof Error)) throw new Error('expected the delivery to fail')
  return outcome
}

describe('github-secrets store', () => {
  it('seals the full chain and the key for the repository key pair, so GitHub decrypts exactly the issued PEMs', async () => {
    const { deliver, host } = await setUp({})
    const delivery = await deliver()

    expect(fake?.secret('repo', 'TLS_CERTIFICATE')?.plaintext).toBe(LEAF + ISSUER)
    expect(fake?.secret('repo', 'TLS_PRIVATE_KEY')?.plaintext).toBe(KEY)
    expect(delivery.destination).toContain('repository octo/app')
    expect(delivery.destination).toContain('TLS_CERTIFICATE')
    expect(host.masked).toContain(TOKEN)
    // Documented headers on every request (GitHub takes the `token` scheme Octokit sends as it takes Bearer).
    for (const request of fake?.requests ?? []) {
      expect(request.headers.authorization).toBe(`token ${TOKEN}`)
      expect(request.headers['user-agent']).toMatch(/^certalias\/\d+\.\d+\.\d+ /)
      expect(request.headers.accept).toBe('application/vnd.github+json')
      expect(request.headers['x-github-api-version']).toBe('2022-11-28')
    }
  })

  it('writes the public state variable for the next scheduled run: PATCH answers 404, so it is created with POST', async () => {
    const { deliver } = await setUp({})
    await deliver()

    const state = JSON.parse(fake?.variable('repo', 'TLS_CERTIFICATE_STATE')?.value ?? '{}')
    expect(state).toEqual({
      names: ['example.com', '*.example.com'],
      serial: '04a1b2c3d4e5f6',
      not_after: '2026-09-01T12:00:00.000Z',
      certificate: LEAF,
    })
    expect(JSON.stringify(state)).not.toContain('PRIVATE KEY')
    const calls = fake?.requests.map((r) => `${r.method} ${r.path} ${r.status}`)
    expect(calls).toEqual([
      'GET /repos/octo/app/actions/secrets/public-key 200',
      'PUT /repos/octo/app/actions/secrets/TLS_PRIVATE_KEY 201',
      'PUT /repos/octo/app/actions/secrets/TLS_CERTIFICATE 201',
      'PATCH /repos/octo/app/actions/variables/TLS_CERTIFICATE_STATE 404',
      'POST /repos/octo/app/actions/variables 201',
    ])
  })

  it('a renewal updates the secrets (204) and patches the existing variable without creating it again', async () => {
    const { deliver, host } = await setUp({})
    await deliver()
    const renewed = bundle({ serial: '0badc0ffee', notAfter: '2026-12-01T00:00:00.000Z' })
    await deliver(renewed)

    const calls = fake?.requests.slice(5).map((r) => `${r.method} ${r.path} ${r.status}`)
    expect(calls).toEqual([
      'GET /repos/octo/app/actions/secrets/public-key 200',
      'PUT /repos/octo/app/actions/secrets/TLS_PRIVATE_KEY 204',
      'PUT /repos/octo/app/actions/secrets/TLS_CERTIFICATE 204',
      'PATCH /repos/octo/app/actions/variables/TLS_CERTIFICATE_STATE 204',
    ])
    expect(JSON.parse(fake?.variable('repo', 'TLS_CERTIFICATE_STATE')?.value ?? '{}').serial).toBe(
      '0badc0ffee',
    )
    expect(host.lines).toContain('github-secrets: updated secret TLS_CERTIFICATE of repository octo/app')
  })

  it('uses the custom prefix for every name', async () => {
    const { deliver } = await setUp({ secret_prefix: 'WWW_TLS' })
    await deliver()
    expect(fake?.secret('repo', 'WWW_TLS_CERTIFICATE')?.plaintext).toBe(LEAF + ISSUER)
    expect(fake?.secret('repo', 'WWW_TLS_PRIVATE_KEY')?.plaintext).toBe(KEY)
    expect(fake?.variable('repo', 'WWW_TLS_CERTIFICATE_STATE')).toBeDefined()
  })

  it('environment scope: the environment public key, environment secrets and environment variable', async () => {
    const { deliver } = await setUp(
      { secrets_scope: 'environment', secrets_environment: 'production' },
      { environments: ['production'] },
    )
    const delivery = await deliver()
    expect(fake?.secret('env:production', 'TLS_CERTIFICATE')?.plaintext).toBe(LEAF + ISSUER)
    expect(fake?.secret('env:production', 'TLS_PRIVATE_KEY')?.plaintext).toBe(KEY)
    expect(fake?.variable('env:production', 'TLS_CERTIFICATE_STATE')).toBeDefined()
    expect(fake?.secret('repo', 'TLS_CERTIFICATE')).toBeUndefined()
    expect(fake?.requests.map((r) => `${r.method} ${r.path}`)).toContain(
      'GET /repos/octo/app/environments/production/secrets/public-key',
    )
    expect(delivery.destination).toContain('environment production of octo/app')
  })

  it('environment scope with an environment that does not exist: the 404 error says to create it and names secrets_token', async () => {
    const { deliver } = await setUp({ secrets_scope: 'environment', secrets_environment: 'staging' })
    const error = await failure(deliver())
    expect(error.message).toContain('HTTP 404')
    expect(error.message).toContain('create the environment first')
    expect(error.message).toContain('secrets_token')
    expect(error.message).not.toContain(TOKEN)
  })

  it('organization scope: the owner of GITHUB_REPOSITORY, visibility private on secrets and variable', async () => {
    const { deliver } = await setUp({ secrets_scope: 'organization' })
    const delivery = await deliver()
    expect(fake?.secret('org', 'TLS_CERTIFICATE')).toMatchObject({
      plaintext: LEAF + ISSUER,
      visibility: 'private',
    })
    expect(fake?.secret('org', 'TLS_PRIVATE_KEY')).toMatchObject({ plaintext: KEY, visibility: 'private' })
    expect(fake?.variable('org', 'TLS_CERTIFICATE_STATE')?.visibility).toBe('private')
    expect(fake?.requests[0]?.path).toBe('/orgs/octo/actions/secrets/public-key')
    expect(delivery.destination).toContain('organization octo')
  })

  it('organization scope, visibility selected: the running repository is added to each selection', async () => {
    const { deliver } = await setUp({ secrets_scope: 'organization', secrets_visibility: 'selected' })
    await deliver()
    expect(fake?.secret('org', 'TLS_PRIVATE_KEY')?.visibility).toBe('selected')
    expect(fake?.selectedRepositories('secrets', 'TLS_CERTIFICATE')).toEqual([987654])
    expect(fake?.selectedRepositories('secrets', 'TLS_PRIVATE_KEY')).toEqual([987654])
    expect(fake?.selectedRepositories('variables', 'TLS_CERTIFICATE_STATE')).toEqual([987654])
  })

  it('a variable created by another run between PATCH and POST (409) is patched instead', async () => {
    const { deliver } = await setUp({})
    fake?.raceNextVariableCreate()
    await deliver()
    expect(JSON.parse(fake?.variable('repo', 'TLS_CERTIFICATE_STATE')?.value ?? '{}').serial).toBe(
      '04a1b2c3d4e5f6',
    )
    expect(fake?.requests.slice(-3).map((r) => `${r.method} ${r.status}`)).toEqual([
      'PATCH 404',
      'POST 409',
      'PATCH 204',
    ])
  })

  it('a 403 (what GITHUB_TOKEN gets) fails naming secrets_token and explaining GITHUB_TOKEN cannot write secrets, without the token', async () => {
    const { deliver, host } = await setUp({}, { forbidSecrets: true })
    const error = await failure(deliver())
    expect(error).toBeInstanceOf(Error)
    expect(error.message).toContain('HTTP 403')
    expect(error.message).toContain('secrets_token')
    expect(error.message).toContain('GITHUB_TOKEN cannot write secrets')
    expect(error.message).toContain('"Secrets: write"')
    expect(error.message).not.toContain(TOKEN)
    expect(host.lines.join('\n')).not.toContain(TOKEN)
    expect(fake?.secret('repo', 'TLS_CERTIFICATE')).toBeUndefined()
  })

  it('a token GitHub does not accept (401) fails naming secrets_token, without the token', async () => {
    const { deliver } = await setUp({}, { token: 'some-other-token' })
    const error = await failure(deliver())
    expect(error.message).toContain('HTTP 401')
    expect(error.message).toContain('secrets_token')
    expect(error.message).not.toContain(TOKEN)
  })

  it('refuses a value over 48 KB before any request, naming the secret and the limit', async () => {
    const { deliver } = await setUp({})
    const hugeChain = pem('CERTIFICATE', 'chain', 40_000)
    const error = await failure(deliver(bundle({ chain: hugeChain, fullchain: LEAF + hugeChain })))
    expect(error.message).toContain('TLS_CERTIFICATE')
    expect(error.message).toContain('48 KB')
    expect(error.message).toContain('nothing was written')
    expect(fake?.requests).toEqual([])
  })

  it('refuses a state variable over 48 KB (its JSON outgrows a leaf that fits as a secret) before any request', async () => {
    const { deliver } = await setUp({})
    const bigLeaf = pem('CERTIFICATE', 'leaf', 35_800)
    const error = await failure(deliver(bundle({ certificate: bigLeaf, fullchain: bigLeaf })))
    expect(error.message).toContain('variable TLS_CERTIFICATE_STATE')
    expect(fake?.requests).toEqual([])
  })
})

describe('github-secrets store: the GitHub client', () => {
  it('fails with a clear error, before any request, when the run gives it no GitHub client', async () => {
    const { options, host } = await setUp({})
    const store = githubSecretsStore.create(options, { host, env: {} })
    const error = await failure(store.deliver(bundle()))
    expect(error.message).toContain('no GitHub API client')
    expect(error.message).toContain('repository octo/app')
    expect(fake?.requests).toEqual([])
  })

  it('an error whose answer echoes the token carries *** instead, in the message and in the answer it keeps', async () => {
    const { deliver } = await setUp({})
    fake?.answerNext({ status: 422, body: { message: `token ${TOKEN} is not valid here` } })
    const error = await failure(deliver())
    expect(error.message).toContain('HTTP 422')
    expect(error.message).toContain('token *** is not valid here')
    expect(error.message).not.toContain(TOKEN)
    const cause = error.cause as {
      response?: { data?: unknown }
      request?: { headers?: Record<string, string> }
    }
    expect(JSON.stringify(cause.response?.data)).not.toContain(TOKEN)
    expect(cause.request?.headers?.authorization).not.toContain(TOKEN)
  })

  it('a throttled call (429 with Retry-After) is retried after the wait GitHub asked for, and the delivery completes', async () => {
    const { deliver, host } = await setUp({})
    fake?.answerNext({ status: 429, headers: { 'retry-after': '3' }, body: { message: 'slow down' } })
    await deliver()
    expect(fake?.requests.slice(0, 2).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /repos/octo/app/actions/secrets/public-key 429',
      'GET /repos/octo/app/actions/secrets/public-key 200',
    ])
    expect(host.lines).toContain(
      'github: GET /repos/octo/app/actions/secrets/public-key: HTTP 429, retry 1 of 3 in 3 s',
    )
    expect(fake?.secret('repo', 'TLS_CERTIFICATE')?.plaintext).toBe(LEAF + ISSUER)
  })
})

describe('github-secrets store: the ACME account', () => {
  it('an account this run made: its key is sealed into <prefix>_ACME_ACCOUNT_KEY and a note says how to reuse it', async () => {
    const { deliver } = await setUp({ secret_prefix: 'WWW_TLS' })
    const delivery = await deliver(bundle({ account: { key: ACCOUNT_KEY, made: true } }))

    expect(fake?.secret('repo', 'WWW_TLS_ACME_ACCOUNT_KEY')?.plaintext).toBe(ACCOUNT_KEY)
    expect(delivery.destination).toContain('WWW_TLS_ACME_ACCOUNT_KEY')
    expect(delivery.notes).toHaveLength(1)
    expect(delivery.notes?.[0]).toContain(`account_key: \${{ secrets.WWW_TLS_ACME_ACCOUNT_KEY }}`)
    expect(delivery.notes?.[0]).not.toContain('PRIVATE KEY')
    // the certificate and its key still go where they always went
    expect(fake?.secret('repo', 'WWW_TLS_CERTIFICATE')?.plaintext).toBe(LEAF + ISSUER)
    expect(fake?.secret('repo', 'WWW_TLS_PRIVATE_KEY')?.plaintext).toBe(KEY)
  })

  it('an account key given or read back (made: false), or no account at all: no account secret and no note', async () => {
    const { deliver } = await setUp({})
    const reused = await deliver(bundle({ account: { key: ACCOUNT_KEY, made: false } }))
    const without = await deliver(bundle())

    expect(fake?.secret('repo', 'TLS_ACME_ACCOUNT_KEY')).toBeUndefined()
    expect(fake?.requests.some((r) => r.path.endsWith('/TLS_ACME_ACCOUNT_KEY'))).toBe(false)
    for (const delivery of [reused, without]) {
      expect(delivery.notes).toBeUndefined()
      expect(delivery.destination).not.toContain('ACME_ACCOUNT_KEY')
    }
  })

  it('organization scope: the account secret gets the same visibility and selection as the others', async () => {
    const { deliver } = await setUp({ secrets_scope: 'organization', secrets_visibility: 'selected' })
    await deliver(bundle({ account: { key: ACCOUNT_KEY, made: true } }))
    expect(fake?.secret('org', 'TLS_ACME_ACCOUNT_KEY')).toMatchObject({
      plaintext: ACCOUNT_KEY,
      visibility: 'selected',
    })
    expect(fake?.selectedRepositories('secrets', 'TLS_ACME_ACCOUNT_KEY')).toEqual([987654])
  })

  it('an account key GitHub refuses does not fail the delivered certificate: a warning, no note, the state still written', async () => {
    const { deliver, host } = await setUp({})
    // public key, private key, certificate pass; the account secret is refused
    fake?.answerNext(
      { pass: true },
      { pass: true },
      { pass: true },
      { status: 422, body: { message: 'nope' } },
    )
    const delivery = await deliver(bundle({ account: { key: ACCOUNT_KEY, made: true } }))

    expect(delivery.notes).toBeUndefined()
    expect(delivery.destination).not.toContain('ACME_ACCOUNT_KEY')
    expect(host.lines.some((l) => l.startsWith('warning: github-secrets:') && l.includes('HTTP 422'))).toBe(
      true,
    )
    expect(fake?.variable('repo', 'TLS_CERTIFICATE_STATE')).toBeDefined()
    // the key itself is never in the log, not even a line of it
    expect(host.lines.join('\n')).not.toContain(ACCOUNT_KEY.split('\n')[1])
  })

  it('refuses an account key over 48 KB before any request', async () => {
    const { deliver } = await setUp({})
    const error = await failure(
      deliver(bundle({ account: { key: pem('PRIVATE KEY', 'account', 40_000), made: true } })),
    )
    expect(error.message).toContain('TLS_ACME_ACCOUNT_KEY')
    expect(fake?.requests).toEqual([])
  })
})

describe('github-secrets readCurrent', () => {
  const readCurrent = (setup: Setup) => {
    const read = githubSecretsStore.readCurrent
    if (!read) throw new Error('github-secrets has no readCurrent')
    return read(setup.options, setup.context)
  }

  it('reads the certificate back from the state variable the last delivery wrote, naming where', async () => {
    const setup = await setUp({})
    await setup.deliver()
    expect(await readCurrent(setup)).toEqual({
      certificate: LEAF,
      source: 'variable TLS_CERTIFICATE_STATE of repository octo/app',
    })
    expect(fake?.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: '/repos/octo/app/actions/variables/TLS_CERTIFICATE_STATE',
      status: 200,
    })
    expect(setup.host.masked).toContain(TOKEN)
  })

  it('reads the variable of the configured scope: environment and organization', async () => {
    const inEnvironment = await setUp(
      { secrets_scope: 'environment', secrets_environment: 'production' },
      { environments: ['production'] },
    )
    fake?.setVariable('env:production', 'TLS_CERTIFICATE_STATE', JSON.stringify({ certificate: LEAF }))
    expect(await readCurrent(inEnvironment)).toEqual({
      certificate: LEAF,
      source: 'variable TLS_CERTIFICATE_STATE of environment production of octo/app',
    })
    expect(fake?.requests.at(-1)?.path).toBe(
      '/repos/octo/app/environments/production/variables/TLS_CERTIFICATE_STATE',
    )
    await fake?.close()

    const inOrganization = await setUp({ secrets_scope: 'organization', secret_prefix: 'WWW' })
    fake?.setVariable('org', 'WWW_CERTIFICATE_STATE', JSON.stringify({ certificate: LEAF }))
    expect(await readCurrent(inOrganization)).toEqual({
      certificate: LEAF,
      source: 'variable WWW_CERTIFICATE_STATE of organization octo',
    })
    expect(fake?.requests.at(-1)?.path).toBe('/orgs/octo/actions/variables/WWW_CERTIFICATE_STATE')
  })

  it('is undefined when there is no variable (404) or it holds no certificate PEM', async () => {
    const setup = await setUp({})
    expect(await readCurrent(setup)).toBeUndefined()
    fake?.setVariable('repo', 'TLS_CERTIFICATE_STATE', JSON.stringify({ serial: '01', certificate: 'none' }))
    expect(await readCurrent(setup)).toBeUndefined()
    fake?.setVariable('repo', 'TLS_CERTIFICATE_STATE', '[]')
    expect(await readCurrent(setup)).toBeUndefined()
  })

  it('a variable that is not JSON fails naming the variable', async () => {
    const setup = await setUp({})
    fake?.setVariable('repo', 'TLS_CERTIFICATE_STATE', 'not json {')
    const error = await failure(readCurrent(setup))
    expect(error.message).toContain('variable TLS_CERTIFICATE_STATE of repository octo/app')
    expect(error.message).toContain('not the JSON certalias writes')
  })

  it('a refusal (403, 401) fails naming the variable and secrets_token, without the token', async () => {
    const forbidden = await setUp({})
    fake?.answerNext({ status: 403, body: { message: 'Resource not accessible by integration' } })
    const error = await failure(readCurrent(forbidden))
    expect(error.message).toContain('HTTP 403')
    expect(error.message).toContain('read variable TLS_CERTIFICATE_STATE of repository octo/app')
    expect(error.message).toContain('secrets_token')
    expect(error.message).not.toContain(TOKEN)
    await fake?.close()

    const unknown = await setUp({}, { token: 'some-other-token' })
    const refused = await failure(readCurrent(unknown))
    expect(refused.message).toContain('HTTP 401')
    expect(refused.message).toContain('TLS_CERTIFICATE_STATE')
    expect(refused.message).toContain('secrets_token')
    expect(refused.message).not.toContain(TOKEN)
  })
})

describe('github-secrets remove (mode: revoke)', () => {
  const revoked = (b: CertificateBundle) => ({ serial: b.serial, names: b.names })

  it('deletes the certificate and key secrets and the state variable, keeps the account key, and a second call finds nothing', async () => {
    const { options, context, deliver } = await setUp({})
    await deliver(bundle({ account: { key: KEY, made: true } }))
    expect(fake?.secret('repo', 'TLS_ACME_ACCOUNT_KEY')).toBeDefined()
    const removed = await githubSecretsStore.remove?.(options, context, revoked(bundle()))
    expect(removed).toEqual({
      removed:
        'repository octo/app: removed secret TLS_CERTIFICATE, secret TLS_PRIVATE_KEY, variable TLS_CERTIFICATE_STATE',
    })
    expect(fake?.secret('repo', 'TLS_CERTIFICATE')).toBeUndefined()
    expect(fake?.secret('repo', 'TLS_PRIVATE_KEY')).toBeUndefined()
    expect(fake?.variable('repo', 'TLS_CERTIFICATE_STATE')).toBeUndefined()
    expect(fake?.secret('repo', 'TLS_ACME_ACCOUNT_KEY')).toBeDefined()
    expect(await githubSecretsStore.remove?.(options, context, revoked(bundle()))).toBeUndefined()
  })

  it('leaves the secrets when the state variable names another certificate (two steps on one secret_prefix)', async () => {
    const { options, context, deliver } = await setUp({})
    await deliver(bundle({ names: ['pr-2.example.com'], serial: '0c0d' }))
    const said = await githubSecretsStore.remove?.(options, context, {
      serial: '04a1b2c3d4e5f6',
      names: ['pr-1.example.com'],
    })
    expect(said).toEqual({
      left:
        'variable TLS_CERTIFICATE_STATE of repository octo/app holds serial 0c0d (pr-2.example.com), not the ' +
        'revoked certificate (serial 04a1b2c3d4e5f6, pr-1.example.com): left in place, with secrets ' +
        'TLS_CERTIFICATE, TLS_PRIVATE_KEY',
    })
    expect(fake?.secret('repo', 'TLS_CERTIFICATE')).toBeDefined()
    expect(fake?.secret('repo', 'TLS_PRIVATE_KEY')).toBeDefined()
    expect(fake?.variable('repo', 'TLS_CERTIFICATE_STATE')).toBeDefined()
    expect(fake?.requests.some((r) => r.method === 'DELETE')).toBe(false)
  })

  it('without the state variable, leaves secrets that are there (nothing shows what they hold) and says so', async () => {
    const { options, context, deliver } = await setUp({})
    await deliver()
    fake?.deleteVariable('repo', 'TLS_CERTIFICATE_STATE')
    const said = await githubSecretsStore.remove?.(options, context, revoked(bundle()))
    expect(said).toEqual({
      left: expect.stringMatching(
        /^variable TLS_CERTIFICATE_STATE of repository octo\/app is not there: nothing shows which certificate secrets TLS_CERTIFICATE, TLS_PRIVATE_KEY hold .*left in place/,
      ),
    })
    expect(fake?.secret('repo', 'TLS_CERTIFICATE')).toBeDefined()
    expect(fake?.requests.some((r) => r.method === 'DELETE')).toBe(false)
  })

  it('deletes in the environment scope', async () => {
    const { options, context, deliver } = await setUp(
      { secrets_scope: 'environment', secrets_environment: 'preview' },
      { environments: ['preview'] },
    )
    await deliver()
    await githubSecretsStore.remove?.(options, context, revoked(bundle()))
    expect(fake?.requests.filter((r) => r.method === 'DELETE').map((r) => `${r.path} ${r.status}`)).toEqual(
      expect.arrayContaining([
        '/repos/octo/app/environments/preview/secrets/TLS_CERTIFICATE 204',
        '/repos/octo/app/environments/preview/variables/TLS_CERTIFICATE_STATE 204',
      ]),
    )
  })
})

describe('github-secrets options', () => {
  const env = { GITHUB_REPOSITORY: REPO }
  const read = (values: Record<string, string>, environment: Record<string, string> = env) =>
    githubSecretsStore.readOptions(inputs({ secrets_token: TOKEN, ...values }), environment)

  it('defaults: prefix TLS, repository scope, api.github.com', () => {
    expect(read({})).toMatchObject({
      prefix: 'TLS',
      scope: 'repository',
      repository: REPO,
      owner: 'octo',
      apiUrl: 'https://api.github.com',
    })
  })

  it('refuses the environment scope without secrets_environment', () => {
    expect(() => read({ secrets_scope: 'environment' })).toThrow(/`secrets_environment` is required/)
  })

  it('refuses a missing secrets_token, explaining that GITHUB_TOKEN cannot write secrets', () => {
    expect(() => githubSecretsStore.readOptions(inputs({}), env)).toThrow(
      /`secrets_token` is required.*GITHUB_TOKEN cannot\s+write secrets/s,
    )
  })

  it.each([
    ['tls', /upper-case/],
    ['TLS-CERT', /upper-case/],
    ['1TLS', /starts with a digit/],
    ['GITHUB', /GITHUB_/],
    ['GITHUB_TLS', /GITHUB_/],
  ])('refuses the secret prefix %s', (prefix, message) => {
    expect(() => read({ secret_prefix: prefix })).toThrow(message)
  })

  it('refuses an unknown scope and a visibility outside the organization scope', () => {
    expect(() => read({ secrets_scope: 'enterprise' })).toThrow(/`secrets_scope`/)
    expect(() => read({ secrets_visibility: 'all' })).toThrow(/only applies to `secrets_scope: organization`/)
    expect(() => read({ secrets_scope: 'organization', secrets_visibility: 'public' })).toThrow(
      /`secrets_visibility`/,
    )
  })

  it('refuses to run without GITHUB_REPOSITORY, and selected visibility without GITHUB_REPOSITORY_ID', () => {
    expect(() => read({}, {})).toThrow(/GITHUB_REPOSITORY/)
    expect(() => read({ secrets_scope: 'organization', secrets_visibility: 'selected' })).toThrow(
      /GITHUB_REPOSITORY_ID/,
    )
  })
})
