// Many runs on one owner at once, as matrix jobs and concurrent workflows do: six runs of the real bundle,
// started together, one name each, every challenge at the same alias owner. Whatever the provider's write
// path (single values by RFC 2136, whole RRsets by the PowerDNS and deSEC APIs), every run must be issued,
// the value that was at the owner before must stay, and nothing of the runs may be left behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bedInputs, powerdnsEnv, rfc2136Env, topology, txtAt } from '../support/bed.js'
import { bindStore, type FakeApi, type SeenRequest } from '../support/fake-apis/common.js'
import { startFakeDesec } from '../support/fake-apis/desec.js'
import { type ActionRun, runAction } from '../support/run-action.js'

const { TOGETHER_NAMES, TOGETHER_OWNERS, PREEXISTING_TXT } = topology

/** Every run started at once, one name each; resolves when all have ended. */
function runTogether(names: readonly string[], provider: string, env: Record<string, string>) {
  return Promise.all(
    names.map((domain) =>
      runAction({
        // six runs share one owner and, on deSEC, one rate limit: give propagation room for their turns
        inputs: bedInputs({ domain, dns_provider: provider, propagation_timeout: '60' }),
        env,
      }),
    ),
  )
}

function expectAllIssued(runs: readonly ActionRun[], names: readonly string[]): void {
  runs.forEach((run, i) => {
    expect(run.code, `${names[i]}:\n${run.stdout}\n${run.stderr}`).toBe(0)
    expect(run.outputs.issued).toBe('true')
    expect(run.outputs.domains).toBe(names[i])
  })
}

describe('six runs started together on one owner', () => {
  it('through RFC 2136: all issued, the pre-existing value kept, nothing left behind', async () => {
    const owner = TOGETHER_OWNERS.bind
    const runs = await runTogether(TOGETHER_NAMES.bind, 'rfc2136', await rfc2136Env())
    expectAllIssued(runs, TOGETHER_NAMES.bind)
    expect(await txtAt(topology.BIND, owner)).toEqual([PREEXISTING_TXT[owner]])
  }, 120_000)

  it('through PowerDNS (each write replaces the whole RRset): all issued, the pre-existing value kept, nothing left behind', async () => {
    const owner = TOGETHER_OWNERS.pdns
    const runs = await runTogether(TOGETHER_NAMES.pdns, 'powerdns', powerdnsEnv())
    expectAllIssued(runs, TOGETHER_NAMES.pdns)
    expect(await txtAt(topology.PDNS, owner)).toEqual([PREEXISTING_TXT[owner]])
  }, 120_000)

  describe('through the deSEC API', () => {
    const token = 'desec-together-token'
    let api: FakeApi
    beforeAll(async () => {
      // deSEC's documented per-domain write limits hold (2 per second, 15 per minute)
      api = await startFakeDesec({
        token,
        zones: [topology.ZONES.bindAlias],
        bind: await bindStore(),
        minimumTtl: 60,
      })
    })
    afterAll(async () => api?.close())

    it('all issued within its write rate limits, the pre-existing value kept, nothing left behind', async () => {
      const owner = TOGETHER_OWNERS.bind
      const runs = await runTogether(TOGETHER_NAMES.bind, 'desec', {
        DESEC_TOKEN: token,
        DESEC_API_URL: api.apiUrl,
      })
      expectAllIssued(runs, TOGETHER_NAMES.bind)
      expect(await txtAt(topology.BIND, owner)).toEqual([PREEXISTING_TXT[owner]])
      const writes = api.requests.filter((r: SeenRequest) => r.method === 'PUT')
      // the fake enforced the limits: whatever it refused was waited out and written again after a fresh read
      expect(writes.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(12)
      expect(writes.every((r) => r.status === 200 || r.status === 429)).toBe(true)
    }, 150_000)
  })
})
