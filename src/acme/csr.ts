// The certificate signing request (PKCS#10, RFC 2986) a finalize sends: the names as a subjectAltName extension
// request, the primary name as the common name when it fits, signed with the certificate's key. Written with
// the DER writer of the PKCS#12 file: the only CSR library at hand came with acme-client, whose bundle (with
// axios, node-forge and an ASN.1 stack) made every issuing run load 2.4 MB for these few structures.
import { createPrivateKey, createPublicKey, sign } from 'node:crypto'
import { nullValue, octetString, oid, sequence, set, tlv } from '../pki/der.js'

const COMMON_NAME = '2.5.4.3'
const EXTENSION_REQUEST = '1.2.840.113549.1.9.14'
const SUBJECT_ALT_NAME = '2.5.29.17'

/** base64url of the DER CSR, as RFC 8555 section 7.4 sends it. */
export function makeCsr(names: readonly string[], privateKeyPem: string): string {
  const key = createPrivateKey(privateKeyPem)
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' })
  const primary = names[0] ?? ''
  // a common name is at most 64 characters (RFC 5280 ub-common-name); the SAN carries every name anyway
  const subject =
    primary.length <= 64
      ? sequence(set(sequence(oid(COMMON_NAME), tlv(0x0c, Buffer.from(primary, 'utf8')))))
      : sequence()
  const dnsNames = sequence(...names.map((name) => tlv(0x82, Buffer.from(name, 'ascii'))))
  const extensions = sequence(sequence(oid(SUBJECT_ALT_NAME), octetString(dnsNames)))
  const attributes = tlv(0xa0, sequence(oid(EXTENSION_REQUEST), set(extensions)))
  const info = sequence(tlv(0x02, Buffer.from([0])), subject, spki, attributes)
  const { hash, algorithm } = signatureAlgorithm(key.asymmetricKeyType, key.asymmetricKeyDetails?.namedCurve)
  const signature = sign(hash, info, key)
  const bitString = tlv(0x03, Buffer.concat([Buffer.from([0]), signature]))
  return sequence(info, algorithm, bitString).toString('base64url')
}

function signatureAlgorithm(
  type: string | undefined,
  curve: string | undefined,
): { hash: string; algorithm: Buffer } {
  if (type === 'ec') {
    // ECDSA with the hash that matches the curve's strength (RFC 5480 section 4)
    const [hash, identifier] =
      curve === 'secp384r1'
        ? ['sha384', '1.2.840.10045.4.3.3']
        : curve === 'secp521r1'
          ? ['sha512', '1.2.840.10045.4.3.4']
          : ['sha256', '1.2.840.10045.4.3.2']
    return { hash, algorithm: sequence(oid(identifier)) }
  }
  if (type === 'rsa')
    return { hash: 'sha256', algorithm: sequence(oid('1.2.840.113549.1.1.11'), nullValue()) }
  throw new Error(`a certificate key of type ${type ?? 'unknown'} cannot sign a request`)
}
