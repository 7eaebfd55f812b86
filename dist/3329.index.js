export const id = 3329;
export const ids = [3329];
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
/* harmony export */   p3: () => (/* binding */ IDEMPOTENT_METHODS),
/* harmony export */   yq: () => (/* binding */ parseRateLimitReset)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _send_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42668);
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71517);
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
    /** Set when sending again later may succeed; undefined for a refusal that would only be refused again. */
    transient;
    constructor(init) {
        super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
        this.provider = init.provider;
        this.method = init.method;
        this.path = init.path;
        this.status = init.status;
        this.kind = init.kind;
        this.bodyExcerpt = init.bodyExcerpt;
        this.attempts = init.attempts;
        this.transient = init.transient;
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
    _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .CONNECT_TIMEOUT */ .x0,
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
        // A URL parser drops a "." or ".." segment, and the segment before it (%2e counts as a dot): a name or an id
        // from an answer must never reach a resource other than the one it names.
        if (path.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment)))
            throw new Error(this.redact(`${this.#options.provider}: refusing to send ${method} ${path}: a "." or ".." path segment would reach another resource than the one named`));
        const url = this.#url(path, options.query);
        const shownPath = this.redact(displayPath(url));
        const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method);
        const maxRetries = (0,_send_once_js__WEBPACK_IMPORTED_MODULE_1__/* .insideSendingOnce */ .C)() ? 0 : (this.#options.maxRetries ?? 4);
        const form = options.body === undefined && options.text === undefined ? options.form : undefined;
        const payload = options.body !== undefined
            ? JSON.stringify(options.body)
            : options.text !== undefined
                ? options.text
                : form !== undefined
                    ? formEncoded(form)
                    : undefined;
        const headers = {
            ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(form !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
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
                const asked = this.#askedDelay(outcome.headers, throttle?.waitMs);
                if (retryable && retriesLeft && throttle?.giveUp !== true) {
                    const wait = asked ?? backoff(attempt);
                    this.#log(`${where}: HTTP ${status}${why}, retry ${attempt} of ${maxRetries} in ${formatMs(wait)}`);
                    await this.#sleep(wait);
                    continue;
                }
                let message = `${where} failed${tries}: HTTP ${status}${why}${excerpt ? `: ${excerpt}` : ''}`;
                if ((status === 401 || status === 403) && this.#options.credentialHint) {
                    message += `. Check ${this.#options.credentialHint}: the server ${status === 401 ? 'did not accept it' : 'says it lacks the permission for this'}`;
                }
                const transient = throttle?.giveUp !== true && (throttle !== undefined || status >= 500);
                throw fail(message, {
                    status,
                    bodyExcerpt: excerpt,
                    transient: transient ? { waitMs: asked } : undefined,
                });
            }
            const connectFailure = outcome.type === 'error' && CONNECT_ERROR_CODES.has(outcome.code ?? '');
            const midwayFailure = outcome.type === 'timeout' || (outcome.type === 'error' && MIDWAY_ERROR_CODES.has(outcome.code ?? ''));
            const retryable = connectFailure || (midwayFailure && idempotent);
            const what = outcome.type === 'timeout'
                ? `no complete answer within ${formatMs(this.#timeoutMs)}`
                : `${outcome.code ? `${outcome.code}: ` : ''}${describe(outcome.error)}`;
            if (retryable && retriesLeft) {
                const wait = backoff(attempt);
                this.#log(`${where}: ${what}, retry ${attempt} of ${maxRetries} in ${formatMs(wait)}`);
                await this.#sleep(wait);
                continue;
            }
            throw fail(`${where} at ${this.#origin} failed${tries}: ${what}`, {
                kind: outcome.type === 'timeout' ? 'timeout' : 'network',
                cause: outcome.type === 'error' ? outcome.error : undefined,
                transient: connectFailure || midwayFailure ? { waitMs: undefined } : undefined,
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
            const send = this.#options.send ?? _transport_js__WEBPACK_IMPORTED_MODULE_2__/* .sendShared */ .Am;
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
    /** The hook's wait, else Retry-After or a rate-limit reset when the server sent one (capped); else undefined. */
    #askedDelay(headers, hookWaitMs) {
        const cap = this.#options.maxRetryAfterMs ?? 60_000;
        const first = (value) => (Array.isArray(value) ? value[0] : value);
        // The provider's own word first, then Retry-After, then RateLimit-Reset (DigitalOcean, Hetzner and the
        // IETF RateLimit fields send it on a 429 without Retry-After), then backoff.
        const asked = hookWaitMs !== undefined && Number.isFinite(hookWaitMs)
            ? Math.max(0, Math.round(hookWaitMs))
            : (parseRetryAfter(first(headers['retry-after'])) ??
                nonZero(parseRateLimitReset(headers['ratelimit-reset'])));
        return asked === undefined ? undefined : Math.min(asked, cap);
    }
    #excerpt(text) {
        const flat = this.redact(text).replace(/\s+/g, ' ').trim();
        return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
    }
    #log(message) {
        this.#options.log?.(this.redact(message));
    }
}
/** Exponential backoff before retry `attempt`, half fixed and half random: parallel jobs spread apart. */
function backoff(attempt) {
    const ceiling = Math.min(BACKOFF_START_MS * 2 ** (attempt - 1), BACKOFF_MAX_MS);
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
function formEncoded(fields) {
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(fields))
        if (value !== undefined)
            form.append(name, String(value));
    return form.toString();
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

/***/ 42668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ insideSendingOnce),
/* harmony export */   S: () => (/* binding */ sendingOnce)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
// Requests sent at most once. Inside sendingOnce(work), every request of every HttpClient goes out one time: a
// failure a later attempt could get past (a timeout, a dropped connection, a 5xx, a throttled answer) is thrown
// at once, marked `transient` with the wait the server asked for, and the caller decides what to send next.
// A scope rather than a request option, so that no request inside it can be resent by forgetting the option:
// a whole-set write must never go out again as it was planned (src/providers/read-back.ts says why).

const scope = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs work with every HTTP request made inside it (awaited calls, callbacks, nested helpers) sent once. */
function sendingOnce(work) {
    return scope.run(true, work);
}
/** Whether the request being made now is inside sendingOnce. */
function insideSendingOnce() {
    return scope.getStore() === true;
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
    const agents = {
        'http:': new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(kept),
        'https:': new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(options.ca === undefined ? kept : { ...kept, ca: options.ca }),
    };
    // No connection holds the process open by itself: a request in flight does (`hold` below), an idle or forsaken
    // one does not. Forsaken: through a proxy, a request that times out while its tunnel or TLS handshake hangs
    // leaves a socket Node gives the request no handle on, which would keep a failed run from ending.
    for (const agent of Object.values(agents)) {
        const create = agent.createConnection.bind(agent);
        agent.createConnection = (options, callback) => {
            const socket = create(options, callback);
            socket?.unref();
            return socket;
        };
    }
    /** How to fail each request not yet settled. */
    const inFlight = new Set();
    const send = (request) => new Promise((settleAnswer, settleError) => {
        const hold = setInterval(() => { }, 2 ** 31 - 1);
        const resolve = (answer) => {
            clearInterval(hold);
            settleAnswer(answer);
        };
        const reject = (error) => {
            clearInterval(hold);
            settleError(error);
        };
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


/***/ })

};
