// The authoritative checks against the bed's real servers: a resolver with a stale cache, an IPv6-only and a
// glue-only name server, a delegation that names another server than the zone's NS set, a lame server.
// The stages are called directly (no CA): each test asks only what its case needs.
import { networkInterfaces } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { Resolver } from '../../src/dns/resolver.js'
import { normalizeName } from '../../src/names/index.js'
import { makePlan, traceChains } from '../../src/pipeline/plan.js'
import { PreflightError, preflight } from '../../src/pipeline/preflight.js'
import { PropagationError, waitForPropagation } from '../../src/pipeline/propagate.js'
import { topology } from '../support/bed.js'
import { type StaleResolver, staleResolver } from '../support/stale-resolver.js'

const { RESOLVER, ZONES } = topology
const hasLoopbackIpv6 = Object.values(networkInterfaces()).some((list) =>
  list?.some((a) => a.address === '::1'),
)

let stale: StaleResolver | undefined
afterEach(async () => {
  await stale?.close()
  stale = undefined
})

async function traced(name: string, dns: Resolver) {
  return traceChains([normalizeName(name)], dns)
}

describe('the plan follows the authoritative servers', () => {
  it('follows the CNAME every master publishes while the resolver still holds the old NXDOMAIN', async () => {
    const challenge = Object.keys(topology.STALE_CNAMES)[0] as string
    stale = await staleResolver(RESOLVER, [challenge], ZONES.main)
    const dns = new Resolver([stale.address], { ipv6: false })
    const chains = await traced('stale.example.test', dns)
    expect(stale.denied).toContain(challenge)
    expect(chains[0]?.chain).toEqual([challenge, '_acme-challenge.validation.bind.test'])
    expect(preflight(chains).warnings).toEqual([])
    const plan = await makePlan(chains, { byName: new Map() }, dns)
    expect(plan.owners).toEqual([
      expect.objectContaining({ owner: '_acme-challenge.validation.bind.test', zone: ZONES.bindAlias }),
    ])
  })
})

describe('servers this machine cannot reach', () => {
  it('does not wait on an IPv6-only name server on a machine without IPv6, and says so', async () => {
    const dns = new Resolver([RESOLVER], { ipv6: false })
    const notes: string[] = []
    const started = Date.now()
    await waitForPropagation(
      [{ zone: ZONES.v6, owner: `_acme-challenge.${ZONES.v6}`, values: ['keep-me-v6'] }],
      dns,
      { timeoutMs: 5000, log: (m) => notes.push(m) },
    )
    expect(Date.now() - started).toBeLessThan(2000)
    expect(notes.join('\n')).toMatch(
      /Not waiting on ns6\.example\.test, a server of validation\.v6\.test: not checked from here: it has only IPv6 addresses \(::1\) and this machine has no IPv6 route/,
    )
  })

  it('warns in preflight that the IPv6-only server of the alias zone was not checked, and goes on', async () => {
    const chains = await traced('six.example.test', new Resolver([RESOLVER], { ipv6: false }))
    expect(chains[0]?.chain).toEqual(['_acme-challenge.six.example.test', `_acme-challenge.${ZONES.v6}`])
    expect(preflight(chains).warnings).toEqual([
      expect.stringMatching(
        /^ns6\.example\.test, a server of validation\.v6\.test, was not checked from here/,
      ),
    ])
  })

  it.skipIf(!hasLoopbackIpv6)(
    'asks the IPv6-only name server over IPv6 when the machine has IPv6',
    async () => {
      const dns = new Resolver([RESOLVER], { ipv6: true })
      const servers = await dns.authoritativeServers(ZONES.v6)
      expect(servers.find((s) => s.name === 'ns6.example.test')).toEqual({
        name: 'ns6.example.test',
        addresses: ['[::1]'],
      })
      const notes: string[] = []
      await waitForPropagation(
        [{ zone: ZONES.v6, owner: `_acme-challenge.${ZONES.v6}`, values: ['keep-me-v6'] }],
        dns,
        { timeoutMs: 5000, log: (m) => notes.push(m) },
      )
      expect(notes).toEqual([])
    },
  )

  it('stops at once when no server of the alias zone can be asked from here', async () => {
    const dns = new Resolver([RESOLVER], { ipv6: false })
    const started = Date.now()
    await expect(
      waitForPropagation(
        [{ zone: ZONES.v6only, owner: `_acme-challenge.${ZONES.v6only}`, values: ['keep-me-v6only'] }],
        dns,
        { timeoutMs: 10_000 },
      ),
    ).rejects.toThrow(
      /No server of validation\.v6only\.test can be asked from here.*ns6\.example\.test \(it has only IPv6/,
    )
    expect(Date.now() - started).toBeLessThan(2000)
    const chains = await traced('sixonly.example.test', dns)
    expect(() => preflight(chains)).toThrow(/no server of validation\.v6only\.test can be asked from here/)
  })

  it('names a name server whose address is only glue at the parent as not checked from here', async () => {
    const chains = await traced('glue.deleg.test', new Resolver([RESOLVER], { ipv6: false }))
    expect(chains[0]?.chain).toEqual([
      '_acme-challenge.glue.deleg.test',
      '_acme-challenge.validation.bind.test',
    ])
    expect(preflight(chains).warnings).toEqual([
      'ns.glue.deleg.test, a server of glue.deleg.test, was not checked from here: ns.glue.deleg.test has no A or ' +
        'AAAA record of its own; its address (127.0.10.8) exists only as glue in deleg.test',
    ])
  })
})

describe('every authoritative server', () => {
  it("checks the servers only the parent's delegation names, and warns that the lists differ", async () => {
    const dns = new Resolver([RESOLVER], { ipv6: false })
    const zone = await dns.zoneServers(ZONES.mismatch)
    expect(zone.servers.map((s) => s.name).sort()).toEqual(['ns1.example.test', 'ns2.example.test'])
    expect(zone.mismatch).toBe(
      'The delegation of mismatch.deleg.test in its parent zone deleg.test and the NS set of mismatch.deleg.test ' +
        'differ: only the delegation names ns2.example.test. Every one of them is checked; make both lists name the same servers.',
    )
    const chains = await traced('mismatch.deleg.test', dns)
    expect(() => preflight(chains)).toThrow(
      /ns2\.example\.test \(127\.0\.10\.3\), a server of mismatch\.deleg\.test, answers NXDOMAIN \(no such name\) for _acme-challenge\.mismatch\.deleg\.test; expected CNAME _acme-challenge\.validation\.bind\.test/,
    )
  })
})

describe('lame servers', () => {
  it('reports a server that answers REFUSED for the alias zone at once, with its rcode', async () => {
    const dns = new Resolver([RESOLVER], { ipv6: false })
    const started = Date.now()
    const waiting = waitForPropagation(
      [{ zone: ZONES.lame, owner: `_acme-challenge.${ZONES.lame}`, values: ['never-written'] }],
      dns,
      { timeoutMs: 10_000 },
    )
    await expect(waiting).rejects.toThrow(PropagationError)
    await expect(waiting).rejects.toThrow(
      /ns2\.example\.test \(127\.0\.10\.3\) answers REFUSED for _acme-challenge\.validation\.lame\.test: it does not serve validation\.lame\.test/,
    )
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('stops in preflight, before any order, when a server of the alias zone answers REFUSED', async () => {
    const chains = await traced('lame.example.test', new Resolver([RESOLVER], { ipv6: false }))
    expect(() => preflight(chains)).toThrow(PreflightError)
    expect(() => preflight(chains)).toThrow(
      /ns2\.example\.test \(127\.0\.10\.3\), a server of validation\.lame\.test, answers REFUSED for _acme-challenge\.validation\.lame\.test/,
    )
  })
})
