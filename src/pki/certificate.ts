// The facts of a certificate the renewal decision needs: names, validity, key type, serial, and the ARI
// certID (RFC 9773 section 4.1).
import { type KeyObject, X509Certificate } from 'node:crypto'
import type { KeyType } from './keys.js'

export interface CertificateFacts {
  /** dNSName entries of the subjectAltName, lowercase punycode, in certificate order. */
  readonly names: readonly string[]
  readonly notBefore: Date
  readonly notAfter: Date
  /** Hex, lowercase, as the stores and outputs write it. */
  readonly serial: string
  /** One of the `key_type` values, or a description of a key certalias does not make (e.g. "ed25519"). */
  readonly keyType: KeyType | string
  /** base64url(keyIdentifier of the authority key identifier) "." base64url(serial's DER content bytes). */
  readonly certId: string | undefined
  readonly issuer: string
  readonly publicKey: KeyObject
}

export class CertificateError extends Error {}

/** Every PEM certificate of a text, in order, each ending in a new line; text around them is left out. */
export function pemCertificates(text: string): string[] {
  return [...text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)].map(
    (m) => `${m[0]}\n`,
  )
}

/** The first certificate of a PEM text (a leaf followed by its chain, or the leaf alone). */
export function firstPem(text: string): string {
  const first = pemCertificates(text)[0]
  if (first === undefined) throw new CertificateError('no PEM certificate (BEGIN CERTIFICATE) in it')
  return first
}

export function certificateFacts(pemOrDer: string | Buffer): CertificateFacts {
  let x509: X509Certificate
  try {
    x509 = new X509Certificate(typeof pemOrDer === 'string' ? firstPem(pemOrDer) : pemOrDer)
  } catch (error) {
    if (error instanceof CertificateError) throw error
    throw new CertificateError(`not a readable X.509 certificate (${(error as Error).message})`)
  }
  const tbs = tbsFields(x509.raw)
  return {
    names: sanNames(x509.subjectAltName),
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    serial: x509.serialNumber.toLowerCase(),
    keyType: keyTypeOf(x509.publicKey),
    certId:
      tbs.authorityKeyId === undefined
        ? undefined
        : `${tbs.authorityKeyId.toString('base64url')}.${tbs.serial.toString('base64url')}`,
    issuer: x509.issuer.replace(/\n/g, ', '),
    publicKey: x509.publicKey,
  }
}

function sanNames(subjectAltName: string | undefined): string[] {
  if (subjectAltName === undefined) return []
  return subjectAltName
    .split(/,\s*/)
    .filter((entry) => entry.startsWith('DNS:'))
    .map((entry) => entry.slice(4).toLowerCase().replace(/\.$/, ''))
}

export function keyTypeOf(key: KeyObject): KeyType | string {
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'ec') {
    if (details.namedCurve === 'prime256v1') return 'ec-p256'
    if (details.namedCurve === 'secp384r1') return 'ec-p384'
    return `ec-${details.namedCurve ?? 'unknown curve'}`
  }
  if (key.asymmetricKeyType === 'rsa') return `rsa-${details.modulusLength ?? 'unknown'}`
  return key.asymmetricKeyType ?? 'unknown'
}

// Node's X509Certificate exposes neither the authority key identifier nor the serial's DER bytes, and the
// ASN.1 libraries at hand come with the ACME client, which a run that renews nothing must not load. So this
// reads the few DER elements on the way by hand: Certificate > TBSCertificate > serial, [3] extensions.
interface Tlv {
  readonly tag: number
  /** Offset of the content. */
  readonly start: number
  /** Offset after the content. */
  readonly end: number
}

function readTlv(der: Buffer, offset: number): Tlv {
  const tag = der[offset]
  let length = der[offset + 1]
  if (tag === undefined || length === undefined) throw new CertificateError('truncated DER')
  let start = offset + 2
  if (length & 0x80) {
    const bytes = length & 0x7f
    if (bytes === 0 || bytes > 4) throw new CertificateError('unsupported DER length')
    length = 0
    for (let i = 0; i < bytes; i++) length = length * 256 + (der[start + i] ?? 0)
    start += bytes
  }
  const end = start + length
  if (end > der.length) throw new CertificateError('truncated DER')
  return { tag, start, end }
}

function children(der: Buffer, parent: Tlv): Tlv[] {
  const list: Tlv[] = []
  for (let offset = parent.start; offset < parent.end; ) {
    const child = readTlv(der, offset)
    list.push(child)
    offset = child.end
  }
  return list
}

const AUTHORITY_KEY_IDENTIFIER = Buffer.from([0x06, 0x03, 0x55, 0x1d, 0x23]) // OID 2.5.29.35

function tbsFields(der: Buffer): { serial: Buffer; authorityKeyId: Buffer | undefined } {
  const certificate = readTlv(der, 0)
  const tbs = children(der, certificate)[0]
  if (tbs === undefined) throw new CertificateError('no TBSCertificate')
  const fields = children(der, tbs)
  // version is [0] EXPLICIT and optional; the serial INTEGER comes next
  const serialTlv = fields[0]?.tag === 0xa0 ? fields[1] : fields[0]
  if (serialTlv?.tag !== 0x02) throw new CertificateError('no serial number')
  const serial = der.subarray(serialTlv.start, serialTlv.end)
  const extensions = fields.find((f) => f.tag === 0xa3)
  if (extensions === undefined) return { serial, authorityKeyId: undefined }
  const list = children(der, extensions)[0]
  for (const extension of list === undefined ? [] : children(der, list)) {
    const [oid, ...rest] = children(der, extension)
    if (oid === undefined || !der.subarray(oid.start - 2, oid.end).equals(AUTHORITY_KEY_IDENTIFIER)) continue
    const value = rest.find((r) => r.tag === 0x04) // extnValue OCTET STRING, after the optional critical flag
    if (value === undefined) return { serial, authorityKeyId: undefined }
    const aki = readTlv(der, value.start)
    const keyIdentifier = children(der, aki).find((c) => c.tag === 0x80) // [0] IMPLICIT KeyIdentifier
    return {
      serial,
      authorityKeyId: keyIdentifier && der.subarray(keyIdentifier.start, keyIdentifier.end),
    }
  }
  return { serial, authorityKeyId: undefined }
}
