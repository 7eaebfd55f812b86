// The action's main step: inputs in, certificate out; the only place that reads the runner's inputs.

import * as core from '@actions/core'
import { type Config, ConfigError, readConfig, SECRET_INPUTS } from '../config/index.js'
import { maskPem } from '../host.js'
import { PULL_REQUEST_TARGET_WARNING, type RunEvent, secretlessNotice, secretlessRun } from './event.js'
import { actionsHost, fail, notice } from './host.js'

export async function run(): Promise<void> {
  try {
    for (const name of SECRET_INPUTS) {
      const value = core.getInput(name)
      if (value.trim() === '') continue
      maskPem(actionsHost, value)
    }
    const mode = core.getInput('mode').trim().toLowerCase()
    if (mode === 'plan') {
      const { planFleet } = await import('../modes/fleet.js')
      await planFleet(actionsHost, {
        getInput: (name) => core.getInput(name),
        env: process.env,
        context: { host: actionsHost, env: process.env, github: githubFor },
      })
      return
    }
    if ((mode === '' || mode === 'issue') && core.getInput('certificates').trim() !== '') {
      const { issueFleet } = await import('../modes/fleet-issue.js')
      await issueFleet(actionsHost, {
        getInput: (name) => core.getInput(name),
        env: process.env,
        context: { host: actionsHost, env: process.env, github: githubFor, artifactUploader },
        artifactUploader,
        github: githubFor,
      })
      return
    }
    let config: Config
    try {
      config = readConfig((name) => core.getInput(name), process.env)
    } catch (error) {
      // An input that is wrong besides the credentials fails whatever the event.
      if (
        error instanceof ConfigError &&
        error.missingCredentials !== undefined &&
        error.problems.length === 1 &&
        (await skippedWithoutSecrets(error.missingCredentials))
      )
        return
      throw error
    }
    // a provider that may find credentials on the machine (route53's AWS chain) makes none for such a run either
    if (config.missingCredentials !== undefined && (await skippedWithoutSecrets(config.missingCredentials)))
      return
    if (process.env.GITHUB_EVENT_NAME === 'pull_request_target')
      actionsHost.warning(PULL_REQUEST_TARGET_WARNING)
    // Loaded once the inputs are good: a bad input fails before the pipeline's code is even read.
    const { run: runPipeline } = await import('../modes/issue.js')
    await runPipeline(config, actionsHost, {
      env: process.env,
      artifactUploader,
      github: githubFor,
    })
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
}

/**
 * A pull request from a fork (or Dependabot) gets no secrets: that is no failure of the workflow, and the step ends
 * with a notice. Only then is the event read (its reader is large).
 */
async function skippedWithoutSecrets(missing: string): Promise<boolean> {
  const why = secretlessRun(await runEvent())
  if (why === undefined) return false
  notice(secretlessNotice(why, missing))
  core.setOutput('issued', 'false')
  core.setOutput('reason', `no credentials: ${why}`)
  return true
}

/** The event, read through @actions/github's context, loaded only on the path that needs it. */
async function runEvent(): Promise<RunEvent> {
  const { context } = await import('@actions/github')
  return { name: context.eventName, actor: context.actor, payload: context.payload as RunEvent['payload'] }
}

/** The runner's artifact service, loaded only when the artifact store runs: the client is large. */
async function artifactUploader() {
  return new (await import('@actions/artifact')).DefaultArtifactClient()
}

/** GitHub's REST API for a destination, loaded only when one runs. */
async function githubFor(token: string) {
  return (await import('../github/api.js')).githubApi(token, process.env, {
    log: (message) => actionsHost.info(message),
  })
}
