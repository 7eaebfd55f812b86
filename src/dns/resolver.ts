// DNS questions the pipeline asks: through recursive resolvers (CNAME chains, zones, name servers) and
// straight to authoritative servers (preflight, propagation). Answers that cannot change within a run are
// cached for the run, so no lookup is made twice.
import { getServers } from 'node:dns'
import { networkInterfaces } from 'node:os'
import { canonical, hostnameProblem, isUnder } from '../names/index.js'
import { type DnsResponse, type QueryOptions, query, type RecordType } from './wire.js'

export interface AuthoritativeServer {
  /** The name server's host name, from the zone's NS set or its parent's delegation. */
  readonly name: string
  /** Addresses this machine can reach ("ip" or "[ipv6]"); empty when it has none reachable. */
  readonly addresses: readonly string[]
  /**
   * Why this machine cannot ask it ("not checked from here"): only IPv6 addresses on a machine without IPv6,
   * an address that exists only as glue at the parent, no address at all. Undefined when it can be asked.
   */
  readonly unreachable?: string
}

/** Every authoritative server of a zone: the union of the parent's delegation and the zone's own NS set. */
export interface ZoneServers {
  readonly zone: string
  readonly servers: readonly AuthoritativeServer[]
  /** The two lists differ: which servers only one of them names. Every server of the union is asked anyway. */
  readonly mismatch?: string
  /** The parent's delegation could not be checked (in time): one line saying why; the NS set is used alone. */
  readonly note?: string
}

export class DnsError extends Error {}

/** CNAME hops followed from a challenge name before giving up. */
export const HOP_LIMIT = 8

/**
 * How long a best-effort lookup (the parent's delegation) may hold a zone's lookup beyond the questions a run
 * needs: a resolver that cannot reach the root (an isolated runner, split-horizon DNS) would otherwise cost
 * every zone its full timeouts.
 */
export const BEST_EFFORT_MS = 1000

const TIMED_OUT = Symbol('timed out')

export class Resolver {
  private readonly resolvers: readonly string[]
  private readonly zones = new Map<string, Promise<string>>()
  private readonly servers = new Map<string, Promise<ZoneServers>>()
  private readonly hosts = new Map<string, Promise<HostAddresses>>()
  private readonly ipv6: boolean
  /** A parent gave no answer in time once: later best-effort lookups wait no longer than the needed ones. */
  private bestEffortSpent = false

  /** The recursive resolvers asked, as ip:port. */
  get resolverAddresses(): readonly string[] {
    return this.resolvers
  }

  constructor(resolvers: readonly string[], options: { ipv6?: boolean } = {}) {
    this.resolvers = resolvers.length > 0 ? resolvers : systemResolvers()
    this.ipv6 = options.ipv6 ?? hasGlobalIpv6()
  }

  /** A recursive question, to each resolver in turn until one answers. */
  async recursive(name: string, type: RecordType, options: QueryOptions = {}): Promise<DnsResponse> {
    let lastError: unknown
    for (const resolver of this.resolvers) {
      try {
        const response = await query(resolver, name, type, { ...options, recursionDesired: true })
        if (response.rcode === 'NOERROR' || response.rcode === 'NXDOMAIN') return response
        lastError = new DnsError(`resolver ${resolver} answered ${response.rcode} for ${name} ${type}`)
      } catch (error) {
        if (options.signal?.aborted) throw error
        lastError = error
      }
    }
    throw lastError instanceof Error ? lastError : new DnsError(`no resolver answered ${name} ${type}`)
  }

  /** The zone holding `name`: walk up from the name with SOA questions. */
  zoneOf(name: string): Promise<string> {
    const key = canonical(name)
    let zone = this.zones.get(key)
    if (zone === undefined) {
      zone = this.findZone(key)
      this.zones.set(key, zone)
    }
    return zone
  }

  private async findZone(name: string, signal?: AbortSignal): Promise<string> {
    let candidate = name
    let failure: DnsError | undefined
    while (candidate.includes('.')) {
      let response: DnsResponse
      try {
        response = await this.recursive(candidate, 'SOA', signal === undefined ? {} : { signal })
      } catch (error) {
        // A resolver chasing a looping or overlong CNAME chain from a name answers SERVFAIL: the name's zone is
        // still found one label up. A resolver that does not answer at all is not asked again and again.
        if (!(error instanceof DnsError)) throw error
        failure ??= error
        candidate = candidate.slice(candidate.indexOf('.') + 1)
        continue
      }
      const chased = response.answers.some((rr) => rr.type === 'CNAME')
      if (!chased) {
        const soa =
          response.answers.find((rr) => rr.type === 'SOA') ??
          response.authorities.find((rr) => rr.type === 'SOA')
        // A negative answer carries the enclosing zone's SOA: one question instead of one per label.
        if (soa !== undefined && isUnder(candidate, soa.name)) return soa.name
      }
      candidate = candidate.slice(candidate.indexOf('.') + 1)
    }
    throw new DnsError(
      `no zone found for ${name}: no SOA record on the way up (check dns_resolvers)${failure ? `; ${failure.message}` : ''}`,
    )
  }

  /** Every authoritative server of the zone (delegation and NS set), each reachable or saying why not. */
  async authoritativeServers(zone: string): Promise<AuthoritativeServer[]> {
    return [...(await this.zoneServers(zone)).servers]
  }

  /**
   * The union of the parent's delegation and the zone's own NS set: a server only one of them names still
   * answers the CA when a resolver picks it. Cached for the run.
   */
  zoneServers(zone: string): Promise<ZoneServers> {
    const key = canonical(zone)
    let servers = this.servers.get(key)
    if (servers === undefined) {
      servers = this.findServers(key)
      this.servers.set(key, servers)
    }
    return servers
  }

  private async findServers(zone: string): Promise<ZoneServers> {
    const started = Date.now()
    const giveUp = new AbortController()
    const progress = { step: 'finding its parent zone' }
    // beside the questions the run needs, bounded: the parent's word only adds servers to ask
    const checking = this.delegation(zone, giveUp.signal, progress)
    let checked: Delegation | string | undefined | typeof TIMED_OUT
    let own: string[]
    try {
      own = await this.nsSet(zone)
      // the addresses of the zone's own servers are looked up while the parent is still being asked
      for (const name of own) if (hostnameProblem(name) === undefined) void this.hostAddresses(name)
      const spent = this.bestEffortSpent
      checked = await within(checking, spent ? 0 : started + BEST_EFFORT_MS - Date.now())
      if (checked === TIMED_OUT) {
        this.bestEffortSpent = true
        checked = spent
          ? `no answer yet while ${progress.step} (an earlier zone's parent gave none within ${BEST_EFFORT_MS / 1000} s)`
          : `no answer within ${BEST_EFFORT_MS / 1000} s while ${progress.step}`
      }
    } finally {
      // what is still asked for the parent is given up: no socket of it outlives the answer
      giveUp.abort()
    }
    const delegation = typeof checked === 'string' ? undefined : checked
    const note =
      typeof checked === 'string' ? `parent delegation of ${zone} not checked: ${checked}` : undefined
    const names = [...new Set([...own, ...(delegation?.names ?? [])])]
    if (names.length === 0) throw new DnsError(`zone ${zone} has no NS records`)
    const servers = await Promise.all(
      names.map((name) => this.server(name, delegation?.glue.get(name), delegation?.parent)),
    )
    const onlyParent = (delegation?.names ?? []).filter((name) => !own.includes(name))
    const onlyZone = delegation === undefined ? [] : own.filter((name) => !delegation.names.includes(name))
    const mismatch =
      onlyParent.length + onlyZone.length === 0 || delegation === undefined
        ? undefined
        : `The delegation of ${zone} in its parent zone ${delegation.parent} and the NS set of ${zone} differ: ${[
            onlyParent.length > 0 ? `only the delegation names ${onlyParent.join(', ')}` : '',
            onlyZone.length > 0 ? `only the NS set names ${onlyZone.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; ')}. Every one of them is checked; make both lists name the same servers.`
    return {
      zone,
      servers,
      ...(mismatch === undefined ? {} : { mismatch }),
      ...(note === undefined ? {} : { note }),
    }
  }

  /** The zone's own NS set, as the resolver has it. */
  private async nsSet(zone: string, signal?: AbortSignal): Promise<string[]> {
    const response = await this.recursive(zone, 'NS', signal === undefined ? {} : { signal })
    return [
      ...new Set(
        response.answers
          .filter((rr) => rr.type === 'NS' && rr.name === zone)
          .map((rr) => canonical(rr.data as string)),
      ),
    ]
  }

  /**
   * The zone's delegation as a server of its parent zone gives it (NS names and glue); why it could not be read
   * (the parent not found, none of its servers answering); undefined for a top-level zone. Best effort: the NS
   * set alone is still checked. Every question of it ends when `signal` aborts; `progress` says how far it got.
   */
  private async delegation(
    zone: string,
    signal: AbortSignal,
    progress: { step: string },
  ): Promise<Delegation | string | undefined> {
    if (!zone.includes('.')) return undefined
    let parent: string
    try {
      parent = await this.parentZone(zone.slice(zone.indexOf('.') + 1), signal)
    } catch (error) {
      return `its parent zone was not found (${(error as Error).message})`
    }
    progress.step = `reading the NS set of ${parent}`
    let parentServers: string[]
    try {
      parentServers = await this.nsSet(parent, signal)
    } catch (error) {
      return `the NS set of ${parent} could not be read (${(error as Error).message})`
    }
    progress.step = `asking the servers of ${parent}`
    for (const name of parentServers) {
      if (hostnameProblem(name) !== undefined) continue
      const { reachable } = await (this.hosts.get(name) ?? this.lookUpAddresses(name, signal))
      for (const address of reachable) {
        let response: DnsResponse
        try {
          response = await query(address, zone, 'NS', {
            recursionDesired: false,
            timeoutMs: 1000,
            tries: 2,
            signal,
          })
        } catch {
          continue
        }
        if (response.rcode !== 'NOERROR') continue
        // A referral carries the delegation in the authority section; a parent server that also serves the
        // zone answers from the zone itself.
        const names = [
          ...new Set(
            [...response.answers, ...response.authorities]
              .filter((rr) => rr.type === 'NS' && rr.name === zone)
              .map((rr) => canonical(rr.data as string)),
          ),
        ]
        if (names.length === 0) continue
        const glue = new Map<string, string[]>()
        for (const rr of response.additionals) {
          if (rr.type !== 'A' && rr.type !== 'AAAA') continue
          glue.set(rr.name, [...(glue.get(rr.name) ?? []), rr.data as string])
        }
        return { parent, names, glue }
      }
    }
    return `no server of ${parent} answered with it`
  }

  /** The zone holding `name`, a top-level name included (which zoneOf never walks up to). */
  private async parentZone(name: string, signal: AbortSignal): Promise<string> {
    // a zone the run has found already, else looked up apart: the cache holds only what the run needs
    if (name.includes('.')) return this.zones.get(name) ?? this.findZone(name, signal)
    const response = await this.recursive(name, 'SOA', { signal })
    if (response.answers.some((rr) => rr.type === 'SOA' && rr.name === name)) return name
    throw new DnsError(`${name} is not a zone`)
  }

  /** One name server: the addresses this machine can ask, or why it cannot ask any. */
  private async server(
    name: string,
    glue: string[] | undefined,
    parent: string | undefined,
  ): Promise<AuthoritativeServer> {
    // a name from DNS can hold any byte: one that is no host name is neither looked up nor asked
    const notHost = hostnameProblem(name)
    if (notHost !== undefined)
      return { name, addresses: [], unreachable: `its name is no host name (${notHost})` }
    const { reachable, ipv6Only, error } = await this.hostAddresses(name)
    if (reachable.length > 0) return { name, addresses: reachable }
    let unreachable: string
    if (ipv6Only.length > 0) {
      unreachable = `it has only IPv6 addresses (${ipv6Only.join(', ')}) and this machine has no IPv6 route`
    } else if (glue !== undefined && glue.length > 0) {
      unreachable = `${name} has no A or AAAA record of its own; its address (${glue.join(', ')}) exists only as glue in ${parent}`
    } else if (error !== undefined) {
      unreachable = `its address could not be looked up: ${error}`
    } else {
      unreachable = `${name} has no A or AAAA record`
    }
    return { name, addresses: [], unreachable }
  }

  /** A name server's addresses: the ones this machine can reach, and the IPv6 ones it cannot. */
  private hostAddresses(name: string): Promise<HostAddresses> {
    let found = this.hosts.get(name)
    if (found === undefined) {
      found = this.lookUpAddresses(name)
      this.hosts.set(name, found)
    }
    return found
  }

  private async lookUpAddresses(name: string, signal?: AbortSignal): Promise<HostAddresses> {
    const options = signal === undefined ? {} : { signal }
    const lookups = await Promise.allSettled([
      this.recursive(name, 'A', options),
      this.recursive(name, 'AAAA', options),
    ])
    const of = (index: number, type: string) => {
      const lookup = lookups[index]
      return lookup?.status === 'fulfilled'
        ? lookup.value.answers
            .filter((rr) => rr.type === type && rr.name === name)
            .map((rr) => rr.data as string)
        : []
    }
    const v4 = of(0, 'A')
    const v6 = of(1, 'AAAA').map((address) => `[${address}]`)
    const failed = lookups.find((l): l is PromiseRejectedResult => l.status === 'rejected')
    return {
      reachable: this.ipv6 ? [...v4, ...v6] : v4,
      ipv6Only: !this.ipv6 && v4.length === 0 ? v6.map((a) => a.slice(1, -1)) : [],
      error: failed === undefined ? undefined : (failed.reason as Error).message,
    }
  }

  /**
   * The TXT values the first answering authoritative server of the zone serves at owner; undefined when none
   * answers. Asked there, not through a resolver, which may still hold a value that was replaced.
   */
  async servedTxt(zone: string, owner: string): Promise<string[] | undefined> {
    const { servers } = await this.zoneServers(zone)
    for (const server of servers.filter((s) => s.addresses.length > 0)) {
      try {
        const response = await this.askServer(server, owner, 'TXT')
        return response.answers.filter((rr) => rr.type === 'TXT').map((rr) => String(rr.data))
      } catch {
        // the next server may answer
      }
    }
    return undefined
  }

  /** Ask one authoritative server directly (no recursion): the first of its addresses that answers. */
  async askServer(
    server: AuthoritativeServer,
    name: string,
    type: RecordType,
    options: QueryOptions = {},
  ): Promise<DnsResponse> {
    if (server.addresses.length === 0) {
      throw new DnsError(
        `name server ${server.name} cannot be asked from here: ${server.unreachable ?? 'it has no address'}`,
      )
    }
    let lastError: unknown
    for (const address of server.addresses) {
      try {
        return await query(address, name, type, { ...options, recursionDesired: false })
      } catch (error) {
        lastError = error
      }
    }
    throw lastError
  }
}

interface Delegation {
  readonly parent: string
  readonly names: readonly string[]
  /** Addresses the parent gives for in-bailiwick name servers, by name. */
  readonly glue: ReadonlyMap<string, string[]>
}

interface HostAddresses {
  readonly reachable: readonly string[]
  /** IPv6 addresses of a server without IPv4 ones, on a machine without IPv6. */
  readonly ipv6Only: readonly string[]
  /** A lookup that failed, when one did. */
  readonly error?: string
}

/**
 * Why an answer from a server of `zone` is no authoritative answer (a lame server), or undefined when it is one.
 * REFUSED, SERVFAIL, NOTAUTH and the like say it does not serve the zone; an answer without the AA flag is a
 * referral or a cached copy, not the zone's data.
 */
export function lameness(response: DnsResponse): string | undefined {
  if (response.rcode !== 'NOERROR' && response.rcode !== 'NXDOMAIN') return response.rcode
  if (!response.authoritative) {
    const referral = response.authorities.some((rr) => rr.type === 'NS')
    return referral ? 'a referral (not authoritative)' : 'an answer without the AA flag (not authoritative)'
  }
  return undefined
}

/**
 * For tests only: CERTALIAS_TEST_IPV6=0 or 1 makes a run behave as on a machine without (or with) IPv6, so an
 * end-to-end test gives the same result on every machine. Undefined (detect) when unset.
 */
export function ipv6FromEnv(env: Readonly<Record<string, string | undefined>>): boolean | undefined {
  const value = env.CERTALIAS_TEST_IPV6
  return value === '1' ? true : value === '0' ? false : undefined
}

function systemResolvers(): string[] {
  return getServers()
}

/** GitHub-hosted runners have no IPv6 route: waiting on AAAA addresses there would only time out. */
function hasGlobalIpv6(): boolean {
  return Object.values(networkInterfaces()).some((addresses) =>
    addresses?.some((a) => a.family === 'IPv6' && !a.internal && !a.address.startsWith('fe80')),
  )
}

/** The promise's value, or TIMED_OUT when it has not settled within `ms` (a settled one wins even at 0). */
function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms))
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}
