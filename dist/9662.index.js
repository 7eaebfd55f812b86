export const id = 9662;
export const ids = [9662];
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

/***/ 9662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   arvancloud: () => (/* binding */ arvancloud)
/* harmony export */ });
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39308);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47314);
// ArvanCloud DNS (CDN API 4.0): one TXT record per value, so appending never touches other values at the owner.


const API_URL = 'https://napi.arvancloud.ir/cdn/4.0';
// lego refuses less; ArvanCloud's panel offers 120 s and up, but 600 s is what is known to be accepted everywhere
const DEFAULT_TTL = '600';
const descriptor = {
    id: 'arvancloud',
    name: 'ArvanCloud',
    credentials: [
        {
            env: 'ARVANCLOUD_API_KEY',
            description: 'API key as the panel shows it (`Apikey xxxxxxxx-...`); the `Apikey ` prefix is added when missing',
            secret: true,
        },
    ],
    settings: [
        { env: 'ARVANCLOUD_API_URL', description: 'API base URL', default: API_URL },
        { env: 'ARVANCLOUD_TTL', description: 'TTL (seconds) of the TXT records', default: DEFAULT_TTL },
    ],
    leastPrivilege: 'Create a machine user (Machine users in the panel) with its own API key, and give it access to the CDN/DNS ' +
        'service of the alias zone only, no account-wide role. Where your account cannot limit a key to one domain, ' +
        'keep the alias zone in a separate ArvanCloud account that holds nothing else.',
    docs: 'https://www.arvancloud.com/docs/api/cdn/4.0',
};
const PER_PAGE = 100;
const arvancloud = {
    descriptor,
    create(context) {
        const raw = (context.env.ARVANCLOUD_API_KEY ?? '').trim();
        // the panel shows the key with its scheme; people paste either form
        const authorization = /^apikey\s/i.test(raw) ? raw : `Apikey ${raw}`;
        const bareKey = raw.replace(/^apikey\s+/i, '');
        const ttl = Number(context.env.ARVANCLOUD_TTL || DEFAULT_TTL);
        const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .oX)(context, {
            provider: 'arvancloud',
            apiUrlEnv: 'ARVANCLOUD_API_URL',
            defaultUrl: API_URL,
            headers: { authorization, accept: 'application/json' },
            secrets: [raw, bareKey],
            credentialHint: 'ARVANCLOUD_API_KEY',
        });
        const domainFor = (0,_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .zoneFinder */ .zu)((0,_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .zoneAtPath */ .lS)(http, (name) => `/domains/${encodeURIComponent(name)}`), (owner, tried) => `arvancloud: no domain for ${owner} in this account (tried ${tried.join(', ')}); ` +
            'check that ARVANCLOUD_API_KEY may see the alias zone');
        const domainOf = async (zone, owner) => (await domainFor(zone, owner)).name;
        /** The TXT records at the owner, from every page of the domain's TXT records. */
        const txtRecords = async (domain, name) => {
            const records = [];
            for (let page = 1;; page++) {
                const { body } = await http.request('GET', `/domains/${encodeURIComponent(domain)}/dns-records`, {
                    query: { type: 'txt', page, per_page: PER_PAGE },
                });
                records.push(...body.data.filter((r) => r.type.toLowerCase() === 'txt' && r.name.toLowerCase() === name.toLowerCase()));
                if (page >= (body.meta?.last_page ?? 1))
                    return records;
            }
        };
        const textOf = (record) => {
            const value = record.value;
            return typeof value?.text === 'string' ? value.text : undefined;
        };
        // ArvanCloud writes the zone apex as @
        const nameIn = (owner, domain) => (0,_zone_js__WEBPACK_IMPORTED_MODULE_1__/* .relativeName */ .IC)(owner, domain) || '@';
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const name = nameIn(owner, domain);
                const present = new Set((await txtRecords(domain, name)).map(textOf));
                for (const value of new Set(values)) {
                    if (present.has(value))
                        continue;
                    await http.request('POST', `/domains/${encodeURIComponent(domain)}/dns-records`, {
                        body: {
                            type: 'txt',
                            name,
                            value: { text: value },
                            ttl,
                            upstream_https: 'default',
                            ip_filter_mode: { count: 'single', order: 'none', geo_filter: 'none' },
                        },
                    });
                }
            },
            async remove(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const ours = new Set(values);
                const records = await txtRecords(domain, nameIn(owner, domain));
                for (const record of records) {
                    const text = textOf(record);
                    if (text !== undefined && ours.has(text)) {
                        await http.request('DELETE', `/domains/${encodeURIComponent(domain)}/dns-records/${encodeURIComponent(record.id)}`, { expect: [404] });
                    }
                }
            },
        };
    },
};


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
