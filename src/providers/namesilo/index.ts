// NameSilo (GET API, XML answers). Concurrency: per-record. dnsAddRecord adds one record beside the others and
// dnsDeleteRecord removes one by id, so other values at the owner stay.
import { providerHttp } from '../../http/api.js'
import { readTtl } from '../ttl.js'
import { createMissing, deleteOurs } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { xmlChild, xmlElements } from '../xml.js'
import { absoluteless, relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://www.namesilo.com/api'
// NameSilo's TTL bounds.
const MIN_TTL = 3600
const MAX_TTL = 2_592_000
// The reply code of a successful operation.
const SUCCESS = '300'
// Reply codes about the key itself: no other domain would do better.
const KEY_CODES: Record<string, string> = {
  '110': 'NAMESILO_API_KEY (NameSilo does not know this key)',
  '112': 'NAMESILO_API_KEY (the API is not available to sub-accounts)',
  '113': 'the API Manager IP restriction of NAMESILO_API_KEY (this runner’s address is not allowed)',
}

const descriptor: ProviderDescriptor = {
  id: 'namesilo',
  name: 'NameSilo',
  credentials: [{ env: 'NAMESILO_API_KEY', description: 'API key (Account > API Manager)', secret: true }],
  settings: [
    { env: 'NAMESILO_API_URL', description: 'API base URL', default: API_URL },
    {
      env: 'NAMESILO_TTL',
      description: `TTL of the TXT records (seconds, ${MIN_TTL} to ${MAX_TTL})`,
      default: String(MIN_TTL),
    },
  ],
  leastPrivilege:
    'NameSilo API keys cannot be scoped: a key acts on every domain of the account, registration and transfers ' +
    'included. Keep the alias domain in a separate NameSilo account that holds nothing else, generate the key ' +
    'there, and in the API Manager restrict it to the IP addresses your runners leave from when they are fixed.',
  docs: 'https://www.namesilo.com/api-reference',
  notes:
    'NameSilo publishes DNS changes on its name servers in batches, about every 15 minutes, so the wait for every ' +
    'name server takes longer than the default `propagation_timeout` of 300 seconds allows. Set ' +
    '`propagation_timeout: 1800` (30 minutes) on the step; the run polls and goes on as soon as every name server ' +
    'serves the values.',
}

interface SiloRecord {
  id: string
  type: string
  host: string
  value: string
}

export const namesilo: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const key = context.env.NAMESILO_API_KEY ?? ''
    const ttl = readTtl(context.env, 'NAMESILO_TTL', { default: MIN_TTL, min: MIN_TTL, max: MAX_TTL })
    const http = providerHttp(context, {
      provider: 'namesilo',
      apiUrlEnv: 'NAMESILO_API_URL',
      defaultUrl: API_URL,
      secrets: [key],
      credentialHint: 'NAMESILO_API_KEY',
    })

    /** One operation: the reply element of its XML answer, with its code. */
    const operation = async (name: string, params: Record<string, string | number>, idempotent = true) => {
      const { body } = await http.request<string>('GET', `/${name}`, {
        query: { version: 1, type: 'xml', key, ...params },
        // an add sent twice adds the value twice
        idempotent,
      })
      const reply = xmlElements(String(body ?? ''), 'reply')[0]?.inner ?? ''
      return {
        reply,
        code: xmlChild(reply, 'code') ?? '',
        detail: xmlChild(reply, 'detail') ?? 'no answer in XML',
      }
    }
    const failure = (name: string, code: string, detail: string) => {
      const check = KEY_CODES[code]
      return new Error(
        http.redact(`namesilo: ${name} failed: ${detail} (${code})${check ? `. Check ${check}` : ''}`),
      )
    }

    const listRecords = async (domain: string) => {
      const answer = await operation('dnsListRecords', { domain })
      return {
        ...answer,
        records: xmlElements(answer.reply, 'resource_record').map(
          ({ inner }): SiloRecord => ({
            id: xmlChild(inner, 'record_id') ?? '',
            type: xmlChild(inner, 'type') ?? '',
            host: xmlChild(inner, 'host') ?? '',
            value: xmlChild(inner, 'value') ?? '',
          }),
        ),
      }
    }

    const domainOf = zoneFinder(
      async (domain) => {
        const { code, detail } = await listRecords(domain)
        if (code === SUCCESS) return domain
        // a wrong key fails every domain alike: say so now rather than after trying them all
        if (KEY_CODES[code] !== undefined) throw failure('dnsListRecords', code, detail)
        return undefined
      },
      (owner, tried) =>
        `namesilo: no domain for ${owner} in this account (tried ${tried.join(', ')}); NameSilo serves DNS only ` +
        'for domains registered in the account of NAMESILO_API_KEY',
    )

    const txtAt = async (domain: string, owner: string): Promise<SiloRecord[]> => {
      const { code, detail, records } = await listRecords(domain)
      if (code !== SUCCESS) throw failure('dnsListRecords', code, detail)
      const name = absoluteless(owner)
      return records.filter((r) => r.type === 'TXT' && absoluteless(r.host) === name)
    }

    const write = async (name: string, params: Record<string, string | number>, idempotent: boolean) => {
      const { code, detail } = await operation(name, params, idempotent)
      if (code !== SUCCESS) throw failure(name, code, detail)
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const { name: domain } = await domainOf(zone, owner)
        await createMissing(await txtAt(domain, owner), values, recordValue, (rrvalue) =>
          write(
            'dnsAddRecord',
            {
              domain,
              rrtype: 'TXT',
              rrhost: relativeName(owner, domain),
              rrvalue,
              rrttl: ttl,
            },
            false,
          ),
        )
      },
      async remove(zone, owner, values) {
        const { name: domain } = await domainOf(zone, owner)
        await deleteOurs(await txtAt(domain, owner), values, recordValue, (r) =>
          write('dnsDeleteRecord', { domain, rrid: r.id }, true),
        )
      },
    }
  },
}

function recordValue(record: SiloRecord): string {
  return record.value
}
