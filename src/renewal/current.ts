// Find the certificate now in use: the `current_certificate` input (a PEM, a file, a TLS server), or what the
// chosen destinations hold (Vault, the GitHub state variable, cert.pem in output_dir).
import { createPrivateKey, createPublicKey, type X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { isIP } from 'node:net'
import { join } from 'node:path'
import { connect, getCACertificates } from 'node:tls'
import type { Config } from '../config/index.js'
import { type CertificateFacts, certificateFacts } from '../pki/certificate.js'
import type { CurrentCertificate, StoreContext } from '../stores/types.js'

export interface Current extends CurrentCertificate {
  readonly facts: CertificateFacts
  /** The destination it was read from (a store's id), when it was one. */
  readonly store?: string
}

export interface Found {
  /** The newest certificate found, with its key when its source holds the matching one. */
  readonly current?: Current
  /** Every certificate found, the newest first (`current` is the first). */
  readonly candidates: readonly Current[]
  /** The destinations that answered (holding a certificate or none); one whose read failed is not among them. */
  readonly answered: readonly string[]
  /** Why nothing usable was found although a source was there (then the run issues, with a warning). */
  readonly unreadable?: string
  /** Problems with one source while another answered: warnings. */
  readonly warnings: readonly string[]
  /** The ACME account key an earlier run kept in a destination. */
  readonly accountKey?: string
}

/** A TLS server that accepts and then says nothing must not hold the run. */
const TLS_TIMEOUT_MS = 10_000

export async function findCurrent(config: Config, context: StoreContext): Promise<Found> {
  const given = config.currentCertificate
  const primary = config.names[0]?.name ?? ''
  const answered: string[] = []
  const tagged = (store: string) => (found: CurrentCertificate | undefined) => {
    answered.push(store)
    return found === undefined ? undefined : { ...found, store }
  }
  const reads: Promise<(CurrentCertificate & { store?: string }) | undefined>[] =
    given !== undefined
      ? [fromInput(given, primary)]
      : [
          ...config.stores.flatMap(({ module, options }) =>
            module.readCurrent === undefined
              ? []
              : [module.readCurrent(options, context).then(tagged(module.id))],
          ),
          fromOutputDir(config.outputDir),
        ]
  const settled = await Promise.allSettled(reads)
  const candidates: Current[] = []
  const problems: string[] = []
  const untrusted: string[] = []
  let accountKey: string | undefined
  for (const result of settled) {
    if (result.status === 'rejected') {
      const message = String((result.reason as Error)?.message ?? result.reason)
      if (result.reason instanceof UntrustedSource) {
        untrusted.push(message)
        continue
      }
      // The delivery would fail the same way: issuing now would spend one of the CA's few certificates per
      // week on every scheduled run, and deliver none of them.
      if (refused(result.reason)) {
        throw new Error(
          `${message}. Nothing was ordered: fix the credential first, since the certificate could not be stored there either`,
        )
      }
      if (unavailable(result.reason)) {
        throw new Error(`${message}. Nothing was ordered: the certificate could not be stored there either`)
      }
      problems.push(message)
      continue
    }
    const found = result.value
    if (found === undefined) continue
    accountKey ??= found.accountKey
    try {
      const facts = certificateFacts(found.certificate)
      const privateKey =
        found.privateKey !== undefined && keyMatches(found.privateKey, facts) ? found.privateKey : undefined
      if (found.privateKey !== undefined && privateKey === undefined) {
        problems.push(
          `${found.source}: the private key there does not belong to the certificate; it is not used`,
        )
      }
      candidates.push({ ...found, privateKey, facts })
    } catch (error) {
      problems.push(`${found.source}: ${(error as Error).message}`)
    }
  }
  // The newest wins (a restored cache may hold an older one); at the same serial, the one with its key.
  candidates.sort(
    (a, b) =>
      b.facts.notAfter.getTime() - a.facts.notAfter.getTime() ||
      Number(b.privateKey !== undefined) - Number(a.privateKey !== undefined),
  )
  const current = candidates[0]
  if (current === undefined && problems.length > 0) {
    return { unreadable: problems.join('; '), candidates, answered, warnings: untrusted, accountKey }
  }
  return { current, candidates, answered, warnings: [...untrusted, ...problems], accountKey }
}

async function fromInput(value: string, primary: string): Promise<CurrentCertificate | undefined> {
  if (value.startsWith('-----')) return { certificate: value, source: 'the current_certificate input' }
  if (value.startsWith('tls://')) return presentedBy(value, primary)
  const path = value.startsWith('file://') ? new URL(value).pathname : value
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    // a first run, or a cache not restored yet: nothing to renew
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new Error(`current_certificate ${path}: ${(error as Error).message}`)
  }
  return { certificate: text, source: `file ${path}` }
}

/** cert.pem (with chain.pem and privkey.pem when there) in output_dir, as an earlier run or a cache left them. */
async function fromOutputDir(dir: string): Promise<CurrentCertificate | undefined> {
  const read = (name: string) =>
    readFile(join(dir, name), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw new Error(`${join(dir, name)}: ${error.message}`)
    })
  const certificate = await read('cert.pem')
  if (certificate === undefined) return undefined
  const [chain, privateKey] = await Promise.all([read('chain.pem'), read('privkey.pem')])
  return { certificate, chain, privateKey, source: `files in ${dir}` }
}

/**
 * A source whose certificate cannot be trusted to be the one in use (a TLS server whose certificate does not
 * verify): the run treats it as absent, with a warning, instead of deciding from it or revoking it.
 */
export class UntrustedSource extends Error {}

/**
 * The leaf a TLS server presents for the primary name (SNI), verified as a browser would: a chain to the system's
 * roots, Node's, or NODE_EXTRA_CA_CERTS's, and a certificate for that name. A server's default certificate or
 * a self-signed one is not the certificate in use.
 */
export function presentedBy(address: string, primary: string): Promise<CurrentCertificate> {
  const url = new URL(address)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const port = url.port === '' ? 443 : Number(url.port)
  // SNI takes a host name: no IP address, no wildcard label
  const servername = primary.replace(/^\*\./, '')
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port,
      servername: isIP(servername) === 0 ? servername : undefined,
      ca: [...getCACertificates('default'), ...getCACertificates('system')],
      // judged below, so that the warning can say what the server presented
      rejectUnauthorized: false,
    })
    const fail = (why: string) => {
      socket.destroy()
      reject(new Error(`current_certificate ${address}: ${why}`))
    }
    socket.setTimeout(TLS_TIMEOUT_MS, () => fail(`no TLS handshake within ${TLS_TIMEOUT_MS / 1000} s`))
    socket.once('error', (error) => fail(error.message))
    socket.once('secureConnect', () => {
      const leaf = socket.getPeerX509Certificate()
      const authorizationError = socket.authorizationError
      socket.end()
      socket.destroy()
      if (leaf === undefined)
        return reject(new Error(`current_certificate ${address}: the server sent no certificate`))
      let facts: CertificateFacts
      try {
        facts = certificateFacts(leaf.raw)
      } catch (error) {
        return reject(new Error(`current_certificate ${address}: ${(error as Error).message}`))
      }
      // Node checks the name only once the chain verified, and against the SNI name: for a wildcard primary
      // that is the name under it, which its own certificate does not cover. The name is judged here instead.
      const chainError =
        authorizationError === undefined ||
        authorizationError === null ||
        String(authorizationError) === 'ERR_TLS_CERT_ALTNAME_INVALID'
          ? undefined
          : String(authorizationError)
      const problem =
        chainError !== undefined
          ? untrustedBecause(chainError)
          : coversPrimary(leaf, facts.names, primary)
            ? undefined
            : `it is not for ${primary}`
      if (problem !== undefined) {
        return reject(
          new UntrustedSource(
            `current_certificate ${address}: the certificate it presents for ${primary} (${facts.names.join(', ')}, ` +
              `serial ${facts.serial}) does not verify: ${problem}; treated as absent`,
          ),
        )
      }
      resolve({
        certificate: leaf.toString(),
        source: `the certificate ${host}:${port} presents for ${servername}`,
      })
    })
  })
}

/** OpenSSL's verification codes Node reports, in words; a private CA is trusted through NODE_EXTRA_CA_CERTS. */
function untrustedBecause(code: string): string {
  const words: Record<string, string> = {
    DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'its chain ends in a root that is not trusted here',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
      'its issuer is not trusted here, or the server does not send the chain',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its issuer is not trusted here, or the server does not send the chain',
    CERT_HAS_EXPIRED: 'it has expired',
    CERT_NOT_YET_VALID: 'it is not valid yet',
  }
  const trust =
    code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID'
      ? ''
      : ' (a private CA: add its root to NODE_EXTRA_CA_CERTS)'
  return `${words[code] ?? 'the chain does not verify'} (${code})${trust}`
}

/** A wildcard primary needs the same wildcard on the certificate; a name, a certificate valid for it. */
function coversPrimary(leaf: X509Certificate, names: readonly string[], primary: string): boolean {
  if (primary.startsWith('*.')) return names.includes(primary)
  return leaf.checkHost(primary) !== undefined
}

/** A 401 or 403 from a destination (the error or what it wraps): the credential is wrong, not the network. */
function refused(error: unknown): boolean {
  return someCause(error, (e) => e.status === 401 || e.status === 403)
}

/** A credential that cannot be obtained at all (no OIDC token in the job), the error or what it wraps. */
function unavailable(error: unknown): boolean {
  return someCause(error, (e) => e.credentialUnavailable === true)
}

function someCause(error: unknown, test: (e: Record<string, unknown>) => boolean): boolean {
  for (let e = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if (test(e as Record<string, unknown>)) return true
  }
  return false
}

function keyMatches(privateKey: string, facts: CertificateFacts): boolean {
  try {
    const ours = createPublicKey(createPrivateKey(privateKey)).export({ type: 'spki', format: 'der' })
    return ours.equals(facts.publicKey.export({ type: 'spki', format: 'der' }))
  } catch {
    return false
  }
}
