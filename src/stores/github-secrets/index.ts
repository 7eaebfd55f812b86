// The `github-secrets` destination: the certificate and key as sealed Actions secrets, its public state as a variable.

import { notTheRevoked } from '../ownership.js'
import type {
  CertificateBundle,
  CurrentCertificate,
  Delivery,
  GithubApi,
  Removal,
  RevokedCertificate,
  Store,
  StoreContext,
  StoreModule,
} from '../types.js'
import { type Answer, callScope, describeScope, openGithubApi, scopeRoutes } from './api.js'
import { GITHUB_VALUE_LIMIT_BYTES, type GithubSecretsOptions, githubSecretsDeclaration } from './options.js'
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
  /** The ACME account key certalias made, kept for the `account_key` input of later runs. */
  readonly accountKey: string
}

export function githubSecretNames(prefix: string): GithubSecretNames {
  return {
    certificate: `${prefix}_CERTIFICATE`,
    privateKey: `${prefix}_PRIVATE_KEY`,
    state: `${prefix}_CERTIFICATE_STATE`,
    accountKey: `${prefix}_ACME_ACCOUNT_KEY`,
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
  ...githubSecretsDeclaration,
  create: (options, context) => new GithubSecretsStore(options, context),
  readCurrent: readCurrentGithubState,
  remove: removeGithubSecrets,
}

/**
 * mode: revoke: delete the certificate and key secrets and the state variable, when the variable names the revoked
 * certificate: another step on the same `secret_prefix` may have written its own since. The account key secret
 * stays: the workflow passes it to every certificate of the same prefix, and an account outlives its certificates.
 */
export async function removeGithubSecrets(
  options: GithubSecretsOptions,
  context: StoreContext,
  revoked: RevokedCertificate,
): Promise<Removal> {
  context.host.mask(options.token)
  const names = githubSecretNames(options.prefix)
  const api = await openGithubApi(options, context)
  const prefix = scopeRoutes(options).prefix
  const secrets = [names.certificate, names.privateKey]
  const state = await readState(api, options)
  if (state === undefined) {
    // Secrets cannot be read back: without the variable nothing tells which certificate they hold.
    const present = await Promise.all(
      secrets.map(async (name) => {
        const answer = await callScope(
          api,
          options,
          `read secret ${name} of`,
          `GET ${prefix}/secrets/{secret_name}`,
          { secret_name: name },
          [404],
        )
        return answer.status === 404 ? [] : [name]
      }),
    )
    if (present.flat().length === 0) return undefined
    return {
      left:
        `variable ${names.state} of ${describeScope(options)} is not there: nothing shows which certificate secrets ` +
        `${present.flat().join(', ')} hold (a secret cannot be read back): left in place; delete them by hand if ` +
        'they hold the revoked certificate',
    }
  }
  const other = notTheRevoked(state.where, state.held, revoked)
  if (other !== undefined) return { left: `${other.left}, with secrets ${secrets.join(', ')}` }

  const remove = async (kind: 'secrets' | 'variables', name: string) => {
    const what = kind === 'secrets' ? `secret ${name}` : `variable ${name}`
    const route =
      kind === 'secrets' ? `DELETE ${prefix}/secrets/{secret_name}` : `DELETE ${prefix}/variables/{name}`
    const parameters = kind === 'secrets' ? { secret_name: name } : { name }
    const answer = await callScope(api, options, `delete ${what} of`, route, parameters, [404])
    return answer.status === 404 ? undefined : what
  }
  // The variable last: should a deletion fail, a second run still finds what names the secrets.
  const removed = [
    ...(await Promise.all(secrets.map((name) => remove('secrets', name)))),
    await remove('variables', names.state),
  ].filter((what): what is string => what !== undefined)
  return removed.length === 0
    ? undefined
    : { removed: `${describeScope(options)}: removed ${removed.join(', ')}` }
}

/**
 * The certificate of the state variable the last delivery wrote: the secrets cannot be read back, the variable
 * can. Undefined when there is no variable or it holds no certificate.
 */
export async function readCurrentGithubState(
  options: GithubSecretsOptions,
  context: StoreContext,
): Promise<CurrentCertificate | undefined> {
  context.host.mask(options.token)
  const state = await readState(await openGithubApi(options, context), options)
  if (state === undefined) return undefined
  if (state.unreadable !== undefined) {
    throw new Error(
      `${ID}: ${state.where} is not the JSON certalias writes (${state.unreadable}); the next delivery rewrites it. ` +
        'Another workflow may be writing the same name: give this one another `secret_prefix`',
    )
  }
  const certificate = state.certificate
  if (certificate === undefined) return undefined
  return { certificate, source: state.where }
}

interface StateRead {
  readonly where: string
  /** The PEM of the leaf, when the variable holds one. */
  readonly certificate?: string
  /** Its serial and names, undefined when the variable holds no certificate state. */
  readonly held?: { readonly serial?: string; readonly names?: readonly string[] }
  /** Why the value is not JSON. */
  readonly unreadable?: string
}

/** The state variable, or undefined when it is not there. */
async function readState(api: GithubApi, options: GithubSecretsOptions): Promise<StateRead | undefined> {
  const name = githubSecretNames(options.prefix).state
  const where = `variable ${name} of ${describeScope(options)}`
  const answer = await callScope(
    api,
    options,
    `read variable ${name} of`,
    `GET ${scopeRoutes(options).prefix}/variables/{name}`,
    { name },
    [404],
  )
  if (answer.status === 404) return undefined
  const value = (answer.data as { value?: unknown } | undefined)?.value
  if (typeof value !== 'string') throw new Error(`${ID}: GitHub returned ${where} without a value`)
  let state: Partial<Record<keyof CertificateState, unknown>> | null
  try {
    state = JSON.parse(value)
  } catch (error) {
    return { where, unreadable: error instanceof Error ? error.message : String(error) }
  }
  const certificate = state?.certificate
  if (typeof certificate !== 'string' || !certificate.includes('-----BEGIN CERTIFICATE-----'))
    return { where }
  const serial = typeof state?.serial === 'string' ? state.serial : undefined
  const names = Array.isArray(state?.names) ? state.names.map(String) : undefined
  return { where, certificate, held: { ...(serial ? { serial } : {}), ...(names ? { names } : {}) } }
}

interface PublicKey {
  key_id: string
  key: string
}

class GithubSecretsStore implements Store {
  readonly id = ID
  readonly #options: GithubSecretsOptions
  readonly #context: StoreContext
  readonly #names: GithubSecretNames
  #api: Promise<GithubApi> | undefined

  constructor(options: GithubSecretsOptions, context: StoreContext) {
    this.#options = options
    this.#context = context
    this.#names = githubSecretNames(options.prefix)
    context.host.mask(options.token)
  }

  async deliver(bundle: CertificateBundle): Promise<Delivery> {
    const names = this.#names
    const state = JSON.stringify(certificateState(bundle))
    // Only an account this run made: a key read back from elsewhere is kept there already.
    const accountKey = bundle.account?.made ? bundle.account.key : undefined
    // Every size first: nothing is sent when one value cannot be stored.
    refuseOversized(names.certificate, 'secret', bundle.fullchain)
    refuseOversized(names.privateKey, 'secret', bundle.privateKey)
    if (accountKey !== undefined) refuseOversized(names.accountKey, 'secret', accountKey)
    refuseOversized(names.state, 'variable', state)

    const where = describeScope(this.#options)
    const key = await this.#call('read the public key of', `GET ${this.#prefix}/secrets/public-key`, {})
    const answered = key.data as Partial<PublicKey> | undefined
    if (typeof answered?.key !== 'string' || typeof answered.key_id !== 'string') {
      throw new Error(`${ID}: the public key of ${where} came without key or key_id`)
    }
    const publicKey: PublicKey = { key: answered.key, key_id: answered.key_id }

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
    const keptAccount = accountKey !== undefined && (await this.#keepAccountKey(accountKey, publicKey))
    await this.#writeState(state)

    const secrets = keptAccount
      ? `${names.certificate}, ${names.privateKey}, ${names.accountKey}`
      : `${names.certificate}, ${names.privateKey}`
    return {
      destination: `${where}: secrets ${secrets} and variable ${names.state}`,
      ...(keptAccount
        ? {
            notes: [
              `certalias made a new ACME account and kept its key in secret ${names.accountKey} of ${where}. Add ` +
                `\`account_key: \${{ secrets.${names.accountKey} }}\` to this step so later runs reuse the account ` +
                '(secrets cannot be read back, so certalias cannot find it by itself)',
            ],
          }
        : {}),
    }
  }

  /**
   * The new account's key as a secret. The certificate is delivered by then: a failure here costs only a new
   * account next run, so it warns instead of failing the delivery.
   */
  async #keepAccountKey(accountKey: string, publicKey: PublicKey): Promise<boolean> {
    try {
      await this.#putSecret(this.#names.accountKey, accountKey, publicKey)
      return true
    } catch (error) {
      this.#context.host.warning(
        `${ID}: the certificate was delivered, but the ACME account key could not be kept: ${describe(error)}. ` +
          'The next run creates another ACME account',
      )
      return false
    }
  }

  async #putSecret(name: string, value: string, key: PublicKey): Promise<void> {
    const body: Record<string, unknown> = {
      secret_name: name,
      encrypted_value: await sealForGithub(value, key.key),
      key_id: key.key_id,
    }
    if (this.#options.scope === 'organization') body.visibility = this.#options.visibility
    const response = await this.#call(
      `write secret ${name} of`,
      `PUT ${this.#prefix}/secrets/{secret_name}`,
      body,
    )
    await this.#addSelectedRepository('secrets', name)
    this.#context.host.info(
      `${ID}: ${response.status === 201 ? 'created' : 'updated'} secret ${name} of ${describeScope(this.#options)}`,
    )
  }

  /** PATCH the variable; create it when GitHub says it does not exist (and update after all if it appeared meanwhile). */
  async #writeState(value: string): Promise<void> {
    const name = this.#names.state
    const extra = this.#options.scope === 'organization' ? { visibility: this.#options.visibility } : {}
    const patch = () =>
      this.#call(
        `write variable ${name} of`,
        `PATCH ${this.#prefix}/variables/{name}`,
        { name, value, ...extra },
        [404],
      )
    let outcome = 'updated'
    let response = await patch()
    if (response.status === 404) {
      outcome = 'created'
      response = await this.#call(
        `create variable ${name} of`,
        `POST ${this.#prefix}/variables`,
        { name, value, ...extra },
        [409],
      )
      if (response.status === 409) {
        outcome = 'updated'
        response = await patch()
        if (response.status === 404) {
          throw new Error(
            `${ID}: variable ${name} of ${describeScope(this.#options)} is neither creatable nor updatable`,
          )
        }
      }
    }
    await this.#addSelectedRepository('variables', name)
    this.#context.host.info(`${ID}: ${outcome} variable ${name} of ${describeScope(this.#options)}`)
  }

  /** Organization scope with `selected` visibility: add this repository to the selection (additive, keeps the others). */
  async #addSelectedRepository(kind: 'secrets' | 'variables', name: string): Promise<void> {
    const { scope, visibility, repositoryId } = this.#options
    if (scope !== 'organization' || visibility !== 'selected' || !repositoryId) return
    const route =
      kind === 'secrets'
        ? 'PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}'
        : 'PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}'
    await this.#call(`add the repository to the selection of ${name} of`, route, {
      [kind === 'secrets' ? 'secret_name' : 'name']: name,
      repository_id: Number(repositoryId),
    })
  }

  get #prefix(): string {
    return scopeRoutes(this.#options).prefix
  }

  /** One call with the client the adapter makes (once per store); see callScope for the errors. */
  async #call(
    what: string,
    route: string,
    parameters: Record<string, unknown>,
    expect: readonly number[] = [],
  ): Promise<Answer> {
    this.#api ??= openGithubApi(this.#options, this.#context)
    return callScope(await this.#api, this.#options, what, route, parameters, expect)
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

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
