// The `aws-acm` destination: the certificate imported into AWS Certificate Manager, renewals re-imported into the
// same ARN so that CloudFront distributions and load balancers pointing at it pick the new one up by themselves.
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
  Type?: string
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
    if (this.#options.certificateArn) return this.#options.certificateArn
    const { primaryName, tagValue } = this.#options
    const found: string[] = []
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
        if (!summary.CertificateArn || summary.DomainName !== primaryName) continue
        if (summary.Type !== undefined && summary.Type !== 'IMPORTED') continue
        const { body: tags } = await this.#acm.call<{ Tags?: { Key?: string; Value?: string }[] }>(
          'ListTagsForCertificate',
          { CertificateArn: summary.CertificateArn },
          { idempotent: true },
        )
        if (tags?.Tags?.some((tag) => tag.Key === ACM_TAG && tag.Value === tagValue))
          found.push(summary.CertificateArn)
      }
      nextToken = body?.NextToken || undefined
    } while (nextToken)
    if (found.length > 1) {
      this.#context.host.warning(
        `${ID}: ${found.length} certificates in ${this.#options.region} carry the tag ${ACM_TAG}=${tagValue} ` +
          `(${found.join(', ')}); using the first. Set acm_certificate_arn to choose`,
      )
    }
    return found[0]
  }

  async import(bundle: CertificateBundle): Promise<{ arn: string; reimported: boolean }> {
    const arn = await this.target()
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
    return { arn: imported, reimported: arn !== undefined }
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
    const described = await this.#acm.call<{
      Certificate?: { InUseBy?: string[]; Serial?: string; SubjectAlternativeNames?: string[] }
    }>(
      'DescribeCertificate',
      { CertificateArn: arn },
      { idempotent: true, tolerate: ['ResourceNotFoundException'] },
    )
    if (described.fault) return undefined
    const {
      InUseBy: users = [],
      Serial: serial,
      SubjectAlternativeNames: names,
    } = described.body.Certificate ?? {}
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

async function deliverToAcm(
  session: AcmSession,
  bundle: CertificateBundle,
  { options, context }: { options: AcmOptions; context: StoreContext },
): Promise<Delivery> {
  const { arn, reimported } = await session.import(bundle)
  const how = reimported ? 're-imported into' : 'imported as'
  context.host.info(`${ID}: ${how} ${arn} (serial ${bundle.serial})`)
  return {
    destination: `AWS Certificate Manager ${options.region}: ${how} ${arn}`,
    outputs: { acm_certificate_arn: arn },
  }
}
