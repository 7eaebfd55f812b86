// The provider contract of the design: append and remove TXT values at one owner in one zone.
import type { Host } from '../host.js'
import type { HttpTransport } from '../http/client.js'

export interface DnsProvider {
  readonly id: string
  /** Add these TXT values at owner (absolute name, no trailing dot); keep every value already there. */
  append(zone: string, owner: string, values: string[]): Promise<void>
  /** Remove exactly these TXT values at owner; other values at the owner survive. */
  remove(zone: string, owner: string, values: string[]): Promise<void>
}

export interface ProviderSetting {
  /** Environment variable name, e.g. RFC2136_NAMESERVER. */
  readonly env: string
  readonly description: string
  /** Secrets are masked as soon as they are read and never appear in a message. */
  readonly secret?: boolean
  readonly default?: string
  /**
   * For providers with more than one way to authenticate (static keys, or the workflow's OIDC token):
   * the name of the way this variable belongs to. Variables without a set are always required; of those with
   * one, every variable of at least one set must be given.
   */
  readonly set?: string
}

export interface ProviderDescriptor {
  readonly id: string
  readonly name: string
  /** Variables that must be set (see ProviderSetting.set for alternatives). */
  readonly credentials: readonly ProviderSetting[]
  /** Variables that may be set, with their defaults; HTTP providers list `<PREFIX>_API_URL` here. */
  readonly settings: readonly ProviderSetting[]
  /** How to make a token that can touch only the alias zone. */
  readonly leastPrivilege: string
  /** The provider's API documentation. */
  readonly docs: string
}

/** What a provider factory gets: its environment (already checked against the descriptor) and the host. */
export interface ProviderContext {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly host: Host
  /** Recursive resolvers from the `dns_resolvers` input ("ip" or "ip:port"), empty for the system's. */
  readonly resolvers: readonly string[]
  /** For tests: the wire (a Send over a mock) and the clock of the HTTP layer. */
  readonly transport?: HttpTransport
}

export interface ProviderModule {
  readonly descriptor: ProviderDescriptor
  create(context: ProviderContext): DnsProvider
}
