// CAA (RFC 8659): which record set applies to a name, and whether it lets the CA issue, wildcards included.
import { describe, expect, it } from 'vitest'
import type { Resolver } from '../../src/dns/resolver.js'
import type { CaaData, DnsResponse, QueryOptions } from '../../src/dns/wire.js'
import { normalizeName } from '../../src/names/index.js'
import { type CaaBinding, CaaReader, caaPreflight } from '../../src/pipeline/caa.js'

/**
 * A resolver that serves the CAA records given per domain; `fail` domains fail, `silent` ones never answer (until
 * the question is given up on).
 */
function resolver(
  records: Record<string, CaaData[]>,
  fail: string[] = [],
  silent: string[] = [],
): Resolver & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    async recursive(name: string, _type: string, options: QueryOptions = {}): Promise<DnsResponse> {
      asked.push(name)
      if (fail.includes(name)) throw new Error(`resolver answered SERVFAIL for ${name} CAA`)
      if (silent.includes(name))
        await new Promise((_, reject) =>
          options.signal?.addEventListener('abort', () => reject(new Error('given up on'))),
        )
      const answers = (records[name] ?? []).map((data) => ({ name, type: 'CAA', ttl: 60, data }))
      return { rcode: 'NOERROR', authoritative: false, answers, authorities: [], additionals: [] }
    },
  } as unknown as Resolver & { asked: string[] }
}

const issue = (value: string): CaaData => ({ critical: false, tag: 'issue', value })
const wild = (value: string): CaaData => ({ critical: false, tag: 'issuewild', value })
const LE = ['letsencrypt.org']

async function verdict(
  name: string,
  records: Record<string, CaaData[]>,
  fail: string[] = [],
  binding?: CaaBinding,
) {
  return new CaaReader(resolver(records, fail)).verdict(normalizeName(name), LE, binding)
}

describe('CAA', () => {
  const cases: [string, string, Record<string, CaaData[]>, string, RegExp][] = [
    ['no record anywhere', 'www.example.com', {}, 'allowed', /no CAA record applies/],
    [
      'a record for this CA at the name',
      'www.example.com',
      { 'www.example.com': [issue('letsencrypt.org')] },
      'allowed',
      /allows letsencrypt\.org/,
    ],
    [
      'a record at the parent applies below it',
      'a.b.example.com',
      { 'example.com': [issue('letsencrypt.org; validationmethods=dns-01')] },
      'allowed',
      /CAA at example\.com allows/,
    ],
    [
      'the closest record set wins over the parent',
      'www.example.com',
      { 'www.example.com': [issue('pki.goog')], 'example.com': [issue('letsencrypt.org')] },
      'forbidden',
      /lets pki\.goog issue, not letsencrypt\.org/,
    ],
    [
      'issue ";" forbids every CA',
      'example.com',
      { 'example.com': [issue(';')] },
      'forbidden',
      /lets no CA issue/,
    ],
    [
      'only iodef: any CA may issue',
      'example.com',
      { 'example.com': [{ critical: false, tag: 'iodef', value: 'mailto:x@example.com' }] },
      'allowed',
      /names no issuer/,
    ],
    [
      'issuewild governs a wildcard name',
      '*.example.com',
      { 'example.com': [issue('letsencrypt.org'), wild(';')] },
      'forbidden',
      /\(issuewild\)/,
    ],
    [
      'without issuewild, issue governs a wildcard',
      '*.example.com',
      { 'example.com': [issue('letsencrypt.org')] },
      'allowed',
      /allows/,
    ],
    [
      'issuewild does not govern a plain name',
      'example.com',
      { 'example.com': [issue('letsencrypt.org'), wild(';')] },
      'allowed',
      /allows/,
    ],
    [
      'an unknown critical property forbids',
      'example.com',
      { 'example.com': [{ critical: true, tag: 'tbs', value: 'x' }] },
      'forbidden',
      /critical CAA property "tbs"/,
    ],
    [
      'issuer names compare case-insensitively',
      'example.com',
      { 'example.com': [issue('LetsEncrypt.ORG')] },
      'allowed',
      /allows/,
    ],
  ]
  for (const [what, name, records, status, detail] of cases) {
    it(`${what}: ${status}`, async () => {
      const v = await verdict(name, records)
      expect(v.status).toBe(status)
      expect(v.detail).toMatch(detail)
    })
  }

  describe('RFC 8657: accounturi and validationmethods', () => {
    const ACCOUNT = 'https://acme-v02.api.letsencrypt.org/acme/acct/1'
    const persist: CaaBinding = { method: 'dns-persist-01', accountUri: ACCOUNT }
    const bound: [string, CaaData[], CaaBinding | undefined, string, RegExp][] = [
      [
        'a record allowing only dns-01 forbids dns-persist-01',
        [issue('letsencrypt.org; validationmethods=dns-01')],
        persist,
        'forbidden',
        /lets letsencrypt\.org issue only with validationmethods=dns-01, not dns-persist-01$/,
      ],
      [
        'a method among several listed',
        [issue('letsencrypt.org; validationmethods=http-01,dns-persist-01')],
        persist,
        'allowed',
        /allows letsencrypt\.org/,
      ],
      [
        'dns-01 by default, as an issuing dns-01 run is',
        [issue('letsencrypt.org; validationmethods=http-01')],
        undefined,
        'forbidden',
        /not dns-01$/,
      ],
      ['our account', [issue(`letsencrypt.org; accounturi=${ACCOUNT}`)], persist, 'allowed', /allows/],
      [
        'another account',
        [issue('letsencrypt.org; accounturi=https://acme-v02.api.letsencrypt.org/acme/acct/2')],
        persist,
        'forbidden',
        /only to the ACME account https:\/\/acme-v02\.api\.letsencrypt\.org\/acme\/acct\/2, not https:.*\/acct\/1$/,
      ],
      [
        'an account while ours is not known: not decided here',
        [issue(`letsencrypt.org; accounturi=${ACCOUNT}`)],
        { method: 'dns-01' },
        'unknown',
        /this run's account is not known here/,
      ],
      [
        'accounturi given twice is unsatisfiable',
        [issue(`letsencrypt.org; accounturi=${ACCOUNT}; accounturi=${ACCOUNT}`)],
        persist,
        'forbidden',
        /under no account \(accounturi given twice\)/,
      ],
      [
        'one record of several is enough',
        [
          issue('letsencrypt.org; validationmethods=dns-01'),
          issue(`letsencrypt.org; validationmethods=dns-persist-01; accounturi=${ACCOUNT}`),
        ],
        persist,
        'allowed',
        /allows/,
      ],
      [
        "another CA's parameters are not ours to judge",
        [issue('pki.goog; validationmethods=http-01'), issue('letsencrypt.org')],
        persist,
        'allowed',
        /allows/,
      ],
      [
        'a value that is not issue-value syntax names no CA',
        [issue('letsencrypt.org accounturi=x')],
        persist,
        'forbidden',
        /lets no CA issue/,
      ],
    ]
    for (const [what, set, binding, status, detail] of bound) {
      it(`${what}: ${status}`, async () => {
        const v = await verdict('example.com', { 'example.com': set }, [], binding)
        expect(v.status).toBe(status)
        expect(v.detail).toMatch(detail)
      })
    }
  })

  describe('caaPreflight before and after the account is known', () => {
    const ACCOUNT = 'https://acme-v02.api.letsencrypt.org/acme/acct/1'
    const records = {
      'bound.example': [issue(`letsencrypt.org; accounturi=${ACCOUNT}`)],
      'open.example': [issue('letsencrypt.org')],
      'unread.example': [],
    }
    const names = ['bound.example', 'open.example', 'www.unread.example'].map(normalizeName)

    it('holds back, without a warning, only the names whose record waits for the account; they pass with ours', async () => {
      const reader = new CaaReader(resolver(records, ['unread.example']))
      const warnings: string[] = []
      const awaiting = await caaPreflight({ names }, reader, LE, (m) => warnings.push(m), {
        method: 'dns-01',
      })
      expect(awaiting.map((n) => n.name)).toEqual(['bound.example'])
      // the record set that cannot be read is still a warning; the one naming an account is not yet
      expect(warnings).toEqual([expect.stringMatching(/^CAA: www\.unread\.example: CAA at unread\.example/)])
      const ours = { method: 'dns-01', accountUri: ACCOUNT }
      expect(await caaPreflight({ names: awaiting }, reader, LE, (m) => warnings.push(m), ours)).toEqual([])
      expect(warnings).toHaveLength(1)
    })

    it('stops the run once the account is known when the record names another', async () => {
      const reader = new CaaReader(resolver(records))
      const awaiting = await caaPreflight({ names }, reader, LE, () => {}, { method: 'dns-01' })
      const other = { method: 'dns-01', accountUri: `${ACCOUNT}0` }
      await expect(caaPreflight({ names: awaiting }, reader, LE, () => {}, other)).rejects.toThrow(
        /CAA records forbid this CA for some names[\s\S]*- bound\.example: .*only to the ACME account .*acct\/1, not .*acct\/10/,
      )
    })
  })

  it('a level below the top that cannot be read leaves the answer unknown; the top-level domain does not', async () => {
    expect((await verdict('www.example.com', {}, ['example.com'])).status).toBe('unknown')
    expect((await verdict('www.example.com', {}, ['com'])).status).toBe('allowed')
  })

  it('reads every level as soon as asked to, beside the rest of the run, and gives up on a silent one at its deadline', async () => {
    const dns = resolver({}, [], ['example.com'])
    const reader = new CaaReader(dns, 50)
    reader.prefetch([normalizeName('www.example.com')])
    expect(dns.asked.sort()).toEqual(['com', 'example.com', 'www.example.com'])
    const v = await reader.verdict(normalizeName('www.example.com'), LE)
    expect(v).toMatchObject({
      status: 'unknown',
      detail: 'CAA at example.com could not be read: no answer within 0.05 s',
    })
    expect(dns.asked).toHaveLength(3)
  })

  it('asks each level once, however many names share it', async () => {
    const dns = resolver({})
    const reader = new CaaReader(dns)
    await Promise.all(
      ['example.com', '*.example.com', 'www.example.com'].map((n) => reader.verdict(normalizeName(n), LE)),
    )
    expect(dns.asked.sort()).toEqual(['com', 'example.com', 'www.example.com'])
  })
})
