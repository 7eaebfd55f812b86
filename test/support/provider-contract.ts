// The behaviours every provider owes its caller, proved against a stateful fake of its API: append keeps what is
// there, apex and wildcard values land together, remove takes only ours, a refused credential is named and never
// shown, a throttle is waited out, an owner with path characters reaches the API as one name, and a whole-set
// write that failed is never sent again as it was.
import { expect, it } from 'vitest'
import type { DnsProvider } from '../../src/providers/types.js'
import type { FakeReply, FakeRequest, FakeServer, MemoryZones } from './fake-apis/memory.js'
import type { RecordingHost } from './host.js'

export interface ContractRun {
  readonly zones: MemoryZones
  readonly fake: FakeServer
  readonly provider: DnsProvider
  readonly host: RecordingHost
  readonly sleeps: number[]
}

export interface Contract {
  /** The alias zone the fake's account holds. */
  readonly zone: string
  /** A fresh fake holding `zone`, and the provider against it with the good credentials plus `env`. */
  setup(env?: Record<string, string>): Promise<ContractRun>
  /** The TTL a record this provider creates gets when no TTL is set. */
  readonly defaultTtl: number
  /** A credential the API refuses, the secret that must not show, and what the error must say. */
  readonly badCredential: {
    readonly env: Record<string, string>
    readonly secret: string
    readonly error: RegExp
  }
  /** The API's answer to a caller over its rate limit. */
  readonly throttled: FakeReply
  /**
   * For an API whose write replaces the whole TXT set at an owner (src/providers/read-back.ts): which requests
   * are that write. The contract then proves that a write that failed is followed by a fresh read and merge.
   */
  readonly wholeSetWrite?: (request: FakeRequest) => boolean
  /** Which requests read that set again; default: a GET (an RPC-style API reads with a POST of its own). */
  readonly wholeSetRead?: (request: FakeRequest) => boolean
  /**
   * For an API whose paths hold the owner's name: a name that would be a step of the path (`..`) cannot be sent
   * at all, so the provider refuses it with this error before any write. Other path characters still get through.
   */
  readonly dotSegmentOwner?: RegExp
}

export function providerContract(contract: Contract): void {
  const { zone } = contract
  const owner = `_acme-challenge.${zone}`

  it('appends apex and wildcard values beside a value already there, keeping it, with the default TTL', async () => {
    const { zones, provider } = await contract.setup()
    zones.add(zone, owner, 'keep-me', 3600)
    await provider.append(zone, owner, ['keep-me', 'apex', 'wildcard'])
    expect(zones.values(owner)).toEqual(['apex', 'keep-me', 'wildcard'])
    // a record of its own gets the default TTL; a whole set keeps the TTL it has
    const ttls = new Map(zones.records(owner).map((r) => [r.value, r.ttl]))
    expect([contract.defaultTtl, 3600]).toContain(ttls.get('apex'))
    expect(ttls.get('wildcard')).toBe(ttls.get('apex'))
  })

  it('finds the zone walking up from an owner whose DNS zone the account does not hold, and writes the apex', async () => {
    const { zones, provider } = await contract.setup()
    await provider.append(`acme.${zone}`, `_acme-challenge.acme.${zone}`, ['deep'])
    await provider.append(zone, zone, ['at-apex'])
    expect(zones.values(`_acme-challenge.acme.${zone}`)).toEqual(['deep'])
    expect(zones.records(`_acme-challenge.acme.${zone}`)[0]?.zone).toBe(zone)
    expect(zones.records(`_acme-challenge.acme.${zone}`)[0]?.ttl).toBe(contract.defaultTtl)
    expect(zones.values(zone)).toEqual(['at-apex'])
  })

  it('removes only our values and leaves the others at the owner and elsewhere', async () => {
    const { zones, provider } = await contract.setup()
    zones.add(zone, owner, 'theirs')
    zones.add(zone, owner, 'ours')
    zones.add(zone, `www.${zone}`, 'ours')
    await provider.remove(zone, owner, ['ours', 'never-written'])
    expect(zones.values(owner)).toEqual(['theirs'])
    expect(zones.values(`www.${zone}`)).toEqual(['ours'])
  })

  it('leaves a value that is there already as it is, and asks nothing of a value already gone', async () => {
    const { zones, provider } = await contract.setup()
    const there = zones.add(zone, owner, 'there')
    await provider.append(zone, owner, ['there'])
    await provider.remove(zone, owner, ['gone'])
    expect(zones.records(owner)).toEqual([there])
  })

  it('fails on a refused credential naming the variable, and never shows the secret', async () => {
    const { provider, host } = await contract.setup(contract.badCredential.env)
    const error = await provider.append(zone, owner, ['v']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(contract.badCredential.error)
    expect((error as Error).message).not.toContain(contract.badCredential.secret)
    expect(host.masked).toContain(contract.badCredential.secret)
  })

  it('waits out a rate-limit answer and goes on', async () => {
    const { zones, fake, provider, sleeps } = await contract.setup()
    fake.interrupt(contract.throttled)
    await provider.append(zone, owner, ['v1'])
    expect(sleeps.length).toBeGreaterThanOrEqual(1)
    // the refused request was sent again, after the wait
    const [refused, again] = fake.requests
    expect([again?.method, again?.rawPath, again?.text]).toEqual([
      refused?.method,
      refused?.rawPath,
      refused?.text,
    ])
    expect(zones.values(owner)).toEqual(['v1'])
  })

  it('sends an owner with path characters (a%2f.., ..) as one name, never as a step in the path', async () => {
    const { zones, fake, provider } = await contract.setup()
    // relative to the zone: a%2f.., .. and b/..
    for (const name of [`a%2f...${zone}`, `...${zone}`, `b/...${zone}`]) {
      if (name === `...${zone}` && contract.dotSegmentOwner !== undefined) {
        await expect(provider.append(zone, name, ['v1']), name).rejects.toThrow(contract.dotSegmentOwner)
        expect(zones.values(name), name).toEqual([])
        continue
      }
      await provider.append(zone, name, ['v1'])
      expect(zones.values(name), name).toEqual(['v1'])
    }
    for (const request of fake.requests) {
      const segments = request.rawPath.split('/')
      expect(segments, request.rawPath).not.toContain('..')
      expect(segments, request.rawPath).not.toContain('.')
    }
  })

  const { wholeSetWrite, wholeSetRead = (request: FakeRequest) => request.method === 'GET' } = contract
  if (wholeSetWrite !== undefined) {
    it('after a 5xx on its whole-set write, reads the set again and merges, keeping the value another run wrote meanwhile', async () => {
      const { zones, fake, provider } = await contract.setup()
      zones.add(zone, owner, 'keep-me')
      let failed: FakeRequest | undefined
      fake.beforeEach((request) => {
        if (failed !== undefined || !wholeSetWrite(request)) return
        failed = request
        zones.add(zone, owner, 'theirs')
        fake.interrupt({ status: 502, body: { error: 'bad gateway' } })
      })
      await provider.append(zone, owner, ['ours'])
      expect(failed, 'no request was the whole-set write').toBeDefined()
      // the failed write sent again would have dropped the other run's value
      expect(zones.values(owner)).toEqual(['keep-me', 'ours', 'theirs'])
      const after = fake.requests.slice(fake.requests.indexOf(failed as FakeRequest) + 1)
      expect(
        after[0] !== undefined && wholeSetRead(after[0]),
        'the request after the failed write is no read',
      ).toBe(true)
      expect(after.filter((r) => r.rawPath === failed?.rawPath && r.text === failed?.text)).toEqual([])
    })
  }
}
