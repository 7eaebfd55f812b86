export const id = 2579;
export const ids = [2579];
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

/***/ 12579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createExoscale: () => (/* binding */ createExoscale),
/* harmony export */   exoscale: () => (/* binding */ exoscale),
/* harmony export */   exoscaleAuthorization: () => (/* binding */ exoscaleAuthorization)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39308);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47314);
// Exoscale DNS (API v2), every request signed with EXO2-HMAC-SHA256.
// Concurrency: per-record. Each TXT value is a record with its own id: append creates only the values missing,
// remove deletes only the records holding our values; other writers' records are never touched.






const DEFAULT_ZONE = 'ch-gva-2';
const CREDENTIALS = 'EXOSCALE_API_KEY and EXOSCALE_API_SECRET';
// How long a signature stays valid: long enough for a slow network, short enough to be worthless when seen later.
const SIGNATURE_LIFETIME_S = 600;
// Operations on a record finish within seconds; a minute of polling means something is wrong at Exoscale.
const OPERATION_POLL_MS = 1000;
const OPERATION_POLLS = 60;
const descriptor = {
    id: 'exoscale',
    name: 'Exoscale',
    credentials: [
        { env: 'EXOSCALE_API_KEY', description: 'API key (EXO...) of an IAM key', secret: true },
        { env: 'EXOSCALE_API_SECRET', description: 'Secret of that IAM key', secret: true },
    ],
    settings: [
        {
            env: 'EXOSCALE_API_URL',
            description: 'API base URL; when empty, https://api-<EXOSCALE_API_ZONE>.exoscale.com/v2',
            default: `https://api-${DEFAULT_ZONE}.exoscale.com/v2`,
            aliases: ['EXOSCALE_ENDPOINT'],
        },
        {
            env: 'EXOSCALE_API_ZONE',
            description: 'Exoscale zone whose API endpoint to call',
            default: DEFAULT_ZONE,
        },
        { env: 'EXOSCALE_TTL', description: 'TTL of the TXT records (seconds)', default: '60' },
    ],
    leastPrivilege: 'Create an IAM role (IAM > Roles) with a policy for the dns service only, allowing list-dns-domains, ' +
        'list-dns-domain-records, create-dns-domain-record, delete-dns-domain-record and get-operation, with a rule ' +
        'that limits the record operations to the alias zone (e.g. `parameters.domain_id == "<alias zone id>"`), and ' +
        'create an API key for that role. The key then cannot touch other zones or any other Exoscale service.',
    docs: 'https://openapi-v2.exoscale.com/topic/topic-api-request-signature',
};
/**
 * The Authorization header: the message is `<METHOD> <path>`, the body, the values of the single-valued query
 * parameters sorted by name and concatenated, the signed header values (none), and the expiry, joined by
 * newlines; the signature is its base64 HMAC-SHA256 under the API secret.
 */
function exoscaleAuthorization(key, secret, request) {
    const names = [...new Set(request.query.keys())]
        .filter((name) => request.query.getAll(name).length === 1)
        .sort();
    const message = [
        `${request.method} ${request.path}`,
        request.body,
        names.map((name) => request.query.get(name)).join(''),
        '',
        String(request.expires),
    ].join('\n');
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', secret).update(message, 'utf8').digest('base64');
    const signed = names.length > 0 ? `,signed-query-args=${names.join(';')}` : '';
    return `EXO2-HMAC-SHA256 credential=${key}${signed},expires=${request.expires},signature=${signature}`;
}
function createExoscale(options = {}) {
    const now = options.now ?? Date.now;
    return {
        descriptor,
        create(context) {
            const env = context.env;
            const key = env.EXOSCALE_API_KEY ?? '';
            const secret = env.EXOSCALE_API_SECRET ?? '';
            const region = env.EXOSCALE_API_ZONE || DEFAULT_ZONE;
            const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_4__/* .readTtl */ .J)(env, 'EXOSCALE_TTL', { default: 60 });
            const sleep = context.transport?.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(ms));
            const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
                provider: 'exoscale',
                baseUrl: env.EXOSCALE_API_URL || `https://api-${encodeURIComponent(region)}.exoscale.com/v2`,
                headers: { accept: 'application/json' },
                secrets: [key, secret],
                credentialHint: CREDENTIALS,
                // signed per attempt: the signature carries its expiry
                signRequest: ({ method, url, body }) => ({
                    authorization: exoscaleAuthorization(key, secret, {
                        method,
                        path: url.pathname,
                        body: body ?? '',
                        query: url.searchParams,
                        expires: Math.floor(now() / 1000) + SIGNATURE_LIFETIME_S,
                    }),
                }),
            });
            const zoneOf = (0,_zone_js__WEBPACK_IMPORTED_MODULE_5__/* .zoneFinder */ .zu)(async (name) => {
                const { body } = await http.request('GET', '/dns-domain');
                return body['dns-domains'].find((d) => d['unicode-name'].toLowerCase() === name)?.id;
            }, (owner, tried) => `exoscale: no DNS domain for ${owner} in this organization (tried ${tried.join(', ')}); ` +
                `add the alias zone in Exoscale DNS, or check that ${CREDENTIALS} belong to its organization`);
            const recordsPath = (domainId) => `/dns-domain/${encodeURIComponent(domainId)}/record`;
            const readTxt = async (domainId, name) => {
                const { body } = await http.request('GET', recordsPath(domainId));
                return body['dns-domain-records'].filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name);
            };
            /** Changes are asynchronous operations: wait for each, so a failure is reported and not lost. */
            const settle = async (first) => {
                let operation = first;
                for (let poll = 0; operation.state === 'pending'; poll++) {
                    if (poll >= OPERATION_POLLS) {
                        throw new Error(`exoscale: operation ${operation.id} still pending after ${OPERATION_POLLS} s`);
                    }
                    await sleep(OPERATION_POLL_MS);
                    operation = (await http.request('GET', `/operation/${encodeURIComponent(operation.id)}`))
                        .body;
                }
                if (operation.state !== 'success') {
                    throw new Error(http.redact(`exoscale: operation ${operation.id} ended in ${operation.state}: ${operation.reason ?? ''} ${operation.message ?? ''}`.trim()));
                }
            };
            const locate = async (zone, owner) => {
                const found = await zoneOf(zone, owner);
                return { domainId: found.zone, name: (0,_zone_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeName */ .IC)(owner, found.name) };
            };
            return {
                id: descriptor.id,
                async append(zone, owner, values) {
                    const { domainId, name } = await locate(zone, owner);
                    // one POST per value: the API creates one record a call
                    for (const value of (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .missingTxt */ .vV)(await readTxt(domainId, name), values, recordValue)) {
                        const { body } = await http.request('POST', recordsPath(domainId), {
                            body: { name, type: 'TXT', content: value, ttl },
                        });
                        await settle(body);
                    }
                },
                async remove(zone, owner, values) {
                    const { domainId, name } = await locate(zone, owner);
                    for (const record of (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .ourTxt */ .T_)(await readTxt(domainId, name), values, recordValue)) {
                        const { body } = await http.request('DELETE', `${recordsPath(domainId)}/${encodeURIComponent(record.id)}`);
                        await settle(body);
                    }
                },
            };
        },
    };
}
const exoscale = createExoscale();
/** Exoscale may hand a TXT value back quoted: ours are written bare. */
function recordValue(record) {
    return (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMaybeQuoted */ .IX)(record.content);
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
