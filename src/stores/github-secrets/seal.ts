// libsodium's sealed box (crypto_box_seal), the encryption GitHub's secrets API asks for, from tweetnacl's
// crypto_box and a BLAKE2b nonce, as libsodium defines it: ephemeral public key || box(message). Composed here
// because libsodium's own JavaScript build cannot load inside the ESM bundle; the tests open every box with
// the real libsodium.

/** Seal `value` for the base64 X25519 public key of a scope; returns the base64 of the sealed box. */
export async function sealForGithub(value: string, publicKeyBase64: string): Promise<string> {
  // loaded when a secret is sealed, not with the store: most runs seal nothing
  const [{ blake2b }, { default: nacl }] = await Promise.all([
    import('@noble/hashes/blake2.js'),
    import('tweetnacl'),
  ])
  const publicKey = new Uint8Array(Buffer.from(publicKeyBase64, 'base64'))
  if (publicKey.length !== nacl.box.publicKeyLength) {
    throw new Error(
      `the public key GitHub returned is ${publicKey.length} bytes, not ${nacl.box.publicKeyLength}: cannot encrypt`,
    )
  }
  const ephemeral = nacl.box.keyPair()
  const nonce = blake2b(new Uint8Array([...ephemeral.publicKey, ...publicKey]), {
    dkLen: nacl.box.nonceLength,
  })
  const box = nacl.box(new Uint8Array(Buffer.from(value, 'utf8')), nonce, publicKey, ephemeral.secretKey)
  ephemeral.secretKey.fill(0)
  return Buffer.from([...ephemeral.publicKey, ...box]).toString('base64')
}
