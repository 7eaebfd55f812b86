// The Host of the core, on the runner's protocol. Every line goes through the one rule for printed text, after
// the secrets are replaced: an escape inside a secret would hide it from the runner's own masking.
import { type Host, redactSecrets } from '../host.js'
import { printable } from '../text.js'
import * as runner from './runner.js'

const masked = new Set<string>()

const shown = (message: string) => printable(redactSecrets(message, masked))

export const actionsHost: Host = {
  info: (message) => runner.info(shown(message)),
  warning: (message) => runner.warning(shown(message)),
  debug: (message) => runner.debug(shown(message)),
  mask: (secret) => {
    // the provider and the pipeline may both register one secret: tell the runner once
    if (masked.has(secret) || secret.trim() === '') return
    masked.add(secret)
    runner.setSecret(secret)
  },
  redact: (text) => redactSecrets(text, masked),
  setOutput: (name, value) => runner.setOutput(name, value),
  saveState: (name, value) => runner.saveState(name, value),
  getState: (name) => runner.getState(name),
  // outside a runner there is no summary file; that is no reason to fail
  summary: async (markdown) => runner.appendSummary(markdown),
}

/** The step fails with this message, shown by the same rule as every other line. */
export function fail(message: string): void {
  runner.setFailed(shown(message))
}

/** A notice, shown by the same rule as every other line. */
export function notice(message: string): void {
  runner.notice(shown(message))
}
