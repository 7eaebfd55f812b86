// The AWS SDKs' credential chain, each source against a fake that follows its documented endpoint: keys in the
// environment, a web identity (the workflow's OIDC token or AWS_WEB_IDENTITY_TOKEN_FILE), the shared config and
// credentials files, the container credentials endpoint, and EC2 instance metadata (IMDSv2). The credentials
// found are proved by a signed ACM call the fake checks.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AwsJsonClient, awsCredentialSource } from '../../src/clouds/aws.js'
import { CloudAccessError } from '../../src/clouds/context.js'
import { sendShared } from '../../src/http/transport.js'
import { type FakeAws, type FakeAwsOptions, startFakeAws } from '../support/fake-aws.js'
import { recordingHost } from '../support/host.js'

const KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const ROLE = 'arn:aws:iam::123456789012:role/certalias'
const REGION = 'us-east-1'

let aws: FakeAws | undefined
afterEach(async () => {
  await aws?.close()
  aws = undefined
})

async function fake(options: Partial<FakeAwsOptions> = {}): Promise<FakeAws> {
  aws = await startFakeAws({ region: REGION, accessKeys: { [KEY_ID]: SECRET }, roles: [ROLE], ...options })
  return aws
}

/** A home with no AWS files, and IMDS pointed at the fake (or disabled): nothing of this machine leaks in. */
async function isolated(fakeAws: FakeAws, env: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    HOME: await mkdtemp(join(tmpdir(), 'certalias-aws-home-')),
    AWS_EC2_METADATA_SERVICE_ENDPOINT: fakeAws.url,
    AWS_ENDPOINT_URL: fakeAws.url,
    ...env,
  }
}

/** Which key signed a ListCertificates the fake accepted: proof that the credentials found are real. */
async function signedCall(env: Record<string, string>): Promise<{ keyId: string | undefined; hint: string }> {
  const host = recordingHost()
  const client = new AwsJsonClient(
    { env, host },
    {
      who: 'aws-acm',
      serviceId: 'ACM',
      endpointPrefix: 'acm',
      targetPrefix: 'CertificateManager',
      iamPrefix: 'acm',
      region: REGION,
    },
  )
  await client.call('ListCertificates', {})
  const call = aws?.requests.find((r) => r.operation === 'CertificateManager.ListCertificates')
  expect(call?.status).toBe(200)
  const source = awsCredentialSource({ env, host }, 'aws-acm')
  await source.credentials()
  return { keyId: call?.keyId, hint: source.hint }
}

const operations = () => aws?.requests.map((r) => `${r.operation} ${r.status}`) ?? []

async function file(name: string, text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'certalias-aws-')), name)
  await writeFile(path, text)
  return path
}

describe('the AWS credential chain', () => {
  it('keys in the environment come first: nothing else is asked', async () => {
    const fakeAws = await fake({ instanceRole: 'web' })
    const env = await isolated(fakeAws, {
      AWS_ACCESS_KEY_ID: KEY_ID,
      AWS_SECRET_ACCESS_KEY: SECRET,
      AWS_PROFILE: 'ci',
    })
    expect((await signedCall(env)).keyId).toBe(KEY_ID)
    expect(operations()).toEqual(['CertificateManager.ListCertificates 200'])
  })

  it('AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE: the token of the file, traded at STS', async () => {
    const fakeAws = await fake()
    const tokenFile = await file('token', fakeAws.oidc.mint('sts.amazonaws.com'))
    const env = await isolated(fakeAws, { AWS_ROLE_ARN: ROLE, AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile })
    const { keyId } = await signedCall(env)
    expect(keyId).toBe(fakeAws.sessions[0]?.id)
    expect(operations()[0]).toBe('sts:AssumeRoleWithWebIdentity 200')
  })

  describe('the shared config and credentials files', () => {
    it('reads the keys of AWS_PROFILE from AWS_SHARED_CREDENTIALS_FILE', async () => {
      const fakeAws = await fake()
      const credentials = await file(
        'credentials',
        `# comment\n[default]\naws_access_key_id = AKIADEFAULT\naws_secret_access_key = other\n\n[ci]\naws_access_key_id = ${KEY_ID}\naws_secret_access_key = ${SECRET}\n`,
      )
      const env = await isolated(fakeAws, { AWS_PROFILE: 'ci', AWS_SHARED_CREDENTIALS_FILE: credentials })
      const { keyId, hint } = await signedCall(env)
      expect(keyId).toBe(KEY_ID)
      expect(hint).toContain(`profile ci of ${credentials}`)
    })

    it('reads [profile name] of AWS_CONFIG_FILE, and the default profile of ~/.aws when AWS_PROFILE is unset', async () => {
      const fakeAws = await fake()
      const config = await file(
        'config',
        `[profile ci]\nregion = eu-west-1\naws_access_key_id=${KEY_ID}\naws_secret_access_key=${SECRET}\n`,
      )
      expect(
        (await signedCall(await isolated(fakeAws, { AWS_PROFILE: 'ci', AWS_CONFIG_FILE: config }))).keyId,
      ).toBe(KEY_ID)
      const env = await isolated(fakeAws)
      await (await import('node:fs/promises')).mkdir(join(env.HOME as string, '.aws'))
      await writeFile(
        join(env.HOME as string, '.aws', 'credentials'),
        `[default]\naws_access_key_id=${KEY_ID}\naws_secret_access_key=${SECRET}\n`,
      )
      expect((await signedCall(env)).keyId).toBe(KEY_ID)
    })

    it('the credentials file wins over the config file for the same profile', async () => {
      const fakeAws = await fake()
      const credentials = await file(
        'credentials',
        `[ci]\naws_access_key_id=${KEY_ID}\naws_secret_access_key=${SECRET}\n`,
      )
      const config = await file(
        'config',
        '[profile ci]\naws_access_key_id=AKIACONFIG\naws_secret_access_key=wrong\n',
      )
      const env = await isolated(fakeAws, {
        AWS_PROFILE: 'ci',
        AWS_SHARED_CREDENTIALS_FILE: credentials,
        AWS_CONFIG_FILE: config,
      })
      expect((await signedCall(env)).keyId).toBe(KEY_ID)
    })

    it('a named profile that is missing, or holds no keys, is an error naming it and the files', async () => {
      const fakeAws = await fake({ instanceRole: 'web' })
      const config = await file(
        'config',
        '[profile sso]\nsso_session = corp\nsso_account_id = 123456789012\n',
      )
      const missing = await isolated(fakeAws, { AWS_PROFILE: 'ci', AWS_CONFIG_FILE: config })
      await expect(
        awsCredentialSource({ env: missing, host: recordingHost() }, 'route53').credentials(),
      ).rejects.toThrow(/route53: AWS_PROFILE ci is in neither .*credentials nor .*config/)
      const sso = await isolated(fakeAws, { AWS_PROFILE: 'sso', AWS_CONFIG_FILE: config })
      await expect(
        awsCredentialSource({ env: sso, host: recordingHost() }, 'route53').credentials(),
      ).rejects.toThrow(
        /profile sso .* has no aws_access_key_id and aws_secret_access_key \(it uses sso_session/,
      )
      // an error, not a fall through to the instance's role
      expect(operations()).toEqual([])
    })
  })

  describe('the container credentials endpoint', () => {
    it('AWS_CONTAINER_CREDENTIALS_FULL_URI with AWS_CONTAINER_AUTHORIZATION_TOKEN', async () => {
      const fakeAws = await fake({ containerToken: 'container-auth-token' })
      const env = await isolated(fakeAws, {
        AWS_CONTAINER_CREDENTIALS_FULL_URI: `${fakeAws.url}/v2/credentials/task-1`,
        AWS_CONTAINER_AUTHORIZATION_TOKEN: 'container-auth-token',
      })
      const { keyId } = await signedCall(env)
      expect(keyId).toBe(fakeAws.sessions[0]?.id)
      expect(operations()[0]).toBe('container:/v2/credentials/task-1 200')
    })

    it('AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE wins over the token variable', async () => {
      const fakeAws = await fake({ containerToken: 'from-the-file' })
      const env = await isolated(fakeAws, {
        AWS_CONTAINER_CREDENTIALS_FULL_URI: `${fakeAws.url}/v2/credentials/task-1`,
        AWS_CONTAINER_AUTHORIZATION_TOKEN: 'stale',
        AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: await file('token', 'from-the-file\n'),
      })
      expect((await signedCall(env)).keyId).toBe(fakeAws.sessions[0]?.id)
    })

    it('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is asked of the ECS endpoint 169.254.170.2', async () => {
      const fakeAws = await fake({ containerToken: 'container-auth-token' })
      const asked: string[] = []
      // the ECS address cannot be bound here: requests to it are sent on to the fake, the rest as they are
      const send: typeof sendShared = (request) => {
        asked.push(request.url.href)
        const url = new URL(request.url.href.replace('http://169.254.170.2', fakeAws.url))
        return sendShared({ ...request, url })
      }
      const env = await isolated(fakeAws, {
        AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/task-2',
        AWS_CONTAINER_AUTHORIZATION_TOKEN: 'container-auth-token',
      })
      const source = awsCredentialSource({ env, host: recordingHost(), transport: { send } }, 'route53')
      const credentials = await source.credentials()
      expect(asked).toEqual(['http://169.254.170.2/v2/credentials/task-2'])
      expect(credentials.accessKeyId).toBe(fakeAws.sessions[0]?.id)
    })

    it('refuses a full URI over plain http to a host that is not the container agent', async () => {
      const fakeAws = await fake()
      const env = await isolated(fakeAws, {
        AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://metadata.example.com/creds',
      })
      await expect(
        awsCredentialSource({ env, host: recordingHost() }, 'route53').credentials(),
      ).rejects.toThrow(/AWS_CONTAINER_CREDENTIALS_FULL_URI .*https, or http to a loopback address/)
    })
  })

  describe('EC2 instance metadata', () => {
    it('IMDSv2: a PUT for the token, then the role and its credentials with it', async () => {
      const fakeAws = await fake({ instanceRole: 'certalias-runner' })
      const env = await isolated(fakeAws)
      const { keyId, hint } = await signedCall(env)
      expect(keyId).toBe(fakeAws.sessions[0]?.id)
      expect(hint).toContain('instance role certalias-runner')
      expect(operations().slice(0, 3)).toEqual([
        'imds:PUT /latest/api/token 200',
        'imds:GET /latest/meta-data/iam/security-credentials/ 200',
        'imds:GET /latest/meta-data/iam/security-credentials/certalias-runner 200',
      ])
    })

    it('off EC2 (no answer) the chain ends at once with every source it tried, as a refused credential', async () => {
      // a metadata address that takes the connection and never answers, as a firewall dropping it would
      const silent = createServer(() => {})
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
      try {
        const fakeAws = await fake()
        const env = await isolated(fakeAws, {
          AWS_EC2_METADATA_SERVICE_ENDPOINT: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`,
        })
        const failure = awsCredentialSource({ env, host: recordingHost() }, 'route53').credentials()
        await expect(failure).rejects.toBeInstanceOf(CloudAccessError)
        await expect(failure).rejects.toThrow(
          /route53: no AWS credentials: not AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, nor AWS_ROLE_ARN, nor a profile default in .*, nor a container endpoint, nor EC2 instance metadata \(no answer within 1 s\)/,
        )
      } finally {
        silent.closeAllConnections()
        await new Promise<void>((resolve) => silent.close(() => resolve()))
      }
    })

    it('AWS_EC2_METADATA_DISABLED=true asks nothing', async () => {
      const fakeAws = await fake({ instanceRole: 'certalias-runner' })
      const env = await isolated(fakeAws, { AWS_EC2_METADATA_DISABLED: 'true' })
      await expect(
        awsCredentialSource({ env, host: recordingHost() }, 'route53').credentials(),
      ).rejects.toThrow(/nor EC2 instance metadata \(AWS_EC2_METADATA_DISABLED\)/)
      expect(operations()).toEqual([])
    })
  })

  it('masks every secret a source hands out', async () => {
    const fakeAws = await fake({ instanceRole: 'certalias-runner' })
    const host = recordingHost()
    await awsCredentialSource({ env: await isolated(fakeAws), host }, 'route53').credentials()
    const session = fakeAws.sessions[0]
    expect(host.masked).toEqual(expect.arrayContaining([session?.secret, session?.token]))
  })
})
