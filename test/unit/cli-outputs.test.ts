// The command line's outputs on stdout: a value holding foreign text (a check's detail, a reason) never makes a
// line a runner or a terminal would obey, and --json still parses back to the very values.
import { describe, expect, it } from 'vitest'
import { formatOutputs } from '../../src/cli/index.js'
import { workflowCommands } from '../support/workflow-commands.js'

const outputs = new Map([
  ['issued', 'false'],
  ['reason', 'CNAME x\r::stop-commands::injected'],
  ['check_report', '[{"detail":"body ##[add-mask]injected \u001b[2J\u2028::warning::injected\u0085"}]'],
  ['certificate', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'],
])

describe('the outputs on stdout', () => {
  it('name=value lines: a new line as \\n, every other control character escaped, no command', () => {
    const text = formatOutputs(outputs, false)
    expect(workflowCommands(text)).toEqual([])
    expect(text.split('\n')).toEqual([
      'issued=false',
      'reason=CNAME x\\r::stop-commands::injected',
      'check_report=[{"detail":"body \\x23#[add-mask]injected \\x1b[2J\\u2028::warning::injected\\x85"}]',
      'certificate=-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n',
      '',
    ])
  })

  it('--json: one line with no command and no raw control character, that parses back to the same values', () => {
    const text = formatOutputs(outputs, true)
    expect(text.endsWith('\n')).toBe(true)
    for (const raw of ['\n', '\r', '\u2028', '\u0085', '\u001b']) expect(text.trimEnd()).not.toContain(raw)
    expect(workflowCommands(text)).toEqual([])
    expect(JSON.parse(text)).toEqual(Object.fromEntries(outputs))
  })
})
