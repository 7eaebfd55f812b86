// The ACME session's waits against a scripted fake CA on loopback: what it polls, how long it waits, and which
// authorization statuses end the run. Issuance itself is proven against Pebble (test/e2e/acme.test.ts).
import { generateKeyPairSync } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CaClient } from '../../src/acme/ca.js'
import { AcmeSession, RateLimited } from '../../src/acme/index.js'

const ACCOUNT_KEY = String(
  generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
)

interface Script {
  /** Status of authorization i at its n-th read (0-based). */
  authz(i: number, reads: number): string
  /** The challenge authorization i offers; absent: a dns-01 challenge. */
  challenge?(i: number, base: string): Record<string, unknown>
  /** Status of the order at its n-th read, and a Retry-After to send with it. */
  order(reads: number): { status: string; retryAfter?: string }
  /** Resources the directory lists besides newNonce, newAccount and newOrder (paths on the fake). */
  directory?: Record<string, string>
  /** newOrder answers rateLimited with this Retry-After. */
  rateLimited?: string
  /** newOrder answers alreadyReplaced to an order whose `replaces` is this certID. */
  replaced?: string
}

async function fakeCa(names: readonly string[], script: Script) {
  const requests: { path: string; at: number; payload?: Record<string, unknown> }[] = []
  const reads = new Map<string, number>()
  let nonce = 0
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const encoded = body === '' ? '' : (JSON.parse(body) as { payload: string }).payload
    const payload =
      encoded === '' ? undefined : JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))
    const path = req.url ?? ''
    requests.push({ path, at: Date.now(), payload })
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const read = (reads.get(path) ?? 0) + 1
    reads.set(path, read)
    res.setHeader('replay-nonce', `n${++nonce}`)
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(JSON.stringify(body))
    }
    const order = (status: string) => ({
      status,
      identifiers: names.map((value) => ({ type: 'dns', value })),
      authorizations: names.map((_n, i) => `${base}/authz/${i}`),
      finalize: `${base}/finalize`,
    })
    if (path === '/dir')
      return send(200, {
        newNonce: `${base}/nonce`,
        newAccount: `${base}/account`,
        newOrder: `${base}/new-order`,
        ...Object.fromEntries(Object.entries(script.directory ?? {}).map(([k, v]) => [k, `${base}${v}`])),
      })
    if (path === '/nonce') return send(200, {})
    if (path === '/account') return send(201, { status: 'valid' }, { location: `${base}/account/1` })
    if (path === '/new-order' && script.rateLimited !== undefined) {
      res.writeHead(429, { 'content-type': 'application/problem+json', 'retry-after': script.rateLimited })
      return res.end(JSON.stringify({ type: 'urn:ietf:params:acme:error:rateLimited', detail: 'too many' }))
    }
    if (path === '/new-order' && script.replaced !== undefined && payload?.replaces === script.replaced) {
      res.writeHead(409, { 'content-type': 'application/problem+json' })
      return res.end(
        JSON.stringify({ type: 'urn:ietf:params:acme:error:alreadyReplaced', detail: 'already replaced' }),
      )
    }
    if (path === '/new-order') return send(201, order('pending'), { location: `${base}/order/1` })
    if (path === '/order/1') {
      const { status, retryAfter } = script.order(read - 1)
      return send(200, order(status), retryAfter ? { 'retry-after': retryAfter } : {})
    }
    const authz = /^\/authz\/(\d+)$/.exec(path)
    if (authz) {
      const i = Number(authz[1])
      const status = script.authz(i, read - 1)
      const error =
        status === 'invalid'
          ? { type: 'urn:ietf:params:acme:error:unauthorized', detail: 'wrong TXT' }
          : undefined
      return send(200, {
        status,
        identifier: { type: 'dns', value: names[i] },
        challenges: [
          {
            type: 'dns-01',
            url: `${base}/chal/${i}`,
            token: `token-${i}`,
            ...script.challenge?.(i, base),
            status,
            ...(error ? { error } : {}),
          },
        ],
      })
    }
    if (path.startsWith('/chal/')) return send(200, { type: 'dns-01', status: 'processing' })
    return send(404, { type: 'urn:ietf:params:acme:error:malformed' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    directory: `${base}/dir`,
    requests,
    close: () => {
      server.closeAllConnections()
      server.close()
    },
  }
}

let ca: Awaited<ReturnType<typeof fakeCa>> | undefined
let session: AcmeSession | undefined
afterEach(() => {
  session?.close()
  ca?.close()
})

async function open(names: readonly string[], script: Script, challenge?: 'dns-persist-01') {
  ca = await fakeCa(names, script)
  session = await AcmeSession.open({ names, directoryUrl: ca.directory, challenge }, ACCOUNT_KEY, {
    debug: () => {},
  })
  return session
}

const NAMES = ['a.example.test', 'b.example.test', 'c.example.test']

describe('waiting for validation', () => {
  it('polls the order, not each authorization, and waits as long as its Retry-After says', async () => {
    const s = await open(NAMES, {
      authz: () => 'pending',
      order: (n) => (n === 0 ? { status: 'pending', retryAfter: '1' } : { status: 'ready' }),
    })
    const { challenges } = await s.order()
    expect(challenges.map((c) => c.identifier)).toEqual(NAMES)
    await s.validate(challenges)
    const polls = ca?.requests.filter((r) => r.path === '/order/1') ?? []
    expect(polls).toHaveLength(2)
    expect((polls[1]?.at ?? 0) - (polls[0]?.at ?? 0)).toBeGreaterThanOrEqual(950)
    // each authorization read once, for its challenge
    expect(ca?.requests.filter((r) => r.path.startsWith('/authz/'))).toHaveLength(NAMES.length)
  })

  it('waits longer between polls as the order stays pending', async () => {
    const s = await open(NAMES, {
      authz: () => 'pending',
      order: (n) => ({ status: n < 2 ? 'pending' : 'ready' }),
    })
    const { challenges } = await s.order()
    // the waits the session asks for, not the time they took: a busy machine stretches the one, never the other
    const waits = vi.spyOn(CaClient.prototype, 'sleep')
    try {
      await s.validate(challenges)
      const asked = waits.mock.calls.map(([ms]) => ms)
      expect((ca?.requests ?? []).filter((r) => r.path === '/order/1')).toHaveLength(3)
      expect(asked).toHaveLength(3)
      expect(asked[1]).toBe((asked[0] as number) * 2)
      expect(asked[2]).toBe((asked[1] as number) * 2)
    } finally {
      waits.mockRestore()
    }
  })

  it('ends at the first refusal with every refused name, without waiting for the ones still pending', async () => {
    const s = await open(NAMES, {
      authz: (i, reads) => (reads === 0 || i === 2 ? 'pending' : 'invalid'),
      order: () => ({ status: 'invalid' }),
    })
    const { challenges } = await s.order()
    await expect(s.validate(challenges)).rejects.toThrow(
      'the CA refused 2 of 3 name(s): a.example.test: invalid: unauthorized: wrong TXT; b.example.test: invalid: unauthorized: wrong TXT',
    )
    expect(ca?.requests.filter((r) => r.path === '/order/1')).toHaveLength(1)
  })

  it.each(['deactivated', 'expired', 'revoked'])('takes a %s authorization as final', async (status) => {
    const s = await open(NAMES, {
      authz: (i) => (i === 1 ? status : 'pending'),
      order: () => ({ status: 'pending' }),
    })
    await expect(s.order()).rejects.toThrow(`the CA refused 1 of 3 name(s): b.example.test: ${status}`)
  })

  it("a batch (part of the order's challenges) polls its own authorizations together, each round only those pending", async () => {
    const s = await open(NAMES, {
      // a at its first poll, b at its second
      authz: (i, reads) => (reads >= (i === 0 ? 1 : 2) ? 'valid' : 'pending'),
      order: () => ({ status: 'pending' }),
    })
    const { challenges } = await s.order()
    await s.validate(challenges.slice(0, 2))
    const paths = (ca?.requests ?? []).map((r) => r.path)
    expect(paths).not.toContain('/order/1')
    expect(paths).not.toContain('/chal/2')
    // one read when ordering, then a: one poll, b: two
    expect(paths.filter((p) => p === '/authz/0')).toHaveLength(2)
    expect(paths.filter((p) => p === '/authz/1')).toHaveLength(3)
    expect(paths.filter((p) => p === '/authz/2')).toHaveLength(1)
  })

  it('the batch that completes the order polls the order, not its authorizations', async () => {
    const s = await open(NAMES, {
      authz: (_i, reads) => (reads >= 1 ? 'valid' : 'pending'),
      order: () => ({ status: 'ready' }),
    })
    const { challenges } = await s.order()
    await s.validate(challenges.slice(0, 2))
    await s.validate(challenges.slice(2))
    const paths = (ca?.requests ?? []).map((r) => r.path)
    expect(paths.filter((p) => p === '/authz/2')).toHaveLength(1)
    expect(paths.filter((p) => p === '/order/1')).toHaveLength(1)
  })
})

describe('a session for many certificates', () => {
  it('orders the names asked for each order, and a shared session stays open after one fails', async () => {
    ca = await fakeCa(NAMES, {
      authz: (i) => (i === 1 ? 'invalid' : 'valid'),
      order: () => ({ status: 'ready' }),
    })
    session = await AcmeSession.open({ names: [], directoryUrl: ca.directory }, ACCOUNT_KEY, {
      debug: () => {},
      shared: true,
    })
    await expect(session.order(undefined, undefined, { names: NAMES })).rejects.toThrow(
      /b\.example\.test: invalid/,
    )
    // the session still answers: the next order goes out
    await expect(session.order(undefined, undefined, { names: NAMES })).rejects.toThrow(/refused/)
    expect((ca?.requests ?? []).filter((r) => r.path === '/new-order')).toHaveLength(2)
  })

  it('a rate-limited order is a RateLimited error carrying the time the CA names', async () => {
    ca = await fakeCa(NAMES, {
      authz: () => 'valid',
      order: () => ({ status: 'ready' }),
      rateLimited: '3600',
    })
    session = await AcmeSession.open({ names: NAMES, directoryUrl: ca.directory }, ACCOUNT_KEY, {
      debug: () => {},
    })
    const before = Date.now()
    const error = await session.order().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RateLimited)
    const retryAt = (error as RateLimited).retryAt?.getTime() ?? 0
    expect(retryAt).toBeGreaterThanOrEqual(before + 3_600_000)
    expect(retryAt).toBeLessThan(Date.now() + 3_601_000)
  })
})

describe('replaces (RFC 9773 section 5)', () => {
  const script: Script = { authz: () => 'pending', order: () => ({ status: 'pending' }) }
  const newOrders = () => (ca?.requests ?? []).filter((r) => r.path === '/new-order')

  it('names the certificate it replaces when the directory offers renewalInfo', async () => {
    const s = await open(NAMES, { ...script, directory: { renewalInfo: '/renewal-info' } })
    await s.order('aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE')
    expect(newOrders().map((r) => r.payload?.replaces)).toEqual(['aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE'])
  })

  it("in a session for many certificates, one certificate's refused replaces leaves the others' in their orders", async () => {
    ca = await fakeCa(NAMES, { ...script, directory: { renewalInfo: '/renewal-info' }, replaced: 'cert-a.1' })
    session = await AcmeSession.open({ names: [], directoryUrl: ca.directory }, ACCOUNT_KEY, {
      debug: () => {},
      shared: true,
    })
    const refusals: string[] = []
    await session.order('cert-a.1', (why) => refusals.push(why), { names: ['a.example.test'] })
    await session.order('cert-b.1', (why) => refusals.push(why), { names: ['b.example.test'] })
    expect(newOrders().map((r) => r.payload?.replaces)).toEqual(['cert-a.1', undefined, 'cert-b.1'])
    expect(refusals).toHaveLength(1)
    expect(refusals[0]).toContain('already replaced')
  })

  it('leaves replaces out at a CA whose directory offers no renewalInfo', async () => {
    const s = await open(NAMES, script)
    await s.order('aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE')
    expect(newOrders()).toHaveLength(1)
    expect(newOrders()[0]?.payload).not.toHaveProperty('replaces')
  })
})

describe('dns-persist-01', () => {
  const persist =
    (over: Record<string, unknown> = {}) =>
    (_i: number, base: string) => ({
      type: 'dns-persist-01',
      token: undefined,
      accounturi: `${base}/account/1`,
      'issuer-domain-names': ['ca.example', 'other.example'],
      ...over,
    })
  const chalPosts = () => (ca?.requests ?? []).filter((r) => r.path.startsWith('/chal/'))

  it('takes the issuer names from each challenge and answers it with {}', async () => {
    const s = await open(
      NAMES,
      {
        authz: () => 'pending',
        order: (n) => ({ status: n === 0 ? 'pending' : 'ready' }),
        challenge: persist(),
      },
      'dns-persist-01',
    )
    const { challenges } = await s.order()
    expect(challenges.map((c) => c.issuerDomainNames)).toEqual(
      NAMES.map(() => ['ca.example', 'other.example']),
    )
    expect(challenges.map((c) => c.value)).toEqual(['', '', ''])
    await s.validate(challenges)
    expect(chalPosts().map((r) => r.payload)).toEqual([{}, {}, {}])
  })

  const malformed: [string, Record<string, unknown>, RegExp][] = [
    [
      '11 issuer names',
      { 'issuer-domain-names': Array.from({ length: 11 }, (_, i) => `ca${i}.example`) },
      /issuer-domain-names has 11 entries \(the draft allows 1 to 10\)/,
    ],
    ['no issuer name', { 'issuer-domain-names': [] }, /issuer-domain-names has 0 entries/],
    ['no list at all', { 'issuer-domain-names': 'ca.example' }, /it has no issuer-domain-names list/],
    [
      'an upper-case issuer',
      { 'issuer-domain-names': ['CA.example'] },
      /holds "CA\.example", not a lowercase/,
    ],
    ['a trailing dot', { 'issuer-domain-names': ['ca.example.'] }, /holds "ca\.example\.", not a lowercase/],
    [
      'another account',
      { accounturi: 'https://ca.example/acct/2' },
      /names the account "https:\/\/ca\.example\/acct\/2", not this run's http:\/\/127\.0\.0\.1:\d+\/account\/1/,
    ],
  ]
  for (const [what, over, why] of malformed) {
    it(`refuses a challenge with ${what} as malformed, before answering anything`, async () => {
      const s = await open(
        NAMES,
        { authz: () => 'pending', order: () => ({ status: 'pending' }), challenge: persist(over) },
        'dns-persist-01',
      )
      const error = await s.order().catch((e: Error) => e)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(
        /^the CA's dns-persist-01 challenge for a\.example\.test is malformed: /,
      )
      expect((error as Error).message).toMatch(why)
      expect(chalPosts()).toEqual([])
    })
  }

  it('a challenge without accounturi (an older draft) still names its issuers', async () => {
    const s = await open(
      NAMES,
      {
        authz: () => 'pending',
        order: () => ({ status: 'pending' }),
        challenge: persist({ accounturi: undefined }),
      },
      'dns-persist-01',
    )
    expect((await s.order()).challenges).toHaveLength(3)
  })

  it('an authorization the CA hands back valid (just-in-time validation) is not answered', async () => {
    const s = await open(
      NAMES,
      {
        authz: (i) => (i === 1 ? 'valid' : 'pending'),
        order: (n) => ({ status: n === 0 ? 'pending' : 'ready' }),
        challenge: persist(),
      },
      'dns-persist-01',
    )
    const { challenges } = await s.order()
    expect(challenges.map((c) => c.identifier)).toEqual(['a.example.test', 'c.example.test'])
    await s.validate(challenges)
    expect(chalPosts().map((r) => r.path)).toEqual(['/chal/0', '/chal/2'])
  })

  it('a CA that offers no dns-persist-01 says what it offers', async () => {
    const s = await open(
      NAMES,
      { authz: () => 'pending', order: () => ({ status: 'pending' }) },
      'dns-persist-01',
    )
    await expect(s.order()).rejects.toThrow(
      'the CA offers no dns-persist-01 challenge for a.example.test (it offers dns-01)',
    )
  })
})
