// The TTL setting of a provider (<PREFIX>_TTL): a whole number of seconds within the API's bounds.

/** The largest TTL DNS allows (RFC 2181, section 8). */
export const MAX_DNS_TTL = 2_147_483_647

export interface TtlRule {
  /** The TTL when the variable is unset or blank. */
  readonly default: number
  /** The smallest TTL the API accepts; 1 when not given. */
  readonly min?: number
  /** The largest TTL the API accepts; MAX_DNS_TTL when not given. */
  readonly max?: number
  /** Why the minimum, said after it in the error, e.g. "GoDaddy's minimum". */
  readonly note?: string
}

/** The TTL from env[variable]; an error naming the variable when it is not a whole number within the bounds. */
export function readTtl(
  env: Readonly<Record<string, string | undefined>>,
  variable: string,
  rule: TtlRule,
): number {
  const { default: fallback, min = 1, max = MAX_DNS_TTL } = rule
  const value = env[variable]
  if (value === undefined || value.trim() === '') return fallback
  const ttl = Number(value)
  if (!/^\d+$/.test(value.trim()) || ttl < min || ttl > max) {
    throw new Error(`${variable} must be a whole number of seconds${bounds(rule, min, max)}; got "${value}"`)
  }
  return ttl
}

function bounds(rule: TtlRule, min: number, max: number): string {
  if (min > 1 && max < MAX_DNS_TTL) return ` from ${min} to ${max}`
  if (min > 1) return `, ${min} or more${rule.note ? ` (${rule.note})` : ''}`
  if (max < MAX_DNS_TTL) return ` up to ${max}, e.g. ${rule.default}`
  return `, e.g. ${rule.default}`
}
