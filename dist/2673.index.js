export const id = 2673;
export const ids = [2673];
export const modules = {

/***/ 96717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ azureCredential)
/* harmony export */ });
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96434);
/* harmony import */ var _providers_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84488);
// Microsoft Entra ID access tokens, shared by the azure provider and the azure-key-vault store: the app's client
// secret, or the workflow's OIDC token as the client assertion of a federated credential.


const AUTHORITY_URL = 'https://login.microsoftonline.com';
// the audience Microsoft Entra expects of a federated credential's token
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/**
 * An Entra ID token for `scope` (e.g. https://vault.azure.net/.default) with AZURE_TENANT_ID and AZURE_CLIENT_ID,
 * and AZURE_CLIENT_SECRET when set, else the workflow's OIDC token. The secret and every token are masked.
 */
function azureCredential(context, who, scope) {
    const env = context.env;
    const mask = (secret) => {
        if (secret)
            context.host.mask(secret);
    };
    const tenant = env.AZURE_TENANT_ID?.trim() ?? '';
    const clientId = env.AZURE_CLIENT_ID?.trim() ?? '';
    const clientSecret = env.AZURE_CLIENT_SECRET?.trim() ?? '';
    mask(clientSecret);
    for (const [name, value] of Object.entries({ AZURE_TENANT_ID: tenant, AZURE_CLIENT_ID: clientId })) {
        if (value === '')
            throw new Error(`${who}: ${name} is required`);
    }
    const signIn = clientSecret
        ? 'AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET'
        : 'AZURE_TENANT_ID / AZURE_CLIENT_ID and its federated credential for this repository';
    async function fetchToken() {
        const form = new URLSearchParams({ client_id: clientId, scope, grant_type: 'client_credentials' });
        const secrets = [clientSecret];
        if (clientSecret) {
            form.set('client_secret', clientSecret);
        }
        else {
            const assertion = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchOidcToken */ .Dw)({
                env,
                transport: context.transport,
                audience: OIDC_AUDIENCE,
                provider: who,
                mask,
                log: (message) => context.host.info(message),
            });
            secrets.push(assertion);
            form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
            form.set('client_assertion', assertion);
        }
        const entra = (0,_providers_http_js__WEBPACK_IMPORTED_MODULE_1__/* .providerHttp */ .o)(context, {
            provider: who,
            apiUrlEnv: 'AZURE_AUTHORITY_URL',
            defaultUrl: AUTHORITY_URL,
            secrets,
            credentialHint: signIn,
        });
        const { body } = await entra.request('POST', `/${encodeURIComponent(tenant)}/oauth2/v2.0/token`, {
            text: form.toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            idempotent: true,
        });
        if (!body?.access_token)
            throw new Error(`${who}: the token endpoint answered without access_token`);
        mask(body.access_token);
        return body.access_token;
    }
    let pending;
    return {
        hint: signIn,
        token() {
            pending ??= fetchToken();
            pending.catch(() => {
                pending = undefined;
            });
            return pending;
        },
    };
}


/***/ }),

/***/ 93633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ CloudAccessError)
/* harmony export */ });
/** A refusal of the credential (HTTP 401/403, or AWS's AccessDeniedException in a 400): the renewal check stops on it. */
class CloudAccessError extends Error {
    name = 'CloudAccessError';
    /** 403: what the renewal decision reads to tell a refused credential from a network failure. */
    status = 403;
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
    const agents = {
        'http:': new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true, proxyEnv }),
        'https:': new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true, proxyEnv }),
    };
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
        outgoing.on('close', () => request.signal.removeEventListener('abort', abort));
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

/***/ 84488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ withHint),
/* harmony export */   o: () => (/* binding */ providerHttp)
/* harmony export */ });
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73329);
// The HttpClient of an HTTP provider: its secrets masked, the test transport, <PREFIX>_API_URL, retry notices logged.

/**
 * A client for one provider: every non-empty secret is masked on the host right away, requests go through
 * context.transport (tests), the base URL is `<PREFIX>_API_URL` or the default, retry notices go to host.info.
 */
function providerHttp(context, options) {
    const { secrets = [], ...rest } = options;
    for (const secret of secrets)
        if (secret)
            context.host.mask(secret);
    let baseUrl;
    let client;
    if ('baseUrl' in rest) {
        ;
        ({ baseUrl, ...client } = rest);
    }
    else {
        const { apiUrlEnv, defaultUrl, ...others } = rest;
        baseUrl = context.env[apiUrlEnv] || defaultUrl;
        client = others;
    }
    return new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
        ...context.transport,
        ...client,
        baseUrl,
        secrets,
        log: (message) => context.host.info(message),
    });
}
/** The same error with a provider's advice after its message (which setting to check, what to turn on). */
function withHint(error, hint) {
    return new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderHttpError */ .gm({
        message: `${error.message}. ${hint}`,
        provider: error.provider,
        method: error.method,
        path: error.path,
        status: error.status,
        kind: error.kind,
        bodyExcerpt: error.bodyExcerpt,
        attempts: error.attempts,
        cause: error,
    });
}


/***/ }),

/***/ 82673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureKeyVaultStore: () => (/* binding */ azureKeyVaultStore),
/* harmony export */   keyVaultCertificateName: () => (/* reexport safe */ _options_js__WEBPACK_IMPORTED_MODULE_4__.gn),
/* harmony export */   keyVaultScope: () => (/* binding */ keyVaultScope),
/* harmony export */   readKeyVaultOptions: () => (/* reexport safe */ _options_js__WEBPACK_IMPORTED_MODULE_4__.A8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clouds_azure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96717);
/* harmony import */ var _clouds_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93633);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73329);
/* harmony import */ var _providers_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84488);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59811);
// The `azure-key-vault` destination: the certificate and its key imported as a Key Vault certificate object (PEM),
// each renewal a new version of the same name, which App Service, Application Gateway and Front Door follow.







const ID = 'azure-key-vault';
const API_VERSION = '7.4';
/** The token scope of the vault's cloud: Key Vault in Azure China and US Government has its own resource. */
function keyVaultScope(vaultUrl) {
    const host = new URL(vaultUrl).hostname;
    for (const suffix of ['vault.azure.cn', 'vault.usgovcloudapi.net', 'vault.microsoftazure.de']) {
        if (host.endsWith(`.${suffix}`))
            return `https://${suffix}/.default`;
    }
    return 'https://vault.azure.net/.default';
}
const azureKeyVaultStore = {
    ..._options_js__WEBPACK_IMPORTED_MODULE_4__/* .azureKeyVaultDeclaration */ .Hk,
    create: (options, context) => new KeyVaultStore(options, context),
    readCurrent: async (options, context) => new KeyVaultSession(options, context).readCurrent(),
    remove: async (options, context) => new KeyVaultSession(options, context).remove(),
};
/** Key Vault's permission for each call, as access policies and RBAC roles name it. */
const PERMISSIONS = {
    import: 'Key Vault certificates/import',
    get: 'Key Vault certificates/get',
    delete: 'Key Vault certificates/delete',
};
class KeyVaultSession {
    #options;
    #context;
    #http;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
    }
    describe() {
        return `Azure Key Vault ${this.#options.vaultUrl} certificate ${this.#options.certificateName}`;
    }
    #path(suffix = '') {
        return `/certificates/${encodeURIComponent(this.#options.certificateName)}${suffix}`;
    }
    async import(bundle) {
        const body = await this.#call('import', (http) => http.request('POST', this.#path('/import'), {
            query: { 'api-version': API_VERSION },
            body: {
                // the key and the certificates in one PEM, as Key Vault imports it with this content type
                value: `${bundle.privateKey.trim()}\n${bundle.fullchain.trim()}\n`,
                policy: {
                    key_props: { exportable: true, reuse_key: false, ...keyProperties(bundle.privateKey) },
                    secret_props: { contentType: 'application/x-pem-file' },
                },
                tags: { certalias: bundle.names[0] ?? '' },
            },
            // a repeat adds a second version of the same certificate: harmless, and only after a lost answer
            idempotent: true,
        }));
        const id = body.body?.id;
        if (!id)
            throw new Error(`${ID}: the import into ${this.describe()} answered without the certificate id`);
        return id;
    }
    async readCurrent() {
        const answer = await this.#call('get', (http) => http.request('GET', this.#path(), {
            query: { 'api-version': API_VERSION },
            expect: [404],
        }));
        const der = answer.status === 404 ? undefined : answer.body?.cer;
        if (!der)
            return undefined;
        // The key stays in the vault: reading it back needs secrets/get on the whole vault, a far wider right than
        // the renewal decision needs (it compares names, key type and dates of the certificate alone).
        const lines = Buffer.from(der, 'base64')
            .toString('base64')
            .match(/.{1,64}/g) ?? [];
        return {
            certificate: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
            source: `${this.describe()} (${answer.body?.id ?? 'latest version'})`,
        };
    }
    async remove() {
        const answer = await this.#call('delete', (http) => http.request('DELETE', this.#path(), {
            query: { 'api-version': API_VERSION },
            expect: [404],
        }));
        if (answer.status === 404)
            return undefined;
        const purge = answer.body?.scheduledPurgeDate;
        return (`deleted ${this.describe()}, every version` +
            (purge
                ? ` (soft-deleted: recoverable until ${new Date(purge * 1000).toISOString()}; purge it to reuse the name at once)`
                : ''));
    }
    async #call(permission, run) {
        const http = await this.#client();
        try {
            return await run(http);
        }
        catch (error) {
            if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderHttpError */ .gm && (error.status === 401 || error.status === 403)) {
                throw new _clouds_context_js__WEBPACK_IMPORTED_MODULE_5__/* .CloudAccessError */ .Y(`${error.message}. ${ID}: the app needs ${PERMISSIONS[permission]} on ${this.#options.vaultUrl} ` +
                    '(access policy), or the role "Key Vault Certificates Officer" on the vault (RBAC)', { cause: error });
            }
            throw error;
        }
    }
    #client() {
        this.#http ??= (async () => {
            const credential = (0,_clouds_azure_js__WEBPACK_IMPORTED_MODULE_1__/* .azureCredential */ .$)(this.#context, ID, keyVaultScope(this.#options.vaultUrl));
            const token = await credential.token();
            return (0,_providers_http_js__WEBPACK_IMPORTED_MODULE_3__/* .providerHttp */ .o)(this.#context, {
                provider: ID,
                baseUrl: this.#options.vaultUrl,
                headers: { authorization: `Bearer ${token}` },
                secrets: [token],
                credentialHint: credential.hint,
            });
        })();
        this.#http.catch(() => {
            this.#http = undefined;
        });
        return this.#http;
    }
}
/** Key Vault's key properties for the certificate's key: without them it assumes RSA and refuses an EC key. */
function keyProperties(privateKeyPem) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(privateKeyPem);
    if (key.asymmetricKeyType === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const crv = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[curve ?? ''];
        return { kty: 'EC', ...(crv ? { crv } : {}) };
    }
    return { kty: 'RSA', key_size: key.asymmetricKeyDetails?.modulusLength };
}
class KeyVaultStore {
    id = ID;
    #session;
    #context;
    constructor(options, context) {
        this.#context = context;
        this.#session = new KeyVaultSession(options, context);
    }
    async deliver(bundle) {
        const id = await this.#session.import(bundle);
        this.#context.host.info(`${ID}: imported ${id} (serial ${bundle.serial})`);
        return {
            destination: `${this.#session.describe()}: version ${id.slice(id.lastIndexOf('/') + 1)}`,
            outputs: { azure_certificate_id: id },
        };
    }
}


/***/ })

};
