// Infoblox NIOS through WAPI. Concurrency: per-record. Each TXT value is a record:txt object of its own, so an
// append creates only ours and a removal deletes only the objects holding our values.
import { readFileSync } from 'node:fs'
import { basicAuth, providerHttp, withHint } from '../../http/api.js'
import { ProviderHttpError } from '../../http/client.js'
import { connections } from '../../http/transport.js'
import { readTtl } from '../ttl.js'
import { formatTxtContent, missingTxt, ourTxt, parseMaybeQuoted } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, pathSegment } from '../zone.js'

const DEFAULT_PORT = '443'
const DEFAULT_WAPI_VERSION = '2.11'
// lego's default; NIOS itself names its first view "default"
const DEFAULT_VIEW = 'External'

const descriptor: ProviderDescriptor = {
  id: 'infoblox',
  name: 'Infoblox NIOS (WAPI)',
  credentials: [
    {
      env: 'INFOBLOX_HOST',
      description: 'Host name of the Grid Manager, e.g. gm.example.org (no scheme, no port)',
    },
    { env: 'INFOBLOX_USERNAME', description: 'WAPI user name (HTTP basic authentication)' },
    { env: 'INFOBLOX_PASSWORD', description: "The WAPI user's password", secret: true },
  ],
  settings: [
    {
      env: 'INFOBLOX_API_URL',
      description:
        'WAPI base URL; replaces the one made of INFOBLOX_HOST, INFOBLOX_PORT and INFOBLOX_WAPI_VERSION (a proxy, a test server)',
      default: 'https://<INFOBLOX_HOST>:<INFOBLOX_PORT>/wapi/v<INFOBLOX_WAPI_VERSION>',
    },
    { env: 'INFOBLOX_PORT', description: 'HTTPS port of the Grid Manager', default: DEFAULT_PORT },
    { env: 'INFOBLOX_WAPI_VERSION', description: 'WAPI version in the path', default: DEFAULT_WAPI_VERSION },
    {
      env: 'INFOBLOX_DNS_VIEW',
      description: `DNS view that holds the alias zone (${DEFAULT_VIEW} as in lego; NIOS names its first view "default")`,
      default: DEFAULT_VIEW,
    },
    { env: 'INFOBLOX_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
    {
      env: 'INFOBLOX_CA_CERTIFICATE',
      description:
        "The CA certificate(s) of the Grid Manager's HTTPS certificate, as PEM text or (as lego takes it) the path of " +
        'a PEM file; then only these are trusted for the Grid Manager. NODE_EXTRA_CA_CERTS=<PEM file> in the ' +
        "step's environment works too, for every connection of the run",
    },
    {
      env: 'INFOBLOX_SSL_VERIFY',
      description:
        'Only on: turning the certificate check off is refused, since the WAPI password would go to whoever ' +
        "answers at the Grid Manager's address; give its CA with INFOBLOX_CA_CERTIFICATE instead",
      default: 'true',
      values: ['true', '1', 'yes'],
    },
  ],
  leastPrivilege:
    'Create a WAPI-only admin group (Administration > Administrators > Groups, allowed interface API only) with ' +
    'Read/Write permission on TXT records of the alias zone alone (Permissions > add a permission on the zone ' +
    'validation.example.org in the view, resource type TXT Records) and no other permission, so the user cannot ' +
    'touch other zones or record types; put a user with a long random password in that group. The WAPI ' +
    'reference of your own grid is at https://<grid manager>/wapidoc/ (objects > record:txt).',
  docs: 'https://demogm1.infoblox.com/wapidoc/',
}

interface TxtObject {
  _ref: string
  name: string
  text: string
  view?: string
}

export const infoblox: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const { env } = context
    const username = env.INFOBLOX_USERNAME ?? ''
    const password = env.INFOBLOX_PASSWORD ?? ''
    const view = env.INFOBLOX_DNS_VIEW?.trim() || DEFAULT_VIEW
    const ttl = readTtl(env, 'INFOBLOX_TTL', { default: 120 })
    refuseUncheckedTls(env.INFOBLOX_SSL_VERIFY)
    const ca = caCertificates(env.INFOBLOX_CA_CERTIFICATE)
    const basic = basicAuth(username, password)
    const http = providerHttp(
      {
        ...context,
        // a private CA is trusted only on connections of their own, not on the run's shared ones
        transport:
          ca === undefined || context.transport?.send !== undefined
            ? context.transport
            : { ...context.transport, send: connections({ connectTimeoutMs: 10_000, ca }).send },
      },
      {
        provider: 'infoblox',
        baseUrl: env.INFOBLOX_API_URL?.trim() || wapiUrl(env),
        headers: { authorization: basic.authorization, accept: 'application/json' },
        secrets: basic.secrets,
        credentialHint: 'INFOBLOX_USERNAME and INFOBLOX_PASSWORD',
      },
    )

    const txtObjects = async (owner: string): Promise<TxtObject[]> => {
      const { body } = await http.request<TxtObject[]>('GET', '/record:txt', {
        query: { name: absoluteless(owner), view, _return_fields: 'name,text,view' },
      })
      return Array.isArray(body) ? body : []
    }

    return {
      id: descriptor.id,
      async append(_zone, owner, values) {
        const name = absoluteless(owner)
        const missing = missingTxt(await txtObjects(name), values, textValue)
        // one object per value: WAPI creates a record:txt per request
        await Promise.all(
          missing.map((value) =>
            http
              .request('POST', '/record:txt', {
                body: {
                  name,
                  text: wapiText(value),
                  view,
                  ttl,
                  use_ttl: true,
                  comment: 'certalias ACME challenge',
                },
              })
              .catch((error: unknown) => {
                // another run with the same authorization created it first: the value is there, as asked
                if (alreadyThere(error)) return
                if (error instanceof ProviderHttpError && error.status === 400) {
                  throw withHint(
                    error,
                    `Check INFOBLOX_DNS_VIEW ("${view}"): an authoritative zone of that view must hold ${name}`,
                  )
                }
                throw error
              }),
          ),
        )
      },
      async remove(_zone, owner, values) {
        const ours = ourTxt(await txtObjects(owner), values, textValue)
        // 404: gone already (another run's cleanup of the same value)
        await Promise.all(ours.map((o) => http.request('DELETE', refPath(o._ref), { expect: [404] })))
      },
    }
  },
}

/** https://<host>:<port>/wapi/v<version>, each part checked, as lego and Infoblox's Go client build it. */
function wapiUrl(env: Readonly<Record<string, string | undefined>>): string {
  const host = env.INFOBLOX_HOST?.trim() ?? ''
  const port = env.INFOBLOX_PORT?.trim() || DEFAULT_PORT
  const version = (env.INFOBLOX_WAPI_VERSION?.trim() || DEFAULT_WAPI_VERSION).replace(/^v/i, '')
  if (!/^[a-z0-9.-]+$/i.test(host) && !/^\[[0-9a-f:.]+\]$/i.test(host)) {
    throw new Error(
      `INFOBLOX_HOST must be the Grid Manager's host name alone, e.g. gm.example.org; got "${host}" ` +
        '(a whole URL goes in INFOBLOX_API_URL)',
    )
  }
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    throw new Error(`INFOBLOX_PORT must be a port number, e.g. ${DEFAULT_PORT}; got "${port}"`)
  }
  if (!/^\d+(\.\d+)*$/.test(version)) {
    throw new Error(
      `INFOBLOX_WAPI_VERSION must be a version such as ${DEFAULT_WAPI_VERSION}; got "${version}"`,
    )
  }
  return `https://${host}:${port}/wapi/v${version}`
}

function refuseUncheckedTls(value: string | undefined): void {
  const setting = value?.trim().toLowerCase() ?? ''
  if (setting === '' || ['true', '1', 'yes'].includes(setting)) return
  throw new Error(
    `INFOBLOX_SSL_VERIFY="${value}" is refused: without the certificate check the WAPI password goes to whoever ` +
      "answers at the Grid Manager's address. Give the Grid Manager's CA certificate in INFOBLOX_CA_CERTIFICATE " +
      '(PEM text or a file path), or NODE_EXTRA_CA_CERTS=<PEM file>, and remove INFOBLOX_SSL_VERIFY',
  )
}

/** The PEM text of INFOBLOX_CA_CERTIFICATE (the text itself, or read from the file it names). */
function caCertificates(setting: string | undefined): string | undefined {
  const value = setting?.trim() ?? ''
  if (value === '') return undefined
  let pem = value
  if (!value.includes('-----BEGIN')) {
    try {
      pem = readFileSync(value, 'utf8')
    } catch (error) {
      throw new Error(
        `INFOBLOX_CA_CERTIFICATE names a file that cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); ` +
          'give the PEM text itself or the path of a readable PEM file',
      )
    }
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new Error('INFOBLOX_CA_CERTIFICATE holds no PEM certificate (-----BEGIN CERTIFICATE-----)')
  }
  return pem
}

/** WAPI's text field: a plain value as is; one with spaces, quotes or beyond 255 bytes as quoted strings. */
function wapiText(value: string): string {
  return /^[\x21\x23-\x5b\x5d-\x7e]{1,255}$/.test(value) ? value : formatTxtContent(value)
}

function textValue(object: TxtObject): string {
  return parseMaybeQuoted(object.text)
}

/**
 * The object reference as a path (record:txt/<id>:<name>/<view>): it comes from the server, so it must be a
 * record:txt reference, and each of its parts stays one segment (a view may hold spaces).
 */
function refPath(ref: string): string {
  if (!ref.startsWith('record:txt/')) {
    throw new Error(`infoblox: the server gave "${ref.slice(0, 80)}" as a TXT record's reference`)
  }
  return `/${ref
    .split('/')
    .map((part) => pathSegment(part).replace(/%3A/gi, ':'))
    .join('/')}`
}

/** WAPI's "The record '…' already exists." (Client.Ibap.Data.Conflict). */
function alreadyThere(error: unknown): boolean {
  return (
    error instanceof ProviderHttpError &&
    error.status === 400 &&
    /Client\.Ibap\.Data\.Conflict/.test(error.bodyExcerpt ?? '') &&
    /already exists/i.test(error.bodyExcerpt ?? '')
  )
}
