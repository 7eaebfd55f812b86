// JSON Web Signatures as ACME uses them (RFC 8555 section 6.2, RFC 7515, RFC 7638): the account's public JWK, its
// thumbprint, flattened JWS bodies signed by the account key, and the HMAC-signed external account binding.
import { createHash, createHmac, createPrivateKey, createPublicKey, type KeyObject, sign } from 'node:crypto'

export interface Jwk {
  readonly kty: string
  readonly crv?: string
  readonly x?: string
  readonly y?: string
  readonly n?: string
  readonly e?: string
}

/** A flattened JWS (RFC 7515 section 7.2.2), the body of every signed ACME request. */
export interface FlattenedJws {
  readonly protected: string
  readonly payload: string
  readonly signature: string
}

/** The account key, ready to sign: its JWK (required members only), JWS algorithm and hash. */
export interface AccountKey {
  readonly key: KeyObject
  readonly jwk: Jwk
  readonly alg: 'ES256' | 'ES384' | 'ES512' | 'RS256'
  readonly hash: 'sha256' | 'sha384' | 'sha512'
}

const CURVES: Record<string, { alg: AccountKey['alg']; hash: AccountKey['hash'] }> = {
  'P-256': { alg: 'ES256', hash: 'sha256' },
  'P-384': { alg: 'ES384', hash: 'sha384' },
  'P-521': { alg: 'ES512', hash: 'sha512' },
}

export function accountKey(pem: string): AccountKey {
  const key = createPrivateKey(pem)
  const full = createPublicKey(key).export({ format: 'jwk' }) as Jwk
  if (full.kty === 'EC' && full.crv !== undefined && CURVES[full.crv] !== undefined) {
    const { alg, hash } = CURVES[full.crv] as (typeof CURVES)[string]
    return { key, jwk: { crv: full.crv, kty: 'EC', x: full.x, y: full.y }, alg, hash }
  }
  if (full.kty === 'RSA')
    return { key, jwk: { e: full.e, kty: 'RSA', n: full.n }, alg: 'RS256', hash: 'sha256' }
  throw new Error(
    `the ACME account key is ${full.kty}${full.crv ? ` ${full.crv}` : ''}; ACME CAs take EC P-256, P-384, P-521 or RSA`,
  )
}

/** RFC 7638: SHA-256 of the required members in lexicographic order, which `accountKey` keeps in that order. */
export function thumbprint(jwk: Jwk): string {
  return createHash('sha256').update(JSON.stringify(jwk)).digest('base64url')
}

/** The TXT value of a dns-01 challenge (RFC 8555 section 8.4): base64url(SHA-256(token "." thumbprint)). */
export function dns01Value(token: string, jwkThumbprint: string): string {
  return createHash('sha256').update(`${token}.${jwkThumbprint}`).digest('base64url')
}

/**
 * A signed request body. `payload` undefined is POST-as-GET (an empty payload, RFC 8555 section 6.3);
 * `kid` is the account URL, or undefined before there is one (newAccount: the JWK goes in the header).
 */
export function signJws(
  account: AccountKey,
  header: { url: string; nonce: string; kid?: string },
  payload: object | undefined,
): FlattenedJws {
  const protectedHeader = {
    alg: account.alg,
    nonce: header.nonce,
    url: header.url,
    ...(header.kid === undefined ? { jwk: account.jwk } : { kid: header.kid }),
  }
  const encodedHeader = base64urlJson(protectedHeader)
  const encodedPayload = payload === undefined ? '' : base64urlJson(payload)
  const signature = sign(account.hash, Buffer.from(`${encodedHeader}.${encodedPayload}`), {
    key: account.key,
    // JWS wants r || s, not DER, for ECDSA
    dsaEncoding: 'ieee-p1363',
  }).toString('base64url')
  return { protected: encodedHeader, payload: encodedPayload, signature }
}

/** External account binding (RFC 8555 section 7.3.4): the account's JWK, signed with the CA's HMAC key. */
export function externalAccountBinding(
  eab: { kid: string; hmacKey: string },
  newAccountUrl: string,
  jwk: Jwk,
): FlattenedJws {
  const encodedHeader = base64urlJson({ alg: 'HS256', kid: eab.kid, url: newAccountUrl })
  const encodedPayload = base64urlJson(jwk)
  const signature = createHmac('sha256', Buffer.from(eab.hmacKey, 'base64url'))
    .update(`${encodedHeader}.${encodedPayload}`)
    .digest('base64url')
  return { protected: encodedHeader, payload: encodedPayload, signature }
}

function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}
