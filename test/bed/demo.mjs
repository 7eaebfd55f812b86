// npm run demo: starts the local test bed, shows a mistake certalias catches (a CNAME missing on one of the two
// masters: the run stops before ordering, naming the server and the record to publish), then issues one
// certificate through the CNAME-delegated alias zone. dist/index.js runs exactly as the GitHub runner runs it.
import { spawn } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensurePackages, startBed, stopBed } from './bed.mjs'
import { ACME_DIRECTORY, BIND, PDNS, RESOLVER, TSIG_ALGORITHM, TSIG_NAME } from './topology.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const alias = '_acme-challenge.validation.bind.test'
const good = 'www.example.test'
// published on BIND only: the bed's master PowerDNS lacks it
const broken = 'missing.example.test'

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensurePackages({ log: console.log })
  const dir = join(root, 'test', '.bed', `demo-${new Date().toISOString().replace(/[:.]/g, '-')}`)
  const bed = await startBed({ dir, log: () => {} }).catch((error) => {
    console.error(error.message)
    process.exit(1)
  })
  let code = 1
  try {
    console.log(
      `Test bed up in ${bed.startupMs} ms: Pebble (ACME CA), Unbound (resolver), and two masters of example.test: ` +
        `BIND (ns1.example.test, ${BIND}) and PowerDNS (ns2.example.test, ${PDNS}).`,
    )
    code = await demo({ dir, tsigSecret: bed.tsigSecret, caCertPath: bed.caCertPath, log: console.log })
  } finally {
    await stopBed(bed)
  }
  process.exit(code)
}

/**
 * The two runs of the demo against a running bed, each line of their logs handed to `log`.
 * @returns the exit code: 0 when the mistake was caught and the certificate issued
 */
export async function demo({ dir, tsigSecret, caCertPath, log }) {
  log(`\n1. A mistake: _acme-challenge.${broken} has its CNAME on BIND only, not on PowerDNS.`)
  log('   A CA asking PowerDNS would fail the validation, at random. certalias asks every master first:\n')
  const caught = await run({ name: broken, runner: join(dir, 'runner-mistake'), tsigSecret, caCertPath, log })
  if (caught.code === 0 || /Order created/.test(caught.stdout)) {
    log('The missing CNAME was not caught.')
    return 1
  }
  log('\n   Caught before any order: no certificate spent, nothing written in DNS.')

  log(`\n2. Done right: _acme-challenge.${good}. CNAME ${alias}. on both masters;`)
  log(`   certalias writes the TXT record at ${alias} on BIND (RFC 2136 + TSIG):\n`)
  const issued = await run({ name: good, runner: join(dir, 'runner'), tsigSecret, caCertPath, log })
  if (issued.code !== 0) return issued.code
  const { outputs } = issued
  const certificate = new X509Certificate(await readFile(outputs.certificate_path))
  log(`\nIssued in ${issued.elapsedMs} ms (the whole process, Node start included).`)
  log(`  names:     ${outputs.domains}`)
  log(`  issuer:    ${certificate.issuer.replace(/\n/g, ', ')}`)
  log(`  not after: ${outputs.not_after}`)
  log(`  serial:    ${outputs.serial}`)
  log('Files:')
  for (const output of ['certificate_path', 'chain_path', 'fullchain_path', 'private_key_path']) {
    log(`  ${output.padEnd(17)} ${outputs[output]}`)
  }
  log(`Job summary (markdown): ${issued.summary}`)
  return 0
}

/** One run of dist/index.js as the runner starts it, for `name`, its log shown as the runner shows it. */
async function run({ name, runner, tsigSecret, caCertPath, log }) {
  await mkdir(runner, { recursive: true })
  const files = {
    output: join(runner, 'output'),
    state: join(runner, 'state'),
    summary: join(runner, 'summary'),
  }
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')))
  const env = {
    PATH: process.env.PATH,
    NODE_EXTRA_CA_CERTS: caCertPath,
    RUNNER_TEMP: runner,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    INPUT_DOMAIN: name,
    INPUT_DNS_PROVIDER: 'rfc2136',
    INPUT_DOMAIN_ALIAS: alias,
    INPUT_ACME_SERVER: ACME_DIRECTORY,
    INPUT_DNS_RESOLVERS: RESOLVER,
    INPUT_PROPAGATION_TIMEOUT: '30',
    RFC2136_NAMESERVER: BIND,
    RFC2136_TSIG_KEY: TSIG_NAME,
    RFC2136_TSIG_SECRET: tsigSecret,
    RFC2136_TSIG_ALGORITHM: TSIG_ALGORITHM,
  }
  const started = Date.now()
  const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let stdout = ''
  let pending = ''
  child.stdout.on('data', (chunk) => {
    stdout += chunk
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    // The runner hides its commands (masks, debug lines), folds groups under their title and shows errors and
    // warnings as annotations.
    for (const line of lines) {
      if (/^::(add-mask|debug|endgroup)::/.test(line)) continue
      if (line.startsWith('::group::')) {
        log(`  ▸ ${line.slice(9)}`)
        continue
      }
      const annotation = /^::(error|warning)::(.*)$/.exec(line)
      log(
        annotation === null
          ? `  ${line}`
          : `  ${annotation[1].toUpperCase()}: ${annotation[2].replace(/%0A/g, '\n    ').replace(/%25/g, '%')}`,
      )
    }
  })
  const code = await new Promise((resolve) => child.on('close', resolve))
  const outputs = Object.fromEntries(
    [...(await readFile(files.output, 'utf8')).matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm)].map((m) => [
      m[1],
      m[3],
    ]),
  )
  return { code, stdout, outputs, summary: files.summary, elapsedMs: Date.now() - started }
}
