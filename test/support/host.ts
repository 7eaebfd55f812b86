// A Host for tests that call the core directly: it records what was masked and logged instead of printing.
import { type Host, redactSecrets } from '../../src/host.js'

export interface RecordingHost extends Host {
  readonly masked: string[]
  readonly lines: string[]
  /** The titles of the groups opened, in order. */
  readonly groups: string[]
  /** The audience of each OIDC token asked for ('' for GitHub's default). */
  readonly audiences: string[]
}

export interface RecordingHostOptions {
  /** The workflow's OIDC token for an audience; default: the run has none (as without id-token: write). */
  readonly idToken?: (audience: string) => string | Promise<string>
}

export function recordingHost(options: RecordingHostOptions = {}): RecordingHost {
  const masked: string[] = []
  const lines: string[] = []
  const groups: string[] = []
  const audiences: string[] = []
  return {
    masked,
    lines,
    groups,
    audiences,
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    debug: () => {},
    isDebug: () => false,
    mask: (secret) => masked.push(secret),
    redact: (text) => redactSecrets(text, masked),
    setOutput: () => {},
    saveState: () => {},
    getState: () => '',
    summary: async () => {},
    group: (title, work) => {
      groups.push(title)
      return work()
    },
    async idToken(audience = '') {
      audiences.push(audience)
      if (options.idToken === undefined) throw new Error('this test run has no OIDC token')
      const token = await options.idToken(audience)
      masked.push(token)
      return token
    },
  }
}
