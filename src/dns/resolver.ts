// DNS questions the pipeline asks: through recursive resolvers (CNAME chains, zones, name servers) and
// straight to authoritative servers (preflight, propagation). Answers that cannot change within a run are
// cached for the run, so no lookup is made twice.
import { getServers } from 'node:dns'
import { networkInterfaces } from 'node:os'
import { canonical, isUnder } from '../names/index.js'
import { type DnsResponse, type QueryOptions, query, type RecordType } from './wire.js'

export interface AuthoritativeServer {
  /** The name server's host name, from the zone's NS set. */
  readonly name: string
  /** Addresses this machine can reach ("ip" or "[ipv6]"); empty when it has none reachable. */
  readonly addresses: readonly string[]
}

export class DnsError extends Error {}

const HOP_LIMIT = 8

export class Resolver {
  private readonly resolvers: readonly string[]
  private readonly zones = new Map<string, Promise<string>>()
  private readonly servers = new Map<string, Promise<AuthoritativeServer[]>>()
  private readonly ipv6: boolean

  constructor(resolvers: readonly string[], options: { ipv6?: boolean } = {}) {
    this.resolvers = resolvers.length > 0 ? resolvers : systemResolvers()
    this.ipv6 = options.ipv6 ?? hasGlobalIpv6()
  }

  /** A recursive question, to each resolver in turn until one answers. */
  async recursive(name: string, type: RecordType): Promise<DnsResponse> {
    let lastError: unknown
    for (const resolver of this.resolvers) {
      try {
        const response = await query(resolver, name, type, { recursionDesired: true })
        if (response.rcode === 'NOERROR' || response.rcode === 'NXDOMAIN') return response
        lastError = new DnsError(`resolver ${resolver} answered ${response.rcode} for ${name} ${type}`)
      } catch (error) {
        lastError = error
      }
    }
    throw lastError instanceof Error ? lastError : new DnsError(`no resolver answered ${name} ${type}`)
  }

  /**
   * The CNAME chain starting at `name`: [name, hop1, ..., end]. Throws on a loop or past the hop limit.
   */
  async cnameChain(name: string): Promise<string[]> {
    const chain = [canonical(name)]
    for (;;) {
      const current = chain[chain.length - 1] as string
      const response = await this.recursive(current, 'CNAME')
      const cname = response.answers.find((rr) => rr.type === 'CNAME' && rr.name === current)
      if (cname === undefined) return chain
      const target = canonical(cname.data as string)
      if (chain.includes(target)) {
        throw new DnsError(`CNAME loop: ${[...chain, target].join(' -> ')}`)
      }
      chain.push(target)
      if (chain.length > HOP_LIMIT + 1) {
        throw new DnsError(`CNAME chain longer than ${HOP_LIMIT} hops: ${chain.join(' -> ')}`)
      }
    }
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

  private async findZone(name: string): Promise<string> {
    let candidate = name
    while (candidate.includes('.')) {
      const response = await this.recursive(candidate, 'SOA')
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
    throw new DnsError(`no zone found for ${name}: no SOA record on the way up (check dns_resolvers)`)
  }

  /** Every name server of the zone's NS set, with its reachable addresses. */
  authoritativeServers(zone: string): Promise<AuthoritativeServer[]> {
    let servers = this.servers.get(zone)
    if (servers === undefined) {
      servers = this.findServers(zone)
      this.servers.set(zone, servers)
    }
    return servers
  }

  private async findServers(zone: string): Promise<AuthoritativeServer[]> {
    const response = await this.recursive(zone, 'NS')
    const names = [
      ...new Set(response.answers.filter((rr) => rr.type === 'NS').map((rr) => canonical(rr.data as string))),
    ]
    if (names.length === 0) throw new DnsError(`zone ${zone} has no NS records`)
    return Promise.all(
      names.map(async (name) => {
        const families: RecordType[] = this.ipv6 ? ['A', 'AAAA'] : ['A']
        const answers = await Promise.all(families.map((type) => this.recursive(name, type)))
        const addresses = answers.flatMap((r) =>
          r.answers
            .filter((rr) => rr.type === 'A' || rr.type === 'AAAA')
            .map((rr) => (rr.type === 'AAAA' ? `[${rr.data}]` : (rr.data as string))),
        )
        return { name, addresses }
      }),
    )
  }

  /**
   * The TXT values the first answering authoritative server of the zone serves at owner; undefined when none
   * answers. Asked there, not through a resolver, which may still hold a value that was replaced.
   */
  async servedTxt(zone: string, owner: string): Promise<string[] | undefined> {
    const servers = await this.authoritativeServers(canonical(zone))
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
      throw new DnsError(`name server ${server.name} has no address reachable from here`)
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

function systemResolvers(): string[] {
  return getServers()
}

/** GitHub-hosted runners have no IPv6 route: waiting on AAAA addresses there would only time out. */
function hasGlobalIpv6(): boolean {
  return Object.values(networkInterfaces()).some((addresses) =>
    addresses?.some((a) => a.family === 'IPv6' && !a.internal && !a.address.startsWith('fe80')),
  )
}
