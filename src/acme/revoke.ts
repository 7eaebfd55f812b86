// Revocation (RFC 8555 section 7.6) over acme-client: signed by the account that ordered the certificate, or by
// the certificate's own key (a JWK in the header, no account). acme-client's revokeCertificate always signs with
// an account and drops the problem type, so this reaches its request layer, as the rest of src/acme does.
import { X509Certificate } from 'node:crypto'
import * as acme from 'acme-client'
import type { Config } from '../config/index.js'
import { AcmeError, configureAcmeHttp } from './index.js'

export interface RevokeRequest {
  /** PEM of the certificate (the leaf first). */
  readonly certificate: string
  /** PEM of the key that signs: the account key, or the certificate's own key. */
  readonly key: string
  readonly signedBy: 'account' | 'certificate'
  /** RFC 5280 CRLReason code. */
  readonly reason: number
}

interface AcmeResponse {
  status: number
  data?: { type?: string; detail?: string; status?: string }
}

interface AcmeApi {
  createAccount(data: object): Promise<AcmeResponse>
  apiResourceRequest(
    resource: string,
    payload: object,
    validStatusCodes: number[],
    options: { includeJwsKid: boolean },
  ): Promise<AcmeResponse>
}

const ALREADY_REVOKED = 'urn:ietf:params:acme:error:alreadyRevoked'

/** 'revoked' now, or 'already' when the CA had revoked it before (not an error: a re-run finds it so). */
export async function revokeAtCa(
  config: Config,
  request: RevokeRequest,
  debug: (message: string) => void,
): Promise<'revoked' | 'already'> {
  configureAcmeHttp()
  acme.setLogger(debug)
  const client = new acme.Client({ directoryUrl: config.directoryUrl, accountKey: request.key })
  const api = (client as unknown as { api: AcmeApi }).api
  const where = `ACME revocation at ${config.directoryUrl}`
  if (request.signedBy === 'account') {
    // find the account this key has, without creating one: a new account could not revoke anything
    const found = await api.createAccount({ onlyReturnExisting: true })
    if (found.status !== 200) {
      throw new AcmeError(
        `${where}: account_key has no account at this CA (${found.data?.detail ?? found.status}); give the key of the account that ordered the certificate`,
      )
    }
  }
  const certificate = new X509Certificate(request.certificate).raw.toString('base64url')
  const answer = await api.apiResourceRequest('revokeCert', { certificate, reason: request.reason }, [], {
    includeJwsKid: request.signedBy === 'account',
  })
  if (answer.status === 200) return 'revoked'
  if (answer.data?.type === ALREADY_REVOKED) return 'already'
  throw new AcmeError(
    `${where}: HTTP ${answer.status}: ${answer.data?.type ?? ''} ${answer.data?.detail ?? ''}`.trim(),
  )
}
