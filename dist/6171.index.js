export const id = 6171;
export const ids = [6171];
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

/***/ 46171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   acmeDns: () => (/* binding */ acmeDns),
/* harmony export */   parseAccounts: () => (/* binding */ parseAccounts)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39308);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89300);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47314);
// acme-dns (joohoi/acme-dns): POST /update per value; the server keeps the two newest values of each subdomain.




const ACCOUNTS_ENV = 'ACME_DNS_ACCOUNT_JSON';
// acme-dns serves exactly two TXT values per subdomain: the newest replaces the older of the two
const SLOTS = 2;
// acme-dns rejects any txt that is not 43 characters: the length of an ACME dns-01 digest
const TXT_LENGTH = 43;
const descriptor = {
    id: 'acme-dns',
    name: 'acme-dns (joohoi/acme-dns)',
    credentials: [
        {
            env: 'ACME_DNS_API_URL',
            description: 'Base URL of the acme-dns HTTP API, e.g. https://auth.example.org; /update is appended',
            aliases: ['ACME_DNS_API_BASE'],
        },
        {
            env: ACCOUNTS_ENV,
            description: 'The account(s) as JSON, stored whole in one secret: the answer of POST /register ' +
                '({"username","password","fulldomain","subdomain",…}), a list of such answers, or the accounts file lego ' +
                'writes to ACME_DNS_STORAGE_PATH (an object of them keyed by domain), or the path of a file holding it, ' +
                "as lego's ACME_DNS_STORAGE_PATH names it. The account whose fulldomain is the owner (the CNAME target " +
                '`<subdomain>.<acme-dns zone>`, no _acme-challenge label) is used.',
            secret: true,
            aliases: ['ACME_DNS_STORAGE_PATH'],
        },
    ],
    settings: [],
    leastPrivilege: 'An acme-dns account can already change only the TXT values of its own subdomain, so register one account per ' +
        'certificate name (or per group of names that may share it) and give the action only those accounts. ' +
        'Register with "allowfrom" to restrict /update to the networks of your self-hosted runners (GitHub-hosted ' +
        'runners have no fixed addresses), run your own instance with disable_registration = true once the accounts ' +
        'exist, and note that acme-dns cannot delete values: removal is a no-op and old values are replaced by the ' +
        'next two updates.',
    docs: 'https://github.com/joohoi/acme-dns#api',
};
// Per process: what this run has written to each subdomain, newest last, so a third value is refused, not lost.
const written = new Map();
const subdomainLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyedMutex */ .yA();
const acmeDns = {
    descriptor,
    create(context) {
        const json = accountsText(context.env[ACCOUNTS_ENV] ?? '');
        if (json)
            context.host.mask(json);
        const accounts = parseAccounts(json);
        for (const account of accounts)
            context.host.mask(account.password);
        const apiUrl = context.env.ACME_DNS_API_URL ?? '';
        const passwords = accounts.map((account) => account.password);
        const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_1__/* .providerHttp */ .oX)(context, {
            provider: 'acme-dns',
            baseUrl: apiUrl,
            secrets: [json, ...passwords],
            credentialHint: `the account of ${ACCOUNTS_ENV} for this owner (username and password)`,
        });
        const accountFor = (owner) => {
            const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .absoluteless */ .h8)(owner);
            const account = accounts.find((a) => (0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .absoluteless */ .h8)(a.fulldomain) === name);
            if (account === undefined) {
                const known = accounts.map((a) => (0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .absoluteless */ .h8)(a.fulldomain)).join(', ');
                throw new Error(`acme-dns: no account in ${ACCOUNTS_ENV} has the fulldomain ${name} (it has: ${known}); ` +
                    `the CNAME of _acme-challenge must point at an account's fulldomain, and domain_alias must name it`);
            }
            return account;
        };
        return {
            id: 'acme-dns',
            async append(_zone, owner, values) {
                const account = accountFor(owner);
                for (const value of values) {
                    if (value.length !== TXT_LENGTH) {
                        throw new Error(`acme-dns: the server accepts only ${TXT_LENGTH}-character TXT values (ACME dns-01 digests); ` +
                            `got one of ${value.length} characters for ${(0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .absoluteless */ .h8)(owner)}`);
                    }
                }
                await subdomainLocks.run(account.subdomain, async () => {
                    const live = written.get(account.subdomain) ?? [];
                    const fresh = [...new Set(values)].filter((value) => !live.includes(value));
                    if (live.length + fresh.length > SLOTS) {
                        throw new Error(`acme-dns: ${(0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .absoluteless */ .h8)(owner)} would need ${live.length + fresh.length} TXT values at once, but ` +
                            `acme-dns keeps only the ${SLOTS} newest per subdomain; give each certificate name beyond two its ` +
                            'own acme-dns account (and CNAME), or issue those names in separate runs');
                    }
                    for (const value of fresh) {
                        // not retried after sending: a repeated update would push the other value out of its slot
                        await http.request('POST', '/update', {
                            headers: { 'X-Api-User': account.username, 'X-Api-Key': account.password },
                            body: { subdomain: account.subdomain, txt: value },
                        });
                        live.push(value);
                        written.set(account.subdomain, live);
                    }
                });
            },
            async remove(_zone, owner, values) {
                // acme-dns has no delete: the values stay until two newer updates replace them, which is harmless
                const account = accountFor(owner);
                await subdomainLocks.run(account.subdomain, async () => {
                    const live = (written.get(account.subdomain) ?? []).filter((value) => !values.includes(value));
                    if (live.length === 0)
                        written.delete(account.subdomain);
                    else
                        written.set(account.subdomain, live);
                });
                context.host.debug(`acme-dns: cannot delete TXT values; ${(0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .absoluteless */ .h8)(owner)} keeps them until replaced`);
            },
        };
    },
};
/** The JSON itself, or, as lego's ACME_DNS_STORAGE_PATH gives it, the path of the file that holds it. */
function accountsText(value) {
    const trimmed = value.trim();
    if (trimmed === '' || trimmed.startsWith('{') || trimmed.startsWith('['))
        return value;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(trimmed, 'utf8');
    }
    catch (error) {
        throw new Error(`${ACCOUNTS_ENV} (or ACME_DNS_STORAGE_PATH) is neither account JSON nor the path of a readable file: ` +
            `${error.code ?? 'unreadable'}`);
    }
}
/** The accounts from ACME_DNS_ACCOUNT_JSON: one /register answer, a list of them, or lego's storage file. */
function parseAccounts(json) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        // never quote the text: it holds passwords
        throw new Error(`${ACCOUNTS_ENV} is not JSON; paste the answer of POST /register (or lego's accounts file) whole`);
    }
    const candidates = Array.isArray(parsed)
        ? parsed
        : isAccount(parsed)
            ? [parsed]
            : typeof parsed === 'object' && parsed !== null
                ? Object.values(parsed)
                : [];
    const accounts = candidates.filter(isAccount);
    if (accounts.length === 0 || accounts.length !== candidates.length) {
        throw new Error(`${ACCOUNTS_ENV} must hold acme-dns accounts with username, password, subdomain and fulldomain ` +
            "(the answer of POST /register), one or a list, or lego's accounts file keyed by domain");
    }
    return accounts.map(({ username, password, subdomain, fulldomain }) => ({
        username,
        password,
        subdomain,
        fulldomain,
    }));
}
function isAccount(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const fields = value;
    return ['username', 'password', 'subdomain', 'fulldomain'].every((field) => typeof fields[field] === 'string' && fields[field] !== '');
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
