// Inputs of the `aws-acm` destination, read and checked without loading its code (AWS signing, HTTP client).
import { AWS_REGION_INPUT, readAwsRegion, requireAwsCredentials } from '../aws-options.js'
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
}

/** ACM tag values allow letters, digits, spaces and _.:/=+-@ only: a wildcard's `*.` is written `_wildcard.`. */
export function acmTagValue(primaryName: string): string {
  return primaryName.replace(/^\*\./, '_wildcard.')
}

export function readAcmOptions(
  getInput: (name: string) => string,
  env: Readonly<Record<string, string | undefined>>,
): AcmOptions {
  const region = readAwsRegion(getInput, env, ID)
  const arn = getInput('acm_certificate_arn').trim()
  if (arn !== '') {
    const match = ARN.exec(arn)
    if (!match) {
      throw new Error(
        `\`acm_certificate_arn\` "${arn}" is not an ACM certificate ARN: arn:aws:acm:<region>:<account>:certificate/<id>`,
      )
    }
    if (match[1] !== region) {
      throw new Error(
        `\`acm_certificate_arn\` is in region ${match[1]} but \`aws_region\` is ${region}: a certificate is re-imported ` +
          'in its own region; set aws_region to it',
      )
    }
  }
  requireAwsCredentials(env, ID)
  const primaryName = primaryNameOf(getInput)
  return {
    region,
    certificateArn: arn || undefined,
    primaryName,
    tagValue: acmTagValue(primaryName),
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
}
