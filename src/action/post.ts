// The post step: remove the values a main step saved but could not clean up (it crashed or was cancelled).
// Cleanup problems are warnings: the job's result is the main step's.
import * as core from '@actions/core'
import { removeSavedRecords } from '../pipeline/cleanup.js'
import { actionsHost } from './host.js'

export async function post(): Promise<void> {
  const resolvers = core
    .getInput('dns_resolvers')
    .split(/[\s,]+/)
    .filter(Boolean)
  await removeSavedRecords(actionsHost, process.env, resolvers)
}
