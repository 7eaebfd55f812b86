// End to end: what a DNS server of the test's own answers (on the bed's loopback, port 53, as a real name server
// listens): bytes no host name holds, or silence. The real bundle runs as the runner runs it; the test's server
// is the resolver the run asks (and the only master of its own zone), and hands other questions to the bed's
// Unbound.
import * as dnsPacket from 'dns-packet'
import { afterEach, describe, expect, it } from 'vitest'
import { exchange } from '../../src/dns/wire.js'
import { bedInputs, pebbleOrders, rfc2136Env, topology } from '../support/bed.js'
import { type DnsHandler, type FakeDnsServer, fakeDnsServer, withBytes } from '../support/fake-dns.js'
import { runAction } from '../support/run-action.js'
import { MEANT_COMMANDS, workflowCommands } from '../support/workflow-commands.js'

const { OWN_DNS, RESOLVER } = topology
const ZONE = 'evil.test'
const SERVER = `ns.${ZONE}`

let server: FakeDnsServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

type Answer = dnsPacket.Answer

/**
 * Serves ZONE (SOA, NS, the server's address, and the CNAMEs given) as its only master, and answers as a
 * resolver for it; every other question goes to the bed's Unbound. `rewrite` puts bytes into the answer that
 * dns-packet cannot write.
 */
async function ownZone(cnames: Answer[], rewrite: Readonly<Record<string, string>> = {}): Promise<void> {
  const handler: DnsHandler = async (request, _transport, message) => {
    const question = request.questions?.[0]
    const name = (question?.name ?? '').toLowerCase()
    if (question === undefined || (name !== ZONE && !name.endsWith(`.${ZONE}`) && name !== 'test'))
      return [await exchange(RESOLVER, message, { timeoutMs: 2000, tries: 2 })]
    const soa: Answer = {
      type: 'SOA',
      name: ZONE,
      ttl: 60,
      data: {
        mname: SERVER,
        rname: `hostmaster.${ZONE}`,
        serial: 1,
        refresh: 60,
        retry: 30,
        expire: 600,
        minimum: 5,
      },
    }
    const answers: Answer[] = []
    if (question.type === 'SOA' && name === ZONE) answers.push(soa)
    if (question.type === 'NS' && name === ZONE)
      answers.push({ type: 'NS', name: ZONE, ttl: 60, data: SERVER })
    if (question.type === 'A' && name === SERVER)
      answers.push({ type: 'A', name: SERVER, ttl: 60, data: OWN_DNS })
    answers.push(
      ...cnames.filter((rr) => rr.name === name && ['CNAME', 'SOA', 'TXT', 'CAA'].includes(question.type)),
    )
    const reply = dnsPacket.encode({
      type: 'response',
      id: request.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.RECURSION_AVAILABLE | (name === 'test' ? 3 : 0),
      questions: request.questions,
      answers,
      authorities: answers.length === 0 ? [soa] : [],
    })
    return [withBytes(reply, rewrite)]
  }
  server = await fakeDnsServer(handler, { host: OWN_DNS, port: 53 })
}

describe('a CNAME target that is no host name', () => {
  it('stops the run before ordering, naming the master and showing the value escaped; nothing in it commands the runner', async () => {
    const challenge = `_acme-challenge.www.${ZONE}`
    await ownZone(
      [{ type: 'CNAME', name: challenge, ttl: 60, data: 'xN::warning::injected.validation.bind.test' }],
      { xN: 'x\n' },
    )
    const ordersBefore = await pebbleOrders()
    const run = await runAction({
      inputs: bedInputs({ domain: `www.${ZONE}`, dns_provider: 'rfc2136', dns_resolvers: OWN_DNS }),
      env: { ...(await rfc2136Env()), CERTALIAS_TEST_IPV6: '0' },
    })
    expect(run.code, run.stdout).toBe(1)
    const commands = workflowCommands(run.stdout)
    expect(commands.filter((c) => !MEANT_COMMANDS.has(c.name) || c.data.startsWith('injected'))).toEqual([])
    const error = commands.find((c) => c.name === 'error')?.data ?? ''
    expect(error).toContain(
      `${SERVER} (${OWN_DNS}), a server of ${ZONE}, answers CNAME "x\\010::warning::injected.validation.bind.test" for ${challenge}, which is no host name`,
    )
    expect(error).toContain('nothing was ordered or written')
    expect(await pebbleOrders()).toBe(ordersBefore)
    expect(run.state.records ?? '[]').toBe('[]')
  })
})

describe('a resolver that never answers for the parent zones (a runner that cannot reach the root)', () => {
  it('issues all the same: the parent delegation is not checked, with a one-line note, and not asked again', async () => {
    const silent = new Set(['test', 'bind.test'])
    server = await fakeDnsServer(
      async (request, _transport, message) => {
        const name = (request.questions?.[0]?.name ?? '').toLowerCase()
        if (silent.has(name)) return []
        return [await exchange(RESOLVER, message, { timeoutMs: 2000, tries: 2 })]
      },
      { host: OWN_DNS, port: 53 },
    )
    const run = await runAction({
      inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'rfc2136', dns_resolvers: OWN_DNS }),
      env: { ...(await rfc2136Env()), CERTALIAS_TEST_IPV6: '0' },
    })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs.issued).toBe('true')
    const notes = run.stdout.split('\n').filter((line) => line.startsWith('parent delegation of '))
    expect(notes).toEqual([
      'parent delegation of example.test not checked: no answer within 1 s while finding its parent zone',
      expect.stringMatching(/^parent delegation of validation\.bind\.test not checked: no answer yet /),
    ])
    // given up on, not asked again: the resolver's timeout (2 s a try) never came round to a second try (CAA, a
    // check of its own with two tries of half a second, is asked of the top-level domain too)
    const parentQuestions = (server?.received ?? []).filter(
      (r) => silent.has(r.packet.questions?.[0]?.name ?? '') && r.packet.questions?.[0]?.type !== 'CAA',
    )
    expect(parentQuestions.length).toBeGreaterThan(0)
    const perQuestion = new Map<string, number>()
    for (const r of parentQuestions) {
      const key = `${r.packet.questions?.[0]?.name} ${r.packet.questions?.[0]?.type}`
      perQuestion.set(key, (perQuestion.get(key) ?? 0) + 1)
    }
    expect(
      [...perQuestion.values()].every((count) => count === 1),
      JSON.stringify([...perQuestion]),
    ).toBe(true)
  })
})
