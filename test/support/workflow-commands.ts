// The lines of a step's output that the GitHub runner would act on as workflow commands, read the way the runner
// reads them (actions/runner, ActionCommand.cs): a line is split at CR or LF; `::name ...::data` counts after
// leading white space is trimmed, and the older `##[name ...]data` counts anywhere in the line.
export interface WorkflowCommand {
  readonly name: string
  readonly data: string
  readonly line: string
}

export function workflowCommands(output: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of output.split(/\r\n|\r|\n/)) {
    const trimmed = line.trimStart()
    if (trimmed.startsWith('::')) {
      const end = trimmed.indexOf('::', 2)
      if (end > 2) {
        const info = trimmed.slice(2, end)
        commands.push({ name: info.split(' ')[0] as string, data: trimmed.slice(end + 2), line })
        continue
      }
    }
    const legacy = line.indexOf('##[')
    if (legacy >= 0) {
      const close = line.indexOf(']', legacy)
      if (close > legacy)
        commands.push({
          name: line.slice(legacy + 3, close).split(' ')[0] as string,
          data: line.slice(close + 1),
          line,
        })
    }
  }
  return commands
}

/** What certalias itself sends: everything else in a step's output is text that took control of the runner. */
export const MEANT_COMMANDS = new Set(['add-mask', 'debug', 'notice', 'warning', 'error'])
