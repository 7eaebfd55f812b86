// Every DNS provider module, loaded at once: for the tests and the generator of descriptors.ts, never for a run
// (src/providers/index.ts loads the one chosen).
import { acmeDns } from './acme-dns/index.js'
import { alidns } from './alidns/index.js'
import { arvancloud } from './arvancloud/index.js'
import { azure } from './azure/index.js'
import { bunny } from './bunny/index.js'
import { cloudflare } from './cloudflare/index.js'
import { cloudns } from './cloudns/index.js'
import { constellix } from './constellix/index.js'
import { cpanel } from './cpanel/index.js'
import { desec } from './desec/index.js'
import { digitalocean } from './digitalocean/index.js'
import { directadmin } from './directadmin/index.js'
import { dnsimple } from './dnsimple/index.js'
import { dnsmadeeasy } from './dnsmadeeasy/index.js'
import { duckdns } from './duckdns/index.js'
import { dynu } from './dynu/index.js'
import { easydns } from './easydns/index.js'
import { edgedns } from './edgedns/index.js'
import { exec } from './exec/index.js'
import { exoscale } from './exoscale/index.js'
import { gandi } from './gandi/index.js'
import { gcore } from './gcore/index.js'
import { godaddy } from './godaddy/index.js'
import { google } from './google/index.js'
import { he } from './he/index.js'
import { hetzner } from './hetzner/index.js'
import { httpreq } from './httpreq/index.js'
import { infoblox } from './infoblox/index.js'
import { infomaniak } from './infomaniak/index.js'
import { inwx } from './inwx/index.js'
import { ionos } from './ionos/index.js'
import { joker } from './joker/index.js'
import { linode } from './linode/index.js'
import { mythicbeasts } from './mythicbeasts/index.js'
import { namecheap } from './namecheap/index.js'
import { namedotcom } from './namedotcom/index.js'
import { namesilo } from './namesilo/index.js'
import { netcup } from './netcup/index.js'
import { netlify } from './netlify/index.js'
import { njalla } from './njalla/index.js'
import { ns1 } from './ns1/index.js'
import { oraclecloud } from './oraclecloud/index.js'
import { ovh } from './ovh/index.js'
import { plesk } from './plesk/index.js'
import { porkbun } from './porkbun/index.js'
import { powerdns } from './powerdns/index.js'
import { rfc2136 } from './rfc2136/index.js'
import { route53 } from './route53/index.js'
import { scaleway } from './scaleway/index.js'
import { selectel } from './selectel/index.js'
import { technitium } from './technitium/index.js'
import { tencentcloud } from './tencentcloud/index.js'
import { transip } from './transip/index.js'
import type { ProviderModule } from './types.js'
import { vercel } from './vercel/index.js'
import { vultr } from './vultr/index.js'
import { yandexcloud } from './yandexcloud/index.js'

const MODULES: readonly ProviderModule[] = [
  acmeDns,
  alidns,
  arvancloud,
  azure,
  bunny,
  cloudflare,
  cloudns,
  constellix,
  cpanel,
  desec,
  digitalocean,
  directadmin,
  dnsimple,
  dnsmadeeasy,
  duckdns,
  dynu,
  easydns,
  edgedns,
  exec,
  exoscale,
  gandi,
  gcore,
  godaddy,
  google,
  he,
  hetzner,
  httpreq,
  infoblox,
  infomaniak,
  inwx,
  ionos,
  joker,
  linode,
  mythicbeasts,
  namecheap,
  namedotcom,
  namesilo,
  netcup,
  netlify,
  njalla,
  ns1,
  oraclecloud,
  ovh,
  plesk,
  porkbun,
  powerdns,
  rfc2136,
  route53,
  scaleway,
  selectel,
  technitium,
  tencentcloud,
  transip,
  vercel,
  vultr,
  yandexcloud,
]

export const PROVIDERS: Readonly<Record<string, ProviderModule>> = Object.fromEntries(
  MODULES.map((module) => [module.descriptor.id, module]),
)
