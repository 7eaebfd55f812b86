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
/* harmony import */ var _transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28782);
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
const MIDWAY_ERROR_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET']);
// The wire's own wait for the headers or the next piece of the body ran out: the attempt's timeout, whichever
// of the two came first.
const WIRE_TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
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
        const url = this.#url(path, options.query, options.search);
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
            const outcome = await this.#attempt(method, url, headers, payload, options.maxBytes);
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
    /**
     * A secret learnt after the client was made (a login's session id): from now on it is redacted like the
     * secrets given at construction.
     */
    addSecret(secret) {
        if (!secret)
            return;
        this.#secrets = secretVariants([...this.#secrets, secret]);
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
    #url(path, query, search = '') {
        const url = new URL(this.#base);
        // set as a pathname, never resolved as a reference: a path starting with // must not change the host
        url.pathname = `${this.#base.pathname.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
        url.search = search;
        url.hash = '';
        for (const [key, value] of Object.entries(query ?? {})) {
            if (value !== undefined)
                url.searchParams.append(key, String(value));
        }
        return url;
    }
    async #attempt(method, url, headers, body, maxBytes) {
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
                maxBytes,
            });
            return { type: 'response', ...answer };
        }
        catch (error) {
            const code = errorCode(error);
            if (timedOut || WIRE_TIMEOUT_CODES.has(code ?? ''))
                return { type: 'timeout' };
            return { type: 'error', error, code };
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

/***/ 28782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x0: () => (/* binding */ CONNECT_TIMEOUT),
  PH: () => (/* binding */ TOO_LARGE),
  _O: () => (/* binding */ USER_AGENT),
  oQ: () => (/* binding */ connections),
  Am: () => (/* binding */ sendShared)
});

// UNUSED EXPORTS: CLOSED, IDLE_MS, MAX_ANSWER_BYTES, sendOver

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/http/transport.ts
// The wire under the project's HTTP layer: one request out, one whole answer back, over undici: one Agent with
// keep-alive connections, or an EnvHttpProxyAgent when the environment names a proxy. The retries, the timeout
// of a whole attempt, the Retry-After rules and the redaction stay the project's, in client.ts above this.


/** Sent with every request (RFC 8555 section 6.1 asks ACME clients for one); a caller's own wins. */
const USER_AGENT = `certalias/${package_namespaceObject.rE}`;
/**
 * A connection unused this long is closed rather than kept for the next request. A server or a load balancer
 * drops idle connections after its own time (often silently, behind NAT), and a request sent on one it dropped
 * fails or waits out its timeout; after a propagation wait of seconds, a new connection is the safer one.
 */
const IDLE_MS = 4_000;
/** The code of the error a request fails with when its pool is closed under it. */
const CLOSED = 'CONNECTIONS_CLOSED';
/** The code of the error a connection that did not open in time (TCP, a proxy's tunnel, TLS) fails with. */
const CONNECT_TIMEOUT = 'UND_ERR_CONNECT_TIMEOUT';
/**
 * The largest answer read by default. What an API or a CA sends is kilobytes (a record listing, a token, an
 * order of a hundred names, a directory); a megabyte is hundreds of times that, and an answer that does not end
 * (a broken server, a captive portal, a hostile one) stops there instead of filling the memory of the runner.
 */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** The code of the error an answer larger than its cap fails with; the connection it came on is closed. */
const TOO_LARGE = 'RESPONSE_TOO_LARGE';
/**
 * A pool of keep-alive connections. `connectTimeoutMs` bounds the opening of each new connection (TCP, the
 * proxy's tunnel and the TLS handshake) apart from the request's own timeout: a CA or an API whose address
 * swallows packets is known unreachable in seconds, not at the end of a 30 s request timeout. `requestTimeoutMs`
 * bounds the wait for the headers and between two pieces of the body, under the caller's timeout of a whole
 * attempt.
 *
 * Requests go through the proxy HTTPS_PROXY / HTTP_PROXY name (lower case first), except to the hosts NO_PROXY
 * lists, read from `env` (default: the process's): a self-hosted runner behind a proxy has those set, and every
 * other tool of a workflow (curl, the actions toolkit) honours them. undici does it itself, on every Node.
 */
function connections(options = {}) {
    const idle = options.idleMs ?? IDLE_MS;
    const ceiling = options.maxResponseBytes ?? MAX_ANSWER_BYTES;
    const settings = {
        maxResponseSize: ceiling,
        connectTimeout: options.connectTimeoutMs ?? 10_000,
        headersTimeout: options.requestTimeoutMs ?? 30_000,
        bodyTimeout: options.requestTimeoutMs ?? 30_000,
        // never longer than `idle`, whatever keep-alive time a server announces
        keepAliveTimeout: idle,
        keepAliveMaxTimeout: idle,
    };
    const proxy = proxySettings(options.env ?? process.env);
    // the CA for the server's own TLS: on a direct connection, and inside a proxy's tunnel
    const tls = options.ca === undefined ? {} : { connect: { ca: options.ca }, requestTls: { ca: options.ca } };
    const dispatcher = proxy === undefined
        ? new undici/* Agent */.g6({ ...settings, ...tls })
        : new undici/* EnvHttpProxyAgent */.J2({ ...settings, ...tls, ...proxy });
    const send = sendOver(dispatcher, ceiling);
    let closed = false;
    const closedError = () => Object.assign(new Error('the connections were closed'), { code: CLOSED });
    return {
        // one error for whatever was in flight, on a connection or still waiting for a proxy's tunnel
        send: (request) => send(request).catch((error) => {
            throw closed ? closedError() : error;
        }),
        close() {
            closed = true;
            dispatcher.destroy(closedError()).catch(() => { });
        },
    };
}
/** The proxies the environment names, or undefined when it names none (then a plain Agent does). */
function proxySettings(env) {
    // given explicitly, even when empty: undici would otherwise read the process's environment
    const httpProxy = env.http_proxy ?? env.HTTP_PROXY ?? '';
    const httpsProxy = env.https_proxy ?? env.HTTPS_PROXY ?? '';
    const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
    if (httpProxy === '' && httpsProxy === '')
        return undefined;
    return { httpProxy, httpsProxy, noProxy };
}
/**
 * One request over `dispatcher` (the pool, or a test's MockAgent), its whole answer read as text: at most
 * `request.maxBytes` of it, never more than `ceiling`.
 */
function sendOver(dispatcher, ceiling = MAX_ANSWER_BYTES) {
    return async (request) => {
        const { url } = request;
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error(`unsupported protocol ${url.protocol}`);
        const limit = Math.min(request.maxBytes ?? MAX_ANSWER_BYTES, ceiling);
        let response;
        let text;
        try {
            response = await dispatcher.request({
                origin: url.origin,
                path: `${url.pathname}${url.search}`,
                method: request.method,
                headers: { 'user-agent': USER_AGENT, ...request.headers },
                body: request.body,
                signal: request.signal,
            });
            text = await readAtMost(response, limit);
        }
        catch (error) {
            // undici's own cap, the pool's: the same failure as ours
            throw error instanceof undici/* errors */.sO.ResponseExceededMaxSizeError ? tooLarge(limit) : error;
        }
        // undici frees a connection one turn of the event loop after its answer ended (a server that said keep-alive
        // may still close it); answered after that turn, the caller's next request finds it free instead of opening
        // another
        await new Promise((resolve) => setImmediate(resolve));
        return { status: response.statusCode, headers: response.headers, text };
    };
}
/** The body as text, or TOO_LARGE as soon as it says or shows it is larger than `limit` (the rest unread). */
async function readAtMost(response, limit) {
    if (Number(response.headers['content-length']) > limit) {
        response.body.destroy();
        throw tooLarge(limit);
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        size += chunk.length;
        // leaving the loop destroys the body, and undici the connection it came on
        if (size > limit)
            throw tooLarge(limit);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function tooLarge(limit) {
    const size = limit % (1024 * 1024) === 0 ? `${limit / (1024 * 1024)} MiB` : `${limit} bytes`;
    return Object.assign(new Error(`the answer is larger than ${size}, the most read of one`), {
        code: TOO_LARGE,
    });
}
let shared;
/** The process's one pool, for every client given no `send` of its own. Its idle connections hold nothing open. */
const sendShared = (request) => {
    shared ??= connections();
    return shared.send(request);
};


/***/ })

};
