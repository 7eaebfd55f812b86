// Google Cloud DNS against the shared harness: OAuth (key JWT or workload identity) and the v1 REST calls as documented.
import { createVerify, generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { signJwt } from '../../src/clouds/google.js'
import { google } from '../../src/providers/google/index.js'
import type { RecordingHostOptions } from '../support/host.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
})
const SA_EMAIL = 'certalias@dns-project.iam.gserviceaccount.com'
const KEY_JSON = JSON.stringify({
  type: 'service_account',
  project_id: 'dns-project',
  private_key_id: 'b5c1f0e2a9d84c7f0e6a1b2c3d4e5f6a7b8c9d0e',
  private_key: privateKey,
  client_email: SA_EMAIL,
  client_id: '104857600000000000000',
  token_uri: 'https://oauth2.googleapis.com/token',
})
const ACCESS_TOKEN = 'ya29.c.access-token-secret'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const BASE = '/dns/v1/projects/dns-project'
const MZ = `${BASE}/managedZones/validation-zone`
const AUTH = { authorization: `Bearer ${ACCESS_TOKEN}` }
const DNS_SCOPE = 'https://www.googleapis.com/auth/ndev.clouddns.readwrite'

let script: ApiScript | undefined
async function against(
  exchanges: Exchange[],
  env: (origin: string) => Record<string, string> = withZone,
  hostOptions: RecordingHostOptions = {},
) {
  script = await apiScript(exchanges)
  return providerAgainst(google, script, env(script.origin), '/dns/v1', hostOptions)
}

const keyEnv = (origin: string) => ({ GCE_SERVICE_ACCOUNT: KEY_JSON, GOOGLE_OAUTH_URL: origin })
const withZone = (origin: string) => ({ ...keyEnv(origin), GCE_ZONE_ID: 'validation-zone' })

/** The JWT bearer grant, with the assertion's signature checked against the key's public half. */
const tokenGrant: Exchange = {
  method: 'POST',
  path: '/token',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: (text: string) => {
    const form = new URLSearchParams(text)
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer')
    const [header = '', claims = '', signature = ''] = (form.get('assertion') ?? '').split('.')
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: 'b5c1f0e2a9d84c7f0e6a1b2c3d4e5f6a7b8c9d0e',
    })
    const payload = JSON.parse(Buffer.from(claims, 'base64url').toString())
    // aud is the token endpoint: the harness's address here
    expect(payload).toMatchObject({
      iss: SA_EMAIL,
      scope: DNS_SCOPE,
      aud: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/token$/),
    })
    expect(payload.exp - payload.iat).toBe(3600)
    const verified = createVerify('RSA-SHA256')
      .update(`${header}.${claims}`)
      .verify(publicKey, Buffer.from(signature, 'base64url'))
    expect(verified).toBe(true)
  },
  reply: { body: { access_token: ACCESS_TOKEN, expires_in: 3599, token_type: 'Bearer' } },
}

const zonesList = (
  dnsName: string,
  zones: { name: string; dnsName: string; visibility: string }[],
  pageToken?: string,
  nextPageToken?: string,
): Exchange => ({
  method: 'GET',
  path: `${BASE}/managedZones`,
  query: { dnsName, ...(pageToken ? { pageToken } : {}) },
  headers: AUTH,
  reply: {
    body: {
      kind: 'dns#managedZonesListResponse',
      managedZones: zones.map((z, i) => ({ kind: 'dns#managedZone', id: String(4000 + i), ...z })),
      ...(nextPageToken ? { nextPageToken } : {}),
    },
  },
})

const rrsets = (rrdatas: string[] | undefined, ttl = 300): Exchange => ({
  method: 'GET',
  path: `${MZ}/rrsets`,
  query: { name: `${OWNER}.`, type: 'TXT' },
  headers: AUTH,
  reply: {
    body: {
      kind: 'dns#resourceRecordSetsListResponse',
      rrsets: rrdatas
        ? [{ kind: 'dns#resourceRecordSet', name: `${OWNER}.`, type: 'TXT', ttl, rrdatas }]
        : [],
    },
  },
})

const set = (rrdatas: string[], ttl = 300) => ({ name: `${OWNER}.`, type: 'TXT', ttl, rrdatas })

const postChange = (
  additions: ReturnType<typeof set>[],
  deletions: ReturnType<typeof set>[],
  reply: Exchange['reply'] = {
    body: { kind: 'dns#change', id: '17', status: 'pending', additions, deletions },
  },
  auth = AUTH,
): Exchange => ({
  method: 'POST',
  path: `${MZ}/changes`,
  headers: { ...auth, 'content-type': 'application/json' },
  body: { additions, deletions },
  reply,
})

const getChange = (status: 'pending' | 'done', auth = AUTH): Exchange => ({
  method: 'GET',
  path: `${MZ}/changes/17`,
  headers: auth,
  reply: { body: { kind: 'dns#change', id: '17', status } },
})

const googleError = (code: number, reason: string, message: string) => ({
  error: { code, message, errors: [{ domain: 'global', reason, message }] },
})

describe('google', () => {
  it('signs the JWT bearer assertion with RS256 as Google documents it', () => {
    const jwt = signJwt(
      { client_email: SA_EMAIL, private_key: privateKey, private_key_id: 'kid-1' },
      'https://oauth2.googleapis.com/token',
      DNS_SCOPE,
      Date.UTC(2025, 0, 1),
    )
    const [header = '', claims = '', signature = ''] = jwt.split('.')
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: 'kid-1',
    })
    expect(JSON.parse(Buffer.from(claims, 'base64url').toString())).toEqual({
      iss: SA_EMAIL,
      scope: DNS_SCOPE,
      aud: 'https://oauth2.googleapis.com/token',
      iat: 1735689600,
      exp: 1735693200,
    })
    expect(
      createVerify('RSA-SHA256')
        .update(`${header}.${claims}`)
        .verify(publicKey, Buffer.from(signature, 'base64url')),
    ).toBe(true)
  })

  it('finds the public zone by dnsName through pageToken pages, skipping a private zone of the same name', async () => {
    const { provider, host } = await against(
      [
        tokenGrant,
        // DNS shows acme.validation.example.org, but the project hosts only the parent
        zonesList('acme.validation.example.org.', []),
        zonesList(
          `${ZONE}.`,
          [{ name: 'validation-private', dnsName: `${ZONE}.`, visibility: 'private' }],
          undefined,
          'page-2',
        ),
        zonesList(
          `${ZONE}.`,
          [{ name: 'validation-zone', dnsName: `${ZONE}.`, visibility: 'public' }],
          'page-2',
        ),
        rrsets(undefined),
        postChange([set(['"v1"'], 60)], [], { body: { kind: 'dns#change', id: '17', status: 'done' } }),
      ],
      keyEnv,
    )
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
    expect(host.masked).toEqual(expect.arrayContaining([privateKey, ACCESS_TOKEN]))
  })

  it('appends to an owner that already holds a value: deletion of the exact old set, addition of old + new, then waits for done', async () => {
    const { provider, sleeps } = await against([
      tokenGrant,
      rrsets(['"keep-me"']),
      postChange([set(['"keep-me"', '"apex"', '"wildcard"'])], [set(['"keep-me"'])]),
      getChange('pending'),
      getChange('done'),
    ])
    await provider.append(ZONE, OWNER, ['apex', 'wildcard', 'keep-me'])
    script?.assertDone()
    expect(sleeps).toEqual([1000, 2000])
  })

  it('removes one of two values and keeps the other, without waiting', async () => {
    const { provider, sleeps } = await against([
      tokenGrant,
      rrsets(['"keep-me"', '"ours"']),
      postChange([set(['"keep-me"'])], [set(['"keep-me"', '"ours"'])]),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
    expect(sleeps).toEqual([])
  })

  it('deletes the whole set when the last value goes, and does nothing when the owner is already empty', async () => {
    const { provider } = await against([
      tokenGrant,
      rrsets(['"ours"'], 60),
      postChange([], [set(['"ours"'], 60)]),
      rrsets(undefined),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('re-reads and merges again after a 412 (another job changed the set between read and write)', async () => {
    const { provider } = await against([
      tokenGrant,
      rrsets(['"a"']),
      postChange([set(['"a"', '"mine"'])], [set(['"a"'])], {
        status: 412,
        body: googleError(412, 'conditionNotMet', "Precondition not met for 'entity.change.deletions[0]'"),
      }),
      rrsets(['"a"', '"theirs"']),
      postChange([set(['"a"', '"theirs"', '"mine"'])], [set(['"a"', '"theirs"'])], {
        body: { kind: 'dns#change', id: '17', status: 'done' },
      }),
    ])
    await provider.append(ZONE, OWNER, ['mine'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      tokenGrant,
      {
        ...rrsets(undefined),
        reply: {
          status: 429,
          headers: { 'retry-after': '7' },
          body: googleError(429, 'rateLimitExceeded', 'Rate Limit Exceeded'),
        },
      },
      rrsets(undefined),
      postChange([set(['"v1"'], 60)], [], { body: { kind: 'dns#change', id: '17', status: 'done' } }),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([7000])
    script?.assertDone()
  })

  it('names GCE_SERVICE_ACCOUNT on a 403, and never shows the access token', async () => {
    const { provider } = await against([
      tokenGrant,
      {
        ...rrsets(undefined),
        reply: {
          status: 403,
          body: googleError(
            403,
            'forbidden',
            `Forbidden: caller does not have permission dns.resourceRecordSets.list (token ${ACCESS_TOKEN})`,
          ),
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/google: GET .*HTTP 403.*GCE_SERVICE_ACCOUNT/s)
    expect((error as Error).message).not.toContain(ACCESS_TOKEN)
    script?.assertDone()
  })

  it('reads the key from GCE_SERVICE_ACCOUNT_FILE, taking the project from the key', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'certalias-google-')), 'key.json')
    writeFileSync(file, KEY_JSON)
    const { provider } = await against([tokenGrant, rrsets(['"v1"'])], (origin) => ({
      GCE_SERVICE_ACCOUNT_FILE: file,
      GOOGLE_OAUTH_URL: origin,
      GCE_ZONE_ID: 'validation-zone',
    }))
    await provider.append(ZONE, OWNER, ['v1'])
    script?.assertDone()
  })

  it('with workload identity: OIDC token → STS token exchange → generateAccessToken, once for the whole run', async () => {
    const idToken = 'eyJhbGciOiJSUzI1NiJ9.oidc.sig'
    const wip = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/certalias'
    const federated = 'ya29.d.federated-token'
    const saToken = 'ya29.c.impersonated-token'
    const saAuth = { authorization: `Bearer ${saToken}` }
    const { provider, host } = await against(
      [
        {
          method: 'POST',
          path: '/v1/token',
          headers: { 'content-type': 'application/json' },
          body: {
            grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
            audience: `//iam.googleapis.com/${wip}`,
            scope: 'https://www.googleapis.com/auth/cloud-platform',
            requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
            subjectToken: idToken,
            subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
          },
          reply: {
            body: {
              access_token: federated,
              issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
              token_type: 'Bearer',
              expires_in: 3599,
            },
          },
        },
        {
          method: 'POST',
          path: `/v1/projects/-/serviceAccounts/${encodeURIComponent(SA_EMAIL)}:generateAccessToken`,
          headers: { authorization: `Bearer ${federated}`, 'content-type': 'application/json' },
          body: { scope: [DNS_SCOPE], lifetime: '3600s' },
          reply: { body: { accessToken: saToken, expireTime: '2030-01-01T01:00:00Z' } },
        },
        { ...rrsets(undefined), headers: saAuth },
        postChange(
          [set(['"v1"'], 60)],
          [],
          { body: { kind: 'dns#change', id: '17', status: 'done' } },
          saAuth,
        ),
        { ...rrsets(['"v1"'], 60), headers: saAuth },
        postChange([], [set(['"v1"'], 60)], undefined, saAuth),
      ],
      (origin) => ({
        GCE_WORKLOAD_IDENTITY_PROVIDER: wip,
        GCE_SERVICE_ACCOUNT_EMAIL: SA_EMAIL,
        GCE_ZONE_ID: 'validation-zone',
        GOOGLE_STS_URL: origin,
        GOOGLE_IAM_URL: origin,
      }),
      { idToken: () => idToken },
    )
    await provider.append(ZONE, OWNER, ['v1'])
    await provider.remove(ZONE, OWNER, ['v1'])
    script?.assertDone()
    // the token for the workload identity provider's default audience, asked for once
    expect(host.audiences).toEqual([`https://iam.googleapis.com/${wip}`])
    expect(host.masked).toEqual(expect.arrayContaining([idToken, federated, saToken]))
  })

  it('refuses a malformed GCE_WORKLOAD_IDENTITY_PROVIDER before any request', async () => {
    script = await apiScript([])
    expect(() =>
      providerAgainst(google, script as ApiScript, {
        GCE_WORKLOAD_IDENTITY_PROVIDER: 'github/certalias',
        GCE_SERVICE_ACCOUNT_EMAIL: SA_EMAIL,
      }),
    ).toThrow(/projects\/<number>\/locations\/global/)
  })
})
