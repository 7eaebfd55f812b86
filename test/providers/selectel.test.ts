// Selectel DNS v2 against a fake of its Keystone identity API and DNS hosting API that keeps RRsets and checks tokens.
import { describe, expect, it } from 'vitest'
import { selectel } from '../../src/providers/selectel/index.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { startFakeSelectel } from '../support/fake-apis/selectel.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const PASSWORD = 'certalias-service-user-password-42'
const WRONG = 'wrong-service-user-password-0000'
const ACCOUNT = {
  username: 'certalias-bot',
  password: PASSWORD,
  accountId: '123456',
  projectId: 'a1b2c3d4e5f6',
}
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}) {
  const zones = new MemoryZones([ZONE])
  const fake = await startFakeSelectel({ ...ACCOUNT, zones })
  const base = {
    SELECTELV2_USERNAME: ACCOUNT.username,
    SELECTELV2_PASSWORD: PASSWORD,
    SELECTELV2_ACCOUNT_ID: ACCOUNT.accountId,
    SELECTELV2_PROJECT_ID: ACCOUNT.projectId,
    SELECTELV2_AUTH_URL: `${fake.origin}/identity/v3`,
  }
  return {
    zones,
    fake,
    ...providerAgainst(selectel, { origin: `${fake.origin}/domains/v2` }, { ...base, ...env }),
  }
}

describe('selectel', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 60,
    badCredential: {
      env: { SELECTELV2_PASSWORD: WRONG },
      secret: WRONG,
      error:
        /selectel: POST \/identity\/v3\/auth\/tokens failed: HTTP 401.*Check SELECTELV2_USERNAME, SELECTELV2_PASSWORD/,
    },
    throttled: {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { error: 'too_many_requests', description: 'slow down' },
    },
    wholeSetWrite: (request) =>
      ['POST', 'PATCH'].includes(request.method) && /\/rrset(\/|$)/.test(request.rawPath),
  })

  it('asks for one project-scoped token and sends it with every DNS request', async () => {
    const { fake, provider, host } = await setup()
    await provider.append(ZONE, OWNER, ['a'])
    await provider.append(ZONE, OWNER, ['b'])
    const tokenRequests = fake.requests.filter((r) => r.rawPath.endsWith('/auth/tokens'))
    expect(tokenRequests).toHaveLength(1)
    const token = fake.requests.at(-1)?.headers['x-auth-token']
    expect(token).toMatch(/^gAAAAA/)
    expect(host.masked).toContain(token)
  })

  it('writes apex and wildcard in one POST of the RRset, and later values in one PATCH keeping the others', async () => {
    const { zones, fake, provider } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    zones.add(ZONE, OWNER, 'theirs', 60)
    await provider.append(ZONE, OWNER, ['third'])
    const writes = fake.requests.filter(
      (r) => ['POST', 'PATCH', 'DELETE'].includes(r.method) && !r.rawPath.endsWith('/tokens'),
    )
    expect(
      writes.map((r) => [r.method, JSON.parse(r.text).records.map((x: { content: string }) => x.content)]),
    ).toEqual([
      ['POST', ['"apex"', '"wildcard"']],
      ['PATCH', ['"apex"', '"wildcard"', '"theirs"', '"third"']],
    ])
    expect(zones.values(OWNER)).toEqual(['apex', 'theirs', 'third', 'wildcard'])
  })

  it('deletes the RRset only when no other value is left in it', async () => {
    const { zones, fake, provider } = await setup()
    zones.add(ZONE, OWNER, 'ours', 60)
    await provider.remove(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual([])
    expect(fake.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1)
  })

  it("puts our value back when another run's PATCH, based on an older read, replaced it", async () => {
    const { zones, fake, provider, host } = await setup()
    zones.add(ZONE, OWNER, 'theirs', 60)
    let raced = false
    fake.beforeEach((request) => {
      // right after our PATCH lands, the other run writes the set as it read it before
      if (
        request.method === 'GET' &&
        request.rawPath.endsWith('/rrset') &&
        zones.values(OWNER).includes('ours') &&
        !raced
      ) {
        raced = true
        zones.replace(ZONE, OWNER, ['theirs', 'other-run'], 60)
      }
    })
    await provider.append(ZONE, OWNER, ['ours'])
    expect(zones.values(OWNER)).toEqual(['other-run', 'ours', 'theirs'])
    expect(host.lines.some((line) => /lost a value of ours to another writer/.test(line))).toBe(true)
  })
})
