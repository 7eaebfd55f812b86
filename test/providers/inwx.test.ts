// INWX against a stateful fake of its JSON-RPC API: one login per run (with the TOTP second factor), records
// created and deleted one by one, logout at the end. TOTP itself against RFC 6238's test vectors.
import { describe, expect, it } from 'vitest'
import type { Send } from '../../src/http/transport.js'
import { inwx } from '../../src/providers/inwx/index.js'
import { base32Key, totp, untilNextStep } from '../../src/providers/inwx/totp.js'
import { startFakeInwx } from '../support/fake-apis/inwx.js'
import { MemoryZones } from '../support/fake-apis/memory.js'
import { recordingHost } from '../support/host.js'
import { providerContract } from '../support/provider-contract.js'
import { providerAgainst } from '../support/provider-harness.js'

const USER = 'certalias-bot'
const PASSWORD = 'inwx-pass-Secr3t'
// base32 of the ASCII bytes "12345678901234567890", RFC 6238's SHA-1 seed
const SHARED_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
const ZONE = 'validation.example.org'
const OWNER = `_acme-challenge.${ZONE}`

async function setup(env: Record<string, string> = {}, options: { twoFactor?: boolean } = {}) {
  const zones = new MemoryZones(['example.net', ZONE])
  const fake = await startFakeInwx({
    user: USER,
    password: PASSWORD,
    zones,
    ...(options.twoFactor ? { sharedSecret: SHARED_SECRET } : {}),
  })
  const all = {
    INWX_USERNAME: USER,
    INWX_PASSWORD: PASSWORD,
    ...(options.twoFactor ? { INWX_SHARED_SECRET: SHARED_SECRET } : {}),
    ...env,
  }
  return { zones, fake, env: all, ...providerAgainst(inwx, { origin: `${fake.origin}/jsonrpc/` }, all) }
}

describe('totp (RFC 6238)', () => {
  const seed = (length: number) => Buffer.from('1234567890'.repeat(7).slice(0, length))
  // RFC 6238, Appendix B: 8-digit codes for the SHA-1, SHA-256 and SHA-512 seeds
  it.each([
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ])('at %i s gives the test vectors of the RFC', (seconds, sha1, sha256, sha512) => {
    const at = seconds * 1000
    expect(totp(seed(20), at, { digits: 8 })).toBe(sha1)
    expect(totp(seed(32), at, { digits: 8, algorithm: 'sha256' })).toBe(sha256)
    expect(totp(seed(64), at, { digits: 8, algorithm: 'sha512' })).toBe(sha512)
  })

  it('gives 6 digits by default, the last 6 of the 8-digit code', () => {
    expect(totp(seed(20), 59_000)).toBe('287082')
  })

  it('reads a base32 shared secret in any case, with spaces and padding, and refuses what is not base32', () => {
    expect(Buffer.from(base32Key(SHARED_SECRET) as Uint8Array).toString()).toBe('12345678901234567890')
    expect(base32Key('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(base32Key(SHARED_SECRET))
    expect(base32Key('JBSWY3DPEHPK3PXP====')).toEqual(
      Uint8Array.from(Buffer.from('Hello!\xde\xad\xbe\xef', 'latin1')),
    )
    // 26 characters: the two spare bits of the last one are dropped
    expect(base32Key('JBSWY3DPEHPK3PXPJBSWY3DPEH')).toHaveLength(16)
    expect(base32Key('not base32!')).toBeUndefined()
    expect(base32Key('')).toBeUndefined()
  })

  it('counts the time to the next step', () => {
    expect(untilNextStep(59_000)).toBe(1_000)
    expect(untilNextStep(60_000)).toBe(30_000)
  })
})

describe('inwx', () => {
  providerContract({
    zone: ZONE,
    setup,
    defaultTtl: 300,
    badCredential: {
      env: { INWX_PASSWORD: 'wrong-password' },
      secret: 'wrong-password',
      error:
        /inwx: account\.login failed: Authentication error \(2200\)\. Check INWX_USERNAME and INWX_PASSWORD/,
    },
    throttled: { status: 429, headers: { 'retry-after': '3' }, body: 'Too Many Requests' },
  })

  it('logs in once for the run, creates apex and wildcard as a record each, and logs out at close', async () => {
    const { zones, provider, fake } = await setup()
    await provider.append(ZONE, OWNER, ['apex', 'wildcard'])
    await provider.remove(ZONE, OWNER, ['apex', 'wildcard'])
    expect(zones.values(OWNER)).toEqual([])
    await provider.close?.()
    expect(fake.calls.filter((c) => c === 'account.login')).toHaveLength(1)
    expect(fake.calls.filter((c) => c === 'nameserver.createRecord')).toHaveLength(2)
    expect(fake.calls.at(-1)).toBe('account.logout')
    expect([...fake.sessions.values()].map((s) => s.open)).toEqual([false])
  })

  it('does not log in at all when nothing was asked of it', async () => {
    const { provider, fake } = await setup()
    await provider.close?.()
    expect(fake.calls).toEqual([])
  })

  it('unlocks a two-factor account with the TOTP code of the shared secret', async () => {
    const { zones, provider, fake } = await setup({}, { twoFactor: true })
    await provider.append(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual(['v1'])
    expect(fake.acceptedTans).toHaveLength(1)
  })

  it('tries the next step once when another job just used this step’s code', async () => {
    const first = await setup({}, { twoFactor: true })
    await first.provider.append(ZONE, OWNER, ['first'])
    const second = providerAgainst(inwx, { origin: `${first.fake.origin}/jsonrpc/` }, first.env)
    await second.provider.append(ZONE, OWNER, ['second'])
    expect(first.zones.values(OWNER)).toEqual(['first', 'second'])
    expect(new Set(first.fake.acceptedTans).size).toBe(2)
    // refused only when both fell in one step; then exactly one wait, to the next step
    expect(second.sleeps).toHaveLength(first.fake.refusedTans.length)
    for (const wait of second.sleeps) expect(wait).toBeLessThanOrEqual(30_000)
  })

  it('asks for INWX_SHARED_SECRET when the account has two-factor authentication and none is set', async () => {
    const { fake } = await setup({}, { twoFactor: true })
    const { provider } = providerAgainst(
      inwx,
      { origin: `${fake.origin}/jsonrpc/` },
      { INWX_USERNAME: USER, INWX_PASSWORD: PASSWORD },
    )
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(
      /inwx: the account asks for a second factor \(GOOGLE-AUTH\); set INWX_SHARED_SECRET/,
    )
  })

  it('refuses a shared secret that is not base32, and a TTL under 300, before any request', async () => {
    const { fake } = await setup()
    const origin = { origin: `${fake.origin}/jsonrpc/` }
    const env = { INWX_USERNAME: USER, INWX_PASSWORD: PASSWORD }
    expect(() => providerAgainst(inwx, origin, { ...env, INWX_SHARED_SECRET: 'otpauth://totp/x' })).toThrow(
      /INWX_SHARED_SECRET must be the base32 shared secret/,
    )
    expect(() => providerAgainst(inwx, origin, { ...env, INWX_TTL: '120' })).toThrow(
      /INWX_TTL must be a whole number of seconds, 300 or more \(INWX's minimum\)/,
    )
    expect(fake.requests).toEqual([])
  })

  it('logs in again when the session expired between writing and cleaning up', async () => {
    const { zones, provider, fake } = await setup()
    await provider.append(ZONE, OWNER, ['v1'])
    for (const session of fake.sessions.values()) session.open = false
    await provider.remove(ZONE, OWNER, ['v1'])
    expect(zones.values(OWNER)).toEqual([])
    expect(fake.calls.filter((c) => c === 'account.login')).toHaveLength(2)
  })

  it('masks the session id as soon as it has one', async () => {
    const { provider, fake, host } = await setup()
    await provider.append(ZONE, OWNER, ['v1'])
    expect(host.masked).toContain([...fake.sessions.keys()][0])
  })

  it('talks to the OT&E system with INWX_SANDBOX=true, and refuses a value that is not a switch', async () => {
    const urls: string[] = []
    const send: Send = async ({ url }) => {
      urls.push(url.href)
      return {
        status: 200,
        headers: { 'content-type': 'application/json' },
        text: JSON.stringify({ code: 2200, msg: 'Authentication error' }),
      }
    }
    const context = { host: recordingHost(), resolvers: [], transport: { send } }
    const provider = inwx.create({
      ...context,
      env: { INWX_USERNAME: USER, INWX_PASSWORD: PASSWORD, INWX_SANDBOX: 'true' },
    })
    await expect(provider.append(ZONE, OWNER, ['v1'])).rejects.toThrow(/account\.login failed/)
    expect(urls).toEqual(['https://api.ote.domrobot.com/jsonrpc/'])
    expect(() =>
      inwx.create({ ...context, env: { INWX_USERNAME: USER, INWX_PASSWORD: PASSWORD, INWX_SANDBOX: 'ote' } }),
    ).toThrow('INWX_SANDBOX must be true or false; got "ote"')
  })
})
