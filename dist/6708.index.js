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
/* harmony import */ var _redirects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22179);
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
    /** GET a URL of the CA (the directory and renewalInfo may sit on different hosts); a redirect is an answer. */
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
        return client.request('GET', target.pathname, {
            search: target.search,
            expect: [..._redirects_js__WEBPACK_IMPORTED_MODULE_2__/* .REDIRECT_STATUSES */ .aq],
        });
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
        this.#directory ??= (0,_redirects_js__WEBPACK_IMPORTED_MODULE_2__/* .followRedirects */ .FE)(this.url, (url) => this.#get(url)).then(({ status, body }) => {
            if (status !== 200 || typeof body !== 'object' || body === null)
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
            const answer = await this.#get(url);
            if (answer.status !== 200)
                throw new Error(`HTTP ${answer.status}`);
            body = answer.body;
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

/***/ 22179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ followRedirects),
/* harmony export */   aq: () => (/* binding */ REDIRECT_STATUSES)
/* harmony export */ });
/* unused harmony export MAX_REDIRECTS */
// The directory is a plain GET that a CA may move (a new host, a versioned path): its URL is followed through a
// few redirects. Signed requests never are: a JWS names the one URL it may be sent to.
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
/**
 * GET `url` with `get`, following at most MAX_REDIRECTS redirects; the first answer that is not a redirect is
 * the result. An https URL is never left for http.
 */
async function followRedirects(url, get) {
    let current = url;
    for (let redirects = 0;; redirects++) {
        const answer = await get(current);
        const location = answer.headers.location;
        const next = Array.isArray(location) ? location[0] : location;
        if (!REDIRECT_STATUSES.includes(answer.status) || next === undefined)
            return answer;
        if (redirects === MAX_REDIRECTS)
            throw new Error(`${url}: more than ${MAX_REDIRECTS} redirects`);
        const target = new URL(next, current);
        if (target.protocol !== 'https:' && new URL(current).protocol === 'https:') {
            throw new Error(`${current} redirects to ${target.href}, which is not https`);
        }
        current = target.href;
    }
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

/***/ 46825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ findCurrent)
/* harmony export */ });
/* unused harmony exports UntrustedSource, presentedBy */
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
    const answered = [];
    const tagged = (store) => (found) => {
        answered.push(store);
        return found === undefined ? undefined : { ...found, store };
    };
    const reads = given !== undefined
        ? [fromInput(given, primary)]
        : [
            ...config.stores.flatMap(({ module, options }) => module.readCurrent === undefined
                ? []
                : [module.readCurrent(options, context).then(tagged(module.id))]),
            fromOutputDir(config.outputDir),
        ];
    const settled = await Promise.allSettled(reads);
    const candidates = [];
    const problems = [];
    const untrusted = [];
    let accountKey;
    for (const result of settled) {
        if (result.status === 'rejected') {
            const message = String(result.reason?.message ?? result.reason);
            if (result.reason instanceof UntrustedSource) {
                untrusted.push(message);
                continue;
            }
            // The delivery would fail the same way: issuing now would spend one of the CA's few certificates per
            // week on every scheduled run, and deliver none of them.
            if (refused(result.reason)) {
                throw new Error(`${message}. Nothing was ordered: fix the credential first, since the certificate could not be stored there either`);
            }
            if (unavailable(result.reason)) {
                throw new Error(`${message}. Nothing was ordered: the certificate could not be stored there either`);
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
        return { unreadable: problems.join('; '), candidates, answered, warnings: untrusted, accountKey };
    }
    return { current, candidates, answered, warnings: [...untrusted, ...problems], accountKey };
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
/**
 * A source whose certificate cannot be trusted to be the one in use (a TLS server whose certificate does not
 * verify): the run treats it as absent, with a warning, instead of deciding from it or revoking it.
 */
class UntrustedSource extends Error {
}
/**
 * The leaf a TLS server presents for the primary name (SNI), verified as a browser would: a chain to the system's
 * roots, Node's, or NODE_EXTRA_CA_CERTS's, and a certificate for that name. A server's default certificate or
 * a self-signed one is not the certificate in use.
 */
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
            ca: [...(0,node_tls__WEBPACK_IMPORTED_MODULE_4__.getCACertificates)('default'), ...(0,node_tls__WEBPACK_IMPORTED_MODULE_4__.getCACertificates)('system')],
            // judged below, so that the warning can say what the server presented
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
            const authorizationError = socket.authorizationError;
            socket.end();
            socket.destroy();
            if (leaf === undefined)
                return reject(new Error(`current_certificate ${address}: the server sent no certificate`));
            let facts;
            try {
                facts = (0,_pki_certificate_js__WEBPACK_IMPORTED_MODULE_5__/* .certificateFacts */ .lF)(leaf.raw);
            }
            catch (error) {
                return reject(new Error(`current_certificate ${address}: ${error.message}`));
            }
            // Node checks the name only once the chain verified, and against the SNI name: for a wildcard primary
            // that is the name under it, which its own certificate does not cover. The name is judged here instead.
            const chainError = authorizationError === undefined ||
                authorizationError === null ||
                String(authorizationError) === 'ERR_TLS_CERT_ALTNAME_INVALID'
                ? undefined
                : String(authorizationError);
            const problem = chainError !== undefined
                ? untrustedBecause(chainError)
                : coversPrimary(leaf, facts.names, primary)
                    ? undefined
                    : `it is not for ${primary}`;
            if (problem !== undefined) {
                return reject(new UntrustedSource(`current_certificate ${address}: the certificate it presents for ${primary} (${facts.names.join(', ')}, ` +
                    `serial ${facts.serial}) does not verify: ${problem}; treated as absent`));
            }
            resolve({
                certificate: leaf.toString(),
                source: `the certificate ${host}:${port} presents for ${servername}`,
            });
        });
    });
}
/** OpenSSL's verification codes Node reports, in words; a private CA is trusted through NODE_EXTRA_CA_CERTS. */
function untrustedBecause(code) {
    const words = {
        DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
        SELF_SIGNED_CERT_IN_CHAIN: 'its chain ends in a root that is not trusted here',
        UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its issuer is not trusted here, or the server does not send the chain',
        UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its issuer is not trusted here, or the server does not send the chain',
        CERT_HAS_EXPIRED: 'it has expired',
        CERT_NOT_YET_VALID: 'it is not valid yet',
    };
    const trust = code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID'
        ? ''
        : ' (a private CA: add its root to NODE_EXTRA_CA_CERTS)';
    return `${words[code] ?? 'the chain does not verify'} (${code})${trust}`;
}
/** A wildcard primary needs the same wildcard on the certificate; a name, a certificate valid for it. */
function coversPrimary(leaf, names, primary) {
    if (primary.startsWith('*.'))
        return names.includes(primary);
    return leaf.checkHost(primary) !== undefined;
}
/** A 401 or 403 from a destination (the error or what it wraps): the credential is wrong, not the network. */
function refused(error) {
    return someCause(error, (e) => e.status === 401 || e.status === 403);
}
/** A credential that cannot be obtained at all (no OIDC token in the job), the error or what it wraps. */
function unavailable(error) {
    return someCause(error, (e) => e.credentialUnavailable === true);
}
function someCause(error, test) {
    for (let e = error; typeof e === 'object' && e !== null; e = e.cause) {
        if (test(e))
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
    const found = await (0,_current_js__WEBPACK_IMPORTED_MODULE_1__/* .findCurrent */ .$Q)(config, context);
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
        const overlap = facts.names.some((n) => config.names.some((c) => c.name === n));
        if (overlap)
            replaces = facts.certId;
        else {
            host.warning(`${current.source} holds a certificate for ${facts.names.join(', ')}, which shares no name with \`domain\` ` +
                `(${config.names.map((c) => c.name).join(', ')}): another step keeps its certificate in the same place. ` +
                'Give each domain its own (`secret_prefix`, `vault_path`, `aws_secret_name`, ...): the next delivery ' +
                'replaces that one');
        }
        const answer = await ca.renewalWindow(facts.certId);
        if (answer.kind === 'window') {
            window = answer.window;
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
    return {
        decision,
        current,
        candidates: found.candidates,
        answered: found.answered,
        window,
        replaces,
        accountKey: found.accountKey,
        ca,
    };
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
