// The runner's protocol written by hand: what the runner reads back must be exactly what was meant.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as runner from '../../src/action/runner.js'
import { parseFileCommands } from '../support/run-action.js'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
  vi.restoreAllMocks()
})

function stdout(): string[] {
  const lines: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk))
    return true
  })
  return lines
}

describe('the runner protocol', () => {
  it('reads INPUT_ variables as the runner names them (upper case, spaces as _), trimmed', () => {
    process.env.INPUT_DNS_PROVIDER = '  rfc2136 \n'
    process.env.INPUT_MY_INPUT = 'x'
    expect(runner.getInput('dns_provider')).toBe('rfc2136')
    expect(runner.getInput('my input')).toBe('x')
    expect(runner.getInput('absent')).toBe('')
  })

  it('writes outputs and state the runner parses back whole, new lines included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'certalias-runner-'))
    process.env.GITHUB_OUTPUT = join(dir, 'output')
    process.env.GITHUB_STATE = join(dir, 'state')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
    writeFileSync(process.env.GITHUB_STATE, '')
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'
    runner.setOutput('certificate', pem)
    runner.setOutput('issued', 'true')
    runner.saveState('records', '[{"owner":"x"}]')
    expect(parseFileCommands(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual({
      certificate: pem,
      issued: 'true',
    })
    expect(parseFileCommands(readFileSync(process.env.GITHUB_STATE, 'utf8'))).toEqual({
      records: '[{"owner":"x"}]',
    })
    process.env.STATE_records = 'saved'
    expect(runner.getState('records')).toBe('saved')
  })

  it('escapes command data, so a multi-line secret or message cannot start a command of its own', () => {
    const lines = stdout()
    runner.setSecret('line one\n::add-mask::nope\r%')
    runner.error('failed:\n  - `domain`: bad')
    runner.warning('w')
    runner.notice('n')
    runner.debug('d')
    runner.info('plain line')
    expect(lines).toEqual([
      '::add-mask::line one%0A::add-mask::nope%0D%25\n',
      '::error::failed:%0A  - `domain`: bad\n',
      '::warning::w\n',
      '::notice::n\n',
      '::debug::d\n',
      'plain line\n',
    ])
  })

  it('setFailed sets the exit code and reports the error', () => {
    const lines = stdout()
    const before = process.exitCode
    runner.setFailed('boom')
    expect(process.exitCode).toBe(1)
    process.exitCode = before
    expect(lines).toEqual(['::error::boom\n'])
  })

  it('appends to the job summary, and does nothing without the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'certalias-runner-'))
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary')
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '# before\n')
    runner.appendSummary('## certalias')
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('# before\n## certalias\n')
    delete process.env.GITHUB_STEP_SUMMARY
    expect(() => runner.appendSummary('x')).not.toThrow()
  })
})
