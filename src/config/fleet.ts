// The step-level inputs of a fleet (`certificates`): how many orders one run makes, how many certificates are
// issued at once, and how many matrix jobs a plan hands out. Pure, like the rest of the configuration.
import { ACME_SERVERS } from './acme-servers.js'
import { ConfigError, type GetInput } from './index.js'

/** GitHub refuses a matrix of more jobs than this. */
export const GITHUB_MATRIX_MAX = 256

export interface FleetSettings {
  /** Most new orders of one run; undefined: no limit. */
  readonly maxOrders?: number
  /** Most new certificates per registered domain in one run (the CA preset's share); undefined: no limit. */
  readonly perRegisteredDomain?: number
  /** Certificates issued at once. */
  readonly concurrency: number
  /** `mode: plan`: most matrix jobs. */
  readonly maxJobs: number
}

/** The CA preset of the step's `acme_server` gives the default share of its published limits. */
export function readFleetSettings(getInput: GetInput): FleetSettings {
  const problems: string[] = []
  const count = (name: string, fallback: number, min: number, max: number, hint: string): number => {
    const value = getInput(name).trim()
    if (value === '') return fallback
    const n = Number(value)
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`\`${name}\`: "${value}" is not ${hint} (${min} to ${max})`)
      return fallback
    }
    return n
  }
  const preset = ACME_SERVERS[getInput('acme_server').trim() || 'letsencrypt']?.fleetShare
  const maxOrdersInput = getInput('max_orders').trim()
  const maxOrders =
    maxOrdersInput === ''
      ? preset?.orders
      : count('max_orders', 0, 0, 100_000, '0 (no limit) or the most new orders one run makes') || undefined
  const concurrency = count('concurrency', 8, 1, 64, 'a number of certificates issued at once')
  const maxJobs = count('max_jobs', GITHUB_MATRIX_MAX, 1, GITHUB_MATRIX_MAX, 'a number of matrix jobs')
  if (problems.length > 0) throw new ConfigError(problems)
  return {
    ...(maxOrders === undefined ? {} : { maxOrders }),
    ...(preset === undefined ? {} : { perRegisteredDomain: preset.perRegisteredDomain }),
    concurrency,
    maxJobs,
  }
}
