// mode: revoke removes from a destination only the certificate it revoked: each destination reads back what it
// holds first, and this says whether that is the one, or what was found there instead. And before an order, a
// destination that cannot take the new certificate says so.
import { certificateFacts } from '../pki/certificate.js'
import { nameChanges } from '../renewal/decide.js'
import type { RevokedCertificate } from './types.js'

/** What a destination holds, as far as it can tell: the serial, else the names. */
export interface Held {
  readonly serial?: string
  readonly names?: readonly string[]
}

/** The serial and names of a stored certificate (PEM or DER), read from it; undefined when it is none. */
export function heldIn(certificate: string | Buffer | undefined): Held | undefined {
  if (certificate === undefined) return undefined
  try {
    const { serial, names } = certificateFacts(certificate)
    return { serial, names }
  } catch {
    return undefined
  }
}

/** Serials as hex, whatever their case, separators (ACM writes "0c:8f:...") or leading zeros. */
export function sameSerial(a: string, b: string): boolean {
  const plain = (serial: string) =>
    serial
      .toLowerCase()
      .replace(/[^0-9a-f]/g, '')
      .replace(/^0+/, '')
  return plain(a) === plain(b)
}

/**
 * Undefined when `held` is the revoked certificate (by serial, or by names where no serial is kept), so the
 * destination may remove it; else what stays, saying what `where` holds. `held` undefined: something is there,
 * but not a certificate certalias wrote.
 */
export function notTheRevoked(
  where: string,
  held: Held | undefined,
  revoked: RevokedCertificate,
): { readonly left: string } | undefined {
  if (held === undefined)
    return { left: `${where} holds data that is not a certalias certificate: left in place` }
  if (held.serial !== undefined ? sameSerial(held.serial, revoked.serial) : sameNames(held, revoked)) {
    return undefined
  }
  return {
    left:
      `${where} holds ${describeHeld(held)}, not the revoked certificate (serial ${revoked.serial}, ` +
      `${revoked.names.join(', ')}): left in place`,
  }
}

function sameNames(held: Held, revoked: RevokedCertificate): boolean {
  return held.names !== undefined && nameChanges(revoked.names, held.names) === undefined
}

function describeHeld(held: Held): string {
  const names = held.names !== undefined && held.names.length > 0 ? held.names.join(', ') : undefined
  if (held.serial === undefined) return `a certificate for ${names ?? 'no name'}`
  return `serial ${held.serial}${names === undefined ? '' : ` (${names})`}`
}

/**
 * The error of a destination that cannot take the next certificate: what it found, then the refusal; a refusal of
 * the credential keeps its status, so that callers tell it from a network failure.
 */
export function refusedBefore(found: string, error: unknown, advice = ''): Error {
  const message = `${found}: ${error instanceof Error ? error.message : String(error)}${advice}`
  const status = (error as { status?: unknown } | null)?.status
  return Object.assign(new Error(message, { cause: error }), typeof status === 'number' ? { status } : {})
}
