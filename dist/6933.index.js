export const id = 6933;
export const ids = [6933];
export const modules = {

/***/ 73329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   J5: () => (/* binding */ secretVariants),
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   ZG: () => (/* binding */ CONNECT_ERROR_CODES),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   gm: () => (/* binding */ ProviderHttpError),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   p3: () => (/* binding */ IDEMPOTENT_METHODS)
/* harmony export */ });
/* unused harmony export parseRateLimitReset */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71517);
// The one HTTP layer of providers and stores: bounded retries, Retry-After, timeouts, and errors that never leak a secret.


class ProviderHttpError extends Error {
    name = 'ProviderHttpError';
    provider;
    method;
    /** Path with query values elided and secrets masked. */
    path;
    /** Set when the server answered. */
    status;
    kind;
    /** Start of the response body, secrets masked. */
    bodyExcerpt;
    attempts;
    constructor(init) {
        super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
        this.provider = init.provider;
        this.method = init.method;
        this.path = init.path;
        this.status = init.status;
        this.kind = init.kind;
        this.bodyExcerpt = init.bodyExcerpt;
        this.attempts = init.attempts;
    }
}
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
// Failures before the request reached the server: always safe to repeat.
const CONNECT_ERROR_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    _transport_js__WEBPACK_IMPORTED_MODULE_1__/* .CONNECT_TIMEOUT */ .x0,
]);
// Failures after sending: the server may have acted, so only idempotent requests are repeated.
const MIDWAY_ERROR_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
const BACKOFF_START_MS = 200;
const BACKOFF_MAX_MS = 10_000;
const EXCERPT_CHARS = 300;
class HttpClient {
    #options;
    #base;
    #origin;
    #secrets;
    #sleep;
    constructor(options) {
        this.#options = options;
        this.#base = new URL(options.baseUrl);
        // userinfo in a base URL is a credential: keep it out of every message
        this.#origin = this.#base.origin;
        this.#secrets = secretVariants(options.secrets ?? []);
        this.#sleep = options.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
    }
    async request(method, path, options = {}) {
        const url = this.#url(path, options.query);
        const shownPath = this.redact(displayPath(url));
        const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method);
        const maxRetries = this.#options.maxRetries ?? 4;
        const payload = options.body !== undefined
            ? JSON.stringify(options.body)
            : options.text !== undefined
                ? options.text
                : undefined;
        const headers = {
            ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...lowerCaseKeys(this.#options.headers ?? {}),
            ...lowerCaseKeys(options.headers ?? {}),
        };
        for (let attempt = 1;; attempt++) {
            const outcome = await this.#attempt(method, url, headers, payload);
            const retriesLeft = attempt <= maxRetries;
            const fail = (message, extra) => new ProviderHttpError({
                message: this.redact(message),
                provider: this.#options.provider,
                method,
                path: shownPath,
                kind: 'http',
                attempts: attempt,
                ...extra,
            });
            const where = `${this.#options.provider}: ${method} ${shownPath}`;
            const tries = attempt > 1 ? ` after ${attempt} attempts` : '';
            if (outcome.type === 'response') {
                const { status, text } = outcome;
                const answered = (status >= 200 && status < 300) || options.expect?.includes(status) === true;
                const throttle = this.#throttled(outcome, attempt, answered);
                if (answered && throttle === undefined) {
                    return { status, body: parseBody(text, outcome.headers), headers: outcome.headers };
                }
                const retryable = throttle !== undefined || status === 503 || (status >= 500 && idempotent);
                const excerpt = this.#excerpt(text);
                const why = throttle?.reason ? `, ${throttle.reason}` : '';
                if (retryable && retriesLeft && throttle?.giveUp !== true) {
                    const wait = this.#retryDelay(outcome.headers, attempt, throttle?.waitMs);
                    this.#log(`${where}: HTTP ${status}${why}, retry ${attempt} of ${maxRetries} in ${formatMs(wait)}`);
                    await this.#sleep(wait);
                    continue;
                }
                let message = `${where} failed${tries}: HTTP ${status}${why}${excerpt ? `: ${excerpt}` : ''}`;
                if ((status === 401 || status === 403) && this.#options.credentialHint) {
                    message += `. Check ${this.#options.credentialHint}: the server ${status === 401 ? 'did not accept it' : 'says it lacks the permission for this'}`;
                }
                throw fail(message, { status, bodyExcerpt: excerpt });
            }
            const connectFailure = outcome.type === 'error' && CONNECT_ERROR_CODES.has(outcome.code ?? '');
            const midwayFailure = outcome.type === 'timeout' || (outcome.type === 'error' && MIDWAY_ERROR_CODES.has(outcome.code ?? ''));
            const retryable = connectFailure || (midwayFailure && idempotent);
            const what = outcome.type === 'timeout'
                ? `no complete answer within ${formatMs(this.#timeoutMs)}`
                : `${outcome.code ? `${outcome.code}: ` : ''}${describe(outcome.error)}`;
            if (retryable && retriesLeft) {
                const wait = this.#retryDelay(undefined, attempt);
                this.#log(`${where}: ${what}, retry ${attempt} of ${maxRetries} in ${formatMs(wait)}`);
                await this.#sleep(wait);
                continue;
            }
            throw fail(`${where} at ${this.#origin} failed${tries}: ${what}`, {
                kind: outcome.type === 'timeout' ? 'timeout' : 'network',
                cause: outcome.type === 'error' ? outcome.error : undefined,
            });
        }
    }
    /** Replace every secret of this client with ***. */
    redact(text) {
        let out = text;
        for (const secret of this.#secrets)
            out = out.split(secret).join('***');
        return out;
    }
    get #timeoutMs() {
        return this.#options.timeoutMs ?? 30_000;
    }
    #url(path, query) {
        const url = new URL(this.#base);
        // set as a pathname, never resolved as a reference: a path starting with // must not change the host
        url.pathname = `${this.#base.pathname.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
        url.search = '';
        url.hash = '';
        for (const [key, value] of Object.entries(query ?? {})) {
            if (value !== undefined)
                url.searchParams.append(key, String(value));
        }
        return url;
    }
    async #attempt(method, url, headers, body) {
        // signed per attempt: a signature covers the time; a signing failure is a bug to surface, not to retry
        const signed = this.#options.signRequest
            ? lowerCaseKeys(await this.#options.signRequest({ method, url, headers: { ...headers }, body }))
            : {};
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, this.#timeoutMs);
        try {
            const send = this.#options.send ?? _transport_js__WEBPACK_IMPORTED_MODULE_1__/* .sendShared */ .Am;
            const answer = await send({
                method,
                url,
                headers: { ...headers, ...signed },
                body,
                signal: controller.signal,
            });
            return { type: 'response', ...answer };
        }
        catch (error) {
            if (timedOut)
                return { type: 'timeout' };
            return { type: 'error', error, code: errorCode(error) };
        }
        finally {
            clearTimeout(timer);
        }
    }
    /**
     * Whether an answer is throttled, and how: the provider's hook first (it sees every answer), then 429 and
     * the older isThrottled for answers that are not answers to return. Undefined: not throttled.
     */
    #throttled(outcome, attempt, answered) {
        const { status, text, headers } = outcome;
        const verdict = this.#options.throttle?.({ status, body: text, headers, attempt }) ?? false;
        if (verdict !== false)
            return verdict === true ? {} : verdict;
        if (status === 429)
            return {};
        if (!answered && (this.#options.isThrottled?.(status, text) ?? false))
            return {};
        return undefined;
    }
    /** The hook's wait, else Retry-After when the server sent one (both capped), else exponential backoff with jitter. */
    #retryDelay(headers, attempt, hookWaitMs) {
        const cap = this.#options.maxRetryAfterMs ?? 60_000;
        const first = (value) => (Array.isArray(value) ? value[0] : value);
        // The provider's own word first, then Retry-After, then RateLimit-Reset (DigitalOcean, Hetzner and the
        // IETF RateLimit fields send it on a 429 without Retry-After), then backoff.
        const asked = hookWaitMs !== undefined && Number.isFinite(hookWaitMs)
            ? Math.max(0, Math.round(hookWaitMs))
            : (parseRetryAfter(first(headers?.['retry-after'])) ??
                nonZero(parseRateLimitReset(headers?.['ratelimit-reset'])));
        if (asked !== undefined)
            return Math.min(asked, cap);
        const ceiling = Math.min(BACKOFF_START_MS * 2 ** (attempt - 1), BACKOFF_MAX_MS);
        // half fixed, half random: spreads parallel jobs apart without ever retrying at once
        return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
    }
    #excerpt(text) {
        const flat = this.redact(text).replace(/\s+/g, ' ').trim();
        return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
    }
    #log(message) {
        this.#options.log?.(this.redact(message));
    }
}
/** Milliseconds to wait from a Retry-After value: delta-seconds or an HTTP date. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * Milliseconds to wait from a rate-limit reset header (DigitalOcean's ratelimit-reset, Hetzner's
 * RateLimit-Reset): epoch seconds; a small number is taken as seconds from now, as in the IETF draft.
 * Undefined when absent or unreadable.
 */
function parseRateLimitReset(value, now = Date.now()) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first === undefined || !/^\d+(\.\d+)?$/.test(first.trim()))
        return undefined;
    const seconds = Number(first.trim());
    // before 2001-09-09 as an epoch: a delta, not a moment
    if (seconds < 1e9)
        return Math.round(seconds * 1000);
    return Math.max(0, Math.round(seconds * 1000 - now));
}
/** A reset that is already due says nothing: back off instead of hammering. */
function nonZero(ms) {
    return ms === undefined || ms === 0 ? undefined : ms;
}
/** The path with query values elided: they may hold names, tokens or values nobody asked to see. */
function displayPath(url) {
    const keys = [...url.searchParams.keys()];
    return keys.length === 0 ? url.pathname : `${url.pathname}?${keys.map((key) => `${key}=…`).join('&')}`;
}
/** A secret can reach a message raw, URL-encoded (in a path) or JSON-escaped (in a body echo). */
function secretVariants(secrets) {
    const variants = new Set();
    for (const secret of secrets) {
        if (!secret)
            continue;
        variants.add(secret);
        variants.add(encodeURIComponent(secret));
        variants.add(JSON.stringify(secret).slice(1, -1));
    }
    // longest first, so a secret containing another is replaced whole
    return [...variants].sort((a, b) => b.length - a.length);
}
function parseBody(text, headers) {
    if (text === '')
        return undefined;
    const type = String(headers['content-type'] ?? '');
    if (/\bjson\b/i.test(type)) {
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    return text;
}
function lowerCaseKeys(headers) {
    return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}
function errorCode(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const code = error.code;
    if (typeof code === 'string')
        return code;
    // a wrapped socket error (a fetch's, a test transport's) carries its code in the cause
    const cause = error.cause;
    return cause === undefined ? undefined : errorCode(cause);
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
function formatMs(ms) {
    return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}


/***/ }),

/***/ 71517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ sendShared),
/* harmony export */   oQ: () => (/* binding */ connections),
/* harmony export */   x0: () => (/* binding */ CONNECT_TIMEOUT)
/* harmony export */ });
/* unused harmony exports IDLE_MS, CLOSED */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
// The wire under the project's HTTP layer: one request out, one whole answer back, over Node's own http and
// https modules with keep-alive connections.
//
// Why Node's modules and not undici (the design card's HTTP library): undici is 1.6 MB of JavaScript that every
// run compiling it pays for before its first request, about 60 ms, a fifth of a whole one-name issuance; Node's
// http and https are part of the runtime, ready at once. Everything undici did for us here is small: a
// connection timeout (below), keep-alive pools (the modules' Agent), and reading the body. The retries, the
// timeouts of a whole request, the Retry-After rules and the redaction stay in client.ts, above this.


/**
 * A connection unused this long is closed rather than kept for the next request. A server or a load balancer
 * drops idle connections after its own time (often silently, behind NAT), and a request sent on one it dropped
 * fails or waits out its timeout; after a propagation wait of seconds, a new connection is the safer one. Four
 * seconds is what undici, the library this layer replaced, kept them for.
 */
const IDLE_MS = 4_000;
/** The code of the error a request fails with when its pool is closed under it. */
const CLOSED = 'CONNECTIONS_CLOSED';
/** The code of the error a connection that did not open in time fails with. */
const CONNECT_TIMEOUT = 'CONNECT_TIMEOUT';
/**
 * A pool of keep-alive connections. `connectTimeoutMs` bounds the opening of each new connection (TCP and, for
 * https, the TLS handshake) apart from the request's own timeout: a CA or an API whose address swallows packets
 * is known unreachable in seconds, not at the end of a 30 s request timeout.
 *
 * Requests go through the proxy HTTPS_PROXY / HTTP_PROXY name (lower case first), except to the hosts NO_PROXY
 * lists: Node's own proxy support, read from `env` (default: the process's). A self-hosted runner behind a proxy
 * has those set, and every other tool of a workflow (curl, the actions toolkit) honours them.
 */
function connections(options = {}) {
    const proxyEnv = { ...(options.env ?? process.env) };
    // `timeout` closes a connection left unused that long (an answer slower than that is not cut off)
    const kept = { keepAlive: true, timeout: options.idleMs ?? IDLE_MS, proxyEnv };
    const agents = { 'http:': new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(kept), 'https:': new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(kept) };
    /** How to fail each request not yet settled. */
    const inFlight = new Set();
    const send = (request) => new Promise((resolve, reject) => {
        const { url } = request;
        const secure = url.protocol === 'https:';
        if (!secure && url.protocol !== 'http:') {
            reject(new Error(`unsupported protocol ${url.protocol}`));
            return;
        }
        const headers = { ...request.headers };
        // a fixed length, never chunked: some APIs refuse chunked bodies, and an empty POST says so
        if (request.body !== undefined)
            headers['content-length'] = String(Buffer.byteLength(request.body));
        else if (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH')
            headers['content-length'] = '0';
        const outgoing = (secure ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default())).request(url, {
            method: request.method,
            headers,
            agent: agents[url.protocol],
        });
        outgoing.on('error', reject);
        // A request given no socket yet ignores destroy() (through a proxy, the socket comes only once the tunnel
        // and the TLS handshake are done), so a timeout or an abort settles the promise here, not through 'error'.
        const fail = (error) => {
            reject(error);
            outgoing.destroy(error);
        };
        const abort = () => fail(Object.assign(new Error('the request was aborted'), { name: 'AbortError', code: 'ABORT_ERR' }));
        if (request.signal.aborted)
            abort();
        else
            request.signal.addEventListener('abort', abort, { once: true });
        inFlight.add(fail);
        outgoing.on('close', () => {
            request.signal.removeEventListener('abort', abort);
            inFlight.delete(fail);
        });
        // The connection is open once the request has gone out whole: 'finish' comes after TCP and TLS (a socket
        // holds writes until then), through a proxy's tunnel too, and at once on a kept connection.
        const timer = options.connectTimeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                const message = `no connection to ${url.host} within ${options.connectTimeoutMs} ms`;
                fail(Object.assign(new Error(message), { code: CONNECT_TIMEOUT }));
            }, options.connectTimeoutMs);
        const opened = () => clearTimeout(timer);
        outgoing.on('finish', opened);
        outgoing.on('response', opened);
        outgoing.on('close', opened);
        outgoing.on('response', (incoming) => {
            incoming.setEncoding('utf8');
            let text = '';
            incoming.on('data', (chunk) => {
                text += chunk;
            });
            incoming.on('error', reject);
            incoming.on('end', () => {
                resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text });
            });
        });
        outgoing.end(request.body);
    });
    return {
        send,
        close() {
            // the requests still waiting for a socket (on a proxy's tunnel) are not the agents' to stop
            for (const fail of inFlight)
                fail(Object.assign(new Error('the connections were closed'), { code: CLOSED }));
            agents['http:'].destroy();
            agents['https:'].destroy();
        },
    };
}
let shared;
/**
 * The process's one pool, for every client given no `send` of its own; connections open within 10 s. Its idle
 * connections never hold the process open.
 */
const sendShared = (request) => {
    shared ??= connections({ connectTimeoutMs: 10_000 });
    return shared.send(request);
};


/***/ }),

/***/ 96434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ fetchOidcToken),
/* harmony export */   yD: () => (/* binding */ OIDC_TOKEN_ENV)
/* harmony export */ });
/* unused harmony export OIDC_URL_ENV */
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73329);
// The workflow's OIDC token (GitHub Actions id-token), which clouds and Vault trade for short-lived credentials.

/** Where GitHub Actions puts the id-token endpoint when the job has `permissions: id-token: write`. */
const OIDC_URL_ENV = 'ACTIONS_ID_TOKEN_REQUEST_URL';
const OIDC_TOKEN_ENV = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
/**
 * Fetch the workflow's OIDC token for one audience. The request URL comes from the environment as the
 * runner gives it (tests point it at their harness); its own query (api-version) is kept.
 */
async function fetchOidcToken(request) {
    const requestUrl = request.env[OIDC_URL_ENV]?.trim();
    const requestToken = request.env[OIDC_TOKEN_ENV]?.trim();
    if (!requestUrl || !requestToken) {
        throw new Error(`${request.provider}: ${request.requestedBy ? `\`${request.requestedBy}\` logs in with ` : ''}the workflow's OIDC ` +
            `token, which is not available (${OIDC_URL_ENV} and ${OIDC_TOKEN_ENV} are unset): give the job ` +
            '`permissions: id-token: write` (pull requests from forks never get one), or use static credentials');
    }
    request.mask(requestToken);
    const url = new URL(requestUrl);
    const query = Object.fromEntries(url.searchParams);
    if (request.audience)
        query.audience = request.audience;
    url.search = '';
    url.hash = '';
    const http = new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
        ...request.transport,
        provider: request.provider,
        baseUrl: url.origin,
        headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
        secrets: [requestToken],
        credentialHint: `${OIDC_TOKEN_ENV} (the job needs \`permissions: id-token: write\`)`,
        ...(request.log ? { log: request.log } : {}),
    });
    const { body } = await http.request('GET', url.pathname, { query });
    const token = typeof body === 'object' && body !== null ? body.value : undefined;
    if (typeof token !== 'string' || token === '') {
        throw new Error(`${request.provider}: the OIDC token endpoint answered without a token (no "value")`);
    }
    request.mask(token);
    return token;
}


/***/ }),

/***/ 16933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCurrentVault: () => (/* binding */ readCurrentVault),
/* harmony export */   readStoredCertificate: () => (/* binding */ readStoredCertificate),
/* harmony export */   readVaultOptions: () => (/* reexport safe */ _options_js__WEBPACK_IMPORTED_MODULE_2__.RH),
/* harmony export */   removeVaultEntry: () => (/* binding */ removeVaultEntry),
/* harmony export */   vaultStore: () => (/* binding */ vaultStore)
/* harmony export */ });
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82237);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73329);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96434);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69327);
// The `vault` destination: the certificate set in a KV v2 secret, written with check-and-set so that a newer
// certificate stored meanwhile (another run, another job) is never replaced by an older one.





const ID = 'vault';
/** Reads and writes after the first, when another writer keeps winning the check-and-set race. */
const CAS_RETRIES = 4;
/** Vault's limit for one custom metadata value. */
const METADATA_VALUE_BYTES = 512;
const vaultStore = {
    ..._options_js__WEBPACK_IMPORTED_MODULE_2__/* .vaultDeclaration */ .TD,
    create: (options, context) => new VaultStore(options, context),
    readCurrent: readCurrentVault,
    remove: removeVaultEntry,
};
/** mode: revoke: delete the entry's metadata, which removes every version (KV v2), the kept account key with them. */
async function removeVaultEntry(options, context) {
    const session = await VaultSession.open(options, context);
    const current = await session.read();
    if (current.version === 0)
        return undefined;
    await session.destroyAll();
    return `${session.describe()}: every version removed`;
}
/** The certificate facts stored at the path, or undefined when there is none (no entry, deleted, not a certificate). */
async function readStoredCertificate(options, context) {
    const session = await VaultSession.open(options, context);
    const current = await session.read();
    return current.certificate;
}
/**
 * The certificate set of the latest version: leaf, chain, private key and the ACME account key kept with them.
 * Undefined when nothing is stored, the latest version is deleted, or it is not a certalias certificate.
 */
async function readCurrentVault(options, context) {
    const session = await VaultSession.open(options, context);
    const { data, certificate: stored } = await session.read();
    const certificate = data?.certificate;
    if (!stored || typeof certificate !== 'string' || !certificate.includes('-----BEGIN CERTIFICATE-----')) {
        return undefined;
    }
    const privateKey = secretField(data, 'private_key', context);
    const accountKey = secretField(data, 'account_key', context);
    return {
        certificate,
        ...(typeof data?.chain === 'string' && data.chain !== '' ? { chain: data.chain } : {}),
        ...(privateKey !== undefined ? { privateKey } : {}),
        ...(accountKey !== undefined ? { accountKey } : {}),
        source: `${session.describe()} (version ${stored.version})`,
    };
}
/** A PEM secret of the entry, masked (whole and line by line, as the log shows PEMs) before anything may print it. */
function secretField(data, field, context) {
    const value = data?.[field];
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    (0,_host_js__WEBPACK_IMPORTED_MODULE_3__/* .maskPem */ .r)(context.host, value);
    return value;
}
class VaultStore {
    id = ID;
    #options;
    #context;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
        if (options.auth.method === 'token')
            context.host.mask(options.auth.token);
    }
    async deliver(bundle) {
        const host = this.#context.host;
        const session = await VaultSession.open(this.#options, this.#context);
        const where = session.describe();
        const ours = Date.parse(bundle.notAfter);
        if (Number.isNaN(ours))
            throw new Error(`${ID}: the certificate's not_after "${bundle.notAfter}" is not a date`);
        for (let attempt = 0;; attempt++) {
            const current = await session.read();
            const stored = current.certificate;
            if (stored && Date.parse(stored.notAfter) > ours) {
                const message = `${where} already holds a newer certificate (serial ${stored.serial}, valid until ${stored.notAfter}) than ` +
                    `this one (serial ${bundle.serial}, valid until ${bundle.notAfter}): left it alone`;
                host.warning(`${ID}: ${message}`);
                return { destination: `${where}: not written, ${message}` };
            }
            if (stored && stored.serial === bundle.serial) {
                host.info(`${ID}: ${where} already holds this certificate (serial ${bundle.serial}), version ${stored.version}`);
                return { destination: `${where} (version ${stored.version}, already there)` };
            }
            if (current.exists && !stored) {
                host.warning(`${ID}: ${where} holds data that is not a certalias certificate; writing a new version over it`);
            }
            const written = await session.write(current.version, bundle);
            if (written === 'cas-mismatch') {
                if (attempt >= CAS_RETRIES) {
                    throw new Error(`${ID}: ${where} kept changing while writing (check-and-set failed ${attempt + 1} times); nothing was ` +
                        'overwritten. Another job writes the same path: serialize them (workflow `concurrency:`) and run again');
                }
                host.info(`${ID}: ${where} changed since it was read (check-and-set); reading it again`);
                continue;
            }
            await session.writeMetadata(bundle);
            host.info(`${ID}: wrote ${where}, version ${written}`);
            return { destination: `${where} (version ${written})` };
        }
    }
}
/** One login and the KV v2 calls under it. */
class VaultSession {
    #options;
    #client;
    #credential;
    constructor(options, client, credential) {
        this.#options = options;
        this.#client = client;
        this.#credential = credential;
    }
    static async open(options, context) {
        const namespace = options.namespace
            ? { 'x-vault-namespace': options.namespace }
            : {};
        const base = {
            provider: ID,
            baseUrl: `${options.address}/v1`,
            log: (message) => context.host.info(message),
            // Performance standbys answer 412 until they have caught up: worth another try.
            isThrottled: (status) => status === 412,
            ...context.transport,
        };
        let token;
        let credential;
        if (options.auth.method === 'token') {
            token = options.auth.token;
            credential = 'vault_token';
            context.host.mask(token);
        }
        else {
            const { role, authPath, audience } = options.auth;
            credential = 'vault_role';
            const jwt = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchOidcToken */ .Dw)({
                audience,
                env: context.env,
                transport: context.transport,
                provider: ID,
                requestedBy: 'vault_role',
                mask: (secret) => context.host.mask(secret),
                log: (message) => context.host.info(message),
            });
            const login = new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
                ...base,
                headers: namespace,
                secrets: [jwt],
            });
            let response;
            try {
                response = await login.request('POST', `/auth/${segments(authPath)}/login`, { body: { role, jwt } });
            }
            catch (error) {
                if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderHttpError */ .gm && error.status !== undefined && error.status < 500) {
                    throw new Error(`${error.message}. The OIDC login with \`vault_role\` "${role}" at auth/${authPath} was refused: check ` +
                        `that the role exists on that JWT auth mount (\`vault_auth_path\`), that its bound_audiences contain ` +
                        `the token's audience (${audience ?? 'https://github.com/<owner>, GitHub default'}; \`vault_audience\` ` +
                        'changes it) and that its bound_claims / bound_subject match this workflow (repository, ref, environment)', { cause: error });
                }
                throw error;
            }
            const clientToken = response.body?.auth?.client_token;
            if (typeof clientToken !== 'string' || clientToken === '') {
                throw new Error(`${ID}: the login with vault_role "${role}" at auth/${authPath} returned no client_token`);
            }
            context.host.mask(clientToken);
            token = clientToken;
        }
        const client = new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
            ...base,
            headers: { ...namespace, 'x-vault-token': token },
            secrets: [token],
        });
        return new VaultSession(options, client, credential);
    }
    describe() {
        const { address, mount, path, namespace } = this.#options;
        return `Vault ${address}${namespace ? ` (namespace ${namespace})` : ''} ${mount}/data/${path}`;
    }
    async read() {
        const response = await this.#call('read', () => this.#client.request('GET', this.#dataPath(), { expect: [404] }));
        const metadata = response.body?.data?.metadata;
        const version = typeof metadata?.version === 'number' ? metadata.version : 0;
        if (response.status === 404) {
            const errors = response.body?.errors;
            if (Array.isArray(errors) && errors.some((e) => /no handler for route/i.test(String(e)))) {
                throw new Error(`${ID}: ${this.describe()}: Vault has no KV engine mounted at \`vault_mount\` "${this.#options.mount}" ` +
                    '(no handler for route): mount a KV version 2 engine there or name the right mount');
            }
            // A deleted or destroyed latest version still has a number, and check-and-set must name it.
            return { version, exists: false, data: undefined, certificate: undefined };
        }
        const data = response.body?.data?.data ?? undefined;
        return {
            version,
            exists: data !== undefined,
            data,
            certificate: data ? parseStored(data, version) : undefined,
        };
    }
    /** The new version, or 'cas-mismatch' when the entry is no longer at `cas`. */
    async write(cas, bundle) {
        const data = {
            certificate: bundle.certificate,
            chain: bundle.chain,
            fullchain: bundle.fullchain,
            private_key: bundle.privateKey,
            not_after: bundle.notAfter,
            serial: bundle.serial,
            names: bundle.names.join(','),
            // The account key certalias keeps (made now, or read back from here): every version holds it, so a renewal
            // that reuses the account does not lose it.
            ...(bundle.account ? { account_key: bundle.account.key } : {}),
        };
        const response = await this.#call('write', () => this.#client.request('POST', this.#dataPath(), {
            body: { options: { cas }, data },
            expect: [400],
            // the check-and-set makes a repeat harmless: a second write of the same request finds another version
            idempotent: true,
        }));
        if (response.status === 400) {
            const errors = Array.isArray(response.body?.errors) ? response.body.errors.map(String) : [];
            if (errors.some((e) => /check-and-set parameter/i.test(e)))
                return 'cas-mismatch';
            throw new Error(this.#client.redact(`${ID}: POST ${this.describe()} failed: HTTP 400: ${errors.join('; ') || 'bad request'}`));
        }
        const version = response.body?.data?.version;
        if (typeof version !== 'number') {
            throw new Error(`${ID}: ${this.describe()}: the write returned no version: \`vault_mount\` "${this.#options.mount}" looks ` +
                'like a KV version 1 engine; certalias writes KV version 2 (versions and check-and-set)');
        }
        return version;
    }
    /** DELETE on the metadata path: every version and the metadata go, for good. */
    async destroyAll() {
        await this.#call('delete', () => this.#client.request('DELETE', this.#metadataPath()));
    }
    #metadataPath() {
        return `/${segments(this.#options.mount)}/metadata/${segments(this.#options.path)}`;
    }
    async writeMetadata(bundle) {
        const custom_metadata = {
            not_after: bundle.notAfter,
            serial: bundle.serial,
            names: fitMetadataValue(bundle.names),
        };
        await this.#call('write the metadata of', () => this.#client.request('POST', `/${segments(this.#options.mount)}/metadata/${segments(this.#options.path)}`, {
            body: { custom_metadata },
        }));
    }
    #dataPath() {
        return `/${segments(this.#options.mount)}/data/${segments(this.#options.path)}`;
    }
    /** A 401/403 becomes an error that names the credential input and the policy it needs; never a secret. */
    async #call(what, run) {
        try {
            return await run();
        }
        catch (error) {
            if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderHttpError */ .gm && (error.status === 401 || error.status === 403)) {
                const { mount, path } = this.#options;
                const who = this.#credential === 'vault_token'
                    ? 'the token in `vault_token`'
                    : `the token of \`vault_role\` "${this.#options.auth.role}"`;
                throw new Error(`${error.message}. Could not ${what} ${this.describe()}: ${who} needs a policy with ` +
                    `["create", "read", "update"] on "${mount}/data/${path}" and ["create", "update"${what === 'delete' ? ', "delete"' : ''}] on ` +
                    `"${mount}/metadata/${path}"${this.#options.namespace ? ` in namespace ${this.#options.namespace}` : ''}`, { cause: error });
            }
            throw error;
        }
    }
}
function parseStored(data, version) {
    const { not_after: notAfter, serial, names } = data;
    if (typeof notAfter !== 'string' || Number.isNaN(Date.parse(notAfter)) || typeof serial !== 'string') {
        return undefined;
    }
    const list = typeof names === 'string'
        ? names.split(',').filter(Boolean)
        : Array.isArray(names)
            ? names.map(String)
            : [];
    return { notAfter, serial, names: list, version };
}
/** Names joined by commas, cut to Vault's 512-byte limit with a count of those left out. */
function fitMetadataValue(names) {
    const all = names.join(',');
    if (Buffer.byteLength(all) <= METADATA_VALUE_BYTES)
        return all;
    for (let count = names.length - 1; count > 0; count--) {
        const value = `${names.slice(0, count).join(',')},(+${names.length - count} more)`;
        if (Buffer.byteLength(value) <= METADATA_VALUE_BYTES)
            return value;
    }
    return `(${names.length} names)`;
}
function segments(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}


/***/ })

};
