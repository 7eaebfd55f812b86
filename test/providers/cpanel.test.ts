// cPanel and WHM against a fake that keeps each zone's lines and SOA serial: the contract in both modes, one mass
// edit per change, and the serial that keeps a write from landing on a zone changed since it was read.
import { describe, expect, it } from 'vitest'
import { cpanel } from '../../src/providers/cpanel/index.js'
import { type FakeCpanelOptions, startFakeCpanel } from '../support/fake-apis/cpanel.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { recordingHost } from '../support/host.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const USER = 'aliaszone'
const TOKEN = 'CPANELTOKEN0123456789ABCDEFGHIJ'
const WRONG = 'NOT0THE0TOKEN0000000000000000000'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}, options: Partial<FakeCpanelOptions> = {}) {
  const zones = new MemoryZones([ZONE])
  const fake = await startFakeCpanel({ username: USER, token: TOKEN, zones, ...options })
  const base = { CPANEL_USERNAME: USER, CPANEL_TOKEN: TOKEN, CPANEL_MODE: options.mode ?? 'cpanel' }
  return { zones, fake, ...providerAgainst(cpanel, fake, { ...base, ...env }) }
}

const massEdits = <T extends { rawPath: string }>(requests: T[]) =>
  requests.filter((r) => r.rawPath.includes('mass_edit'))

for (const mode of ['cpanel', 'whm'] as const) {
  describe(`cpanel (CPANEL_MODE=${mode})`, () => {
    providerContract({
      zone: ZONE,
      setup: (env) => setup(env, { mode }),
      defaultTtl: 300,
      badCredential: {
        env: { CPANEL_TOKEN: WRONG },
        secret: WRONG,
        error: /^cpanel: GET .*HTTP 401.*Check CPANEL_USERNAME and CPANEL_TOKEN/s,
      },
      // cPanel has no rate limit of its own; a proxy in front of the server may answer so
      throttled: { status: 429, headers: { 'retry-after': '2' }, body: 'Too Many Requests' },
    })
  })
}

describe('cpanel', () => {
  it('adds the apex and wildcard values in one mass edit that names the serial read', async () => {
    const { fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wild'])
    const edits = massEdits(fake.requests)
    expect(edits).toHaveLength(1)
    expect(Object.fromEntries(edits[0]?.query ?? [])).toEqual({
      zone: ZONE,
      serial: '2025010101',
      'add-0': JSON.stringify({ dname: `${OWNER}.`, ttl: 300, record_type: 'TXT', data: ['apex'] }),
      'add-1': JSON.stringify({ dname: `${OWNER}.`, ttl: 300, record_type: 'TXT', data: ['wild'] }),
    })
  })

  it('reads the zone again when it changed between our read and our write, and removes the right line', async () => {
    const { zones, fake, provider, host } = await setup()
    const gone = zones.add(ZONE, `x.${ZONE}`, 'gone-soon')
    zones.add(ZONE, OWNER, 'ours')
    zones.add(ZONE, `y.${ZONE}`, 'keep-me')
    fake.beforeEach((request) => {
      // another client removes a line above ours while we plan: every line below it moves up one
      if (request.rawPath.includes('mass_edit') && zones.delete(gone.id)) fake.bump(ZONE)
    })
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual([])
    expect(zones.values(`y.${ZONE}`)).toEqual(['keep-me'])
    expect(massEdits(fake.requests)).toHaveLength(2)
    expect(host.lines.join('\n')).toMatch(/changed since we read it; reading it again/)
  })

  it('gives up, saying why, when the zone changes under every one of its writes', async () => {
    const { fake, provider } = await setup()
    fake.beforeEach((request) => {
      if (request.rawPath.includes('mass_edit')) fake.bump(ZONE)
    })
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /^cpanel: changing the zone validation\.example\.org failed: The given serial number \(\d+\) does not match/,
    )
  })

  it('writes a value beyond 255 bytes as several strings of one record, read back as one value', async () => {
    const { zones, fake, provider } = await setup()
    const long = `persist; ${'x'.repeat(300)}`
    await provider.append(ZONE, OWNER, [long])
    const added = JSON.parse(massEdits(fake.requests)[0]?.query.get('add-0') ?? '{}') as { data: string[] }
    expect(added.data.map((s) => s.length)).toEqual([255, 54])
    expect(zones.values(OWNER)).toEqual([long])
    await provider.remove(ZONE, OWNER, [long])
    expect(zones.values(OWNER)).toEqual([])
  })

  it('refuses a CPANEL_MODE other than cpanel or whm', () => {
    expect(() =>
      cpanel.create({
        env: {
          CPANEL_USERNAME: USER,
          CPANEL_TOKEN: TOKEN,
          CPANEL_BASE_URL: 'https://h:2083',
          CPANEL_MODE: 'plesk',
        },
        host: recordingHost(),
        resolvers: [],
      }),
    ).toThrow('CPANEL_MODE must be cpanel or whm; got "plesk"')
  })
})
