// Text from DNS, a CA or an API never commands the runner: one rule for every printed line, used by both Hosts,
// one for a foreign value named in a message, one for the job summary's Markdown.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { actionsHost } from '../../src/action/host.js'
import { CliHost } from '../../src/cli/index.js'
import { markdownLink, markdownText, printable, quote } from '../../src/text.js'
import { MEANT_COMMANDS, workflowCommands } from '../support/workflow-commands.js'

afterEach(() => {
  vi.restoreAllMocks()
})

/** Texts an answer or an error body can hold, each trying to start a command of its own. */
const HOSTILE = [
  'owner x\n::warning::injected',
  'owner x\r::warning::injected',
  'owner x\r\n::stop-commands::injected',
  '::add-mask::injected',
  '   ::stop-commands::injected',
  '\t::error::injected',
  'detail ##[stop-commands]injected',
  'detail\n  ##[add-mask]injected',
  'url https://ca.test/why\n::stop-commands::injected',
]

function captured(stream: NodeJS.WriteStream): () => string {
  const chunks: string[] = []
  vi.spyOn(stream, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk))
    return true
  })
  return () => chunks.join('')
}

describe('printable: the rule for every line a Host prints', () => {
  it.each(HOSTILE)('leaves no line of %j that the runner reads as a command', (text) => {
    expect(workflowCommands(printable(text))).toEqual([])
  })

  it('shows control characters escaped: CR, ESC, NUL, DEL, C1, tab, line separators, bidirectional overrides', () => {
    expect(printable('a\rb\u001b[31mc\u0000d\u007fe\u0085f\tg\u2028h\u202ei\u2066j')).toBe(
      'a\\rb\\x1b[31mc\\x00d\\x7fe\\x85f\\tg\\u2028h\\u202ei\\u2066j',
    )
  })

  it('keeps text with nothing to hide as it is: its own line breaks, %, Unicode letters, a colon inside a line', () => {
    const text = 'Not every server agrees:\n  - ns1: 100% of büro.example ::x\nhttps://ca.test/why'
    expect(printable(text)).toBe(text)
  })

  it('escapes only the character that would start a command, so the line still reads as it was', () => {
    expect(printable('::warning::x')).toBe('\\x3a:warning::x')
    expect(printable('  ::warning::x')).toBe('  \\x3a:warning::x')
    expect(printable('a ##[error]b ##[x')).toBe('a \\x23#[error]b \\x23#[x')
  })
})

describe("the action's Host", () => {
  it.each(['info', 'warning', 'debug'] as const)(
    '%s: foreign text in a message sends no command but the one meant',
    (level) => {
      const stdout = captured(process.stdout)
      for (const text of HOSTILE) actionsHost[level](`the CA says: ${text}`)
      const commands = workflowCommands(stdout())
      expect(commands.filter((c) => c.data.startsWith('injected'))).toEqual([])
      expect(commands.map((c) => c.name)).toEqual(level === 'info' ? [] : HOSTILE.map(() => level))
    },
  )

  it('info shows a control character escaped, not raw', () => {
    const stdout = captured(process.stdout)
    actionsHost.info('CNAME a\u001b[2Jb')
    expect(stdout()).toBe('CNAME a\\x1b[2Jb\n')
  })
})

describe("the command line's Host", () => {
  it.each(['info', 'warning', 'debug', 'error'] as const)(
    '%s: foreign text in a message sends no command to a runner reading stderr',
    (level) => {
      const stderr = captured(process.stderr)
      const host = new CliHost(true)
      for (const text of HOSTILE) host[level](`the CA says: ${text}`)
      const commands = workflowCommands(stderr())
      expect(commands).toEqual([])
      expect(stderr()).toContain('the CA says: owner x\\r::warning::injected')
    },
  )

  it('redacts a masked secret before escaping, so an escape cannot split it out of sight', () => {
    const stderr = captured(process.stderr)
    const host = new CliHost(false)
    host.mask('s3cr\u0007t-value')
    host.info('token s3cr\u0007t-value')
    expect(stderr()).toBe('token ***\n')
  })
})

describe('quote: a foreign value named in a message', () => {
  it('stands on one line in quotes, every control character and quote escaped', () => {
    expect(quote('x\n::warning::y"z\u0000')).toBe('"x\\n::warning::y\\"z\\x00"')
  })

  it('shows a DNS name in presentation form as dig writes it', () => {
    expect(quote('x\\010::warning::injected.a\\.b.example')).toBe('"x\\010::warning::injected.a\\.b.example"')
  })
})

describe('markdownText: foreign text in the job summary', () => {
  it('cannot add HTML, a link, an image, a table cell or a heading', () => {
    const text =
      '# big\n<img src=https://t.test/x> [click](javascript:alert(1)) ![i](https://t.test/i) | cell'
    const shown = markdownText(text)
    expect(shown).not.toMatch(/<img|\]\(|^#|\n/)
    expect(shown).not.toMatch(/(?<!\\)\|/)
    expect(shown).toBe(
      '\\# big &lt;img src=https://t.test/x&gt; \\[click\\]\\(javascript:alert\\(1\\)\\) \\!\\[i\\]\\(https://t.test/i\\) \\| cell',
    )
  })

  it('keeps a plain name readable and shows control characters escaped', () => {
    expect(markdownText('_acme-challenge.validation.example.org')).toBe(
      '\\_acme-challenge.validation.example.org',
    )
    expect(markdownText('a\u001bb & c')).toBe('a\\\\x1bb &amp; c')
  })

  it('escapes a line start that would make a list or a quote', () => {
    expect(markdownText('- item')).toBe('\\- item')
    expect(markdownText('1. item')).toBe('1\\. item')
    expect(markdownText('> quoted')).toBe('&gt; quoted')
  })
})

describe('markdownLink: a web address from outside', () => {
  it('is a link only for http and https; anything else is text', () => {
    expect(markdownLink('why', 'https://ca.test/a b')).toBe('[why](https://ca.test/a%20b)')
    expect(markdownLink('why', 'javascript:alert(1)')).toBe('javascript:alert\\(1\\)')
    expect(markdownLink('why', 'not a url')).toBe('not a url')
  })
})

it('the rule the runner applies is the one modelled here (the check itself works)', () => {
  expect(workflowCommands('a\n  ::warning::x\ny ##[add-mask]z\r::debug::q')).toEqual([
    { name: 'warning', data: 'x', line: '  ::warning::x' },
    { name: 'add-mask', data: 'z', line: 'y ##[add-mask]z' },
    { name: 'debug', data: 'q', line: '::debug::q' },
  ])
  expect(MEANT_COMMANDS.has('stop-commands')).toBe(false)
})
