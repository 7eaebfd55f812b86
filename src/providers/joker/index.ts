// Joker.com (DMAPI). Concurrency: whole set with read-back. dns-zone-put replaces the whole zone and takes no
// condition, so every write carries every line of the zone as read (ours added or left out), is never sent twice
// by the HTTP layer, and is read back until it holds (writeUntilHeld). One login session serves the run and is
// logged out at its end.
import { providerHttp } from '../../http/api.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { LoginSession } from '../session.js'
import { readTtl } from '../ttl.js'
import { missingTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://dmapi.joker.com/request'
// Joker ends a session after an hour without requests; a little less leaves room for the clock.
const SESSION_IDLE_MS = 55 * 60_000

const descriptor: ProviderDescriptor = {
  id: 'joker',
  name: 'Joker.com (DMAPI)',
  credentials: [
    {
      env: 'JOKER_API_KEY',
      description: 'DMAPI API key (My Joker > Manage API keys)',
      secret: true,
      set: 'API key',
    },
    {
      env: 'JOKER_USERNAME',
      description: 'Joker.com user name (e-mail address)',
      set: 'user name and password',
    },
    { env: 'JOKER_PASSWORD', description: 'Joker.com password', secret: true, set: 'user name and password' },
  ],
  settings: [
    { env: 'JOKER_API_URL', description: 'DMAPI request URL', default: API_URL },
    {
      env: 'JOKER_API_MODE',
      description: '`DMAPI`, the only mode supported (lego’s `SVC` mode, the dynamic DNS interface, is not)',
      default: 'DMAPI',
      values: ['DMAPI'],
    },
    { env: 'JOKER_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
  ],
  leastPrivilege:
    'Joker.com API keys cannot be limited to DNS or to one domain, and every write replaces a whole zone. Make an ' +
    'API key for this use only (My Joker > Manage API keys) and, where the account allows it, restrict the key to ' +
    'the IP addresses your runners leave from. To keep it away from your other domains, hold the alias domain in ' +
    'a separate Joker.com account.',
  docs: 'https://joker.com/faq/category/39/22-dmapi.html',
}

/** One DMAPI answer: its header lines (Status-Code, Status-Text, Auth-Sid, …) and the body after them. */
interface DmapiAnswer {
  headers: Record<string, string>
  body: string
  statusCode: number
}

/** One line of a Joker zone: a TXT record we read, or any other line kept as it is. */
interface ZoneLine {
  text: string
  txt?: { label: string; value: string }
}

// One per process: dns-zone-put replaces the zone, so every owner of one zone takes turns.
const zoneLocks = new KeyedMutex()

export const joker: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const apiKey = context.env.JOKER_API_KEY ?? ''
    const username = context.env.JOKER_USERNAME ?? ''
    const password = context.env.JOKER_PASSWORD ?? ''
    const mode = (context.env.JOKER_API_MODE ?? '').trim().toUpperCase() || 'DMAPI'
    if (mode !== 'DMAPI') {
      throw new Error(
        `JOKER_API_MODE must be DMAPI; got "${context.env.JOKER_API_MODE}". The SVC (dynamic DNS) interface is not ` +
          'supported: use a DMAPI API key (JOKER_API_KEY) or the account user name and password',
      )
    }
    const ttl = readTtl(context.env, 'JOKER_TTL', { default: 120 })
    const apiUrl = context.env.JOKER_API_URL || API_URL
    const http = providerHttp(context, {
      provider: 'joker',
      baseUrl: apiUrl,
      secrets: [apiKey, password],
      credentialHint: apiKey ? 'JOKER_API_KEY' : 'JOKER_USERNAME and JOKER_PASSWORD',
    })
    const login: Record<string, string> = apiKey ? { 'api-key': apiKey } : { username, password }

    /** One request: form fields in, the DMAPI answer out (Status-Code 0 is success, sent with HTTP 200). */
    const request = async (name: string, fields: Record<string, string>, idempotent: boolean) => {
      const { body } = await http.request<string>('POST', `/${name}`, {
        form: fields,
        idempotent,
      })
      return parseAnswer(String(body ?? ''))
    }
    const failure = (name: string, answer: DmapiAnswer, hint = ''): Error =>
      new Error(
        http.redact(
          `joker: ${name} failed: ${answer.headers['status-text'] ?? 'no status'} (${answer.statusCode})` +
            (answer.headers.error ? `: ${answer.headers.error}` : '') +
            hint,
        ),
      )

    const session = new LoginSession<string>({
      open: async () => {
        const answer = await request('login', login, false)
        const sid = answer.headers['auth-sid']
        if (answer.statusCode !== 0 || !sid) {
          throw failure(
            'login',
            answer,
            `. Check ${apiKey ? 'JOKER_API_KEY' : 'JOKER_USERNAME and JOKER_PASSWORD'}`,
          )
        }
        context.host.mask(sid)
        http.addSecret(sid)
        return sid
      },
      close: async (sid) => {
        const answer = await request('logout', { 'auth-sid': sid }, false)
        if (answer.statusCode !== 0) throw failure('logout', answer)
      },
      maxIdleMs: SESSION_IDLE_MS,
    })

    const getZone = (domain: string) =>
      session.run((sid) => request('dns-zone-get', { 'auth-sid': sid, domain }, true))

    const zoneOf = zoneFinder(
      async (domain) => ((await getZone(domain)).statusCode === 0 ? domain : undefined),
      (owner, tried) =>
        `joker: no zone for ${owner} in this account (tried ${tried.join(', ')}); Joker serves DNS only for ` +
        'domains of the account, on its own name servers',
    )

    const readZone = async (domain: string): Promise<ZoneLine[]> => {
      const answer = await getZone(domain)
      if (answer.statusCode !== 0) throw failure('dns-zone-get', answer)
      return answer.body
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((text) => ({ text, txt: txtLine(text) }))
    }

    const writeZone = async (domain: string, lines: ZoneLine[]): Promise<void> => {
      const zone = lines.map((line) => line.text).join('\n')
      const answer = await session.run((sid) =>
        request('dns-zone-put', { 'auth-sid': sid, domain, zone }, false),
      )
      if (answer.statusCode !== 0) throw failure('dns-zone-put', answer)
    }

    const change = async (
      zone: string,
      owner: string,
      plan: (lines: ZoneLine[], label: string) => ZoneLine[] | undefined,
    ) => {
      const { name: domain } = await zoneOf(zone, owner)
      const label = relativeName(owner, domain) || '@'
      await zoneLocks.run(ownerKey(apiUrl, domain), () =>
        writeUntilHeld({
          what: `joker: the zone ${domain}`,
          read: () => readZone(domain),
          plan: (lines) => plan(lines, label),
          write: (_lines, next) => writeZone(domain, next),
          sleep: context.transport?.sleep,
          log: (message) => context.host.info(message),
        }),
      )
    }

    const isOurs = (line: ZoneLine, label: string) => line.txt?.label.toLowerCase() === label.toLowerCase()

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        for (const value of values) {
          if (/["\\\r\n]/.test(value))
            throw new Error(`joker: a TXT value for ${owner} may not hold quotes, backslashes or line breaks`)
        }
        await change(zone, owner, (lines, label) => {
          const added = missingTxt(
            lines.filter((line) => isOurs(line, label)),
            values,
            (line) => line.txt?.value ?? '',
          )
          if (added.length === 0) return undefined
          return [
            ...lines,
            ...added.map((value) => ({ text: `${label} TXT 0 "${value}" ${ttl}`, txt: { label, value } })),
          ]
        })
      },
      async remove(zone, owner, values) {
        const ours = new Set(values)
        await change(zone, owner, (lines, label) => {
          const kept = lines.filter((line) => !(isOurs(line, label) && ours.has(line.txt?.value ?? '')))
          return kept.length === lines.length ? undefined : kept
        })
      },
      close: () => session.close(),
    }
  },
}

/** A DMAPI answer: `Name: value` lines, an empty line, then the body. Header names compared in lower case. */
export function parseAnswer(text: string): DmapiAnswer {
  const normalized = text.replace(/\r\n/g, '\n')
  const split = normalized.indexOf('\n\n')
  const head = split < 0 ? normalized : normalized.slice(0, split)
  const body = split < 0 ? '' : normalized.slice(split + 2)
  const headers: Record<string, string> = {}
  for (const line of head.split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const code = Number(headers['status-code'])
  return { headers, body, statusCode: Number.isInteger(code) && headers['status-code'] !== '' ? code : -1 }
}

/**
 * A TXT line of a Joker zone (`label TXT 0 "value" ttl`), or undefined for any other line. Joker has been seen
 * to answer a value with a space before the closing quote; an ACME value has none, so it is trimmed.
 */
export function txtLine(line: string): { label: string; value: string } | undefined {
  const match = /^\s*(\S+)\s+TXT\s+\S+\s+"([^"]*)"/i.exec(line)
  return match === null ? undefined : { label: match[1] as string, value: (match[2] as string).trim() }
}
