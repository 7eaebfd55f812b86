// End to end: mode: issue with `certificates`, a fleet in one step. The real bundle against the bed's Pebble
// (behind the recording proxy, which counts what the CA was asked and plays a rate limit) and BIND.
import { X509Certificate } from 'node:crypto'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { makePrivateKey } from '../../src/pki/keys.js'
import { type AcmeProxy, startAcmeProxy } from '../support/acme-proxy.js'
import { bedInputs, chainTopIssuer, pebbleRootName, rfc2136Env, topology, txtAt } from '../support/bed.js'
import { type ActionRun, runAction } from '../support/run-action.js'

interface Reported {
  names: string[]
  status: string
  reason: string
  serial?: string
  output_dir?: string
}

const proxies: AcmeProxy[] = []
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((p) => p.close()))
})

const ok = (run: ActionRun) => expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
const report = (run: ActionRun) => JSON.parse(run.outputs.report as string) as Reported[]
const orders = (proxy: AcmeProxy) => proxy.requests.filter((r) => r.path.startsWith('/order-plz')).length

async function fleet(proxy: AcmeProxy, entries: object[], inputs: Record<string, string> = {}) {
  return runAction({
    inputs: bedInputs({
      dns_provider: 'rfc2136',
      acme_server: proxy.directory,
      certificates: stringify(entries),
      ...inputs,
    }),
    env: await rfc2136Env(),
  })
}

describe('a fleet in one step', () => {
  it('issues 24 certificates with one account session: 12 on owners of their own, 12 sharing one owner, written together as many as one answer takes', async () => {
    const proxy = await startAcmeProxy()
    proxies.push(proxy)
    const names = [...topology.BENCH_NAMES_LARGE.slice(40, 52), ...topology.MANY_NAMES]
    const run = await fleet(
      proxy,
      names.map((domain) => ({ domain })),
    )
    ok(run)
    expect(run.outputs.issued_count).toBe('24')
    expect(run.outputs.deferred_count).toBe('0')
    expect(run.outputs.failed_count).toBe('0')
    const reported = report(run)
    expect(reported.map((r) => [r.names, r.status])).toEqual(names.map((n) => [[n], 'issued']))
    // each entry's files in its own directory, the certificate for its own name
    for (const entry of reported) {
      const pem = await readFile(join(entry.output_dir as string, 'cert.pem'), 'utf8')
      expect(new X509Certificate(pem).subjectAltName).toBe(`DNS:${entry.names[0]}`)
      expect(entry.output_dir).toBe(join(run.runnerTemp, 'certalias', entry.names[0] as string))
    }
    // one account for every order: newAccount once, and its key fetched once
    expect(proxy.requests.filter((r) => r.path.startsWith('/sign-me-up'))).toHaveLength(1)
    expect(run.stdout.match(/ACME account: /g)).toHaveLength(1)
    expect(orders(proxy)).toBe(24)
    // the shared owner took values of several certificates in one write, and never more than one answer holds
    expect(run.stdout).toMatch(
      /TXT written: _acme-challenge\.many\.validation\.bind\.test \(zone validation\.bind\.test\): \d value\(s\) of [2-7] certificates/,
    )
    expect(run.stdout).not.toMatch(/many\.validation\.bind\.test[^\n]*: (?:[89]|\d\d) value\(s\)/)
    expect(await txtAt(topology.BIND, topology.MANY_OWNER)).toEqual([])
    // about 8 requests per single-name certificate, and a few for the run
    expect(proxy.requests.length).toBeLessThanOrEqual(8 * 24 + 15)
    expect(run.summary).toContain('24 certificate(s): 24 issued, 0 kept, 0 deferred, 0 failed')
  })

  it('refuses a dns-persist-01 entry before anything is asked of the CA, saying to use a plan and a matrix', async () => {
    const proxy = await startAcmeProxy()
    proxies.push(proxy)
    const [first, second] = topology.MANY_NAMES
    const run = await fleet(proxy, [{ domain: first }, { domain: second, challenge: 'dns-persist-01' }], {
      account_key: await makePrivateKey('ec-p256'),
    })
    expect(run.code, run.stdout).toBe(1)
    expect(run.stdout).toContain(
      `::error::Invalid input: \`certificates\` entry 2 (${second}): \`challenge: dns-persist-01\` is not available in one step with \`certificates\` yet: use mode: plan and a matrix job per certificate`,
    )
    expect(proxy.requests).toEqual([])
  })

  it("takes each entry's own preferred_chain, though the entries share one ACME session", async () => {
    const proxy = await startAcmeProxy()
    proxies.push(proxy)
    const [defaultRoot, alternateRoot] = [await pebbleRootName(0), await pebbleRootName(1)]
    const [first, second, third] = topology.MANY_NAMES
    const run = await fleet(proxy, [
      { domain: first },
      { domain: second, preferred_chain: alternateRoot },
      { domain: third, preferred_chain: defaultRoot },
    ])
    ok(run)
    const tops = await Promise.all(
      report(run).map(async (entry) => [
        entry.names[0],
        chainTopIssuer(await readFile(join(entry.output_dir as string, 'fullchain.pem'), 'utf8')),
      ]),
    )
    expect(tops).toEqual([
      [first, defaultRoot],
      [second, alternateRoot],
      [third, defaultRoot],
    ])
  })

  it('max_orders: orders that many, defers the rest with the reason, and the next run issues them', async () => {
    const proxy = await startAcmeProxy()
    proxies.push(proxy)
    const dir = await mkdtemp(join(tmpdir(), 'certalias-fleet-'))
    const names = topology.BENCH_NAMES_LARGE.slice(60, 65)
    const entries = names.map((domain) => ({ domain, output_dir: join(dir, domain) }))
    const first = await fleet(proxy, entries, { max_orders: '3' })
    ok(first)
    expect(first.outputs.issued_count).toBe('3')
    expect(first.outputs.deferred_count).toBe('2')
    expect(report(first).map((r) => r.status)).toEqual(['issued', 'issued', 'issued', 'deferred', 'deferred'])
    expect(report(first)[3]?.reason).toBe(
      'deferred: max_orders (3) reached in this run; the next run takes it',
    )
    expect(orders(proxy)).toBe(3)

    const second = await fleet(proxy, entries, { max_orders: '3' })
    ok(second)
    expect(report(second).map((r) => r.status)).toEqual(['kept', 'kept', 'kept', 'issued', 'issued'])
    expect(orders(proxy)).toBe(5)
  })

  it("the CA's rate limit: no new order after it, the rest deferred with the CA's time, what was issued stays issued", async () => {
    let ordered = 0
    const proxy = await startAcmeProxy((request) => {
      if (!request.path.startsWith('/order-plz')) return undefined
      ordered += 1
      if (ordered <= 2) return undefined
      return {
        status: 429,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '7200' },
        body: { type: 'urn:ietf:params:acme:error:rateLimited', detail: 'too many new orders recently' },
      }
    })
    proxies.push(proxy)
    const names = topology.BENCH_NAMES_LARGE.slice(70, 76)
    const run = await fleet(
      proxy,
      names.map((domain) => ({ domain })),
      { concurrency: '1' },
    )
    ok(run)
    const reported = report(run)
    expect(reported.map((r) => r.status)).toEqual([
      'issued',
      'issued',
      'deferred',
      'deferred',
      'deferred',
      'deferred',
    ])
    expect(reported[2]?.reason).toMatch(
      /^deferred: the CA's rate limit \(until 20\d\d-.*\); the next run takes it$/,
    )
    expect(run.outputs.failed_count).toBe('0')
    // one refused order, then none
    expect(ordered).toBe(3)
    expect(run.stdout).toMatch(/too many new orders recently.*no new order in this run/)
  })

  it('one entry failing stops no other; the step fails at the end naming it and why', async () => {
    const proxy = await startAcmeProxy()
    proxies.push(proxy)
    const run = await fleet(proxy, [
      { domain: topology.BENCH_NAMES_LARGE[80] },
      // PowerDNS's copy of example.test lacks this CNAME: the check stops this entry before its order
      { domain: 'missing.example.test' },
      { domain: topology.BENCH_NAMES_LARGE[81] },
    ])
    expect(run.code).toBe(1)
    expect(report(run).map((r) => r.status)).toEqual(['issued', 'failed', 'issued'])
    expect(run.outputs.failed_count).toBe('1')
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
    expect(error).toMatch(/^::error::1 of 3 certificate\(s\) failed: missing\.example\.test: /)
    expect(run.summary).toMatch(/\| missing\.example\.test \| \*\*failed\*\* \| - \| /)
    expect(orders(proxy)).toBe(2)
  })
})
