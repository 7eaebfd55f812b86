// The sections of action.yml, read without a YAML library: the file is ours and keeps one simple shape.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const actionYml = readFileSync(resolve(import.meta.dirname, '../../action.yml'), 'utf8')

/** The keys of one top-level section (inputs/outputs) and whether each has a description. */
export function declared(section: 'inputs' | 'outputs'): Map<string, boolean> {
  const body = actionYml.split(new RegExp(`^${section}:\\n`, 'm'))[1]?.split(/^\S/m)[0] ?? ''
  const names = new Map<string, boolean>()
  let current: string | undefined
  for (const line of body.split('\n')) {
    const key = /^ {2}([a-z_]+):\s*$/.exec(line)
    if (key) {
      current = key[1] as string
      names.set(current, false)
    } else if (current && /^ {4}description: \S/.test(line)) names.set(current, true)
  }
  return names
}
