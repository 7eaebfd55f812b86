// Microsoft Entra ID access tokens, shared by the azure provider and the azure-key-vault store: the app's client
// secret, or the workflow's OIDC token as the client assertion of a federated credential.

import { providerHttp } from '../http/api.js'
import type { CloudContext } from './context.js'
import { workflowIdToken } from './oidc.js'

const AUTHORITY_URL = 'https://login.microsoftonline.com'
// the audience Microsoft Entra expects of a federated credential's token
const OIDC_AUDIENCE = 'api://AzureADTokenExchange'

export interface AzureCredential {
  /** The variables to check when Azure refuses the token. */
  readonly hint: string
  /** One token per run for the scope, fetched on first use; a failure is not kept, so a later call tries again. */
  token(): Promise<string>
}

/**
 * An Entra ID token for `scope` (e.g. https://vault.azure.net/.default) with AZURE_TENANT_ID and AZURE_CLIENT_ID,
 * and AZURE_CLIENT_SECRET when set, else the workflow's OIDC token. The secret and every token are masked.
 */
export function azureCredential(context: CloudContext, who: string, scope: string): AzureCredential {
  const env = context.env
  const mask = (secret: string | undefined) => {
    if (secret) context.host.mask(secret)
  }
  const tenant = env.AZURE_TENANT_ID?.trim() ?? ''
  const clientId = env.AZURE_CLIENT_ID?.trim() ?? ''
  const clientSecret = env.AZURE_CLIENT_SECRET?.trim() ?? ''
  mask(clientSecret)
  for (const [name, value] of Object.entries({ AZURE_TENANT_ID: tenant, AZURE_CLIENT_ID: clientId })) {
    if (value === '') throw new Error(`${who}: ${name} is required`)
  }
  const signIn = clientSecret
    ? 'AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET'
    : 'AZURE_TENANT_ID / AZURE_CLIENT_ID and its federated credential for this repository'

  async function fetchToken(): Promise<string> {
    const form = new URLSearchParams({ client_id: clientId, scope, grant_type: 'client_credentials' })
    const secrets = [clientSecret]
    if (clientSecret) {
      form.set('client_secret', clientSecret)
    } else {
      const assertion = await workflowIdToken({
        host: context.host,
        audience: OIDC_AUDIENCE,
        provider: who,
        instead: 'AZURE_CLIENT_SECRET',
      })
      secrets.push(assertion)
      form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      form.set('client_assertion', assertion)
    }
    const entra = providerHttp(context, {
      provider: who,
      apiUrlEnv: 'AZURE_AUTHORITY_URL',
      defaultUrl: AUTHORITY_URL,
      secrets,
      credentialHint: signIn,
    })
    const { body } = await entra.request<{ access_token?: string }>(
      'POST',
      `/${encodeURIComponent(tenant)}/oauth2/v2.0/token`,
      {
        text: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        idempotent: true,
      },
    )
    if (!body?.access_token) throw new Error(`${who}: the token endpoint answered without access_token`)
    mask(body.access_token)
    return body.access_token
  }

  let pending: Promise<string> | undefined
  return {
    hint: signIn,
    token() {
      pending ??= fetchToken()
      pending.catch(() => {
        pending = undefined
      })
      return pending
    },
  }
}
