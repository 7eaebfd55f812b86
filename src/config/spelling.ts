// How a message names an input, in the words of the adapter that read it: the action's `domain`, the command
// line's --domain or CERTALIAS_DOMAIN. The configuration and each destination make their messages with the
// adapter's spelling, so an error names what the user typed.

export interface Spelling {
  /** An input: `domain` in the action, --domain or CERTALIAS_DOMAIN on the command line. */
  input(name: string): string
  /** An input set to a value, as the user writes it: `dns_provider: desec`, --dns-provider desec. */
  assignment(name: string, value: string): string
  /** Where environment variables (credentials, settings) are set: "the step's env", "the environment". */
  readonly environment: string
  /** Where a DNS provider's credentials go, and where its page says how to make them. */
  credentials(providerId: string): string
}

export const ACTION_SPELLING: Spelling = {
  input: (name) => `\`${name}\``,
  assignment: (name, value) => `\`${name}: ${value}\``,
  environment: "the step's env",
  credentials: () => "in the step's env (from secrets)",
}
