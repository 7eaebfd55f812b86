// TSIG signing and verification, checked against BIND's own tools and against MACs computed here by hand.
import * as dnsPacket from 'dns-packet'
import { describe, expect, it } from 'vitest'
import {
  decodeTsigSecret,
  parseTsigAlgorithm,
  signMessage,
  splitTsig,
  type TsigAlgorithm,
  TsigError,
  type TsigKey,
  verifyResponse,
} from '../../src/dns/tsig.js'
import { handMac, handTsigRecord, u16, u48, wireName, withRecord } from '../support/tsig-by-hand.js'

const KEY_NAME = 'certalias-fixture'
/** The fixture's message without its TSIG: cut at the key name that starts the TSIG RR, one additional less. */
function unsignedPart(signedHex: string): Buffer {
  const signed = Buffer.from(signedHex, 'hex')
  const start = signed.lastIndexOf(Buffer.concat([wireName(KEY_NAME), u16(250)]))
  const unsigned = Buffer.from(signed.subarray(0, start))
  unsigned.writeUInt16BE(unsigned.readUInt16BE(10) - 1, 10)
  return unsigned
}

// Captured from BIND 9.18's dig (`dig -y hmac-...:certalias-fixture:<secret> +nocookie`) and nsupdate: throwaway keys.
const BIND_SIGNED = [
  {
    tool: 'dig query',
    algorithm: 'hmac-sha256',
    secret: 'VHsZIWmGSH1SCu1wssWeZwbN4WbPpvcvns0Us7ylZP4=',
    time: 0x6b084abd,
    hex: 'e91a012000010000000000020f5f61636d652d6368616c6c656e67650a76616c69646174696f6e0462696e640474657374000010000100002904d00000000000001163657274616c6961732d666978747572650000fa00ff00000000003d0b686d61632d7368613235360000006b084abd012c0020982e4fd170d0f28f09bb14752897703bac7b36eef8443697f945cd28138011a8e91a00000000',
  },
  {
    tool: 'dig query',
    algorithm: 'hmac-sha384',
    secret: 'lUZDtytUDQGR607iO0Ml1qcgWZmSgFBAgW2QstD0hMZGWSYOXQluis8+DrmreQfe',
    time: 0x6b084abf,
    hex: 'db89012000010000000000020f5f61636d652d6368616c6c656e67650a76616c69646174696f6e0462696e640474657374000010000100002904d00000000000001163657274616c6961732d666978747572650000fa00ff00000000004d0b686d61632d7368613338340000006b084abf012c0030abae0a57a4a87afd1f6be620c4fdcdf2e96289930e847a5275ecf370e1c84a5458dcf6293f07b0e346ad8cf64d1e2364db8900000000',
  },
  {
    tool: 'dig query',
    algorithm: 'hmac-sha512',
    secret: 'MSXh/UvUxrRGHXd9sdBjkA3Xb420AmhJSq/20MJFDL+mmrFX1zRY/ft5aQIgM8/VMnj/UITBKbrVCxxMUT73XQ==',
    time: 0x6b084ac5,
    hex: 'e425012000010000000000020f5f61636d652d6368616c6c656e67650a76616c69646174696f6e0462696e640474657374000010000100002904d00000000000001163657274616c6961732d666978747572650000fa00ff00000000005d0b686d61632d7368613531320000006b084ac5012c0040dc019a21ad0ddb43871f469f34f5706521c3533055928b25df3dc57069ec4443b67440209877a12f429bd7642b470e955111ce6cecb2baf4e820a35d0951f30ae42500000000',
  },
  {
    tool: 'nsupdate UPDATE (delete class NONE + add)',
    algorithm: 'hmac-sha256',
    secret: 'VHsZIWmGSH1SCu1wssWeZwbN4WbPpvcvns0Us7ylZP4=',
    time: 0x6b084ac7,
    hex: 'b38e280000010000000200010a76616c69646174696f6e0462696e64047465737400000600010f5f61636d652d6368616c6c656e6765c00c001000fe00000000000504676f6e65c026001000010000003c0004036e65771163657274616c6961732d666978747572650000fa00ff00000000003d0b686d61632d7368613235360000006b084ac7012c0020b1f4735dc9c3134f80a9f249f77cc307956796028d75608a65b141a0cbecb9b0b38e00000000',
  },
] as const

// A real BIND 9.18 answer to a SOA query signed with key certalias-bed-sha384 (throwaway), and the request's MAC.
const BIND_RESPONSE = {
  key: {
    name: 'certalias-bed-sha384',
    algorithm: 'hmac-sha384',
    secret: Buffer.from('4xQac37WIEcusb4vzfVVVSxsVhJDFlyaAvnsHf0VDhhj293tTKUVSEhmePh1ifnI', 'base64'),
  } satisfies TsigKey,
  requestMac: Buffer.from(
    '6cb9782308767a3ddea381fc9c908f38101d39d0b838bf33085739f5dc47ccb32c84bd107d7feba3278b83ea6d97fb0d',
    'hex',
  ),
  time: 1795705554,
  response: Buffer.from(
    '1092840000010001000100010a76616c69646174696f6e0462696e6404746573740000060001c00c000600010000003c0033036e7331076578616d706c650474657374000a686f73746d6173746572c036000000010000003c0000003c000002580000003cc00c000200010000003c0002c0321463657274616c6961732d6265642d7368613338340000fa00ff00000000004d0b686d61632d7368613338340000006b084ad2012c00309c219ea7c1fec7329e34ac2bea0ea6eb5451edf7a787ec2bcbd185680f31a878b07e59aca010c9c1783fed84f749da58109200000000',
    'hex',
  ),
}

const DIGEST: Record<string, string> = {
  'hmac-sha256': 'sha256',
  'hmac-sha384': 'sha384',
  'hmac-sha512': 'sha512',
}

function query(id: number): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id,
    questions: [{ type: 'TXT', name: '_acme-challenge.validation.bind.test' }],
  })
}

describe('signMessage', () => {
  it.each(BIND_SIGNED)(
    'reproduces byte for byte the TSIG that BIND ($tool) put on a message, $algorithm',
    (fixture) => {
      const key = {
        name: KEY_NAME,
        algorithm: fixture.algorithm,
        secret: Buffer.from(fixture.secret, 'base64'),
      }
      const signed = signMessage(unsignedPart(fixture.hex), key, { now: fixture.time })
      expect(signed.message.toString('hex')).toBe(fixture.hex)
    },
  )

  it.each(['hmac-sha256', 'hmac-sha384', 'hmac-sha512'] as const)(
    'computes the %s MAC over the message and the TSIG variables as RFC 8945 says',
    (algorithm) => {
      const secret = Buffer.from('a fixture secret that is only used in this test')
      const message = query(0x1234)
      const time = 1_700_000_000
      const signed = signMessage(message, { name: 'Key.Example.', algorithm, secret }, { now: time })

      const expected = handMac(DIGEST[algorithm] as string, secret, message, {
        keyName: 'key.example',
        algorithm,
        time,
        fudge: 300,
      })
      expect(signed.mac.toString('hex')).toBe(expected.toString('hex'))
      const record = handTsigRecord({
        keyName: 'key.example',
        algorithm,
        time,
        fudge: 300,
        mac: expected,
        originalId: 0x1234,
      })
      expect(signed.message.toString('hex')).toBe(withRecord(message, record).toString('hex'))
    },
  )

  it('adds the TSIG as one more additional record after those already there', () => {
    const message = dnsPacket.encode({
      type: 'query',
      id: 7,
      questions: [{ type: 'TXT', name: 'a.test' }],
      additionals: [{ type: 'OPT', name: '.', udpPayloadSize: 4096 } as dnsPacket.Answer],
    })
    const signed = signMessage(message, { name: 'k', algorithm: 'hmac-sha256', secret: Buffer.from('s') })
    const decoded = dnsPacket.decode(signed.message)
    expect(decoded.additionals?.map((record) => record.type)).toEqual(['OPT', 'TSIG'])
    expect(signed.message.subarray(0, message.length).subarray(12)).toEqual(message.subarray(12))
  })
})

describe('verifyResponse', () => {
  it('accepts an answer that BIND signed, with the request MAC prepended to its digest input', () => {
    expect(() =>
      verifyResponse(BIND_RESPONSE.response, BIND_RESPONSE.key, BIND_RESPONSE.requestMac, {
        now: BIND_RESPONSE.time,
      }),
    ).not.toThrow()
  })

  it('rejects that answer as BADSIG when one byte of it is changed', () => {
    const tampered = Buffer.from(BIND_RESPONSE.response)
    // the SOA serial, inside the answer section
    const serialOffset = tampered.indexOf(Buffer.from('686f73746d6173746572c036', 'hex')) + 12
    tampered[serialOffset + 3] = (tampered[serialOffset + 3] as number) ^ 1
    expect(() =>
      verifyResponse(tampered, BIND_RESPONSE.key, BIND_RESPONSE.requestMac, { now: BIND_RESPONSE.time }),
    ).toThrow(expect.objectContaining({ code: 'BADSIG' }))
  })

  it('rejects that answer when it is checked against the MAC of another request', () => {
    const otherMac = Buffer.from(BIND_RESPONSE.requestMac)
    otherMac[0] = (otherMac[0] as number) ^ 0xff
    expect(() =>
      verifyResponse(BIND_RESPONSE.response, BIND_RESPONSE.key, otherMac, { now: BIND_RESPONSE.time }),
    ).toThrow(expect.objectContaining({ code: 'BADSIG' }))
  })

  it('rejects that answer with another secret', () => {
    const key = { ...BIND_RESPONSE.key, secret: Buffer.alloc(48, 1) }
    expect(() =>
      verifyResponse(BIND_RESPONSE.response, key, BIND_RESPONSE.requestMac, { now: BIND_RESPONSE.time }),
    ).toThrow(expect.objectContaining({ code: 'BADSIG' }))
  })

  it('rejects that answer as BADTIME when this clock is more than the fudge away from its signing time', () => {
    expect(() =>
      verifyResponse(BIND_RESPONSE.response, BIND_RESPONSE.key, BIND_RESPONSE.requestMac, {
        now: BIND_RESPONSE.time + 301,
      }),
    ).toThrow(expect.objectContaining({ code: 'BADTIME' }))
    expect(() =>
      verifyResponse(BIND_RESPONSE.response, BIND_RESPONSE.key, BIND_RESPONSE.requestMac, {
        now: BIND_RESPONSE.time + 300,
      }),
    ).not.toThrow()
  })

  const key: TsigKey = {
    name: 'certalias-bed',
    algorithm: 'hmac-sha512',
    secret: Buffer.from('secret bytes'),
  }
  const time = 1_800_000_000
  const requestMac = Buffer.alloc(64, 9)
  const answer = (() => {
    const packet = dnsPacket.encode({
      type: 'response',
      id: 99,
      flags: dnsPacket.AUTHORITATIVE_ANSWER,
      questions: [{ type: 'TXT', name: 'x.test' }],
      answers: [{ type: 'TXT', name: 'x.test', ttl: 60, data: 'value' }],
    })
    return packet
  })()

  /** `answer` signed by hand (independently of tsig.ts) with the given TSIG variables. */
  function signedByHand(
    tsig: { keyName?: string; error?: number; other?: Buffer; mac?: Buffer } = {},
  ): Buffer {
    const variables = { keyName: tsig.keyName ?? key.name, algorithm: key.algorithm, time, fudge: 300 }
    const extra = {
      ...(tsig.error === undefined ? {} : { error: tsig.error }),
      ...(tsig.other ? { other: tsig.other } : {}),
    }
    const mac = tsig.mac ?? handMac('sha512', key.secret, answer, { ...variables, ...extra }, requestMac)
    return withRecord(answer, handTsigRecord({ ...variables, ...extra, mac, originalId: 99 }))
  }

  it('accepts an answer signed by hand for hmac-sha512, which proves the digest layout for responses', () => {
    const signed = signedByHand()
    expect(() => verifyResponse(signed, key, requestMac, { now: time })).not.toThrow()
  })

  it('verifies over the original id when the answer arrives with another id', () => {
    const signed = signedByHand()
    signed.writeUInt16BE(1234, 0)
    expect(() => verifyResponse(signed, key, requestMac, { now: time })).not.toThrow()
  })

  it.each([
    [16, 'BADSIG'],
    [17, 'BADKEY'],
  ])('surfaces TSIG error %i from the server as %s', (error, code) => {
    const signed = signedByHand({ error, mac: Buffer.alloc(0) })
    expect(() => verifyResponse(signed, key, requestMac, { now: time })).toThrow(
      expect.objectContaining({ code, message: expect.stringContaining(code) }),
    )
  })

  it("surfaces the server's BADTIME with the server's clock", () => {
    const other = u48(time + 1000)
    const signed = signedByHand({ error: 18, other })
    expect(() => verifyResponse(signed, key, requestMac, { now: time })).toThrow(
      expect.objectContaining({
        code: 'BADTIME',
        message: expect.stringContaining(new Date((time + 1000) * 1000).toISOString()),
      }),
    )
  })

  it('rejects an answer without TSIG', () => {
    expect(() => verifyResponse(answer, key, requestMac, { now: time })).toThrow(
      expect.objectContaining({ code: 'UNSIGNED' }),
    )
  })

  it('rejects an answer signed with another key name', () => {
    const signed = signedByHand({ keyName: 'someone-else' })
    expect(() => verifyResponse(signed, key, requestMac, { now: time })).toThrow(TsigError)
  })
})

describe('splitTsig', () => {
  it('gives back the message as it was before signing', () => {
    const message = query(0xbeef)
    const signed = signMessage(
      message,
      { name: 'k', algorithm: 'hmac-sha256', secret: Buffer.from('s') },
      { now: 5 },
    )
    const split = splitTsig(signed.message)
    expect(split?.unsigned).toEqual(message)
    expect(split?.tsig).toMatchObject({
      keyName: 'k',
      algorithm: 'hmac-sha256',
      timeSigned: 5,
      fudge: 300,
      originalId: 0xbeef,
    })
  })
})

describe('parseTsigAlgorithm', () => {
  it.each([
    ['hmac-sha256', 'hmac-sha256'],
    ['HMAC-SHA384.', 'hmac-sha384'],
    [' hmac-sha512 ', 'hmac-sha512'],
    ['hmac-md5', 'hmac-md5.sig-alg.reg.int'],
  ])('reads %j as %s', (input, algorithm) => {
    expect(parseTsigAlgorithm(input)).toBe(algorithm as TsigAlgorithm)
  })

  it('rejects an unknown algorithm and lists the known ones', () => {
    expect(() => parseTsigAlgorithm('hmac-sha3-256')).toThrow(
      /hmac-sha3-256.*hmac-sha256, hmac-sha384, hmac-sha512/,
    )
  })
})

describe('decodeTsigSecret', () => {
  it('decodes base64 as tsig-keygen prints it', () => {
    expect(decodeTsigSecret('VHsZIWmGSH1SCu1wssWeZwbN4WbPpvcvns0Us7ylZP4=\n')).toHaveLength(32)
  })

  it('rejects a secret that is not base64 without repeating it', () => {
    const bad = 'not base64 at all!'
    expect(() => decodeTsigSecret(bad)).toThrow(/not valid base64/)
    expect(() => decodeTsigSecret(bad)).not.toThrow(/base64 at all/)
  })
})
