// A destination built as the action builds it (readOptions from inputs, then create), with a recording host and
// an HTTP layer that never sleeps, and certificate bundles made to measure for it.
import type { Send } from '../../src/http/transport.js'
import { certificateFacts } from '../../src/pki/certificate.js'
import type { CertificateBundle, StoreContext, StoreModule } from '../../src/stores/types.js'
import { selfSigned } from './certificates.js'
import { type RecordingHost, type RecordingHostOptions, recordingHost } from './host.js'

export interface StoreUnderTest<Options> {
  readonly options: Options
  readonly context: StoreContext
  readonly host: RecordingHost
  /** Every wait the HTTP layer asked for, in ms. */
  readonly sleeps: number[]
  deliver(bundle: CertificateBundle): ReturnType<ReturnType<StoreModule<Options>['create']>['deliver']>
}

export function storeUnderTest<Options>(
  module: StoreModule<Options>,
  inputs: Record<string, string>,
  env: Record<string, string>,
  /** The wire, for a test that sees where requests go. */
  send?: Send,
  hostOptions: RecordingHostOptions = {},
): StoreUnderTest<Options> {
  const options = module.readOptions((name) => inputs[name] ?? '', env)
  const host = recordingHost(hostOptions)
  const sleeps: number[] = []
  const context: StoreContext = {
    host,
    env,
    transport: {
      sleep: async (ms) => {
        sleeps.push(ms)
      },
      ...(send ? { send } : {}),
    },
  }
  const store = module.create(options, context)
  return { options, context, host, sleeps, deliver: (bundle) => store.deliver(bundle) }
}

/** A bundle with a real certificate and key (P-256 unless RSA is asked for) and a one-certificate chain. */
export async function madeBundle(
  names: readonly string[],
  keyType: 'ec-p256' | 'rsa-2048' = 'ec-p256',
  commonName = true,
): Promise<CertificateBundle> {
  const now = Date.now()
  const leaf = await selfSigned({
    names,
    notBefore: new Date(now - 3600_000),
    notAfter: new Date(now + 90 * 86400_000),
    keyType,
    commonName,
  })
  const issuer = await selfSigned({
    names: ['issuer.test'],
    notBefore: new Date(now - 3600_000),
    notAfter: new Date(now + 900 * 86400_000),
  })
  return {
    names,
    certificate: leaf.certificate,
    chain: issuer.certificate,
    fullchain: `${leaf.certificate}${issuer.certificate}`,
    privateKey: leaf.privateKey,
    notAfter: new Date(now + 90 * 86400_000).toISOString(),
    // the leaf's own: a destination that checks what it removes compares it with what it reads back
    serial: certificateFacts(leaf.certificate).serial,
    files: BUNDLE_FILES,
  }
}

/** File paths for a bundle no test writes to disk. */
export const BUNDLE_FILES: CertificateBundle['files'] = {
  directory: '/tmp/x',
  certificatePath: '/tmp/x/cert.pem',
  chainPath: '/tmp/x/chain.pem',
  fullchainPath: '/tmp/x/fullchain.pem',
  privateKeyPath: '/tmp/x/privkey.pem',
}
