// The `files` destination: the PKCS#12 file, read back with the machine's OpenSSL 3 (no legacy provider),
// and the outputs.
import { execFileSync, spawnSync } from 'node:child_process'
import { createPrivateKey, X509Certificate } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { filesStore, writeCertificateFiles } from '../../src/stores/files/index.js'
import { makePkcs12, PKCS12_ITERATIONS } from '../../src/stores/files/pkcs12.js'
import type { CertificateBundle } from '../../src/stores/types.js'
import { recordingHost } from '../support/host.js'

// An empty configuration: OpenSSL 3 loads its default provider only, so a file needing RC2/3DES/SHA-1 MAC fails.
const opensslEnv = { ...process.env, OPENSSL_CONF: '/dev/null' }

function openssl(args: string[], input?: string): string {
  return execFileSync('openssl', args, { env: opensslEnv, input, encoding: 'utf8', stdio: 'pipe' })
}

function pemBlocks(text: string, kind: string): string[] {
  return text.match(new RegExp(`-----BEGIN ${kind}-----[\\s\\S]+?-----END ${kind}-----`, 'g')) ?? []
}

let work: string

/** A CA, and a leaf it signs for the names: the "issued" certificate with a one-certificate chain. */
function issue(names: string[], keyType: 'ec' | 'rsa') {
  const dir = mkdtempSync(join(work, 'issue-'))
  const keyArgs =
    keyType === 'ec' ? ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'] : ['-newkey', 'rsa:2048']
  openssl(
    [
      'req',
      '-x509',
      ...keyArgs,
      '-nodes',
      '-keyout',
      join(dir, 'ca.key'),
      '-out',
      join(dir, 'ca.pem'),
    ].concat(['-subj', '/CN=Test CA', '-days', '2']),
  )
  openssl(
    ['req', ...keyArgs, '-nodes', '-keyout', join(dir, 'leaf.key'), '-out', join(dir, 'leaf.csr')].concat([
      '-subj',
      `/CN=${names[0]}`,
    ]),
  )
  writeFileSync(join(dir, 'ext'), `subjectAltName=${names.map((n) => `DNS:${n}`).join(',')}\n`)
  openssl(
    [
      'x509',
      '-req',
      '-in',
      join(dir, 'leaf.csr'),
      '-CA',
      join(dir, 'ca.pem'),
      '-CAkey',
      join(dir, 'ca.key'),
    ].concat(['-out', join(dir, 'leaf.pem'), '-days', '1', '-extfile', join(dir, 'ext')]),
  )
  const certificate = readFileSync(join(dir, 'leaf.pem'), 'utf8')
  const chain = readFileSync(join(dir, 'ca.pem'), 'utf8')
  // the pipeline hands over PKCS#8
  const privateKey = createPrivateKey(readFileSync(join(dir, 'leaf.key'))).export({
    type: 'pkcs8',
    format: 'pem',
  })
  return { certificate, chain, fullchain: certificate + chain, privateKey: String(privateKey) }
}

async function bundleFor(names: string[], keyType: 'ec' | 'rsa' = 'ec'): Promise<CertificateBundle> {
  const issued = issue(names, keyType)
  const directory = mkdtempSync(join(work, 'out-'))
  // as the pipeline does: the PEM set first, then the stores
  const files = await writeCertificateFiles(directory, issued)
  const x509 = new X509Certificate(issued.certificate)
  return {
    names,
    ...issued,
    notAfter: new Date(x509.validTo).toISOString(),
    serial: x509.serialNumber.toLowerCase(),
    files: { directory, ...files },
  }
}

async function deliver(bundle: CertificateBundle, inputs: Record<string, string>) {
  const host = recordingHost()
  const options = filesStore.readOptions((name) => inputs[name] ?? '', {})
  const delivery = await filesStore.create(options, { host, env: {} }).deliver(bundle)
  return { delivery, host }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'certalias-files-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('files store: cert.pfx', () => {
  const password = 'correct horse battery staple'

  it.each(['ec', 'rsa'] as const)(
    'writes a PKCS#12 that OpenSSL 3 opens without -legacy, holding the issued %s key, the leaf and the chain',
    async (keyType) => {
      const bundle = await bundleFor(['example.com', 'www.example.com'], keyType)
      const { delivery } = await deliver(bundle, { pfx_password: password })
      const pfx = join(bundle.files.directory, 'cert.pfx')
      expect(delivery.outputs?.pfx_path).toBe(pfx)

      const all = openssl(['pkcs12', '-in', pfx, '-passin', `pass:${password}`, '-nodes'])
      const [key] = pemBlocks(all, 'PRIVATE KEY')
      expect(createPrivateKey(key as string).export({ type: 'pkcs8', format: 'der' })).toEqual(
        createPrivateKey(bundle.privateKey).export({ type: 'pkcs8', format: 'der' }),
      )
      const raw = (pem: string) => new X509Certificate(pem).raw
      const leaf = pemBlocks(
        openssl(['pkcs12', '-in', pfx, '-passin', `pass:${password}`, '-clcerts', '-nokeys']),
        'CERTIFICATE',
      )
      const chain = pemBlocks(
        openssl(['pkcs12', '-in', pfx, '-passin', `pass:${password}`, '-cacerts', '-nokeys']),
        'CERTIFICATE',
      )
      expect(leaf.map(raw)).toEqual([raw(bundle.certificate)])
      expect(chain.map(raw)).toEqual([raw(bundle.chain)])
      // the key and the leaf carry the primary name as friendly name and the same localKeyID
      expect(all.match(/friendlyName: example\.com/g)).toHaveLength(2)
      const ids = [...all.matchAll(/localKeyID: ([0-9A-F ]+)/g)].map((m) => m[1])
      expect(ids).toHaveLength(2)
      expect(ids[0]).toBe(ids[1])
    },
  )

  it('encrypts key and certificates with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) and protects the file with a SHA-256 MAC', async () => {
    const bundle = await bundleFor(['example.com'])
    await deliver(bundle, { pfx_password: password })
    const pfx = join(bundle.files.directory, 'cert.pfx')
    // -info prints the structure on stderr
    const result = spawnSync(
      'openssl',
      ['pkcs12', '-info', '-in', pfx, '-passin', `pass:${password}`, '-noout'],
      {
        env: opensslEnv,
        encoding: 'utf8',
      },
    )
    expect(result.status).toBe(0)
    const structure = result.stderr
    const scheme = `PBES2, PBKDF2, AES-256-CBC, Iteration ${PKCS12_ITERATIONS}, PRF hmacWithSHA256`
    expect(structure).toContain(`MAC: sha256, Iteration ${PKCS12_ITERATIONS}`)
    expect(structure).toContain(`PKCS7 Encrypted data: ${scheme}`)
    expect(structure).toContain(`Shrouded Keybag: ${scheme}`)
    expect(structure).not.toMatch(/RC2|3DES|des-ede|sha1/i)
  })

  it('writes cert.pfx with mode 0600', async () => {
    const bundle = await bundleFor(['example.com'])
    await deliver(bundle, { pfx_password: password })
    expect(statSync(join(bundle.files.directory, 'cert.pfx')).mode & 0o777).toBe(0o600)
  })

  it('refuses a wrong password (MAC verification fails)', async () => {
    const bundle = await bundleFor(['example.com'])
    await deliver(bundle, { pfx_password: password })
    const result = spawnSync(
      'openssl',
      ['pkcs12', '-in', join(bundle.files.directory, 'cert.pfx'), '-passin', 'pass:wrong', '-nodes'],
      { env: opensslEnv, encoding: 'utf8' },
    )
    expect(result.status).not.toBe(0)
    expect(result.stderr).toMatch(/Mac verify error/i)
    expect(result.stdout).not.toContain('PRIVATE KEY')
  })

  it('takes a non-ASCII password the way OpenSSL does (UTF-8 for PBKDF2, BMPString for the MAC)', async () => {
    const bundle = await bundleFor(['example.com'])
    const unicode = 'pässwörd-ключ-🔑'
    await deliver(bundle, { pfx_password: unicode })
    const all = openssl([
      'pkcs12',
      '-in',
      join(bundle.files.directory, 'cert.pfx'),
      '-passin',
      `pass:${unicode}`,
      '-nodes',
    ])
    expect(pemBlocks(all, 'PRIVATE KEY')).toHaveLength(1)
  })

  it('names the key and the leaf after the primary name, a wildcard included', async () => {
    const bundle = await bundleFor(['*.example.com', 'example.com'])
    await deliver(bundle, { pfx_password: password })
    const all = openssl([
      'pkcs12',
      '-in',
      join(bundle.files.directory, 'cert.pfx'),
      '-passin',
      `pass:${password}`,
      '-nodes',
    ])
    expect(all.match(/friendlyName: \*\.example\.com/g)).toHaveLength(2)
  })

  it('masks the password and never puts it or the key in an output or the delivery', async () => {
    const bundle = await bundleFor(['example.com'])
    const { delivery, host } = await deliver(bundle, { pfx_password: password })
    expect(host.masked).toContain(password)
    const published = JSON.stringify(delivery) + host.lines.join('\n')
    expect(published).not.toContain(password)
    const keyBody = bundle.privateKey.split('\n').filter((l) => l !== '' && !l.startsWith('-----'))
    for (const line of keyBody) expect(published).not.toContain(line)
  })

  it('refuses to write a PKCS#12 whose key does not belong to the certificate', () => {
    const a = issue(['example.com'], 'ec')
    const b = issue(['example.com'], 'ec')
    expect(() =>
      makePkcs12({
        privateKey: b.privateKey,
        certificates: a.fullchain,
        password,
        friendlyName: 'example.com',
      }),
    ).toThrow(/does not belong to the certificate/)
  })
})

describe('files store: outputs and options', () => {
  it('masks nothing without pfx_password: the PEM set is public but for the key, masked by the pipeline', async () => {
    const bundle = await bundleFor(['example.com'])
    const { delivery, host } = await deliver(bundle, {})
    expect(delivery.outputs).toEqual({})
    expect(host.masked).toEqual([])
  })

  it('writes no cert.pfx and sets no pfx_path without pfx_password, and removes a stale cert.pfx', async () => {
    const bundle = await bundleFor(['example.com'])
    const stale = join(bundle.files.directory, 'cert.pfx')
    writeFileSync(stale, 'an older certificate')
    const { delivery } = await deliver(bundle, {})
    expect(existsSync(stale)).toBe(false)
    expect(delivery.outputs).not.toHaveProperty('pfx_path')
    expect(delivery.destination).toContain(bundle.files.directory)
  })

  it('declares pfx_password as a secret input and reads it only when given', () => {
    expect(filesStore.inputs).toEqual([expect.objectContaining({ name: 'pfx_password', secret: true })])
    expect(filesStore.readOptions(() => '', {})).toEqual({})
    expect(filesStore.readOptions((n) => (n === 'pfx_password' ? 's3cret' : ''), {})).toEqual({
      pfxPassword: 's3cret',
    })
  })
})
