// Namecheap against the shared harness: getHosts and setHosts as the XML API documents them.
import { describe, expect, it } from 'vitest'
import { namecheap, splitDomain } from '../../src/providers/namecheap/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const USER = 'alice'
const KEY = 'nc-key-0f1e2d3c4b5a'
const IP = '203.0.113.7'
const DOMAIN = 'example-validation.org'
const OWNER = '_acme-challenge.example-validation.org'
const PATH = '/xml.response'
const AUTH = { ApiUser: USER, ApiKey: KEY, UserName: USER, ClientIp: IP }
const XML = { 'content-type': 'text/xml; charset=utf-8' }

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(
    namecheap,
    script,
    { NAMECHEAP_API_USER: USER, NAMECHEAP_API_KEY: KEY, NAMECHEAP_CLIENT_IP: IP },
    PATH,
  )
}

type Host = { Name: string; Type: string; Address: string; MXPref?: string; TTL?: string }

const hostXml = (h: Host, i: number) =>
  `<host HostId="${100 + i}" Name="${h.Name}" Type="${h.Type}" Address="${h.Address.replace(/"/g, '&quot;')}" ` +
  `MXPref="${h.MXPref ?? '10'}" TTL="${h.TTL ?? '1800'}" AssociatedAppTitle="" FriendlyName="" IsActive="true" IsDDNSEnabled="false" />`

const getHosts = (hosts: Host[], sld = 'example-validation', tld = 'org', emailType = 'MX'): Exchange => ({
  method: 'GET',
  path: PATH,
  query: { ...AUTH, Command: 'namecheap.domains.dns.getHosts', SLD: sld, TLD: tld },
  reply: {
    headers: XML,
    body: `<?xml version="1.0" encoding="utf-8"?>
<ApiResponse Status="OK" xmlns="http://api.namecheap.com/xml.response">
  <Errors />
  <Warnings />
  <RequestedCommand>namecheap.domains.dns.getHosts</RequestedCommand>
  <CommandResponse Type="namecheap.domains.dns.getHosts">
    <DomainDNSGetHostsResult Domain="${sld}.${tld}" EmailType="${emailType}" IsUsingOurDNS="true">
      ${hosts.map(hostXml).join('\n      ')}
    </DomainDNSGetHostsResult>
  </CommandResponse>
  <Server>PHX01APIEXT01</Server>
  <GMTTimeDifference>--5:00</GMTTimeDifference>
  <ExecutionTime>0.05</ExecutionTime>
</ApiResponse>`,
  },
})

const setHosts = (
  hosts: Host[],
  extra: Record<string, string> = { EmailType: 'MX' },
  sld = 'example-validation',
  tld = 'org',
): Exchange => {
  const expected: Record<string, string> = {
    ...AUTH,
    Command: 'namecheap.domains.dns.setHosts',
    SLD: sld,
    TLD: tld,
  }
  hosts.forEach((h, i) => {
    expected[`HostName${i + 1}`] = h.Name
    expected[`RecordType${i + 1}`] = h.Type
    expected[`Address${i + 1}`] = h.Address
    expected[`MXPref${i + 1}`] = h.MXPref ?? '10'
    expected[`TTL${i + 1}`] = h.TTL ?? '1800'
  })
  Object.assign(expected, extra)
  return {
    method: 'POST',
    path: PATH,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: (text: string) => expect(Object.fromEntries(new URLSearchParams(text))).toEqual(expected),
    reply: {
      headers: XML,
      body: `<?xml version="1.0" encoding="utf-8"?>
<ApiResponse Status="OK" xmlns="http://api.namecheap.com/xml.response">
  <Errors />
  <Warnings />
  <RequestedCommand>namecheap.domains.dns.setHosts</RequestedCommand>
  <CommandResponse Type="namecheap.domains.dns.setHosts">
    <DomainDNSSetHostsResult Domain="${sld}.${tld}" IsSuccess="true">
      <Warnings />
    </DomainDNSSetHostsResult>
  </CommandResponse>
  <Server>PHX01APIEXT01</Server>
  <GMTTimeDifference>--5:00</GMTTimeDifference>
  <ExecutionTime>0.4</ExecutionTime>
</ApiResponse>`,
    },
  }
}

const SITE: Host[] = [
  { Name: '@', Type: 'A', Address: '192.0.2.10' },
  { Name: '@', Type: 'MX', Address: 'mail.example-validation.org.', MXPref: '5' },
  { Name: '@', Type: 'TXT', Address: 'v=spf1 include:_spf.example.net "quoted" ~all', TTL: '3600' },
]

describe('namecheap', () => {
  it('splits the domain into SLD and TLD, multi-part TLDs included', () => {
    expect(splitDomain('example-validation.org')).toEqual({ sld: 'example-validation', tld: 'org' })
    expect(splitDomain('example.co.uk')).toEqual({ sld: 'example', tld: 'co.uk' })
    expect(() => splitDomain('localhost')).toThrow(/not a registered domain name/)
  })

  it('appends by writing back every host of the domain, mail settings and the old TXT value included', async () => {
    const old = { Name: '_acme-challenge', Type: 'TXT', Address: 'keep-me', TTL: '120' }
    const { provider } = await against([
      getHosts([...SITE, old]),
      setHosts([...SITE, old, { Name: '_acme-challenge', Type: 'TXT', Address: 'new-value', TTL: '120' }]),
      // read back: the write held
      getHosts([...SITE, old, { Name: '_acme-challenge', Type: 'TXT', Address: 'new-value', TTL: '120' }]),
    ])
    await provider.append(DOMAIN, OWNER, ['keep-me', 'new-value'])
    script?.assertDone()
  })

  it('writes apex and wildcard values in one setHosts on a co.uk domain', async () => {
    const { provider } = await against([
      getHosts([], 'example', 'co.uk', 'MXE'),
      setHosts(
        [
          { Name: '_acme-challenge', Type: 'TXT', Address: 'v-apex', TTL: '120' },
          { Name: '_acme-challenge', Type: 'TXT', Address: 'v-wild', TTL: '120' },
        ],
        { EmailType: 'MXE' },
        'example',
        'co.uk',
      ),
      getHosts(
        [
          { Name: '_acme-challenge', Type: 'TXT', Address: 'v-apex', TTL: '120' },
          { Name: '_acme-challenge', Type: 'TXT', Address: 'v-wild', TTL: '120' },
        ],
        'example',
        'co.uk',
        'MXE',
      ),
    ])
    await provider.append('example.co.uk', '_acme-challenge.example.co.uk', ['v-apex', 'v-wild'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other and the rest of the domain', async () => {
    const keep = { Name: '_acme-challenge', Type: 'TXT', Address: 'keep-me', TTL: '120' }
    const ours = { Name: '_acme-challenge', Type: 'TXT', Address: 'ours', TTL: '120' }
    const { provider } = await against([
      getHosts([...SITE, keep, ours]),
      setHosts([...SITE, keep]),
      getHosts([...SITE, keep]),
    ])
    await provider.remove(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('serializes two owners of one domain, since each write replaces the whole domain', async () => {
    const a = { Name: '_acme-challenge', Type: 'TXT', Address: 'a', TTL: '120' }
    const b = { Name: '_acme-challenge.www', Type: 'TXT', Address: 'b', TTL: '120' }
    const { provider } = await against([
      getHosts(SITE),
      setHosts([...SITE, a]),
      getHosts([...SITE, a]),
      // the second owner waits for the first one's read-back, then reads what it left
      getHosts([...SITE, a]),
      setHosts([...SITE, a, b]),
      getHosts([...SITE, a, b]),
    ])
    await Promise.all([
      provider.append(DOMAIN, OWNER, ['a']),
      provider.append(DOMAIN, `_acme-challenge.www.${DOMAIN}`, ['b']),
    ])
    script?.assertDone()
  })

  it("keeps another run's value written between our read and our setHosts: the read-back finds ours gone and merges again", async () => {
    const ours = { Name: '_acme-challenge', Type: 'TXT', Address: 'ours', TTL: '120' }
    const theirs = { Name: '_acme-challenge', Type: 'TXT', Address: 'theirs', TTL: '120' }
    const { provider } = await against([
      getHosts(SITE),
      setHosts([...SITE, ours]),
      // the other run read SITE before our write and wrote SITE + theirs after it
      getHosts([...SITE, theirs]),
      setHosts([...SITE, theirs, ours]),
      getHosts([...SITE, theirs, ours]),
    ])
    await provider.append(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('after a 502 on the setHosts, reads again and merges with the value another run wrote meanwhile, instead of sending the same setHosts again', async () => {
    const ours = { Name: '_acme-challenge', Type: 'TXT', Address: 'ours', TTL: '120' }
    const theirs = { Name: '_acme-challenge', Type: 'TXT', Address: 'theirs', TTL: '120' }
    const { provider } = await against([
      getHosts(SITE),
      { ...setHosts([...SITE, ours]), reply: { status: 502, body: 'Bad Gateway' } },
      getHosts([...SITE, theirs]),
      setHosts([...SITE, theirs, ours]),
      getHosts([...SITE, theirs, ours]),
    ])
    await provider.append(DOMAIN, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      { ...getHosts([]), reply: { status: 429, headers: { 'retry-after': '5' }, body: 'Too Many Requests' } },
      getHosts([]),
      setHosts([{ Name: '_acme-challenge', Type: 'TXT', Address: 'v1', TTL: '120' }]),
      getHosts([{ Name: '_acme-challenge', Type: 'TXT', Address: 'v1', TTL: '120' }]),
    ])
    await provider.append(DOMAIN, OWNER, ['v1'])
    // the 429's wait, then the read-back's settle
    expect(sleeps[0]).toBe(5000)
    script?.assertDone()
  })

  it('turns a Status="ERROR" answer (HTTP 200) about the key into an error naming NAMECHEAP_API_KEY, never the key', async () => {
    const { provider, host } = await against([
      {
        ...getHosts([]),
        reply: {
          headers: XML,
          body: `<?xml version="1.0" encoding="utf-8"?>
<ApiResponse Status="ERROR" xmlns="http://api.namecheap.com/xml.response">
  <Errors>
    <Error Number="1011102">API Key is invalid or API access has not been enabled</Error>
  </Errors>
  <Warnings />
  <RequestedCommand />
  <Server>PHX01APIEXT01</Server>
  <GMTTimeDifference>--5:00</GMTTimeDifference>
  <ExecutionTime>0</ExecutionTime>
</ApiResponse>`,
        },
      },
    ])
    const error = await provider.append(DOMAIN, OWNER, ['v1']).catch((e: Error) => e)
    const message = (error as Error).message
    expect(message).toMatch(
      /namecheap: namecheap.domains.dns.getHosts failed: API Key is invalid .*\(1011102\)\. Check NAMECHEAP_API_KEY/,
    )
    expect(message).not.toContain(KEY)
    expect(host.masked).toContain(KEY)
    script?.assertDone()
  })

  it('names NAMECHEAP_CLIENT_IP when Namecheap refuses the request address', async () => {
    const { provider } = await against([
      {
        ...getHosts([]),
        reply: {
          headers: XML,
          body: `<?xml version="1.0" encoding="utf-8"?>
<ApiResponse Status="ERROR" xmlns="http://api.namecheap.com/xml.response">
  <Errors><Error Number="1011150">Invalid request IP: 198.51.100.9</Error></Errors>
  <Warnings /><RequestedCommand /><Server>PHX01APIEXT01</Server><GMTTimeDifference>--5:00</GMTTimeDifference><ExecutionTime>0</ExecutionTime>
</ApiResponse>`,
        },
      },
    ])
    const error = await provider.append(DOMAIN, OWNER, ['v1']).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/Invalid request IP.*Check NAMECHEAP_CLIENT_IP/)
    script?.assertDone()
  })

  it('names the credential variables on an HTTP 401 too', async () => {
    const { provider } = await against([{ ...getHosts([]), reply: { status: 401, body: 'Unauthorized' } }])
    const error = await provider.append(DOMAIN, OWNER, ['v1']).catch((e: Error) => e)
    expect((error as Error).message).toMatch(
      /HTTP 401.*NAMECHEAP_API_USER, NAMECHEAP_API_KEY and NAMECHEAP_CLIENT_IP/s,
    )
    script?.assertDone()
  })

  it('refuses to start without a whitelisted client IP', () => {
    const host = { mask: () => {}, info: () => {} } as never
    expect(() =>
      namecheap.create({ env: { NAMECHEAP_API_USER: USER, NAMECHEAP_API_KEY: KEY }, host, resolvers: [] }),
    ).toThrow(/NAMECHEAP_CLIENT_IP must be the public IPv4 address/)
  })
})
