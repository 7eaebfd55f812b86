// --help: made from the same declarations as action.yml, each command with the inputs it reads, and the
// variables of every DNS provider (or, with --dns-provider, of that one in full).
import { CORE_INPUTS, type InputDeclaration } from '../config/inputs.js'
import { DESCRIPTORS } from '../providers/index.js'
import { acceptedNames, type ProviderDescriptor, type ProviderSetting } from '../providers/types.js'
import { COMMAND_ALIASES, COMMANDS, type Command, commandInputs, SUMMARY } from './commands.js'
import { envName, fileFlagName, flagName } from './spelling.js'

const WIDTH = 110

export function help(command: Command | undefined, providerId?: string): string {
  if (command === undefined) return general()
  const aliases = Object.keys(COMMAND_ALIASES).filter((alias) => COMMAND_ALIASES[alias] === command)
  const lines = [
    `Usage: certalias ${command} [options]${aliases.map((a) => ` (or certalias ${a})`).join('')}`,
    '',
    `${SUMMARY[command]}.`,
    '',
    'Options (each also read from the environment variable shown; a flag wins):',
  ]
  const inputs = commandInputs(command)
  const core = new Set(CORE_INPUTS.map((i) => i.name))
  lines.push(...inputs.filter((i) => core.has(i.name)).flatMap(option))
  const destinations = inputs.filter((i) => !core.has(i.name))
  if (destinations.length > 0)
    lines.push('', 'Destinations (--store; the files are always written):', ...destinations.flatMap(option))
  lines.push(
    '',
    '  --json      print the outputs as one JSON object instead of name=value lines',
    '  --debug     print debug lines (the CA requests)',
    '  --version   print the version of certalias',
    '',
    'Outputs go to stdout (name=value, a new line inside a value written as \\n); the log goes to stderr.',
    'HTTP requests go through the proxy HTTPS_PROXY / HTTP_PROXY name, except to the hosts NO_PROXY lists.',
  )
  // revoking and planning write no DNS record: no provider credentials to give them
  if (command === 'issue' || command === 'check') lines.push('', ...providers(providerId))
  lines.push('')
  return lines.join('\n')
}

function general(): string {
  return [
    'certalias: TLS certificates from an ACME CA with DNS-01 through a CNAME-delegated validation zone',
    '',
    'Usage: certalias <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.padEnd(8)} ${SUMMARY[c]}`),
    ...Object.entries(COMMAND_ALIASES).map(([alias, c]) => `  ${alias.padEnd(8)} another name for ${c}`),
    '',
    'certalias <command> --help lists the options of a command; certalias --version prints the version.',
    'Exit status: 0 success (also when nothing is due), 1 failure, 2 bad input, 130/143 stopped by SIGINT/SIGTERM',
    '(after removing the values it wrote).',
    '',
  ].join('\n')
}

function option(input: InputDeclaration): string[] {
  const fallback = input.cli?.default ?? input.default
  const notes = [
    input.required ? 'required' : undefined,
    fallback ? `default: ${fallback}` : undefined,
    input.secret ? `a secret: give it in ${envName(input.name)} or a file, not as a flag value` : undefined,
  ].filter(Boolean)
  const description = input.cli?.description ?? input.description
  return [
    `  ${flagName(input.name)} <value>   (${envName(input.name)})`,
    ...(input.secret ? [`  ${fileFlagName(input.name)} <path>   (a file holding the value)`] : []),
    ...wrap(`${description}${notes.length > 0 ? ` [${notes.join('; ')}]` : ''}`, '      '),
  ]
}

/** Every provider's variables in a few lines, or one provider's in full. */
function providers(providerId: string | undefined): string[] {
  const chosen = providerId === undefined ? undefined : DESCRIPTORS[providerId.trim().toLowerCase()]
  if (chosen !== undefined) {
    const variable = (s: ProviderSetting) => {
      const notes = [
        s.set,
        s.default ? `default: ${s.default}` : undefined,
        s.secret ? 'a secret' : undefined,
      ]
      const extra = notes.filter(Boolean).join('; ')
      return [`  ${acceptedNames(s)}`, ...wrap(`${s.description}${extra ? ` [${extra}]` : ''}`, '      ')]
    }
    return [
      `DNS provider ${chosen.id} (${chosen.name}): credentials from the environment`,
      ...chosen.credentials.flatMap(variable),
      ...(chosen.settings.length > 0 ? ['Settings:', ...chosen.settings.flatMap(variable)] : []),
    ]
  }
  const lines = [
    'DNS provider credentials come from the same environment variables as in the action; each also takes the',
    'settings listed (--dns-provider <id> --help describes them):',
  ]
  for (const descriptor of Object.values(DESCRIPTORS).sort((a, b) => a.id.localeCompare(b.id))) {
    const indent = ' '.repeat(16)
    lines.push(...wrap(credentials(descriptor), indent, `  ${descriptor.id.padEnd(13)} `))
    if (descriptor.settings.length > 0) {
      const settings = descriptor.settings.map((s) => (s.default ? `${s.env}=${s.default}` : s.env))
      lines.push(...wrap(`settings: ${settings.join(', ')}`, indent))
    }
  }
  return lines
}

/** The credentials as a sentence: those always needed, then the ways to sign in, "or" between them. */
function credentials(descriptor: ProviderDescriptor): string {
  const always = descriptor.credentials.filter((c) => c.set === undefined).map(acceptedNames)
  const sets = new Map<string, string[]>()
  for (const c of descriptor.credentials)
    if (c.set !== undefined) sets.set(c.set, [...(sets.get(c.set) ?? []), acceptedNames(c)])
  const ways = [...sets].map(([name, names]) => `${names.join(' + ')} (${name})`)
  const given = [always.join(', '), ways.join(' or ')].filter(Boolean).join(' + ')
  return descriptor.ambient === undefined ? given : `${given}, or none (${descriptor.ambient.summary})`
}

/** Words wrapped at WIDTH columns: the first line after `first` (else `indent`), the rest after `indent`. */
function wrap(text: string, indent: string, first = indent): string[] {
  const lines: string[] = []
  let line = first
  for (const word of text.split(' ')) {
    const start = line === first || line === indent
    if (!start && line.length + 1 + word.length > WIDTH) {
      lines.push(line)
      line = indent + word
    } else line += start ? word : ` ${word}`
  }
  lines.push(line)
  return lines
}
