// lego's other names for a provider variable (CF_DNS_API_TOKEN beside CLOUDFLARE_DNS_API_TOKEN) stand for it.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missingCredentials } from '../../src/config/index.js'
import { createProvider, DESCRIPTORS } from '../../src/providers/index.js'
import { acceptedNames, type ProviderDescriptor, withAliases } from '../../src/providers/types.js'
import { recordingHost } from '../support/host.js'
import { apiScript } from '../support/provider-harness.js'

const descriptor: ProviderDescriptor = {
  id: 'demo',
  name: 'Demo DNS',
  credentials: [
    { env: 'DEMO_API_TOKEN', description: 'token', secret: true, aliases: ['DEMO_TOKEN', 'DM_TOKEN'] },
    { env: 'DEMO_USER', description: 'user', set: 'user', aliases: ['DEMO_LOGIN'] },
    { env: 'DEMO_PASSWORD', description: 'password', secret: true, set: 'user' },
    { env: 'DEMO_KEY', description: 'key', secret: true, set: 'key' },
  ],
  settings: [{ env: 'DEMO_API_URL', description: 'API base URL', aliases: ['DEMO_ENDPOINT'] }],
  leastPrivilege: 'none',
  docs: 'https://demo.invalid',
}

describe('provider variable aliases', () => {
  it('fills an unset variable from its first alias that is set, and leaves the rest alone', () => {
    const env = withAliases(descriptor, {
      DM_TOKEN: 't2',
      DEMO_TOKEN: '',
      DEMO_ENDPOINT: 'https://x',
      OTHER: 'o',
    })
    expect(env).toEqual({
      DM_TOKEN: 't2',
      DEMO_TOKEN: '',
      DEMO_ENDPOINT: 'https://x',
      OTHER: 'o',
      DEMO_API_TOKEN: 't2',
      DEMO_API_URL: 'https://x',
    })
  })

  it('prefers the variable under its own name over an alias', () => {
    expect(withAliases(descriptor, { DEMO_API_TOKEN: 'own', DEMO_TOKEN: 'alias' }).DEMO_API_TOKEN).toBe('own')
  })

  it('counts a credential given under an alias as given', () => {
    expect(
      missingCredentials(descriptor, { DEMO_TOKEN: 't', DEMO_LOGIN: 'u', DEMO_PASSWORD: 'p' }),
    ).toBeUndefined()
  })

  it('names every accepted name of a missing credential', () => {
    expect(missingCredentials(descriptor, {})).toBe(
      'DEMO_API_TOKEN (or DEMO_TOKEN, DM_TOKEN), and one of: DEMO_USER (or DEMO_LOGIN) + DEMO_PASSWORD (user); or DEMO_KEY (key)',
    )
    expect(acceptedNames({ env: 'A', description: '' })).toBe('A')
  })
})

describe("lego's names for the providers' variables", () => {
  const host = recordingHost()
  const sleep = { sleep: async () => {} }

  it('cloudflare: CF_DNS_API_TOKEN and CLOUDFLARE_BASE_URL stand for the token and the API', async () => {
    const script = await apiScript([
      {
        method: 'GET',
        path: '/client/v4/zones',
        query: { name: 'validation.example.org' },
        headers: { authorization: 'Bearer lego-named-token' },
        reply: { body: { success: true, result: [] } },
      },
      {
        method: 'GET',
        path: '/client/v4/zones',
        query: { name: 'example.org' },
        headers: { authorization: 'Bearer lego-named-token' },
        reply: { body: { success: true, result: [] } },
      },
    ])
    const env = { CF_DNS_API_TOKEN: 'lego-named-token', CLOUDFLARE_BASE_URL: `${script.origin}/client/v4` }
    expect(missingCredentials(DESCRIPTORS.cloudflare as ProviderDescriptor, env)).toBeUndefined()
    const provider = await createProvider('cloudflare', { env, host, resolvers: [], transport: sleep })
    await expect(
      provider.append('validation.example.org', '_acme-challenge.validation.example.org', ['v']),
    ).rejects.toThrow(/zone/)
    script.assertDone()
    expect(host.masked).toContain('lego-named-token')
  })

  it('acme-dns: ACME_DNS_API_BASE and the accounts file lego keeps at ACME_DNS_STORAGE_PATH', async () => {
    const account = {
      username: 'c36f50e8-4632-44f0-83fe-e070fef28a10',
      password: 'htB9mR9DYgcu9bX_afHF62erXaH2TS7bg9KW3F7Z',
      subdomain: 'lego-storage',
      fulldomain: 'lego-storage.auth.example.org',
      allowfrom: [],
    }
    const dir = await mkdtemp(join(tmpdir(), 'certalias-acme-dns-'))
    const storage = join(dir, 'lego-acme-dns-accounts.json')
    await writeFile(storage, JSON.stringify({ 'example.com': account }))
    const txt = 'x'.repeat(43)
    const script = await apiScript([
      {
        method: 'POST',
        path: '/update',
        headers: { 'x-api-user': account.username, 'x-api-key': account.password },
        body: { subdomain: account.subdomain, txt },
        reply: { body: { txt } },
      },
    ])
    const env = { ACME_DNS_API_BASE: script.origin, ACME_DNS_STORAGE_PATH: storage }
    expect(missingCredentials(DESCRIPTORS['acme-dns'] as ProviderDescriptor, env)).toBeUndefined()
    const provider = await createProvider('acme-dns', { env, host, resolvers: [], transport: sleep })
    await provider.append('auth.example.org', account.fulldomain, [txt])
    script.assertDone()
    expect(host.masked).toContain(account.password)
  })

  it('dnsimple and infomaniak: the API under the name lego gives it', () => {
    for (const [id, lego] of [
      ['dnsimple', 'DNSIMPLE_BASE_URL'],
      ['infomaniak', 'INFOMANIAK_ENDPOINT'],
    ] as const) {
      const descriptor = DESCRIPTORS[id] as ProviderDescriptor
      const apiUrl = descriptor.settings.find((s) => s.env.endsWith('_API_URL'))?.env as string
      expect(withAliases(descriptor, { [lego]: 'https://api.example.test' })[apiUrl]).toBe(
        'https://api.example.test',
      )
    }
  })

  it("names lego's name beside a missing credential's own", () => {
    const { cloudflare } = DESCRIPTORS as Record<string, ProviderDescriptor>
    expect(missingCredentials(cloudflare as ProviderDescriptor, {})).toBe(
      'CLOUDFLARE_DNS_API_TOKEN (or CF_DNS_API_TOKEN)',
    )
  })
})
