// The certificate request a finalize sends, read back by OpenSSL: a valid self-signature, every name in the
// subjectAltName request, the primary name as the common name when it fits.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { makeCsr } from '../../src/acme/csr.js'
import { makePrivateKey } from '../../src/pki/keys.js'

function openssl(csrBase64url: string): string {
  const der = Buffer.from(csrBase64url, 'base64url')
  const pem = `-----BEGIN CERTIFICATE REQUEST-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)
    ?.join('\n')}\n-----END CERTIFICATE REQUEST-----\n`
  return execFileSync('openssl', ['req', '-verify', '-noout', '-text'], {
    input: pem,
    encoding: 'utf8',
    env: { ...process.env, OPENSSL_CONF: '/dev/null' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
}

describe('certificate request', () => {
  for (const keyType of ['ec-p256', 'ec-p384', 'rsa-2048'] as const) {
    it(`${keyType}: self-signature verifies, names in the SAN request, primary as CN`, async () => {
      const key = await makePrivateKey(keyType)
      const text = openssl(makeCsr(['example.com', '*.example.com', 'xn--bcher-kva.example.com'], key))
      expect(text).toMatch(/Subject: CN\s*=\s*example\.com/)
      expect(text).toMatch(/DNS:example\.com, DNS:\*\.example\.com, DNS:xn--bcher-kva\.example\.com/)
      expect(text).toMatch(keyType.startsWith('ec') ? /ecdsa-with-SHA(256|384)/ : /sha256WithRSAEncryption/)
    })
  }

  it('leaves out the common name when the primary name is longer than 64 characters', async () => {
    const long = `${'a'.repeat(60)}.example.com`
    const text = openssl(makeCsr([long, 'example.com'], await makePrivateKey('ec-p256')))
    expect(text).toMatch(/Subject:\s*\n/)
    expect(text).toContain(`DNS:${long}, DNS:example.com`)
  })
})
