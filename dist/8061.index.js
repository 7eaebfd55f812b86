export const id = 8061;
export const ids = [8061];
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

/***/ 98061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   httpreq: () => (/* binding */ httpreq)
/* harmony export */ });
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39308);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89300);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47314);
// lego's httpreq protocol: POST {fqdn, value} to <endpoint>/present and /cleanup, once per value, on a server of your own.



const descriptor = {
    id: 'httpreq',
    name: 'HTTP request (lego httpreq)',
    credentials: [
        {
            env: 'HTTPREQ_ENDPOINT',
            description: 'URL of your server (lego name), e.g. https://dns-hook.example.org/acme; /present and /cleanup are appended',
            set: 'endpoint as lego names it',
        },
        {
            env: 'HTTPREQ_API_URL',
            description: 'The same URL under this project’s <PREFIX>_API_URL name; wins when both are set',
            set: 'endpoint as certalias names it',
        },
    ],
    settings: [
        {
            env: 'HTTPREQ_USERNAME',
            description: 'Basic authentication user name (with HTTPREQ_PASSWORD)',
            secret: true,
        },
        {
            env: 'HTTPREQ_PASSWORD',
            description: 'Basic authentication password (with HTTPREQ_USERNAME)',
            secret: true,
        },
        {
            env: 'HTTPREQ_MODE',
            description: "Only the default mode (JSON {fqdn, value}); lego's RAW mode sends the ACME token and key authorization, " +
                'which this action does not hand to a DNS provider, so RAW is refused',
            default: '',
            values: [],
        },
    ],
    leastPrivilege: 'The server is yours: let it accept only TXT changes under the alias zone (reject any fqdn outside ' +
        '_acme-challenge names of validation.example.org), require basic authentication with a password used for ' +
        'nothing else, and serve it over HTTPS. /present must add the value and keep the others at the name; ' +
        '/cleanup must remove only that value.',
    docs: 'https://go-acme.github.io/lego/dns/httpreq/',
};
// One per process: a server doing its own read-merge-write must see one request per owner at a time.
const ownerLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyedMutex */ .yA();
const httpreq = {
    descriptor,
    create(context) {
        const endpoint = context.env.HTTPREQ_API_URL || context.env.HTTPREQ_ENDPOINT || '';
        const endpointName = context.env.HTTPREQ_API_URL ? 'HTTPREQ_API_URL' : 'HTTPREQ_ENDPOINT';
        const mode = (context.env.HTTPREQ_MODE ?? '').trim();
        if (mode !== '') {
            throw new Error(`HTTPREQ_MODE=${mode} is not supported: only the default mode, which posts {"fqdn", "value"}; unset HTTPREQ_MODE`);
        }
        const username = context.env.HTTPREQ_USERNAME ?? '';
        const password = context.env.HTTPREQ_PASSWORD ?? '';
        if (Boolean(username) !== Boolean(password)) {
            throw new Error('HTTPREQ_USERNAME and HTTPREQ_PASSWORD go together: set both for basic authentication, or neither');
        }
        const basic = username ? (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .basicAuth */ .tB)(username, password) : undefined;
        const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .oX)(context, {
            provider: 'httpreq',
            baseUrl: checkedUrl(endpoint, endpointName),
            headers: basic ? { authorization: basic.authorization } : {},
            secrets: [username, password, ...(basic?.secrets ?? [])],
            credentialHint: basic
                ? 'HTTPREQ_USERNAME and HTTPREQ_PASSWORD'
                : `${endpointName} (the server wants credentials? set HTTPREQ_USERNAME and HTTPREQ_PASSWORD)`,
        });
        async function send(action, owner, values) {
            const fqdn = `${(0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(owner)}.`;
            await ownerLocks.run((0,_serialize_js__WEBPACK_IMPORTED_MODULE_1__/* .ownerKey */ .lf)(endpoint, owner), async () => {
                for (const value of new Set(values)) {
                    await http.request('POST', `/${action}`, { body: { fqdn, value } });
                }
            });
        }
        return {
            id: 'httpreq',
            append: (_zone, owner, values) => send('present', owner, values),
            remove: (_zone, owner, values) => send('cleanup', owner, values),
        };
    },
};
function checkedUrl(value, name) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw new Error(`${name} must be the URL of your httpreq server, e.g. https://dns-hook.example.org/acme`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`${name} must start with http:// or https://`);
    }
    if (url.username || url.password) {
        // a password in the URL would travel into logs and error messages; basic auth has its own variables
        throw new Error(`${name} must not carry a user or password; set HTTPREQ_USERNAME and HTTPREQ_PASSWORD instead`);
    }
    return url.href;
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
