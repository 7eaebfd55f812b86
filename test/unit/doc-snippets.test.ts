// The shell and systemd examples of README.md and docs/ pass their linters: shellcheck for every sh block, every
// workflow `run:` script and a unit's `ExecStart=/bin/sh -c` script; systemd-analyze verify for the units, which
// also may not carry a comment after a value (systemd takes only whole lines starting with # or ; as comments).
// The tools are Debian packages the test bed installs (npm test); without them a test says so and is skipped, and
// under npm test, where they were installed, their absence fails.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { describe, expect, it, type TestContext } from 'vitest'
import { parse } from 'yaml'
import { docExamples, isWorkflow } from '../../scripts/doc-examples.mjs'
import { findProgram } from '../bed/bed.mjs'
import { BED_DIR_ENV } from '../bed/topology.mjs'

const root = resolve(import.meta.dirname, '../..')
const examples = await docExamples(root)
const units = examples.filter((e) => e.language === 'ini' && /\.(service|timer)$/.test(e.name))

/** The program's path, or the test skipped saying which package brings it (failed under npm test). */
function tool(context: TestContext, program: string, pkg: string): string {
  const path = findProgram(program)
  if (path !== undefined) return path
  const why = `${program} is not installed (Debian package ${pkg}; npm test installs it)`
  if (process.env[BED_DIR_ENV] !== undefined) throw new Error(why)
  context.skip(why)
  return ''
}

interface Script {
  readonly where: string
  readonly shell: 'sh' | 'bash'
  readonly text: string
}

/** The workflow's run: scripts, as the runner runs them (bash), an expression standing for one word. */
function runScripts(example: { file: string; line: number; text: string }): Script[] {
  const jobs = (parse(example.text) as { jobs?: Record<string, { steps?: { run?: string }[] }> }).jobs ?? {}
  return Object.values(jobs).flatMap((job) =>
    (job.steps ?? []).flatMap((step) =>
      step.run === undefined
        ? []
        : [
            {
              where: `${example.file}:${example.line} (run: ${step.run.split('\n')[0]})`,
              shell: 'bash' as const,
              text: step.run.replace(/\$\{\{[^}]*\}\}/g, 'EXPRESSION'),
            },
          ],
    ),
  )
}

/** ExecStart=/bin/sh -c '...': the script it runs. */
function execStartScripts(unit: { name: string; text: string }): Script[] {
  return [...unit.text.matchAll(/^ExecStart=\/bin\/sh -c '(.*)'$/gm)].map((match) => ({
    where: `${unit.name} ExecStart`,
    shell: 'sh' as const,
    text: match[1] as string,
  }))
}

describe('the shell and systemd examples of README.md and docs/', () => {
  it('are found: shell blocks, workflow steps and two systemd units', () => {
    expect(examples.filter((e) => e.language === 'sh').length).toBeGreaterThan(3)
    expect(units.map((u) => basename(u.name)).sort()).toEqual(['certalias.service', 'certalias.timer'])
  })

  it('shellcheck finds nothing in a shell block, a run: script, or a unit ExecStart script', (context) => {
    const shellcheck = tool(context, 'shellcheck', 'shellcheck')
    const scripts: Script[] = [
      ...examples
        .filter((e) => e.language === 'sh' || e.language === 'bash')
        .map((e) => ({ where: `${e.file}:${e.line}`, shell: e.language as 'sh' | 'bash', text: e.text })),
      ...examples.filter(isWorkflow).flatMap(runScripts),
      ...units.flatMap(execStartScripts),
    ]
    expect(scripts.length).toBeGreaterThan(5)
    const findings = scripts.flatMap((script) => {
      const result = spawnSync(shellcheck, ['--shell', script.shell, '--format', 'gcc', '-'], {
        input: script.text,
        encoding: 'utf8',
      })
      return result.status === 0 ? [] : [`${script.where}:\n${result.stdout}${result.stderr}`]
    })
    expect(findings).toEqual([])
  })

  it('systemd units pass systemd-analyze verify and keep comments on lines of their own', (context) => {
    const trailing = units.flatMap((unit) =>
      unit.text
        .split('\n')
        .filter((line) => /^[A-Za-z]+=/.test(line) && /\s[#;]/.test(line.replace(/'[^']*'/g, "''")))
        .map((line) => `${unit.name}: ${line}`),
    )
    expect(trailing, 'systemd reads a comment after a value as part of the value').toEqual([])
    const analyze = tool(context, 'systemd-analyze', 'systemd')
    const dir = mkdtempSync(join(tmpdir(), 'certalias-units-'))
    try {
      const paths = units.map((unit) => {
        const path = join(dir, basename(unit.name))
        writeFileSync(path, unit.text)
        return path
      })
      const result = spawnSync(analyze, ['verify', '--man=no', ...paths], { encoding: 'utf8' })
      expect(`${result.stdout}${result.stderr}`).toBe('')
      expect(result.status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
