// Mythic Beasts DNS API v2, with a bearer token from the OAuth client-credentials login. Concurrency: per-record.
// POST adds records to the owner's set, DELETE with ?data= removes the records holding that value, so neither
// touches another value at the owner.

import { basicAuth, providerHttp } from '../../http/api.js'
import { type HttpClient, ProviderHttpError } from '../../http/client.js'
import { readTtl } from '../ttl.js'
import { missingTxt, ourTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, pathSegment, relativeName, zoneFromListing } from '../zone.js'

const API_URL = 'https://api.mythic-beasts.com/dns/v2'
const AUTH_URL = 'https://auth.mythic-beasts.com/login'
// a token is renewed this long before the end of its life, so that none expires between check and use
const TOKEN_MARGIN_MS = 30_000

const descriptor: ProviderDescriptor = {
  id: 'mythicbeasts',
  name: 'Mythic Beasts (DNS API v2)',
  credentials: [
    { env: 'MYTHICBEASTS_USERNAME', description: 'Key ID of the API key (the OAuth client id)' },
    { env: 'MYTHICBEASTS_PASSWORD', description: 'Secret of the API key', secret: true },
  ],
  settings: [
    {
      env: 'MYTHICBEASTS_API_ENDPOINT',
      description: 'DNS API v2 base URL',
      default: API_URL,
      aliases: ['MYTHICBEASTS_API_URL'],
    },
    {
      env: 'MYTHICBEASTS_AUTH_API_ENDPOINT',
      description: 'Where the API key logs in for a token',
      default: AUTH_URL,
    },
    { env: 'MYTHICBEASTS_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
  ],
  leastPrivilege:
    'Create an API key for this purpose only (Control panel > API keys) and, under its DNS API permissions, ' +
    'allow it the alias zone alone (validation.example.org), record type TXT and the host _acme-challenge (or ' +
    'one line per host the action writes), with read and write. The key can then change those TXT records and ' +
    'nothing else of the account.',
  docs: 'https://www.mythic-beasts.com/support/api/dnsv2',
}

interface MbRecord {
  host: string
  type: string
  data: string
  ttl?: number
}

export const mythicbeasts: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const { env } = context
    const keyId = env.MYTHICBEASTS_USERNAME ?? ''
    const secret = env.MYTHICBEASTS_PASSWORD ?? ''
    const ttl = readTtl(env, 'MYTHICBEASTS_TTL', { default: 120 })
    const credentialHint = 'MYTHICBEASTS_USERNAME and MYTHICBEASTS_PASSWORD'
    const login = new URL(env.MYTHICBEASTS_AUTH_API_ENDPOINT?.trim() || AUTH_URL)
    const basic = basicAuth(keyId, secret)
    const auth = providerHttp(context, {
      provider: 'mythicbeasts',
      baseUrl: login.origin,
      headers: { authorization: basic.authorization, accept: 'application/json' },
      secrets: basic.secrets,
      credentialHint,
    })
    const api = providerHttp(context, {
      provider: 'mythicbeasts',
      apiUrlEnv: 'MYTHICBEASTS_API_ENDPOINT',
      defaultUrl: API_URL,
      headers: { accept: 'application/json' },
      secrets: [secret],
      credentialHint,
    })

    let token: Promise<{ value: string; until: number }> | undefined
    /** The token, logged in for when there is none, or when the one held is about to expire or failed. */
    const bearer = async (): Promise<string> => {
      const cached = token
      if (cached !== undefined) {
        const held = await cached.catch(() => undefined)
        if (held !== undefined && Date.now() < held.until) return held.value
        if (token === cached) token = undefined
      }
      if (token === undefined) {
        const fresh = obtainToken(auth, login.pathname, (value) => context.host.mask(value))
        token = fresh
        fresh.catch(() => {
          if (token === fresh) token = undefined
        })
      }
      return (await token).value
    }

    /** A request with the bearer token; a 401 (the token revoked or expired early) logs in once more. */
    const call = async <T>(
      method: 'GET' | 'POST' | 'DELETE',
      path: string,
      options: { body?: unknown; query?: Record<string, string> } = {},
    ): Promise<T> => {
      for (let attempt = 0; ; attempt++) {
        const response = await api.request<T>(method, path, {
          ...options,
          headers: { authorization: `Bearer ${await bearer()}` },
          expect: attempt === 0 ? [401] : [],
        })
        if (response.status !== 401) return response.body
        token = undefined
      }
    }

    const listedZone = zoneFromListing(
      async () => (await call<{ zones?: string[] }>('GET', '/zones')).zones ?? [],
    )
    /** The owner's zone (the longest of the key's zones holding it), its host in that zone, and the records path. */
    const target = async (owner: string): Promise<{ host: string; path: string }> => {
      const zone = await listedZone(owner)
      if (zone === undefined) {
        throw new Error(
          `mythicbeasts: no zone of the API key in MYTHICBEASTS_USERNAME holds ${owner}; ` +
            'check that the key is allowed the alias zone',
        )
      }
      const host = relativeName(owner, zone) || '@'
      if (host === '.' || host === '..') {
        // no URL can carry it: URL parsing takes such a segment as a step up the path, encoded or not
        throw new Error(
          `mythicbeasts: cannot write ${owner}: its name in the zone, "${host}", would be a step in the API's path`,
        )
      }
      return { host, path: `/zones/${pathSegment(zone)}/records/${pathSegment(host)}/TXT` }
    }

    const txtRecords = async (path: string): Promise<MbRecord[]> =>
      ((await call<{ records?: MbRecord[] }>('GET', path)).records ?? []).filter((r) => r.type === 'TXT')

    return {
      id: descriptor.id,
      async append(_zone, owner, values) {
        const { host, path } = await target(absoluteless(owner))
        const missing = missingTxt(await txtRecords(path), values, (r) => r.data)
        if (missing.length === 0) return
        // every missing value in one request
        await call('POST', path, {
          body: { records: missing.map((data) => ({ host, ttl, type: 'TXT', data })) },
        })
      },
      async remove(_zone, owner, values) {
        const { path } = await target(absoluteless(owner))
        for (const record of ourTxt(await txtRecords(path), values, (r) => r.data)) {
          await call('DELETE', path, { query: { data: record.data } })
        }
      },
    }
  },
}

/** POST grant_type=client_credentials with the key in basic authentication; the token is masked at once. */
async function obtainToken(
  auth: HttpClient,
  path: string,
  mask: (secret: string) => void,
): Promise<{ value: string; until: number }> {
  const { body } = await auth.request<{ access_token?: string; expires_in?: number; token_type?: string }>(
    'POST',
    path,
    { form: { grant_type: 'client_credentials' } },
  )
  if (typeof body?.access_token !== 'string' || body.token_type?.toLowerCase() !== 'bearer') {
    throw new ProviderHttpError({
      message: `mythicbeasts: the login at ${path} gave no bearer token`,
      provider: 'mythicbeasts',
      method: 'POST',
      path,
      kind: 'http',
      attempts: 1,
    })
  }
  mask(body.access_token)
  const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : 300) * 1000
  return { value: body.access_token, until: Date.now() + Math.max(0, lifetimeMs - TOKEN_MARGIN_MS) }
}
