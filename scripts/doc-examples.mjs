// The fenced code blocks of README.md and docs/**/*.md, which the tests lint as what they are: a fence's info
// string is the language, then optionally the file the block is (```yaml .gitlab-ci.yml, ```ini certalias.timer).
// A yaml block that names no other file is a GitHub Actions workflow.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/**
 * @typedef {{ file: string, line: number, language: string, name: string, text: string }} DocExample
 *   `file` relative to the root, `line` of the opening fence (1-based), `name` the file the block is, or ''.
 */

/** @returns {Promise<DocExample[]>} */
export async function docExamples(root) {
  const files = ['README.md', ...(await markdownUnder(root, join(root, 'docs')))]
  const examples = []
  for (const file of files) examples.push(...fencedBlocks(file, await readFile(join(root, file), 'utf8')))
  return examples
}

/** A workflow: a yaml block that names no file, or one under .github/workflows. */
export function isWorkflow(example) {
  return example.language === 'yaml' && (example.name === '' || example.name.startsWith('.github/workflows/'))
}

/** @returns {DocExample[]} */
export function fencedBlocks(file, markdown) {
  const blocks = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S+)?\s*(\S*)\s*$/.exec(lines[i])
    if (open === null) continue
    const [, indent, language = '', name] = open
    const body = []
    let j = i + 1
    while (j < lines.length && !new RegExp(`^${indent}\`\`\`\\s*$`).test(lines[j])) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j])
      j++
    }
    blocks.push({ file, line: i + 1, language, name, text: `${body.join('\n')}\n` })
    i = j
  }
  return blocks
}

async function markdownUnder(root, dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const found = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await markdownUnder(root, path)))
    else if (entry.name.endsWith('.md')) found.push(relative(root, path))
  }
  return found
}
