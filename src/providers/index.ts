// The registry of DNS providers: the descriptors (credentials, settings, docs) in one small generated table, each
// provider's code in a chunk of its own, loaded when it is chosen. A run reads its inputs, and fails on a bad one,
// without compiling every provider.
import { PROVIDER_DESCRIPTORS } from './descriptors.js'
import {
  type DnsProvider,
  type ProviderContext,
  type ProviderDescriptor,
  type ProviderModule,
  withAliases,
} from './types.js'

/** Every provider's descriptor, by id. */
export const DESCRIPTORS: Readonly<Record<string, ProviderDescriptor>> = Object.fromEntries(
  PROVIDER_DESCRIPTORS.map((descriptor) => [descriptor.id, descriptor]),
)

/** One provider's module; each import() is its own chunk of the bundle. */
async function load(id: string): Promise<ProviderModule | undefined> {
  switch (id) {
    case 'acme-dns':
      return (await import('./acme-dns/index.js')).acmeDns
    case 'alidns':
      return (await import('./alidns/index.js')).alidns
    case 'arvancloud':
      return (await import('./arvancloud/index.js')).arvancloud
    case 'azure':
      return (await import('./azure/index.js')).azure
    case 'bunny':
      return (await import('./bunny/index.js')).bunny
    case 'cloudflare':
      return (await import('./cloudflare/index.js')).cloudflare
    case 'cloudns':
      return (await import('./cloudns/index.js')).cloudns
    case 'constellix':
      return (await import('./constellix/index.js')).constellix
    case 'cpanel':
      return (await import('./cpanel/index.js')).cpanel
    case 'desec':
      return (await import('./desec/index.js')).desec
    case 'digitalocean':
      return (await import('./digitalocean/index.js')).digitalocean
    case 'directadmin':
      return (await import('./directadmin/index.js')).directadmin
    case 'dnsimple':
      return (await import('./dnsimple/index.js')).dnsimple
    case 'dnsmadeeasy':
      return (await import('./dnsmadeeasy/index.js')).dnsmadeeasy
    case 'duckdns':
      return (await import('./duckdns/index.js')).duckdns
    case 'dynu':
      return (await import('./dynu/index.js')).dynu
    case 'easydns':
      return (await import('./easydns/index.js')).easydns
    case 'edgedns':
      return (await import('./edgedns/index.js')).edgedns
    case 'exec':
      return (await import('./exec/index.js')).exec
    case 'exoscale':
      return (await import('./exoscale/index.js')).exoscale
    case 'gandi':
      return (await import('./gandi/index.js')).gandi
    case 'gcore':
      return (await import('./gcore/index.js')).gcore
    case 'godaddy':
      return (await import('./godaddy/index.js')).godaddy
    case 'google':
      return (await import('./google/index.js')).google
    case 'he':
      return (await import('./he/index.js')).he
    case 'hetzner':
      return (await import('./hetzner/index.js')).hetzner
    case 'httpreq':
      return (await import('./httpreq/index.js')).httpreq
    case 'infoblox':
      return (await import('./infoblox/index.js')).infoblox
    case 'infomaniak':
      return (await import('./infomaniak/index.js')).infomaniak
    case 'inwx':
      return (await import('./inwx/index.js')).inwx
    case 'ionos':
      return (await import('./ionos/index.js')).ionos
    case 'joker':
      return (await import('./joker/index.js')).joker
    case 'linode':
      return (await import('./linode/index.js')).linode
    case 'mythicbeasts':
      return (await import('./mythicbeasts/index.js')).mythicbeasts
    case 'namecheap':
      return (await import('./namecheap/index.js')).namecheap
    case 'namedotcom':
      return (await import('./namedotcom/index.js')).namedotcom
    case 'namesilo':
      return (await import('./namesilo/index.js')).namesilo
    case 'netcup':
      return (await import('./netcup/index.js')).netcup
    case 'netlify':
      return (await import('./netlify/index.js')).netlify
    case 'njalla':
      return (await import('./njalla/index.js')).njalla
    case 'ns1':
      return (await import('./ns1/index.js')).ns1
    case 'oraclecloud':
      return (await import('./oraclecloud/index.js')).oraclecloud
    case 'ovh':
      return (await import('./ovh/index.js')).ovh
    case 'plesk':
      return (await import('./plesk/index.js')).plesk
    case 'porkbun':
      return (await import('./porkbun/index.js')).porkbun
    case 'powerdns':
      return (await import('./powerdns/index.js')).powerdns
    case 'rfc2136':
      return (await import('./rfc2136/index.js')).rfc2136
    case 'route53':
      return (await import('./route53/index.js')).route53
    case 'scaleway':
      return (await import('./scaleway/index.js')).scaleway
    case 'selectel':
      return (await import('./selectel/index.js')).selectel
    case 'technitium':
      return (await import('./technitium/index.js')).technitium
    case 'tencentcloud':
      return (await import('./tencentcloud/index.js')).tencentcloud
    case 'transip':
      return (await import('./transip/index.js')).transip
    case 'vercel':
      return (await import('./vercel/index.js')).vercel
    case 'vultr':
      return (await import('./vultr/index.js')).vultr
    case 'yandexcloud':
      return (await import('./yandexcloud/index.js')).yandexcloud
    default:
      return undefined
  }
}

/** The provider for `id`, with every secret credential masked before the provider sees it. */
export async function createProvider(id: string, context: ProviderContext): Promise<DnsProvider> {
  const descriptor = DESCRIPTORS[id]
  const module = descriptor === undefined ? undefined : await load(id)
  if (descriptor === undefined || module === undefined) throw new Error(`unknown DNS provider "${id}"`)
  // lego's other names for a variable stand for it: the provider reads one name only
  const env = withAliases(descriptor, context.env)
  for (const setting of [...descriptor.credentials, ...descriptor.settings]) {
    const value = env[setting.env]
    if (setting.secret && value) context.host.mask(value)
  }
  return module.create({ ...context, env })
}

/** Close the provider's session, if it opened one; a failed logout is a warning, never the run's failure. */
export async function closeProvider(provider: DnsProvider, warn: (message: string) => void): Promise<void> {
  try {
    await provider.close?.()
  } catch (error) {
    warn(`${provider.id}: could not log out: ${error instanceof Error ? error.message : String(error)}`)
  }
}
