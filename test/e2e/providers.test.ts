// End to end through HTTP providers: the real bundle talks to a local fake of the provider's API, the fake
// writes into the bed's BIND by RFC 2136, and Pebble validates what BIND serves. So each run checks both the
// provider's API conversation and that the values it wrote were the right ones, at the right owner.
import { X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bedInputs, topology, txtAt } from '../support/bed.js'
import { startFakeCloudflare } from '../support/fake-apis/cloudflare.js'
import { type BindStore, bindStore, type FakeApi, type SeenRequest } from '../support/fake-apis/common.js'
import { startFakeDesec } from '../support/fake-apis/desec.js'
import { startFakeGcore } from '../support/fake-apis/gcore.js'
import { type FakeInwxBind, startFakeInwxBind } from '../support/fake-apis/inwx-bind.js'
import { type ActionRun, runAction } from '../support/run-action.js'

const BIND_OWNER = '_acme-challenge.validation.bind.test'
const ALIAS_ZONE = topology.ZONES.bindAlias

async function expectIssued(run: ActionRun, names: string[]): Promise<void> {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
  expect(run.outputs.issued).toBe('true')
  expect(run.outputs.domains).toBe(names.join(','))
  const certificate = new X509Certificate(await readFile(run.outputs.certificate_path as string))
  const sans = (certificate.subjectAltName ?? '').split(', ').map((s) => s.replace(/^DNS:/, ''))
  expect(sans.sort()).toEqual([...names].sort())
}

/** Output as the runner shows it: `::add-mask::` lines carry secrets to the runner, which never prints them. */
function shown(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

function expectFailedOnToken(run: ActionRun, variable: string, token: string): void {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(1)
  expect(run.stdout).toMatch(new RegExp(`::error::.*${variable}`))
  expect(shown(run.stdout)).not.toContain(token)
  expect(shown(run.stderr)).not.toContain(token)
}

const writes = (requests: readonly SeenRequest[]) => requests.filter((r) => r.method !== 'GET')

let bind: BindStore
beforeAll(async () => {
  bind = await bindStore()
})

describe('cloudflare', () => {
  // Cloudflare API tokens are 40 characters; the fake answers a malformed one with 400, not 403.
  const token = 'cf-good-token-'.padEnd(40, 'g')
  const wrong = 'cf-wrong-token-'.padEnd(40, 'w')
  let api: FakeApi
  beforeAll(async () => {
    api = await startFakeCloudflare({ token, zones: [ALIAS_ZONE], bind })
  })
  afterAll(async () => api?.close())

  const env = (apiToken: string) => ({ CLOUDFLARE_DNS_API_TOKEN: apiToken, CLOUDFLARE_API_URL: api.apiUrl })

  it('issues www through the alias zone, one quoted record per value, each deleted by its id', async () => {
    api.requests.length = 0
    const run = await runAction({
      inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'cloudflare' }),
      env: env(token),
    })
    await expectIssued(run, ['www.example.test'])
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])

    const changes = writes(api.requests)
    expect(changes.every((r) => r.status === 200)).toBe(true)
    const posts = changes.filter((r) => r.method === 'POST')
    const deletes = changes.filter((r) => r.method === 'DELETE')
    expect(posts).toHaveLength(1)
    expect(posts[0]?.body).toMatchObject({
      type: 'TXT',
      name: BIND_OWNER,
      content: expect.stringMatching(/^"[^"]+"$/),
    })
    // the one record written is the one removed, by the id the POST answered, and nothing else was touched
    const postedId = (posts[0]?.reply as { result?: { id: string } } | undefined)?.result?.id
    expect(deletes.map((r) => r.path)).toEqual([
      expect.stringMatching(new RegExp(`/dns_records/${postedId}$`)),
    ])
    expect(changes).toHaveLength(2)
  })

  it('fails with a wrong token, naming CLOUDFLARE_DNS_API_TOKEN and never showing the token', async () => {
    api.requests.length = 0
    const run = await runAction({
      inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'cloudflare' }),
      env: env(wrong),
    })
    expectFailedOnToken(run, 'CLOUDFLARE_DNS_API_TOKEN', wrong)
    expect(api.requests.every((r) => r.status === 403)).toBe(true)
    expect(writes(api.requests).filter((r) => r.status === 200)).toEqual([])
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })
})

describe('desec', () => {
  const token = 'desec-good-token'
  const wrong = 'desec-wrong-token'
  let api: FakeApi
  beforeAll(async () => {
    // The bed's RRset at the alias owner has TTL 60 and a deSEC domain cannot hold an RRset below its
    // minimum_ttl, so this domain has the lowered minimum deSEC gives dynDNS domains.
    api = await startFakeDesec({ token, zones: [ALIAS_ZONE], bind, minimumTtl: 60 })
  })
  afterAll(async () => api?.close())

  const env = (apiToken: string) => ({ DESEC_TOKEN: apiToken, DESEC_API_URL: api.apiUrl })

  it('issues apex and wildcard with ONE write per owner to add and one to remove, quoted values', async () => {
    api.requests.length = 0
    const run = await runAction({
      inputs: bedInputs({ domain: 'example.test, *.example.test', dns_provider: 'desec' }),
      env: env(token),
    })
    await expectIssued(run, ['example.test', '*.example.test'])
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])

    // deSEC allows 2 RRset writes per second per domain: apex and wildcard values must travel together
    const changes = writes(api.requests)
    expect(changes.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `PUT /api/v1/domains/${ALIAS_ZONE}/rrsets/ 200`,
      `PUT /api/v1/domains/${ALIAS_ZONE}/rrsets/ 200`,
    ])
    const [added, removed] = changes.map(
      (r) => r.body as { subname: string; ttl: number; records: string[] }[],
    )
    expect(added).toHaveLength(1)
    expect(added?.[0]?.subname).toBe('_acme-challenge')
    // keep-me-bind plus the two challenge values, each one quoted string
    expect(added?.[0]?.records).toHaveLength(3)
    expect(added?.[0]?.records.every((r) => /^"[^"]*"$/.test(r))).toBe(true)
    expect(added?.[0]?.records).toContain('"keep-me-bind"')
    // the cleanup writes back the RRset as it was read, TTL included
    expect(removed).toEqual([
      { subname: '_acme-challenge', type: 'TXT', ttl: added?.[0]?.ttl, records: ['"keep-me-bind"'] },
    ])
  })

  it("creates a new owner's RRset at the domain's minimum_ttl and deletes it with an empty write", async () => {
    // A domain with deSEC's usual minimum_ttl of 3600 and a client asked for 60: deSEC would refuse 60.
    const strict = await startFakeDesec({ token, zones: [ALIAS_ZONE], bind, minimumTtl: 3600 })
    try {
      const owner = '_acme-challenge.b1.validation.bind.test'
      const run = await runAction({
        inputs: bedInputs({ domain: 'b1.example.test', dns_provider: 'desec' }),
        env: { DESEC_TOKEN: token, DESEC_API_URL: strict.apiUrl, DESEC_TTL: '60' },
      })
      await expectIssued(run, ['b1.example.test'])
      expect(await txtAt(topology.BIND, owner)).toEqual([])
      const changes = writes(strict.requests)
      expect(changes.map((r) => r.status)).toEqual([200, 200])
      const [added, removed] = changes.map(
        (r) => r.body as { subname: string; ttl: number; records: string[] }[],
      )
      expect(added).toEqual([
        {
          subname: '_acme-challenge.b1',
          type: 'TXT',
          ttl: 3600,
          records: [expect.stringMatching(/^"[^"]+"$/)],
        },
      ])
      expect(removed).toEqual([{ subname: '_acme-challenge.b1', type: 'TXT', ttl: 3600, records: [] }])
    } finally {
      await strict.close()
    }
  })

  it('fails with a wrong token, naming DESEC_TOKEN and never showing the token', async () => {
    api.requests.length = 0
    const run = await runAction({
      inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'desec' }),
      env: env(wrong),
    })
    expectFailedOnToken(run, 'DESEC_TOKEN', wrong)
    expect(api.requests.length).toBeGreaterThan(0)
    expect(api.requests.every((r) => r.status === 401)).toBe(true)
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })
})

describe('gcore', () => {
  const token = 'gcore-good-permanent-token'
  const wrong = 'gcore-wrong-permanent-token'
  let api: FakeApi
  beforeAll(async () => {
    api = await startFakeGcore({ token, zones: [ALIAS_ZONE], bind })
  })
  afterAll(async () => api?.close())

  const env = (apiToken: string) => ({ GCORE_PERMANENT_API_TOKEN: apiToken, GCORE_API_URL: api.apiUrl })
  const rrsetPath = `/dns/v2/zones/${ALIAS_ZONE}/${BIND_OWNER}/TXT`

  it('issues apex and wildcard: reads the existing RRset, one merged PUT; cleanup PUTs the rest back', async () => {
    api.requests.length = 0
    const run = await runAction({
      inputs: bedInputs({ domain: 'example.test, *.example.test', dns_provider: 'gcore' }),
      env: env(token),
    })
    await expectIssued(run, ['example.test', '*.example.test'])
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])

    const changes = writes(api.requests)
    expect(changes.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `PUT ${rrsetPath} 200`,
      `PUT ${rrsetPath} 200`,
    ])
    type Body = { resource_records: { content: string[] }[] }
    const contents = (r: SeenRequest | undefined) =>
      ((r?.body as Body | undefined)?.resource_records ?? []).map((record) => record.content.join('')).sort()
    // the PUT carried both values at once next to keep-me-bind, and the cleanup PUT only keep-me-bind
    expect(contents(changes[0])).toHaveLength(3)
    expect(contents(changes[0])).toContain('keep-me-bind')
    expect(contents(changes[1])).toEqual(['keep-me-bind'])
    // Gcore keeps TXT content unquoted
    expect(contents(changes[0]).every((value) => !value.startsWith('"'))).toBe(true)
  })

  it("creates a new owner's RRset with one POST and deletes it whole when nothing else is left", async () => {
    api.requests.length = 0
    const owner = '_acme-challenge.b2.validation.bind.test'
    const run = await runAction({
      inputs: bedInputs({ domain: 'b2.example.test', dns_provider: 'gcore' }),
      env: env(token),
    })
    await expectIssued(run, ['b2.example.test'])
    expect(await txtAt(topology.BIND, owner)).toEqual([])
    const path = `/dns/v2/zones/${ALIAS_ZONE}/${owner}/TXT`
    expect(writes(api.requests).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `POST ${path} 200`,
      `DELETE ${path} 200`,
    ])
  })

  it('fails with a wrong token, naming GCORE_PERMANENT_API_TOKEN and never showing the token', async () => {
    api.requests.length = 0
    const run = await runAction({
      inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'gcore' }),
      env: env(wrong),
    })
    expectFailedOnToken(run, 'GCORE_PERMANENT_API_TOKEN', wrong)
    expect(api.requests.length).toBeGreaterThan(0)
    expect(api.requests.every((r) => r.status === 401)).toBe(true)
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })
})

// The fakes are only worth something if they refuse what the real APIs refuse: checked here directly.
describe('inwx (a provider with a login session)', () => {
  const user = 'certalias-bot'
  const password = 'inwx-good-password'
  let api: FakeInwxBind
  beforeAll(async () => {
    api = await startFakeInwxBind({ user, password, zones: [ALIAS_ZONE], bind })
  })
  afterAll(async () => api?.close())

  it('issues through one login session, logged out after the values are removed, its id never shown', async () => {
    api.requests.length = 0
    const owner = `_acme-challenge.b5.${ALIAS_ZONE}`
    const run = await runAction({
      inputs: bedInputs({ domain: 'b5.example.test', dns_provider: 'inwx' }),
      env: { INWX_USERNAME: user, INWX_PASSWORD: password, INWX_API_URL: api.apiUrl },
    })
    await expectIssued(run, ['b5.example.test'])
    expect(await txtAt(topology.BIND, owner)).toEqual([])
    const methods = api.requests.map((r) => (r.body as { method: string }).method)
    expect(methods.filter((m) => m === 'account.login')).toEqual(['account.login'])
    expect(methods.filter((m) => m === 'nameserver.deleteRecord')).toHaveLength(1)
    expect(methods.at(-1)).toBe('account.logout')
    expect(api.requests.every((r) => (r.reply as { code: number }).code < 2000)).toBe(true)
    const sessions = [...api.sessions]
    expect(sessions.map(([, s]) => s.open)).toEqual([false])
    expect(shown(run.stdout)).not.toContain(sessions[0]?.[0])
    expect(shown(run.stdout)).not.toContain(password)
  })
})

describe('the fake APIs refuse what the real ones refuse', () => {
  const call = async (url: string, init: { method?: string; authorization: string; body?: unknown }) => {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { authorization: init.authorization, 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    })
    return { status: response.status, body: await response.json().catch(() => undefined) }
  }

  it('cloudflare: wrong token, unknown path, unquoted content', async () => {
    const token = 'cf-good-token-'.padEnd(40, 'g')
    const api = await startFakeCloudflare({ token, zones: [ALIAS_ZONE], bind })
    try {
      const auth = `Bearer ${token}`
      expect(await call(`${api.apiUrl}/zones`, { authorization: `Bearer ${'x'.repeat(40)}` })).toMatchObject({
        status: 403,
        body: { success: false, errors: [{ code: 9109 }] },
      })
      expect(await call(`${api.apiUrl}/nowhere`, { authorization: auth })).toMatchObject({
        status: 404,
        body: { success: false, errors: [{ code: 7003 }, { code: 7000 }] },
      })
      const zones = await call(`${api.apiUrl}/zones?name=${ALIAS_ZONE}`, { authorization: auth })
      const id = (zones.body as { result: { id: string }[] }).result[0]?.id
      const post = await call(`${api.apiUrl}/zones/${id}/dns_records`, {
        method: 'POST',
        authorization: auth,
        body: { type: 'TXT', name: BIND_OWNER, content: 'unquoted', ttl: 120 },
      })
      expect(post.status).toBe(400)
      expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
    } finally {
      await api.close()
    }
  })

  it('desec: wrong token, TTL below minimum_ttl, unquoted TXT, and a third write within a second', async () => {
    const api = await startFakeDesec({ token: 't', zones: [ALIAS_ZONE], bind, minimumTtl: 3600 })
    try {
      const rrsets = `${api.apiUrl}/domains/${ALIAS_ZONE}/rrsets/`
      expect(await call(rrsets, { authorization: 'Token wrong' })).toEqual({
        status: 401,
        body: { detail: 'Invalid token.' },
      })
      const put = (records: string[], ttl = 3600) =>
        call(rrsets, {
          method: 'PUT',
          authorization: 'Token t',
          body: [{ subname: '_acme-challenge.b3', type: 'TXT', ttl, records }],
        })
      expect(await put(['"v"'], 60)).toEqual({
        status: 400,
        body: [{ ttl: ['Ensure this value is greater than or equal to 3600.'] }],
      })
      expect((await put(['v'])).status).toBe(400)
      expect((await put(['"v"'])).status).toBe(200)
      expect(await txtAt(topology.BIND, '_acme-challenge.b3.validation.bind.test')).toEqual(['v'])
      expect((await put([])).status).toBe(200)
      expect(await put([])).toMatchObject({ status: 429 })
      expect(await txtAt(topology.BIND, '_acme-challenge.b3.validation.bind.test')).toEqual([])
    } finally {
      await api.close()
    }
  })

  it('gcore: wrong token, PUT of a missing RRset, POST of an existing one', async () => {
    const api = await startFakeGcore({ token: 't', zones: [ALIAS_ZONE], bind })
    try {
      const path = `${api.apiUrl}/v2/zones/${ALIAS_ZONE}/${BIND_OWNER}/TXT`
      const body = { ttl: 120, resource_records: [{ content: ['v'], enabled: true }] }
      expect((await call(path, { authorization: 'APIKey wrong' })).status).toBe(401)
      expect(
        await call(`${api.apiUrl}/v2/zones/${ALIAS_ZONE}/_acme-challenge.b4.${ALIAS_ZONE}/TXT`, {
          method: 'PUT',
          authorization: 'APIKey t',
          body,
        }),
      ).toEqual({ status: 404, body: { error: 'rrset not found' } })
      expect(await call(path, { method: 'POST', authorization: 'APIKey t', body })).toEqual({
        status: 409,
        body: { error: 'rrset already exists' },
      })
      expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
    } finally {
      await api.close()
    }
  })
})
