// The `github-secrets` destination: the certificate and key as sealed Actions secrets, its public state as a variable.
import { HttpClient, ProviderHttpError } from '../../http/client.js'
import type { CertificateBundle, Delivery, Store, StoreContext, StoreModule } from '../types.js'
import {
  GITHUB_SECRETS_INPUTS,
  GITHUB_VALUE_LIMIT_BYTES,
  type GithubSecretsOptions,
  readGithubSecretsOptions,
} from './options.js'
import { sealForGithub } from './seal.js'

export type { GithubSecretsOptions, OrganizationVisibility, SecretsScope } from './options.js'
export { GITHUB_VALUE_LIMIT_BYTES, readGithubSecretsOptions } from './options.js'
export { sealForGithub } from './seal.js'

const ID = 'github-secrets'

/** What the scheduled run reads from `vars.<prefix>_CERTIFICATE_STATE`. */
export interface CertificateState {
  readonly names: readonly string[]
  readonly serial: string
  readonly not_after: string
  /** PEM of the leaf: public. */
  readonly certificate: string
}

export interface GithubSecretNames {
  readonly certificate: string
  readonly privateKey: string
  readonly state: string
}

export function githubSecretNames(prefix: string): GithubSecretNames {
  return {
    certificate: `${prefix}_CERTIFICATE`,
    privateKey: `${prefix}_PRIVATE_KEY`,
    state: `${prefix}_CERTIFICATE_STATE`,
  }
}

export function certificateState(bundle: CertificateBundle): CertificateState {
  return {
    names: [...bundle.names],
    serial: bundle.serial,
    not_after: bundle.notAfter,
    certificate: bundle.certificate,
  }
}

export const githubSecretsStore: StoreModule<GithubSecretsOptions> = {
  id: ID,
  inputs: GITHUB_SECRETS_INPUTS,
  readOptions: readGithubSecretsOptions,
  create: (options, context) => new GithubSecretsStore(options, context),
}

interface PublicKey {
  key_id: string
  key: string
}

class GithubSecretsStore implements Store {
  readonly id = ID
  readonly #options: GithubSecretsOptions
  readonly #context: StoreContext
  readonly #client: HttpClient
  readonly #names: GithubSecretNames

  constructor(options: GithubSecretsOptions, context: StoreContext) {
    this.#options = options
    this.#context = context
    this.#names = githubSecretNames(options.prefix)
    context.host.mask(options.token)
    this.#client = new HttpClient({
      provider: ID,
      baseUrl: options.apiUrl,
      headers: {
        authorization: `Bearer ${options.token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
      },
      secrets: [options.token],
      log: (message) => context.host.info(message),
      ...context.transport,
    })
  }

  async deliver(bundle: CertificateBundle): Promise<Delivery> {
    const names = this.#names
    const state = JSON.stringify(certificateState(bundle))
    // Every size first: nothing is sent when one value cannot be stored.
    refuseOversized(names.certificate, 'secret', bundle.fullchain)
    refuseOversized(names.privateKey, 'secret', bundle.privateKey)
    refuseOversized(names.state, 'variable', state)

    const where = this.#describeScope()
    const key = await this.#call('read the public key of', () =>
      this.#client.request<PublicKey>('GET', `${this.#secretsBase()}/public-key`),
    )
    if (typeof key.body?.key !== 'string' || typeof key.body.key_id !== 'string') {
      throw new Error(`${ID}: the public key of ${where} came without key or key_id`)
    }
    const publicKey = key.body

    // The key first: should the certificate then fail, the error says the pair no longer matches.
    await this.#putSecret(names.privateKey, bundle.privateKey, publicKey)
    try {
      await this.#putSecret(names.certificate, bundle.fullchain, publicKey)
    } catch (error) {
      throw new Error(
        `${describe(error)}. ${names.privateKey} was already updated but ${names.certificate} was not: they no ` +
          'longer match; run again to write both',
        { cause: error },
      )
    }
    await this.#writeState(state)

    return {
      destination: `${where}: secrets ${names.certificate}, ${names.privateKey} and variable ${names.state}`,
    }
  }

  async #putSecret(name: string, value: string, key: PublicKey): Promise<void> {
    const body: Record<string, unknown> = {
      encrypted_value: await sealForGithub(value, key.key),
      key_id: key.key_id,
    }
    if (this.#options.scope === 'organization') body.visibility = this.#options.visibility
    const response = await this.#call(`write secret ${name} of`, () =>
      this.#client.request('PUT', `${this.#secretsBase()}/${name}`, { body }),
    )
    await this.#addSelectedRepository('secrets', name)
    this.#context.host.info(
      `${ID}: ${response.status === 201 ? 'created' : 'updated'} secret ${name} of ${this.#describeScope()}`,
    )
  }

  /** PATCH the variable; create it when GitHub says it does not exist (and update after all if it appeared meanwhile). */
  async #writeState(value: string): Promise<void> {
    const name = this.#names.state
    const base = this.#variablesBase()
    const extra = this.#options.scope === 'organization' ? { visibility: this.#options.visibility } : {}
    const patch = () =>
      this.#call(`write variable ${name} of`, () =>
        this.#client.request('PATCH', `${base}/${name}`, { body: { name, value, ...extra }, expect: [404] }),
      )
    let outcome = 'updated'
    let response = await patch()
    if (response.status === 404) {
      outcome = 'created'
      response = await this.#call(`create variable ${name} of`, () =>
        this.#client.request('POST', base, { body: { name, value, ...extra }, expect: [409] }),
      )
      if (response.status === 409) {
        outcome = 'updated'
        response = await patch()
        if (response.status === 404) {
          throw new Error(
            `${ID}: variable ${name} of ${this.#describeScope()} is neither creatable nor updatable`,
          )
        }
      }
    }
    await this.#addSelectedRepository('variables', name)
    this.#context.host.info(`${ID}: ${outcome} variable ${name} of ${this.#describeScope()}`)
  }

  /** Organization scope with `selected` visibility: add this repository to the selection (additive, keeps the others). */
  async #addSelectedRepository(kind: 'secrets' | 'variables', name: string): Promise<void> {
    const { scope, visibility, repositoryId, owner } = this.#options
    if (scope !== 'organization' || visibility !== 'selected' || !repositoryId) return
    await this.#call(`add the repository to the selection of ${name} of`, () =>
      this.#client.request('PUT', `/orgs/${enc(owner)}/actions/${kind}/${name}/repositories/${repositoryId}`),
    )
  }

  #secretsBase(): string {
    const { scope, owner, repository, environment } = this.#options
    if (scope === 'organization') return `/orgs/${enc(owner)}/actions/secrets`
    if (scope === 'environment')
      return `/repos/${repoPath(repository)}/environments/${enc(environment ?? '')}/secrets`
    return `/repos/${repoPath(repository)}/actions/secrets`
  }

  #variablesBase(): string {
    const { scope, owner, repository, environment } = this.#options
    if (scope === 'organization') return `/orgs/${enc(owner)}/actions/variables`
    if (scope === 'environment')
      return `/repos/${repoPath(repository)}/environments/${enc(environment ?? '')}/variables`
    return `/repos/${repoPath(repository)}/actions/variables`
  }

  #describeScope(): string {
    const { scope, owner, repository, environment } = this.#options
    if (scope === 'organization') return `organization ${owner}`
    if (scope === 'environment') return `environment ${environment} of ${repository}`
    return `repository ${repository}`
  }

  /** Run one API call; a refusal (401, 403, 404) becomes an error that says what secrets_token needs. */
  async #call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      if (
        error instanceof ProviderHttpError &&
        error.status !== undefined &&
        [401, 403, 404].includes(error.status)
      ) {
        // error.message is already redacted; the advice holds no secret
        throw new Error(`${error.message}. ${this.#tokenAdvice(what, error.status)}`, { cause: error })
      }
      throw error
    }
  }

  #tokenAdvice(what: string, status: number): string {
    const { scope } = this.#options
    const target = this.#describeScope()
    const permission =
      scope === 'organization'
        ? 'the organization permissions "Secrets: write" and "Variables: write" (classic token: admin:org)'
        : 'the repository permissions "Secrets: write" and "Variables: write"' +
          (scope === 'environment' ? ' (environments: "Environments: write")' : '')
    const seen =
      status === 404
        ? `GitHub answers 404 when ${target} does not exist${scope === 'environment' ? ' (create the environment first)' : ''} or when the token may not see it. `
        : ''
    return (
      `Could not ${what} ${target}. ${seen}Check \`secrets_token\`: it must be a fine-grained personal access token ` +
      `or a GitHub App token with ${permission} on ${scope === 'organization' ? 'the organization' : 'the repository'}. ` +
      'The workflow GITHUB_TOKEN cannot write secrets, whatever the `permissions:` block says'
    )
  }
}

function refuseOversized(name: string, kind: 'secret' | 'variable', value: string): void {
  const bytes = Buffer.byteLength(value, 'utf8')
  if (bytes > GITHUB_VALUE_LIMIT_BYTES) {
    throw new Error(
      `${ID}: ${kind} ${name} would hold ${bytes} bytes, more than GitHub's limit of 48 KB ` +
        `(${GITHUB_VALUE_LIMIT_BYTES} bytes) per ${kind}; nothing was written. A shorter chain or fewer names ` +
        'make it fit; otherwise use another store (files, vault)',
    )
  }
}

function repoPath(repository: string): string {
  const [owner = '', name = ''] = repository.split('/')
  return `${enc(owner)}/${enc(name)}`
}

function enc(segment: string): string {
  return encodeURIComponent(segment)
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
