// Where a secret could show up after a run of the bundle: stdout, stderr and the runner's files, as a reader sees them.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ActionRun } from './run-action.js'

/** The lines a reader sees: `::add-mask::` lines are how secrets reach the runner, which never shows them. */
export const shown = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')

/** A secret, and for a PEM each base64 line of it: a log that prints half a key leaks it as well. */
export function pieces(secret: string): string[] {
  const lines = secret.split('\n').map((line) => line.trim())
  // Lines under 16 characters (a PEM's short last line) could turn up by chance in any base64 text.
  return [secret.trim(), ...lines.filter((line) => line.length >= 16 && !line.startsWith('-----'))]
}

/** Which of the secrets show up where in what the run leaves readable. */
export async function leaks(run: ActionRun, secrets: Record<string, string>): Promise<string[]> {
  const [output, state, summary] = await Promise.all(
    ['output', 'state', 'summary'].map((file) => readFile(join(run.runnerTemp, file), 'utf8')),
  )
  const places: Record<string, string> = {
    stdout: shown(run.stdout),
    stderr: shown(run.stderr),
    'the outputs file': output as string,
    'the state file': state as string,
    'the summary file': summary as string,
  }
  const found: string[] = []
  for (const [what, secret] of Object.entries(secrets)) {
    for (const [where, text] of Object.entries(places)) {
      if (pieces(secret).some((piece) => text.includes(piece))) found.push(`${what} in ${where}`)
    }
  }
  return found
}
