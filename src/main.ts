// The action's main step: inputs in, certificate out; the only place that reads @actions/core inputs.
import * as core from '@actions/core'
import { actionsHost } from './actions-host.js'
import { readConfig, SECRET_INPUTS } from './config/index.js'
import { maskPem } from './host.js'
import { run as runPipeline } from './issue.js'

export async function run(): Promise<void> {
  try {
    for (const name of SECRET_INPUTS) {
      const value = core.getInput(name)
      if (value.trim() === '') continue
      maskPem(actionsHost, value)
    }
    const config = readConfig((name) => core.getInput(name), process.env)
    await runPipeline(config, actionsHost, {
      env: process.env,
      // loaded only when the artifact store runs: the client is large, and most runs never need it
      artifactUploader: async () => new (await import('@actions/artifact')).DefaultArtifactClient(),
      // loaded only when a GitHub destination runs
      github: async (token) => (await import('./github-api.js')).githubApi(token, process.env),
    })
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
