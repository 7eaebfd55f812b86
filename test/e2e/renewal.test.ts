// End to end: scheduled renewal. The real bundle, run as the runner runs it (every input of action.yml at its
// default unless set), decides from the certificate in use whether to issue: through the fake GitHub API,
// Vault, files, a PEM, a path or a TLS server, with Pebble's answers or, through a proxy, with ARI (RFC 9773).
import { execFileSync } from 'node:child_process'
import { createPrivateKey, randomBytes, X509Certificate } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer as createTlsServer } from 'node:tls'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { TEST_TIMEOUT_ENV } from '../../src/acme/test-timeout.js'
import { certificateFacts } from '../../src/pki/certificate.js'
import { pointInWindow } from '../../src/renewal/decide.js'
import {
  type AcmeProxy,
  type AcmeRequest,
  type Fault,
  handBackOnce,
  type ProxyAnswer,
  RENEWAL_INFO_PATH,
  recordValidOrder,
  startAcmeProxy,
} from '../support/acme-proxy.js'
import { bedDir, bedInputs, rfc2136Env, topology, trustingPebble, txtAt } from '../support/bed.js'
import { selfSigned } from '../support/certificates.js'
import { type FakeGithub, startFakeGithub } from '../support/fake-github.js'
import { type FakeVault, startFakeVault } from '../support/fake-vault.js'
import { type ActionRun, runAction } from '../support/run-action.js'
import { MEANT_COMMANDS, workflowCommands } from '../support/workflow-commands.js'

const DOMAIN = 'www.example.test'
const BIND_OWNER = '_acme-challenge.validation.bind.test'
const REPO = 'octo/app'
const DAY = 86_400_000

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

const ok = (run: ActionRun) => expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
const accountUrl = (run: ActionRun) => /^ACME account: (\S+)$/m.exec(run.stdout)?.[1]
const warnings = (run: ActionRun) => run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
/** What shows that a run touched neither the CA's orders nor the DNS. */
function expectNothingOrdered(run: ActionRun, ca?: AcmeProxy, caBefore = 0) {
  expect(run.stdout).not.toMatch(/TXT written|ACME account:|Order created/)
  expect(run.state.records ?? '[]').toBe('[]')
  if (ca !== undefined) {
    const since = ca.requests.slice(caBefore).map((r) => `${r.method} ${r.path}`)
    expect(since.filter((r) => !r.startsWith('GET'))).toEqual([])
  }
}

async function github(): Promise<{ fake: FakeGithub; token: string; env: Record<string, string> }> {
  const token = `github_pat_11${randomBytes(30).toString('base64url')}`
  const fake = await startFakeGithub({ token, repository: REPO })
  closers.push(() => fake.close())
  return { fake, token, env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: fake.url } }
}

/** The CA's answer to an order naming a certificate another order replaced already (RFC 9773: alreadyReplaced). */
const ALREADY_REPLACED = {
  status: 409,
  body: { type: 'urn:ietf:params:acme:error:alreadyReplaced', detail: 'already replaced', status: 409 },
}

describe('scheduled renewal into GitHub secrets (the README workflow, run daily)', () => {
  it('issues once, keeps the account, then issues nothing while not due: no order, no account, no DNS write', async () => {
    const gh = await github()
    const env = { ...(await rfc2136Env()), ...gh.env }
    const inputs = bedInputs({
      domain: DOMAIN,
      dns_provider: 'rfc2136',
      store: 'github-secrets',
      secrets_token: gh.token,
    })

    const first = await runAction({ inputs, env })
    ok(first)
    expect(first.outputs).toMatchObject({ issued: 'true', reason: 'no current certificate' })
    // the account key made for the run is kept as a secret, and the log says how to pass it back
    const accountKey = gh.fake.secret('repo', 'TLS_ACME_ACCOUNT_KEY')?.plaintext
    expect(accountKey).toMatch(/^-----BEGIN PRIVATE KEY-----/)
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, as the user writes it
    expect(first.stdout).toContain('account_key: ${{ secrets.TLS_ACME_ACCOUNT_KEY }}')
    expect(first.summary).toContain('TLS\\_ACME\\_ACCOUNT\\_KEY')
    // a fresh certificate from Pebble (5 years) renews when a third of its lifetime is left
    expect(Date.parse(first.outputs.renew_after as string)).toBeGreaterThan(Date.now() + 3 * 365 * DAY)

    const pebbleBefore = await pebbleRequests()
    const second = await runAction({ inputs, env })
    ok(second)
    expect(second.outputs.issued).toBe('false')
    expect(second.outputs.reason).toMatch(/^not due: expires in 18\d\d days, renewal from 20\d\d-/)
    expect(second.outputs).toMatchObject({
      serial: first.outputs.serial,
      not_after: first.outputs.not_after,
      domains: DOMAIN,
      renew_after: first.outputs.renew_after,
    })
    // the state variable holds the leaf only, and no key: there are no file outputs to give
    expect(second.outputs.certificate).toBe(await readFile(first.outputs.certificate_path as string, 'utf8'))
    expect(second.outputs.certificate_path).toBeUndefined()
    expectNothingOrdered(second)
    expect(await pebbleRequests()).toBe(pebbleBefore)
    expect(second.stdout).toMatch(
      /Current certificate \(variable TLS_CERTIFICATE_STATE of repository octo\/app\)/,
    )
    expect(second.summary).toContain('## certalias: certificate not due, nothing issued')
    expect(second.summary).toContain(`**Decision:** not due: expires in`)
    // nothing was delivered again
    expect(gh.fake.secret('repo', 'TLS_CERTIFICATE')?.plaintext).toBe(
      await readFile(first.outputs.fullchain_path as string, 'utf8'),
    )

    // the workflow now passes the kept key: a changed domain issues again, from the same account
    const withKey = { ...inputs, account_key: accountKey as string }
    const changed = await runAction({ inputs: { ...withKey, domain: `${DOMAIN}, example.test` }, env })
    ok(changed)
    expect(changed.outputs).toMatchObject({ issued: 'true', reason: 'names changed: +example.test' })
    expect(accountUrl(changed)).toBe(accountUrl(first))
    expect(changed.stdout).toContain('ACME account key: from account_key')

    const forced = await runAction({
      inputs: { ...withKey, domain: `${DOMAIN}, example.test`, force_renew: 'true' },
      env,
    })
    ok(forced)
    expect(forced.outputs).toMatchObject({ issued: 'true', reason: 'forced' })
    expect(forced.outputs.serial).not.toBe(changed.outputs.serial)
    expect(accountUrl(forced)).toBe(accountUrl(first))
    // with account_key given, no account secret is written again
    expect(forced.stdout).not.toContain('TLS_ACME_ACCOUNT_KEY')
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })
})

describe('a destination that refuses the credential', () => {
  it('stops before any order: the certificate could not be stored there, so issuing would only spend the CA limit', async () => {
    const gh = await github()
    const before = await pebbleRequests()
    const run = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        store: 'github-secrets',
        secrets_token: 'github_pat_11wrong',
      }),
      env: { ...(await rfc2136Env()), ...gh.env },
    })
    expect(run.code).toBe(1)
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
    expect(error).toMatch(/HTTP 401.*secrets_token.*Nothing was ordered: fix the credential first/)
    expect(error).not.toContain('github_pat_11wrong')
    expectNothingOrdered(run)
    expect(await pebbleRequests()).toBe(before)
  })

  it('stops before any order when the credential cannot be obtained: vault_role in a job without id-token: write', async () => {
    const before = await pebbleRequests()
    const run = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        store: 'vault',
        vault_addr: 'https://vault.example.test',
        vault_path: 'tls/oidc',
        vault_role: 'certificates',
      }),
      // no ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN: what the runner gives a job without the permission
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
    expect(error).toMatch(/vault_role.*`permissions: id-token: write`.*Nothing was ordered/)
    expectNothingOrdered(run)
    expect(await pebbleRequests()).toBe(before)
  })
})

/** POSTs Pebble has logged: a run that orders nothing adds none. */
async function pebbleRequests(): Promise<number> {
  const log = await readFile(join(bedDir(), 'pebble-plain.log'), 'utf8').catch(() => '')
  return log.split('\n').filter((line) => /POST \//.test(line)).length
}

describe('ARI: the CA says when to renew', () => {
  let proxy: AcmeProxy
  let renewalInfo: (certId: string) => Fault | undefined = () => undefined
  let fault: (request: AcmeRequest) => Fault | undefined = () => undefined
  let bend: (request: AcmeRequest, answer: ProxyAnswer) => ProxyAnswer | undefined = () => undefined
  let issued: { fullchain: string; certId: string; serial: string }
  /** The first issuance's order once valid: handed back by a test, as a CA may hand back another run's order. */
  const validOrder = { url: '', text: '' }

  beforeAll(async () => {
    proxy = await startAcmeProxy((r) => fault(r), {
      renewalInfo: (id) => renewalInfo(id),
      rewrite: (r, a) => bend(r, a),
    })
    bend = recordValidOrder(new URL(proxy.directory).origin, validOrder)
    const run = await runAction({
      inputs: bedInputs({ domain: DOMAIN, dns_provider: 'rfc2136', acme_server: proxy.directory }),
      env: await rfc2136Env(),
    })
    ok(run)
    expect(validOrder.url).not.toBe('')
    const fullchain = await readFile(run.outputs.fullchain_path as string, 'utf8')
    issued = { fullchain, certId: independentCertId(fullchain), serial: run.outputs.serial as string }
  })
  afterAll(async () => proxy?.close())
  afterEach(() => {
    renewalInfo = () => undefined
    fault = () => undefined
    bend = () => undefined
  })

  const window = (startOffset: number, endOffset: number, extra: Record<string, unknown> = {}): Fault => ({
    status: 200,
    headers: { 'retry-after': '21600' },
    body: {
      suggestedWindow: {
        start: new Date(Date.now() + startOffset).toISOString(),
        end: new Date(Date.now() + endOffset).toISOString(),
      },
      ...extra,
    },
  })
  const renew = async (inputs: Record<string, string> = {}) =>
    runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        acme_server: proxy.directory,
        current_certificate: issued.fullchain,
        ...inputs,
      }),
      env: await rfc2136Env(),
    })
  const ariRequests = () =>
    proxy.requests.filter((r) => r.path.startsWith(RENEWAL_INFO_PATH)).map((r) => r.path)
  const orders = () => proxy.requests.filter((r) => r.path === '/order-plz')

  it('a window in the future: not due, renew_after inside it less one interval and the same time in the reason, the log and the summary, the explanation shown, no order', async () => {
    renewalInfo = (id) =>
      id === issued.certId ? window(30 * DAY, 32 * DAY, { explanationURL: 'https://ca.test/why' }) : undefined
    const before = proxy.requests.length
    const run = await renew()
    ok(run)
    expect(run.outputs.issued).toBe('false')
    const renewAfter = Date.parse(run.outputs.renew_after as string)
    expect(renewAfter).toBeGreaterThanOrEqual(Date.now() + 29 * DAY - 60_000)
    expect(renewAfter).toBeLessThan(Date.now() + 31 * DAY)
    const said = /^not due: renewal from (\S+) \(/.exec(run.outputs.reason as string)?.[1]
    expect(Date.parse(said as string), run.outputs.reason).toBe(renewAfter)
    expect(run.stdout).toContain(`Decision: keep the current certificate: ${run.outputs.reason}`)
    expect(run.summary).toContain(`**Next renewal from:** ${said}`)
    expect(run.stdout).toContain('the CA explains: https://ca.test/why')
    expect(run.summary).toContain('**CA renewal window (ARI):**')
    // asked with the certID of RFC 9773 (key identifier and serial of the current certificate)
    expect(ariRequests().at(-1)).toBe(`${RENEWAL_INFO_PATH}${issued.certId}`)
    expectNothingOrdered(run, proxy, before)
    expect(run.outputs.serial).toBe(issued.serial)
  })

  it('an explanationURL holding a new line, ::stop-commands:: and ##[add-mask] commands nothing: the log shows it as text', async () => {
    renewalInfo = () =>
      window(30 * DAY, 32 * DAY, {
        explanationURL: 'https://ca.test/why\n::stop-commands::injected\n##[add-mask]injected',
      })
    const run = await renew()
    ok(run)
    const commands = workflowCommands(run.stdout)
    expect(commands.filter((c) => !MEANT_COMMANDS.has(c.name) || c.data.startsWith('injected'))).toEqual([])
    expect(run.stdout).toMatch(
      /the CA explains: https:\/\/ca\.test\/why::stop-commands::injected\\x23#\[add-mask\]injected$/m,
    )
    expect(run.summary).toContain('([why](https://ca.test/why::stop-commands::injected##[add-mask]injected))')
    expect(run.outputs.issued).toBe('false')
  })

  it('a window open now whose time for this certificate is after the next run: not due, no order', async () => {
    // placed so that this certificate's time in it is two days away, the window having opened a day or more ago
    const share = pointInWindow(issued.certId)
    const span = Math.max(30 * DAY, Math.ceil((3 * DAY) / share))
    const offset = 2 * DAY - Math.floor(share * span)
    renewalInfo = () => window(offset, offset + span)
    const before = proxy.requests.length
    const run = await renew()
    ok(run)
    expect(run.outputs.issued).toBe('false')
    expect(run.outputs.reason).toMatch(/^not due: renewal from /)
    expect(Math.abs(Date.parse(run.outputs.renew_after as string) - (Date.now() + DAY))).toBeLessThan(60_000)
    expectNothingOrdered(run, proxy, before)
  })

  it('a window open now that ends before the next run: issues, and the order names the certificate it replaces', async () => {
    renewalInfo = () => window(-DAY, DAY)
    const run = await renew()
    ok(run)
    expect(run.outputs.issued).toBe('true')
    expect(run.outputs.reason).toMatch(
      /^renewal time \S+ in the CA's window \S+ to \S+ (has come|falls before the next run)$/,
    )
    expect(orders().at(-1)?.payload).toMatchObject({ replaces: issued.certId })
    expect(run.stdout).toContain(`(replaces ${issued.certId})`)
  })

  it('a window already passed: issues', async () => {
    renewalInfo = () => window(-3 * DAY, -DAY)
    const run = await renew()
    ok(run)
    expect(run.outputs).toMatchObject({
      issued: 'true',
      reason: expect.stringMatching(/^renewal window passed on /),
    })
  })

  it('a CA that answers alreadyReplaced gets the order once more without replaces', async () => {
    renewalInfo = () => window(-DAY, DAY)
    fault = (r) =>
      r.path === '/order-plz' && r.payload?.replaces !== undefined ? ALREADY_REPLACED : undefined
    const before = orders().length
    const run = await renew()
    ok(run)
    expect(run.outputs.issued).toBe('true')
    const sent = orders().slice(before)
    expect(sent.map((r) => r.payload?.replaces)).toEqual([issued.certId, undefined])
    expect(warnings(run).join('\n')).toMatch(
      /refused the order as a replacement .*already replaced.*ordering without it/,
    )
  })

  it('an order placed again after the CA answered alreadyReplaced leaves replaces out', async () => {
    renewalInfo = () => window(-DAY, DAY)
    // the first order (with replaces) comes back already valid, as another run's would: ordered again, the CA
    // then says the certificate was already replaced
    bend = handBackOnce(validOrder).rewrite
    let withReplaces = 0
    fault = (r) =>
      r.path === '/order-plz' && r.payload?.replaces !== undefined && withReplaces++ > 0
        ? ALREADY_REPLACED
        : undefined
    const before = orders().length
    const run = await renew()
    ok(run)
    expect(run.outputs.issued).toBe('true')
    expect(
      orders()
        .slice(before)
        .map((r) => r.payload?.replaces),
    ).toEqual([issued.certId, issued.certId, undefined])
    expect(warnings(run).join('\n')).toMatch(/refused the order as a replacement .*already replaced/)
  })

  it('a renewalInfo read that fails: the renewal order still names the certificate it replaces', async () => {
    renewalInfo = () => ({ status: 500, headers: { 'retry-after': '0' }, body: { detail: 'internal error' } })
    const run = await renew({ force_renew: 'true' })
    ok(run)
    expect(run.outputs.issued).toBe('true')
    expect(warnings(run).join('\n')).toMatch(/Renewal information \(ARI\): .*HTTP 500/)
    expect(orders().at(-1)?.payload).toMatchObject({ replaces: issued.certId })
    expect(run.stdout).toContain(`(replaces ${issued.certId})`)
  })

  it('an ARI error and a malformed answer: a warning, then the lifetime rule (not due), never a failure', async () => {
    for (const answer of [
      { status: 500, headers: { 'retry-after': '0' }, body: { detail: 'internal error' } },
      { status: 200, body: { suggestedWindow: { start: 'soon' } } },
    ] satisfies Fault[]) {
      renewalInfo = () => answer
      const run = await renew()
      ok(run)
      expect(run.outputs.issued).toBe('false')
      expect(run.outputs.reason).toMatch(/^not due: expires in \d+ days/)
      expect(warnings(run).join('\n')).toMatch(
        /Renewal information \(ARI\): .*(HTTP 500|malformed \(start is not a time\)).*lifetime instead/,
      )
    }
  })
})

describe('ARI from a CA that stalls', () => {
  it('the directory or renewalInfo never answered: the lifetime rule decides within seconds, with a warning, no order', async () => {
    const first = await startAcmeProxy(undefined, { renewalInfo: () => undefined })
    closers.push(() => first.close())
    const issued = await runAction({
      inputs: bedInputs({ domain: DOMAIN, dns_provider: 'rfc2136', acme_server: first.directory }),
      env: await rfc2136Env(),
    })
    ok(issued)
    const fullchain = await readFile(issued.outputs.fullchain_path as string, 'utf8')

    for (const stalled of [
      (path: string) => path === '/dir',
      (path: string) => path.startsWith(RENEWAL_INFO_PATH),
    ]) {
      const ca = await startAcmeProxy(undefined, {
        renewalInfo: () => undefined,
        stall: (r) => stalled(r.path),
      })
      closers.push(() => ca.close())
      const started = Date.now()
      const run = await runAction({
        inputs: bedInputs({
          domain: DOMAIN,
          dns_provider: 'rfc2136',
          acme_server: ca.directory,
          current_certificate: fullchain,
        }),
        env: { ...(await rfc2136Env()), [TEST_TIMEOUT_ENV]: '300' },
      })

      ok(run)
      expect(run.outputs.issued).toBe('false')
      expect(run.outputs.reason).toMatch(/^not due: expires in \d+ days/)
      expect(warnings(run).join('\n')).toMatch(
        /Renewal information \(ARI\): .*within 300 ms.*lifetime instead/,
      )
      expectNothingOrdered(run, ca)
      // two tries of 300 ms and a back-off between them, not the 5 s of each try the action allows a real CA
      expect(Date.now() - started).toBeLessThan(4_000)
    }
  })
})

/** certID computed apart from the code under test: AKI from OpenSSL's text, the serial's DER content bytes. */
function independentCertId(pem: string): string {
  const leaf = new X509Certificate(pem)
  const serialHex = leaf.serialNumber.length % 2 === 0 ? leaf.serialNumber : `0${leaf.serialNumber}`
  const serial = Buffer.from(serialHex, 'hex')
  const der = (serial[0] as number) & 0x80 ? Buffer.concat([Buffer.from([0]), serial]) : serial
  const aki = akiFromOpenssl(pem)
  return `${aki.toString('base64url')}.${der.toString('base64url')}`
}

function akiFromOpenssl(pem: string): Buffer {
  const out = execFileSync('openssl', ['x509', '-noout', '-ext', 'authorityKeyIdentifier'], {
    input: pem,
    encoding: 'utf8',
  })
  const hex = /([0-9A-F]{2}(?::[0-9A-F]{2})+)/.exec(out)?.[1]
  if (hex === undefined) throw new Error(`no authority key identifier in ${out}`)
  return Buffer.from(hex.replace(/:/g, ''), 'hex')
}

describe('the current certificate from each source', () => {
  it('from a file path, and from a TLS server (SNI = the primary name): not due', async () => {
    const first = await runAction({
      inputs: bedInputs({ domain: DOMAIN, dns_provider: 'rfc2136' }),
      env: await rfc2136Env(),
    })
    ok(first)
    const fullchain = await readFile(first.outputs.fullchain_path as string, 'utf8')
    const key = await readFile(first.outputs.private_key_path as string, 'utf8')

    const dir = await mkdtemp(join(tmpdir(), 'certalias-current-'))
    const path = join(dir, 'in-use.pem')
    await writeFile(path, fullchain)
    const fromPath = await runAction({
      inputs: bedInputs({ domain: DOMAIN, dns_provider: 'rfc2136', current_certificate: path }),
      env: await rfc2136Env(),
    })
    ok(fromPath)
    expect(fromPath.outputs).toMatchObject({ issued: 'false', serial: first.outputs.serial })
    expect(fromPath.stdout).toContain(`Current certificate (file ${path})`)
    expectNothingOrdered(fromPath)

    const servernames: string[] = []
    const server = createTlsServer({ cert: fullchain, key }, (socket) => socket.end())
    server.on('tlsClientError', () => {})
    server.prependListener('secureConnection', (socket) =>
      servernames.push(String((socket as { servername?: string }).servername)),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const address = `tls://127.0.0.1:${(server.address() as AddressInfo).port}`
    const fromTls = await runAction({
      inputs: bedInputs({ domain: DOMAIN, dns_provider: 'rfc2136', current_certificate: address }),
      // the bed's CA trusted as a public one would be: the certificate verifies
      env: { ...(await rfc2136Env()), NODE_EXTRA_CA_CERTS: await trustingPebble() },
    })
    ok(fromTls)
    expect(fromTls.outputs).toMatchObject({ issued: 'false', serial: first.outputs.serial, domains: DOMAIN })
    expect(servernames).toEqual([DOMAIN])
    expectNothingOrdered(fromTls)
  })

  it('a TLS server whose certificate does not verify counts as absent, with a warning: self-signed, or for other names', async () => {
    const serve = async (cert: string, key: string) => {
      const server = createTlsServer({ cert, key }, (socket) => socket.end())
      server.on('tlsClientError', () => {})
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())))
      return `tls://127.0.0.1:${(server.address() as AddressInfo).port}`
    }
    const env = { ...(await rfc2136Env()), NODE_EXTRA_CA_CERTS: await trustingPebble() }

    // valid dates and the right name, but signed by nobody the runner trusts
    const made = await selfSigned({
      names: [DOMAIN],
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + 60 * DAY),
    })
    const selfSignedRun = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        current_certificate: await serve(made.certificate, made.privateKey),
      }),
      env,
    })
    ok(selfSignedRun)
    expect(selfSignedRun.outputs).toMatchObject({ issued: 'true', reason: 'no current certificate' })
    expect(warnings(selfSignedRun).join('\n')).toMatch(
      new RegExp(
        `current_certificate tls://127\\.0\\.0\\.1:\\d+: the certificate it presents for ${DOMAIN.replace(/\./g, '\\.')} ` +
          `\\(${DOMAIN.replace(/\./g, '\\.')}, serial [0-9a-f]+\\) does not verify: .*self.signed.*; treated as absent`,
      ),
    )

    // a publicly trusted certificate, but for another name: an ingress's default certificate
    const other = `pr-79.${topology.ZONES.bindAlias}`
    const fullchain = await readFile(selfSignedRun.outputs.fullchain_path as string, 'utf8')
    const key = await readFile(selfSignedRun.outputs.private_key_path as string, 'utf8')
    const otherRun = await runAction({
      inputs: bedInputs({
        domain: other,
        dns_provider: 'rfc2136',
        current_certificate: await serve(fullchain, key),
      }),
      env,
    })
    ok(otherRun)
    expect(otherRun.outputs).toMatchObject({
      issued: 'true',
      reason: 'no current certificate',
      domains: other,
    })
    expect(warnings(otherRun).join('\n')).toMatch(
      new RegExp(
        `presents for ${other.replace(/\./g, '\\.')} \\(${DOMAIN.replace(/\./g, '\\.')}, serial [0-9a-f]+\\) does not verify: it is not for ${other.replace(/\./g, '\\.')}`,
      ),
    )
  })

  it('a path with nothing there yet (a first run) issues; a TLS server that is not there issues with a warning', async () => {
    const missing = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        current_certificate: join(tmpdir(), 'certalias-none', 'cert.pem'),
      }),
      env: await rfc2136Env(),
    })
    ok(missing)
    expect(missing.outputs).toMatchObject({ issued: 'true', reason: 'no current certificate' })

    const refused = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        current_certificate: 'tls://127.0.0.1:1',
      }),
      env: await rfc2136Env(),
    })
    ok(refused)
    expect(refused.outputs.issued).toBe('true')
    expect(refused.outputs.reason).toMatch(
      /^current certificate unreadable: current_certificate tls:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/,
    )
    expect(warnings(refused).join('\n')).toMatch(/could not be read/)
  })

  it('files in output_dir (as a cache restores them): the second run keeps them and gives the same file outputs', async () => {
    const outputDir = join(await mkdtemp(join(tmpdir(), 'certalias-cache-')), 'tls')
    const inputs = bedInputs({ domain: DOMAIN, dns_provider: 'rfc2136', output_dir: outputDir })
    const first = await runAction({ inputs, env: await rfc2136Env() })
    ok(first)
    const second = await runAction({ inputs, env: await rfc2136Env() })
    ok(second)
    expect(second.outputs).toMatchObject({
      issued: 'false',
      serial: first.outputs.serial,
      certificate_path: join(outputDir, 'cert.pem'),
      private_key_path: join(outputDir, 'privkey.pem'),
      fullchain_path: join(outputDir, 'fullchain.pem'),
    })
    expect(second.outputs.certificate).toBe(await readFile(join(outputDir, 'fullchain.pem'), 'utf8'))
    expectNothingOrdered(second)
  })

  it('an expired certificate, and one of another key type, issue', async () => {
    const expired = await selfSigned({
      names: [DOMAIN],
      notBefore: new Date(Date.now() - 100 * DAY),
      notAfter: new Date(Date.now() - 10 * DAY),
    })
    const run = await runAction({
      inputs: bedInputs({
        domain: DOMAIN,
        dns_provider: 'rfc2136',
        current_certificate: expired.certificate,
      }),
      env: await rfc2136Env(),
    })
    ok(run)
    expect(run.outputs).toMatchObject({ issued: 'true', reason: expect.stringMatching(/^expired on \d{4}-/) })

    const rsa = await selfSigned({
      names: [DOMAIN],
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + 89 * DAY),
      keyType: 'rsa-2048',
    })
    const other = await runAction({
      inputs: bedInputs({ domain: DOMAIN, dns_provider: 'rfc2136', current_certificate: rsa.certificate }),
      env: await rfc2136Env(),
    })
    ok(other)
    expect(other.outputs).toMatchObject({ issued: 'true', reason: 'key type changed: rsa-2048 -> ec-p256' })
    expect(certificateFacts(await readFile(other.outputs.certificate_path as string, 'utf8')).keyType).toBe(
      'ec-p256',
    )
  })

  it('from Vault with the key: not due still gives working file outputs, and a forced renewal reuses the kept account', async () => {
    const token = `hvs.${randomBytes(24).toString('base64url')}`
    const vault: FakeVault = await startFakeVault({ tokens: [token] })
    closers.push(() => vault.close())
    const inputs = bedInputs({
      domain: DOMAIN,
      dns_provider: 'rfc2136',
      store: 'vault',
      vault_addr: vault.url,
      vault_path: `tls/${DOMAIN}`,
      vault_token: token,
    })
    const first = await runAction({ inputs, env: await rfc2136Env() })
    ok(first)
    const stored = vault.entry('secret', `tls/${DOMAIN}`)?.versions.at(-1)?.data as Record<string, string>
    expect(stored.account_key).toMatch(/^-----BEGIN PRIVATE KEY-----/)

    const second = await runAction({ inputs, env: await rfc2136Env() })
    ok(second)
    expect(second.outputs).toMatchObject({ issued: 'false', serial: first.outputs.serial })
    // the files come from Vault into this runner's own directory, and the key belongs to the certificate
    expect(second.outputs.certificate_path).toBe(join(second.runnerTemp, 'certalias', DOMAIN, 'cert.pem'))
    const certificate = new X509Certificate(await readFile(second.outputs.certificate_path as string))
    expect(
      certificate.checkPrivateKey(
        createPrivateKey(await readFile(second.outputs.private_key_path as string, 'utf8')),
      ),
    ).toBe(true)
    expect(await readFile(second.outputs.fullchain_path as string, 'utf8')).toBe(stored.fullchain)
    expectNothingOrdered(second)
    // the key read from Vault never shows
    expect(
      second.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(stored.private_key?.split('\n')[1])

    const forced = await runAction({ inputs: { ...inputs, force_renew: 'true' }, env: await rfc2136Env() })
    ok(forced)
    expect(forced.outputs).toMatchObject({ issued: 'true', reason: 'forced' })
    expect(forced.stdout).toContain('ACME account key: the one an earlier run kept in the store')
    expect(accountUrl(forced)).toBe(accountUrl(first))
    // the new version keeps the account key
    expect(vault.entry('secret', `tls/${DOMAIN}`)?.versions.at(-1)?.data).toMatchObject({
      account_key: stored.account_key,
    })
  })
})
