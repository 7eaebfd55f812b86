// cPanel (UAPI DNS::parse_zone and DNS::mass_edit_zone) or WHM (API 1 parse_dns_zone and mass_edit_dns_zone).
// Concurrency: conditional. Every write names the zone's SOA serial as read; a zone changed since is refused as
// stale, and we read it again and plan again. Each TXT value is a record of its own, so an add touches no other
// value and a removal removes only the lines holding ours.

import { providerHttp } from '../../http/api.js'
import type { QueryValue } from '../../http/client.js'
import { readTtl } from '../ttl.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, zoneFinder } from '../zone.js'

// A zone rewritten by someone else between our read and our write: read and plan again, this many times at most.
const MAX_STALE_RETRIES = 8
const MAX_STRING_BYTES = 255

const descriptor: ProviderDescriptor = {
  id: 'cpanel',
  name: 'cPanel / WHM',
  credentials: [
    {
      env: 'CPANEL_USERNAME',
      description: 'The cPanel account (or, with CPANEL_MODE=whm, the WHM user) of the token',
    },
    {
      env: 'CPANEL_TOKEN',
      description: 'API token (cPanel: Security > Manage API Tokens; WHM: Development > Manage API Tokens)',
      secret: true,
    },
    {
      env: 'CPANEL_BASE_URL',
      description:
        'Address of cPanel, e.g. https://host.example.org:2083, or of WHM (:2087) with CPANEL_MODE=whm',
      aliases: ['CPANEL_API_URL'],
    },
  ],
  settings: [
    {
      env: 'CPANEL_MODE',
      description: 'cpanel (UAPI, a cPanel account’s token) or whm (WHM API 1, a WHM token)',
      default: 'cpanel',
      values: ['cpanel', 'whm'],
    },
    { env: 'CPANEL_TTL', description: 'TTL of the TXT records (seconds)', default: '300' },
  ],
  leastPrivilege:
    'A cPanel API token reaches every zone of its cPanel account, so keep the alias zone in a cPanel account of ' +
    'its own (it needs no website) and create the token there with limited access: only the Zone Editor feature ' +
    '(Manage API Tokens > Create > Limited Access), and an expiration date. Prefer this to CPANEL_MODE=whm: a WHM ' +
    'token acts for every account the WHM user controls, root’s for the whole server.',
  docs: 'https://api.docs.cpanel.net/openapi/cpanel/operation/dns-mass_edit_zone/',
}

/** One line of a zone as parse_zone describes it; names and data in base64. */
interface ZoneLine {
  line_index: number
  type: string
  dname_b64?: string
  record_type?: string
  data_b64?: string[]
  ttl?: number
}

interface ZoneState {
  serial: string
  /** The TXT records at each owner (absolute, lower case): line and value. */
  txt: { line: number; owner: string; value: string }[]
}

/** How the two APIs differ: path, envelope, authorization. */
interface Dialect {
  readonly authorization: string
  readonly readPath: string
  readonly writePath: string
  readonly query: Record<string, QueryValue>
  /** The payload of an answer, or the failure it reports. */
  outcome(body: unknown): { data: unknown } | { error: string }
}

export const cpanel: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const { env } = context
    const username = env.CPANEL_USERNAME ?? ''
    const token = env.CPANEL_TOKEN ?? ''
    const ttl = readTtl(env, 'CPANEL_TTL', { default: 300 })
    const dialect = dialectOf(env.CPANEL_MODE, username, token)
    const http = providerHttp(context, {
      provider: 'cpanel',
      baseUrl: (env.CPANEL_BASE_URL ?? '').trim(),
      headers: { authorization: dialect.authorization, accept: 'application/json' },
      secrets: [token],
      credentialHint: 'CPANEL_USERNAME and CPANEL_TOKEN',
    })

    const call = async (
      path: string,
      query: Record<string, QueryValue>,
    ): Promise<{ data: unknown } | { error: string }> => {
      const { body } = await http.request('GET', path, { query: { ...dialect.query, ...query } })
      return dialect.outcome(body)
    }

    const readZone = async (zone: string): Promise<ZoneState | undefined> => {
      const answer = await call(dialect.readPath, { zone })
      if ('error' in answer) {
        // the one answer that means "not this account's zone": the caller tries the parent
        if (/do not control a DNS zone|does not exist/i.test(answer.error)) return undefined
        throw new Error(http.redact(`cpanel: reading the zone ${zone} failed: ${answer.error}`))
      }
      return zoneState(zone, Array.isArray(answer.data) ? (answer.data as ZoneLine[]) : [])
    }

    const zoneOf = zoneFinder(
      async (name) => ((await readZone(name)) === undefined ? undefined : name),
      (owner, candidates) =>
        `cpanel: no zone of CPANEL_USERNAME holds ${owner} (tried ${candidates.join(', ')}); ` +
        'check that the alias zone belongs to this account',
    )

    /**
     * Read the zone, plan the change, write it under the serial read; a stale serial means the zone changed
     * between: read and plan again.
     */
    const change = async (
      zone: string,
      owner: string,
      plan: (state: ZoneState) => Record<string, QueryValue> | undefined,
    ): Promise<void> => {
      const { name } = await zoneOf(zone, owner)
      for (let attempt = 0; ; attempt++) {
        const state = await readZone(name)
        if (state === undefined)
          throw new Error(`cpanel: the zone ${name} is gone from CPANEL_USERNAME's account`)
        const edits = plan(state)
        if (edits === undefined) return
        const answer = await call(dialect.writePath, { zone: name, serial: state.serial, ...edits })
        if (!('error' in answer)) return
        if (!isStale(answer.error) || attempt >= MAX_STALE_RETRIES) {
          throw new Error(http.redact(`cpanel: changing the zone ${name} failed: ${answer.error}`))
        }
        context.host.info(`cpanel: the zone ${name} changed since we read it; reading it again`)
      }
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const name = absoluteless(owner)
        await change(zone, owner, (state) => {
          const present = new Set(state.txt.filter((r) => r.owner === name).map((r) => r.value))
          const missing = [...new Set(values)].filter((value) => !present.has(value))
          if (missing.length === 0) return undefined
          // one mass edit for all of them (apex and wildcard): indexed parameters carry several records
          return Object.fromEntries(
            missing.map((value, i) => [
              `add-${i}`,
              JSON.stringify({ dname: `${name}.`, ttl, record_type: 'TXT', data: characterStrings(value) }),
            ]),
          )
        })
      },
      async remove(zone, owner, values) {
        const name = absoluteless(owner)
        const ours = new Set(values)
        await change(zone, owner, (state) => {
          const lines = state.txt.filter((r) => r.owner === name && ours.has(r.value)).map((r) => r.line)
          return lines.length === 0
            ? undefined
            : Object.fromEntries(lines.map((line, i) => [`remove-${i}`, line]))
        })
      },
    }
  },
}

function dialectOf(mode: string | undefined, username: string, token: string): Dialect {
  const chosen = mode?.trim().toLowerCase() || 'cpanel'
  if (chosen === 'cpanel') {
    return {
      authorization: `cpanel ${username}:${token}`,
      readPath: '/execute/DNS/parse_zone',
      writePath: '/execute/DNS/mass_edit_zone',
      query: {},
      outcome: (body) => {
        const answer = (body ?? {}) as { status?: number; errors?: string[] | null; data?: unknown }
        return answer.status === 1
          ? { data: answer.data }
          : {
              error:
                (answer.errors ?? []).join(' ') || `unexpected answer ${JSON.stringify(body).slice(0, 200)}`,
            }
      },
    }
  }
  if (chosen === 'whm') {
    return {
      authorization: `whm ${username}:${token}`,
      readPath: '/json-api/parse_dns_zone',
      writePath: '/json-api/mass_edit_dns_zone',
      query: { 'api.version': 1 },
      outcome: (body) => {
        const answer = (body ?? {}) as {
          metadata?: { result?: number; reason?: string }
          data?: { payload?: unknown }
        }
        if (answer.metadata?.result === 1) return { data: answer.data?.payload ?? answer.data }
        return { error: answer.metadata?.reason ?? `unexpected answer ${JSON.stringify(body).slice(0, 200)}` }
      },
    }
  }
  throw new Error(`CPANEL_MODE must be cpanel or whm; got "${mode}"`)
}

/** The serial and the TXT records of a parsed zone; names relative to the origin made absolute. */
function zoneState(zone: string, lines: readonly ZoneLine[]): ZoneState {
  const origin = absoluteless(zone)
  const decode = (text: string | undefined) => Buffer.from(text ?? '', 'base64').toString('utf8')
  const absolute = (dname: string) =>
    dname === '@' || dname === ''
      ? origin
      : dname.endsWith('.')
        ? absoluteless(dname)
        : `${absoluteless(dname)}.${origin}`
  const records = lines.filter((line) => line.type === 'record')
  const soa = records.find((line) => line.record_type === 'SOA')
  const serial = decode(soa?.data_b64?.[2]).trim()
  if (!/^\d+$/.test(serial)) throw new Error(`cpanel: the zone ${origin} has no readable SOA serial`)
  return {
    serial,
    txt: records
      .filter((line) => line.record_type === 'TXT')
      .map((line) => ({
        line: line.line_index,
        owner: absolute(decode(line.dname_b64)),
        // the character-strings of one record make one value
        value: (line.data_b64 ?? []).map(decode).join(''),
      })),
  }
}

/** A value as the character-strings of one TXT record: 255 bytes each at most, never splitting a character. */
function characterStrings(value: string): string[] {
  const strings: string[] = []
  let current = ''
  for (const char of value) {
    if (Buffer.byteLength(current + char) > MAX_STRING_BYTES) {
      strings.push(current)
      current = ''
    }
    current += char
  }
  return [...strings, current]
}

/** "The given serial number (…) does not match the DNS zone’s serial number (…). Refresh your view …" */
function isStale(error: string): boolean {
  return /serial number .* does not match/i.test(error)
}
