// The post step: remove the values a main step saved but could not clean up (it crashed or was cancelled).
// Cleanup problems are warnings: the job's result is the main step's.
import * as core from '@actions/core'
import { actionsHost } from './actions-host.js'
import { createProvider } from './providers/index.js'
import { parseRecords, removeRecords, STATE_PROVIDER, STATE_RECORDS } from './records.js'

export async function post(): Promise<void> {
  try {
    const records = parseRecords(core.getState(STATE_RECORDS))
    if (records.length === 0) return
    const providerId = core.getState(STATE_PROVIDER)
    const resolvers = core
      .getInput('dns_resolvers')
      .split(/[\s,]+/)
      .filter(Boolean)
    const provider = createProvider(providerId, { env: process.env, host: actionsHost, resolvers })
    core.info(`Removing challenge values the main step left at ${records.map((r) => r.owner).join(', ')}`)
    if (await removeRecords(provider, records, (m) => core.warning(m))) {
      core.info('Removed every value the main step wrote; other values at those owners are untouched.')
    }
  } catch (error) {
    core.warning(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
