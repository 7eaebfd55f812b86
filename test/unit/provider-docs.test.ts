// The README's provider table and docs/providers/*.md are generated from the descriptors; this fails when they
// are stale. `npm run generate` (UPDATE_DOCS=1) rewrites them.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROVIDERS } from '../../src/providers/all.js'
import { descriptorsModule, providerPage, withProviderTable } from '../../src/providers/docs.js'
import { createProvider, DESCRIPTORS } from '../../src/providers/index.js'

const root = resolve(import.meta.dirname, '../..')
const update = process.env.UPDATE_DOCS === '1'
const descriptors = Object.values(PROVIDERS).map((m) => m.descriptor)

describe('generated provider docs', () => {
  it('has a docs page per provider, as the descriptor makes it, and no page for an unknown provider', async () => {
    const dir = join(root, 'docs', 'providers')
    if (update) {
      const stale = (await readdir(dir).catch(() => [])).filter((f) => !PROVIDERS[f.replace(/\.md$/, '')])
      await Promise.all(stale.map((f) => rm(join(dir, f))))
      await Promise.all(descriptors.map((d) => writeFile(join(dir, `${d.id}.md`), providerPage(d))))
    }
    expect((await readdir(dir)).sort()).toEqual(descriptors.map((d) => `${d.id}.md`).sort())
    for (const d of descriptors) {
      expect(await readFile(join(dir, `${d.id}.md`), 'utf8'), `docs/providers/${d.id}.md is stale`).toBe(
        providerPage(d),
      )
    }
  })

  it("has the README's provider table as the descriptors make it", async () => {
    const path = join(root, 'README.md')
    const readme = await readFile(path, 'utf8')
    const expected = withProviderTable(readme, descriptors)
    if (update) await writeFile(path, expected)
    expect(readme, 'README.md provider table is stale: npm run generate').toBe(update ? readme : expected)
  })

  it('lists the accepted values of every setting with a fixed set on its page', () => {
    const fixed = descriptors.flatMap((d) =>
      [...d.credentials, ...d.settings].flatMap((s) => (s.values ? [{ d, s, values: s.values }] : [])),
    )
    expect(fixed.map(({ s }) => s.env)).toEqual(
      expect.arrayContaining(['RFC2136_TSIG_ALGORITHM', 'OVH_ENDPOINT']),
    )
    for (const { d, s, values } of fixed) {
      const row = providerPage(d)
        .split('\n')
        .find((line) => line.startsWith(`| \`${s.env}\``))
      expect(row, `${d.id}: ${s.env}`).toContain(
        values.length > 0 ? `one of ${values.map((v) => `\`${v}\``).join(', ')}` : 'leave it unset',
      )
    }
  })

  it('describes every provider completely: secrets marked, docs linked, least-privilege advice given', () => {
    for (const d of descriptors) {
      expect(d.id).toMatch(/^[a-z0-9-]+$/)
      expect(d.docs).toMatch(/^https:\/\//)
      expect(d.leastPrivilege.length).toBeGreaterThan(40)
      expect(d.credentials.length + d.settings.length).toBeGreaterThan(0)
      const names = [...d.credentials, ...d.settings].flatMap((s) => [s.env, ...(s.aliases ?? [])])
      // every HTTP provider can be pointed elsewhere (self-hosted, proxy, tests); rfc2136 and exec speak no HTTP
      if (!['rfc2136', 'exec'].includes(d.id)) {
        expect(
          names.some((n) => n.endsWith('_API_URL')),
          `${d.id} has no <PREFIX>_API_URL`,
        ).toBe(true)
      }
      expect(new Set(names).size, `${d.id} lists a variable twice`).toBe(names.length)
      for (const s of [...d.credentials, ...d.settings]) {
        expect(s.env).toMatch(/^[A-Z][A-Z0-9_]+$/)
        for (const alias of s.aliases ?? []) expect(alias).toMatch(/^[A-Z][A-Z0-9_]+$/)
        if (/(TOKEN|SECRET|PASSWORD|_KEY)$/.test(s.env) && !/_KEY_ID$|_TSIG_KEY$/.test(s.env)) {
          expect(s.secret, `${d.id}: ${s.env} looks like a secret`).toBe(true)
        }
      }
    }
  })

  it('has src/providers/descriptors.ts as the descriptors make it, and loads each provider by its id', async () => {
    const path = join(root, 'src', 'providers', 'descriptors.ts')
    if (update) await writeFile(path, descriptorsModule(descriptors))
    expect(await readFile(path, 'utf8'), 'src/providers/descriptors.ts is stale: npm run generate').toBe(
      descriptorsModule(descriptors),
    )
    expect(Object.keys(DESCRIPTORS).sort()).toEqual(Object.keys(PROVIDERS).sort())
    const host = { mask: () => {} } as never
    for (const id of Object.keys(PROVIDERS)) {
      // a provider that refuses an empty environment was still found and loaded: its own words say so
      const loaded = await createProvider(id, { env: {}, host, resolvers: [] }).then(
        (provider) => provider.id,
        (error: Error) => (/unknown DNS provider/.test(error.message) ? 'unknown' : id),
      )
      expect(loaded, id).toBe(id)
    }
    await expect(createProvider('nope', { env: {}, host, resolvers: [] })).rejects.toThrow(
      /unknown DNS provider "nope"/,
    )
  })

  it("gives a descriptor's notes a section of their own, and none when it has no notes", () => {
    const base = descriptors.find((d) => d.notes === undefined) as (typeof descriptors)[number]
    expect(providerPage(base)).not.toContain('## Notes')
    const page = providerPage({ ...base, notes: 'Set `propagation_timeout: 1800`.' })
    expect(page).toContain('## Notes\n\nSet `propagation_timeout: 1800`.\n\n## Example')
  })
})
