// httpreq against the shared harness: the requests lego's httpreq protocol documents, one POST per value.
import { describe, expect, it } from 'vitest'
import { httpreq } from '../../src/providers/httpreq/index.js'
import { recordingHost } from '../support/host.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const USER = 'acme-hook'
const PASSWORD = 'hook-password-Secret-9f2c'
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`
const OWNER = '_acme-challenge.validation.example.org'
const ZONE = 'validation.example.org'
const BASE = '/acme'

let script: ApiScript | undefined
async function against(exchanges: Exchange[], env: Record<string, string> = {}) {
  script = await apiScript(exchanges)
  return providerAgainst(
    httpreq,
    script,
    { HTTPREQ_USERNAME: USER, HTTPREQ_PASSWORD: PASSWORD, ...env },
    BASE,
  )
}

const call = (action: 'present' | 'cleanup', value: string, status = 200): Exchange => ({
  method: 'POST',
  path: `${BASE}/${action}`,
  headers: { authorization: BASIC, 'content-type': 'application/json' },
  body: { fqdn: `${OWNER}.`, value },
  reply: { status },
})

describe('httpreq', () => {
  it('presents each value with the fqdn ending in a dot, keeping the one presented before', async () => {
    const { provider } = await against([
      call('present', 'old'),
      call('present', 'apex'),
      call('present', 'wild'),
    ])
    await provider.append(ZONE, OWNER, ['old'])
    // the server adds on /present; nothing is sent that would replace "old"
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    script?.assertDone()
  })

  it('removes one of two values: only that value goes to /cleanup', async () => {
    const { provider } = await against([
      call('present', 'keep'),
      call('present', 'ours'),
      call('cleanup', 'ours'),
    ])
    await provider.append(ZONE, OWNER, ['keep', 'ours'])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('sends no authorization header without HTTPREQ_USERNAME and HTTPREQ_PASSWORD', async () => {
    script = await apiScript([
      {
        method: 'POST',
        path: `${BASE}/present`,
        body: (text: string) => expect(JSON.parse(text)).toEqual({ fqdn: `${OWNER}.`, value: 'v1' }),
        reply: { status: 200 },
      },
    ])
    const { provider } = providerAgainst(httpreq, script, {}, BASE)
    await provider.append(ZONE, OWNER, ['v1'])
    expect(script.received[0]?.headers.authorization).toBeUndefined()
    script.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      { ...call('present', 'v1'), reply: { status: 429, headers: { 'retry-after': '2' } } },
      call('present', 'v1'),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([2000])
    script?.assertDone()
  })

  it('names HTTPREQ_USERNAME and HTTPREQ_PASSWORD on a 401, and never shows them', async () => {
    const { provider, host } = await against([
      { ...call('present', 'v1'), reply: { status: 401, body: `bad credentials for ${USER}:${PASSWORD}` } },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      /httpreq: POST \/acme\/present failed: HTTP 401.*HTTPREQ_USERNAME and HTTPREQ_PASSWORD/s,
    )
    expect((error as Error).message).not.toContain(PASSWORD)
    expect(host.masked).toEqual(expect.arrayContaining([PASSWORD, BASIC.slice('Basic '.length)]))
    script?.assertDone()
  })

  it('takes lego’s HTTPREQ_ENDPOINT when HTTPREQ_API_URL is not set', async () => {
    script = await apiScript([call('present', 'v1')])
    const provider = httpreq.create({
      env: {
        HTTPREQ_ENDPOINT: `${script.origin}${BASE}`,
        HTTPREQ_USERNAME: USER,
        HTTPREQ_PASSWORD: PASSWORD,
      },
      host: recordingHost(),
      resolvers: [],
    })
    await provider.append(ZONE, OWNER, ['v1'])
    script.assertDone()
  })

  it('refuses RAW mode, half a basic-auth pair and a password in the URL before sending anything', () => {
    const create = (env: Record<string, string>) => () =>
      httpreq.create({
        env: { HTTPREQ_ENDPOINT: 'https://hook.example.org', ...env },
        host: recordingHost(),
        resolvers: [],
      })
    expect(create({ HTTPREQ_MODE: 'RAW' })).toThrow(/HTTPREQ_MODE=RAW is not supported/)
    expect(create({ HTTPREQ_USERNAME: USER })).toThrow(/go together/)
    expect(create({ HTTPREQ_ENDPOINT: `https://u:${PASSWORD}@hook.example.org` })).toThrow(
      /must not carry a user or password/,
    )
    expect(create({ HTTPREQ_ENDPOINT: `https://u:${PASSWORD}@hook.example.org` })).not.toThrow(
      new RegExp(PASSWORD),
    )
  })
})
