// The `aws-acm` destination: the certificate imported into AWS Certificate Manager, renewals re-imported into the
// same ARN so that CloudFront distributions and load balancers pointing at it pick the new one up by themselves.
import { createPrivateKey } from 'node:crypto'
import { AwsJsonClient } from '../../clouds/aws.js'
import { notTheRevoked } from '../ownership.js'
import { sessionStore } from '../session-store.js'
import type {
  CertificateBundle,
  CurrentCertificate,
  Delivery,
  Removal,
  RevokedCertificate,
  StoreContext,
  StoreModule,
} from '../types.js'
import { type AcmOptions, awsAcmDeclaration } from './options.js'

export type { AcmOptions } from './options.js'
export { acmTagValue, readAcmOptions } from './options.js'

const ID = 'aws-acm'
/** The tag certalias puts on the certificates it imports: its value is the primary name. */
export const ACM_TAG = 'certalias'
// Without Includes.keyTypes ListCertificates returns RSA_1024 and RSA_2048 certificates only.
const KEY_TYPES = [
  'RSA_1024',
  'RSA_2048',
  'RSA_3072',
  'RSA_4096',
  'EC_prime256v1',
  'EC_secp384r1',
  'EC_secp521r1',
]

export const awsAcmStore: StoreModule<AcmOptions> = sessionStore(
  awsAcmDeclaration,
  (options, context) => new AcmSession(options, context),
  deliverToAcm,
)

interface CertificateSummary {
  CertificateArn?: string
  DomainName?: string
  SubjectAlternativeNameSummaries?: string[]
  KeyAlgorithm?: string
  Type?: string
}

interface CertificateDetail {
  InUseBy?: string[]
  Serial?: string
  SubjectAlternativeNames?: string[]
  KeyAlgorithm?: string
}

/** The ACM calls certalias makes, for one region and credential. */
class AcmSession {
  readonly #options: AcmOptions
  readonly #context: StoreContext
  readonly #acm: AwsJsonClient

  constructor(options: AcmOptions, context: StoreContext) {
    this.#options = options
    this.#context = context
    this.#acm = new AwsJsonClient(context, {
      who: ID,
      serviceId: 'ACM',
      endpointPrefix: 'acm',
      targetPrefix: 'CertificateManager',
      iamPrefix: 'acm',
      region: options.region,
    })
  }

  /** The ARN renewals go to: acm_certificate_arn, else the one tagged for the primary name; undefined when none. */
  async target(): Promise<string | undefined> {
    return (await this.#find())?.arn
  }

  /** The target, with its key algorithm when the listing tells it (ACM's summary, `EC-prime256v1`). */
  async #find(): Promise<{ arn: string; keyAlgorithm?: string } | undefined> {
    if (this.#options.certificateArn) return { arn: this.#options.certificateArn }
    const { primaryName, tagValue } = this.#options
    const found: { arn: string; keyAlgorithm?: string }[] = []
    let nextToken: string | undefined
    do {
      const { body } = await this.#acm.call<{
        CertificateSummaryList?: CertificateSummary[]
        NextToken?: string
      }>(
        'ListCertificates',
        { Includes: { keyTypes: KEY_TYPES }, MaxItems: 1000, ...(nextToken ? { NextToken: nextToken } : {}) },
        { idempotent: true },
      )
      for (const summary of body?.CertificateSummaryList ?? []) {
        // a first name over 64 characters makes no CN, so no DomainName: its names say it too
        const named =
          summary.DomainName === primaryName || summary.SubjectAlternativeNameSummaries?.includes(primaryName)
        if (!summary.CertificateArn || !named) continue
        if (summary.Type !== undefined && summary.Type !== 'IMPORTED') continue
        const { body: tags } = await this.#acm.call<{ Tags?: { Key?: string; Value?: string }[] }>(
          'ListTagsForCertificate',
          { CertificateArn: summary.CertificateArn },
          { idempotent: true },
        )
        if (tags?.Tags?.some((tag) => tag.Key === ACM_TAG && tag.Value === tagValue)) {
          const keyAlgorithm = summary.KeyAlgorithm?.replace('-', '_')
          found.push({ arn: summary.CertificateArn, ...(keyAlgorithm ? { keyAlgorithm } : {}) })
        }
      }
      nextToken = body?.NextToken || undefined
    } while (nextToken)
    if (found.length > 1) {
      this.#context.host.warning(
        `${ID}: ${found.length} certificates in ${this.#options.region} carry the tag ${ACM_TAG}=${tagValue} ` +
          `(${found.map((f) => f.arn).join(', ')}); using the first. Set acm_certificate_arn to choose`,
      )
    }
    return found[0]
  }

  /** DescribeCertificate's details, or undefined when the ARN names no certificate. */
  async describe(arn: string): Promise<CertificateDetail | undefined> {
    const described = await this.#acm.call<{ Certificate?: CertificateDetail }>(
      'DescribeCertificate',
      { CertificateArn: arn },
      { idempotent: true, tolerate: ['ResourceNotFoundException'] },
    )
    return described.fault ? undefined : (described.body.Certificate ?? {})
  }

  /**
   * Before an order: `acm_certificate_arn` of another key type than `key_type` could never take the certificate
   * (ACM keeps a certificate's key type across re-imports).
   */
  async prepare(): Promise<undefined> {
    const { certificateArn, keyAlgorithm, keyType } = this.#options
    if (certificateArn === undefined || keyAlgorithm === undefined) return undefined
    const held = (await this.describe(certificateArn))?.KeyAlgorithm
    if (held !== undefined && held !== keyAlgorithm) {
      throw new Error(
        `${ID}: acm_certificate_arn ${certificateArn} holds an ${held} key, and ACM cannot re-import a certificate of ` +
          `another key type into it (key_type ${keyType} makes ${keyAlgorithm}): leave acm_certificate_arn empty to ` +
          'import a new certificate, or keep the key type',
      )
    }
    return undefined
  }

  async import(bundle: CertificateBundle): Promise<Imported> {
    const found = await this.#find()
    // ACM keeps a certificate's key type: a certificate of another one goes to a new ARN, which the tag then names
    // (an acm_certificate_arn of another key type was refused before the order)
    const ours = keyAlgorithmOf(bundle.privateKey)
    const replaced = found?.keyAlgorithm !== undefined && found.keyAlgorithm !== ours ? found : undefined
    const arn = replaced === undefined ? found?.arn : undefined
    const blob = (pem: string) => Buffer.from(pem, 'utf8').toString('base64')
    const answer = await this.#acm.call<{ CertificateArn?: string }>(
      'ImportCertificate',
      {
        Certificate: blob(bundle.certificate),
        PrivateKey: blob(bundle.privateKey),
        ...(bundle.chain.trim() ? { CertificateChain: blob(bundle.chain) } : {}),
        // ACM takes tags on the first import only; a re-import keeps them
        ...(arn ? { CertificateArn: arn } : { Tags: [{ Key: ACM_TAG, Value: this.#options.tagValue }] }),
      },
      // importing the same certificate into the same ARN twice changes nothing; a new import must not repeat
      { idempotent: arn !== undefined, tolerate: ['ResourceNotFoundException'] },
    )
    if (answer.fault) {
      throw new Error(
        `${ID}: ${arn} does not exist in ${this.#options.region} (${answer.fault.message}): check \`acm_certificate_arn\` ` +
          'and `aws_region`',
      )
    }
    const imported = answer.body.CertificateArn
    if (!imported) throw new Error(`${ID}: ImportCertificate answered without CertificateArn`)
    if (replaced === undefined) return { arn: imported, reimported: arn !== undefined }
    return { arn: imported, reimported: false, replaced: await this.#moveTag(replaced, imported, ours) }
  }

  /** The tag leaves the old certificate, so that renewals follow the new one; the old one is left in use. */
  async #moveTag(replaced: { arn: string; keyAlgorithm?: string }, imported: string, ours: string) {
    const old = replaced.arn
    let tagLeft: string | undefined
    try {
      await this.#acm.call('RemoveTagsFromCertificate', {
        CertificateArn: old,
        Tags: [{ Key: ACM_TAG, Value: this.#options.tagValue }],
      })
    } catch (error) {
      tagLeft =
        ` The tag ${ACM_TAG} could not be removed from ${old} (${(error as Error).message}): remove it, or the next ` +
        'run finds two'
    }
    const users = (await this.describe(old))?.InUseBy ?? []
    return (
      `ACM cannot re-import a certificate of another key type (${replaced.keyAlgorithm} to ${ours}) into ${old}: ` +
      `imported ${imported} and moved the tag ${ACM_TAG} to it. ${old} stays in use by ` +
      `${users.length > 0 ? users.join(', ') : 'whatever points at it'} until you point it at ${imported}; then ` +
      `delete ${old}.${tagLeft ?? ''}`
    )
  }

  async readCurrent(): Promise<CurrentCertificate | undefined> {
    const arn = await this.target()
    if (arn === undefined) return undefined
    const answer = await this.#acm.call<{ Certificate?: string; CertificateChain?: string }>(
      'GetCertificate',
      { CertificateArn: arn },
      { idempotent: true, tolerate: ['ResourceNotFoundException', 'RequestInProgressException'] },
    )
    const certificate = answer.body?.Certificate
    if (!certificate) return undefined
    const chain = answer.body?.CertificateChain
    // ACM never gives an imported certificate's key back (ExportCertificate is for private CA certificates only)
    return { certificate, ...(chain ? { chain } : {}), source: `AWS Certificate Manager ${arn}` }
  }

  async remove(revoked: RevokedCertificate): Promise<Removal> {
    const arn = await this.target()
    if (arn === undefined) return undefined
    const described = await this.describe(arn)
    if (described === undefined) return undefined
    const { InUseBy: users = [], Serial: serial, SubjectAlternativeNames: names } = described
    // `acm_certificate_arn` may name a certificate another step re-imported since
    const other = notTheRevoked(
      `AWS Certificate Manager ${arn}`,
      { ...(serial ? { serial: serial.replace(/:/g, '') } : {}), ...(names ? { names } : {}) },
      revoked,
    )
    if (other !== undefined) return other
    if (users.length > 0) return this.#leftInUse(arn, users)
    const deleted = await this.#acm.call(
      'DeleteCertificate',
      { CertificateArn: arn },
      { idempotent: true, tolerate: ['ResourceNotFoundException', 'ResourceInUseException'] },
    )
    if (deleted.fault?.code === 'ResourceNotFoundException') return undefined
    if (deleted.fault) return this.#leftInUse(arn, users)
    return { removed: `deleted ACM certificate ${arn}` }
  }

  #leftInUse(arn: string, users: readonly string[]): Removal {
    const who = users.length > 0 ? users.join(', ') : 'a resource ACM did not name'
    const message =
      `${arn} is still in use by ${who}: left in place. Point those at another certificate, then delete it ` +
      '(aws acm delete-certificate)'
    this.#context.host.warning(`${ID}: ${message}`)
    return { left: message }
  }
}

interface Imported {
  readonly arn: string
  readonly reimported: boolean
  /** What the user must do after a key type change moved the certificate to a new ARN. */
  readonly replaced?: string
}

/** ACM's name of a private key's type (KeyAlgorithm). */
function keyAlgorithmOf(privateKeyPem: string): string {
  const details = createPrivateKey(privateKeyPem).asymmetricKeyDetails
  return details?.namedCurve ? `EC_${details.namedCurve}` : `RSA_${details?.modulusLength}`
}

async function deliverToAcm(
  session: AcmSession,
  bundle: CertificateBundle,
  { options, context }: { options: AcmOptions; context: StoreContext },
): Promise<Delivery> {
  const { arn, reimported, replaced } = await session.import(bundle)
  const how = reimported ? 're-imported into' : 'imported as'
  context.host.info(`${ID}: ${how} ${arn} (serial ${bundle.serial})`)
  if (replaced !== undefined) context.host.warning(`${ID}: ${replaced}`)
  return {
    destination: `AWS Certificate Manager ${options.region}: ${how} ${arn}`,
    outputs: { acm_certificate_arn: arn },
    ...(replaced !== undefined ? { notes: [replaced] } : {}),
  }
}
