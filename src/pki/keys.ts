// Private keys for certificates and ACME accounts, made with Node's crypto: no ACME client needed.
import { generateKeyPair } from 'node:crypto'
import { promisify } from 'node:util'

/** The certificate key types the `key_type` input offers. */
export const KEY_TYPES = ['ec-p256', 'ec-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'] as const
export type KeyType = (typeof KEY_TYPES)[number]

const generate = promisify(generateKeyPair) as (
  type: 'ec' | 'rsa',
  options: object,
) => Promise<{ privateKey: string; publicKey: string }>

/** A new private key, PKCS#8 PEM, made off the main thread (RSA 4096 takes a while). */
export async function makePrivateKey(keyType: KeyType): Promise<string> {
  const encoding = {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }
  const options = keyType.startsWith('ec-')
    ? { namedCurve: keyType === 'ec-p384' ? 'P-384' : 'P-256', ...encoding }
    : { modulusLength: Number(keyType.slice(4)), ...encoding }
  return (await generate(keyType.startsWith('ec-') ? 'ec' : 'rsa', options)).privateKey
}
