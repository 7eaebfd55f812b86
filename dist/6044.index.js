export const id = 6044;
export const ids = [6044];
export const modules = {

/***/ 66044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ describeProblem),
/* harmony export */   C3: () => (/* binding */ retryAfterSeconds),
/* harmony export */   FD: () => (/* binding */ AcmeError),
/* harmony export */   Fo: () => (/* binding */ caLimits),
/* harmony export */   JH: () => (/* binding */ RateLimited),
/* harmony export */   K7: () => (/* binding */ CaClient),
/* harmony export */   O1: () => (/* binding */ describeAnswer),
/* harmony export */   PN: () => (/* binding */ RETRY_AFTER_CAP_SECONDS),
/* harmony export */   TK: () => (/* binding */ CHAIN_MAX_BYTES),
/* harmony export */   Zw: () => (/* binding */ problemOf),
/* harmony export */   u_: () => (/* binding */ CaProblem),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* unused harmony exports CA_LIMITS, RATE_LIMITED */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73329);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28782);
/* harmony import */ var _jws_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32538);
/* harmony import */ var _redirects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22179);
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
/** `rateLimited` (RFC 8555 section 6.7): no new order is worth sending before `retryAt` (the CA's Retry-After). */
class RateLimited extends AcmeError {
    retryAt;
    constructor(message, retryAt) {
        super(message);
        this.retryAt = retryAt;
    }
}
const RETRY_AFTER_CAP_SECONDS = 30;
/**
 * The largest certificate chain read, beside 1 MiB for every other answer of the CA. Its size is the CA's choice
 * (names per certificate, intermediates, a private CA's habits), and it is read after the CA has issued: a cap
 * that cut a real chain short would lose the certificate. A chain is kilobytes; four megabytes still stop one
 * that never ends.
 */
const CHAIN_MAX_BYTES = 4 * 1024 * 1024;
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
    #trace;
    #connections;
    #closing = new AbortController();
    #nonces = [];
    #slots;
    #directory;
    #prefetched;
    #known;
    constructor(directoryUrl, accountKeyPem, options = {}) {
        this.#known = options.directory;
        this.#trace = options.trace ?? false;
        this.#directoryUrl = directoryUrl;
        this.account = (0,_jws_js__WEBPACK_IMPORTED_MODULE_3__/* .accountKey */ .LQ)(accountKeyPem);
        this.#limits = options.limits ?? CA_LIMITS;
        this.#log = options.log ?? (() => { });
        this.#slots = new Slots(this.#limits.maxInFlight);
        this.#connections = (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .connections */ .oQ)({
            connectTimeoutMs: this.#limits.connectTimeoutMs,
            requestTimeoutMs: this.#limits.requestTimeoutMs,
            maxResponseBytes: CHAIN_MAX_BYTES,
        });
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
        const read = () => (0,_redirects_js__WEBPACK_IMPORTED_MODULE_5__/* .followRedirects */ .FE)(this.#directoryUrl, (url) => this.#send('GET', url, undefined, true)).then((answer) => {
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
            // RFC 8555 section 6.4: the URL signed is the one requested, byte for byte, its query string included
            const target = requestTarget(url);
            const sign = async () => {
                const kid = options.jwk ? undefined : this.accountUrl;
                if (kid === undefined && !options.jwk)
                    throw new AcmeError('no ACME account yet to sign with');
                return JSON.stringify((0,_jws_js__WEBPACK_IMPORTED_MODULE_3__/* .signJws */ .GM)(this.account, { url: target, nonce: await this.#nonce(), kid }, payload));
            };
            // POST-as-GET reads; repeating it does no harm
            const idempotent = options.idempotent ?? payload === undefined;
            return await this.#send('POST', target, sign, idempotent, options);
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
    /**
     * The directory and a nonce for the first signed request, fetched ahead (while the run checks its DNS): the
     * account request then goes out at once.
     */
    prefetch() {
        this.#prefetched ??= (async () => {
            await this.directory();
            if (this.#nonces.length === 0)
                await this.#fetchNonce();
        })();
        return this.#prefetched;
    }
    /** The newest nonce of the pool, or a new one when the pool is empty (RFC 8555 section 7.2). */
    async #nonce() {
        // the nonce fetched ahead may still be on its way: it serves, rather than a second newNonce
        if (this.#nonces.length === 0)
            await this.#prefetched?.catch(() => { });
        for (let asked = 0;; asked++) {
            const nonce = this.#nonces.pop();
            if (nonce !== undefined)
                return nonce;
            // a concurrent request may take the one fetched here; it leaves its own answer's nonce instead
            if (asked === this.#limits.transportAttempts)
                throw new AcmeError(`${this.#name}: newNonce gave no nonce`);
            await this.#fetchNonce();
        }
    }
    /** newNonce: its answer's Replay-Nonce joins the pool. */
    async #fetchNonce() {
        this.sent.newNonce++;
        const { newNonce } = await this.directory();
        const answer = await this.#send('HEAD', newNonce, undefined, true);
        if (answer.status >= 400) {
            throw new AcmeError(`${this.#name}: newNonce failed: HTTP ${answer.status}${describeAnswer(answer)}`);
        }
    }
    /**
     * One request with ACME's retry rules: a badNonce is retried with the fresh nonce it carries, a 5xx or a 429
     * that is not a rate limit after Retry-After (capped) or a short growing wait, a failed connection or a missing
     * answer only where repeating is safe; each kind a bounded number of times. A rate limit fails at once.
     */
    async #send(method, url, body, idempotent, reading = {}) {
        let failures = 0;
        let serverRetries = 0;
        let badNonces = 0;
        const path = new URL(url).pathname;
        for (;;) {
            this.#stopIfClosed();
            const text = body === undefined ? undefined : await body();
            let answer;
            try {
                answer = await this.#exchange(method, url, text, reading);
            }
            catch (error) {
                if (!(error instanceof TransportFailure))
                    throw error;
                this.#stopIfClosed();
                failures++;
                const neverSent = _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .CONNECT_ERROR_CODES */ .ZG.has(error.code ?? '');
                // an answer too large comes back as large when asked again
                const final = error.code === _http_transport_js__WEBPACK_IMPORTED_MODULE_2__/* .TOO_LARGE */ .PH || failures >= this.#limits.transportAttempts;
                if ((!neverSent && !idempotent) || final) {
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
    async #exchange(method, url, text, { accept, maxBytes }) {
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
            throttle: (answer) => {
                seen = answer;
                return false;
            },
        });
        this.sent.requests++;
        const started = Date.now();
        let answer;
        try {
            const response = await http.request(method, target.pathname, {
                search: target.search,
                ...(text === undefined ? {} : { text }),
                headers: {
                    ...(text === undefined ? {} : { 'content-type': 'application/jose+json' }),
                    ...(accept === undefined ? {} : { accept }),
                },
                expect: EVERY_STATUS,
                idempotent: false,
                ...(maxBytes === undefined ? {} : { maxBytes }),
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
        if (this.#trace)
            this.#log(`${this.#name}: ${method} ${target.pathname}: HTTP ${answer.status} in ${Date.now() - started} ms`);
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
/** The URL as it goes out: no fragment, and no `?` before an empty query (a request line cannot carry it). */
function requestTarget(url) {
    const target = new URL(url);
    return `${target.origin}${target.pathname}${target.search}`;
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
    const retryAt = seconds > 0 ? new Date(Date.now() + seconds * 1000) : undefined;
    const when = retryAt ? `retry after ${retryAt.toISOString()}` : 'retry later';
    return new RateLimited(`the CA's rate limit was reached (${problem.detail ?? 'no detail'}); ${when}`, retryAt);
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
