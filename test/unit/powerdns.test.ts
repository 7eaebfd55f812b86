// The PowerDNS provider's exact requests, against a small in-memory PowerDNS API served by undici's MockAgent.
import { MockAgent } from 'undici'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { powerDnsApiBase, powerdns } from '../../src/providers/powerdns/index.js'
import type { DnsProvider } from '../../src/providers/types.js'
import { type RecordingHost, recordingHost } from '../support/host.js'
import { mockSend } from '../support/mock-send.js'

const ORIGIN = 'http://ns.example.org:8081'
const API_KEY = 'pdns-unit-api-key'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const ZONE_PATH = '/api/v1/servers/localhost/zones/validation.example.org.'

interface RRset {
  name: string
  type: string
  ttl: number
  records: { content: string; disabled: boolean }[]
}

interface SentRequest {
  method: string
  path: string
  apiKey: unknown
  body: unknown
}

let agent: MockAgent
let rrsets: RRset[]
let host: RecordingHost

/** A PowerDNS zone endpoint that applies PATCH REPLACE/DELETE to rrsets, as the real server does. */
function servePowerDns(): void {
  const pool = agent.get(ORIGIN)
  pool
    .intercept({ path: ZONE_PATH, method: 'GET' })
    .reply(() => ({
      statusCode: 200,
      data: { name: `${ZONE}.`, kind: 'Native', rrsets: structuredClone(rrsets) },
      responseOptions: { headers: { 'content-type': 'application/json' } },
    }))
    .persist()
  pool
    .intercept({ path: ZONE_PATH, method: 'PATCH' })
    .reply(({ body }) => {
      const change = JSON.parse(String(body)) as {
        rrsets: (RRset & { changetype: 'REPLACE' | 'DELETE' })[]
      }
      for (const { changetype, ...rrset } of change.rrsets) {
        rrsets = rrsets.filter((other) => !(other.name === rrset.name && other.type === rrset.type))
        if (changetype === 'REPLACE') rrsets.push(rrset)
      }
      return { statusCode: 204, data: '' }
    })
    .persist()
}

function sent(): SentRequest[] {
  return (agent.getCallHistory()?.calls() ?? []).map((call) => ({
    method: call.method,
    path: call.path,
    apiKey: call.headers?.['x-api-key'],
    body: call.body ? JSON.parse(call.body) : undefined,
  }))
}

function txtAt(name: string): RRset | undefined {
  return rrsets.find((rrset) => rrset.name === name && rrset.type === 'TXT')
}

function provider(env: Record<string, string> = {}): DnsProvider {
  return powerdns.create({
    env: { PDNS_API_URL: ORIGIN, PDNS_API_KEY: API_KEY, ...env },
    host,
    resolvers: [],
    transport: { send: mockSend(agent), sleep: async () => {} },
  })
}

/** The PATCH body that replaces the owner's TXT RRset with these contents (quoted, enabled). */
function replaceTxt(ttl: number, ...contents: string[]) {
  return {
    rrsets: [
      {
        name: `${OWNER}.`,
        type: 'TXT',
        ttl,
        changetype: 'REPLACE',
        records: contents.map((content) => ({ content, disabled: false })),
      },
    ],
  }
}

const GET = { method: 'GET', path: ZONE_PATH, apiKey: API_KEY, body: undefined }

beforeEach(() => {
  agent = new MockAgent({ enableCallHistory: true })
  agent.disableNetConnect()
  host = recordingHost()
  rrsets = [
    {
      name: `${ZONE}.`,
      type: 'SOA',
      ttl: 3600,
      records: [
        { content: 'ns.example.org. hostmaster.example.org. 1 10800 3600 604800 3600', disabled: false },
      ],
    },
  ]
})

afterEach(async () => {
  await agent.close()
})

describe('powerdns provider', () => {
  it('masks the API key as soon as it is created', () => {
    provider()
    expect(host.masked).toEqual([API_KEY])
  })

  it('append keeps the value already at the owner and adds ours in one REPLACE with the RRset TTL', async () => {
    rrsets.push({
      name: `${OWNER}.`,
      type: 'TXT',
      ttl: 120,
      records: [{ content: '"theirs"', disabled: false }],
    })
    servePowerDns()

    await provider().append(ZONE, OWNER, ['ours'])

    expect(sent()).toEqual([
      GET,
      {
        method: 'PATCH',
        path: ZONE_PATH,
        apiKey: API_KEY,
        body: replaceTxt(120, '"theirs"', '"ours"'),
      },
      // read back: another run's write in between would have dropped ours
      GET,
    ])
  })

  it('append to an owner without TXT creates the RRset with PDNS_TTL, both values in one write', async () => {
    servePowerDns()

    await provider({ PDNS_TTL: '30' }).append(ZONE, OWNER, ['apex-value', 'wildcard-value'])

    expect(sent()).toHaveLength(3)
    expect(sent()[1]?.body).toEqual(replaceTxt(30, '"apex-value"', '"wildcard-value"'))
  })

  it('append writes nothing when every value is already there, even split into several strings', async () => {
    rrsets.push({
      name: `${OWNER}.`,
      type: 'TXT',
      ttl: 60,
      records: [{ content: '"our" "s"', disabled: false }],
    })
    servePowerDns()

    await provider().append(ZONE, OWNER, ['ours', 'ours'])

    expect(sent()).toEqual([GET])
  })

  it('append keeps disabled records and other owners exactly as they were', async () => {
    const theirs = [
      { content: '"a \\"quoted\\" \\\\ value" "second string"', disabled: false },
      { content: '"parked"', disabled: true },
    ]
    rrsets.push({ name: `${OWNER}.`, type: 'TXT', ttl: 60, records: theirs })
    rrsets.push({
      name: `other.${ZONE}.`,
      type: 'TXT',
      ttl: 60,
      records: [{ content: '"other"', disabled: false }],
    })
    servePowerDns()

    await provider().append(ZONE, OWNER, ['ours'])

    expect(txtAt(`${OWNER}.`)?.records).toEqual([...theirs, { content: '"ours"', disabled: false }])
    expect(txtAt(`other.${ZONE}.`)?.records).toEqual([{ content: '"other"', disabled: false }])
  })

  it('append enables a disabled copy of our value instead of adding a duplicate', async () => {
    rrsets.push({ name: `${OWNER}.`, type: 'TXT', ttl: 60, records: [{ content: '"ours"', disabled: true }] })
    servePowerDns()

    await provider().append(ZONE, OWNER, ['ours'])

    expect(txtAt(`${OWNER}.`)?.records).toEqual([{ content: '"ours"', disabled: false }])
  })

  it('remove of one of two values REPLACEs the RRset with the other', async () => {
    rrsets.push({
      name: `${OWNER}.`,
      type: 'TXT',
      ttl: 60,
      records: [
        { content: '"ours"', disabled: false },
        { content: '"theirs"', disabled: false },
      ],
    })
    servePowerDns()

    await provider().remove(ZONE, OWNER, ['ours'])

    expect(sent()).toEqual([
      GET,
      {
        method: 'PATCH',
        path: ZONE_PATH,
        apiKey: API_KEY,
        body: replaceTxt(60, '"theirs"'),
      },
      GET,
    ])
  })

  it('remove of the last values sends DELETE for the RRset', async () => {
    rrsets.push({
      name: `${OWNER}.`,
      type: 'TXT',
      ttl: 60,
      records: [
        { content: '"apex-value"', disabled: false },
        { content: '"wildcard" "-value"', disabled: false },
      ],
    })
    servePowerDns()

    await provider().remove(ZONE, OWNER, ['apex-value', 'wildcard-value'])

    expect(sent()).toEqual([
      GET,
      {
        method: 'PATCH',
        path: ZONE_PATH,
        apiKey: API_KEY,
        body: { rrsets: [{ name: `${OWNER}.`, type: 'TXT', changetype: 'DELETE' }] },
      },
      GET,
    ])
    expect(txtAt(`${OWNER}.`)).toBeUndefined()
  })

  it('remove writes nothing when none of our values is there', async () => {
    rrsets.push({
      name: `${OWNER}.`,
      type: 'TXT',
      ttl: 60,
      records: [{ content: '"theirs"', disabled: false }],
    })
    servePowerDns()

    await provider().remove(ZONE, OWNER, ['ours'])
    await provider().remove(ZONE, `absent.${ZONE}`, ['ours'])

    expect(sent()).toEqual([GET, GET])
  })

  it('concurrent appends to one owner (apex and wildcard) both survive', async () => {
    servePowerDns()
    const pdns = provider()

    await Promise.all([
      pdns.append(ZONE, OWNER, ['apex-value']),
      pdns.append(ZONE, OWNER, ['wildcard-value']),
    ])

    expect(txtAt(`${OWNER}.`)?.records).toEqual([
      { content: '"apex-value"', disabled: false },
      { content: '"wildcard-value"', disabled: false },
    ])
    // each read-merge-write-read-back finished before the next one read
    expect(sent().map((request) => request.method)).toEqual(['GET', 'PATCH', 'GET', 'GET', 'PATCH', 'GET'])
  })

  it('concurrent appends through two provider instances to one owner both survive', async () => {
    servePowerDns()

    await Promise.all([provider().append(ZONE, OWNER, ['one']), provider().append(ZONE, OWNER, ['two'])])

    expect(txtAt(`${OWNER}.`)?.records.map((record) => record.content)).toEqual(['"one"', '"two"'])
  })

  it('a 401 names PDNS_API_KEY and does not show the key', async () => {
    agent.get(ORIGIN).intercept({ path: ZONE_PATH }).reply(401, 'Unauthorized')

    const error = await provider()
      .append(ZONE, OWNER, ['ours'])
      .then(
        () => undefined,
        (reason: Error) => reason,
      )

    expect(error?.message).toBe(
      `powerdns: GET ${ZONE_PATH} failed: HTTP 401: Unauthorized. Check PDNS_API_KEY: the server did not accept it`,
    )
    expect(error?.message).not.toContain(API_KEY)
  })

  it('a missing zone names the zone and PDNS_SERVER_NAME', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/api/v1/servers/pdns1/zones/validation.example.org.' })
      .reply(404, 'Not Found')

    await expect(provider({ PDNS_SERVER_NAME: 'pdns1' }).append(ZONE, OWNER, ['ours'])).rejects.toThrow(
      /zone validation\.example\.org\. not found on server "pdns1".*PDNS_SERVER_NAME/,
    )
  })

  it('refuses an owner outside the zone before sending anything', async () => {
    await expect(provider().append(ZONE, '_acme-challenge.example.com', ['ours'])).rejects.toThrow(
      '_acme-challenge.example.com is not inside zone validation.example.org',
    )
    expect(sent()).toEqual([])
  })

  it('accepts PDNS_API_URL with or without a trailing slash, /api or /api/v1', () => {
    for (const url of [ORIGIN, `${ORIGIN}/`, `${ORIGIN}/api`, `${ORIGIN}/api/v1`, `${ORIGIN}/api/v1/`]) {
      expect(powerDnsApiBase(url)).toBe(`${ORIGIN}/api/v1`)
    }
    expect(powerDnsApiBase('https://proxy.example.org/pdns/api/v1')).toBe(
      'https://proxy.example.org/pdns/api/v1',
    )
    expect(() => powerDnsApiBase('ns.example.org:8081')).toThrow(/PDNS_API_URL must/)
  })

  it('sends requests under /api/v1 once when PDNS_API_URL already ends in /api/v1/', async () => {
    servePowerDns()

    await provider({ PDNS_API_URL: `${ORIGIN}/api/v1/` }).remove(ZONE, OWNER, ['ours'])

    expect(sent()).toEqual([GET])
  })

  it('rejects a PDNS_TTL that is not a whole number of seconds', () => {
    expect(() => provider({ PDNS_TTL: '1m' })).toThrow('PDNS_TTL must be a whole number of seconds')
  })
})
