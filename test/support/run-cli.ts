// Runs the command line as a user would: `certalias <command>` in its own process, the outputs on stdout.
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { flagName } from '../../src/cli/index.js'
import { bedInputs } from './bed.js'

export const ROOT = resolve(import.meta.dirname, '../..')
const BIN = join(ROOT, 'bin', 'certalias.mjs')

export interface CliRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the command line as a user would: its own process, a fresh working directory, the bed's settings. */
export function certalias(
  args: string[],
  options: {
    env?: Record<string, string>
    cwd?: string
    /** An installed command to run itself (its shebang), instead of node with the repository's bin. */
    command?: string
    onStderr?: (text: string, kill: () => void) => void
  } = {},
): Promise<CliRun> {
  const [file, argv] =
    options.command === undefined ? [process.execPath, [BIN, ...args]] : [options.command, args]
  const child = spawn(file, argv, {
    cwd: options.cwd ?? ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS ?? '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr.on('data', (chunk) => {
    stderr += chunk
    options.onStderr?.(stderr, () => child.kill('SIGTERM'))
  })
  return new Promise((done) => child.on('close', (code, signal) => done({ code, signal, stdout, stderr })))
}

/** The bed's settings as flags: the local CA and resolver. */
export const bedFlags = () => {
  const inputs = bedInputs({})
  return Object.entries(inputs).flatMap(([name, value]) => [flagName(name), value])
}

export const outputs = (stdout: string) =>
  Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  )
