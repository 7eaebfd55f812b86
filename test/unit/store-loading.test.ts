// A run with a bad input must fail without reading the stores' code: the registry loads a destination's
// implementation only when the destination is used. Each mock below passes the real module through and notes that
// it was read; this file imports no implementation itself.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it, vi } from 'vitest'
import { ALL_INPUTS } from '../../src/config/all-inputs.js'
import { ConfigError, readConfig } from '../../src/config/index.js'
import { STORES } from '../../src/stores/index.js'
import { recordingHost } from '../support/host.js'
import { madeBundle } from '../support/store-under-test.js'

const { loaded, noting } = vi.hoisted(() => {
  const loaded: string[] = []
  /** A mock factory that notes `id` and hands back the real module. */
  const noting =
    (id: string) =>
    <T>(original: () => Promise<T>): Promise<T> => {
      loaded.push(id)
      return original()
    }
  return { loaded, noting }
})
vi.mock(import('../../src/stores/artifact/index.js'), noting('artifact'))
vi.mock(import('../../src/stores/aws-acm/index.js'), noting('aws-acm'))
vi.mock(import('../../src/stores/aws-secrets-manager/index.js'), noting('aws-secrets-manager'))
vi.mock(import('../../src/stores/azure-key-vault/index.js'), noting('azure-key-vault'))
vi.mock(import('../../src/stores/files/index.js'), noting('files'))
vi.mock(import('../../src/stores/gcp-secret-manager/index.js'), noting('gcp-secret-manager'))
vi.mock(import('../../src/stores/github-secrets/index.js'), noting('github-secrets'))
vi.mock(import('../../src/stores/vault/index.js'), noting('vault'))

it("lists and checks every store's inputs, and fails on bad ones, without loading an implementation", () => {
  // the command line's list of inputs (imported above) comes from the declarations too
  expect(ALL_INPUTS.map((input) => input.name)).toContain('vault_addr')
  const inputs: Record<string, string> = {
    domain: 'example.com',
    dns_provider: 'rfc2136',
    store: STORES.map((store) => store.id).join(', '),
    artifact_recipient: 'age1nope',
    vault_addr: 'not a url',
  }
  expect(() => readConfig((name) => inputs[name] ?? '', {})).toThrow(ConfigError)
  expect(loaded).toEqual([])
})

it('loads the implementation of the store a delivery uses, and no other', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'certalias-loading-'))
  try {
    const made = await madeBundle(['example.com'])
    const files = STORES.find((store) => store.id === 'files')
    await files
      ?.create({}, { host: recordingHost(), env: {} })
      .deliver({ ...made, files: { ...made.files, directory } })
    expect(loaded).toEqual(['files'])
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
})
