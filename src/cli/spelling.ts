// The command line's words for an input: the flag, the file flag or the CERTALIAS_ variable the user gave it with,
// flag and variable when neither was given; the mode is the command itself.
import type { Spelling } from '../config/spelling.js'

export const flagName = (input: string) => `--${input.replace(/_/g, '-')}`
export const envName = (input: string) => `CERTALIAS_${input.toUpperCase()}`
/** A secret input given as the path of a file that holds it. */
export const fileFlagName = (input: string) => `${flagName(input)}-file`

export function cliSpelling(
  flags: ReadonlySet<string>,
  files: ReadonlySet<string>,
  env: Readonly<Record<string, string | undefined>>,
  providerPage: (id: string) => string,
): Spelling {
  const source = (name: string) =>
    flags.has(name)
      ? 'flag'
      : files.has(name)
        ? 'file'
        : env[envName(name)] !== undefined
          ? 'environment'
          : undefined
  return {
    input(name) {
      if (name === 'mode') return 'the command'
      const from = source(name)
      if (from === 'flag') return flagName(name)
      if (from === 'file') return fileFlagName(name)
      if (from === 'environment') return envName(name)
      return `${flagName(name)} (or ${envName(name)})`
    },
    assignment(name, value) {
      if (name === 'mode') return `certalias ${value}`
      return source(name) === 'environment' ? `${envName(name)}=${value}` : `${flagName(name)} ${value}`
    },
    environment: 'the environment',
    credentials: (id) => `in the environment; see ${providerPage(id)}`,
  }
}
