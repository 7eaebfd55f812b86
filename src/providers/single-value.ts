// Records that hold one TXT value, which a write replaces (DuckDNS, Hurricane Electric): another run may have set
// its own value since ours, so a removal first reads what DNS serves and takes away only a value of ours.
import { Resolver } from '../dns/resolver.js'
import type { ProviderContext } from './types.js'

/** The TXT values DNS serves now at `owner`; undefined when that cannot be known. */
export type CurrentTxt = (
  context: ProviderContext,
  zone: string,
  owner: string,
) => Promise<string[] | undefined>

/** What the zone's authoritative servers serve now: the API of these providers has no read. */
export const currentTxtFromDns: CurrentTxt = (context, zone, owner) =>
  new Resolver(context.resolvers).servedTxt(zone, owner)

/**
 * Whether the record at `owner` (shown as `record` in messages) still holds only values of ours, read now. When
 * it holds another run's value, or cannot be read, the caller leaves it: that is said on the host.
 */
export async function holdsOnlyOurs(
  context: ProviderContext,
  currentTxt: CurrentTxt,
  where: { zone: string; owner: string; provider: string; record: string },
  values: readonly string[],
): Promise<boolean> {
  const served = await currentTxt(context, where.zone, where.owner).catch(() => undefined)
  if (served === undefined) {
    context.host.info(
      `${where.provider}: cannot tell whether ${where.record} still holds our value; left as is`,
    )
    return false
  }
  if (served.length === 0) return false
  const ours = new Set(values)
  if (served.every((value) => ours.has(value))) return true
  context.host.info(`${where.provider}: ${where.record} now holds a value that is not ours; left as is`)
  return false
}
