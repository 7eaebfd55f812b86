// The Host of the core, implemented with @actions/core.
import * as core from '@actions/core'
import type { Host } from './host.js'

const masked = new Set<string>()

export const actionsHost: Host = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  mask: (secret) => {
    // the provider and the pipeline may both register one secret: tell the runner once
    if (masked.has(secret)) return
    masked.add(secret)
    core.setSecret(secret)
  },
  setOutput: (name, value) => core.setOutput(name, value),
  saveState: (name, value) => core.saveState(name, value),
  getState: (name) => core.getState(name),
  summary: async (markdown) => {
    // Outside a runner there is no summary file; that is no reason to fail.
    if (!process.env.GITHUB_STEP_SUMMARY) return
    await core.summary.addRaw(markdown, true).write()
  },
}
