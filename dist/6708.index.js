export const id = 6708;
export const ids = [6708];
export const modules = {

/***/ 46484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ CaDirectory)
/* harmony export */ });
/* unused harmony export parseRenewalInfo */
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73329);
/* harmony import */ var _test_timeout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57742);
// ACME Renewal Information (RFC 9773): the CA's suggested window for renewing a certificate. Asked with the
// one HTTP layer, without the ACME client: a run that renews nothing never loads it.


/**
 * ARI is advice: a CA slow to give it must not hold a scheduled run. Two tries of 5 s for each of the two reads
 * (directory, renewalInfo), then the lifetime rule decides; a run that renews is not held longer than that either.
 */
const TIMEOUT_MS = 5_000;
const RETRIES = 1;
class CaDirectory {
    url;
    transport;
    #directory;
    #timeoutMs;
    constructor(url, transport = {}, env = {}) {
        this.url = url;
        this.transport = transport;
        this.#timeoutMs = (0,_test_timeout_js__WEBPACK_IMPORTED_MODULE_1__/* .testTimeoutMs */ .O)(env) ?? TIMEOUT_MS;
    }
    /** GET a URL of the CA (the directory and renewalInfo may sit on different hosts). */
    async #get(url) {
        const target = new URL(url);
        const client = new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
            provider: 'ACME CA',
            baseUrl: target.origin,
            timeoutMs: this.#timeoutMs,
            maxRetries: RETRIES,
            maxRetryAfterMs: 5_000,
            ...this.transport,
        });
        return (await client.request('GET', target.pathname, {
            query: Object.fromEntries(target.searchParams),
        })).body;
    }
    /** The directory as read so far: undefined when nothing has asked for it yet. */
    get read() {
        return this.#directory;
    }
    /** A directory another part of the run read (the ACME session): no second request for it. */
    adopt(directory) {
        this.#directory ??= directory;
    }
    /** The directory object, fetched once. */
    directory() {
        this.#directory ??= this.#get(this.url).then((body) => {
            if (typeof body !== 'object' || body === null)
                throw new Error(`${this.url} is not an ACME directory`);
            return body;
        });
        return this.#directory;
    }
    /** The renewalInfo URL, or undefined when the CA has no ARI. */
    async renewalInfoUrl() {
        const url = (await this.directory()).renewalInfo;
        return typeof url === 'string' && url !== '' ? url : undefined;
    }
    async renewalWindow(certId) {
        let base;
        try {
            base = await this.renewalInfoUrl();
        }
        catch (error) {
            return { kind: 'problem', problem: `the CA directory could not be read: ${error.message}` };
        }
        if (base === undefined)
            return { kind: 'unsupported' };
        if (certId === undefined) {
            return {
                kind: 'problem',
                problem: 'the certificate has no authority key identifier, so ARI cannot name it',
            };
        }
        const url = `${base.replace(/\/+$/, '')}/${certId}`;
        let body;
        try {
            body = await this.#get(url);
        }
        catch (error) {
            return { kind: 'problem', problem: `the CA's renewal information failed: ${error.message}` };
        }
        return parseRenewalInfo(body);
    }
}
/** RFC 9773 section 4.2: `suggestedWindow` with `start` before `end`, and an optional `explanationURL`. */
function parseRenewalInfo(body) {
    const malformed = (why) => ({
        kind: 'problem',
        problem: `the CA's renewal information is malformed (${why})`,
    });
    if (typeof body !== 'object' || body === null)
        return malformed('not a JSON object');
    const { suggestedWindow, explanationURL } = body;
    if (typeof suggestedWindow !== 'object' || suggestedWindow === null)
        return malformed('no suggestedWindow');
    const { start, end } = suggestedWindow;
    const startDate = typeof start === 'string' ? new Date(start) : undefined;
    const endDate = typeof end === 'string' ? new Date(end) : undefined;
    if (startDate === undefined || Number.isNaN(startDate.getTime()))
        return malformed('start is not a time');
    if (endDate === undefined || Number.isNaN(endDate.getTime()))
        return malformed('end is not a time');
    if (endDate.getTime() <= startDate.getTime())
        return malformed('end is not after start');
    const explanationUrl = webAddress(explanationURL);
    const window = {
        start: startDate,
        end: endDate,
        ...(explanationUrl === undefined ? {} : { explanationUrl }),
    };
    return { kind: 'window', window };
}
/**
 * The CA's explanation is shown in the log and linked in the summary: only an http(s) address, in the form a URL
 * parser writes it (no white space or control character left raw); anything else is no explanation.
 */
function webAddress(value) {
    if (typeof value !== 'string' || !URL.canParse(value))
        return undefined;
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}


/***/ }),

/***/ 57742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ testTimeoutMs)
/* harmony export */ });
/* unused harmony export TEST_TIMEOUT_ENV */
// For tests only, never set by the action: CERTALIAS_TEST_CA_TIMEOUT_MS shortens the timeouts of every request to
// the CA (the ACME client's and the renewal information's) to that many milliseconds, so that a test of a stalled
// CA takes a second, not minutes. Not an input: nobody has a reason to give up sooner on a CA that answers slowly
// but answers.
const TEST_TIMEOUT_ENV = 'CERTALIAS_TEST_CA_TIMEOUT_MS';
/** The test's timeout, or undefined when it is not set (or not a positive whole number). */
function testTimeoutMs(env = {}) {
    const ms = Number(env[TEST_TIMEOUT_ENV] ?? Number.NaN);
    return Number.isInteger(ms) && ms > 0 ? ms : undefined;
}


/***/ }),

/***/ 14839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lF: () => (/* binding */ certificateFacts),
/* harmony export */   xC: () => (/* binding */ pemCertificates)
/* harmony export */ });
/* unused harmony exports CertificateError, firstPem, keyTypeOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The facts of a certificate the renewal decision needs: names, validity, key type, serial, and the ARI
// certID (RFC 9773 section 4.1).

class CertificateError extends Error {
}
/** Every PEM certificate of a text, in order, each ending in a new line; text around them is left out. */
function pemCertificates(text) {
    return [...text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)].map((m) => `${m[0]}\n`);
}
/** The first certificate of a PEM text (a leaf followed by its chain, or the leaf alone). */
function firstPem(text) {
    const first = pemCertificates(text)[0];
    if (first === undefined)
        throw new CertificateError('no PEM certificate (BEGIN CERTIFICATE) in it');
    return first;
}
function certificateFacts(pemOrDer) {
    let x509;
    try {
        x509 = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(typeof pemOrDer === 'string' ? firstPem(pemOrDer) : pemOrDer);
    }
    catch (error) {
        if (error instanceof CertificateError)
            throw error;
        throw new CertificateError(`not a readable X.509 certificate (${error.message})`);
    }
    const tbs = tbsFields(x509.raw);
    return {
        names: sanNames(x509.subjectAltName),
        notBefore: new Date(x509.validFrom),
        notAfter: new Date(x509.validTo),
        serial: x509.serialNumber.toLowerCase(),
        keyType: keyTypeOf(x509.publicKey),
        certId: tbs.authorityKeyId === undefined
            ? undefined
            : `${tbs.authorityKeyId.toString('base64url')}.${tbs.serial.toString('base64url')}`,
        issuer: x509.issuer.replace(/\n/g, ', '),
        publicKey: x509.publicKey,
    };
}
function sanNames(subjectAltName) {
    if (subjectAltName === undefined)
        return [];
    return subjectAltName
        .split(/,\s*/)
        .filter((entry) => entry.startsWith('DNS:'))
        .map((entry) => entry.slice(4).toLowerCase().replace(/\.$/, ''));
}
function keyTypeOf(key) {
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'ec') {
        if (details.namedCurve === 'prime256v1')
            return 'ec-p256';
        if (details.namedCurve === 'secp384r1')
            return 'ec-p384';
        return `ec-${details.namedCurve ?? 'unknown curve'}`;
    }
    if (key.asymmetricKeyType === 'rsa')
        return `rsa-${details.modulusLength ?? 'unknown'}`;
    return key.asymmetricKeyType ?? 'unknown';
}
function readTlv(der, offset) {
    const tag = der[offset];
    let length = der[offset + 1];
    if (tag === undefined || length === undefined)
        throw new CertificateError('truncated DER');
    let start = offset + 2;
    if (length & 0x80) {
        const bytes = length & 0x7f;
        if (bytes === 0 || bytes > 4)
            throw new CertificateError('unsupported DER length');
        length = 0;
        for (let i = 0; i < bytes; i++)
            length = length * 256 + (der[start + i] ?? 0);
        start += bytes;
    }
    const end = start + length;
    if (end > der.length)
        throw new CertificateError('truncated DER');
    return { tag, start, end };
}
function children(der, parent) {
    const list = [];
    for (let offset = parent.start; offset < parent.end;) {
        const child = readTlv(der, offset);
        list.push(child);
        offset = child.end;
    }
    return list;
}
const AUTHORITY_KEY_IDENTIFIER = Buffer.from([0x06, 0x03, 0x55, 0x1d, 0x23]); // OID 2.5.29.35
function tbsFields(der) {
    const certificate = readTlv(der, 0);
    const tbs = children(der, certificate)[0];
    if (tbs === undefined)
        throw new CertificateError('no TBSCertificate');
    const fields = children(der, tbs);
    // version is [0] EXPLICIT and optional; the serial INTEGER comes next
    const serialTlv = fields[0]?.tag === 0xa0 ? fields[1] : fields[0];
    if (serialTlv?.tag !== 0x02)
        throw new CertificateError('no serial number');
    const serial = der.subarray(serialTlv.start, serialTlv.end);
    const extensions = fields.find((f) => f.tag === 0xa3);
    if (extensions === undefined)
        return { serial, authorityKeyId: undefined };
    const list = children(der, extensions)[0];
    for (const extension of list === undefined ? [] : children(der, list)) {
        const [oid, ...rest] = children(der, extension);
        if (oid === undefined || !der.subarray(oid.start - 2, oid.end).equals(AUTHORITY_KEY_IDENTIFIER))
            continue;
        const value = rest.find((r) => r.tag === 0x04); // extnValue OCTET STRING, after the optional critical flag
        if (value === undefined)
            return { serial, authorityKeyId: undefined };
        const aki = readTlv(der, value.start);
        const keyIdentifier = children(der, aki).find((c) => c.tag === 0x80); // [0] IMPLICIT KeyIdentifier
        return {
            serial,
            authorityKeyId: keyIdentifier && der.subarray(keyIdentifier.start, keyIdentifier.end),
        };
    }
    return { serial, authorityKeyId: undefined };
}


/***/ }),

/***/ 46825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ findCurrent)
/* harmony export */ });
/* unused harmony export presentedBy */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _pki_certificate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14839);
// Find the certificate now in use: the `current_certificate` input (a PEM, a file, a TLS server), or what the
// chosen destinations hold (Vault, the GitHub state variable, cert.pem in output_dir).






/** A TLS server that accepts and then says nothing must not hold the run. */
const TLS_TIMEOUT_MS = 10_000;
async function findCurrent(config, context) {
    const given = config.currentCertificate;
    const primary = config.names[0]?.name ?? '';
    const reads = given !== undefined
        ? [fromInput(given, primary)]
        : [
            ...config.stores.flatMap(({ module, options }) => module.readCurrent === undefined ? [] : [module.readCurrent(options, context)]),
            fromOutputDir(config.outputDir),
        ];
    const settled = await Promise.allSettled(reads);
    const candidates = [];
    const problems = [];
    let accountKey;
    for (const result of settled) {
        if (result.status === 'rejected') {
            const message = String(result.reason?.message ?? result.reason);
            if (refused(result.reason)) {
                // The delivery would be refused the same way: issuing now would spend one of the CA's few
                // certificates per week on every scheduled run, and deliver none of them.
                throw new Error(`${message}. Nothing was ordered: fix the credential first, since the certificate could not be stored there either`);
            }
            problems.push(message);
            continue;
        }
        const found = result.value;
        if (found === undefined)
            continue;
        accountKey ??= found.accountKey;
        try {
            const facts = (0,_pki_certificate_js__WEBPACK_IMPORTED_MODULE_5__/* .certificateFacts */ .lF)(found.certificate);
            const privateKey = found.privateKey !== undefined && keyMatches(found.privateKey, facts) ? found.privateKey : undefined;
            if (found.privateKey !== undefined && privateKey === undefined) {
                problems.push(`${found.source}: the private key there does not belong to the certificate; it is not used`);
            }
            candidates.push({ ...found, privateKey, facts });
        }
        catch (error) {
            problems.push(`${found.source}: ${error.message}`);
        }
    }
    // The newest wins (a restored cache may hold an older one); at the same serial, the one with its key.
    candidates.sort((a, b) => b.facts.notAfter.getTime() - a.facts.notAfter.getTime() ||
        Number(b.privateKey !== undefined) - Number(a.privateKey !== undefined));
    const current = candidates[0];
    if (current === undefined && problems.length > 0) {
        return { unreadable: problems.join('; '), warnings: [], accountKey };
    }
    return { current, warnings: problems, accountKey };
}
async function fromInput(value, primary) {
    if (value.startsWith('-----'))
        return { certificate: value, source: 'the current_certificate input' };
    if (value.startsWith('tls://'))
        return presentedBy(value, primary);
    const path = value.startsWith('file://') ? new URL(value).pathname : value;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (error) {
        // a first run, or a cache not restored yet: nothing to renew
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`current_certificate ${path}: ${error.message}`);
    }
    return { certificate: text, source: `file ${path}` };
}
/** cert.pem (with chain.pem and privkey.pem when there) in output_dir, as an earlier run or a cache left them. */
async function fromOutputDir(dir) {
    const read = (name) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name), 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name)}: ${error.message}`);
    });
    const certificate = await read('cert.pem');
    if (certificate === undefined)
        return undefined;
    const [chain, privateKey] = await Promise.all([read('chain.pem'), read('privkey.pem')]);
    return { certificate, chain, privateKey, source: `files in ${dir}` };
}
/** The leaf a TLS server presents for the primary name (SNI), read without judging its validity. */
function presentedBy(address, primary) {
    const url = new URL(address);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = url.port === '' ? 443 : Number(url.port);
    // SNI takes a host name: no IP address, no wildcard label
    const servername = primary.replace(/^\*\./, '');
    return new Promise((resolve, reject) => {
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_4__.connect)({
            host,
            port,
            servername: (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(servername) === 0 ? servername : undefined,
            rejectUnauthorized: false,
        });
        const fail = (why) => {
            socket.destroy();
            reject(new Error(`current_certificate ${address}: ${why}`));
        };
        socket.setTimeout(TLS_TIMEOUT_MS, () => fail(`no TLS handshake within ${TLS_TIMEOUT_MS / 1000} s`));
        socket.once('error', (error) => fail(error.message));
        socket.once('secureConnect', () => {
            const leaf = socket.getPeerX509Certificate();
            socket.end();
            socket.destroy();
            if (leaf === undefined)
                return reject(new Error(`current_certificate ${address}: the server sent no certificate`));
            resolve({
                certificate: leaf.toString(),
                source: `the certificate ${host}:${port} presents for ${servername}`,
            });
        });
    });
}
/** A 401 or 403 from a destination (the error or what it wraps): the credential is wrong, not the network. */
function refused(error) {
    for (let e = error; typeof e === 'object' && e !== null; e = e.cause) {
        const status = e.status;
        if (status === 401 || status === 403)
            return true;
    }
    return false;
}
function keyMatches(privateKey, facts) {
    try {
        const ours = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(privateKey)).export({ type: 'spki', format: 'der' });
        return ours.equals(facts.publicKey.export({ type: 'spki', format: 'der' }));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 73622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   LD: () => (/* binding */ decide)
/* harmony export */ });
/* unused harmony exports pointInWindow, nameChanges */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Whether to issue now: one pure function over the facts, whose reason travels with the result so the log,
// the outputs and the job summary say the same thing.

const DAY = 86_400_000;
function decide(facts) {
    const { current, now } = facts;
    if (facts.unreadable !== undefined)
        return { due: true, reason: `current certificate unreadable: ${facts.unreadable}` };
    if (current === undefined)
        return { due: true, reason: 'no current certificate' };
    const timing = renewalTime(facts, current);
    const due = (reason) => ({ due: true, reason, ...timing });
    if (facts.force)
        return due('forced');
    const changed = nameChanges(facts.names, current.names);
    if (changed !== undefined)
        return due(`names changed: ${changed}`);
    if (current.keyType !== facts.keyType)
        return due(`key type changed: ${current.keyType} -> ${facts.keyType}`);
    if (current.notAfter.getTime() <= now.getTime())
        return due(`expired on ${iso(current.notAfter)}`);
    const window = facts.window;
    if (window !== undefined) {
        if (now.getTime() > window.end.getTime())
            return due(`renewal window passed on ${iso(window.end)}`);
        if (now.getTime() >= window.start.getTime())
            return due(`renewal window open since ${iso(window.start)}`);
        if (timing.renewAfter.getTime() <= now.getTime()) {
            return due(`renewal window opens ${iso(window.start)}, before the next run`);
        }
        return { due: false, reason: `not due: renewal window opens ${iso(window.start)}`, ...timing };
    }
    const left = current.notAfter.getTime() - now.getTime();
    if (timing.renewAfter.getTime() <= now.getTime())
        return due(`expires in ${days(left)}`);
    return {
        due: false,
        reason: `not due: expires in ${days(left)}, renewal from ${iso(timing.renewAfter)}`,
        ...timing,
    };
}
/**
 * When the current certificate is renewed. With an ARI window: a point in it (RFC 9773 asks for a uniform
 * random one), and a run renews when that point falls before the next run. The point comes from a hash of the
 * certID rather than a new draw each run: it is as uniform across certificates, but stays put from run to
 * run, so `renew_after` tells the truth and daily runs do not pile their chances onto the window's start.
 * Without a window: a third of the lifetime before expiry (half for 10 days or less), or `renew_before`.
 */
function renewalTime(facts, current) {
    const window = facts.window;
    if (window !== undefined) {
        const span = Math.max(0, window.end.getTime() - window.start.getTime());
        const renewAt = new Date(window.start.getTime() + Math.floor(pointInWindow(current.certId ?? current.serial) * span));
        return { renewAt, renewAfter: new Date(renewAt.getTime() - facts.checkIntervalMs) };
    }
    const lifetime = current.notAfter.getTime() - current.notBefore.getTime();
    const share = lifetime <= 10 * DAY ? lifetime / 2 : lifetime / 3;
    const before = Math.max(share, facts.renewBeforeMs ?? 0);
    return { renewAfter: new Date(current.notAfter.getTime() - before) };
}
/** A number in [0, 1) from the certificate's identity: the same every run, spread evenly across certificates. */
function pointInWindow(identity) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(identity).digest().readUInt32BE(0) / 2 ** 32;
}
/** "+new.example.com, -old.example.com", or undefined when the sets are equal (case-insensitive). */
function nameChanges(wanted, current) {
    const want = new Set(wanted.map((n) => n.toLowerCase()));
    const have = new Set(current.map((n) => n.toLowerCase()));
    const added = [...want].filter((n) => !have.has(n)).map((n) => `+${n}`);
    const removed = [...have].filter((n) => !want.has(n)).map((n) => `-${n}`);
    return added.length + removed.length === 0 ? undefined : [...added, ...removed].join(', ');
}
function days(ms) {
    if (ms < DAY)
        return `${Math.max(0, Math.round(ms / 3_600_000))} hours`;
    const n = Math.floor(ms / DAY);
    return n === 1 ? '1 day' : `${n} days`;
}
function iso(date) {
    return date.toISOString().replace(/\.000Z$/, 'Z');
}


/***/ }),

/***/ 26708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ renewAfterIssued),
/* harmony export */   V: () => (/* binding */ decideRenewal)
/* harmony export */ });
/* harmony import */ var _acme_ari_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46484);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82237);
/* harmony import */ var _current_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46825);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73622);
// decide: before any account, order or DNS write, find the certificate in use and whether it is due.




/**
 * @param ca the CA's directory, shared when many certificates are decided at once (mode: plan), so that the
 *   directory is fetched once per CA, not once per certificate
 */
async function decideRenewal(config, host, context, ca = new _acme_ari_js__WEBPACK_IMPORTED_MODULE_0__/* .CaDirectory */ .S(config.directoryUrl, context.transport, context.env)) {
    const found = await (0,_current_js__WEBPACK_IMPORTED_MODULE_1__/* .findCurrent */ .$)(config, context);
    for (const warning of found.warnings)
        host.warning(`Current certificate: ${warning}`);
    if (found.unreadable !== undefined) {
        host.warning(`The current certificate could not be read (${found.unreadable}); a new one is issued.`);
    }
    const current = found.current;
    if (current?.privateKey !== undefined)
        (0,_host_js__WEBPACK_IMPORTED_MODULE_3__/* .maskPem */ .r)(host, current.privateKey);
    if (found.accountKey !== undefined)
        (0,_host_js__WEBPACK_IMPORTED_MODULE_3__/* .maskPem */ .r)(host, found.accountKey);
    let window;
    let replaces;
    if (current !== undefined) {
        const { facts } = current;
        host.info(`Current certificate (${current.source}): ${facts.names.join(', ')}; serial ${facts.serial}; valid until ${(0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .iso */ .KH)(facts.notAfter)}`);
        const answer = await ca.renewalWindow(facts.certId);
        if (answer.kind === 'window') {
            window = answer.window;
            const overlap = facts.names.some((n) => config.names.some((c) => c.name === n));
            if (overlap)
                replaces = facts.certId;
            host.info(`Renewal information from the CA: window ${(0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .iso */ .KH)(window.start)} to ${(0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .iso */ .KH)(window.end)}${window.explanationUrl ? `; the CA explains: ${window.explanationUrl}` : ''}`);
        }
        else if (answer.kind === 'problem') {
            host.warning(`Renewal information (ARI): ${answer.problem}; deciding by the certificate's lifetime instead.`);
        }
    }
    const decision = (0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .decide */ .LD)({
        now: new Date(),
        names: config.names.map((n) => n.name),
        keyType: config.keyType,
        force: config.force,
        current: current?.facts,
        unreadable: found.unreadable,
        window,
        checkIntervalMs: config.checkIntervalMs,
        renewBeforeMs: config.renewBeforeMs,
    });
    host.info(`Decision: ${decision.due ? 'issue' : 'keep the current certificate'}: ${decision.reason}`);
    return { decision, current, window, replaces, accountKey: found.accountKey, ca };
}
/** When the next run renews a certificate just issued: its ARI window, or the lifetime rule. */
async function renewAfterIssued(config, ca, facts) {
    const answer = await ca.renewalWindow(facts.certId);
    return (0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .decide */ .LD)({
        now: new Date(),
        names: facts.names,
        keyType: facts.keyType,
        force: false,
        current: facts,
        window: answer.kind === 'window' ? answer.window : undefined,
        checkIntervalMs: config.checkIntervalMs,
        renewBeforeMs: config.renewBeforeMs,
    }).renewAfter;
}


/***/ })

};
