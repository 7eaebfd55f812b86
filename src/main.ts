// The action's main step: inputs in, certificate out; the only place that reads @actions/core inputs.
import * as core from '@actions/core'
import { actionsHost } from './actions-host.js'
import { readConfig, SECRET_INPUTS } from './config/index.js'
import { issue } from './issue.js'

export async function run(): Promise<void> {
  try {
    for (const name of SECRET_INPUTS) {
      const value = core.getInput(name)
      if (value.trim() === '') continue
      actionsHost.mask(value)
      for (const line of value.split(/\r?\n/)) {
        if (line.trim() !== '' && !line.startsWith('-----')) actionsHost.mask(line.trim())
      }
    }
    const config = readConfig((name) => core.getInput(name), process.env)
    await issue(config, actionsHost, {
      env: process.env,
      // loaded only when the artifact store runs: the client is large, and most runs never need it
      artifactUploader: async () => new (await import('@actions/artifact')).DefaultArtifactClient(),
    })
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
