export const id = 1093;
export const ids = [1093];
export const modules = {

/***/ 21093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ ipv6FromEnv),
/* harmony export */   F3: () => (/* binding */ BEST_EFFORT_MS),
/* harmony export */   Ix: () => (/* binding */ HOP_LIMIT),
/* harmony export */   fe: () => (/* binding */ lameness),
/* harmony export */   xR: () => (/* binding */ Resolver)
/* harmony export */ });
/* unused harmony export DnsError */
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40610);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56320);
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53970);
// DNS questions the pipeline asks: through recursive resolvers (CNAME chains, zones, name servers) and
// straight to authoritative servers (preflight, propagation). Answers that cannot change within a run are
// cached for the run, so no lookup is made twice.




class DnsError extends Error {
}
/** CNAME hops followed from a challenge name before giving up. */
const HOP_LIMIT = 8;
/**
 * How long a best-effort lookup (the parent's delegation) may hold a zone's lookup beyond the questions a run
 * needs: a resolver that cannot reach the root (an isolated runner, split-horizon DNS) would otherwise cost
 * every zone its full timeouts.
 */
const BEST_EFFORT_MS = 1000;
const TIMED_OUT = Symbol('timed out');
class Resolver {
    resolvers;
    zones = new Map();
    servers = new Map();
    hosts = new Map();
    ipv6;
    /** A parent gave no answer in time once: later best-effort lookups wait no longer than the needed ones. */
    bestEffortSpent = false;
    /** The recursive resolvers asked, as ip:port. */
    get resolverAddresses() {
        return this.resolvers;
    }
    constructor(resolvers, options = {}) {
        this.resolvers = resolvers.length > 0 ? resolvers : systemResolvers();
        this.ipv6 = options.ipv6 ?? hasGlobalIpv6();
    }
    /** A recursive question, to each resolver in turn until one answers. */
    async recursive(name, type, options = {}) {
        let lastError;
        for (const resolver of this.resolvers) {
            try {
                const response = await (0,_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .query */ .P)(resolver, name, type, { ...options, recursionDesired: true });
                if (response.rcode === 'NOERROR' || response.rcode === 'NXDOMAIN')
                    return response;
                lastError = new DnsError(`resolver ${resolver} answered ${response.rcode} for ${name} ${type}`);
            }
            catch (error) {
                if (options.signal?.aborted)
                    throw error;
                lastError = error;
            }
        }
        throw lastError instanceof Error ? lastError : new DnsError(`no resolver answered ${name} ${type}`);
    }
    /** The zone holding `name`: walk up from the name with SOA questions. */
    zoneOf(name) {
        const key = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)(name);
        let zone = this.zones.get(key);
        if (zone === undefined) {
            zone = this.findZone(key);
            this.zones.set(key, zone);
        }
        return zone;
    }
    async findZone(name, signal) {
        let candidate = name;
        let failure;
        while (candidate.includes('.')) {
            let response;
            try {
                response = await this.recursive(candidate, 'SOA', signal === undefined ? {} : { signal });
            }
            catch (error) {
                // A resolver chasing a looping or overlong CNAME chain from a name answers SERVFAIL: the name's zone is
                // still found one label up. A resolver that does not answer at all is not asked again and again.
                if (!(error instanceof DnsError))
                    throw error;
                failure ??= error;
                candidate = candidate.slice(candidate.indexOf('.') + 1);
                continue;
            }
            const chased = response.answers.some((rr) => rr.type === 'CNAME');
            if (!chased) {
                const soa = response.answers.find((rr) => rr.type === 'SOA') ??
                    response.authorities.find((rr) => rr.type === 'SOA');
                // A negative answer carries the enclosing zone's SOA: one question instead of one per label.
                if (soa !== undefined && (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(candidate, soa.name))
                    return soa.name;
            }
            candidate = candidate.slice(candidate.indexOf('.') + 1);
        }
        throw new DnsError(`no zone found for ${name}: no SOA record on the way up (check dns_resolvers)${failure ? `; ${failure.message}` : ''}`);
    }
    /** Every authoritative server of the zone (delegation and NS set), each reachable or saying why not. */
    async authoritativeServers(zone) {
        return [...(await this.zoneServers(zone)).servers];
    }
    /**
     * The union of the parent's delegation and the zone's own NS set: a server only one of them names still
     * answers the CA when a resolver picks it. Cached for the run.
     */
    zoneServers(zone) {
        const key = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)(zone);
        let servers = this.servers.get(key);
        if (servers === undefined) {
            servers = this.findServers(key);
            this.servers.set(key, servers);
        }
        return servers;
    }
    async findServers(zone) {
        const started = Date.now();
        const giveUp = new AbortController();
        const progress = { step: 'finding its parent zone' };
        // beside the questions the run needs, bounded: the parent's word only adds servers to ask
        const checking = this.delegation(zone, giveUp.signal, progress);
        let checked;
        let own;
        try {
            own = await this.nsSet(zone);
            // the addresses of the zone's own servers are looked up while the parent is still being asked
            for (const name of own)
                if ((0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hostnameProblem */ .RH)(name) === undefined)
                    void this.hostAddresses(name);
            const spent = this.bestEffortSpent;
            checked = await within(checking, spent ? 0 : started + BEST_EFFORT_MS - Date.now());
            if (checked === TIMED_OUT) {
                this.bestEffortSpent = true;
                checked = spent
                    ? `no answer yet while ${progress.step} (an earlier zone's parent gave none within ${BEST_EFFORT_MS / 1000} s)`
                    : `no answer within ${BEST_EFFORT_MS / 1000} s while ${progress.step}`;
            }
        }
        finally {
            // what is still asked for the parent is given up: no socket of it outlives the answer
            giveUp.abort();
        }
        const delegation = typeof checked === 'string' ? undefined : checked;
        const note = typeof checked === 'string' ? `parent delegation of ${zone} not checked: ${checked}` : undefined;
        const names = [...new Set([...own, ...(delegation?.names ?? [])])];
        if (names.length === 0)
            throw new DnsError(`zone ${zone} has no NS records`);
        const servers = await Promise.all(names.map((name) => this.server(name, delegation?.glue.get(name), delegation?.parent)));
        const onlyParent = (delegation?.names ?? []).filter((name) => !own.includes(name));
        const onlyZone = delegation === undefined ? [] : own.filter((name) => !delegation.names.includes(name));
        const mismatch = onlyParent.length + onlyZone.length === 0 || delegation === undefined
            ? undefined
            : `The delegation of ${zone} in its parent zone ${delegation.parent} and the NS set of ${zone} differ: ${[
                onlyParent.length > 0 ? `only the delegation names ${onlyParent.join(', ')}` : '',
                onlyZone.length > 0 ? `only the NS set names ${onlyZone.join(', ')}` : '',
            ]
                .filter(Boolean)
                .join('; ')}. Every one of them is checked; make both lists name the same servers.`;
        return {
            zone,
            servers,
            ...(mismatch === undefined ? {} : { mismatch }),
            ...(note === undefined ? {} : { note }),
        };
    }
    /** The zone's own NS set, as the resolver has it. */
    async nsSet(zone, signal) {
        const response = await this.recursive(zone, 'NS', signal === undefined ? {} : { signal });
        return [
            ...new Set(response.answers
                .filter((rr) => rr.type === 'NS' && rr.name === zone)
                .map((rr) => (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)(rr.data))),
        ];
    }
    /**
     * The zone's delegation as a server of its parent zone gives it (NS names and glue); why it could not be read
     * (the parent not found, none of its servers answering); undefined for a top-level zone. Best effort: the NS
     * set alone is still checked. Every question of it ends when `signal` aborts; `progress` says how far it got.
     */
    async delegation(zone, signal, progress) {
        if (!zone.includes('.'))
            return undefined;
        let parent;
        try {
            parent = await this.parentZone(zone.slice(zone.indexOf('.') + 1), signal);
        }
        catch (error) {
            return `its parent zone was not found (${error.message})`;
        }
        progress.step = `reading the NS set of ${parent}`;
        let parentServers;
        try {
            parentServers = await this.nsSet(parent, signal);
        }
        catch (error) {
            return `the NS set of ${parent} could not be read (${error.message})`;
        }
        progress.step = `asking the servers of ${parent}`;
        for (const name of parentServers) {
            if ((0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hostnameProblem */ .RH)(name) !== undefined)
                continue;
            const { reachable } = await (this.hosts.get(name) ?? this.lookUpAddresses(name, signal));
            for (const address of reachable) {
                let response;
                try {
                    response = await (0,_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .query */ .P)(address, zone, 'NS', {
                        recursionDesired: false,
                        timeoutMs: 1000,
                        tries: 2,
                        signal,
                    });
                }
                catch {
                    continue;
                }
                if (response.rcode !== 'NOERROR')
                    continue;
                // A referral carries the delegation in the authority section; a parent server that also serves the
                // zone answers from the zone itself.
                const names = [
                    ...new Set([...response.answers, ...response.authorities]
                        .filter((rr) => rr.type === 'NS' && rr.name === zone)
                        .map((rr) => (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)(rr.data))),
                ];
                if (names.length === 0)
                    continue;
                const glue = new Map();
                for (const rr of response.additionals) {
                    if (rr.type !== 'A' && rr.type !== 'AAAA')
                        continue;
                    glue.set(rr.name, [...(glue.get(rr.name) ?? []), rr.data]);
                }
                return { parent, names, glue };
            }
        }
        return `no server of ${parent} answered with it`;
    }
    /** The zone holding `name`, a top-level name included (which zoneOf never walks up to). */
    async parentZone(name, signal) {
        // a zone the run has found already, else looked up apart: the cache holds only what the run needs
        if (name.includes('.'))
            return this.zones.get(name) ?? this.findZone(name, signal);
        const response = await this.recursive(name, 'SOA', { signal });
        if (response.answers.some((rr) => rr.type === 'SOA' && rr.name === name))
            return name;
        throw new DnsError(`${name} is not a zone`);
    }
    /** One name server: the addresses this machine can ask, or why it cannot ask any. */
    async server(name, glue, parent) {
        // a name from DNS can hold any byte: one that is no host name is neither looked up nor asked
        const notHost = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .hostnameProblem */ .RH)(name);
        if (notHost !== undefined)
            return { name, addresses: [], unreachable: `its name is no host name (${notHost})` };
        const { reachable, ipv6Only, error } = await this.hostAddresses(name);
        if (reachable.length > 0)
            return { name, addresses: reachable };
        let unreachable;
        if (ipv6Only.length > 0) {
            unreachable = `it has only IPv6 addresses (${ipv6Only.join(', ')}) and this machine has no IPv6 route`;
        }
        else if (glue !== undefined && glue.length > 0) {
            unreachable = `${name} has no A or AAAA record of its own; its address (${glue.join(', ')}) exists only as glue in ${parent}`;
        }
        else if (error !== undefined) {
            unreachable = `its address could not be looked up: ${error}`;
        }
        else {
            unreachable = `${name} has no A or AAAA record`;
        }
        return { name, addresses: [], unreachable };
    }
    /** A name server's addresses: the ones this machine can reach, and the IPv6 ones it cannot. */
    hostAddresses(name) {
        let found = this.hosts.get(name);
        if (found === undefined) {
            found = this.lookUpAddresses(name);
            this.hosts.set(name, found);
        }
        return found;
    }
    async lookUpAddresses(name, signal) {
        const options = signal === undefined ? {} : { signal };
        const lookups = await Promise.allSettled([
            this.recursive(name, 'A', options),
            this.recursive(name, 'AAAA', options),
        ]);
        const of = (index, type) => {
            const lookup = lookups[index];
            return lookup?.status === 'fulfilled'
                ? lookup.value.answers
                    .filter((rr) => rr.type === type && rr.name === name)
                    .map((rr) => rr.data)
                : [];
        };
        const v4 = of(0, 'A');
        const v6 = of(1, 'AAAA').map((address) => `[${address}]`);
        const failed = lookups.find((l) => l.status === 'rejected');
        return {
            reachable: this.ipv6 ? [...v4, ...v6] : v4,
            ipv6Only: !this.ipv6 && v4.length === 0 ? v6.map((a) => a.slice(1, -1)) : [],
            error: failed === undefined ? undefined : failed.reason.message,
        };
    }
    /**
     * The TXT values the first answering authoritative server of the zone serves at owner; undefined when none
     * answers. Asked there, not through a resolver, which may still hold a value that was replaced.
     */
    async servedTxt(zone, owner) {
        const { servers } = await this.zoneServers(zone);
        for (const server of servers.filter((s) => s.addresses.length > 0)) {
            try {
                const response = await this.askServer(server, owner, 'TXT');
                return response.answers.filter((rr) => rr.type === 'TXT').map((rr) => String(rr.data));
            }
            catch {
                // the next server may answer
            }
        }
        return undefined;
    }
    /** Ask one authoritative server directly (no recursion): the first of its addresses that answers. */
    async askServer(server, name, type, options = {}) {
        if (server.addresses.length === 0) {
            throw new DnsError(`name server ${server.name} cannot be asked from here: ${server.unreachable ?? 'it has no address'}`);
        }
        let lastError;
        for (const address of server.addresses) {
            try {
                return await (0,_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .query */ .P)(address, name, type, { ...options, recursionDesired: false });
            }
            catch (error) {
                lastError = error;
            }
        }
        throw lastError;
    }
}
/**
 * Why an answer from a server of `zone` is no authoritative answer (a lame server), or undefined when it is one.
 * REFUSED, SERVFAIL, NOTAUTH and the like say it does not serve the zone; an answer without the AA flag is a
 * referral or a cached copy, not the zone's data.
 */
function lameness(response) {
    if (response.rcode !== 'NOERROR' && response.rcode !== 'NXDOMAIN')
        return response.rcode;
    if (!response.authoritative) {
        const referral = response.authorities.some((rr) => rr.type === 'NS');
        return referral ? 'a referral (not authoritative)' : 'an answer without the AA flag (not authoritative)';
    }
    return undefined;
}
/**
 * For tests only: CERTALIAS_TEST_IPV6=0 or 1 makes a run behave as on a machine without (or with) IPv6, so an
 * end-to-end test gives the same result on every machine. Undefined (detect) when unset.
 */
function ipv6FromEnv(env) {
    const value = env.CERTALIAS_TEST_IPV6;
    return value === '1' ? true : value === '0' ? false : undefined;
}
function systemResolvers() {
    return (0,node_dns__WEBPACK_IMPORTED_MODULE_0__.getServers)();
}
/** GitHub-hosted runners have no IPv6 route: waiting on AAAA addresses there would only time out. */
function hasGlobalIpv6() {
    return Object.values((0,node_os__WEBPACK_IMPORTED_MODULE_1__.networkInterfaces)()).some((addresses) => addresses?.some((a) => a.family === 'IPv6' && !a.internal && !a.address.startsWith('fe80')));
}
/** The promise's value, or TIMED_OUT when it has not settled within `ms` (a settled one wins even at 0). */
function within(promise, ms) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms));
    });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}


/***/ }),

/***/ 53970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ readName),
/* harmony export */   P: () => (/* binding */ query),
/* harmony export */   VC: () => (/* binding */ DnsTransportError),
/* harmony export */   Z$: () => (/* binding */ rcodeName),
/* harmony export */   cv: () => (/* binding */ exchange),
/* harmony export */   ld: () => (/* binding */ parseServer),
/* harmony export */   w7: () => (/* binding */ isIPv6)
/* harmony export */ });
/* unused harmony export EDNS_PAYLOAD_SIZE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41314);
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_dgram__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var dns_packet__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14894);
// A DNS client that asks exactly one server and caches nothing: propagation checks poll authoritative servers.




/** A server that did not answer, could not be reached, or answered garbage; callers tell these apart by reason. */
class DnsTransportError extends Error {
    name = 'DnsTransportError';
    server;
    reason;
    constructor(message, server, reason, options) {
        super(message, options);
        this.server = server;
        this.reason = reason;
    }
}
const DEFAULT_PORT = 53;
// The DNS flag day 2020 figure: a UDP answer that fits never needs IP fragments, which middleboxes drop
// silently; a larger answer comes back truncated and is asked again over TCP, which has no such limit.
const EDNS_PAYLOAD_SIZE = 1232;
// Larger requests risk fragmentation just the same.
const MAX_UDP_REQUEST = 1232;
const HEADER_SIZE = 12;
const FLAG_QR = 0x8000;
const FLAG_TC = 0x0200;
const OPCODE_UPDATE = 5;
/**
 * Whether `text` is an IPv6 address. Node's own check runs a large regular expression that costs about 10 ms on
 * first use and more on each call after; an IPv6 address always has two colons at least, so an IPv4 address, a
 * host name and an "ip:port" never reach it.
 */
function isIPv6(text) {
    const first = text.indexOf(':');
    return first !== -1 && text.indexOf(':', first + 1) !== -1 && node_net__WEBPACK_IMPORTED_MODULE_2___default().isIPv6(text);
}
/** Split "ip", "ip:port", "::1", "[::1]:port" or "host:port" into host and port (53 when not given). */
function parseServer(server) {
    const text = server.trim();
    const invalid = (why) => new Error(`Invalid DNS server "${server}": ${why}`);
    if (text === '')
        throw invalid('it is empty; expected an address such as 192.0.2.53 or [2001:db8::53]:53');
    let host;
    let portText;
    const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
    if (bracketed) {
        host = bracketed[1] ?? '';
        portText = bracketed[2];
        if (isIPv6(host) === false)
            throw invalid('only an IPv6 address may stand in brackets');
    }
    else if (isIPv6(text)) {
        host = text;
    }
    else {
        const colon = text.lastIndexOf(':');
        if (colon === -1) {
            host = text;
        }
        else {
            host = text.slice(0, colon);
            portText = text.slice(colon + 1);
        }
        if (host.includes(':'))
            throw invalid('write an IPv6 address with a port as [address]:port');
    }
    if (host === '')
        throw invalid('the host is empty');
    let port = DEFAULT_PORT;
    if (portText !== undefined) {
        if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
            throw invalid(`the port "${portText}" is not a number from 1 to 65535`);
        }
        port = Number(portText);
    }
    return { host, port };
}
function formatServer(host, port) {
    return isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}
/** Ask one server one question, with EDNS0 (1232 bytes), over UDP first and TCP when the answer is truncated. */
async function query(server, name, type, options = {}) {
    const qname = normalizeName(name);
    const request = dns_packet__WEBPACK_IMPORTED_MODULE_3__.encode({
        type: 'query',
        id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(0, 0x10000),
        flags: options.recursionDesired === false ? 0 : dns_packet__WEBPACK_IMPORTED_MODULE_3__.RECURSION_DESIRED,
        questions: [{ type, name: qname, class: 'IN' }],
        additionals: [
            {
                type: 'OPT',
                name: '.',
                udpPayloadSize: EDNS_PAYLOAD_SIZE,
                extendedRcode: 0,
                ednsVersion: 0,
                flags: 0,
                flag_do: false,
                options: [],
            },
        ],
    });
    const reply = await exchange(server, request, {
        timeoutMs: options.timeoutMs ?? 2000,
        tries: options.tries ?? 3,
        ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    let decoded;
    let names;
    try {
        decoded = dns_packet__WEBPACK_IMPORTED_MODULE_3__.decode(reply);
        names = recordNames(reply);
    }
    catch (error) {
        throw new DnsTransportError(`DNS server ${server} sent an answer to ${qname} ${type} that cannot be decoded: ${error.message}`, server, 'malformed', { cause: error });
    }
    return toResponse(decoded, names);
}
/**
 * Send one DNS message to one server and return the raw reply whose id and question match the request.
 * UDP unless options.tcp or the request is large; a truncated UDP reply is asked again over TCP.
 */
async function exchange(server, packet, options) {
    const { host, port } = parseServer(server);
    if (node_net__WEBPACK_IMPORTED_MODULE_2___default().isIP(host) === 0) {
        throw new Error(`DNS server "${server}" must be an IP address (optionally with :port), not a host name`);
    }
    const request = describeRequest(packet);
    const target = { host, port, server: formatServer(host, port), what: request.label };
    const tries = Math.max(1, Math.floor(options.tries));
    const timeoutMs = Math.max(1, options.timeoutMs);
    const { signal } = options;
    if (signal?.aborted)
        throw abortedError(target);
    if (options.tcp || packet.length > MAX_UDP_REQUEST) {
        return tcpExchange(target, packet, request, timeoutMs, tries, signal);
    }
    const reply = await udpExchange(target, packet, request, timeoutMs, tries, signal);
    if ((reply.readUInt16BE(2) & FLAG_TC) !== 0)
        return tcpExchange(target, packet, request, timeoutMs, tries, signal);
    return reply;
}
function udpExchange(target, packet, request, timeoutMs, tries, signal) {
    return new Promise((resolve, reject) => {
        const socket = node_dgram__WEBPACK_IMPORTED_MODULE_1___default().createSocket(isIPv6(target.host) ? 'udp6' : 'udp4');
        let timer;
        let sent = 0;
        let settled = false;
        const abort = () => settle(abortedError(target));
        const settle = (error, reply) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', abort);
            socket.close();
            if (error)
                reject(error);
            else
                resolve(reply);
        };
        signal?.addEventListener('abort', abort);
        const send = () => {
            sent++;
            socket.send(packet, (error) => {
                if (error)
                    settle(networkError(target, error));
            });
            timer = setTimeout(() => {
                if (sent < tries)
                    send();
                else
                    settle(timeoutError(target, 'UDP', tries, timeoutMs));
            }, timeoutMs);
        };
        // A connected socket only hears from the server itself, and the kernel reports its ICMP errors.
        socket.on('message', (reply) => {
            if (replyMatches(request, reply))
                settle(undefined, reply);
        });
        socket.on('error', (error) => settle(networkError(target, error)));
        // A connect that fails (ENETUNREACH: an IPv6 server on a runner without IPv6) hands its error to this callback,
        // not to 'error'; sending on the unconnected socket would throw outside any promise.
        socket.connect(target.port, target.host, (error) => {
            if (error)
                settle(networkError(target, error));
            else if (!settled)
                send();
        });
    });
}
function tcpExchange(target, packet, request, timeoutMs, tries, signal) {
    const framed = Buffer.alloc(packet.length + 2);
    framed.writeUInt16BE(packet.length, 0);
    packet.copy(framed, 2);
    const attempt = () => new Promise((resolve, reject) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_2___default().connect({ host: target.host, port: target.port });
        let buffered = Buffer.alloc(0);
        let settled = false;
        const abort = () => settle(abortedError(target));
        const settle = (error, result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', abort);
            socket.destroy();
            if (error)
                reject(error);
            else
                resolve(result);
        };
        const timer = setTimeout(() => settle(undefined, 'timeout'), timeoutMs);
        if (signal?.aborted)
            abort();
        signal?.addEventListener('abort', abort);
        socket.on('connect', () => socket.write(framed));
        socket.on('data', (chunk) => {
            buffered = Buffer.concat([buffered, chunk]);
            while (buffered.length >= 2) {
                const length = buffered.readUInt16BE(0);
                if (buffered.length < length + 2)
                    return;
                const reply = buffered.subarray(2, length + 2);
                buffered = buffered.subarray(length + 2);
                if (replyMatches(request, reply))
                    return settle(undefined, Buffer.from(reply));
            }
        });
        socket.on('error', (error) => settle(networkError(target, error)));
        socket.on('close', () => settle(networkError(target, new Error('connection closed before an answer'))));
    });
    return (async () => {
        for (let n = 1; n <= tries; n++) {
            const result = await attempt();
            if (result !== 'timeout')
                return result;
        }
        throw timeoutError(target, 'TCP', tries, timeoutMs);
    })();
}
function timeoutError(target, transport, tries, timeoutMs) {
    return new DnsTransportError(`DNS server ${target.server} did not answer ${target.what} over ${transport} (${tries} ${tries === 1 ? 'try' : 'tries'} of ${timeoutMs} ms)`, target.server, 'timeout');
}
function abortedError(target) {
    return new DnsTransportError(`DNS server ${target.server} was no longer asked ${target.what}: given up on`, target.server, 'aborted');
}
function networkError(target, error) {
    const code = error.code;
    return new DnsTransportError(`DNS server ${target.server} could not be reached for ${target.what}: ${code ?? error.message}`, target.server, 'network', { cause: error });
}
function describeRequest(packet) {
    const parsed = readHeaderAndQuestions(packet);
    if (parsed === undefined)
        throw new Error('The DNS message to send is malformed (header or question section)');
    const first = parsed.questions[0];
    const label = first === undefined
        ? 'a message without a question'
        : parsed.opcode === OPCODE_UPDATE
            ? `UPDATE of zone ${first.name}`
            : `query ${first.name} ${typeToString(first.type)}`;
    return { ...parsed, label };
}
// Late or forged datagrams must not pass for the answer: same id, a response, same opcode, same question.
function replyMatches(request, reply) {
    const parsed = readHeaderAndQuestions(reply);
    if (parsed === undefined ||
        parsed.id !== request.id ||
        !parsed.response ||
        parsed.opcode !== request.opcode) {
        return false;
    }
    // FORMERR, NOTIMP and the like may come back without the question (RFC 1035 leaves it open).
    if (parsed.questions.length === 0 && parsed.rcode !== 0)
        return true;
    if (parsed.questions.length !== request.questions.length)
        return false;
    return parsed.questions.every((question, index) => {
        const asked = request.questions[index];
        return (asked !== undefined &&
            question.name === asked.name &&
            question.type === asked.type &&
            question.klass === asked.klass);
    });
}
function readHeaderAndQuestions(message) {
    if (message.length < HEADER_SIZE)
        return undefined;
    const flags = message.readUInt16BE(2);
    const count = message.readUInt16BE(4);
    const questions = [];
    let offset = HEADER_SIZE;
    try {
        for (let n = 0; n < count; n++) {
            const { name, end } = readName(message, offset);
            if (end + 4 > message.length)
                return undefined;
            questions.push({ name, type: message.readUInt16BE(end), klass: message.readUInt16BE(end + 2) });
            offset = end + 4;
        }
    }
    catch {
        return undefined;
    }
    return {
        id: message.readUInt16BE(0),
        response: (flags & FLAG_QR) !== 0,
        opcode: (flags >> 11) & 0xf,
        rcode: flags & 0xf,
        questions,
    };
}
/**
 * Read a possibly compressed name; returns it lower case without trailing dot, in presentation form (a label's
 * dot or backslash escaped with a backslash, any other byte but printable ASCII as \DDD), and the offset after it.
 */
function readName(message, start) {
    const labels = [];
    let offset = start;
    let end;
    // Each pointer must go backwards, so a loop cannot be followed forever.
    let limit = start;
    for (;;) {
        const length = message[offset];
        if (length === undefined)
            throw new Error('name runs past the end of the message');
        if ((length & 0xc0) === 0xc0) {
            const next = message[offset + 1];
            if (next === undefined)
                throw new Error('name pointer runs past the end of the message');
            const target = ((length & 0x3f) << 8) | next;
            if (target >= limit)
                throw new Error('name pointer does not point backwards');
            end ??= offset + 2;
            limit = target;
            offset = target;
            continue;
        }
        if ((length & 0xc0) !== 0)
            throw new Error('unknown label type');
        if (length === 0) {
            end ??= offset + 1;
            break;
        }
        if (offset + 1 + length > message.length)
            throw new Error('label runs past the end of the message');
        labels.push(presentLabel(message.subarray(offset + 1, offset + 1 + length)));
        offset += 1 + length;
    }
    return { name: labels.join('.'), end };
}
/** One label as RFC 1035 (section 5.1) writes it: a label may hold any byte, a host name's hold none of these. */
function presentLabel(bytes) {
    let label = '';
    for (const byte of bytes) {
        if (byte === 0x2e || byte === 0x5c)
            label += `\\${String.fromCharCode(byte)}`;
        else if (byte > 0x20 && byte < 0x7f)
            label += String.fromCharCode(byte).toLowerCase();
        else
            label += `\\${String(byte).padStart(3, '0')}`;
    }
    return label;
}
/** Record types whose data is one name (NS, CNAME, PTR, DNAME), and SOA, whose data starts with two. */
const NAME_DATA = new Set([2, 5, 12, 39]);
const SOA = 6;
/**
 * The names of every record of the answer, authority and additional sections, read from the message itself:
 * dns-packet joins a name's labels with dots, so a label holding a dot would read as two labels, and it reads
 * bytes as UTF-8. Each section's records come in the order dns-packet decodes them.
 */
function recordNames(message) {
    const counts = [4, 6, 8, 10].map((at) => message.readUInt16BE(at));
    let offset = HEADER_SIZE;
    for (let i = 0; i < counts[0]; i++)
        offset = readName(message, offset).end + 4;
    return counts.slice(1).map((count) => {
        const records = [];
        for (let i = 0; i < count; i++) {
            const owner = readName(message, offset);
            const type = message.readUInt16BE(owner.end);
            const start = owner.end + 10;
            const data = [];
            if (NAME_DATA.has(type))
                data.push(readName(message, start).name);
            else if (type === SOA) {
                const mname = readName(message, start);
                data.push(mname.name, readName(message, mname.end).name);
            }
            records.push({ owner: owner.name, data });
            offset = start + message.readUInt16BE(owner.end + 8);
        }
        return records;
    });
}
const RCODES = [
    'NOERROR',
    'FORMERR',
    'SERVFAIL',
    'NXDOMAIN',
    'NOTIMP',
    'REFUSED',
    'YXDOMAIN',
    'YXRRSET',
    'NXRRSET',
    'NOTAUTH',
    'NOTZONE',
];
const EXTENDED_RCODES = { 16: 'BADVERS', 23: 'BADCOOKIE' };
/** The mnemonic of an rcode (RFC 6895), e.g. 5 -> REFUSED. */
function rcodeName(rcode) {
    return RCODES[rcode] ?? EXTENDED_RCODES[rcode] ?? `RCODE${rcode}`;
}
function toResponse(packet, names) {
    const opt = packet.additionals?.find((record) => record.type === 'OPT');
    // The upper eight bits of an EDNS rcode live in the OPT record.
    const headerRcode = (packet.flags ?? 0) & 0xf;
    const rcodeValue = ((opt?.extendedRcode ?? 0) << 4) | headerRcode;
    return {
        rcode: rcodeName(rcodeValue),
        authoritative: packet.flag_aa,
        answers: toRecords(packet.answers, names[0]),
        authorities: toRecords(packet.authorities, names[1]),
        additionals: toRecords(packet.additionals, names[2]),
    };
}
function toRecords(records, names = []) {
    return (records ?? []).flatMap((record, i) => {
        const read = names[i];
        if (record.type === 'OPT' || read === undefined)
            return [];
        return [toRecord(record, read)];
    });
}
function toRecord(record, names) {
    const base = {
        name: names.owner,
        type: record.type,
        ttl: 'ttl' in record ? (record.ttl ?? 0) : 0,
    };
    switch (record.type) {
        case 'A':
        case 'AAAA':
            return { ...base, data: record.data };
        case 'CNAME':
        case 'DNAME':
        case 'NS':
        case 'PTR':
            return { ...base, data: names.data[0] ?? '' };
        case 'TXT': {
            const chunks = Array.isArray(record.data) ? record.data : [record.data];
            return { ...base, data: chunks.map((chunk) => chunk.toString()).join('') };
        }
        case 'SOA':
            return {
                ...base,
                data: {
                    mname: names.data[0] ?? '',
                    rname: names.data[1] ?? '',
                    serial: record.data.serial ?? 0,
                    refresh: record.data.refresh ?? 0,
                    retry: record.data.retry ?? 0,
                    expire: record.data.expire ?? 0,
                    minimum: record.data.minimum ?? 0,
                },
            };
        case 'CAA':
            return {
                ...base,
                data: {
                    critical: Boolean(record.data.issuerCritical) || ((record.data.flags ?? 0) & 0x80) !== 0,
                    tag: String(record.data.tag).toLowerCase(),
                    value: String(record.data.value),
                },
            };
        default:
            // Types we never ask for (RRSIG next to a signed answer, ...): keep them visible, undecoded.
            return {
                ...base,
                data: 'data' in record && Buffer.isBuffer(record.data) ? record.data.toString('hex') : '',
            };
    }
}
function normalizeName(name) {
    const lower = name.toLowerCase();
    return lower === '.' ? '' : lower.replace(/\.$/, '');
}
function typeToString(type) {
    const names = { 1: 'A', 2: 'NS', 5: 'CNAME', 6: 'SOA', 16: 'TXT', 28: 'AAAA' };
    return names[type] ?? `TYPE${type}`;
}


/***/ })

};
