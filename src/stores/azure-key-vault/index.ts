// The `azure-key-vault` destination: the certificate and its key imported as a Key Vault certificate object (PEM),
// each renewal a new version of the same name, which App Service, Application Gateway and Front Door follow.
import { createPrivateKey } from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'
import { azureCredential } from '../../clouds/azure.js'
import { CloudAccessError } from '../../clouds/context.js'
import { providerHttp } from '../../http/api.js'
import { type HttpClient, ProviderHttpError } from '../../http/client.js'
import { heldIn, notTheRevoked, refusedBefore } from '../ownership.js'
import { sessionStore } from '../session-store.js'
import type {
  CertificateBundle,
  CurrentCertificate,
  Delivery,
  Preparation,
  Removal,
  RevokedCertificate,
  StoreContext,
  StoreModule,
} from '../types.js'
import { azureKeyVaultDeclaration, type KeyVaultOptions } from './options.js'

export type { KeyVaultOptions } from './options.js'
export { keyVaultCertificateName, readKeyVaultOptions } from './options.js'

const ID = 'azure-key-vault'
const API_VERSION = '7.4'

/** The token scope of the vault's cloud: Key Vault in Azure China and US Government has its own resource. */
export function keyVaultScope(vaultUrl: string): string {
  const host = new URL(vaultUrl).hostname
  for (const suffix of ['vault.azure.cn', 'vault.usgovcloudapi.net', 'vault.microsoftazure.de']) {
    if (host.endsWith(`.${suffix}`)) return `https://${suffix}/.default`
  }
  return 'https://vault.azure.net/.default'
}

export const azureKeyVaultStore: StoreModule<KeyVaultOptions> = sessionStore(
  azureKeyVaultDeclaration,
  (options, context) => new KeyVaultSession(options, context),
  deliverToKeyVault,
)

interface CertificateBundleBody {
  id?: string
  tags?: Record<string, unknown>
  cer?: string
  recoveryId?: string
  scheduledPurgeDate?: number
}

/** Key Vault's permission for each call, as access policies and RBAC roles name it. */
const PERMISSIONS: Record<string, string> = {
  import: 'Key Vault certificates/import',
  get: 'Key Vault certificates/get',
  delete: 'Key Vault certificates/delete',
  purge: 'Key Vault certificates/purge',
  recover: 'Key Vault certificates/recover',
}

/** How long a recovered certificate may take to come back, polled from this interval up. */
const RECOVERY_POLL_MS = 250
const RECOVERY_TIMEOUT_MS = 60_000

class KeyVaultSession {
  readonly #options: KeyVaultOptions
  readonly #context: StoreContext
  #http: Promise<HttpClient> | undefined
  #recoveryWaited = 0

  constructor(options: KeyVaultOptions, context: StoreContext) {
    this.#options = options
    this.#context = context
  }

  describe(): string {
    return `Azure Key Vault ${this.#options.vaultUrl} certificate ${this.#options.certificateName}`
  }

  #path(suffix = ''): string {
    return `/certificates/${encodeURIComponent(this.#options.certificateName)}${suffix}`
  }

  async import(bundle: CertificateBundle): Promise<string> {
    const body = await this.#call('import', (http) =>
      http.request<CertificateBundleBody>('POST', this.#path('/import'), {
        query: { 'api-version': API_VERSION },
        body: {
          // the key and the certificates in one PEM, as Key Vault imports it with this content type
          value: `${bundle.privateKey.trim()}\n${bundle.fullchain.trim()}\n`,
          policy: {
            key_props: { exportable: true, reuse_key: false, ...keyProperties(bundle.privateKey) },
            secret_props: { contentType: 'application/x-pem-file' },
          },
          tags: { certalias: bundle.names[0] ?? '' },
        },
        // a repeat adds a second version of the same certificate: harmless, and only after a lost answer
        idempotent: true,
      }),
    )
    const id = body.body?.id
    if (!id) throw new Error(`${ID}: the import into ${this.describe()} answered without the certificate id`)
    return id
  }

  async readCurrent(): Promise<CurrentCertificate | undefined> {
    const latest = await this.#latest()
    if (latest === undefined) return undefined
    // The key stays in the vault: reading it back needs secrets/get on the whole vault, a far wider right than
    // the renewal decision needs (it compares names, key type and dates of the certificate alone).
    const lines = latest.der.toString('base64').match(/.{1,64}/g) ?? []
    return {
      certificate: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
      source: latest.where,
    }
  }

  async remove(revoked: RevokedCertificate): Promise<Removal> {
    const latest = await this.#latest()
    if (latest === undefined) return undefined
    const other = notTheRevoked(latest.where, heldIn(latest.der), revoked)
    if (other !== undefined) return other
    const answer = await this.#delete()
    if (answer.status === 404) return undefined
    const until = answer.body?.scheduledPurgeDate
    if (until === undefined) return { removed: `deleted ${this.describe()}, every version` }
    // Soft-deleted, the name refuses the next certificate until it is recovered or purged. The certificate is
    // revoked: nothing worth recovering, so it is purged when the vault and the permissions allow.
    const purged = await this.#purge()
    if (purged === true) return { removed: `deleted and purged ${this.describe()}, every version` }
    return {
      removed:
        `deleted ${this.describe()}, every version; it stays soft-deleted until ${new Date(until * 1000).toISOString()} ` +
        `(not purged: ${purged}): an issuing run recovers it first (Key Vault certificates/recover)`,
    }
  }

  /**
   * A soft-deleted certificate (purge refused at revoke, or deleted by hand) refuses an import under its name:
   * recover it before ordering, and wait until it is back; or stop, naming the permission.
   */
  async prepare(): Promise<Preparation | undefined> {
    const latest = await this.#latest()
    if (latest !== undefined) {
      // Two primary names may map to one default name (*.example.com and wildcard.example.com): the tag tells
      const owner = latest.tags?.certalias
      if (typeof owner === 'string' && owner !== '' && owner !== this.#options.primaryName) {
        throw new Error(
          `${ID}: ${latest.where} holds the certificate certalias imported for ${owner} (tag certalias), not for ` +
            `${this.#options.primaryName}: set \`azure_certificate_name\` to a name of its own`,
        )
      }
      return undefined
    }
    const deleted = await this.#call('get', (http) =>
      http.request<CertificateBundleBody>('GET', this.#deletedPath(), {
        query: { 'api-version': API_VERSION },
        expect: [404],
      }),
    )
    if (deleted.status === 404) return undefined
    const until = deleted.body?.scheduledPurgeDate
    const found =
      `${this.describe()} is deleted` +
      (until ? ` (recoverable until ${new Date(until * 1000).toISOString()})` : '') +
      ', and Key Vault refuses an import under its name until it is recovered or purged'
    try {
      await this.#call('recover', (http) =>
        http.request('POST', this.#deletedPath('/recover'), { query: { 'api-version': API_VERSION } }),
      )
    } catch (error) {
      throw refusedBefore(
        found,
        error,
        `; or purge it (az keyvault certificate purge --vault-name <vault> --name ${this.#options.certificateName}) ` +
          'when its old versions are not needed',
      )
    }
    await this.#untilRecovered()
    return {
      done: `recovered ${this.describe()}, which was deleted`,
      undo: async () => {
        await this.#delete()
        return `deleted ${this.describe()} again, as it was found`
      },
    }
  }

  #delete() {
    return this.#call('delete', (http) =>
      http.request<CertificateBundleBody>('DELETE', this.#path(), {
        query: { 'api-version': API_VERSION },
        expect: [404],
      }),
    )
  }

  /** true, or why the deleted certificate was not purged (no permission, purge protection). */
  async #purge(): Promise<true | string> {
    try {
      await this.#call('purge', (http) =>
        http.request('DELETE', this.#deletedPath(), { query: { 'api-version': API_VERSION } }),
      )
      return true
    } catch (error) {
      if (error instanceof ProviderHttpError || error instanceof CloudAccessError) return error.message
      throw error
    }
  }

  /** A recovery takes a moment: the certificate answers GET once it is back, and only then takes an import. */
  async #untilRecovered(): Promise<void> {
    const sleep = this.#context.transport?.sleep ?? ((ms: number) => delay(ms))
    for (let wait = RECOVERY_POLL_MS; ; wait = Math.min(wait * 2, 5000)) {
      if ((await this.#latest()) !== undefined) return
      if (this.#recoveryWaited >= RECOVERY_TIMEOUT_MS) {
        throw new Error(
          `${ID}: ${this.describe()} was recovered, but is not back after ${RECOVERY_TIMEOUT_MS / 1000} s; run again`,
        )
      }
      await sleep(wait)
      this.#recoveryWaited += wait
    }
  }

  #deletedPath(suffix = ''): string {
    return `/deletedcertificates/${encodeURIComponent(this.#options.certificateName)}${suffix}`
  }

  /** The latest version's certificate (DER), or undefined when there is no certificate of that name. */
  async #latest(): Promise<{ der: Buffer; where: string; tags?: Record<string, unknown> } | undefined> {
    const answer = await this.#call('get', (http) =>
      http.request<CertificateBundleBody>('GET', this.#path(), {
        query: { 'api-version': API_VERSION },
        expect: [404],
      }),
    )
    const cer = answer.status === 404 ? undefined : answer.body?.cer
    if (!cer) return undefined
    return {
      der: Buffer.from(cer, 'base64'),
      where: `${this.describe()} (${answer.body?.id ?? 'latest version'})`,
      ...(answer.body?.tags ? { tags: answer.body.tags } : {}),
    }
  }

  async #call<T>(permission: string, run: (http: HttpClient) => Promise<T>): Promise<T> {
    const http = await this.#client()
    try {
      return await run(http)
    } catch (error) {
      if (error instanceof ProviderHttpError && (error.status === 401 || error.status === 403)) {
        throw new CloudAccessError(
          `${error.message}. ${ID}: the app needs ${PERMISSIONS[permission]} on ${this.#options.vaultUrl} ` +
            '(access policy), or the role "Key Vault Certificates Officer" on the vault (RBAC)',
          { cause: error },
        )
      }
      throw error
    }
  }

  #client(): Promise<HttpClient> {
    this.#http ??= (async () => {
      const credential = azureCredential(this.#context, ID, keyVaultScope(this.#options.vaultUrl))
      const token = await credential.token()
      return providerHttp(this.#context, {
        provider: ID,
        baseUrl: this.#options.vaultUrl,
        headers: { authorization: `Bearer ${token}` },
        secrets: [token],
        credentialHint: credential.hint,
      })
    })()
    this.#http.catch(() => {
      this.#http = undefined
    })
    return this.#http
  }
}

/** Key Vault's key properties for the certificate's key: without them it assumes RSA and refuses an EC key. */
function keyProperties(privateKeyPem: string): Record<string, unknown> {
  const key = createPrivateKey(privateKeyPem)
  if (key.asymmetricKeyType === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve
    const crv = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[curve ?? '']
    return { kty: 'EC', ...(crv ? { crv } : {}) }
  }
  return { kty: 'RSA', key_size: key.asymmetricKeyDetails?.modulusLength }
}

async function deliverToKeyVault(
  session: KeyVaultSession,
  bundle: CertificateBundle,
  { context }: { context: StoreContext },
): Promise<Delivery> {
  const id = await session.import(bundle)
  context.host.info(`${ID}: imported ${id} (serial ${bundle.serial})`)
  return {
    destination: `${session.describe()}: version ${id.slice(id.lastIndexOf('/') + 1)}`,
    outputs: { azure_certificate_id: id },
  }
}
