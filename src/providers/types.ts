// The provider contract of the design: append and remove TXT values at one owner in one zone.
import type { Host } from '../host.js'
import type { HttpTransport } from '../http/client.js'

export interface DnsProvider {
  readonly id: string
  /** Add these TXT values at owner (absolute name, no trailing dot); keep every value already there. */
  append(zone: string, owner: string, values: string[]): Promise<void>
  /** Remove exactly these TXT values at owner; other values at the owner survive. */
  remove(zone: string, owner: string, values: string[]): Promise<void>
  /**
   * End what the provider opened for the run (a login session: log out). Called once, after the run's last
   * remove; a provider that opens nothing leaves it out.
   */
  close?(): Promise<void>
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
  /**
   * Other names lego (or the provider's own tools) accept for this variable, e.g. CF_DNS_API_TOKEN beside
   * CLOUDFLARE_DNS_API_TOKEN. When `env` is unset, the first alias that is set stands for it.
   */
  readonly aliases?: readonly string[]
  /**
   * The only values accepted, when the setting has a fixed set: the configuration refuses any other before
   * anything runs, compared without case and without a trailing dot (lego writes TSIG algorithms as DNS names,
   * `hmac-sha256.`), and the docs list them.
   */
  readonly values?: readonly string[]
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
  /** What else a user must know to use it, e.g. a slow publication that needs a longer propagation_timeout. */
  readonly notes?: string
  /**
   * Credentials the provider may find with none of its credential variables set (the AWS SDKs' chain: a shared
   * profile, a container endpoint, an instance role). Unset variables are then no input error: what it finds is
   * known only when it asks. `variables` that are set count as credentials given; `summary` names the sources in
   * a few words, `description` says how they are tried.
   */
  readonly ambient?: {
    readonly summary: string
    readonly description: string
    readonly variables: readonly string[]
  }
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

/**
 * The environment with every descriptor variable under its own name: an unset (or blank) variable takes the
 * value of the first of its aliases that is set. Other variables pass through unchanged.
 */
export function withAliases(
  descriptor: ProviderDescriptor,
  env: Readonly<Record<string, string | undefined>>,
): Readonly<Record<string, string | undefined>> {
  let resolved: Record<string, string | undefined> | undefined
  for (const setting of [...descriptor.credentials, ...descriptor.settings]) {
    if (env[setting.env]?.trim() || setting.aliases === undefined) continue
    const alias = setting.aliases.find((name) => env[name]?.trim())
    if (alias === undefined) continue
    resolved ??= { ...env }
    resolved[setting.env] = env[alias]
  }
  return resolved ?? env
}

/** A value as a fixed set of values is compared: no surrounding space, no case, no trailing dot. */
export function settingValue(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, '')
}

/** The variable and its aliases, as a message names them: `A` or `A (or B, C)`. */
export function acceptedNames(setting: ProviderSetting): string {
  return setting.aliases === undefined || setting.aliases.length === 0
    ? setting.env
    : `${setting.env} (or ${setting.aliases.join(', ')})`
}
