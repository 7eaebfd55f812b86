// Technitium DNS Server through its HTTP API. Concurrency: per-record. records/add with overwrite=false adds one
// value to the owner's set and records/delete removes one value, so neither touches another value at the owner.

import { providerHttp } from '../../http/api.js'
import type { QueryValue } from '../../http/client.js'
import { readTtl } from '../ttl.js'
import { missingTxt, ourTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless } from '../zone.js'

const descriptor: ProviderDescriptor = {
  id: 'technitium',
  name: 'Technitium DNS Server',
  credentials: [
    {
      env: 'TECHNITIUM_SERVER_BASE_URL',
      description:
        'Address of the web console and API, e.g. https://dns.example.org:53443 (/api/… is appended)',
      aliases: ['TECHNITIUM_API_URL'],
    },
    {
      env: 'TECHNITIUM_API_TOKEN',
      description: 'An API token (Administration > Sessions > Create Token), sent in the form body',
      secret: true,
    },
  ],
  settings: [{ env: 'TECHNITIUM_TTL', description: 'TTL of the TXT records (seconds)', default: '120' }],
  leastPrivilege:
    "An API token acts with its user's permissions. Create a user for this purpose only (Administration > Users), " +
    'give it no section permissions beyond Zones: View, and on the alias zone alone grant it View and Modify ' +
    '(Zones > validation.example.org > Permissions); then create the token for that user (Administration > ' +
    'Sessions > Create Token). The token can change records of the alias zone and of no other zone. Technitium ' +
    'also accepts RFC 2136 updates signed with a TSIG key allowed for that zone only (the rfc2136 provider).',
  docs: 'https://github.com/TechnitiumSoftware/DnsServer/blob/master/APIDOCS.md#add-record',
}

interface Answer<T> {
  status: 'ok' | 'error' | 'invalid-token'
  errorMessage?: string
  response?: T
}

interface TechnitiumRecord {
  name: string
  type: string
  disabled?: boolean
  rData?: { text?: string }
}

export const technitium: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.TECHNITIUM_API_TOKEN ?? ''
    const ttl = readTtl(context.env, 'TECHNITIUM_TTL', { default: 120 })
    const http = providerHttp(context, {
      provider: 'technitium',
      baseUrl: (context.env.TECHNITIUM_SERVER_BASE_URL ?? '').trim(),
      headers: { accept: 'application/json' },
      secrets: [token],
      credentialHint: 'TECHNITIUM_API_TOKEN',
    })

    /**
     * One call, the token in a form body (never in a URL a proxy logs). Every answer is HTTP 200: its `status`
     * says whether the call did anything.
     */
    const call = async <T>(path: string, fields: Record<string, QueryValue>): Promise<T | undefined> => {
      const { body } = await http.request<Answer<T>>('POST', path, {
        form: { token, ...fields },
        // adding a value that is there, or deleting one that is gone, changes nothing: sending again is safe
        idempotent: true,
      })
      if (body?.status === 'ok') return body.response
      const why = `${body?.status ?? 'no status'}: ${body?.errorMessage ?? JSON.stringify(body)}`
      const hint =
        body?.status === 'invalid-token'
          ? '. Check TECHNITIUM_API_TOKEN: the server did not accept it'
          : /access was denied|permission/i.test(body?.errorMessage ?? '')
            ? '. Check TECHNITIUM_API_TOKEN: its user lacks the permission on this zone'
            : ''
      throw new Error(http.redact(`technitium: ${path} failed: ${why}${hint}`))
    }

    const txtRecords = async (owner: string): Promise<TechnitiumRecord[]> => {
      const answer = await call<{ records?: TechnitiumRecord[] }>('/api/zones/records/get', {
        domain: owner,
        listZone: false,
      })
      // the closest authoritative zone answers; only the owner's own TXT records count
      return (answer?.records ?? []).filter((r) => r.type === 'TXT' && absoluteless(r.name) === owner)
    }

    return {
      id: descriptor.id,
      async append(_zone, owner, values) {
        const name = absoluteless(owner)
        for (const text of missingTxt(await txtRecords(name), values, recordText)) {
          await call('/api/zones/records/add', { domain: name, type: 'TXT', ttl, text, overwrite: false })
        }
      },
      async remove(_zone, owner, values) {
        const name = absoluteless(owner)
        for (const record of ourTxt(await txtRecords(name), values, recordText)) {
          await call('/api/zones/records/delete', { domain: name, type: 'TXT', text: recordText(record) })
        }
      },
    }
  },
}

/** Technitium keeps TXT text as the characters themselves, not in zone-file quoting. */
function recordText(record: TechnitiumRecord): string {
  return record.rData?.text ?? ''
}
