// Inputs of the `aws-acm` destination, read and checked without loading its code (AWS signing, HTTP client).
import { ACTION_SPELLING, type Spelling } from '../../config/spelling.js'
import { AWS_REGION_INPUT, readAwsRegion } from '../aws-options.js'
import { primaryNameOf } from '../certificate-json.js'
import type { StoreDeclaration } from '../types.js'

const ID = 'aws-acm'
const ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):\d{12}:certificate\/[A-Za-z0-9-]+$/

export interface AcmOptions {
  readonly region: string
  /** `acm_certificate_arn`: the certificate to re-import into. */
  readonly certificateArn: string | undefined
  /** The certificate's primary name, as the tag value holds it (a wildcard as `_wildcard.`). */
  readonly tagValue: string
  readonly primaryName: string
  /** `key_type`, and the key algorithm ACM names for it: a re-import cannot change it. */
  readonly keyType: string
  readonly keyAlgorithm: string | undefined
}

/** ACM's names of the key types certalias makes. */
const KEY_ALGORITHMS: Readonly<Record<string, string>> = {
  'ec-p256': 'EC_prime256v1',
  'ec-p384': 'EC_secp384r1',
  'rsa-2048': 'RSA_2048',
  'rsa-3072': 'RSA_3072',
  'rsa-4096': 'RSA_4096',
}

export function acmKeyAlgorithm(keyType: string): string | undefined {
  return KEY_ALGORITHMS[keyType]
}

/** ACM tag values allow letters, digits, spaces and _.:/=+-@ only: a wildcard's `*.` is written `_wildcard.`. */
export function acmTagValue(primaryName: string): string {
  return primaryName.replace(/^\*\./, '_wildcard.')
}

export function readAcmOptions(
  getInput: (name: string) => string,
  env: Readonly<Record<string, string | undefined>>,
  s: Spelling = ACTION_SPELLING,
): AcmOptions {
  const region = readAwsRegion(getInput, env, ID, s)
  const arn = getInput('acm_certificate_arn').trim()
  if (arn !== '') {
    const match = ARN.exec(arn)
    if (!match) {
      throw new Error(
        `${s.input('acm_certificate_arn')} "${arn}" is not an ACM certificate ARN: arn:aws:acm:<region>:<account>:certificate/<id>`,
      )
    }
    if (match[1] !== region) {
      throw new Error(
        `${s.input('acm_certificate_arn')} is in region ${match[1]} but ${s.input('aws_region')} is ${region}: a ` +
          `certificate is re-imported in its own region; set ${s.input('aws_region')} to it`,
      )
    }
  }
  const primaryName = primaryNameOf(getInput)
  // the configuration checks key_type itself; its default is the action's
  const keyType = getInput('key_type').trim() || 'ec-p256'
  return {
    region,
    certificateArn: arn || undefined,
    primaryName,
    tagValue: acmTagValue(primaryName),
    keyType,
    keyAlgorithm: acmKeyAlgorithm(keyType),
  }
}

/** What the registry knows of `aws-acm` before loading its code. */
export const awsAcmDeclaration: StoreDeclaration<AcmOptions> = {
  id: ID,
  inputs: [
    AWS_REGION_INPUT,
    {
      name: 'acm_certificate_arn',
      description:
        'ARN of the ACM certificate to re-import renewals into (store aws-acm). Empty: the certificate certalias ' +
        'imported before for the primary name (tag certalias = primary name), else a new one.',
    },
  ],
  readOptions: readAcmOptions,
  readsCurrent: true,
  removes: true,
  prepares: true,
}
