// The rfc2136 provider's messages and error shaping, against an in-process UPDATE server that signs by hand.
import dgram from 'node:dgram'
import * as dnsPacket from 'dns-packet'
import { afterEach, describe, expect, it } from 'vitest'
import { splitTsig } from '../../src/dns/tsig.js'
import { rfc2136 } from '../../src/providers/rfc2136/index.js'
import { recordingHost } from '../support/host.js'
import { handMac, handTsigRecord, withRecord } from '../support/tsig-by-hand.js'

const SECRET = 'VHsZIWmGSH1SCu1wssWeZwbN4WbPpvcvns0Us7ylZP4='
const KEY = { name: 'certalias-unit', secret: Buffer.from(SECRET, 'base64') }
const ZONE = 'validation.example.test'
const OWNER = `_acme-challenge.${ZONE}`

interface Received {
  message: Buffer
  /** Decoded without the TSIG; the update section comes back as authorities. */
  update: dnsPacket.DecodedPacket
  macVerified: boolean
}

type Reply = { rcode?: number; sign?: 'ok' | 'none' | 'wrong-mac'; tsigError?: number }

const sockets: dgram.Socket[] = []
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close()
})

/** An UPDATE server on 127.0.0.1 that checks the request MAC by hand and answers as told. */
async function updateServer(
  reply: Reply = {},
): Promise<{ address: string; port: number; received: Received[] }> {
  const socket = dgram.createSocket('udp4')
  sockets.push(socket)
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  const received: Received[] = []
  socket.on('message', (message, peer) => {
    const split = splitTsig(message)
    if (!split) throw new Error('the provider sent an unsigned UPDATE')
    const { tsig, unsigned } = split
    const fields = {
      keyName: tsig.keyName,
      algorithm: tsig.algorithm,
      time: tsig.timeSigned,
      fudge: tsig.fudge,
    }
    const requestMac = handMac('sha256', KEY.secret, unsigned, fields)
    received.push({ message, update: dnsPacket.decode(unsigned), macVerified: requestMac.equals(tsig.mac) })

    // The answer: the header with QR and the rcode, and the zone section, as BIND sends it.
    const zoneEnd = 12 + (unsigned.subarray(12).indexOf(0) + 1) + 4
    const answer = Buffer.from(unsigned.subarray(0, zoneEnd))
    answer.writeUInt16BE(0x8000 | (5 << 11) | (reply.rcode ?? 0), 2)
    answer.writeUInt16BE(0, 8)
    const now = Math.floor(Date.now() / 1000)
    const error = reply.tsigError ?? 0
    const responseFields = { ...fields, time: now, error }
    let mac =
      error === 16 || error === 17
        ? Buffer.alloc(0)
        : handMac('sha256', KEY.secret, answer, responseFields, tsig.mac)
    if (reply.sign === 'wrong-mac') mac = Buffer.alloc(32, 1)
    const signed =
      reply.sign === 'none'
        ? answer
        : withRecord(answer, handTsigRecord({ ...responseFields, mac, originalId: tsig.originalId }))
    socket.send(signed, peer.port, peer.address)
  })
  return { address: '127.0.0.1', port: socket.address().port, received }
}

function provider(
  nameserver: string,
  env: Record<string, string> = {},
  resolvers: string[] = [],
  masked?: string[],
) {
  const host = recordingHost()
  if (masked) host.mask = (secret) => masked.push(secret)
  return rfc2136.create({
    host,
    resolvers,
    env: {
      RFC2136_NAMESERVER: nameserver,
      RFC2136_TSIG_KEY: KEY.name,
      RFC2136_TSIG_SECRET: SECRET,
      RFC2136_TIMEOUT: '1',
      ...env,
    },
  })
}

describe('rfc2136 provider messages', () => {
  it('appends all values of an owner in one signed UPDATE: zone SOA, then TXT class IN with the TTL', async () => {
    const server = await updateServer()
    await provider(`127.0.0.1:${server.port}`, { RFC2136_TTL: '120' }).append(ZONE, `${OWNER}.`, [
      'one',
      'two',
    ])
    expect(server.received).toHaveLength(1)
    const [request] = server.received
    expect(request?.macVerified).toBe(true)
    expect((request?.message.readUInt16BE(2) ?? 0) >> 11).toBe(5)
    expect(request?.update.questions).toEqual([{ name: ZONE, type: 'SOA', class: 'IN' }])
    expect(request?.update.answers).toEqual([])
    expect(request?.update.authorities).toEqual([
      expect.objectContaining({
        name: OWNER,
        type: 'TXT',
        class: 'IN',
        ttl: 120,
        data: [Buffer.from('one')],
      }),
      expect.objectContaining({
        name: OWNER,
        type: 'TXT',
        class: 'IN',
        ttl: 120,
        data: [Buffer.from('two')],
      }),
    ])
  })

  it('removes exactly the given values in one UPDATE: class NONE, TTL 0, one RR each', async () => {
    const server = await updateServer()
    await provider(`127.0.0.1:${server.port}`).remove(ZONE, OWNER, ['one', 'two'])
    expect(server.received).toHaveLength(1)
    expect(server.received[0]?.update.authorities).toEqual([
      expect.objectContaining({
        name: OWNER,
        type: 'TXT',
        class: 'UNKNOWN_254',
        ttl: 0,
        data: [Buffer.from('one')],
      }),
      expect.objectContaining({
        name: OWNER,
        type: 'TXT',
        class: 'UNKNOWN_254',
        ttl: 0,
        data: [Buffer.from('two')],
      }),
    ])
  })

  it('sends nothing when there are no values', async () => {
    const server = await updateServer()
    await provider(`127.0.0.1:${server.port}`).append(ZONE, OWNER, [])
    await provider(`127.0.0.1:${server.port}`).remove(ZONE, OWNER, [])
    expect(server.received).toHaveLength(0)
  })

  it('refuses an owner outside the zone before sending anything', async () => {
    const server = await updateServer()
    await expect(
      provider(`127.0.0.1:${server.port}`).append(ZONE, '_acme-challenge.other.test', ['v']),
    ).rejects.toThrow(
      'rfc2136: the owner _acme-challenge.other.test is not inside the zone validation.example.test',
    )
    expect(server.received).toHaveLength(0)
  })

  it('splits a value longer than 255 bytes into several character strings', async () => {
    const server = await updateServer()
    const long = 'x'.repeat(300)
    await provider(`127.0.0.1:${server.port}`).append(ZONE, OWNER, [long])
    const record = server.received[0]?.update.authorities?.[0] as dnsPacket.TxtAnswer
    expect(record.data).toEqual([Buffer.from('x'.repeat(255)), Buffer.from('x'.repeat(45))])
  })

  it('finds a host-name RFC2136_NAMESERVER through the given resolver', async () => {
    const server = await updateServer()
    const resolver = dgram.createSocket('udp4')
    sockets.push(resolver)
    await new Promise<void>((resolve) => resolver.bind(0, '127.0.0.1', resolve))
    const asked: string[] = []
    resolver.on('message', (message, peer) => {
      const request = dnsPacket.decode(message)
      const question = request.questions?.[0]
      asked.push(`${question?.name} ${question?.type}`)
      const reply = dnsPacket.encode({
        type: 'response',
        id: request.id,
        flags: dnsPacket.RECURSION_AVAILABLE,
        questions: request.questions,
        answers: [
          { type: 'CNAME', name: 'primary.example.test', data: 'ns9.example.test' },
          { type: 'A', name: 'ns9.example.test', data: '127.0.0.1' },
        ],
      })
      resolver.send(reply, peer.port, peer.address)
    })
    await provider(`primary.example.test:${server.port}`, {}, [
      `127.0.0.1:${resolver.address().port}`,
    ]).append(ZONE, OWNER, ['v'])
    expect(asked).toEqual(['primary.example.test A'])
    expect(server.received).toHaveLength(1)
  })
})

describe('rfc2136 provider errors', () => {
  it('masks the TSIG secret as soon as it is created', () => {
    const masked: string[] = []
    provider('127.0.0.1', {}, [], masked)
    expect(masked).toContain(SECRET)
  })

  it('turns REFUSED into an error naming the provider, the server, the rcode and RFC2136_TSIG_KEY, never the secret', async () => {
    const server = await updateServer({ rcode: 5 })
    const failure = provider(`127.0.0.1:${server.port}`).append(ZONE, OWNER, ['v'])
    await expect(failure).rejects.toThrow(
      new RegExp(
        `^rfc2136: adding 1 TXT value at ${OWNER} \\(zone ${ZONE}\\) failed at server 127\\.0\\.0\\.1:${server.port}: REFUSED\\.`,
      ),
    )
    await expect(failure).rejects.toThrow(/TSIG key "certalias-unit" \(RFC2136_TSIG_KEY\) may not be allowed/)
    await expect(failure).rejects.not.toThrow(SECRET)
  })

  it('turns NOTAUTH into an error that names RFC2136_TSIG_KEY and RFC2136_NAMESERVER', async () => {
    const server = await updateServer({ rcode: 9 })
    await expect(provider(`127.0.0.1:${server.port}`).remove(ZONE, OWNER, ['v'])).rejects.toThrow(
      /failed at server 127\.0\.0\.1:\d+: NOTAUTH\. RFC2136_NAMESERVER is not authoritative .*RFC2136_TSIG_KEY/,
    )
  })

  it("reports the server's BADSIG and points at RFC2136_TSIG_SECRET", async () => {
    const server = await updateServer({ rcode: 9, tsigError: 16 })
    await expect(provider(`127.0.0.1:${server.port}`).append(ZONE, OWNER, ['v'])).rejects.toThrow(
      /TSIG BADSIG \(rcode NOTAUTH\).*check RFC2136_TSIG_SECRET and RFC2136_TSIG_ALGORITHM/,
    )
  })

  it("reports the server's BADKEY and points at RFC2136_TSIG_KEY", async () => {
    const server = await updateServer({ rcode: 9, tsigError: 17 })
    await expect(provider(`127.0.0.1:${server.port}`).append(ZONE, OWNER, ['v'])).rejects.toThrow(
      /TSIG BADKEY \(rcode NOTAUTH\): the server knows no key "certalias-unit" \(RFC2136_TSIG_KEY\)/,
    )
  })

  it('does not trust a NOERROR answer that is not signed', async () => {
    const server = await updateServer({ sign: 'none' })
    await expect(provider(`127.0.0.1:${server.port}`).append(ZONE, OWNER, ['v'])).rejects.toThrow(
      /rcode NOERROR, and the answer carries no TSIG record/,
    )
  })

  it('does not trust a NOERROR answer whose MAC does not verify', async () => {
    const server = await updateServer({ sign: 'wrong-mac' })
    await expect(provider(`127.0.0.1:${server.port}`).append(ZONE, OWNER, ['v'])).rejects.toThrow(/BADSIG/)
  })

  it('names the server and RFC2136_TIMEOUT when the server does not answer', async () => {
    const silent = dgram.createSocket('udp4')
    sockets.push(silent)
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve))
    const port = silent.address().port
    await expect(
      provider(`127.0.0.1:${port}`, { RFC2136_TIMEOUT: '0.3' }).append(ZONE, OWNER, ['v']),
    ).rejects.toThrow(
      `rfc2136: adding 1 TXT value at ${OWNER} (zone ${ZONE}) failed: DNS server 127.0.0.1:${port} did not answer UPDATE of zone ${ZONE} over UDP (3 tries of 100 ms) (RFC2136_NAMESERVER, RFC2136_TIMEOUT)`,
    )
  })

  it.each([
    [
      { RFC2136_TSIG_ALGORITHM: 'hmac-sha3' },
      /^rfc2136: RFC2136_TSIG_ALGORITHM: Unknown TSIG algorithm "hmac-sha3"/,
    ],
    [{ RFC2136_TTL: '1m' }, /^rfc2136: RFC2136_TTL "1m" is not a whole number of seconds/],
    [{ RFC2136_TIMEOUT: '0' }, /^rfc2136: RFC2136_TIMEOUT "0" is not a positive number/],
    [
      { RFC2136_NAMESERVER: '192.0.2.1:99999' },
      /^rfc2136: RFC2136_NAMESERVER: Invalid DNS server "192.0.2.1:99999"/,
    ],
    [{ RFC2136_TSIG_KEY: '' }, /^rfc2136: RFC2136_TSIG_KEY is not set/],
  ])('rejects bad settings %j, naming the variable', (env, message) => {
    expect(() => provider('127.0.0.1', env)).toThrow(message)
  })

  it('rejects a secret that is not base64 without repeating it, after masking it', () => {
    const masked: string[] = []
    const secret = 'pass word!'
    expect(() => provider('127.0.0.1', { RFC2136_TSIG_SECRET: secret }, [], masked)).toThrow(
      /^rfc2136: RFC2136_TSIG_SECRET: The TSIG secret is not valid base64/,
    )
    expect(() => provider('127.0.0.1', { RFC2136_TSIG_SECRET: secret })).not.toThrow(/pass word/)
    expect(masked).toContain(secret)
  })
})
