// The pieces HTTP providers share: their HttpClient setup and the TTL setting.
import { describe, expect, it } from 'vitest'
import { providerHttp } from '../../src/http/api.js'
import { closeProvider } from '../../src/providers/index.js'
import { rememberedUntilFailed } from '../../src/providers/serialize.js'
import { readTtl } from '../../src/providers/ttl.js'
import type { ProviderContext } from '../../src/providers/types.js'
import { pathSegment, zoneFinder, zoneFromListing } from '../../src/providers/zone.js'
import { recordingHost } from '../support/host.js'
import { apiScript } from '../support/provider-harness.js'

describe('providerHttp', () => {
  it('masks every non-empty secret, takes <PREFIX>_API_URL over the default and sends the headers', async () => {
    const script = await apiScript([
      { method: 'GET', path: '/v1/ping', headers: { 'x-key': 'k3y' }, reply: { body: { ok: true } } },
    ])
    try {
      const host = recordingHost()
      const context: ProviderContext = { env: { DEMO_API_URL: `${script.origin}/v1` }, host, resolvers: [] }
      const http = providerHttp(context, {
        provider: 'demo',
        apiUrlEnv: 'DEMO_API_URL',
        defaultUrl: 'https://api.invalid/v1',
        headers: { 'x-key': 'k3y' },
        secrets: ['k3y', ''],
        credentialHint: 'DEMO_KEY',
      })
      expect(host.masked).toEqual(['k3y'])
      expect((await http.request('GET', '/ping')).body).toEqual({ ok: true })
      script.assertDone()
    } finally {
      await script.close()
    }
  })

  it('uses the default URL when <PREFIX>_API_URL is blank, and a base URL given outright', () => {
    const host = recordingHost()
    const context: ProviderContext = { env: { DEMO_API_URL: '' }, host, resolvers: [] }
    expect(() =>
      providerHttp(context, {
        provider: 'demo',
        apiUrlEnv: 'DEMO_API_URL',
        defaultUrl: 'https://api.invalid',
      }),
    ).not.toThrow()
    expect(() => providerHttp(context, { provider: 'demo', baseUrl: 'not a url' })).toThrow()
  })
})

describe('readTtl', () => {
  it('gives the default for an unset or blank variable', () => {
    expect(readTtl({}, 'X_TTL', { default: 120 })).toBe(120)
    expect(readTtl({ X_TTL: ' ' }, 'X_TTL', { default: 120 })).toBe(120)
    expect(readTtl({ X_TTL: ' 300 ' }, 'X_TTL', { default: 120 })).toBe(300)
  })

  it.each([
    [{ default: 60 }, '1m', 'X_TTL must be a whole number of seconds, e.g. 60; got "1m"'],
    [{ default: 60 }, '0', 'X_TTL must be a whole number of seconds, e.g. 60; got "0"'],
    [{ default: 60 }, '2147483648', 'X_TTL must be a whole number of seconds, e.g. 60; got "2147483648"'],
    [{ default: 30, min: 30 }, '29', 'X_TTL must be a whole number of seconds, 30 or more; got "29"'],
    [
      { default: 600, min: 600, note: "GoDaddy's minimum" },
      '60',
      `X_TTL must be a whole number of seconds, 600 or more (GoDaddy's minimum); got "60"`,
    ],
    [
      { default: 3600, max: 604_800 },
      '604801',
      'X_TTL must be a whole number of seconds up to 604800, e.g. 3600; got "604801"',
    ],
    [
      { default: 120, min: 60, max: 60000 },
      '59',
      'X_TTL must be a whole number of seconds from 60 to 60000; got "59"',
    ],
  ])('with %j refuses %s', (rule, value, message) => {
    expect(() => readTtl({ X_TTL: value }, 'X_TTL', rule)).toThrow(message)
  })

  it('accepts 0 when the minimum is 0', () => {
    expect(readTtl({ X_TTL: '0' }, 'X_TTL', { default: 60, min: 0 })).toBe(0)
  })
})

describe('pathSegment', () => {
  it('keeps /, ? and % inside one segment', () => {
    expect(pathSegment('a%2f../b?c')).toBe('a%252f..%2Fb%3Fc')
  })

  it.each(['', '.', '..'])('refuses %j, which URL parsing would resolve to another path', (text) => {
    expect(() => pathSegment(text)).toThrow(/cannot be a segment of an API path/)
  })
})

describe('zoneFromListing', () => {
  it('picks the longest listed zone holding the owner, asking for the listing once', async () => {
    let asked = 0
    const zoneOf = zoneFromListing(async () => {
      asked++
      return ['Example.org.', 'validation.example.org', 'other.test']
    })
    expect(await zoneOf('_acme-challenge.validation.example.org')).toBe('validation.example.org')
    expect(await zoneOf('example.org')).toBe('example.org')
    // a name that only ends like a zone is not inside it
    expect(await zoneOf('notexample.org')).toBeUndefined()
    expect(asked).toBe(1)
  })

  it('asks again after a listing that failed', async () => {
    let asked = 0
    const zoneOf = zoneFromListing(async () => {
      if (++asked === 1) throw new Error('HTTP 503')
      return ['example.org']
    })
    await expect(zoneOf('a.example.org')).rejects.toThrow('HTTP 503')
    expect(await zoneOf('a.example.org')).toBe('example.org')
  })
})

describe('closeProvider', () => {
  it('closes a provider that opened a session, and turns a failed logout into a warning', async () => {
    const warnings: string[] = []
    let closed = 0
    const base = { id: 'demo', append: async () => {}, remove: async () => {} }
    await closeProvider({ ...base, close: async () => void closed++ }, (m) => warnings.push(m))
    await closeProvider(base, (m) => warnings.push(m))
    await closeProvider(
      {
        ...base,
        close: async () => {
          throw new Error('logout refused')
        },
      },
      (m) => warnings.push(m),
    )
    expect(closed).toBe(1)
    expect(warnings).toEqual(['demo: could not log out: logout refused'])
  })
})

describe('zoneFinder and rememberedUntilFailed', () => {
  it('asks once per zone and owner, walks up the labels, and asks again after a failed search', async () => {
    const asked: string[] = []
    let fail = true
    const find = zoneFinder(
      async (candidate) => {
        asked.push(candidate)
        if (fail) throw new Error('network down')
        return candidate === 'example.org' ? { id: 7 } : undefined
      },
      (owner, tried) => `no zone for ${owner} (tried ${tried.join(', ')})`,
    )
    await expect(find('a.example.org', '_acme-challenge.a.example.org')).rejects.toThrow('network down')
    fail = false
    expect(await find('a.example.org', '_acme-challenge.a.example.org')).toEqual({
      name: 'example.org',
      zone: { id: 7 },
    })
    expect(await find('a.example.org', '_acme-challenge.a.example.org')).toEqual({
      name: 'example.org',
      zone: { id: 7 },
    })
    expect(asked).toEqual(['a.example.org', 'a.example.org', 'example.org'])
    await expect(find('other.test', '_acme-challenge.other.test')).rejects.toThrow(
      'no zone for _acme-challenge.other.test (tried other.test)',
    )
  })

  it('shares one listing between callers and lists again after a failure', async () => {
    let calls = 0
    const list = rememberedUntilFailed(async () => {
      calls++
      if (calls === 1) throw new Error('timeout')
      return ['zone']
    })
    await expect(list()).rejects.toThrow('timeout')
    expect(await Promise.all([list(), list()])).toEqual([['zone'], ['zone']])
    expect(calls).toBe(2)
  })
})
