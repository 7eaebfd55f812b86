// aws-acm against a local ACM + STS that checks every SigV4 signature with the known secret, as AWS does.
import { afterEach, describe, expect, it } from 'vitest'
import { acmTagValue, awsAcmStore } from '../../src/stores/aws-acm/index.js'
import { type FakeAws, type FakeAwsOptions, startFakeAws } from '../support/fake-aws.js'
import { madeBundle, storeUnderTest } from '../support/store-under-test.js'

const KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const ROLE = 'arn:aws:iam::123456789012:role/certalias'
const REGION = 'us-east-1'

let aws: FakeAws | undefined
afterEach(async () => {
  await aws?.close()
  aws = undefined
})

async function setUp(
  inputs: Record<string, string> = {},
  env: (fake: FakeAws) => Record<string, string> = () => ({
    AWS_ACCESS_KEY_ID: KEY_ID,
    AWS_SECRET_ACCESS_KEY: SECRET,
  }),
  fake: Partial<FakeAwsOptions> = {},
) {
  aws = await startFakeAws({ region: REGION, accessKeys: { [KEY_ID]: SECRET }, roles: [ROLE], ...fake })
  const fakeAws = aws
  return storeUnderTest(
    awsAcmStore,
    { domain: 'example.com, www.example.com', aws_region: REGION, ...inputs },
    { AWS_ENDPOINT_URL_ACM: fakeAws.url, ...env(fakeAws) },
    undefined,
    { idToken: (aud) => fakeAws.oidc.mint(aud) },
  )
}

const operations = () =>
  aws?.requests.map((r) => `${r.operation.replace('CertificateManager.', '')} ${r.status}`)

describe('aws-acm store', () => {
  it('imports a new certificate tagged certalias = primary name, the blobs base64 and the key matching', async () => {
    const { deliver } = await setUp()
    const bundle = await madeBundle(['example.com', 'www.example.com'])
    const delivery = await deliver(bundle)

    const [imported] = [...(aws?.certificates.values() ?? [])]
    expect(imported?.certificate).toBe(bundle.certificate)
    expect(imported?.chain).toBe(bundle.chain)
    expect(imported?.privateKey).toBe(bundle.privateKey)
    expect(imported?.tags).toEqual([{ Key: 'certalias', Value: 'example.com' }])
    expect(delivery.outputs).toEqual({ acm_certificate_arn: imported?.arn })
    // nothing tagged yet: the EC key type is asked for, else ACM lists RSA certificates only
    expect(operations()).toEqual(['ListCertificates 200', 'ImportCertificate 200'])
    expect(
      (aws?.requests[0]?.body as { Includes?: { keyTypes?: string[] } } | undefined)?.Includes?.keyTypes,
    ).toContain('EC_prime256v1')
  })

  it('a renewal finds the certificate it tagged and re-imports into the same ARN, without tags', async () => {
    const { deliver } = await setUp()
    const first = await deliver(await madeBundle(['example.com']))
    const second = await deliver(await madeBundle(['example.com']))
    expect(second.outputs?.acm_certificate_arn).toBe(first.outputs?.acm_certificate_arn)
    expect(aws?.certificates.size).toBe(1)
    expect([...(aws?.certificates.values() ?? [])][0]?.imports).toBe(2)
    expect(operations()).toEqual([
      'ListCertificates 200',
      'ImportCertificate 200',
      'ListCertificates 200',
      'ListTagsForCertificate 200',
      'ImportCertificate 200',
    ])
    expect(second.destination).toContain('re-imported into')
  })

  it('follows ListCertificates pages and skips a certificate of the same name that certalias did not tag', async () => {
    const { deliver, context, options } = await setUp({}, undefined, { pageSize: 1 })
    // someone else's certificate for the same name, imported first (without the tag), and one of another name
    await deliver(await madeBundle(['example.com']))
    const theirs = [...(aws?.certificates.values() ?? [])][0]
    if (theirs) theirs.tags = []
    const other = storeUnderTest(
      awsAcmStore,
      { domain: 'other.example.com', aws_region: REGION },
      { AWS_ENDPOINT_URL_ACM: aws?.url ?? '', AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET },
    )
    await other.deliver(await madeBundle(['other.example.com']))
    const ours = await deliver(await madeBundle(['example.com']))
    expect(ours.outputs?.acm_certificate_arn).not.toBe(theirs?.arn)
    const current = await awsAcmStore.readCurrent?.(options, context)
    expect(current?.source).toBe(`AWS Certificate Manager ${ours.outputs?.acm_certificate_arn}`)
    expect(current?.privateKey).toBeUndefined()
    expect(aws?.requests.filter((r) => r.operation.endsWith('ListCertificates')).length).toBeGreaterThan(2)
  })

  it('re-imports into acm_certificate_arn when given, and says so when that ARN does not exist', async () => {
    const { deliver } = await setUp()
    const arn = (await deliver(await madeBundle(['example.com']))).outputs?.acm_certificate_arn as string
    const given = storeUnderTest(
      awsAcmStore,
      { domain: 'example.com', aws_region: REGION, acm_certificate_arn: arn },
      { AWS_ENDPOINT_URL_ACM: aws?.url ?? '', AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET },
    )
    expect((await given.deliver(await madeBundle(['example.com']))).outputs?.acm_certificate_arn).toBe(arn)
    const missing = storeUnderTest(
      awsAcmStore,
      { domain: 'example.com', aws_region: REGION, acm_certificate_arn: `${arn.slice(0, -4)}0000` },
      { AWS_ENDPOINT_URL_ACM: aws?.url ?? '', AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET },
    )
    await expect(missing.deliver(await madeBundle(['example.com']))).rejects.toThrow(
      /does not exist in us-east-1.*acm_certificate_arn/,
    )
  })

  it('tags a wildcard primary name as _wildcard., since ACM tag values cannot hold *', async () => {
    expect(acmTagValue('*.example.com')).toBe('_wildcard.example.com')
    const { deliver } = await setUp({ domain: '*.example.com, example.com' })
    await deliver(await madeBundle(['*.example.com', 'example.com']))
    expect([...(aws?.certificates.values() ?? [])][0]?.tags).toEqual([
      { Key: 'certalias', Value: '_wildcard.example.com' },
    ])
  })

  it('reads the current certificate and chain with GetCertificate (ACM gives no key back)', async () => {
    const { deliver, options, context } = await setUp()
    const bundle = await madeBundle(['example.com'])
    await deliver(bundle)
    expect(await awsAcmStore.readCurrent?.(options, context)).toMatchObject({
      certificate: bundle.certificate,
      chain: bundle.chain,
    })
  })

  it('readCurrent finds nothing when certalias never imported for the name', async () => {
    const { options, context } = await setUp()
    expect(await awsAcmStore.readCurrent?.(options, context)).toBeUndefined()
  })

  it('with AWS_ROLE_ARN: assumes the role with the OIDC token (retrying IDPCommunicationError) and signs with the session', async () => {
    const { deliver, host, sleeps } = await setUp(
      {},
      (fake) => ({ AWS_ROLE_ARN: ROLE, AWS_ENDPOINT_URL_STS: fake.url, ...fake.oidcEnv }),
      { stsFailures: 1 },
    )
    await deliver(await madeBundle(['example.com']))
    const session = aws?.sessions[0]
    expect(aws?.sessions).toHaveLength(1)
    expect(aws?.requests.map((r) => `${r.operation} ${r.status}`).slice(0, 2)).toEqual([
      'sts:AssumeRoleWithWebIdentity 400',
      'sts:AssumeRoleWithWebIdentity 200',
    ])
    expect(sleeps).toHaveLength(1)
    for (const request of aws?.requests.filter((r) => r.operation.startsWith('CertificateManager')) ?? [])
      expect(request.keyId).toBe(session?.id)
    expect(host.audiences).toEqual(['sts.amazonaws.com'])
    expect(host.masked).toEqual(expect.arrayContaining([session?.id, session?.secret, session?.token]))
  })

  it('a refused ImportCertificate names the IAM permission acm:ImportCertificate and counts as a refusal', async () => {
    const { deliver } = await setUp({}, undefined, { denied: ['acm:ImportCertificate'] })
    const error = await deliver(await madeBundle(['example.com'])).catch(
      (e: Error & { status?: number }) => e,
    )
    expect((error as Error).message).toMatch(
      /AccessDeniedException.*needs the IAM permission acm:ImportCertificate/,
    )
    expect((error as { status?: number }).status).toBe(403)
    expect((error as Error).message).not.toContain(SECRET)
  })

  it('a wrong secret key is refused by the signature check, naming the key variables', async () => {
    const { deliver } = await setUp({}, () => ({
      AWS_ACCESS_KEY_ID: KEY_ID,
      AWS_SECRET_ACCESS_KEY: 'not-the-secret-key-0000000000000000000000',
    }))
    await expect(deliver(await madeBundle(['example.com']))).rejects.toThrow(
      /InvalidSignatureException.*AWS_ACCESS_KEY_ID \/ AWS_SECRET_ACCESS_KEY/,
    )
  })

  it('finds the certificate it imported by the tag and its names when the primary name has no CN (over 64 characters)', async () => {
    const long = `${'a'.repeat(60)}.example.com`
    const { deliver, options, context } = await setUp({ domain: long })
    const first = await madeBundle([long], 'ec-p256', false)
    const arn = (await deliver(first)).outputs?.acm_certificate_arn
    expect((await awsAcmStore.readCurrent?.(options, context))?.source).toBe(`AWS Certificate Manager ${arn}`)
    expect((await deliver(await madeBundle([long], 'ec-p256', false))).outputs?.acm_certificate_arn).toBe(arn)
    expect(aws?.certificates.size).toBe(1)
  })

  it('a key_type change imports a new certificate, moves the tag to it, and says the old ARN stays in use until switched', async () => {
    const { deliver, host } = await setUp()
    const old = (await deliver(await madeBundle(['example.com']))).outputs?.acm_certificate_arn as string
    const distribution = 'arn:aws:cloudfront::123456789012:distribution/E2QWRUHEXAMPLE'
    aws?.certificates.get(old)?.inUseBy.push(distribution)
    const delivery = await deliver(await madeBundle(['example.com'], 'rsa-2048'))
    const arn = delivery.outputs?.acm_certificate_arn as string
    expect(arn).not.toBe(old)
    expect(aws?.certificates.get(arn)?.tags).toEqual([{ Key: 'certalias', Value: 'example.com' }])
    expect(aws?.certificates.get(old)?.tags).toEqual([])
    expect(aws?.certificates.get(old)?.imports).toBe(1)
    expect(delivery.notes?.join('\n')).toMatch(
      new RegExp(
        `ACM cannot re-import a certificate of another key type \\(EC_prime256v1 to RSA_2048\\) into ${old}.*imported ` +
          `${arn}.*${old} stays in use by ${distribution} until you point it at ${arn}`,
      ),
    )
    expect(host.lines.some((l) => l.startsWith('warning: aws-acm:') && l.includes(arn))).toBe(true)
    // the next renewal goes to the new ARN
    expect((await deliver(await madeBundle(['example.com'], 'rsa-2048'))).outputs?.acm_certificate_arn).toBe(
      arn,
    )
  })

  it('acm_certificate_arn of another key type than key_type: refused before any order', async () => {
    const first = await setUp()
    const arn = (await first.deliver(await madeBundle(['example.com']))).outputs
      ?.acm_certificate_arn as string
    const options = awsAcmStore.readOptions(
      (name) =>
        ({ domain: 'example.com', aws_region: REGION, acm_certificate_arn: arn, key_type: 'rsa-2048' })[
          name
        ] ?? '',
      first.context.env,
    )
    const error = await (awsAcmStore.prepare?.(options, first.context) ?? Promise.resolve()).catch(
      (e: Error) => e,
    )
    expect((error as Error).message).toBe(
      `aws-acm: acm_certificate_arn ${arn} holds an EC_prime256v1 key, and ACM cannot re-import a certificate of ` +
        'another key type into it (key_type rsa-2048 makes RSA_2048): leave acm_certificate_arn empty to import a ' +
        'new certificate, or keep the key type',
    )
    // with the matching key type there is nothing to do
    const same = awsAcmStore.readOptions(
      (name) => ({ domain: 'example.com', aws_region: REGION, acm_certificate_arn: arn })[name] ?? '',
      first.context.env,
    )
    expect(await awsAcmStore.prepare?.(same, first.context)).toBeUndefined()
  })

  it('remove deletes the certificate it imported, and says nothing is there the second time', async () => {
    const { deliver, options, context } = await setUp()
    const bundle = await madeBundle(['example.com'])
    const arn = (await deliver(bundle)).outputs?.acm_certificate_arn
    const revoked = { serial: bundle.serial, names: bundle.names }
    expect(await awsAcmStore.remove?.(options, context, revoked)).toEqual({
      removed: `deleted ACM certificate ${arn}`,
    })
    expect(aws?.certificates.size).toBe(0)
    expect(await awsAcmStore.remove?.(options, context, revoked)).toBeUndefined()
  })

  it('remove leaves the tagged certificate when it holds another serial than the revoked one, and says which', async () => {
    const { deliver, options, context } = await setUp()
    const held = await madeBundle(['example.com', 'www.example.com'])
    const arn = (await deliver(held)).outputs?.acm_certificate_arn
    const said = await awsAcmStore.remove?.(options, context, { serial: '0badc0de', names: ['example.com'] })
    expect(said).toEqual({
      left: expect.stringContaining(
        `AWS Certificate Manager ${arn} holds serial ${held.serial} (example.com, www.example.com), ` +
          'not the revoked certificate (serial 0badc0de, example.com): left in place',
      ),
    })
    expect(aws?.certificates.size).toBe(1)
    expect(aws?.requests.some((r) => r.operation.endsWith('DeleteCertificate'))).toBe(false)
  })

  it('remove leaves a certificate still in use in place, with a warning naming its users', async () => {
    const { deliver, options, context, host } = await setUp()
    const bundle = await madeBundle(['example.com'])
    await deliver(bundle)
    const certificate = [...(aws?.certificates.values() ?? [])][0]
    const distribution = 'arn:aws:cloudfront::123456789012:distribution/E2QWRUHEXAMPLE'
    certificate?.inUseBy.push(distribution)
    const said = await awsAcmStore.remove?.(options, context, { serial: bundle.serial, names: bundle.names })
    expect(said).toEqual({ left: expect.stringMatching(new RegExp(`in use by ${distribution}`)) })
    expect(aws?.certificates.size).toBe(1)
    expect(
      host.lines.some((line) => line.startsWith('warning: aws-acm:') && line.includes(distribution)),
    ).toBe(true)
    expect(aws?.requests.some((r) => r.operation.endsWith('DeleteCertificate'))).toBe(false)
  })

  it('refuses its inputs before any request: no region, a bad ARN, an ARN of another region', () => {
    const read =
      (inputs: Record<string, string>, env: Record<string, string> = { AWS_ROLE_ARN: ROLE }) =>
      () =>
        awsAcmStore.readOptions((name) => ({ domain: 'example.com', ...inputs })[name] ?? '', env)
    expect(read({})).toThrow(/`aws_region` is required for store aws-acm/)
    expect(read({}, { AWS_ROLE_ARN: ROLE, AWS_REGION: 'eu-west-1' })().region).toBe('eu-west-1')
    expect(read({ aws_region: 'us-east-1', acm_certificate_arn: 'arn:aws:acm:nope' })).toThrow(
      /not an ACM certificate ARN/,
    )
    expect(
      read({
        aws_region: 'us-east-1',
        acm_certificate_arn:
          'arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
      }),
    ).toThrow(/in region eu-west-1 but `aws_region` is us-east-1/)
    // no AWS variable is no input error: the AWS credential chain may find a profile or an instance role
    expect(read({ aws_region: 'us-east-1' }, {})).not.toThrow()
  })
})
