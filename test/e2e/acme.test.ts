// The ACME side against the real Pebble, through a recording proxy where a test needs to see or bend requests:
// account keys, external account binding, key types, profiles, Retry-After and rate limits; a CA that stalls or
// never ends an answer, the requests a run costs, a refused authorization, and an order or certificate that is
// another run's.
import { execFileSync } from 'node:child_process'
import { createPrivateKey, createPublicKey, generateKeyPairSync, X509Certificate } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import nodePackage from '../../node_modules/node/package.json' with { type: 'json' }
import { TEST_TIMEOUT_ENV } from '../../src/acme/ca.js'
import { OLDEST_NODE } from '../bed/bed.mjs'
import {
  type AcmeProxy,
  type AcmeRequest,
  firstTimes,
  handBackOnce,
  type ProxyAnswer,
  recordValidOrder,
  type SeenOrder,
  startAcmeProxy,
} from '../support/acme-proxy.js'
import { bedInputs, chainTopIssuer, pebbleRootName, rfc2136Env, topology, txtAt } from '../support/bed.js'
import { startForwardProxy } from '../support/forward-proxy.js'
import { runAction } from '../support/run-action.js'
import { staleResolver } from '../support/stale-resolver.js'

const ROOT = resolve(import.meta.dirname, '../..')

let proxy: AcmeProxy | undefined
afterEach(async () => {
  await proxy?.close()
  proxy = undefined
})

const isNewOrder = (r: { path: string }) => r.path.startsWith('/order-plz')
const newOrders = () => (proxy?.requests ?? []).filter(isNewOrder)

async function issueWww(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runAction({
    inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'rfc2136', ...inputs }),
    env: { ...(await rfc2136Env()), ...env },
  })
}

const BIND_OWNER = '_acme-challenge.validation.bind.test'
/** The alias owner of a benchmark name (b1.example.test -> _acme-challenge.b1.validation.bind.test). */
const benchOwner = (name: string) => `_acme-challenge.${name.split('.')[0]}.${topology.ZONES.bindAlias}`
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const newAccountKey = () =>
  String(
    generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
  )

/** The oldest Node 24 the package accepts (`engines`), and the newest: the `node` package the tests run on. */
const NODES = [
  OLDEST_NODE,
  { version: nodePackage.version, binary: join(ROOT, 'node_modules', 'node', 'bin', 'node') },
]

describe('behind a proxy', () => {
  it.each(NODES)(
    'reaches the CA through the proxy HTTPS_PROXY names, on Node $version too, and exits when done',
    async ({ version, binary }) => {
      // the binary is the Node it says (Node's own proxy support begins in 24.5: before it, only undici's works)
      expect(execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()).toBe(`v${version}`)
      const forward = await startForwardProxy()
      try {
        const run = await runAction({
          inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'rfc2136' }),
          env: { ...(await rfc2136Env()), HTTPS_PROXY: forward.url },
          node: binary,
        })

        expect(run.code, run.stdout + run.stderr).toBe(0)
        expect(run.outputs.issued).toBe('true')
        // tunnels to the CA only (the TXT record goes over RFC 2136, not HTTP), each kept for many requests
        const ca = `CONNECT ${new URL(topology.ACME_DIRECTORY).host}`
        expect(forward.asked.length).toBeGreaterThan(0)
        expect(forward.asked.filter((asked) => asked !== ca)).toEqual([])
        expect(forward.asked.length).toBeLessThanOrEqual(5)
      } finally {
        await forward.close()
      }
    },
  )
})

describe('ACME account', () => {
  it('signs with the account_key given, registers the email, and keeps the key out of every log line', async () => {
    proxy = await startAcmeProxy()
    const pem = String(
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }),
    )
    const run = await issueWww({ acme_server: proxy.directory, account_key: pem, email: 'ops@example.test' })
    expect(run.code, run.stdout).toBe(0)
    const newAccount = proxy.requests.find((r) => r.path.startsWith('/sign-me-up'))
    expect(newAccount?.payload).toMatchObject({
      contact: ['mailto:ops@example.test'],
      termsOfServiceAgreed: true,
    })
    expect(newAccount?.protected?.jwk).toMatchObject(
      createPublicKey(pem).export({ format: 'jwk' }) as Record<string, string>,
    )
    expect(run.stdout).not.toMatch(/a new ACME account key is made/)
    const shown = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    for (const line of pem.split('\n').filter((l) => l !== '' && !l.startsWith('-----'))) {
      expect(shown).not.toContain(line)
    }
  })

  it('binds the account with external account binding where the CA requires it', async () => {
    const run = await issueWww({
      acme_server: topology.ACME_EAB_DIRECTORY,
      eab_kid: topology.EAB_KID,
      eab_hmac_key: topology.EAB_HMAC_KEY,
    })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs.issued).toBe('true')
  })

  it("reports the CA's refusal when binding is required but not given", async () => {
    const run = await issueWww({ acme_server: topology.ACME_EAB_DIRECTORY })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::ACME account at https:\/\/127\.0\.0\.1:14100\/dir: .*externalAccountBinding.*; this CA requires external account binding: set `eab_kid` and `eab_hmac_key`/,
    )
  })
})

describe('the CNAME check comes before the account', () => {
  it('a failed CNAME check registers no account: the CA sees no signed request, at most the directory and a nonce', async () => {
    proxy = await startAcmeProxy()
    // a resolver far away: the CNAME check takes longer than opening an account at the CA would
    const resolver = await staleResolver(topology.RESOLVER, [], topology.ZONES.main, { delayMs: 300 })
    const run = await runAction({
      inputs: bedInputs({
        domain: 'missing.example.test',
        dns_provider: 'rfc2136',
        acme_server: proxy.directory,
        dns_resolvers: resolver.address,
      }),
      env: await rfc2136Env(),
    }).finally(() => resolver.close())
    expect(run.code, run.stdout).toBe(1)
    expect(run.stdout).toMatch(/::error::.*_acme-challenge\.missing\.example\.test/)
    const asked = proxy.requests.map((r) => `${r.method} ${r.path}`)
    expect(asked.filter((r) => !/^(GET \/dir|HEAD \/nonce-plz)$/.test(r))).toEqual([])
  })
})

describe('certificate key and order', () => {
  it.each([
    ['rsa-2048', 'rsa', { modulusLength: 2048 }],
    ['ec-p384', 'ec', { namedCurve: 'secp384r1' }],
  ])('makes a %s key', async (keyType, type, details) => {
    const run = await issueWww({ key_type: keyType })
    expect(run.code, run.stdout).toBe(0)
    const certificate = new X509Certificate(await readFile(run.outputs.certificate_path as string))
    expect(certificate.publicKey.asymmetricKeyType).toBe(type)
    expect(certificate.publicKey.asymmetricKeyDetails).toMatchObject(details)
  })

  it('passes the profile input through in the new-order request', async () => {
    proxy = await startAcmeProxy()
    const run = await issueWww({ acme_server: proxy.directory, profile: 'shortlived' })
    expect(run.code, run.stdout).toBe(0)
    expect(newOrders().map((r) => r.payload)).toEqual([
      { identifiers: [{ type: 'dns', value: 'www.example.test' }], profile: 'shortlived' },
    ])
  })
})

describe('preferred_chain', () => {
  const alternates = () => (proxy?.requests ?? []).filter((r) => /^\/certZ\/.*\/alternate\//.test(r.path))

  it('takes the alternate chain whose top issuer it names, for the same certificate', async () => {
    const alternateRoot = await pebbleRootName(1)
    proxy = await startAcmeProxy()
    const run = await issueWww({ acme_server: proxy.directory, preferred_chain: alternateRoot })
    expect(run.code, run.stdout).toBe(0)
    const fullchain = await readFile(run.outputs.fullchain_path as string, 'utf8')
    expect(chainTopIssuer(fullchain)).toBe(alternateRoot)
    expect(await readFile(run.outputs.chain_path as string, 'utf8')).toBe(
      fullchain.slice(fullchain.indexOf('-----BEGIN', 1)),
    )
    const certificate = new X509Certificate(await readFile(run.outputs.certificate_path as string))
    const key = createPrivateKey(await readFile(run.outputs.private_key_path as string))
    expect(certificate.checkPrivateKey(key)).toBe(true)
    expect(alternates()).toHaveLength(1)
  })

  it('keeps the default chain when it names the default, without reading an alternate', async () => {
    const defaultRoot = await pebbleRootName(0)
    proxy = await startAcmeProxy()
    const run = await issueWww({ acme_server: proxy.directory, preferred_chain: defaultRoot })
    expect(run.code, run.stdout).toBe(0)
    expect(chainTopIssuer(await readFile(run.outputs.fullchain_path as string, 'utf8'))).toBe(defaultRoot)
    expect(alternates()).toHaveLength(0)
  })

  it('keeps the certificate with its default chain when the alternate cannot be read', async () => {
    const alternateRoot = await pebbleRootName(1)
    proxy = await startAcmeProxy((r) =>
      /^\/certZ\/.*\/alternate\//.test(r.path)
        ? { status: 404, body: { type: 'urn:ietf:params:acme:error:malformed', detail: 'gone' } }
        : undefined,
    )
    const run = await issueWww({ acme_server: proxy.directory, preferred_chain: alternateRoot })
    expect(run.code, run.stdout).toBe(0)
    expect(chainTopIssuer(await readFile(run.outputs.fullchain_path as string, 'utf8'))).toBe(
      await pebbleRootName(0),
    )
    expect(run.stdout).toMatch(
      /::warning::preferred_chain: .*not read: alternate chain \S+: HTTP 404: malformed: gone\); the default chain is kept/,
    )
  })

  it('keeps the default chain, with a warning naming what the CA offers, when no chain matches', async () => {
    const [defaultRoot, alternateRoot] = await Promise.all([pebbleRootName(0), pebbleRootName(1)])
    const run = await issueWww({ preferred_chain: 'No Such Root' })
    expect(run.code, run.stdout).toBe(0)
    expect(chainTopIssuer(await readFile(run.outputs.fullchain_path as string, 'utf8'))).toBe(defaultRoot)
    expect(run.stdout).toContain(
      `::warning::preferred_chain: no chain the CA offers has "No Such Root" at its top (it offers "${defaultRoot}", "${alternateRoot}"); the default chain is kept`,
    )
  })
})

describe("the CA's signals", () => {
  it('waits for the Retry-After of a 503 before asking again, then issues', async () => {
    proxy = await startAcmeProxy(
      firstTimes(1, isNewOrder, {
        status: 503,
        headers: { 'retry-after': '1' },
        body: { type: 'urn:ietf:params:acme:error:serverInternal', detail: 'busy' },
      }),
    )
    const run = await issueWww({ acme_server: proxy.directory })
    expect(run.code, run.stdout).toBe(0)
    const [first, second] = newOrders()
    expect(newOrders()).toHaveLength(2)
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950)
  })

  it('fails at once on a rate limit, saying when to retry, without asking again', async () => {
    proxy = await startAcmeProxy(
      firstTimes(1, isNewOrder, {
        status: 429,
        headers: { 'retry-after': '3600' },
        body: {
          type: 'urn:ietf:params:acme:error:rateLimited',
          detail: 'too many certificates for this name',
        },
      }),
    )
    const before = Date.now()
    const run = await issueWww({ acme_server: proxy.directory })
    expect(run.code).toBe(1)
    const match =
      /the CA's rate limit was reached \(too many certificates for this name\); retry after (\S+)/.exec(
        run.stdout,
      )
    expect(match, run.stdout).not.toBeNull()
    const retryAt = Date.parse(match?.[1] as string)
    expect(retryAt).toBeGreaterThanOrEqual(before + 3_599_000)
    expect(newOrders()).toHaveLength(1)
  })
})

describe('a finalize the CA may have applied', () => {
  it("a retried finalize answered orderNotReady: the order is read and its certificate, for this run's key, used", async () => {
    // the first finalize reaches Pebble, which issues, but its answer is lost to a 500: the retry finds the order
    // finalized already
    let lost = false
    proxy = await startAcmeProxy(undefined, {
      rewrite: (r, a) => {
        if (lost || !r.path.startsWith('/finalize-order/')) return undefined
        lost = true
        return {
          status: 500,
          headers: { ...a.headers, 'content-type': 'application/problem+json' },
          text: JSON.stringify({ type: 'urn:ietf:params:acme:error:serverInternal', detail: 'lost' }),
        }
      },
    })
    const run = await issueWww({ acme_server: proxy.directory })
    expect(run.code, run.stdout).toBe(0)
    const finalizes = proxy.requests.filter((r) => r.path.startsWith('/finalize-order/'))
    expect(finalizes).toHaveLength(2)
    expect(newOrders()).toHaveLength(1)
    expect(run.stdout).not.toMatch(/not this run's/)
    const certificate = new X509Certificate(await readFile(run.outputs.certificate_path as string))
    const key = createPrivateKey(await readFile(run.outputs.private_key_path as string))
    expect(certificate.checkPrivateKey(key)).toBe(true)
  })
})

describe('a CA that stalls, or never ends an answer', () => {
  it('fails within seconds when the CA never answers a challenge response, naming the CA, and removes its TXT values', async () => {
    proxy = await startAcmeProxy(undefined, { stall: (r) => r.path.startsWith('/chalZ/') })
    const started = Date.now()
    const run = await issueWww({ acme_server: proxy.directory }, { [TEST_TIMEOUT_ENV]: '1000' })
    expect(run.code, run.stdout).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::.*the CA at ${literal(proxy.directory)} did not answer POST /chalZ/\\S+ within 1 s \\(3 tries\\)`,
      ),
    )
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  }, 30_000)

  it('fails on an answer to a challenge response that never ends, naming the CA and the cap, and removes its TXT values', async () => {
    proxy = await startAcmeProxy(undefined, { endless: (r) => r.path.startsWith('/chalZ/') })
    const run = await issueWww({ acme_server: proxy.directory })
    expect(run.code, run.stdout).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::.*the CA at ${literal(proxy.directory)}: POST /chalZ/\\S+ failed: RESPONSE_TOO_LARGE: the answer is larger than 1 MiB`,
      ),
    )
    expect(run.stderr).toBe('')
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })

  it('stops reading the directory at once when the CNAME check fails meanwhile, and the process ends', async () => {
    // The CA stalls every request and its timeout is long: only stopping the requests under way ends this run
    // quickly.
    proxy = await startAcmeProxy(undefined, { stall: () => true })
    const started = Date.now()
    const run = await runAction({
      inputs: bedInputs({
        domain: 'missing.example.test',
        dns_provider: 'rfc2136',
        acme_server: proxy.directory,
      }),
      env: { ...(await rfc2136Env()), [TEST_TIMEOUT_ENV]: '120000' },
    })
    expect(run.code, run.stdout).toBe(1)
    expect(run.stdout).toMatch(/::error::.*_acme-challenge\.missing\.example\.test/)
    expect(run.stdout).not.toMatch(/ACME account:/)
    expect(Date.now() - started).toBeLessThan(15_000)
  }, 30_000)
})

describe('requests to the CA', () => {
  it('costs at most 2N+15 requests, 5 new nonces and 4 at once, polling the order rather than each authorization', async () => {
    const names = topology.BENCH_NAMES.slice(0, 6)
    proxy = await startAcmeProxy()
    const run = await runAction({
      inputs: bedInputs({ domain: names.join(','), dns_provider: 'rfc2136', acme_server: proxy.directory }),
      env: await rfc2136Env(),
    })
    expect(run.code, run.stdout).toBe(0)
    const count = (prefix: string) => proxy?.requests.filter((r) => r.path.startsWith(prefix)).length
    const summary = proxy.requests.map((r) => `${r.method} ${r.path}`).join('\n')
    expect(proxy.requests.length, summary).toBeLessThanOrEqual(2 * names.length + 15)
    expect(count('/nonce-plz'), summary).toBeLessThanOrEqual(5)
    expect(proxy.maxInFlight).toBeLessThanOrEqual(4)
    // each authorization is read once, for its challenge; the wait is on the order
    expect(count('/authZ/'), summary).toBe(names.length)
    expect(count('/chalZ/'), summary).toBe(names.length)
  })
})

describe('a refused authorization', () => {
  it('stops at the first refusal, reporting every refused name, without waiting for the one still pending', async () => {
    const [wrong1, wrong2, pending] = topology.BENCH_NAMES.slice(6, 9) as [string, string, string]
    let pendingChallenge: string | undefined
    proxy = await startAcmeProxy(
      // the pending name's challenge response never reaches Pebble: its authorization stays pending
      (r) =>
        r.path === pendingChallenge
          ? {
              status: 200,
              headers: { 'content-type': 'application/json' },
              body: { type: 'dns-01', status: 'pending' },
            }
          : undefined,
      {
        rewrite: (r, answer) => {
          if (!r.path.startsWith('/authZ/') || answer.status !== 200) return undefined
          const authz = JSON.parse(answer.text)
          const dns01 = authz.challenges.find((c: { type: string }) => c.type === 'dns-01')
          if (authz.identifier.value === pending) pendingChallenge = new URL(dns01.url).pathname
          // another token: the TXT value written is not the one Pebble looks for, so it refuses the name
          if (![wrong1, wrong2].includes(authz.identifier.value)) return undefined
          dns01.token = `${dns01.token}x`
          return { ...answer, text: JSON.stringify(authz) }
        },
      },
    )
    const started = Date.now()
    const run = await runAction({
      inputs: bedInputs({
        domain: [wrong1, wrong2, pending].join(','),
        dns_provider: 'rfc2136',
        acme_server: proxy.directory,
      }),
      env: await rfc2136Env(),
    })
    expect(run.code, run.stdout).toBe(1)
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
    expect(error).toMatch(/the CA refused 2 of 3 name\(s\)/)
    expect(error).toContain(`${wrong1}: invalid: unauthorized`)
    expect(error).toContain(`${wrong2}: invalid: unauthorized`)
    expect(Date.now() - started).toBeLessThan(20_000)
    for (const name of [wrong1, wrong2, pending])
      expect(await txtAt(topology.BIND, benchOwner(name))).toEqual([])
  }, 30_000)
})

describe("an order or certificate that is another run's", () => {
  const accountKey = newAccountKey()
  let shared: AcmeProxy
  let bend: ((request: AcmeRequest, answer: ProxyAnswer) => ProxyAnswer | undefined) | undefined
  const earlier = { order: { url: '', text: '' } as SeenOrder, fullchain: '' }

  beforeAll(async () => {
    shared = await startAcmeProxy(undefined, { rewrite: (r, a) => bend?.(r, a) })
    bend = recordValidOrder(new URL(shared.directory).origin, earlier.order)
    const run = await issueWww({ acme_server: shared.directory, account_key: accountKey })
    expect(run.code, run.stdout).toBe(0)
    expect(earlier.order.url).not.toBe('')
    earlier.fullchain = await readFile(run.outputs.fullchain_path as string, 'utf8')
  })
  afterAll(async () => {
    await shared.close()
  })

  it('orders again when the CA hands back an order already valid, and delivers a certificate for its own key', async () => {
    const handBack = handBackOnce(earlier.order)
    bend = handBack.rewrite
    const before = shared.requests.length
    const run = await issueWww({ acme_server: shared.directory, account_key: accountKey })
    expect(run.code, run.stdout).toBe(0)
    expect(handBack.handedBack).toBe(true)
    expect(shared.requests.slice(before).filter((r) => r.path.startsWith('/order-plz'))).toHaveLength(2)
    expect(run.stdout).toMatch(/::warning::The CA handed back order \S+, already valid: .*ordering again/)
    const certificate = new X509Certificate(await readFile(run.outputs.certificate_path as string))
    const key = createPrivateKey(await readFile(run.outputs.private_key_path as string))
    expect(certificate.checkPrivateKey(key)).toBe(true)
  })

  it('writes nothing when the certificate downloaded is for another key', async () => {
    bend = (r, a) =>
      r.path.startsWith('/certZ/') && a.status === 200 ? { ...a, text: earlier.fullchain } : undefined
    const run = await issueWww({ acme_server: shared.directory, account_key: accountKey })
    expect(run.code, run.stdout).toBe(1)
    expect(run.stdout).toMatch(
      /::warning::The CA's order \S+ is not this run's \(its certificate has another key\)/,
    )
    expect(run.stdout).toMatch(/::error::.*was finalized for another key/)
    expect(run.outputs.certificate_path).toBeUndefined()
    expect(existsSync(join(run.runnerTemp, 'certalias', 'www.example.test', 'cert.pem'))).toBe(false)
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })
})
