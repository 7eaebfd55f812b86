// Route 53 against the shared harness: REST/XML requests as the API reference documents them, each signed with SigV4.
import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signV4 } from '../../src/clouds/aws-sigv4.js'
import { route53 } from '../../src/providers/route53/index.js'
import { type FakeRequest, MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeRoute53 } from '../support/fake-aws.js'
import { recordingHost } from '../support/host.js'
import { providerContract } from '../support/provider-contract.js'
import {
  type ApiScript,
  apiScript,
  type Exchange,
  providerAgainst,
  type Received,
} from '../support/provider-harness.js'

const KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
const KEYS = { AWS_ACCESS_KEY_ID: KEY_ID, AWS_SECRET_ACCESS_KEY: SECRET }
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const ZONE_ID = 'Z1D633PJN98FT9'
const XMLNS = 'https://route53.amazonaws.com/doc/2013-04-01/'
const XML = { 'content-type': 'text/xml' }

let script: ApiScript | undefined
async function against(exchanges: Exchange[], env: Record<string, string> = KEYS) {
  script = await apiScript(exchanges)
  return providerAgainst(route53, script, env)
}

const signedBy = (keyId: string, withToken = false) => ({
  authorization: new RegExp(
    `^AWS4-HMAC-SHA256 Credential=${keyId}/\\d{8}/us-east-1/route53/aws4_request, ` +
      `SignedHeaders=(content-type;)?host;x-amz-date${withToken ? ';x-amz-security-token' : ''}, Signature=[0-9a-f]{64}$`,
  ),
  'x-amz-date': /^\d{8}T\d{6}Z$/,
})

interface Zone {
  id: string
  name: string
  private?: boolean
}

const zonesByName = (
  dnsname: string,
  zones: Zone[],
  next?: { name: string; id: string },
  hostedzoneid?: string,
): Exchange => ({
  method: 'GET',
  path: '/2013-04-01/hostedzonesbyname',
  query: { dnsname, maxitems: '100', ...(hostedzoneid ? { hostedzoneid } : {}) },
  headers: signedBy(KEY_ID),
  reply: {
    headers: XML,
    body:
      `<?xml version="1.0" encoding="UTF-8"?>\n<ListHostedZonesByNameResponse xmlns="${XMLNS}"><HostedZones>` +
      zones
        .map(
          (z) =>
            `<HostedZone><Id>/hostedzone/${z.id}</Id><Name>${z.name}</Name><CallerReference>ref-${z.id}</CallerReference>` +
            `<Config><Comment>certalias test</Comment><PrivateZone>${z.private ? 'true' : 'false'}</PrivateZone></Config>` +
            '<ResourceRecordSetCount>4</ResourceRecordSetCount></HostedZone>',
        )
        .join('') +
      `</HostedZones><DNSName>${dnsname}</DNSName>${hostedzoneid ? `<HostedZoneId>${hostedzoneid}</HostedZoneId>` : ''}` +
      `<IsTruncated>${next ? 'true' : 'false'}</IsTruncated>` +
      (next ? `<NextDNSName>${next.name}</NextDNSName><NextHostedZoneId>${next.id}</NextHostedZoneId>` : '') +
      '<MaxItems>100</MaxItems></ListHostedZonesByNameResponse>',
  },
})

const rrsetXml = (name: string, type: string, ttl: number, values: string[]) =>
  `<ResourceRecordSet><Name>${name}</Name><Type>${type}</Type><TTL>${ttl}</TTL><ResourceRecords>` +
  values.map((v) => `<ResourceRecord><Value>${v}</Value></ResourceRecord>`).join('') +
  '</ResourceRecords></ResourceRecordSet>'

/** ListResourceRecordSets from (owner, TXT): `sets` is what Route 53 lists from there on. */
const listSets = (sets: string[], keyId = KEY_ID, withToken = false): Exchange => ({
  method: 'GET',
  path: `/2013-04-01/hostedzone/${ZONE_ID}/rrset`,
  query: { name: `${OWNER}.`, type: 'TXT', maxitems: '1' },
  headers: signedBy(keyId, withToken),
  reply: {
    headers: XML,
    body:
      `<?xml version="1.0" encoding="UTF-8"?>\n<ListResourceRecordSetsResponse xmlns="${XMLNS}">` +
      `<ResourceRecordSets>${sets.join('')}</ResourceRecordSets><IsTruncated>false</IsTruncated>` +
      '<MaxItems>1</MaxItems></ListResourceRecordSetsResponse>',
  },
})

const changeBatch = (changes: { action: string; ttl: number; values: string[] }[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ChangeResourceRecordSetsRequest xmlns="${XMLNS}"><ChangeBatch><Changes>` +
  changes
    .map(
      (c) => `<Change><Action>${c.action}</Action>${rrsetXml(`${OWNER}.`, 'TXT', c.ttl, c.values)}</Change>`,
    )
    .join('') +
  '</Changes></ChangeBatch></ChangeResourceRecordSetsRequest>'

const changeInfo = (status: 'PENDING' | 'INSYNC') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ChangeResourceRecordSetsResponse xmlns="${XMLNS}"><ChangeInfo>` +
  `<Id>/change/C2682N5HXP0BZ4</Id><Status>${status}</Status><SubmittedAt>2025-01-01T00:00:00.000Z</SubmittedAt>` +
  '</ChangeInfo></ChangeResourceRecordSetsResponse>'

const postChange = (
  changes: { action: string; ttl: number; values: string[] }[],
  reply: Exchange['reply'] = { headers: XML, body: changeInfo('PENDING') },
  keyId = KEY_ID,
  withToken = false,
): Exchange => ({
  method: 'POST',
  path: `/2013-04-01/hostedzone/${ZONE_ID}/rrset/`,
  headers: { ...signedBy(keyId, withToken), 'content-type': 'application/xml' },
  body: changeBatch(changes),
  reply,
})

const getChange = (status: 'PENDING' | 'INSYNC', keyId = KEY_ID, withToken = false): Exchange => ({
  method: 'GET',
  path: '/2013-04-01/change/C2682N5HXP0BZ4',
  headers: signedBy(keyId, withToken),
  reply: {
    headers: XML,
    body:
      `<?xml version="1.0" encoding="UTF-8"?>\n<GetChangeResponse xmlns="${XMLNS}"><ChangeInfo>` +
      `<Id>/change/C2682N5HXP0BZ4</Id><Status>${status}</Status><SubmittedAt>2025-01-01T00:00:00.000Z</SubmittedAt>` +
      '</ChangeInfo></GetChangeResponse>',
  },
})

const awsError = (code: string, message: string) =>
  `<?xml version="1.0"?>\n<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>${code}</Code>` +
  `<Message>${message}</Message></Error><RequestId>b25f48e8-84fd-11e6-80d9-574e0c4664cb</RequestId></ErrorResponse>`

/**
 * SigV4 recomputed from what the server received, following the steps of AWS's "Create a signed AWS API request"
 * page, to check the provider's Authorization header without trusting its signer.
 */
function expectedSignature(got: Received, secret: string): string {
  const authorization = String(got.headers.authorization)
  const [, scope = '', signedHeaders = ''] =
    /Credential=[^/]+\/([^,]+), SignedHeaders=([^,]+), Signature=/.exec(authorization) ?? []
  const [day, region, service] = scope.split('/')
  const hash = (s: string) => createHash('sha256').update(s).digest('hex')
  const enc = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  const query = Object.entries(got.query)
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .sort()
    .join('&')
  const headerLines = signedHeaders
    .split(';')
    .map((name) => `${name}:${String(got.headers[name]).trim()}\n`)
    .join('')
  const canonical = `${got.method}\n${got.path}\n${query}\n${headerLines}\n${signedHeaders}\n${hash(got.body)}`
  const amzDate = String(got.headers['x-amz-date'])
  const toSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${hash(canonical)}`
  const mac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()
  const signingKey = mac(
    mac(mac(mac(`AWS4${secret}`, day ?? ''), region ?? ''), service ?? ''),
    'aws4_request',
  )
  return createHmac('sha256', signingKey).update(toSign).digest('hex')
}

function expectValidSignatures(received: Received[], secret: string) {
  expect(received.length).toBeGreaterThan(0)
  for (const got of received) {
    const signature = /Signature=([0-9a-f]{64})$/.exec(String(got.headers.authorization))?.[1]
    expect(signature, `${got.method} ${got.path}`).toBe(expectedSignature(got, secret))
  }
}

describe('route53 SigV4 signer', () => {
  const example = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }
  const at = new Date('2015-08-30T12:36:00Z')

  it('reproduces the signature of the AWS SigV4 test suite request get-vanilla', () => {
    const headers = signV4(
      { method: 'GET', url: new URL('https://example.amazonaws.com/'), headers: {}, body: undefined },
      example,
      { region: 'us-east-1', service: 'service' },
      at,
    )
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ' +
        'SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    )
    expect(headers['x-amz-date']).toBe('20150830T123600Z')
  })

  it('reproduces the signature of the AWS SigV4 test suite request post-vanilla', () => {
    const headers = signV4(
      { method: 'POST', url: new URL('https://example.amazonaws.com/'), headers: {}, body: '' },
      example,
      { region: 'us-east-1', service: 'service' },
      at,
    )
    expect(headers.authorization).toMatch(
      /Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b$/,
    )
  })

  it("reproduces the signature of AWS's documented IAM ListUsers example, with a signed content-type", () => {
    const headers = signV4(
      {
        method: 'GET',
        url: new URL('https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08'),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: '',
      },
      example,
      { region: 'us-east-1', service: 'iam' },
      at,
    )
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, ' +
        'SignedHeaders=content-type;host;x-amz-date, ' +
        'Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    )
  })
})

describe('route53', () => {
  it('finds the public zone through ListHostedZonesByName pages, skipping private zones of the same name', async () => {
    const { provider } = await against([
      // DNS shows acme.validation.example.org, but the account hosts only the parent
      zonesByName('acme.validation.example.org.', [{ id: 'ZOTHER', name: 'example.com.' }]),
      zonesByName(`${ZONE}.`, [{ id: 'ZPRIV1', name: `${ZONE}.`, private: true }], {
        name: `${ZONE}.`,
        id: 'ZPRIV2',
      }),
      zonesByName(
        `${ZONE}.`,
        [
          { id: 'ZPRIV2', name: `${ZONE}.`, private: true },
          { id: ZONE_ID, name: `${ZONE}.` },
        ],
        undefined,
        'ZPRIV2',
      ),
      listSets([]),
      postChange([{ action: 'CREATE', ttl: 60, values: ['"v1"'] }], {
        headers: XML,
        body: changeInfo('INSYNC'),
      }),
    ])
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
    expectValidSignatures(script?.received ?? [], SECRET)
  })

  it('appends to an owner that already holds a value: one batch swaps the exact old set for old + new, then waits for INSYNC', async () => {
    const { provider, sleeps } = await against(
      [
        listSets([rrsetXml(`${OWNER}.`, 'TXT', 300, ['"keep-me"'])]),
        postChange([
          { action: 'DELETE', ttl: 300, values: ['"keep-me"'] },
          { action: 'CREATE', ttl: 300, values: ['"keep-me"', '"apex"', '"wildcard"'] },
        ]),
        getChange('PENDING'),
        getChange('INSYNC'),
      ],
      { ...KEYS, AWS_HOSTED_ZONE_ID: `/hostedzone/${ZONE_ID}` },
    )
    await provider.append(ZONE, OWNER, ['apex', 'wildcard', 'keep-me'])
    script?.assertDone()
    // polled with a growing interval, never one long fixed sleep
    expect(sleeps).toEqual([1000, 2000])
    expectValidSignatures(script?.received ?? [], SECRET)
  })

  it('removes one of two values and keeps the other, without waiting for INSYNC', async () => {
    const { provider, sleeps } = await against(
      [
        listSets([rrsetXml(`${OWNER}.`, 'TXT', 60, ['"keep-me"', '"ours"'])]),
        postChange([
          { action: 'DELETE', ttl: 60, values: ['"keep-me"', '"ours"'] },
          { action: 'CREATE', ttl: 60, values: ['"keep-me"'] },
        ]),
      ],
      { ...KEYS, AWS_HOSTED_ZONE_ID: ZONE_ID },
    )
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
    expect(sleeps).toEqual([])
  })

  it('deletes the set when the last value goes, and leaves a set of other names alone', async () => {
    const { provider } = await against(
      [
        listSets([rrsetXml(`${OWNER}.`, 'TXT', 60, ['"ours"'])]),
        postChange([{ action: 'DELETE', ttl: 60, values: ['"ours"'] }]),
        // the next remove finds only a set of a later name: nothing of ours is left
        listSets([rrsetXml(`_acme-challenge.x.${ZONE}.`, 'TXT', 60, ['"other"'])]),
      ],
      { ...KEYS, AWS_HOSTED_ZONE_ID: ZONE_ID },
    )
    await provider.remove(ZONE, OWNER, ['ours'])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('re-reads and merges again when a parallel job changed the set between read and write', async () => {
    const { provider } = await against(
      [
        listSets([rrsetXml(`${OWNER}.`, 'TXT', 60, ['"a"'])]),
        postChange(
          [
            { action: 'DELETE', ttl: 60, values: ['"a"'] },
            { action: 'CREATE', ttl: 60, values: ['"a"', '"mine"'] },
          ],
          {
            status: 400,
            headers: XML,
            body: awsError(
              'InvalidChangeBatch',
              `[Tried to delete resource record set [name='${OWNER}.', type='TXT'] but the values provided do not match the current values]`,
            ),
          },
        ),
        listSets([rrsetXml(`${OWNER}.`, 'TXT', 60, ['"a"', '"theirs"'])]),
        postChange(
          [
            { action: 'DELETE', ttl: 60, values: ['"a"', '"theirs"'] },
            { action: 'CREATE', ttl: 60, values: ['"a"', '"theirs"', '"mine"'] },
          ],
          { headers: XML, body: changeInfo('INSYNC') },
        ),
      ],
      { ...KEYS, AWS_HOSTED_ZONE_ID: ZONE_ID },
    )
    await provider.append(ZONE, OWNER, ['mine'])
    script?.assertDone()
  })

  it('retries Route 53 throttling (HTTP 400 Throttling, PriorRequestNotComplete) with backoff, a batch on a fresh read', async () => {
    const { provider, sleeps } = await against(
      [
        {
          ...listSets([]),
          reply: { status: 400, headers: XML, body: awsError('Throttling', 'Rate exceeded') },
        },
        listSets([]),
        postChange([{ action: 'CREATE', ttl: 60, values: ['"v1"'] }], {
          status: 400,
          headers: XML,
          body: awsError(
            'PriorRequestNotComplete',
            'The request was rejected because Route 53 was still processing a prior request.',
          ),
        }),
        // the set may have changed while we waited: the batch is planned again, not resent
        listSets([]),
        postChange([{ action: 'CREATE', ttl: 60, values: ['"v1"'] }], {
          headers: XML,
          body: changeInfo('INSYNC'),
        }),
      ],
      { ...KEYS, AWS_HOSTED_ZONE_ID: ZONE_ID },
    )
    await provider.append(ZONE, OWNER, ['v1'])
    script?.assertDone()
    expect(sleeps).toHaveLength(2)
    for (const ms of sleeps) expect(ms).toBeGreaterThanOrEqual(100)
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against(
      [
        {
          ...listSets([]),
          reply: {
            status: 429,
            headers: { ...XML, 'retry-after': '7' },
            body: awsError('Throttling', 'Rate exceeded'),
          },
        },
        listSets([]),
        postChange([{ action: 'CREATE', ttl: 60, values: ['"v1"'] }], {
          headers: XML,
          body: changeInfo('INSYNC'),
        }),
      ],
      { ...KEYS, AWS_HOSTED_ZONE_ID: ZONE_ID },
    )
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([7000])
    script?.assertDone()
  })

  it('names the access key variables on a 403, and never shows the secret key', async () => {
    const { provider, host } = await against([
      {
        ...zonesByName(`${ZONE}.`, []),
        reply: {
          status: 403,
          headers: XML,
          body: awsError(
            'SignatureDoesNotMatch',
            `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key ${SECRET}`,
          ),
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      /route53: GET .*HTTP 403.*AWS_ACCESS_KEY_ID \/ AWS_SECRET_ACCESS_KEY/s,
    )
    expect((error as Error).message).not.toContain(SECRET)
    expect(host.masked).toEqual(expect.arrayContaining([KEY_ID, SECRET]))
    script?.assertDone()
  })

  it('with AWS_ROLE_ARN: asks for the OIDC token once, assumes the role at STS, and signs with the session credentials', async () => {
    const idToken = 'eyJhbGciOiJSUzI1NiJ9.oidc-token.sig'
    const session = {
      id: 'ASIAEXAMPLESESSION01',
      secret: 'session/secret+key',
      token: 'FwoGZXIvYXdzEXAMPLEsessiontoken==',
    }
    const roleArn = 'arn:aws:iam::123456789012:role/certalias'
    const exchanges: Exchange[] = [
      {
        method: 'POST',
        path: '/',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: (text: string) => {
          const form = Object.fromEntries(new URLSearchParams(text))
          expect(form).toEqual({
            Action: 'AssumeRoleWithWebIdentity',
            Version: '2011-06-15',
            RoleArn: roleArn,
            RoleSessionName: 'certalias',
            WebIdentityToken: idToken,
            DurationSeconds: '3600',
          })
        },
        reply: {
          headers: XML,
          body:
            '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">' +
            '<AssumeRoleWithWebIdentityResult><SubjectFromWebIdentityToken>repo:acme/site:ref:refs/heads/main</SubjectFromWebIdentityToken>' +
            '<Audience>sts.amazonaws.com</Audience><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/certalias/certalias</Arn>' +
            '<AssumedRoleId>AROACLKWSDQRAOEXAMPLE:certalias</AssumedRoleId></AssumedRoleUser><Credentials>' +
            `<SessionToken>${session.token}</SessionToken><SecretAccessKey>${session.secret}</SecretAccessKey>` +
            `<Expiration>2030-01-01T01:00:00Z</Expiration><AccessKeyId>${session.id}</AccessKeyId></Credentials>` +
            '<Provider>arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com</Provider>' +
            '</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>ad4156e9-bce1-11e2-82e6-6b6efEXAMPLE</RequestId>' +
            '</ResponseMetadata></AssumeRoleWithWebIdentityResponse>',
        },
      },
      listSets([], session.id, true),
      postChange(
        [{ action: 'CREATE', ttl: 60, values: ['"v1"'] }],
        { headers: XML, body: changeInfo('INSYNC') },
        session.id,
        true,
      ),
      // the second call reuses the session: no second token, no second STS call
      listSets([rrsetXml(`${OWNER}.`, 'TXT', 60, ['"v1"'])], session.id, true),
      postChange(
        [{ action: 'DELETE', ttl: 60, values: ['"v1"'] }],
        { headers: XML, body: changeInfo('PENDING') },
        session.id,
        true,
      ),
    ]
    script = await apiScript(exchanges)
    const { provider, host } = providerAgainst(
      route53,
      script,
      { AWS_ROLE_ARN: roleArn, AWS_HOSTED_ZONE_ID: ZONE_ID, AWS_STS_API_URL: script.origin },
      '',
      { idToken: () => idToken },
    )
    await provider.append(ZONE, OWNER, ['v1'])
    await provider.remove(ZONE, OWNER, ['v1'])
    script.assertDone()
    expect(host.audiences).toEqual(['sts.amazonaws.com'])
    const signed = script.received.slice(1)
    for (const got of signed) expect(got.headers['x-amz-security-token']).toBe(session.token)
    expectValidSignatures(signed, session.secret)
    expect(host.masked).toEqual(expect.arrayContaining([idToken, session.id, session.secret, session.token]))
  })

  it('with AWS_ROLE_ARN and no OIDC token, fails before any request naming the static keys instead', async () => {
    const { provider } = await against([], {
      AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/certalias',
      AWS_HOSTED_ZONE_ID: ZONE_ID,
    })
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      "route53: signing in needs the workflow's OIDC token, and this test run has no OIDC token; or use " +
        'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
    )
    script?.assertDone()
  })
})

describe('route53 presentation and endpoints', () => {
  it('reads and writes TXT escapes as the three octal digits Route 53 documents (\\303\\251 is é), not decimal', async () => {
    const { provider } = await against(
      [
        listSets([rrsetXml(`${OWNER}.`, 'TXT', 60, ['"caf\\303\\251"', '"\\065"'])]),
        // "\065" is octal for 5: the value is there already, so only "é" goes, as an octal escape
        postChange(
          [
            { action: 'DELETE', ttl: 60, values: ['"caf\\303\\251"', '"\\065"'] },
            { action: 'CREATE', ttl: 60, values: ['"caf\\303\\251"', '"\\065"', '"\\303\\251"'] },
          ],
          { headers: XML, body: changeInfo('INSYNC') },
        ),
        listSets([rrsetXml(`${OWNER}.`, 'TXT', 60, ['"caf\\303\\251"', '"\\065"', '"\\303\\251"'])]),
        postChange([
          { action: 'DELETE', ttl: 60, values: ['"caf\\303\\251"', '"\\065"', '"\\303\\251"'] },
          { action: 'CREATE', ttl: 60, values: ['"\\065"', '"\\303\\251"'] },
        ]),
      ],
      { ...KEYS, AWS_HOSTED_ZONE_ID: ZONE_ID },
    )
    await provider.append(ZONE, OWNER, ['5', 'é'])
    await provider.remove(ZONE, OWNER, ['café'])
    script?.assertDone()
  })

  it('takes the endpoint from AWS_ENDPOINT_URL_ROUTE_53 before AWS_ENDPOINT_URL, as the AWS SDKs do', async () => {
    const created = () => [
      listSets([]),
      postChange([{ action: 'CREATE', ttl: 60, values: ['"v1"'] }], {
        headers: XML,
        body: changeInfo('INSYNC'),
      }),
    ]
    for (const endpoint of ['specific', 'general'] as const) {
      script = await apiScript(created())
      const env =
        endpoint === 'specific'
          ? // the general one points nowhere: the service's own variable must win
            { AWS_ENDPOINT_URL_ROUTE_53: script.origin, AWS_ENDPOINT_URL: 'http://127.0.0.1:9' }
          : { AWS_ENDPOINT_URL: script.origin }
      const provider = route53.create({
        env: { ...KEYS, AWS_HOSTED_ZONE_ID: ZONE_ID, ...env },
        host: recordingHost(),
        resolvers: [],
      })
      await provider.append(ZONE, OWNER, ['v1'])
      script.assertDone()
    }
  })

  it('retries STS IDPCommunicationError (the identity provider was not reachable) and then assumes the role', async () => {
    const idToken = 'eyJhbGciOiJSUzI1NiJ9.oidc.sig'
    const sts = (reply: Exchange['reply']): Exchange => ({
      method: 'POST',
      path: '/',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: (text: string) => expect(new URLSearchParams(text).get('WebIdentityToken')).toBe(idToken),
      reply,
    })
    const session = { id: 'ASIAEXAMPLESESSION02', secret: 'session/secret2', token: 'FwoGZXIvYXdzEXAMPLE2' }
    script = await apiScript([
      sts({
        status: 400,
        headers: XML,
        body:
          '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>' +
          '<Code>IDPCommunicationError</Code><Message>The request could not be fulfilled because the identity provider ' +
          '(IDP) that was asked to verify the incoming identity token could not be reached.</Message></Error></ErrorResponse>',
      }),
      sts({
        headers: XML,
        body:
          '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult>' +
          `<Credentials><SessionToken>${session.token}</SessionToken><SecretAccessKey>${session.secret}</SecretAccessKey>` +
          `<AccessKeyId>${session.id}</AccessKeyId></Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>`,
      }),
      listSets([], session.id, true),
      postChange(
        [{ action: 'CREATE', ttl: 60, values: ['"v1"'] }],
        { headers: XML, body: changeInfo('INSYNC') },
        session.id,
        true,
      ),
    ])
    const { provider, sleeps } = providerAgainst(
      route53,
      script,
      {
        AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/certalias',
        AWS_HOSTED_ZONE_ID: ZONE_ID,
        AWS_ENDPOINT_URL_STS: script.origin,
      },
      '',
      { idToken: () => idToken },
    )
    await provider.append(ZONE, OWNER, ['v1'])
    script.assertDone()
    expect(sleeps).toHaveLength(1)
  })
})

describe('route53 against a stateful fake of the API', () => {
  const isBatch = (request: FakeRequest) => request.method === 'POST' && request.rawPath.endsWith('/rrset/')

  async function setup(env: Record<string, string> = {}) {
    const zones = new MemoryZones(['example.com', ZONE])
    const fake = await startFakeRoute53({ zones, accessKeys: { [KEY_ID]: SECRET } })
    return { zones, fake, ...providerAgainst(route53, fake, { ...KEYS, ...env }) }
  }

  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 60,
    badCredential: {
      env: { AWS_SECRET_ACCESS_KEY: 'not/the+secret-key-of-this-id' },
      secret: 'not/the+secret-key-of-this-id',
      error: /route53: GET .*HTTP 403.*SignatureDoesNotMatch.*AWS_ACCESS_KEY_ID \/ AWS_SECRET_ACCESS_KEY/s,
    },
    throttled: { status: 400, headers: XML, body: awsError('Throttling', 'Rate exceeded') },
    wholeSetWrite: isBatch,
    wholeSetRead: (request) => request.method === 'GET' && request.rawPath.endsWith('/rrset'),
  })

  for (const before of [['keep-me'], []]) {
    it(`keeps a value another job wrote between our read and our batch (${before.length > 0 ? 'a set there' : 'no set'} before)`, async () => {
      const { zones, fake, provider, host } = await setup()
      for (const value of before) zones.add(ZONE, OWNER, value, 120)
      fake.beforeEach((request) => {
        if (isBatch(request) && fake.requests.filter(isBatch).length === 1)
          zones.add(ZONE, OWNER, 'theirs', 120)
      })
      await provider.append(ZONE, OWNER, ['ours'])
      expect(zones.values(OWNER)).toEqual([...before, 'ours', 'theirs'].sort())
      // the first batch was refused whole: only the second, planned on a fresh read, was applied
      expect(fake.requests.filter(isBatch)).toHaveLength(2)
      expect(fake.applied).toEqual([
        [
          { action: 'DELETE', name: OWNER, values: [...before, 'theirs'] },
          { action: 'CREATE', name: OWNER, values: [...before, 'theirs', 'ours'] },
        ],
      ])
      expect(host.lines).toContain(
        `route53: the TXT set at ${OWNER} changed while we wrote it; reading it again`,
      )
    })
  }

  it('removes the last value with a DELETE of the set as read, and keeps a value written meanwhile', async () => {
    const { zones, fake, provider } = await setup()
    zones.add(ZONE, OWNER, 'ours', 60)
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual([])
    expect(fake.applied).toEqual([[{ action: 'DELETE', name: OWNER, values: ['ours'] }]])

    zones.add(ZONE, OWNER, 'ours', 60)
    let raced = false
    fake.beforeEach((request) => {
      if (!isBatch(request) || raced) return
      raced = true
      zones.add(ZONE, OWNER, 'theirs', 60)
    })
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual(['theirs'])
    expect(fake.applied.slice(1)).toEqual([
      [
        { action: 'DELETE', name: OWNER, values: ['ours', 'theirs'] },
        { action: 'CREATE', name: OWNER, values: ['theirs'] },
      ],
    ])
  })

  it('gives up after 4 refused batches when another writer changes the set before each, writing nothing', async () => {
    const { zones, fake, provider } = await setup()
    let n = 0
    fake.beforeEach((request) => {
      if (isBatch(request)) zones.add(ZONE, OWNER, `theirs-${++n}`)
    })
    await expect(provider.append(ZONE, OWNER, ['ours'])).rejects.toThrow(
      /HTTP 400.*InvalidChangeBatch.*Tried to (create|delete) resource record set/,
    )
    expect(fake.requests.filter(isBatch)).toHaveLength(4)
    expect(fake.applied).toEqual([])
    expect(zones.values(OWNER)).toEqual(['theirs-1', 'theirs-2', 'theirs-3', 'theirs-4'])
  })

  it('waits for the batch to be INSYNC after an append, polling GetChange', async () => {
    const { fake, provider, sleeps } = await setup()
    await provider.append(ZONE, OWNER, ['ours'])
    const polls = fake.requests.filter(
      (r) => r.method === 'GET' && r.rawPath.startsWith('/2013-04-01/change/'),
    )
    // the fake answers PENDING, then INSYNC
    expect(polls).toHaveLength(2)
    expect(sleeps).toEqual([1000, 2000])
  })
})
