// Oracle Cloud Infrastructure DNS against a fake of API 20180115 that keeps records, verifies each request's
// signature with the user's public key, and honours If-Match on the owner's records.
import { createPrivateKey, generateKeyPairSync } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createProvider } from '../../src/providers/index.js'
import { ociKeyFingerprint, ociSignedHeaders, oraclecloud } from '../../src/providers/oraclecloud/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeOci } from '../support/fake-apis/oraclecloud.js'
import { recordingHost } from '../support/host.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
const PEM = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
const WRONG_PEM = other.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaacertaliastenancy0000000000000000000000000000000000'
const USER = 'ocid1.user.oc1..aaaaaaaacertaliasuser00000000000000000000000000000000000000'
const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaacertaliascompartment0000000000000000000000000000'
const ENV = {
  OCI_PRIVKEY_FILE: PEM,
  OCI_TENANCY_OCID: TENANCY,
  OCI_USER_OCID: USER,
  OCI_PUBKEY_FINGERPRINT: ociKeyFingerprint(pair.privateKey),
  OCI_REGION: 'us-ashburn-1',
  OCI_COMPARTMENT_OCID: COMPARTMENT,
}
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function fakeFor(zones: MemoryZones, pageSize?: number) {
  return startFakeOci({
    tenancy: TENANCY,
    user: USER,
    fingerprint: ENV.OCI_PUBKEY_FINGERPRINT,
    publicKey: pair.publicKey,
    compartment: COMPARTMENT,
    zones,
    ...(pageSize === undefined ? {} : { pageSize }),
  })
}

async function setup(env: Record<string, string> = {}, pageSize?: number) {
  const zones = new MemoryZones(['example.net', ZONE])
  const fake = await fakeFor(zones, pageSize)
  return {
    zones,
    fake,
    ...providerAgainst(oraclecloud, { origin: `${fake.origin}/20180115` }, { ...ENV, ...env }),
  }
}

// Oracle's "Request Signatures" page, section "Test Values": its example key (published for this purpose, it signs
// nothing real), a GET and a POST request, and the Authorization header each must get.
const DOC_KEY = createPrivateKey(`-----BEGIN RSA PRIVATE KEY-----
MIICXgIBAAKBgQDCFENGw33yGihy92pDjZQhl0C36rPJj+CvfSC8+q28hxA161QF
NUd13wuCTUcq0Qd2qsBe/2hFyc2DCJJg0h1L78+6Z4UMR7EOcpfdUE9Hf3m/hs+F
UR45uBJeDK1HSFHD8bHKD6kv8FPGfJTotc+2xjJwoYi+1hqp1fIekaxsyQIDAQAB
AoGBAJR8ZkCUvx5kzv+utdl7T5MnordT1TvoXXJGXK7ZZ+UuvMNUCdN2QPc4sBiA
QWvLw1cSKt5DsKZ8UETpYPy8pPYnnDEz2dDYiaew9+xEpubyeW2oH4Zx71wqBtOK
kqwrXa/pzdpiucRRjk6vE6YY7EBBs/g7uanVpGibOVAEsqH1AkEA7DkjVH28WDUg
f1nqvfn2Kj6CT7nIcE3jGJsZZ7zlZmBmHFDONMLUrXR/Zm3pR5m0tCmBqa5RK95u
412jt1dPIwJBANJT3v8pnkth48bQo/fKel6uEYyboRtA5/uHuHkZ6FQF7OUkGogc
mSJluOdc5t6hI1VsLn0QZEjQZMEOWr+wKSMCQQCC4kXJEsHAve77oP6HtG/IiEn7
kpyUXRNvFsDE0czpJJBvL/aRFUJxuRK91jhjC68sA7NsKMGg5OXb5I5Jj36xAkEA
gIT7aFOYBFwGgQAQkWNKLvySgKbAZRTeLBacpHMuQdl1DfdntvAyqpAZ0lY0RKmW
G6aFKaqQfOXKCyWoUiVknQJAXrlgySFci/2ueKlIE1QqIiLSZ8V8OlpFLRnb1pzI
7U1yQXnTAEFYM560yJlzUpOb1V4cScGd365tiSMvxLOvTA==
-----END RSA PRIVATE KEY-----`)
const DOC_KEY_ID =
  'ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq/' +
  'ocid1.user.oc1..aaaaaaaat5nvwcna5j6aqzjcaty5eqbb6qt2jvpkanghtgdaqedqw3rynjq/' +
  '20:3b:97:13:55:1c:5b:0d:d3:37:d8:50:4e:c5:3a:34'
const DOC_DATE = 'Thu, 05 Jan 2014 21:31:40 GMT'
const DOC_HOST = 'iaas.us-phoenix-1.oraclecloud.com'

describe('oraclecloud', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 60,
    badCredential: {
      // a key pair of its own, fingerprint and all, that the tenancy's user never uploaded
      env: { OCI_PRIVKEY_FILE: WRONG_PEM, OCI_PUBKEY_FINGERPRINT: ociKeyFingerprint(other.privateKey) },
      secret: WRONG_PEM,
      error:
        /oraclecloud: GET \/20180115\/zones\?.* failed: HTTP 401.*NotAuthenticated.*Check OCI_TENANCY_OCID, OCI_USER_OCID, OCI_PUBKEY_FINGERPRINT and OCI_PRIVKEY_FILE/,
    },
    throttled: {
      status: 429,
      body: { code: 'TooManyRequests', message: 'Too many requests for the tenancy' },
    },
  })

  it('signs the GET and the POST of the documented test values to the documented Authorization headers', () => {
    const get = ociSignedHeaders(
      { keyId: DOC_KEY_ID, privateKey: DOC_KEY },
      {
        method: 'GET',
        target:
          '/20160918/instances?availabilityDomain=Pjwf%3A%20PHX-AD-1&compartmentId=ocid1.compartment.oc1..aaaaaaaam3we6vgnherjq5q2idnccdflvjsnog7mlr6rtdb25gilchfeyjxa&displayName=TeamXInstances&volumeId=ocid1.volume.oc1.phx.abyhqljrgvttnlx73nmrwfaux7kcvzfs3s66izvxf2h4lgvyndsdsnoiwr5q',
        host: DOC_HOST,
        date: DOC_DATE,
      },
    )
    expect(get).toEqual({
      date: DOC_DATE,
      host: DOC_HOST,
      authorization:
        `Signature version="1",headers="date (request-target) host",keyId="${DOC_KEY_ID}",algorithm="rsa-sha256",` +
        'signature="GBas7grhyrhSKHP6AVIj/h5/Vp8bd/peM79H9Wv8kjoaCivujVXlpbKLjMPeDUhxkFIWtTtLBj3sUzaFj34XE6YZAHc9r2DmE4pMwOAy/kiITcZxa1oHPOeRheC0jP2dqbTll8fmTZVwKZOKHYPtrLJIJQHJjNvxFWeHQjMaR7M="',
    })
    const body = `{
    "compartmentId": "ocid1.compartment.oc1..aaaaaaaam3we6vgnherjq5q2idnccdflvjsnog7mlr6rtdb25gilchfeyjxa",
    "instanceId": "ocid1.instance.oc1.phx.abuw4ljrlsfiqw6vzzxb43vyypt4pkodawglp3wqxjqofakrwvou52gb6s5a",
    "volumeId": "ocid1.volume.oc1.phx.abyhqljrgvttnlx73nmrwfaux7kcvzfs3s66izvxf2h4lgvyndsdsnoiwr5q"
}`
    const post = ociSignedHeaders(
      { keyId: DOC_KEY_ID, privateKey: DOC_KEY },
      {
        method: 'POST',
        target: '/20160918/volumeAttachments',
        host: DOC_HOST,
        date: DOC_DATE,
        body: { text: body, contentType: 'application/json' },
      },
    )
    expect(post).toEqual({
      date: DOC_DATE,
      host: DOC_HOST,
      'content-length': '316',
      'content-type': 'application/json',
      'x-content-sha256': 'V9Z20UJTvkvpJ50flBzKE32+6m2zJjweHpDMX/U4Uy0=',
      authorization:
        'Signature version="1",headers="date (request-target) host content-length content-type x-content-sha256",' +
        `keyId="${DOC_KEY_ID}",algorithm="rsa-sha256",` +
        'signature="Mje8vIDPlwIHmD/cTDwRxE7HaAvBg16JnVcsuqaNRim23fFPgQfLoOOxae6WqKb1uPjYEl0qIdazWaBy/Ml8DRhqlocMwoSXv0fbukP8J5N80LCmzT/FFBvIvTB91XuXI3hYfP9Zt1l7S6ieVadHUfqBedWH0itrtPJBgKmrWso="',
    })
  })

  it('computes the fingerprint OCI shows for a key (MD5 of the public key DER)', () => {
    // the documented key's keyId carries another key's fingerprint; this is the one of the key itself
    expect(ociKeyFingerprint(DOC_KEY)).toBe('73:61:a2:21:67:e0:df:be:7e:4b:93:1e:15:98:a5:b7')
  })

  it('writes apex and wildcard in one PATCH of ADD operations, conditional on the etag it read', async () => {
    const { zones, fake, provider } = await setup()
    zones.add(ZONE, OWNER, 'theirs', 300)
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    const [list, read, patch] = fake.requests
    // the zone is named by the OCID the listing gave, the owner by its full name
    const zoneId = read?.rawPath.split('/')[3] ?? ''
    expect(zoneId).toMatch(/^ocid1\.dns-zone\./)
    expect(fake.requests.map((r) => `${r.method} ${r.rawPath}`)).toEqual([
      'GET /20180115/zones',
      `GET /20180115/zones/${zoneId}/records/${OWNER}`,
      `PATCH /20180115/zones/${zoneId}/records/${OWNER}`,
    ])
    expect(Object.fromEntries(list?.query ?? [])).toEqual({
      compartmentId: COMPARTMENT,
      name: ZONE,
      scope: 'GLOBAL',
      lifecycleState: 'ACTIVE',
    })
    expect(JSON.parse(patch?.text ?? '')).toEqual({
      items: [
        { operation: 'ADD', domain: OWNER, rtype: 'TXT', rdata: '"apex"', ttl: 300 },
        { operation: 'ADD', domain: OWNER, rtype: 'TXT', rdata: '"wildcard"', ttl: 300 },
      ],
    })
    expect(patch?.headers['if-match']).toMatch(/^".+"$/)
    // the values already there keep their TTL: added ones take the set's
    expect(
      zones
        .records(OWNER)
        .map((r) => `${r.value} ${r.ttl}`)
        .sort(),
    ).toEqual(['apex 300', 'theirs 300', 'wildcard 300'])
  })

  it('reads again and keeps the other value when another writer changes the owner between our read and write', async () => {
    const { zones, fake, provider, host } = await setup()
    let raced = false
    fake.beforeEach((request) => {
      if (request.method === 'PATCH' && !raced) {
        raced = true
        zones.add(ZONE, OWNER, 'other-run', 60)
      }
    })
    await provider.append(ZONE, OWNER, ['ours'])
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH', 'GET', 'PATCH'])
    expect(zones.values(OWNER)).toEqual(['other-run', 'ours'])
    expect(host.lines.join('\n')).toMatch(/changed while we wrote them; reading them again/)
  })

  it('removes our record by its hash and data, leaving the other value at the owner', async () => {
    const { zones, fake, provider } = await setup()
    zones.add(ZONE, OWNER, 'theirs', 60)
    zones.add(ZONE, OWNER, 'ours', 60)
    await provider.remove(ZONE, OWNER, ['ours'])
    const patch = fake.requests.at(-1)
    const [item] = JSON.parse(patch?.text ?? '').items
    expect(item).toEqual({
      operation: 'REMOVE',
      domain: OWNER,
      rtype: 'TXT',
      rdata: '"ours"',
      recordHash: expect.stringMatching(/^[0-9a-f]{32}$/),
    })
    expect(zones.values(OWNER)).toEqual(['theirs'])
  })

  it('reads every page of the records before deciding what to add or remove', async () => {
    const { zones, fake, provider } = await setup({}, 2)
    for (const value of ['a', 'b', 'c', 'd', 'ours']) zones.add(ZONE, OWNER, value, 60)
    await provider.append(ZONE, OWNER, ['ours'])
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(fake.requests.map((r) => `${r.method} ${r.query.get('page') ?? ''}`)).toEqual([
      'GET ',
      'GET ',
      'GET 2',
      'GET 4',
      'GET ',
      'GET 2',
      'GET 4',
      'PATCH ',
    ])
    expect(zones.values(OWNER)).toEqual(['a', 'b', 'c', 'd'])
  })

  it("takes the key base64-encoded under lego's other names, encrypted, with its passphrase", async () => {
    const zones = new MemoryZones([ZONE])
    const fake = await fakeFor(zones)
    const encrypted = pair.privateKey.export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'correct horse',
    }) as string
    const host = recordingHost()
    const { OCI_PRIVKEY_FILE: _file, OCI_PUBKEY_FINGERPRINT: fingerprint, ...rest } = ENV
    const provider = await createProvider('oraclecloud', {
      env: {
        ...rest,
        OCI_PRIVATE_KEY: Buffer.from(encrypted).toString('base64'),
        OCI_PRIVATE_KEY_PASSWORD: 'correct horse',
        OCI_FINGERPRINT: fingerprint,
        OCI_API_URL: `${fake.origin}/20180115`,
      },
      host,
      resolvers: [],
    })
    await provider.append(ZONE, OWNER, ['from-lego-names'])
    expect(zones.values(OWNER)).toEqual(['from-lego-names'])
    expect(host.masked).toContain(encrypted)
    expect(host.masked).toContain('correct horse')
  })

  it('reads the key from a file when given a path, as lego takes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oci-'))
    await writeFile(join(dir, 'oci_api_key.pem'), PEM, { mode: 0o600 })
    const { zones, provider, host } = await setup({ OCI_PRIVKEY_FILE: join(dir, 'oci_api_key.pem') })
    await provider.append(ZONE, OWNER, ['from-file'])
    expect(zones.values(OWNER)).toEqual(['from-file'])
    expect(host.masked).toContain(PEM.split('\n')[1])
    await rm(dir, { recursive: true })
  })

  it("refuses a fingerprint that is not the key's, an encrypted key without passphrase and a bad region, before any request", async () => {
    const fake = await fakeFor(new MemoryZones([ZONE]))
    const refused = (env: Record<string, string>) => {
      try {
        providerAgainst(oraclecloud, { origin: `${fake.origin}/20180115` }, { ...ENV, ...env })
        return 'accepted'
      } catch (error) {
        return (error as Error).message
      }
    }
    expect(refused({ OCI_PUBKEY_FINGERPRINT: ociKeyFingerprint(other.privateKey) })).toMatch(
      new RegExp(
        `OCI_PUBKEY_FINGERPRINT is not the fingerprint of the key in OCI_PRIVKEY_FILE \\(that key's is ${ENV.OCI_PUBKEY_FINGERPRINT}\\)`,
      ),
    )
    const encrypted = pair.privateKey.export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'p',
    })
    expect(refused({ OCI_PRIVKEY_FILE: encrypted as string })).toMatch(
      /OCI_PRIVKEY_FILE holds no PEM private key that can be read; if the key is encrypted, give its passphrase in OCI_PRIVKEY_PASS/,
    )
    expect(refused({ OCI_REGION: 'us-ashburn-1.evil.example' })).toMatch(
      /OCI_REGION must be a region identifier/,
    )
    expect(refused({ OCI_USER_OCID: TENANCY })).toMatch(/OCI_USER_OCID must be the OCID of the user/)
    expect(fake.requests).toHaveLength(0)
  })

  it('says to check OCI_COMPARTMENT_OCID when the compartment is not found', async () => {
    const { provider } = await setup({
      OCI_COMPARTMENT_OCID: 'ocid1.compartment.oc1..aaaaaaaanotthisone',
    })
    await expect(provider.append(ZONE, OWNER, ['v'])).rejects.toThrow(
      /HTTP 404.*NotAuthorizedOrNotFound.*Check OCI_COMPARTMENT_OCID/,
    )
  })

  it('calls the DNS endpoint of OCI_REGION when no URL is given', async () => {
    const seen: string[] = []
    const provider = oraclecloud.create({
      env: { ...ENV, OCI_REGION: 'eu-frankfurt-1' },
      host: recordingHost(),
      resolvers: [],
      transport: {
        send: async (request) => {
          seen.push(`${request.url.origin}${request.url.pathname}`)
          return { status: 200, headers: { 'content-type': 'application/json' }, text: '[]' }
        },
      },
    })
    await expect(provider.append(ZONE, OWNER, ['v'])).rejects.toThrow(/no public zone/)
    expect(seen[0]).toBe('https://dns.eu-frankfurt-1.oraclecloud.com/20180115/zones')
  })
})
