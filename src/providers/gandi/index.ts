// Gandi LiveDNS (API v5): the owner's TXT RRset is replaced whole, so values are read, merged, written back and read back.
import { providerHttp } from '../../http/api.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { mergeTxt, parseTxtContent, presentationTxt, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneAtPath, zoneFinder } from '../zone.js'

const API_URL = 'https://api.gandi.net/v5/livedns'

const descriptor: ProviderDescriptor = {
  id: 'gandi',
  name: 'Gandi LiveDNS',
  credentials: [
    {
      env: 'GANDIV5_PERSONAL_ACCESS_TOKEN',
      description:
        'Personal access token with "Manage domain name technical configurations" on the alias domain',
      secret: true,
      set: 'personal access token',
    },
    {
      env: 'GANDIV5_API_KEY',
      description: 'Legacy API key (deprecated by Gandi; reaches every domain of the user)',
      secret: true,
      set: 'API key',
    },
  ],
  settings: [
    { env: 'GANDIV5_API_URL', description: 'LiveDNS API base URL', default: API_URL },
    {
      env: 'GANDIV5_TTL',
      description:
        'TTL of a TXT RRset this provider creates (seconds, 300 or more); an existing RRset keeps its TTL',
      default: '300',
    },
  ],
  leastPrivilege:
    'Create a personal access token (Gandi admin > Organization > Personal access tokens > Create a token) in the ' +
    'organization that owns the alias domain, restrict it to that one domain ("Restrict to specific products"), ' +
    'and grant only "Manage domain name technical configurations". Gandi hosts whole registered domains, so ' +
    'the alias zone is a domain of its own (e.g. example-validation.org); the token then cannot touch any other ' +
    'domain. The legacy API key cannot be scoped: avoid it.',
  docs: 'https://api.gandi.net/docs/livedns/',
}

interface RRset {
  rrset_name: string
  rrset_type: string
  rrset_ttl: number
  rrset_values: string[]
}

// One per process, not per provider instance: two instances writing one owner must still take turns.
const ownerLocks = new KeyedMutex()

export const gandi: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.GANDIV5_PERSONAL_ACCESS_TOKEN ?? ''
    const apiKey = context.env.GANDIV5_API_KEY ?? ''
    const ttl = readTtl(context.env, 'GANDIV5_TTL', { default: 300, min: 300, note: 'LiveDNS minimum' })
    const baseUrl = context.env.GANDIV5_API_URL || API_URL
    const http = providerHttp(context, {
      provider: 'gandi',
      baseUrl,
      // a token wins when both are given, as Gandi recommends it over the deprecated key
      headers: {
        authorization: token ? `Bearer ${token}` : `Apikey ${apiKey}`,
        accept: 'application/json',
      },
      secrets: [token, apiKey],
      credentialHint: token ? 'GANDIV5_PERSONAL_ACCESS_TOKEN' : 'GANDIV5_API_KEY',
    })
    const domainFor = zoneFinder(
      zoneAtPath(http, (name) => `/domains/${encodeURIComponent(name)}`),
      (owner, tried) =>
        `gandi: no LiveDNS domain for ${owner} (tried ${tried.join(', ')}); check that the alias ` +
        'domain uses Gandi LiveDNS and that the token may reach it',
    )
    const domainOf = async (zone: string, owner: string): Promise<string> =>
      (await domainFor(zone, owner)).name

    // the apex is "@" in LiveDNS paths
    const rrsetPath = (domain: string, owner: string) =>
      `/domains/${encodeURIComponent(domain)}/records/${encodeURIComponent(relativeName(owner, domain) || '@')}/TXT`

    const read = async (path: string): Promise<RRset | undefined> => {
      const response = await http.request<RRset>('GET', path, { expect: [404] })
      return response.status === 404 ? undefined : response.body
    }

    const write = (path: string, values: string[], rrsetTtl: number) =>
      http.request('PUT', path, { body: { rrset_values: values, rrset_ttl: rrsetTtl } })

    /**
     * LiveDNS has no conditional write: read the RRset, let plan decide what it becomes (undefined: nothing to
     * do, [] : delete it), write, and read back until plan finds nothing to do.
     */
    async function rewrite(
      zone: string,
      owner: string,
      plan: (rrset: RRset | undefined) => { values: string[]; ttl: number } | undefined,
    ): Promise<void> {
      const domain = await domainOf(zone, owner)
      const path = rrsetPath(domain, owner)
      await ownerLocks.run(ownerKey(baseUrl, domain, owner), () =>
        writeUntilHeld({
          what: `gandi: the TXT RRset at ${owner}`,
          read: () => read(path),
          plan,
          write: async (_rrset, next) => {
            if (next.values.length === 0) await http.request('DELETE', path, { expect: [404] })
            else await write(path, next.values, next.ttl)
          },
          sleep: context.transport?.sleep,
          log: (message) => context.host.info(message),
        }),
      )
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        await rewrite(zone, owner, (rrset) => {
          // values already there go back exactly as Gandi gave them
          const records = mergeTxt(rrset?.rrset_values ?? [], values, presentationTxt)
          return records && { values: records, ttl: rrset?.rrset_ttl ?? ttl }
        })
      },
      async remove(zone, owner, values) {
        await rewrite(zone, owner, (rrset) => {
          const kept = rrset && withoutTxt(rrset.rrset_values, values, parseTxtContent)
          return kept && { values: kept, ttl: rrset.rrset_ttl }
        })
      },
    }
  },
}
