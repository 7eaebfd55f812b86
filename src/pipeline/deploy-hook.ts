// deploy: the `deploy_hook` shell command, run once a certificate was issued and stored, as certbot's
// --deploy-hook, lego's --run-hook and acme.sh's --reloadcmd are. It gets the files in its environment and none of
// the secrets certalias was given: it is the user's command, and may log or pass on what it sees.
import { spawn } from 'node:child_process'
import { DESCRIPTORS } from '../providers/index.js'
import type { CertificateBundle } from '../stores/types.js'

/** The certificate as the hook sees it: its files (cert.pfx too, when `pfx_password` made one) and its facts. */
export type HookCertificate = Pick<CertificateBundle, 'names' | 'serial' | 'notAfter' | 'files'> & {
  readonly pfxPath?: string
}

/** The runner's own credentials: the job's token, and what fetches OIDC tokens and uploads artifacts. */
const RUNNER_TOKENS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_TOKEN',
  'GH_TOKEN',
]

/**
 * Every provider's credentials and secret settings under each name they are accepted by (not only the chosen
 * provider's: a job may hold several), and the AWS, Azure and Google credentials the destinations share.
 */
function providerSecrets(): Set<string> {
  const names = new Set<string>()
  for (const descriptor of Object.values(DESCRIPTORS)) {
    for (const setting of [...descriptor.credentials, ...descriptor.settings.filter((s) => s.secret)])
      for (const name of [setting.env, ...(setting.aliases ?? [])]) names.add(name)
  }
  return names
}

/**
 * The hook's environment: the process's, without the inputs (INPUT_*, CERTALIAS_*: they hold the account key,
 * tokens and passwords), the providers' credentials and the runner's tokens; with CERTALIAS_* naming the files.
 */
export function hookEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  certificate: HookCertificate,
): Record<string, string> {
  const secrets = providerSecrets()
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || secrets.has(name) || RUNNER_TOKENS.includes(name)) continue
    if (name.startsWith('INPUT_') || name.startsWith('CERTALIAS_')) continue
    kept[name] = value
  }
  const { files } = certificate
  return {
    ...kept,
    CERTALIAS_CERTIFICATE_PATH: files.certificatePath,
    CERTALIAS_CHAIN_PATH: files.chainPath,
    CERTALIAS_FULLCHAIN_PATH: files.fullchainPath,
    CERTALIAS_PRIVATE_KEY_PATH: files.privateKeyPath,
    ...(certificate.pfxPath === undefined ? {} : { CERTALIAS_PFX_PATH: certificate.pfxPath }),
    CERTALIAS_CERTIFICATE_DIR: files.directory,
    CERTALIAS_DOMAINS: certificate.names.join(','),
    CERTALIAS_PRIMARY_DOMAIN: certificate.names[0] ?? '',
    CERTALIAS_SERIAL: certificate.serial,
    CERTALIAS_NOT_AFTER: certificate.notAfter,
  }
}

/**
 * Runs `command` in the system's shell and waits for it. What it prints goes to the log line by line (the
 * command line's stdout holds the outputs alone); a failure names the exit status or the signal.
 */
export function runDeployHook(
  command: string,
  env: Readonly<Record<string, string>>,
  log: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] })
    for (const stream of [child.stdout, child.stderr]) {
      let pending = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        const lines = (pending + chunk).split(/\r?\n/)
        pending = lines.pop() ?? ''
        for (const line of lines) log(`deploy hook: ${line}`)
      })
      stream.on('end', () => {
        if (pending !== '') log(`deploy hook: ${pending}`)
      })
    }
    child.on('error', (error) => reject(new Error(`The deploy hook could not start: ${error.message}`)))
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else
        reject(
          new Error(
            `The deploy hook failed (${signal ? `stopped by ${signal}` : `exit status ${code}`}) after the ` +
              'certificate was stored; a run that keeps the certificate does not run it again: deploy this one by hand',
          ),
        )
    })
  })
}
