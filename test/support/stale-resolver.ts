// A recursive resolver in front of the bed's Unbound that still holds an old NXDOMAIN for some names, as a
// cache does on the first run after a CNAME is published there. Everything else goes to Unbound as sent. With
// `delayMs`, every answer comes that late, as from a resolver far away.
import dgram from 'node:dgram'
import net from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'
import * as dnsPacket from 'dns-packet'
import { exchange } from '../../src/dns/wire.js'

export interface StaleResolver {
  /** ip:port, for dns_resolvers. */
  readonly address: string
  /** The names it answered NXDOMAIN for. */
  readonly denied: string[]
  close(): Promise<void>
}

export async function staleResolver(
  upstream: string,
  stale: readonly string[],
  zone: string,
  options: { delayMs?: number } = {},
): Promise<StaleResolver> {
  const denied: string[] = []
  const answer = async (message: Buffer): Promise<Buffer> => {
    if (options.delayMs !== undefined) await delay(options.delayMs)
    const request = dnsPacket.decode(message)
    const name = (request.questions?.[0]?.name ?? '').toLowerCase().replace(/\.$/, '')
    if (!stale.includes(name)) return exchange(upstream, message, { timeoutMs: 2000, tries: 2 })
    denied.push(name)
    return dnsPacket.encode({
      type: 'response',
      id: request.id,
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | 3, // NXDOMAIN
      questions: request.questions,
      authorities: [
        {
          type: 'SOA',
          name: zone,
          ttl: 300,
          data: {
            mname: `ns1.${zone}`,
            rname: `hostmaster.${zone}`,
            serial: 1,
            refresh: 60,
            retry: 30,
            expire: 600,
            minimum: 300,
          },
        },
      ],
    })
  }
  const udp = dgram.createSocket('udp4')
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve))
  const port = udp.address().port
  udp.on('message', (message, peer) => {
    answer(message).then(
      (reply) => udp.send(reply, peer.port, peer.address),
      () => {},
    )
  })
  const tcp = net.createServer((socket) => {
    let buffered = Buffer.alloc(0)
    socket.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk])
      while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
        const message = buffered.subarray(2, 2 + buffered.readUInt16BE(0))
        buffered = buffered.subarray(2 + message.length)
        answer(Buffer.from(message)).then(
          (reply) =>
            socket.write(Buffer.concat([Buffer.from([reply.length >> 8, reply.length & 0xff]), reply])),
          () => socket.destroy(),
        )
      }
    })
    socket.on('error', () => {})
  })
  await new Promise<void>((resolve) => tcp.listen(port, '127.0.0.1', resolve))
  return {
    address: `127.0.0.1:${port}`,
    denied,
    close: async () => {
      udp.close()
      await new Promise<void>((resolve) => tcp.close(() => resolve()))
    },
  }
}
