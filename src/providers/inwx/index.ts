// INWX (DomRobot JSON-RPC API). Concurrency: per-record. nameserver.createRecord adds one record beside the
// others and nameserver.deleteRecord removes one by id, so other values at the owner stay. One login session
// (with the TOTP second factor when the account has one) serves the run and is logged out at its end.
import { setTimeout as delay } from 'node:timers/promises'
import { providerHttp } from '../../http/api.js'
import { LoginSession, SessionExpired } from '../session.js'
import { readTtl } from '../ttl.js'
import { createMissing, deleteOurs } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, zoneFinder } from '../zone.js'
import { base32Key, totp, untilNextStep } from './totp.js'

const API_URL = 'https://api.domrobot.com/jsonrpc/'
const SANDBOX_URL = 'https://api.ote.domrobot.com/jsonrpc/'
// INWX's smallest record TTL.
const MIN_TTL = 300

const descriptor: ProviderDescriptor = {
  id: 'inwx',
  name: 'INWX',
  credentials: [
    { env: 'INWX_USERNAME', description: 'INWX account (or sub-account) user name' },
    { env: 'INWX_PASSWORD', description: 'Its password', secret: true },
  ],
  settings: [
    {
      env: 'INWX_SHARED_SECRET',
      description:
        'The base32 shared secret of the account’s two-factor authentication (the text behind its QR code); ' +
        'needed when the account has 2FA on',
      secret: true,
    },
    {
      env: 'INWX_SANDBOX',
      description: `\`true\`: use the OT&E test system (${SANDBOX_URL}) instead of the live one`,
      default: 'false',
      values: ['true', 'false', '1', '0', 'yes', 'no'],
    },
    { env: 'INWX_API_URL', description: 'JSON-RPC endpoint; overrides INWX_SANDBOX', default: API_URL },
    {
      env: 'INWX_TTL',
      description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`,
      default: String(MIN_TTL),
    },
  ],
  leastPrivilege:
    'INWX logins cannot be limited to DNS or to one domain. Create a sub-account (Account > Sub-accounts) that ' +
    'holds only the alias domain, or move the alias domain to an INWX account of its own, give it a password ' +
    'used nowhere else and two-factor authentication, and use that login here with INWX_SHARED_SECRET.',
  docs: 'https://www.inwx.com/en/help/apidoc',
  notes:
    'INWX’s name servers sometimes take longer than the default `propagation_timeout` of 300 seconds to serve a new ' +
    'record; if runs stop waiting for them, set `propagation_timeout: 600` on the step.',
}

interface RpcAnswer<T> {
  code: number
  msg: string
  reasonCode?: string
  reason?: string
  resData?: T
}

interface InwxRecord {
  id: number | string
  name: string
  type: string
  content: string
}

// Result codes of the DomRobot API: 1xxx succeeded; these are the ones acted on.
const OBJECT_EXISTS = 2302
const OBJECT_DOES_NOT_EXIST = 2303
// Not (or no longer) logged in: the session expired or was logged out elsewhere.
const SESSION_CODES = new Set([2200, 2201, 2202])

export const inwx: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const user = context.env.INWX_USERNAME ?? ''
    const password = context.env.INWX_PASSWORD ?? ''
    const sharedSecret = context.env.INWX_SHARED_SECRET?.trim() || undefined
    const key = sharedSecret === undefined ? undefined : base32Key(sharedSecret)
    if (sharedSecret !== undefined && key === undefined) {
      throw new Error(
        'INWX_SHARED_SECRET must be the base32 shared secret of the two-factor setup (letters A-Z and digits 2-7, ' +
          'as shown beside its QR code); the value given is not base32',
      )
    }
    const sandbox = readSwitch(context.env, 'INWX_SANDBOX')
    const ttl = readTtl(context.env, 'INWX_TTL', { default: MIN_TTL, min: MIN_TTL, note: "INWX's minimum" })
    const sleep = context.transport?.sleep ?? ((ms: number) => delay(ms))
    const http = providerHttp(context, {
      provider: 'inwx',
      baseUrl: context.env.INWX_API_URL || (sandbox ? SANDBOX_URL : API_URL),
      secrets: [password, sharedSecret ?? ''],
      credentialHint: 'INWX_USERNAME and INWX_PASSWORD',
    })

    /** One call; an answer outside 1xxx is thrown as an error naming the method, code and reason. */
    const call = async <T>(
      method: string,
      params: Record<string, unknown>,
      cookie?: string,
      idempotent = false,
    ): Promise<{ answer: RpcAnswer<T>; cookies: string[] }> => {
      const response = await http.request<RpcAnswer<T>>('POST', '/', {
        body: { method, params: { ...params, lang: 'en' } },
        headers: cookie === undefined ? {} : { cookie },
        idempotent,
      })
      const answer = response.body
      if (typeof answer?.code !== 'number') {
        throw new Error(`inwx: ${method} gave no DomRobot answer`)
      }
      const setCookie = response.headers['set-cookie']
      return { answer, cookies: Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [] }
    }
    const failure = (method: string, answer: RpcAnswer<unknown>, hint = ''): Error =>
      new Error(
        http.redact(
          `inwx: ${method} failed: ${answer.msg} (${answer.code})` +
            (answer.reason ? `: ${answer.reason}${answer.reasonCode ? ` (${answer.reasonCode})` : ''}` : '') +
            hint,
        ),
      )

    const unlock = async (cookie: string, tfa: string): Promise<void> => {
      if (key === undefined) {
        throw new Error(
          `inwx: the account asks for a second factor (${tfa}); set INWX_SHARED_SECRET to the shared secret ` +
            'of its two-factor authentication',
        )
      }
      let at = Date.now()
      for (let attempt = 1; ; attempt++) {
        const { answer } = await call('account.unlock', { tan: totp(key, at) }, cookie)
        if (answer.code < 2000) return
        // RFC 6238, 5.2: a code is accepted once. Another job of the same workflow may just have used this
        // step's code, so the next step's code is tried once before giving up.
        if (attempt > 1) throw failure('account.unlock', answer, '. Check INWX_SHARED_SECRET')
        const wait = untilNextStep(at)
        context.host.info(`inwx: the second-factor code was refused; trying the next one in ${wait} ms`)
        await sleep(wait)
        at += wait
      }
    }

    const session = new LoginSession<string>({
      open: async () => {
        const { answer, cookies } = await call<{ tfa?: string }>('account.login', { user, pass: password })
        if (answer.code >= 2000) {
          throw failure('account.login', answer, '. Check INWX_USERNAME and INWX_PASSWORD')
        }
        const sid = cookies.map((c) => /^\s*domrobot=([^;]*)/.exec(c)?.[1]).find((v) => v)
        if (sid === undefined) throw new Error('inwx: account.login set no domrobot session cookie')
        context.host.mask(sid)
        http.addSecret(sid)
        const cookie = `domrobot=${sid}`
        const tfa = answer.resData?.tfa
        if (tfa && tfa !== '0') await unlock(cookie, tfa)
        return cookie
      },
      close: async (cookie) => {
        await call('account.logout', {}, cookie)
      },
    })

    /** A call in the session; an expired session is logged into again and the call made once more. */
    const inSession = <T>(method: string, params: Record<string, unknown>, accept: number[] = []) =>
      session.run(async (cookie) => {
        const { answer } = await call<T>(method, params, cookie, true)
        if (answer.code < 2000 || accept.includes(answer.code)) return answer
        if (SESSION_CODES.has(answer.code)) throw new SessionExpired()
        throw failure(method, answer)
      })

    const domainOf = zoneFinder(
      async (domain) => {
        const answer = await inSession('nameserver.info', { domain, type: 'SOA' }, [OBJECT_DOES_NOT_EXIST])
        return answer.code === OBJECT_DOES_NOT_EXIST ? undefined : domain
      },
      (owner, tried) =>
        `inwx: no name server zone for ${owner} in this account (tried ${tried.join(', ')}); ` +
        'check that INWX_USERNAME is the account holding the alias domain',
    )

    const txtAt = async (domain: string, owner: string): Promise<InwxRecord[]> => {
      const name = absoluteless(owner)
      const answer = await inSession<{ record?: InwxRecord[] }>('nameserver.info', {
        domain,
        name,
        type: 'TXT',
      })
      return (answer.resData?.record ?? []).filter((r) => r.type === 'TXT' && absoluteless(r.name) === name)
    }

    return {
      id: descriptor.id,
      async append(zone, owner, values) {
        const { name: domain } = await domainOf(zone, owner)
        await createMissing(await txtAt(domain, owner), values, recordValue, (content) =>
          // 2302: another run (same value) created it first
          inSession(
            'nameserver.createRecord',
            { domain, name: absoluteless(owner), type: 'TXT', content, ttl },
            [OBJECT_EXISTS],
          ),
        )
      },
      async remove(zone, owner, values) {
        const { name: domain } = await domainOf(zone, owner)
        await deleteOurs(await txtAt(domain, owner), values, recordValue, (r) =>
          // 2303: another run (same value) deleted it first
          inSession('nameserver.deleteRecord', { id: Number(r.id) }, [OBJECT_DOES_NOT_EXIST]),
        )
      },
      close: () => session.close(),
    }
  },
}

function recordValue(record: InwxRecord): string {
  return record.content
}

/** A true/false variable: true, 1 or yes; false, 0, no or empty. */
function readSwitch(env: Readonly<Record<string, string | undefined>>, variable: string): boolean {
  const value = (env[variable] ?? '').trim().toLowerCase()
  if (['true', '1', 'yes'].includes(value)) return true
  if (['', 'false', '0', 'no'].includes(value)) return false
  throw new Error(`${variable} must be true or false; got "${env[variable]}"`)
}
