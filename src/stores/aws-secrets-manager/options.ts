// Inputs of the `aws-secrets-manager` destination, read and checked without loading its code (AWS signing, HTTP
// client).
import { ACTION_SPELLING, type Spelling } from '../../config/spelling.js'
import { AWS_REGION_INPUT, readAwsRegion } from '../aws-options.js'
import type { StoreDeclaration } from '../types.js'

const ID = 'aws-secrets-manager'
// Secrets Manager's own rule for names; an ARN is accepted too, for a secret that already exists.
const NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/

export interface SecretsManagerOptions {
  readonly region: string
  /** `aws_secret_name`: a name, or the ARN of an existing secret. */
  readonly secretId: string
  readonly kmsKeyId: string | undefined
}

export function readSecretsManagerOptions(
  getInput: (name: string) => string,
  env: Readonly<Record<string, string | undefined>>,
  s: Spelling = ACTION_SPELLING,
): SecretsManagerOptions {
  const region = readAwsRegion(getInput, env, ID, s)
  const secretId = getInput('aws_secret_name').trim()
  if (secretId === '') {
    throw new Error(
      `${s.input('aws_secret_name')} is required for store aws-secrets-manager: the secret that holds the certificate, e.g. tls/example.com`,
    )
  }
  const arn = SECRET_ARN.exec(secretId)
  if (arn === null && (!NAME.test(secretId) || secretId.startsWith('arn:'))) {
    throw new Error(
      `${s.input('aws_secret_name')} "${secretId}" is not a secret name: letters, digits and /_+=.@- only, e.g. tls/example.com`,
    )
  }
  if (arn && arn[1] !== region) {
    throw new Error(
      `${s.input('aws_secret_name')} is in region ${arn[1]} but ${s.input('aws_region')} is ${region}: set ${s.input('aws_region')} to it`,
    )
  }
  return { region, secretId, kmsKeyId: getInput('aws_kms_key_id').trim() || undefined }
}

/** What the registry knows of `aws-secrets-manager` before loading its code. */
export const awsSecretsManagerDeclaration: StoreDeclaration<SecretsManagerOptions> = {
  id: ID,
  inputs: [
    AWS_REGION_INPUT,
    {
      name: 'aws_secret_name',
      description:
        'Secret (name or ARN) that holds the certificate as JSON: certificate, chain, fullchain, private_key, ' +
        'not_after, serial, domains (store aws-secrets-manager). Created when missing; else a new version.',
    },
    {
      name: 'aws_kms_key_id',
      description:
        'KMS key (id, ARN or alias) to encrypt the secret with when certalias creates it (store aws-secrets-manager). ' +
        'Empty: the account key aws/secretsmanager.',
    },
  ],
  readOptions: readSecretsManagerOptions,
  readsCurrent: true,
  removes: true,
  prepares: true,
}
