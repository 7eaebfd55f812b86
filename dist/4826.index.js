export const id = 4826;
export const ids = [4826];
export const modules = {

/***/ 66044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ describeProblem),
/* harmony export */   C3: () => (/* binding */ retryAfterSeconds),
/* harmony export */   FD: () => (/* binding */ AcmeError),
/* harmony export */   Fo: () => (/* binding */ caLimits),
/* harmony export */   K7: () => (/* binding */ CaClient),
/* harmony export */   O1: () => (/* binding */ describeAnswer),
/* harmony export */   PN: () => (/* binding */ RETRY_AFTER_CAP_SECONDS),
/* harmony export */   Zw: () => (/* binding */ problemOf),
/* harmony export */   u_: () => (/* binding */ CaProblem),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* unused harmony exports CA_LIMITS, RATE_LIMITED */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73329);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71517);
/* harmony import */ var _jws_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32538);
/* harmony import */ var _test_timeout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57742);
// The signed-request layer between the ACME session and the project's one HTTP layer (src/http/client.ts):
// JWS bodies, a pool of nonces, a bound on requests in flight, a timeout on every request, bounded retries, and
// the CA's signals (badNonce, Retry-After, rateLimited).
//
// Why ours and not acme-client's: acme-client asks for a new nonce before every signed request (half of all
// requests go to newNonce, one of the CA's tightest limits), its axios calls have no timeout, its retries resend a
// JWS whose nonce is already spent, and nothing stops a request it has started. Fixing that through its internals
// means replacing its request, getNonce and signedRequest, i.e. all of its HTTP client, while leaning on private
// names an upgrade may change. The ACME this action speaks is a dozen request shapes; a small layer of ours over
// the one HTTP layer is simpler, can be read whole, and can be closed (and the CSR is csr.ts's, so acme-client is
// no longer a dependency).





class AcmeError extends Error {
}
/** The CA answered with a problem document (RFC 8555 section 6.7). */
class CaProblem extends AcmeError {
    status;
    type;
    constructor(message, status, type) {
        super(message);
        this.status = status;
        this.type = type;
    }
}
const RETRY_AFTER_CAP_SECONDS = 30;
const CA_LIMITS = {
    connectTimeoutMs: 10_000,
    requestTimeoutMs: 30_000,
    transportAttempts: 3,
    serverErrorRetries: 5,
    badNonceRetries: 20,
    retryAfterCapMs: RETRY_AFTER_CAP_SECONDS * 1000,
    // Four keep the round trips of 100 authorizations short and the nonces in circulation (at most four newNonce
    // requests per run) well under what a CA allows one address per second.
    maxInFlight: 4,
};

/** The limits of the CA's requests; shortened by the tests' TEST_TIMEOUT_ENV (test-timeout.ts). */
function caLimits(env = {}) {
    const ms = (0,_test_timeout_js__WEBPACK_IMPORTED_MODULE_4__/* .testTimeoutMs */ .O)(env);
    if (ms === undefined)
        return CA_LIMITS;
    return { ...CA_LIMITS, connectTimeoutMs: ms, requestTimeoutMs: ms };
}
const RATE_LIMITED = 'urn:ietf:params:acme:error:rateLimited';
const BAD_NONCE = 'urn:ietf:params:acme:error:badNonce';
/** Nonces kept at most: a CA forgets old ones, so the newest are used first and the oldest dropped. */
const NONCE_POOL_SIZE = 32;
// the HTTP layer hands every status back as an answer: the statuses are ACME's to read
const EVERY_STATUS = Array.from({ length: 500 }, (_, i) => i + 100);
/** Failed before any answer: the connection, or the time. */
class TransportFailure extends Error {
    failure;
    code;
    constructor(failure, code) {
        super(failure.message);
        this.failure = failure;
        this.code = code;
    }
}
class CaClient {
    /** What this client sent the CA: for the log, and for tests and the benchmark to count. */
    sent = { requests: 0, newNonce: 0 };
    /** The account URL (the `kid` of every request after newAccount). */
    accountUrl;
    account;
    #directoryUrl;
    #limits;
    #log;
    #connections;
    #closing = new AbortController();
    #nonces = [];
    #slots;
    #directory;
    #known;
    constructor(directoryUrl, accountKeyPem, options = {}) {
        this.#known = options.directory;
        this.#directoryUrl = directoryUrl;
        this.account = (0,_jws_js__WEBPACK_IMPORTED_MODULE_3__/* .accountKey */ .LQ)(accountKeyPem);
        this.#limits = options.limits ?? CA_LIMITS;
        this.#log = options.log ?? (() => { });
        this.#slots = new Slots(this.#limits.maxInFlight);
        this.#connections = (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .connections */ .oQ)({ connectTimeoutMs: this.#limits.connectTimeoutMs });
    }
    get closed() {
        return this.#closing.signal.aborted;
    }
    /**
     * Stop: every request in flight fails at once, every wait ends, nothing new starts. The run has failed (or is
     * done), so nothing of this client may keep the process alive or touch the CA any more.
     */
    close() {
        if (this.closed)
            return;
        this.#closing.abort();
        this.#slots.releaseAll();
        this.#connections.close();
    }
    /** The directory, read once. */
    directory() {
        const read = () => this.#send('GET', this.#directoryUrl, undefined, true).then((answer) => {
            if (answer.status === 200 && isDirectory(answer.body))
                return answer.body;
            throw new AcmeError(`${this.#directoryUrl} is not an ACME directory: HTTP ${answer.status}${describeAnswer(answer)}`);
        });
        // one read already made elsewhere in the run serves, unless it failed or is no directory
        this.#directory ??=
            this.#known === undefined
                ? read()
                : this.#known.then((body) => (isDirectory(body) ? body : read()), read);
        return this.#directory;
    }
    /**
     * A signed POST (RFC 8555 section 6.2); `payload` undefined is POST-as-GET. Signed with the account URL as
     * `kid`, or with the JWK itself when `jwk` is set (newAccount). Every attempt is signed afresh with a nonce of
     * the pool. Any status comes back as an answer except a rate limit, which throws.
     */
    async post(url, payload, options = {}) {
        await this.#slots.take();
        try {
            this.#stopIfClosed();
            const sign = async () => {
                const kid = options.jwk ? undefined : this.accountUrl;
                if (kid === undefined && !options.jwk)
                    throw new AcmeError('no ACME account yet to sign with');
                return JSON.stringify((0,_jws_js__WEBPACK_IMPORTED_MODULE_3__/* .signJws */ .GM)(this.account, { url, nonce: await this.#nonce(), kid }, payload));
            };
            // POST-as-GET reads; repeating it does no harm
            const idempotent = options.idempotent ?? payload === undefined;
            return await this.#send('POST', url, sign, idempotent, options.accept);
        }
        finally {
            this.#slots.give();
        }
    }
    /** A wait the close() ends at once. */
    async sleep(ms) {
        try {
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal: this.#closing.signal });
        }
        catch {
            this.#stopIfClosed();
        }
    }
    /** The newest nonce of the pool, or a new one when the pool is empty (RFC 8555 section 7.2). */
    async #nonce() {
        for (let asked = 0;; asked++) {
            const nonce = this.#nonces.pop();
            if (nonce !== undefined)
                return nonce;
            // a concurrent request may take the one fetched here; it leaves its own answer's nonce instead
            if (asked === this.#limits.transportAttempts)
                throw new AcmeError(`${this.#name}: newNonce gave no nonce`);
            this.sent.newNonce++;
            const { newNonce } = await this.directory();
            const answer = await this.#send('HEAD', newNonce, undefined, true);
            if (answer.status >= 400) {
                throw new AcmeError(`${this.#name}: newNonce failed: HTTP ${answer.status}${describeAnswer(answer)}`);
            }
        }
    }
    /**
     * One request with ACME's retry rules: a badNonce is retried with the fresh nonce it carries, a 5xx or a 429
     * that is not a rate limit after Retry-After (capped) or a short growing wait, a failed connection or a missing
     * answer only where repeating is safe; each kind a bounded number of times. A rate limit fails at once.
     */
    async #send(method, url, body, idempotent, accept) {
        let failures = 0;
        let serverRetries = 0;
        let badNonces = 0;
        const path = new URL(url).pathname;
        for (;;) {
            this.#stopIfClosed();
            const text = body === undefined ? undefined : await body();
            let answer;
            try {
                answer = await this.#exchange(method, url, text, accept);
            }
            catch (error) {
                if (!(error instanceof TransportFailure))
                    throw error;
                this.#stopIfClosed();
                failures++;
                const neverSent = _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .CONNECT_ERROR_CODES */ .ZG.has(error.code ?? '');
                if ((!neverSent && !idempotent) || failures >= this.#limits.transportAttempts) {
                    throw this.#transportError(error, method, path, failures);
                }
                this.#log(`${this.#name}: ${method} ${path}: ${error.message}; try ${failures + 1} of ${this.#limits.transportAttempts}`);
                await this.sleep(500 * failures);
                continue;
            }
            const problem = problemOf(answer);
            if (answer.status === 400 && problem?.type === BAD_NONCE && badNonces < this.#limits.badNonceRetries) {
                badNonces++;
                // the wording acme-client logged, kept for whoever searches debug logs for it
                this.#log(`Caught invalid nonce error, retrying (${badNonces}/${this.#limits.badNonceRetries}) signed request to: ${url}`);
                continue;
            }
            if (answer.status === 429 && problem?.type === RATE_LIMITED)
                throw rateLimitError(answer, problem);
            if ((answer.status === 429 || answer.status >= 500) &&
                serverRetries < this.#limits.serverErrorRetries) {
                serverRetries++;
                const asked = retryAfterSeconds(header(answer, 'retry-after')) * 1000;
                const wait = Math.min(asked > 0 ? asked : 1000 * serverRetries, this.#limits.retryAfterCapMs);
                this.#log(`${this.#name}: ${method} ${path}: HTTP ${answer.status}, retry ${serverRetries} of ${this.#limits.serverErrorRetries} in ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(wait)}`);
                await this.sleep(wait);
                continue;
            }
            return answer;
        }
    }
    /** One attempt over the HTTP layer; every status is an answer, and every answer's nonce goes to the pool. */
    async #exchange(method, url, text, accept) {
        const target = new URL(url);
        // The HTTP layer treats a 429 as throttling and throws it; its throttle hook sees every answer first, so
        // the headers and body ACME needs (problem type, Retry-After, Replay-Nonce) are taken from there.
        let seen;
        const http = new _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq({
            provider: this.#name,
            baseUrl: target.origin,
            timeoutMs: this.#limits.requestTimeoutMs,
            maxRetries: 0,
            send: this.#connections.send,
            headers: { 'user-agent': 'certalias' },
            throttle: (answer) => {
                seen = answer;
                return false;
            },
        });
        this.sent.requests++;
        let answer;
        try {
            const response = await http.request(method, target.pathname, {
                query: Object.fromEntries(target.searchParams),
                ...(text === undefined ? {} : { text }),
                headers: {
                    ...(text === undefined ? {} : { 'content-type': 'application/jose+json' }),
                    ...(accept === undefined ? {} : { accept }),
                },
                expect: EVERY_STATUS,
                idempotent: false,
            });
            answer = { status: response.status, headers: response.headers, body: response.body };
        }
        catch (error) {
            if (!(error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderHttpError */ .gm))
                throw error;
            if (error.status === undefined || seen === undefined)
                throw new TransportFailure(error, (0,_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error.cause));
            answer = { status: seen.status, headers: seen.headers, body: parseText(seen.body, seen.headers) };
        }
        const nonce = header(answer, 'replay-nonce');
        if (nonce !== undefined && nonce !== '') {
            this.#nonces.push(nonce);
            if (this.#nonces.length > NONCE_POOL_SIZE)
                this.#nonces.shift();
        }
        return answer;
    }
    #transportError(failure, method, path, tries) {
        const after = tries > 1 ? ` (${tries} tries)` : '';
        if (failure.failure.kind === 'timeout') {
            return new AcmeError(`${this.#name} did not answer ${method} ${path} within ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(this.#limits.requestTimeoutMs)}${after}`);
        }
        if (failure.code === _http_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .CONNECT_TIMEOUT */ .x0) {
            return new AcmeError(`${this.#name}: no connection within ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(this.#limits.connectTimeoutMs)} (${method} ${path})${after}`);
        }
        const cause = failure.failure.cause instanceof Error ? failure.failure.cause.message : failure.message;
        return new AcmeError(`${this.#name}: ${method} ${path} failed${after}: ${failure.code ? `${failure.code}: ` : ''}${cause}`);
    }
    #stopIfClosed() {
        if (this.closed)
            throw new AcmeError(`${this.#name}: stopped, the run has ended`);
    }
    get #name() {
        return `the CA at ${this.#directoryUrl}`;
    }
}
/** At most `size` holders at once; the rest wait in order. */
class Slots {
    #free;
    #waiting = [];
    constructor(size) {
        this.#free = size;
    }
    async take() {
        if (this.#free > 0) {
            this.#free--;
            return;
        }
        await new Promise((resolve) => this.#waiting.push(resolve));
    }
    give() {
        const next = this.#waiting.shift();
        if (next === undefined)
            this.#free++;
        else
            next();
    }
    /** Wake every waiter (each then finds the client closed): no promise is left waiting forever. */
    releaseAll() {
        for (const waiter of this.#waiting.splice(0))
            waiter();
    }
}
function isDirectory(body) {
    return (typeof body === 'object' && body !== null && typeof body.newOrder === 'string');
}
function header(answer, name) {
    const value = answer.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function problemOf(answer) {
    const body = answer.body;
    if (answer.status < 400 || typeof body !== 'object' || body === null)
        return undefined;
    return body;
}
/** A problem as one line: `type: detail` with the subproblems, or the status alone. */
function describeProblem(problem) {
    if (problem === undefined)
        return 'no detail given';
    const type = problem.type?.replace('urn:ietf:params:acme:error:', '');
    const sub = (problem.subproblems ?? []).map((p) => describeProblem(p));
    const main = [type, problem.detail].filter(Boolean).join(': ') || 'no detail given';
    return sub.length > 0 ? `${main} (${sub.join('; ')})` : main;
}
/** `: problem` of an error answer, for messages; empty for an answer without a problem document. */
function describeAnswer(answer) {
    const problem = problemOf(answer);
    if (problem !== undefined)
        return `: ${describeProblem(problem)}`;
    return typeof answer.body === 'string' && answer.body !== '' ? `: ${answer.body.slice(0, 200)}` : '';
}
/**
 * A CA rate limit lasts hours: retrying would only burn more of it, so the run fails at once and says when to
 * try again.
 */
function rateLimitError(answer, problem) {
    const seconds = retryAfterSeconds(header(answer, 'retry-after'));
    const when = seconds > 0 ? `retry after ${new Date(Date.now() + seconds * 1000).toISOString()}` : 'retry later';
    return new AcmeError(`the CA's rate limit was reached (${problem.detail ?? 'no detail'}); ${when}`);
}
/** Retry-After as seconds: delta-seconds or an HTTP date; 0 when unreadable. */
function retryAfterSeconds(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return 0;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds);
    const date = Date.parse(value);
    return Number.isNaN(date) ? 0 : Math.max(0, Math.ceil((date - now) / 1000));
}
function parseText(text, headers) {
    if (text === '')
        return undefined;
    if (/\bjson\b/i.test(String(headers['content-type'] ?? ''))) {
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    return text;
}


/***/ }),

/***/ 54826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AcmeError: () => (/* reexport */ acme_ca/* AcmeError */.FD),
  AcmeSession: () => (/* binding */ AcmeSession),
  RETRY_AFTER_CAP_SECONDS: () => (/* reexport */ acme_ca/* RETRY_AFTER_CAP_SECONDS */.PN),
  retryAfterSeconds: () => (/* reexport */ acme_ca/* retryAfterSeconds */.C3)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/pki/certificate.ts
var pki_certificate = __webpack_require__(14839);
// EXTERNAL MODULE: ./src/acme/ca.ts
var acme_ca = __webpack_require__(66044);
// EXTERNAL MODULE: ./src/pki/der.ts
var der = __webpack_require__(52787);
;// CONCATENATED MODULE: ./src/acme/csr.ts
// The certificate signing request (PKCS#10, RFC 2986) a finalize sends: the names as a subjectAltName extension
// request, the primary name as the common name when it fits, signed with the certificate's key. Written with
// the DER writer of the PKCS#12 file: the only CSR library at hand came with acme-client, whose bundle (with
// axios, node-forge and an ASN.1 stack) made every issuing run load 2.4 MB for these few structures.


const COMMON_NAME = '2.5.4.3';
const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';
const SUBJECT_ALT_NAME = '2.5.29.17';
/** base64url of the DER CSR, as RFC 8555 section 7.4 sends it. */
function makeCsr(names, privateKeyPem) {
    const key = (0,external_node_crypto_.createPrivateKey)(privateKeyPem);
    const spki = (0,external_node_crypto_.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    const primary = names[0] ?? '';
    // a common name is at most 64 characters (RFC 5280 ub-common-name); the SAN carries every name anyway
    const subject = primary.length <= 64
        ? (0,der/* sequence */.K2)((0,der/* set */.hZ)((0,der/* sequence */.K2)((0,der/* oid */.jq)(COMMON_NAME), (0,der/* tlv */.t)(0x0c, Buffer.from(primary, 'utf8')))))
        : (0,der/* sequence */.K2)();
    const dnsNames = (0,der/* sequence */.K2)(...names.map((name) => (0,der/* tlv */.t)(0x82, Buffer.from(name, 'ascii'))));
    const extensions = (0,der/* sequence */.K2)((0,der/* sequence */.K2)((0,der/* oid */.jq)(SUBJECT_ALT_NAME), (0,der/* octetString */.J8)(dnsNames)));
    const attributes = (0,der/* tlv */.t)(0xa0, (0,der/* sequence */.K2)((0,der/* oid */.jq)(EXTENSION_REQUEST), (0,der/* set */.hZ)(extensions)));
    const info = (0,der/* sequence */.K2)((0,der/* tlv */.t)(0x02, Buffer.from([0])), subject, spki, attributes);
    const { hash, algorithm } = signatureAlgorithm(key.asymmetricKeyType, key.asymmetricKeyDetails?.namedCurve);
    const signature = (0,external_node_crypto_.sign)(hash, info, key);
    const bitString = (0,der/* tlv */.t)(0x03, Buffer.concat([Buffer.from([0]), signature]));
    return (0,der/* sequence */.K2)(info, algorithm, bitString).toString('base64url');
}
function signatureAlgorithm(type, curve) {
    if (type === 'ec') {
        // ECDSA with the hash that matches the curve's strength (RFC 5480 section 4)
        const [hash, identifier] = curve === 'secp384r1'
            ? ['sha384', '1.2.840.10045.4.3.3']
            : curve === 'secp521r1'
                ? ['sha512', '1.2.840.10045.4.3.4']
                : ['sha256', '1.2.840.10045.4.3.2'];
        return { hash, algorithm: (0,der/* sequence */.K2)((0,der/* oid */.jq)(identifier)) };
    }
    if (type === 'rsa')
        return { hash: 'sha256', algorithm: (0,der/* sequence */.K2)((0,der/* oid */.jq)('1.2.840.113549.1.1.11'), (0,der/* nullValue */.Pv)()) };
    throw new Error(`a certificate key of type ${type ?? 'unknown'} cannot sign a request`);
}

// EXTERNAL MODULE: ./src/acme/jws.ts
var jws = __webpack_require__(32538);
;// CONCATENATED MODULE: ./src/acme/index.ts
// The ACME session: account, order, dns-01 challenges, validation, finalize, over the signed-request layer of
// ca.ts (nonce pool, requests in flight bounded, a timeout on every request). The pipeline checks DNS
// propagation itself; here every wait for the CA is a poll of the order with a growing interval or the CA's
// Retry-After (capped). The CSR is csr.ts's.






/** Statuses an authorization never leaves (RFC 8555 section 7.1.6) other than valid. */
const REFUSED = new Set(['invalid', 'deactivated', 'expired', 'revoked']);
/** Order statuses that may still change for the better. */
const UNDECIDED = new Set(['pending', 'ready', 'processing']);
const POLL_TIMEOUT_MS = 180_000;
/**
 * The first poll waits this long, then each wait doubles up to the maximum (unless the CA says Retry-After). A CA
 * that validates or issues at once (a local one, a CA close by) is seen done after 10 ms, not 50; one that takes
 * seconds costs two polls more than a first wait of 50 ms would, the interval reaching the same seconds.
 */
const FIRST_POLL_MS = 10;
const MAX_POLL_INTERVAL_MS = 5_000;
/** The first order and two more, when the CA hands back one already finalized for another key. */
const MAX_ORDERS = 3;
const ORDER_NOT_READY = 'urn:ietf:params:acme:error:orderNotReady';
class AcmeSession {
    #ca;
    #config;
    #options;
    #thumbprint;
    /** The order the last challenges came from. */
    #current;
    constructor(ca, config, options) {
        this.#ca = ca;
        this.#config = config;
        this.#options = options;
        this.#thumbprint = (0,jws/* thumbprint */.O1)(ca.account.jwk);
    }
    static async open(config, accountKey, options) {
        const { signal } = options;
        let ca;
        const stop = () => ca?.close();
        signal?.addEventListener('abort', stop, { once: true });
        try {
            signal?.throwIfAborted();
            ca = new acme_ca/* CaClient */.K7(config.directoryUrl, accountKey, {
                limits: (0,acme_ca/* caLimits */.Fo)(options.env),
                log: options.debug,
                directory: options.directory,
            });
            await openAccount(ca, config);
            return new AcmeSession(ca, config, options);
        }
        catch (error) {
            ca?.close();
            // the run has failed elsewhere; that failure is the one to report
            if (signal?.aborted)
                throw signal.reason;
            const message = error.message;
            const hint = /externalAccount/i.test(message)
                ? '; this CA requires external account binding: set `eab_kid` and `eab_hmac_key` from your CA account'
                : '';
            throw new acme_ca/* AcmeError */.FD(`ACME account at ${config.directoryUrl}: ${message}${hint}`);
        }
        finally {
            signal?.removeEventListener('abort', stop);
        }
    }
    /** The CA's directory, as the session read it. */
    directory() {
        return this.#ca.directory();
    }
    /** The account's URL at the CA (public): the same key always finds the same account. */
    get accountUrl() {
        return this.#ca.accountUrl ?? '';
    }
    /** What this session sent the CA so far. */
    get sent() {
        return this.#ca.sent;
    }
    /**
     * A new order. `replaces` (RFC 9773 section 5) names the certificate this one renews; a CA that refuses it
     * (`alreadyReplaced`, another account's certificate, or no ARI after all) gets the order once more without
     * it, since a renewal must not fail over a hint. `onRetry` hears why.
     */
    async order(replaces, onRetry) {
        return this.#guard(async () => {
            const identifiers = this.#config.names.map((name) => ({ type: 'dns', value: name }));
            // `profile` (draft-ietf-acme-profiles) and `replaces` go as they are
            const request = { identifiers, ...(this.#config.profile ? { profile: this.#config.profile } : {}) };
            let order;
            if (replaces === undefined)
                order = await this.#newOrder(request);
            else {
                try {
                    order = await this.#newOrder({ ...request, replaces });
                }
                catch (error) {
                    // only the CA's word on this order: a rate limit stays a rate limit, a CA that does not answer stays so
                    if (!(error instanceof acme_ca/* CaProblem */.u_))
                        throw error;
                    onRetry?.(error.message);
                    order = await this.#newOrder(request);
                }
            }
            order = await this.#unfinalized(order);
            return { order, challenges: await this.#challenges(order) };
        });
    }
    /**
     * Answer the challenges, then wait until the CA has validated them all, polling the order (one request per
     * poll, whatever the number of names); for a part of the order's challenges (a batch), its authorizations one
     * at a time. The first refusal ends the wait, with every problem the CA reports.
     */
    async validate(challenges) {
        if (challenges.length === 0)
            return;
        return this.#guard(async () => {
            const order = this.#orderOf(challenges);
            await Promise.all(challenges.map(async (c) => {
                const answer = await this.#ca.post(c.challenge.url, {}, { idempotent: true });
                expectStatus(answer, [200], `answering the dns-01 challenge of ${nameOf(c)}`);
            }));
            const whole = order.pending.every((url) => challenges.some((c) => c.authorizationUrl === url));
            if (whole)
                order.state = await this.#awaitOrder(order, ['ready', 'processing', 'valid']);
            else
                await this.#awaitAuthorizations(order, challenges);
        });
    }
    /**
     * Finalize with a CSR for `privateKey` (made while the challenges were being solved) and download the
     * certificate, whose key must be `privateKey`: an order finalized by another run of the same account (a CA
     * may hand the same order to both) carries that run's certificate, so the order is placed again.
     */
    async finalize(order, privateKey) {
        return this.#guard(async () => {
            const csr = await this.#csr(privateKey);
            let current = order;
            for (let ordered = 1;; ordered++) {
                const issued = await this.#finalizeOnce(current, csr, privateKey);
                if (issued !== undefined) {
                    const { requests, newNonce } = this.#ca.sent;
                    this.#options.debug(`ACME: ${requests} requests to the CA, ${newNonce} of them for a new nonce`);
                    this.#ca.close();
                    return issued;
                }
                if (ordered === MAX_ORDERS) {
                    throw new acme_ca/* AcmeError */.FD(`the CA issued ${MAX_ORDERS} certificates for another key instead of this run's (last order ${current.url}); nothing was written`);
                }
                current = await this.#orderAgain(current);
            }
        });
    }
    /** Stop every request and wait of this session (the run is over). */
    close() {
        this.#ca.close();
    }
    async #guard(step) {
        try {
            return await step();
        }
        catch (error) {
            // the run fails: nothing of this session may go on asking the CA or keep the process alive
            this.#ca.close();
            throw error;
        }
    }
    async #newOrder(request) {
        const { newOrder } = await this.#ca.directory();
        const answer = await this.#ca.post(newOrder, request);
        const state = expectStatus(answer, [200, 201], 'newOrder');
        const url = (0,acme_ca/* header */.wx)(answer, 'location');
        if (url === undefined)
            throw new acme_ca/* AcmeError */.FD('the CA created an order without saying where it is (no Location)');
        return { url, state, request, pending: [] };
    }
    /**
     * A CA may hand back an existing order of this account; one already finalized (valid or processing) carries a
     * certificate for a key this run did not make (every run makes a new one), so it is ordered again.
     */
    async #unfinalized(order) {
        let current = order;
        for (let ordered = 1;; ordered++) {
            const { status } = current.state;
            if (status !== 'valid' && status !== 'processing')
                return current;
            if (ordered === MAX_ORDERS) {
                throw new acme_ca/* AcmeError */.FD(`the CA handed back an order already ${status} (${current.url}) ${MAX_ORDERS} times: its certificate is another run's`);
            }
            this.#options.warning?.(`The CA handed back order ${current.url}, already ${status}: its certificate is for another run's key; ordering again`);
            current = await this.#newOrder(current.request);
        }
    }
    /** The dns-01 challenges of the order's pending authorizations; every refused authorization fails the run. */
    async #challenges(order) {
        const authorizations = await Promise.all(order.state.authorizations.map(async (url) => ({ url, authz: await this.#authorization(url) })));
        const refused = authorizations.filter((a) => REFUSED.has(a.authz.status));
        if (refused.length > 0)
            throw refusal(refused, authorizations.length);
        const pending = authorizations.filter((a) => a.authz.status !== 'valid');
        order.pending = pending.map((a) => a.url);
        this.#current = order;
        return pending.map(({ url, authz }) => {
            const challenge = authz.challenges.find((c) => c.type === 'dns-01');
            const name = `${authz.wildcard ? '*.' : ''}${authz.identifier.value}`;
            if (challenge === undefined)
                throw new acme_ca/* AcmeError */.FD(`the CA offers no dns-01 challenge for ${name}`);
            return {
                identifier: authz.identifier.value,
                wildcard: authz.wildcard === true,
                value: (0,jws/* dns01Value */.wz)(challenge.token, this.#thumbprint),
                challenge,
                authorizationUrl: url,
            };
        });
    }
    #orderOf(challenges) {
        const order = this.#current;
        if (order === undefined || !challenges.every((c) => order.pending.includes(c.authorizationUrl))) {
            throw new acme_ca/* AcmeError */.FD('these challenges belong to no order of this session');
        }
        return order;
    }
    async #authorization(url) {
        return expectStatus(await this.#ca.post(url, undefined), [200], `authorization ${url}`);
    }
    /** Poll the order until it reaches one of `wanted`; a refusal ends it with the problems of every name. */
    async #awaitOrder(order, wanted, firstWaitMs = FIRST_POLL_MS) {
        return this.#poll('order', firstWaitMs, async () => {
            const answer = await this.#ca.post(order.url, undefined);
            const state = expectStatus(answer, [200], 'order');
            if (wanted.includes(state.status))
                return { result: state };
            if (UNDECIDED.has(state.status))
                return waiting(state.status, answer);
            // invalid, or what no order should be (deactivated, expired, revoked, ...): final
            throw await this.#refusalOf(order, state);
        });
    }
    /** A batch: its authorizations one at a time, each until it is valid; the first refusal ends the wait. */
    async #awaitAuthorizations(order, challenges) {
        const left = [...challenges];
        await this.#poll('authorizations', FIRST_POLL_MS, async () => {
            for (let next = left[0]; next !== undefined; next = left[0]) {
                const answer = await this.#ca.post(next.authorizationUrl, undefined);
                const authz = expectStatus(answer, [200], `authorization of ${nameOf(next)}`);
                if (authz.status === 'valid')
                    left.shift();
                else if (REFUSED.has(authz.status))
                    throw refusal([{ url: next.authorizationUrl, authz }], order.pending.length);
                else
                    return waiting(`${authz.status} (${nameOf(next)})`, answer);
            }
            return { result: true };
        });
    }
    /** Why the order failed: every authorization the CA refused, with its problem, else the order's own. */
    async #refusalOf(order, state) {
        const authorizations = await Promise.all(order.pending.map(async (url) => ({ url, authz: await this.#authorization(url) })));
        const refused = authorizations.filter((a) => REFUSED.has(a.authz.status));
        if (refused.length > 0)
            return refusal(refused, state.authorizations.length);
        return new acme_ca/* AcmeError */.FD(`the CA marked the order ${state.status}: ${(0,acme_ca/* describeProblem */.BJ)(state.error)}`);
    }
    /**
     * Ask `probe` until it has a result, waiting first `firstWaitMs`, then the CA's Retry-After (capped) or an
     * interval that doubles up to a few seconds: few requests however long the CA takes, none in a tight loop.
     */
    async #poll(what, firstWaitMs, probe) {
        const deadline = Date.now() + POLL_TIMEOUT_MS;
        let interval = FIRST_POLL_MS;
        let wait = firstWaitMs;
        for (;;) {
            await this.#ca.sleep(wait);
            const outcome = await probe();
            if ('result' in outcome)
                return outcome.result;
            interval = Math.min(interval * 2, MAX_POLL_INTERVAL_MS);
            wait = Math.min(outcome.retryAfterMs > 0 ? outcome.retryAfterMs : interval, acme_ca/* RETRY_AFTER_CAP_SECONDS */.PN * 1000);
            if (Date.now() + wait > deadline) {
                throw new acme_ca/* AcmeError */.FD(`the ${what} is still ${outcome.status} after ${POLL_TIMEOUT_MS / 60_000} minutes`);
            }
        }
    }
    /** The certificate of `order` for `privateKey`, or undefined when the order turns out to carry another key's. */
    async #finalizeOnce(order, csr, privateKey) {
        // every authorization valid already (none to solve): the order becomes ready on its own
        if (order.state.status === 'pending') {
            order.state = await this.#awaitOrder(order, ['ready', 'processing', 'valid'], 0);
        }
        // finalized before this run sent its CSR: someone else's certificate
        if (order.state.status !== 'ready')
            return this.#notOurs(order, `already ${order.state.status}`);
        const answer = await this.#ca.post(order.state.finalize, { csr });
        if (answer.status === 403 && (0,acme_ca/* problemOf */.Zw)(answer)?.type === ORDER_NOT_READY) {
            // another run of this account finalized the same order first
            return this.#notOurs(order, 'finalized by another run first');
        }
        let state = expectStatus(answer, [200], 'finalize');
        if (state.status !== 'valid') {
            const first = (0,acme_ca/* retryAfterSeconds */.C3)((0,acme_ca/* header */.wx)(answer, 'retry-after')) * 1000;
            state = await this.#awaitOrder(order, ['valid'], Math.min(first || FIRST_POLL_MS, acme_ca/* RETRY_AFTER_CAP_SECONDS */.PN * 1000));
        }
        order.state = state;
        if (state.certificate === undefined)
            throw new acme_ca/* AcmeError */.FD(`the order ${order.url} is valid but names no certificate`);
        const download = await this.#ca.post(state.certificate, undefined, {
            accept: 'application/pem-certificate-chain',
        });
        const fullchain = expectStatus(download, [200], 'certificate download');
        if (typeof fullchain !== 'string')
            throw new acme_ca/* AcmeError */.FD('the CA sent the certificate in a form other than PEM');
        const [certificate = '', ...rest] = (0,pki_certificate/* pemCertificates */.xC)(fullchain);
        if (!holdsKey(certificate, privateKey))
            return this.#notOurs(order, 'its certificate has another key');
        return {
            certificate: ensureNewline(certificate),
            chain: rest.map(ensureNewline).join(''),
            fullchain: ensureNewline(fullchain),
            privateKey,
        };
    }
    #notOurs(order, why) {
        this.#options.warning?.(`The CA's order ${order.url} is not this run's (${why}): its certificate is not for this run's key; ordering again`);
        return undefined;
    }
    /**
     * After an order turned out to be another run's: the same order again. The CA holds this account's names as
     * validated for a while, so the new order is ready at once; one that needs its names validated again cannot be
     * solved here (the TXT records are the pipeline's), and the run fails to be run again.
     */
    async #orderAgain(stale) {
        const order = await this.#unfinalized(await this.#newOrder(stale.request));
        const challenges = await this.#challenges(order);
        if (challenges.length > 0) {
            throw new acme_ca/* AcmeError */.FD(`order ${stale.url} was finalized for another key (another run of this ACME account?), and the CA wants the names validated again for a new order; nothing was written, run again`);
        }
        return order;
    }
    async #csr(privateKey) {
        return makeCsr(this.#config.names, privateKey);
    }
}
/** newAccount (RFC 8555 section 7.3): the account this key has, made when there is none. */
async function openAccount(ca, config) {
    const directory = await ca.directory();
    const contact = config.email === undefined ? undefined : [`mailto:${config.email}`];
    const answer = await ca.post(directory.newAccount, {
        termsOfServiceAgreed: true,
        ...(contact ? { contact } : {}),
        ...(config.eab
            ? { externalAccountBinding: (0,jws/* externalAccountBinding */.gO)(config.eab, directory.newAccount, ca.account.jwk) }
            : {}),
    }, 
    // the same key finds the same account: sending it twice does no harm
    { jwk: true, idempotent: true });
    const account = expectStatus(answer, [200, 201], 'newAccount');
    const url = (0,acme_ca/* header */.wx)(answer, 'location');
    if (url === undefined)
        throw new acme_ca/* AcmeError */.FD('the CA answered newAccount without the account URL (no Location)');
    ca.accountUrl = url;
    // A kept key finds its account (200); its contact is updated only when it really changed: an update costs a
    // request, and a CA may refuse one that changes nothing (Pebble does).
    const known = account?.contact ?? [];
    if (answer.status === 200 && contact !== undefined && !contact.every((c) => known.includes(c))) {
        expectStatus(await ca.post(url, { contact }), [200], 'account update');
    }
}
/** The answer's body when its status is one of `ok`; else the CA's problem, as an error naming `what`. */
function expectStatus(answer, ok, what) {
    if (ok.includes(answer.status))
        return answer.body;
    throw new acme_ca/* CaProblem */.u_(`${what}: HTTP ${answer.status}${(0,acme_ca/* describeAnswer */.O1)(answer)}`, answer.status, (0,acme_ca/* problemOf */.Zw)(answer)?.type);
}
function waiting(status, answer) {
    return { status, retryAfterMs: (0,acme_ca/* retryAfterSeconds */.C3)((0,acme_ca/* header */.wx)(answer, 'retry-after')) * 1000 };
}
/** One error for every refused authorization: the name, its status, and the problem of its challenge. */
function refusal(refused, total) {
    const lines = refused.map(({ authz }) => {
        const name = `${authz.wildcard ? '*.' : ''}${authz.identifier.value}`;
        const problem = authz.challenges.find((c) => c.error !== undefined)?.error;
        return `${name}: ${authz.status}: ${(0,acme_ca/* describeProblem */.BJ)(problem)}`;
    });
    return new acme_ca/* AcmeError */.FD(`the CA refused ${refused.length} of ${total} name(s): ${lines.join('; ')}`);
}
function nameOf(c) {
    return `${c.wildcard ? '*.' : ''}${c.identifier}`;
}
/** Whether the certificate's public key is the one of `privateKey`. */
function holdsKey(certificatePem, privateKey) {
    try {
        return new external_node_crypto_.X509Certificate(certificatePem).checkPrivateKey((0,external_node_crypto_.createPrivateKey)(privateKey));
    }
    catch {
        return false;
    }
}
function ensureNewline(pem) {
    return pem.endsWith('\n') ? pem : `${pem}\n`;
}


/***/ }),

/***/ 32538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ signJws),
/* harmony export */   LQ: () => (/* binding */ accountKey),
/* harmony export */   O1: () => (/* binding */ thumbprint),
/* harmony export */   gO: () => (/* binding */ externalAccountBinding),
/* harmony export */   wz: () => (/* binding */ dns01Value)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// JSON Web Signatures as ACME uses them (RFC 8555 section 6.2, RFC 7515, RFC 7638): the account's public JWK, its
// thumbprint, flattened JWS bodies signed by the account key, and the HMAC-signed external account binding.

const CURVES = {
    'P-256': { alg: 'ES256', hash: 'sha256' },
    'P-384': { alg: 'ES384', hash: 'sha384' },
    'P-521': { alg: 'ES512', hash: 'sha512' },
};
function accountKey(pem) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem);
    const full = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ format: 'jwk' });
    if (full.kty === 'EC' && full.crv !== undefined && CURVES[full.crv] !== undefined) {
        const { alg, hash } = CURVES[full.crv];
        return { key, jwk: { crv: full.crv, kty: 'EC', x: full.x, y: full.y }, alg, hash };
    }
    if (full.kty === 'RSA')
        return { key, jwk: { e: full.e, kty: 'RSA', n: full.n }, alg: 'RS256', hash: 'sha256' };
    throw new Error(`the ACME account key is ${full.kty}${full.crv ? ` ${full.crv}` : ''}; ACME CAs take EC P-256, P-384, P-521 or RSA`);
}
/** RFC 7638: SHA-256 of the required members in lexicographic order, which `accountKey` keeps in that order. */
function thumbprint(jwk) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(jwk)).digest('base64url');
}
/** The TXT value of a dns-01 challenge (RFC 8555 section 8.4): base64url(SHA-256(token "." thumbprint)). */
function dns01Value(token, jwkThumbprint) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${token}.${jwkThumbprint}`).digest('base64url');
}
/**
 * A signed request body. `payload` undefined is POST-as-GET (an empty payload, RFC 8555 section 6.3);
 * `kid` is the account URL, or undefined before there is one (newAccount: the JWK goes in the header).
 */
function signJws(account, header, payload) {
    const protectedHeader = {
        alg: account.alg,
        nonce: header.nonce,
        url: header.url,
        ...(header.kid === undefined ? { jwk: account.jwk } : { kid: header.kid }),
    };
    const encodedHeader = base64urlJson(protectedHeader);
    const encodedPayload = payload === undefined ? '' : base64urlJson(payload);
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(account.hash, Buffer.from(`${encodedHeader}.${encodedPayload}`), {
        key: account.key,
        // JWS wants r || s, not DER, for ECDSA
        dsaEncoding: 'ieee-p1363',
    }).toString('base64url');
    return { protected: encodedHeader, payload: encodedPayload, signature };
}
/** External account binding (RFC 8555 section 7.3.4): the account's JWK, signed with the CA's HMAC key. */
function externalAccountBinding(eab, newAccountUrl, jwk) {
    const encodedHeader = base64urlJson({ alg: 'HS256', kid: eab.kid, url: newAccountUrl });
    const encodedPayload = base64urlJson(jwk);
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', Buffer.from(eab.hmacKey, 'base64url'))
        .update(`${encodedHeader}.${encodedPayload}`)
        .digest('base64url');
    return { protected: encodedHeader, payload: encodedPayload, signature };
}
function base64urlJson(value) {
    return Buffer.from(JSON.stringify(value)).toString('base64url');
}


/***/ })

};
