// Name server names come from DNS too: one that is no host name is never looked up or asked, and says why.
import * as dnsPacket from 'dns-packet'
import { afterEach, expect, it } from 'vitest'
import { Resolver } from '../../src/dns/resolver.js'
import { type FakeDnsServer, fakeDnsServer, withBytes } from '../support/fake-dns.js'

let server: FakeDnsServer | undefined
afterEach(async () => {
  await server?.close()
})

it('keeps a name server whose name is no host name out of every lookup, saying why it cannot be asked', async () => {
  server = await fakeDnsServer((request) => {
    const question = request.questions?.[0]
    const reply = (patch: Partial<dnsPacket.Packet>) =>
      dnsPacket.encode({
        type: 'response',
        id: request.id,
        flags: dnsPacket.RECURSION_AVAILABLE | (patch.answers ? 0 : 3),
        questions: request.questions,
        ...patch,
      })
    if (question?.type === 'NS' && question.name === 'v.test')
      return [
        withBytes(
          reply({
            answers: [
              { type: 'NS', name: 'v.test', ttl: 60, data: 'ns1.v.test' },
              { type: 'NS', name: 'v.test', ttl: 60, data: 'nsN::warning::injected.v.test' },
            ],
          }),
          { nsN: 'ns\n' },
        ),
      ]
    if (question?.type === 'A' && question.name === 'ns1.v.test')
      return [reply({ answers: [{ type: 'A', name: 'ns1.v.test', ttl: 60, data: '192.0.2.1' }] })]
    return [reply({})]
  })
  const dns = new Resolver([server.address], { ipv6: false })
  const { servers } = await dns.zoneServers('v.test')
  expect(servers).toEqual([
    { name: 'ns1.v.test', addresses: ['192.0.2.1'] },
    {
      name: 'ns\\010::warning::injected.v.test',
      addresses: [],
      unreachable:
        'its name is no host name ("ns\\010::warning::injected" is not a label of letters, digits, hyphens and underscores)',
    },
  ])
  const asked = server.received.map((r) => r.packet.questions?.[0]?.name ?? '')
  expect(asked.filter((name) => name.includes('warning'))).toEqual([])
})
