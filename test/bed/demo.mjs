// npm run demo: starts the local test bed and issues one certificate through a CNAME-delegated alias zone,
// running dist/index.js exactly as the GitHub runner does, then prints where the files are.
import { spawn } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensurePackages, startBed, stopBed } from './bed.mjs'
import { ACME_DIRECTORY, BIND, RESOLVER, TSIG_ALGORITHM, TSIG_NAME } from './topology.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const name = 'www.example.test'
const alias = '_acme-challenge.validation.bind.test'

await ensurePackages({ log: console.log })
const dir = join(root, 'test', '.bed', `demo-${new Date().toISOString().replace(/[:.]/g, '-')}`)
const bed = await startBed({ dir, log: () => {} }).catch((error) => {
  console.error(error.message)
  process.exit(1)
})
let code = 1
try {
  console.log(
    `Test bed up in ${bed.startupMs} ms: Pebble (ACME CA), Unbound (resolver), BIND and PowerDNS (two masters of example.test).`,
  )
  console.log(`Published in both masters: _acme-challenge.${name}. CNAME ${alias}.`)
  console.log(`certalias writes the TXT record at ${alias} on BIND (RFC 2136 + TSIG).\n`)
  code = await runAction()
} finally {
  await stopBed(bed)
}
process.exit(code)

async function runAction() {
  const runner = join(dir, 'runner')
  await mkdir(runner, { recursive: true })
  const files = {
    output: join(runner, 'output'),
    state: join(runner, 'state'),
    summary: join(runner, 'summary'),
  }
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')))
  const env = {
    PATH: process.env.PATH,
    NODE_EXTRA_CA_CERTS: bed.caCertPath,
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
    RFC2136_TSIG_SECRET: bed.tsigSecret,
    RFC2136_TSIG_ALGORITHM: TSIG_ALGORITHM,
  }
  const started = Date.now()
  const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let pending = ''
  child.stdout.on('data', (chunk) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    // The runner hides its commands (masks, debug lines) and shows errors as annotations.
    for (const line of lines) {
      if (line.startsWith('::add-mask::') || line.startsWith('::debug::')) continue
      console.log(
        line.startsWith('::error::') ? `ERROR: ${line.slice(9).replace(/%0A/g, '\n')}` : `  ${line}`,
      )
    }
  })
  const code = await new Promise((resolve) => child.on('close', resolve))
  const elapsed = Date.now() - started
  if (code !== 0) return code
  const outputs = Object.fromEntries(
    [...(await readFile(files.output, 'utf8')).matchAll(/^([^<\n]+)<<(.+)\n([\s\S]*?)\n\2$/gm)].map((m) => [
      m[1],
      m[3],
    ]),
  )
  const certificate = new X509Certificate(await readFile(outputs.certificate_path))
  console.log(`\nIssued in ${elapsed} ms (the whole process, Node start included).`)
  console.log(`  names:     ${outputs.domains}`)
  console.log(`  issuer:    ${certificate.issuer.replace(/\n/g, ', ')}`)
  console.log(`  not after: ${outputs.not_after}`)
  console.log(`  serial:    ${outputs.serial}`)
  console.log('Files:')
  for (const output of ['certificate_path', 'chain_path', 'fullchain_path', 'private_key_path']) {
    console.log(`  ${output.padEnd(17)} ${outputs[output]}`)
  }
  console.log(`Job summary (markdown): ${files.summary}`)
  return 0
}
