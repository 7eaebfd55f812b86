// Revocation (RFC 8555 section 7.6), over the same signed-request layer as ordering (timeouts, nonce pool):
// signed by the account that ordered the certificate (found with onlyReturnExisting, never created), or by the
// certificate's own key (its JWK in the header, no account).
import { X509Certificate } from 'node:crypto'
import { AcmeError, CaClient, caLimits, header, problemOf } from './ca.js'

export interface RevokeRequest {
  /** PEM of the certificate (the leaf first). */
  readonly certificate: string
  /** PEM of the key that signs: the account key, or the certificate's own key. */
  readonly key: string
  readonly signedBy: 'account' | 'certificate'
  /** RFC 5280 CRLReason code. */
  readonly reason: number
}

const ALREADY_REVOKED = 'urn:ietf:params:acme:error:alreadyRevoked'

/** 'revoked' now, or 'already' when the CA had revoked it before (not an error: a re-run finds it so). */
export async function revokeAtCa(
  directoryUrl: string,
  request: RevokeRequest,
  options: { debug: (message: string) => void; env?: Readonly<Record<string, string | undefined>> },
): Promise<'revoked' | 'already'> {
  const ca = new CaClient(directoryUrl, request.key, {
    limits: caLimits(options.env),
    log: options.debug,
  })
  const where = `ACME revocation at ${directoryUrl}`
  try {
    const directory = await ca.directory()
    if (typeof directory.revokeCert !== 'string')
      throw new AcmeError(`${where}: the CA's directory has no revokeCert`)
    if (request.signedBy === 'account') {
      // the account this key has, without creating one: a new account could not revoke anything
      const found = await ca.post(
        directory.newAccount,
        { onlyReturnExisting: true },
        { jwk: true, idempotent: true },
      )
      const url = header(found, 'location')
      if (found.status !== 200 || url === undefined) {
        throw new AcmeError(
          `${where}: account_key has no account at this CA (${problemOf(found)?.detail ?? `HTTP ${found.status}`}); give the key of the account that ordered the certificate`,
        )
      }
      ca.accountUrl = url
    }
    const certificate = new X509Certificate(request.certificate).raw.toString('base64url')
    const answer = await ca.post(
      directory.revokeCert,
      { certificate, reason: request.reason },
      // revoking twice is no harm: the second answer is alreadyRevoked
      { jwk: request.signedBy === 'certificate', idempotent: true },
    )
    if (answer.status === 200) return 'revoked'
    const problem = problemOf(answer)
    if (problem?.type === ALREADY_REVOKED) return 'already'
    throw new AcmeError(
      `${where}: HTTP ${answer.status}: ${problem?.type ?? ''} ${problem?.detail ?? ''}`.trim(),
    )
  } finally {
    ca.close()
  }
}
