// End to end: mode: check on the test bed, through the real bundle. A healthy setup passes every row and leaves
// nothing behind; a master without the CNAME, a dead alias-zone server, a refused credential and CAA records
// that forbid the CA each give a row that fails with the fix. The test CA's directory gets a caaIdentities entry
// through a local front.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AcmeProxy, startAcmeProxy } from '../support/acme-proxy.js'
import { bedInputs, powerdnsEnv, rfc2136Env, topology, txtAt } from '../support/bed.js'
import { type ActionRun, runAction } from '../support/run-action.js'

interface Row {
  check: string
  subject: string
  status: 'pass' | 'fail' | 'skip'
  detail: string
  fix?: string
}

let proxy: AcmeProxy
beforeAll(async () => {
  proxy = await startAcmeProxy(undefined, { caaIdentities: [topology.CA_IDENTITY] })
})
afterAll(async () => proxy?.close())

async function check(domain: string, inputs: Record<string, string> = {}, env?: Record<string, string>) {
  const run = await runAction({
    inputs: bedInputs({
      mode: 'check',
      domain,
      dns_provider: 'rfc2136',
      acme_server: proxy.directory,
      ...inputs,
    }),
    env: env ?? (await rfc2136Env()),
  })
  const rows = JSON.parse(run.outputs.check_report ?? '[]') as Row[]
  return { run, rows, failed: rows.filter((r) => r.status === 'fail') }
}

const error = (run: ActionRun) => run.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''

describe('mode: check', () => {
  it('passes a healthy setup, row by row, and leaves nothing at the owner but what was there', async () => {
    const ordersBefore = proxy.requests.filter((r) => r.method === 'POST').length
    const { run, rows, failed } = await check('www.example.test')
    expect(run.code, run.stdout).toBe(0)
    expect(run.outputs.check).toBe('pass')
    expect(failed).toEqual([])
    const kinds = new Set(rows.map((r) => r.check))
    // delegation: the bed's parent zone test has no server, so the delegation of example.test is not checked
    expect([...kinds].sort()).toEqual([
      'account',
      'alias-zone',
      'ca',
      'caa',
      'cname',
      'delegation',
      'resolver',
      'write',
    ])
    expect(rows.find((r) => r.check === 'delegation' && r.subject === 'example.test')).toMatchObject({
      status: 'skip',
      detail: expect.stringMatching(/^parent delegation of example\.test not checked: /),
    })
    // the CNAME on both masters, each its own row
    expect(
      rows
        .filter((r) => r.check === 'cname')
        .map((r) => r.subject)
        .sort(),
    ).toEqual([
      `_acme-challenge.www.example.test on ns1.example.test (${topology.BIND})`,
      `_acme-challenge.www.example.test on ns2.example.test (${topology.PDNS})`,
    ])
    expect(
      rows.find((r) => r.check === 'write' && r.subject.endsWith('on ns1.example.test'))?.detail,
    ).toMatch(/^serves the probe after \d+\.\d\d s$/)
    expect(rows.find((r) => r.check === 'write' && r.subject.endsWith(': removal'))?.detail).toBe(
      'the probe is gone; the 1 value(s) there before stay',
    )
    expect(rows.find((r) => r.check === 'caa')).toMatchObject({
      status: 'pass',
      detail: 'no CAA record applies: any CA may issue',
    })
    expect(rows.find((r) => r.check === 'account')?.status).toBe('skip')
    expect(await txtAt(topology.BIND, '_acme-challenge.validation.bind.test')).toEqual(['keep-me-bind'])
    expect(run.summary).toContain('## certalias: setup check, every check passed')
    expect(run.summary).toMatch(/\| ✓ \| cname \| \\_acme-challenge\.www\.example\.test on ns1/)
    // nothing signed was sent to the CA: no account, no order
    expect(proxy.requests.filter((r) => r.method === 'POST').length).toBe(ordersBefore)
    expect(run.state.records).toBe('[]')
  })

  it('a master without the CNAME: that server fails with the record to publish, the other passes', async () => {
    const { run, failed } = await check('missing.example.test')
    expect(run.code).toBe(1)
    expect(run.outputs.check).toBe('fail')
    expect(failed.filter((r) => r.check !== 'resolver')).toEqual([
      expect.objectContaining({
        check: 'cname',
        subject: `_acme-challenge.missing.example.test on ns2.example.test (${topology.PDNS})`,
        detail: 'no CNAME (NXDOMAIN)',
        fix: 'publish "_acme-challenge.missing.example.test. CNAME _acme-challenge.validation.bind.test." in the DNS provider behind ns2.example.test',
      }),
    ])
    // the resolver asks one master or the other: what it sees depends on which, as for the CA
    const resolver = failed.filter((r) => r.check === 'resolver')
    for (const row of resolver)
      expect(row.detail).toMatch(/^sees no CNAME \(NXDOMAIN\), the masters publish /)
    expect(error(run)).toMatch(new RegExp(`The setup check found ${1 + resolver.length} problem\\(s\\)`))
  })

  it('a dead server of the alias zone is named, and the probe is still removed', async () => {
    const { run, failed } = await check('crash.example.test', { propagation_timeout: '2' })
    expect(run.code).toBe(1)
    expect(failed.map((r) => [r.check, r.subject])).toEqual([
      ['alias-zone', `stall.test on ns3.example.test (${topology.DEAD})`],
      ['write', '_acme-challenge.stall.test on ns3.example.test'],
    ])
    expect(await txtAt(topology.BIND, '_acme-challenge.stall.test')).toEqual(['keep-me-stall'])
  })

  /** The write rows of a check whose probe write the provider refused: one row, nothing removed, nothing written. */
  async function refusedWrite(domain: string, env: Record<string, string>, provider = 'rfc2136') {
    const { run, rows, failed } = await check(domain, { dns_provider: provider }, env)
    expect(run.code).toBe(1)
    expect(failed).toHaveLength(1)
    // a probe never written is not removed: no removal warning, no removal row
    expect(rows.filter((r) => r.check === 'write')).toEqual(failed)
    expect(run.stdout).not.toMatch(/could not remove/)
    return failed[0] as Row
  }

  it('a wrong TSIG secret: BADSIG, and the fix says the secret is wrong', async () => {
    const env = { ...(await rfc2136Env()), RFC2136_TSIG_SECRET: Buffer.alloc(32, 7).toString('base64') }
    const row = await refusedWrite('www.example.test', env)
    expect(row).toMatchObject({
      subject: '_acme-challenge.validation.bind.test (zone validation.bind.test) with rfc2136',
      detail: expect.stringMatching(/rfc2136: .*TSIG BADSIG/),
      fix: expect.stringMatching(/^the secret is wrong: RFC2136_TSIG_SECRET /),
    })
    expect(await txtAt(topology.BIND, '_acme-challenge.validation.bind.test')).toEqual(['keep-me-bind'])
  })

  it('a TSIG key name the server does not know: BADKEY, and the fix says the key name is unknown', async () => {
    const env = { ...(await rfc2136Env()), RFC2136_TSIG_KEY: 'no-such-key' }
    const row = await refusedWrite('www.example.test', env)
    expect(row.detail).toMatch(/TSIG BADKEY/)
    expect(row.fix).toMatch(/^the key name is unknown to the server: RFC2136_TSIG_KEY /)
  })

  it('an API key PowerDNS does not accept: HTTP 401, and the fix says the token is invalid', async () => {
    const row = await refusedWrite(
      'pdns.example.test',
      { ...powerdnsEnv(), PDNS_API_KEY: 'wrong-key' },
      'powerdns',
    )
    expect(row.detail).toMatch(/HTTP 401/)
    expect(row.fix).toMatch(/^the token is invalid .*PDNS_API_KEY/)
  })

  it('CAA: a record for another CA and an issuewild ";" fail with the record; one for this CA passes', async () => {
    const { rows } = await check('caa-allow.example.test, caa-deny.example.test, *.caa-wild.example.test')
    const caa = Object.fromEntries(rows.filter((r) => r.check === 'caa').map((r) => [r.subject, r]))
    expect(caa['caa-allow.example.test']).toMatchObject({
      status: 'pass',
      detail: expect.stringMatching(/^CAA at caa-allow\.example\.test allows pebble\.test/),
    })
    expect(caa['caa-deny.example.test']).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining('caa-deny.example.test CAA 0 issue "letsencrypt.org"'),
      fix: 'add "caa-deny.example.test. CAA 0 issue \\"pebble.test\\"" (or remove the record that forbids it)',
    })
    expect(caa['*.caa-wild.example.test']).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/not pebble\.test \(issuewild\)/),
    })
  })

  it('an issuing run stops before any order or write when CAA forbids the CA, naming the record', async () => {
    const before = proxy.requests.length
    const run = await runAction({
      inputs: bedInputs({
        domain: 'caa-deny.example.test',
        dns_provider: 'rfc2136',
        acme_server: proxy.directory,
      }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    expect(error(run)).toMatch(/CAA records forbid this CA for some names; nothing was ordered or written/)
    expect(error(run)).toContain('caa-deny.example.test CAA 0 issue "letsencrypt.org"')
    expect(proxy.requests.slice(before).filter((r) => r.path === '/order-plz')).toEqual([])
    expect(run.stdout).not.toMatch(/TXT written/)
  })
})
