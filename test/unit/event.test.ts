// Which runs GitHub gives no secrets: pull requests from forks and from Dependabot, and nothing else.
import { describe, expect, it } from 'vitest'
import { type RunEvent, secretlessNotice, secretlessRun } from '../../src/action/event.js'

const pr = (head: string | undefined, name = 'pull_request', actor = 'octocat'): RunEvent => ({
  name,
  actor,
  payload: {
    pull_request: { number: 12, head: { repo: head === undefined ? null : { full_name: head } } },
    repository: { full_name: 'octo/app' },
  },
})

describe('runs without secrets', () => {
  const cases: [string, RunEvent, string | undefined][] = [
    ['a pull request from a branch of the repository', pr('octo/app'), undefined],
    ['a pull request from a fork', pr('mallory/app'), 'pull request #12 comes from the fork mallory/app'],
    [
      'a review on a fork pull request',
      pr('mallory/app', 'pull_request_review'),
      'pull request #12 comes from the fork mallory/app',
    ],
    ['a pull request whose fork was deleted', pr(undefined), 'pull request #12 comes from a fork'],
    [
      'a Dependabot pull request',
      pr('octo/app', 'pull_request', 'dependabot[bot]'),
      'pull request #12 was opened by Dependabot',
    ],
    [
      'pull_request_target from a fork (it has the secrets)',
      pr('mallory/app', 'pull_request_target'),
      undefined,
    ],
    ['a push', { name: 'push', payload: {} }, undefined],
    [
      'a schedule started by Dependabot',
      { name: 'schedule', actor: 'dependabot[bot]', payload: {} },
      undefined,
    ],
  ]
  for (const [what, event, why] of cases) {
    it(`${what}: ${why ?? 'has secrets'}`, () => expect(secretlessRun(event)).toBe(why))
  }

  it('the notice says why, what is missing, and the two ways to a certificate', () => {
    const notice = secretlessNotice('pull request #12 comes from the fork mallory/app', 'DESEC_TOKEN')
    expect(notice).toMatch(
      /^No certificate was made: pull request #12 comes from the fork mallory\/app, .*\(DESEC_TOKEN\)/,
    )
    expect(notice).toContain('re-runs the workflow from a branch of this repository')
    expect(notice).toMatch(/pull_request_target.*never check out, build or run the pull request/)
  })
})
