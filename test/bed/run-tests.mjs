// npm test: installs what the bed needs, starts it, runs vitest against it, stops it.
// Extra arguments go to vitest (npm test -- test/e2e/issue.test.ts).
import { spawn } from 'node:child_process'
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureOldestNode, ensurePackages, startBed, stopBed } from './bed.mjs'
import { BED_DIR_ENV } from './topology.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const beds = join(root, 'test', '.bed')
const KEEP_BEDS = 5 // earlier bed directories kept for their logs

const log = (line) => console.log(line)

// Another `node` (a Node installed beside the node package, or an `npm install` linking one over it) can leave
// node_modules/.bin/node pointing elsewhere, and the suite would quietly run on that Node.
const { version: newest } = JSON.parse(
  await readFile(join(root, 'node_modules', 'node', 'package.json'), 'utf8'),
)
if (process.version !== `v${newest}`) {
  console.error(
    `npm test runs on Node ${process.version}, not ${newest} of the node package: node_modules/.bin/node points ` +
      'elsewhere; npm ci links it again',
  )
  process.exit(1)
}

await ensurePackages({ log })
await ensureOldestNode({ log })
await pruneOldBeds()
const dir = join(beds, new Date().toISOString().replace(/[:.]/g, '-'))
const bed = await startBed({ dir, log }).catch((error) => {
  // The message carries the failing server's log; a stack trace of the bed script would only hide it.
  console.error(error.message)
  process.exit(1)
})
log(`bed: up in ${bed.startupMs} ms, files in ${dir}`)

// Two vitest processes side by side: the unit project (local fakes, its files in parallel) and the e2e project
// (the bed's servers, one file at a time). One vitest run with both projects ran them one after the other.
const projects = ['unit', 'e2e']
let codes = [1]
const reports = projects.map((project) => join(dir, `vitest-${project}.json`))
try {
  codes = await Promise.all(
    projects.map((project, i) =>
      runVitest([
        `--project=${project}`,
        '--passWithNoTests',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${reports[i]}`,
        ...process.argv.slice(2),
      ]),
    ),
  )
} finally {
  await stopBed(bed, { log })
}
await printTotals(reports)
process.exit(codes.find((code) => code !== 0) ?? 0)

/** One plain closing line, the same for every runner that reads it: `tests: N passed, N failed, N skipped`. */
async function printTotals(files) {
  const totals = { passed: 0, failed: 0, skipped: 0 }
  for (const file of files) {
    try {
      const report = JSON.parse(await readFile(file, 'utf8'))
      totals.passed += report.numPassedTests
      totals.failed += report.numFailedTests
      totals.skipped += report.numPendingTests + report.numTodoTests
    } catch {
      // no report: vitest did not get as far as running tests, and its exit code says so
    }
  }
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
}

function runVitest(args) {
  // Run vitest with this Node (24), not whatever `node` the vitest script's shebang would find.
  const vitest = join(root, 'node_modules', '.bin', 'vitest')
  const child = spawn(process.execPath, [vitest, 'run', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, [BED_DIR_ENV]: dir, NODE_EXTRA_CA_CERTS: bed.caCertPath },
  })
  // If this runner is stopped by a signal (the bed's handler then exits), vitest must not run on alone.
  const stopVitest = () => child.kill('SIGTERM')
  process.on('exit', stopVitest)
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`cannot run vitest: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (exitCode) => {
      process.off('exit', stopVitest)
      resolve(exitCode ?? 1) // null: vitest was killed by a signal
    })
  })
}

async function pruneOldBeds() {
  let names = []
  try {
    names = (await readdir(beds)).sort()
  } catch {
    return
  }
  // Timestamped names sort by age; keep the newest few.
  for (const name of names.slice(0, Math.max(0, names.length - KEEP_BEDS + 1))) {
    await rm(join(beds, name), { recursive: true, force: true })
  }
}
