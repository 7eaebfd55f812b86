// The commands of the command line and the inputs each reads: one list serves the parser, the checks and --help.
import { ALL_INPUTS } from '../config/all-inputs.js'
import { type InputDeclaration, MODES, type Mode } from '../config/inputs.js'

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
