// The one JSON document the secret-store destinations (AWS Secrets Manager, Google Secret Manager) hold, and the
// primary name the cloud destinations key their objects by.
import { type Host, maskPem } from '../host.js'
import { parseNames } from '../names/index.js'
import { heldIn, notTheRevoked } from './ownership.js'
import type { CertificateBundle, CurrentCertificate, RevokedCertificate } from './types.js'

export interface CertificateJson {
  readonly certificate: string
  readonly chain: string
  readonly fullchain: string
  /** A secret: the store is where deploys read it. */
  readonly private_key: string
  readonly not_after: string
  readonly serial: string
  readonly domains: readonly string[]
}

export function certificateJson(bundle: CertificateBundle): string {
  const document: CertificateJson = {
    certificate: bundle.certificate,
    chain: bundle.chain,
    fullchain: bundle.fullchain,
    private_key: bundle.privateKey,
    not_after: bundle.notAfter,
    serial: bundle.serial,
    domains: [...bundle.names],
  }
  return JSON.stringify(document)
}

/** The certificate set of a stored document; undefined when it is not one certalias wrote. Never echoes the text. */
export function parseCertificateJson(
  text: string,
  source: string,
): (CurrentCertificate & { readonly serial?: string }) | undefined {
  let document: Partial<Record<keyof CertificateJson, unknown>>
  try {
    document = JSON.parse(text) as typeof document
  } catch {
    return undefined
  }
  const { certificate, chain, private_key: privateKey, serial } = document ?? {}
  if (typeof certificate !== 'string' || !certificate.includes('-----BEGIN CERTIFICATE-----'))
    return undefined
  return {
    certificate,
    ...(typeof chain === 'string' && chain !== '' ? { chain } : {}),
    ...(typeof privateKey === 'string' && privateKey.trim() !== '' ? { privateKey } : {}),
    ...(typeof serial === 'string' ? { serial } : {}),
    source,
  }
}

/** A stored document's text (the latest version) and where it was read, for the log. */
export interface StoredDocument {
  readonly text: string
  readonly where: string
}

/** What the renewal decision reads of a stored document: its certificate set, the key masked at once. */
export function currentInDocument(
  document: StoredDocument | undefined,
  host: Host,
): CurrentCertificate | undefined {
  if (document === undefined) return undefined
  const found = parseCertificateJson(document.text, document.where)
  if (found?.privateKey) maskPem(host, found.privateKey)
  return found
}

/** mode: revoke: undefined when the document holds the revoked certificate, else what stays and why. */
export function documentNotTheRevoked(
  document: StoredDocument,
  revoked: RevokedCertificate,
): { readonly left: string } | undefined {
  const held = heldIn(parseCertificateJson(document.text, document.where)?.certificate)
  return notTheRevoked(document.where, held, revoked)
}

/**
 * The certificate's primary name from the `domain` input (punycode, `*.` for a wildcard), for the destinations
 * that find or name their object by it. Empty when `domain` is not valid: the configuration reports that itself.
 */
export function primaryNameOf(getInput: (name: string) => string): string {
  try {
    return parseNames(getInput('domain'))[0]?.name ?? ''
  } catch {
    return ''
  }
}
