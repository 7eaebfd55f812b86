// The command line takes a secret from CERTALIAS_<INPUT> or from a file (--<input>-file); a secret given as a flag
// value still works, with a warning: every user of the machine sees a process's arguments (ps).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { help } from '../../src/cli/help.js'
import { parseArguments, readInputs, UsageError } from '../../src/cli/index.js'

const dir = mkdtempSync(join(tmpdir(), 'certalias-cli-secrets-'))
const KEY = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49\n-----END PRIVATE KEY-----\n'

describe('secrets on the command line', () => {
  it('reads --<secret>-file: the value is the file but its last line break, and nothing is said about it', () => {
    const key = join(dir, 'account.pem')
    const password = join(dir, 'pfx-password')
    writeFileSync(key, KEY)
    writeFileSync(password, 'pa55 word\n')
    const { getInput, warnings } = readInputs(
      parseArguments(['issue', '--account-key-file', key, `--pfx-password-file=${password}`]),
      {},
    )
    expect(getInput('account_key')).toBe(KEY.slice(0, -1))
    expect(getInput('pfx_password')).toBe('pa55 word')
    expect(warnings).toEqual([])
  })

  it('reads CERTALIAS_<SECRET> quietly, and a flag value with a warning naming the safer ways', () => {
    const quiet = readInputs(parseArguments(['issue']), { CERTALIAS_VAULT_TOKEN: 'hvs.from-env' })
    expect(quiet.getInput('vault_token')).toBe('hvs.from-env')
    expect(quiet.warnings).toEqual([])
    const loud = readInputs(
      parseArguments(['issue', '--vault-token', 'hvs.on-the-line', '--domain', 'a.test']),
      {},
    )
    expect(loud.getInput('vault_token')).toBe('hvs.on-the-line')
    expect(loud.warnings).toEqual([
      '--vault-token: a secret given as a flag value is visible to every user of this machine (ps); set CERTALIAS_VAULT_TOKEN or give --vault-token-file instead',
    ])
  })

  it('refuses a file that cannot be read, and a secret given twice, naming the flag', () => {
    expect(() =>
      readInputs(parseArguments(['issue', '--pfx-password-file', join(dir, 'missing')]), {}),
    ).toThrow(UsageError)
    expect(() =>
      readInputs(parseArguments(['issue', '--pfx-password-file', join(dir, 'missing')]), {}),
    ).toThrow(/--pfx-password-file: .*missing cannot be read \(ENOENT\)/)
    const file = join(dir, 'pfx')
    writeFileSync(file, 'pw')
    expect(() => parseArguments(['issue', '--pfx-password', 'x', '--pfx-password-file', file])).toThrow(
      '--pfx-password and --pfx-password-file both give pfx_password: give one',
    )
  })

  it('has no --<input>-file for an input that is no secret', () => {
    expect(() => parseArguments(['issue', '--domain-file', 'x'])).toThrow(/unknown option --domain-file/)
  })

  it('--help names the file flag of each secret', () => {
    expect(help('issue')).toContain('--account-key-file <path>')
    expect(help('issue')).toContain('--eab-hmac-key-file <path>')
  })
})
