export const id = 6668;
export const ids = [6668];
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

/***/ 66668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   check: () => (/* binding */ check),
/* harmony export */   checkSummary: () => (/* binding */ checkSummary),
/* harmony export */   cnameRows: () => (/* binding */ cnameRows),
/* harmony export */   noteRows: () => (/* binding */ noteRows),
/* harmony export */   writeFix: () => (/* binding */ writeFix)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _acme_ari_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46484);
/* harmony import */ var _dns_resolver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21093);
/* harmony import */ var _dns_tsig_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34142);
/* harmony import */ var _dns_wire_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53970);
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56320);
/* harmony import */ var _pipeline_caa_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4565);
/* harmony import */ var _pipeline_plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75455);
/* harmony import */ var _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(48489);
/* harmony import */ var _pipeline_records_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62728);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(97710);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(48992);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(48760);
// mode: check: the whole setup verified before the first certificate, one row per check with the fix, the way the
// seed's troubleshooting list is worked through by hand: the CNAME on every master and as resolvers see it, the
// alias zone's servers, a write with the configured provider seen on every server, CAA, and the CA. Nothing is
// ordered and nothing is left behind: the probe value is removed, other values at the owner stay.













const SYMBOL = { pass: '✓', fail: '✗', skip: 'not checked from here' };
async function check(config, host, options) {
    const started = Date.now();
    const dns = new _dns_resolver_js__WEBPACK_IMPORTED_MODULE_2__/* .Resolver */ .xR(config.resolvers, { ipv6: (0,_dns_resolver_js__WEBPACK_IMPORTED_MODULE_2__/* .ipv6FromEnv */ .Dm)(options.env) });
    const ca = new _acme_ari_js__WEBPACK_IMPORTED_MODULE_1__/* .CaDirectory */ .S(config.directoryUrl, {}, options.env);
    const [dnsRows, caaRows, caRows] = await Promise.all([
        dnsChecks(config, dns, host, options),
        caaChecks(config, dns, ca),
        caChecks(config, ca, host, options),
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
async function dnsChecks(config, dns, host, options) {
    let traced;
    try {
        traced = await (0,_pipeline_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .traceChains */ .EN)(config.names, dns);
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
        plan = await (0,_pipeline_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .makePlan */ .Cs)(traced, config.alias, dns);
    }
    catch (error) {
        return [
            ...rows,
            { check: 'cname', subject: 'domain_alias', status: 'fail', detail: error.message },
        ];
    }
    const zones = [...new Set(plan.owners.map((o) => o.zone))];
    rows.push(...(await Promise.all(zones.map((zone) => aliasZoneRows(zone, dns)))).flat());
    rows.push(...(await writeRows(config, plan, dns, host, options)));
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
        const fix = (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_8__/* .publishCname */ .Oj)(hop.name, hop.next ?? '<the alias owner>', server);
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
            return row('fail', `CNAME ${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .quote */ .hD)(answer.target)}, which is no host name (${answer.why})`);
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
            const response = await (0,_dns_wire_js__WEBPACK_IMPORTED_MODULE_4__/* .query */ .P)(resolver, t.challengeName, 'CNAME', {
                recursionDesired: true,
                timeoutMs: 2000,
                tries: 2,
            });
            const cname = response.answers.find((rr) => rr.type === 'CNAME' && rr.name === t.challengeName);
            const seen = cname === undefined ? undefined : (0,_names_index_js__WEBPACK_IMPORTED_MODULE_5__/* .canonical */ .$N)(String(cname.data));
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
            const lame = (0,_dns_resolver_js__WEBPACK_IMPORTED_MODULE_2__/* .lameness */ .fe)(response);
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
        provider = await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_9__/* .createProvider */ .Qd)(config.provider.id, {
            env: options.env,
            host,
            resolvers: config.resolvers,
        });
    }
    catch (error) {
        return [{ check: 'write', subject: config.provider.id, status: 'fail', detail: error.message }];
    }
    const probe = `certalias-check-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('base64url')}`;
    host.info(`Write check: the probe value "${probe}" is written at each owner with ${config.provider.id}, then removed`);
    const records = plan.owners.map((o) => ({ zone: o.zone, owner: o.owner, values: [probe] }));
    // saved first, as an issuing run does: a cancelled check still leaves the post step a list to clean up
    host.saveState(_pipeline_records_js__WEBPACK_IMPORTED_MODULE_11__/* .STATE_PROVIDER */ .Ui, config.provider.id);
    host.saveState(_pipeline_records_js__WEBPACK_IMPORTED_MODULE_11__/* .STATE_RECORDS */ .Np, JSON.stringify(records));
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
        if (await (0,_pipeline_records_js__WEBPACK_IMPORTED_MODULE_11__/* .removeRecords */ .DR)(provider, written, (m) => host.warning(m)))
            host.saveState(_pipeline_records_js__WEBPACK_IMPORTED_MODULE_11__/* .STATE_RECORDS */ .Np, '[]');
        await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_9__/* .closeProvider */ .I2)(provider, (m) => host.warning(m));
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
        if (e instanceof _dns_tsig_js__WEBPACK_IMPORTED_MODULE_3__/* .TsigError */ .ab && e.code === 'BADSIG') {
            return ("the secret is wrong: RFC2136_TSIG_SECRET must be the key's secret as the server's configuration holds it " +
                '(base64, as tsig-keygen printed it), and RFC2136_TSIG_ALGORITHM its algorithm');
        }
        if (e instanceof _dns_tsig_js__WEBPACK_IMPORTED_MODULE_3__/* .TsigError */ .ab && e.code === 'BADKEY') {
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
async function caaChecks(config, dns, ca) {
    const identities = await (0,_pipeline_caa_js__WEBPACK_IMPORTED_MODULE_6__/* .caIdentities */ .VT)(config, ca);
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
    const reader = new _pipeline_caa_js__WEBPACK_IMPORTED_MODULE_6__/* .CaaReader */ .tn(dns);
    return Promise.all(config.names.map(async (name) => {
        const verdict = await reader.verdict(name, identities);
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
async function caChecks(config, ca, host, options) {
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
    const { AcmeSession } = await Promise.all(/* import() */[__webpack_require__.e(6044), __webpack_require__.e(2161)]).then(__webpack_require__.bind(__webpack_require__, 52161));
    try {
        const session = await AcmeSession.open((0,_step_js__WEBPACK_IMPORTED_MODULE_12__/* .sessionRequest */ .y)(config), key, {
            debug: (m) => host.debug(m),
            env: options.env,
        });
        session.close();
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
        ...rows.map((r) => `| ${SYMBOL[r.status]} | ${r.check} | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .markdownText */ .p7)(r.subject)} | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .markdownText */ .p7)(r.detail)} | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .markdownText */ .p7)(r.fix ?? '')} |`),
        '',
    ].join('\n');
}


/***/ })

};
