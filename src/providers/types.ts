// The provider contract of the design: append and remove TXT values at one owner in one zone.
import type { Host } from '../host.js'

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
}

export interface ProviderDescriptor {
  readonly id: string
  readonly name: string
  /** Variables that must be set. */
  readonly credentials: readonly ProviderSetting[]
  /** Variables that may be set, with their defaults. */
  readonly settings: readonly ProviderSetting[]
  /** How to make a token that can touch only the alias zone. */
  readonly leastPrivilege: string
  readonly docs: string
}

/** What a provider factory gets: its environment (already checked against the descriptor) and the host. */
export interface ProviderContext {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly host: Host
  /** Recursive resolvers from the `dns_resolvers` input ("ip" or "ip:port"), empty for the system's. */
  readonly resolvers: readonly string[]
}

export interface ProviderModule {
  readonly descriptor: ProviderDescriptor
  create(context: ProviderContext): DnsProvider
}
