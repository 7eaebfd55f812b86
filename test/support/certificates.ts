// Certificates made to measure for tests: any names, dates and key type (an expired one, an RSA one), which no
// CA would hand out on demand. Built with @peculiar/x509 over WebCrypto.
import 'reflect-metadata'
import { webcrypto } from 'node:crypto'
import * as x509 from '@peculiar/x509'

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0])

export interface MadeCertificate {
  readonly certificate: string
  readonly privateKey: string
}

export async function selfSigned(options: {
  names: readonly string[]
  notBefore: Date
  notAfter: Date
  keyType?: 'ec-p256' | 'rsa-2048'
  /** IP addresses the certificate names besides `names` (a TLS server on loopback). */
  ips?: readonly string[]
  /**
   * A certificate that is its own trust anchor (a self-hosted server's): a CA by its basic constraints, and no
   * authority key identifier pointing elsewhere, so a client given it as its CA accepts the server.
   */
  trustAnchor?: boolean
  /** false: no subject CN, as a CA issues for a first name over 64 characters */
  commonName?: boolean
}): Promise<MadeCertificate> {
  const algorithm =
    options.keyType === 'rsa-2048'
      ? {
          name: 'RSASSA-PKCS1-v1_5',
          hash: 'SHA-256',
          publicExponent: new Uint8Array([1, 0, 1]),
          modulusLength: 2048,
        }
      : { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Buffer.from(webcrypto.getRandomValues(new Uint8Array(8)))
      .toString('hex')
      .replace(/^[89a-f]/, '1'),
    name: options.commonName === false ? 'O=certalias test' : `CN=${options.names[0]}`,
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    keys,
    signingAlgorithm: algorithm,
    extensions: [
      new x509.SubjectAlternativeNameExtension([
        ...options.names.map((value) => ({ type: 'dns' as const, value })),
        ...(options.ips ?? []).map((value) => ({ type: 'ip' as const, value })),
      ]),
      options.trustAnchor
        ? new x509.BasicConstraintsExtension(true, undefined, true)
        : // as from a CA: an authority key identifier, so ARI can name the certificate
          new x509.AuthorityKeyIdentifierExtension(
            Buffer.from(webcrypto.getRandomValues(new Uint8Array(20))).toString('hex'),
          ),
    ],
  })
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)).toString('base64')
  return {
    certificate: `${certificate.toString('pem').replace(/\r\n/g, '\n').trimEnd()}\n`,
    privateKey: `-----BEGIN PRIVATE KEY-----\n${pkcs8.match(/.{1,64}/g)?.join('\n')}\n-----END PRIVATE KEY-----\n`,
  }
}
