// action.yml as the runner reads it: the declared inputs with their defaults, and the outputs.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'

export const actionYml = readFileSync(resolve(import.meta.dirname, '../../action.yml'), 'utf8')

interface Declaration {
  readonly description?: string
  readonly required?: boolean
  readonly default?: string
}

const parsed = parse(actionYml) as {
  inputs: Record<string, Declaration>
  outputs: Record<string, Declaration>
}

/** The keys of one top-level section (inputs/outputs) and whether each has a description. */
export function declared(section: 'inputs' | 'outputs'): Map<string, boolean> {
  return new Map(
    Object.entries(parsed[section]).map(([name, d]) => [name, typeof d?.description === 'string']),
  )
}

/**
 * What the runner passes for every declared input the workflow does not set: its default, or '' when it has
 * none. The runner passes nothing else, so these are all the INPUT_* variables a step ever sees.
 */
export function inputDefaults(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(parsed.inputs).map(([name, d]) => [
      name,
      d?.default === undefined ? '' : String(d.default),
    ]),
  )
}
