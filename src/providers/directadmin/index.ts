// DirectAdmin through CMD_API_DNS_CONTROL. Concurrency: per-record. action=add adds one TXT record and
// action=select deletes the records named by name and value, so neither touches another value at the owner.
import { basicAuth, providerHttp } from '../../http/api.js'
import { readTtl } from '../ttl.js'
import { formatTxtContent, parseTxtContent } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, zoneFinder } from '../zone.js'

const COMMAND = '/CMD_API_DNS_CONTROL'

const descriptor: ProviderDescriptor = {
  id: 'directadmin',
  name: 'DirectAdmin',
  credentials: [
    { env: 'DIRECTADMIN_API_URL', description: 'Address of DirectAdmin, e.g. https://da.example.org:2222' },
    { env: 'DIRECTADMIN_USERNAME', description: 'The DirectAdmin user that owns the alias domain' },
    {
      env: 'DIRECTADMIN_PASSWORD',
      description:
        'A login key of that user (best) or its password, sent with the user name by basic authentication',
      secret: true,
    },
  ],
  settings: [
    {
      env: 'DIRECTADMIN_ZONE_NAME',
      description:
        'The domain whose zone holds the alias owner; default: found from the zone DNS reports, walking up',
    },
    { env: 'DIRECTADMIN_TTL', description: 'TTL of the TXT records (seconds)', default: '30' },
  ],
  leastPrivilege:
    "Use a login key, not the account's password: in DirectAdmin (user level) open Login Keys, create a key " +
    'whose allowed commands are CMD_API_DNS_CONTROL alone, give it an expiry date and, for self-hosted runners ' +
    'with fixed addresses, the allowed IPs. The key still reaches every domain of its user, so keep the alias ' +
    'domain under a DirectAdmin user of its own (a reseller can create one with no web hosting).',
  docs: 'https://docs.directadmin.com/developer/api/legacy-api.html',
}

/** A TXT record of the zone dump, with its name and data as DirectAdmin wrote them (a delete names them so). */
interface ZoneTxt {
  owner: string
  rawName: string
  rawData: string
  value: string
}

export const directadmin: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const { env } = context
    const username = env.DIRECTADMIN_USERNAME ?? ''
    const password = env.DIRECTADMIN_PASSWORD ?? ''
    const ttl = readTtl(env, 'DIRECTADMIN_TTL', { default: 30 })
    const fixedZone = env.DIRECTADMIN_ZONE_NAME?.trim()
    const basic = basicAuth(username, password)
    const http = providerHttp(context, {
      provider: 'directadmin',
      baseUrl: (env.DIRECTADMIN_API_URL ?? '').trim(),
      headers: { authorization: basic.authorization },
      secrets: basic.secrets,
      credentialHint: 'DIRECTADMIN_USERNAME and DIRECTADMIN_PASSWORD',
    })

    /** The answer's text, or its failure: `error=1&text=…&details=…`; a login page means the login failed. */
    const answer = (body: unknown): { text: string } | { error: string } => {
      const raw = String(body ?? '')
      if (/<html|<!doctype/i.test(raw)) {
        return {
          error:
            'DirectAdmin answered with a login page. Check DIRECTADMIN_USERNAME and DIRECTADMIN_PASSWORD',
        }
      }
      if (!/^error=/.test(raw)) return { text: raw }
      const fields = new URLSearchParams(raw)
      if (fields.get('error') === '0') return { text: raw }
      return {
        error: [fields.get('text'), fields.get('details')].filter((s) => s).join(': ') || raw.slice(0, 200),
      }
    }

    const zoneDump = async (domain: string): Promise<string | undefined> => {
      const { body } = await http.request('GET', COMMAND, { query: { domain } })
      const result = answer(body)
      if ('error' in result) {
        if (/login page/.test(result.error)) throw new Error(`directadmin: ${result.error}`)
        return undefined
      }
      return result.text
    }

    const zoneOf = zoneFinder(
      async (name) => ((await zoneDump(name)) === undefined ? undefined : name),
      (owner, candidates) =>
        `directadmin: no domain of DIRECTADMIN_USERNAME holds ${owner} (tried ${candidates.join(', ')}); ` +
        'set DIRECTADMIN_ZONE_NAME, or check that the alias domain belongs to this user',
    )

    const txtAt = async (domain: string, owner: string): Promise<ZoneTxt[]> => {
      const dump = await zoneDump(domain)
      if (dump === undefined)
        throw new Error(`directadmin: the zone of ${domain} cannot be read by DIRECTADMIN_USERNAME`)
      return zoneTxt(dump, domain).filter((r) => r.owner === owner)
    }

    const command = async (what: string, form: Record<string, string | number>): Promise<void> => {
      const { body } = await http.request('POST', COMMAND, { form })
      const result = answer(body)
      if ('error' in result) throw new Error(http.redact(`directadmin: ${what} failed: ${result.error}`))
    }

    const domainFor = async (zone: string, owner: string): Promise<string> =>
      fixedZone ? absoluteless(fixedZone) : (await zoneOf(zone, owner)).name

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const name = absoluteless(owner)
        const domain = await domainFor(zone, owner)
        const present = new Set((await txtAt(domain, name)).map((r) => r.value))
        for (const value of new Set(values)) {
          if (present.has(value)) continue
          await command(`adding a TXT record at ${name}`, {
            domain,
            action: 'add',
            type: 'TXT',
            // absolute, with the dot: a relative name ending in a dot would read as absolute in the zone file
            name: `${name}.`,
            value: formatTxtContent(value),
            ttl,
          })
        }
      },
      async remove(zone, owner, values) {
        const name = absoluteless(owner)
        const domain = await domainFor(zone, owner)
        const ours = new Set(values)
        const records = (await txtAt(domain, name)).filter((r) => ours.has(r.value))
        if (records.length === 0) return
        // one select names every record to delete, each as it stands in the zone; the form encoding is the one
        // level of encoding DirectAdmin expects around the inner name=…&value=…
        const selection = Object.fromEntries(
          records.map((r, i) => [`txtrecs${i}`, `name=${r.rawName}&value=${r.rawData}`]),
        )
        await command(`deleting TXT records at ${name}`, { domain, action: 'select', ...selection })
      },
    }
  },
}

/**
 * The TXT records of a zone file (DirectAdmin's raw dump): owner made absolute, data as written and as a value.
 * Lines continuing the SOA's parentheses, directives and comments are skipped; a line starting with blanks has
 * the previous line's owner.
 */
export function zoneTxt(dump: string, domain: string): ZoneTxt[] {
  const origin = absoluteless(domain)
  const records: ZoneTxt[] = []
  let previous = '@'
  let depth = 0
  for (const line of dump.split(/\r?\n/)) {
    const tokens = tokenize(line)
    const opened = depth > 0
    for (const token of tokens) depth += token === '(' ? 1 : token === ')' ? -1 : 0
    if (opened || tokens.length === 0 || tokens[0]?.startsWith('$')) continue
    const continued = /^\s/.test(line)
    const rawName = continued ? previous : (tokens[0] as string)
    previous = rawName
    const rest = continued ? tokens : tokens.slice(1)
    const type = rest.findIndex((t) => /^[A-Za-z]+\d*$/.test(t) && !/^(IN|CH|HS)$/i.test(t))
    if (type < 0 || rest[type]?.toUpperCase() !== 'TXT') continue
    const rawData = rest.slice(type + 1).join(' ')
    const owner =
      rawName === '@'
        ? origin
        : rawName.endsWith('.')
          ? absoluteless(rawName)
          : `${rawName.toLowerCase()}.${origin}`
    records.push({ owner, rawName, rawData, value: parseTxtContent(rawData) })
  }
  return records
}

/** Blank-separated tokens; a quoted string (with \" inside) is one token; a ; outside quotes ends the line. */
function tokenize(line: string): string[] {
  const tokens: string[] = []
  const pattern = /"(?:[^"\\]|\\.)*"|;.*$|[()]|[^\s"();]+/g
  for (const match of line.matchAll(pattern)) {
    if (match[0].startsWith(';')) break
    tokens.push(match[0])
  }
  return tokens
}
