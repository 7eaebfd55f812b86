// The commands of the command line and the inputs each reads: one list serves the parser, the checks and --help.
import { ALL_INPUTS } from '../config/all-inputs.js'
import { type InputDeclaration, MODES, type Mode } from '../config/inputs.js'
import { closest } from '../config/suggest.js'
import { fileFlagName, flagName } from './spelling.js'

export const COMMANDS = MODES
export type Command = Mode

/** Other names of a command: certbot's and lego's `renew` is what `issue` does, issuing only when due. */
export const COMMAND_ALIASES: Readonly<Record<string, Command>> = { renew: 'issue' }

export const SUMMARY: Readonly<Record<Command, string>> = {
  issue: 'issue a certificate when one is due (none, names changed, or its renewal time has come)',
  revoke: 'revoke the current certificate at the CA and remove what certalias stored for it',
  plan: 'decide for every entry of --certificates and print the matrix of those due',
  check:
    'verify the setup (CNAMEs on every master, the alias zone, a probe write, CAA, the CA) and print a table',
}

/** The inputs a command takes as flags, in declaration order; `mode` is the command itself. */
export function commandInputs(command: Command): InputDeclaration[] {
  return ALL_INPUTS.filter((input) => input.name !== 'mode' && (input.modes ?? MODES).includes(command))
}

/** The commands that read an input. */
export function commandsOf(name: string): Command[] {
  const input = ALL_INPUTS.find((i) => i.name === name)
  return input === undefined || name === 'mode' ? [] : [...(input.modes ?? MODES)]
}

/** The command a word names, by its name or another name of it. */
export function commandNamed(word: string): Command | undefined {
  return (COMMANDS as readonly string[]).includes(word) ? (word as Command) : COMMAND_ALIASES[word]
}

/** Flags that are no input. */
export const SWITCHES = ['--help', '--json', '--debug', '--version'] as const

export function unknownOption(flag: string, command: Command | undefined): string {
  const inputs = ALL_INPUTS.filter((i) => i.name !== 'mode')
  const flags = [
    ...SWITCHES,
    ...inputs.map((i) => flagName(i.name)),
    ...inputs.filter((i) => i.secret).map((i) => fileFlagName(i.name)),
  ]
  const suggestion = closest(flag, flags)
  return `unknown option ${flag}; ${suggestion ? `did you mean ${suggestion}? ` : ''}see certalias${command ? ` ${command}` : ''} --help`
}

/**
 * A word that is neither a command nor an option. A name is refused rather than taken as --domain: every input
 * has one spelling, and a word after a flag that takes none (`--force-renew example.com`) would otherwise be
 * read as either; the message shows the command with --domain instead.
 */
export function unexpectedWord(word: string, command: Command | undefined): string {
  if (/^(\*\.)?[^\s.=/:]+(\.[^\s.=/:]+)+\.?$/.test(word))
    return `unexpected "${word}": names go in --domain: certalias ${command ?? 'issue'} --domain ${word}`
  if (command === undefined) {
    const suggestion = closest(word, [...COMMANDS, ...Object.keys(COMMAND_ALIASES)])
    return `unknown command "${word}"; ${suggestion ? `did you mean ${suggestion}? ` : ''}commands: ${COMMANDS.join(', ')}`
  }
  return `unexpected "${word}": options start with --; see certalias ${command} --help`
}
