export const id = 8133;
export const ids = [8133,4813,514];
export const modules = {

/***/ 59383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ actionsHost)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74813);

const masked = new Set();
const actionsHost = {
    info: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__.info(message),
    warning: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__.warning(message),
    debug: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_0__.debug(message),
    mask: (secret) => {
        // the provider and the pipeline may both register one secret: tell the runner once
        if (masked.has(secret) || secret.trim() === '')
            return;
        masked.add(secret);
        _runner_js__WEBPACK_IMPORTED_MODULE_0__.setSecret(secret);
    },
    setOutput: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value),
    saveState: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_0__.saveState(name, value),
    getState: (name) => _runner_js__WEBPACK_IMPORTED_MODULE_0__.getState(name),
    // outside a runner there is no summary file; that is no reason to fail
    summary: async (markdown) => _runner_js__WEBPACK_IMPORTED_MODULE_0__.appendSummary(markdown),
};


/***/ }),

/***/ 68133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiBaseUrl: () => (/* binding */ apiBaseUrl),
/* harmony export */   githubApi: () => (/* binding */ githubApi)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85555);
/* harmony import */ var _actions_host_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59383);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73329);
// The adapter behind StoreContext.github: one Octokit from @actions/github for the server this job runs on, with a
// timeout on every request and bounded retries that honour Retry-After. The core only sees the GithubApi interface.





const API_VERSION = '2022-11-28';
const OCTOKIT_DEFAULT_ACCEPT = 'application/vnd.github.v3+json';
const USER_AGENT = 'certalias';
// GitHub asks to wait at least a minute after a secondary rate limit that names no time.
const UNTIMED_THROTTLE_WAIT_MS = 60_000;
/** An Octokit for GitHub's REST API, authenticated with `token`, at GITHUB_API_URL (GitHub Enterprise included). */
async function githubApi(token, env, settings = {}) {
    const log = settings.log ?? ((message) => _actions_host_js__WEBPACK_IMPORTED_MODULE_3__/* .actionsHost */ .q.info(message));
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: apiBaseUrl(env),
        userAgent: USER_AGENT,
        // Replaces @actions/github's request defaults: its proxy-aware fetch is kept underneath.
        request: {
            fetch: boundedFetch((settings.fetch ?? _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .defaults */ .NT.request?.fetch ?? fetch), settings, log),
        },
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
    });
    octokit.hook.before('request', (options) => {
        // GitHub's documented media type and a pinned API version, unless a call asks for others.
        if (options.headers.accept === OCTOKIT_DEFAULT_ACCEPT)
            options.headers.accept = 'application/vnd.github+json';
        const headers = options.headers;
        headers['x-github-api-version'] ??= API_VERSION;
    });
    const secrets = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .secretVariants */ .J5)([token]);
    return {
        request: async (route, parameters) => {
            try {
                const response = await octokit.request(route, parameters);
                return { status: response.status, data: response.data, headers: response.headers };
            }
            catch (error) {
                throw redactRequestError(error, secrets);
            }
        },
    };
}
/** GITHUB_API_URL without trailing slashes, https://api.github.com when unset. */
function apiBaseUrl(env) {
    const input = env.GITHUB_API_URL?.trim() || 'https://api.github.com';
    let url;
    try {
        url = new URL(input);
    }
    catch {
        throw new Error(`GITHUB_API_URL "${input}" is not a URL (e.g. https://api.github.com)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`GITHUB_API_URL "${input}" is not an http(s) URL`);
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
/** A fetch whose every attempt ends within the timeout, retried a bounded number of times when that is safe. */
function boundedFetch(base, settings, log) {
    const timeoutMs = settings.timeoutMs ?? 30_000;
    const retries = settings.retries ?? 3;
    const maxWaitMs = settings.maxWaitMs ?? 60_000;
    const sleep = settings.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
    return async (input, init) => {
        const method = (init?.method ?? 'GET').toUpperCase();
        const url = requestUrl(input);
        const where = `github: ${method} ${url?.pathname ?? '(request)'}`;
        // a streamed body cannot be sent twice
        const replayable = init?.body === undefined || init.body === null || typeof init.body === 'string';
        for (let attempt = 1;; attempt++) {
            const outcome = await attemptOnce(base, input, init, timeoutMs);
            const wait = replayable && attempt <= retries ? retryWait(outcome, method, attempt) : undefined;
            if (wait === undefined || wait > maxWaitMs) {
                if ('response' in outcome)
                    return outcome.response;
                if (outcome.timedOut) {
                    // the caller names the request; the origin says which server did not answer
                    const message = `no complete answer from ${url?.origin ?? 'GitHub'} within ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMs */ ._V)(timeoutMs)}`;
                    throw new Error(message, { cause: outcome.error });
                }
                throw outcome.error;
            }
            const what = 'response' in outcome
                ? `HTTP ${outcome.response.status}`
                : outcome.timedOut
                    ? `no complete answer within ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMs */ ._V)(timeoutMs)}`
                    : (0,_http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .CA)(outcome.error) || 'network error';
            log(`${where}: ${what}, retry ${attempt} of ${retries} in ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .formatMs */ ._V)(wait)}`);
            await sleep(wait);
        }
    };
}
/**
 * One request, its body read in full under the same timeout: a stalled body would otherwise hang, and Octokit
 * takes a body cut short for an empty one.
 */
async function attemptOnce(base, input, init, timeoutMs) {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
        const response = await base(input, { ...init, signal });
        const body = await response.arrayBuffer();
        const nullBody = [101, 204, 205, 304].includes(response.status);
        const copy = new Response(nullBody ? null : body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
        Object.defineProperty(copy, 'url', { value: response.url });
        return { response: copy };
    }
    catch (error) {
        // the caller's own abort is no failure to retry
        if (init?.signal?.aborted)
            throw error;
        return { error, timedOut: timeout.aborted };
    }
}
/** Milliseconds to wait before the next attempt, or undefined when this outcome is final. */
function retryWait(outcome, method, attempt) {
    const idempotent = _http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .IDEMPOTENT_METHODS */ .p3.has(method);
    if (!('response' in outcome)) {
        const connectFailure = _http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .CONNECT_ERROR_CODES */ .ZG.has((0,_http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .CA)(outcome.error) ?? '');
        return connectFailure || idempotent ? backoff(attempt) : undefined;
    }
    const { status, headers } = outcome.response;
    const retryAfter = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRetryAfter */ .mu)(headers.get('retry-after') ?? undefined);
    // GitHub's rate limits: 429, or 403 with Retry-After (secondary) or no requests left (primary).
    const rateLimited = status === 429 ||
        (status === 403 && (retryAfter !== undefined || headers.get('x-ratelimit-remaining') === '0'));
    if (rateLimited)
        return retryAfter ?? untilReset(headers.get('x-ratelimit-reset')) ?? UNTIMED_THROTTLE_WAIT_MS;
    // 503: the server did not act; other 5xx: it may have, so only a harmless repeat is sent
    if (status === 503 || (status >= 500 && idempotent))
        return retryAfter ?? backoff(attempt);
    return undefined;
}
/** Milliseconds until an x-ratelimit-reset moment (epoch seconds), undefined when absent. */
function untilReset(value) {
    if (value === null || !/^\d+$/.test(value.trim()))
        return undefined;
    return Math.max(0, Number(value.trim()) * 1000 - Date.now());
}
/** 1 s, 2 s, 4 s…, half fixed and half random so parallel jobs spread apart. */
function backoff(attempt) {
    const ceiling = Math.min(1000 * 2 ** (attempt - 1), 10_000);
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
/**
 * The token out of the error Octokit throws: GitHub's message or the response body could echo it. Octokit
 * already redacts the authorization header of `error.request`.
 */
function redactRequestError(error, secrets) {
    if (!(error instanceof Error))
        return error;
    const redact = (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
    error.message = redact(error.message);
    const response = error.response;
    if (response && response.data !== undefined) {
        if (typeof response.data === 'string')
            response.data = redact(response.data);
        else if (typeof response.data === 'object' && response.data !== null) {
            try {
                response.data = JSON.parse(redact(JSON.stringify(response.data)));
            }
            catch {
                response.data = undefined;
            }
        }
    }
    return error;
}
/** The URL of a fetch input; only its path and origin are ever shown (query values may name anything). */
function requestUrl(input) {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    try {
        return new URL(href);
    }
    catch {
        return undefined;
    }
}


/***/ }),

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

/***/ 74813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendSummary: () => (/* binding */ appendSummary),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   getState: () => (/* binding */ getState),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   notice: () => (/* binding */ notice),
/* harmony export */   saveState: () => (/* binding */ saveState),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
// The GitHub runner's protocol, as its documentation ("Workflow commands for GitHub Actions") defines it: inputs
// in INPUT_* variables, outputs and state appended to the GITHUB_OUTPUT / GITHUB_STATE files, masks and log
// levels as ::commands:: on stdout, the summary appended to GITHUB_STEP_SUMMARY.
// Written here rather than imported from @actions/core: importing @actions/core 3 loads its HTTP client (for
// OIDC tokens, which certalias fetches itself) and costs about 0.11 s and 1 MB on every run, two thirds of the
// time a run with nothing to do has in all. What it implements here is these few lines.



function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setOutput(name, value) {
    fileCommand('GITHUB_OUTPUT', 'set-output', name, value);
}
function saveState(name, value) {
    fileCommand('GITHUB_STATE', 'save-state', name, value);
}
/** The runner replaces the secret with *** in every later line of the log. */
function setSecret(secret) {
    command('add-mask', secret);
}
function info(message) {
    process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function debug(message) {
    command('debug', message);
}
function warning(message) {
    command('warning', message);
}
function notice(message) {
    command('notice', message);
}
function error(message) {
    command('error', message);
}
/** The step fails with this message; the process ends on its own, so cleanup still runs. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}
/** `::name::data`, the data escaped so that a new line cannot start a command of its own. */
function command(name, data) {
    const escaped = data.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    process.stdout.write(`::${name}::${escaped}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** `name<<delimiter` lines in the runner's file; a delimiter that is in neither the name nor the value. */
function fileCommand(file, legacy, name, value) {
    const path = process.env[file];
    if (!path) {
        // an old runner without the file: the deprecated stdout command still works there
        process.stdout.write(`::${legacy} name=${name}::${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`${name}: the value holds the delimiter`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}


/***/ })

};
