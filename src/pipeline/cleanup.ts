// Remove the challenge values a run saved but could not clean up itself: the post step after a crash or cancel,
// and the command line on SIGINT or SIGTERM. Problems are warnings: the run's result is already decided.
import type { Host } from '../host.js'
import { closeProvider, createProvider } from '../providers/index.js'
import { type OwnerRecords, parseRecords, removeRecords, STATE_PROVIDER, STATE_RECORDS } from './records.js'

export async function removeSavedRecords(
  host: Host,
  env: Readonly<Record<string, string | undefined>>,
  resolvers: readonly string[],
): Promise<void> {
  try {
    const records = parseRecords(host.getState(STATE_RECORDS))
    if (records.length === 0) return
    host.info(`Removing the challenge values this run left at ${records.map((r) => r.owner).join(', ')}`)
    const byProvider = new Map<string, OwnerRecords[]>()
    for (const r of records) {
      const id = r.provider ?? host.getState(STATE_PROVIDER)
      byProvider.set(id, [...(byProvider.get(id) ?? []), r])
    }
    const removed = await Promise.all(
      [...byProvider].map(async ([id, list]) => {
        const provider = await createProvider(id, { env, host, resolvers })
        try {
          return await removeRecords(provider, list, (m) => host.warning(m))
        } finally {
          await closeProvider(provider, (m) => host.warning(m))
        }
      }),
    )
    if (removed.every(Boolean)) {
      host.saveState(STATE_RECORDS, '[]')
      host.info('Removed every value this run wrote; other values at those owners are untouched.')
    }
  } catch (error) {
    host.warning(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
