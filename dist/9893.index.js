export const id = 9893;
export const ids = [9893];
export const modules = {

/***/ 39308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ rateLimitResetIn),
/* harmony export */   jS: () => (/* binding */ xRateLimitReset),
/* harmony export */   mu: () => (/* binding */ withHint),
/* harmony export */   oX: () => (/* binding */ providerHttp),
/* harmony export */   tB: () => (/* binding */ basicAuth)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73329);

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
    return new _client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
        ...context.transport,
        ...client,
        baseUrl,
        secrets,
        log: (message) => context.host.info(message),
    });
}
/**
 * HTTP basic authentication (RFC 7617, the pair as UTF-8): the Authorization header, and the secrets to mask with
 * it, the password and the encoded pair that holds it.
 */
function basicAuth(user, password) {
    const encoded = Buffer.from(`${user}:${password}`, 'utf8').toString('base64');
    return { authorization: `Basic ${encoded}`, secrets: [password, encoded] };
}
/** The same error with a provider's advice after its message (which setting to check, what to turn on). */
function withHint(error, hint) {
    return new _client_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderHttpError */ .gm({
        message: `${error.message}. ${hint}`,
        provider: error.provider,
        method: error.method,
        path: error.path,
        status: error.status,
        kind: error.kind,
        bodyExcerpt: error.bodyExcerpt,
        attempts: error.attempts,
        transient: error.transient,
        cause: error,
    });
}
/**
 * A 429 that says when to come back only in a reset header of the API's own (X-RateLimit-Reset, X-Rate-Limit-Reset):
 * epoch seconds, or seconds from now when small (parseRateLimitReset): wait until then, with `reason` in the notice.
 * Retry-After, when also sent, is honoured by the HTTP layer as usual.
 */
function rateLimitResetIn(header, reason) {
    return (answer) => {
        if (answer.status !== 429)
            return false;
        if (answer.headers['retry-after'] !== undefined)
            return true;
        const waitMs = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRateLimitReset */ .yq)(answer.headers[header]);
        // a reset already due says nothing: back off rather than retry at once
        if (waitMs === undefined || waitMs === 0)
            return true;
        return reason === undefined ? { waitMs } : { waitMs, reason };
    };
}
/** X-RateLimit-Reset, as Netlify, Vercel (epoch seconds) and Constellix (seconds from now) send it. */
const xRateLimitReset = rateLimitResetIn('x-ratelimit-reset');


/***/ }),

/***/ 29893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createEdgedns: () => (/* binding */ createEdgedns),
/* harmony export */   edgeGridAuthorization: () => (/* binding */ edgeGridAuthorization),
/* harmony export */   edgeGridTimestamp: () => (/* binding */ edgeGridTimestamp),
/* harmony export */   edgedns: () => (/* binding */ edgedns),
/* harmony export */   parseEdgerc: () => (/* binding */ parseEdgerc)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39308);
/* harmony import */ var _read_back_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41350);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89300);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47314);
// Akamai Edge DNS (config-dns v2) with EdgeGrid request signing: read, merge, write and read back the owner's TXT record set.







// EdgeGrid hashes at most this much of a POST body (the limit Akamai's own clients and lego use).
const MAX_BODY = 131072;
const descriptor = {
    id: 'edgedns',
    name: 'Akamai Edge DNS',
    credentials: [
        {
            env: 'AKAMAI_HOST',
            description: 'API host of the API client, e.g. akab-xxxx.luna.akamaiapis.net',
            set: 'API client',
        },
        {
            env: 'AKAMAI_CLIENT_TOKEN',
            description: 'client_token of the API client',
            secret: true,
            set: 'API client',
        },
        {
            env: 'AKAMAI_CLIENT_SECRET',
            description: 'client_secret of the API client',
            secret: true,
            set: 'API client',
        },
        {
            env: 'AKAMAI_ACCESS_TOKEN',
            description: 'access_token of the API client',
            secret: true,
            set: 'API client',
        },
        {
            env: 'AKAMAI_EDGERC',
            description: 'The contents of an .edgerc file (or, as lego takes it, the path of one) with host, client_token, client_secret and access_token',
            secret: true,
            set: '.edgerc',
        },
    ],
    settings: [
        {
            env: 'AKAMAI_API_URL',
            description: 'API base URL; default https:// followed by the API client host',
            default: 'https://<AKAMAI_HOST>',
        },
        { env: 'AKAMAI_EDGERC_SECTION', description: 'Section of the .edgerc to read', default: 'default' },
        {
            env: 'AKAMAI_TTL',
            description: 'TTL (seconds) of a TXT record set this provider creates',
            default: '120',
        },
    ],
    leastPrivilege: 'In Identity and Access Management create an API client for this purpose only, with the "DNS - Zone Record ' +
        'Management" API (config-dns) at READ-WRITE and no other API, and give it a role on a group that holds only ' +
        'the alias zone (move the alias zone into a group of its own first). The client then cannot change other zones.',
    docs: 'https://techdocs.akamai.com/edge-dns/reference/edge-dns-api',
};
/** EdgeGrid's timestamp: UTC as yyyyMMddTHH:mm:ss+0000. */
function edgeGridTimestamp(date) {
    const iso = date.toISOString(); // 2024-05-01T12:34:56.789Z
    return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 19)}+0000`;
}
/** The Authorization header of one request, as the EdgeGrid (EG1-HMAC-SHA256) scheme defines it. */
function edgeGridAuthorization(credentials, request, timestamp, nonce) {
    const unsigned = `EG1-HMAC-SHA256 client_token=${credentials.clientToken};access_token=${credentials.accessToken};` +
        `timestamp=${timestamp};nonce=${nonce};`;
    const hmac = (key, data) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update(data, 'utf8').digest('base64');
    // only a POST body is hashed; every other method signs an empty content hash
    const body = Buffer.from(request.body ?? '', 'utf8');
    const contentHash = request.method === 'POST' && body.length > 0
        ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body.subarray(0, MAX_BODY)).digest('base64')
        : '';
    const dataToSign = [
        request.method,
        request.url.protocol.replace(/:$/, ''),
        request.url.host,
        `${request.url.pathname}${request.url.search}`,
        '', // no headers are signed
        contentHash,
        unsigned,
    ].join('\t');
    const signingKey = hmac(credentials.clientSecret, timestamp);
    return `${unsigned}signature=${hmac(signingKey, dataToSign)}`;
}
/** The credentials of one section of an .edgerc file. */
function parseEdgerc(text, section) {
    const values = new Map();
    let current = '';
    for (const line of text.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        const header = /^\[(.+)\]$/.exec(trimmed);
        if (header) {
            current = header[1].trim();
            continue;
        }
        const eq = trimmed.indexOf('=');
        if (current === section && eq > 0) {
            values.set(trimmed.slice(0, eq).trim(), trimmed.slice(eq + 1).trim());
        }
    }
    const need = ['host', 'client_token', 'client_secret', 'access_token'];
    const missing = need.filter((key) => !values.get(key));
    if (missing.length > 0) {
        throw new Error(`AKAMAI_EDGERC: the section [${section}] lacks ${missing.join(', ')}`);
    }
    return {
        host: values.get('host'),
        clientToken: values.get('client_token'),
        clientSecret: values.get('client_secret'),
        accessToken: values.get('access_token'),
    };
}
// One per process: two provider instances writing one owner must still take turns.
const ownerLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyedMutex */ .yA();
function createEdgedns(options = {}) {
    const now = options.now ?? (() => new Date());
    const nonce = options.nonce ?? (() => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)());
    return {
        descriptor,
        create(context) {
            const env = context.env;
            for (const name of [
                'AKAMAI_EDGERC',
                'AKAMAI_CLIENT_TOKEN',
                'AKAMAI_CLIENT_SECRET',
                'AKAMAI_ACCESS_TOKEN',
            ]) {
                const value = env[name];
                if (value)
                    context.host.mask(value);
            }
            const credentials = readCredentials(env);
            const apiUrl = env.AKAMAI_API_URL || `https://${credentials.host.replace(/^https?:\/\//, '').replace(/\/+$/, '')}`;
            const ttl = Number(env.AKAMAI_TTL || 120);
            const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
                provider: 'edgedns',
                baseUrl: apiUrl,
                headers: { accept: 'application/json' },
                secrets: [credentials.clientToken, credentials.clientSecret, credentials.accessToken],
                credentialHint: env.AKAMAI_EDGERC
                    ? 'AKAMAI_EDGERC'
                    : 'AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET and AKAMAI_ACCESS_TOKEN',
                // signed per attempt: the signature covers the time and a fresh nonce
                signRequest: (request) => ({
                    authorization: edgeGridAuthorization(credentials, request, edgeGridTimestamp(now()), nonce()),
                }),
            });
            const zoneFor = (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .zoneFinder */ .zu)((0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .zoneAtPath */ .lS)(http, (name) => `/config-dns/v2/zones/${encodeURIComponent(name)}`), (owner, tried) => `edgedns: no Edge DNS zone for ${owner} that this API client can see (tried ${tried.join(', ')})`);
            const zoneOf = async (zone, owner) => (await zoneFor(zone, owner)).name;
            const recordPath = (zone, owner) => `/config-dns/v2/zones/${encodeURIComponent(zone)}/names/${encodeURIComponent((0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(owner))}/types/TXT`;
            const read = async (zone, owner) => {
                const response = await http.request('GET', recordPath(zone, owner), { expect: [404] });
                return response.status === 404 ? undefined : response.body;
            };
            /**
             * Edge DNS has no conditional write on a record set: read it, let plan decide the write, send it, and
             * read back until plan finds nothing to do, so a run that wrote in between cannot drop our values.
             */
            async function rewrite(zone, owner, plan) {
                const name = await zoneOf(zone, owner);
                const path = recordPath(name, owner);
                await ownerLocks.run((0,_serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerKey */ .lf)(apiUrl, name, owner), () => (0,_read_back_js__WEBPACK_IMPORTED_MODULE_3__/* .writeUntilHeld */ .XS)({
                    what: `edgedns: the TXT record set at ${(0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(owner)}`,
                    read: () => read(name, owner),
                    plan,
                    write: async (_current, write) => {
                        if (write.method === 'DELETE')
                            await http.request('DELETE', path, { expect: [404] });
                        // 409 to a POST: another run created the set since our read; the read-back merges into it
                        else if (write.method === 'POST')
                            await http.request('POST', path, { body: write.recordSet, expect: [409] });
                        else
                            await http.request('PUT', path, { body: write.recordSet });
                    },
                    sleep: context.transport?.sleep,
                    log: (message) => context.host.info(message),
                }));
            }
            return {
                id: descriptor.id,
                async append(zone, owner, values) {
                    await rewrite(zone, owner, (current) => {
                        const added = (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .missingTxt */ .vV)(current?.rdata ?? [], values, _txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTxtContent */ .bF).map(_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .formatTxtContent */ .Xs);
                        if (added.length === 0)
                            return undefined;
                        if (current === undefined) {
                            return {
                                method: 'POST',
                                recordSet: { name: (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(owner), type: 'TXT', ttl, rdata: added },
                            };
                        }
                        return {
                            method: 'PUT',
                            recordSet: {
                                name: current.name,
                                type: 'TXT',
                                ttl: current.ttl,
                                rdata: [...current.rdata, ...added],
                            },
                        };
                    });
                },
                async remove(zone, owner, values) {
                    await rewrite(zone, owner, (current) => {
                        if (current === undefined)
                            return undefined;
                        const kept = (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutTxt */ .Pd)(current.rdata, values, _txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTxtContent */ .bF);
                        if (kept === undefined)
                            return undefined;
                        if (kept.length === 0)
                            return { method: 'DELETE' };
                        return {
                            method: 'PUT',
                            recordSet: { name: current.name, type: 'TXT', ttl: current.ttl, rdata: kept },
                        };
                    });
                },
            };
        },
    };
}
const edgedns = createEdgedns();
function readCredentials(env) {
    const edgerc = env.AKAMAI_EDGERC;
    if (edgerc) {
        // lego takes a path; a workflow secret is more naturally the file's contents
        const text = /[\n[=]/.test(edgerc) ? edgerc : (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(edgerc, 'utf8');
        return parseEdgerc(text, env.AKAMAI_EDGERC_SECTION || 'default');
    }
    const missing = [
        'AKAMAI_HOST',
        'AKAMAI_CLIENT_TOKEN',
        'AKAMAI_CLIENT_SECRET',
        'AKAMAI_ACCESS_TOKEN',
    ].filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new Error(`edgedns: set ${missing.join(', ')} (or AKAMAI_EDGERC with the contents of an .edgerc file)`);
    }
    return {
        host: env.AKAMAI_HOST,
        clientToken: env.AKAMAI_CLIENT_TOKEN,
        clientSecret: env.AKAMAI_CLIENT_SECRET,
        accessToken: env.AKAMAI_ACCESS_TOKEN,
    };
}


/***/ }),

/***/ 41350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ WriteLater),
/* harmony export */   XS: () => (/* binding */ writeUntilHeld),
/* harmony export */   wF: () => (/* binding */ failedWrites)
/* harmony export */ });
/* unused harmony exports MAX_WRITES, MAX_FAILED_WRITES */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73329);
/* harmony import */ var _http_send_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42668);
// For APIs that replace a whole TXT set and offer no conditional write: write, read back, and write again until
// the set holds what this run asked for. Another run that read the set before our write and writes after it
// drops our values; its write is seen by our read-back, and its own read-back sees ours, so each run puts back
// only its own values and neither loses the other's.
//
// THE RULE for every provider whose write replaces a whole set (a new one too): a write is planned from the read
// just before it, and is never sent again as it was planned.
//   - Send the whole-set write only from `write` of a writeUntilHeld job, built from `current` (the set `read`
//     just returned: uncached, as the API holds it now) and `planned`, never from anywhere else.
//   - Do not retry it, or catch its failure to send it again. Inside `write` the HTTP layer sends every
//     request once (src/http/send-once.ts), whatever client or `idempotent` option the provider uses. A
//     failure that a later attempt may get past (a timeout, a dropped connection, a 5xx, a 429 or 503 with its
//     wait) comes back here: writeUntilHeld waits (as long as the server asked, else a growing backoff), then
//     reads, plans and writes again. A resent write would be stale: another run may have written in between,
//     and the old set would drop its value, or bring back one that was removed.
//   - An API that says "later" in a way the HTTP layer cannot see (a throttle in a 200 answer) throws WriteLater.
//   - Expected answers that are not failures stay the provider's (`expect: [409]`: someone created the set
//     first): return, and the read-back merges into what is there.
//   - Its unit test shows a 5xx on the write followed by a read, not by the same write: against the provider
//     contract's stateful fake, by naming the write in `wholeSetWrite` (test/support/provider-contract.ts).
// A write that timed out may still land after our next read; the read-back of whichever run it drops a value of
// puts that value back, unless that run had already finished: the window is the server's own processing delay.



/**
 * Thrown by a write that the API refused for now (throttled) without acting on it. The write is not sent
 * again as it was: the set may change while we wait, so it is read and planned again after waitMs.
 */
class WriteLater extends Error {
    waitMs;
    constructor(waitMs) {
        super(`write refused for now; read again in ${waitMs} ms`);
        this.waitMs = waitMs;
    }
}
/** Writes after which a set still not as wanted means another writer keeps replacing it: fail, saying so. */
const MAX_WRITES = 6;
/** Throttled answers waited out in one call, beyond which the HTTP layer's own limits would long have ended it. */
const MAX_DEFERRALS = 8;
/** Writes in a row that failed without an answer to trust (timeout, 5xx): as many as the HTTP layer's attempts. */
const MAX_FAILED_WRITES = 5;
// The read-back waits about as long as our own read and write took: another run's read-to-write window is
// about as long, so a write of theirs based on a read before ours has landed by then.
const MIN_SETTLE_MS = 300;
const MAX_SETTLE_MS = 5_000;
/**
 * Read, plan, write, wait, read back, until the plan finds nothing to do. The wait is jittered and doubles
 * with every write that did not hold, so runs racing on one owner fall apart instead of colliding again.
 */
async function writeUntilHeld(job) {
    const sleep = job.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
    const random = job.random ?? Math.random;
    const retries = failedWrites(job.what, random);
    let writes = 0;
    for (;;) {
        const started = Date.now();
        const current = await job.read();
        const planned = job.plan(current);
        if (planned === undefined)
            return;
        if (writes >= MAX_WRITES) {
            throw new Error(`${job.what} was replaced by another writer after each of our ${MAX_WRITES} writes; ` +
                'is something other than certalias runs rewriting it?');
        }
        if (writes > 0)
            job.log?.(`${job.what} lost a value of ours to another writer; writing it again`);
        try {
            await (0,_http_send_once_js__WEBPACK_IMPORTED_MODULE_2__/* .sendingOnce */ .S)(() => job.write(current, planned));
        }
        catch (error) {
            const wait = retries.waitAfter(error);
            if (wait === undefined)
                throw error;
            job.log?.(wait.message);
            await sleep(wait.ms);
            continue;
        }
        retries.succeeded();
        writes++;
        const cycle = Math.max(MIN_SETTLE_MS, Date.now() - started) * 2 ** (writes - 1);
        await sleep(Math.round(Math.min(MAX_SETTLE_MS, cycle) * (1 + random())));
    }
}
/**
 * The failed writes of one call, counted: waitAfter answers how long to wait before reading the set again (and
 * what to log), or undefined when the error is to be thrown (not one a later write may get past, or too many of them).
 */
function failedWrites(what, random) {
    let failures = 0;
    let deferrals = 0;
    return {
        waitAfter(error) {
            const later = comeBackLater(error);
            if (later === undefined)
                return undefined;
            if (later.waitMs === undefined ? ++failures >= MAX_FAILED_WRITES : ++deferrals > MAX_DEFERRALS)
                return undefined;
            // jittered either way: runs failed or throttled together do not come back together
            const ms = Math.round(later.waitMs === undefined
                ? Math.min(MAX_SETTLE_MS, MIN_SETTLE_MS * 2 ** (failures - 1)) * (1 + random())
                : later.waitMs + random() * MIN_SETTLE_MS);
            return {
                ms,
                message: `${what}: the write ${later.what}; not sent again as it was: reading the set again in ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(ms)}`,
            };
        },
        succeeded() {
            failures = 0;
        },
    };
}
/**
 * How to come back to a write that failed: the wait the API asked for (undefined: back off), and what happened,
 * for the log. Undefined for a failure that a later write would meet again.
 */
function comeBackLater(error) {
    if (error instanceof WriteLater)
        return { waitMs: error.waitMs, what: 'was refused for now' };
    if (!(error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderHttpError */ .gm) || error.transient === undefined)
        return undefined;
    const what = error.status !== undefined
        ? `failed (HTTP ${error.status})`
        : error.kind === 'timeout'
            ? 'got no answer in time (it may still land)'
            : 'lost its connection (it may have landed)';
    return { waitMs: error.transient.waitMs, what };
}


/***/ }),

/***/ 89300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QJ: () => (/* binding */ rememberedUntilFailed),
/* harmony export */   lf: () => (/* binding */ ownerKey),
/* harmony export */   yA: () => (/* binding */ KeyedMutex)
/* harmony export */ });
// Serializes read-merge-write cycles per key (zone + owner) inside this process, for APIs without concurrency control.
class KeyedMutex {
    #tails = new Map();
    /** Run task after every task queued before it under the same key; other keys run in parallel. */
    async run(key, task) {
        const previous = this.#tails.get(key) ?? Promise.resolve();
        let release;
        const done = new Promise((resolve) => {
            release = resolve;
        });
        const tail = previous.then(() => done);
        this.#tails.set(key, tail);
        await previous;
        try {
            return await task();
        }
        finally {
            release();
            // the last one out forgets the key, so the map does not grow with every owner ever written
            if (this.#tails.get(key) === tail)
                this.#tails.delete(key);
        }
    }
    /** Keys with a task running or waiting (for tests). */
    get size() {
        return this.#tails.size;
    }
}
/** The key for one owner in one zone: DNS names compare case-insensitively, and a trailing dot changes nothing. */
function ownerKey(...parts) {
    return parts.map((part) => part.toLowerCase().replace(/\.$/, '')).join('|');
}
/**
 * The promise `make` gives, made once and shared by every caller (a token, a listing); a failed one is forgotten,
 * so the next caller asks again.
 */
function rememberedUntilFailed(make) {
    let remembered;
    return () => {
        if (remembered === undefined) {
            const made = make();
            remembered = made;
            made.catch(() => {
                if (remembered === made)
                    remembered = undefined;
            });
        }
        return remembered;
    };
}


/***/ }),

/***/ 92778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ parseMaybeQuoted),
/* harmony export */   KK: () => (/* binding */ octalPresentationTxt),
/* harmony export */   PM: () => (/* binding */ createMissing),
/* harmony export */   Pd: () => (/* binding */ withoutTxt),
/* harmony export */   RU: () => (/* binding */ mergeTxt),
/* harmony export */   T_: () => (/* binding */ ourTxt),
/* harmony export */   Tl: () => (/* binding */ deleteOurs),
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
// Per-record APIs, where each TXT value is a record of its own.
/** Create a record for each value not yet among the records at the owner, all at once. */
async function createMissing(current, values, read, create) {
    await Promise.all(missingTxt(current, values, read).map(create));
}
/** Delete the records at the owner that hold one of values, all at once; the others stay. */
async function deleteOurs(current, values, read, remove) {
    await Promise.all(ourTxt(current, values, read).map(remove));
}


/***/ }),

/***/ 47314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ relativeName),
/* harmony export */   Nu: () => (/* binding */ zoneFromListing),
/* harmony export */   Ph: () => (/* binding */ zoneCandidates),
/* harmony export */   _S: () => (/* binding */ findZone),
/* harmony export */   h8: () => (/* binding */ absoluteless),
/* harmony export */   lS: () => (/* binding */ zoneAtPath),
/* harmony export */   pn: () => (/* binding */ pathSegment),
/* harmony export */   zu: () => (/* binding */ zoneFinder)
/* harmony export */ });
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89300);

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
/**
 * The provider's zone for an owner, looked up once per (zone, owner) over zoneCandidates: `lookup` answers
 * undefined for a name the account does not have; when none is found the error says `notFound(owner, tried)`.
 * A failed lookup (network, credentials) is not remembered: the next call asks again.
 */
function zoneFinder(lookup, notFound) {
    const found = new Map();
    return (zone, owner) => {
        const key = `${absoluteless(zone)}|${absoluteless(owner)}`;
        let hit = found.get(key);
        if (hit === undefined) {
            const candidates = zoneCandidates(zone, owner);
            hit = findZone(candidates, lookup).then((result) => {
                if (result === undefined)
                    throw new Error(notFound(absoluteless(owner), candidates));
                return result;
            });
            hit.catch(() => found.delete(key));
            found.set(key, hit);
        }
        return hit;
    };
}
/**
 * A zoneFinder lookup for APIs where a GET of a zone's own path answers 404 for a name the account does not hold:
 * the name itself when the path answers.
 */
function zoneAtPath(http, path, options = {}) {
    return async (name) => {
        const { status } = await http.request('GET', path(name), { ...options, expect: [404] });
        return status === 404 ? undefined : name;
    };
}
/**
 * Foreign text (a name from DNS, an id from an API) as one segment of an API path: percent-encoded, so `/`, `?`
 * and `%` stay inside it. `.` and `..` are refused: URL parsing resolves them (encoded or not) and the request
 * would go to another path; an empty segment is refused as well (an apex goes in as the API writes it, e.g. @).
 */
function pathSegment(text) {
    if (text === '' || text === '.' || text === '..') {
        throw new Error(`"${text}" cannot be a segment of an API path: it would name another path than intended`);
    }
    return encodeURIComponent(text);
}
/**
 * For APIs that list the account's zones: the longest listed zone holding the owner (it or a parent of it), or
 * undefined. The listing is asked for once per provider, and again after a failed attempt.
 */
function zoneFromListing(list) {
    const listing = (0,_serialize_js__WEBPACK_IMPORTED_MODULE_0__/* .rememberedUntilFailed */ .QJ)(async () => (await list()).map(absoluteless));
    return async (owner) => {
        const name = absoluteless(owner);
        return (await listing())
            .filter((zone) => name === zone || name.endsWith(`.${zone}`))
            .sort((a, b) => b.length - a.length)[0];
    };
}


/***/ })

};
