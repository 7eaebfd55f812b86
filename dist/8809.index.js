export const id = 8809;
export const ids = [8809];
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
    'UND_ERR_CONNECT_TIMEOUT',
]);
// Failures after sending: the server may have acted, so only idempotent requests are repeated.
const MIDWAY_ERROR_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
const BACKOFF_START_MS = 200;
const BACKOFF_MAX_MS = 10_000;
const EXCERPT_CHARS = 300;
// undici is loaded with the first request, not with the module: a run that asks nothing over HTTP (bad input, a
// certificate that is not due) does not pay for compiling it.
let loading;
const undici = () => {
    loading ??= __webpack_require__.e(/* import() */ 6752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19));
    return loading;
};
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
            const response = await (await undici()).request(url, {
                method,
                headers: { ...headers, ...signed },
                body,
                signal: controller.signal,
                ...(this.#options.dispatcher ? { dispatcher: this.#options.dispatcher } : {}),
            });
            const text = await response.body.text();
            return { type: 'response', status: response.statusCode, headers: response.headers, text };
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
    // undici wraps the socket error of a failed connect
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

/***/ 48809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bunny: () => (/* binding */ bunny)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84488);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47314);
// Bunny DNS (bunny.net core API): one record per TXT value, so appending never touches other values at the owner.




const API_URL = 'https://api.bunny.net';
const MIN_TTL = 60;
// The record type enumeration of the API: 0 A, 1 AAAA, 2 CNAME, 3 TXT, ...
const TYPE_TXT = 3;
const descriptor = {
    id: 'bunny',
    name: 'Bunny DNS (bunny.net)',
    credentials: [
        {
            env: 'BUNNY_API_KEY',
            description: 'Account API key (Account settings > API), sent as the AccessKey header',
            secret: true,
        },
    ],
    settings: [
        { env: 'BUNNY_API_URL', description: 'API base URL', default: API_URL },
        { env: 'BUNNY_TTL', description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`, default: '60' },
    ],
    leastPrivilege: 'bunny.net has one API key per account and it controls everything in the account (DNS zones, CDN, storage, ' +
        'billing); it cannot be limited to one zone. To keep the key away from your other zones and services, host ' +
        "the alias zone in a separate bunny.net account that holds nothing else and use that account's key.",
    docs: 'https://docs.bunny.net/api-reference/core/dns-zone/add-dns-record',
};
const bunny = {
    descriptor,
    create(context) {
        const apiKey = context.env.BUNNY_API_KEY ?? '';
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_2__/* .readTtl */ .J)(context.env, 'BUNNY_TTL', { default: MIN_TTL, min: MIN_TTL });
        const http = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .o)(context, {
            provider: 'bunny',
            apiUrlEnv: 'BUNNY_API_URL',
            defaultUrl: API_URL,
            headers: { accesskey: apiKey, accept: 'application/json' },
            secrets: [apiKey],
            credentialHint: 'BUNNY_API_KEY',
        });
        // One listing serves every owner of the run: zone ids do not change while it runs.
        let zones;
        const listZones = () => {
            if (zones === undefined) {
                zones = (async () => {
                    const byName = new Map();
                    for (let page = 1;; page++) {
                        const { body } = await http.request('GET', '/dnszone', { query: { page } });
                        for (const zone of body.Items)
                            byName.set((0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .absoluteless */ .h8)(zone.Domain), zone.Id);
                        if (!body.HasMoreItems || body.Items.length === 0)
                            return byName;
                    }
                })();
                // a failed listing (network, 401) must not stick: the next call asks again
                zones.catch(() => {
                    zones = undefined;
                });
            }
            return zones;
        };
        const zoneOf = async (zone, owner) => {
            const hosted = await listZones();
            const candidates = (0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .zoneCandidates */ .Ph)(zone, owner);
            for (const name of candidates) {
                const id = hosted.get(name);
                if (id !== undefined)
                    return { id, name };
            }
            throw new Error(`bunny: no DNS zone for ${owner} in this account (tried ${candidates.join(', ')}); ` +
                'add the alias zone under DNS, or check that BUNNY_API_KEY belongs to the account holding it');
        };
        // Records come with the zone; read it fresh each time, since another job may have written meanwhile.
        const txtRecords = async (zone, owner) => {
            const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeName */ .IC)(owner, zone.name);
            const { body } = await http.request('GET', `/dnszone/${zone.id}`);
            return (body.Records ?? []).filter((r) => r.Type === TYPE_TXT && r.Name.toLowerCase() === name);
        };
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                const found = await zoneOf(zone, owner);
                const missing = (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_1__/* .missingTxt */ .vV)(await txtRecords(found, owner), values, (r) => (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMaybeQuoted */ .IX)(r.Value));
                const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeName */ .IC)(owner, found.name);
                await Promise.all(missing.map((value) => http.request('PUT', `/dnszone/${found.id}/records`, {
                    body: { Type: TYPE_TXT, Name: name, Value: value, Ttl: ttl },
                    // PUT here creates a record: sending it twice makes two
                    idempotent: false,
                })));
            },
            async remove(zone, owner, values) {
                const found = await zoneOf(zone, owner);
                const records = (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_1__/* .ourTxt */ .T_)(await txtRecords(found, owner), values, (r) => (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMaybeQuoted */ .IX)(r.Value));
                await Promise.all(records.map((r) => http.request('DELETE', `/dnszone/${found.id}/records/${r.Id}`)));
            },
        };
    },
};


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

/***/ 59166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readTtl)
/* harmony export */ });
/* unused harmony export MAX_DNS_TTL */
// The TTL setting of a provider (<PREFIX>_TTL): a whole number of seconds within the API's bounds.
/** The largest TTL DNS allows (RFC 2181, section 8). */
const MAX_DNS_TTL = 2_147_483_647;
/** The TTL from env[variable]; an error naming the variable when it is not a whole number within the bounds. */
function readTtl(env, variable, rule) {
    const { default: fallback, min = 1, max = MAX_DNS_TTL } = rule;
    const value = env[variable];
    if (value === undefined || value.trim() === '')
        return fallback;
    const ttl = Number(value);
    if (!/^\d+$/.test(value.trim()) || ttl < min || ttl > max) {
        throw new Error(`${variable} must be a whole number of seconds${bounds(rule, min, max)}; got "${value}"`);
    }
    return ttl;
}
function bounds(rule, min, max) {
    if (min > 1 && max < MAX_DNS_TTL)
        return ` from ${min} to ${max}`;
    if (min > 1)
        return `, ${min} or more${rule.note ? ` (${rule.note})` : ''}`;
    if (max < MAX_DNS_TTL)
        return ` up to ${max}, e.g. ${rule.default}`;
    return `, e.g. ${rule.default}`;
}


/***/ }),

/***/ 92778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ parseMaybeQuoted),
/* harmony export */   KK: () => (/* binding */ octalPresentationTxt),
/* harmony export */   Pd: () => (/* binding */ withoutTxt),
/* harmony export */   RU: () => (/* binding */ mergeTxt),
/* harmony export */   T_: () => (/* binding */ ourTxt),
/* harmony export */   Xs: () => (/* binding */ formatTxtContent),
/* harmony export */   bF: () => (/* binding */ parseTxtContent),
/* harmony export */   nE: () => (/* binding */ presentationTxt),
/* harmony export */   vV: () => (/* binding */ missingTxt)
/* harmony export */ });
// TXT record data in zone-file presentation form ("a" "b\"c" "\195\188"), as PowerDNS and deSEC APIs carry it,
// and the read-merge-write of TXT value lists that providers replacing whole sets share.
const MAX_STRING_BYTES = 255;
/**
 * The value of one TXT record: its character-strings concatenated, as ACME validators read it.
 * Accepts quoted and unquoted strings with \X and \DDD escapes.
 */
function parseTxtContent(content) {
    return parseEscaped(content, 10);
}
function parseEscaped(content, radix) {
    const bytes = [];
    const input = Buffer.from(content, 'utf8');
    const numeric = radix === 8 ? /^[0-7]{3}$/ : /^\d{3}$/;
    let i = 0;
    const readEscape = () => {
        // input[i] is the byte after the backslash
        const digits = input.subarray(i, i + 3).toString('latin1');
        if (numeric.test(digits)) {
            bytes.push(Number.parseInt(digits, radix) & 0xff);
            i += 3;
        }
        else if (i < input.length) {
            bytes.push(input[i]);
            i += 1;
        }
    };
    while (i < input.length) {
        const byte = input[i];
        if (byte === 0x20 || byte === 0x09) {
            i += 1;
        }
        else if (byte === 0x22) {
            i += 1;
            while (i < input.length && input[i] !== 0x22) {
                if (input[i] === 0x5c) {
                    i += 1;
                    readEscape();
                }
                else {
                    bytes.push(input[i]);
                    i += 1;
                }
            }
            i += 1; // the closing quote
        }
        else {
            while (i < input.length && input[i] !== 0x20 && input[i] !== 0x09) {
                if (input[i] === 0x5c) {
                    i += 1;
                    readEscape();
                }
                else {
                    bytes.push(input[i]);
                    i += 1;
                }
            }
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** One TXT record's data in the canonical form PowerDNS expects back: quoted 255-byte strings, escaped. */
function formatTxtContent(value) {
    return formatEscaped(value, 10);
}
function formatEscaped(value, radix) {
    const bytes = Buffer.from(value, 'utf8');
    const strings = [];
    for (let start = 0; start < bytes.length || strings.length === 0; start += MAX_STRING_BYTES) {
        let text = '';
        for (const byte of bytes.subarray(start, start + MAX_STRING_BYTES)) {
            if (byte === 0x22 || byte === 0x5c)
                text += `\\${String.fromCharCode(byte)}`;
            else if (byte < 0x20 || byte > 0x7e)
                text += `\\${byte.toString(radix).padStart(3, '0')}`;
            else
                text += String.fromCharCode(byte);
        }
        strings.push(`"${text}"`);
    }
    return strings.join(' ');
}
/** Data that may or may not be quoted: records this action (and lego) writes are; one made by hand may not be. */
function parseMaybeQuoted(data) {
    return data.startsWith('"') ? parseTxtContent(data) : data;
}
/** Items in zone-file presentation form ("a" "b"), as most RRset APIs carry them. */
const presentationTxt = { read: parseTxtContent, format: formatTxtContent };
/** The same with octal escapes (\ooo), as Route 53 documents and returns them. */
const octalPresentationTxt = {
    read: (content) => parseEscaped(content, 8),
    format: (value) => formatEscaped(value, 8),
};
/** The values not yet in current, each once, in the order given. */
function missingTxt(current, values, read) {
    const present = new Set(current.map(read));
    return [...new Set(values)].filter((value) => !present.has(value));
}
/** The items with values added: current untouched, then each missing value; undefined when none is missing. */
function mergeTxt(current, values, codec) {
    const added = missingTxt(current, values, codec.read);
    return added.length === 0 ? undefined : [...current, ...added.map(codec.format)];
}
/** The items to keep when removing values; undefined when none of them is there. */
function withoutTxt(current, values, read) {
    const ours = new Set(values);
    const kept = current.filter((item) => !ours.has(read(item)));
    return kept.length === current.length ? undefined : kept;
}
/** The items holding one of values: the records to delete where each value is a record of its own. */
function ourTxt(current, values, read) {
    const ours = new Set(values);
    return current.filter((item) => ours.has(read(item)));
}


/***/ }),

/***/ 47314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ relativeName),
/* harmony export */   Ph: () => (/* binding */ zoneCandidates),
/* harmony export */   _S: () => (/* binding */ findZone),
/* harmony export */   h8: () => (/* binding */ absoluteless)
/* harmony export */ });
// Name helpers providers share: which provider zone holds an owner, and an owner's name relative to its zone.
/**
 * Zone names to try at a provider, best first: the zone DNS reported, then each parent of the owner from
 * the longest down (the provider may host the name in a parent zone that DNS does not show as delegated).
 */
function zoneCandidates(zone, owner) {
    const labels = absoluteless(owner).split('.');
    const parents = labels.slice(1, -1).map((_, i) => labels.slice(i + 1).join('.'));
    return [...new Set([absoluteless(zone), ...parents])];
}
/** The owner relative to the zone: '' at the apex, `_acme-challenge.www` below it. */
function relativeName(owner, zone) {
    const name = absoluteless(owner);
    const origin = absoluteless(zone);
    if (name === origin)
        return '';
    if (!name.endsWith(`.${origin}`))
        throw new Error(`${name} is not inside the zone ${origin}`);
    return name.slice(0, -(origin.length + 1));
}
function absoluteless(name) {
    return name.toLowerCase().replace(/\.$/, '');
}
/** Try each candidate in order; the first that `lookup` finds wins. */
async function findZone(candidates, lookup) {
    for (const name of candidates) {
        const zone = await lookup(name);
        if (zone !== undefined)
            return { name, zone };
    }
    return undefined;
}


/***/ })

};
