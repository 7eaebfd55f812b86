// npm run bench [-- --runs N --lego-runs N]: starts the local test bed and times certalias (dist/index.js, run the
// way the GitHub runner runs it) on three issuance scenarios and on a scheduled run with nothing due, then lego,
// a peer ACME client, on the same scenarios (`lego renew` for the one with nothing due), beside `node -e 0`.
// Wall time, CPU time (user + system: what a busy machine changes least) and peak RSS come from GNU time;
// certalias's own time is its last "[x.xx s]" stage line. The requests
// each certalias run sends the CA are counted from Pebble's log (one line per request it handles): all of them,
// and the new-nonce ones, beside the budget of issue 8 (2N + 15 requests, at most 5 new nonces, for N names).
import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync, readdirSync, statSync } from 'node:fs'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ensurePackages, findProgram, startBed, stopBed } from '../bed/bed.mjs'
import {
  ACME_DIRECTORY,
  BENCH_NAMES,
  BENCH_NAMES_LARGE,
  BIND,
  MANY_NAMES,
  PDNS,
  RESOLVER,
  TSIG_ALGORITHM,
  TSIG_NAME,
  ZONES,
} from '../bed/topology.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const BUNDLE = join(root, 'dist', 'index.js')
const TIME = '/usr/bin/time'
const LEGO_TIMEOUT_MS = 180_000
// certalias has no limit of its own beyond its propagation timeout; this only keeps a hung run from
// hanging the benchmark.
const CERTALIAS_TIMEOUT_MS = 180_000
// Both clients get the same propagation limit; neither comes near it on the bed.
const PROPAGATION_TIMEOUT_S = 60
const isRoot = process.getuid?.() === 0

const SCENARIOS = [
  { label: 'one name', names: ['www.example.test'] },
  { label: 'apex + wildcard', names: ['example.test', '*.example.test'] },
  { label: `${BENCH_NAMES.length} names`, names: BENCH_NAMES },
  { label: `${BENCH_NAMES_LARGE.length} names`, names: BENCH_NAMES_LARGE },
  // twelve names behind one alias owner: more values than one 512-byte answer holds, validated in batches
  { label: `${MANY_NAMES.length} names, one owner`, names: MANY_NAMES },
  // a daily scheduled run the day after issuing: the certificate in output_dir is not due, nothing is ordered
  { label: 'not due (one name)', names: ['www.example.test'], notDue: true },
  // the cold start: a run that fails on its first input (empty domain) loads only what reads the inputs
  { label: 'bad input', names: [], badInput: true, noLego: true },
]
/** mode: plan over this many certificates, each with its own current certificate file. */
const PLAN_SIZES = [30, 300]
/** mode: issue with `certificates`: this many single-name certificates in one step, each on an owner of its own. */
const FLEET_SIZES = [24, 100, 300]
/** mode: plan over this many due entries: more than max_jobs, so they are grouped. */
const GROUPED_PLAN_SIZE = 10_000

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'lego-runs': { type: 'string', default: '1' },
    // the fleet figures alone: one step over 24, 100 and 300 certificates, and the grouped plan
    'fleet-only': { type: 'boolean', default: false },
  },
})
const runs = count(options.runs, '--runs')
// --lego-runs 0 measures certalias alone
const legoRuns = count(options['lego-runs'], '--lego-runs', 0)

// The settings a lego user finds documented (lego --help, lego dnshelp -c rfc2136) that make it faster.
// Debian's lego is 4.9.1 ("dev"): it has --dns.disable-cp but no --dns.propagation-wait.
const LEGO_FLAGS = [
  // one query to the recursive resolver instead of one to every authoritative server of the alias zone
  '--dns.disable-cp',
]
const LEGO_TUNING = {
  // lego sleeps one polling interval before its first propagation check: 0 removes the sleep
  RFC2136_POLLING_INTERVAL: '0',
  // the rfc2136 provider solves names one at a time and waits this long in between (default 60 s)
  RFC2136_SEQUENCE_INTERVAL: '0',
  RFC2136_PROPAGATION_TIMEOUT: String(PROPAGATION_TIMEOUT_S),
}

// The child running now: it runs in its own process group (so a timeout can stop the whole tree), which a
// terminal's Ctrl-C does not reach, so it is killed when this process ends for any reason.
let current
process.on('exit', () => {
  if (current) killGroup(current, 'SIGKILL')
})

await ensurePackages({ log: console.log })
await ensureGnuTime()
const dir = join(root, 'test', '.bed', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}`)
const bed = await startBed({ dir, log: () => {} }).catch((error) => {
  // The message carries the failing server's log; a stack trace of this script would only hide it.
  console.error(error.message)
  process.exit(1)
})
console.log(`bed: up in ${bed.startupMs} ms, files and run logs in ${dir}`)

let code = 1
try {
  code = await bench()
} finally {
  await stopBed(bed)
}
process.exit(code)

async function bench() {
  if (options['fleet-only']) return benchFleets()
  const hostsFile = await writeHostsFile()
  const baseline = []
  for (let i = 1; i <= runs; i++) {
    const runDir = join(dir, 'runs', `node-${i}`)
    await mkdir(runDir, { recursive: true })
    baseline.push(await measure([process.execPath, '-e', '0'], { env: {}, runDir, timeoutMs: 10_000 }))
  }
  console.log(
    `\nnode -e 0 (Node's own start-up, the floor): ${medianMin(baseline.map((r) => r.wallSeconds))} wall, ${medianMin(baseline.map((r) => r.cpuSeconds))} CPU, ${mb(Math.max(...baseline.map((r) => r.peakKb)))} MB peak`,
  )
  console.log(`\ncertalias: ${runs} run(s) per scenario, ${process.execPath} ${BUNDLE}`)
  const results = []
  for (const scenario of SCENARIOS) {
    if (scenario.notDue) {
      // the run that issues the certificate the measured runs then find in output_dir
      const setup = await runCertalias({ ...scenario, notDue: false }, 0)
      if (!setup.ok) console.log(`  ${scenario.label}: the issuing run failed (log ${setup.logPath})`)
    }
    const certalias = []
    for (let i = 1; i <= runs; i++) {
      const result = await runCertalias(scenario, i)
      certalias.push(result)
      console.log(`  ${scenario.label}, run ${i}/${runs}: ${describe(result)}`)
    }
    results.push({ scenario, certalias, lego: [] })
  }
  // lego's rfc2136 provider replaces the whole TXT set at an owner (it deletes the bed's pre-existing
  // values), so it runs after every certalias run.
  console.log(`\nlego: ${legoRuns} run(s) per scenario, ${findProgram('lego')}`)
  console.log(`  flags: ${LEGO_FLAGS.join(' ')}`)
  console.log(
    `  env:   ${Object.entries(LEGO_TUNING)
      .map(([key, value]) => `${key}=${value}`)
      .join(' ')}`,
  )
  for (const result of results) {
    if (result.scenario.noLego) continue
    for (let i = 1; i <= legoRuns; i++) {
      const run = await runLego(result.scenario, i, hostsFile)
      result.lego.push(run)
      console.log(`  ${result.scenario.label}, run ${i}/${legoRuns}: ${describe(run)}`)
    }
  }
  printTable(results)
  const plans = []
  for (const size of PLAN_SIZES) plans.push(await benchPlan(size))
  const fleets = await benchFleets()
  printChunks()
  const failed = [...results.flatMap(({ certalias }) => certalias), ...plans].filter((run) => !run.ok)
  return failed.length === 0 && fleets === 0 ? 0 : 1
}

/**
 * A fleet in one step (mode: issue with `certificates`): single-name certificates in the BIND alias zone, each
 * name its own owner (no CNAME: plain DNS-01 in the alias zone), no max_orders (the bed's CA is no preset); then
 * mode: plan over 10,000 due entries, grouped into max_jobs.
 */
async function benchFleets() {
  const results = []
  for (const size of FLEET_SIZES) {
    const names = Array.from({ length: size }, (_, i) => `fleet${size}-${i + 1}.${ZONES.bindAlias}`)
    const scenario = {
      label: `fleet, ${size} certificates`,
      names: [],
      fleet: names.map((name) => `- {domain: ${name}}`).join('\n'),
    }
    const result = await runCertalias(scenario, 1)
    const output = await readFile(join(dir, 'runs', `certalias-${slug(scenario.label)}-1`, 'output'), 'utf8')
    const issued = /^issued_count<<(.+)\n(\d+)\n\1$/m.exec(output)?.[2]
    result.ok = result.code === 0 && issued === String(size)
    const perCertificate = result.ok
      ? `, ${(result.ca.total / size).toFixed(1)} CA requests per certificate`
      : ''
    console.log(`\nfleet, ${size} certificates in one step: ${describe(result)}${perCertificate}`)
    results.push(result)
  }
  const entries = Array.from(
    { length: GROUPED_PLAN_SIZE },
    (_, i) => `- {domain: plan${i + 1}.${ZONES.bindAlias}}`,
  )
  const certificatesFile = join(dir, `plan-${GROUPED_PLAN_SIZE}.yml`)
  await writeFile(certificatesFile, entries.join('\n'))
  const scenario = {
    label: `plan, ${GROUPED_PLAN_SIZE} due`,
    names: [],
    plan: '',
    certificatesFile,
    notDue: true,
  }
  // the same plan several times: a busy machine changes one run's wall time a lot
  const plans = []
  for (let i = 1; i <= runs; i++) {
    const plan = await runCertalias(scenario, i)
    const log = await readFile(plan.logPath, 'utf8')
    plan.ok =
      plan.code === 0 &&
      new RegExp(`^Plan: ${GROUPED_PLAN_SIZE} due certificate\\(s\\) in 256 job\\(s\\)`, 'm').test(log)
    plans.push(plan)
  }
  const failed = plans.find((plan) => !plan.ok)
  console.log(
    `\nplan, ${GROUPED_PLAN_SIZE} due certificates grouped into 256 jobs, ${runs} runs: ${
      failed === undefined
        ? `${medianMin(plans.map((p) => p.wallSeconds))} wall, ${medianMin(plans.map((p) => p.cpuSeconds))} CPU, ${mb(Math.max(...plans.map((p) => p.peakKb)))} MB peak`
        : `FAILED (log ${failed.logPath})`
    }`,
  )
  results.push(...plans)
  return results.every((r) => r.ok) ? 0 : 1
}

// ---------------------------------------------------------------------------------------------------
// The two clients

async function runCertalias(scenario, index) {
  const runDir = join(dir, 'runs', `certalias-${slug(scenario.label)}-${index}`)
  await mkdir(runDir, { recursive: true })
  const files = {
    output: join(runDir, 'output'),
    state: join(runDir, 'state'),
    summary: join(runDir, 'summary'),
  }
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')))
  // What the runner gives a step: the file commands, RUNNER_TEMP, and INPUT_* for each `with:` value.
  const env = {
    PATH: process.env.PATH ?? '',
    NODE_EXTRA_CA_CERTS: bed.caCertPath,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runDir,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    INPUT_DOMAIN: scenario.names.join(','),
    ...(scenario.plan !== undefined ? { INPUT_MODE: 'plan', INPUT_CERTIFICATES: scenario.plan } : {}),
    ...(scenario.fleet !== undefined ? { INPUT_CERTIFICATES: scenario.fleet } : {}),
    INPUT_DNS_PROVIDER: 'rfc2136',
    // empty: certalias follows each name's _acme-challenge CNAME, as lego does
    INPUT_DOMAIN_ALIAS: '',
    INPUT_ACME_SERVER: ACME_DIRECTORY,
    INPUT_DNS_RESOLVERS: RESOLVER,
    INPUT_PROPAGATION_TIMEOUT: String(PROPAGATION_TIMEOUT_S),
    RFC2136_NAMESERVER: BIND,
    RFC2136_TSIG_KEY: TSIG_NAME,
    RFC2136_TSIG_SECRET: bed.tsigSecret,
    RFC2136_TSIG_ALGORITHM: TSIG_ALGORITHM,
    // the not-due scenario shares one output_dir with the run that issued
    ...(scenario.notDue !== undefined ? { INPUT_OUTPUT_DIR: join(dir, 'not-due', 'www.example.test') } : {}),
  }
  const logStart = await pebbleLogSize()
  // a list longer than one environment variable may hold (128 KiB) is read from a file into the runner's
  // INPUT_CERTIFICATES inside the process, which then runs the bundle as the runner does
  const command =
    scenario.certificatesFile === undefined
      ? [process.execPath, BUNDLE]
      : [
          process.execPath,
          '--input-type=module',
          '-e',
          `const { readFileSync } = await import('node:fs'); process.env.INPUT_CERTIFICATES = readFileSync(${JSON.stringify(scenario.certificatesFile)}, 'utf8'); process.argv[1] = ${JSON.stringify(BUNDLE)}; await import(${JSON.stringify(BUNDLE)})`,
        ]
  const result = await measure(command, {
    env,
    runDir,
    timeoutMs: CERTALIAS_TIMEOUT_MS,
  })
  result.ca = await caRequestsSince(logStart)
  const log = await readFile(result.logPath, 'utf8')
  // The pipeline's own clock: the last stage line is cleanup, after the files are written.
  const stages = [...log.matchAll(/^\[(\d+(?:\.\d+)?) s\]/gm)]
  result.ownSeconds = stages.length > 0 ? Number(stages.at(-1)[1]) : undefined
  const issued = /^issued<<(.+)\n(true|false)\n\1$/m.exec(await readFile(files.output, 'utf8'))?.[2]
  result.ok = scenario.badInput
    ? result.code === 1 && /^::error::Invalid input: `domain` is required/m.test(log)
    : result.code === 0 && issued === (scenario.notDue ? 'false' : 'true')
  return result
}

async function runLego(scenario, index, hostsFile) {
  const runDir = join(dir, 'runs', `lego-${slug(scenario.label)}-${index}`)
  // fresh per run: a new account and no certificate to reuse; `renew` works on the one-name run's certificate
  const path = scenario.notDue ? join(dir, 'runs', 'lego-one-name-1', 'lego') : join(runDir, 'lego')
  await mkdir(runDir, { recursive: true })
  const env = {
    PATH: process.env.PATH ?? '',
    RFC2136_NAMESERVER: BIND,
    RFC2136_TSIG_KEY: TSIG_NAME,
    RFC2136_TSIG_SECRET: bed.tsigSecret,
    // miekg/dns spells algorithms as fully qualified names
    RFC2136_TSIG_ALGORITHM: `${TSIG_ALGORITHM}.`,
    LEGO_CA_CERTIFICATES: bed.caCertPath,
    ...LEGO_TUNING,
  }
  const lego = [
    findProgram('lego'),
    '--accept-tos',
    '--email',
    'bench@example.test',
    '--server',
    ACME_DIRECTORY,
    '--dns',
    'rfc2136',
    '--dns.resolvers',
    `${RESOLVER}:53`,
    ...LEGO_FLAGS,
    '--path',
    path,
    ...scenario.names.flatMap((name) => ['-d', name]),
    // renew only when fewer than 30 days are left: lego's own not-due check
    ...(scenario.notDue ? ['renew', '--days', '30'] : ['run']),
  ]
  // lego looks up the name servers' host names through the system resolver, not --dns.resolvers: it gets
  // a hosts file that knows them, in a mount namespace of its own, so the machine's /etc/hosts is untouched.
  // Without root, a user namespace (-r) allows the bind mount.
  const result = await measure(lego, {
    env,
    runDir,
    timeoutMs: LEGO_TIMEOUT_MS,
    wrap: (timed) => [
      'unshare',
      ...(isRoot ? ['-m'] : ['-r', '-m']),
      'sh',
      '-c',
      'mount --bind "$0" /etc/hosts && exec "$@"',
      hostsFile,
      ...timed,
    ],
  })
  const certificates = join(path, 'certificates')
  result.ok =
    result.code === 0 &&
    existsSync(certificates) &&
    readdirSync(certificates).some((file) => file.endsWith('.crt'))
  return result
}

async function writeHostsFile() {
  const hostsFile = join(dir, 'hosts')
  const lines = [`${BIND} ns1.${ZONES.main}`, `${PDNS} ns2.${ZONES.main}`]
  const system = existsSync('/etc/hosts') ? await readFile('/etc/hosts', 'utf8') : ''
  await writeFile(hostsFile, `${system.trimEnd()}\n# certalias bench\n${lines.join('\n')}\n`)
  return hostsFile
}

/**
 * mode: plan over `size` certificates, each entry with its own name and current certificate file (a fresh
 * self-signed one, so every decision reads and judges a certificate of its own); the bed's CA has no ARI.
 */
async function benchPlan(size) {
  const certs = join(dir, `plan-${size}`)
  await mkdir(certs, { recursive: true })
  const entries = []
  for (let i = 1; i <= size; i++) {
    const name = `plan-${i}.example.test`
    const path = join(certs, `${name}.pem`)
    await runQuiet('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      '/dev/null',
      '-out',
      path,
      '-days',
      '90',
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=DNS:${name}`,
    ])
    entries.push(`- {domain: ${name}, current_certificate: ${path}}`)
  }
  const scenario = { label: `plan, ${size} certificates`, names: [], plan: entries.join('\n'), notDue: true }
  const result = await runCertalias(scenario, 1)
  const log = await readFile(result.logPath, 'utf8')
  result.ok = result.code === 0 && /^Plan: 0 of \d+ certificate\(s\) due/m.test(log)
  console.log(
    `\nplan, ${size} certificates: ${result.ok ? `${result.wallSeconds.toFixed(2)} s wall, ${mb(result.peakKb)} MB peak` : `FAILED (log ${result.logPath})`}`,
  )
  return result
}

function runQuiet(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'ignore',
      env: { ...process.env, OPENSSL_CONF: '/dev/null' },
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))))
  })
}

/** The bundle: the entry file every run loads, and each chunk loaded on demand. */
function printChunks() {
  const files = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js'))
  const sizes = files.map((f) => [f, statSync(join(root, 'dist', f)).size]).sort((a, b) => b[1] - a[1])
  console.log(
    `\ndist/: ${files.length} files, ${mb(sizes.reduce((sum, [, size]) => sum + size, 0) / 1024)} MB`,
  )
  for (const [file, size] of sizes)
    console.log(`  ${file.padEnd(14)} ${(size / 1024).toFixed(0).padStart(6)} KB`)
}

// ---------------------------------------------------------------------------------------------------
// Measuring

// The plain Pebble logs one line per request it handles: `Pebble <date> <time> <METHOD> <path> -> calling handler()`.
function pebbleLog() {
  return join(dir, 'pebble-plain.log')
}

async function pebbleLogSize() {
  return (await stat(pebbleLog())).size
}

/** The requests Pebble handled since the log had `offset` bytes: all of them, and the new-nonce ones. */
async function caRequestsSince(offset) {
  const text = (await readFile(pebbleLog())).subarray(offset).toString('utf8')
  const requests = [...text.matchAll(/^Pebble \S+ \S+ (\S+) (\S+) -> calling handler\(\)$/gm)]
  return {
    total: requests.length,
    newNonce: requests.filter(([, , path]) => path.startsWith('/nonce-plz')).length,
  }
}

/**
 * Runs `command` under GNU time: wall seconds (%e) and peak RSS in KiB (%M) of the command itself, not of
 * whatever `wrap` puts around the timed command. Output goes to run.log in `runDir`.
 */
async function measure(command, { env, runDir, timeoutMs, wrap = (timed) => timed }) {
  const timeFile = join(runDir, 'time')
  const logPath = join(runDir, 'run.log')
  const argv = wrap([TIME, '-f', '%e,%M,%U,%S', '-o', timeFile, ...command])
  const log = openSync(logPath, 'w')
  const child = spawn(argv[0], argv.slice(1), {
    env,
    cwd: runDir,
    detached: true,
    stdio: ['ignore', log, log],
  })
  current = child
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    killGroup(child, 'SIGKILL')
  }, timeoutMs)
  const code = await new Promise((resolve) => {
    child.on('error', (error) => resolve(`${argv[0]}: ${error.message}`))
    child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal))
  })
  clearTimeout(timer)
  current = undefined
  closeSync(log)
  let wallSeconds
  let peakKb
  let cpuSeconds
  try {
    // On failure GNU time first writes "Command exited with non-zero status N"; the format is the last line.
    const last = (await readFile(timeFile, 'utf8')).trim().split('\n').at(-1)
    const match = /^(\d+(?:\.\d+)?),(\d+),(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)$/.exec(last ?? '')
    if (match) {
      wallSeconds = Number(match[1])
      peakKb = Number(match[2])
      cpuSeconds = Number(match[3]) + Number(match[4])
    }
  } catch {}
  return { code, timedOut, timeoutMs, wallSeconds, peakKb, cpuSeconds, logPath }
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {}
}

// ---------------------------------------------------------------------------------------------------
// Report

function describe(run) {
  if (run.timedOut) return `stopped after ${run.timeoutMs / 1000} s (log ${run.logPath})`
  if (!run.ok) return `FAILED (exit ${run.code}, log ${run.logPath})`
  const own = run.ownSeconds === undefined ? '' : `, ${run.ownSeconds.toFixed(2)} s own`
  const ca = run.ca === undefined ? '' : `, ${run.ca.total} CA requests (${run.ca.newNonce} new nonces)`
  return `${run.wallSeconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU${own}, ${mb(run.peakKb)} MB peak${ca}`
}

function printTable(results) {
  const header = [
    'scenario',
    'certalias median (min)',
    'certalias CPU median (min)',
    'certalias own time',
    'certalias peak MB',
    'CA requests (budget)',
    'new nonces (budget)',
    'lego time',
    'lego peak MB',
  ]
  const rows = results.map(({ scenario, certalias, lego }) => {
    const good = certalias.filter((run) => run.ok)
    const legoGood = lego.filter((run) => run.ok)
    return [
      scenario.label,
      good.length > 0 ? medianMin(good.map((run) => run.wallSeconds)) : 'failed',
      good.length > 0 ? medianMin(good.map((run) => run.cpuSeconds)) : '-',
      good.some((run) => run.ownSeconds !== undefined)
        ? `${median(good.map((run) => run.ownSeconds ?? Number.NaN)).toFixed(2)} s`
        : '-',
      good.length > 0 ? mb(Math.max(...good.map((run) => run.peakKb))) : '-',
      good.length > 0
        ? requestCell(
            good.map((run) => run.ca.total),
            scenario.notDue ? undefined : 2 * scenario.names.length + 15,
          )
        : '-',
      good.length > 0
        ? requestCell(
            good.map((run) => run.ca.newNonce),
            scenario.notDue ? undefined : 5,
          )
        : '-',
      legoCell(lego, legoGood),
      legoGood.length > 0 ? mb(Math.max(...legoGood.map((run) => run.peakKb))) : '-',
    ].concat(failures(certalias, 'certalias'), failures(lego, 'lego'))
  })
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length)),
  )
  const line = (cells) =>
    `| ${cells
      .slice(0, header.length)
      .map((cell, column) => String(cell).padEnd(widths[column]))
      .join(' | ')} |`
  console.log(
    `\nWall and CPU time (user + system) from GNU time (process start to exit, Node start-up included for certalias); own time is`,
  )
  console.log(
    `certalias's pipeline clock (median); peak MB is the largest peak RSS (MiB) over the successful runs; CA`,
  )
  console.log(
    `requests and new nonces are the largest count over the successful runs, with issue 8's budget for N names.\n`,
  )
  console.log(line(header))
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
  for (const row of rows) console.log(line(row))
  for (const row of rows) for (const note of row.slice(header.length)) console.log(`${row[0]}: ${note}`)
}

/** The largest count over the runs, and the budget when there is one: `43 (≤ 55)`. */
function requestCell(counts, budget) {
  const most = Math.max(...counts)
  return budget === undefined ? String(most) : `${most} (${most <= budget ? '≤' : 'OVER'} ${budget})`
}

function legoCell(all, good) {
  if (all.length === 0) return 'not run'
  if (all.some((run) => run.timedOut)) return `stopped after ${LEGO_TIMEOUT_MS / 1000} s`
  if (good.length === 0) return 'failed'
  if (good.length === 1) return `${good[0].wallSeconds.toFixed(2)} s`
  return medianMin(good.map((run) => run.wallSeconds))
}

function failures(runs, name) {
  const bad = runs.filter((run) => !run.ok && !run.timedOut).length
  return bad > 0 ? [`${bad} of ${runs.length} ${name} run(s) failed`] : []
}

function medianMin(seconds) {
  return `${median(seconds).toFixed(2)} s (${Math.min(...seconds).toFixed(2)} s)`
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function mb(kb) {
  return (kb / 1024).toFixed(1)
}

// ---------------------------------------------------------------------------------------------------
// Small helpers

function count(value, flag, least = 1) {
  const n = Number(value)
  if (!Number.isInteger(n) || n < least) {
    console.error(`${flag} takes a whole number of runs, at least ${least} (got "${value}")`)
    process.exit(2)
  }
  return n
}

function slug(label) {
  return label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')
}

/** GNU time (Debian package `time`), which the shell's `time` keyword cannot replace: it reports peak RSS. */
async function ensureGnuTime() {
  if (existsSync(TIME)) return
  console.log('bench: installing GNU time (package time)')
  const apt = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get']
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'time']]) {
    const argv = isRoot ? [...apt, ...args] : ['sudo', ...apt, ...args]
    const status = await new Promise((resolve) => {
      const child = spawn(argv[0], argv.slice(1), { stdio: 'inherit' })
      child.on('error', () => resolve(1))
      child.on('exit', resolve)
    })
    if (status !== 0) throw new Error(`bench: ${argv.join(' ')} failed`)
  }
  if (!existsSync(TIME)) throw new Error(`bench: ${TIME} is still missing after installing package time`)
}
