// aws-secrets-manager against a local Secrets Manager that checks SigV4 and keeps ClientRequestToken idempotency.
import { request } from 'undici'
import { afterEach, describe, expect, it } from 'vitest'
import type { Send } from '../../src/http/transport.js'
import { awsSecretsManagerStore, versionToken } from '../../src/stores/aws-secrets-manager/index.js'
import { type FakeAws, type FakeAwsOptions, startFakeAws } from '../support/fake-aws.js'
import { madeBundle, storeUnderTest } from '../support/store-under-test.js'

const KEY_ID = 'AKIAI44QH8DHBEXAMPLE'
const SECRET = 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'
const REGION = 'eu-west-1'
const ROLE = 'arn:aws:iam::123456789012:role/certalias'
const NAME = 'tls/example.com'

let aws: FakeAws | undefined
afterEach(async () => {
  await aws?.close()
  aws = undefined
})

async function setUp(inputs: Record<string, string> = {}, fake: Partial<FakeAwsOptions> = {}) {
  aws = await startFakeAws({ region: REGION, accessKeys: { [KEY_ID]: SECRET }, ...fake })
  return storeUnderTest(
    awsSecretsManagerStore,
    { domain: 'example.com', aws_secret_name: NAME, ...inputs },
    // the general endpoint variable, and the region from the environment as the AWS SDKs read it
    {
      AWS_ENDPOINT_URL: aws.url,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: KEY_ID,
      AWS_SECRET_ACCESS_KEY: SECRET,
    },
  )
}

const operations = () => aws?.requests.map((r) => `${r.operation.replace('secretsmanager.', '')} ${r.status}`)

describe('aws-secrets-manager store', () => {
  it('creates the missing secret with the JSON set, the KMS key, and the version token of the serial', async () => {
    const { deliver, host } = await setUp({ aws_kms_key_id: 'alias/certalias' })
    const bundle = await madeBundle(['example.com', 'www.example.com'])
    const delivery = await deliver(bundle)

    const secret = aws?.secrets.get(NAME)
    expect(secret?.kmsKeyId).toBe('alias/certalias')
    expect(secret?.versions.map((v) => v.id)).toEqual([versionToken(bundle.serial)])
    expect(JSON.parse(secret?.versions[0]?.value ?? '{}')).toEqual({
      certificate: bundle.certificate,
      chain: bundle.chain,
      fullchain: bundle.fullchain,
      private_key: bundle.privateKey,
      not_after: bundle.notAfter,
      serial: bundle.serial,
      domains: ['example.com', 'www.example.com'],
    })
    expect(operations()).toEqual(['PutSecretValue 400', 'CreateSecret 200'])
    expect(delivery.outputs).toEqual({ aws_secret_arn: secret?.arn })
    expect(host.masked).toEqual(expect.arrayContaining([KEY_ID, SECRET]))
  })

  it('a renewal is a new version; delivering the same certificate again makes none', async () => {
    const { deliver } = await setUp()
    const first = await madeBundle(['example.com'])
    await deliver(first)
    const second = await madeBundle(['example.com'])
    await deliver(second)
    await deliver(second)
    const versions = aws?.secrets.get(NAME)?.versions ?? []
    expect(versions.map((v) => [v.id, v.stages])).toEqual([
      [versionToken(first.serial), ['AWSPREVIOUS']],
      [versionToken(second.serial), ['AWSCURRENT']],
    ])
    expect(operations()?.slice(2)).toEqual(['PutSecretValue 200', 'PutSecretValue 200'])
  })

  it('the version token is 32 to 64 characters, the same for a serial and another for the next', () => {
    expect(versionToken('04a1b2').length).toBeGreaterThanOrEqual(32)
    expect(versionToken('04a1b2').length).toBeLessThanOrEqual(64)
    expect(versionToken('04A1B2')).toBe(versionToken('04a1b2'))
    expect(versionToken('04a1b3')).not.toBe(versionToken('04a1b2'))
  })

  it('readCurrent gives the certificate with its key (masked), and nothing when the secret is missing', async () => {
    const { deliver, options, context, host } = await setUp()
    expect(await awsSecretsManagerStore.readCurrent?.(options, context)).toBeUndefined()
    const bundle = await madeBundle(['example.com'])
    await deliver(bundle)
    const current = await awsSecretsManagerStore.readCurrent?.(options, context)
    expect(current).toMatchObject({
      certificate: bundle.certificate,
      chain: bundle.chain,
      privateKey: bundle.privateKey,
    })
    expect(current?.source).toContain(`AWS Secrets Manager ${REGION} ${NAME}`)
    expect(host.masked).toContain(bundle.privateKey)
  })

  it('a refused PutSecretValue names secretsmanager:PutSecretValue', async () => {
    const { deliver } = await setUp({}, { denied: ['secretsmanager:PutSecretValue'] })
    await expect(deliver(await madeBundle(['example.com']))).rejects.toThrow(
      /needs the IAM permission secretsmanager:PutSecretValue/,
    )
  })

  it('retries a ThrottlingException (HTTP 400) and then writes', async () => {
    const { deliver, sleeps } = await setUp({}, { throttleFirst: 1 })
    await deliver(await madeBundle(['example.com']))
    expect(sleeps).toHaveLength(1)
    expect(operations()).toEqual(['PutSecretValue 400', 'PutSecretValue 400', 'CreateSecret 200'])
    expect(aws?.secrets.get(NAME)?.versions).toHaveLength(1)
  })

  it('remove deletes the secret without a recovery window (its certificate is revoked), so the name takes the next one', async () => {
    const { deliver, options, context } = await setUp()
    const bundle = await madeBundle(['example.com'])
    await deliver(bundle)
    const revoked = { serial: bundle.serial, names: bundle.names }
    expect(await awsSecretsManagerStore.remove?.(options, context, revoked)).toEqual({
      removed: expect.stringMatching(
        /^deleted arn:aws:secretsmanager:eu-west-1:123456789012:secret:tls\/example\.com-\w+ without a recovery window/,
      ),
    })
    expect(aws?.requests.at(-1)?.body).toEqual({ SecretId: NAME, ForceDeleteWithoutRecovery: true })
    expect(aws?.secrets.has(NAME)).toBe(false)
    expect(await awsSecretsManagerStore.remove?.(options, context, revoked)).toBeUndefined()
    expect(await awsSecretsManagerStore.prepare?.(options, context)).toBeUndefined()
    await deliver(await madeBundle(['example.com']))
    expect(aws?.secrets.get(NAME)?.versions).toHaveLength(1)
  })

  it('prepare restores a secret scheduled for deletion (every write is refused until then); undo schedules it again', async () => {
    const { deliver, options, context } = await setUp()
    await deliver(await madeBundle(['example.com']))
    const secret = aws?.secrets.get(NAME)
    if (secret) secret.deletionDate = Math.floor(Date.now() / 1000) + 7 * 86400
    // as the service does: a write under the deleted name fails
    await expect(deliver(await madeBundle(['example.com']))).rejects.toThrow(/InvalidRequestException/)

    const prepared = await awsSecretsManagerStore.prepare?.(options, context)
    expect(prepared?.done).toMatch(
      /^restored AWS Secrets Manager eu-west-1 tls\/example\.com, which was scheduled for deletion/,
    )
    expect(secret?.deletionDate).toBeUndefined()
    expect(await prepared?.undo()).toMatch(
      /scheduled AWS Secrets Manager eu-west-1 tls\/example\.com for deletion again/,
    )
    expect(secret?.deletionDate).toBeDefined()

    await awsSecretsManagerStore.prepare?.(options, context)
    const renewed = await madeBundle(['example.com'])
    await deliver(renewed)
    expect(secret?.versions.at(-1)?.id).toBe(versionToken(renewed.serial))
  })

  it('prepare fails naming secretsmanager:RestoreSecret when the restore is refused', async () => {
    const { deliver, options, context } = await setUp({}, { denied: ['secretsmanager:RestoreSecret'] })
    await deliver(await madeBundle(['example.com']))
    const secret = aws?.secrets.get(NAME)
    if (secret) secret.deletionDate = Math.floor(Date.now() / 1000) + 7 * 86400
    const error = await (awsSecretsManagerStore.prepare?.(options, context) ?? Promise.resolve()).catch(
      (e: Error) => e,
    )
    expect((error as Error).message).toMatch(
      /tls\/example\.com is scheduled for deletion, and Secrets Manager refuses every write to it until it is restored: .*needs the IAM permission secretsmanager:RestoreSecret/,
    )
  })

  it('two first runs at once: the one whose CreateSecret finds the secret made meanwhile writes a new version', async () => {
    const { deliver } = await setUp()
    const ours = await madeBundle(['example.com'])
    // the other run creates the secret between our PutSecretValue (not found) and our CreateSecret
    aws?.createBeforeNextCreate(NAME, '{"certificate":"the other run"}')
    await deliver(ours)
    const versions = aws?.secrets.get(NAME)?.versions ?? []
    expect(versions.map((v) => v.stages)).toEqual([['AWSPREVIOUS'], ['AWSCURRENT']])
    expect(versions.at(-1)?.id).toBe(versionToken(ours.serial))
    expect(operations()).toEqual(['PutSecretValue 400', 'CreateSecret 400', 'PutSecretValue 200'])
  })

  it('remove leaves a secret holding another certificate, and says which', async () => {
    const { deliver, options, context } = await setUp()
    const held = await madeBundle(['other.example.com'])
    await deliver(held)
    const said = await awsSecretsManagerStore.remove?.(options, context, {
      serial: '0badc0de',
      names: ['example.com'],
    })
    expect(said).toEqual({
      left: expect.stringContaining(
        `AWS Secrets Manager ${REGION} ${NAME} (version ${versionToken(held.serial)}) holds serial ${held.serial} ` +
          '(other.example.com), not the revoked certificate (serial 0badc0de, example.com): left in place',
      ),
    })
    expect(aws?.secrets.get(NAME)?.deletionDate).toBeUndefined()
    expect(operations()).not.toContain('DeleteSecret 200')
  })

  it.each([
    // an opt-in region: a session token of the global endpoint is not valid there
    ['ap-east-1', 'sts.ap-east-1.amazonaws.com'],
    ['us-gov-west-1', 'sts.us-gov-west-1.amazonaws.com'],
    ['cn-north-1', 'sts.cn-north-1.amazonaws.com.cn'],
  ])(
    'with AWS_ROLE_ARN in %s, assumes the role at the STS of aws_region and its partition',
    async (region, sts) => {
      aws = await startFakeAws({ region, roles: [ROLE] })
      const fake = aws
      const hosts: string[] = []
      // the wire sends every request to the fake, and keeps the host it was meant for
      const send: Send = async ({ method, url, headers, body, signal }) => {
        const target = new URL(url)
        hosts.push(target.host)
        const response = await request(`${fake.url}${target.pathname}${target.search}`, {
          method: method as 'POST',
          headers: { ...headers },
          body,
          signal,
        })
        return { status: response.statusCode, headers: response.headers, text: await response.body.text() }
      }
      const { deliver } = storeUnderTest(
        awsSecretsManagerStore,
        // the region is the input's alone: AWS_REGION is not set
        { domain: 'example.com', aws_secret_name: NAME, aws_region: region },
        { AWS_ROLE_ARN: ROLE, AWS_ENDPOINT_URL_SECRETS_MANAGER: fake.url, ...fake.oidcEnv },
        send,
        { idToken: (aud) => fake.oidc.mint(aud) },
      )
      await deliver(await madeBundle(['example.com']))
      expect(hosts.filter((host) => host.startsWith('sts.'))).toEqual([sts])
      expect(aws.requests.map((r) => r.operation)).toContain('sts:AssumeRoleWithWebIdentity')
    },
  )

  it('refuses a missing or malformed aws_secret_name before any request', () => {
    const read = (inputs: Record<string, string>) => () =>
      awsSecretsManagerStore.readOptions((name) => ({ aws_region: REGION, ...inputs })[name] ?? '', {
        AWS_ACCESS_KEY_ID: KEY_ID,
        AWS_SECRET_ACCESS_KEY: SECRET,
      })
    expect(read({})).toThrow(/`aws_secret_name` is required/)
    expect(read({ aws_secret_name: 'tls example' })).toThrow(/not a secret name/)
  })
})
