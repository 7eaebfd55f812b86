export const id = 1897;
export const ids = [1897];
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

/***/ 11897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mythicbeasts: () => (/* binding */ mythicbeasts)
/* harmony export */ });
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39308);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73329);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47314);
// Mythic Beasts DNS API v2, with a bearer token from the OAuth client-credentials login. Concurrency: per-record.
// POST adds records to the owner's set, DELETE with ?data= removes the records holding that value, so neither
// touches another value at the owner.





const API_URL = 'https://api.mythic-beasts.com/dns/v2';
const AUTH_URL = 'https://auth.mythic-beasts.com/login';
// a token is renewed this long before the end of its life, so that none expires between check and use
const TOKEN_MARGIN_MS = 30_000;
const descriptor = {
    id: 'mythicbeasts',
    name: 'Mythic Beasts (DNS API v2)',
    credentials: [
        { env: 'MYTHICBEASTS_USERNAME', description: 'Key ID of the API key (the OAuth client id)' },
        { env: 'MYTHICBEASTS_PASSWORD', description: 'Secret of the API key', secret: true },
    ],
    settings: [
        {
            env: 'MYTHICBEASTS_API_ENDPOINT',
            description: 'DNS API v2 base URL',
            default: API_URL,
            aliases: ['MYTHICBEASTS_API_URL'],
        },
        {
            env: 'MYTHICBEASTS_AUTH_API_ENDPOINT',
            description: 'Where the API key logs in for a token',
            default: AUTH_URL,
        },
        { env: 'MYTHICBEASTS_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
    ],
    leastPrivilege: 'Create an API key for this purpose only (Control panel > API keys) and, under its DNS API permissions, ' +
        'allow it the alias zone alone (validation.example.org), record type TXT and the host _acme-challenge (or ' +
        'one line per host the action writes), with read and write. The key can then change those TXT records and ' +
        'nothing else of the account.',
    docs: 'https://www.mythic-beasts.com/support/api/dnsv2',
};
const mythicbeasts = {
    descriptor,
    create(context) {
        const { env } = context;
        const keyId = env.MYTHICBEASTS_USERNAME ?? '';
        const secret = env.MYTHICBEASTS_PASSWORD ?? '';
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_3__/* .readTtl */ .J)(env, 'MYTHICBEASTS_TTL', { default: 120 });
        const credentialHint = 'MYTHICBEASTS_USERNAME and MYTHICBEASTS_PASSWORD';
        const login = new URL(env.MYTHICBEASTS_AUTH_API_ENDPOINT?.trim() || AUTH_URL);
        const basic = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .basicAuth */ .tB)(keyId, secret);
        const auth = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .oX)(context, {
            provider: 'mythicbeasts',
            baseUrl: login.origin,
            headers: { authorization: basic.authorization, accept: 'application/json' },
            secrets: basic.secrets,
            credentialHint,
        });
        const api = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .oX)(context, {
            provider: 'mythicbeasts',
            apiUrlEnv: 'MYTHICBEASTS_API_ENDPOINT',
            defaultUrl: API_URL,
            headers: { accept: 'application/json' },
            secrets: [secret],
            credentialHint,
        });
        let token;
        /** The token, logged in for when there is none, or when the one held is about to expire or failed. */
        const bearer = async () => {
            const cached = token;
            if (cached !== undefined) {
                const held = await cached.catch(() => undefined);
                if (held !== undefined && Date.now() < held.until)
                    return held.value;
                if (token === cached)
                    token = undefined;
            }
            if (token === undefined) {
                const fresh = obtainToken(auth, login.pathname, (value) => context.host.mask(value));
                token = fresh;
                fresh.catch(() => {
                    if (token === fresh)
                        token = undefined;
                });
            }
            return (await token).value;
        };
        /** A request with the bearer token; a 401 (the token revoked or expired early) logs in once more. */
        const call = async (method, path, options = {}) => {
            for (let attempt = 0;; attempt++) {
                const response = await api.request(method, path, {
                    ...options,
                    headers: { authorization: `Bearer ${await bearer()}` },
                    expect: attempt === 0 ? [401] : [],
                });
                if (response.status !== 401)
                    return response.body;
                token = undefined;
            }
        };
        const listedZone = (0,_zone_js__WEBPACK_IMPORTED_MODULE_4__/* .zoneFromListing */ .Nu)(async () => (await call('GET', '/zones')).zones ?? []);
        /** The owner's zone (the longest of the key's zones holding it), its host in that zone, and the records path. */
        const target = async (owner) => {
            const zone = await listedZone(owner);
            if (zone === undefined) {
                throw new Error(`mythicbeasts: no zone of the API key in MYTHICBEASTS_USERNAME holds ${owner}; ` +
                    'check that the key is allowed the alias zone');
            }
            const host = (0,_zone_js__WEBPACK_IMPORTED_MODULE_4__/* .relativeName */ .IC)(owner, zone) || '@';
            if (host === '.' || host === '..') {
                // no URL can carry it: URL parsing takes such a segment as a step up the path, encoded or not
                throw new Error(`mythicbeasts: cannot write ${owner}: its name in the zone, "${host}", would be a step in the API's path`);
            }
            return { host, path: `/zones/${(0,_zone_js__WEBPACK_IMPORTED_MODULE_4__/* .pathSegment */ .pn)(zone)}/records/${(0,_zone_js__WEBPACK_IMPORTED_MODULE_4__/* .pathSegment */ .pn)(host)}/TXT` };
        };
        const txtRecords = async (path) => ((await call('GET', path)).records ?? []).filter((r) => r.type === 'TXT');
        return {
            id: descriptor.id,
            async append(_zone, owner, values) {
                const { host, path } = await target((0,_zone_js__WEBPACK_IMPORTED_MODULE_4__/* .absoluteless */ .h8)(owner));
                const missing = (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_2__/* .missingTxt */ .vV)(await txtRecords(path), values, (r) => r.data);
                if (missing.length === 0)
                    return;
                // every missing value in one request
                await call('POST', path, {
                    body: { records: missing.map((data) => ({ host, ttl, type: 'TXT', data })) },
                });
            },
            async remove(_zone, owner, values) {
                const { path } = await target((0,_zone_js__WEBPACK_IMPORTED_MODULE_4__/* .absoluteless */ .h8)(owner));
                for (const record of (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_2__/* .ourTxt */ .T_)(await txtRecords(path), values, (r) => r.data)) {
                    await call('DELETE', path, { query: { data: record.data } });
                }
            },
        };
    },
};
/** POST grant_type=client_credentials with the key in basic authentication; the token is masked at once. */
async function obtainToken(auth, path, mask) {
    const { body } = await auth.request('POST', path, { form: { grant_type: 'client_credentials' } });
    if (typeof body?.access_token !== 'string' || body.token_type?.toLowerCase() !== 'bearer') {
        throw new _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderHttpError */ .gm({
            message: `mythicbeasts: the login at ${path} gave no bearer token`,
            provider: 'mythicbeasts',
            method: 'POST',
            path,
            kind: 'http',
            attempts: 1,
        });
    }
    mask(body.access_token);
    const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : 300) * 1000;
    return { value: body.access_token, until: Date.now() + Math.max(0, lifetimeMs - TOKEN_MARGIN_MS) };
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
