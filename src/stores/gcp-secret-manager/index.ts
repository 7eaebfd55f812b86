// The `gcp-secret-manager` destination: a new version of one Secret Manager secret per certificate, holding the
// certificate set as JSON (the secret is created when missing), with the CRC32C checksum the API verifies.
import { CloudAccessError } from '../../clouds/context.js'
import { googleCredential, googleThrottled } from '../../clouds/google.js'
import { providerHttp } from '../../http/api.js'
import { type HttpClient, ProviderHttpError } from '../../http/client.js'
import {
  certificateJson,
  currentInDocument,
  documentNotTheRevoked,
  type StoredDocument,
} from '../certificate-json.js'
import { sessionStore } from '../session-store.js'
import type {
  CertificateBundle,
  CurrentCertificate,
  Delivery,
  Removal,
  RevokedCertificate,
  StoreContext,
  StoreModule,
} from '../types.js'
import { gcpSecretManagerDeclaration, type SecretManagerOptions } from './options.js'

export type { SecretManagerOptions } from './options.js'
export { readSecretManagerOptions } from './options.js'

const ID = 'gcp-secret-manager'
const API_URL = 'https://secretmanager.googleapis.com'
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform'

export const gcpSecretManagerStore: StoreModule<SecretManagerOptions> = sessionStore(
  gcpSecretManagerDeclaration,
  (options, context) => new SecretManagerSession(options, context),
  deliverToSecretManager,
)

/** CRC32C (Castagnoli), the checksum Secret Manager verifies on a version's data. */
export function crc32c(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

interface SecretVersion {
  name?: string
  payload?: { data?: string }
}

/** The IAM permission of each call, named when Google refuses it. */
const PERMISSIONS = {
  add: 'secretmanager.versions.add',
  create: 'secretmanager.secrets.create',
  access: 'secretmanager.versions.access',
  delete: 'secretmanager.secrets.delete',
  disable: 'secretmanager.versions.disable',
  list: 'secretmanager.versions.list',
} as const

class SecretManagerSession {
  readonly #options: SecretManagerOptions
  readonly #context: StoreContext
  #session: Promise<{ http: HttpClient; project: string }> | undefined

  constructor(options: SecretManagerOptions, context: StoreContext) {
    this.#options = options
    this.#context = context
  }

  describe(project: string): string {
    return `Google Secret Manager projects/${project}/secrets/${this.#options.secretId}`
  }

  /** Adds a version, creating the secret first when Secret Manager says it does not exist. The version's name. */
  async addVersion(text: string): Promise<{ name: string; created: boolean; project: string }> {
    const { http, project } = await this.#open()
    const secretPath = `/v1/projects/${encodeURIComponent(project)}/secrets/${this.#options.secretId}`
    const data = Buffer.from(text, 'utf8')
    const add = () =>
      this.#call('add', () =>
        http.request<SecretVersion>('POST', `${secretPath}:addVersion`, {
          body: { payload: { data: data.toString('base64'), dataCrc32c: String(crc32c(data)) } },
          expect: [404],
        }),
      )
    let answer = await add()
    let created = false
    if (answer.status === 404) {
      await this.#call('create', () =>
        http.request('POST', `/v1/projects/${encodeURIComponent(project)}/secrets`, {
          query: { secretId: this.#options.secretId },
          body: { replication: { automatic: {} }, labels: { 'managed-by': 'certalias' } },
          // a second create answers 409 and changes nothing
          expect: [409],
        }),
      )
      created = true
      answer = await add()
    }
    const name = answer.body?.name
    if (answer.status === 404 || !name) {
      throw new Error(`${ID}: ${this.describe(project)}: addVersion answered without a version`)
    }
    return { name, created, project }
  }

  async readCurrent(): Promise<CurrentCertificate | undefined> {
    return currentInDocument(await this.#latest(), this.#context.host)
  }

  async remove(revoked: RevokedCertificate): Promise<Removal> {
    const latest = await this.#latest()
    if (latest === undefined) return undefined
    const other = documentNotTheRevoked(latest, revoked)
    if (other !== undefined) return other
    const { http, project } = await this.#open()
    const answer = await this.#call('delete', () =>
      http.request(
        'DELETE',
        `/v1/projects/${encodeURIComponent(project)}/secrets/${this.#options.secretId}`,
        {
          expect: [404],
        },
      ),
    )
    return answer.status === 404
      ? undefined
      : { removed: `deleted ${this.describe(project)} and every version` }
  }

  /** The latest version's text; undefined when there is no secret or no version. */
  async #latest(): Promise<StoredDocument | undefined> {
    const { http, project } = await this.#open()
    const access = (version: string) =>
      this.#call('access', () =>
        http.request<SecretVersion & { error?: { status?: string } }>(
          'GET',
          `${this.#secretPath(project)}/versions/${version}:access`,
          { expect: [404, 400] },
        ),
      )
    let answer = await access('latest')
    if (answer.status === 400 && answer.body?.error?.status === 'FAILED_PRECONDITION') {
      // the newest version is disabled (by hand, after a leak): the newest enabled one is what readers can get
      const listed = await this.#call('list', () =>
        http.request<{ versions?: { name?: string }[] }>('GET', `${this.#secretPath(project)}/versions`, {
          query: { filter: 'state:ENABLED', pageSize: '1' },
        }),
      )
      const newest = listed.body?.versions?.[0]?.name?.split('/').pop()
      if (newest === undefined) return undefined
      answer = await access(newest)
    }
    if (answer.status === 400) {
      throw new Error(
        `${ID}: ${this.describe(project)}: the latest version cannot be read: ${answer.body?.error?.status}`,
      )
    }
    const data = answer.status === 404 ? undefined : answer.body?.payload?.data
    if (!data) return undefined
    return {
      text: Buffer.from(data, 'base64').toString('utf8'),
      where: `${this.describe(project)} (${answer.body?.name?.split('/').pop() ?? 'latest'})`,
    }
  }

  /**
   * After a new version: the one before it is disabled, so that the previous private key is no longer readable.
   * The certificate is delivered by then: a refusal is a warning, not a failed delivery.
   */
  async disablePrevious(version: string): Promise<void> {
    const number = Number(version.split('/').pop())
    if (!(number > 1)) return
    const { http, project } = await this.#open()
    const previous = `${this.#secretPath(project)}/versions/${number - 1}`
    try {
      // 400: already disabled or destroyed; 404: deleted; either way not readable
      await this.#call('disable', () => http.request('POST', `${previous}:disable`, { expect: [400, 404] }))
    } catch (error) {
      this.#context.host.warning(
        `${ID}: ${this.describe(project)}/versions/${number - 1} stays enabled, with the previous private key: ` +
          `${(error as Error).message}`,
      )
    }
  }

  #secretPath(project: string): string {
    return `/v1/projects/${encodeURIComponent(project)}/secrets/${this.#options.secretId}`
  }

  async #call<T>(permission: keyof typeof PERMISSIONS, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (error instanceof ProviderHttpError && (error.status === 401 || error.status === 403)) {
        throw new CloudAccessError(
          `${error.message}. ${ID}: the service account needs ${PERMISSIONS[permission]} on the secret ` +
            '(roles/secretmanager.secretVersionAdder to add versions, roles/secretmanager.secretVersionManager to ' +
            'disable and list them; roles/secretmanager.admin on the project to create and delete secrets)',
          { cause: error },
        )
      }
      throw error
    }
  }

  #open(): Promise<{ http: HttpClient; project: string }> {
    this.#session ??= (async () => {
      const credential = googleCredential(this.#context, ID, SCOPE)
      const project = this.#options.project || credential.project
      if (project === '') {
        throw new Error(
          `${ID}: set \`gcp_project\` (or GCE_PROJECT): the credential does not name the secret's project`,
        )
      }
      const token = await credential.token()
      const http = providerHttp(this.#context, {
        provider: ID,
        apiUrlEnv: 'GOOGLE_SECRET_MANAGER_URL',
        defaultUrl: API_URL,
        headers: { authorization: `Bearer ${token}` },
        secrets: [token],
        credentialHint: credential.hint,
        isThrottled: googleThrottled,
      })
      return { http, project }
    })()
    this.#session.catch(() => {
      this.#session = undefined
    })
    return this.#session
  }
}

async function deliverToSecretManager(
  session: SecretManagerSession,
  bundle: CertificateBundle,
  { context }: { context: StoreContext },
): Promise<Delivery> {
  const { name, created, project } = await session.addVersion(certificateJson(bundle))
  context.host.info(`${ID}: ${created ? 'created the secret and ' : ''}added ${name}`)
  await session.disablePrevious(name)
  return {
    destination: `${session.describe(project)}: ${created ? 'created, ' : ''}version ${name.split('/').pop()}`,
    outputs: { gcp_secret_version: name },
  }
}
