// The repository's own workflows are what users copy first: every action pinned by commit SHA, and every
// workflow and job saying which permissions its token has.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const dir = resolve(import.meta.dirname, '../../.github/workflows')
const workflows = readdirSync(dir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => ({
    name,
    workflow: parse(readFileSync(join(dir, name), 'utf8')) as {
      permissions?: unknown
      jobs: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }>
    },
  }))

describe('the repository workflows', () => {
  it('exist: CI and release', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(['ci.yml', 'release.yml'])
  })

  for (const { name, workflow } of workflows) {
    it(`${name}: pins every action by a full commit SHA`, () => {
      const uses = Object.values(workflow.jobs).flatMap((job) =>
        (job.steps ?? []).flatMap((s) => (s.uses ? [s.uses] : [])),
      )
      expect(uses.length).toBeGreaterThan(0)
      const unpinned = uses.filter((u) => !u.startsWith('./') && !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(u))
      expect(unpinned).toEqual([])
    })

    it(`${name}: declares permissions for the workflow and for every job`, () => {
      expect(workflow.permissions).toBeDefined()
      const without = Object.entries(workflow.jobs).filter(([, job]) => job.permissions === undefined)
      expect(without.map(([id]) => id)).toEqual([])
    })
  }

  it('release publishes the npm package with provenance on a version tag whose version package.json has', () => {
    const release = parse(readFileSync(join(dir, 'release.yml'), 'utf8')) as {
      on: { push: { tags: string[] } }
      jobs: Record<
        string,
        {
          needs?: string
          permissions?: Record<string, string>
          steps: { run?: string; env?: Record<string, string> }[]
        }
      >
    }
    expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
    const [id, publish] = Object.entries(release.jobs).find(([, job]) =>
      job.steps.some((step) => /npm publish/.test(step.run ?? '')),
    ) ?? ['', undefined]
    expect(publish, 'a job runs npm publish').toBeDefined()
    // after the release job, which checks that dist/ is what the sources build
    expect(publish?.needs).toBe('release')
    expect(publish?.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    const step = publish?.steps.find((s) => /npm publish/.test(s.run ?? ''))
    expect(step?.run).toMatch(/npm publish --provenance --access public/)
    expect(step?.env?.NODE_AUTH_TOKEN).toMatch(/^\$\{\{ secrets\.NPM_TOKEN \}\}$/)
    const checks = Object.values(release.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''))
    expect(
      checks.some((run) => /package\.json/.test(run) && /TAG/.test(run)),
      `${id}: the tag is checked`,
    ).toBe(true)
  })

  it('CI runs .ci/run, which calls the test command of the README', () => {
    const ci = readFileSync(join(dir, 'ci.yml'), 'utf8')
    expect(ci).toMatch(/run: bash \.ci\/run/)
    const run = readFileSync(resolve(dir, '../../.ci/run'), 'utf8')
    expect(run).toMatch(/^npm test$/m)
    expect(run).toMatch(/^npm run lint:workflows$/m)
  })
})
