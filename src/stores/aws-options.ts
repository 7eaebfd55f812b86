// Inputs of the AWS destinations (aws-acm, aws-secrets-manager), read and checked without touching the network.
import type { Spelling } from '../config/spelling.js'
import type { StoreInput } from './types.js'

/** Shared by both AWS destinations; it has a default ('') so that naming it for one is not a stray input of the other. */
export const AWS_REGION_INPUT: StoreInput = {
  name: 'aws_region',
  description:
    'AWS region of the certificate (store aws-acm; CloudFront reads ACM certificates from us-east-1 only) or of the ' +
    'secret (store aws-secrets-manager). Empty: AWS_REGION, else AWS_DEFAULT_REGION.',
  default: '',
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/

/** `aws_region`, else the environment's region; throws naming the input when none is given or it is no region. */
export function readAwsRegion(
  getInput: (name: string) => string,
  env: Readonly<Record<string, string | undefined>>,
  store: string,
  s: Spelling,
): string {
  const region =
    getInput('aws_region').trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || ''
  if (region === '') {
    throw new Error(
      `${s.input('aws_region')} is required for store ${store} (or AWS_REGION in ${s.environment}), e.g. us-east-1` +
        (store === 'aws-acm' ? ', the region CloudFront reads certificates from' : ''),
    )
  }
  if (!REGION.test(region))
    throw new Error(`${s.input('aws_region')} "${region}" is not an AWS region, e.g. eu-west-1`)
  return region
}
