// The Host of the core, on the runner's protocol.
import type { Host } from '../host.js'
import * as runner from './runner.js'

const masked = new Set<string>()

export const actionsHost: Host = {
  info: (message) => runner.info(message),
  warning: (message) => runner.warning(message),
  debug: (message) => runner.debug(message),
  mask: (secret) => {
    // the provider and the pipeline may both register one secret: tell the runner once
    if (masked.has(secret) || secret.trim() === '') return
    masked.add(secret)
    runner.setSecret(secret)
  },
  setOutput: (name, value) => runner.setOutput(name, value),
  saveState: (name, value) => runner.saveState(name, value),
  getState: (name) => runner.getState(name),
  // outside a runner there is no summary file; that is no reason to fail
  summary: async (markdown) => runner.appendSummary(markdown),
}
