// What tests need from the running test bed: inputs and provider variables that point at it, and DNS reads.
import { execFileSync } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { query } from '../../src/dns/wire.js'
import { powerdns } from '../../src/providers/powerdns/index.js'
import { rfc2136 } from '../../src/providers/rfc2136/index.js'
import * as topology from '../bed/topology.mjs'
import { recordingHost } from './host.js'

export { topology }

export function bedDir(): string {
  const dir = process.env.CERTALIAS_BED_DIR
  if (!dir)
    throw new Error('CERTALIAS_BED_DIR is not set: run the suite with `npm test`, which starts the test bed')
  return dir
}

export async function rfc2136Env(): Promise<Record<string, string>> {
  const secret = (await readFile(join(bedDir(), 'tsig.secret'), 'utf8')).trim()
  return {
    RFC2136_NAMESERVER: topology.BIND,
    RFC2136_TSIG_KEY: topology.TSIG_NAME,
    RFC2136_TSIG_SECRET: secret,
    RFC2136_TSIG_ALGORITHM: topology.TSIG_ALGORITHM,
  }
}

export function powerdnsEnv(): Record<string, string> {
  return {
    PDNS_API_URL: topology.PDNS_API_URL,
    PDNS_API_KEY: topology.PDNS_API_KEY,
    PDNS_SERVER_NAME: topology.PDNS_SERVER_NAME,
  }
}

/** Inputs every run against the bed shares: the local CA and the bed's recursive resolver. */
export function bedInputs(inputs: Record<string, string>): Record<string, string> {
  return {
    acme_server: topology.ACME_DIRECTORY,
    dns_resolvers: topology.RESOLVER,
    propagation_timeout: '20',
    ...inputs,
  }
}

/** TXT values an authoritative server of the bed serves at owner right now. */
export async function txtAt(server: string, owner: string): Promise<string[]> {
  const response = await query(server, owner, 'TXT', { recursionDesired: false })
  return response.answers
    .filter((rr) => rr.type === 'TXT')
    .map((rr) => rr.data as string)
    .sort()
}

/** Lines Pebble logged so far: the count of new-order requests tells whether an order was made. */
export async function pebbleOrders(): Promise<number> {
  const log = await readFile(join(bedDir(), 'pebble-plain.log'), 'utf8').catch(() => '')
  return log.split('\n').filter((line) => /POST \/order-plz/.test(line)).length
}

/**
 * A CA file for NODE_EXTRA_CA_CERTS that trusts what Pebble issues, besides Pebble's own listener: a TLS server
 * serving a certificate of the bed then verifies as a publicly trusted one does in production. Pebble makes a
 * new root each time it starts, so it is read from its management interface.
 */
export async function trustingPebble(): Promise<string> {
  const { Agent, request } = await import('undici')
  const { mkdtemp, writeFile } = await import('node:fs/promises')
  const { tmpdir } = await import('node:os')
  const listener = await readFile(process.env.NODE_EXTRA_CA_CERTS as string, 'utf8')
  const dispatcher = new Agent({ connect: { ca: listener } })
  const response = await request(`${topology.ACME_MANAGEMENT}/roots/0`, { dispatcher })
  const root = await response.body.text()
  await dispatcher.close()
  const path = join(await mkdtemp(join(tmpdir(), 'certalias-trust-')), 'ca.pem')
  await writeFile(path, `${listener.trim()}\n${root.trim()}\n`)
  return path
}

/**
 * The common name of the plain Pebble's root `index` (0: the default chain's, 1: the alternate's), from its
 * management interface: the name preferred_chain gives to choose a chain.
 */
export async function pebbleRootName(index: number): Promise<string> {
  const response = await fetch(`${topology.ACME_MANAGEMENT}/roots/${index}`)
  if (!response.ok) throw new Error(`Pebble has no root ${index}: HTTP ${response.status}`)
  const subject = new X509Certificate(await response.text()).subject
  return /^CN=(.*)$/m.exec(subject)?.[1] ?? subject
}

/** The common name of the issuer of the last certificate of a PEM chain, read with OpenSSL. */
export function chainTopIssuer(fullchain: string): string {
  const last = fullchain.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g)?.at(-1) ?? ''
  const issuer = execFileSync('openssl', ['x509', '-noout', '-issuer', '-nameopt', 'multiline'], {
    input: last,
    encoding: 'utf8',
  })
  return /commonName\s*=\s*(.*)/.exec(issuer)?.[1]?.trim() ?? issuer
}

/**
 * TXT values added by hand (as an operator publishes a record), on BIND over RFC 2136, on PowerDNS over its API,
 * or on both: each master of a zone they both serve has its own copy.
 */
export async function publishTxt(
  masters: readonly ('bind' | 'pdns')[],
  zone: string,
  owner: string,
  values: readonly string[],
): Promise<void> {
  const host = recordingHost()
  const providers = {
    bind: async () => rfc2136.create({ env: await rfc2136Env(), host, resolvers: [] }),
    pdns: async () => powerdns.create({ env: powerdnsEnv(), host, resolvers: [] }),
  }
  await Promise.all(masters.map(async (m) => (await providers[m]()).append(zone, owner, [...values])))
}
