export const id = 3937;
export const ids = [3937];
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

/***/ 43937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dynu: () => (/* binding */ dynu)
/* harmony export */ });
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39308);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73329);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47314);
// Dynu DNS (API v2): one TXT record per value, so appending never touches other values at the owner.



const API_URL = 'https://api.dynu.com/v2';
const descriptor = {
    id: 'dynu',
    name: 'Dynu',
    credentials: [
        {
            env: 'DYNU_API_KEY',
            description: 'API key (Control Panel > API Credentials), sent as API-Key',
            secret: true,
        },
    ],
    settings: [
        { env: 'DYNU_API_URL', description: 'API base URL', default: API_URL },
        { env: 'DYNU_TTL', description: 'TTL (seconds) of the TXT records', default: '300' },
    ],
    leastPrivilege: 'A Dynu API key acts for the whole account: every domain, every record, account settings. It cannot be ' +
        'limited to one zone, so keep the alias zone in a separate Dynu account that holds nothing else, and use ' +
        "that account's API key.",
    docs: 'https://www.dynu.com/Support/API',
};
const dynu = {
    descriptor,
    create(context) {
        const apiKey = context.env.DYNU_API_KEY ?? '';
        const ttl = Number(context.env.DYNU_TTL || 300);
        const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .oX)(context, {
            provider: 'dynu',
            apiUrlEnv: 'DYNU_API_URL',
            defaultUrl: API_URL,
            headers: { 'API-Key': apiKey, accept: 'application/json' },
            secrets: [apiKey],
            credentialHint: 'DYNU_API_KEY',
        });
        // Dynu answers a bad argument (an unknown name too) with 501 "Argument Exception": final, not worth a retry.
        const call = async (method, path, options = {}) => {
            const { status, body } = await http.request(method, path, { ...options, expect: [501] });
            const code = body?.statusCode ?? status;
            if (status === 501 || code < 200 || code >= 300) {
                throw new Error(http.redact(`dynu: ${method} ${path} failed: ${code}${body?.type ? ` ${body.type}` : ''}${body?.message ? `: ${body.message}` : ''}`));
            }
            return body;
        };
        const roots = new Map();
        const rootOf = (zone) => {
            const key = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(zone);
            let root = roots.get(key);
            if (root === undefined) {
                // Dynu finds the account's domain holding a name itself; ask with the zone, a name without underscores
                root = call('GET', `/dns/getroot/${encodeURIComponent(key)}`).catch((error) => {
                    roots.delete(key);
                    if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderHttpError */ .gm)
                        throw error;
                    throw new Error(`${error.message}; no domain of this Dynu account holds ${key}: check DYNU_API_KEY and domain_alias`);
                });
                roots.set(key, root);
            }
            return root;
        };
        const txtRecords = async (domainId, owner) => {
            const { dnsRecords } = await call('GET', `/dns/${encodeURIComponent(domainId)}/record`);
            const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(owner);
            return dnsRecords.filter((r) => r.recordType === 'TXT' && (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(r.hostname) === name);
        };
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                const root = await rootOf(zone);
                const present = new Set((await txtRecords(root.id, owner)).map((r) => r.textData));
                const nodeName = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .relativeName */ .IC)(owner, root.domainName);
                for (const value of new Set(values)) {
                    if (present.has(value))
                        continue;
                    await call('POST', `/dns/${encodeURIComponent(root.id)}/record`, {
                        body: {
                            recordType: 'TXT',
                            domainName: root.domainName,
                            nodeName,
                            hostname: (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(owner),
                            state: true,
                            textData: value,
                            ttl,
                        },
                    });
                }
            },
            async remove(zone, owner, values) {
                const root = await rootOf(zone);
                const ours = new Set(values);
                for (const record of await txtRecords(root.id, owner)) {
                    if (record.textData !== undefined && ours.has(record.textData)) {
                        await call('DELETE', `/dns/${encodeURIComponent(root.id)}/record/${encodeURIComponent(record.id)}`);
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
