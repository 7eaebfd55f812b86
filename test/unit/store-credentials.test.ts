// A destination that signs in with the workflow's OIDC token, in a job that gets none (no `permissions: id-token:
// write`), stops the renewal decision as a refused credential does: issuing would spend one of the CA's few
// certificates a week on every scheduled run, and deliver none of them. (The runner's own message, naming the
// permission line, is the end-to-end tests'.)
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../src/config/index.js'
import type { WireRequest } from '../../src/http/transport.js'
import { findCurrent } from '../../src/renewal/current.js'
import { recordingHost } from '../support/host.js'

const dns = { RFC2136_NAMESERVER: '127.0.0.1', RFC2136_TSIG_KEY: 'k', RFC2136_TSIG_SECRET: 'c2VjcmV0' }

const ways: { store: string; inputs: Record<string, string>; env: Record<string, string> }[] = [
  {
    store: 'vault',
    inputs: { vault_addr: 'https://vault.example.com', vault_path: 'tls/example.com', vault_role: 'certs' },
    env: {},
  },
  {
    store: 'aws-acm',
    inputs: { aws_region: 'us-east-1' },
    env: { AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/certalias' },
  },
  {
    store: 'aws-secrets-manager',
    inputs: { aws_region: 'us-east-1', aws_secret_name: 'tls/example.com' },
    env: { AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/certalias' },
  },
  {
    store: 'azure-key-vault',
    inputs: { azure_key_vault_url: 'https://example-tls.vault.azure.net' },
    env: { AZURE_TENANT_ID: '72f988bf-86f1-41af-91ab-2d7cd011db47', AZURE_CLIENT_ID: 'app' },
  },
  {
    store: 'gcp-secret-manager',
    inputs: { gcp_secret_name: 'tls-example-com', gcp_project: 'example-tls' },
    env: {
      GCE_WORKLOAD_IDENTITY_PROVIDER:
        'projects/1/locations/global/workloadIdentityPools/github/providers/certalias',
      GCE_SERVICE_ACCOUNT_EMAIL: 'certalias@example-tls.iam.gserviceaccount.com',
    },
  },
]

describe('a destination whose credential cannot be obtained', () => {
  for (const way of ways) {
    it(`${way.store}: no OIDC token in the job stops the decision, saying why`, async () => {
      const env = { RUNNER_TEMP: '/nonexistent/runner', ...dns, ...way.env }
      const all: Record<string, string> = { domain: 'example.com', dns_provider: 'rfc2136', store: way.store }
      Object.assign(all, way.inputs)
      const config = readConfig((name) => all[name] ?? '', env)
      const sent: string[] = []
      const send = async (request: WireRequest) => {
        sent.push(`${request.method} ${request.url}`)
        return { status: 500, headers: {}, text: '' }
      }
      const error = await findCurrent(config, { host: recordingHost(), env, transport: { send } }).then(
        () => undefined,
        (e: Error) => e,
      )
      // the host's reason (on the runner: the permission line to add) and the stop before ordering
      expect(error?.message).toMatch(/OIDC token, and this test run has no OIDC token.*Nothing was ordered/)
      // the token is missing before any request: nothing was asked of the cloud
      expect(sent).toEqual([])
    })
  }
})
