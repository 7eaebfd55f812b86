// PKCS#12 (RFC 7292) with modern algorithms only, from Node's crypto and a small DER writer:
// - the key bag and the certificates: PBES2 (RFC 8018), PBKDF2-HMAC-SHA256, AES-256-CBC;
// - the integrity MAC: HMAC-SHA256, its key from the PKCS#12 KDF with SHA-256 (the MAC every OpenSSL 3,
//   Java 12+ and Windows 10 1709+ reads; PBMAC1 of RFC 9579 is newer than OpenSSL 3.0).
// This is the profile of `openssl pkcs12 -export` in OpenSSL 3 and of Java's keytool (10 000 iterations),
// so OpenSSL 3 opens it without the legacy provider. No RC2, no 3DES, no SHA-1.
import {
  createCipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  pbkdf2Sync,
  randomBytes,
  X509Certificate,
} from 'node:crypto'
import {
  bmpString,
  explicit,
  implicitOctets,
  integer,
  nullValue,
  octetString,
  oid,
  sequence,
  set,
} from '../../pki/der.js'

const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSHA256: '1.2.840.113549.2.9',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  sha256: '2.16.840.1.101.3.4.2.1',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
} as const

/** Java keytool's default; OpenSSL's is 2048. Each of the three derivations costs a few milliseconds. */
export const PKCS12_ITERATIONS = 10_000

export interface Pkcs12Input {
  /** PEM of the private key (PKCS#8, SEC 1 or PKCS#1). */
  readonly privateKey: string
  /** PEM of the leaf, first, then the chain. */
  readonly certificates: string
  readonly password: string
  /** Shown by OpenSSL and the Windows certificate store; set on the key and on the leaf. */
  readonly friendlyName: string
  readonly iterations?: number
}

/** The PKCS#12 file (DER) holding the key, the leaf and its chain. Throws if the key is not the leaf's. */
export function makePkcs12(input: Pkcs12Input): Buffer {
  const iterations = input.iterations ?? PKCS12_ITERATIONS
  const certificates = pemCertificates(input.certificates)
  const leaf = certificates[0]
  if (leaf === undefined) throw new Error('PKCS#12: no certificate in the PEM')
  const key = createPrivateKey(input.privateKey)
  if (!leaf.checkPrivateKey(key))
    throw new Error('PKCS#12: the private key does not belong to the certificate')

  // localKeyId ties the key to its certificate: the SHA-1 of the leaf, as OpenSSL sets it (an identifier, not a MAC)
  const leafAttributes = [
    attribute(OID.friendlyName, bmpString(input.friendlyName)),
    attribute(OID.localKeyId, octetString(createHash('sha1').update(leaf.raw).digest())),
  ]
  const certificateBags = certificates.map((certificate, index) =>
    safeBag(
      OID.certBag,
      sequence(oid(OID.x509Certificate), explicit(0, octetString(certificate.raw))),
      index === 0 ? leafAttributes : [],
    ),
  )
  const keyBag = safeBag(
    OID.pkcs8ShroudedKeyBag,
    encryptedPrivateKeyInfo(key.export({ type: 'pkcs8', format: 'der' }), input.password, iterations),
    leafAttributes,
  )

  const authenticatedSafe = sequence(
    encryptedContentInfo(sequence(...certificateBags), input.password, iterations),
    dataContentInfo(sequence(keyBag)),
  )
  return sequence(
    integer(3),
    dataContentInfo(authenticatedSafe),
    macData(authenticatedSafe, input, iterations),
  )
}

/** Every CERTIFICATE block of a PEM text, in order. */
export function pemCertificates(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
  return blocks.map((block) => new X509Certificate(block))
}

function attribute(type: string, value: Buffer): Buffer {
  return sequence(oid(type), set(value))
}

function safeBag(type: string, value: Buffer, attributes: readonly Buffer[]): Buffer {
  const parts = [oid(type), explicit(0, value)]
  if (attributes.length > 0) parts.push(set(...attributes))
  return sequence(...parts)
}

function dataContentInfo(content: Buffer): Buffer {
  return sequence(oid(OID.data), explicit(0, octetString(content)))
}

function encryptedContentInfo(content: Buffer, password: string, iterations: number): Buffer {
  const { algorithm, ciphertext } = pbes2Encrypt(content, password, iterations)
  const encryptedData = sequence(
    integer(0),
    sequence(oid(OID.data), algorithm, implicitOctets(0, ciphertext)),
  )
  return sequence(oid(OID.encryptedData), explicit(0, encryptedData))
}

function encryptedPrivateKeyInfo(pkcs8: Buffer, password: string, iterations: number): Buffer {
  const { algorithm, ciphertext } = pbes2Encrypt(pkcs8, password, iterations)
  return sequence(algorithm, octetString(ciphertext))
}

/** PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC; the password as its UTF-8 bytes, as OpenSSL 3 takes it. */
function pbes2Encrypt(
  plaintext: Buffer,
  password: string,
  iterations: number,
): { algorithm: Buffer; ciphertext: Buffer } {
  const salt = randomBytes(16)
  const iv = randomBytes(16)
  const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, 32, 'sha256')
  const cipher = createCipheriv('aes-256-cbc', key, iv)
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  const algorithm = sequence(
    oid(OID.pbes2),
    sequence(
      sequence(
        oid(OID.pbkdf2),
        sequence(octetString(salt), integer(iterations), sequence(oid(OID.hmacWithSHA256), nullValue())),
      ),
      sequence(oid(OID.aes256Cbc), octetString(iv)),
    ),
  )
  return { algorithm, ciphertext }
}

function macData(authenticatedSafe: Buffer, input: Pkcs12Input, iterations: number): Buffer {
  const salt = randomBytes(16)
  const key = pkcs12Kdf(input.password, salt, 3, iterations, 32)
  const mac = createHmac('sha256', key).update(authenticatedSafe).digest()
  return sequence(
    sequence(sequence(oid(OID.sha256), nullValue()), octetString(mac)),
    octetString(salt),
    integer(iterations),
  )
}

/**
 * The PKCS#12 key derivation (RFC 7292, appendix B.2) with SHA-256 (u = 32, v = 64), for one output block:
 * all a MAC key needs. `id` 3 makes a MAC key. The password is a BMPString with its two-byte terminator.
 */
function pkcs12Kdf(password: string, salt: Buffer, id: number, iterations: number, size: number): Buffer {
  const v = 64
  if (size > 32) throw new RangeError('pkcs12Kdf: at most 32 bytes (one SHA-256 block)')
  const passwordBytes = Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)])
  // S and P: salt and password each repeated to a whole number of v-byte blocks
  const repeat = (source: Buffer) => {
    const out = Buffer.alloc(v * Math.ceil(source.length / v))
    for (let i = 0; i < out.length; i++) out[i] = source[i % source.length] as number
    return out
  }
  let a = createHash('sha256')
    .update(Buffer.alloc(v, id))
    .update(repeat(salt))
    .update(repeat(passwordBytes))
    .digest()
  for (let round = 1; round < iterations; round++) a = createHash('sha256').update(a).digest()
  return a.subarray(0, size)
}
