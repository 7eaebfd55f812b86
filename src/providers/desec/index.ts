// deSEC (desec.io): merge our TXT values into the owner's RRset, write it back in one bulk PUT per owner, read it back.

import { type ProviderHttpOptions, providerHttp } from '../../http/api.js'
import { parseRetryAfter, type ThrottleAnswer, type ThrottleVerdict } from '../../http/client.js'
import { WriteLater, writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { mergeTxt, parseTxtContent, presentationTxt, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, relativeName } from '../zone.js'

const API_URL = 'https://desec.io/api/v1'
const DEFAULT_TTL = 3600
// deSEC's own upper bound for an RRset TTL (one week)
const MAX_TTL = 604_800
// The longest Retry-After a run waits out: deSEC's per-second and per-minute limits fit, its hourly ones do not
const MAX_WAIT_MS = 60_000

const descriptor: ProviderDescriptor = {
  id: 'desec',
  name: 'deSEC',
  credentials: [
    {
      env: 'DESEC_TOKEN',
      description:
        'deSEC API token, sent as `Authorization: Token …`; best restricted by token policies (see below)',
      secret: true,
    },
  ],
  settings: [
    { env: 'DESEC_API_URL', description: 'API base URL', default: API_URL },
    {
      env: 'DESEC_TTL',
      description:
        "TTL (seconds) of a TXT RRset this provider creates; raised to the domain's minimum_ttl when lower, " +
        'and an existing RRset keeps its TTL',
      default: String(DEFAULT_TTL),
    },
  ],
  leastPrivilege:
    'Create a token for this purpose only (without perm_manage_tokens, or it could lift its own limits) and give it ' +
    'token policies: a default policy that denies writes (domain, subname and type null, perm_write false) and one ' +
    'policy per owner the action writes, e.g. domain "validation.example.org", subname "_acme-challenge", type ' +
    '"TXT", perm_write true. The token can then write only those TXT RRsets; like every deSEC token it can still ' +
    'read the RRsets of the account, which DNS shows anyway. Policies match subnames exactly (a wildcard is not ' +
    'expanded), so add one policy per owner.',
  docs: 'https://desec.readthedocs.io/en/latest/dns/rrsets.html',
}

interface DesecDomain {
  name: string
  minimum_ttl?: number
}

interface DesecRRset {
  subname: string
  type: string
  ttl: number
  records: string[]
}

interface ResponsibleDomain {
  name: string
  minimumTtl: number
}

// One per process, not per provider instance: two instances writing one owner must still take turns.
const ownerLocks = new KeyedMutex()

export const desec = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const token = context.env.DESEC_TOKEN ?? ''
    const apiUrl = context.env.DESEC_API_URL || API_URL
    const ttl = readTtl(context.env, 'DESEC_TTL', { default: DEFAULT_TTL, max: MAX_TTL })
    const clientOptions = {
      provider: 'desec',
      baseUrl: apiUrl,
      headers: { authorization: `Token ${token}`, accept: 'application/json' },
      secrets: [token],
      credentialHint: 'DESEC_TOKEN',
      maxRetryAfterMs: MAX_WAIT_MS,
    } satisfies ProviderHttpOptions
    const http = providerHttp(context, {
      ...clientOptions,
      throttle: (answer) => hourlyLimit(answer, Date.now()),
    })
    const sleep = context.transport?.sleep
    const domains = new Map<string, Promise<ResponsibleDomain>>()

    // deSEC answers which of the account's domains is authoritative for a name, so no walking up the labels.
    const responsibleDomain = (owner: string): Promise<ResponsibleDomain> => {
      const key = absoluteless(owner)
      let found = domains.get(key)
      if (found === undefined) {
        found = (async () => {
          const { body } = await http.request<DesecDomain[]>('GET', '/domains/', {
            query: { owns_qname: key },
          })
          const domain = body[0]
          if (domain === undefined) {
            throw new Error(
              `desec: no domain of this account holds ${key}; add the alias zone to deSEC, ` +
                'or check that DESEC_TOKEN belongs to the account that has it',
            )
          }
          // the listing carries minimum_ttl; ask the domain itself only if an answer ever leaves it out
          let minimumTtl = domain.minimum_ttl
          if (typeof minimumTtl !== 'number') {
            const single = await http.request<DesecDomain>(
              'GET',
              `/domains/${encodeURIComponent(domain.name)}/`,
            )
            minimumTtl = single.body.minimum_ttl ?? 0
          }
          return { name: domain.name, minimumTtl }
        })()
        // a failed lookup is not remembered: the next call asks again
        found.catch(() => domains.delete(key))
        domains.set(key, found)
      }
      return found
    }

    const rrsetPath = (domain: string, subname: string) =>
      // `<subname>...` also addresses the apex (empty subname), where `//TXT/` would be normalised away
      `/domains/${encodeURIComponent(domain)}/rrsets/${encodeURIComponent(subname)}.../TXT/`

    async function readTxt(domain: string, subname: string): Promise<DesecRRset | undefined> {
      const response = await http.request<DesecRRset>('GET', rrsetPath(domain, subname), { expect: [404] })
      return response.status === 404 ? undefined : response.body
    }

    /**
     * One bulk PUT creates, replaces or (with no records) deletes the RRset: one write, whatever existed. A
     * throttled PUT is not sent again as it was (the RRset may change while we wait): WriteLater has it read
     * and merged again after the wait.
     */
    async function writeTxt(
      domain: string,
      subname: string,
      rrsetTtl: number,
      records: string[],
    ): Promise<void> {
      let refusedForMs: number | undefined
      const once = providerHttp(context, {
        ...clientOptions,
        throttle: (answer) => {
          const verdict = hourlyLimit(answer, Date.now())
          if (verdict !== true) return verdict
          refusedForMs = retryAfterMs(answer, Date.now()) ?? 1000
          return { giveUp: true, reason: 'throttled' }
        },
      })
      try {
        await once.request('PUT', `/domains/${encodeURIComponent(domain)}/rrsets/`, {
          body: [{ subname, type: 'TXT', ttl: rrsetTtl, records }],
        })
      } catch (error) {
        if (refusedForMs !== undefined) throw new WriteLater(refusedForMs)
        throw error
      }
    }

    /** Read, plan, write and read back the owner's RRset until plan finds nothing to do. */
    async function rewrite(
      owner: string,
      plan: (domain: ResponsibleDomain, current: DesecRRset | undefined) => DesecRRset | undefined,
    ): Promise<void> {
      const domain = await responsibleDomain(owner)
      const subname = relativeName(owner, domain.name)
      await ownerLocks.run(ownerKey(apiUrl, domain.name, owner), () =>
        writeUntilHeld({
          what: `desec: the TXT RRset at ${absoluteless(owner)}`,
          read: () => readTxt(domain.name, subname),
          plan: (current) => plan(domain, current),
          write: (_current, next) => writeTxt(domain.name, subname, next.ttl, next.records),
          sleep,
          log: (message) => context.host.info(message),
        }),
      )
    }

    return {
      id: 'desec',

      async append(_zone, owner, values) {
        await rewrite(owner, (domain, rrset) => {
          const records = mergeTxt(rrset?.records ?? [], values, presentationTxt)
          if (records === undefined) return undefined
          return { subname: '', type: 'TXT', ttl: rrset?.ttl ?? Math.max(ttl, domain.minimumTtl), records }
        })
      },

      async remove(_zone, owner, values) {
        await rewrite(owner, (_domain, rrset) => {
          const kept = rrset && withoutTxt(rrset.records, values, parseTxtContent)
          return kept && { ...rrset, records: kept }
        })
      },
    }
  },
} satisfies ProviderModule

/**
 * A 429 is waited out as its Retry-After says, unless that is longer than a run waits (an hourly limit):
 * retrying earlier would only count against the same limit again, so the run fails at once, saying when to
 * run again.
 */
export function hourlyLimit(answer: ThrottleAnswer, now: number): ThrottleVerdict {
  if (answer.status !== 429) return false
  const waitMs = retryAfterMs(answer, now)
  if (waitMs === undefined || waitMs <= MAX_WAIT_MS) return true
  return {
    giveUp: true,
    reason:
      `deSEC asks to wait ${Math.round(waitMs / 1000)} s (Retry-After), longer than the ${MAX_WAIT_MS / 1000} s a run ` +
      `waits: a rate limit of the account, which an early retry would only hit again; run again after ${new Date(now + waitMs).toISOString()}`,
  }
}

function retryAfterMs(answer: ThrottleAnswer, now: number): number | undefined {
  const header = answer.headers['retry-after']
  return parseRetryAfter(Array.isArray(header) ? header[0] : header, now)
}
