import { describe, expect, it } from 'vitest'
import { normalizeName } from '../../src/names/index.js'
import { groupByOwner, PlanError, resolveOwner } from '../../src/pipeline/plan.js'

const www = normalizeName('www.example.com')
const chainToAlias = ['_acme-challenge.www.example.com', '_acme-challenge.validation.example.org']

describe('alias resolution', () => {
  it('follows the published chain to its end when domain_alias is empty', () => {
    const chain = [
      '_acme-challenge.www.example.com',
      '_acme-challenge.www.hop.example',
      'www.acme-dns.example.org',
    ]
    expect(resolveOwner(www, chain, undefined)).toBe('www.acme-dns.example.org')
  })

  it('uses the name itself when no CNAME is published and no alias is given (plain DNS-01)', () => {
    expect(resolveOwner(www, ['_acme-challenge.www.example.com'], undefined)).toBe(
      '_acme-challenge.www.example.com',
    )
  })

  it('accepts domain_alias as the full owner name', () => {
    expect(resolveOwner(www, chainToAlias, '_acme-challenge.validation.example.org')).toBe(
      '_acme-challenge.validation.example.org',
    )
  })

  it('accepts domain_alias in zone style, as acme.sh takes it', () => {
    expect(resolveOwner(www, chainToAlias, 'validation.example.org')).toBe(
      '_acme-challenge.validation.example.org',
    )
  })

  it('refuses an alias the published chain does not lead to, showing the chain', () => {
    expect(() => resolveOwner(www, chainToAlias, 'elsewhere.example.net')).toThrow(PlanError)
    expect(() => resolveOwner(www, chainToAlias, 'elsewhere.example.net')).toThrow(
      /_acme-challenge.www.example.com -> _acme-challenge.validation.example.org/,
    )
  })

  it('refuses an alias when no CNAME is published, saying which CNAME to publish', () => {
    expect(() => resolveOwner(www, ['_acme-challenge.www.example.com'], 'validation.example.org')).toThrow(
      /Publish "_acme-challenge.www.example.com. CNAME _acme-challenge.validation.example.org."/,
    )
  })

  it('refuses an intermediate hop as the alias: the TXT must go at the end of the chain', () => {
    const chain = [...chainToAlias, 'final.example.net']
    expect(() => resolveOwner(www, chain, '_acme-challenge.validation.example.org')).toThrow(PlanError)
  })
})

describe('owner grouping', () => {
  it('refuses an owner that is no host name before any zone is looked up or anything written', async () => {
    const asked: string[] = []
    const grouping = groupByOwner(
      [
        {
          name: www,
          challengeName: chainToAlias[0] as string,
          chain: [],
          owner: 'x\n::warning::injected.v.example.org',
        },
      ],
      async (owner) => {
        asked.push(owner)
        return 'v.example.org'
      },
    )
    await expect(grouping).rejects.toThrow(PlanError)
    await expect(grouping).rejects.toThrow(
      'www.example.com: the TXT owner "x\\n::warning::injected.v.example.org" is no host name ("x\\n::warning::injected" is not a label of letters, digits, hyphens and underscores)',
    )
    expect(asked).toEqual([])
  })

  it('puts apex and wildcard in one group and asks for each owner zone once', async () => {
    const apex = normalizeName('example.com')
    const wild = normalizeName('*.example.com')
    const shop = normalizeName('shop.example.net')
    const asked: string[] = []
    const groups = await groupByOwner(
      [
        {
          name: apex,
          challengeName: '_acme-challenge.example.com',
          chain: [],
          owner: '_acme-challenge.v.example.org',
        },
        {
          name: wild,
          challengeName: '_acme-challenge.example.com',
          chain: [],
          owner: '_acme-challenge.v.example.org',
        },
        {
          name: shop,
          challengeName: '_acme-challenge.shop.example.net',
          chain: [],
          owner: 'shop.v.example.org',
        },
      ],
      async (owner) => {
        asked.push(owner)
        return 'v.example.org'
      },
    )
    expect(groups).toEqual([
      { owner: '_acme-challenge.v.example.org', zone: 'v.example.org', names: [apex, wild] },
      { owner: 'shop.v.example.org', zone: 'v.example.org', names: [shop] },
    ])
    expect(asked).toEqual(['_acme-challenge.v.example.org', 'shop.v.example.org'])
  })
})
