// The shape of src/ that the README's "Where things are" describes: no import circle, the adapters the only code
// that knows GitHub, and the parts that must stay apart kept apart. Imports are read from the sources as text
// (static, type-only, re-exports and dynamic import() alike), so a circle through a type counts too.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = resolve(import.meta.dirname, '../../src')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : []
  })
}

/** Each file (relative to src/) with what it imports: other files of src/, and packages by name. */
function importGraph(): Map<string, { files: string[]; packages: string[] }> {
  const graph = new Map<string, { files: string[]; packages: string[] }>()
  for (const path of sources(src)) {
    const text = readFileSync(path, 'utf8')
    const files: string[] = []
    const packages: string[] = []
    const pattern =
      /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
    for (const match of text.matchAll(pattern)) {
      const spec = (match[1] ?? match[2]) as string
      if (spec.startsWith('.'))
        files.push(relative(src, resolve(dirname(path), spec.replace(/\.js$/, '.ts'))))
      else if (!spec.startsWith('node:')) packages.push(spec)
    }
    graph.set(relative(src, path), { files, packages })
  }
  return graph
}

/** The import circles: each a list of files that reach one another (Tarjan's strongly connected components). */
function circles(graph: Map<string, { files: string[] }>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (file: string) => {
    index.set(file, counter)
    low.set(file, counter++)
    stack.push(file)
    onStack.add(file)
    for (const next of graph.get(file)?.files ?? []) {
      if (!graph.has(next)) continue
      if (!index.has(next)) {
        visit(next)
        low.set(file, Math.min(low.get(file) as number, low.get(next) as number))
      } else if (onStack.has(next))
        low.set(file, Math.min(low.get(file) as number, index.get(next) as number))
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop() as string
        onStack.delete(member)
        component.push(member)
      } while (member !== file)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return found
}

const graph = importGraph()
const folder = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file)

/** Every import of a file in `from` that reaches a file in `to`, as "a -> b". */
function crossings(from: (file: string) => boolean, to: (file: string) => boolean): string[] {
  return [...graph].flatMap(([file, { files }]) =>
    from(file) ? files.filter(to).map((target) => `${file} -> ${target}`) : [],
  )
}

describe('the layout of src/', () => {
  it('reads every source file and its imports (the checks below have something to check)', () => {
    expect(graph.size).toBeGreaterThan(100)
    expect(graph.get('modes/order.ts')?.files).toContain('pipeline/plan.ts')
  })

  it('has no import circle, through types and dynamic imports too', () => {
    expect(circles(graph)).toEqual([])
  })

  it('finds a circle when there is one (the check itself works)', () => {
    const looped = new Map([
      ['a.ts', { files: ['b.ts'] }],
      ['b.ts', { files: ['c.ts'] }],
      ['c.ts', { files: ['a.ts'] }],
      ['d.ts', { files: ['a.ts'] }],
    ])
    expect(circles(looped)).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })

  it("lets only the action adapter, and GitHub's REST client the adapters share, import @actions/*", () => {
    const knowGitHub = [...graph]
      .filter(([, { packages }]) => packages.some((p) => p.startsWith('@actions/')))
      .map(([file]) => file)
      .filter((file) => !['action', 'github'].includes(folder(file)))
    expect(knowGitHub).toEqual([])
  })

  it('keeps the command line and the action adapter apart', () => {
    expect(
      crossings(
        (f) => folder(f) === 'cli',
        (f) => folder(f) === 'action',
      ),
    ).toEqual([])
    expect(
      crossings(
        (f) => folder(f) === 'action',
        (f) => folder(f) === 'cli',
      ),
    ).toEqual([])
  })

  it('keeps stores and DNS providers independent of each other', () => {
    expect(
      crossings(
        (f) => folder(f) === 'stores',
        (f) => folder(f) === 'providers',
      ),
    ).toEqual([])
    expect(
      crossings(
        (f) => folder(f) === 'providers',
        (f) => folder(f) === 'stores',
      ),
    ).toEqual([])
    expect(
      crossings(
        (f) => folder(f) === 'clouds',
        (f) => folder(f) === 'providers',
      ),
    ).toEqual([])
    // and the core reaches GitHub only through the StoreContext the adapters fill
    const core = (f: string) => !['action', 'cli', 'github', 'index.ts'].includes(folder(f))
    expect(crossings(core, (f) => ['action', 'cli', 'github'].includes(folder(f)))).toEqual([])
  })

  it('keeps the libraries (acme, dns, http, names, pki) free of the configuration, the modes and the pipeline', () => {
    const library = (f: string) => ['acme', 'dns', 'http', 'names', 'pki'].includes(folder(f))
    const application = (f: string) => ['config', 'modes', 'pipeline', 'action', 'cli'].includes(folder(f))
    expect(crossings(library, application)).toEqual([])
  })
})
