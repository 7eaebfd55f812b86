// The parent's delegation is a best-effort check: a parent zone that never answers (a runner whose resolver cannot
// reach the root) costs at most a second in all, beside the lookups the run needs, and leaves a one-line note.
import * as dnsPacket from 'dns-packet'
import { afterEach, expect, it } from 'vitest'
import { Resolver } from '../../src/dns/resolver.js'
import { type FakeDnsServer, fakeDnsServer } from '../support/fake-dns.js'

let server: FakeDnsServer | undefined
afterEach(async () => {
  await server?.close()
})

/** A resolver that knows the zones v.test and w.test (one server each) and never answers anything about test. */
async function silentParent(): Promise<FakeDnsServer> {
  return fakeDnsServer((request) => {
    const question = request.questions?.[0]
    const name = question?.name ?? ''
    if (name === 'test') return []
    const zone = name.endsWith('w.test') ? 'w.test' : 'v.test'
    const answers: dnsPacket.Answer[] = []
    if (question?.type === 'NS' && name === zone)
      answers.push({ type: 'NS', name, ttl: 60, data: `ns1.${zone}` })
    if (question?.type === 'A' && name === `ns1.${zone}`)
      answers.push({ type: 'A', name, ttl: 60, data: '192.0.2.1' })
    if (question?.type === 'SOA' && name === zone)
      answers.push({
        type: 'SOA',
        name,
        ttl: 60,
        data: {
          mname: `ns1.${zone}`,
          rname: `h.${zone}`,
          serial: 1,
          refresh: 1,
          retry: 1,
          expire: 1,
          minimum: 1,
        },
      })
    return [
      dnsPacket.encode({
        type: 'response',
        id: request.id,
        flags: dnsPacket.RECURSION_AVAILABLE,
        questions: request.questions,
        answers,
      }),
    ]
  })
}

it('gives up on a parent that never answers with a note, keeping the zone servers its NS set names', async () => {
  server = await silentParent()
  const dns = new Resolver([server.address], { ipv6: false })
  const found = await dns.zoneServers('v.test')
  expect(found.servers).toEqual([{ name: 'ns1.v.test', addresses: ['192.0.2.1'] }])
  expect(found.note).toBe(
    'parent delegation of v.test not checked: no answer within 1 s while finding its parent zone',
  )
  // given up on, not tried again (a try lasts 2 s)
  expect(server.received.filter((r) => r.packet.questions?.[0]?.name === 'test')).toHaveLength(1)
})

it('waits on no later parent once one gave no answer: the second zone is noted as not checked at once', async () => {
  server = await silentParent()
  const dns = new Resolver([server.address], { ipv6: false })
  await dns.zoneServers('v.test')
  const second = await dns.zoneServers('w.test')
  expect(second.servers).toEqual([{ name: 'ns1.w.test', addresses: ['192.0.2.1'] }])
  expect(second.note).toBe(
    "parent delegation of w.test not checked: no answer yet while finding its parent zone (an earlier zone's parent gave none within 1 s)",
  )
})

it('says why when the parent cannot be found, without waiting', async () => {
  server = await fakeDnsServer((request) => [
    dnsPacket.encode({
      type: 'response',
      id: request.id,
      flags: dnsPacket.RECURSION_AVAILABLE | (request.questions?.[0]?.name === 'test' ? 2 : 0), // SERVFAIL
      questions: request.questions,
      answers:
        request.questions?.[0]?.type === 'NS'
          ? [{ type: 'NS', name: 'v.test', ttl: 60, data: 'ns1.v.test' }]
          : request.questions?.[0]?.type === 'A'
            ? [{ type: 'A', name: 'ns1.v.test', ttl: 60, data: '192.0.2.1' }]
            : [],
    }),
  ])
  const found = await new Resolver([server.address], { ipv6: false }).zoneServers('v.test')
  expect(found.note).toMatch(
    /^parent delegation of v\.test not checked: its parent zone was not found \(.*SERVFAIL.*\)$/,
  )
})
