// The rfc2136 provider: TXT values added and removed with TSIG-signed DNS UPDATE messages to the zone's primary.
import { lookup } from 'node:dns/promises'
import net from 'node:net'
import {
  decodeTsigSecret,
  encodeCanonicalName,
  parseTsigAlgorithm,
  signMessage,
  TsigError,
  type TsigKey,
  verifyResponse,
} from '../../dns/tsig.js'
import { DnsTransportError, exchange, isIPv6, parseServer, query, rcodeName } from '../../dns/wire.js'
import type { DnsProvider, ProviderContext, ProviderModule } from '../types.js'
import { descriptor } from './descriptor.js'
import { buildTxtUpdate } from './message.js'

const TRIES = 3

interface Settings {
  nameserver: { host: string; port: number }
  key: TsigKey
  ttl: number
  timeoutMs: number
}

export const rfc2136: ProviderModule = {
  descriptor,
  create(context: ProviderContext): DnsProvider {
    const secret = context.env.RFC2136_TSIG_SECRET
    // Masked before anything else can fail and print it.
    if (secret?.trim()) {
      context.host.mask(secret)
      if (secret.trim() !== secret) context.host.mask(secret.trim())
    }
    const settings = readSettings(context.env)
    const resolveServer = memoizeUntilFailure(() => resolveNameserver(settings.nameserver, context.resolvers))

    // Adding or deleting single RRs is atomic on the server, so concurrent writers to one owner cannot lose a
    // value: no read-merge-write and no lock are needed.
    const update = async (action: 'add' | 'delete', zone: string, owner: string, values: string[]) => {
      if (values.length === 0) return
      const zoneName = normalizeName(zone)
      const ownerName = normalizeName(owner)
      if (ownerName !== zoneName && !ownerName.endsWith(`.${zoneName}`)) {
        throw new Error(`rfc2136: the owner ${ownerName} is not inside the zone ${zoneName}`)
      }
      const server = await resolveServer()
      const what = `${action === 'add' ? 'adding' : 'removing'} ${values.length} TXT ${values.length === 1 ? 'value' : 'values'} ${action === 'add' ? 'at' : 'from'} ${ownerName} (zone ${zoneName})`
      const message = buildTxtUpdate({
        zone: zoneName,
        owner: ownerName,
        values,
        action: action === 'add' ? { add: settings.ttl } : 'delete',
      })
      const signed = signMessage(message, settings.key)
      let reply: Buffer
      try {
        reply = await exchange(server, signed.message, {
          timeoutMs: Math.ceil(settings.timeoutMs / TRIES),
          tries: TRIES,
        })
      } catch (error) {
        const detail = error instanceof DnsTransportError ? error.message : (error as Error).message
        throw new Error(`rfc2136: ${what} failed: ${detail} (RFC2136_NAMESERVER, RFC2136_TIMEOUT)`, {
          cause: error,
        })
      }
      const rcode = rcodeName(reply.readUInt16BE(2) & 0xf)
      try {
        verifyResponse(reply, settings.key, signed.mac)
      } catch (error) {
        if (!(error instanceof TsigError)) throw error
        throw new Error(
          `rfc2136: ${what} failed at server ${server}: ${explainTsig(error, rcode, settings.key)}`,
          {
            cause: error,
          },
        )
      }
      if (rcode !== 'NOERROR') {
        throw new UpdateFailed(
          `rfc2136: ${what} failed at server ${server}: ${rcode}. ${explainRcode(rcode, settings.key)}`,
          rcode,
        )
      }
    }

    return {
      id: descriptor.id,
      append: (zone, owner, values) => update('add', zone, owner, values),
      remove: (zone, owner, values) => update('delete', zone, owner, values),
    }
  },
}

/** The server answered the UPDATE with an error rcode (REFUSED: the key may not change that zone). */
class UpdateFailed extends Error {
  constructor(
    message: string,
    readonly rcode: string,
  ) {
    super(message)
  }
}

function readSettings(env: Readonly<Record<string, string | undefined>>): Settings {
  const required = (name: string) => {
    const value = env[name]?.trim()
    if (!value) throw new Error(`rfc2136: ${name} is not set`)
    return value
  }
  const nameserverText = required('RFC2136_NAMESERVER')
  let nameserver: { host: string; port: number }
  try {
    nameserver = parseServer(nameserverText)
  } catch (error) {
    throw new Error(`rfc2136: RFC2136_NAMESERVER: ${(error as Error).message}`)
  }
  const keyName = normalizeName(required('RFC2136_TSIG_KEY'))
  try {
    encodeCanonicalName(keyName)
  } catch {
    throw new Error(`rfc2136: RFC2136_TSIG_KEY "${keyName}" is not a valid DNS name`)
  }
  let secret: Buffer
  try {
    secret = decodeTsigSecret(required('RFC2136_TSIG_SECRET'))
  } catch (error) {
    throw new Error(`rfc2136: RFC2136_TSIG_SECRET: ${(error as Error).message}`)
  }
  let algorithm: TsigKey['algorithm']
  try {
    algorithm = parseTsigAlgorithm(env.RFC2136_TSIG_ALGORITHM?.trim() || 'hmac-sha256')
  } catch (error) {
    throw new Error(`rfc2136: RFC2136_TSIG_ALGORITHM: ${(error as Error).message}`)
  }
  const ttlText = env.RFC2136_TTL?.trim() || '60'
  if (!/^\d+$/.test(ttlText) || Number(ttlText) > 2147483647) {
    throw new Error(`rfc2136: RFC2136_TTL "${ttlText}" is not a whole number of seconds (e.g. 60)`)
  }
  const timeoutText = env.RFC2136_TIMEOUT?.trim() || '10'
  const timeout = Number(timeoutText)
  if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(timeout > 0)) {
    throw new Error(`rfc2136: RFC2136_TIMEOUT "${timeoutText}" is not a positive number of seconds (e.g. 10)`)
  }
  return {
    nameserver,
    key: { name: keyName, algorithm, secret },
    ttl: Number(ttlText),
    timeoutMs: Math.round(timeout * 1000),
  }
}

/** An IP address as host:port for the wire client; a host name is looked up through the resolvers given. */
async function resolveNameserver(
  nameserver: { host: string; port: number },
  resolvers: readonly string[],
): Promise<string> {
  const withPort = (address: string) =>
    isIPv6(address) ? `[${address}]:${nameserver.port}` : `${address}:${nameserver.port}`
  if (net.isIP(nameserver.host) !== 0) return withPort(nameserver.host)
  const problems: string[] = []
  if (resolvers.length === 0) {
    try {
      return withPort((await lookup(nameserver.host)).address)
    } catch (error) {
      problems.push(
        `the system resolver: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      )
    }
  }
  for (const resolver of resolvers) {
    for (const type of ['A', 'AAAA'] as const) {
      try {
        const response = await query(resolver, nameserver.host, type)
        const address = response.answers.find((record) => record.type === type)?.data
        if (typeof address === 'string') return withPort(address)
        problems.push(`${resolver} ${type}: ${response.rcode === 'NOERROR' ? 'no address' : response.rcode}`)
      } catch (error) {
        problems.push((error as Error).message)
        break
      }
    }
  }
  throw new Error(
    `rfc2136: cannot find the address of RFC2136_NAMESERVER ${nameserver.host} (${problems.join('; ')})`,
  )
}

function explainTsig(error: TsigError, rcode: string, key: TsigKey): string {
  const keyText = `key "${key.name}" (RFC2136_TSIG_KEY), algorithm ${key.algorithm} (RFC2136_TSIG_ALGORITHM)`
  switch (error.code) {
    case 'BADSIG':
      return `TSIG BADSIG (rcode ${rcode}): the signature does not match the server's ${keyText}; check RFC2136_TSIG_SECRET and RFC2136_TSIG_ALGORITHM`
    case 'BADKEY':
      return `TSIG BADKEY (rcode ${rcode}): the server knows no ${keyText}; check RFC2136_TSIG_KEY and RFC2136_TSIG_ALGORITHM`
    case 'BADTIME':
      return `TSIG BADTIME (rcode ${rcode}): ${error.message}; fix the clock of this machine or of the server`
    case 'UNSIGNED':
      return `rcode ${rcode}, and ${error.message}; the server may not support TSIG, or something between forged the answer`
    default:
      return `TSIG ${error.code} (rcode ${rcode}): ${error.message}`
  }
}

function explainRcode(rcode: string, key: TsigKey): string {
  const policy = `in BIND: update-policy { grant ${key.name} zonesub TXT; }; in the alias zone`
  switch (rcode) {
    case 'REFUSED':
      return `The TSIG key "${key.name}" (RFC2136_TSIG_KEY) may not be allowed to update TXT records in this zone (${policy}), or RFC2136_NAMESERVER does not accept updates for it.`
    case 'NOTAUTH':
      return `RFC2136_NAMESERVER is not authoritative for this zone, or the TSIG key "${key.name}" (RFC2136_TSIG_KEY) may not update it (${policy}).`
    case 'NOTZONE':
      return 'The owner is outside the zone named in the update.'
    case 'SERVFAIL':
      return 'The server could not apply the update; its log says why (a read-only zone file or journal, a secondary zone, ...).'
    case 'NOTIMP':
      return 'The server does not implement dynamic update.'
    default:
      return 'The server did not apply the update.'
  }
}

function memoizeUntilFailure<T>(compute: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () => {
    pending ??= compute().catch((error: unknown) => {
      // A failed lookup is not remembered: the cleanup after a failure tries again.
      pending = undefined
      throw error
    })
    return pending
  }
}

function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '')
}
