// The registry holds each destination's declaration and loads its code only when the destination is used, so that a
// run with a bad input never reads the stores' code. Its entries must still behave as the implementations do.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactStore } from '../../src/stores/artifact/index.js'
import { awsAcmStore } from '../../src/stores/aws-acm/index.js'
import { awsSecretsManagerStore } from '../../src/stores/aws-secrets-manager/index.js'
import { azureKeyVaultStore } from '../../src/stores/azure-key-vault/index.js'
import { filesStore } from '../../src/stores/files/index.js'
import { gcpSecretManagerStore } from '../../src/stores/gcp-secret-manager/index.js'
import { githubSecretsStore } from '../../src/stores/github-secrets/index.js'
import { lazyStore, STORES } from '../../src/stores/index.js'
import type {
  CertificateBundle,
  StoreContext,
  StoreDeclaration,
  StoreModule,
} from '../../src/stores/types.js'
import { vaultStore } from '../../src/stores/vault/index.js'
import { recordingHost } from '../support/host.js'
import { madeBundle } from '../support/store-under-test.js'

const IMPLEMENTATIONS: readonly StoreModule[] = [
  filesStore,
  artifactStore,
  githubSecretsStore,
  vaultStore,
  awsAcmStore,
  awsSecretsManagerStore,
  azureKeyVaultStore,
  gcpSecretManagerStore,
]

let work: string
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'certalias-registry-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('store registry', () => {
  it('lists every implementation, in the order they run, files first', () => {
    expect(STORES.map((s) => s.id)).toEqual(IMPLEMENTATIONS.map((s) => s.id))
    expect(STORES[0]?.id).toBe('files')
  })

  describe.each(IMPLEMENTATIONS.map((implementation) => [implementation.id, implementation] as const))(
    '%s',
    (id, implementation) => {
      const entry = STORES.find((s) => s.id === id) as StoreModule

      it('has the id, inputs and readOptions of its implementation', () => {
        expect(entry.id).toBe(implementation.id)
        expect(entry.inputs).toEqual(implementation.inputs)
        expect(entry.readOptions).toBe(implementation.readOptions)
      })

      it('offers readCurrent and remove exactly when its implementation has them', () => {
        expect('readCurrent' in entry).toBe(implementation.readCurrent !== undefined)
        expect('remove' in entry).toBe(implementation.remove !== undefined)
      })
    },
  )

  it('delivers through the implementation: files writes cert.pfx in the output directory and masks the password', async () => {
    const entry = STORES.find((s) => s.id === 'files') as StoreModule
    const host = recordingHost()
    const directory = mkdtempSync(join(work, 'out-'))
    const made = await madeBundle(['example.com'])
    const bundle: CertificateBundle = {
      ...made,
      files: {
        directory,
        certificatePath: join(directory, 'cert.pem'),
        chainPath: join(directory, 'chain.pem'),
        fullchainPath: join(directory, 'fullchain.pem'),
        privateKeyPath: join(directory, 'privkey.pem'),
      },
    }
    const options = entry.readOptions((name) => (name === 'pfx_password' ? 'pfx-s3cret' : ''), {})
    const delivery = await entry.create(options, { host, env: {} }).deliver(bundle)
    expect(delivery.outputs).toEqual({ pfx_path: join(directory, 'cert.pfx') })
    expect(existsSync(join(directory, 'cert.pfx'))).toBe(true)
    expect(host.masked).toContain('pfx-s3cret')
  })

  it("delivers through the implementation with the run's context: artifact uploads to the context's service", async () => {
    const entry = STORES.find((s) => s.id === 'artifact') as StoreModule
    const uploads: { name: string; files: string[] }[] = []
    const context: StoreContext = {
      host: recordingHost(),
      env: { RUNNER_TEMP: work },
      artifactUploader: async () => ({
        uploadArtifact: async (name, files) => {
          uploads.push({ name, files: files.map((file) => basename(file)) })
          return { id: 42 }
        },
      }),
    }
    const delivery = await entry
      .create(
        entry.readOptions(() => '', {}),
        context,
      )
      .deliver(await madeBundle(['example.com']))
    expect(uploads).toEqual([
      { name: 'certificate-example.com', files: ['cert.pem', 'chain.pem', 'fullchain.pem'] },
    ])
    expect(delivery.outputs).toEqual({ artifact_name: 'certificate-example.com', artifact_id: '42' })
  })
})

describe('lazyStore', () => {
  interface FakeOptions {
    readonly n: number
  }
  const declaration: StoreDeclaration<FakeOptions> = {
    id: 'fake',
    inputs: [{ name: 'fake_n', description: 'a number' }],
    readOptions: (getInput) => ({ n: Number(getInput('fake_n')) }),
    readsCurrent: true,
    removes: true,
  }
  const context: StoreContext = { host: recordingHost(), env: {} }

  function fake(implementation: Partial<StoreModule<FakeOptions>> = {}) {
    const seen: { options: FakeOptions; context: StoreContext }[] = []
    let loads = 0
    const entry = lazyStore(declaration, async () => {
      loads++
      return {
        ...declaration,
        create: (options, context) => {
          seen.push({ options, context })
          return { id: 'fake', deliver: async () => ({ destination: `fake ${options.n}` }) }
        },
        readCurrent: async (options) => ({ certificate: 'PEM', source: `fake ${options.n}` }),
        remove: async (options, _context, revoked) => ({
          removed: `removed ${options.n}: ${revoked.serial}`,
        }),
        ...implementation,
      }
    })
    return { entry, seen, loads: () => loads }
  }

  it('reads options and makes a store without loading the implementation', () => {
    const { entry, loads } = fake()
    const options = entry.readOptions(() => '7', {})
    expect(options).toEqual({ n: 7 })
    expect(entry.create(options, context).id).toBe('fake')
    expect(loads()).toBe(0)
  })

  it('loads the implementation once, on first use, and hands it the options and the context', async () => {
    const { entry, seen, loads } = fake()
    const store = entry.create({ n: 7 }, context)
    expect(await store.deliver({} as CertificateBundle)).toEqual({ destination: 'fake 7' })
    expect(await store.deliver({} as CertificateBundle)).toEqual({ destination: 'fake 7' })
    expect(await entry.readCurrent?.({ n: 8 }, context)).toEqual({ certificate: 'PEM', source: 'fake 8' })
    expect(await entry.remove?.({ n: 9 }, context, { serial: '0a', names: ['example.com'] })).toEqual({
      removed: 'removed 9: 0a',
    })
    expect(loads()).toBe(1)
    // one store per create, as the implementation's own create would make
    expect(seen).toEqual([{ options: { n: 7 }, context }])
  })

  it('leaves out readCurrent, remove and prepare when the declaration says the implementation has none', () => {
    const entry = lazyStore({ ...declaration, readsCurrent: false, removes: false }, async () => {
      throw new Error('not loaded')
    })
    expect(entry).not.toHaveProperty('readCurrent')
    expect(entry).not.toHaveProperty('remove')
    expect(entry).not.toHaveProperty('prepare')
  })

  it('hands prepare to the implementation when the declaration says it has one', async () => {
    const undo = async () => 'put back'
    const entry = lazyStore({ ...declaration, prepares: true }, async () => ({
      ...declaration,
      create: () => ({ id: 'fake', deliver: async () => ({ destination: 'fake' }) }),
      prepare: async (options: FakeOptions) => ({ done: `prepared ${options.n}`, undo }),
    }))
    expect(await entry.prepare?.({ n: 3 }, context)).toEqual({ done: 'prepared 3', undo })
  })

  it('fails a call the declaration promises but the implementation lacks, naming the store', async () => {
    const { entry } = fake({ readCurrent: undefined })
    await expect(entry.readCurrent?.({ n: 1 }, context)).rejects.toThrow(
      /store fake: its declaration promises readCurrent/,
    )
  })
})
