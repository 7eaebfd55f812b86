// Every input: the action's own, then each destination's, in the order action.yml lists them.

import { storeInputs } from '../stores/index.js'
import { CORE_INPUTS, type InputDeclaration } from './inputs.js'

/** Inputs two destinations share (aws_region) are declared once. */
export const ALL_INPUTS: readonly InputDeclaration[] = [
  ...new Map([...CORE_INPUTS, ...storeInputs()].map((input) => [input.name, input])).values(),
]
