// CAA (RFC 8659): which record set applies to a name, and whether it lets the CA issue, wildcards included.
import { describe, expect, it } from 'vitest'
import type { Resolver } from '../../src/dns/resolver.js'
import type { CaaData, DnsResponse, QueryOptions } from '../../src/dns/wire.js'
import { normalizeName } from '../../src/names/index.js'
import { CaaReader } from '../../src/pipeline/caa.js'

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

async function verdict(name: string, records: Record<string, CaaData[]>, fail: string[] = []) {
  return new CaaReader(resolver(records, fail)).verdict(normalizeName(name), LE)
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
