// The `artifact` destination. The real @actions/artifact client needs a job's ACTIONS_RUNTIME_TOKEN and the
// runner's results service (Twirp API plus blob storage), which exist only inside GitHub Actions; the fake
// below takes its place through the store's injectable uploader and keeps a copy of exactly what it was
// handed, so the tests inspect the artifact's contents byte for byte.
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { bech32 } from '@scure/base'
import { Decrypter, generateIdentity, identityToRecipient } from 'age-encryption'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type ArtifactOptions,
  type ArtifactUploader,
  artifactStore,
  defaultArtifactName,
  KEY_NOT_INCLUDED,
} from '../../src/stores/artifact/index.js'
import type { CertificateBundle } from '../../src/stores/types.js'
import { recordingHost } from '../support/host.js'

let work: string

interface Upload {
  readonly name: string
  readonly rootDirectory: string
  readonly options: { retentionDays?: number } | undefined
  /** Where the fake copied the files: relative path -> copy. */
  readonly files: Map<string, string>
}

/** Stands in for DefaultArtifactClient: copies what it is given, as the real one would zip it. */
function fakeUploader(fail?: Error): ArtifactUploader & { uploads: Upload[] } {
  const uploads: Upload[] = []
  return {
    uploads,
    async uploadArtifact(name, files, rootDirectory, options) {
      if (fail) throw fail
      const copy = await mkdtemp(join(work, 'uploaded-'))
      const copied = new Map<string, string>()
      for (const file of files) {
        const path = relative(rootDirectory, file)
        await mkdir(join(copy, path, '..'), { recursive: true })
        await copyFile(file, join(copy, path))
        copied.set(path, join(copy, path))
      }
      uploads.push({ name, rootDirectory, options, files: copied })
      return { id: 4242, size: 1 }
    },
  }
}

function bundleFor(names: string[]): CertificateBundle {
  const dir = mkdtempSync(join(work, 'issue-'))
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  const keyFile = join(dir, 'key.pem')
  writeFileSync(keyFile, keyPem, { mode: 0o600 })
  const certificate = execFileSync(
    'openssl',
    ['req', '-x509', '-key', keyFile, '-subj', `/CN=${names[0]}`, '-days', '1'],
    { encoding: 'utf8' },
  )
  // a stand-in issuer: any other certificate will do for the chain
  const caKey = join(dir, 'ca.key')
  const chain = execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      caKey,
    ].concat(['-subj', '/CN=Test CA', '-days', '1']),
    { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] },
  )
  return {
    names,
    certificate,
    chain,
    fullchain: certificate + chain,
    privateKey: keyPem,
    notAfter: new Date(Date.now() + 86_400_000).toISOString(),
    serial: '01',
    files: {
      directory: dir,
      certificatePath: join(dir, 'cert.pem'),
      chainPath: join(dir, 'chain.pem'),
      fullchainPath: join(dir, 'fullchain.pem'),
      privateKeyPath: join(dir, 'privkey.pem'),
    },
  }
}

function readOptions(inputs: Record<string, string>): ArtifactOptions {
  return artifactStore.readOptions((name) => inputs[name] ?? '', {})
}

function optionError(inputs: Record<string, string>): string {
  try {
    readOptions(inputs)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected readOptions to throw')
}

type FakeUploader = ReturnType<typeof fakeUploader>

/** Delivers through the given uploader; the result's `uploader` is the fake when none was given. */
async function deliver(bundle: CertificateBundle, inputs: Record<string, string>, given?: ArtifactUploader) {
  const uploader = (given ?? fakeUploader()) as FakeUploader
  const host = recordingHost()
  const runnerTemp = mkdtempSync(join(work, 'runner-temp-'))
  const store = artifactStore.create(
    readOptions(inputs),
    { host, env: { RUNNER_TEMP: runnerTemp } },
    uploader,
  )
  const delivery = await store.deliver(bundle)
  return { delivery, host, uploader, runnerTemp }
}

/** The key's base64 body lines and its DER: none may appear in any uploaded file. */
function keyFragments(privateKeyPem: string): Buffer[] {
  const lines = privateKeyPem.split('\n').filter((l) => l !== '' && !l.startsWith('-----'))
  const der = Buffer.from(lines.join(''), 'base64')
  return [...lines.map((l) => Buffer.from(l)), der]
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'certalias-artifact-'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('artifact store: delivery', () => {
  it('uploads cert, chain, fullchain and the key encrypted to the recipient, which its age identity decrypts', async () => {
    const identity = await generateIdentity()
    const recipient = await identityToRecipient(identity)
    const bundle = bundleFor(['example.com', 'www.example.com'])
    const { uploader, delivery } = await deliver(bundle, { artifact_recipient: recipient })

    const [upload] = uploader.uploads
    expect([...(upload?.files.keys() ?? [])].sort()).toEqual([
      'cert.pem',
      'chain.pem',
      'fullchain.pem',
      'privkey.pem.age',
    ])
    const file = (name: string) => readFileSync(upload?.files.get(name) as string)
    expect(file('cert.pem').toString()).toBe(bundle.certificate)
    expect(file('chain.pem').toString()).toBe(bundle.chain)
    expect(file('fullchain.pem').toString()).toBe(bundle.fullchain)
    const decrypter = new Decrypter()
    decrypter.addIdentity(identity)
    expect(await decrypter.decrypt(file('privkey.pem.age'), 'text')).toBe(bundle.privateKey)
    expect(delivery.destination).toContain('privkey.pem.age is encrypted to 1 age recipient')
    expect(delivery.outputs).toEqual({ artifact_name: 'certificate-example.com', artifact_id: '4242' })
  })

  it('never puts the private key in the clear in any uploaded file', async () => {
    const recipient = await identityToRecipient(await generateIdentity())
    const bundle = bundleFor(['example.com'])
    for (const inputs of [{ artifact_recipient: recipient }, {}] as Record<string, string>[]) {
      const { uploader } = await deliver(bundle, inputs)
      for (const copy of uploader.uploads[0]?.files.values() ?? []) {
        const content = readFileSync(copy)
        for (const fragment of keyFragments(bundle.privateKey)) expect(content.includes(fragment)).toBe(false)
      }
    }
  })

  it('encrypts the key to every recipient given, each able to decrypt it alone', async () => {
    const identities = [await generateIdentity(), await generateIdentity()]
    const recipients = await Promise.all(identities.map((i) => identityToRecipient(i)))
    const bundle = bundleFor(['example.com'])
    const { uploader } = await deliver(bundle, { artifact_recipient: recipients.join(',\n') })
    const sealed = readFileSync(uploader.uploads[0]?.files.get('privkey.pem.age') as string)
    for (const identity of identities) {
      const decrypter = new Decrypter()
      decrypter.addIdentity(identity)
      expect(await decrypter.decrypt(sealed, 'text')).toBe(bundle.privateKey)
    }
  })

  it('without a recipient uploads the public parts only and says the key is not in the artifact', async () => {
    const bundle = bundleFor(['example.com'])
    const { uploader, delivery, host } = await deliver(bundle, {})
    expect([...(uploader.uploads[0]?.files.keys() ?? [])].sort()).toEqual([
      'cert.pem',
      'chain.pem',
      'fullchain.pem',
    ])
    expect(delivery.destination).toContain(KEY_NOT_INCLUDED)
    expect(host.lines.join('\n')).toContain(
      'the private key is not in the artifact: set artifact_recipient to include it encrypted',
    )
  })

  it('names the artifact certificate-<primary name> by default, a wildcard without its star', async () => {
    const { uploader } = await deliver(bundleFor(['*.example.com', 'example.com']), {})
    expect(uploader.uploads[0]?.name).toBe('certificate-_wildcard.example.com')
    expect(defaultArtifactName('example.com')).toBe('certificate-example.com')
    expect(defaultArtifactName('*.xn--bcher-kva.example')).toBe('certificate-_wildcard.xn--bcher-kva.example')
  })

  it('uses artifact_name and passes artifact_retention_days to the upload', async () => {
    const { uploader } = await deliver(bundleFor(['example.com']), {
      artifact_name: 'tls-prod',
      artifact_retention_days: '7',
    })
    expect(uploader.uploads[0]?.name).toBe('tls-prod')
    expect(uploader.uploads[0]?.options).toEqual({ retentionDays: 7 })
  })

  it("leaves retention to the repository's setting when artifact_retention_days is empty", async () => {
    const { uploader } = await deliver(bundleFor(['example.com']), {})
    expect(uploader.uploads[0]?.options).toEqual({})
  })

  it('uploads from a staging directory under RUNNER_TEMP and removes it afterwards', async () => {
    const { uploader, runnerTemp } = await deliver(bundleFor(['example.com']), {})
    const root = uploader.uploads[0]?.rootDirectory as string
    expect(root.startsWith(runnerTemp)).toBe(true)
    expect(basename(root)).toMatch(/^certalias-artifact-/)
    expect(existsSync(root)).toBe(false)
    expect(readdirSync(runnerTemp)).toEqual([])
  })

  it('keeps the encrypted key file 0600 in the staging directory', async () => {
    const recipient = await identityToRecipient(await generateIdentity())
    let mode = 0
    const uploader: ArtifactUploader = {
      async uploadArtifact(_name, files) {
        mode = statSync(files.find((f) => f.endsWith('.age')) as string).mode & 0o777
        return {}
      },
    }
    await deliver(bundleFor(['example.com']), { artifact_recipient: recipient }, uploader)
    expect(mode).toBe(0o600)
  })

  it('fails naming the artifact when the upload fails, and still removes the staging directory', async () => {
    const host = recordingHost()
    const runnerTemp = mkdtempSync(join(work, 'runner-temp-'))
    const uploader = fakeUploader(new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable'))
    const store = artifactStore.create(readOptions({}), { host, env: { RUNNER_TEMP: runnerTemp } }, uploader)
    await expect(store.deliver(bundleFor(['example.com']))).rejects.toThrow(
      /artifact "certificate-example\.com": the upload failed: .*only inside a GitHub Actions job/,
    )
    expect(readdirSync(runnerTemp)).toEqual([])
  })
})

describe('artifact store: readOptions', () => {
  it('reads no name, no retention and no recipient by default', () => {
    expect(readOptions({})).toEqual({ name: undefined, retentionDays: undefined, recipients: [] })
  })

  it('accepts an age X25519 recipient', async () => {
    const recipient = await identityToRecipient(await generateIdentity())
    expect(readOptions({ artifact_recipient: recipient }).recipients).toEqual([recipient])
  })

  it('refuses a recipient with a bad bech32 checksum, naming the input', async () => {
    const recipient = await identityToRecipient(await generateIdentity())
    const flipped = recipient.slice(0, -1) + (recipient.endsWith('q') ? 'p' : 'q')
    expect(flipped).toMatch(/^age1[a-z0-9]{58}$/)
    expect(optionError({ artifact_recipient: flipped })).toMatch(
      /`artifact_recipient` is not an age X25519 recipient/,
    )
  })

  it('checks the bech32 checksum and padding of a recipient as @scure/base decodes them', async () => {
    // a typo in a pasted recipient is refused with the inputs, before anything is issued or written
    const recipient = await identityToRecipient(await generateIdentity())
    const decodes = (value: string) => {
      try {
        return bech32.fromWords(bech32.decode(value as `${string}1${string}`).words).length === 32
      } catch {
        return false
      }
    }
    const accepted = (value: string) => {
      try {
        readOptions({ artifact_recipient: value })
        return true
      } catch {
        return false
      }
    }
    // every other character in every place: one change is always caught by the checksum
    const alphabet = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
    const variants = [...recipient.slice(4)].flatMap((old, i) =>
      [...alphabet]
        .filter((c) => c !== old)
        .map((c) => `${recipient.slice(0, 4 + i)}${c}${recipient.slice(5 + i)}`),
    )
    // 32 bytes and 4 pad bits that are not zero: the checksum is right, the key is not
    const words = bech32.decode(recipient as `${string}1${string}`).words
    variants.push(bech32.encode('age', [...words.slice(0, -1), (words.at(-1) ?? 0) | 1]))
    expect([recipient, ...variants].map(accepted)).toEqual([recipient, ...variants].map(decodes))
    expect(accepted(recipient)).toBe(true)
    expect(variants.filter(accepted)).toEqual([])
  })

  it.each([
    ['garbage', 'not-a-key'],
    ['an ssh key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI'],
    ['a post-quantum recipient', `age1pq1${'q'.repeat(100)}`],
  ])('refuses %s as artifact_recipient, naming the input', (_what, value) => {
    expect(optionError({ artifact_recipient: value })).toMatch(
      /`artifact_recipient`.* not an age X25519 recipient/,
    )
  })

  it('refuses an age identity given as recipient without echoing the secret', async () => {
    const identity = await generateIdentity()
    const message = optionError({ artifact_recipient: identity })
    expect(message).toMatch(/`artifact_recipient` is an age identity, a secret key/)
    expect(message).not.toContain(identity)
    expect(message).not.toContain(identity.slice(15, 40))
  })

  it.each(['0', '91', '-1', '7.5', 'week'])(
    'refuses artifact_retention_days %s, naming the input and the range',
    (v) => {
      expect(optionError({ artifact_retention_days: v })).toMatch(
        /`artifact_retention_days` must be a whole number of days from 1 to 90/,
      )
    },
  )

  it.each(['1', '90'])('accepts artifact_retention_days %s', (v) => {
    expect(readOptions({ artifact_retention_days: v }).retentionDays).toBe(Number(v))
  })

  it('refuses an artifact_name GitHub would refuse, naming the input', () => {
    expect(optionError({ artifact_name: 'certs/prod' })).toMatch(/`artifact_name` may not contain "\/"/)
    expect(optionError({ artifact_name: '*.example.com' })).toMatch(/`artifact_name` may not contain "\*"/)
  })

  it('reports every bad input at once', () => {
    const message = optionError({
      artifact_name: 'a:b',
      artifact_retention_days: '0',
      artifact_recipient: 'x',
    })
    expect(message.split('\n')).toHaveLength(3)
  })
})
