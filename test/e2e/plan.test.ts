// End to end: mode: plan over a fleet. 30 certificates kept in the local Vault and GitHub fakes, four of them due
// for four different reasons; the real bundle outputs the matrix of exactly those, ordering and writing nothing.
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { certificateFacts } from '../../src/pki/certificate.js'
import { type AcmeProxy, type Fault, RENEWAL_INFO_PATH, startAcmeProxy } from '../support/acme-proxy.js'
import { bedInputs, rfc2136Env, topology } from '../support/bed.js'
import { selfSigned } from '../support/certificates.js'
import { startFakeGithub } from '../support/fake-github.js'
import { startFakeVault } from '../support/fake-vault.js'
import { leaks } from '../support/leaks.js'
import { type ActionRun, runAction } from '../support/run-action.js'

const DAY = 86_400_000
const REPO = 'octo/app'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

const ok = (run: ActionRun) => expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
const name = (i: number) => `cert-${i}.example.test`

describe('mode: plan', () => {
  it('30 certificates, 4 due (missing, expiring, names changed, ARI window open): the matrix holds exactly those', async () => {
    const vaultToken = `hvs.${randomBytes(24).toString('base64url')}`
    const vault = await startFakeVault({ tokens: [vaultToken] })
    closers.push(() => vault.close())
    const githubToken = `github_pat_11${randomBytes(30).toString('base64url')}`
    const github = await startFakeGithub({ token: githubToken, repository: REPO })
    closers.push(() => github.close())

    const fresh = { notBefore: new Date(Date.now() - DAY), notAfter: new Date(Date.now() + 89 * DAY) }
    const certIds = new Map<number, string>()
    for (let i = 1; i <= 29; i++) {
      // entry 5 expires in 5 days of 90; entries 1-20 are in Vault, 21-29 in GitHub's state variables
      const dates =
        i === 5
          ? { notBefore: new Date(Date.now() - 85 * DAY), notAfter: new Date(Date.now() + 5 * DAY) }
          : fresh
      const made = await selfSigned({ names: [name(i)], ...dates })
      certIds.set(i, certificateFacts(made.certificate).certId as string)
      if (i <= 20) {
        vault.put('secret', `tls/${name(i)}`, {
          certificate: made.certificate,
          chain: '',
          fullchain: made.certificate,
          private_key: made.privateKey,
          not_after: dates.notAfter.toISOString(),
          serial: '01',
          names: name(i),
        })
      } else {
        github.setVariable(
          'repo',
          `CERT_${i}_CERTIFICATE_STATE`,
          JSON.stringify({ names: [name(i)], certificate: made.certificate }),
        )
      }
    }
    // entry 25's window is open; every other certificate's opens in a month
    const window = (from: number, to: number): Fault => ({
      status: 200,
      body: {
        suggestedWindow: {
          start: new Date(Date.now() + from).toISOString(),
          end: new Date(Date.now() + to).toISOString(),
        },
      },
    })
    const proxy: AcmeProxy = await startAcmeProxy(undefined, {
      renewalInfo: (id) => (id === certIds.get(25) ? window(-DAY, DAY) : window(30 * DAY, 32 * DAY)),
    })
    closers.push(() => proxy.close())

    const entries = Array.from({ length: 30 }, (_, k) => {
      const i = k + 1
      return {
        // entry 12 asks for one more name than its certificate has
        domain: i === 12 ? `${name(i)}, www.${name(i)}` : name(i),
        vault_path: `tls/${name(i)}`,
        secret_prefix: `CERT_${i}`,
        // entry 5 is at a CA without ARI: the lifetime rule decides
        ...(i === 5 ? { acme_server: topology.ACME_DIRECTORY } : {}),
      }
    })
    const run = await runAction({
      inputs: bedInputs({
        mode: 'plan',
        dns_provider: 'rfc2136',
        acme_server: proxy.directory,
        store: 'vault, github-secrets',
        vault_addr: vault.url,
        vault_token: vaultToken,
        secrets_token: githubToken,
        certificates: stringify(entries),
      }),
      env: { GITHUB_REPOSITORY: REPO, GITHUB_API_URL: github.url },
    })
    ok(run)
    const matrix = JSON.parse(run.outputs.matrix as string) as { include: Record<string, string>[] }
    expect(matrix.include.map((e) => [e.domain, e.reason])).toEqual([
      [name(5), expect.stringMatching(/^expires in 4 days|^expires in 5 days/)],
      [`${name(12)}, www.${name(12)}`, `names changed: +www.${name(12)}`],
      [name(25), expect.stringMatching(/^renewal time \S+ in the CA's window /)],
      [name(30), 'no current certificate'],
    ])
    // each entry's own inputs travel into the matrix, for the issuing job
    expect(matrix.include[0]).toMatchObject({ vault_path: `tls/${name(5)}`, secret_prefix: 'CERT_5' })
    expect(run.outputs.due_count).toBe('4')
    expect(run.summary).toContain('## certalias: plan, 4 of 30 certificate(s) due')
    expect(run.summary.split('\n').filter((l) => l.startsWith('| cert-'))).toHaveLength(30)
    // nothing ordered, no account; the proxied CA's directory read once for the whole fleet
    const requests = proxy.requests.map((r) => `${r.method} ${r.path}`)
    expect(requests.filter((r) => !r.startsWith('GET'))).toEqual([])
    expect(requests.filter((r) => r === 'GET /dir')).toHaveLength(1)
    expect(requests.filter((r) => r.startsWith(`GET ${RENEWAL_INFO_PATH}`))).toHaveLength(28)
    expect(run.stdout).not.toMatch(/TXT written|ACME account:/)
  })

  it('an entry whose destination cannot sign in (no OIDC token) is failed, not due: the others still get their matrix', async () => {
    const expiring = await selfSigned({
      names: ['due.example.test'],
      notBefore: new Date(Date.now() - 85 * DAY),
      notAfter: new Date(Date.now() + 5 * DAY),
    })
    const run = await runAction({
      inputs: bedInputs({
        mode: 'plan',
        dns_provider: 'rfc2136',
        store: 'vault',
        vault_addr: 'https://vault.example.test',
        vault_role: 'certificates',
        certificates: stringify([
          { domain: 'due.example.test', vault_path: 'tls/due', current_certificate: expiring.certificate },
          { domain: 'stored.example.test', vault_path: 'tls/stored' },
        ]),
      }),
      // the job lacks `permissions: id-token: write`: the runner sets no ACTIONS_ID_TOKEN_REQUEST_* variables
      env: {},
    })
    expect(run.code).toBe(1)
    const matrix = JSON.parse(run.outputs.matrix as string) as { include: Record<string, string>[] }
    expect(matrix.include.map((e) => e.domain)).toEqual(['due.example.test'])
    expect(run.outputs.due_count).toBe('1')
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
    expect(error).toMatch(/stored\.example\.test.*permissions: id-token: write/)
    expect(error).not.toContain('due.example.test')
    expect(run.summary).toMatch(
      /\| stored\.example\.test \| - \| - \| \*\*failed\*\*: vault: .*id-token: write/,
    )
    expect(run.summary).toContain('## certalias: plan, 1 of 2 certificate(s) due, 1 failed')
  })

  it('checks every entry like a step before reading anything, naming the entry', async () => {
    const run = await runAction({
      inputs: bedInputs({
        mode: 'plan',
        dns_provider: 'rfc2136',
        certificates: stringify([
          { domain: 'ok.example.test' },
          { domain: 'bad name!' },
          { domain: 'x.example.test', vaultpath: 'typo' },
        ]),
      }),
      env: {},
    })
    expect(run.code).toBe(1)
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
    expect(error).toMatch(/`certificates` entry 2 \(bad name!\): `domain`: /)
    expect(error).toContain(
      '`certificates` entry 3 (x.example.test): `vaultpath` is not an input an entry can set',
    )
    expect(error).not.toContain('entry 1')
  })

  it.each(['plan', 'issue'])(
    'mode: %s refuses a secret in an entry (vault_token), naming it and the way to pass it, and shows the value nowhere',
    async (mode) => {
      const vaultToken = `hvs.${randomBytes(24).toString('base64url')}`
      const hmac = randomBytes(32).toString('base64url')
      const run = await runAction({
        inputs: bedInputs({
          mode,
          dns_provider: 'rfc2136',
          store: 'vault',
          vault_addr: 'https://vault.example.test',
          vault_token: 'hvs.the-step-input',
          certificates: stringify([
            { domain: 'ok.example.test', vault_path: 'tls/ok' },
            { domain: 'x.example.test', vault_path: 'tls/x', vault_token: vaultToken, eab_hmac_key: hmac },
          ]),
        }),
        env: {},
      })
      expect(run.code).toBe(1)
      const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
      expect(error).toContain(
        '`certificates` entry 2 (x.example.test): `vault_token`, `eab_hmac_key` are secrets, and an entry travels in ' +
          'plain text (the `matrix` output, the `report`): pass them as inputs or env of the step (and of the matrix job)',
      )
      expect(run.outputs.matrix).toBeUndefined()
      expect(run.outputs.report).toBeUndefined()
      expect(
        await leaks(run, { 'the entry vault_token': vaultToken, 'the entry eab_hmac_key': hmac }),
      ).toEqual([])
    },
  )
})

describe('mode: plan past max_jobs', () => {
  it('300 due entries fit 20 and 256 jobs: grouped, balanced, every name once, the twelve on one owner in one group; a job issues its group with mode: issue', async () => {
    const names = [
      ...topology.MANY_NAMES,
      ...Array.from({ length: 288 }, (_, i) => `g${i + 1}.${topology.ZONES.bindAlias}`),
    ]
    const jobs = new Map<number, Record<string, string>[]>()
    for (const maxJobs of [20, 256]) {
      const run = await runAction({
        inputs: bedInputs({
          mode: 'plan',
          dns_provider: 'rfc2136',
          max_jobs: String(maxJobs),
          certificates: stringify(names.map((domain) => ({ domain }))),
        }),
        env: {},
      })
      ok(run)
      expect(run.outputs.due_count).toBe('300')
      const { include } = JSON.parse(run.outputs.matrix as string) as { include: Record<string, string>[] }
      expect(include).toHaveLength(maxJobs)
      const groups = include.map((job) => JSON.parse(job.certificates as string) as { domain: string }[])
      expect(groups.map((g) => String(g.length))).toEqual(include.map((job) => job.count))
      expect(
        groups
          .flat()
          .map((e) => e.domain)
          .sort(),
      ).toEqual([...names].sort())
      // the names behind one alias owner are issued by one job: two jobs never fill one owner at once
      const many = groups.filter((g) => g.some((e) => topology.MANY_NAMES.includes(e.domain)))
      expect(many).toHaveLength(1)
      expect(many[0]?.filter((e) => topology.MANY_NAMES.includes(e.domain))).toHaveLength(12)
      // balanced: the largest group is the twelve's, or at most one more than the smallest
      const sizes = groups.filter((g) => g !== many[0]).map((g) => g.length)
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      jobs.set(maxJobs, include)
    }

    // a matrix job as the workflow writes it: its group's certificates (JSON as the plan gave it) for mode: issue
    const job = (jobs.get(20) ?? []).find((j) => !j.certificates?.includes(topology.MANY_NAMES[0] as string))
    const group = JSON.parse(job?.certificates as string) as { domain: string }[]
    const issue = await runAction({
      inputs: bedInputs({ dns_provider: 'rfc2136', certificates: job?.certificates as string }),
      env: await rfc2136Env(),
    })
    ok(issue)
    expect(issue.outputs.issued_count).toBe(String(group.length))
    expect((JSON.parse(issue.outputs.report as string) as { names: string[] }[]).map((r) => r.names)).toEqual(
      group.map((e) => [e.domain]),
    )
  })
})
