export const id = 7174;
export const ids = [7174];
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

/***/ 37174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   transip: () => (/* binding */ transip),
/* harmony export */   transipSignature: () => (/* binding */ transipSignature)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39308);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89300);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47314);
// TransIP (REST API v6): a JWT from /auth, whose request body is signed with the account's private key.
// Concurrency: per-record. The API adds and removes single DNS entries (name, expire, type, content): append adds
// only the values missing, remove deletes exactly our entries; other entries at the owner are never touched.







const API_URL = 'https://api.transip.nl/v6';
const CREDENTIALS = 'TRANSIP_ACCOUNT_NAME and TRANSIP_PRIVATE_KEY_PATH';
const descriptor = {
    id: 'transip',
    name: 'TransIP',
    credentials: [
        { env: 'TRANSIP_ACCOUNT_NAME', description: 'Login name of the TransIP account' },
        {
            env: 'TRANSIP_PRIVATE_KEY_PATH',
            description: 'The PEM private key of an API key pair (Control panel > Account > API), or, as lego takes it, the path of a file holding it',
            secret: true,
        },
    ],
    settings: [
        { env: 'TRANSIP_API_URL', description: 'API base URL', default: API_URL },
        {
            env: 'TRANSIP_TTL',
            description: "TTL (expire) of the TXT entries, in seconds: TransIP's expire values",
            default: '60',
            values: ['60', '300', '3600', '86400'],
        },
    ],
    leastPrivilege: 'TransIP API keys act for the whole account and cannot be limited to one domain. Keep the alias zone in a ' +
        'TransIP account of its own (it can be a small account that holds only that domain) and make the key pair ' +
        'there; the key must be a global key (not whitelisted to IP addresses), as runners have no fixed address.',
    docs: 'https://api.transip.nl/rest/docs.html',
};
/**
 * The Signature header of a /auth request: base64 of the RSA signature (PKCS#1 v1.5, SHA-512) over the exact
 * bytes of the JSON body, made with the account's private key.
 */
function transipSignature(body, key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha512', Buffer.from(body, 'utf8'), key).toString('base64');
}
const transip = {
    descriptor,
    create(context) {
        const env = context.env;
        const login = env.TRANSIP_ACCOUNT_NAME ?? '';
        const keyText = privateKeyText(env.TRANSIP_PRIVATE_KEY_PATH ?? '');
        // a key is masked whole and line by line: a log line may hold one line of it
        for (const line of keyText.split(/\r?\n/))
            if (line.trim().length > 16)
                context.host.mask(line.trim());
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_4__/* .readTtl */ .J)(env, 'TRANSIP_TTL', { default: 60, min: 60, max: 86_400 });
        if (![60, 300, 3600, 86400].includes(ttl)) {
            throw new Error(`TRANSIP_TTL must be one of 60, 300, 3600 or 86400 (TransIP's expire values); got "${ttl}"`);
        }
        let key;
        try {
            key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(keyText);
        }
        catch {
            throw new Error('TRANSIP_PRIVATE_KEY_PATH holds no readable PEM private key; give the key of the API key pair');
        }
        const common = {
            provider: 'transip',
            apiUrlEnv: 'TRANSIP_API_URL',
            defaultUrl: API_URL,
            secrets: [keyText],
            credentialHint: CREDENTIALS,
            // over the limit, the API answers 429 and says in X-Rate-Limit-Reset (epoch seconds) when the window opens
            throttle: (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .rateLimitResetIn */ .Gx)('x-rate-limit-reset'),
        };
        const auth = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, common);
        // A token lives 30 minutes, longer than a run needs: one per provider instance.
        const bearer = (0,_serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .rememberedUntilFailed */ .QJ)(() => {
            const body = JSON.stringify({
                login,
                // the API accepts each nonce once; at most 32 characters
                nonce: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex'),
                read_only: false,
                expiration_time: '30 minutes',
                global_key: true,
            });
            return auth
                .request('POST', '/auth', {
                text: body,
                headers: { 'content-type': 'application/json', signature: transipSignature(body, key) },
                // a resent body would reuse its nonce, which the API refuses: a failed /auth is asked anew next time
                idempotent: false,
            })
                .then(({ body: answer }) => {
                context.host.mask(answer.token);
                return answer.token;
            });
        });
        const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
            ...common,
            signRequest: async () => ({ authorization: `Bearer ${await bearer()}` }),
        });
        const zoneOf = (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .zoneFinder */ .zu)(async (name) => {
            const response = await http.request('GET', `/domains/${encodeURIComponent(name)}`, { expect: [404] });
            return response.status === 404 ? undefined : name;
        }, (owner, tried) => `transip: no domain for ${owner} in this account (tried ${tried.join(', ')}); ` +
            `check that ${CREDENTIALS} belong to the account holding the alias zone`);
        const dnsPath = (zone) => `/domains/${encodeURIComponent(zone)}/dns`;
        const readTxt = async (zone, name) => {
            const { body } = await http.request('GET', dnsPath(zone));
            return body.dnsEntries.filter((e) => e.type === 'TXT' && e.name.toLowerCase() === name);
        };
        const locate = async (zone, owner) => {
            const { name } = await zoneOf(zone, owner);
            return { zone: name, name: (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .relativeName */ .IC)(owner, name) || '@' };
        };
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                const where = await locate(zone, owner);
                // one POST per entry: the API adds a single entry a call
                for (const value of (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .missingTxt */ .vV)(await readTxt(where.zone, where.name), values, entryValue)) {
                    await http.request('POST', dnsPath(where.zone), {
                        body: { dnsEntry: { name: where.name, expire: ttl, type: 'TXT', content: value } },
                    });
                }
            },
            async remove(zone, owner, values) {
                const where = await locate(zone, owner);
                for (const entry of (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .ourTxt */ .T_)(await readTxt(where.zone, where.name), values, entryValue)) {
                    // DELETE removes the entry that matches all four fields exactly
                    await http.request('DELETE', dnsPath(where.zone), { body: { dnsEntry: entry } });
                }
            },
        };
    },
};
function entryValue(entry) {
    return (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMaybeQuoted */ .IX)(entry.content);
}
/** lego takes a path; a workflow secret is more naturally the key itself. */
function privateKeyText(value) {
    if (value.includes('-----BEGIN'))
        return value;
    if (value.trim() === '')
        return '';
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(value.trim(), 'utf8');
    }
    catch {
        throw new Error('TRANSIP_PRIVATE_KEY_PATH is neither a PEM private key nor the path of a readable file');
    }
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
