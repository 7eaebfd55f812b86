// End to end: the command line. The same bundle as the action, run as `certalias <command>` on the test bed:
// flags and CERTALIAS_* variables, outputs on stdout, exit codes, SIGTERM cleanup, and the packed npm package.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { envName, flagName } from '../../src/cli/index.js'
import { actionYml } from '../support/action-yml.js'
import { chainTopIssuer, pebbleRootName, rfc2136Env, topology, txtAt } from '../support/bed.js'
import { bedFlags, certalias, outputs, ROOT } from '../support/run-cli.js'

const STALL_OWNER = '_acme-challenge.stall.test'

describe('certalias on the command line', () => {
  it('--help of the commands together lists every input of action.yml as a flag and a CERTALIAS_ variable', async () => {
    const declared = Object.keys((parse(actionYml) as { inputs: Record<string, unknown> }).inputs).filter(
      (n) => n !== 'mode',
    )
    let helps = ''
    for (const command of ['issue', 'revoke', 'plan', 'check']) {
      const run = await certalias([command, '--help'])
      expect(run.code).toBe(0)
      helps += run.stdout
    }
    for (const name of declared) expect(helps).toContain(`${flagName(name)} <value>   (${envName(name)})`)
    expect(helps).toContain('RFC2136_TSIG_SECRET')
    const general = await certalias(['--help'])
    expect(general.stdout).toMatch(/Commands:\n {2}issue .*\n {2}revoke .*\n {2}plan /)
  })

  it('issues with flags and CERTALIAS_ variables, prints the outputs, and keeps nothing secret in either stream', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'certalias-cli-'))
    const env = await rfc2136Env()
    const alternateRoot = await pebbleRootName(1)
    const run = await certalias(
      ['issue', '--domain', 'www.example.test', '--preferred-chain', alternateRoot, ...bedFlags()],
      {
        cwd,
        env: { ...env, CERTALIAS_DNS_PROVIDER: 'rfc2136', CERTALIAS_KEY_TYPE: 'ec-p384' },
      },
    )
    expect(run.code, run.stderr).toBe(0)
    const out = outputs(run.stdout)
    expect(out).toMatchObject({
      issued: 'true',
      reason: 'no current certificate',
      domains: 'www.example.test',
    })
    expect(out.certificate_path).toBe(join(cwd, 'certalias', 'www.example.test', 'cert.pem'))
    // the same log lines as the action, on stderr
    expect(run.stderr).toMatch(/CNAME check: every authoritative server/)
    expect(run.stderr).toMatch(/Propagation: every authoritative server/)
    expect(chainTopIssuer(await readFile(out.fullchain_path as string, 'utf8'))).toBe(alternateRoot)
    const key = await readFile(out.private_key_path as string, 'utf8')
    expect(execFileSync('openssl', ['pkey', '-noout', '-text'], { input: key, encoding: 'utf8' })).toMatch(
      /384 bit/,
    )
    for (const secret of [env.RFC2136_TSIG_SECRET as string, key.split('\n')[1] as string]) {
      expect(run.stdout).not.toContain(secret)
      expect(run.stderr).not.toContain(secret)
    }

    // the next run finds the certificate in ./certalias and issues nothing; --json gives one object
    const again = await certalias(
      [
        'issue',
        '--domain=www.example.test',
        '--dns-provider',
        'rfc2136',
        '--key-type',
        'ec-p384',
        '--json',
        ...bedFlags(),
      ],
      {
        cwd,
        env,
      },
    )
    expect(again.code, again.stderr).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ issued: 'false', serial: out.serial })
  })

  it('check: the same rows as the action, as check=pass and a check_report, exit 0; a broken master exits 1', async () => {
    const env = await rfc2136Env()
    const ok = await certalias(
      ['check', '--domain', 'www.example.test', '--dns-provider', 'rfc2136', '--json', ...bedFlags()],
      { env },
    )
    expect(ok.code, ok.stderr).toBe(0)
    const out = JSON.parse(ok.stdout) as { check: string; check_report: string }
    expect(out.check).toBe('pass')
    expect((JSON.parse(out.check_report) as { check: string }[]).map((r) => r.check)).toContain('write')
    expect(ok.stderr).toMatch(/✓ cname: _acme-challenge\.www\.example\.test on ns1\.example\.test/)
    const broken = await certalias(
      ['check', '--domain', 'missing.example.test', '--dns-provider', 'rfc2136', ...bedFlags()],
      { env },
    )
    expect(broken.code).toBe(1)
    expect(broken.stdout).toContain('check=fail')
  })

  it('exits 2 on bad input and on an unknown option, naming them; 1 on a failure', async () => {
    const bad = await certalias([
      'issue',
      '--domain',
      'www.example.test',
      '--dns-provider',
      'rfc2136',
      '--key-type',
      'dsa',
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/error: Invalid inputs?:[\s\S]*--key-type: "dsa" is not one of/)
    // a provider setting outside its fixed set is bad input too, refused before any DNS or CA request
    const algorithm = await certalias(['issue', '--domain', 'www.example.test', ...bedFlags()], {
      env: {
        ...(await rfc2136Env()),
        CERTALIAS_DNS_PROVIDER: 'rfc2136',
        RFC2136_TSIG_ALGORITHM: 'hmac-sha257',
      },
    })
    expect(algorithm.code).toBe(2)
    expect(algorithm.stderr).toMatch(
      /CERTALIAS_DNS_PROVIDER=rfc2136: RFC2136_TSIG_ALGORITHM is "hmac-sha257", not one of hmac-sha256/,
    )
    expect(algorithm.stderr).not.toMatch(/CNAME|order/i)
    const unknown = await certalias(['issue', '--domian', 'x'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown option --domian')
    const failed = await certalias(['issue', '--domain', 'missing.example.test', ...bedFlags()], {
      env: { ...(await rfc2136Env()), CERTALIAS_DNS_PROVIDER: 'rfc2136' },
    })
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/error: [\s\S]*ns2\.example\.test/)
  })

  it('has no workflow OIDC token: a sign-in that needs one fails at once, naming the credential to use instead', async () => {
    const run = await certalias(
      [
        'revoke',
        '--domain',
        'www.example.test',
        '--store',
        'vault',
        '--vault-role',
        'ci',
        '--vault-path',
        'tls/x',
      ],
      // the runner's variables, as in a `run:` step of a job that may have a token: still not the command line's
      {
        env: {
          ...(await rfc2136Env()),
          CERTALIAS_DNS_PROVIDER: 'rfc2136',
          CERTALIAS_VAULT_ADDR: 'http://127.0.0.1:9',
          ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/idtoken?api-version=2.0',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
        },
      },
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      "vault: `vault_role` logs in with the workflow's OIDC token, and the command line has none (a GitHub " +
        'Actions step of certalias gets it from the runner); or use `vault_token`',
    )
  })

  it('SIGTERM after the write removes exactly the values this run wrote, then exits 143', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'certalias-cli-'))
    let killed = false
    const run = await certalias(
      [
        'issue',
        '--domain',
        'crash.example.test',
        '--dns-provider',
        'rfc2136',
        ...bedFlags(),
        '--propagation-timeout',
        '120',
      ],
      {
        cwd,
        env: await rfc2136Env(),
        onStderr: (text, kill) => {
          if (!killed && /TXT written: _acme-challenge\.stall\.test/.test(text)) {
            killed = true
            kill()
          }
        },
      },
    )
    expect(killed).toBe(true)
    expect(run.code).toBe(143)
    expect(run.stderr).toMatch(/SIGTERM: stopping; removing the challenge values this run wrote/)
    expect(run.stderr).toContain('Removed every value this run wrote')
    expect(await txtAt(topology.BIND, STALL_OWNER)).toEqual(['keep-me-stall'])
  })

  it('installs from a git URL into an empty folder with no registry at hand, then --version, renew --help and an issuance with --deploy-hook', async () => {
    const work = await mkdtemp(join(tmpdir(), 'certalias-git-'))
    // a clone of the repository holding the tree as it stands, the bundle just built included, as a tag would
    const repo = join(work, 'certalias')
    const git = (args: string[], cwd = repo) => execFileSync('git', args, { cwd, encoding: 'utf8' })
    git(['clone', '--quiet', '--depth', '1', `file://${ROOT}`, repo], ROOT)
    const listed = (args: string[]) =>
      git(['ls-files', '-z', ...args], ROOT)
        .split('\0')
        .filter(Boolean)
    for (const file of listed(['--cached', '--others', '--exclude-standard'])) {
      if (!existsSync(join(ROOT, file))) continue
      mkdirSync(dirname(join(repo, file)), { recursive: true })
      copyFileSync(join(ROOT, file), join(repo, file))
    }
    for (const file of listed(['--deleted'])) rmSync(join(repo, file), { force: true })
    git(['add', '--all'])
    git([
      '-c',
      'user.name=certalias',
      '-c',
      'user.email=certalias@example.test',
      'commit',
      '--quiet',
      '--allow-empty',
      '-m',
      'as built',
    ])

    // --offline with an empty cache: an install that had to fetch the development tools to build would fail here
    const project = join(work, 'project')
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), '{"name": "project", "private": true}\n')
    execFileSync(
      'npm',
      [
        'install',
        '--offline',
        '--cache',
        join(work, 'empty-cache'),
        '--no-audit',
        '--no-fund',
        `git+file://${repo}`,
      ],
      { cwd: project, stdio: 'ignore' },
    )
    const installed = join(project, 'node_modules', 'certalias')
    expect(readdirSync(installed).sort()).toEqual([
      'README.md',
      'action.yml',
      'bin',
      'dist',
      'docs',
      'package.json',
    ])
    expect(existsSync(join(installed, 'node_modules'))).toBe(false)
    // run as a user runs it: the command itself, its shebang finding Node 24 on the PATH
    const bin = join(project, 'node_modules', '.bin', 'certalias')
    const path = `${dirname(process.execPath)}:${process.env.PATH ?? ''}`
    const run = (args: string[], env: Record<string, string> = {}) =>
      certalias(args, { command: bin, cwd: project, env: { PATH: path, ...env } })

    const version = await run(['--version'])
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`)
    const renewHelp = await run(['renew', '--help'])
    expect(renewHelp.code).toBe(0)
    expect(renewHelp.stdout).toMatch(/^Usage: certalias issue \[options\] \(or certalias renew\)/)
    expect(renewHelp.stdout).toContain('--deploy-hook <value>')

    const deployed = join(work, 'deployed.pem')
    const issued = await run(
      [
        'renew',
        '--domain',
        'www.example.test',
        '--dns-provider',
        'rfc2136',
        ...bedFlags(),
        '--deploy-hook',
        `cp "$CERTALIAS_FULLCHAIN_PATH" "${deployed}" && echo "deployed $CERTALIAS_DOMAINS"`,
      ],
      await rfc2136Env(),
    )
    expect(issued.code, issued.stderr).toBe(0)
    const out = outputs(issued.stdout)
    expect(out.issued).toBe('true')
    expect(Object.keys(out)).not.toContain('deployed www.example.test')
    expect(issued.stderr).toContain('deploy hook: deployed www.example.test')
    expect(readFileSync(deployed, 'utf8')).toBe(
      readFileSync(join(project, 'certalias', 'www.example.test', 'fullchain.pem'), 'utf8'),
    )
  }, 120_000)
})
