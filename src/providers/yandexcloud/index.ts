// Yandex Cloud DNS (API v1) with an IAM token made from a service account's authorized key (a JWT signed PS256).
// Concurrency: whole set with read-back. upsertRecordSets replaces the owner's TXT record set with what we send and
// has no version check: read, merge, write, then read back until our values hold.
import { constants, createPrivateKey, type KeyObject, sign } from 'node:crypto'
import { providerHttp } from '../../http/api.js'
import { writeUntilHeld } from '../read-back.js'
import { KeyedMutex, ownerKey, rememberedUntilFailed } from '../serialize.js'
import { readTtl } from '../ttl.js'
import { mergeTxt, parseMaybeQuoted, type TxtCodec, withoutTxt } from '../txt-content.js'
import type { DnsProvider, ProviderContext, ProviderDescriptor, ProviderModule } from '../types.js'
import { absoluteless, zoneFinder } from '../zone.js'

const API_URL = 'https://dns.api.cloud.yandex.net/dns/v1'
const IAM_URL = 'https://iam.api.cloud.yandex.net/iam/v1'
// The audience the IAM service expects in the JWT.
const IAM_AUDIENCE = 'https://iam.api.cloud.yandex.net/iam/v1/tokens'
const KEY_VARIABLE = 'YANDEX_CLOUD_IAM_TOKEN'

const descriptor: ProviderDescriptor = {
  id: 'yandexcloud',
  name: 'Yandex Cloud DNS',
  credentials: [
    {
      env: KEY_VARIABLE,
      description:
        'Authorized key of a service account: the JSON `yc iam key create` writes ({"id", "service_account_id", "private_key"}), base64-encoded as lego takes it, or as it is',
      secret: true,
    },
    { env: 'YANDEX_CLOUD_FOLDER_ID', description: 'Id of the folder holding the alias zone' },
  ],
  settings: [
    { env: 'YANDEX_CLOUD_API_URL', description: 'DNS API base URL', default: API_URL },
    {
      env: 'YANDEX_CLOUD_IAM_URL',
      description: 'IAM API base URL (where the IAM token is made)',
      default: IAM_URL,
    },
    {
      env: 'YANDEX_CLOUD_TTL',
      description: 'TTL of a TXT record set this provider creates (seconds)',
      default: '60',
    },
  ],
  leastPrivilege:
    'Create a service account and grant it the role dns.editor on the alias zone only (Cloud DNS > the zone > ' +
    'Access bindings), not on the folder or the cloud; add dns.viewer on the folder only if the zone must be found ' +
    'by listing (it lists, it changes nothing). Then create an authorized key for the service account ' +
    '(`yc iam key create --service-account-name <name> -o key.json`) and store it base64-encoded as the secret.',
  docs: 'https://yandex.cloud/en/docs/dns/api-ref/DnsZone/upsertRecordSets',
}

/** A service account's authorized key, as `yc iam key create` writes it. */
export interface AuthorizedKey {
  readonly id: string
  readonly service_account_id: string
  readonly private_key: string
}

/**
 * The JWT the IAM service exchanges for a token: header {typ, alg: PS256, kid: key id}, claims {iss: service
 * account, aud: the tokens endpoint, iat, exp}, signed RSASSA-PSS with SHA-256 and a 32-byte salt.
 */
export function yandexJwt(
  key: { id: string; serviceAccountId: string; privateKey: KeyObject },
  nowSeconds: number,
) {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const unsigned = `${part({ typ: 'JWT', alg: 'PS256', kid: key.id })}.${part({
    iss: key.serviceAccountId,
    aud: IAM_AUDIENCE,
    iat: nowSeconds,
    exp: nowSeconds + 3600,
  })}`
  const signature = sign('sha256', Buffer.from(unsigned), {
    key: key.privateKey,
    padding: constants.RSA_PKCS1_PSS_PADDING,
    saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
  })
  return `${unsigned}.${signature.toString('base64url')}`
}

interface RecordSet {
  name: string
  type: string
  ttl: number
  data: string[]
}

interface Operation {
  id: string
  done?: boolean
  error?: { code: number; message: string }
}

// Yandex keeps TXT data as given: ours bare, others maybe quoted; a kept item is sent back as it was.
const yandexTxt: TxtCodec<string> = { read: parseMaybeQuoted, format: (value) => value }

// One per process: two provider instances writing one owner must still take turns.
const ownerLocks = new KeyedMutex()

export interface YandexcloudOptions {
  /** The clock in ms, for tests. */
  now?: () => number
}

export function createYandexcloud(options: YandexcloudOptions = {}): ProviderModule {
  const now = options.now ?? Date.now
  return {
    descriptor,
    create(context: ProviderContext): DnsProvider {
      const env = context.env
      const key = readAuthorizedKey(env[KEY_VARIABLE] ?? '')
      for (const line of key.private_key.split(/\r?\n/))
        if (line.trim().length > 16) context.host.mask(line.trim())
      context.host.mask(key.private_key)
      const folderId = env.YANDEX_CLOUD_FOLDER_ID ?? ''
      const ttl = readTtl(env, 'YANDEX_CLOUD_TTL', { default: 60, max: 604_800 })
      const apiUrl = env.YANDEX_CLOUD_API_URL || API_URL
      let privateKey: KeyObject
      try {
        privateKey = createPrivateKey(key.private_key)
      } catch {
        throw new Error(`${KEY_VARIABLE}: the authorized key's private_key is not a readable PEM private key`)
      }
      const iam = providerHttp(context, {
        provider: 'yandexcloud',
        apiUrlEnv: 'YANDEX_CLOUD_IAM_URL',
        defaultUrl: IAM_URL,
        secrets: [env[KEY_VARIABLE] ?? '', key.private_key],
        credentialHint: KEY_VARIABLE,
      })

      // An IAM token lives up to 12 hours: one per provider instance.
      const iamToken = rememberedUntilFailed((): Promise<string> => {
        const jwt = yandexJwt(
          { id: key.id, serviceAccountId: key.service_account_id, privateKey },
          Math.floor(now() / 1000),
        )
        return iam
          .request<{ iamToken: string }>('POST', '/tokens', { body: { jwt }, idempotent: true })
          .then(({ body }) => {
            context.host.mask(body.iamToken)
            return body.iamToken
          })
      })

      const http = providerHttp(context, {
        provider: 'yandexcloud',
        baseUrl: apiUrl,
        credentialHint: KEY_VARIABLE,
        signRequest: async () => ({ authorization: `Bearer ${await iamToken()}` }),
      })

      const zoneOf = zoneFinder(
        async (name) => {
          const { body } = await http.request<{ dnsZones?: { id: string; zone: string }[] }>(
            'GET',
            '/zones',
            {
              query: { folderId, pageSize: 1000 },
            },
          )
          return (body.dnsZones ?? []).find((z) => absoluteless(z.zone) === name)?.id
        },
        (owner, tried) =>
          `yandexcloud: no DNS zone for ${owner} in folder ${folderId} (tried ${tried.join(', ')}); ` +
          'check YANDEX_CLOUD_FOLDER_ID and that the service account may list its zones',
      )

      const zonePath = (zoneId: string, method: string) => `/zones/${encodeURIComponent(zoneId)}:${method}`

      const readTxt = async (zoneId: string, owner: string): Promise<RecordSet | undefined> => {
        const response = await http.request<RecordSet>('GET', zonePath(zoneId, 'getRecordSet'), {
          query: { name: `${absoluteless(owner)}.`, type: 'TXT' },
          expect: [404],
        })
        return response.status === 404 ? undefined : response.body
      }

      async function rewrite(
        zone: string,
        owner: string,
        plan: (current: RecordSet | undefined) => object | undefined,
      ) {
        const { zone: zoneId, name } = await zoneOf(zone, owner)
        await ownerLocks.run(ownerKey(apiUrl, name, owner), () =>
          writeUntilHeld({
            what: `yandexcloud: the TXT record set at ${absoluteless(owner)}`,
            read: () => readTxt(zoneId, owner),
            plan,
            write: async (_current, change) => {
              // a whole-set write: never resent as it was; the read-back reads and merges again
              const { body } = await http.request<Operation>('POST', zonePath(zoneId, 'upsertRecordSets'), {
                body: change,
                idempotent: false,
              })
              // the operation is not polled: the read-back sees the set once it is applied
              if (body?.error) {
                throw new Error(
                  http.redact(
                    `yandexcloud: upsertRecordSets failed: ${body.error.code}: ${body.error.message}`,
                  ),
                )
              }
            },
            sleep: context.transport?.sleep,
            log: (message) => context.host.info(message),
          }),
        )
      }

      return {
        id: descriptor.id,
        async append(zone, owner, values) {
          await rewrite(zone, owner, (current) => {
            const data = mergeTxt(current?.data ?? [], values, yandexTxt)
            if (data === undefined) return undefined
            const name = `${absoluteless(owner)}.`
            return { replacements: [{ name, type: 'TXT', ttl: current?.ttl ?? ttl, data }] }
          })
        },
        async remove(zone, owner, values) {
          await rewrite(zone, owner, (current) => {
            const kept = current && withoutTxt(current.data, values, yandexTxt.read)
            if (current === undefined || kept === undefined) return undefined
            return kept.length === 0
              ? { deletions: [current] }
              : { replacements: [{ ...current, data: kept }] }
          })
        },
      }
    },
  }
}

export const yandexcloud: ProviderModule = createYandexcloud()

/** The authorized key JSON, base64-encoded (lego's form) or as it is. */
function readAuthorizedKey(value: string): AuthorizedKey {
  const text = value.trim().startsWith('{') ? value : Buffer.from(value, 'base64').toString('utf8')
  let key: Partial<AuthorizedKey>
  try {
    key = JSON.parse(text)
  } catch {
    throw new Error(
      `${KEY_VARIABLE} must be a service account's authorized key: its JSON, or that JSON base64-encoded`,
    )
  }
  if (!key.id || !key.service_account_id || !key.private_key) {
    throw new Error(`${KEY_VARIABLE}: the authorized key lacks id, service_account_id or private_key`)
  }
  return key as AuthorizedKey
}
