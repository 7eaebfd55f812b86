// exec against real programs: small shell scripts in a temp dir that keep TXT values in a file and log their arguments.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exec } from '../../src/providers/exec/index.js'
import { recordingHost } from '../support/host.js'

const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const TOKEN = 'hook-token-Secret-5d1e7a'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'certalias-exec-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function script(name: string, body: string): string {
  const path = join(dir, name)
  writeFileSync(path, `#!/bin/sh\n${body}\n`)
  chmodSync(path, 0o755)
  return path
}

// A hook as a user would write one: present adds the value, cleanup removes only that value.
function txtStore(): string {
  return script(
    'hook.sh',
    [
      `echo "$1 $2 $3" >> '${dir}/calls.log'`,
      `store='${dir}/txt'`,
      'touch "$store"',
      'case "$1" in',
      '  present) grep -qxF "$3" "$store" || echo "$3" >> "$store" ;;',
      '  cleanup) grep -vxF "$3" "$store" > "$store.new"; mv "$store.new" "$store" ;;',
      '  *) echo "unknown action $1" >&2; exit 2 ;;',
      'esac',
    ].join('\n'),
  )
}

const lines = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean)
const provider = (env: Record<string, string>) => exec.create({ env, host: recordingHost(), resolvers: [] })

describe('exec', () => {
  it('calls the program once per value with present, the fqdn ending in a dot, and the value', async () => {
    await provider({ EXEC_PATH: txtStore() }).append(ZONE, OWNER, ['apex', 'wild'])
    expect(lines('calls.log')).toEqual([`present ${OWNER}. apex`, `present ${OWNER}. wild`])
  })

  it('appends to an owner that already holds a value and the old value stays', async () => {
    const dns = provider({ EXEC_PATH: txtStore() })
    await dns.append(ZONE, OWNER, ['old'])
    await dns.append(ZONE, OWNER, ['new'])
    expect(lines('txt')).toEqual(['old', 'new'])
  })

  it('removes one of two values with cleanup of that value only; the other stays', async () => {
    const dns = provider({ EXEC_PATH: txtStore() })
    await dns.append(ZONE, OWNER, ['keep', 'ours'])
    await dns.remove(ZONE, OWNER, ['ours'])
    expect(lines('calls.log')).toEqual([
      `present ${OWNER}. keep`,
      `present ${OWNER}. ours`,
      `cleanup ${OWNER}. ours`,
    ])
    expect(lines('txt')).toEqual(['keep'])
  })

  it('runs calls for one owner one at a time, so a read-modify-write hook loses nothing', async () => {
    // the hook reads the store, waits, and writes it back whole: parallel calls would overwrite each other
    const slow = script(
      'slow.sh',
      [
        `store='${dir}/txt'`,
        'touch "$store"',
        'old=$(cat "$store")',
        'sleep 0.2',
        'printf "%s\\n%s\\n" "$old" "$3" > "$store"',
      ].join('\n'),
    )
    const dns = provider({ EXEC_PATH: slow })
    await Promise.all([dns.append(ZONE, OWNER, ['apex']), dns.append(ZONE, OWNER, ['wild'])])
    expect(lines('txt')).toEqual(['apex', 'wild'])
  })

  it('fails on a non-zero exit with the end of stderr, secrets of the environment masked', async () => {
    const failing = script(
      'fail.sh',
      'echo "starting" >&2\necho "API refused token $DNS_HOOK_TOKEN for $2" >&2\nexit 3',
    )
    const error = await provider({ EXEC_PATH: failing, DNS_HOOK_TOKEN: TOKEN })
      .append(ZONE, OWNER, ['v1'])
      .catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      new RegExp(
        `exec: .*fail\\.sh present ${OWNER}\\. exited with status 3; stderr: starting\\s+API refused token \\*\\*\\* for ${OWNER}\\.`,
      ),
    )
    expect((error as Error).message).not.toContain(TOKEN)
  })

  it('stops a program that outlives EXEC_TIMEOUT, with its children, and says so', async () => {
    const hanging = script('hang.sh', 'sleep 30')
    const started = Date.now()
    await expect(
      provider({ EXEC_PATH: hanging, EXEC_TIMEOUT: '1' }).append(ZONE, OWNER, ['v1']),
    ).rejects.toThrow(/did not finish within 1 s \(EXEC_TIMEOUT\) and was stopped/)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('says when the program cannot be started', async () => {
    await expect(
      provider({ EXEC_PATH: join(dir, 'missing.sh') }).append(ZONE, OWNER, ['v1']),
    ).rejects.toThrow(/could not be started \(ENOENT\): check EXEC_PATH/)
  })

  it("gives the program the step's environment, but not the inputs, certalias' own variables or the runner's tokens", async () => {
    const hook = script('env.sh', `env > '${dir}/env'`)
    await provider({
      EXEC_PATH: hook,
      DNS_HOOK_TOKEN: TOKEN,
      INPUT_ACCOUNT_KEY: 'account-key-pem',
      INPUT_VAULT_TOKEN: 'vault-token-value',
      INPUT_DOMAIN: 'www.example.org',
      CERTALIAS_EAB_HMAC_KEY: 'eab-hmac-value',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-value',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/token',
    }).append(ZONE, OWNER, ['v1'])
    const names = lines('env').map((line) => line.slice(0, line.indexOf('=')))
    expect(names).toContain('DNS_HOOK_TOKEN')
    expect(names).toContain('PATH')
    expect(
      names.filter((name) => /^(INPUT_|CERTALIAS_|STATE_|ACTIONS_(RUNTIME|ID_TOKEN_REQUEST)_)/.test(name)),
    ).toEqual([])
  })

  it('masks in its error every secret the run registered (each secret input), not only variables named like one', async () => {
    const keyLine = 'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg'
    const failing = script('leak.sh', `echo "read ${keyLine} and pfx-Pa55word" >&2\nexit 1`)
    const host = recordingHost()
    host.mask(keyLine)
    host.mask('pfx-Pa55word')
    const error = await exec
      .create({ env: { EXEC_PATH: failing }, host, resolvers: [] })
      .append(ZONE, OWNER, ['v1'])
      .catch((e: Error) => e)
    expect((error as Error).message).toMatch(/stderr: read \*\*\* and \*\*\*$/)
  })

  it('calls the program with a host name only: an owner that is none fails before anything runs', async () => {
    const hook = txtStore()
    await expect(
      provider({ EXEC_PATH: hook }).append(ZONE, `x\n::warning::injected.${ZONE}`, ['v1']),
    ).rejects.toThrow(/exec: the owner "x\\n::warning::injected\.validation\.example\.org" is no host name/)
    expect(() => lines('calls.log')).toThrow(/ENOENT/)
  })

  it('refuses lego RAW mode and an EXEC_TIMEOUT that is not a number of seconds', () => {
    expect(() => provider({ EXEC_PATH: '/bin/true', EXEC_MODE: 'RAW' })).toThrow(/EXEC_MODE is not supported/)
    expect(() => provider({ EXEC_PATH: '/bin/true', EXEC_TIMEOUT: '1m' })).toThrow(
      /EXEC_TIMEOUT must be a whole number/,
    )
  })
})
