// A Host for tests that call the core directly: it records what was masked and logged instead of printing.
import { type Host, redactSecrets } from '../../src/host.js'

export interface RecordingHost extends Host {
  readonly masked: string[]
  readonly lines: string[]
}

export function recordingHost(): RecordingHost {
  const masked: string[] = []
  const lines: string[] = []
  return {
    masked,
    lines,
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    debug: () => {},
    mask: (secret) => masked.push(secret),
    redact: (text) => redactSecrets(text, masked),
    setOutput: () => {},
    saveState: () => {},
    getState: () => '',
    summary: async () => {},
  }
}
