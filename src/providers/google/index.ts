// Google Cloud DNS (API v1): swap the owner's TXT RRset in one change whose deletion must match the current set exactly.
import { setTimeout as delay } from 'node:timers/promises'
import { googleCredential, googleThrottled } from '../../clouds/google.js'
import { providerHttp } from '../../http/api.js'
import type { HttpClient } from '../../http/client.js'
import { refusedWith, waitForChange, writeConditionally } from '../conditional-write.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { mergeTxt, parseTxtContent, presentationTxt, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, zoneFinder } from '../zone.js'

const API_URL = 'https://dns.googleapis.com/dns/v1'
const OAUTH_URL = 'https://oauth2.googleapis.com'
const STS_URL = 'https://sts.googleapis.com'
const IAM_URL = 'https://iamcredentials.googleapis.com'
// The narrowest OAuth scope that can change record sets.
const DNS_SCOPE = 'https://www.googleapis.com/auth/ndev.clouddns.readwrite'

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

export const google: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const env = context.env
    const log = (message: string) => context.host.info(message)
    const sleep = context.transport?.sleep ?? ((ms: number) => delay(ms))
    const credential = googleCredential(context, 'google', DNS_SCOPE)
    const project = credential.project
    if (project === '') throw new Error('google: set GCE_PROJECT, the project id of the alias zone')
    const apiUrl = env.GOOGLE_API_URL || API_URL
    const ttl = readTtl(env, 'GCE_TTL', { default: 60 })

    // One access token per run, fetched on first use; a failure is not kept, so the post step may try again.
    let client: Promise<HttpClient> | undefined
    const http = (): Promise<HttpClient> => {
      client ??= credential.token().then((token) =>
        providerHttp(context, {
          provider: 'google',
          baseUrl: apiUrl,
          headers: { authorization: `Bearer ${token}` },
          secrets: [token],
          credentialHint: credential.hint,
          isThrottled: googleThrottled,
        }),
      )
      client.catch(() => {
        client = undefined
      })
      return client
    }
    const projectPath = `/projects/${encodeURIComponent(project)}`

    const zoneFor = zoneFinder(
      (name) => publicZoneNamed(name),
      (owner, tried) =>
        `google: no public managed zone for ${owner} in project ${project} (tried ${tried.join(', ')}); ` +
        'check GCE_PROJECT, or set GCE_ZONE_ID',
    )
    const managedZone = async (zone: string, owner: string): Promise<string> => {
      const configured = env.GCE_ZONE_ID?.trim()
      if (configured) return configured
      return (await zoneFor(zone, owner)).zone
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
      await waitForChange(
        async () => {
          const path = `${zonePath(managed)}/changes/${encodeURIComponent(change.id)}`
          return (await api.request<Change>('GET', path)).body.status === 'done'
        },
        sleep,
        (seconds) =>
          context.host.warning(
            `google: change ${change.id} is not done after ${seconds} s; going on to check the name servers`,
          ),
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
        const submitted = await writeConditionally({
          what: `google: the TXT set at ${owner}`,
          read: () => readTxt(managed, owner),
          plan,
          async write(current, rrdatas) {
            const additions =
              rrdatas.length > 0
                ? [{ name: `${owner}.`, type: 'TXT', ttl: current?.ttl ?? ttl, rrdatas }]
                : []
            const api = await http()
            const { body } = await api.request<Change>('POST', `${zonePath(managed)}/changes`, {
              body: { additions, deletions: current ? [current] : [] },
            })
            return body
          },
          isConflict: refusedWith(409, 412),
          attempts: CONFLICT_RETRIES,
          sleep,
          log,
        })
        // polled outside the write, whose requests are sent once; a change whose answer was lost is not waited for
        if (waitForDone && submitted !== undefined) await waitDone(managed, submitted)
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
