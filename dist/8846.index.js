export const id = 8846;
export const ids = [8846];
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

/***/ 58846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_VALUE_LIMIT_BYTES: () => (/* reexport */ options/* GITHUB_VALUE_LIMIT_BYTES */.mO),
  certificateState: () => (/* binding */ certificateState),
  githubSecretNames: () => (/* binding */ githubSecretNames),
  githubSecretsStore: () => (/* binding */ githubSecretsStore),
  readCurrentGithubState: () => (/* binding */ readCurrentGithubState),
  readGithubSecretsOptions: () => (/* reexport */ options/* readGithubSecretsOptions */.Hg),
  removeGithubSecrets: () => (/* binding */ removeGithubSecrets),
  sealForGithub: () => (/* reexport */ sealForGithub)
});

// EXTERNAL MODULE: ./src/http/client.ts
var client = __webpack_require__(73329);
;// CONCATENATED MODULE: ./src/stores/github-secrets/api.ts
// The GitHub REST calls of the `github-secrets` destination: the routes of each scope, and errors that say what
// `secrets_token` needs and never hold the token.

const ID = 'github-secrets';
function scopeRoutes(options) {
    const { scope, owner, repository, environment } = options;
    if (scope === 'organization')
        return { prefix: '/orgs/{org}/actions', parameters: { org: owner } };
    const [, repo = ''] = repository.split('/');
    if (scope === 'environment') {
        return {
            prefix: '/repos/{owner}/{repo}/environments/{environment_name}',
            parameters: { owner, repo, environment_name: environment ?? '' },
        };
    }
    return { prefix: '/repos/{owner}/{repo}/actions', parameters: { owner, repo } };
}
function describeScope(options) {
    const { scope, owner, repository, environment } = options;
    if (scope === 'organization')
        return `organization ${owner}`;
    if (scope === 'environment')
        return `environment ${environment} of ${repository}`;
    return `repository ${repository}`;
}
/** The client the adapter makes for the token; a clear error when this run has none. */
async function openGithubApi(options, context) {
    if (!context.github) {
        throw new Error(`${ID}: no GitHub API client was given to the store (StoreContext.github is not set), so it cannot reach ` +
            `${describeScope(options)}; the action sets it, so this is a bug when seen in a workflow`);
    }
    return context.github(options.token);
}
/**
 * One call in the scope. A status in `expect` is an answer (`data` undefined), any other failure an Error whose
 * message names the call; a refusal (401, 403, 404) also says what `secrets_token` needs to `what` the scope.
 */
async function callScope(api, options, what, route, parameters, expect = []) {
    const routes = scopeRoutes(options);
    try {
        const { status, data } = await api.request(route, { ...routes.parameters, ...parameters });
        return { status, data };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status !== undefined && expect.includes(status))
            return { status, data: undefined };
        throw apiFailure(error, options, what, route);
    }
}
/** The status of an Octokit RequestError that carries a response; undefined when no answer came. */
function httpStatus(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const { status, response } = error;
    return typeof status === 'number' && response !== undefined ? status : undefined;
}
function apiFailure(error, options, what, route) {
    const status = httpStatus(error);
    const detail = error instanceof Error ? error.message : String(error);
    let message = `${ID}: ${requestLine(error) ?? route} failed: ${status === undefined ? detail : `HTTP ${status}: ${detail}`}`;
    if (status === 401 || status === 403 || status === 404)
        message += `. ${tokenAdvice(options, what, status)}`;
    return new Error(redact(message, options.token), { cause: error });
}
/** "PUT /repos/octo/app/actions/secrets/TLS_CERTIFICATE" from the request Octokit reports; query left out. */
function requestLine(error) {
    const request = error?.request;
    if (typeof request?.method !== 'string' || typeof request.url !== 'string')
        return undefined;
    try {
        return `${request.method} ${new URL(request.url).pathname}`;
    }
    catch {
        return undefined;
    }
}
function tokenAdvice(options, what, status) {
    const { scope } = options;
    const target = describeScope(options);
    const permission = scope === 'organization'
        ? 'the organization permissions "Secrets: write" and "Variables: write" (classic token: admin:org)'
        : 'the repository permissions "Secrets: write" and "Variables: write"' +
            (scope === 'environment' ? ' (environments: "Environments: write")' : '');
    const seen = status === 404
        ? `GitHub answers 404 when ${target} does not exist${scope === 'environment' ? ' (create the environment first)' : ''} or when the token may not see it. `
        : '';
    return (`Could not ${what} ${target}. ${seen}Check \`secrets_token\`: it must be a fine-grained personal access token ` +
        `or a GitHub App token with ${permission} on ${scope === 'organization' ? 'the organization' : 'the repository'}. ` +
        'The workflow GITHUB_TOKEN cannot write secrets, whatever the `permissions:` block says');
}
/** The token out of a message, as it could appear: raw, URL-encoded or JSON-escaped. */
function redact(text, token) {
    return (0,client/* secretVariants */.J5)([token]).reduce((out, secret) => out.split(secret).join('***'), text);
}

// EXTERNAL MODULE: ./src/stores/github-secrets/options.ts
var options = __webpack_require__(26406);
;// CONCATENATED MODULE: ./src/stores/github-secrets/seal.ts
// libsodium's sealed box (crypto_box_seal), the encryption GitHub's secrets API asks for, from tweetnacl's
// crypto_box and a BLAKE2b nonce, as libsodium defines it: ephemeral public key || box(message). Composed here
// because libsodium's own JavaScript build cannot load inside the ESM bundle; the tests open every box with
// the real libsodium.
/** Seal `value` for the base64 X25519 public key of a scope; returns the base64 of the sealed box. */
async function sealForGithub(value, publicKeyBase64) {
    // loaded when a secret is sealed, not with the store: most runs seal nothing
    const [{ blake2b }, { default: nacl }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(9792), __webpack_require__.e(2149)]).then(__webpack_require__.bind(__webpack_require__, 72149)),
        __webpack_require__.e(/* import() */ 668).then(__webpack_require__.t.bind(__webpack_require__, 80668, 23)),
    ]);
    const publicKey = new Uint8Array(Buffer.from(publicKeyBase64, 'base64'));
    if (publicKey.length !== nacl.box.publicKeyLength) {
        throw new Error(`the public key GitHub returned is ${publicKey.length} bytes, not ${nacl.box.publicKeyLength}: cannot encrypt`);
    }
    const ephemeral = nacl.box.keyPair();
    const nonce = blake2b(new Uint8Array([...ephemeral.publicKey, ...publicKey]), {
        dkLen: nacl.box.nonceLength,
    });
    const box = nacl.box(new Uint8Array(Buffer.from(value, 'utf8')), nonce, publicKey, ephemeral.secretKey);
    ephemeral.secretKey.fill(0);
    return Buffer.from([...ephemeral.publicKey, ...box]).toString('base64');
}

;// CONCATENATED MODULE: ./src/stores/github-secrets/index.ts





const github_secrets_ID = 'github-secrets';
function githubSecretNames(prefix) {
    return {
        certificate: `${prefix}_CERTIFICATE`,
        privateKey: `${prefix}_PRIVATE_KEY`,
        state: `${prefix}_CERTIFICATE_STATE`,
        accountKey: `${prefix}_ACME_ACCOUNT_KEY`,
    };
}
function certificateState(bundle) {
    return {
        names: [...bundle.names],
        serial: bundle.serial,
        not_after: bundle.notAfter,
        certificate: bundle.certificate,
    };
}
const githubSecretsStore = {
    ...options/* githubSecretsDeclaration */.Zs,
    create: (options, context) => new GithubSecretsStore(options, context),
    readCurrent: readCurrentGithubState,
    remove: removeGithubSecrets,
};
/**
 * mode: revoke: delete the certificate and key secrets and the state variable. The account key secret stays:
 * the workflow passes it to every certificate of the same prefix, and an account outlives its certificates.
 */
async function removeGithubSecrets(options, context) {
    context.host.mask(options.token);
    const names = githubSecretNames(options.prefix);
    const api = await openGithubApi(options, context);
    const prefix = scopeRoutes(options).prefix;
    const remove = async (kind, name) => {
        const what = kind === 'secrets' ? `secret ${name}` : `variable ${name}`;
        const route = kind === 'secrets' ? `DELETE ${prefix}/secrets/{secret_name}` : `DELETE ${prefix}/variables/{name}`;
        const parameters = kind === 'secrets' ? { secret_name: name } : { name };
        const answer = await callScope(api, options, `delete ${what} of`, route, parameters, [404]);
        return answer.status === 404 ? undefined : what;
    };
    const removed = (await Promise.all([
        remove('secrets', names.certificate),
        remove('secrets', names.privateKey),
        remove('variables', names.state),
    ])).filter((what) => what !== undefined);
    return removed.length === 0 ? undefined : `${describeScope(options)}: removed ${removed.join(', ')}`;
}
/**
 * The certificate of the state variable the last delivery wrote: the secrets cannot be read back, the variable
 * can. Undefined when there is no variable or it holds no certificate.
 */
async function readCurrentGithubState(options, context) {
    context.host.mask(options.token);
    const name = githubSecretNames(options.prefix).state;
    const where = `variable ${name} of ${describeScope(options)}`;
    const api = await openGithubApi(options, context);
    const answer = await callScope(api, options, `read variable ${name} of`, `GET ${scopeRoutes(options).prefix}/variables/{name}`, { name }, [404]);
    if (answer.status === 404)
        return undefined;
    const value = answer.data?.value;
    if (typeof value !== 'string')
        throw new Error(`${github_secrets_ID}: GitHub returned ${where} without a value`);
    let state;
    try {
        state = JSON.parse(value);
    }
    catch (error) {
        throw new Error(`${github_secrets_ID}: ${where} is not the JSON certalias writes (${error instanceof Error ? error.message : String(error)}); ` +
            'the next delivery rewrites it. Another workflow may be writing the same name: give this one another `secret_prefix`', { cause: error });
    }
    const certificate = state?.certificate;
    if (typeof certificate !== 'string' || !certificate.includes('-----BEGIN CERTIFICATE-----'))
        return undefined;
    return { certificate, source: where };
}
class GithubSecretsStore {
    id = github_secrets_ID;
    #options;
    #context;
    #names;
    #api;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
        this.#names = githubSecretNames(options.prefix);
        context.host.mask(options.token);
    }
    async deliver(bundle) {
        const names = this.#names;
        const state = JSON.stringify(certificateState(bundle));
        // Only an account this run made: a key read back from elsewhere is kept there already.
        const accountKey = bundle.account?.made ? bundle.account.key : undefined;
        // Every size first: nothing is sent when one value cannot be stored.
        refuseOversized(names.certificate, 'secret', bundle.fullchain);
        refuseOversized(names.privateKey, 'secret', bundle.privateKey);
        if (accountKey !== undefined)
            refuseOversized(names.accountKey, 'secret', accountKey);
        refuseOversized(names.state, 'variable', state);
        const where = describeScope(this.#options);
        const key = await this.#call('read the public key of', `GET ${this.#prefix}/secrets/public-key`, {});
        const answered = key.data;
        if (typeof answered?.key !== 'string' || typeof answered.key_id !== 'string') {
            throw new Error(`${github_secrets_ID}: the public key of ${where} came without key or key_id`);
        }
        const publicKey = { key: answered.key, key_id: answered.key_id };
        // The key first: should the certificate then fail, the error says the pair no longer matches.
        await this.#putSecret(names.privateKey, bundle.privateKey, publicKey);
        try {
            await this.#putSecret(names.certificate, bundle.fullchain, publicKey);
        }
        catch (error) {
            throw new Error(`${describe(error)}. ${names.privateKey} was already updated but ${names.certificate} was not: they no ` +
                'longer match; run again to write both', { cause: error });
        }
        const keptAccount = accountKey !== undefined && (await this.#keepAccountKey(accountKey, publicKey));
        await this.#writeState(state);
        const secrets = keptAccount
            ? `${names.certificate}, ${names.privateKey}, ${names.accountKey}`
            : `${names.certificate}, ${names.privateKey}`;
        return {
            destination: `${where}: secrets ${secrets} and variable ${names.state}`,
            ...(keptAccount
                ? {
                    notes: [
                        `certalias made a new ACME account and kept its key in secret ${names.accountKey} of ${where}. Add ` +
                            `\`account_key: \${{ secrets.${names.accountKey} }}\` to this step so later runs reuse the account ` +
                            '(secrets cannot be read back, so certalias cannot find it by itself)',
                    ],
                }
                : {}),
        };
    }
    /**
     * The new account's key as a secret. The certificate is delivered by then: a failure here costs only a new
     * account next run, so it warns instead of failing the delivery.
     */
    async #keepAccountKey(accountKey, publicKey) {
        try {
            await this.#putSecret(this.#names.accountKey, accountKey, publicKey);
            return true;
        }
        catch (error) {
            this.#context.host.warning(`${github_secrets_ID}: the certificate was delivered, but the ACME account key could not be kept: ${describe(error)}. ` +
                'The next run creates another ACME account');
            return false;
        }
    }
    async #putSecret(name, value, key) {
        const body = {
            secret_name: name,
            encrypted_value: await sealForGithub(value, key.key),
            key_id: key.key_id,
        };
        if (this.#options.scope === 'organization')
            body.visibility = this.#options.visibility;
        const response = await this.#call(`write secret ${name} of`, `PUT ${this.#prefix}/secrets/{secret_name}`, body);
        await this.#addSelectedRepository('secrets', name);
        this.#context.host.info(`${github_secrets_ID}: ${response.status === 201 ? 'created' : 'updated'} secret ${name} of ${describeScope(this.#options)}`);
    }
    /** PATCH the variable; create it when GitHub says it does not exist (and update after all if it appeared meanwhile). */
    async #writeState(value) {
        const name = this.#names.state;
        const extra = this.#options.scope === 'organization' ? { visibility: this.#options.visibility } : {};
        const patch = () => this.#call(`write variable ${name} of`, `PATCH ${this.#prefix}/variables/{name}`, { name, value, ...extra }, [404]);
        let outcome = 'updated';
        let response = await patch();
        if (response.status === 404) {
            outcome = 'created';
            response = await this.#call(`create variable ${name} of`, `POST ${this.#prefix}/variables`, { name, value, ...extra }, [409]);
            if (response.status === 409) {
                outcome = 'updated';
                response = await patch();
                if (response.status === 404) {
                    throw new Error(`${github_secrets_ID}: variable ${name} of ${describeScope(this.#options)} is neither creatable nor updatable`);
                }
            }
        }
        await this.#addSelectedRepository('variables', name);
        this.#context.host.info(`${github_secrets_ID}: ${outcome} variable ${name} of ${describeScope(this.#options)}`);
    }
    /** Organization scope with `selected` visibility: add this repository to the selection (additive, keeps the others). */
    async #addSelectedRepository(kind, name) {
        const { scope, visibility, repositoryId } = this.#options;
        if (scope !== 'organization' || visibility !== 'selected' || !repositoryId)
            return;
        const route = kind === 'secrets'
            ? 'PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}'
            : 'PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}';
        await this.#call(`add the repository to the selection of ${name} of`, route, {
            [kind === 'secrets' ? 'secret_name' : 'name']: name,
            repository_id: Number(repositoryId),
        });
    }
    get #prefix() {
        return scopeRoutes(this.#options).prefix;
    }
    /** One call with the client the adapter makes (once per store); see callScope for the errors. */
    async #call(what, route, parameters, expect = []) {
        this.#api ??= openGithubApi(this.#options, this.#context);
        return callScope(await this.#api, this.#options, what, route, parameters, expect);
    }
}
function refuseOversized(name, kind, value) {
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > options/* GITHUB_VALUE_LIMIT_BYTES */.mO) {
        throw new Error(`${github_secrets_ID}: ${kind} ${name} would hold ${bytes} bytes, more than GitHub's limit of 48 KB ` +
            `(${options/* GITHUB_VALUE_LIMIT_BYTES */.mO} bytes) per ${kind}; nothing was written. A shorter chain or fewer names ` +
            'make it fit; otherwise use another store (files, vault)');
    }
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
