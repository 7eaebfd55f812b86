// One declaration of every input serves action.yml, the configuration and the command line: action.yml must say
// exactly what the declarations say (names, descriptions, defaults, required).
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ALL_INPUTS } from '../../src/config/all-inputs.js'
import { actionYml } from '../support/action-yml.js'

const normalize = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

describe('input declarations and action.yml', () => {
  const declared = (
    parse(actionYml) as {
      inputs: Record<string, { description?: string; default?: unknown; required?: boolean }>
    }
  ).inputs

  it('name the same inputs, in the same order', () => {
    expect(Object.keys(declared)).toEqual(ALL_INPUTS.map((i) => i.name))
  })

  for (const input of ALL_INPUTS) {
    it(`${input.name}: same description, default and required`, () => {
      const yml = declared[input.name]
      expect(normalize(yml?.description)).toBe(normalize(input.description))
      expect(String(yml?.default ?? '')).toBe(input.default ?? '')
      expect(yml?.required === true).toBe(input.required === true)
    })
  }
})
