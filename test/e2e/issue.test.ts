// End to end: the real bundle, run as the runner runs it, against Pebble, Unbound, BIND and PowerDNS.
import { X509Certificate } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { declared } from '../support/action-yml.js'
import { bedInputs, pebbleOrders, powerdnsEnv, rfc2136Env, topology, txtAt } from '../support/bed.js'
import { type ActionRun, runAction, runPost } from '../support/run-action.js'
import { staleResolver } from '../support/stale-resolver.js'

const BIND_OWNER = '_acme-challenge.validation.bind.test'

async function expectIssued(run: ActionRun, names: string[]): Promise<X509Certificate> {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0)
  expect(run.outputs.issued).toBe('true')
  expect(run.outputs.domains).toBe(names.join(','))
  const certificate = new X509Certificate(await readFile(run.outputs.certificate_path as string))
  const sans = (certificate.subjectAltName ?? '').split(', ').map((s) => s.replace(/^DNS:/, ''))
  expect(sans.sort()).toEqual([...names].sort())
  expect(certificate.serialNumber.toLowerCase()).toBe(run.outputs.serial)
  expect(new Date(certificate.validTo).toISOString()).toBe(run.outputs.not_after)
  const key = await readFile(run.outputs.private_key_path as string, 'utf8')
  expect(certificate.checkPrivateKey((await import('node:crypto')).createPrivateKey(key))).toBe(true)
  expect((await stat(run.outputs.private_key_path as string)).mode & 0o777).toBe(0o600)
  const fullchain = await readFile(run.outputs.fullchain_path as string, 'utf8')
  const chain = await readFile(run.outputs.chain_path as string, 'utf8')
  expect(fullchain).toBe(`${await readFile(run.outputs.certificate_path as string, 'utf8')}${chain}`)
  expect(chain).toMatch(/BEGIN CERTIFICATE/)
  return certificate
}

describe('issuance through a CNAME-delegated alias zone', () => {
  it('issues one name through the BIND alias zone with domain_alias as the full owner name', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'rfc2136', domain_alias: BIND_OWNER }),
      env: await rfc2136Env(),
    })
    await expectIssued(run, ['www.example.test'])
    // the servers checked and waited on are named
    expect(run.stdout).toMatch(
      /CNAME check: every authoritative server of every zone on the chain publishes the same CNAME: example\.test on ns1\.example\.test, ns2\.example\.test; validation\.bind\.test on ns1\.example\.test/,
    )
    expect(run.stdout).toMatch(/TXT written: _acme-challenge\.validation\.bind\.test/)
    // the wait's detail folded in a group, its outcome a line after it, naming the servers; the delivery's likewise
    expect(run.stdout).toMatch(
      /^::group::Propagation: asking every authoritative server of each alias zone\n(?:.*\n)*?::endgroup::\n\[[\d.]+ s\] Propagation: every authoritative server of each alias zone serves every value: validation\.bind\.test on ns1\.example\.test$/m,
    )
    expect(run.stdout).toMatch(
      /^::group::Delivery: files\n(?:.*\n)*?::endgroup::\n\[[\d.]+ s\] Delivered \(files\)/m,
    )
    // the job summary: names, alias owners, issuer, expiry and files
    expect(run.summary).toContain('| www.example.test | \\_acme-challenge.validation.bind.test | 1 |')
    expect(run.summary).toMatch(/\*\*Issuer:\*\* CN=Pebble Intermediate CA/)
    expect(run.summary).toContain(`**Not after:** ${run.outputs.not_after}`)
    expect(run.summary).toContain(`| private key (0600) | ${run.outputs.private_key_path} |`)
    // the value written before the run is still there, and ours are gone
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
    // every output set is declared in action.yml; the private key is none of them
    expect(Object.keys(run.outputs).filter((name) => !declared('outputs').has(name))).toEqual([])
    expect(run.outputs.certificate).toBe(await readFile(run.outputs.fullchain_path as string, 'utf8'))
    const secret = (await rfc2136Env()).RFC2136_TSIG_SECRET as string
    const key = await readFile(run.outputs.private_key_path as string, 'utf8')
    // `::add-mask::` lines are how secrets reach the runner, which never shows them
    const shown = (text: string) =>
      text
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n')
    const everything = [
      shown(run.stdout),
      shown(run.stderr),
      run.summary,
      JSON.stringify(run.outputs),
      JSON.stringify(run.state),
    ]
    for (const text of everything) {
      expect(text).not.toContain(secret)
      for (const line of key.split('\n').filter((l) => l.length > 0 && !l.startsWith('-----'))) {
        expect(text).not.toContain(line)
      }
    }
  })

  it('issues with domain_alias in zone style (validation.bind.test), as acme.sh takes it', async () => {
    const run = await runAction({
      inputs: bedInputs({
        domain: 'www.example.test',
        dns_provider: 'rfc2136',
        domain_alias: 'validation.bind.test',
      }),
      env: await rfc2136Env(),
    })
    await expectIssued(run, ['www.example.test'])
  })

  it('issues apex and wildcard together, both values at one owner in one write', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'example.test, *.example.test', dns_provider: 'rfc2136' }),
      env: await rfc2136Env(),
    })
    await expectIssued(run, ['example.test', '*.example.test'])
    expect(run.stdout).toMatch(
      /TXT written: _acme-challenge\.validation\.bind\.test \(zone validation\.bind\.test\): 2 value/,
    )
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })

  it('follows a two-hop CNAME chain into the PowerDNS alias zone when domain_alias is empty', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'chain.example.test', dns_provider: 'powerdns' }),
      env: powerdnsEnv(),
    })
    await expectIssued(run, ['chain.example.test'])
    expect(run.stdout).toContain(
      '_acme-challenge.chain.example.test -> _acme-challenge.chain.hop.test -> chain.validation.pdns.test',
    )
    expect(await txtAt(topology.PDNS, 'chain.validation.pdns.test')).toEqual(['keep-me-pdns'])
  })

  it('takes one alias per name from name=alias lines, all in one order', async () => {
    const run = await runAction({
      inputs: bedInputs({
        domain: 'example.test, *.example.test, www.example.test',
        dns_provider: 'rfc2136',
        domain_alias: `*.example.test=${BIND_OWNER}\nexample.test=validation.bind.test\nwww.example.test=${BIND_OWNER}`,
      }),
      env: await rfc2136Env(),
    })
    await expectIssued(run, ['example.test', '*.example.test', 'www.example.test'])
    // three names, one owner: one write with the three values
    expect(run.stdout).toMatch(
      /TXT written: _acme-challenge\.validation\.bind\.test \(zone validation\.bind\.test\): 3 value/,
    )
  })

  it('issues a Unicode name as its punycode form', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'Bücher.example.test', dns_provider: 'rfc2136' }),
      env: await rfc2136Env(),
    })
    await expectIssued(run, ['xn--bcher-kva.example.test'])
  })

  it('solves a name with no CNAME by plain DNS-01 in its own zone', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'direct.validation.bind.test', dns_provider: 'rfc2136' }),
      env: await rfc2136Env(),
    })
    await expectIssued(run, ['direct.validation.bind.test'])
    expect(await txtAt(topology.BIND, '_acme-challenge.direct.validation.bind.test')).toEqual([])
  })
})

describe('preflight on every master', () => {
  it('stops before any order or write when one master lacks the CNAME, naming that server', async () => {
    const ordersBefore = await pebbleOrders()
    const run = await runAction({
      inputs: bedInputs({
        domain: 'missing.example.test',
        dns_provider: 'rfc2136',
        domain_alias: BIND_OWNER,
      }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /ns2\.example\.test \(127\.0\.10\.3\), a server of example\.test, answers NXDOMAIN \(no such name\) for _acme-challenge\.missing\.example\.test; expected CNAME _acme-challenge\.validation\.bind\.test \(for missing\.example\.test(, as ns1\.example\.test publishes)?\)/,
    )
    // the fix names the record and the server, as mode: check does
    expect(run.stdout).toContain(
      'publish "_acme-challenge.missing.example.test. CNAME _acme-challenge.validation.bind.test." in the DNS provider behind ns2.example.test',
    )
    expect(run.stdout).not.toMatch(/ns1\.example\.test \(127\.0\.10\.2\), a server/)
    expect(run.stdout).not.toMatch(/Order created/)
    expect(await pebbleOrders()).toBe(ordersBefore)
    expect(run.state.records).toBeUndefined()
    expect(await txtAt(topology.BIND, BIND_OWNER)).toEqual(['keep-me-bind'])
  })

  it('stops when the masters point the CNAME at different targets, showing what the other one answered', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'split.example.test', dns_provider: 'rfc2136' }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    const { SPLIT_CNAME } = topology
    // whichever target the resolver saw first, the other master is named with its own answer
    expect(run.stdout).toMatch(
      new RegExp(
        `ns[12]\\.example\\.test \\(127\\.0\\.10\\.[23]\\), a server of example\\.test, answers CNAME (${SPLIT_CNAME.bind}|${SPLIT_CNAME.pdns}) for ${SPLIT_CNAME.owner}`,
      ),
    )
    expect(run.stdout).not.toMatch(/Order created/)
  })

  it('refuses a domain_alias the published CNAME does not point to, before ordering', async () => {
    const run = await runAction({
      inputs: bedInputs({
        domain: 'www.example.test',
        dns_provider: 'rfc2136',
        domain_alias: 'validation.pdns.test',
      }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /domain_alias is validation\.pdns\.test, but the published CNAME chain leads elsewhere/,
    )
    expect(run.stdout).not.toMatch(/Order created/)
  })

  it('reports a CNAME loop', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'loop.example.test', dns_provider: 'rfc2136' }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /CNAME loop: _acme-challenge\.loop\.example\.test -> _acme-challenge\.loop2\.example\.test -> _acme-challenge\.loop\.example\.test/,
    )
  })
  it('stops following a CNAME chain past the hop limit', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'long.example.test', dns_provider: 'rfc2136' }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /CNAME chain longer than 8 hops: _acme-challenge\.long\.example\.test -> hop1\.long/,
    )
    expect(run.stdout).not.toMatch(/Order created/)
  })
})

describe('what the authoritative servers publish', () => {
  it('issues on the first run after the CNAME is published, while the resolver still holds the old NXDOMAIN', async () => {
    const challenge = Object.keys(topology.STALE_CNAMES)[0] as string
    const stale = await staleResolver(topology.RESOLVER, [challenge], topology.ZONES.main)
    try {
      const run = await runAction({
        inputs: bedInputs({
          domain: 'stale.example.test',
          dns_provider: 'rfc2136',
          dns_resolvers: stale.address,
        }),
        env: await rfc2136Env(),
      })
      await expectIssued(run, ['stale.example.test'])
      expect(stale.denied).toContain(challenge)
      expect(run.stdout).toContain(`CNAME: stale.example.test: ${challenge} -> ${BIND_OWNER}`)
      expect(run.stdout).toMatch(
        /TXT written: _acme-challenge\.validation\.bind\.test \(zone validation\.bind\.test\)/,
      )
    } finally {
      await stale.close()
    }
  })

  it('issues through an alias zone with an IPv6-only name server on a runner without IPv6, warning that it was not checked', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'six.example.test', dns_provider: 'rfc2136', propagation_timeout: '10' }),
      // as on a GitHub-hosted runner: no IPv6 route, whatever this machine has
      env: { ...(await rfc2136Env()), CERTALIAS_TEST_IPV6: '0' },
    })
    await expectIssued(run, ['six.example.test'])
    expect(run.stdout).toMatch(
      /::warning::ns6\.example\.test, a server of validation\.v6\.test, was not checked from here: it has only IPv6 addresses \(::1\)/,
    )
    expect(await txtAt(topology.BIND, '_acme-challenge.validation.v6.test')).toEqual(['keep-me-v6'])
  })

  it('stops before any order when a server of the alias zone answers REFUSED, naming it and the rcode', async () => {
    const ordersBefore = await pebbleOrders()
    const started = Date.now()
    const run = await runAction({
      inputs: bedInputs({ domain: 'lame.example.test', dns_provider: 'rfc2136' }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /ns2\.example\.test \(127\.0\.10\.3\), a server of validation\.lame\.test, answers REFUSED for _acme-challenge\.validation\.lame\.test: it does not serve validation\.lame\.test/,
    )
    expect(run.stdout).not.toMatch(/Order created/)
    expect(await pebbleOrders()).toBe(ordersBefore)
    // named at once, not after propagation_timeout (20 s here)
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})

describe('input errors', () => {
  it('fails on bad input before anything is written, naming the input', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'rfc2136', key_type: 'dsa-1024' }),
      env: await rfc2136Env(),
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Invalid input: `key_type`: "dsa-1024" is not one of ec-p256/)
    expect(run.state.records).toBeUndefined()
  })

  it('names the missing provider variables', async () => {
    const run = await runAction({
      inputs: bedInputs({ domain: 'www.example.test', dns_provider: 'powerdns' }),
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/needs PDNS_API_URL, PDNS_API_KEY/)
  })
})

describe('deploy hook', () => {
  const hookEnv = async (): Promise<Record<string, string>> => ({
    ...(await rfc2136Env()),
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-value',
  })

  it('runs once a certificate was issued, with the files and no secret in its environment; not when nothing is due', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'certalias-hook-'))
    const seen = join(dir, 'hook-env')
    const inputs = bedInputs({
      domain: 'www.example.test',
      dns_provider: 'rfc2136',
      output_dir: join(dir, 'tls'),
      deploy_hook: `env > "${seen}"; echo "reloading for $CERTALIAS_PRIMARY_DOMAIN"`,
    })
    const env = await hookEnv()
    const run = await runAction({ inputs, env })
    expect(run.code, run.stdout).toBe(0)
    expect(run.stdout).toContain('deploy hook: reloading for www.example.test')
    const text = await readFile(seen, 'utf8')
    const variables = Object.fromEntries(
      text.split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    )
    expect(variables).toMatchObject({
      CERTALIAS_CERTIFICATE_PATH: run.outputs.certificate_path,
      CERTALIAS_FULLCHAIN_PATH: run.outputs.fullchain_path,
      CERTALIAS_PRIVATE_KEY_PATH: run.outputs.private_key_path,
      CERTALIAS_DOMAINS: 'www.example.test',
      CERTALIAS_SERIAL: run.outputs.serial,
      CERTALIAS_NOT_AFTER: run.outputs.not_after,
    })
    for (const secret of [env.RFC2136_TSIG_SECRET, 'runtime-token-value', 'oidc-request-token-value'])
      expect(text).not.toContain(secret)
    expect(text).not.toMatch(/^INPUT_/m)

    await rm(seen)
    const again = await runAction({ inputs, env })
    expect(again.code, again.stdout).toBe(0)
    expect(again.outputs.issued).toBe('false')
    expect(existsSync(seen)).toBe(false)
  })

  it('fails the step when it fails, after the certificate is stored and the values removed', async () => {
    const run = await runAction({
      inputs: bedInputs({
        domain: 'www.example.test',
        dns_provider: 'rfc2136',
        deploy_hook: 'echo "nginx: configuration test failed" >&2; exit 3',
      }),
      env: await hookEnv(),
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('deploy hook: nginx: configuration test failed')
    expect(run.stdout).toMatch(
      /::error::The deploy hook failed \(exit status 3\) after the certificate was stored/,
    )
    expect(run.outputs.issued).toBe('true')
    expect(existsSync(run.outputs.fullchain_path as string)).toBe(true)
    expect(run.state.records).toBe('[]')
  })
})

describe('post step', () => {
  it('does nothing after a main step that cleaned up itself', async () => {
    const inputs = bedInputs({ domain: 'www.example.test', dns_provider: 'rfc2136' })
    const env = await rfc2136Env()
    const main = await runAction({ inputs, env })
    expect(main.code).toBe(0)
    expect(main.state.records).toBe('[]')
    const post = await runPost(main, { inputs, env })
    expect(post.code).toBe(0)
    expect(post.stdout).not.toMatch(/Removing/)
  })
})
