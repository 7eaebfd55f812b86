// The npm package: publishable, and installable from the repository itself (`npm install -g github:<owner>/certalias`)
// without building: the bundle is committed, and nothing is needed at run time.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  private?: boolean
  bin?: Record<string, string>
  files?: string[]
  scripts?: Record<string, string>
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

describe('the npm package', () => {
  it('can be published', () => {
    expect(manifest.private).toBeUndefined()
    expect(manifest.bin).toEqual({ certalias: 'bin/certalias.mjs' })
  })

  it('has no script npm runs when it installs the package from git, which would install the development tools', () => {
    // the scripts npm's git fetcher (pacote) prepares a package for: any of them makes it install every dependency
    const preparing = ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall']
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => preparing.includes(name))).toEqual([])
  })

  it('needs nothing installed at run time: the bundle holds every dependency', () => {
    // an optional or peer dependency is installed beside the package too (and a bin of it linked in a project)
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.optionalDependencies ?? {}).toEqual({})
    expect(manifest.peerDependencies ?? {}).toEqual({})
  })

  it('ships the bundle, its command, and the provider pages its messages point to', () => {
    expect(manifest.files).toEqual(expect.arrayContaining(['bin', 'dist', 'docs/providers', 'action.yml']))
  })
})
