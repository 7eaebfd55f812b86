// Hurricane Electric against the shared harness: the dynamic DNS form POST as dns.he.net documents it.
import { describe, expect, it } from 'vitest'
import { createHe, he, parseHurricaneTokens } from '../../src/providers/he/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const KEY = 'heDynKey0secret42'
const OTHER_KEY = 'heOtherKey0secret7'
const ZONE = 'validation.example.org'
const NAMES = ['one', 'reset', 'race', 'post', 'interval', 'busy', 'slow', 'auth', 'auth200']
// every test writes its own record: what a provider wrote is remembered for the whole process
const TOKENS = [...NAMES.map((n) => `_acme-challenge.${n}.${ZONE}:${KEY}`), ` two.${ZONE}:${OTHER_KEY}`].join(
  ',',
)

let script: ApiScript | undefined
async function against(exchanges: Exchange[], module = he) {
  script = await apiScript(exchanges)
  return providerAgainst(module, script, { HURRICANE_TOKENS: TOKENS })
}

const update = (hostname: string, password: string, txt: string, answer: string, status = 200): Exchange => ({
  method: 'POST',
  path: '/nic/update',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ hostname, password, txt }).toString(),
  reply: { status, body: answer, headers: { 'content-type': 'text/html' } },
})

describe('he', () => {
  it('reads name:key pairs, with or without _acme-challenge as lego writes them', () => {
    expect(parseHurricaneTokens(`_acme-challenge.one.${ZONE}:${KEY}, two.${ZONE}.:${OTHER_KEY}`)).toEqual(
      new Map([
        [`_acme-challenge.one.${ZONE}`, KEY],
        [`two.${ZONE}`, OTHER_KEY],
      ]),
    )
    expect(() => parseHurricaneTokens('no-key-here')).toThrow(
      /HURRICANE_TOKENS must be comma-separated name:key/,
    )
  })

  it('sets the value with the key of that record, found under either name form', async () => {
    const { provider } = await against([
      update(`_acme-challenge.one.${ZONE}`, KEY, 'v1', 'good v1'),
      update(`_acme-challenge.two.${ZONE}`, OTHER_KEY, 'v2', 'nochg v2'),
    ])
    await provider.append(ZONE, `_acme-challenge.one.${ZONE}`, ['v1'])
    await provider.append(ZONE, `_acme-challenge.two.${ZONE}`, ['v2'])
    script?.assertDone()
  })

  it('refuses two values at one owner (a name and its wildcard) before any request, saying why', async () => {
    const { provider } = await against([])
    await expect(provider.append(ZONE, `_acme-challenge.one.${ZONE}`, ['a', 'b'])).rejects.toThrow(
      /holds one value; give the wildcard its own alias/,
    )
    script?.assertDone()
  })

  it('says which record has no key before any request', async () => {
    const { provider } = await against([])
    await expect(provider.append(ZONE, `_acme-challenge.three.${ZONE}`, ['v'])).rejects.toThrow(
      /HURRICANE_TOKENS has no key for _acme-challenge\.three\.validation\.example\.org/,
    )
  })

  it('resets the record to the placeholder only when the value there is ours', async () => {
    const owner = `_acme-challenge.reset.${ZONE}`
    const module = createHe({ currentTxt: async () => ['ours'] })
    const { provider } = await against(
      [update(owner, KEY, 'ours', 'good ours'), update(owner, KEY, '.', 'good .')],
      module,
    )
    await provider.append(ZONE, owner, ['ours'])
    await provider.remove(ZONE, owner, ['not-ours'])
    await provider.remove(ZONE, owner, ['ours'])
    script?.assertDone()
  })

  it('leaves a value another run wrote over ours: resets only what DNS still serves as ours, even right after writing it', async () => {
    const owner = `_acme-challenge.race.${ZONE}`
    let served: string[] | undefined = ['ours']
    const module = createHe({ currentTxt: async () => served })
    const { provider, host } = await against([update(owner, KEY, 'ours', 'good ours')], module)
    await provider.append(ZONE, owner, ['ours'])
    // another run set its own value meanwhile: the record holds one, so ours is gone
    served = ['theirs']
    await provider.remove(ZONE, owner, ['ours'])
    // and what DNS serves cannot be read: nothing is reset blindly
    served = undefined
    await provider.remove(ZONE, owner, ['ours'])
    script?.assertDone()
    expect(host.lines.join('\n')).toMatch(
      /race\.validation\.example\.org now holds a value that is not ours; left as is/,
    )
    expect(host.lines.join('\n')).toMatch(
      /cannot tell whether _acme-challenge\.race\.validation\.example\.org still holds our value/,
    )
  })

  it('in a later process resets only when DNS still serves our value', async () => {
    const module = createHe({
      currentTxt: async (_context, _zone, owner) =>
        owner.startsWith('_acme-challenge.post') ? ['ours'] : ['theirs'],
    })
    const { provider } = await against([update(`_acme-challenge.post.${ZONE}`, KEY, '.', 'good .')], module)
    await provider.remove(ZONE, `_acme-challenge.one.${ZONE}`, ['ours'])
    await provider.remove(ZONE, `_acme-challenge.post.${ZONE}`, ['ours'])
    script?.assertDone()
  })

  it('waits and tries again when HE answers interval', async () => {
    const owner = `_acme-challenge.interval.${ZONE}`
    const { provider, sleeps } = await against([
      update(owner, KEY, 'v3', 'interval'),
      update(owner, KEY, 'v3', 'good v3'),
    ])
    await provider.append(ZONE, owner, ['v3'])
    expect(sleeps).toEqual([20000])
    script?.assertDone()
  })

  it('reports interval once three tries in a row answer it, after waiting between them', async () => {
    const owner = `_acme-challenge.busy.${ZONE}`
    const { provider, sleeps } = await against([
      update(owner, KEY, 'v7', 'interval'),
      update(owner, KEY, 'v7', 'interval'),
      update(owner, KEY, 'v7', 'interval'),
    ])
    await expect(provider.append(ZONE, owner, ['v7'])).rejects.toThrow(
      /answered "interval": .*updated too often; wait a few minutes/,
    )
    expect(sleeps).toEqual([20000, 20000])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const owner = `_acme-challenge.slow.${ZONE}`
    const { provider, sleeps } = await against([
      { ...update(owner, KEY, 'v4', ''), reply: { status: 429, headers: { 'retry-after': '6' }, body: '' } },
      update(owner, KEY, 'v4', 'good v4'),
    ])
    await provider.append(ZONE, owner, ['v4'])
    expect(sleeps).toEqual([6000])
    script?.assertDone()
  })

  it('names HURRICANE_TOKENS on badauth, and never shows the key', async () => {
    const owner = `_acme-challenge.auth.${ZONE}`
    const { provider, host } = await against([update(owner, KEY, 'v5', 'badauth', 401)])
    const error = await provider.append(ZONE, owner, ['v5']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/he: POST \/nic\/update .*HTTP 401: badauth.*HURRICANE_TOKENS/s)
    expect((error as Error).message).not.toContain(KEY)
    expect(host.masked).toContain(KEY)
    script?.assertDone()
  })

  it('names HURRICANE_TOKENS when badauth comes with HTTP 200', async () => {
    const owner = `_acme-challenge.auth200.${ZONE}`
    const { provider } = await against([update(owner, KEY, 'v6', 'badauth')])
    await expect(provider.append(ZONE, owner, ['v6'])).rejects.toThrow(
      /answered "badauth": check HURRICANE_TOKENS/,
    )
    script?.assertDone()
  })
})
