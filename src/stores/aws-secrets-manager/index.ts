// The `aws-secrets-manager` destination: one secret holding the certificate set as JSON, a new version per
// certificate; the version's ClientRequestToken comes from the serial, so a retry never makes a second version.
import { createHash } from 'node:crypto'
import { AwsJsonClient } from '../../clouds/aws.js'
import {
  certificateJson,
  currentInDocument,
  documentNotTheRevoked,
  type StoredDocument,
} from '../certificate-json.js'
import { refusedBefore } from '../ownership.js'
import { sessionStore } from '../session-store.js'
import type {
  CertificateBundle,
  CurrentCertificate,
  Delivery,
  Preparation,
  Removal,
  RevokedCertificate,
  StoreContext,
  StoreModule,
} from '../types.js'
import { awsSecretsManagerDeclaration, type SecretsManagerOptions } from './options.js'

export type { SecretsManagerOptions } from './options.js'
export { readSecretsManagerOptions } from './options.js'

const ID = 'aws-secrets-manager'

/**
 * The version's ClientRequestToken: the same for the same certificate (Secrets Manager then ignores a repeat),
 * another for the next one. Shaped as the UUID the AWS SDKs send; 36 characters, within the 32-64 allowed.
 */
export function versionToken(serial: string): string {
  const hex = createHash('sha256').update(`certalias:${serial.toLowerCase()}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

export const awsSecretsManagerStore: StoreModule<SecretsManagerOptions> = sessionStore(
  awsSecretsManagerDeclaration,
  (options, context) => new SecretsSession(options, context),
  deliverToSecretsManager,
)

class SecretsSession {
  readonly #options: SecretsManagerOptions
  readonly #context: StoreContext
  readonly client: AwsJsonClient

  constructor(options: SecretsManagerOptions, context: StoreContext) {
    this.#options = options
    this.#context = context
    this.client = new AwsJsonClient(context, {
      who: ID,
      serviceId: 'Secrets Manager',
      endpointPrefix: 'secretsmanager',
      targetPrefix: 'secretsmanager',
      iamPrefix: 'secretsmanager',
      region: options.region,
    })
  }

  describe(): string {
    return `AWS Secrets Manager ${this.#options.region} ${this.#options.secretId}`
  }

  async readCurrent(): Promise<CurrentCertificate | undefined> {
    return currentInDocument(await this.#latest(), this.#context.host)
  }

  async remove(revoked: RevokedCertificate): Promise<Removal> {
    const latest = await this.#latest()
    if (latest === undefined) return undefined
    const other = documentNotTheRevoked(latest, revoked)
    if (other !== undefined) return other
    // No recovery window: the certificate is revoked, so there is nothing worth restoring, and a secret scheduled
    // for deletion would refuse the next certificate under this name (a pull request reopened) for weeks.
    const answer = await this.client.call<{ ARN?: string }>(
      'DeleteSecret',
      { SecretId: this.#options.secretId, ForceDeleteWithoutRecovery: true },
      { idempotent: true, tolerate: ['ResourceNotFoundException'] },
    )
    if (answer.fault) return undefined
    return {
      removed: `deleted ${answer.body.ARN ?? this.describe()} without a recovery window (its certificate is revoked)`,
    }
  }

  /**
   * A secret scheduled for deletion (by hand, or by an earlier release's revoke) refuses every read and write of
   * its name until it is restored: restore it before ordering, or stop, naming the permission.
   */
  async prepare(): Promise<Preparation | undefined> {
    const read = await this.client.call(
      'GetSecretValue',
      { SecretId: this.#options.secretId },
      { idempotent: true, tolerate: ['ResourceNotFoundException', 'InvalidRequestException'] },
    )
    if (read.fault?.code !== 'InvalidRequestException') return undefined
    try {
      await this.client.call('RestoreSecret', { SecretId: this.#options.secretId }, { idempotent: true })
    } catch (error) {
      throw refusedBefore(
        `${this.describe()} is scheduled for deletion, and Secrets Manager refuses every write to it until it is ` +
          'restored',
        error,
      )
    }
    return {
      done: `restored ${this.describe()}, which was scheduled for deletion (${read.fault.message})`,
      undo: async () => {
        await this.client.call('DeleteSecret', { SecretId: this.#options.secretId, RecoveryWindowInDays: 7 })
        return `scheduled ${this.describe()} for deletion again (7 days), as it was found`
      },
    }
  }

  /** The current version's text; undefined when there is no secret, or it is scheduled for deletion. */
  async #latest(): Promise<StoredDocument | undefined> {
    const answer = await this.client.call<{ SecretString?: string; VersionId?: string }>(
      'GetSecretValue',
      { SecretId: this.#options.secretId },
      { idempotent: true, tolerate: ['ResourceNotFoundException', 'InvalidRequestException'] },
    )
    // InvalidRequestException: the secret is scheduled for deletion (a revoke): nothing current
    const text = answer.body?.SecretString
    if (text === undefined) return undefined
    return { text, where: `${this.describe()} (version ${answer.body?.VersionId ?? '?'})` }
  }
}

async function deliverToSecretsManager(
  session: SecretsSession,
  bundle: CertificateBundle,
  { options, context }: { options: SecretsManagerOptions; context: StoreContext },
): Promise<Delivery> {
  const secretString = certificateJson(bundle)
  const token = versionToken(bundle.serial)
  const { secretId, kmsKeyId } = options
  // the token makes a repeat harmless: Secrets Manager ignores a second request with the same token and value
  const put = () =>
    session.client.call<{ ARN?: string; VersionId?: string }>(
      'PutSecretValue',
      { SecretId: secretId, SecretString: secretString, ClientRequestToken: token },
      { idempotent: true, tolerate: ['ResourceNotFoundException'] },
    )
  let answer = await put()
  let created = false
  if (answer.fault) {
    answer = await session.client.call<{ ARN?: string; VersionId?: string }>(
      'CreateSecret',
      {
        Name: secretId,
        SecretString: secretString,
        ClientRequestToken: token,
        Description: `TLS certificate ${bundle.names[0] ?? ''} (certalias)`,
        ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}),
      },
      { idempotent: true, tolerate: ['ResourceExistsException'] },
    )
    created = answer.fault === undefined
    // another run created it since the PutSecretValue above (two first runs at once): a new version of it
    if (answer.fault) answer = await put()
  }
  const arn = answer.body?.ARN
  if (!arn) throw new Error(`${ID}: Secrets Manager answered without the secret's ARN`)
  const what = created ? 'created' : 'new version of'
  context.host.info(`${ID}: ${what} ${arn}, version ${answer.body?.VersionId ?? token}`)
  return {
    destination: `${session.describe()}: ${what} ${arn} (version ${answer.body?.VersionId ?? token})`,
    outputs: { aws_secret_arn: arn },
  }
}
