// End to end: twelve names whose challenges all go to one alias owner, more values than Pebble can read in one
// 512-byte answer. certalias validates them in batches that fit, and the order is finalized once.
import { X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { bedInputs, rfc2136Env, topology, txtAt } from '../support/bed.js'
import { runAction } from '../support/run-action.js'

const domain = topology.MANY_NAMES.join(', ')

describe('many names on one alias owner', () => {
  it('auto: validates in batches that fit a 512-byte answer, and issues one certificate for all twelve', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain, dns_provider: 'rfc2136' }),
      env: await rfc2136Env(),
    })
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs.issued).toBe('true')
    const sans =
      new X509Certificate(await readFile(run.outputs.certificate_path as string)).subjectAltName ?? ''
    expect(sans.split(', ').sort()).toEqual(topology.MANY_NAMES.map((n) => `DNS:${n}`).sort())
    // 12 values, at most 7 in one answer: two batches
    expect(run.stdout).toContain(`Batches: ${topology.MANY_OWNER}: 2`)
    expect(run.stdout).toMatch(
      /TXT written: _acme-challenge\.many\.validation\.bind\.test .*batch 2, \d value\(s\)/,
    )
    expect(run.summary).toContain('**Batches at \\_acme-challenge.many.validation.bind.test:** 2')
    expect(await txtAt(topology.BIND, topology.MANY_OWNER)).toEqual([])
  })

  it('txt_batch_size 5 runs three batches; 0 puts all twelve in one answer, which Pebble cannot read', async () => {
    const five = await runAction({
      inputs: bedInputs({ domain, dns_provider: 'rfc2136', txt_batch_size: '5' }),
      env: await rfc2136Env(),
    })
    expect(five.code, five.stdout).toBe(0)
    expect(five.stdout).toContain(`Batches: ${topology.MANY_OWNER}: 3`)

    const unlimited = await runAction({
      inputs: bedInputs({ domain, dns_provider: 'rfc2136', txt_batch_size: '0' }),
      env: await rfc2136Env(),
    })
    expect(unlimited.code).toBe(1)
    expect(unlimited.stdout).toMatch(/::error::.*(invalid|unauthorized|No TXT record)/i)
    expect(await txtAt(topology.BIND, topology.MANY_OWNER)).toEqual([])
  })

  it('auto: two runs started together on the owner are both issued: one that finds the answer overfull takes its batch back and waits for room', async () => {
    const env = await rfc2136Env()
    const runs = await Promise.all(
      [1, 2].map(() =>
        runAction({ inputs: bedInputs({ domain, dns_provider: 'rfc2136', propagation_timeout: '60' }), env }),
      ),
    )
    for (const run of runs) {
      expect(run.code, run.stdout).toBe(0)
      expect(run.outputs.issued).toBe('true')
    }
    expect(await txtAt(topology.BIND, topology.MANY_OWNER)).toEqual([])
  }, 120_000)
})
