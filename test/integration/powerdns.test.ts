// The PowerDNS provider against the test bed's real PowerDNS, checked by asking that server over DNS.
import { Resolver } from 'node:dns/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HttpClient } from '../../src/http/client.js'
import { powerdns } from '../../src/providers/powerdns/index.js'
import type { DnsProvider } from '../../src/providers/types.js'
import { startDelayingProxy } from '../support/delaying-proxy.js'
import { recordingHost } from '../support/host.js'

/** The part of test/bed/topology.mjs these tests read. */
interface BedTopology {
  BED_DIR_ENV: string
  PDNS: string
  PDNS_API_URL: string
  PDNS_API_KEY: string
  PDNS_SERVER_NAME: string
  PREEXISTING_TXT: Record<string, string>
  ZONES: { pdnsAlias: string }
}
// Loaded by URL: topology.mjs has no type declarations, and a literal import would fail the type check.
const {
  BED_DIR_ENV,
  PDNS,
  PDNS_API_KEY,
  PDNS_API_URL,
  PDNS_SERVER_NAME,
  PREEXISTING_TXT,
  ZONES,
}: BedTopology = await import(new URL('../bed/topology.mjs', import.meta.url).href)

// For work on this provider without the whole bed: a lone pdns_server loaded with validation.pdns.test
// and chain.validation.pdns.test TXT "keep-me-pdns" can stand in through these variables.
const server = {
  dns: process.env.CERTALIAS_BED_PDNS_ADDRESS ?? PDNS,
  apiUrl: process.env.CERTALIAS_BED_PDNS_API_URL ?? PDNS_API_URL,
  apiKey: process.env.CERTALIAS_BED_PDNS_API_KEY ?? PDNS_API_KEY,
}
const ZONE = ZONES.pdnsAlias
const KEEP_OWNER = 'chain.validation.pdns.test'
const KEEP_VALUE = PREEXISTING_TXT[KEEP_OWNER] ?? 'keep-me-pdns'
// Owners of this run only, so a crashed earlier run cannot change what these tests see.
const RUN = `it-${process.pid}-${Date.now().toString(36)}`
const OWNER = `_acme-challenge.${RUN}.${ZONE}`
const SOLO_OWNER = `_acme-challenge.solo-${RUN}.${ZONE}`
const LATE_OWNER = `_acme-challenge.late-${RUN}.${ZONE}`
const GONE_OWNER = `_acme-challenge.gone-${RUN}.${ZONE}`
// Not ours, with the characters a careless parser mangles: a quote, a backslash, two strings.
const FOREIGN_CONTENT = '"foreign \\"quoted\\" \\\\ value" "second string"'
const FOREIGN_VALUE = 'foreign "quoted" \\ valuesecond string'

const quietHost = recordingHost()

const resolver = new Resolver({ timeout: 2000, tries: 2 })
resolver.setServers([server.dns])

/** The TXT values the server answers for owner, sorted; none for NXDOMAIN or NODATA. */
async function served(owner: string): Promise<string[]> {
  try {
    return (await resolver.resolveTxt(owner)).map((strings) => strings.join('')).sort()
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENODATA' || code === 'ENOTFOUND') return []
    throw error
  }
}

/** What the server serves once it matches expected, or at the deadline: answer caches may lag the API. */
async function servedSoon(owner: string, expected: string[], deadlineMs = 5000): Promise<string[]> {
  const want = [...expected].sort()
  const until = Date.now() + deadlineMs
  for (;;) {
    const values = await served(owner)
    if (JSON.stringify(values) === JSON.stringify(want) || Date.now() > until) return values
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

interface PdnsRecord {
  content: string
  disabled: boolean
}

/** The records of owner's TXT RRset as the API holds them, disabled ones included. */
async function storedRecords(owner: string): Promise<PdnsRecord[]> {
  const zone = await api.request<{ rrsets: { name: string; type: string; records: PdnsRecord[] }[] }>(
    'GET',
    `/servers/${PDNS_SERVER_NAME}/zones/${ZONE}.`,
  )
  return zone.body.rrsets.find((rrset) => rrset.name === `${owner}.` && rrset.type === 'TXT')?.records ?? []
}

let provider: DnsProvider
let api: HttpClient

/** Write an RRset directly, as someone other than this provider would. */
async function putForeign(owner: string, records: PdnsRecord[]): Promise<void> {
  await api.request('PATCH', `/servers/${PDNS_SERVER_NAME}/zones/${ZONE}.`, {
    body: {
      rrsets: [
        {
          name: `${owner}.`,
          type: 'TXT',
          ttl: 60,
          changetype: 'REPLACE',
          records,
        },
      ],
    },
  })
}

async function deleteRRset(owner: string): Promise<void> {
  await api.request('PATCH', `/servers/${PDNS_SERVER_NAME}/zones/${ZONE}.`, {
    body: { rrsets: [{ name: `${owner}.`, type: 'TXT', changetype: 'DELETE' }] },
  })
}

describe('powerdns provider against the bed PowerDNS', () => {
  beforeAll(async () => {
    if (!process.env[BED_DIR_ENV]) {
      throw new Error(
        `the test bed is not up (${BED_DIR_ENV} is unset): run these tests with \`npm test\`, which starts ` +
          `the bed, or start it yourself and set ${BED_DIR_ENV}`,
      )
    }
    const preexisting = await served(KEEP_OWNER).catch((error: Error) => {
      throw new Error(
        `the bed PowerDNS at ${server.dns}:53 does not answer (${error.message}): is the bed up?`,
      )
    })
    if (!preexisting.includes(KEEP_VALUE)) {
      throw new Error(
        `the bed PowerDNS at ${server.dns}:53 does not serve TXT "${KEEP_VALUE}" at ${KEEP_OWNER}` +
          ` (it serves ${JSON.stringify(preexisting)}): the bed is not in its starting state`,
      )
    }
    provider = powerdns.create({
      env: { PDNS_API_URL: server.apiUrl, PDNS_API_KEY: server.apiKey, PDNS_SERVER_NAME },
      host: quietHost,
      resolvers: [],
    })
    api = new HttpClient({
      provider: 'powerdns-fixture',
      baseUrl: `${server.apiUrl}/api/v1`,
      headers: { 'X-API-Key': server.apiKey },
      secrets: [server.apiKey],
    })
  })

  afterAll(async () => {
    if (!api) return
    for (const owner of [OWNER, SOLO_OWNER, LATE_OWNER, GONE_OWNER]) await deleteRRset(owner)
  })

  it("append keeps the bed's pre-existing value, and remove takes away only ours", async () => {
    try {
      await provider.append(ZONE, KEEP_OWNER, [`${RUN}-a`])
      expect(await servedSoon(KEEP_OWNER, [KEEP_VALUE, `${RUN}-a`])).toEqual([KEEP_VALUE, `${RUN}-a`].sort())

      await provider.remove(ZONE, KEEP_OWNER, [`${RUN}-a`])
      expect(await servedSoon(KEEP_OWNER, [KEEP_VALUE])).toEqual([KEEP_VALUE])
    } finally {
      // whatever failed above, the next file must find the bed as it started
      await provider.remove(ZONE, KEEP_OWNER, [`${RUN}-a`])
    }
  })

  it('append next to foreign records (quotes, backslashes, two strings, one disabled) leaves them intact', async () => {
    const parked = { content: '"parked by someone"', disabled: true }
    await putForeign(OWNER, [{ content: FOREIGN_CONTENT, disabled: false }, parked])
    expect(await servedSoon(OWNER, [FOREIGN_VALUE])).toEqual([FOREIGN_VALUE])

    await provider.append(ZONE, OWNER, ['ours-1'])

    expect(await servedSoon(OWNER, [FOREIGN_VALUE, 'ours-1'])).toEqual([FOREIGN_VALUE, 'ours-1'].sort())
    // PowerDNS leaves disabled records out of a filtered zone read; a REPLACE built from one would drop them
    expect(await storedRecords(OWNER)).toContainEqual(parked)
  })

  it('concurrent appends for apex and wildcard are both served', async () => {
    await Promise.all([
      provider.append(ZONE, OWNER, ['apex-2']),
      provider.append(ZONE, OWNER, ['wildcard-2']),
    ])

    const expected = [FOREIGN_VALUE, 'ours-1', 'apex-2', 'wildcard-2']
    expect(await servedSoon(OWNER, expected)).toEqual(expected.sort())
  })

  it('remove takes away exactly our values and the foreign one stays served', async () => {
    await provider.remove(ZONE, OWNER, ['ours-1', 'apex-2', 'wildcard-2'])

    expect(await servedSoon(OWNER, [FOREIGN_VALUE])).toEqual([FOREIGN_VALUE])
  })

  it('remove of the last values deletes the RRset: the owner answers no TXT at all', async () => {
    await provider.append(ZONE, SOLO_OWNER, ['solo-1', 'solo-2'])
    expect(await servedSoon(SOLO_OWNER, ['solo-1', 'solo-2'])).toEqual(['solo-1', 'solo-2'])

    await provider.remove(ZONE, SOLO_OWNER, ['solo-1', 'solo-2'])

    expect(await servedSoon(SOLO_OWNER, [])).toEqual([])
  })

  it('a wrong API key fails with an error naming PDNS_API_KEY, and nothing changes', async () => {
    const wrongKey = `wrong-${RUN}`
    const unauthorized = powerdns.create({
      env: { PDNS_API_URL: server.apiUrl, PDNS_API_KEY: wrongKey, PDNS_SERVER_NAME },
      host: quietHost,
      resolvers: [],
    })

    const error = await unauthorized.append(ZONE, OWNER, ['never']).then(
      () => undefined,
      (reason: Error) => reason,
    )

    expect(error?.message).toMatch(/^powerdns: GET .* HTTP 401.*Check PDNS_API_KEY/)
    expect(error?.message).not.toContain(wrongKey)
    expect(await served(OWNER)).toEqual([FOREIGN_VALUE])
  })

  /**
   * Two runs on one owner: A through a proxy where A's first write stalls past A's timeout (1 s) and lands late,
   * after which A's next request waits until B has done its work directly on the API. B waits nothing between
   * its write and its read-back. Both use ownerLocks keys of their own (the API URLs differ), as two runners do.
   */
  async function whileAWriteIsLate(
    runA: (provider: DnsProvider) => Promise<void>,
    runB: (provider: DnsProvider) => Promise<void>,
  ): Promise<string[]> {
    const proxy = await startDelayingProxy(server.apiUrl, 2)
    const hostA = recordingHost()
    const env = { PDNS_API_KEY: server.apiKey, PDNS_SERVER_NAME }
    const a = powerdns.create({
      env: { ...env, PDNS_API_URL: proxy.url },
      host: hostA,
      resolvers: [],
      transport: { timeoutMs: 1000 },
    })
    const b = powerdns.create({
      env: { ...env, PDNS_API_URL: server.apiUrl },
      host: quietHost,
      resolvers: [],
      transport: { sleep: async () => {} },
    })
    try {
      const done = runA(a)
      await Promise.all([proxy.landedLate, proxy.arrived(3)])
      await runB(b)
      await proxy.release()
      await done
      return hostA.lines
    } finally {
      await proxy.close()
    }
  }

  it('a write that stalls past the timeout and lands late is not sent again: the value another run wrote meanwhile stays', async () => {
    const lines = await whileAWriteIsLate(
      (a) => a.append(ZONE, LATE_OWNER, ['a']),
      (b) => b.append(ZONE, LATE_OWNER, ['b']),
    )

    expect(await servedSoon(LATE_OWNER, ['a', 'b'])).toEqual(['a', 'b'])
    expect(lines.join('\n')).toMatch(/got no answer in time \(it may still land\); not sent again as it was/)
  })

  it('a value another run removed while our stalled write was landing late stays removed', async () => {
    await provider.append(ZONE, GONE_OWNER, ['b'])

    await whileAWriteIsLate(
      (a) => a.append(ZONE, GONE_OWNER, ['a']),
      (b) => b.remove(ZONE, GONE_OWNER, ['b']),
    )

    expect(await servedSoon(GONE_OWNER, ['a'])).toEqual(['a'])
  })
})
