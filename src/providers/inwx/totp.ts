// Time-based one-time passwords (RFC 6238, over RFC 4226's HOTP): the second factor of an INWX login.
import { createHmac } from 'node:crypto'

export interface TotpOptions {
  /** Seconds per step; RFC 6238's default and the authenticator apps' is 30. */
  readonly period?: number
  readonly digits?: number
  readonly algorithm?: 'sha1' | 'sha256' | 'sha512'
}

/** The code for the step holding `timeMs` (RFC 6238, section 4). */
export function totp(key: Uint8Array, timeMs: number, options: TotpOptions = {}): string {
  const { period = 30, digits = 6, algorithm = 'sha1' } = options
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor(timeMs / 1000 / period)))
  const mac = createHmac(algorithm, key).update(counter).digest()
  // dynamic truncation (RFC 4226, section 5.3)
  const offset = (mac[mac.length - 1] as number) & 0x0f
  const binary = mac.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 10 ** digits).padStart(digits, '0')
}

/** The milliseconds from timeMs to the start of the next step. */
export function untilNextStep(timeMs: number, period = 30): number {
  const periodMs = period * 1000
  return periodMs - (timeMs % periodMs)
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/**
 * The key of a shared secret as authenticator apps take it: base32 (RFC 4648), any case, spaces and padding
 * ignored, spare bits of a last partial character dropped. Undefined when it is not base32.
 */
export function base32Key(secret: string): Uint8Array | undefined {
  const text = secret.replace(/[\s=]/g, '').toUpperCase()
  if (text === '' || !/^[A-Z2-7]+$/.test(text)) return undefined
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of text) {
    buffer = ((buffer << 5) | BASE32.indexOf(char)) & 0xffff
    bits += 5
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  return Uint8Array.from(bytes)
}
