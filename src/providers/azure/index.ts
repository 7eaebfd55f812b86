// Azure DNS through Azure Resource Manager (api-version 2018-05-01): TXT record sets written with If-Match on their etag.
import { azureCredential } from '../../clouds/azure.js'
import { OIDC_TOKEN_ENV } from '../../clouds/oidc.js'
import { providerHttp } from '../../http/api.js'
import type { HttpClient } from '../../http/client.js'
import { refusedWith, writeConditionally } from '../conditional-write.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { mergeTxt, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneAtPath, zoneFinder } from '../zone.js'

const API_URL = 'https://management.azure.com'
const AUTHORITY_URL = 'https://login.microsoftonline.com'
const API_VERSION = '2018-05-01'
const SCOPE = 'https://management.azure.com/.default'
/** Resource Manager of the sovereign clouds: a token for the public one is refused there. */
const SOVEREIGN_RESOURCE_MANAGERS = ['management.usgovcloudapi.net', 'management.chinacloudapi.cn']
// Azure DNS stores a TXT record as strings of at most 255 characters each
const MAX_STRING = 255

const descriptor: ProviderDescriptor = {
  id: 'azure',
  name: 'Azure DNS',
  credentials: [
    { env: 'AZURE_TENANT_ID', description: 'Directory (tenant) id of the app registration' },
    {
      env: 'AZURE_CLIENT_ID',
      description: 'Application (client) id of the app registration or managed identity',
    },
    { env: 'AZURE_SUBSCRIPTION_ID', description: 'Subscription holding the alias zone' },
    { env: 'AZURE_RESOURCE_GROUP', description: 'Resource group holding the alias zone' },
    {
      env: 'AZURE_CLIENT_SECRET',
      description: 'Client secret of the app registration',
      secret: true,
      set: 'client secret',
    },
    {
      env: OIDC_TOKEN_ENV,
      description:
        'Set by GitHub itself when the job has `permissions: id-token: write` (nothing to put in env): the ' +
        'workflow OIDC token is then the client assertion of a federated credential of the app',
      secret: true,
      set: 'OIDC federated credential',
    },
  ],
  settings: [
    // first: the test harness points the first *_API_URL setting at itself
    {
      env: 'AZURE_API_URL',
      description:
        "Azure Resource Manager endpoint; a sovereign cloud's (https://management.usgovcloudapi.net, https://management.chinacloudapi.cn) gets tokens for itself",
      default: API_URL,
    },
    {
      env: 'AZURE_AUTHORITY_URL',
      description: 'Microsoft Entra ID authority (token endpoint host)',
      default: AUTHORITY_URL,
    },
    {
      env: 'AZURE_TTL',
      description: 'TTL (seconds) of a TXT record set this provider creates; an existing one keeps its TTL',
      default: '60',
    },
  ],
  leastPrivilege:
    'Assign the app (service principal) the built-in role "DNS Zone Contributor" scoped to the alias zone ' +
    'resource only (az role assignment create --assignee <client id> --role "DNS Zone Contributor" --scope ' +
    '/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Network/dnsZones/<alias zone>), not to the ' +
    'resource group or subscription. Narrower still: a custom role with only Microsoft.Network/dnsZones/read and ' +
    'Microsoft.Network/dnsZones/TXT/read, write and delete on that zone. Prefer a federated credential for this ' +
    'repository (subject repo:<owner>/<repo>:...) over a client secret: nothing long-lived to leak.',
  docs: 'https://learn.microsoft.com/en-us/rest/api/dns/record-sets/create-or-update?view=rest-dns-2018-05-01',
}

interface RecordSet {
  etag?: string
  properties?: { TTL?: number; TXTRecords?: { value?: string[] }[] }
}

interface Current {
  etag: string
  ttl: number
  /** Each record's strings, kept as Azure holds them so untouched records go back unchanged. */
  records: string[][]
}

const ownerLocks = new KeyedMutex()
const CONFLICT_RETRIES = 4

export const azure: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const env = context.env
    const log = (message: string) => context.host.info(message)
    const subscription = env.AZURE_SUBSCRIPTION_ID?.trim() ?? ''
    const resourceGroup = env.AZURE_RESOURCE_GROUP?.trim() ?? ''
    for (const [name, value] of Object.entries({
      AZURE_TENANT_ID: env.AZURE_TENANT_ID?.trim() ?? '',
      AZURE_CLIENT_ID: env.AZURE_CLIENT_ID?.trim() ?? '',
      AZURE_SUBSCRIPTION_ID: subscription,
      AZURE_RESOURCE_GROUP: resourceGroup,
    })) {
      if (value === '') throw new Error(`azure: ${name} is required`)
    }
    const apiUrl = env.AZURE_API_URL || API_URL
    const credential = azureCredential(context, 'azure', resourceManagerScope(apiUrl))
    const ttl = readTtl(env, 'AZURE_TTL', { default: 60 })
    const hint = `${credential.hint} (and the role assignment on the zone)`

    // One token per run, on first use; a failure is not kept, so the post step may try again.
    let client: Promise<HttpClient> | undefined
    const http = (): Promise<HttpClient> => {
      client ??= (async () => {
        const token = await credential.token()
        return providerHttp(context, {
          provider: 'azure',
          baseUrl: apiUrl,
          headers: { authorization: `Bearer ${token}` },
          secrets: [token],
          credentialHint: hint,
        })
      })()
      client.catch(() => {
        client = undefined
      })
      return client
    }

    const zonesPath = `/subscriptions/${encodeURIComponent(subscription)}/resourceGroups/${encodeURIComponent(
      resourceGroup,
    )}/providers/Microsoft.Network/dnsZones`
    const query = { 'api-version': API_VERSION }

    const zoneFor = zoneFinder(
      async (name) =>
        zoneAtPath(await http(), (zone) => `${zonesPath}/${encodeURIComponent(zone)}`, { query })(name),
      (owner, tried) =>
        `azure: no DNS zone for ${owner} in resource group ${resourceGroup} (tried ${tried.join(', ')}); ` +
        'check AZURE_SUBSCRIPTION_ID and AZURE_RESOURCE_GROUP',
    )
    const zoneOf = async (zone: string, owner: string): Promise<string> => (await zoneFor(zone, owner)).name

    // '@' (the apex) stays as is in the path, as Azure writes it
    const recordPath = (zone: string, owner: string) =>
      `${zonesPath}/${encodeURIComponent(zone)}/TXT/${encodeURIComponent(relativeName(owner, zone) || '@').replace('%40', '@')}`

    async function read(path: string): Promise<Current | undefined> {
      const api = await http()
      const { status, body } = await api.request<RecordSet>('GET', path, { query, expect: [404] })
      if (status === 404) return undefined
      return {
        etag: body.etag ?? '',
        ttl: body.properties?.TTL ?? ttl,
        records: (body.properties?.TXTRecords ?? []).map((r) => r.value ?? []),
      }
    }

    /**
     * Read the record set, let `plan` decide its records, and write it conditionally: If-Match on the etag read
     * (or If-None-Match: * when there was none). A 412 means another writer got there first: read and plan again.
     */
    async function rewrite(
      zone: string,
      owner: string,
      plan: (current: Current | undefined) => string[][] | undefined,
    ): Promise<void> {
      const azureZone = await zoneOf(zone, owner)
      const path = recordPath(azureZone, owner)
      await ownerLocks.run(ownerKey(apiUrl, path), () =>
        writeConditionally({
          what: `azure: the TXT record set at ${owner}`,
          read: () => read(path),
          plan,
          async write(current, records) {
            const api = await http()
            const condition: Record<string, string> = current
              ? { 'if-match': current.etag }
              : { 'if-none-match': '*' }
            if (records.length === 0) {
              await api.request('DELETE', path, { query, headers: condition })
            } else {
              await api.request('PUT', path, {
                query,
                headers: condition,
                body: {
                  properties: { TTL: current?.ttl ?? ttl, TXTRecords: records.map((value) => ({ value })) },
                },
              })
            }
          },
          isConflict: refusedWith(412),
          attempts: CONFLICT_RETRIES,
          sleep: context.transport?.sleep,
          log,
        }),
      )
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        await rewrite(zone, owner, (current) =>
          mergeTxt(current?.records ?? [], values, { read: joinStrings, format: splitStrings }),
        )
      },
      async remove(zone, owner, values) {
        await rewrite(zone, owner, (current) => current && withoutTxt(current.records, values, joinStrings))
      },
    }
  },
}

/** A record's value: its strings joined, as validators read it. */
function joinStrings(strings: string[]): string {
  return strings.join('')
}

function splitStrings(value: string): string[] {
  const strings: string[] = []
  for (let i = 0; i < value.length || strings.length === 0; i += MAX_STRING)
    strings.push(value.slice(i, i + MAX_STRING))
  return strings
}

/** The token scope of the Resource Manager that AZURE_API_URL names; any other URL (a proxy) is the public one's. */
export function resourceManagerScope(apiUrl: string): string {
  let host: string
  try {
    host = new URL(apiUrl).hostname
  } catch {
    return SCOPE
  }
  return SOVEREIGN_RESOURCE_MANAGERS.includes(host) ? `https://${host}/.default` : SCOPE
}
