// What the cloud credential helpers need of a provider or a store: its environment, the host and the test transport.
import type { Host } from '../host.js'
import type { HttpTransport } from '../http/client.js'

export interface CloudContext {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly host: Host
  readonly transport?: HttpTransport | undefined
}

/** A refusal of the credential (HTTP 401/403, or AWS's AccessDeniedException in a 400): the renewal check stops on it. */
export class CloudAccessError extends Error {
  override readonly name = 'CloudAccessError'
  /** 403: what the renewal decision reads to tell a refused credential from a network failure. */
  readonly status = 403
}
