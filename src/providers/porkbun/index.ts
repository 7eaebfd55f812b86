// Porkbun DNS (API v3): one record per TXT value, every call a POST carrying both keys in its JSON body.

import { providerHttp, withHint } from '../../http/api.js'
import { ProviderHttpError, type ThrottleAnswer, type ThrottleVerdict } from '../../http/client.js'
import { rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { parseTxtContent } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { relativeName, zoneFinder } from '../zone.js'

const API_URL = 'https://api.porkbun.com/api/json/v3'
const CREDENTIALS = 'PORKBUN_API_KEY and PORKBUN_SECRET_API_KEY'
// domain/listAll answers at most this many domains per call
const LIST_PAGE = 1000
// Porkbun's AWS firewall answers a burst with 202 and a challenge instead of the JSON answer: waited out
// 2, 4, 8, 16 s (the HttpClient's default of 4 retries)
const CHALLENGE_BACKOFF_MS = 2000
const CHALLENGE_REASON = 'rate limited (HTTP 202 challenge)'
// Its front end answers more than about one call a second per key with an HTML 503 and no Retry-After: the
// generic backoff (0.2 s, 0.4 s, ...) would spend every retry inside the same second; waited out the same way
const FRONT_END_REASON = 'rate limited (HTTP 503 from the front end)'

const descriptor: ProviderDescriptor = {
  id: 'porkbun',
  name: 'Porkbun',
  credentials: [
    { env: 'PORKBUN_API_KEY', description: 'API key (pk1_...)', secret: true },
    { env: 'PORKBUN_SECRET_API_KEY', description: 'Secret API key (sk1_...)', secret: true },
  ],
  settings: [
    { env: 'PORKBUN_API_URL', description: 'API base URL', default: API_URL },
    { env: 'PORKBUN_TTL', description: 'TTL of the TXT records (seconds, 600 or more)', default: '600' },
  ],
  leastPrivilege:
    'Porkbun API keys cannot be scoped: a key pair acts for the whole account. What limits it is the per-domain ' +
    '"API Access" switch (Domain Management > Details > API Access): turn it on for the alias domain only, so ' +
    'the key cannot change any other domain. Better still, keep the alias domain in a separate Porkbun account ' +
    'that holds nothing else, and create the key pair there.',
  docs: 'https://porkbun.com/api/json/v3/documentation',
}

interface Envelope {
  status: string
  message?: string
}

interface PorkbunRecord {
  id: string
  name: string
  type: string
  content: string
  ttl: string
}

export const porkbun: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const apikey = context.env.PORKBUN_API_KEY ?? ''
    const secretapikey = context.env.PORKBUN_SECRET_API_KEY ?? ''
    const ttl = readTtl(context.env, 'PORKBUN_TTL', { default: 600, min: 600, note: "Porkbun's minimum" })
    const http = providerHttp(context, {
      provider: 'porkbun',
      apiUrlEnv: 'PORKBUN_API_URL',
      defaultUrl: API_URL,
      secrets: [apikey, secretapikey],
      credentialHint: CREDENTIALS,
      throttle: firewallChallenge,
    })

    /** One API call: the keys go in the body, an ERROR status becomes an error (HttpClient waits out a challenge). */
    const call = async <T extends Envelope>(
      path: string,
      fields: object = {},
      idempotent = true,
    ): Promise<T> => {
      let body: T
      let status: number
      try {
        ;({ body, status } = await http.request<T>('POST', path, {
          body: { ...fields, apikey, secretapikey },
          idempotent,
        }))
      } catch (error) {
        throw explained(error)
      }
      if (body?.status !== 'SUCCESS') {
        throw explained(
          new ProviderHttpError({
            message: http.redact(
              `porkbun: POST ${path} failed: HTTP ${status}: ${body?.message ?? JSON.stringify(body)}`,
            ),
            provider: 'porkbun',
            method: 'POST',
            path,
            status,
            kind: 'http',
            bodyExcerpt: http.redact(body?.message ?? ''),
            attempts: 1,
          }),
        )
      }
      return body
    }

    // One listing serves every owner of the run: the account's domains do not change while it runs.
    const held = rememberedUntilFailed(async () => {
      const names = new Set<string>()
      for (let start = 0; ; start += LIST_PAGE) {
        const page = await call<Envelope & { domains?: { domain: string }[] }>('/domain/listAll', {
          start: String(start),
        })
        for (const d of page.domains ?? []) names.add(d.domain.toLowerCase())
        if ((page.domains?.length ?? 0) < LIST_PAGE) return names
      }
    })
    const domainFor = zoneFinder(
      async (name) => ((await held()).has(name) ? name : undefined),
      (owner, tried) =>
        `porkbun: no domain for ${owner} in this account (tried ${tried.join(', ')}); check that the ` +
        `alias domain is in the account of ${CREDENTIALS}`,
    )
    const domainOf = async (zone: string, owner: string): Promise<string> =>
      (await domainFor(zone, owner)).name

    const txtRecords = async (domain: string, sub: string): Promise<PorkbunRecord[]> => {
      const path = `/dns/retrieveByNameType/${encodeURIComponent(domain)}/TXT${sub ? `/${encodeURIComponent(sub)}` : ''}`
      return (await call<Envelope & { records?: PorkbunRecord[] }>(path)).records ?? []
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        const sub = relativeName(owner, domain)
        const present = new Set((await txtRecords(domain, sub)).map((r) => parseTxtContent(r.content)))
        for (const content of new Set(values)) {
          if (present.has(content)) continue
          // a repeated create would add a second copy of the value
          await call(
            `/dns/create/${encodeURIComponent(domain)}`,
            { name: sub, type: 'TXT', content, ttl: String(ttl) },
            false,
          )
        }
      },
      async remove(zone, owner, values) {
        const domain = await domainOf(zone, owner)
        const ours = new Set(values)
        for (const record of await txtRecords(domain, relativeName(owner, domain))) {
          if (!ours.has(parseTxtContent(record.content))) continue
          await call(`/dns/delete/${encodeURIComponent(domain)}/${encodeURIComponent(record.id)}`, {}, false)
        }
      },
    }
  },
}

/**
 * A burst met by Porkbun's AWS firewall (HTTP 202 or x-amzn-waf-action: challenge instead of the JSON answer)
 * or by its front end (an HTML 503 without Retry-After): backed off 2, 4, 8, 16 s. A 503 that says how long to
 * wait, or carries the API's JSON, is left to the usual handling.
 */
function firewallChallenge(answer: ThrottleAnswer): ThrottleVerdict {
  const backoff = CHALLENGE_BACKOFF_MS * 2 ** (answer.attempt - 1)
  const action = String(answer.headers['x-amzn-waf-action'] ?? '').toLowerCase()
  if (action === 'challenge' || (answer.status === 202 && !isJsonObject(answer.body))) {
    return { waitMs: backoff, reason: CHALLENGE_REASON }
  }
  if (answer.status === 503 && answer.headers['retry-after'] === undefined && !isJsonObject(answer.body)) {
    return { waitMs: backoff, reason: FRONT_END_REASON }
  }
  return false
}

function isJsonObject(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null
  } catch {
    return false
  }
}

/**
 * Porkbun refuses keys with HTTP 400 rather than 401, and a domain without API access the same way; a
 * firewall challenge that outlasted every retry asks for a pause.
 */
function explained(error: unknown): unknown {
  if (!(error instanceof ProviderHttpError)) return error
  const text = error.bodyExcerpt ?? ''
  let hint: string | undefined
  if (error.message.includes(CHALLENGE_REASON) || error.message.includes(FRONT_END_REASON)) {
    hint = "Porkbun's rate limiting still held the call back; wait a few minutes and run again"
  } else if (error.status === 400 && /api key|secret/i.test(text)) {
    hint = `Check ${CREDENTIALS}: Porkbun did not accept them`
  } else if (error.status === 400 && /opted in to API access/i.test(text)) {
    hint = 'Turn on "API Access" for the alias domain in Porkbun\'s Domain Management'
  }
  if (hint === undefined) return error
  return withHint(error, hint)
}
