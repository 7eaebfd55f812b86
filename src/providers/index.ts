// The registry of DNS providers, by id.
import { cloudflare } from './cloudflare/index.js'
import { powerdns } from './powerdns/index.js'
import { rfc2136 } from './rfc2136/index.js'
import type { DnsProvider, ProviderContext, ProviderModule } from './types.js'

export const PROVIDERS: Readonly<Record<string, ProviderModule>> = {
  [cloudflare.descriptor.id]: cloudflare,
  [rfc2136.descriptor.id]: rfc2136,
  [powerdns.descriptor.id]: powerdns,
}

/** The provider for `id`, with every secret credential masked before the provider sees it. */
export function createProvider(id: string, context: ProviderContext): DnsProvider {
  const module = PROVIDERS[id]
  if (module === undefined) throw new Error(`unknown DNS provider "${id}"`)
  for (const setting of [...module.descriptor.credentials, ...module.descriptor.settings]) {
    const value = context.env[setting.env]
    if (setting.secret && value) context.host.mask(value)
  }
  return module.create(context)
}
