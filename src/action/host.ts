// The Host of the core on the runner, through @actions/core. Every line goes through the one rule for printed
// text, after the secrets are replaced: an escape inside a secret would hide it from the runner's own masking.
import * as core from '@actions/core'
import { type Host, redactSecrets } from '../host.js'
import { printable } from '../text.js'

/** Set by the runner when the job has `permissions: id-token: write`; @actions/core reads them. */
const ID_TOKEN_ENV = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const

const masked = new Set<string>()
// core.summary is one buffer for the process: two sections written at once must not interleave
let summaries: Promise<unknown> = Promise.resolve()

const shown = (message: string) => printable(redactSecrets(message, masked))

function mask(secret: string): void {
  // the provider and the pipeline may both register one secret: tell the runner once
  if (masked.has(secret) || secret.trim() === '') return
  masked.add(secret)
  core.setSecret(secret)
}

export const actionsHost: Host = {
  info: (message) => core.info(shown(message)),
  warning: (message) => core.warning(shown(message)),
  debug: (message) => core.debug(shown(message)),
  isDebug: () => core.isDebug(),
  mask,
  redact: (text) => redactSecrets(text, masked),
  setOutput: (name, value) => core.setOutput(name, value),
  saveState: (name, value) => core.saveState(name, value),
  getState: (name) => core.getState(name),
  summary: (markdown) => {
    // outside a runner there is no summary file; that is no reason to fail
    if (!process.env.GITHUB_STEP_SUMMARY) return Promise.resolve()
    const written = summaries.catch(() => {}).then(() => core.summary.addRaw(markdown, true).write())
    summaries = written
    return written.then(() => {})
  },
  group: (title, work) => core.group(shown(title), work),
  async idToken(audience) {
    const unset = ID_TOKEN_ENV.filter((name) => !process.env[name])
    if (unset.length > 0) {
      throw new Error(
        `this job does not get it (${unset.join(' and ')} ${unset.length === 1 ? 'is' : 'are'} unset): add ` +
          '`permissions: id-token: write` to the job (with `contents: read` beside it when the job checks out the ' +
          'repository; pull requests from forks never get one)',
      )
    }
    mask(process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN as string)
    let token: string
    try {
      token = await core.getIDToken(audience || undefined)
    } catch (error) {
      // core's message spans lines and quotes the server: one line, for the error annotation
      const why = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()
      throw new Error(`GitHub's token endpoint did not give one (${why})`)
    }
    // core has masked it already
    masked.add(token)
    return token
  },
}

/** The step fails with this message, shown by the same rule as every other line. */
export function fail(message: string): void {
  core.setFailed(shown(message))
}

/** A notice, shown by the same rule as every other line. */
export function notice(message: string): void {
  core.notice(shown(message))
}
