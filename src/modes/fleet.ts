// mode: plan: decide for every entry of `certificates` whether it is due, and hand GitHub Actions the matrix of
// those that are. No account, no order, no write: each entry's current certificate and the CA's ARI only.

import { CaDirectory } from '../acme/ari.js'
import { ALL_INPUTS } from '../config/all-inputs.js'
import { readFleetSettings } from '../config/fleet.js'
import { ACTION_SPELLING, type Config, ConfigError, readConfig, type Spelling } from '../config/index.js'
import { ipv6FromEnv, Resolver } from '../dns/resolver.js'
import type { Host } from '../host.js'
import { iso } from '../renewal/decide.js'
import { decideRenewal, type Renewal } from '../renewal/index.js'
import type { StoreContext } from '../stores/types.js'
import { markdownText } from '../text.js'
import { groupEntries } from './groups.js'

/** Entries decided at once: stores and CAs limit requests per second too. */
const PARALLEL = 8

/** Alias owners looked up at once when grouping. */
const LOOKUPS = 128

/** Inputs an entry may not set: they shape the plan itself, not one certificate. */
const STEP_ONLY = new Set(['mode', 'certificates', 'max_orders', 'concurrency', 'max_jobs'])

/**
 * Secrets stay step inputs or env: an entry travels into the `matrix` output, which GitHub shows and passes on in
 * plain text, and the matrix job has the step's inputs anyway.
 */
const SECRET_INPUTS = new Set(ALL_INPUTS.filter((input) => input.secret).map((input) => input.name))

export type Entry = Readonly<Record<string, string>>

export interface FleetOptions {
  readonly getInput: (name: string) => string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly context: StoreContext
  /** How messages name the step's inputs (an entry's own keys are named as YAML keys). */
  readonly spelling?: Spelling
}

/** The mode that reads the entries: a plan needs no provider credentials, issuing does. */
export type FleetMode = 'plan' | 'issue'

export async function planFleet(host: Host, options: FleetOptions): Promise<void> {
  const started = Date.now()
  const { maxJobs } = readFleetSettings(options.getInput)
  const spelling = options.spelling ?? ACTION_SPELLING
  const entries = await readEntries(options.getInput('certificates'), 'plan', spelling)
  const configs = entryConfigs(entries, options, host, 'plan')
  const cas = new Map<string, CaDirectory>()
  const caFor = (config: Config) => {
    let ca = cas.get(config.directoryUrl)
    if (ca === undefined) {
      ca = new CaDirectory(config.directoryUrl, options.context.transport, options.context.env)
      cas.set(config.directoryUrl, ca)
    }
    return ca
  }
  // Past max_jobs the due entries are grouped by alias owner. The owners are looked up while the rest are still
  // being decided, from the first due entry past max_jobs on: a large plan waits for the two side by side.
  const owners = new Map<number, Promise<string[]>>()
  const dueSoFar: number[] = []
  const lookup = limiter(LOOKUPS)
  const dns = new Map<string, Resolver>()
  const lookUp = (i: number) => {
    const config = configs[i] as Config
    const key = config.resolvers.join(',')
    if (!dns.has(key)) dns.set(key, new Resolver(config.resolvers, { ipv6: ipv6FromEnv(options.env) }))
    owners.set(
      i,
      lookup(() => aliasOwners(config, dns.get(key) as Resolver)),
    )
  }
  // An entry whose decision fails (a destination refusing the credential, or one that cannot be signed in to) is
  // failed, not due: its issuing job would stop before ordering all the same. The others are decided on.
  const outcomes = await mapLimit(
    configs.map((_, i) => i),
    PARALLEL,
    async (i): Promise<Outcome> => {
      const config = configs[i] as Config
      const label = entryLabel(config)
      const outcome = await decideRenewal(
        config,
        prefixed(host, `[${label}] `),
        options.context,
        caFor(config),
      ).catch((error: Error): Failed => ({ failed: error.message }))
      if ('decision' in outcome && outcome.decision.due) {
        dueSoFar.push(i)
        if (dueSoFar.length > maxJobs)
          while (owners.size < dueSoFar.length) lookUp(dueSoFar[owners.size] as number)
      }
      return outcome
    },
  )
  const due = entries.flatMap((_, i) => {
    const outcome = outcomes[i] as Outcome
    return 'decision' in outcome && outcome.decision.due ? [i] : []
  })
  let include: Record<string, string>[] = due.map((i) => ({
    ...(entries[i] as Entry),
    reason: (outcomes[i] as Renewal).decision.reason,
  }))
  if (due.length > maxJobs) {
    // more due entries than jobs: each job issues a group in one step (mode: issue with certificates)
    const found = await Promise.all(due.map((i) => owners.get(i) as Promise<string[]>))
    include = groupEntries(found, maxJobs).map((group) => ({
      certificates: JSON.stringify(group.map((k) => entries[due[k] as number] as Entry)),
      count: String(group.length),
    }))
    host.info(
      `Plan: ${due.length} due certificate(s) in ${include.length} job(s) (max_jobs ${maxJobs}), grouped by alias owner`,
    )
  }
  host.setOutput('matrix', JSON.stringify({ include }))
  host.setOutput('due_count', String(due.length))
  const failed = configs.flatMap((config, i) => {
    const outcome = outcomes[i] as Outcome
    return 'failed' in outcome ? [`${entryLabel(config)}: ${outcome.failed}`] : []
  })
  host.info(
    `Plan: ${due.length} of ${entries.length} certificate(s) due${failed.length > 0 ? `, ${failed.length} failed` : ''}, ` +
      `decided in ${((Date.now() - started) / 1000).toFixed(2)} s`,
  )
  await host.summary(planSummary(configs, outcomes))
  // after the outputs: the matrix job can still issue the due entries (`if: !cancelled()`), and the failed run says
  // which entries need their credential fixed
  if (failed.length > 0) {
    throw new Error(
      `${failed.length} of ${entries.length} certificate(s) could not be decided, and are not in the matrix:\n` +
        failed.map((line) => `  - ${line}`).join('\n'),
    )
  }
}

/** An entry whose decision failed: why. */
interface Failed {
  readonly failed: string
}

type Outcome = Renewal | Failed

/** At most `limit` of the calls at once; the rest wait their turn, in order. */
function limiter(limit: number): <R>(work: () => Promise<R>) => Promise<R> {
  let active = 0
  const waiting: (() => void)[] = []
  return async (work) => {
    // a finished call hands its place straight to the next waiting one
    if (active < limit) active += 1
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await work()
    } finally {
      const next = waiting.shift()
      if (next === undefined) active -= 1
      else next()
    }
  }
}

/**
 * Where an entry's values go, for grouping: the alias it names, else the end of each name's CNAME chain as the
 * resolver answers (an answer that fails counts the name as its own owner). Only to keep entries that share an
 * owner in one job: the issuing job checks every chain on every master as a single step does.
 */
async function aliasOwners(config: Config, dns: Resolver): Promise<string[]> {
  return Promise.all(
    config.names.map(async (name) => {
      const alias = config.alias.byName.get(name.base) ?? config.alias.all
      if (alias !== undefined) return `alias ${alias}`
      const challenge = `_acme-challenge.${name.base}`
      try {
        const answer = await dns.recursive(challenge, 'TXT')
        const cnames = answer.answers.filter((rr) => rr.type === 'CNAME')
        return String(cnames.at(-1)?.data ?? challenge).toLowerCase()
      } catch {
        return challenge
      }
    }),
  )
}

/** `certificates`: a YAML list of mappings from input names to values. */
export async function readEntries(text: string, mode: FleetMode, s: Spelling): Promise<Entry[]> {
  const certificates = s.input('certificates')
  if (text.trim() === '') {
    throw new ConfigError([
      `${certificates} is required for ${s.assignment('mode', mode)}: a YAML list with one entry per certificate, e.g. ` +
        '"- {domain: example.com, vault_path: tls/example.com}"',
    ])
  }
  // loaded only for a fleet: no other run reads YAML
  const { parse } = await import('yaml')
  let parsed: unknown
  try {
    parsed = parse(text)
  } catch (error) {
    throw new ConfigError([`${certificates} is not YAML: ${(error as Error).message.split('\n')[0]}`])
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new ConfigError([
      `${certificates} must be a YAML list with one entry (a mapping of inputs) per certificate`,
    ])
  }
  const problems: string[] = []
  const entries = parsed.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push(
        `${certificates} entry ${i + 1} is not a mapping of inputs (domain: ..., vault_path: ...)`,
      )
      return {}
    }
    const entry: Record<string, string> = {}
    for (const [key, value] of Object.entries(item)) {
      if (typeof value === 'object' && value !== null) {
        problems.push(`${certificates} entry ${i + 1}: \`${key}\` must be a string, a number or true/false`)
        continue
      }
      entry[key] = value === null ? '' : String(value)
    }
    return entry
  })
  if (problems.length > 0) throw new ConfigError(problems)
  return entries
}

/**
 * Each entry read like a step's inputs: its own values first, the step's for the rest. A key the configuration
 * never asks for is no input at all (a typo such as `vaultpath`): refused, naming the entry.
 */
export function entryConfigs(
  entries: readonly Entry[],
  options: FleetOptions,
  host: Host,
  mode: FleetMode,
): Config[] {
  const problems: string[] = []
  const step = options.spelling ?? ACTION_SPELLING
  // every entry asks for every input: the step's values read once, not once per entry
  const stepValues = new Map<string, string>()
  const stepInput = (name: string) => {
    let value = stepValues.get(name)
    if (value === undefined) {
      value = options.getInput(name)
      stepValues.set(name, value)
    }
    return value
  }
  const configs = entries.map((entry, i) => {
    const where = `${step.input('certificates')} entry ${i + 1}${entry.domain ? ` (${entry.domain})` : ''}`
    // an entry's own keys are YAML keys of `certificates`, named as such; the rest are the step's inputs
    const own = (name: string) => Object.hasOwn(entry, name)
    const spelling: Spelling = {
      ...step,
      input: (name) => (own(name) ? ACTION_SPELLING : step).input(name),
      assignment: (name, value) => (own(name) ? ACTION_SPELLING : step).assignment(name, value),
    }
    const secrets = Object.keys(entry).filter((key) => SECRET_INPUTS.has(key))
    for (const key of secrets) if (entry[key]) host.mask(entry[key] as string)
    if (secrets.length > 0) {
      const [are, them] = secrets.length === 1 ? ['is a secret', 'it'] : ['are secrets', 'them']
      problems.push(
        `${where}: ${secrets.map((k) => `\`${k}\``).join(', ')} ${are}, and an entry travels in plain text (the ` +
          `\`matrix\` output, the \`report\`): pass ${them} as inputs or env of the step (and of the matrix job)`,
      )
    }
    const asked = new Set<string>()
    const getInput = (name: string) => {
      asked.add(name)
      if (name === 'mode') return mode
      return Object.hasOwn(entry, name) ? (entry[name] as string) : stepInput(name)
    }
    let config: Config | undefined
    try {
      config = readConfig(getInput, options.env, spelling)
      // a fleet's shared pipeline writes dns-01 values; a dns-persist-01 certificate runs as a step of its own
      if (mode === 'issue' && config.challenge === 'dns-persist-01') {
        problems.push(
          `${where}: ${spelling.assignment('challenge', 'dns-persist-01')} is not available in one step with ` +
            `${step.input('certificates')} yet: use mode: plan and a matrix job per certificate`,
        )
      }
    } catch (error) {
      const list = error instanceof ConfigError ? error.problems : [(error as Error).message]
      problems.push(...list.map((p) => `${where}: ${p}`))
    }
    const unknown = Object.keys(entry).filter((key) => STEP_ONLY.has(key) || !asked.has(key))
    if (unknown.length > 0) {
      problems.push(
        `${where}: ${unknown.map((k) => `\`${k}\``).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not an input an entry can set`,
      )
    }
    return config
  })
  if (problems.length > 0) throw new ConfigError(problems)
  return configs as Config[]
}

export function entryLabel(config: Config): string {
  return config.names.map((n) => n.name).join(', ')
}

/**
 * An entry's lines, each with the entry's names in front. Entries run side by side, so their lines are not
 * folded into groups (two groups at once would swallow each other's lines), and the step's outputs and summary
 * are the fleet's, not an entry's.
 */
export function prefixed(host: Host, prefix: string): Host {
  // each method named: a Host may be a class instance, whose methods a spread would not copy
  return {
    mask: (secret) => host.mask(secret),
    redact: (text) => host.redact(text),
    saveState: (name, value) => host.saveState(name, value),
    getState: (name) => host.getState(name),
    summary: async () => {},
    info: (m) => host.info(`${prefix}${m}`),
    warning: (m) => host.warning(`${prefix}${m}`),
    debug: (m) => host.debug(`${prefix}${m}`),
    isDebug: () => host.isDebug(),
    group: (title, work) => {
      host.info(`${prefix}${title}`)
      return work()
    },
    idToken: (audience) => host.idToken(audience),
    setOutput: () => {},
  }
}

export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i] as T)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export function planSummary(configs: readonly Config[], outcomes: readonly Outcome[]): string {
  const due = outcomes.filter((o) => 'decision' in o && o.decision.due).length
  const failed = outcomes.filter((o) => 'failed' in o).length
  const rows = configs.map((config, i) => {
    const outcome = outcomes[i] as Outcome
    if ('failed' in outcome) {
      return `| ${markdownText(entryLabel(config))} | - | - | **failed**: ${markdownText(outcome.failed)} |`
    }
    const { decision, current, window } = outcome
    return `| ${markdownText(entryLabel(config))} | ${current ? iso(current.facts.notAfter) : '-'} | ${
      window ? `${iso(window.start)} to ${iso(window.end)}` : '-'
    } | ${decision.due ? '**due**' : 'not due'}: ${markdownText(decision.reason)} |`
  })
  return [
    `## certalias: plan, ${due} of ${configs.length} certificate(s) due${failed > 0 ? `, ${failed} failed` : ''}`,
    '',
    '| names | not after | CA renewal window (ARI) | decision |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
}
