export const id = 6747;
export const ids = [6747,2728];
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

/***/ 26747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  check: () => (/* binding */ check),
  checkSummary: () => (/* binding */ checkSummary),
  cnameRows: () => (/* binding */ cnameRows),
  noteRows: () => (/* binding */ noteRows),
  writeFix: () => (/* binding */ writeFix)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/acme/ari.ts
var ari = __webpack_require__(46484);
// EXTERNAL MODULE: ./src/dns/resolver.ts
var resolver = __webpack_require__(21093);
// EXTERNAL MODULE: ./src/dns/tsig.ts
var tsig = __webpack_require__(34142);
// EXTERNAL MODULE: ./src/dns/wire.ts
var wire = __webpack_require__(53970);
// EXTERNAL MODULE: ./src/names/index.ts
var names = __webpack_require__(56320);
// EXTERNAL MODULE: ./src/pipeline/caa.ts
var caa = __webpack_require__(4565);
// EXTERNAL MODULE: ./src/pipeline/plan.ts
var pipeline_plan = __webpack_require__(75455);
// EXTERNAL MODULE: ./src/pipeline/preflight.ts
var preflight = __webpack_require__(48489);
// EXTERNAL MODULE: ./src/pipeline/records.ts
var pipeline_records = __webpack_require__(62728);
// EXTERNAL MODULE: ./src/providers/index.ts + 1 modules
var providers = __webpack_require__(97710);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
// EXTERNAL MODULE: ./src/pipeline/persist.ts + 1 modules
var persist = __webpack_require__(69965);
;// CONCATENATED MODULE: ./src/modes/check-persist.ts

async function persistRows(config, plan, dns, host, issuers, accountUrl) {
    const subject = config.names.map((n) => n.name).join(', ');
    const accountUri = await accountUrl;
    if (accountUri === undefined) {
        return [
            {
                check: 'persist',
                subject,
                status: 'fail',
                detail: 'the record names the ACME account, and without account_key the account is not known here',
                fix: 'give account_key: the PEM of the account the issuing runs use',
            },
        ];
    }
    let judged;
    try {
        judged = await (0,persist/* judgeOwners */.EZ)(plan, dns, {
            issuers: await issuers,
            accountUri,
            now: new Date(),
            ...(config.persistUntil === undefined ? {} : { persistUntil: config.persistUntil }),
        });
    }
    catch (error) {
        return [{ check: 'persist', subject, status: 'fail', detail: error.message }];
    }
    host.setOutput('persist_records', JSON.stringify(judged.map((j) => j.record)));
    for (const j of judged) {
        const alternative = (0,persist/* cnameAlternative */.EX)(j);
        host.info(`dns-persist-01 record for ${j.group.names.map((n) => n.name).join(', ')}${j.ok ? ' (served)' : ''}: ${(0,persist/* zoneLine */.N0)(j.record)}${alternative === undefined || j.ok ? '' : `\n  ${alternative}`}`);
    }
    return judged.flatMap((j) => j.servers.map((s) => ({
        check: 'persist',
        subject: `${j.group.owner} on ${(0,persist/* serverName */.L5)(s.server)}`,
        status: s.status,
        detail: s.detail,
        owner: j.record.owner,
        value: j.record.value,
        ...(s.status === 'fail'
            ? { fix: `publish ${(0,persist/* zoneLine */.N0)(j.record)} in the DNS provider behind ${s.server.name}` }
            : {}),
    })));
}
/** Without a provider nothing is written: the record is published by hand. */
function noProviderRow(config) {
    return {
        check: 'write',
        subject: 'dns_provider',
        status: 'skip',
        detail: `no dns_provider: ${config.challenge} records are published by hand (the persist rows say what)`,
    };
}

// EXTERNAL MODULE: ./src/modes/step.ts
var step = __webpack_require__(48760);
;// CONCATENATED MODULE: ./src/modes/check.ts
// mode: check: the whole setup verified before the first certificate, one row per check with the fix, the way the
// seed's troubleshooting list is worked through by hand: the CNAME on every master and as resolvers see it, the
// alias zone's servers, a write with the configured provider seen on every server, CAA, and the CA. Nothing is
// ordered and nothing is left behind: the probe value is removed, other values at the owner stay.














const SYMBOL = { pass: '✓', fail: '✗', skip: 'not checked from here' };
async function check(config, host, options) {
    const started = Date.now();
    const dns = new resolver/* Resolver */.xR(config.resolvers, { ipv6: (0,resolver/* ipv6FromEnv */.Dm)(options.env) });
    const ca = new ari/* CaDirectory */.S(config.directoryUrl, {}, options.env);
    // the account the CA check finds: a dns-persist-01 record and a CAA accounturi are judged against it
    let found = () => { };
    const accountUrl = new Promise((resolve) => {
        found = resolve;
    });
    const persist = config.challenge === 'dns-persist-01'
        ? (plan) => persistRows(config, plan, dns, host, (0,caa/* caIdentities */.VT)(config, ca), accountUrl)
        : undefined;
    const [dnsRows, caaRows, caRows] = await Promise.all([
        dnsChecks(config, dns, host, options, persist),
        caaChecks(config, dns, ca, accountUrl),
        caChecks(config, ca, host, options, found).finally(() => found(undefined)),
    ]);
    const rows = [...dnsRows, ...caaRows, ...caRows];
    for (const row of rows) {
        const line = `${SYMBOL[row.status]} ${row.check}: ${row.subject}: ${row.detail}${row.fix ? ` (fix: ${row.fix})` : ''}`;
        if (row.status === 'fail')
            host.warning(line);
        else
            host.info(line);
    }
    const failed = rows.filter((r) => r.status === 'fail');
    host.setOutput('check', failed.length === 0 ? 'pass' : 'fail');
    host.setOutput('check_report', JSON.stringify(rows));
    await host.summary(checkSummary(rows));
    host.info(`Check: ${rows.length} rows, ${failed.length} failed, in ${((Date.now() - started) / 1000).toFixed(2)} s`);
    if (failed.length > 0) {
        throw new Error([
            `The setup check found ${failed.length} problem(s):`,
            ...failed.map((r) => `  - ${r.check}: ${r.subject}: ${r.detail}${r.fix ? `; fix: ${r.fix}` : ''}`),
        ].join('\n'));
    }
}
// ---------------------------------------------------------------------------------------------------
// 1-3: the CNAMEs, the alias zone, a write
async function dnsChecks(config, dns, host, options, persist) {
    let traced;
    try {
        traced = await (0,pipeline_plan/* traceChains */.EN)(config.names, dns, persist === undefined ? names/* challengeName */.Vm : names/* persistName */.c5);
    }
    catch (error) {
        return [
            {
                check: 'cname',
                subject: config.names.map((n) => n.name).join(', '),
                status: 'fail',
                detail: error.message,
            },
        ];
    }
    const rows = [...traced.flatMap(cnameRows), ...noteRows(traced), ...(await resolverRows(traced, dns))];
    let plan;
    try {
        plan = await (0,pipeline_plan/* makePlan */.Cs)(traced, config.alias, dns);
    }
    catch (error) {
        return [
            ...rows,
            { check: 'cname', subject: 'domain_alias', status: 'fail', detail: error.message },
        ];
    }
    const zones = [...new Set(plan.owners.map((o) => o.zone))];
    rows.push(...(await Promise.all(zones.map((zone) => aliasZoneRows(zone, dns)))).flat());
    const { provider } = config;
    const [written, persisted] = await Promise.all([
        provider === undefined
            ? [noProviderRow(config)]
            : writeRows({ ...config, provider }, plan, dns, host, options),
        persist?.(plan) ?? [],
    ]);
    rows.push(...written, ...persisted);
    return rows;
}
/**
 * One row per server for every CNAME owner of the chain: does it publish the CNAME the chain goes on with? A
 * target that is no host name is a failing row wherever it is published.
 */
function cnameRows(t) {
    const first = t.hops[0];
    if (first !== undefined &&
        first.next === undefined &&
        first.answers.every((a) => a.answer.kind !== 'cname' && a.answer.kind !== 'invalid')) {
        return [
            {
                check: 'cname',
                subject: t.challengeName,
                status: 'pass',
                detail: `no CNAME: the TXT record goes in ${first.zone} itself (plain DNS-01)`,
            },
        ];
    }
    return t.hops.flatMap((hop) => hop.answers.flatMap(({ server, answer }) => {
        if (hop.next === undefined && answer.kind !== 'invalid')
            return [];
        const subject = `${hop.name} on ${server.name}${server.addresses.length > 0 ? ` (${server.addresses.join(', ')})` : ''}`;
        const fix = (0,preflight/* publishCname */.Oj)(hop.name, hop.next ?? '<the alias owner>', server);
        return [answerRow(answer, hop.next, subject, fix)];
    }));
}
/** A zone whose parent delegation could not be checked from here (in time): one skipped row, once. */
function noteRows(traced) {
    const rows = new Map();
    for (const hop of traced.flatMap((t) => t.hops)) {
        if (hop.note === undefined || rows.has(hop.zone))
            continue;
        rows.set(hop.zone, { check: 'delegation', subject: hop.zone, status: 'skip', detail: hop.note });
    }
    return [...rows.values()];
}
function answerRow(answer, expected, subject, fix) {
    const row = (status, detail, withFix = true) => ({
        check: 'cname',
        subject,
        status,
        detail,
        ...(withFix && status === 'fail' ? { fix } : {}),
    });
    switch (answer.kind) {
        case 'cname':
            return answer.target === expected
                ? row('pass', `CNAME ${answer.target}`)
                : row('fail', `CNAME ${answer.target}, the other servers ${expected ?? 'none'}`);
        case 'invalid':
            return row('fail', `CNAME ${(0,src_text/* quote */.hD)(answer.target)}, which is no host name (${answer.why})`);
        case 'none':
            return row('fail', `no CNAME (${answer.rcode})`);
        case 'lame':
            return row('fail', `not authoritative (${answer.why})`);
        case 'failed':
            return row('fail', `no answer: ${answer.error}`);
        case 'unreachable':
            return row('skip', answer.why, false);
    }
}
/** What each recursive resolver of dns_resolvers sees: a stale cache shows here first. */
async function resolverRows(traced, dns) {
    const rows = await Promise.all(traced.flatMap((t) => dns.resolverAddresses.map(async (resolver) => {
        const expected = t.chain[1];
        const subject = `${t.challengeName} via ${resolver}`;
        try {
            const response = await (0,wire/* query */.P)(resolver, t.challengeName, 'CNAME', {
                recursionDesired: true,
                timeoutMs: 2000,
                tries: 2,
            });
            const cname = response.answers.find((rr) => rr.type === 'CNAME' && rr.name === t.challengeName);
            const seen = cname === undefined ? undefined : (0,names/* canonical */.$N)(String(cname.data));
            if (seen === expected) {
                return {
                    check: 'resolver',
                    subject,
                    status: 'pass',
                    detail: expected === undefined ? 'no CNAME, as the masters' : `CNAME ${seen}`,
                };
            }
            return {
                check: 'resolver',
                subject,
                status: 'fail',
                detail: `sees ${seen === undefined ? `no CNAME (${response.rcode})` : `CNAME ${seen}`}, the masters publish ${expected ?? 'none'}`,
                fix: 'a cached answer from before the change: it goes when its TTL runs out (the CA asks afresh); otherwise the resolver asks other servers than the masters',
            };
        }
        catch (error) {
            return { check: 'resolver', subject, status: 'skip', detail: error.message };
        }
    })));
    return rows;
}
/** Every name server of the alias zone: reachable, and authoritative for it. */
async function aliasZoneRows(zone, dns) {
    const { servers, mismatch } = await dns.zoneServers(zone);
    const rows = await Promise.all(servers.map(async (server) => {
        const subject = `${zone} on ${server.name}${server.addresses.length > 0 ? ` (${server.addresses.join(', ')})` : ''}`;
        if (server.unreachable !== undefined)
            return { check: 'alias-zone', subject, status: 'skip', detail: server.unreachable };
        try {
            const response = await dns.askServer(server, zone, 'SOA', { timeoutMs: 1500, tries: 2 });
            const lame = (0,resolver/* lameness */.fe)(response);
            return lame === undefined
                ? { check: 'alias-zone', subject, status: 'pass', detail: 'answers with authority' }
                : {
                    check: 'alias-zone',
                    subject,
                    status: 'fail',
                    detail: `lame: ${lame}`,
                    fix: `serve ${zone} on ${server.name}, or remove it from the NS set`,
                };
        }
        catch (error) {
            return {
                check: 'alias-zone',
                subject,
                status: 'fail',
                detail: `no answer: ${error.message}`,
                fix: `start ${server.name} or remove it from the NS set and the delegation of ${zone}`,
            };
        }
    }));
    if (mismatch !== undefined) {
        rows.push({
            check: 'alias-zone',
            subject: zone,
            status: 'fail',
            detail: mismatch,
            fix: 'make the parent delegation and the NS set name the same servers',
        });
    }
    return rows;
}
/** A probe value per owner, written with the configured provider, timed on every server, then removed. */
async function writeRows(config, plan, dns, host, options) {
    let provider;
    try {
        provider = await (0,providers/* createProvider */.Qd)(config.provider.id, {
            env: options.env,
            host,
            resolvers: config.resolvers,
        });
    }
    catch (error) {
        return [{ check: 'write', subject: config.provider.id, status: 'fail', detail: error.message }];
    }
    const probe = `certalias-check-${(0,external_node_crypto_.randomBytes)(12).toString('base64url')}`;
    host.info(`Write check: the probe value "${probe}" is written at each owner with ${config.provider.id}, then removed`);
    const records = plan.owners.map((o) => ({ zone: o.zone, owner: o.owner, values: [probe] }));
    // saved first, as an issuing run does: a cancelled check still leaves the post step a list to clean up
    host.saveState(pipeline_records/* STATE_PROVIDER */.Ui, config.provider.id);
    host.saveState(pipeline_records/* STATE_RECORDS */.Np, JSON.stringify(records));
    const rows = [];
    const before = new Map();
    // the owners the probe may have reached: a write refused outright left nothing to remove, and gets one row
    const written = [];
    try {
        await Promise.all(records.map(async (r) => {
            const subject = `${r.owner} (zone ${r.zone}) with ${config.provider.id}`;
            before.set(r.owner, (await dns.servedTxt(r.zone, r.owner)) ?? []);
            try {
                await provider.append(r.zone, r.owner, [probe]);
                written.push(r);
            }
            catch (error) {
                const fix = writeFix(error, config.provider, r.zone);
                // a timeout or a dropped connection may still have landed: that owner is cleaned up and checked
                if (fix === undefined)
                    written.push(r);
                rows.push({
                    check: 'write',
                    subject,
                    status: 'fail',
                    detail: error.message,
                    ...(fix !== undefined && { fix }),
                });
                return;
            }
            rows.push({
                check: 'write',
                subject,
                status: 'pass',
                detail: 'the provider accepted the probe value',
            });
            const { servers } = await dns.zoneServers(r.zone);
            rows.push(...(await Promise.all(servers.map((server) => servedRow(server, r, probe, dns, config.propagationTimeoutMs)))));
        }));
    }
    finally {
        if (await (0,pipeline_records/* removeRecords */.DR)(provider, written, (m) => host.warning(m)))
            host.saveState(pipeline_records/* STATE_RECORDS */.Np, '[]');
        await (0,providers/* closeProvider */.I2)(provider, (m) => host.warning(m));
    }
    // what is left: the probe gone, every value that was there before still there
    for (const r of written) {
        const after = (await dns.servedTxt(r.zone, r.owner)) ?? [];
        const kept = before.get(r.owner) ?? [];
        const lost = kept.filter((v) => !after.includes(v));
        const subject = `${r.owner}: removal`;
        if (after.includes(probe)) {
            rows.push({
                check: 'write',
                subject,
                status: 'fail',
                detail: 'the probe value is still served after its removal',
            });
        }
        else if (lost.length > 0) {
            rows.push({
                check: 'write',
                subject,
                status: 'fail',
                detail: `${lost.length} value(s) that were there before are gone`,
                fix: `${config.provider.id} replaced the record set instead of removing one value: report it`,
            });
        }
        else {
            rows.push({
                check: 'write',
                subject,
                status: 'pass',
                detail: `the probe is gone; the ${kept.length} value(s) there before stay`,
            });
        }
    }
    return rows;
}
/**
 * The fix for a probe write the provider refused, from what refused it: a TSIG secret or key name the server does
 * not accept, a token that is invalid (401), or one that may not change TXT records in the zone (403, REFUSED).
 * Undefined for a failure that is no refusal (a timeout, a 5xx): the provider's own words say what happened.
 */
function writeFix(error, provider, zone) {
    const secrets = provider.credentials
        .filter((c) => c.secret)
        .map((c) => c.env)
        .join(', ') || `the credential variables of ${provider.id}`;
    const guide = `docs/providers/${provider.id}.md, "A token for the alias zone only"`;
    for (let e = error; typeof e === 'object' && e !== null; e = e.cause) {
        if (e instanceof tsig/* TsigError */.ab && e.code === 'BADSIG') {
            return ("the secret is wrong: RFC2136_TSIG_SECRET must be the key's secret as the server's configuration holds it " +
                '(base64, as tsig-keygen printed it), and RFC2136_TSIG_ALGORITHM its algorithm');
        }
        if (e instanceof tsig/* TsigError */.ab && e.code === 'BADKEY') {
            return ('the key name is unknown to the server: RFC2136_TSIG_KEY must be the name of a key in its configuration ' +
                '(BIND: key "<name>" { ... };), with its algorithm in RFC2136_TSIG_ALGORITHM');
        }
        const { status, rcode } = e;
        if (status === 401) {
            return `the token is invalid (mistyped, expired or revoked): put a valid one in ${secrets}`;
        }
        if (status === 403 || rcode === 'REFUSED') {
            const who = rcode === 'REFUSED' ? 'key' : 'token';
            return `the ${who} lacks the right to change TXT records in ${zone}: grant it there and nowhere else (${guide})`;
        }
    }
    return undefined;
}
async function servedRow(server, r, probe, dns, timeoutMs) {
    const subject = `${r.owner} on ${server.name}`;
    if (server.unreachable !== undefined)
        return { check: 'write', subject, status: 'skip', detail: server.unreachable };
    const started = Date.now();
    let wait = 25;
    for (;;) {
        try {
            const response = await dns.askServer(server, r.owner, 'TXT', { timeoutMs: 1500, tries: 1 });
            if (response.answers.some((rr) => rr.type === 'TXT' && rr.data === probe)) {
                return {
                    check: 'write',
                    subject,
                    status: 'pass',
                    detail: `serves the probe after ${((Date.now() - started) / 1000).toFixed(2)} s`,
                };
            }
        }
        catch {
            // not answering yet: asked again until the timeout
        }
        if (Date.now() - started + wait > timeoutMs) {
            return {
                check: 'write',
                subject,
                status: 'fail',
                detail: `does not serve the probe after ${Math.round(timeoutMs / 1000)} s`,
                fix: `check that ${server.name} receives the zone's updates (NOTIFY and transfers from the primary)`,
            };
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, 1000);
    }
}
// ---------------------------------------------------------------------------------------------------
// 4: CAA
async function caaChecks(config, dns, ca, accountUrl) {
    const identities = await (0,caa/* caIdentities */.VT)(config, ca);
    if (identities.length === 0) {
        return [
            {
                check: 'caa',
                subject: config.acmeServer,
                status: 'skip',
                detail: 'the CA publishes no CAA identity (caaIdentities) to compare with',
            },
        ];
    }
    const reader = new caa/* CaaReader */.tn(dns);
    // read while the account is looked up: an accounturi is judged against it
    reader.prefetch(config.names);
    const binding = { method: config.challenge, accountUri: await accountUrl };
    return Promise.all(config.names.map(async (name) => {
        const verdict = await reader.verdict(name, identities, binding);
        if (verdict.status === 'unknown')
            return { check: 'caa', subject: name.name, status: 'skip', detail: verdict.detail };
        return {
            check: 'caa',
            subject: name.name,
            status: verdict.status === 'allowed' ? 'pass' : 'fail',
            detail: verdict.records.length > 0 ? `${verdict.detail}: ${verdict.records.join('; ')}` : verdict.detail,
            ...(verdict.status === 'forbidden'
                ? {
                    fix: `add "${verdict.at}. CAA 0 ${name.wildcard ? 'issuewild' : 'issue'} \\"${identities[0]}\\"" (or remove the record that forbids it)`,
                }
                : {}),
        };
    }));
}
// ---------------------------------------------------------------------------------------------------
// 5: the CA
async function caChecks(config, ca, host, options, found) {
    const rows = [];
    let meta;
    try {
        meta = (await ca.directory()).meta;
        const terms = typeof meta?.termsOfService === 'string' ? `; terms: ${meta.termsOfService}` : '';
        rows.push({
            check: 'ca',
            subject: config.directoryUrl,
            status: 'pass',
            detail: `the directory answers${terms}`,
        });
    }
    catch (error) {
        return [
            {
                check: 'ca',
                subject: config.directoryUrl,
                status: 'fail',
                detail: error.message,
                fix: 'check acme_server and that this runner reaches the CA',
            },
        ];
    }
    if (meta?.externalAccountRequired === true && config.eab === undefined) {
        rows.push({
            check: 'account',
            subject: config.acmeServer,
            status: 'fail',
            detail: 'the CA requires external account binding',
            fix: 'set eab_kid and eab_hmac_key from your CA account',
        });
        return rows;
    }
    if (config.accountKey === undefined && config.eab === undefined) {
        rows.push({
            check: 'account',
            subject: config.acmeServer,
            status: 'skip',
            detail: 'no account_key or EAB given: nothing to look up (an issuing run creates the account)',
        });
        return rows;
    }
    // the account is looked up (or created, as the first issuing run would); never an order
    const key = config.accountKey ?? (await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 34390))).makePrivateKey('ec-p256'));
    const { AcmeSession } = await Promise.all(/* import() */[__webpack_require__.e(6044), __webpack_require__.e(9225)]).then(__webpack_require__.bind(__webpack_require__, 39225));
    try {
        const session = await AcmeSession.open((0,step/* sessionRequest */.y)(config), key, {
            debug: (m) => host.debug(m),
            env: options.env,
        });
        session.close();
        if (config.accountKey !== undefined)
            found(session.accountUrl);
        rows.push({
            check: 'account',
            subject: config.acmeServer,
            status: 'pass',
            detail: `account ${session.accountUrl}${config.eab ? ' (external account binding accepted)' : ''}`,
        });
    }
    catch (error) {
        rows.push({
            check: 'account',
            subject: config.acmeServer,
            status: 'fail',
            detail: error.message,
        });
    }
    return rows;
}
// ---------------------------------------------------------------------------------------------------
function checkSummary(rows) {
    const failed = rows.filter((r) => r.status === 'fail').length;
    return [
        `## certalias: setup check, ${failed === 0 ? 'every check passed' : `${failed} problem(s)`}`,
        '',
        '| | check | of | result | fix |',
        '| --- | --- | --- | --- | --- |',
        ...rows.map((r) => `| ${SYMBOL[r.status]} | ${r.check} | ${(0,src_text/* markdownText */.p7)(r.subject)} | ${(0,src_text/* markdownText */.p7)(r.detail)} | ${(0,src_text/* markdownText */.p7)(r.fix ?? '')} |`),
        '',
    ].join('\n');
}


/***/ }),

/***/ 69965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q4: () => (/* binding */ checkChallengeIssuers),
  EX: () => (/* binding */ cnameAlternative),
  EZ: () => (/* binding */ judgeOwners),
  Tu: () => (/* binding */ missingRecordsError),
  i5: () => (/* binding */ publishRecords),
  L5: () => (/* binding */ serverName),
  N0: () => (/* binding */ zoneLine)
});

// UNUSED EXPORTS: PersistError

// EXTERNAL MODULE: ./src/dns/issue-value.ts
var issue_value = __webpack_require__(5584);
// EXTERNAL MODULE: ./src/dns/resolver.ts
var resolver = __webpack_require__(21093);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
;// CONCATENATED MODULE: ./src/pipeline/persist-record.ts
// The dns-persist-01 record (draft-ietf-acme-dns-persist, section 4): one TXT at `_validation-persist.<name>` (or
// the end of its CNAME chain) in RFC 8659 issue-value syntax, `<issuer>; accounturi=<account URL>[;
// policy=wildcard][; persistUntil=<unix seconds>]`. What certalias publishes, and whether what a server serves
// lets this CA validate this account's names, judged as the draft tells the CA to. Pure.


/** The TXT value of a record. */
function persistValue(record) {
    return (0,issue_value/* formatIssueValue */.eH)(record.issuer, [
        { tag: 'accounturi', value: record.accountUri },
        ...(record.wildcard ? [{ tag: 'policy', value: 'wildcard' }] : []),
        ...(record.persistUntil === undefined
            ? []
            : [{ tag: 'persistUntil', value: String(Math.floor(record.persistUntil.getTime() / 1000)) }]),
    ]);
}
/**
 * Whether one of the TXT values served at an owner validates, and if none does, why the closest one fails: a
 * record is ignored unless it names one of the CA's issuer names (several CAs and accounts may share the owner),
 * then it must name this account, be before its persistUntil, and carry policy=wildcard when a wildcard needs it.
 */
function judgePersistRecords(served, wanted) {
    if (served.length === 0)
        return { ok: false, detail: 'no TXT record' };
    const fits = served.map((value) => ({ value, fit: fitOf(value, wanted) }));
    const serving = fits.flatMap(({ value, fit }) => (fit.ok ? [{ value, ...fit }] : []));
    if (serving.length > 0) {
        // the longest-lived one decides when this owner stops validating
        const best = serving.reduce((a, b) => (a.persistUntil?.getTime() ?? Number.POSITIVE_INFINITY) >=
            (b.persistUntil?.getTime() ?? Number.POSITIVE_INFINITY)
            ? a
            : b);
        const until = best.persistUntil === undefined ? '' : `, until ${best.persistUntil.toISOString()}`;
        return {
            ok: true,
            value: best.value,
            issuer: best.issuer,
            ...(best.persistUntil === undefined ? {} : { persistUntil: best.persistUntil }),
            detail: `serves ${quoted(best.value)} (${best.issuer}, this account${until})`,
        };
    }
    const closest = fits.reduce((a, b) => ((b.fit.ok ? 0 : b.fit.rank) > (a.fit.ok ? 0 : a.fit.rank) ? b : a));
    const why = closest.fit.ok ? '' : closest.fit.why;
    return {
        ok: false,
        detail: served.length === 1
            ? `${quoted(closest.value)} ${why}`
            : `${served.length} TXT records, none for this account: ${quoted(closest.value)} ${why}`,
    };
}
function fitOf(value, wanted) {
    let record;
    try {
        record = (0,issue_value/* parseIssueValue */.WA)(value);
    }
    catch (error) {
        if (!(error instanceof issue_value/* IssueValueError */.V4))
            throw error;
        return { ok: false, rank: 0, why: `is not in issue-value syntax (${error.message})` };
    }
    const issuers = wanted.issuers.map((i) => i.toLowerCase());
    if (record.issuer === undefined || !issuers.includes(record.issuer)) {
        return {
            ok: false,
            rank: 1,
            why: `is for ${record.issuer ?? 'no issuer'}, not ${wanted.issuers.join(' or ')}`,
        };
    }
    const accounts = (0,issue_value/* parameterValues */.oM)(record, 'accounturi');
    if (accounts.length !== 1 || accounts[0] !== wanted.accountUri) {
        return {
            ok: false,
            rank: 2,
            why: accounts.length === 0
                ? 'has no accounturi'
                : accounts.length > 1
                    ? `has ${accounts.length} accounturi parameters`
                    : `names another ACME account (accounturi=${accounts[0]}), not ${wanted.accountUri}`,
        };
    }
    const until = (0,issue_value/* parameterValues */.oM)(record, 'persistuntil');
    let persistUntil;
    if (until.length > 0) {
        const seconds = until.length === 1 && /^[0-9]{1,15}$/.test(until[0]) ? Number(until[0]) : NaN;
        if (Number.isNaN(seconds)) {
            return {
                ok: false,
                rank: 3,
                why: 'has a persistUntil that is not one whole number of seconds since 1970 (a malformed record)',
            };
        }
        persistUntil = new Date(seconds * 1000);
        if (persistUntil.getTime() <= wanted.now.getTime()) {
            return { ok: false, rank: 4, why: `stopped validating at ${persistUntil.toISOString()} (persistUntil)` };
        }
    }
    if (wanted.wildcard && !(0,issue_value/* parameterValues */.oM)(record, 'policy').some((p) => p.toLowerCase() === 'wildcard')) {
        return { ok: false, rank: 5, why: 'lacks policy=wildcard, which a wildcard name needs' };
    }
    return { ok: true, issuer: record.issuer, ...(persistUntil === undefined ? {} : { persistUntil }) };
}
/** A value read from DNS, shown as the foreign text it is (quote's rule), at most 200 characters of it. */
function quoted(text) {
    return (0,src_text/* quote */.hD)(text.length > 200 ? `${text.slice(0, 200)}...` : text);
}

// EXTERNAL MODULE: ./src/pipeline/propagate.ts
var propagate = __webpack_require__(94025);
// EXTERNAL MODULE: ./src/pipeline/records.ts
var pipeline_records = __webpack_require__(62728);
;// CONCATENATED MODULE: ./src/pipeline/persist.ts






class PersistError extends Error {
}
/** Each owner of the plan, judged on every authoritative server of its zone. */
async function judgeOwners(plan, dns, account) {
    const [issuer] = account.issuers;
    if (issuer === undefined) {
        throw new PersistError('the CA names no issuer domain name (its directory has no meta.caaIdentities): the dns-persist-01 record cannot be written; choose an acme_server preset, or a CA that publishes its identities');
    }
    try {
        persistValue({ issuer, accountUri: account.accountUri, wildcard: true });
    }
    catch (error) {
        if (!(error instanceof issue_value/* IssueValueError */.V4))
            throw error;
        throw new PersistError(`the CA's identity or the account URL it gave cannot be written in a dns-persist-01 record: ${error.message}`);
    }
    return Promise.all(plan.owners.map(async (group) => {
        const wildcard = group.names.some((n) => n.wildcard);
        const wanted = { issuers: account.issuers, accountUri: account.accountUri, wildcard, now: account.now };
        const { servers } = await dns.zoneServers(group.zone);
        const judged = await Promise.all(servers.map((server) => judgeServer(server, group.owner, dns, wanted)));
        const asked = judged.filter((j) => j.status !== 'skip');
        const serving = asked.flatMap((j) => (j.verdict?.ok ? [j.verdict] : []));
        const ok = asked.length > 0 && serving.length === asked.length;
        const first = serving[0];
        const ours = persistValue({
            issuer,
            accountUri: account.accountUri,
            wildcard,
            ...(account.persistUntil === undefined ? {} : { persistUntil: account.persistUntil }),
        });
        const ends = serving.flatMap((v) => (v.persistUntil === undefined ? [] : [v.persistUntil.getTime()]));
        return {
            group,
            wildcard,
            servers: judged,
            ok,
            record: { owner: group.owner, value: ok && first !== undefined ? first.value : ours },
            issuer: ok && first !== undefined ? first.issuer : issuer,
            ...(ok && ends.length > 0 ? { persistUntil: new Date(Math.min(...ends)) } : {}),
        };
    }));
}
async function judgeServer(server, owner, dns, wanted) {
    if (server.unreachable !== undefined)
        return { server, status: 'skip', detail: server.unreachable };
    let response;
    try {
        response = await dns.askServer(server, owner, 'TXT', { timeoutMs: 1500, tries: 2 });
    }
    catch (error) {
        // the CA may ask this very server: a record that cannot be seen there cannot be counted on
        return { server, status: 'fail', detail: `no answer: ${error.message}` };
    }
    const lame = (0,resolver/* lameness */.fe)(response);
    if (lame !== undefined) {
        return { server, status: 'fail', detail: `answers ${lame}: it does not serve the zone (a lame server)` };
    }
    const served = response.answers
        .filter((rr) => rr.type === 'TXT' && rr.name === owner)
        .map((rr) => String(rr.data));
    const verdict = judgePersistRecords(served, wanted);
    return { server, status: verdict.ok ? 'pass' : 'fail', detail: verdict.detail, verdict };
}
/** Where a server is, for messages: `ns1.example.org (192.0.2.1)`. */
function serverName(server) {
    return `${server.name}${server.addresses.length > 0 ? ` (${server.addresses.join(', ')})` : ''}`;
}
/** The record to publish at an owner, in zone-file form. */
function zoneLine(record) {
    return `${record.owner}. TXT ${(0,src_text/* quote */.hD)(record.value)}`;
}
/**
 * The CNAME alternative for names whose record would sit at `_validation-persist.<name>` itself: the record
 * can live in a zone with an API (or one shared by many names), reached by a CNAME, as dns-01's alias zone is.
 */
function cnameAlternative(judgement) {
    const direct = judgement.group.names.every((n) => judgement.group.owner === `_validation-persist.${n.base}`);
    if (!direct)
        return undefined;
    return `or "${judgement.group.owner}. CNAME _validation-persist.<a zone you can update>." with that TXT there (one record there serves every name whose CNAME leads to it)`;
}
/** Why the run stops before ordering: each failing server, then each record to publish. */
function missingRecordsError(missing, why) {
    const problems = missing.flatMap((j) => j.servers
        .filter((s) => s.status === 'fail')
        .map((s) => `  - ${j.group.names.map((n) => n.name).join(', ')}: ${j.group.owner} on ${serverName(s.server)}: ${s.detail}`));
    const publish = missing.flatMap((j) => {
        const alternative = cnameAlternative(j);
        return [`  ${zoneLine(j.record)}`, ...(alternative === undefined ? [] : [`    (${alternative})`])];
    });
    return new PersistError([
        `The dns-persist-01 record is missing or wrong, ${why}; nothing was ordered or written:`,
        ...problems,
        'Publish, in every DNS provider serving the zone (other records at the owner stay):',
        ...publish,
    ].join('\n'));
}
/** Our record at each owner that lacks one, then every authoritative server polled until it serves it. */
async function publishRecords(provider, missing, dns, options) {
    const records = missing.map((j) => ({ zone: j.group.zone, owner: j.group.owner, values: [j.record.value] }));
    await (0,pipeline_records/* writeRecords */.Wh)(provider, records);
    await (0,propagate/* waitForPropagation */.Ft)(records, dns, options);
}
/**
 * The order's challenges against the records: each must offer the issuer domain name the record of its name
 * names, or no record could validate it. Such a challenge is malformed for this run; nothing is answered.
 */
function checkChallengeIssuers(challenges, plan, judged) {
    for (const c of challenges) {
        const name = `${c.wildcard ? '*.' : ''}${c.identifier}`;
        const owner = plan.names.find((n) => n.name.name === name)?.owner;
        const judgement = judged.find((j) => j.group.owner === owner);
        if (judgement === undefined)
            throw new PersistError(`the CA sent a challenge for ${name}, which was not ordered`);
        const offered = c.issuerDomainNames ?? [];
        if (!offered.includes(judgement.issuer)) {
            throw new PersistError(`the CA's dns-persist-01 challenge for ${name} is malformed for this record: its issuer-domain-names (${offered
                .map((i) => quoted(i))
                .join(', ')}) do not hold ${judgement.issuer}, the issuer ${judgement.group.owner} names (from the directory's caaIdentities); nothing was answered`);
        }
    }
}


/***/ }),

/***/ 62728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ RecordLedger),
/* harmony export */   DR: () => (/* binding */ removeRecords),
/* harmony export */   Np: () => (/* binding */ STATE_RECORDS),
/* harmony export */   Q4: () => (/* binding */ parseRecords),
/* harmony export */   Ui: () => (/* binding */ STATE_PROVIDER),
/* harmony export */   Wh: () => (/* binding */ writeRecords),
/* harmony export */   Y5: () => (/* binding */ recordsFor)
/* harmony export */ });
const STATE_RECORDS = 'records';
const STATE_PROVIDER = 'provider';
/** Values per owner: apex and wildcard (one owner) land in one write. */
function recordsFor(plan, challenges) {
    const values = new Map();
    for (const c of challenges) {
        const certName = c.wildcard ? `*.${c.identifier}` : c.identifier;
        const planned = plan.names.find((n) => n.name.name === certName);
        if (planned === undefined)
            throw new Error(`the CA sent a challenge for ${certName}, which was not ordered`);
        const list = values.get(planned.owner) ?? [];
        if (!list.includes(c.value))
            list.push(c.value);
        values.set(planned.owner, list);
    }
    return plan.owners
        .filter((group) => values.has(group.owner))
        .map((group) => ({ zone: group.zone, owner: group.owner, values: values.get(group.owner) ?? [] }));
}
async function writeRecords(provider, records) {
    await Promise.all(records.map((r) => provider.append(r.zone, r.owner, [...r.values])));
}
/** Remove our values; each owner on its own, so one failure does not keep the others in place. */
async function removeRecords(provider, records, warn) {
    const results = await Promise.allSettled(records.map((r) => provider.remove(r.zone, r.owner, [...r.values])));
    let clean = true;
    results.forEach((result, i) => {
        if (result.status === 'rejected') {
            clean = false;
            const r = records[i];
            warn(`could not remove the challenge values at ${r.owner}: ${result.reason.message}`);
        }
    });
    return clean;
}
/**
 * The values every certificate of a run has written and not yet removed, saved as state after each change: the
 * post step removes what a crash or cancel left, each value through the provider that wrote it.
 */
class RecordLedger {
    save;
    #written = new Map();
    constructor(save) {
        this.save = save;
    }
    add(certificate, provider, records) {
        this.#written.set(certificate, records.map((r) => ({ ...r, provider })));
        this.#save();
    }
    remove(certificate) {
        if (this.#written.delete(certificate))
            this.#save();
    }
    #save() {
        const all = [...this.#written.values()].flat();
        const providers = new Set(all.map((r) => r.provider));
        const [only] = providers;
        // one provider (every single step): named once, as a post step of an earlier release reads it
        if (providers.size === 1 && only !== undefined)
            this.save(STATE_PROVIDER, only);
        const records = providers.size > 1 ? all : all.map(({ provider: _, ...r }) => r);
        this.save(STATE_RECORDS, JSON.stringify(records));
    }
}
function parseRecords(state) {
    if (state.trim() === '')
        return [];
    const parsed = JSON.parse(state);
    if (!Array.isArray(parsed))
        return [];
    return parsed.filter((r) => typeof r?.zone === 'string' &&
        typeof r?.owner === 'string' &&
        Array.isArray(r?.values) &&
        r.values.every((v) => typeof v === 'string') &&
        (r.provider === undefined || typeof r.provider === 'string'));
}


/***/ })

};
