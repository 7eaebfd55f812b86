// A small DNS server of a test's own: a UDP and a TCP listener on one port, answering with whatever the handler
// returns (in order), so a test can send answers no real server would: labels holding any byte, silence.
import dgram from 'node:dgram'
import net from 'node:net'
import * as dnsPacket from 'dns-packet'

export type Transport = 'udp' | 'tcp'
/** The messages to send back, in order; none to stay silent. `message` is the request as it came. */
export type DnsHandler = (
  request: dnsPacket.DecodedPacket,
  transport: Transport,
  message: Buffer,
) => Buffer[] | Promise<Buffer[]>

export interface FakeDnsServer {
  /** ip:port */
  readonly address: string
  readonly received: { transport: Transport; packet: dnsPacket.DecodedPacket }[]
  close(): Promise<void>
}

/** Listens on host:port (port 0: any free one; 127.0.0.1 unless told). */
export async function fakeDnsServer(
  handler: DnsHandler,
  listen: { host?: string; port?: number } = {},
): Promise<FakeDnsServer> {
  const host = listen.host ?? '127.0.0.1'
  const received: FakeDnsServer['received'] = []
  const { udp, tcp, port } = await bindPair(host, listen.port)
  udp.on('message', (message, peer) => {
    const packet = dnsPacket.decode(message)
    received.push({ transport: 'udp', packet })
    void Promise.resolve(handler(packet, 'udp', message)).then(
      (replies) => {
        for (const reply of replies) udp.send(reply, peer.port, peer.address)
      },
      () => {},
    )
  })
  const sockets = new Set<net.Socket>()
  tcp.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    socket.on('data', (data) => {
      const message = Buffer.from(data.subarray(2, 2 + data.readUInt16BE(0)))
      const packet = dnsPacket.decode(message)
      received.push({ transport: 'tcp', packet })
      void Promise.resolve(handler(packet, 'tcp', message)).then(
        (replies) => {
          for (const reply of replies)
            socket.write(Buffer.concat([Buffer.from([reply.length >> 8, reply.length & 0xff]), reply]))
        },
        () => socket.destroy(),
      )
    })
  })
  return {
    address: `${host}:${port}`,
    received,
    close: async () => {
      udp.close()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => tcp.close(() => resolve()))
    },
  }
}

/**
 * A UDP socket and a TCP listener on one port. The port the kernel gives the UDP socket may be in use for TCP (by
 * another test's connection on a busy machine); then another pair is tried, rather than waiting for a listen that
 * never comes.
 */
async function bindPair(
  host: string,
  wanted: number | undefined,
): Promise<{ udp: dgram.Socket; tcp: net.Server; port: number }> {
  for (let attempt = 1; ; attempt++) {
    const udp = dgram.createSocket('udp4')
    await listening(udp, () => udp.bind(wanted ?? 0, host))
    const port = udp.address().port
    const tcp = net.createServer()
    try {
      await listening(tcp, () => tcp.listen(port, host))
      return { udp, tcp, port }
    } catch (error) {
      udp.close()
      if (wanted !== undefined || attempt === 20 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE')
        throw error
    }
  }
}

/** Starts `listen` and settles on 'listening' or on the first 'error'. */
function listening(emitter: dgram.Socket | net.Server, listen: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      emitter.off('listening', done)
      reject(error)
    }
    const done = () => {
      emitter.off('error', fail)
      resolve()
    }
    emitter.once('error', fail)
    emitter.once('listening', done)
    listen()
  })
}

/**
 * A message with bytes dns-packet cannot write (a label holding a new line or a dot): each `from` placeholder,
 * of the same length, overwritten byte for byte with `to`.
 */
export function withBytes(message: Buffer, replacements: Readonly<Record<string, string>>): Buffer {
  for (const [from, to] of Object.entries(replacements)) {
    if (Buffer.byteLength(to, 'latin1') !== from.length) throw new Error(`${from} and ${to} differ in length`)
    for (let at = message.indexOf(from); at >= 0; at = message.indexOf(from, at + 1))
      message.write(to, at, 'latin1')
  }
  return message
}
