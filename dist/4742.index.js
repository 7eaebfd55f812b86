export const id = 4742;
export const ids = [4742];
export const modules = {

/***/ 34142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ encodeCanonicalName),
/* harmony export */   OT: () => (/* binding */ parseTsigAlgorithm),
/* harmony export */   ab: () => (/* binding */ TsigError),
/* harmony export */   lT: () => (/* binding */ signMessage),
/* harmony export */   xB: () => (/* binding */ verifyResponse),
/* harmony export */   yN: () => (/* binding */ decodeTsigSecret)
/* harmony export */ });
/* unused harmony exports TSIG_ALGORITHMS, tsigErrorName, splitTsig */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53970);
// TSIG (RFC 8945): sign a DNS message and verify the signed answer. Written by hand: dns-packet has no TSIG support.


const TSIG_ALGORITHMS = [
    'hmac-sha256',
    'hmac-sha384',
    'hmac-sha512',
    'hmac-sha224',
    'hmac-sha1',
    'hmac-md5.sig-alg.reg.int',
];
const DIGESTS = {
    'hmac-sha256': 'sha256',
    'hmac-sha384': 'sha384',
    'hmac-sha512': 'sha512',
    'hmac-sha224': 'sha224',
    'hmac-sha1': 'sha1',
    'hmac-md5.sig-alg.reg.int': 'md5',
};
/** An answer whose TSIG is missing, wrong, or reports an error; code is the RFC 8945 mnemonic when there is one. */
class TsigError extends Error {
    name = 'TsigError';
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
const TYPE_TSIG = 250;
const CLASS_ANY = 255;
const HEADER_SIZE = 12;
const DEFAULT_FUDGE = 300;
const TSIG_ERRORS = { 16: 'BADSIG', 17: 'BADKEY', 18: 'BADTIME', 22: 'BADTRUNC' };
/** The RFC 8945 name of a TSIG error code, e.g. 16 -> BADSIG. */
function tsigErrorName(code) {
    return TSIG_ERRORS[code] ?? `TSIG error ${code}`;
}
/** Accept "hmac-sha256", "HMAC-SHA256.", "hmac-md5" and the like; throw for anything else. */
function parseTsigAlgorithm(text) {
    let name = text.trim().toLowerCase().replace(/\.$/, '');
    if (name === 'hmac-md5')
        name = 'hmac-md5.sig-alg.reg.int';
    const found = TSIG_ALGORITHMS.find((algorithm) => algorithm === name);
    if (found === undefined) {
        throw new Error(`Unknown TSIG algorithm "${text}"; expected one of ${TSIG_ALGORITHMS.join(', ')}`);
    }
    return found;
}
/** Decode a base64 TSIG secret strictly, so that a mangled secret fails here instead of as BADSIG later. */
function decodeTsigSecret(base64) {
    const compact = base64.replace(/\s+/g, '');
    // The message never repeats the input: it is a secret.
    if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) {
        throw new Error('The TSIG secret is not valid base64 (as tsig-keygen prints it)');
    }
    return Buffer.from(compact, 'base64');
}
/** Append a TSIG record to a complete DNS message (RFC 8945 §5.1): one more additional record, MAC over the rest. */
function signMessage(message, key, options = {}) {
    if (message.length < HEADER_SIZE)
        throw new Error('Cannot sign a DNS message shorter than its header');
    const variables = {
        keyName: normalizeName(key.name),
        algorithm: key.algorithm,
        timeSigned: options.now ?? Math.floor(Date.now() / 1000),
        fudge: options.fudge ?? DEFAULT_FUDGE,
        error: 0,
        otherData: Buffer.alloc(0),
    };
    const mac = hmac(key, [message, encodeVariables(variables)]);
    const record = encodeTsigRecord({ ...variables, mac, originalId: message.readUInt16BE(0) });
    const signed = Buffer.concat([message, record]);
    signed.writeUInt16BE(message.readUInt16BE(10) + 1, 10);
    return { message: signed, mac };
}
/**
 * Check the TSIG of an answer to a request signed with key (RFC 8945 §5.3): the request MAC is prepended to the
 * digest input. Throws TsigError when the TSIG is missing, names another key, carries an error, fails the MAC or
 * is outside the fudge window.
 */
function verifyResponse(response, key, requestMac, options = {}) {
    const split = splitTsig(response);
    if (split === undefined) {
        throw new TsigError('UNSIGNED', 'the answer carries no TSIG record although the request was signed');
    }
    const { unsigned, tsig } = split;
    const keyName = normalizeName(key.name);
    if (tsig.error !== 0) {
        const code = tsigErrorName(tsig.error);
        throw new TsigError(code, `the server answered TSIG ${code}: ${explainTsigError(tsig.error, key, tsig)}`);
    }
    if (tsig.keyName !== keyName || tsig.algorithm !== key.algorithm) {
        throw new TsigError('KEYMISMATCH', `the answer is signed with key ${tsig.keyName} (${tsig.algorithm}), not ${keyName} (${key.algorithm})`);
    }
    const expected = hmac(key, [lengthPrefixed(requestMac), unsigned, encodeVariables(tsig)]);
    // Truncated MACs (RFC 8945 §5.2.2.1) are a per-key server option we never ask for, so only a full MAC is valid.
    if (tsig.mac.length !== expected.length || !(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(tsig.mac, expected)) {
        throw new TsigError('BADSIG', 'the MAC of the answer does not verify: it was altered or signed with another secret');
    }
    const now = options.now ?? Math.floor(Date.now() / 1000);
    if (Math.abs(now - tsig.timeSigned) > tsig.fudge) {
        throw new TsigError('BADTIME', `the answer was signed at ${isoTime(tsig.timeSigned)}, more than ${tsig.fudge} s from this machine's clock (${isoTime(now)})`);
    }
}
/**
 * Take the TSIG record off the end of a message: the message as it was before signing (ARCOUNT one less, the
 * original id back) and the record's fields. undefined when the last additional record is not a TSIG.
 */
function splitTsig(message) {
    if (message.length < HEADER_SIZE)
        return undefined;
    const additionals = message.readUInt16BE(10);
    if (additionals === 0)
        return undefined;
    const records = message.readUInt16BE(6) + message.readUInt16BE(8) + additionals;
    let offset = HEADER_SIZE;
    for (let n = message.readUInt16BE(4); n > 0; n--)
        offset = (0,_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .readName */ .MQ)(message, offset).end + 4;
    let lastStart = offset;
    for (let n = 0; n < records; n++) {
        lastStart = offset;
        const rdataStart = (0,_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .readName */ .MQ)(message, offset).end + 10;
        if (rdataStart > message.length)
            throw new TsigError('FORMERR', 'the answer is cut off inside a record');
        offset = rdataStart + message.readUInt16BE(rdataStart - 2);
    }
    const owner = (0,_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .readName */ .MQ)(message, lastStart);
    if (message.readUInt16BE(owner.end) !== TYPE_TSIG)
        return undefined;
    const rdlength = message.readUInt16BE(owner.end + 8);
    const rdata = owner.end + 10;
    if (rdata + rdlength > message.length)
        throw new TsigError('FORMERR', 'the TSIG record is cut off');
    const algorithm = (0,_wire_js__WEBPACK_IMPORTED_MODULE_1__/* .readName */ .MQ)(message, rdata);
    let cursor = algorithm.end;
    const timeSigned = message.readUIntBE(cursor, 6);
    const fudge = message.readUInt16BE(cursor + 6);
    const macSize = message.readUInt16BE(cursor + 8);
    cursor += 10;
    const mac = Buffer.from(message.subarray(cursor, cursor + macSize));
    cursor += macSize;
    const originalId = message.readUInt16BE(cursor);
    const error = message.readUInt16BE(cursor + 2);
    const otherLength = message.readUInt16BE(cursor + 4);
    const otherData = Buffer.from(message.subarray(cursor + 6, cursor + 6 + otherLength));
    if (cursor + 6 + otherLength !== rdata + rdlength)
        throw new TsigError('FORMERR', 'the TSIG record is malformed');
    const unsigned = Buffer.from(message.subarray(0, lastStart));
    unsigned.writeUInt16BE(originalId, 0);
    unsigned.writeUInt16BE(additionals - 1, 10);
    return {
        unsigned,
        tsig: {
            keyName: owner.name,
            algorithm: algorithm.name,
            timeSigned,
            fudge,
            mac,
            originalId,
            error,
            otherData,
        },
    };
}
/** A name in canonical wire form (RFC 4034 §6.2): lower case, uncompressed; TSIG MACs are computed over this. */
function encodeCanonicalName(name) {
    const normalized = normalizeName(name);
    const labels = normalized === '' ? [] : normalized.split('.');
    const parts = [];
    for (const label of labels) {
        const bytes = Buffer.from(label, 'latin1');
        if (bytes.length === 0 || bytes.length > 63)
            throw new Error(`Invalid DNS name "${name}": bad label length`);
        parts.push(Buffer.from([bytes.length]), bytes);
    }
    parts.push(Buffer.from([0]));
    const wire = Buffer.concat(parts);
    if (wire.length > 255)
        throw new Error(`Invalid DNS name "${name}": longer than 255 bytes`);
    return wire;
}
// RFC 8945 §4.3.3: the TSIG record minus type, RDLENGTH, MAC size, MAC and original id.
function encodeVariables(variables) {
    const classAndTtl = Buffer.alloc(6);
    classAndTtl.writeUInt16BE(CLASS_ANY, 0);
    const fields = Buffer.alloc(12);
    fields.writeUIntBE(variables.timeSigned, 0, 6);
    fields.writeUInt16BE(variables.fudge, 6);
    fields.writeUInt16BE(variables.error, 8);
    fields.writeUInt16BE(variables.otherData.length, 10);
    return Buffer.concat([
        encodeCanonicalName(variables.keyName),
        classAndTtl,
        encodeCanonicalName(variables.algorithm),
        fields,
        variables.otherData,
    ]);
}
function encodeTsigRecord(record) {
    const algorithm = encodeCanonicalName(record.algorithm);
    const timeFudgeMacSize = Buffer.alloc(10);
    timeFudgeMacSize.writeUIntBE(record.timeSigned, 0, 6);
    timeFudgeMacSize.writeUInt16BE(record.fudge, 6);
    timeFudgeMacSize.writeUInt16BE(record.mac.length, 8);
    const idErrorOther = Buffer.alloc(6);
    idErrorOther.writeUInt16BE(record.originalId, 0);
    idErrorOther.writeUInt16BE(record.error, 2);
    idErrorOther.writeUInt16BE(record.otherData.length, 4);
    const rdata = Buffer.concat([algorithm, timeFudgeMacSize, record.mac, idErrorOther, record.otherData]);
    const fixed = Buffer.alloc(10);
    fixed.writeUInt16BE(TYPE_TSIG, 0);
    fixed.writeUInt16BE(CLASS_ANY, 2);
    fixed.writeUInt32BE(0, 4);
    fixed.writeUInt16BE(rdata.length, 8);
    return Buffer.concat([encodeCanonicalName(record.keyName), fixed, rdata]);
}
function hmac(key, parts) {
    const mac = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)(DIGESTS[key.algorithm], key.secret);
    for (const part of parts)
        mac.update(part);
    return mac.digest();
}
function lengthPrefixed(data) {
    const length = Buffer.alloc(2);
    length.writeUInt16BE(data.length, 0);
    return Buffer.concat([length, data]);
}
function explainTsigError(error, key, tsig) {
    switch (error) {
        case 16:
            return 'the signature does not verify with the key the server has; the secret or the algorithm differs';
        case 17:
            return `the server does not know a key named ${normalizeName(key.name)} with algorithm ${key.algorithm}`;
        case 18: {
            const serverTime = tsig.otherData.length === 6 ? ` (server time ${isoTime(tsig.otherData.readUIntBE(0, 6))})` : '';
            return `the clocks of this machine and the server differ by more than the fudge${serverTime}`;
        }
        default:
            return 'the server rejected the signature';
    }
}
function isoTime(seconds) {
    return new Date(seconds * 1000).toISOString();
}
function normalizeName(name) {
    return name.trim().toLowerCase().replace(/\.$/, '');
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


/***/ }),

/***/ 24742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rfc2136: () => (/* binding */ rfc2136)
});

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(71553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/dns/tsig.ts
var tsig = __webpack_require__(34142);
// EXTERNAL MODULE: ./src/dns/wire.ts
var wire = __webpack_require__(53970);
;// CONCATENATED MODULE: ./src/providers/rfc2136/descriptor.ts
const descriptor = {
    id: 'rfc2136',
    name: 'RFC 2136 (BIND, Knot, PowerDNS, Windows DNS)',
    credentials: [
        {
            env: 'RFC2136_NAMESERVER',
            description: 'The primary server that accepts dynamic updates for the alias zone: an IP address or host name, optionally with :port (IPv6 with a port: [2001:db8::53]:53).',
        },
        { env: 'RFC2136_TSIG_KEY', description: 'Name of the TSIG key, as in the server configuration.' },
        {
            env: 'RFC2136_TSIG_SECRET',
            description: 'The TSIG secret, base64, as tsig-keygen prints it.',
            secret: true,
        },
    ],
    settings: [
        {
            env: 'RFC2136_TSIG_ALGORITHM',
            description: 'TSIG algorithm of the key, as the server configuration names it.',
            default: 'hmac-sha256',
            values: ['hmac-sha256', 'hmac-sha384', 'hmac-sha512', 'hmac-sha224', 'hmac-sha1', 'hmac-md5'],
        },
        { env: 'RFC2136_TTL', description: 'TTL in seconds of the TXT records written.', default: '60' },
        {
            env: 'RFC2136_TIMEOUT',
            description: 'Seconds to wait for the answer to one UPDATE, over all of its tries.',
            default: '10',
        },
    ],
    leastPrivilege: 'Make a key for this purpose only (`tsig-keygen -a hmac-sha256 certalias`) and allow it to change TXT records of the alias zone and nothing else: in BIND, `update-policy { grant certalias zonesub TXT; };` in the alias zone only, never `allow-update` and never on the main zone. Knot: an ACL with `action: update`, `update-type: TXT` and the key on the alias zone; PowerDNS: `TSIG-ALLOW-DNSUPDATE` metadata on the alias zone only.',
    // Dynamic update itself; its TSIG signing is RFC 8945 (https://www.rfc-editor.org/rfc/rfc8945).
    docs: 'https://www.rfc-editor.org/rfc/rfc2136',
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/providers/rfc2136/message.ts
// Builds RFC 2136 UPDATE messages by hand: dns-packet cannot encode class NONE, which deleting one RR needs.


const OPCODE_UPDATE = 5;
const TYPE_SOA = 6;
const TYPE_TXT = 16;
const CLASS_IN = 1;
// RFC 2136 §2.5.4: class NONE with TTL 0 deletes the one RR that matches the RDATA.
const CLASS_NONE = 254;
const MAX_CHARACTER_STRING = 255;
/** One UPDATE message: zone section = the zone's SOA, update section = one TXT RR per value. */
function buildTxtUpdate(update) {
    const values = [...new Set(update.values)];
    const header = Buffer.alloc(12);
    header.writeUInt16BE(update.id ?? (0,external_node_crypto_.randomInt)(0, 0x10000), 0);
    header.writeUInt16BE(OPCODE_UPDATE << 11, 2);
    header.writeUInt16BE(1, 4); // ZOCOUNT
    header.writeUInt16BE(0, 6); // PRCOUNT
    header.writeUInt16BE(values.length, 8); // UPCOUNT
    header.writeUInt16BE(0, 10); // ADCOUNT, until TSIG is appended
    const zoneSection = Buffer.concat([(0,tsig/* encodeCanonicalName */.At)(update.zone), u16(TYPE_SOA), u16(CLASS_IN)]);
    const owner = (0,tsig/* encodeCanonicalName */.At)(update.owner);
    const records = values.map((value) => {
        const rdata = txtRdata(value);
        const fixed = Buffer.alloc(10);
        fixed.writeUInt16BE(TYPE_TXT, 0);
        if (update.action === 'delete') {
            fixed.writeUInt16BE(CLASS_NONE, 2);
            fixed.writeUInt32BE(0, 4);
        }
        else {
            fixed.writeUInt16BE(CLASS_IN, 2);
            fixed.writeUInt32BE(update.action.add, 4);
        }
        fixed.writeUInt16BE(rdata.length, 8);
        return Buffer.concat([owner, fixed, rdata]);
    });
    return Buffer.concat([header, zoneSection, ...records]);
}
// A value longer than one character-string is split, as resolvers join the strings back for the CA.
function txtRdata(value) {
    const bytes = Buffer.from(value, 'utf8');
    const parts = [];
    for (let start = 0; start < bytes.length || start === 0; start += MAX_CHARACTER_STRING) {
        const chunk = bytes.subarray(start, start + MAX_CHARACTER_STRING);
        parts.push(Buffer.from([chunk.length]), chunk);
    }
    return Buffer.concat(parts);
}
function u16(value) {
    const buffer = Buffer.alloc(2);
    buffer.writeUInt16BE(value, 0);
    return buffer;
}

;// CONCATENATED MODULE: ./src/providers/rfc2136/index.ts
// The rfc2136 provider: TXT values added and removed with TSIG-signed DNS UPDATE messages to the zone's primary.






const TRIES = 3;
const rfc2136 = {
    descriptor: descriptor,
    create(context) {
        const secret = context.env.RFC2136_TSIG_SECRET;
        // Masked before anything else can fail and print it.
        if (secret?.trim()) {
            context.host.mask(secret);
            if (secret.trim() !== secret)
                context.host.mask(secret.trim());
        }
        const settings = readSettings(context.env);
        const resolveServer = memoizeUntilFailure(() => resolveNameserver(settings.nameserver, context.resolvers));
        // Adding or deleting single RRs is atomic on the server, so concurrent writers to one owner cannot lose a
        // value: no read-merge-write and no lock are needed.
        const update = async (action, zone, owner, values) => {
            if (values.length === 0)
                return;
            const zoneName = normalizeName(zone);
            const ownerName = normalizeName(owner);
            if (ownerName !== zoneName && !ownerName.endsWith(`.${zoneName}`)) {
                throw new Error(`rfc2136: the owner ${ownerName} is not inside the zone ${zoneName}`);
            }
            const server = await resolveServer();
            const what = `${action === 'add' ? 'adding' : 'removing'} ${values.length} TXT ${values.length === 1 ? 'value' : 'values'} ${action === 'add' ? 'at' : 'from'} ${ownerName} (zone ${zoneName})`;
            const message = buildTxtUpdate({
                zone: zoneName,
                owner: ownerName,
                values,
                action: action === 'add' ? { add: settings.ttl } : 'delete',
            });
            const signed = (0,tsig/* signMessage */.lT)(message, settings.key);
            let reply;
            try {
                reply = await (0,wire/* exchange */.cv)(server, signed.message, {
                    timeoutMs: Math.ceil(settings.timeoutMs / TRIES),
                    tries: TRIES,
                });
            }
            catch (error) {
                const detail = error instanceof wire/* DnsTransportError */.VC ? error.message : error.message;
                throw new Error(`rfc2136: ${what} failed: ${detail} (RFC2136_NAMESERVER, RFC2136_TIMEOUT)`, {
                    cause: error,
                });
            }
            const rcode = (0,wire/* rcodeName */.Z$)(reply.readUInt16BE(2) & 0xf);
            try {
                (0,tsig/* verifyResponse */.xB)(reply, settings.key, signed.mac);
            }
            catch (error) {
                if (!(error instanceof tsig/* TsigError */.ab))
                    throw error;
                throw new Error(`rfc2136: ${what} failed at server ${server}: ${explainTsig(error, rcode, settings.key)}`, {
                    cause: error,
                });
            }
            if (rcode !== 'NOERROR') {
                throw new UpdateFailed(`rfc2136: ${what} failed at server ${server}: ${rcode}. ${explainRcode(rcode, settings.key)}`, rcode);
            }
        };
        return {
            id: descriptor.id,
            append: (zone, owner, values) => update('add', zone, owner, values),
            remove: (zone, owner, values) => update('delete', zone, owner, values),
        };
    },
};
/** The server answered the UPDATE with an error rcode (REFUSED: the key may not change that zone). */
class UpdateFailed extends Error {
    rcode;
    constructor(message, rcode) {
        super(message);
        this.rcode = rcode;
    }
}
function readSettings(env) {
    const required = (name) => {
        const value = env[name]?.trim();
        if (!value)
            throw new Error(`rfc2136: ${name} is not set`);
        return value;
    };
    const nameserverText = required('RFC2136_NAMESERVER');
    let nameserver;
    try {
        nameserver = (0,wire/* parseServer */.ld)(nameserverText);
    }
    catch (error) {
        throw new Error(`rfc2136: RFC2136_NAMESERVER: ${error.message}`);
    }
    const keyName = normalizeName(required('RFC2136_TSIG_KEY'));
    try {
        (0,tsig/* encodeCanonicalName */.At)(keyName);
    }
    catch {
        throw new Error(`rfc2136: RFC2136_TSIG_KEY "${keyName}" is not a valid DNS name`);
    }
    let secret;
    try {
        secret = (0,tsig/* decodeTsigSecret */.yN)(required('RFC2136_TSIG_SECRET'));
    }
    catch (error) {
        throw new Error(`rfc2136: RFC2136_TSIG_SECRET: ${error.message}`);
    }
    let algorithm;
    try {
        algorithm = (0,tsig/* parseTsigAlgorithm */.OT)(env.RFC2136_TSIG_ALGORITHM?.trim() || 'hmac-sha256');
    }
    catch (error) {
        throw new Error(`rfc2136: RFC2136_TSIG_ALGORITHM: ${error.message}`);
    }
    const ttlText = env.RFC2136_TTL?.trim() || '60';
    if (!/^\d+$/.test(ttlText) || Number(ttlText) > 2147483647) {
        throw new Error(`rfc2136: RFC2136_TTL "${ttlText}" is not a whole number of seconds (e.g. 60)`);
    }
    const timeoutText = env.RFC2136_TIMEOUT?.trim() || '10';
    const timeout = Number(timeoutText);
    if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(timeout > 0)) {
        throw new Error(`rfc2136: RFC2136_TIMEOUT "${timeoutText}" is not a positive number of seconds (e.g. 10)`);
    }
    return {
        nameserver,
        key: { name: keyName, algorithm, secret },
        ttl: Number(ttlText),
        timeoutMs: Math.round(timeout * 1000),
    };
}
/** An IP address as host:port for the wire client; a host name is looked up through the resolvers given. */
async function resolveNameserver(nameserver, resolvers) {
    const withPort = (address) => (0,wire/* isIPv6 */.w7)(address) ? `[${address}]:${nameserver.port}` : `${address}:${nameserver.port}`;
    if (external_node_net_default().isIP(nameserver.host) !== 0)
        return withPort(nameserver.host);
    const problems = [];
    if (resolvers.length === 0) {
        try {
            return withPort((await (0,promises_.lookup)(nameserver.host)).address);
        }
        catch (error) {
            problems.push(`the system resolver: ${error.code ?? error.message}`);
        }
    }
    for (const resolver of resolvers) {
        for (const type of ['A', 'AAAA']) {
            try {
                const response = await (0,wire/* query */.P)(resolver, nameserver.host, type);
                const address = response.answers.find((record) => record.type === type)?.data;
                if (typeof address === 'string')
                    return withPort(address);
                problems.push(`${resolver} ${type}: ${response.rcode === 'NOERROR' ? 'no address' : response.rcode}`);
            }
            catch (error) {
                problems.push(error.message);
                break;
            }
        }
    }
    throw new Error(`rfc2136: cannot find the address of RFC2136_NAMESERVER ${nameserver.host} (${problems.join('; ')})`);
}
function explainTsig(error, rcode, key) {
    const keyText = `key "${key.name}" (RFC2136_TSIG_KEY), algorithm ${key.algorithm} (RFC2136_TSIG_ALGORITHM)`;
    switch (error.code) {
        case 'BADSIG':
            return `TSIG BADSIG (rcode ${rcode}): the signature does not match the server's ${keyText}; check RFC2136_TSIG_SECRET and RFC2136_TSIG_ALGORITHM`;
        case 'BADKEY':
            return `TSIG BADKEY (rcode ${rcode}): the server knows no ${keyText}; check RFC2136_TSIG_KEY and RFC2136_TSIG_ALGORITHM`;
        case 'BADTIME':
            return `TSIG BADTIME (rcode ${rcode}): ${error.message}; fix the clock of this machine or of the server`;
        case 'UNSIGNED':
            return `rcode ${rcode}, and ${error.message}; the server may not support TSIG, or something between forged the answer`;
        default:
            return `TSIG ${error.code} (rcode ${rcode}): ${error.message}`;
    }
}
function explainRcode(rcode, key) {
    const policy = `in BIND: update-policy { grant ${key.name} zonesub TXT; }; in the alias zone`;
    switch (rcode) {
        case 'REFUSED':
            return `The TSIG key "${key.name}" (RFC2136_TSIG_KEY) may not be allowed to update TXT records in this zone (${policy}), or RFC2136_NAMESERVER does not accept updates for it.`;
        case 'NOTAUTH':
            return `RFC2136_NAMESERVER is not authoritative for this zone, or the TSIG key "${key.name}" (RFC2136_TSIG_KEY) may not update it (${policy}).`;
        case 'NOTZONE':
            return 'The owner is outside the zone named in the update.';
        case 'SERVFAIL':
            return 'The server could not apply the update; its log says why (a read-only zone file or journal, a secondary zone, ...).';
        case 'NOTIMP':
            return 'The server does not implement dynamic update.';
        default:
            return 'The server did not apply the update.';
    }
}
function memoizeUntilFailure(compute) {
    let pending;
    return () => {
        pending ??= compute().catch((error) => {
            // A failed lookup is not remembered: the cleanup after a failure tries again.
            pending = undefined;
            throw error;
        });
        return pending;
    };
}
function normalizeName(name) {
    return name.trim().toLowerCase().replace(/\.$/, '');
}


/***/ })

};
