export const id = 4506;
export const ids = [4506];
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

/***/ 34506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   infoblox: () => (/* binding */ infoblox)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39308);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73329);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28782);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47314);
// Infoblox NIOS through WAPI. Concurrency: per-record. Each TXT value is a record:txt object of its own, so an
// append creates only ours and a removal deletes only the objects holding our values.







const DEFAULT_PORT = '443';
const DEFAULT_WAPI_VERSION = '2.11';
// lego's default; NIOS itself names its first view "default"
const DEFAULT_VIEW = 'External';
const descriptor = {
    id: 'infoblox',
    name: 'Infoblox NIOS (WAPI)',
    credentials: [
        {
            env: 'INFOBLOX_HOST',
            description: 'Host name of the Grid Manager, e.g. gm.example.org (no scheme, no port)',
        },
        { env: 'INFOBLOX_USERNAME', description: 'WAPI user name (HTTP basic authentication)' },
        { env: 'INFOBLOX_PASSWORD', description: "The WAPI user's password", secret: true },
    ],
    settings: [
        {
            env: 'INFOBLOX_API_URL',
            description: 'WAPI base URL; replaces the one made of INFOBLOX_HOST, INFOBLOX_PORT and INFOBLOX_WAPI_VERSION (a proxy, a test server)',
            default: 'https://<INFOBLOX_HOST>:<INFOBLOX_PORT>/wapi/v<INFOBLOX_WAPI_VERSION>',
        },
        { env: 'INFOBLOX_PORT', description: 'HTTPS port of the Grid Manager', default: DEFAULT_PORT },
        { env: 'INFOBLOX_WAPI_VERSION', description: 'WAPI version in the path', default: DEFAULT_WAPI_VERSION },
        {
            env: 'INFOBLOX_DNS_VIEW',
            description: `DNS view that holds the alias zone (${DEFAULT_VIEW} as in lego; NIOS names its first view "default")`,
            default: DEFAULT_VIEW,
        },
        { env: 'INFOBLOX_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
        {
            env: 'INFOBLOX_CA_CERTIFICATE',
            description: "The CA certificate(s) of the Grid Manager's HTTPS certificate, as PEM text or (as lego takes it) the path of " +
                'a PEM file; then only these are trusted for the Grid Manager. NODE_EXTRA_CA_CERTS=<PEM file> in the ' +
                "step's environment works too, for every connection of the run",
        },
        {
            env: 'INFOBLOX_SSL_VERIFY',
            description: 'Only on: turning the certificate check off is refused, since the WAPI password would go to whoever ' +
                "answers at the Grid Manager's address; give its CA with INFOBLOX_CA_CERTIFICATE instead",
            default: 'true',
            values: ['true', '1', 'yes'],
        },
    ],
    leastPrivilege: 'Create a WAPI-only admin group (Administration > Administrators > Groups, allowed interface API only) with ' +
        'Read/Write permission on TXT records of the alias zone alone (Permissions > add a permission on the zone ' +
        'validation.example.org in the view, resource type TXT Records) and no other permission, so the user cannot ' +
        'touch other zones or record types; put a user with a long random password in that group. The WAPI ' +
        'reference of your own grid is at https://<grid manager>/wapidoc/ (objects > record:txt).',
    docs: 'https://demogm1.infoblox.com/wapidoc/',
};
const infoblox = {
    descriptor,
    create(context) {
        const { env } = context;
        const username = env.INFOBLOX_USERNAME ?? '';
        const password = env.INFOBLOX_PASSWORD ?? '';
        const view = env.INFOBLOX_DNS_VIEW?.trim() || DEFAULT_VIEW;
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_5__/* .readTtl */ .J)(env, 'INFOBLOX_TTL', { default: 120 });
        refuseUncheckedTls(env.INFOBLOX_SSL_VERIFY);
        const ca = caCertificates(env.INFOBLOX_CA_CERTIFICATE);
        const basic = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_1__/* .basicAuth */ .tB)(username, password);
        const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_1__/* .providerHttp */ .oX)({
            ...context,
            // a private CA is trusted only on connections of their own, not on the run's shared ones
            transport: ca === undefined || context.transport?.send !== undefined
                ? context.transport
                : { ...context.transport, send: (0,_http_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .connections */ .oQ)({ connectTimeoutMs: 10_000, ca }).send },
        }, {
            provider: 'infoblox',
            baseUrl: env.INFOBLOX_API_URL?.trim() || wapiUrl(env),
            headers: { authorization: basic.authorization, accept: 'application/json' },
            secrets: basic.secrets,
            credentialHint: 'INFOBLOX_USERNAME and INFOBLOX_PASSWORD',
        });
        const txtObjects = async (owner) => {
            const { body } = await http.request('GET', '/record:txt', {
                query: { name: (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(owner), view, _return_fields: 'name,text,view' },
            });
            return Array.isArray(body) ? body : [];
        };
        return {
            id: descriptor.id,
            async append(_zone, owner, values) {
                const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(owner);
                const missing = (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .missingTxt */ .vV)(await txtObjects(name), values, textValue);
                // one object per value: WAPI creates a record:txt per request
                await Promise.all(missing.map((value) => http
                    .request('POST', '/record:txt', {
                    body: {
                        name,
                        text: wapiText(value),
                        view,
                        ttl,
                        use_ttl: true,
                        comment: 'certalias ACME challenge',
                    },
                })
                    .catch((error) => {
                    // another run with the same authorization created it first: the value is there, as asked
                    if (alreadyThere(error))
                        return;
                    if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderHttpError */ .gm && error.status === 400) {
                        throw (0,_http_api_js__WEBPACK_IMPORTED_MODULE_1__/* .withHint */ .mu)(error, `Check INFOBLOX_DNS_VIEW ("${view}"): an authoritative zone of that view must hold ${name}`);
                    }
                    throw error;
                })));
            },
            async remove(_zone, owner, values) {
                const ours = (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .ourTxt */ .T_)(await txtObjects(owner), values, textValue);
                // 404: gone already (another run's cleanup of the same value)
                await Promise.all(ours.map((o) => http.request('DELETE', refPath(o._ref), { expect: [404] })));
            },
        };
    },
};
/** https://<host>:<port>/wapi/v<version>, each part checked, as lego and Infoblox's Go client build it. */
function wapiUrl(env) {
    const host = env.INFOBLOX_HOST?.trim() ?? '';
    const port = env.INFOBLOX_PORT?.trim() || DEFAULT_PORT;
    const version = (env.INFOBLOX_WAPI_VERSION?.trim() || DEFAULT_WAPI_VERSION).replace(/^v/i, '');
    if (!/^[a-z0-9.-]+$/i.test(host) && !/^\[[0-9a-f:.]+\]$/i.test(host)) {
        throw new Error(`INFOBLOX_HOST must be the Grid Manager's host name alone, e.g. gm.example.org; got "${host}" ` +
            '(a whole URL goes in INFOBLOX_API_URL)');
    }
    if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
        throw new Error(`INFOBLOX_PORT must be a port number, e.g. ${DEFAULT_PORT}; got "${port}"`);
    }
    if (!/^\d+(\.\d+)*$/.test(version)) {
        throw new Error(`INFOBLOX_WAPI_VERSION must be a version such as ${DEFAULT_WAPI_VERSION}; got "${version}"`);
    }
    return `https://${host}:${port}/wapi/v${version}`;
}
function refuseUncheckedTls(value) {
    const setting = value?.trim().toLowerCase() ?? '';
    if (setting === '' || ['true', '1', 'yes'].includes(setting))
        return;
    throw new Error(`INFOBLOX_SSL_VERIFY="${value}" is refused: without the certificate check the WAPI password goes to whoever ` +
        "answers at the Grid Manager's address. Give the Grid Manager's CA certificate in INFOBLOX_CA_CERTIFICATE " +
        '(PEM text or a file path), or NODE_EXTRA_CA_CERTS=<PEM file>, and remove INFOBLOX_SSL_VERIFY');
}
/** The PEM text of INFOBLOX_CA_CERTIFICATE (the text itself, or read from the file it names). */
function caCertificates(setting) {
    const value = setting?.trim() ?? '';
    if (value === '')
        return undefined;
    let pem = value;
    if (!value.includes('-----BEGIN')) {
        try {
            pem = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(value, 'utf8');
        }
        catch (error) {
            throw new Error(`INFOBLOX_CA_CERTIFICATE names a file that cannot be read (${error.code ?? 'error'}); ` +
                'give the PEM text itself or the path of a readable PEM file');
        }
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
        throw new Error('INFOBLOX_CA_CERTIFICATE holds no PEM certificate (-----BEGIN CERTIFICATE-----)');
    }
    return pem;
}
/** WAPI's text field: a plain value as is; one with spaces, quotes or beyond 255 bytes as quoted strings. */
function wapiText(value) {
    return /^[\x21\x23-\x5b\x5d-\x7e]{1,255}$/.test(value) ? value : (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .formatTxtContent */ .Xs)(value);
}
function textValue(object) {
    return (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMaybeQuoted */ .IX)(object.text);
}
/**
 * The object reference as a path (record:txt/<id>:<name>/<view>): it comes from the server, so it must be a
 * record:txt reference, and each of its parts stays one segment (a view may hold spaces).
 */
function refPath(ref) {
    if (!ref.startsWith('record:txt/')) {
        throw new Error(`infoblox: the server gave "${ref.slice(0, 80)}" as a TXT record's reference`);
    }
    return `/${ref
        .split('/')
        .map((part) => (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .pathSegment */ .pn)(part).replace(/%3A/gi, ':'))
        .join('/')}`;
}
/** WAPI's "The record '…' already exists." (Client.Ibap.Data.Conflict). */
function alreadyThere(error) {
    return (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderHttpError */ .gm &&
        error.status === 400 &&
        /Client\.Ibap\.Data\.Conflict/.test(error.bodyExcerpt ?? '') &&
        /already exists/i.test(error.bodyExcerpt ?? ''));
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
