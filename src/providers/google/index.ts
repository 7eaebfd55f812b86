// Google Cloud DNS (API v1): swap the owner's TXT RRset in one change whose deletion must match the current set exactly.
import { createSign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { setTimeout as delay } from 'node:timers/promises'
import { type HttpClient, ProviderHttpError } from '../../http/client.js'
import { fetchOidcToken } from '../../oidc.js'
import { providerHttp } from '../http.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { mergeTxt, parseTxtContent, presentationTxt, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, findZone, zoneCandidates } from '../zone.js'

const API_URL = 'https://dns.googleapis.com/dns/v1'
const OAUTH_URL = 'https://oauth2.googleapis.com'
const STS_URL = 'https://sts.googleapis.com'
const IAM_URL = 'https://iamcredentials.googleapis.com'
// The narrowest OAuth scope that can change record sets.
const DNS_SCOPE = 'https://www.googleapis.com/auth/ndev.clouddns.readwrite'
const KEY_HINT = 'GCE_SERVICE_ACCOUNT (the service account key and its roles on the project)'
const WIF_HINT =
  'GCE_WORKLOAD_IDENTITY_PROVIDER / GCE_SERVICE_ACCOUNT_EMAIL (the provider must admit this repository, and the ' +
  'repository principal needs roles/iam.workloadIdentityUser on the service account)'

const descriptor: ProviderDescriptor = {
  id: 'google',
  name: 'Google Cloud DNS',
  credentials: [
    {
      env: 'GCE_SERVICE_ACCOUNT',
      description: 'Service account key, the JSON document itself (a repository secret)',
      secret: true,
      set: 'service account key',
    },
    {
      env: 'GCE_SERVICE_ACCOUNT_FILE',
      description: 'Path of a service account key JSON file (as lego takes it)',
      set: 'service account key file',
    },
    {
      env: 'GCE_WORKLOAD_IDENTITY_PROVIDER',
      description:
        'Workload identity provider for the workflow OIDC token: ' +
        'projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>; ' +
        'the job needs `permissions: id-token: write`',
      set: 'OIDC workload identity',
    },
    {
      env: 'GCE_SERVICE_ACCOUNT_EMAIL',
      description: 'Service account the workload identity impersonates',
      set: 'OIDC workload identity',
    },
  ],
  settings: [
    // first: the test harness points the first *_API_URL setting at itself
    { env: 'GOOGLE_API_URL', description: 'Cloud DNS API base URL', default: API_URL },
    {
      env: 'GCE_PROJECT',
      description:
        "Project id of the alias zone; default: the key's project_id, or the project of GCE_SERVICE_ACCOUNT_EMAIL",
    },
    {
      env: 'GCE_ZONE_ID',
      description: 'Managed zone name (or id) of the alias zone; skips the lookup by DNS name',
    },
    {
      env: 'GCE_TTL',
      description: 'TTL (seconds) of a TXT RRset this provider creates; an existing one keeps its TTL',
      default: '60',
    },
    {
      env: 'GOOGLE_OAUTH_URL',
      description: 'OAuth token endpoint base (service account keys)',
      default: OAUTH_URL,
    },
    {
      env: 'GOOGLE_STS_URL',
      description: 'Security Token Service base (workload identity)',
      default: STS_URL,
    },
    { env: 'GOOGLE_IAM_URL', description: 'IAM Credentials API base (workload identity)', default: IAM_URL },
  ],
  leastPrivilege:
    'Cloud DNS IAM can be granted on a single managed zone: give the service account roles/dns.reader on the ' +
    'project only if it must find the zone by name (or set GCE_ZONE_ID and skip that), and roles/dns.admin (or a ' +
    'custom role with dns.changes.create, dns.changes.get, dns.resourceRecordSets.list/create/update/delete) on ' +
    'the alias zone only (gcloud dns managed-zones add-iam-policy-binding <zone> --member ' +
    'serviceAccount:<email> --role ...). Better than a key: workload identity federation with an attribute ' +
    'condition on assertion.repository, so no long-lived key exists at all. A separate project for the alias ' +
    'zone limits the blast radius further.',
  docs: 'https://cloud.google.com/dns/docs/reference/rest/v1/changes/create',
}

interface ServiceAccountKey {
  client_email: string
  private_key: string
  private_key_id?: string
  project_id?: string
}

interface RRset {
  name: string
  type: string
  ttl: number
  rrdatas: string[]
  routingPolicy?: unknown
}

interface Change {
  id: string
  status: 'pending' | 'done'
}

const ownerLocks = new KeyedMutex()
const CONFLICT_RETRIES = 4
const DONE_WAITS_MS = [1000, 2000, 3000, 5000]
const DONE_LIMIT_MS = 120_000

/** Google APIs also throttle with 403 and a rate-limit reason. */
export function googleThrottled(status: number, body: string): boolean {
  return status === 403 && /"(rateLimitExceeded|userRateLimitExceeded)"/.test(body)
}

export const google: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const env = context.env
    const mask = (secret: string | undefined) => {
      if (secret) context.host.mask(secret)
    }
    const log = (message: string) => context.host.info(message)
    const sleep = context.transport?.sleep ?? ((ms: number) => delay(ms))
    const key = readKey(env, mask)
    const provider = env.GCE_WORKLOAD_IDENTITY_PROVIDER?.trim() ?? ''
    const email = env.GCE_SERVICE_ACCOUNT_EMAIL?.trim() ?? ''
    if (key === undefined && (provider === '' || email === '')) {
      throw new Error(
        'google: set GCE_SERVICE_ACCOUNT (key JSON) or GCE_SERVICE_ACCOUNT_FILE, or GCE_WORKLOAD_IDENTITY_PROVIDER ' +
          'and GCE_SERVICE_ACCOUNT_EMAIL for the OIDC way',
      )
    }
    if (
      key === undefined &&
      !/^projects\/[^/]+\/locations\/global\/workloadIdentityPools\/[^/]+\/providers\/[^/]+$/.test(provider)
    ) {
      throw new Error(
        'google: GCE_WORKLOAD_IDENTITY_PROVIDER must be ' +
          `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>; got "${provider}"`,
      )
    }
    const project =
      env.GCE_PROJECT?.trim() ||
      key?.project_id ||
      /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(email)?.[1] ||
      ''
    if (project === '') throw new Error('google: set GCE_PROJECT, the project id of the alias zone')
    const apiUrl = env.GOOGLE_API_URL || API_URL
    const ttl = readTtl(env, 'GCE_TTL', { default: 60 })
    const hint = key ? KEY_HINT : WIF_HINT

    async function keyToken(sa: ServiceAccountKey): Promise<string> {
      const tokenUrl = `${(env.GOOGLE_OAUTH_URL || OAUTH_URL).replace(/\/+$/, '')}/token`
      const oauth = providerHttp(context, {
        provider: 'google',
        apiUrlEnv: 'GOOGLE_OAUTH_URL',
        defaultUrl: OAUTH_URL,
        secrets: [sa.private_key],
        credentialHint: KEY_HINT,
      })
      const assertion = signJwt(sa, tokenUrl)
      const { body } = await oauth.request<{ access_token?: string }>('POST', '/token', {
        text: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion,
        }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        idempotent: true,
      })
      if (!body?.access_token)
        throw new Error('google: the OAuth token endpoint answered without access_token')
      return body.access_token
    }

    async function federatedToken(): Promise<string> {
      const oidc = await fetchOidcToken({
        env,
        transport: context.transport,
        // the audience a workload identity provider accepts by default
        audience: `https://iam.googleapis.com/${provider}`,
        provider: 'google',
        mask,
        log,
      })
      const sts = providerHttp(context, {
        provider: 'google',
        apiUrlEnv: 'GOOGLE_STS_URL',
        defaultUrl: STS_URL,
        secrets: [oidc],
        credentialHint: WIF_HINT,
      })
      const { body: exchanged } = await sts.request<{ access_token?: string }>('POST', '/v1/token', {
        body: {
          grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
          audience: `//iam.googleapis.com/${provider}`,
          scope: 'https://www.googleapis.com/auth/cloud-platform',
          requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
          subjectToken: oidc,
          subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
        },
        idempotent: true,
      })
      const federated = exchanged?.access_token
      if (!federated) throw new Error('google: the Security Token Service answered without access_token')
      const iam = providerHttp(context, {
        provider: 'google',
        apiUrlEnv: 'GOOGLE_IAM_URL',
        defaultUrl: IAM_URL,
        headers: { authorization: `Bearer ${federated}` },
        secrets: [federated],
        credentialHint: WIF_HINT,
      })
      const { body } = await iam.request<{ accessToken?: string }>(
        'POST',
        `/v1/projects/-/serviceAccounts/${encodeURIComponent(email)}:generateAccessToken`,
        { body: { scope: [DNS_SCOPE], lifetime: '3600s' }, idempotent: true },
      )
      if (!body?.accessToken) throw new Error('google: generateAccessToken answered without accessToken')
      return body.accessToken
    }

    // One access token per run, fetched on first use; a failure is not kept, so the post step may try again.
    let client: Promise<HttpClient> | undefined
    const http = (): Promise<HttpClient> => {
      client ??= (async () => {
        const token = key ? await keyToken(key) : await federatedToken()
        return providerHttp(context, {
          provider: 'google',
          baseUrl: apiUrl,
          headers: { authorization: `Bearer ${token}` },
          secrets: [token],
          credentialHint: hint,
          isThrottled: googleThrottled,
        })
      })()
      client.catch(() => {
        client = undefined
      })
      return client
    }
    const projectPath = `/projects/${encodeURIComponent(project)}`

    const zoneNames = new Map<string, Promise<string>>()
    const managedZone = (zone: string, owner: string): Promise<string> => {
      const configured = env.GCE_ZONE_ID?.trim()
      if (configured) return Promise.resolve(configured)
      const cacheKey = ownerKey(zone, owner)
      let found = zoneNames.get(cacheKey)
      if (found === undefined) {
        const candidates = zoneCandidates(zone, owner)
        found = findZone(candidates, publicZoneNamed).then((result) => {
          if (result === undefined) {
            throw new Error(
              `google: no public managed zone for ${owner} in project ${project} (tried ${candidates.join(', ')}); ` +
                'check GCE_PROJECT, or set GCE_ZONE_ID',
            )
          }
          return result.zone
        })
        found.catch(() => zoneNames.delete(cacheKey))
        zoneNames.set(cacheKey, found)
      }
      return found
    }

    async function publicZoneNamed(name: string): Promise<string | undefined> {
      const api = await http()
      let pageToken: string | undefined
      do {
        const { body } = await api.request<{
          managedZones?: { name: string; dnsName: string; visibility?: string }[]
          nextPageToken?: string
        }>('GET', `${projectPath}/managedZones`, { query: { dnsName: `${name}.`, pageToken } })
        const hit = body.managedZones?.find(
          (z) => absoluteless(z.dnsName) === name && (z.visibility ?? 'public') === 'public',
        )
        if (hit) return hit.name
        pageToken = body.nextPageToken || undefined
      } while (pageToken)
      return undefined
    }

    const zonePath = (managed: string) => `${projectPath}/managedZones/${encodeURIComponent(managed)}`

    async function readTxt(managed: string, owner: string): Promise<RRset | undefined> {
      const api = await http()
      const { body } = await api.request<{ rrsets?: RRset[] }>('GET', `${zonePath(managed)}/rrsets`, {
        query: { name: `${owner}.`, type: 'TXT' },
      })
      const found = body.rrsets?.find((r) => r.type === 'TXT' && absoluteless(r.name) === absoluteless(owner))
      if (found?.routingPolicy !== undefined) {
        throw new Error(
          `google: the TXT records at ${owner} use a routing policy; the challenge owner needs plain rrdatas`,
        )
      }
      // only what a deletion must repeat exactly
      return found && { name: found.name, type: 'TXT', ttl: found.ttl, rrdatas: found.rrdatas ?? [] }
    }

    async function waitDone(managed: string, change: Change): Promise<void> {
      if (change.status === 'done') return
      const api = await http()
      let waited = 0
      for (let i = 0; waited < DONE_LIMIT_MS; i++) {
        const wait = DONE_WAITS_MS[Math.min(i, DONE_WAITS_MS.length - 1)] as number
        await sleep(wait)
        waited += wait
        const { body } = await api.request<Change>(
          'GET',
          `${zonePath(managed)}/changes/${encodeURIComponent(change.id)}`,
        )
        if (body.status === 'done') return
      }
      context.host.warning(
        `google: change ${change.id} is not done after ${DONE_LIMIT_MS / 1000} s; going on to check the name servers`,
      )
    }

    /**
     * Read the owner's set, let `plan` decide the new rrdatas, and post one change: the exact set read as the
     * deletion plus the new set as the addition. Cloud DNS answers 412 (deletion no longer matches) or 409
     * (addition exists) when another writer got there first: then read again and plan again.
     */
    async function rewrite(
      zone: string,
      owner: string,
      plan: (current: RRset | undefined) => string[] | undefined,
      waitForDone: boolean,
    ): Promise<void> {
      const managed = await managedZone(zone, owner)
      await ownerLocks.run(ownerKey(apiUrl, project, managed, owner), async () => {
        for (let attempt = 1; ; attempt++) {
          const current = await readTxt(managed, owner)
          const rrdatas = plan(current)
          if (rrdatas === undefined) return
          const additions =
            rrdatas.length > 0 ? [{ name: `${owner}.`, type: 'TXT', ttl: current?.ttl ?? ttl, rrdatas }] : []
          const api = await http()
          try {
            const { body } = await api.request<Change>('POST', `${zonePath(managed)}/changes`, {
              body: { additions, deletions: current ? [current] : [] },
              // a repeat cannot apply twice: its deletion or addition no longer matches, and we re-read
              idempotent: true,
            })
            if (waitForDone) await waitDone(managed, body)
            return
          } catch (error) {
            const conflict =
              error instanceof ProviderHttpError && (error.status === 409 || error.status === 412)
            if (!conflict || attempt >= CONFLICT_RETRIES) throw error
            log(`google: the TXT set at ${owner} changed while we wrote it; reading it again`)
          }
        }
      })
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        await rewrite(
          zone,
          owner,
          (current) => mergeTxt(current?.rrdatas ?? [], values, presentationTxt),
          true,
        )
      },
      async remove(zone, owner, values) {
        await rewrite(
          zone,
          owner,
          (current) => current && withoutTxt(current.rrdatas, values, parseTxtContent),
          false,
        )
      },
    }
  },
}

/** The service account key from GCE_SERVICE_ACCOUNT (JSON) or GCE_SERVICE_ACCOUNT_FILE (a path), masked. */
function readKey(
  env: Readonly<Record<string, string | undefined>>,
  mask: (secret: string) => void,
): ServiceAccountKey | undefined {
  const inline = env.GCE_SERVICE_ACCOUNT?.trim()
  const file = env.GCE_SERVICE_ACCOUNT_FILE?.trim()
  let source: string
  let json: string
  if (inline) {
    source = 'GCE_SERVICE_ACCOUNT'
    json = inline
  } else if (file) {
    source = 'GCE_SERVICE_ACCOUNT_FILE'
    try {
      json = readFileSync(file, 'utf8')
    } catch (error) {
      throw new Error(`google: cannot read GCE_SERVICE_ACCOUNT_FILE ${file}: ${(error as Error).message}`)
    }
  } else {
    return undefined
  }
  let key: Partial<ServiceAccountKey>
  try {
    key = JSON.parse(json) as Partial<ServiceAccountKey>
  } catch {
    // the text may be a mangled key: never echo it
    throw new Error(
      `google: ${source} is not JSON; give the service account key file's content as created by Google`,
    )
  }
  if (typeof key.private_key === 'string') {
    mask(key.private_key)
    for (const line of key.private_key.split('\n')) if (line.trim().length > 8) mask(line.trim())
  }
  if (typeof key.private_key_id === 'string') mask(key.private_key_id)
  if (typeof key.client_email !== 'string' || typeof key.private_key !== 'string') {
    throw new Error(`google: ${source} lacks client_email or private_key; is it a service account key?`)
  }
  return key as ServiceAccountKey
}

/** The RS256 JWT a service account presents at the token endpoint (OAuth 2.0 JWT bearer grant). */
export function signJwt(key: ServiceAccountKey, audience: string, now: number = Date.now()): string {
  const iat = Math.floor(now / 1000)
  const header = { alg: 'RS256', typ: 'JWT', ...(key.private_key_id ? { kid: key.private_key_id } : {}) }
  const claims = { iss: key.client_email, scope: DNS_SCOPE, aud: audience, iat, exp: iat + 3600 }
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
  const signature = createSign('RSA-SHA256').update(unsigned).sign(key.private_key)
  return `${unsigned}.${signature.toString('base64url')}`
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url')
}
