// prepareAll: before an order, each destination that must change to take the certificate does, or the run stops
// there; a refusal puts back what the others changed, and names every refusal.
import { describe, expect, it } from 'vitest'
import { prepareAll } from '../../src/stores/deliver.js'
import type { StoreModule } from '../../src/stores/types.js'
import { recordingHost } from '../support/host.js'

const context = { host: recordingHost(), env: {} }

/** A destination whose prepare does `prepare`, recording its undo. */
function destination(id: string, prepare: StoreModule['prepare'], undone: string[]) {
  const module: StoreModule = {
    id,
    inputs: [],
    readOptions: () => ({}),
    create: () => ({ id, deliver: async () => ({ destination: id }) }),
    ...(prepare && {
      prepare: async (options, ctx) => {
        const prepared = await prepare(options, ctx)
        return (
          prepared && {
            done: prepared.done,
            undo: async () => {
              undone.push(id)
              return prepared.undo()
            },
          }
        )
      },
    }),
  }
  return { module, options: {} }
}

const restored = async () => ({ done: 'restored it', undo: async () => 'deleted it again' })

describe('prepareAll', () => {
  it('says what each destination changed, and puts those back on undo; one with nothing to do changes nothing', async () => {
    const undone: string[] = []
    const prepared = await prepareAll(
      [
        destination('files', undefined, undone),
        destination('aws-secrets-manager', restored, undone),
        destination('azure-key-vault', async () => undefined, undone),
      ],
      context,
    )
    expect(prepared.done).toEqual(['aws-secrets-manager: restored it'])
    expect(undone).toEqual([])
    expect(await prepared.undo()).toEqual(['aws-secrets-manager: deleted it again'])
    expect(undone).toEqual(['aws-secrets-manager'])
  })

  it('a refusal stops the run before the order, names it, and puts back what the others changed', async () => {
    const undone: string[] = []
    const error = await prepareAll(
      [
        destination('aws-secrets-manager', restored, undone),
        destination(
          'azure-key-vault',
          async () => {
            throw new Error('azure-key-vault: certificate x is deleted: HTTP 403 needs certificates/recover')
          },
          undone,
        ),
      ],
      context,
    ).catch((e: Error) => e)
    expect((error as Error).message).toBe(
      'azure-key-vault: certificate x is deleted: HTTP 403 needs certificates/recover. Nothing was ordered: the ' +
        'certificate could not be stored there',
    )
    expect(undone).toEqual(['aws-secrets-manager'])
  })

  it('an undo that fails is said, never thrown over the run error', async () => {
    const prepared = await prepareAll(
      [
        destination(
          'aws-secrets-manager',
          async () => ({
            done: 'restored it',
            undo: async () => {
              throw new Error('AccessDenied')
            },
          }),
          [],
        ),
      ],
      context,
    )
    expect(await prepared.undo()).toEqual([
      'aws-secrets-manager: could not put back what it changed before the order (AccessDenied); the next run may find the old certificate there',
    ])
  })
})
