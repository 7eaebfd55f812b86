// The command-line adapter: `certalias issue | revoke | plan | check`, the same core, inputs and words as the action, for
// GitLab CI, Jenkins, a cron job or a laptop. Inputs come from flags (--kebab-case) or CERTALIAS_<INPUT>; provider
// and store credentials from the same environment variables as in the action. Log lines go to stderr, outputs
// to stdout (name=value lines, or one JSON object with --json). Exit: 0 success (not due included), 1 failure,
// 2 bad input, 130/143 after SIGINT/SIGTERM (the values this run wrote removed first: there is no post step here).

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ALL_INPUTS } from '../config/all-inputs.js'
import { type Config, ConfigError, readConfig, SECRET_INPUTS } from '../config/index.js'
import { type Host, maskPem, redactSecrets } from '../host.js'
import { removeSavedRecords } from '../pipeline/cleanup.js'
import { printable, printableJson } from '../text.js'
import { type Command, commandNamed, commandsOf, unexpectedWord, unknownOption } from './commands.js'
import { help } from './help.js'
import { cliSpelling, envName, fileFlagName, flagName } from './spelling.js'

export { envName, flagName }

/** Inputs that are the command itself, not a flag. */
const NOT_FLAGS = new Set(['mode'])

export class UsageError extends Error {}

interface Parsed {
  readonly command: Command | undefined
  readonly values: ReadonlyMap<string, string>
  /** Secret inputs given as --<input>-file: the path of the file holding the value. */
  readonly files: ReadonlyMap<string, string>
  readonly json: boolean
  readonly debug: boolean
  readonly help: boolean
  readonly version: boolean
}

export function parseArguments(argv: readonly string[]): Parsed {
  const inputs = new Map(
    ALL_INPUTS.filter((i) => !NOT_FLAGS.has(i.name)).map((i) => [flagName(i.name), i.name]),
  )
  const fileFlags = new Map(SECRET_INPUTS.map((name) => [fileFlagName(name), name]))
  const values = new Map<string, string>()
  const files = new Map<string, string>()
  let command: Command | undefined
  let json = false
  let debug = false
  let help = false
  let version = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--help' || arg === '-h') help = true
    else if (arg === '--json') json = true
    else if (arg === '--debug') debug = true
    else if (arg === '--version') version = true
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const flag = eq < 0 ? arg : arg.slice(0, eq)
      const secretFile = fileFlags.get(flag)
      const name = inputs.get(flag) ?? secretFile
      if (name === undefined) throw new UsageError(unknownOption(flag, command))
      const next = argv[i + 1]
      // a flag alone is true (--force-renew); otherwise it takes the next word
      const value = eq >= 0 ? arg.slice(eq + 1) : next === undefined || next.startsWith('--') ? 'true' : next
      if (eq < 0 && value === next) i++
      if (secretFile !== undefined) files.set(name, value)
      else values.set(name, value)
      if (values.has(name) && files.has(name))
        throw new UsageError(`${flagName(name)} and ${fileFlagName(name)} both give ${name}: give one`)
    } else if (command === undefined && commandNamed(arg) !== undefined) command = commandNamed(arg)
    else throw new UsageError(unexpectedWord(arg, command))
  }
  if (command !== undefined) {
    for (const [name, flag] of [
      ...[...values.keys()].map((name) => [name, flagName(name)] as const),
      ...[...files.keys()].map((name) => [name, fileFlagName(name)] as const),
    ]) {
      const commands = commandsOf(name)
      if (!commands.includes(command))
        throw new UsageError(`${flag} is an option of ${commands.join(', ')}, not of ${command}`)
    }
  }
  return { command, values, files, json, debug, help, version }
}

/**
 * The command line's Host: log lines to stderr, every masked secret replaced and then the one rule for printed
 * text applied (a CI log or a terminal obeys what a foreign text could slip in); outputs and state kept.
 */
export class CliHost implements Host {
  readonly outputs = new Map<string, string>()
  readonly #state = new Map<string, string>()
  readonly #secrets = new Set<string>()

  constructor(private readonly showDebug: boolean) {}

  info(message: string): void {
    this.#print('', message)
  }
  warning(message: string): void {
    this.#print('warning: ', message)
  }
  debug(message: string): void {
    if (this.showDebug) this.#print('debug: ', message)
  }
  error(message: string): void {
    this.#print('error: ', message)
  }
  mask(secret: string): void {
    if (secret.trim().length > 0) this.#secrets.add(secret)
  }
  redact(text: string): string {
    return redactSecrets(text, this.#secrets)
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value)
  }
  saveState(name: string, value: string): void {
    this.#state.set(name, value)
  }
  getState(name: string): string {
    return this.#state.get(name) ?? ''
  }
  async summary(): Promise<void> {
    // a job summary is GitHub's; the log lines say the same here
  }
  isDebug(): boolean {
    return this.showDebug
  }
  /** No folding on a terminal: the title is a line of its own, the detail follows. */
  group<T>(title: string, work: () => Promise<T>): Promise<T> {
    this.info(title)
    return work()
  }
  async idToken(): Promise<string> {
    // the token endpoint is the runner's, for the step that asked for it; a command line has none to ask
    throw new Error('the command line has none (a GitHub Actions step of certalias gets it from the runner)')
  }
  #print(level: string, message: string): void {
    process.stderr.write(`${level}${printable(this.redact(message))}\n`)
  }
}

/** What the installed package knows of itself. */
export interface About {
  readonly version: string
  /** The package's folder, which holds docs/providers/<id>.md; undefined: named relative to it. */
  readonly root?: string
}

export async function cli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  about: About = { version: 'unknown' },
): Promise<number> {
  let parsed: Parsed
  try {
    parsed = parseArguments(argv)
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`)
    return 2
  }
  if (parsed.version) {
    process.stdout.write(`${about.version}\n`)
    return 0
  }
  if (parsed.help || parsed.command === undefined) {
    process.stdout.write(
      help(parsed.command, parsed.values.get('dns_provider') ?? env[envName('dns_provider')]),
    )
    return parsed.help ? 0 : 2
  }
  const { command } = parsed
  const host = new CliHost(parsed.debug)
  let getInput: (name: string) => string
  try {
    const read = readInputs(parsed, env)
    getInput = read.getInput
    for (const warning of read.warnings) host.warning(warning)
  } catch (error) {
    host.error((error as Error).message)
    return 2
  }
  const spelling = cliSpelling(new Set(parsed.values.keys()), new Set(parsed.files.keys()), env, (id) =>
    join(about.root ?? '', 'docs', 'providers', `${id}.md`),
  )
  for (const name of SECRET_INPUTS) {
    const value = getInput(name)
    if (value.trim() !== '') maskPem(host, value)
  }
  // Files go to ./certalias/<primary name> unless --output-dir says otherwise: a laptop or a cron job keeps
  // them, and the next run finds the certificate there to decide whether it is due.
  const coreEnv = { ...env, RUNNER_TEMP: env.RUNNER_TEMP ?? process.cwd() }

  let config: Config | undefined
  let stopping = false
  const stop = (signal: 'SIGINT' | 'SIGTERM') => {
    if (stopping) return
    stopping = true
    host.warning(`${signal}: stopping; removing the challenge values this run wrote`)
    void removeSavedRecords(host, coreEnv, config?.resolvers ?? []).finally(() =>
      process.exit(signal === 'SIGINT' ? 130 : 143),
    )
  }
  const onInt = () => stop('SIGINT')
  const onTerm = () => stop('SIGTERM')
  process.on('SIGINT', onInt)
  process.on('SIGTERM', onTerm)
  try {
    if (command === 'plan') {
      const { planFleet } = await import('../modes/fleet.js')
      await planFleet(host, {
        getInput,
        env: coreEnv,
        spelling,
        context: { host, env: coreEnv, github: githubFor(coreEnv, host) },
      })
    } else if (command === 'issue' && getInput('certificates').trim() !== '') {
      const { issueFleet } = await import('../modes/fleet-issue.js')
      const github = githubFor(coreEnv, host)
      await issueFleet(host, {
        getInput,
        env: coreEnv,
        spelling,
        context: { host, env: coreEnv, github },
        github,
      })
    } else {
      config = readConfig(getInput, coreEnv, spelling)
      const { run } = await import('../modes/issue.js')
      await run(config, host, { env: coreEnv, github: githubFor(coreEnv, host) })
    }
  } catch (error) {
    if (stopping) return new Promise(() => {}) // the signal handler ends the process
    host.error(error instanceof Error ? error.message : String(error))
    printOutputs(host.outputs, parsed.json)
    return error instanceof ConfigError ? 2 : 1
  } finally {
    process.off('SIGINT', onInt)
    process.off('SIGTERM', onTerm)
  }
  printOutputs(host.outputs, parsed.json)
  return 0
}

/**
 * Every input's value: a flag, else (a secret) its --<input>-file, else CERTALIAS_<INPUT>, else the default. A
 * secret given as a flag value is visible to every user of the machine (ps): it still counts, with a warning.
 */
export function readInputs(
  parsed: Parsed,
  env: Readonly<Record<string, string | undefined>>,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): { getInput: (name: string) => string; warnings: string[] } {
  const fromFiles = new Map<string, string>()
  for (const [name, path] of parsed.files) {
    try {
      // as `echo secret > file` writes it: the line break at its end is no part of the secret
      fromFiles.set(name, read(path).replace(/\r?\n$/, ''))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
      throw new UsageError(`${fileFlagName(name)}: ${path} cannot be read (${code})`)
    }
  }
  const warnings = SECRET_INPUTS.filter((name) => parsed.values.has(name)).map(
    (name) =>
      `${flagName(name)}: a secret given as a flag value is visible to every user of this machine (ps); ` +
      `set ${envName(name)} or give ${fileFlagName(name)} instead`,
  )
  const getInput = (name: string): string => {
    if (name === 'mode') return parsed.command ?? ''
    const value = parsed.values.get(name) ?? fromFiles.get(name) ?? env[envName(name)]
    if (value !== undefined) return value
    return ALL_INPUTS.find((i) => i.name === name)?.default ?? ''
  }
  return { getInput, warnings }
}

function githubFor(env: Readonly<Record<string, string | undefined>>, host: Host) {
  return async (token: string) =>
    (await import('../github/api.js')).githubApi(token, env, { log: (message) => host.info(message) })
}

function printOutputs(outputs: ReadonlyMap<string, string>, json: boolean): void {
  process.stdout.write(formatOutputs(outputs, json))
}

/**
 * name=value lines (a new line inside a value written as \n), or one JSON object, both by the rule for printed
 * text: a value may hold what a CA or a DNS server said.
 */
export function formatOutputs(outputs: ReadonlyMap<string, string>, json: boolean): string {
  if (json) return `${printableJson(Object.fromEntries(outputs))}\n`
  return [...outputs]
    .map(([name, value]) => `${printable(`${name}=${value.replace(/\n/g, '\\n')}`)}\n`)
    .join('')
}
