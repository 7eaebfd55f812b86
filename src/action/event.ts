// What the workflow event says about this run: a pull request that GitHub gives no secrets, or one that runs
// with secrets on code it should not trust. Pure: the adapter reads the event (through @actions/github).

export interface RunEvent {
  /** GITHUB_EVENT_NAME, e.g. pull_request, pull_request_target, schedule. */
  readonly name?: string
  /** GITHUB_ACTOR: who started the run. */
  readonly actor?: string
  /** The webhook payload (GITHUB_EVENT_PATH). */
  readonly payload: {
    readonly pull_request?: {
      readonly number?: number
      readonly head?: { readonly repo?: { readonly full_name?: string } | null }
    }
    readonly repository?: { readonly full_name?: string }
  }
}

/** Events whose runs from a fork get no repository secrets. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment']

/** Why this run has no secrets by GitHub's rules, or undefined when it should have them. */
export function secretlessRun(event: RunEvent): string | undefined {
  if (!PULL_REQUEST_EVENTS.includes(event.name ?? '')) return undefined
  const head = event.payload.pull_request?.head?.repo?.full_name
  const base = event.payload.repository?.full_name
  const number = event.payload.pull_request?.number
  const pr = number === undefined ? 'a pull request' : `pull request #${number}`
  // a deleted fork has no head repository at all: still a fork
  if (event.payload.pull_request !== undefined && (head === undefined || head !== base)) {
    return `${pr} comes from ${head === undefined ? 'a fork' : `the fork ${head}`}`
  }
  if (event.actor === 'dependabot[bot]') return `${pr} was opened by Dependabot`
  return undefined
}

/** The notice of a run skipped for want of secrets: why, and the ways to a certificate. */
export function secretlessNotice(why: string, missing: string): string {
  return (
    `No certificate was made: ${why}, and GitHub gives such runs no secrets (${missing}). Nothing was ordered or ` +
    'written. To get one, a maintainer re-runs the workflow from a branch of this repository; or the workflow uses ' +
    '`pull_request_target`, which has the secrets but runs them next to untrusted code: never check out, build or ' +
    'run the pull request in that job.'
  )
}

export const PULL_REQUEST_TARGET_WARNING =
  'This run is pull_request_target: it has the repository secrets while the pull request may come from anyone. ' +
  'Never check out, build or run the pull request code in this job, or it can read them.'
