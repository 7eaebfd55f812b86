// The rfc2136 provider against the test bed's real BIND, checked by asking that BIND over DNS.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { query } from '../../src/dns/wire.js'
import { rfc2136 } from '../../src/providers/rfc2136/index.js'
import type { DnsProvider } from '../../src/providers/types.js'
import { recordingHost } from '../support/host.js'

/** The part of test/bed/topology.mjs these tests read. */
interface BedTopology {
  BED_DIR_ENV: string
  BIND: string
  RESOLVER: string
  TSIG_NAME: string
  TSIG_ALGORITHM: string
  PREEXISTING_TXT: Record<string, string>
  ZONES: { main: string; bindAlias: string }
}
// Loaded by URL: topology.mjs has no type declarations, and a literal import would fail the type check.
const { BED_DIR_ENV, BIND, RESOLVER, TSIG_NAME, TSIG_ALGORITHM, PREEXISTING_TXT, ZONES }: BedTopology =
  await import(new URL('../bed/topology.mjs', import.meta.url).href)

// For work on this provider without the whole bed: a lone named with the alias zone, the key, and TXT
// "keep-me-bind" at the alias owner can stand in through these variables.
const bind = process.env.CERTALIAS_BED_BIND_ADDRESS ?? BIND
const resolver = process.env.CERTALIAS_BED_RESOLVER_ADDRESS ?? RESOLVER
const bedDir = process.env[BED_DIR_ENV]
const ZONE = ZONES.bindAlias
const KEEP_OWNER = `_acme-challenge.${ZONE}`
const KEEP_VALUE = PREEXISTING_TXT[KEEP_OWNER] ?? 'keep-me-bind'
// Owners of this run only (besides the shared one), so a crashed earlier run cannot change what these tests see.
const RUN = `it-${process.pid}-${Date.now().toString(36)}`

/** Extra keys the bed may provide, one file each: `<name>.secret` holding the base64 secret. */
const EXTRA_KEYS = [
  { algorithm: 'hmac-sha384', name: `${TSIG_NAME}-sha384` },
  { algorithm: 'hmac-sha512', name: `${TSIG_NAME}-sha512` },
]

const quietHost = recordingHost()

/** A value shaped like an ACME key authorization digest (43 base64url characters), unique to this run. */
function challengeValue(): string {
  return randomBytes(32).toString('base64url')
}

/** The TXT values BIND serves at owner right now, sorted; none for NXDOMAIN or NODATA. */
async function served(owner: string): Promise<string[]> {
  const response = await query(bind, owner, 'TXT', { recursionDesired: false, timeoutMs: 1000, tries: 2 })
  return response.answers
    .filter((record) => record.type === 'TXT')
    .map((record) => record.data as string)
    .sort()
}

async function readSecret(file: string): Promise<string> {
  const text = await readFile(file, 'utf8')
  // tsig-keygen's whole output works too, as does the bare secret the bed writes.
  return (/secret\s+"([^"]+)"/.exec(text)?.[1] ?? text).trim()
}

function providerWith(env: Record<string, string>): DnsProvider {
  return rfc2136.create({
    host: quietHost,
    resolvers: [],
    env: {
      RFC2136_NAMESERVER: bind,
      RFC2136_TSIG_KEY: TSIG_NAME,
      RFC2136_TSIG_ALGORITHM: TSIG_ALGORITHM,
      RFC2136_TIMEOUT: '5',
      ...env,
    },
  })
}

let secret: string
let provider: DnsProvider
/** What the tests wrote, removed again after each test whatever its outcome. */
const written: { owner: string; values: string[] }[] = []

async function append(owner: string, values: string[], through = provider): Promise<void> {
  written.push({ owner, values })
  await through.append(ZONE, owner, values)
}

describe('rfc2136 provider against the bed BIND', () => {
  beforeAll(async () => {
    if (!bedDir) {
      throw new Error(
        `the test bed is not up (${BED_DIR_ENV} is unset): run these tests with \`npm test\`, which starts ` +
          `the bed, or start it yourself and set ${BED_DIR_ENV}`,
      )
    }
    secret = await readSecret(join(bedDir, 'tsig.secret'))
    provider = providerWith({ RFC2136_TSIG_SECRET: secret })
    const preexisting = await served(KEEP_OWNER).catch((error: Error) => {
      throw new Error(`the bed BIND at ${bind} does not answer (${error.message}): is the bed up?`)
    })
    if (!preexisting.includes(KEEP_VALUE)) {
      throw new Error(
        `the bed BIND at ${bind} does not serve TXT "${KEEP_VALUE}" at ${KEEP_OWNER} (it serves ` +
          `${JSON.stringify(preexisting)}): the bed is not in its starting state`,
      )
    }
  })

  afterEach(async () => {
    for (const { owner, values } of written.splice(0)) {
      await provider.remove(ZONE, owner, values).catch(() => {})
    }
  })

  afterAll(async () => {
    if (provider) expect(await served(KEEP_OWNER)).toContain(KEEP_VALUE)
  })

  it('appends two values next to keep-me-bind in one update, and BIND serves all three', async () => {
    const ours = [challengeValue(), challengeValue()]
    await append(KEEP_OWNER, ours)
    // Other tests of the suite may hold values at this shared owner, so ours and keep-me-bind must be among them.
    expect(await served(KEEP_OWNER)).toEqual(expect.arrayContaining([KEEP_VALUE, ...ours]))
  })

  it('removes one of our values and leaves keep-me-bind and our other value served', async () => {
    const [gone, stays] = [challengeValue(), challengeValue()]
    await append(KEEP_OWNER, [gone, stays])
    await provider.remove(ZONE, KEEP_OWNER, [gone])
    const values = await served(KEEP_OWNER)
    expect(values).toEqual(expect.arrayContaining([KEEP_VALUE, stays]))
    expect(values).not.toContain(gone)
  })

  it('serves exactly what was written at an owner of its own, and nothing once it is all removed', async () => {
    const owner = `_acme-challenge.${RUN}.${ZONE}`
    const ours = [challengeValue(), challengeValue(), challengeValue()]
    await append(owner, ours)
    expect(await served(owner)).toEqual([...ours].sort())
    await provider.remove(ZONE, owner, ours)
    expect(await served(owner)).toEqual([])
  })

  it('treats appending a value that is already there as a no-op, so one removal takes it away', async () => {
    const owner = `_acme-challenge.twice-${RUN}.${ZONE}`
    const value = challengeValue()
    await append(owner, [value])
    await append(owner, [value])
    expect(await served(owner)).toEqual([value])
    await provider.remove(ZONE, owner, [value])
    expect(await served(owner)).toEqual([])
  })

  it('removes nothing and fails nothing when the values are not there', async () => {
    await provider.remove(ZONE, KEEP_OWNER, [challengeValue()])
    expect(await served(KEEP_OWNER)).toContain(KEEP_VALUE)
  })

  it('fails with BADSIG, naming RFC2136_TSIG_SECRET, when the secret is wrong, and shows no secret', async () => {
    const wrongSecret = randomBytes(32).toString('base64')
    const owner = `_acme-challenge.badsig-${RUN}.${ZONE}`
    const failure = append(owner, [challengeValue()], providerWith({ RFC2136_TSIG_SECRET: wrongSecret }))
    await expect(failure).rejects.toThrow(/^rfc2136: .*TSIG BADSIG \(rcode NOTAUTH\).*RFC2136_TSIG_SECRET/)
    const message = await failure.catch((error: Error) => error.message)
    expect(message).not.toContain(wrongSecret)
    expect(message).not.toContain(secret)
    expect(await served(owner)).toEqual([])
  })

  it('fails with BADKEY, naming RFC2136_TSIG_KEY, when BIND does not know the key', async () => {
    const owner = `_acme-challenge.badkey-${RUN}.${ZONE}`
    const failure = append(
      owner,
      [challengeValue()],
      providerWith({ RFC2136_TSIG_KEY: `unknown-${RUN}`, RFC2136_TSIG_SECRET: secret }),
    )
    await expect(failure).rejects.toThrow(/TSIG BADKEY .*RFC2136_TSIG_KEY/)
    expect(await served(owner)).toEqual([])
  })

  it('fails naming RFC2136_TSIG_KEY when the key may not update the zone (the main zone)', async () => {
    const owner = `certalias-denied-${RUN}.${ZONES.main}`
    const failure = provider.append(ZONES.main, owner, [challengeValue()])
    await expect(failure).rejects.toThrow(
      new RegExp(
        `^rfc2136: adding 1 TXT value at ${owner.replaceAll('.', '\\.')} \\(zone ${ZONES.main.replace('.', '\\.')}\\) ` +
          `failed at server ${bind.replaceAll('.', '\\.')}:53: REFUSED\\. The TSIG key "${TSIG_NAME}" \\(RFC2136_TSIG_KEY\\) may not be allowed`,
      ),
    )
    const response = await query(bind, owner, 'TXT', { recursionDesired: false })
    expect(response.answers).toEqual([])
  })

  it('finds BIND by its host name through the recursive resolver', async () => {
    const byName = rfc2136.create({
      host: quietHost,
      resolvers: [resolver],
      env: {
        RFC2136_NAMESERVER: 'ns1.example.test',
        RFC2136_TSIG_KEY: TSIG_NAME,
        RFC2136_TSIG_SECRET: secret,
        RFC2136_TSIG_ALGORITHM: TSIG_ALGORITHM,
      },
    })
    const owner = `_acme-challenge.by-name-${RUN}.${ZONE}`
    const value = challengeValue()
    await append(owner, [value], byName)
    expect(await served(owner)).toEqual([value])
  })

  for (const key of EXTRA_KEYS) {
    const file = bedDir ? join(bedDir, `${key.name}.secret`) : ''
    // Only the hmac-sha256 key is part of the bed's contract; these run where the bed also has these keys.
    it.runIf(bedDir !== undefined && existsSync(file))(
      `signs with ${key.algorithm} so that BIND accepts the update and verifies its signed answer`,
      async () => {
        const withKey = providerWith({
          RFC2136_TSIG_KEY: key.name,
          RFC2136_TSIG_SECRET: await readSecret(file),
          RFC2136_TSIG_ALGORITHM: key.algorithm.toUpperCase(),
        })
        const owner = `_acme-challenge.${key.algorithm}-${RUN}.${ZONE}`
        const value = challengeValue()
        await append(owner, [value], withKey)
        expect(await served(owner)).toEqual([value])
        await withKey.remove(ZONE, owner, [value])
        expect(await served(owner)).toEqual([])
      },
    )
  }
})
