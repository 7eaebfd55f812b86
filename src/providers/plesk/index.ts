// Plesk through its XML API (agent.php), which a customer account may use; the REST API is the administrator's
// alone. Concurrency: per-record. Each TXT value is a DNS record of its own (add_rec, del_rec by id), so neither
// an add nor a removal touches another value at the owner.
import { elements, escapeXml, text } from '../../clouds/aws-xml.js'
import { providerHttp } from '../../http/api.js'
import { ourTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, relativeName, zoneFinder } from '../zone.js'

const AGENT = '/enterprise/control/agent.php'
// Plesk's XML API codes for "incorrect login or password" and "permission denied"
const CREDENTIAL_ERRORS = new Set(['1001', '1006'])

const descriptor: ProviderDescriptor = {
  id: 'plesk',
  name: 'Plesk',
  credentials: [
    {
      env: 'PLESK_SERVER_BASE_URL',
      description: 'Address of the Plesk panel, e.g. https://plesk.example.org:8443',
      aliases: ['PLESK_API_URL'],
    },
    {
      env: 'PLESK_USERNAME',
      description: 'Login of the Plesk customer (or administrator) holding the alias domain',
    },
    { env: 'PLESK_PASSWORD', description: 'Its password', secret: true },
  ],
  settings: [],
  leastPrivilege:
    "Plesk's XML API accepts a customer's login and then reaches only that customer's subscriptions. Create a " +
    'customer whose one subscription holds just the alias domain, allow it DNS zone management (Service Plans > ' +
    'Permissions > Management of DNS zone) and nothing it does not need, and use its login here, never the ' +
    "administrator's. Plesk API logins cannot be narrowed further, to one record type or one name.",
  docs: 'https://docs.plesk.com/en-US/obsidian/api-rpc/about-xml-api/reference/managing-dns/managing-dns-records.34782/',
}

interface PleskRecord {
  id: string
  host: string
  value: string
}

export const plesk: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const login = context.env.PLESK_USERNAME ?? ''
    const password = context.env.PLESK_PASSWORD ?? ''
    const http = providerHttp(context, {
      provider: 'plesk',
      baseUrl: (context.env.PLESK_SERVER_BASE_URL ?? '').trim(),
      headers: { HTTP_AUTH_LOGIN: login, HTTP_AUTH_PASSWD: password, 'content-type': 'text/xml' },
      secrets: [password],
      credentialHint: 'PLESK_USERNAME and PLESK_PASSWORD',
    })

    /** One packet; its operation results, each `<result>` checked by the caller. A system error fails at once. */
    const packet = async (operations: string, idempotent: boolean): Promise<string[]> => {
      const { body } = await http.request<string>('POST', AGENT, {
        text: `<?xml version="1.0" encoding="UTF-8"?><packet>${operations}</packet>`,
        headers: { accept: 'text/xml' },
        idempotent,
      })
      const answer = String(body ?? '')
      const system = elements(answer, 'system')[0]
      if (system !== undefined) {
        const code = text(system, 'errcode') ?? ''
        const hint = CREDENTIAL_ERRORS.has(code) ? '. Check PLESK_USERNAME and PLESK_PASSWORD' : ''
        throw new Error(
          http.redact(
            `plesk: the XML API refused the request: ${text(system, 'errtext') ?? answer.slice(0, 200)} (${code})${hint}`,
          ),
        )
      }
      return elements(answer, 'result')
    }

    const failure = (result: string): string | undefined =>
      text(result, 'status') === 'ok'
        ? undefined
        : `${text(result, 'errtext') ?? 'no error text'} (${text(result, 'errcode') ?? '?'})`

    const siteOf = zoneFinder(
      async (name) => {
        const [result] = await packet(
          `<site><get><filter><name>${escapeXml(name)}</name></filter><dataset><gen_info/></dataset></get></site>`,
          true,
        )
        // "site does not exist" (1013): try the parent
        return result === undefined || failure(result) !== undefined ? undefined : text(result, 'id')
      },
      (owner, candidates) =>
        `plesk: no site of PLESK_USERNAME holds ${owner} (tried ${candidates.join(', ')}); ` +
        "check that the alias domain belongs to this login's subscriptions",
    )

    const txtRecords = async (siteId: string, owner: string): Promise<PleskRecord[]> => {
      const results = await packet(
        `<dns><get_rec><filter><site-id>${escapeXml(siteId)}</site-id></filter></get_rec></dns>`,
        true,
      )
      const records: PleskRecord[] = []
      for (const result of results) {
        const problem = failure(result)
        if (problem !== undefined)
          throw new Error(http.redact(`plesk: reading the DNS records failed: ${problem}`))
        if (text(result, 'type') !== 'TXT' || absoluteless(text(result, 'host') ?? '') !== owner) continue
        records.push({
          id: text(result, 'id') ?? '',
          host: text(result, 'host') ?? '',
          value: text(result, 'value') ?? '',
        })
      }
      return records
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const name = absoluteless(owner)
        const { name: site, zone: siteId } = await siteOf(zone, owner)
        const present = new Set((await txtRecords(siteId, name)).map((r) => r.value))
        const missing = [...new Set(values)].filter((value) => !present.has(value))
        if (missing.length === 0) return
        const host = escapeXml(relativeName(name, site))
        // every value in one packet: one add_rec operation each
        const results = await packet(
          `<dns>${missing
            .map(
              (value) =>
                `<add_rec><site-id>${escapeXml(siteId)}</site-id><type>TXT</type><host>${host}</host><value>${escapeXml(value)}</value></add_rec>`,
            )
            .join('')}</dns>`,
          false,
        )
        for (const result of results) {
          const problem = failure(result)
          // another run with the same value added it first: it is there, as asked
          if (problem !== undefined && !/already exists/i.test(problem)) {
            throw new Error(http.redact(`plesk: adding a TXT record at ${name} failed: ${problem}`))
          }
        }
      },
      async remove(zone, owner, values) {
        const name = absoluteless(owner)
        const { zone: siteId } = await siteOf(zone, owner)
        const ours = ourTxt(await txtRecords(siteId, name), values, (r) => r.value)
        if (ours.length === 0) return
        const results = await packet(
          `<dns>${ours.map((r) => `<del_rec><filter><id>${escapeXml(r.id)}</id></filter></del_rec>`).join('')}</dns>`,
          true,
        )
        for (const result of results) {
          const problem = failure(result)
          // gone already: another run's cleanup of the same value
          if (problem !== undefined && !/does not exist|not found/i.test(problem)) {
            throw new Error(http.redact(`plesk: deleting a TXT record at ${name} failed: ${problem}`))
          }
        }
      },
    }
  },
}
