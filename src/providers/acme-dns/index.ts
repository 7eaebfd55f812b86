// acme-dns (joohoi/acme-dns): POST /update per value; the server keeps the two newest values of each subdomain.
import { readFileSync } from 'node:fs'
import { providerHttp } from '../../http/api.js'
import { KeyedMutex } from '../serialize.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless } from '../zone.js'

const ACCOUNTS_ENV = 'ACME_DNS_ACCOUNT_JSON'
// acme-dns serves exactly two TXT values per subdomain: the newest replaces the older of the two
const SLOTS = 2
// acme-dns rejects any txt that is not 43 characters: the length of an ACME dns-01 digest
const TXT_LENGTH = 43

const descriptor: ProviderDescriptor = {
  id: 'acme-dns',
  name: 'acme-dns (joohoi/acme-dns)',
  credentials: [
    {
      env: 'ACME_DNS_API_URL',
      description: 'Base URL of the acme-dns HTTP API, e.g. https://auth.example.org; /update is appended',
      aliases: ['ACME_DNS_API_BASE'],
    },
    {
      env: ACCOUNTS_ENV,
      description:
        'The account(s) as JSON, stored whole in one secret: the answer of POST /register ' +
        '({"username","password","fulldomain","subdomain",…}), a list of such answers, or the accounts file lego ' +
        'writes to ACME_DNS_STORAGE_PATH (an object of them keyed by domain), or the path of a file holding it, ' +
        "as lego's ACME_DNS_STORAGE_PATH names it. The account whose fulldomain is the owner (the CNAME target " +
        '`<subdomain>.<acme-dns zone>`, no _acme-challenge label) is used.',
      secret: true,
      aliases: ['ACME_DNS_STORAGE_PATH'],
    },
  ],
  settings: [],
  leastPrivilege:
    'An acme-dns account can already change only the TXT values of its own subdomain, so register one account per ' +
    'certificate name (or per group of names that may share it) and give the action only those accounts. ' +
    'Register with "allowfrom" to restrict /update to the networks of your self-hosted runners (GitHub-hosted ' +
    'runners have no fixed addresses), run your own instance with disable_registration = true once the accounts ' +
    'exist, and note that acme-dns cannot delete values: removal is a no-op and old values are replaced by the ' +
    'next two updates.',
  docs: 'https://github.com/joohoi/acme-dns#api',
}

interface AcmeDnsAccount {
  username: string
  password: string
  subdomain: string
  fulldomain: string
}

// Per process: what this run has written to each subdomain, newest last, so a third value is refused, not lost.
const written = new Map<string, string[]>()
const subdomainLocks = new KeyedMutex()

export const acmeDns = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const json = accountsText(context.env[ACCOUNTS_ENV] ?? '')
    if (json) context.host.mask(json)
    const accounts = parseAccounts(json)
    for (const account of accounts) context.host.mask(account.password)
    const apiUrl = context.env.ACME_DNS_API_URL ?? ''
    const passwords = accounts.map((account) => account.password)
    const http = providerHttp(context, {
      provider: 'acme-dns',
      baseUrl: apiUrl,
      secrets: [json, ...passwords],
      credentialHint: `the account of ${ACCOUNTS_ENV} for this owner (username and password)`,
    })

    const accountFor = (owner: string): AcmeDnsAccount => {
      const name = absoluteless(owner)
      const account = accounts.find((a) => absoluteless(a.fulldomain) === name)
      if (account === undefined) {
        const known = accounts.map((a) => absoluteless(a.fulldomain)).join(', ')
        throw new Error(
          `acme-dns: no account in ${ACCOUNTS_ENV} has the fulldomain ${name} (it has: ${known}); ` +
            `the CNAME of _acme-challenge must point at an account's fulldomain, and domain_alias must name it`,
        )
      }
      return account
    }

    return {
      id: 'acme-dns',

      async append(_zone, owner, values) {
        const account = accountFor(owner)
        for (const value of values) {
          if (value.length !== TXT_LENGTH) {
            throw new Error(
              `acme-dns: the server accepts only ${TXT_LENGTH}-character TXT values (ACME dns-01 digests); ` +
                `got one of ${value.length} characters for ${absoluteless(owner)}`,
            )
          }
        }
        await subdomainLocks.run(account.subdomain, async () => {
          const live = written.get(account.subdomain) ?? []
          const fresh = [...new Set(values)].filter((value) => !live.includes(value))
          if (live.length + fresh.length > SLOTS) {
            throw new Error(
              `acme-dns: ${absoluteless(owner)} would need ${live.length + fresh.length} TXT values at once, but ` +
                `acme-dns keeps only the ${SLOTS} newest per subdomain; give each certificate name beyond two its ` +
                'own acme-dns account (and CNAME), or issue those names in separate runs',
            )
          }
          for (const value of fresh) {
            // not retried after sending: a repeated update would push the other value out of its slot
            await http.request('POST', '/update', {
              headers: { 'X-Api-User': account.username, 'X-Api-Key': account.password },
              body: { subdomain: account.subdomain, txt: value },
            })
            live.push(value)
            written.set(account.subdomain, live)
          }
        })
      },

      async remove(_zone, owner, values) {
        // acme-dns has no delete: the values stay until two newer updates replace them, which is harmless
        const account = accountFor(owner)
        await subdomainLocks.run(account.subdomain, async () => {
          const live = (written.get(account.subdomain) ?? []).filter((value) => !values.includes(value))
          if (live.length === 0) written.delete(account.subdomain)
          else written.set(account.subdomain, live)
        })
        context.host.debug(
          `acme-dns: cannot delete TXT values; ${absoluteless(owner)} keeps them until replaced`,
        )
      },
    }
  },
} satisfies ProviderModule

/** The JSON itself, or, as lego's ACME_DNS_STORAGE_PATH gives it, the path of the file that holds it. */
function accountsText(value: string): string {
  const trimmed = value.trim()
  if (trimmed === '' || trimmed.startsWith('{') || trimmed.startsWith('[')) return value
  try {
    return readFileSync(trimmed, 'utf8')
  } catch (error) {
    throw new Error(
      `${ACCOUNTS_ENV} (or ACME_DNS_STORAGE_PATH) is neither account JSON nor the path of a readable file: ` +
        `${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
    )
  }
}

/** The accounts from ACME_DNS_ACCOUNT_JSON: one /register answer, a list of them, or lego's storage file. */
export function parseAccounts(json: string): AcmeDnsAccount[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    // never quote the text: it holds passwords
    throw new Error(
      `${ACCOUNTS_ENV} is not JSON; paste the answer of POST /register (or lego's accounts file) whole`,
    )
  }
  const candidates = Array.isArray(parsed)
    ? parsed
    : isAccount(parsed)
      ? [parsed]
      : typeof parsed === 'object' && parsed !== null
        ? Object.values(parsed)
        : []
  const accounts = candidates.filter(isAccount)
  if (accounts.length === 0 || accounts.length !== candidates.length) {
    throw new Error(
      `${ACCOUNTS_ENV} must hold acme-dns accounts with username, password, subdomain and fulldomain ` +
        "(the answer of POST /register), one or a list, or lego's accounts file keyed by domain",
    )
  }
  return accounts.map(({ username, password, subdomain, fulldomain }) => ({
    username,
    password,
    subdomain,
    fulldomain,
  }))
}

function isAccount(value: unknown): value is AcmeDnsAccount {
  if (typeof value !== 'object' || value === null) return false
  const fields = value as Record<string, unknown>
  return ['username', 'password', 'subdomain', 'fulldomain'].every(
    (field) => typeof fields[field] === 'string' && fields[field] !== '',
  )
}
