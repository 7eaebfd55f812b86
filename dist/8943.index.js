export const id = 8943;
export const ids = [8943];
export const modules = {

/***/ 28943:
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
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73329);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28782);
// GitHub's REST API behind StoreContext.github, for both adapters (the action and the command line): one Octokit from @actions/github for the server this job runs on, with a
// timeout on every request and bounded retries that honour Retry-After. The core only sees the GithubApi interface.





const API_VERSION = '2022-11-28';
const OCTOKIT_DEFAULT_ACCEPT = 'application/vnd.github.v3+json';
// GitHub asks to wait at least a minute after a secondary rate limit that names no time.
const UNTIMED_THROTTLE_WAIT_MS = 60_000;
/** An Octokit for GitHub's REST API, authenticated with `token`, at GITHUB_API_URL (GitHub Enterprise included). */
async function githubApi(token, env, settings) {
    const { log } = settings;
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: apiBaseUrl(env),
        userAgent: _http_transport_js__WEBPACK_IMPORTED_MODULE_4__/* .USER_AGENT */ ._O,
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
    const secrets = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .secretVariants */ .J5)([token]);
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
                    const message = `no complete answer from ${url?.origin ?? 'GitHub'} within ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMs */ ._V)(timeoutMs)}`;
                    throw new Error(message, { cause: outcome.error });
                }
                throw outcome.error;
            }
            const what = 'response' in outcome
                ? `HTTP ${outcome.response.status}`
                : outcome.timedOut
                    ? `no complete answer within ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMs */ ._V)(timeoutMs)}`
                    : (0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(outcome.error) || 'network error';
            log(`${where}: ${what}, retry ${attempt} of ${retries} in ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMs */ ._V)(wait)}`);
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
    const idempotent = _http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .IDEMPOTENT_METHODS */ .p3.has(method);
    if (!('response' in outcome)) {
        const connectFailure = _http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .CONNECT_ERROR_CODES */ .ZG.has((0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(outcome.error) ?? '');
        return connectFailure || idempotent ? backoff(attempt) : undefined;
    }
    const { status, headers } = outcome.response;
    const retryAfter = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRetryAfter */ .mu)(headers.get('retry-after') ?? undefined);
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


/***/ })

};
