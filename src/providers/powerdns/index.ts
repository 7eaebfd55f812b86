// PowerDNS Authoritative through its HTTP API: read the zone, merge our TXT values into the owner's RRset, PATCH it back, read it back.

import { providerHttp } from '../../http/api.js'
import { ProviderHttpError } from '../../http/client.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { formatTxtContent, parseTxtContent, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'

const descriptor: ProviderDescriptor = {
  id: 'powerdns',
  name: 'PowerDNS Authoritative (HTTP API)',
  credentials: [
    {
      env: 'PDNS_API_URL',
      description:
        'Address of the PowerDNS webserver, e.g. http://ns.example.org:8081 (a trailing /api/v1 is accepted)',
    },
    { env: 'PDNS_API_KEY', description: 'The api-key of pdns.conf, sent as X-API-Key', secret: true },
  ],
  settings: [
    { env: 'PDNS_SERVER_NAME', description: 'Server id in the API path', default: 'localhost' },
    {
      env: 'PDNS_TTL',
      description: 'TTL (seconds) of a TXT RRset this provider creates; an existing RRset keeps its TTL',
      default: '60',
    },
  ],
  leastPrivilege:
    'PowerDNS Authoritative has a single API key per server (the api-key setting) with full control of every ' +
    'zone, and its maintainers declined per-zone or per-account keys (PowerDNS/pdns#7521, #11192), so the key ' +
    'itself cannot be narrowed to the alias zone. Either serve the alias zone from a separate PowerDNS ' +
    'instance that holds nothing else, or put a proxy in front of the API that only lets through GET of the ' +
    'alias zone and PATCH of its TXT RRsets (e.g. catalyst/powerdns-auth-proxy), and give the action the ' +
    "proxy's address and key.",
  docs: 'https://doc.powerdns.com/authoritative/http-api/zone.html',
}

interface PdnsRecord {
  content: string
  disabled: boolean
}

interface PdnsRRset {
  name: string
  type: string
  ttl: number
  records: PdnsRecord[]
}

interface PdnsZone {
  name: string
  rrsets?: PdnsRRset[]
}

type PdnsChange =
  | { name: string; type: 'TXT'; ttl: number; changetype: 'REPLACE'; records: PdnsRecord[] }
  | { name: string; type: 'TXT'; changetype: 'DELETE' }

// One per process, not per provider instance: two instances writing one owner must still take turns.
const ownerLocks = new KeyedMutex()

export const powerdns = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const apiKey = context.env.PDNS_API_KEY ?? ''
    const apiBase = powerDnsApiBase(context.env.PDNS_API_URL ?? '')
    const server = context.env.PDNS_SERVER_NAME || 'localhost'
    const ttl = readTtl(context.env, 'PDNS_TTL', { default: 60 })
    const http = providerHttp(context, {
      provider: 'powerdns',
      baseUrl: apiBase,
      headers: { 'X-API-Key': apiKey, Accept: 'application/json' },
      secrets: [apiKey],
      credentialHint: 'PDNS_API_KEY',
    })
    const zonePath = (zone: string) =>
      `/servers/${encodeURIComponent(server)}/zones/${encodeURIComponent(absolute(zone))}`

    // The whole zone, not ?rrset_name=: PowerDNS 4.7 leaves disabled records out of the filtered answer,
    // and a REPLACE built from it would silently delete them.
    async function readTxt(zone: string, owner: string): Promise<PdnsRRset | undefined> {
      const response = await http.request<PdnsZone>('GET', zonePath(zone), { expect: [404] })
      if (response.status === 404) {
        throw new ProviderHttpError({
          message:
            `powerdns: zone ${absolute(zone)} not found on server "${server}" of ${new URL(apiBase).origin} ` +
            '(HTTP 404): create the alias zone in PowerDNS, or check domain_alias and PDNS_SERVER_NAME',
          provider: 'powerdns',
          method: 'GET',
          path: new URL(`${apiBase}${zonePath(zone)}`).pathname,
          status: 404,
          kind: 'http',
          attempts: 1,
        })
      }
      const name = absolute(owner).toLowerCase()
      return response.body.rrsets?.find((rrset) => rrset.type === 'TXT' && rrset.name.toLowerCase() === name)
    }

    async function patch(zone: string, change: PdnsChange): Promise<void> {
      await http.request('PATCH', zonePath(zone), { body: { rrsets: [change] } })
    }

    /**
     * PowerDNS has no conditional write: read the owner's RRset, let plan decide the change, PATCH it, and read
     * back until plan finds nothing to do, so a run that wrote in between cannot drop our values.
     */
    async function rewrite(
      zone: string,
      owner: string,
      plan: (rrset: PdnsRRset | undefined) => PdnsChange | undefined,
    ): Promise<void> {
      checkOwnerInZone(zone, owner)
      await ownerLocks.run(ownerKey(apiBase, server, zone, owner), () =>
        writeUntilHeld({
          what: `powerdns: the TXT RRset at ${absolute(owner)}`,
          read: () => readTxt(zone, owner),
          plan,
          write: (_rrset, change) => patch(zone, change),
          sleep: context.transport?.sleep,
          log: (message) => context.host.info(message),
        }),
      )
    }

    return {
      id: 'powerdns',

      async append(zone, owner, values) {
        await rewrite(zone, owner, (rrset) => {
          const records = (rrset?.records ?? []).map(({ content, disabled }) => ({ content, disabled }))
          let changed = false
          for (const value of new Set(values)) {
            const present = records.filter((record) => parseTxtContent(record.content) === value)
            if (present.some((record) => !record.disabled)) continue
            const disabledCopy = present[0]
            // a disabled copy of our value is not served: enabling it is what the caller asked for
            if (disabledCopy) disabledCopy.disabled = false
            else records.push({ content: formatTxtContent(value), disabled: false })
            changed = true
          }
          if (!changed) return undefined
          return {
            name: absolute(owner),
            type: 'TXT',
            ttl: rrset?.ttl ?? ttl,
            changetype: 'REPLACE',
            records,
          }
        })
      },

      async remove(zone, owner, values) {
        await rewrite(zone, owner, (rrset) => {
          if (!rrset) return undefined
          const kept = withoutTxt(rrset.records, values, (record) => parseTxtContent(record.content))?.map(
            ({ content, disabled }) => ({ content, disabled }),
          )
          if (kept === undefined) return undefined
          return kept.length === 0
            ? { name: absolute(owner), type: 'TXT', changetype: 'DELETE' }
            : { name: absolute(owner), type: 'TXT', ttl: rrset.ttl, changetype: 'REPLACE', records: kept }
        })
      },
    }
  },
} satisfies ProviderModule

/** The API root from PDNS_API_URL, given with or without a trailing slash, /api or /api/v1. */
export function powerDnsApiBase(value: string): string {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(
      `PDNS_API_URL must be the address of the PowerDNS webserver, e.g. http://ns.example.org:8081; got "${value}"`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`PDNS_API_URL must start with http:// or https://; got "${value}"`)
  }
  url.search = ''
  url.hash = ''
  url.pathname = `${url.pathname.replace(/\/+$/, '').replace(/\/api(\/v1)?$/, '')}/api/v1`
  return url.href
}

function absolute(name: string): string {
  return name.endsWith('.') ? name : `${name}.`
}

function checkOwnerInZone(zone: string, owner: string): void {
  const z = zone.toLowerCase().replace(/\.$/, '')
  const o = owner.toLowerCase().replace(/\.$/, '')
  if (o !== z && !o.endsWith(`.${z}`)) {
    throw new Error(
      `powerdns: ${owner} is not inside zone ${zone}; a TXT record can only be written in its own zone`,
    )
  }
}
