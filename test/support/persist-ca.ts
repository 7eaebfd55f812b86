// The CA's side of dns-persist-01 (draft-ietf-acme-dns-persist), which Pebble 2.4 lacks: a front before the bed's
// persist Pebble (PEBBLE_VA_ALWAYS_VALID) that presents each authorization's challenge as a dns-persist-01 one,
// with the account that asked as `accounturi` and the CA's `issuer-domain-names`, and relays the answer ({}) only
// after it has itself resolved `_validation-persist.<name>` through the bed's Unbound (CNAMEs followed) and found
// a record that validates by the draft's rules; otherwise it answers 403 unauthorized and Pebble never hears of it.
// Its check is written here on its own, from the draft, so that it proves the client's rather than repeats it.
import { query } from '../../src/dns/wire.js'
import {
  type AcmeProxy,
  type AcmeRequest,
  type Fault,
  type ProxyAnswer,
  startAcmeProxy,
} from './acme-proxy.js'
import { topology } from './bed.js'

export interface PersistCheck {
  /** The authorization's name as the CA validates it: `*.` for a wildcard. */
  readonly name: string
  readonly accountUri: string
  /** The TXT values the CA read at the end of the chain. */
  readonly served: readonly string[]
  /** Why no record validates; undefined when one does. */
  readonly refused?: string
}

export interface PersistCa extends AcmeProxy {
  /** Every validation the front made, in order. */
  readonly checks: readonly PersistCheck[]
}

export interface PersistCaOptions {
  /** The challenge's issuer-domain-names; the directory's caaIdentities stay [CA_IDENTITY]. */
  readonly issuers?: readonly string[]
  /** Added to each challenge object as it is (a CA that breaks the draft). */
  readonly extra?: Record<string, unknown>
}

interface Authorization {
  identifier: { value: string }
  wildcard?: boolean
  challenges: { type: string; url: string; token?: string; [field: string]: unknown }[]
}

export async function startPersistCa(options: PersistCaOptions = {}): Promise<PersistCa> {
  const issuers = options.issuers ?? [topology.CA_IDENTITY]
  const checks: PersistCheck[] = []
  // challenge path -> the authorization it belongs to, as the front last presented it
  const challenges = new Map<string, { identifier: string; wildcard: boolean }>()

  const present = (challenge: Authorization['challenges'][number], kid: string) => {
    if (challenge.type !== 'dns-01') return challenge
    const { token: _token, ...rest } = challenge
    return {
      ...rest,
      type: 'dns-persist-01',
      accounturi: kid,
      'issuer-domain-names': issuers,
      ...options.extra,
    }
  }

  const rewrite = (request: AcmeRequest, answer: ProxyAnswer): ProxyAnswer | undefined => {
    const kid = String(request.protected?.kid ?? '')
    let body: unknown
    try {
      body = JSON.parse(answer.text)
    } catch {
      return undefined
    }
    if (isAuthorization(body)) {
      for (const c of body.challenges) {
        if (c.type === 'dns-01') {
          challenges.set(new URL(c.url).pathname, {
            identifier: body.identifier.value,
            wildcard: body.wildcard === true,
          })
        }
      }
      const presented = body.challenges.map((c) => present(c, kid))
      return { ...answer, text: JSON.stringify({ ...body, challenges: presented }) }
    }
    if (isChallenge(body)) return { ...answer, text: JSON.stringify(present(body, kid)) }
    return undefined
  }

  const validate = async (request: AcmeRequest): Promise<Fault | undefined> => {
    const authorization = challenges.get(request.path)
    // only an answer to a challenge ({}) is validated; a POST-as-GET of it reads it
    if (request.method !== 'POST' || authorization === undefined || request.payload === undefined)
      return undefined
    const accountUri = String(request.protected?.kid ?? '')
    const name = `${authorization.wildcard ? '*.' : ''}${authorization.identifier}`
    const served = await servedRecords(`_validation-persist.${authorization.identifier}`)
    const refused = refusal(served, { issuers, accountUri, wildcard: authorization.wildcard })
    checks.push({ name, accountUri, served, ...(refused === undefined ? {} : { refused }) })
    if (refused === undefined) return undefined
    return {
      status: 403,
      body: {
        type: 'urn:ietf:params:acme:error:unauthorized',
        detail: `no _validation-persist record of ${authorization.identifier} validates: ${refused}`,
        status: 403,
      },
    }
  }

  const proxy = await startAcmeProxy(validate, {
    upstream: topology.ACME_PERSIST_DIRECTORY,
    caaIdentities: [topology.CA_IDENTITY],
    rewrite,
  })
  return Object.assign(proxy, { checks })
}

function isAuthorization(body: unknown): body is Authorization {
  const b = body as Authorization
  return typeof b?.identifier?.value === 'string' && Array.isArray(b.challenges)
}

function isChallenge(body: unknown): body is Authorization['challenges'][number] {
  const b = body as Authorization['challenges'][number]
  return typeof b?.type === 'string' && typeof b.url === 'string' && !('identifier' in (body as object))
}

/** The TXT values at the end of the CNAME chain from `owner`, as a recursive resolver answers them. */
async function servedRecords(owner: string): Promise<string[]> {
  const response = await query(topology.RESOLVER, owner, 'TXT', { recursionDesired: true })
  let name = owner
  for (;;) {
    const cname = response.answers.find((rr) => rr.type === 'CNAME' && rr.name === name)
    if (cname === undefined) break
    name = String(cname.data)
  }
  return response.answers.filter((rr) => rr.type === 'TXT' && rr.name === name).map((rr) => String(rr.data))
}

// RFC 8659 section 4.2, issue-value, as one expression
const WSP = '[ \\t]*'
const LABEL = '[A-Za-z0-9](?:-*[A-Za-z0-9])*'
const PARAMETER = `${LABEL}${WSP}=${WSP}[\\x21-\\x3a\\x3c-\\x7e]*`
const ISSUE_VALUE = new RegExp(
  `^${WSP}(${LABEL}(?:\\.${LABEL})*)?${WSP}(?:;${WSP}(${PARAMETER}(?:${WSP};${WSP}${PARAMETER})*)?${WSP})?$`,
)

/**
 * The draft's verification (sections 4 and 5): among the records whose issuer-domain-name is one of the
 * challenge's, one must carry the requesting account's URI (simple string comparison), no persistUntil in the
 * past (and none that is not a base-10 integer), and policy=wildcard for a wildcard. Unknown parameters are
 * ignored. Undefined when one does; else why none does.
 */
function refusal(
  served: readonly string[],
  want: { issuers: readonly string[]; accountUri: string; wildcard: boolean },
): string | undefined {
  const reasons: string[] = []
  for (const value of served) {
    const match = ISSUE_VALUE.exec(value)
    if (match === null) {
      reasons.push(`${JSON.stringify(value)}: not an issue-value`)
      continue
    }
    const issuer = (match[1] ?? '').toLowerCase()
    if (!want.issuers.includes(issuer)) continue
    const parameters = (match[2] ?? '')
      .split(';')
      .filter((p) => p.trim() !== '')
      .map((p) => {
        const eq = p.indexOf('=')
        return [p.slice(0, eq).trim().toLowerCase(), p.slice(eq + 1).trim()] as const
      })
    const all = (tag: string) => parameters.filter(([t]) => t === tag).map(([, v]) => v)
    const accounts = all('accounturi')
    const until = all('persistuntil')
    if (accounts.length !== 1 || accounts[0] !== want.accountUri) {
      reasons.push(`${JSON.stringify(value)}: not the requesting account`)
    } else if (until.some((t) => !/^[0-9]+$/.test(t))) {
      reasons.push(`${JSON.stringify(value)}: persistUntil is not a base-10 integer (malformed)`)
    } else if (until.some((t) => Number(t) * 1000 < Date.now())) {
      reasons.push(`${JSON.stringify(value)}: past its persistUntil`)
    } else if (want.wildcard && !all('policy').some((p) => p.toLowerCase() === 'wildcard')) {
      reasons.push(`${JSON.stringify(value)}: no policy=wildcard for a wildcard`)
    } else return undefined
  }
  return reasons.length > 0 ? reasons.join('; ') : 'no record names one of the issuer domain names'
}
