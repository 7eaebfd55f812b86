// The per-owner mutex providers use to keep read-merge-write cycles from overlapping.
import { describe, expect, it } from 'vitest'
import { KeyedMutex, ownerKey } from '../../src/providers/serialize.js'

/** A task that logs its start and end around a wait the test releases. */
function gatedTask(log: string[], name: string) {
  let open!: () => void
  const gate = new Promise<void>((resolve) => {
    open = resolve
  })
  const task = async () => {
    log.push(`${name} start`)
    await gate
    log.push(`${name} end`)
    return name
  }
  return { task, open }
}

describe('KeyedMutex', () => {
  it('runs tasks for one key one after the other, in call order', async () => {
    const mutex = new KeyedMutex()
    const log: string[] = []
    const first = gatedTask(log, 'first')
    const second = gatedTask(log, 'second')

    const results = Promise.all([mutex.run('k', first.task), mutex.run('k', second.task)])
    await new Promise((resolve) => setImmediate(resolve))
    expect(log).toEqual(['first start'])
    first.open()
    second.open()

    expect(await results).toEqual(['first', 'second'])
    expect(log).toEqual(['first start', 'first end', 'second start', 'second end'])
  })

  it('runs tasks for different keys at the same time', async () => {
    const mutex = new KeyedMutex()
    const log: string[] = []
    const a = gatedTask(log, 'a')
    const b = gatedTask(log, 'b')

    const results = Promise.all([mutex.run('a', a.task), mutex.run('b', b.task)])
    await new Promise((resolve) => setImmediate(resolve))
    expect(log).toEqual(['a start', 'b start'])
    a.open()
    b.open()
    await results
  })

  it('lets the next task run after one fails, and forgets keys with nothing queued', async () => {
    const mutex = new KeyedMutex()

    const failing = mutex.run('k', async () => {
      throw new Error('write failed')
    })
    const next = mutex.run('k', async () => 'ran')

    await expect(failing).rejects.toThrow('write failed')
    await expect(next).resolves.toBe('ran')
    expect(mutex.size).toBe(0)
  })
})

describe('ownerKey', () => {
  it('treats names differing only in case or a trailing dot as the same owner', () => {
    expect(ownerKey('Validation.Example.org.', '_ACME-challenge.validation.example.org')).toBe(
      ownerKey('validation.example.org', '_acme-challenge.validation.example.org.'),
    )
  })
})
