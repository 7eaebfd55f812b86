// dns-persist-01 before the order, against a scripted resolver: each owner judged on every authoritative server
// of its zone, the message that stops a run without a provider, and the order's challenges against the records.
// The same steps against real servers: test/e2e/persist.test.ts.
import { describe, expect, it } from 'vitest'
import type { Challenge } from '../../src/acme/index.js'
import type { AuthoritativeServer, Resolver } from '../../src/dns/resolver.js'
import type { DnsResponse } from '../../src/dns/wire.js'
import { normalizeName } from '../../src/names/index.js'
import {
  checkChallengeIssuers,
  cnameAlternative,
  judgeOwners,
  missingRecordsError,
  PersistError,
} from '../../src/pipeline/persist.js'
import type { Plan } from '../../src/pipeline/plan.js'

const ACCOUNT = 'https://ca.example/acct/1'
const OURS = `ca.example; accounturi=${ACCOUNT}`
const NOW = new Date('2026-06-01T00:00:00Z')

const server = (name: string, address: string, unreachable?: string): AuthoritativeServer => ({
  name,
  addresses: unreachable ? [] : [address],
  ...(unreachable ? { unreachable } : {}),
})
const NS1 = server('ns1.example.com', '192.0.2.1')
const NS2 = server('ns2.example.com', '192.0.2.2')
const NS6 = server('ns6.example.com', '', 'it has only IPv6 addresses')

type Answer = string[] | 'timeout' | 'REFUSED'

/** A resolver whose zone has `servers`; each server answers TXT at any owner as `answers` says. */
function resolver(servers: AuthoritativeServer[], answers: Record<string, Answer>): Resolver {
  return {
    zoneServers: async (zone: string) => ({ zone, servers }),
    askServer: async (s: AuthoritativeServer, owner: string): Promise<DnsResponse> => {
      const answer = answers[s.name] ?? []
      if (answer === 'timeout') throw new Error('no answer from 192.0.2.2 within 1500 ms')
      const rcode = answer === 'REFUSED' ? 'REFUSED' : 'NOERROR'
      const values = Array.isArray(answer) ? answer : []
      return {
        rcode,
        authoritative: answer !== 'REFUSED',
        answers: values.map((data) => ({ name: owner, type: 'TXT', ttl: 60, data })),
        authorities: [],
        additionals: [],
      }
    },
  } as unknown as Resolver
}

/** A plan of one owner: the names' own `_validation-persist` owner, or `alias` behind a CNAME. */
function plan(names: string[], alias?: string): Plan {
  const certNames = names.map(normalizeName)
  const base = certNames[0]?.base as string
  const chain = [`_validation-persist.${base}`, ...(alias ? [alias] : [])]
  const owner = chain[chain.length - 1] as string
  return {
    names: certNames.map((name) => ({ name, challengeName: chain[0] as string, chain, owner })),
    owners: [{ owner, zone: alias ? 'validation.example.org' : base, names: certNames }],
  }
}

const account = { issuers: ['ca.example'], accountUri: ACCOUNT, now: NOW }

describe('judgeOwners', () => {
  it('passes an owner only when every server that can be asked serves a record that validates', async () => {
    const [both] = await judgeOwners(
      plan(['example.com']),
      resolver([NS1, NS2], { [NS1.name]: [OURS], [NS2.name]: [OURS] }),
      account,
    )
    expect(both).toMatchObject({
      ok: true,
      record: { owner: '_validation-persist.example.com', value: OURS },
    })
    const [one] = await judgeOwners(
      plan(['example.com']),
      resolver([NS1, NS2], { [NS1.name]: [OURS] }),
      account,
    )
    expect(one?.ok).toBe(false)
    expect(one?.servers.map((s) => [s.server.name, s.status, s.detail])).toEqual([
      ['ns1.example.com', 'pass', `serves "${OURS}" (ca.example, this account)`],
      ['ns2.example.com', 'fail', 'no TXT record'],
    ])
  })

  it('names a server it cannot ask from here, without holding it against the record', async () => {
    const [judged] = await judgeOwners(
      plan(['example.com']),
      resolver([NS1, NS6], { [NS1.name]: [OURS] }),
      account,
    )
    expect(judged?.ok).toBe(true)
    expect(judged?.servers[1]).toMatchObject({ status: 'skip', detail: 'it has only IPv6 addresses' })
  })

  it('fails a server that does not answer, or answers without authority: the CA may ask it', async () => {
    const [judged] = await judgeOwners(
      plan(['example.com']),
      resolver([NS1, NS2], { [NS1.name]: 'REFUSED', [NS2.name]: 'timeout' }),
      account,
    )
    expect(judged?.servers.map((s) => s.detail)).toEqual([
      'answers REFUSED: it does not serve the zone (a lame server)',
      'no answer: no answer from 192.0.2.2 within 1500 ms',
    ])
  })

  it('offers our record, with policy=wildcard and persistUntil as needed, where none validates', async () => {
    const until = new Date('2027-01-01T00:00:00Z')
    const [judged] = await judgeOwners(
      plan(['example.com', '*.example.com']),
      resolver([NS1], { [NS1.name]: [OURS] }),
      { ...account, persistUntil: until },
    )
    expect(judged).toMatchObject({ ok: false, wildcard: true, issuer: 'ca.example' })
    expect(judged?.record.value).toBe(`${OURS}; policy=wildcard; persistUntil=${until.getTime() / 1000}`)
  })

  it('says when the records stop validating: the earliest end among the servers', async () => {
    const early = `${OURS}; persistUntil=${Date.parse('2026-07-01T00:00:00Z') / 1000}`
    const late = `${OURS}; persistUntil=${Date.parse('2026-09-01T00:00:00Z') / 1000}`
    const [judged] = await judgeOwners(
      plan(['example.com']),
      resolver([NS1, NS2], { [NS1.name]: [late], [NS2.name]: [early] }),
      account,
    )
    expect(judged?.persistUntil?.toISOString()).toBe('2026-07-01T00:00:00.000Z')
  })

  it('refuses to go on when the CA names no issuer domain name', async () => {
    await expect(
      judgeOwners(plan(['example.com']), resolver([NS1], {}), { ...account, issuers: [] }),
    ).rejects.toThrow(/the CA names no issuer domain name \(its directory has no meta\.caaIdentities\)/)
  })

  it('refuses an account URL or a CA identity that would write another record than meant, asking no server', async () => {
    let asked = 0
    const counting = resolver([NS1], {})
    const dns = {
      zoneServers: async (zone: string) => {
        asked++
        return counting.zoneServers(zone)
      },
    } as unknown as Resolver
    for (const hostile of [
      { ...account, accountUri: `${ACCOUNT}; policy=wildcard` },
      { ...account, issuers: ['ca.example; policy=wildcard'] },
    ]) {
      await expect(judgeOwners(plan(['example.com']), dns, hostile)).rejects.toThrow(
        /cannot be written in a dns-persist-01 record: .*policy=wildcard/,
      )
    }
    expect(asked).toBe(0)
  })
})

describe('missingRecordsError', () => {
  it('names each failing server, then the record to publish, with the CNAME alternative for a name without one', async () => {
    const [direct] = await judgeOwners(
      plan(['example.com']),
      resolver([NS1, NS2], { [NS1.name]: [OURS] }),
      account,
    )
    const error = missingRecordsError(direct ? [direct] : [], 'no dns_provider is set to publish it')
    expect(error).toBeInstanceOf(PersistError)
    expect(error.message).toBe(
      [
        'The dns-persist-01 record is missing or wrong, no dns_provider is set to publish it; nothing was ordered or written:',
        '  - example.com: _validation-persist.example.com on ns2.example.com (192.0.2.2): no TXT record',
        'Publish, in every DNS provider serving the zone (other records at the owner stay):',
        `  _validation-persist.example.com. TXT "${OURS}"`,
        '    (or "_validation-persist.example.com. CNAME _validation-persist.<a zone you can update>." with that TXT there (one record there serves every name whose CNAME leads to it))',
      ].join('\n'),
    )
  })

  it('offers no CNAME alternative where the record already sits behind one', async () => {
    const [aliased] = await judgeOwners(
      plan(['www.example.com'], '_validation-persist.validation.example.org'),
      resolver([NS1], {}),
      account,
    )
    expect(aliased && cnameAlternative(aliased)).toBeUndefined()
    expect(aliased?.record.owner).toBe('_validation-persist.validation.example.org')
  })
})

describe('checkChallengeIssuers', () => {
  const challenge = (issuers: string[], wildcard = false): Challenge =>
    ({
      identifier: 'example.com',
      wildcard,
      value: '',
      issuerDomainNames: issuers,
      challenge: { type: 'dns-persist-01', url: 'https://ca.example/chal/1', token: '', status: 'pending' },
      authorizationUrl: 'https://ca.example/authz/1',
    }) as Challenge

  it("accepts a challenge that offers the record's issuer, and refuses one that does not as malformed", async () => {
    const p = plan(['example.com'])
    const judged = await judgeOwners(p, resolver([NS1], { [NS1.name]: [OURS] }), account)
    expect(() => checkChallengeIssuers([challenge(['other.example', 'ca.example'])], p, judged)).not.toThrow()
    expect(() => checkChallengeIssuers([challenge(['other.example'])], p, judged)).toThrow(
      /the CA's dns-persist-01 challenge for example\.com is malformed for this record: its issuer-domain-names \("other\.example"\) do not hold ca\.example/,
    )
  })

  it('refuses a challenge for a name that was not ordered', async () => {
    const p = plan(['example.com'])
    const judged = await judgeOwners(p, resolver([NS1], { [NS1.name]: [OURS] }), account)
    expect(() => checkChallengeIssuers([challenge(['ca.example'], true)], p, judged)).toThrow(
      'the CA sent a challenge for *.example.com, which was not ordered',
    )
  })
})
