// Inputs -> one typed, immutable Config. Pure: no network, no writes; every bad input is reported at once.
import { createPrivateKey, type KeyObject } from 'node:crypto'
import { isIP } from 'node:net'
import { join } from 'node:path'
import { domainToASCII } from 'node:url'
import { type CertName, canonical, NameError, normalizeName, parseNames } from '../names/index.js'
import { KEY_TYPES, type KeyType } from '../pki/keys.js'
import { DESCRIPTORS } from '../providers/index.js'
import {
  acceptedNames,
  type ProviderDescriptor,
  type ProviderSetting,
  settingValue,
  withAliases,
} from '../providers/types.js'
import { ALWAYS_ON, STORES, storeInputs } from '../stores/index.js'
import type { StoreModule } from '../stores/types.js'
import { ACME_SERVERS } from './acme-servers.js'
import { CORE_INPUTS, MODES, type Mode } from './inputs.js'
import { ACTION_SPELLING, type Spelling } from './spelling.js'
import { closest } from './suggest.js'

export { ACTION_SPELLING, KEY_TYPES, type KeyType, MODES, type Mode, type Spelling }

/** Inputs that hold secrets: the adapter masks them before anything else happens. */
export const SECRET_INPUTS: readonly string[] = [...CORE_INPUTS, ...storeInputs()]
  .filter((input) => input.secret)
  .map((input) => input.name)

/** A destination of the `store` input with its checked options. */
export interface SelectedStore {
  readonly module: StoreModule
  readonly options: unknown
}

export interface AliasInput {
  /** Applies to every name without its own line. */
  readonly all?: string
  /** Per name (keyed by the name's base, i.e. without `*.`). */
  readonly byName: ReadonlyMap<string, string>
}

export interface Config {
  readonly names: readonly CertName[]
  /** Undefined only with dns-persist-01, whose records may be published by hand. */
  readonly provider?: ProviderDescriptor
  readonly alias: AliasInput
  /** `challenge`: the ACME challenge answered. */
  readonly challenge: Challenge
  /** `persist_until`: dns-persist-01, the persistUntil of a record certalias publishes. */
  readonly persistUntil?: Date
  readonly email?: string
  readonly acmeServer: string
  readonly directoryUrl: string
  readonly eab?: { readonly kid: string; readonly hmacKey: string }
  readonly accountKey?: string
  readonly keyType: KeyType
  readonly profile?: string
  /** `preferred_chain`: the issuer (CN) at the top of the chain to take among the CA's alternates. */
  readonly preferredChain?: string
  readonly resolvers: readonly string[]
  readonly propagationTimeoutMs: number
  readonly outputDir: string
  /** `files` first, then the other destinations of the `store` input, in registry order. */
  readonly stores: readonly SelectedStore[]
  /** `current_certificate`: a PEM, a file path or `tls://host[:port]`; undefined: read it from the stores. */
  readonly currentCertificate?: string
  /** `force_renew`: issue even when the current certificate is not due. */
  readonly force: boolean
  /** `renew_before`: without ARI, renew at least this long before expiry. */
  readonly renewBeforeMs?: number
  /** `check_interval`: how often the workflow runs; a renewal time before the next run means now. */
  readonly checkIntervalMs: number
  /** `txt_batch_size`: values per owner at once; 'auto' fits a 512-byte answer; 0: no limit. */
  readonly txtBatchSize: 'auto' | number
  /** `mode`: issue (when due) or revoke (and remove what certalias stored). */
  readonly mode: Mode
  /** `revoke_reason` as its RFC 5280 code. */
  readonly revokeReason: number
  /** `deploy_hook`: a shell command run once a certificate was issued and stored. */
  readonly deployHook?: string
  /**
   * What the provider's credential variables lack, when it may still find credentials on the machine (its
   * `ambient` sources): a pull request from a fork gets no secrets, and the adapter may then skip.
   */
  readonly missingCredentials?: string
}

export const CHALLENGES = ['dns-01', 'dns-persist-01'] as const
export type Challenge = (typeof CHALLENGES)[number]

/** RFC 5280 CRLReason codes of the `revoke_reason` names a subscriber may give (RFC 8555 section 7.6). */
export const REVOKE_REASONS: Readonly<Record<string, number>> = {
  unspecified: 0,
  keyCompromise: 1,
  superseded: 4,
  cessationOfOperation: 5,
}

export class ConfigError extends Error {
  /**
   * @param missingCredentials what the provider's credentials lack, when that is among the problems: a pull
   *   request from a fork gets no secrets, and the adapter may then skip instead of failing.
   */
  constructor(
    readonly problems: string[],
    readonly missingCredentials?: string,
  ) {
    super(
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    )
  }
}

export type GetInput = (name: string) => string

export function readConfig(
  getInput: GetInput,
  env: Readonly<Record<string, string | undefined>>,
  s: Spelling = ACTION_SPELLING,
): Config {
  const problems: string[] = []
  const input = (name: string) => getInput(name).trim()
  const check = <T>(fn: () => T): T | undefined => {
    try {
      return fn()
    } catch (error) {
      problems.push((error as Error).message)
      return undefined
    }
  }

  const mode = check(() => readChoice(input('mode') || 'issue', s.input('mode'), MODES)) ?? 'issue'
  // a list in a mode that reads one certificate would be passed over in silence, and `domain` reported missing
  if ((mode === 'revoke' || mode === 'check') && input('certificates') !== '') {
    problems.push(
      `${s.input('certificates')} is read by ${s.assignment('mode', 'issue')} and ${s.assignment('mode', 'plan')}; ` +
        `${s.assignment('mode', mode)} takes one certificate per step: give its ${s.input('domain')} (a matrix over the list runs a step per entry)`,
    )
  }
  const reasonName = input('revoke_reason') || 'cessationOfOperation'
  const revokeReason = check(() => readRevokeReason(reasonName, s))
  const names = check(() => readNames(input('domain'), s)) ?? []
  const challenge =
    check(() => readChoice(input('challenge') || 'dns-01', s.input('challenge'), CHALLENGES)) ?? 'dns-01'
  const persist = challenge === 'dns-persist-01'
  let missing: string | undefined
  const provider = check(() => {
    // dns-persist-01 reads a record published once, by hand or by a provider: none needed when it is there
    if (persist && input('dns_provider') === '') return undefined
    const descriptor = readProvider(input('dns_provider'), s)
    // revoking and planning write no DNS record: the provider's credentials are not needed then (a check writes one);
    // dns-persist-01 writes only a record that is missing, and says what to publish when it cannot
    const writes = (mode === 'issue' || mode === 'check') && !persist
    missing = writes ? missingCredentials(descriptor, env) : undefined
    if (missing !== undefined && descriptor.ambient === undefined) {
      throw new Error(
        `${s.assignment('dns_provider', descriptor.id)} needs ${missing} ${s.credentials(descriptor.id)}`,
      )
    }
    return descriptor
  })
  // revoking writes no record: a provider setting cannot stand in its way
  if (provider !== undefined && mode !== 'revoke') problems.push(...outsideFixedValues(provider, env, s))
  const alias = check(() => readAlias(getInput('domain_alias'), names, s)) ?? { byName: new Map() }
  const email = check(() => readEmail(input('email'), s))
  const keyType = check(() => readKeyType(input('key_type') || 'ec-p256', s)) ?? 'ec-p256'
  const acmeServer = input('acme_server') || 'letsencrypt'
  const eab = check(() => readEab(input('eab_kid'), input('eab_hmac_key'), s))
  // revoking and planning open no new account: a CA's external account binding is not asked of them
  const bound = eab !== undefined || mode === 'revoke' || mode === 'plan'
  const directoryUrl = check(() => readDirectory(acmeServer, keyType, bound, s))
  const accountKey = check(() => readAccountKey(getInput('account_key'), s))
  const persistUntilInput = input('persist_until')
  const persistUntil =
    persistUntilInput === '' ? undefined : check(() => readPersistUntil(persistUntilInput, persist, s))
  const profile = check(() => readProfile(input('profile'), s))
  const preferredChain = check(() => readPreferredChain(input('preferred_chain'), s))
  const resolvers = check(() => readResolvers(input('dns_resolvers'), s)) ?? []
  const propagationTimeoutMs = check(() => readTimeout(input('propagation_timeout'), s)) ?? 0
  const stores = check(() => readStores(input('store'), getInput, env, problems, s)) ?? []
  const currentCertificate = check(() => readCurrentCertificate(getInput('current_certificate'), s))
  const txtBatchSize = check(() => readBatchSize(input('txt_batch_size') || 'auto', s)) ?? 'auto'
  const force = check(() => readBoolean(input('force_renew'), s.input('force_renew'))) ?? false
  const renewBefore = input('renew_before')
  const renewBeforeMs =
    renewBefore === '' ? undefined : check(() => readDuration(renewBefore, s.input('renew_before'), '30d'))
  const checkInterval = input('check_interval') || '24h'
  const checkIntervalMs =
    check(() => readDuration(checkInterval, s.input('check_interval'), '24h')) ?? 86_400_000
  const deployHook = input('deploy_hook') || undefined

  if (
    persist &&
    mode === 'issue' &&
    accountKey === undefined &&
    !stores.some((s) => KEEPS_ACCOUNT.has(s.module.id))
  ) {
    problems.push(
      `${s.assignment('challenge', 'dns-persist-01')} needs one ACME account across runs, since the record names it: ` +
        `set ${s.input('account_key')} (the PEM, from a secret), or a ${s.input('store')} that keeps the key (vault, github-secrets)`,
    )
  }
  if (mode === 'revoke' && currentCertificate === undefined && !stores.some((s) => s.module.readCurrent)) {
    if (input('output_dir') === '') {
      problems.push(
        `${s.assignment('mode', 'revoke')} has nothing to find the certificate in: give ${s.input('current_certificate')}, ` +
          `a ${s.input('store')} that keeps it (vault, github-secrets) with the same settings as the run that issued, ` +
          `or the ${s.input('output_dir')} it wrote`,
      )
    }
  }
  if (problems.length > 0 || (provider === undefined && !persist) || directoryUrl === undefined)
    throw new ConfigError(problems, provider?.ambient === undefined ? missing : undefined)
  const primary = names[0] as CertName
  const outputDir =
    input('output_dir') ||
    join(env.RUNNER_TEMP || env.TMPDIR || '/tmp', 'certalias', primary.name.replace(/^\*\./, '_wildcard.'))

  return Object.freeze({
    names,
    provider,
    alias,
    challenge,
    persistUntil,
    email,
    acmeServer,
    directoryUrl,
    eab,
    accountKey,
    keyType,
    profile,
    preferredChain,
    resolvers,
    propagationTimeoutMs,
    outputDir,
    stores,
    mode,
    revokeReason: revokeReason ?? 5,
    txtBatchSize,
    currentCertificate,
    force,
    renewBeforeMs,
    checkIntervalMs,
    deployHook,
    missingCredentials: missing,
  })
}

/** Destinations that keep a new account key for the next runs (see accountKeyFor in modes/order.ts). */
export const KEEPS_ACCOUNT: ReadonlySet<string> = new Set(['vault', 'github-secrets'])

/** `persist_until`: a date, an ISO 8601 time, or a duration from now; in the future. */
function readPersistUntil(value: string, persist: boolean, s: Spelling): Date {
  const input = s.input('persist_until')
  if (!persist) {
    throw new Error(
      `${input} applies to ${s.assignment('challenge', 'dns-persist-01')} only; remove it or set the challenge`,
    )
  }
  const calendar = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(value)
  let date: Date | undefined
  if (calendar !== null) {
    const [, year, month, day, time] = calendar
    date = new Date(time === undefined ? `${value}T00:00:00Z` : value)
    // Date rolls an impossible day over (2027-02-30 into March): the calendar date must be the one written
    const written = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
    if (written.getUTCMonth() !== Number(month) - 1 || written.getUTCDate() !== Number(day)) date = undefined
  } else if (/^\d+[smhdw]/.test(value)) {
    date = new Date(Date.now() + readDuration(value, input, '180d'))
  }
  if (date === undefined || Number.isNaN(date.getTime())) {
    throw new Error(
      `${input}: "${value}" is not a date (2027-06-30), a time (2027-06-30T12:00:00Z) or a duration (180d)`,
    )
  }
  if (date.getTime() <= Date.now()) {
    throw new Error(`${input}: ${date.toISOString()} has passed; a record published now would never validate`)
  }
  return date
}

/** `current_certificate`: a PEM, a path, or `tls://host[:port]` (checked here; read when deciding). */
function readCurrentCertificate(value: string, s: Spelling): string | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) && !trimmed.startsWith('file://')) {
    let url: URL | undefined
    try {
      url = new URL(trimmed)
    } catch {}
    if (
      url?.protocol !== 'tls:' ||
      url.hostname === '' ||
      url.pathname !== '' ||
      url.search ||
      url.username
    ) {
      throw new Error(
        `${s.input('current_certificate')}: "${trimmed}" is not tls://host or tls://host:port (or a PEM, or a file path)`,
      )
    }
  }
  return trimmed.startsWith('-----') ? `${trimmed}\n` : trimmed
}

function readBatchSize(value: string, s: Spelling): 'auto' | number {
  if (value.toLowerCase() === 'auto') return 'auto'
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 1000) {
    throw new Error(
      `${s.input('txt_batch_size')}: "${value}" is not auto, 0 (no limit) or a number of values per owner at once (1 to 1000)`,
    )
  }
  return n
}

/** A boolean input as YAML 1.2 (and @actions/core's getBooleanInput) spells it; empty is false. `input` as spelled. */
function readBoolean(value: string, input: string): boolean {
  if (['', 'false', 'False', 'FALSE'].includes(value)) return false
  if (['true', 'True', 'TRUE'].includes(value)) return true
  throw new Error(`${input}: "${value}" is not true or false`)
}

const DURATION_UNITS: Readonly<Record<string, number>> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
}

/** A duration such as `30d`, `36h`, `1d12h` or `90m`, in milliseconds; `input` as a message names it. */
export function readDuration(value: string, input: string, example: string): number {
  const parts = [...value.matchAll(/(\d+)([smhdw])/g)]
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) {
    throw new Error(
      `${input}: "${value}" is not a duration; write a number with a unit (s, m, h, d, w), e.g. ${example}`,
    )
  }
  const ms = parts.reduce(
    (sum, [, n, unit]) => sum + Number(n) * (DURATION_UNITS[unit as string] as number),
    0,
  )
  if (ms <= 0) throw new Error(`${input}: "${value}" must be longer than zero, e.g. ${example}`)
  return ms
}

/**
 * `store`: comma separated destinations; `files` is always on. Each chosen destination checks its own inputs,
 * and an input of a destination that was not chosen is refused, since it means the `store` line forgot it.
 */
function readStores(
  value: string,
  getInput: GetInput,
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
  s: Spelling,
): SelectedStore[] {
  const known = STORES.map((s) => s.id)
  const wanted = new Set([
    ALWAYS_ON,
    ...value
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((id) => id.toLowerCase()),
  ])
  const unknown = [...wanted].filter((id) => !known.includes(id))
  if (unknown.length > 0) {
    throw new Error(
      `${s.input('store')}: unknown destination ${unknown.map((id) => `"${id}"`).join(', ')}; ${didYouMean(unknown, known)}known: ${known.join(', ')}`,
    )
  }
  const selected: SelectedStore[] = []
  for (const module of STORES) {
    if (!wanted.has(module.id)) {
      const stray = module.inputs
        .filter((i) => getInput(i.name).trim() !== '' && i.default === undefined)
        .map((i) => i.name)
      if (stray.length > 0) {
        problems.push(
          `${stray.map(s.input).join(', ')} ${stray.length === 1 ? 'is' : 'are'} set but ${s.input('store')} does not include ${module.id}: add it (${s.assignment(
            'store',
            [...wanted]
              .filter((id) => id !== ALWAYS_ON)
              .concat(module.id)
              .join(', '),
          )})`,
        )
      }
      continue
    }
    try {
      selected.push({ module, options: module.readOptions(getInput, env, s) })
    } catch (error) {
      problems.push(...(error as Error).message.split('\n').filter(Boolean))
    }
  }
  return selected
}

function readNames(value: string, s: Spelling): CertName[] {
  if (value === '')
    throw new Error(`${s.input('domain')} is required: one or more names, e.g. "example.com, *.example.com"`)
  try {
    return parseNames(value)
  } catch (error) {
    if (error instanceof NameError) throw new Error(`${s.input('domain')}: ${error.message}`)
    throw error
  }
}

function readProvider(id: string, s: Spelling): ProviderDescriptor {
  const known = Object.keys(DESCRIPTORS).sort().join(', ')
  if (id === '')
    throw new Error(`${s.input('dns_provider')} is required: the provider hosting the alias zone (${known})`)
  const descriptor = DESCRIPTORS[id.toLowerCase()]
  if (descriptor === undefined)
    throw new Error(
      `${s.input('dns_provider')}: unknown provider "${id}"; ${didYouMean([id], Object.keys(DESCRIPTORS))}known: ${known}`,
    )
  return descriptor
}

/** "did you mean x? " for the first misspelt word close to a known one, else nothing. */
function didYouMean(typed: readonly string[], known: readonly string[]): string {
  const suggestion = typed.map((word) => closest(word, known)).find((s) => s !== undefined)
  return suggestion === undefined ? '' : `did you mean ${suggestion}? `
}

function readChoice<T extends string>(value: string, input: string, choices: readonly T[]): T {
  const choice = choices.find((c) => c === value.toLowerCase())
  if (choice === undefined) throw new Error(`${input}: "${value}" is not one of ${choices.join(', ')}`)
  return choice
}

function readRevokeReason(value: string, s: Spelling): number {
  const code = Object.entries(REVOKE_REASONS).find(
    ([name]) => name.toLowerCase() === value.toLowerCase(),
  )?.[1]
  if (code === undefined) {
    throw new Error(
      `${s.input('revoke_reason')}: "${value}" is not one of ${Object.keys(REVOKE_REASONS).join(', ')}`,
    )
  }
  return code
}

/** A problem for each provider setting whose value is not one of its fixed set. */
function outsideFixedValues(
  descriptor: ProviderDescriptor,
  env: Readonly<Record<string, string | undefined>>,
  s: Spelling,
): string[] {
  const resolved = withAliases(descriptor, env)
  return [...descriptor.credentials, ...descriptor.settings].flatMap((setting) => {
    const value = resolved[setting.env]
    if (setting.values === undefined || value === undefined || value.trim() === '') return []
    if (setting.values.some((v) => settingValue(v) === settingValue(value))) return []
    const accepted =
      setting.values.length === 0
        ? 'leave it unset'
        : `not one of ${setting.values.join(', ')}${setting.default ? ` (unset: ${setting.default})` : ''}`
    return [
      `${s.assignment('dns_provider', descriptor.id)}: ${acceptedNames(setting)} is ${JSON.stringify(value.trim())}, ${accepted}: ` +
        setting.description,
    ]
  })
}

/** What is missing of a provider's credentials, in words, or undefined when nothing is. */
export function missingCredentials(
  descriptor: ProviderDescriptor,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const resolved = withAliases(descriptor, env)
  if (descriptor.ambient?.variables.some((name) => resolved[name]?.trim())) return undefined
  const given = (setting: ProviderSetting) => Boolean(resolved[setting.env]?.trim())
  const always = descriptor.credentials
    .filter((c) => c.set === undefined && !given(c))
    .map((c) => acceptedNames(c))
  const sets = new Map<string, ProviderSetting[]>()
  for (const c of descriptor.credentials)
    if (c.set !== undefined) sets.set(c.set, [...(sets.get(c.set) ?? []), c])
  const complete = [...sets.values()].some((settings) => settings.every(given))
  const parts = always.length > 0 ? [always.join(', ')] : []
  if (sets.size > 0 && !complete) {
    parts.push(
      `one of: ${[...sets].map(([name, settings]) => `${settings.map(acceptedNames).join(' + ')} (${name})`).join('; or ')}`,
    )
  }
  return parts.length > 0 ? parts.join(', and ') : undefined
}

/**
 * `domain_alias`: one alias for every name, or `name=alias` lines (a line without `=` is the default).
 * The form (full owner or zone-style) is decided later against the published CNAME.
 */
function readAlias(value: string, names: readonly CertName[], s: Spelling): AliasInput {
  const byName = new Map<string, string>()
  let all: string | undefined
  for (const line of value.split(/\r?\n/).map((l) => l.trim())) {
    if (line === '' || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    if (eq < 0) {
      if (all !== undefined) {
        throw new Error(
          `${s.input('domain_alias')}: several lines without "="; write one alias, or one "name=alias" per line`,
        )
      }
      all = aliasName(line, s)
      continue
    }
    const name = line.slice(0, eq).trim()
    let base: string
    try {
      base = normalizeName(name).base
    } catch (error) {
      throw new Error(`${s.input('domain_alias')}: line "${line}": ${(error as Error).message}`)
    }
    if (names.length > 0 && !names.some((n) => n.base === base)) {
      throw new Error(`${s.input('domain_alias')}: "${name}" is not one of the names in ${s.input('domain')}`)
    }
    byName.set(base, aliasName(line.slice(eq + 1), s))
  }
  return { all, byName }
}

function aliasName(value: string, s: Spelling): string {
  // Unicode as in `domain`: UTS 46 to punycode A-labels ('' when it cannot be converted; the check below says so).
  const alias = domainToASCII(canonical(value)).replace(/\.$/, '') || canonical(value)
  // An alias is a DNS owner, where underscores are fine (unlike host names).
  if (!/^(?!-)[a-z0-9_-]{1,63}(\.(?!-)[a-z0-9_-]{1,63})+$/.test(alias)) {
    throw new Error(
      `${s.input('domain_alias')}: "${value.trim()}" is not a DNS name; write "_acme-challenge.validation.example.org" or "validation.example.org"`,
    )
  }
  return alias
}

function readEmail(value: string, s: Spelling): string | undefined {
  if (value === '') return undefined
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value))
    throw new Error(`${s.input('email')}: "${value}" is not an e-mail address`)
  return value
}

function readKeyType(value: string, s: Spelling): KeyType {
  const keyType = value.toLowerCase()
  if (!(KEY_TYPES as readonly string[]).includes(keyType)) {
    throw new Error(`${s.input('key_type')}: "${value}" is not one of ${KEY_TYPES.join(', ')}`)
  }
  return keyType as KeyType
}

function readEab(kid: string, hmacKey: string, s: Spelling): Config['eab'] {
  if (kid === '' && hmacKey === '') return undefined
  if (kid === '' || hmacKey === '') {
    throw new Error(
      `${s.input('eab_kid')} and ${s.input('eab_hmac_key')} go together: set both (from your CA account) or neither`,
    )
  }
  if (!/^[A-Za-z0-9_=+/-]+$/.test(hmacKey)) {
    throw new Error(
      `${s.input('eab_hmac_key')} is not base64url; copy the HMAC key exactly as the CA shows it`,
    )
  }
  return { kid, hmacKey }
}

function readDirectory(acmeServer: string, keyType: string, hasEab: boolean, s: Spelling): string {
  const preset = ACME_SERVERS[acmeServer.toLowerCase()]
  if (preset !== undefined) {
    if (preset.requiresEab && !hasEab) {
      throw new Error(
        `${s.assignment('acme_server', acmeServer)} requires external account binding: set ${s.input('eab_kid')} and ${s.input('eab_hmac_key')} (${preset.eabHelp})`,
      )
    }
    return typeof preset.directory === 'string' ? preset.directory : preset.directory(keyType)
  }
  let url: URL
  try {
    url = new URL(acmeServer)
  } catch {
    throw new Error(
      `${s.input('acme_server')}: "${acmeServer}" is neither a preset (${Object.keys(ACME_SERVERS).join(', ')}) nor a directory URL`,
    )
  }
  if (url.protocol !== 'https:')
    throw new Error(`${s.input('acme_server')}: the directory URL must use https (${acmeServer})`)
  return url.href
}

function readAccountKey(value: string, s: Spelling): string | undefined {
  const pem = value.trim()
  if (pem === '') return undefined
  let key: KeyObject
  try {
    key = createPrivateKey(pem)
  } catch {
    // Never quote the value: it is a secret.
    throw new Error(
      `${s.input('account_key')} is not a PEM private key; store the whole PEM (BEGIN to END lines) in the secret`,
    )
  }
  // ACME signs with RS256 or ES256/384/512 (RFC 8555 section 6.2): other keys would fail at the first request.
  const type = key.asymmetricKeyType
  const curve = key.asymmetricKeyDetails?.namedCurve
  const curves: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }
  if (type === 'ec' && curve !== undefined && curve in curves) return `${pem}\n`
  if (type === 'rsa') return `${pem}\n`
  const what =
    type === 'ec' ? `an EC key on the curve ${curve ?? 'unknown'}` : `a key of type ${type ?? 'unknown'}`
  throw new Error(
    `${s.input('account_key')} is ${what}; an ACME account key must be RSA or EC on P-256, P-384 or P-521 ` +
      '(e.g. openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256)',
  )
}

function readProfile(value: string, s: Spelling): string | undefined {
  if (value === '') return undefined
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(value)) {
    throw new Error(`${s.input('profile')}: "${value}" is not a profile name (e.g. tlsserver, shortlived)`)
  }
  return value
}

function readPreferredChain(value: string, s: Spelling): string | undefined {
  if (value === '') return undefined
  // one common name: a certificate's CN is a single line of text
  if (/\p{Cc}/u.test(value)) {
    throw new Error(
      `${s.input('preferred_chain')}: ${JSON.stringify(value)} is not one issuer name; give the common name (CN) of the issuer at the top of the chain wanted, e.g. ISRG Root X1`,
    )
  }
  return value
}

function readResolvers(value: string, s: Spelling): string[] {
  if (value === '') return []
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((resolver) => {
      const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(resolver) ?? /^([^:]+)(?::(\d+))?$/.exec(resolver)
      const host = m?.[1] ?? resolver
      const port = m?.[2] === undefined ? 53 : Number(m[2])
      if (isIP(host) === 0 || port < 1 || port > 65535) {
        throw new Error(
          `${s.input('dns_resolvers')}: "${resolver}" is not an ip or ip:port (e.g. 1.1.1.1, [2606:4700::1]:53)`,
        )
      }
      return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`
    })
}

function readTimeout(value: string, s: Spelling): number {
  if (value === '') return 300_000
  const seconds = Number(value)
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
    throw new Error(
      `${s.input('propagation_timeout')}: "${value}" is not a whole number of seconds between 1 and 86400`,
    )
  }
  return seconds * 1000
}
