// Whether the environment names a cloud credential: plain checks of variables, apart from the sign-in code so
// that the stores' options read them without loading it.
type Env = Readonly<Record<string, string | undefined>>

/** Azure: an Entra app and a way to sign in as it. */
export function azureCredentialsGiven(env: Env): boolean {
  return Boolean(env.AZURE_TENANT_ID?.trim() && env.AZURE_CLIENT_ID?.trim())
}

/** Google: a service account key or a workload identity. */
export function googleCredentialsGiven(env: Env): boolean {
  return Boolean(
    env.GCE_SERVICE_ACCOUNT?.trim() ||
      env.GCE_SERVICE_ACCOUNT_FILE?.trim() ||
      (env.GCE_WORKLOAD_IDENTITY_PROVIDER?.trim() && env.GCE_SERVICE_ACCOUNT_EMAIL?.trim()),
  )
}
