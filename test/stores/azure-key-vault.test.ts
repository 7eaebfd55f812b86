// azure-key-vault against a local Entra token endpoint and Key Vault that accepts only the tokens it issued.
import { afterEach, describe, expect, it } from 'vitest'
import {
  azureKeyVaultStore,
  keyVaultCertificateName,
  keyVaultScope,
} from '../../src/stores/azure-key-vault/index.js'
import { type FakeAzure, type FakeAzureOptions, startFakeAzure } from '../support/fake-azure.js'
import { madeBundle, storeUnderTest } from '../support/store-under-test.js'

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const CLIENT = '3b6f1c2a-0d4e-4f5a-9b8c-7d6e5f4a3b2c'
const CLIENT_SECRET = 'azure~client~secret~value~0123456789'

let azure: FakeAzure | undefined
afterEach(async () => {
  await azure?.close()
  azure = undefined
})

async function setUp(
  inputs: Record<string, string> = {},
  fake: Partial<FakeAzureOptions> = {},
  credential: (fake: FakeAzure) => Record<string, string> = () => ({ AZURE_CLIENT_SECRET: CLIENT_SECRET }),
) {
  azure = await startFakeAzure({ tenant: TENANT, clientId: CLIENT, clientSecret: CLIENT_SECRET, ...fake })
  const started = azure
  return storeUnderTest(
    azureKeyVaultStore,
    { domain: '*.example.com, example.com', azure_key_vault_url: azure.url, ...inputs },
    {
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_AUTHORITY_URL: azure.url,
      ...credential(azure),
    },
    undefined,
    { idToken: (aud) => started.oidc.mint(aud) },
  )
}

describe('azure-key-vault store', () => {
  it('names the certificate after the primary name, and the token scope after the vault cloud', () => {
    expect(keyVaultCertificateName('*.example.com')).toBe('wildcard-example-com')
    expect(keyVaultCertificateName('xn--bcher-kva.example')).toBe('xn--bcher-kva-example')
    expect(keyVaultScope('https://v.vault.azure.net')).toBe('https://vault.azure.net/.default')
    expect(keyVaultScope('https://v.vault.azure.cn')).toBe('https://vault.azure.cn/.default')
  })

  it('imports the key and full chain as one PEM with the EC key type, under the default name, and outputs the id', async () => {
    const { deliver, host } = await setUp()
    const bundle = await madeBundle(['*.example.com', 'example.com'])
    const delivery = await deliver(bundle)
    const [version] = azure?.certificates.get('wildcard-example-com') ?? []
    expect(version?.pem).toContain(bundle.privateKey.trim())
    expect(version?.pem).toContain(bundle.chain.trim())
    expect(version?.policy).toMatchObject({
      key_props: { kty: 'EC', crv: 'P-256', exportable: true },
      secret_props: { contentType: 'application/x-pem-file' },
    })
    expect(delivery.outputs).toEqual({ azure_certificate_id: version?.id })
    expect(host.masked).toEqual(expect.arrayContaining([CLIENT_SECRET, ...(azure?.tokens.keys() ?? [])]))
  })

  it('a renewal adds a version of the same certificate; an RSA key goes with kty RSA and its size', async () => {
    const { deliver } = await setUp({ azure_certificate_name: 'www' })
    await deliver(await madeBundle(['example.com']))
    await deliver(await madeBundle(['example.com'], 'rsa-2048'))
    const versions = azure?.certificates.get('www') ?? []
    expect(versions).toHaveLength(2)
    expect(versions[1]?.policy).toMatchObject({ key_props: { kty: 'RSA', key_size: 2048 } })
  })

  it('signs in with the federated credential (OIDC) when there is no client secret', async () => {
    const { deliver } = await setUp({}, { clientSecret: undefined }, (fake) => fake.oidcEnv)
    await deliver(await madeBundle(['example.com']))
    expect([...(azure?.oidc.issued.values() ?? [])]).toEqual(['api://AzureADTokenExchange'])
    expect(azure?.certificates.get('wildcard-example-com')).toHaveLength(1)
  })

  it('readCurrent gives the latest certificate without the key, and nothing before the first import', async () => {
    const { deliver, options, context } = await setUp()
    expect(await azureKeyVaultStore.readCurrent?.(options, context)).toBeUndefined()
    const bundle = await madeBundle(['*.example.com'])
    await deliver(bundle)
    const current = await azureKeyVaultStore.readCurrent?.(options, context)
    expect(current?.certificate).toBe(bundle.certificate)
    expect(current?.privateKey).toBeUndefined()
  })

  it('a refused import names Key Vault certificates/import and counts as a refusal', async () => {
    const { deliver } = await setUp({}, { denied: ['certificates/import'] })
    const error = await deliver(await madeBundle(['example.com'])).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/HTTP 403.*Key Vault certificates\/import/)
    expect((error as { status?: number }).status).toBe(403)
  })

  it('a wrong client secret fails at the token endpoint naming the variables, without the secret', async () => {
    const { deliver } = await setUp({}, {}, () => ({ AZURE_CLIENT_SECRET: 'wrong-secret-value-123' }))
    const error = await deliver(await madeBundle(['example.com'])).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/HTTP 401.*AZURE_CLIENT_SECRET/)
    expect((error as Error).message).not.toContain('wrong-secret-value-123')
  })

  it('remove deletes every version and purges the deleted certificate, so the name takes the next one', async () => {
    const { deliver, options, context } = await setUp()
    const bundle = await madeBundle(['example.com'])
    await deliver(bundle)
    const revoked = { serial: bundle.serial, names: bundle.names }
    expect(await azureKeyVaultStore.remove?.(options, context, revoked)).toEqual({
      removed: expect.stringMatching(
        /^deleted and purged Azure Key Vault .* certificate wildcard-example-com, every version$/,
      ),
    })
    expect(azure?.certificates.size).toBe(0)
    expect(azure?.deleted.size).toBe(0)
    expect(await azureKeyVaultStore.remove?.(options, context, revoked)).toBeUndefined()
    await deliver(await madeBundle(['example.com']))
    expect(azure?.certificates.get('wildcard-example-com')).toHaveLength(1)
  })

  it('remove on a vault with purge protection leaves the certificate soft-deleted, and says the next run recovers it', async () => {
    const { deliver, options, context } = await setUp({}, { purgeProtection: true })
    const bundle = await madeBundle(['example.com'])
    await deliver(bundle)
    expect(
      await azureKeyVaultStore.remove?.(options, context, { serial: bundle.serial, names: bundle.names }),
    ).toEqual({
      removed: expect.stringMatching(
        /^deleted Azure Key Vault .* certificate wildcard-example-com, every version; it stays soft-deleted until 20\d\d-.* \(not purged: .*purge protection.*\): an issuing run recovers it first \(Key Vault certificates\/recover\)/,
      ),
    })
    expect(azure?.deleted.has('wildcard-example-com')).toBe(true)
  })

  it('prepare recovers a soft-deleted certificate (an import under its name is refused until then) and waits until it is back; undo deletes it again', async () => {
    const { deliver, options, context, sleeps } = await setUp(
      {},
      { purgeProtection: true, recoveryRequests: 2 },
    )
    const bundle = await madeBundle(['*.example.com', 'example.com'])
    await deliver(bundle)
    await azureKeyVaultStore.remove?.(options, context, { serial: bundle.serial, names: bundle.names })
    // as the service does: 409 Conflict for an import under the deleted name
    await expect(deliver(await madeBundle(['*.example.com', 'example.com']))).rejects.toThrow(
      /HTTP 409.*deleted but recoverable/,
    )

    const prepared = await azureKeyVaultStore.prepare?.(options, context)
    expect(prepared?.done).toMatch(
      /^recovered Azure Key Vault .* certificate wildcard-example-com, which was deleted/,
    )
    expect(azure?.deleted.has('wildcard-example-com')).toBe(false)
    // polled until the certificate was back, not slept for a fixed time
    expect(sleeps).toEqual([250, 500])
    expect(await prepared?.undo()).toMatch(
      /^deleted Azure Key Vault .* certificate wildcard-example-com again/,
    )
    expect(azure?.deleted.has('wildcard-example-com')).toBe(true)

    await azureKeyVaultStore.prepare?.(options, context)
    await deliver(await madeBundle(['*.example.com', 'example.com']))
    expect(azure?.certificates.get('wildcard-example-com')).toHaveLength(2)
    expect(await azureKeyVaultStore.prepare?.(options, context)).toBeUndefined()
  })

  it('prepare fails naming certificates/recover, and purging as the other way, when the recovery is refused', async () => {
    const { deliver, options, context } = await setUp(
      {},
      { purgeProtection: true, denied: ['certificates/recover'] },
    )
    const bundle = await madeBundle(['example.com'])
    await deliver(bundle)
    await azureKeyVaultStore.remove?.(options, context, { serial: bundle.serial, names: bundle.names })
    const error = await (azureKeyVaultStore.prepare?.(options, context) ?? Promise.resolve()).catch(
      (e: Error) => e,
    )
    expect((error as Error).message).toMatch(
      /certificate wildcard-example-com is deleted \(recoverable until 20\d\d-.*\), and Key Vault refuses an import under its name until it is recovered or purged: .*HTTP 403.*Key Vault certificates\/recover.*az keyvault certificate purge/,
    )
    expect((error as { status?: number }).status).toBe(403)
  })

  it('remove leaves a certificate of another serial in place, and says which', async () => {
    const { deliver, options, context } = await setUp()
    const held = await madeBundle(['other.example.com'])
    await deliver(held)
    const said = await azureKeyVaultStore.remove?.(options, context, {
      serial: '0badc0de',
      names: ['example.com'],
    })
    expect(said).toEqual({
      left: expect.stringContaining(
        `certificate wildcard-example-com (${azure?.certificates.get('wildcard-example-com')?.[0]?.id}) holds serial ` +
          `${held.serial} (other.example.com), not the revoked certificate (serial 0badc0de, example.com): left in place`,
      ),
    })
    expect(azure?.certificates.get('wildcard-example-com')).toHaveLength(1)
    expect(azure?.requests.some((r) => r.method === 'DELETE')).toBe(false)
  })

  it('prepare refuses, before any order, a certificate name that holds what certalias imported for another primary name', async () => {
    // *.example.com and wildcard.example.com share the default name wildcard-example-com
    const { deliver, options: wildcardOptions, context } = await setUp({ domain: '*.example.com' })
    await deliver(await madeBundle(['*.example.com']))
    const literal = azureKeyVaultStore.readOptions(
      (name) => ({ domain: 'wildcard.example.com', azure_key_vault_url: azure?.url ?? '' })[name] ?? '',
      context.env,
    )
    expect(literal.certificateName).toBe(wildcardOptions.certificateName)
    const error = await (azureKeyVaultStore.prepare?.(literal, context) ?? Promise.resolve()).catch(
      (e: Error) => e,
    )
    expect((error as Error).message).toMatch(
      /certificate wildcard-example-com .* holds the certificate certalias imported for \*\.example\.com \(tag certalias\), not for wildcard\.example\.com: set `azure_certificate_name` to a name of its own/,
    )
    // its own primary name prepares as usual
    expect(await azureKeyVaultStore.prepare?.(wildcardOptions, context)).toBeUndefined()
  })

  it('refuses a missing or plain-http vault URL and a bad name before any request', () => {
    const read = (inputs: Record<string, string>) => () =>
      azureKeyVaultStore.readOptions((name) => ({ domain: 'example.com', ...inputs })[name] ?? '', {
        AZURE_TENANT_ID: TENANT,
        AZURE_CLIENT_ID: CLIENT,
      })
    expect(read({})).toThrow(/`azure_key_vault_url` is required/)
    expect(read({ azure_key_vault_url: 'http://v.vault.azure.net' })).toThrow(/must be an https:\/\/ URL/)
    expect(read({ azure_key_vault_url: 'https://v.vault.azure.net', azure_certificate_name: 'a.b' })).toThrow(
      /not a Key Vault certificate name/,
    )
    expect(read({ azure_key_vault_url: 'https://v.vault.azure.net' })().certificateName).toBe('example-com')
  })
})
