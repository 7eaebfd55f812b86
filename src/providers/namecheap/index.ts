// Namecheap (XML API): setHosts replaces every host record of the domain, so the whole list is read, merged and written back under a per-domain lock.
import { providerHttp } from '../../http/api.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { missingTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { xmlElements } from '../xml.js'
import { absoluteless, relativeName } from '../zone.js'

const API_URL = 'https://api.namecheap.com/xml.response'
const SANDBOX_URL = 'https://api.sandbox.namecheap.com/xml.response'

const descriptor: ProviderDescriptor = {
  id: 'namecheap',
  name: 'Namecheap',
  credentials: [
    { env: 'NAMECHEAP_API_USER', description: 'Namecheap user name the API key belongs to' },
    {
      env: 'NAMECHEAP_API_KEY',
      description: 'API key (Profile > Tools > Business & Dev Tools > API Access)',
      secret: true,
    },
    {
      env: 'NAMECHEAP_CLIENT_IP',
      description:
        'Public IPv4 address the requests come from, whitelisted in API Access; Namecheap refuses every call ' +
        'from any other address, so the runner needs a fixed egress address (self-hosted runner or proxy)',
    },
  ],
  settings: [
    {
      env: 'NAMECHEAP_API_URL',
      description: `API endpoint; the sandbox is ${SANDBOX_URL}`,
      default: API_URL,
    },
    { env: 'NAMECHEAP_TTL', description: 'TTL of the TXT records (seconds, 60 to 60000)', default: '120' },
  ],
  leastPrivilege:
    'Namecheap API keys cannot be scoped: the key acts for every domain of the account, and every write ' +
    'rewrites all host records of a domain. Keep the alias domain in a separate Namecheap account that holds ' +
    'nothing else (API access needs the account to qualify: balance, domain count or spend), enable API access ' +
    'there, and whitelist only the fixed IP your runner leaves from.',
  docs: 'https://www.namecheap.com/support/api/methods/domains-dns/set-hosts/',
}

/** One host record as getHosts gives it and setHosts takes it back. */
export interface NamecheapHost {
  Name: string
  Type: string
  Address: string
  MXPref: string
  TTL: string
}

// Error numbers of the global API errors that are about the credentials, not the request.
const CREDENTIAL_ERRORS: Record<string, string> = {
  '1010101': 'NAMECHEAP_API_USER',
  '1011101': 'NAMECHEAP_API_USER',
  '1010102': 'NAMECHEAP_API_KEY',
  '1011102': 'NAMECHEAP_API_KEY',
  '1010104': 'NAMECHEAP_API_USER',
  '1011104': 'NAMECHEAP_API_USER',
  '1011150': 'NAMECHEAP_CLIENT_IP (it must be the whitelisted address the request came from)',
}

// One per process: setHosts rewrites the whole domain, so every owner of one domain takes turns.
const domainLocks = new KeyedMutex()

export const namecheap: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const apiUser = context.env.NAMECHEAP_API_USER ?? ''
    const apiKey = context.env.NAMECHEAP_API_KEY ?? ''
    const clientIp = (context.env.NAMECHEAP_CLIENT_IP ?? '').trim()
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(clientIp)) {
      throw new Error(
        `NAMECHEAP_CLIENT_IP must be the public IPv4 address whitelisted in Namecheap's API Access, e.g. 203.0.113.7; ` +
          `got "${clientIp}". The action cannot look it up, and Namecheap refuses calls from any other address`,
      )
    }
    const ttl = readTtl(context.env, 'NAMECHEAP_TTL', { default: 120, min: 60, max: 60000 })
    const apiUrl = context.env.NAMECHEAP_API_URL || API_URL
    // the endpoint is one document (…/xml.response): the client joins paths, so the document is the path
    const endpoint = new URL(apiUrl)
    const http = providerHttp(context, {
      provider: 'namecheap',
      baseUrl: endpoint.origin,
      secrets: [apiKey],
      credentialHint: 'NAMECHEAP_API_USER, NAMECHEAP_API_KEY and NAMECHEAP_CLIENT_IP',
    })
    const auth = { ApiUser: apiUser, ApiKey: apiKey, UserName: apiUser, ClientIp: clientIp }

    /** The XML answer of one command, or an error naming what to fix when Status is ERROR (sent with HTTP 200). */
    const command = async (name: string, params: Record<string, string>, write: boolean): Promise<string> => {
      const fields = { ...auth, Command: name, ...params }
      // setHosts carries every record of the domain: too long for a URL, so it goes as a form
      const { body } = write
        ? await http.request<string>('POST', endpoint.pathname, {
            text: new URLSearchParams(fields).toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          })
        : await http.request<string>('GET', endpoint.pathname, { query: fields })
      const xml = String(body ?? '')
      const status = /<ApiResponse\b[^>]*\bStatus="([^"]*)"/i.exec(xml)?.[1]
      if (status?.toUpperCase() === 'OK') return xml
      const errors = xmlElements(xml, 'Error').map((e) => ({
        number: e.attributes.Number ?? '',
        text: e.text,
      }))
      const described =
        errors.map((e) => `${e.text} (${e.number})`).join('; ') || 'no answer in the expected XML form'
      const variables = [...new Set(errors.map((e) => CREDENTIAL_ERRORS[e.number]).filter(Boolean))]
      throw new Error(
        http.redact(
          `namecheap: ${name} failed: ${described}` +
            (variables.length > 0 ? `. Check ${variables.join(' and ')}` : ''),
        ),
      )
    }

    const readHosts = async (sld: string, tld: string) => {
      const xml = await command('namecheap.domains.dns.getHosts', { SLD: sld, TLD: tld }, false)
      const result = xmlElements(xml, 'DomainDNSGetHostsResult')[0]?.attributes ?? {}
      if (result.IsUsingOurDNS?.toLowerCase() === 'false') {
        throw new Error(
          `namecheap: ${sld}.${tld} does not use Namecheap's DNS servers, so its records cannot be set here`,
        )
      }
      const hosts: NamecheapHost[] = xmlElements(xml, 'host').map(({ attributes: a }) => ({
        Name: a.Name ?? '',
        Type: a.Type ?? '',
        Address: a.Address ?? '',
        MXPref: a.MXPref ?? '10',
        TTL: a.TTL ?? '1800',
      }))
      return { hosts, emailType: result.EmailType }
    }

    const writeHosts = async (
      sld: string,
      tld: string,
      hosts: NamecheapHost[],
      emailType: string | undefined,
    ) => {
      const params: Record<string, string> = { SLD: sld, TLD: tld }
      hosts.forEach((h, i) => {
        params[`HostName${i + 1}`] = h.Name
        params[`RecordType${i + 1}`] = h.Type
        params[`Address${i + 1}`] = h.Address
        params[`MXPref${i + 1}`] = h.MXPref
        params[`TTL${i + 1}`] = h.TTL
      })
      // without EmailType, setHosts falls back to Namecheap's default mail setup and drops the domain's MX records
      const mail = emailType ?? (hosts.some((h) => h.Type === 'MX') ? 'MX' : undefined)
      if (mail) params.EmailType = mail
      const xml = await command('namecheap.domains.dns.setHosts', params, true)
      const ok = xmlElements(xml, 'DomainDNSSetHostsResult')[0]?.attributes.IsSuccess
      if (ok?.toLowerCase() !== 'true')
        throw new Error(`namecheap: setHosts for ${sld}.${tld} did not succeed`)
    }

    const change = async (
      zone: string,
      owner: string,
      edit: (hosts: NamecheapHost[], name: string) => NamecheapHost[] | undefined,
    ) => {
      const { sld, tld } = splitDomain(zone)
      const name = relativeName(owner, zone) || '@'
      // setHosts replaces every record of the domain and takes no condition: read back until it holds
      await domainLocks.run(ownerKey(apiUrl, zone), () =>
        writeUntilHeld({
          what: `namecheap: the records of ${sld}.${tld}`,
          read: () => readHosts(sld, tld),
          plan: ({ hosts }) => edit(hosts, name),
          write: ({ emailType }, next) => writeHosts(sld, tld, next, emailType),
          sleep: context.transport?.sleep,
          log: (message) => context.host.info(message),
        }),
      )
    }

    const isOurs = (h: NamecheapHost, name: string) =>
      h.Type === 'TXT' && h.Name.toLowerCase() === name.toLowerCase()

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        await change(zone, owner, (hosts, name) => {
          const added = missingTxt(
            hosts.filter((h) => isOurs(h, name)),
            values,
            (h) => h.Address,
          )
          if (added.length === 0) return undefined
          return [
            ...hosts,
            ...added.map((Address) => ({ Name: name, Type: 'TXT', Address, MXPref: '10', TTL: String(ttl) })),
          ]
        })
      },
      async remove(zone, owner, values) {
        const ours = new Set(values)
        await change(zone, owner, (hosts, name) => {
          const kept = hosts.filter((h) => !(isOurs(h, name) && ours.has(h.Address)))
          return kept.length === hosts.length ? undefined : kept
        })
      },
    }
  },
}

/**
 * SLD and TLD as the API wants them. Namecheap serves DNS only for whole registered domains, so the zone DNS
 * reports is the registered domain: its first label is the SLD and the rest, however many labels (co.uk), the TLD.
 */
export function splitDomain(zone: string): { sld: string; tld: string } {
  const labels = absoluteless(zone).split('.')
  if (labels.length < 2 || labels.some((l) => l === '')) {
    throw new Error(`namecheap: "${zone}" is not a registered domain name (SLD.TLD)`)
  }
  return { sld: labels[0] as string, tld: labels.slice(1).join('.') }
}
