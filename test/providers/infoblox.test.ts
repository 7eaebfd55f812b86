// Infoblox NIOS against a fake WAPI that keeps its record:txt objects: the contract, the DNS view, quoting, object
// references as paths, and the Grid Manager's own CA.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { WireRequest } from '../../src/http/transport.js'
import { infoblox } from '../../src/providers/infoblox/index.js'
import { selfSigned } from '../support/certificates.js'
import { type FakeInfobloxOptions, startFakeInfoblox } from '../support/fake-apis/infoblox.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { recordingHost } from '../support/host.js'
import { providerContract } from '../support/provider-contract.js'
import { apiScript, providerAgainst } from '../support/provider-harness.js'

const USER = 'certalias-wapi'
const PASSWORD = 'wapi-Secret-9fQ2xL'
const WRONG = 'not-the-Password-4'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`
const CREDENTIALS = { INFOBLOX_HOST: 'gm.example.org', INFOBLOX_USERNAME: USER, INFOBLOX_PASSWORD: PASSWORD }

async function setup(env: Record<string, string> = {}, options: Partial<FakeInfobloxOptions> = {}) {
  const zones = new MemoryZones([ZONE])
  const fake = await startFakeInfoblox({ username: USER, password: PASSWORD, zones, ...options })
  const view: Record<string, string> = options.view === undefined ? {} : { INFOBLOX_DNS_VIEW: options.view }
  return {
    zones,
    fake,
    ...providerAgainst(infoblox, fake, { ...CREDENTIALS, ...view, ...env }, '/wapi/v2.11'),
  }
}

const create = (env: Record<string, string>) =>
  infoblox.create({
    env: { INFOBLOX_USERNAME: USER, INFOBLOX_PASSWORD: PASSWORD, ...env },
    host: recordingHost(),
    resolvers: [],
  })

describe('infoblox', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 120,
    badCredential: {
      env: { INFOBLOX_PASSWORD: WRONG },
      secret: WRONG,
      error: /^infoblox: GET .*HTTP 401.*Check INFOBLOX_USERNAME and INFOBLOX_PASSWORD/s,
    },
    // NIOS has no rate limit of its own; a proxy in front of the grid may answer so
    throttled: { status: 429, headers: { 'retry-after': '2' }, body: 'Too Many Requests' },
  })

  it('creates each value as a record:txt of the configured view with the TTL, and deletes it by its reference', async () => {
    const { zones, fake, provider } = await setup({ INFOBLOX_TTL: '90' }, { view: 'Internal Net' })
    await provider.append(ZONE, OWNER, ['v1'])
    const post = fake.requests.find((r) => r.method === 'POST')
    expect(JSON.parse(post?.text ?? '')).toEqual({
      name: OWNER,
      text: 'v1',
      view: 'Internal Net',
      ttl: 90,
      use_ttl: true,
      comment: 'certalias ACME challenge',
    })
    await provider.remove(ZONE, OWNER, ['v1'])
    // the view's space stays inside the reference's last segment
    expect(fake.requests.at(-1)?.method).toBe('DELETE')
    expect(fake.requests.at(-1)?.rawPath).toMatch(
      /:_acme-challenge\.validation\.example\.org\/Internal%20Net$/,
    )
    expect(zones.values(OWNER)).toEqual([])
  })

  it('names INFOBLOX_DNS_VIEW when the grid refuses the record, e.g. the view does not exist', async () => {
    const { provider } = await setup({ INFOBLOX_DNS_VIEW: 'Nope' })
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /HTTP 400.*View Nope not found.*Check INFOBLOX_DNS_VIEW \("Nope"\)/s,
    )
  })

  it('takes a value another run created between our read and our create ("already exists") as written', async () => {
    const { zones, fake, provider } = await setup()
    fake.beforeEach((request) => {
      if (request.method === 'POST' && zones.values(OWNER).length === 0) zones.add(ZONE, OWNER, 'v1')
    })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual(['v1'])
  })

  it('writes a value with spaces (dns-persist-01) as a quoted string, so DNS serves it whole', async () => {
    const { zones, provider } = await setup()
    const value = 'letsencrypt.org; accounturi=https://acme.example/acct/1'
    await provider.append(ZONE, OWNER, [value])
    expect(zones.values(OWNER)).toEqual([value])
    await provider.remove(ZONE, OWNER, [value])
    expect(zones.values(OWNER)).toEqual([])
  })

  it('refuses a reference from the server that is not a TXT record, or that would walk up the path', async () => {
    for (const ref of ['grid/b25lZ3JpZA:Infoblox', 'record:txt/../../grid/b25l']) {
      const script = await apiScript([
        {
          method: 'GET',
          path: '/wapi/v2.11/record:txt',
          query: { name: OWNER, view: 'External', _return_fields: 'name,text,view' },
          reply: { body: [{ _ref: ref, name: OWNER, text: 'v1', view: 'External' }] },
        },
      ])
      const provider = create({ INFOBLOX_HOST: 'gm', INFOBLOX_API_URL: `${script.origin}/wapi/v2.11` })
      await expect(provider.remove(ZONE, OWNER, ['v1'])).rejects.toThrow(/reference|segment of an API path/)
      script.assertDone()
    }
  })

  it('builds https://<INFOBLOX_HOST>:<INFOBLOX_PORT>/wapi/v<INFOBLOX_WAPI_VERSION> as lego does', async () => {
    const urls: string[] = []
    const send = async (request: WireRequest) => {
      urls.push(request.url.href)
      return { status: 200, headers: { 'content-type': 'application/json' }, text: '[]' }
    }
    const provider = infoblox.create({
      env: { ...CREDENTIALS, INFOBLOX_PORT: '8443', INFOBLOX_WAPI_VERSION: 'v2.12.3' },
      host: recordingHost(),
      resolvers: [],
      transport: { send },
    })
    await provider.remove(ZONE, OWNER, ['v1'])
    expect(urls[0]).toMatch(/^https:\/\/gm\.example\.org:8443\/wapi\/v2\.12\.3\/record:txt\?/)
  })

  it.each([
    [
      { INFOBLOX_HOST: 'https://gm.example.org' },
      /INFOBLOX_HOST must be the Grid Manager's host name alone.*INFOBLOX_API_URL/,
    ],
    [{ INFOBLOX_HOST: 'gm', INFOBLOX_PORT: '44a3' }, /INFOBLOX_PORT must be a port number/],
    [{ INFOBLOX_HOST: 'gm', INFOBLOX_WAPI_VERSION: 'latest' }, /INFOBLOX_WAPI_VERSION must be a version/],
    [
      { INFOBLOX_HOST: 'gm', INFOBLOX_SSL_VERIFY: 'false' },
      /INFOBLOX_SSL_VERIFY="false" is refused.*INFOBLOX_CA_CERTIFICATE/,
    ],
    [
      { INFOBLOX_HOST: 'gm', INFOBLOX_CA_CERTIFICATE: '/nonexistent/ca.pem' },
      /INFOBLOX_CA_CERTIFICATE names a file that cannot be read \(ENOENT\)/,
    ],
    [
      { INFOBLOX_HOST: 'gm', INFOBLOX_CA_CERTIFICATE: '-----BEGIN PRIVATE KEY-----\nAA\n' },
      /INFOBLOX_CA_CERTIFICATE holds no PEM certificate/,
    ],
  ])('refuses %j before any request', (env, message) => {
    expect(() => create(env)).toThrow(message)
  })
})

describe('infoblox with a Grid Manager whose certificate comes from its own CA', () => {
  const servers: { close(): void }[] = []
  afterEach(() => {
    for (const server of servers.splice(0)) server.close()
  })

  async function gridManager(): Promise<{ url: string; ca: string; asked: string[] }> {
    const asked: string[] = []
    const made = await selfSigned({
      names: ['gm.example.org'],
      ips: ['127.0.0.1'],
      trustAnchor: true,
      notBefore: new Date(Date.now() - 3_600_000),
      notAfter: new Date(Date.now() + 3_600_000),
    })
    const server = createServer({ key: made.privateKey, cert: made.certificate }, (req, res) => {
      asked.push(`${req.method} ${new URL(req.url ?? '/', 'https://gm').pathname}`)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('[]')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers.push({ close: () => server.close() })
    return {
      url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/wapi/v2.11`,
      ca: made.certificate,
      asked,
    }
  }

  it('trusts the CA given as PEM text in INFOBLOX_CA_CERTIFICATE, or as the path of a PEM file', async () => {
    const { url, ca, asked } = await gridManager()
    await create({ INFOBLOX_HOST: 'gm', INFOBLOX_API_URL: url, INFOBLOX_CA_CERTIFICATE: ca }).remove(
      ZONE,
      OWNER,
      ['v1'],
    )
    const file = join(await mkdtemp(join(tmpdir(), 'infoblox-ca-')), 'ca.pem')
    await writeFile(file, ca)
    const afterText = asked.length
    await create({ INFOBLOX_HOST: 'gm', INFOBLOX_API_URL: url, INFOBLOX_CA_CERTIFICATE: file }).remove(
      ZONE,
      OWNER,
      ['v1'],
    )
    // each way, the records were looked up over the verified connection (none held ours: nothing to delete)
    expect(afterText).toBeGreaterThan(0)
    expect(asked.slice(afterText)).toEqual(asked.slice(0, afterText))
    expect(asked.every((line) => line.startsWith('GET /wapi/v2.11/'))).toBe(true)
  })

  it('refuses the Grid Manager without its CA: the certificate check stays on', async () => {
    const { url } = await gridManager()
    await expect(
      create({ INFOBLOX_HOST: 'gm', INFOBLOX_API_URL: url }).remove(ZONE, OWNER, ['v1']),
    ).rejects.toThrow(/infoblox: GET .*self[- ]signed certificate/i)
  })
})
