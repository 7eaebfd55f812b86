// The one-server DNS client against small in-process servers that misbehave on purpose.
import net from 'node:net'
import * as dnsPacket from 'dns-packet'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DnsTransportError, exchange, isIPv6, parseServer, query } from '../../src/dns/wire.js'
import { type DnsHandler, type FakeDnsServer, fakeDnsServer, withBytes } from '../support/fake-dns.js'

const servers: FakeDnsServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function fakeServer(handler: DnsHandler): Promise<FakeDnsServer> {
  const server = await fakeDnsServer(handler)
  servers.push(server)
  return server
}

function answer(request: dnsPacket.DecodedPacket, patch: Partial<dnsPacket.Packet> = {}): Buffer {
  return dnsPacket.encode({
    type: 'response',
    id: request.id,
    flags: dnsPacket.AUTHORITATIVE_ANSWER,
    questions: request.questions,
    answers: [{ type: 'TXT', name: request.questions?.[0]?.name ?? '', ttl: 60, data: 'the-value' }],
    ...patch,
  })
}

describe('parseServer', () => {
  it.each([
    ['192.0.2.1', { host: '192.0.2.1', port: 53 }],
    ['192.0.2.1:5353', { host: '192.0.2.1', port: 5353 }],
    ['::1', { host: '::1', port: 53 }],
    ['2001:db8::53', { host: '2001:db8::53', port: 53 }],
    ['[::1]:53', { host: '::1', port: 53 }],
    ['[2001:db8::53]:5300', { host: '2001:db8::53', port: 5300 }],
    ['ns1.example.test', { host: 'ns1.example.test', port: 53 }],
    ['ns1.example.test:5353', { host: 'ns1.example.test', port: 5353 }],
  ])('reads %j', (server, expected) => {
    expect(parseServer(server)).toEqual(expected)
  })

  it.each(['', '192.0.2.1:0', '192.0.2.1:65536', '192.0.2.1:dns', '[192.0.2.1]:53', '[::1'])(
    'rejects %j, naming it',
    (server) => {
      expect(() => parseServer(server)).toThrow(`Invalid DNS server "${server}"`)
    },
  )
})

describe('isIPv6', () => {
  it("answers as Node's own check does, for addresses, ip:port, bracketed forms and names", () => {
    const samples = [
      '127.0.10.1',
      '127.0.10.1:53',
      '::1',
      '::',
      '2001:db8::53',
      '2001:db8:0:0:0:0:0:53',
      'fe80::1%eth0',
      '::ffff:192.0.2.1',
      '[::1]',
      '[::1]:53',
      'ns1.example.net',
      'ns1.example.net:53',
      ':',
      '1:2',
      '',
    ]
    expect(samples.map((text) => [text, isIPv6(text)])).toEqual(
      samples.map((text) => [text, net.isIPv6(text)]),
    )
  })
})

describe('query', () => {
  it('returns the answer with lower-case names, no trailing dot, and TXT strings joined', async () => {
    const server = await fakeServer((request) => [
      answer(request, {
        answers: [
          { type: 'TXT', name: '_ACME-Challenge.Example.TEST.', ttl: 30, data: ['first-', 'second'] },
          { type: 'CNAME', name: 'a.example.test', ttl: 30, data: 'B.Example.Test.' },
        ],
        authorities: [
          {
            type: 'SOA',
            name: 'example.test',
            ttl: 60,
            data: {
              mname: 'NS1.example.test',
              rname: 'hostmaster.example.test',
              serial: 7,
              refresh: 1,
              retry: 2,
              expire: 3,
              minimum: 4,
            },
          },
        ],
      }),
    ])
    const response = await query(server.address, '_acme-challenge.example.test.', 'TXT')
    expect(response).toEqual({
      rcode: 'NOERROR',
      authoritative: true,
      answers: [
        { name: '_acme-challenge.example.test', type: 'TXT', ttl: 30, data: 'first-second' },
        { name: 'a.example.test', type: 'CNAME', ttl: 30, data: 'b.example.test' },
      ],
      authorities: [
        {
          name: 'example.test',
          type: 'SOA',
          ttl: 60,
          data: {
            mname: 'ns1.example.test',
            rname: 'hostmaster.example.test',
            serial: 7,
            refresh: 1,
            retry: 2,
            expire: 3,
            minimum: 4,
          },
        },
      ],
      additionals: [],
    })
  })

  it('keeps each label of a name whole, in presentation form: a dot or a control byte inside a label is escaped', async () => {
    const server = await fakeServer((request) => {
      const reply = answer(request, {
        answers: [
          {
            type: 'CNAME',
            name: 'owner_X.example.test',
            ttl: 30,
            data: 'evilN::warning::injected.a_b.example.test',
          },
          { type: 'NS', name: 'example.test', ttl: 30, data: 'nsE.example.test' },
        ],
      })
      return [withBytes(reply, { owner_X: 'owner.X', evilN: 'evil\n', a_b: 'a.b', nsE: 'ns\u00e9' })]
    })
    const response = await query(server.address, 'owner.x.example.test', 'CNAME')
    expect(response.answers.map((rr) => [rr.name, rr.data])).toEqual([
      ['owner\\.x.example.test', 'evil\\010::warning::injected.a\\.b.example.test'],
      ['example.test', 'ns\\233.example.test'],
    ])
  })

  it('advertises 1232 bytes with EDNS0 (the DNS flag day value) and sets RD only when recursion is desired', async () => {
    const server = await fakeServer((request) => [answer(request)])
    await query(server.address, 'a.test', 'TXT')
    await query(server.address, 'a.test', 'TXT', { recursionDesired: false })
    const [recursive, iterative] = server.received.map((entry) => entry.packet)
    expect(recursive?.additionals).toEqual([expect.objectContaining({ type: 'OPT', udpPayloadSize: 1232 })])
    expect(recursive?.flag_rd).toBe(true)
    expect(iterative?.flag_rd).toBe(false)
  })

  it('uses a new random id for each query', async () => {
    const server = await fakeServer((request) => [answer(request)])
    for (let n = 0; n < 8; n++) await query(server.address, 'a.test', 'TXT')
    expect(new Set(server.received.map((entry) => entry.packet.id)).size).toBeGreaterThan(1)
  })

  it('reports the rcode of an error answer', async () => {
    const server = await fakeServer((request) => [answer(request, { flags: 3, answers: [] })])
    expect((await query(server.address, 'missing.test', 'A')).rcode).toBe('NXDOMAIN')
  })

  it('ignores datagrams with another id or another question and takes the matching one', async () => {
    const server = await fakeServer((request) => [
      answer(request, {
        id: ((request.id ?? 0) + 1) & 0xffff,
        answers: [{ type: 'TXT', name: 'a.test', data: 'forged-id' }],
      }),
      answer(request, {
        questions: [{ type: 'TXT', name: 'other.test' }],
        answers: [{ type: 'TXT', name: 'a.test', data: 'forged-question' }],
      }),
      answer(request, {
        questions: [{ type: 'A', name: 'a.test' }],
        answers: [{ type: 'TXT', name: 'a.test', data: 'forged-type' }],
      }),
      answer(request, { answers: [{ type: 'TXT', name: 'a.test', data: 'genuine' }] }),
    ])
    const response = await query(server.address, 'a.test', 'TXT')
    expect(response.answers.map((record) => record.data)).toEqual(['genuine'])
  })

  it('asks again over TCP when the UDP answer is truncated', async () => {
    const server = await fakeServer((request, transport) =>
      transport === 'udp'
        ? [answer(request, { flags: dnsPacket.TRUNCATED_RESPONSE, answers: [] })]
        : [answer(request, { answers: [{ type: 'TXT', name: 'a.test', data: 'x'.repeat(200) }] })],
    )
    const response = await query(server.address, 'a.test', 'TXT')
    expect(server.received.map((entry) => entry.transport)).toEqual(['udp', 'tcp'])
    expect(response.answers[0]?.data).toBe('x'.repeat(200))
  })

  it('gets an answer larger than 1232 bytes over TCP from a server that truncates to the advertised size', async () => {
    // 12 TXT values of 200 bytes: about 2.5 kB, which a 4096-byte buffer would take as IP fragments
    const values = Array.from({ length: 12 }, (_, i) => `${i}`.padEnd(200, 'x'))
    const server = await fakeServer((request, transport) => {
      const full = answer(request, {
        answers: values.map((data) => ({ type: 'TXT' as const, name: 'big.test', ttl: 60, data })),
      })
      const opt = request.additionals?.find((record) => record.type === 'OPT') as { udpPayloadSize?: number }
      const limit = opt?.udpPayloadSize ?? 512
      if (transport === 'tcp' || full.length <= limit) return [full]
      return [
        answer(request, {
          flags: dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.TRUNCATED_RESPONSE,
          answers: [],
        }),
      ]
    })
    const response = await query(server.address, 'big.test', 'TXT')
    expect(server.received.map((entry) => entry.transport)).toEqual(['udp', 'tcp'])
    expect(response.answers.map((record) => record.data)).toEqual(values)
  })

  it('sends the question again on each try and takes a late answer', async () => {
    const server = await fakeServer((request) => (server.received.length < 2 ? [] : [answer(request)]))
    const response = await query(server.address, 'a.test', 'TXT', { timeoutMs: 100, tries: 3 })
    expect(server.received).toHaveLength(2)
    expect(response.answers).toHaveLength(1)
  })

  it('gives up after the given tries with an error naming the server, the name and the type', async () => {
    const server = await fakeServer(() => [])
    const started = Date.now()
    const failure = query(server.address, 'silent.test', 'TXT', { timeoutMs: 100, tries: 2 })
    await expect(failure).rejects.toThrow(DnsTransportError)
    await expect(failure).rejects.toThrow(
      `DNS server ${server.address} did not answer query silent.test TXT over UDP (2 tries of 100 ms)`,
    )
    await expect(failure).rejects.toMatchObject({ reason: 'timeout', server: server.address })
    expect(server.received).toHaveLength(2)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('fails at once with a network error naming the server, the name and the type when nothing listens', async () => {
    const server = await fakeServer(() => [])
    await server.close()
    servers.pop()
    const failure = query(server.address, 'nobody.test', 'A', { timeoutMs: 5000, tries: 3 })
    await expect(failure).rejects.toThrow(
      `DNS server ${server.address} could not be reached for query nobody.test A: ECONNREFUSED`,
    )
    await expect(failure).rejects.toMatchObject({ reason: 'network' })
  })
})

describe('a server the socket cannot be connected to', () => {
  // Linux refuses to connect a UDP socket to the broadcast address, as it refuses an address with no route (an IPv6
  // server on a runner without IPv6); Node hands that error to connect's callback.
  it('fails with a network error naming the server, instead of sending on an unconnected socket', async () => {
    const failure = query('255.255.255.255:53', 'a.test', 'TXT', { timeoutMs: 5000, tries: 3 })
    // EACCES where a route to it exists, ENETUNREACH where none does (a namespace with only loopback)
    await expect(failure).rejects.toThrow(
      /^DNS server 255\.255\.255\.255:53 could not be reached for query a\.test TXT: (EACCES|ENETUNREACH)$/,
    )
    await expect(failure).rejects.toMatchObject({ reason: 'network' })
  })
})

describe('a question given up on (an AbortSignal)', () => {
  it.each([false, true])('ends at once, socket closed, no further try (tcp: %s)', async (tcp) => {
    const server = await fakeServer(() => [])
    const controller = new AbortController()
    const request = dnsPacket.encode({ type: 'query', id: 9, questions: [{ type: 'SOA', name: 'test' }] })
    const asked = exchange(server.address, request, {
      tcp,
      timeoutMs: 60_000,
      tries: 3,
      signal: controller.signal,
    })
    await vi.waitFor(() => expect(server.received).toHaveLength(1))
    controller.abort()
    await expect(asked).rejects.toMatchObject({
      reason: 'aborted',
      message: `DNS server ${server.address} was no longer asked query test SOA: given up on`,
    })
    expect(server.received).toHaveLength(1)
  })

  it('is not sent at all when the signal has already aborted', async () => {
    const server = await fakeServer((request) => [answer(request)])
    await expect(
      query(server.address, 'a.test', 'TXT', { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ reason: 'aborted' })
    expect(server.received).toHaveLength(0)
  })
})

describe('exchange', () => {
  it('refuses a host name, since propagation checks must name the address they ask', async () => {
    await expect(
      exchange('ns1.example.test', Buffer.alloc(12), { timeoutMs: 100, tries: 1 }),
    ).rejects.toThrow(/must be an IP address/)
  })

  it('speaks TCP from the start when asked to', async () => {
    const server = await fakeServer((request) => [answer(request)])
    const request = dnsPacket.encode({ type: 'query', id: 77, questions: [{ type: 'TXT', name: 'a.test' }] })
    const reply = await exchange(server.address, request, { tcp: true, timeoutMs: 1000, tries: 1 })
    expect(dnsPacket.decode(reply).id).toBe(77)
    expect(server.received.map((entry) => entry.transport)).toEqual(['tcp'])
  })

  it('names an UPDATE by its zone in errors', async () => {
    const server = await fakeServer(() => [])
    const update = Buffer.from(
      dnsPacket.encode({ type: 'query', id: 1, questions: [{ type: 'SOA', name: 'zone.test' }] }),
    )
    update.writeUInt16BE(5 << 11, 2)
    await expect(exchange(server.address, update, { timeoutMs: 50, tries: 1 })).rejects.toThrow(
      'did not answer UPDATE of zone zone.test over UDP (1 try of 50 ms)',
    )
  })
})
