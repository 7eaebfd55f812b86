// mode: plan decides each entry on a Host that prefixes its lines: every other method of the Host still works,
// whichever adapter's Host it is (the command line's is a class, whose methods a spread of it would lose).
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it, vi } from 'vitest'
import { CliHost } from '../../src/cli/index.js'
import { ALL_INPUTS } from '../../src/config/all-inputs.js'
import { planFleet } from '../../src/modes/fleet.js'
import { selfSigned } from '../support/certificates.js'

afterEach(() => {
  vi.restoreAllMocks()
})

it("decides an entry whose files hold the key on the command line's Host, the key masked there", async () => {
  const dir = await mkdtemp(join(tmpdir(), 'certalias-fleet-'))
  const now = Date.now()
  const made = await selfSigned({
    names: ['a.example.test'],
    notBefore: new Date(now - 86_400_000),
    notAfter: new Date(now + 80 * 86_400_000),
  })
  await writeFile(join(dir, 'cert.pem'), made.certificate)
  await writeFile(join(dir, 'fullchain.pem'), made.certificate)
  await writeFile(join(dir, 'chain.pem'), '')
  await writeFile(join(dir, 'privkey.pem'), made.privateKey, { mode: 0o600 })
  const inputs: Record<string, string> = {
    certificates: `- {domain: a.example.test, output_dir: ${dir}}`,
    dns_provider: 'exec',
    // nothing listens there: the CA's renewal information is a warning, and the lifetime rule decides
    acme_server: 'https://127.0.0.1:9/dir',
  }
  const env = { EXEC_PATH: '/bin/true' }
  const host = new CliHost(false)
  const stderr: string[] = []
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr.push(String(chunk))
    return true
  })
  await planFleet(host, {
    getInput: (name) => inputs[name] ?? ALL_INPUTS.find((i) => i.name === name)?.default ?? '',
    env,
    context: { host, env },
  })
  expect(host.outputs.get('due_count')).toBe('0')
  const keyLine = made.privateKey.split('\n')[1] as string
  expect(host.redact(`key ${keyLine}`)).toBe('key ***')
  expect(stderr.join('')).toMatch(/\[a\.example\.test\] Decision: keep the current certificate/)
})
