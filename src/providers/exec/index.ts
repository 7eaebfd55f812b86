// An external program changes the TXT values, called like lego's exec provider: `<EXEC_PATH> present|cleanup <fqdn.> <value>`.
import { spawn } from 'node:child_process'
import { redactSecrets } from '../../host.js'
import { hostnameProblem } from '../../names/index.js'
import { quote } from '../../text.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless } from '../zone.js'

const DEFAULT_TIMEOUT_S = 60
const STDERR_TAIL_CHARS = 600
// Variables whose values the program's output must not repeat in an error message.
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i
// What the program has no use for: the step's inputs (secret ones among them), certalias' own variables and saved
// state, and the runner's tokens for its services and for OIDC.
const WITHHELD = /^(INPUT_|CERTALIAS_|STATE_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$)/i

const descriptor: ProviderDescriptor = {
  id: 'exec',
  name: 'External program (lego exec)',
  credentials: [
    {
      env: 'EXEC_PATH',
      description:
        'Path of the program, run without a shell as `<EXEC_PATH> present <fqdn.> <value>` and ' +
        '`<EXEC_PATH> cleanup <fqdn.> <value>`, once per value; it gets the step environment but for the ' +
        "inputs (INPUT_*), the CERTALIAS_* variables and the runner's tokens",
    },
  ],
  settings: [
    {
      env: 'EXEC_TIMEOUT',
      description: 'Seconds one call may run before it is stopped and counted as failed',
      default: String(DEFAULT_TIMEOUT_S),
    },
  ],
  leastPrivilege:
    'The program holds whatever credential it uses: give it one that can change only TXT records of the alias ' +
    'zone, pass it through the step env from a secret, and let the program refuse any fqdn outside the alias ' +
    'zone. `present` must add the value and keep the others at the name; `cleanup` must remove only that value. ' +
    'A non-zero exit is a failure, and the end of its stderr is shown in the error, so keep secrets out of it.',
  docs: 'https://go-acme.github.io/lego/dns/exec/',
}

// One per process: a program doing its own read-merge-write must see one call per owner at a time.
const ownerLocks = new KeyedMutex()

export const exec = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const program = (context.env.EXEC_PATH ?? '').trim()
    if (program === '')
      throw new Error('EXEC_PATH must be the path of the program to run, e.g. ./scripts/dns-hook.sh')
    if ((context.env.EXEC_MODE ?? '').trim() !== '') {
      // lego's RAW mode passes the ACME token and key authorization, which this action keeps to itself
      throw new Error(
        'EXEC_MODE is not supported: the program is always called as `present|cleanup <fqdn.> <value>`',
      )
    }
    const timeoutMs = parseTimeout(context.env.EXEC_TIMEOUT) * 1000
    const secrets = Object.entries(context.env)
      .filter(([name, value]) => SECRET_NAME.test(name) && value !== undefined && value.length >= 6)
      .map(([, value]) => value as string)
    // every secret the run registered (each secret input is), and the variables named like one
    const redact = (text: string) => context.host.redact(redactSecrets(text, secrets))
    const env = Object.fromEntries(
      Object.entries({ ...process.env, ...context.env }).filter(([name]) => !WITHHELD.test(name)),
    )

    const run = (action: 'present' | 'cleanup', fqdn: string, value: string): Promise<void> =>
      new Promise((resolve, reject) => {
        const fail = (why: string, stderr: string) => {
          const tail = stderr.trim().slice(-STDERR_TAIL_CHARS)
          reject(
            new Error(redact(`exec: ${program} ${action} ${fqdn} ${why}${tail ? `; stderr: ${tail}` : ''}`)),
          )
        }
        // spawn, not execFile: only spawn makes the program lead its own process group (POSIX), so a
        // timeout can stop the program's children too, not only a shell that started them
        const child = spawn(program, [action, fqdn, value], {
          env,
          detached: process.platform !== 'win32',
          stdio: ['ignore', 'ignore', 'pipe'],
          windowsHide: true,
        })
        let stderr = ''
        child.stderr.setEncoding('utf8')
        child.stderr.on('data', (chunk: string) => {
          stderr = (stderr + chunk).slice(-4 * STDERR_TAIL_CHARS)
        })
        let timedOut = false
        const timer = setTimeout(() => {
          timedOut = true
          try {
            if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL')
            else child.kill('SIGKILL')
          } catch {
            child.kill('SIGKILL')
          }
        }, timeoutMs)
        child.on('error', (error: NodeJS.ErrnoException) => {
          clearTimeout(timer)
          fail(
            `could not be started (${error.code ?? error.message}): check EXEC_PATH and that the file is executable`,
            '',
          )
        })
        child.on('close', (code, signal) => {
          clearTimeout(timer)
          if (timedOut)
            fail(`did not finish within ${timeoutMs / 1000} s (EXEC_TIMEOUT) and was stopped`, stderr)
          else if (code === 0) resolve()
          else if (code !== null) fail(`exited with status ${code}`, stderr)
          else fail(`ended by signal ${signal ?? 'unknown'}`, stderr)
        })
      })

    async function each(action: 'present' | 'cleanup', owner: string, values: string[]): Promise<void> {
      // the program gets the name as an argument: only a host name, whatever reached this far
      const notHost = hostnameProblem(absoluteless(owner))
      if (notHost !== undefined)
        throw new Error(`exec: the owner ${quote(owner)} is no host name (${notHost})`)
      const fqdn = `${absoluteless(owner)}.`
      await ownerLocks.run(ownerKey(program, owner), async () => {
        for (const value of new Set(values)) await run(action, fqdn, value)
      })
    }

    return {
      id: 'exec',
      append: (_zone, owner, values) => each('present', owner, values),
      remove: (_zone, owner, values) => each('cleanup', owner, values),
    }
  },
} satisfies ProviderModule

function parseTimeout(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_TIMEOUT_S
  const seconds = Number(value.trim())
  if (!/^\d+$/.test(value.trim()) || seconds < 1 || seconds > 3600) {
    throw new Error(`EXEC_TIMEOUT must be a whole number of seconds from 1 to 3600, e.g. 60; got "${value}"`)
  }
  return seconds
}
