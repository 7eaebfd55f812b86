// DuckDNS against the shared harness: the update URL as DuckDNS documents it, answering OK or KO.
import { describe, expect, it } from 'vitest'
import { createDuckdns, duckdns } from '../../src/providers/duckdns/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const TOKEN = 'a7c4d3b2-1111-2222-3333-duck0secret9'
const ZONE = 'duckdns.org'

let script: ApiScript | undefined
async function against(exchanges: Exchange[], module = duckdns) {
  script = await apiScript(exchanges)
  return providerAgainst(module, script, { DUCKDNS_TOKEN: TOKEN })
}

const update = (subdomain: string, query: Record<string, string>, answer = 'OK'): Exchange => ({
  method: 'GET',
  path: '/update',
  query: { domains: subdomain, token: TOKEN, ...query },
  reply: { body: answer, headers: { 'content-type': 'text/plain;charset=UTF-8' } },
})

describe('duckdns', () => {
  it('sets the TXT value of the subdomain that holds the owner', async () => {
    const { provider } = await against([update('alias-set', { txt: 'v1' })])
    await provider.append(ZONE, '_acme-challenge.alias-set.duckdns.org', ['v1'])
    script?.assertDone()
  })

  it('refuses two values at one owner (a name and its wildcard) before any request, saying why', async () => {
    const { provider } = await against([])
    await expect(provider.append(ZONE, '_acme-challenge.alias-two.duckdns.org', ['a', 'b'])).rejects.toThrow(
      /one TXT value per subdomain.*its own alias/,
    )
    script?.assertDone()
  })

  it('refuses a second value on a subdomain this run already wrote, instead of replacing the first', async () => {
    const { provider } = await against([update('alias-busy', { txt: 'first' })])
    await provider.append(ZONE, '_acme-challenge.alias-busy.duckdns.org', ['first'])
    await expect(
      provider.append(ZONE, '_acme-challenge.www.alias-busy.duckdns.org', ['second']),
    ).rejects.toThrow(/already holds another TXT value of this run/)
    script?.assertDone()
  })

  it('clears the value it wrote, and only then', async () => {
    const module = createDuckdns({ currentTxt: async () => ['ours'] })
    const { provider } = await against(
      [update('alias-clear', { txt: 'ours' }), update('alias-clear', { txt: '', clear: 'true' })],
      module,
    )
    await provider.append(ZONE, '_acme-challenge.alias-clear.duckdns.org', ['ours'])
    await provider.remove(ZONE, '_acme-challenge.alias-clear.duckdns.org', ['not-ours'])
    await provider.remove(ZONE, '_acme-challenge.alias-clear.duckdns.org', ['ours'])
    script?.assertDone()
  })

  it('leaves a value another run wrote over ours: clears only what DNS still serves as ours, even right after writing it', async () => {
    const owner = '_acme-challenge.alias-race.duckdns.org'
    const served = new Map<string, string[] | undefined>([[owner, ['ours']]])
    const module = createDuckdns({ currentTxt: async (_context, _zone, name) => served.get(name) })
    const { provider, host } = await against([update('alias-race', { txt: 'ours' })], module)
    await provider.append(ZONE, owner, ['ours'])
    // another run set its own value meanwhile: DuckDNS keeps one, so ours is gone
    served.set(owner, ['theirs'])
    await provider.remove(ZONE, owner, ['ours'])
    // and what DNS serves cannot be read: nothing is cleared blindly
    served.set(owner, undefined)
    await provider.remove(ZONE, owner, ['ours'])
    script?.assertDone()
    expect(host.lines.join('\n')).toMatch(
      /alias-race\.duckdns\.org now holds a value that is not ours; left as is/,
    )
    expect(host.lines.join('\n')).toMatch(
      /cannot tell whether alias-race\.duckdns\.org still holds our value/,
    )
  })

  it('in a later process clears only when DNS still serves our value', async () => {
    const served = new Map([
      ['_acme-challenge.alias-post.duckdns.org', ['ours']],
      ['_acme-challenge.alias-taken.duckdns.org', ['someone-else']],
    ])
    const module = createDuckdns({ currentTxt: async (_context, _zone, owner) => served.get(owner) })
    const { provider } = await against([update('alias-post', { txt: '', clear: 'true' })], module)
    await provider.remove(ZONE, '_acme-challenge.alias-taken.duckdns.org', ['ours'])
    await provider.remove(ZONE, '_acme-challenge.alias-post.duckdns.org', ['ours'])
    script?.assertDone()
  })

  it('refuses an owner outside duckdns.org', async () => {
    const { provider } = await against([])
    await expect(provider.append('example.org', '_acme-challenge.example.org', ['v1'])).rejects.toThrow(
      /not under duckdns\.org/,
    )
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...update('alias-slow', { txt: 'v1' }),
        reply: { status: 429, headers: { 'retry-after': '5' }, body: 'KO' },
      },
      update('alias-slow', { txt: 'v1' }),
    ])
    await provider.append(ZONE, '_acme-challenge.alias-slow.duckdns.org', ['v1'])
    expect(sleeps).toEqual([5000])
    script?.assertDone()
  })

  it('names DUCKDNS_TOKEN when DuckDNS answers KO, and never shows the token', async () => {
    const { provider, host } = await against([update('alias-ko', { txt: 'v1' }, 'KO')])
    const error = await provider
      .append(ZONE, '_acme-challenge.alias-ko.duckdns.org', ['v1'])
      .catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/duckdns: .*alias-ko\.duckdns\.org answered KO.*DUCKDNS_TOKEN/)
    expect((error as Error).message).not.toContain(TOKEN)
    expect(host.masked).toContain(TOKEN)
    script?.assertDone()
  })
})
