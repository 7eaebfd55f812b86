// End to end: dns-persist-01 on the test bed, through the real bundle. The CA's side of the draft is
// test/support/persist-ca.ts, a front before a Pebble that takes every answered challenge as valid: the front
// checks the _validation-persist record itself, through the bed's resolver, before it lets an answer through.
// Records are published by hand (as an operator does once) or by the run with a provider, on the two masters of
// persist.test or in the BIND alias zone. A record stays for good and names one account: each test has its names.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AcmeSession } from '../../src/acme/index.js'
import { makePrivateKey } from '../../src/pki/keys.js'
import { bedInputs, publishTxt, rfc2136Env, topology, txtAt } from '../support/bed.js'
import { type PersistCa, type PersistCaOptions, startPersistCa } from '../support/persist-ca.js'
import { type ActionRun, runAction, runPost } from '../support/run-action.js'
import { bedFlags, certalias, outputs } from '../support/run-cli.js'

const ZONE = topology.ZONES.persist
const ALIAS_ZONE = topology.ZONES.bindAlias
const ISSUER = topology.CA_IDENTITY
/** The owner a name of PERSIST_ALIASED reaches through its CNAME, in the BIND alias zone. */
const aliasOwner = (label: string) => `_validation-persist.${label}.${ALIAS_ZONE}`

let ca: PersistCa
const fronts: PersistCa[] = []
beforeAll(async () => {
  ca = await startPersistCa()
  fronts.push(ca)
})
afterAll(async () => Promise.all(fronts.map((front) => front.close())))

/** A new account key and the account URL the CA gives it (as `certalias check` prints it). */
async function newAccount(front: PersistCa = ca): Promise<{ key: string; url: string }> {
  const key = await makePrivateKey('ec-p256')
  const session = await AcmeSession.open({ directoryUrl: front.directory, names: [] }, key, {
    debug: () => {},
  })
  session.close()
  return { key, url: session.accountUrl }
}

async function issue(
  key: string,
  domain: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
  front: PersistCa = ca,
): Promise<ActionRun> {
  return runAction({
    inputs: bedInputs({
      domain,
      challenge: 'dns-persist-01',
      account_key: key,
      acme_server: front.directory,
      ...inputs,
    }),
    env,
  })
}

const error = (run: ActionRun) =>
  run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error::'))
    .join('\n')
    .replace(/%0A/g, '\n')
/** New orders the front saw since `since` requests. */
const ordersSince = (since: number, front: PersistCa = ca) =>
  front.requests.slice(since).filter((r) => r.method === 'POST' && r.path === '/order-plz').length
const records = (run: ActionRun) => JSON.parse(run.outputs.persist_records ?? 'null')

function expectIssued(run: ActionRun, names: string) {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
  expect(run.outputs.issued).toBe('true')
  expect(run.outputs.domains).toBe(names)
}

describe('the test CA (its dns-persist-01 front)', () => {
  it('refuses an answer while no record validates, and lets it through once the record names the account', async () => {
    const name = `front.${ZONE}`
    const key = await makePrivateKey('ec-p256')
    /** An order for the name, answered: the front checks the record before Pebble hears of the answer. */
    const answer = async () => {
      const session = await AcmeSession.open(
        { directoryUrl: ca.directory, names: [name], challenge: 'dns-persist-01' },
        key,
        { debug: () => {} },
      )
      try {
        const { challenges } = await session.order()
        expect(challenges.map((c) => c.issuerDomainNames)).toEqual([[ISSUER]])
        expect(challenges[0]?.challenge.accounturi).toBe(session.accountUrl)
        await session.validate(challenges)
        return session.accountUrl
      } finally {
        session.close()
      }
    }
    await expect(answer()).rejects.toThrow(/HTTP 403.*unauthorized/)
    const refused = ca.checks.at(-1)
    expect(refused).toMatchObject({ name, served: [], refused: expect.any(String) })

    const value = `${ISSUER}; accounturi=${refused?.accountUri}`
    await publishTxt(['bind', 'pdns'], ZONE, `_validation-persist.${name}`, [value])
    expect(await answer()).toBe(refused?.accountUri)
    expect(ca.checks.at(-1)).toEqual({ name, accountUri: refused?.accountUri, served: [value] })
  })
})

describe('dns-persist-01', () => {
  it('a record on one master only stops the run before ordering, naming the other; on both, it issues with no DNS credential and no write', async () => {
    const name = `direct.${ZONE}`
    const owner = `_validation-persist.${name}`
    const { key, url } = await newAccount()
    const value = `${ISSUER}; accounturi=${url}`
    await publishTxt(['bind'], ZONE, owner, [value])

    const before = ca.requests.length
    const half = await issue(key, name)
    expect(half.code).toBe(1)
    expect(error(half)).toMatch(
      /The dns-persist-01 record is missing or wrong, no dns_provider is set to publish it; nothing was ordered or written/,
    )
    expect(error(half)).toContain(`${name}: ${owner} on ns2.example.test (${topology.PDNS}): no TXT record`)
    expect(error(half)).toContain(`${owner}. TXT "${value}"`)
    expect(error(half)).not.toContain('ns1.example.test')
    expect(ordersSince(before)).toBe(0)

    await publishTxt(['pdns'], ZONE, owner, [value])
    const run = await issue(key, name)
    expectIssued(run, name)
    expect(records(run)).toEqual([{ owner, value }])
    expect(run.stdout).toContain(`Record: ${owner} on ns1.example.test (${topology.BIND}): serves "${value}"`)
    expect(run.stdout).toContain(`Record: ${owner} on ns2.example.test (${topology.PDNS}): serves "${value}"`)
    // nothing written, nothing to clean up: the masters serve what was published by hand, and only that
    expect(run.stdout).not.toMatch(/Published|TXT written|Cleanup/)
    expect(run.state.records).toBeUndefined()
    expect(await txtAt(topology.BIND, owner)).toEqual([value])
    expect(await txtAt(topology.PDNS, owner)).toEqual([value])
    // the CA's own check of the record let the answer through
    expect(ca.checks.filter((c) => c.name === name).at(-1)).toEqual({
      name,
      accountUri: url,
      served: [value],
    })

    // the draft's just-in-time validation, as a CA that reuses the account's valid authorization shows it: the
    // next order's authorization comes back valid, and nothing is answered
    const checks = ca.checks.length
    const again = await issue(key, name)
    expectIssued(again, name)
    expect(again.stdout).toMatch(/Order created at .*: 0 challenge\(s\) to answer, 1 valid already/)
    expect(ca.checks.length).toBe(checks)
  })

  it('the record behind a CNAME into the alias zone serves the name', async () => {
    const name = `alias.${ZONE}`
    const { key, url } = await newAccount()
    const value = `${ISSUER}; accounturi=${url}`
    await publishTxt(['bind'], ALIAS_ZONE, aliasOwner('alias'), [value])
    const run = await issue(key, name)
    expectIssued(run, name)
    expect(run.stdout).toContain(`CNAME: ${name}: _validation-persist.${name} -> ${aliasOwner('alias')}`)
    expect(records(run)).toEqual([{ owner: aliasOwner('alias'), value }])
    expect(run.summary).toContain(`| ${name} | \\_validation-persist.alias.validation.bind.test | 1 |`)
  })

  it("another account's record is caught before ordering: the owner named, with the record to publish", async () => {
    const name = `other.${ZONE}`
    const owner = aliasOwner('other')
    const { key, url } = await newAccount()
    const { url: otherUrl } = await newAccount()
    await publishTxt(['bind'], ALIAS_ZONE, owner, [`${ISSUER}; accounturi=${otherUrl}`])
    const before = ca.requests.length
    const run = await issue(key, name)
    expect(run.code).toBe(1)
    expect(error(run)).toContain(
      `${name}: ${owner} on ns1.example.test (${topology.BIND}): "${ISSUER}; accounturi=${otherUrl}" names another ACME account (accounturi=${otherUrl}), not ${url}`,
    )
    expect(error(run)).toContain(`${owner}. TXT "${ISSUER}; accounturi=${url}"`)
    // the record sits behind a CNAME already: no CNAME alternative to offer
    expect(error(run)).not.toContain('CNAME _validation-persist.<a zone you can update>')
    expect(records(run)).toEqual([{ owner, value: `${ISSUER}; accounturi=${url}` }])
    expect(ordersSince(before)).toBe(0)
  })

  it("a missing record with a provider is published beside another account's, waited for, kept, and the names issued", async () => {
    const names = `publish.${ZONE},*.publish.${ZONE}`
    const owner = aliasOwner('publish')
    const { key, url } = await newAccount()
    const env = await rfc2136Env()
    const inputs = { dns_provider: 'rfc2136', persist_until: '400d' }
    const run = await issue(key, names, inputs, env)
    expectIssued(run, names)
    const [published] = records(run) as { owner: string; value: string }[]
    // apex and wildcard share the owner: one record, with the policy the wildcard needs
    expect(published?.owner).toBe(owner)
    expect(published?.value).toMatch(
      new RegExp(`^${ISSUER.replace('.', '\\.')}; accounturi=${url}; policy=wildcard; persistUntil=\\d+$`),
    )
    const until = Number(published?.value.split('persistUntil=')[1]) * 1000
    expect(until - Date.now()).toBeGreaterThan(399 * 86_400_000)
    expect(run.stdout).toMatch(/Published: every authoritative server of each zone serves the record/)
    expect(await txtAt(topology.BIND, owner)).toEqual(
      [topology.PERSIST_OTHER_ACCOUNT, published?.value].sort(),
    )
    // the CA checked the wildcard against the record's policy
    expect(ca.checks.find((c) => c.name === `*.publish.${ZONE}`)).toMatchObject({ accountUri: url })
    expect(ca.checks.find((c) => c.name === `*.publish.${ZONE}`)?.refused).toBeUndefined()
    // Pebble's certificates outlive 400 days: the record would stop validating before the renewal
    expect(run.stdout).toMatch(
      new RegExp(
        `::warning::dns-persist-01: the record at ${owner.replace(/\./g, '\\.')} stops validating at .* before this certificate's renewal`,
      ),
    )
    // persistent: neither the step nor the post step removes it
    const post = await runPost(run, { inputs: bedInputs({ domain: names }), env })
    expect(post.code).toBe(0)
    expect(await txtAt(topology.BIND, owner)).toEqual(
      [topology.PERSIST_OTHER_ACCOUNT, published?.value].sort(),
    )
  })

  it('a wildcard whose record lacks policy=wildcard is caught before ordering, with the record that has it', async () => {
    const name = `*.wild.${ZONE}`
    const owner = aliasOwner('wild')
    const { key, url } = await newAccount()
    await publishTxt(['bind'], ALIAS_ZONE, owner, [`${ISSUER}; accounturi=${url}`])
    const before = ca.requests.length
    const run = await issue(key, name)
    expect(run.code).toBe(1)
    expect(error(run)).toContain(`lacks policy=wildcard, which a wildcard name needs`)
    expect(error(run)).toContain(`${owner}. TXT "${ISSUER}; accounturi=${url}; policy=wildcard"`)
    expect(ordersSince(before)).toBe(0)
  })

  it('a record past its persistUntil is caught before ordering', async () => {
    const name = `expired.${ZONE}`
    const { key, url } = await newAccount()
    const past = Math.floor(Date.now() / 1000) - 60
    await publishTxt(['bind'], ALIAS_ZONE, aliasOwner('expired'), [
      `${ISSUER}; accounturi=${url}; persistUntil=${past}`,
    ])
    const before = ca.requests.length
    const run = await issue(key, name)
    expect(run.code).toBe(1)
    expect(error(run)).toContain(
      `stopped validating at ${new Date(past * 1000).toISOString()} (persistUntil)`,
    )
    expect(ordersSince(before)).toBe(0)
  })

  it('a CAA record that allows the CA only with dns-01 stops a dns-persist-01 run before ordering (RFC 8657)', async () => {
    const { key } = await newAccount()
    const before = ca.requests.length
    const run = await issue(key, 'caa.persist.test')
    expect(run.code).toBe(1)
    expect(error(run)).toMatch(/CAA records forbid this CA for some names; nothing was ordered or written/)
    expect(error(run)).toContain('only with validationmethods=dns-01, not dns-persist-01')
    expect(ordersSince(before)).toBe(0)
  })

  it('a CAA record that binds the CA to another account stops the run once the account is known, before the record is judged or anything ordered (RFC 8657)', async () => {
    const { key, url } = await newAccount()
    const before = ca.requests.length
    const run = await issue(key, 'caa-account.persist.test')
    expect(run.code).toBe(1)
    expect(error(run)).toMatch(/CAA records forbid this CA for some names; nothing was ordered or written/)
    expect(error(run)).toContain(`only to the ACME account ${topology.OTHER_ACCOUNT_URL}, not ${url}`)
    expect(run.stdout).toContain(`ACME account: ${url}`)
    expect(run.stdout).not.toMatch(/Record: _validation-persist/)
    expect(ordersSince(before)).toBe(0)
  })

  const malformed: [string, PersistCaOptions, RegExp][] = [
    [
      '11 issuer names',
      { issuers: Array.from({ length: 11 }, (_, i) => (i === 0 ? ISSUER : `ca${i}.test`)) },
      /the CA's dns-persist-01 challenge for malformed\.persist\.test is malformed: issuer-domain-names has 11 entries \(the draft allows 1 to 10\)/,
    ],
    [
      'issuer names without the one the record names',
      { issuers: ['other-ca.test'] },
      /the CA's dns-persist-01 challenge for malformed\.persist\.test is malformed for this record: its issuer-domain-names \("other-ca\.test"\) do not hold pebble\.test/,
    ],
  ]
  for (const [what, options, why] of malformed) {
    it(`a challenge with ${what} is malformed: the run stops after the order, and answers nothing`, async () => {
      const front = await startPersistCa(options)
      fronts.push(front)
      const { key, url } = await newAccount(front)
      await publishTxt(['bind'], ALIAS_ZONE, aliasOwner('malformed'), [`${ISSUER}; accounturi=${url}`])
      const run = await issue(key, `malformed.${ZONE}`, {}, {}, front)
      expect(run.code).toBe(1)
      expect(error(run)).toMatch(why)
      expect(ordersSince(0, front)).toBe(1)
      expect(front.checks).toEqual([])
    })
  }
})

describe('dns-persist-01 setup check', () => {
  it('mode: check prints the exact record per name, a row per master carrying owner and value, and passes once it is published', async () => {
    const aliased = `check.${ZONE}`
    const direct = `checkdirect.${ZONE}`
    const { key, url } = await newAccount()
    const value = `${ISSUER}; accounturi=${url}`
    const check = () =>
      runAction({
        inputs: bedInputs({
          mode: 'check',
          domain: `${aliased}, ${direct}`,
          challenge: 'dns-persist-01',
          account_key: key,
          acme_server: ca.directory,
        }),
      })
    const first = await check()
    expect(first.code).toBe(1)
    const rows = JSON.parse(first.outputs.check_report ?? '[]') as Record<string, string>[]
    const persist = rows.filter((r) => r.check === 'persist')
    expect(persist.map((r) => [r.subject, r.status, r.owner, r.value])).toEqual(
      expect.arrayContaining([
        [`${aliasOwner('check')} on ns1.example.test (${topology.BIND})`, 'fail', aliasOwner('check'), value],
        [
          `_validation-persist.${direct} on ns1.example.test (${topology.BIND})`,
          'fail',
          `_validation-persist.${direct}`,
          value,
        ],
        [
          `_validation-persist.${direct} on ns2.example.test (${topology.PDNS})`,
          'fail',
          `_validation-persist.${direct}`,
          value,
        ],
      ]),
    )
    expect(persist).toHaveLength(3)
    expect(persist[0]?.fix).toMatch(/^publish _validation-persist\..* TXT "pebble\.test; accounturi=/)
    expect(rows.find((r) => r.check === 'write')).toMatchObject({ status: 'skip', subject: 'dns_provider' })
    expect(first.stdout).toContain(
      `dns-persist-01 record for ${aliased}: ${aliasOwner('check')}. TXT "${value}"`,
    )
    expect(first.stdout).toContain(
      `dns-persist-01 record for ${direct}: _validation-persist.${direct}. TXT "${value}"`,
    )
    expect(first.stdout).toContain(
      `or "_validation-persist.${direct}. CNAME _validation-persist.<a zone you can update>."`,
    )
    expect(records(first)).toEqual(
      expect.arrayContaining([
        { owner: aliasOwner('check'), value },
        { owner: `_validation-persist.${direct}`, value },
      ]),
    )

    // published exactly as printed: every row passes
    for (const { owner } of records(first) as { owner: string }[]) {
      if (owner.endsWith(ALIAS_ZONE)) await publishTxt(['bind'], ALIAS_ZONE, owner, [value])
      else await publishTxt(['bind', 'pdns'], ZONE, owner, [value])
    }
    const second = await check()
    expect(second.code, second.stdout).toBe(0)
    const passed = (JSON.parse(second.outputs.check_report ?? '[]') as Record<string, string>[]).filter(
      (r) => r.check === 'persist',
    )
    expect(passed.map((r) => r.status)).toEqual(['pass', 'pass', 'pass'])
  })

  it('certalias check --challenge dns-persist-01 prints the record to publish, no DNS provider needed', async () => {
    const name = `cli.${ZONE}`
    const { key, url } = await newAccount()
    // as the README's setup step: the key from a file
    const keyFile = join(await mkdtemp(join(tmpdir(), 'certalias-persist-')), 'account.pem')
    await writeFile(keyFile, key, { mode: 0o600 })
    const run = await certalias([
      'check',
      '--challenge',
      'dns-persist-01',
      '--domain',
      name,
      '--account-key-file',
      keyFile,
      ...bedFlags(),
      '--acme-server',
      ca.directory,
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `dns-persist-01 record for ${name}: ${aliasOwner('cli')}. TXT "${ISSUER}; accounturi=${url}"`,
    )
    expect(JSON.parse(outputs(run.stdout).persist_records ?? '[]')).toEqual([
      { owner: aliasOwner('cli'), value: `${ISSUER}; accounturi=${url}` },
    ])
    expect(run.stderr).not.toContain(key.split('\n')[1] as string)
  })
})
