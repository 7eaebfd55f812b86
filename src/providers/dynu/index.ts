// Dynu DNS (API v2): one TXT record per value, so appending never touches other values at the owner.

import { providerHttp } from '../../http/api.js'
import { type HttpMethod, ProviderHttpError, type RequestOptions } from '../../http/client.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, relativeName } from '../zone.js'

const API_URL = 'https://api.dynu.com/v2'

const descriptor: ProviderDescriptor = {
  id: 'dynu',
  name: 'Dynu',
  credentials: [
    {
      env: 'DYNU_API_KEY',
      description: 'API key (Control Panel > API Credentials), sent as API-Key',
      secret: true,
    },
  ],
  settings: [
    { env: 'DYNU_API_URL', description: 'API base URL', default: API_URL },
    { env: 'DYNU_TTL', description: 'TTL (seconds) of the TXT records', default: '300' },
  ],
  leastPrivilege:
    'A Dynu API key acts for the whole account: every domain, every record, account settings. It cannot be ' +
    'limited to one zone, so keep the alias zone in a separate Dynu account that holds nothing else, and use ' +
    "that account's API key.",
  docs: 'https://www.dynu.com/Support/API',
}

interface DynuStatus {
  statusCode?: number
  type?: string
  message?: string
}

interface DynuRoot extends DynuStatus {
  id: number
  domainName: string
  hostname: string
  node: string
}

interface DynuRecord {
  id: number
  hostname: string
  recordType: string
  textData?: string
}

export const dynu: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const apiKey = context.env.DYNU_API_KEY ?? ''
    const ttl = Number(context.env.DYNU_TTL || 300)
    const http = providerHttp(context, {
      provider: 'dynu',
      apiUrlEnv: 'DYNU_API_URL',
      defaultUrl: API_URL,
      headers: { 'API-Key': apiKey, accept: 'application/json' },
      secrets: [apiKey],
      credentialHint: 'DYNU_API_KEY',
    })

    // Dynu answers a bad argument (an unknown name too) with 501 "Argument Exception": final, not worth a retry.
    const call = async <T extends DynuStatus>(
      method: HttpMethod,
      path: string,
      options: RequestOptions = {},
    ): Promise<T> => {
      const { status, body } = await http.request<T>(method, path, { ...options, expect: [501] })
      const code = body?.statusCode ?? status
      if (status === 501 || code < 200 || code >= 300) {
        throw new Error(
          http.redact(
            `dynu: ${method} ${path} failed: ${code}${body?.type ? ` ${body.type}` : ''}${body?.message ? `: ${body.message}` : ''}`,
          ),
        )
      }
      return body
    }

    const roots = new Map<string, Promise<DynuRoot>>()
    const rootOf = (zone: string): Promise<DynuRoot> => {
      const key = absoluteless(zone)
      let root = roots.get(key)
      if (root === undefined) {
        // Dynu finds the account's domain holding a name itself; ask with the zone, a name without underscores
        root = call<DynuRoot>('GET', `/dns/getroot/${encodeURIComponent(key)}`).catch((error: Error) => {
          roots.delete(key)
          if (error instanceof ProviderHttpError) throw error
          throw new Error(
            `${error.message}; no domain of this Dynu account holds ${key}: check DYNU_API_KEY and domain_alias`,
          )
        })
        roots.set(key, root)
      }
      return root
    }

    const txtRecords = async (domainId: number, owner: string): Promise<DynuRecord[]> => {
      const { dnsRecords } = await call<DynuStatus & { dnsRecords: DynuRecord[] }>(
        'GET',
        `/dns/${encodeURIComponent(domainId)}/record`,
      )
      const name = absoluteless(owner)
      return dnsRecords.filter((r) => r.recordType === 'TXT' && absoluteless(r.hostname) === name)
    }

    return {
      id: descriptor.id,

      async append(zone, owner, values) {
        const root = await rootOf(zone)
        const present = new Set((await txtRecords(root.id, owner)).map((r) => r.textData))
        const nodeName = relativeName(owner, root.domainName)
        for (const value of new Set(values)) {
          if (present.has(value)) continue
          await call('POST', `/dns/${encodeURIComponent(root.id)}/record`, {
            body: {
              recordType: 'TXT',
              domainName: root.domainName,
              nodeName,
              hostname: absoluteless(owner),
              state: true,
              textData: value,
              ttl,
            },
          })
        }
      },

      async remove(zone, owner, values) {
        const root = await rootOf(zone)
        const ours = new Set(values)
        for (const record of await txtRecords(root.id, owner)) {
          if (record.textData !== undefined && ours.has(record.textData)) {
            await call(
              'DELETE',
              `/dns/${encodeURIComponent(root.id)}/record/${encodeURIComponent(record.id)}`,
            )
          }
        }
      },
    }
  },
}
