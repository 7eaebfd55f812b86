// acme-dns against the shared harness: POST /update as joohoi/acme-dns documents it.
import { describe, expect, it } from 'vitest'
import { acmeDns, parseAccounts } from '../../src/providers/acme-dns/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const PASSWORD = 'htB9mR9DYgcu9bX_afHF62erXaH2TS7bg9KW3F7Z'
const USERNAME = 'c36f50e8-4632-44f0-83fe-e070fef28a10'
const ACME_ZONE = 'auth.example.org'
// values are ACME digests: 43 characters of base64url
const digest = (seed: string) => seed.repeat(43).slice(0, 43)

// each test its own subdomain: the provider remembers per process what it wrote where
let counter = 0
function account() {
  counter += 1
  const subdomain = `8e5700ea-a4bf-41c7-8a77-e990661dc${String(counter).padStart(3, '0')}`
  return {
    username: USERNAME,
    password: PASSWORD,
    subdomain,
    fulldomain: `${subdomain}.${ACME_ZONE}`,
    allowfrom: [],
  }
}

let script: ApiScript | undefined
async function against(exchanges: Exchange[], accounts: unknown) {
  script = await apiScript(exchanges)
  return providerAgainst(acmeDns, script, { ACME_DNS_ACCOUNT_JSON: JSON.stringify(accounts) })
}

const update = (subdomain: string, txt: string): Exchange => ({
  method: 'POST',
  path: '/update',
  headers: { 'x-api-user': USERNAME, 'x-api-key': PASSWORD, 'content-type': 'application/json' },
  body: { subdomain, txt },
  reply: { body: { txt } },
})

describe('acme-dns', () => {
  it('updates the account whose fulldomain is the owner, once per value (apex and wildcard fill both slots)', async () => {
    const mine = account()
    const other = account()
    const { provider } = await against(
      [update(mine.subdomain, digest('a')), update(mine.subdomain, digest('w'))],
      // lego's accounts file: keyed by the certificate's domain
      { 'example.com': mine, 'other.example': other },
    )
    await provider.append(ACME_ZONE, mine.fulldomain, [digest('a'), digest('w')])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value: acme-dns keeps the older value in its second slot', async () => {
    const mine = account()
    const { provider } = await against(
      [update(mine.subdomain, digest('a')), update(mine.subdomain, digest('w'))],
      mine,
    )
    await provider.append(ACME_ZONE, mine.fulldomain, [digest('a')])
    // the same value again is not sent: sending it would push the other value out
    await provider.append(ACME_ZONE, mine.fulldomain, [digest('a'), digest('w')])
    script?.assertDone()
  })

  it('refuses a third value for one subdomain instead of silently losing the oldest', async () => {
    const mine = account()
    const { provider } = await against(
      [update(mine.subdomain, digest('a')), update(mine.subdomain, digest('b'))],
      [mine],
    )
    await provider.append(ACME_ZONE, mine.fulldomain, [digest('a'), digest('b')])
    await expect(provider.append(ACME_ZONE, mine.fulldomain, [digest('c')])).rejects.toThrow(
      /acme-dns: .* would need 3 TXT values at once, but acme-dns keeps only the 2 newest/,
    )
    script?.assertDone()
  })

  it('removes nothing on the server (it cannot) but frees the slot of the removed value, keeping the other', async () => {
    const mine = account()
    const { provider } = await against(
      [
        update(mine.subdomain, digest('a')),
        update(mine.subdomain, digest('b')),
        update(mine.subdomain, digest('c')),
      ],
      mine,
    )
    await provider.append(ACME_ZONE, mine.fulldomain, [digest('a'), digest('b')])
    await provider.remove(ACME_ZONE, mine.fulldomain, [digest('a')])
    // b is still counted: a third value now fits, a fourth would not
    await provider.append(ACME_ZONE, mine.fulldomain, [digest('c')])
    await expect(provider.append(ACME_ZONE, mine.fulldomain, [digest('d')])).rejects.toThrow(/would need 3/)
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const mine = account()
    const { provider, sleeps } = await against(
      [
        { ...update(mine.subdomain, digest('a')), reply: { status: 429, headers: { 'retry-after': '4' } } },
        update(mine.subdomain, digest('a')),
      ],
      mine,
    )
    await provider.append(ACME_ZONE, mine.fulldomain, [digest('a')])
    expect(sleeps).toEqual([4000])
    script?.assertDone()
  })

  it('names ACME_DNS_ACCOUNT_JSON on a 401 and never shows the password', async () => {
    const mine = account()
    const { provider, host } = await against(
      [
        {
          ...update(mine.subdomain, digest('a')),
          reply: { status: 401, body: { error: `forbidden ${PASSWORD}` } },
        },
      ],
      mine,
    )
    const error = await provider.append(ACME_ZONE, mine.fulldomain, [digest('a')]).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(
      /acme-dns: POST \/update failed: HTTP 401.*ACME_DNS_ACCOUNT_JSON/s,
    )
    expect((error as Error).message).not.toContain(PASSWORD)
    expect(host.masked).toContain(PASSWORD)
    script?.assertDone()
  })

  it('names the owner and the known fulldomains when no account matches, before sending anything', async () => {
    const mine = account()
    const { provider } = await against([], mine)
    await expect(
      provider.append(ACME_ZONE, `_acme-challenge.${mine.fulldomain}`, [digest('a')]),
    ).rejects.toThrow(
      new RegExp(
        `no account in ACME_DNS_ACCOUNT_JSON has the fulldomain _acme-challenge\\.${mine.subdomain}.*it has: ${mine.subdomain}`,
      ),
    )
    script?.assertDone()
  })

  it('refuses a value that is not 43 characters before sending it', async () => {
    const mine = account()
    const { provider } = await against([], mine)
    await expect(provider.append(ACME_ZONE, mine.fulldomain, ['short'])).rejects.toThrow(
      /only 43-character TXT values/,
    )
    script?.assertDone()
  })

  it('rejects account JSON that is not JSON without quoting it', () => {
    expect(() => parseAccounts(`{"password": "${PASSWORD}"`)).toThrow(/is not JSON/)
    expect(() => parseAccounts(`{"password": "${PASSWORD}"`)).not.toThrow(new RegExp(PASSWORD))
    expect(() => parseAccounts('{"example.com": {"username": "u"}}')).toThrow(/must hold acme-dns accounts/)
  })
})
