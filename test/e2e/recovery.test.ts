// A run that dies or stalls after writing: only our values are removed, by the step itself or by the post step.
// The alias zone stall.test lists a second name server that never answers, so propagation never completes.
import { describe, expect, it } from 'vitest'
import { openBed, restartPebble } from '../bed/bed.mjs'
import { bedInputs, rfc2136Env, topology, txtAt } from '../support/bed.js'
import { runAction, runPost, startAction } from '../support/run-action.js'

const STALL_OWNER = '_acme-challenge.stall.test'

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('cleanup after a crash', () => {
  it('removes in the post step exactly the values a killed main step wrote, and keeps the others', async () => {
    const inputs = bedInputs({
      domain: 'crash.example.test',
      dns_provider: 'rfc2136',
      propagation_timeout: '120',
    })
    const env = await rfc2136Env()
    const started = await startAction({ inputs, env })
    // wait until the value is really in the alias zone, then kill the main step as a cancelled job would
    const written = await until('the challenge value at the stall owner', async () => {
      const values = await txtAt(topology.BIND, STALL_OWNER)
      return values.length > 1 ? values.filter((v) => v !== 'keep-me-stall') : undefined
    })
    started.child.kill('SIGKILL')
    const main = await started.done
    expect(main.signal).toBe('SIGKILL')
    expect(JSON.parse(main.state.records as string)).toEqual([
      { zone: 'stall.test', owner: STALL_OWNER, values: written },
    ])
    expect(await txtAt(topology.BIND, STALL_OWNER)).toEqual(['keep-me-stall', ...written].sort())

    const post = await runPost(main, { inputs, env })
    expect(post.code, post.stdout).toBe(0)
    expect(post.stdout).toContain(`Removing the challenge values this run left at ${STALL_OWNER}`)
    expect(await txtAt(topology.BIND, STALL_OWNER)).toEqual(['keep-me-stall'])
  })

  it('says which server lacks which value when propagation times out, and removes its values itself', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'crash.example.test', dns_provider: 'rfc2136', propagation_timeout: '1' }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    // the step removed its values itself, so it leaves the post step nothing to do
    expect(run.state.records).toBe('[]')
    expect(run.stdout).toMatch(/Not every authoritative server serves the challenge values after 1 s/)
    expect(run.stdout).toMatch(
      /ns3\.example\.test \(127\.0\.10\.9\) lacks "[A-Za-z0-9_-]{43}" at _acme-challenge\.stall\.test/,
    )
    expect(run.stdout).not.toMatch(/ns1\.example\.test \(127\.0\.10\.2\) lacks/)
    expect(run.stdout).not.toMatch(/Validation:/)
    expect(await txtAt(topology.BIND, STALL_OWNER)).toEqual(['keep-me-stall'])
  })
})

describe('an unreliable CA', () => {
  it('issues while Pebble rejects half of the good nonces', async () => {
    const bed = await openBed()
    await restartPebble(bed, { nonceReject: 50 })
    try {
      const run = await runAction({
        inputs: bedInputs({
          domain: 'example.test, *.example.test, www.example.test',
          dns_provider: 'rfc2136',
        }),
        env: await rfc2136Env(),
      })
      expect(run.code, run.stdout).toBe(0)
      expect(run.outputs.issued).toBe('true')
      // acme-client's log (debug lines) shows the rejected nonces it retried
      expect(run.stdout).toMatch(/::debug::Caught invalid nonce error, retrying/)
    } finally {
      await restartPebble(bed, { nonceReject: 0 })
    }
  })
})
