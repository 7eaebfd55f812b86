// Runs the real bundle (dist/index.js) the way the GitHub runner does: INPUT_* variables, the runner's files
// for outputs, state and summary, and the post step with STATE_* from what the main step saved.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { inputDefaults } from './action-yml.js'

export const BUNDLE = resolve(import.meta.dirname, '../../dist/index.js')

export interface ActionRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly state: Record<string, string>
  readonly summary: string
  readonly runnerTemp: string
}

export interface RunnerFiles {
  readonly runnerTemp: string
  readonly output: string
  readonly state: string
  readonly summary: string
}

export async function runnerFiles(): Promise<RunnerFiles> {
  const runnerTemp = await mkdtemp(join(tmpdir(), 'certalias-runner-'))
  const files = {
    runnerTemp,
    output: join(runnerTemp, 'output'),
    state: join(runnerTemp, 'state'),
    summary: join(runnerTemp, 'summary'),
  }
  await Promise.all([writeFile(files.output, ''), writeFile(files.state, ''), writeFile(files.summary, '')])
  return files
}

/** The runner's file command format: `name<<delimiter\nvalue\ndelimiter\n`. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] as string)
    if (m === null) continue
    const [, name, delimiter] = m as unknown as [string, string, string]
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] as string)
    values[name] = value.join('\n')
  }
  return values
}

/**
 * The INPUT_* variables the runner gives a step: every input declared in action.yml, with the workflow's value
 * or else the declared default (or ''), and nothing else. A test that names an undeclared input is wrong
 * about the contract, so it fails here instead of passing a value no workflow could.
 */
export function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const defaults = inputDefaults()
  const undeclared = Object.keys(inputs).filter((name) => !(name in defaults))
  if (undeclared.length > 0) throw new Error(`not declared in action.yml: ${undeclared.join(', ')}`)
  return Object.fromEntries(
    Object.entries({ ...defaults, ...inputs }).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  )
}

export interface StartOptions {
  readonly inputs: Record<string, string>
  readonly env?: Record<string, string>
  readonly files?: RunnerFiles
  /** STATE_* for the post step. */
  readonly state?: Record<string, string>
  /** The Node that runs the bundle; default the one running the tests. */
  readonly node?: string
}

export interface Started {
  readonly child: ChildProcess
  readonly files: RunnerFiles
  readonly done: Promise<ActionRun>
}

export async function startAction(options: StartOptions): Promise<Started> {
  const files = options.files ?? (await runnerFiles())
  const stateEnv = Object.fromEntries(Object.entries(options.state ?? {}).map(([k, v]) => [`STATE_${k}`, v]))
  const child = spawn(options.node ?? process.execPath, [BUNDLE], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '',
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: files.runnerTemp,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      ...inputEnv(options.inputs),
      ...stateEnv,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  const done = new Promise<ActionRun>((resolvePromise, reject) => {
    child.on('error', reject)
    child.on('close', async (code, signal) => {
      const [output, state, summary] = await Promise.all([
        readFile(files.output, 'utf8'),
        readFile(files.state, 'utf8'),
        readFile(files.summary, 'utf8'),
      ])
      resolvePromise({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseFileCommands(output),
        state: parseFileCommands(state),
        summary,
        runnerTemp: files.runnerTemp,
      })
    })
  })
  return { child, files, done }
}

export async function runAction(options: StartOptions): Promise<ActionRun> {
  return (await startAction(options)).done
}

/** The post step, as the runner starts it after the main step: same inputs and env, STATE_* from the main step. */
export async function runPost(main: ActionRun, options: StartOptions): Promise<ActionRun> {
  return runAction({ ...options, state: main.state, files: await runnerFiles() })
}
