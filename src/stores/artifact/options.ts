// Inputs of the `artifact` destination, read and checked without loading its code (nor age's).
import { bech32 } from '@scure/base'
import { ACTION_SPELLING } from '../../config/spelling.js'
import type { StoreDeclaration } from '../types.js'

export interface ArtifactOptions {
  /** Undefined: `certificate-<primary name>`, decided when the names are known. */
  readonly name?: string
  /** Undefined: the repository's default retention. */
  readonly retentionDays?: number
  /** age X25519 recipients (`age1...`) the key is encrypted to; none: the key stays out of the artifact. */
  readonly recipients: readonly string[]
}

/** What @actions/artifact refuses in a name (NTFS and the results service). */
const INVALID_NAME_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/']

/** An age X25519 recipient: `age1` and 58 bech32 characters (32 bytes and a checksum). */
const X25519_RECIPIENT = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/

/** What the registry knows of `artifact` before loading its code. */
export const artifactDeclaration: StoreDeclaration<ArtifactOptions> = {
  id: 'artifact',
  inputs: [
    {
      name: 'artifact_name',
      description:
        'Name of the workflow artifact (default certificate-<primary name>, a wildcard as _wildcard.<name>)',
    },
    {
      name: 'artifact_retention_days',
      description: "Days the artifact is kept, 1 to 90 (default: the repository's setting)",
    },
    {
      name: 'artifact_recipient',
      description:
        'age X25519 recipient(s) (age1...; several separated by commas or new lines) the private key is encrypted to, as privkey.pem.age; empty: the artifact holds the public parts only',
    },
  ],
  readOptions(getInput, _env, s = ACTION_SPELLING) {
    const problems: string[] = []

    let name: string | undefined = getInput('artifact_name').trim()
    if (name === '') name = undefined
    else {
      const bad = INVALID_NAME_CHARACTERS.filter((c) => name?.includes(c))
      if (bad.length > 0)
        problems.push(
          `${s.input('artifact_name')} may not contain ${bad.map((c) => JSON.stringify(c)).join(', ')} ` +
            '(GitHub refuses " : < > | * ? \\ / and line breaks in an artifact name)',
        )
    }

    let retentionDays: number | undefined
    const retention = getInput('artifact_retention_days').trim()
    if (retention !== '') {
      retentionDays = /^\d+$/.test(retention) ? Number(retention) : Number.NaN
      if (!(retentionDays >= 1 && retentionDays <= 90))
        problems.push(
          `${s.input('artifact_retention_days')} must be a whole number of days from 1 to 90, not ${JSON.stringify(retention)} ` +
            "(leave it empty for the repository's default)",
        )
    }

    const recipients = getInput('artifact_recipient')
      .split(/[\s,]+/)
      .filter((r) => r !== '')
    recipients.forEach((recipient, index) => {
      const which = recipients.length > 1 ? ` (entry ${index + 1})` : ''
      // the value is never echoed: a pasted secret key must not reach the log
      if (/^AGE-SECRET-KEY-/i.test(recipient)) {
        problems.push(
          `${s.input('artifact_recipient')}${which} is an age identity, a secret key: give its recipient instead ` +
            '(`age-keygen -y key.txt` prints it), and treat the pasted key as leaked',
        )
      } else if (!X25519_RECIPIENT.test(recipient) || !parsesAsRecipient(recipient)) {
        problems.push(
          `${s.input('artifact_recipient')}${which} is not an age X25519 recipient: expected "age1" followed by 58 ` +
            'lowercase bech32 characters, as `age-keygen` prints it ("Public key: age1...")',
        )
      }
    })

    if (problems.length > 0) throw new Error(problems.join('\n'))
    return { name, retentionDays, recipients }
  },
  readsCurrent: false,
  removes: false,
}

/**
 * The bech32 checksum, the `age` prefix and the 32-byte X25519 key, checked without loading age itself: its
 * library (with post-quantum ciphers) is loaded only when a run really encrypts.
 */
function parsesAsRecipient(recipient: string): boolean {
  try {
    const { prefix, words } = bech32.decode(recipient as `${string}1${string}`)
    return prefix === 'age' && bech32.fromWords(words).length === 32
  } catch {
    return false
  }
}
