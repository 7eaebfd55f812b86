// The GitHub runner's protocol, as its documentation ("Workflow commands for GitHub Actions") defines it: inputs
// in INPUT_* variables, outputs and state appended to the GITHUB_OUTPUT / GITHUB_STATE files, masks and log
// levels as ::commands:: on stdout, the summary appended to GITHUB_STEP_SUMMARY.
// Written here rather than imported from @actions/core: importing @actions/core 3 loads its HTTP client (for
// OIDC tokens, which certalias fetches itself) and costs about 0.11 s and 1 MB on every run, two thirds of the
// time a run with nothing to do has in all. What it implements here is these few lines.
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

export function setOutput(name: string, value: string): void {
  fileCommand('GITHUB_OUTPUT', 'set-output', name, value)
}

export function saveState(name: string, value: string): void {
  fileCommand('GITHUB_STATE', 'save-state', name, value)
}

/** The runner replaces the secret with *** in every later line of the log. */
export function setSecret(secret: string): void {
  command('add-mask', secret)
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`)
}

export function debug(message: string): void {
  command('debug', message)
}

export function warning(message: string): void {
  command('warning', message)
}

export function notice(message: string): void {
  command('notice', message)
}

export function error(message: string): void {
  command('error', message)
}

/** The step fails with this message; the process ends on its own, so cleanup still runs. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (file) appendFileSync(file, `${markdown}${EOL}`, 'utf8')
}

/** `::name::data`, the data escaped so that a new line cannot start a command of its own. */
function command(name: string, data: string): void {
  const escaped = data.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  process.stdout.write(`::${name}::${escaped}${EOL}`)
}

/** `name<<delimiter` lines in the runner's file; a delimiter that is in neither the name nor the value. */
function fileCommand(file: string, legacy: string, name: string, value: string): void {
  const path = process.env[file]
  if (!path) {
    // an old runner without the file: the deprecated stdout command still works there
    process.stdout.write(
      `::${legacy} name=${name}::${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${EOL}`,
    )
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`${name}: the value holds the delimiter`)
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}
