// Azure DNS against the shared harness: Entra ID token (secret or federated OIDC), then ARM record sets with etags.
import { describe, expect, it } from 'vitest'
import { azure, resourceManagerScope } from '../../src/providers/azure/index.js'
import type { RecordingHostOptions } from '../support/host.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const CLIENT = '3b6f1c2a-0d4e-4f5a-9b8c-7d6e5f4a3b2c'
const SUB = '00000000-1111-2222-3333-444444444444'
const SECRET = 'azure~client~secret~value'
const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.arm-access-token.sig'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const ZONES = `/subscriptions/${SUB}/resourceGroups/dns-rg/providers/Microsoft.Network/dnsZones`
const RECORD = `${ZONES}/${ZONE}/TXT/_acme-challenge`
const Q = { 'api-version': '2018-05-01' }
const AUTH = { authorization: `Bearer ${TOKEN}` }

let script: ApiScript | undefined
const baseEnv = {
  AZURE_TENANT_ID: TENANT,
  AZURE_CLIENT_ID: CLIENT,
  AZURE_SUBSCRIPTION_ID: SUB,
  AZURE_RESOURCE_GROUP: 'dns-rg',
}

async function against(
  exchanges: Exchange[],
  env: (origin: string) => Record<string, string> = secretEnv,
  hostOptions: RecordingHostOptions = {},
) {
  script = await apiScript(exchanges)
  return providerAgainst(azure, script, env(script.origin), '', hostOptions)
}

const secretEnv = (origin: string) => ({
  ...baseEnv,
  AZURE_CLIENT_SECRET: SECRET,
  AZURE_AUTHORITY_URL: origin,
})

const tokenRequest = (extra: Record<string, string> = { client_secret: SECRET }): Exchange => ({
  method: 'POST',
  path: `/${TENANT}/oauth2/v2.0/token`,
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: (text: string) => {
    expect(Object.fromEntries(new URLSearchParams(text))).toEqual({
      client_id: CLIENT,
      scope: 'https://management.azure.com/.default',
      grant_type: 'client_credentials',
      ...extra,
    })
  },
  reply: { body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: TOKEN } },
})

const zoneGet = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `${ZONES}/${name}`,
  query: Q,
  headers: AUTH,
  reply: found
    ? {
        body: {
          id: `${ZONES}/${name}`,
          name,
          type: 'Microsoft.Network/dnszones',
          location: 'global',
          etag: '00000002-0000-0000-76c2-f7ad90b5d101',
          properties: {
            maxNumberOfRecordSets: 10000,
            numberOfRecordSets: 4,
            nameServers: ['ns1-01.azure-dns.com.', 'ns2-01.azure-dns.net.'],
            zoneType: 'Public',
          },
        },
      }
    : {
        status: 404,
        body: {
          error: {
            code: 'ResourceNotFound',
            message: `The Resource 'Microsoft.Network/dnszones/${name}' under resource group 'dns-rg' was not found.`,
          },
        },
      },
})

const recordSet = (records: string[][], etag: string, ttl = 300, path = RECORD) => ({
  id: path,
  name: path.slice(path.lastIndexOf('/') + 1),
  type: 'Microsoft.Network/dnszones/TXT',
  etag,
  properties: {
    metadata: {},
    TTL: ttl,
    fqdn: `${OWNER}.`,
    provisioningState: 'Succeeded',
    targetResource: {},
    TXTRecords: records.map((value) => ({ value })),
  },
})

const getRecord = (records: string[][] | undefined, etag = 'etag-1', path = RECORD): Exchange => ({
  method: 'GET',
  path,
  query: Q,
  headers: AUTH,
  reply: records
    ? { body: recordSet(records, etag, 300, path) }
    : {
        status: 404,
        body: {
          code: 'NotFound',
          message: "The resource record '_acme-challenge' does not exist in resource group 'dns-rg'.",
        },
      },
})

const putRecord = (
  records: string[][],
  condition: Record<string, string>,
  ttl = 300,
  reply?: Exchange['reply'],
  path = RECORD,
): Exchange => ({
  method: 'PUT',
  path,
  query: Q,
  headers: { ...AUTH, ...condition, 'content-type': 'application/json' },
  body: { properties: { TTL: ttl, TXTRecords: records.map((value) => ({ value })) } },
  reply: reply ?? { body: recordSet(records, 'etag-2', ttl, path) },
})

describe('azure', () => {
  it('gets a token with the client secret, finds the zone walking up, and creates the record set with If-None-Match', async () => {
    const { provider, host } = await against([
      tokenRequest(),
      zoneGet('acme.validation.example.org', false),
      zoneGet(ZONE, true),
      getRecord(undefined),
      putRecord([['v1']], { 'if-none-match': '*' }, 60, {
        status: 201,
        body: recordSet([['v1']], 'etag-1', 60),
      }),
    ])
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
    expect(host.masked).toEqual(expect.arrayContaining([SECRET, TOKEN]))
  })

  it('appends to an owner that already holds a value, with If-Match on its etag, keeping the old record as it was', async () => {
    const { provider } = await against([
      tokenRequest(),
      zoneGet(ZONE, true),
      getRecord([['keep-', 'me']], 'etag-7'),
      putRecord([['keep-', 'me'], ['apex'], ['wildcard']], { 'if-match': 'etag-7' }),
    ])
    await provider.append(ZONE, OWNER, ['apex', 'wildcard', 'keep-me'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      tokenRequest(),
      zoneGet(ZONE, true),
      getRecord([['keep-me'], ['ours']], 'etag-3'),
      putRecord([['keep-me']], { 'if-match': 'etag-3' }),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('deletes the record set (If-Match) when the last value goes, and then finds nothing to do', async () => {
    const { provider } = await against([
      tokenRequest(),
      zoneGet(ZONE, true),
      getRecord([['ours']], 'etag-4'),
      {
        method: 'DELETE',
        path: RECORD,
        query: Q,
        headers: { ...AUTH, 'if-match': 'etag-4' },
        reply: { status: 200 },
      },
      getRecord(undefined),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('writes at the apex as the record set "@"', async () => {
    const apex = `${ZONES}/${ZONE}/TXT/@`
    const { provider } = await against([
      tokenRequest(),
      zoneGet(ZONE, true),
      getRecord(undefined, 'etag-1', apex),
      putRecord([['v1']], { 'if-none-match': '*' }, 60, undefined, apex),
    ])
    await provider.append(ZONE, ZONE, ['v1'])
    script?.assertDone()
  })

  it('re-reads and merges again after a 412 (another writer changed the record set)', async () => {
    const { provider } = await against([
      tokenRequest(),
      zoneGet(ZONE, true),
      getRecord([['a']], 'etag-1'),
      putRecord([['a'], ['mine']], { 'if-match': 'etag-1' }, 300, {
        status: 412,
        body: {
          error: {
            code: 'PreconditionFailed',
            message: 'The condition specified using HTTP conditional header(s) is not met.',
          },
        },
      }),
      getRecord([['a'], ['theirs']], 'etag-2'),
      putRecord([['a'], ['theirs'], ['mine']], { 'if-match': 'etag-2' }),
    ])
    await provider.append(ZONE, OWNER, ['mine'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      tokenRequest(),
      {
        ...zoneGet(ZONE, true),
        reply: {
          status: 429,
          headers: { 'retry-after': '7' },
          body: { error: { code: 'TooManyRequests', message: 'The request is being throttled.' } },
        },
      },
      zoneGet(ZONE, true),
      getRecord(undefined),
      putRecord([['v1']], { 'if-none-match': '*' }, 60),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([7000])
    script?.assertDone()
  })

  it('names AZURE_CLIENT_SECRET when Entra ID refuses the secret (401), never showing it', async () => {
    const { provider } = await against([
      {
        ...tokenRequest(),
        reply: {
          status: 401,
          body: {
            error: 'invalid_client',
            error_description: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID (${SECRET}).`,
            error_codes: [7000215],
          },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/azure: POST .*HTTP 401.*AZURE_CLIENT_SECRET/s)
    expect((error as Error).message).not.toContain(SECRET)
    script?.assertDone()
  })

  it('names the credentials on a 403 from Resource Manager, never showing the token', async () => {
    const { provider } = await against([
      tokenRequest(),
      {
        ...zoneGet(ZONE, true),
        reply: {
          status: 403,
          body: {
            error: {
              code: 'AuthorizationFailed',
              message: `The client '${CLIENT}' does not have authorization to perform action 'Microsoft.Network/dnszones/read' (token ${TOKEN}).`,
            },
          },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/azure: GET .*HTTP 403.*AZURE_CLIENT_ID \/ AZURE_CLIENT_SECRET/s)
    expect((error as Error).message).not.toContain(TOKEN)
    script?.assertDone()
  })

  it('with no secret: the workflow OIDC token is the client assertion, asked for once for the whole run', async () => {
    const idToken = 'eyJhbGciOiJSUzI1NiJ9.oidc.sig'
    const { provider, host } = await against(
      [
        tokenRequest({
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: idToken,
        }),
        zoneGet(ZONE, true),
        getRecord(undefined),
        putRecord([['v1']], { 'if-none-match': '*' }, 60),
        getRecord([['v1']], 'etag-2'),
        {
          method: 'DELETE',
          path: RECORD,
          query: Q,
          headers: { ...AUTH, 'if-match': 'etag-2' },
          reply: { status: 200 },
        },
      ],
      // the runner sets this when the job may have a token: the provider then counts the credential as given
      (origin) => ({
        ...baseEnv,
        AZURE_AUTHORITY_URL: origin,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      }),
      { idToken: () => idToken },
    )
    await provider.append(ZONE, OWNER, ['v1'])
    await provider.remove(ZONE, OWNER, ['v1'])
    script?.assertDone()
    expect(host.audiences).toEqual(['api://AzureADTokenExchange'])
    expect(host.masked).toEqual(expect.arrayContaining([idToken, TOKEN]))
  })
})

describe('azure token scope', () => {
  it.each([
    ['https://management.azure.com', 'https://management.azure.com/.default'],
    ['https://management.usgovcloudapi.net/', 'https://management.usgovcloudapi.net/.default'],
    ['https://management.chinacloudapi.cn', 'https://management.chinacloudapi.cn/.default'],
    // a proxy in front of the public cloud: the token is still for Resource Manager
    ['https://arm-proxy.internal.example', 'https://management.azure.com/.default'],
  ])('follows AZURE_API_URL %s (sovereign clouds have their own Resource Manager)', (apiUrl, scope) => {
    expect(resourceManagerScope(apiUrl)).toBe(scope)
  })
})
