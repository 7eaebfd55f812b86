// lego's httpreq protocol: POST {fqdn, value} to <endpoint>/present and /cleanup, once per value, on a server of your own.
import { basicAuth, providerHttp } from '../../http/api.js'
import { KeyedMutex, ownerKey } from '../serialize.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless } from '../zone.js'

const descriptor: ProviderDescriptor = {
  id: 'httpreq',
  name: 'HTTP request (lego httpreq)',
  credentials: [
    {
      env: 'HTTPREQ_ENDPOINT',
      description:
        'URL of your server (lego name), e.g. https://dns-hook.example.org/acme; /present and /cleanup are appended',
      set: 'endpoint as lego names it',
    },
    {
      env: 'HTTPREQ_API_URL',
      description: 'The same URL under this project’s <PREFIX>_API_URL name; wins when both are set',
      set: 'endpoint as certalias names it',
    },
  ],
  settings: [
    {
      env: 'HTTPREQ_USERNAME',
      description: 'Basic authentication user name (with HTTPREQ_PASSWORD)',
      secret: true,
    },
    {
      env: 'HTTPREQ_PASSWORD',
      description: 'Basic authentication password (with HTTPREQ_USERNAME)',
      secret: true,
    },
    {
      env: 'HTTPREQ_MODE',
      description:
        "Only the default mode (JSON {fqdn, value}); lego's RAW mode sends the ACME token and key authorization, " +
        'which this action does not hand to a DNS provider, so RAW is refused',
      default: '',
      values: [],
    },
  ],
  leastPrivilege:
    'The server is yours: let it accept only TXT changes under the alias zone (reject any fqdn outside ' +
    '_acme-challenge names of validation.example.org), require basic authentication with a password used for ' +
    'nothing else, and serve it over HTTPS. /present must add the value and keep the others at the name; ' +
    '/cleanup must remove only that value.',
  docs: 'https://go-acme.github.io/lego/dns/httpreq/',
}

// One per process: a server doing its own read-merge-write must see one request per owner at a time.
const ownerLocks = new KeyedMutex()

export const httpreq = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const endpoint = context.env.HTTPREQ_API_URL || context.env.HTTPREQ_ENDPOINT || ''
    const endpointName = context.env.HTTPREQ_API_URL ? 'HTTPREQ_API_URL' : 'HTTPREQ_ENDPOINT'
    const mode = (context.env.HTTPREQ_MODE ?? '').trim()
    if (mode !== '') {
      throw new Error(
        `HTTPREQ_MODE=${mode} is not supported: only the default mode, which posts {"fqdn", "value"}; unset HTTPREQ_MODE`,
      )
    }
    const username = context.env.HTTPREQ_USERNAME ?? ''
    const password = context.env.HTTPREQ_PASSWORD ?? ''
    if (Boolean(username) !== Boolean(password)) {
      throw new Error(
        'HTTPREQ_USERNAME and HTTPREQ_PASSWORD go together: set both for basic authentication, or neither',
      )
    }
    const basic = username ? basicAuth(username, password) : undefined
    const http = providerHttp(context, {
      provider: 'httpreq',
      baseUrl: checkedUrl(endpoint, endpointName),
      headers: basic ? { authorization: basic.authorization } : {},
      secrets: [username, password, ...(basic?.secrets ?? [])],
      credentialHint: basic
        ? 'HTTPREQ_USERNAME and HTTPREQ_PASSWORD'
        : `${endpointName} (the server wants credentials? set HTTPREQ_USERNAME and HTTPREQ_PASSWORD)`,
    })

    async function send(action: 'present' | 'cleanup', owner: string, values: string[]): Promise<void> {
      const fqdn = `${absoluteless(owner)}.`
      await ownerLocks.run(ownerKey(endpoint, owner), async () => {
        for (const value of new Set(values)) {
          await http.request('POST', `/${action}`, { body: { fqdn, value } })
        }
      })
    }

    return {
      id: 'httpreq',
      append: (_zone, owner, values) => send('present', owner, values),
      remove: (_zone, owner, values) => send('cleanup', owner, values),
    }
  },
} satisfies ProviderModule

function checkedUrl(value: string, name: string): string {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(`${name} must be the URL of your httpreq server, e.g. https://dns-hook.example.org/acme`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must start with http:// or https://`)
  }
  if (url.username || url.password) {
    // a password in the URL would travel into logs and error messages; basic auth has its own variables
    throw new Error(
      `${name} must not carry a user or password; set HTTPREQ_USERNAME and HTTPREQ_PASSWORD instead`,
    )
  }
  return url.href
}
