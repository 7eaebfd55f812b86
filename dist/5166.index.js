export const id = 5166;
export const ids = [5166];
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

/***/ 35166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cpanel: () => (/* binding */ cpanel)
/* harmony export */ });
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39308);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59166);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47314);
// cPanel (UAPI DNS::parse_zone and DNS::mass_edit_zone) or WHM (API 1 parse_dns_zone and mass_edit_dns_zone).
// Concurrency: conditional. Every write names the zone's SOA serial as read; a zone changed since is refused as
// stale, and we read it again and plan again. Each TXT value is a record of its own, so an add touches no other
// value and a removal removes only the lines holding ours.



// A zone rewritten by someone else between our read and our write: read and plan again, this many times at most.
const MAX_STALE_RETRIES = 8;
const MAX_STRING_BYTES = 255;
const descriptor = {
    id: 'cpanel',
    name: 'cPanel / WHM',
    credentials: [
        {
            env: 'CPANEL_USERNAME',
            description: 'The cPanel account (or, with CPANEL_MODE=whm, the WHM user) of the token',
        },
        {
            env: 'CPANEL_TOKEN',
            description: 'API token (cPanel: Security > Manage API Tokens; WHM: Development > Manage API Tokens)',
            secret: true,
        },
        {
            env: 'CPANEL_BASE_URL',
            description: 'Address of cPanel, e.g. https://host.example.org:2083, or of WHM (:2087) with CPANEL_MODE=whm',
            aliases: ['CPANEL_API_URL'],
        },
    ],
    settings: [
        {
            env: 'CPANEL_MODE',
            description: 'cpanel (UAPI, a cPanel account’s token) or whm (WHM API 1, a WHM token)',
            default: 'cpanel',
            values: ['cpanel', 'whm'],
        },
        { env: 'CPANEL_TTL', description: 'TTL of the TXT records (seconds)', default: '300' },
    ],
    leastPrivilege: 'A cPanel API token reaches every zone of its cPanel account, so keep the alias zone in a cPanel account of ' +
        'its own (it needs no website) and create the token there with limited access: only the Zone Editor feature ' +
        '(Manage API Tokens > Create > Limited Access), and an expiration date. Prefer this to CPANEL_MODE=whm: a WHM ' +
        'token acts for every account the WHM user controls, root’s for the whole server.',
    docs: 'https://api.docs.cpanel.net/openapi/cpanel/operation/dns-mass_edit_zone/',
};
const cpanel = {
    descriptor,
    create(context) {
        const { env } = context;
        const username = env.CPANEL_USERNAME ?? '';
        const token = env.CPANEL_TOKEN ?? '';
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_1__/* .readTtl */ .J)(env, 'CPANEL_TTL', { default: 300 });
        const dialect = dialectOf(env.CPANEL_MODE, username, token);
        const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .oX)(context, {
            provider: 'cpanel',
            baseUrl: (env.CPANEL_BASE_URL ?? '').trim(),
            headers: { authorization: dialect.authorization, accept: 'application/json' },
            secrets: [token],
            credentialHint: 'CPANEL_USERNAME and CPANEL_TOKEN',
        });
        const call = async (path, query) => {
            const { body } = await http.request('GET', path, { query: { ...dialect.query, ...query } });
            return dialect.outcome(body);
        };
        const readZone = async (zone) => {
            const answer = await call(dialect.readPath, { zone });
            if ('error' in answer) {
                // the one answer that means "not this account's zone": the caller tries the parent
                if (/do not control a DNS zone|does not exist/i.test(answer.error))
                    return undefined;
                throw new Error(http.redact(`cpanel: reading the zone ${zone} failed: ${answer.error}`));
            }
            return zoneState(zone, Array.isArray(answer.data) ? answer.data : []);
        };
        const zoneOf = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .zoneFinder */ .zu)(async (name) => ((await readZone(name)) === undefined ? undefined : name), (owner, candidates) => `cpanel: no zone of CPANEL_USERNAME holds ${owner} (tried ${candidates.join(', ')}); ` +
            'check that the alias zone belongs to this account');
        /**
         * Read the zone, plan the change, write it under the serial read; a stale serial means the zone changed
         * between: read and plan again.
         */
        const change = async (zone, owner, plan) => {
            const { name } = await zoneOf(zone, owner);
            for (let attempt = 0;; attempt++) {
                const state = await readZone(name);
                if (state === undefined)
                    throw new Error(`cpanel: the zone ${name} is gone from CPANEL_USERNAME's account`);
                const edits = plan(state);
                if (edits === undefined)
                    return;
                const answer = await call(dialect.writePath, { zone: name, serial: state.serial, ...edits });
                if (!('error' in answer))
                    return;
                if (!isStale(answer.error) || attempt >= MAX_STALE_RETRIES) {
                    throw new Error(http.redact(`cpanel: changing the zone ${name} failed: ${answer.error}`));
                }
                context.host.info(`cpanel: the zone ${name} changed since we read it; reading it again`);
            }
        };
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(owner);
                await change(zone, owner, (state) => {
                    const present = new Set(state.txt.filter((r) => r.owner === name).map((r) => r.value));
                    const missing = [...new Set(values)].filter((value) => !present.has(value));
                    if (missing.length === 0)
                        return undefined;
                    // one mass edit for all of them (apex and wildcard): indexed parameters carry several records
                    return Object.fromEntries(missing.map((value, i) => [
                        `add-${i}`,
                        JSON.stringify({ dname: `${name}.`, ttl, record_type: 'TXT', data: characterStrings(value) }),
                    ]));
                });
            },
            async remove(zone, owner, values) {
                const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(owner);
                const ours = new Set(values);
                await change(zone, owner, (state) => {
                    const lines = state.txt.filter((r) => r.owner === name && ours.has(r.value)).map((r) => r.line);
                    return lines.length === 0
                        ? undefined
                        : Object.fromEntries(lines.map((line, i) => [`remove-${i}`, line]));
                });
            },
        };
    },
};
function dialectOf(mode, username, token) {
    const chosen = mode?.trim().toLowerCase() || 'cpanel';
    if (chosen === 'cpanel') {
        return {
            authorization: `cpanel ${username}:${token}`,
            readPath: '/execute/DNS/parse_zone',
            writePath: '/execute/DNS/mass_edit_zone',
            query: {},
            outcome: (body) => {
                const answer = (body ?? {});
                return answer.status === 1
                    ? { data: answer.data }
                    : {
                        error: (answer.errors ?? []).join(' ') || `unexpected answer ${JSON.stringify(body).slice(0, 200)}`,
                    };
            },
        };
    }
    if (chosen === 'whm') {
        return {
            authorization: `whm ${username}:${token}`,
            readPath: '/json-api/parse_dns_zone',
            writePath: '/json-api/mass_edit_dns_zone',
            query: { 'api.version': 1 },
            outcome: (body) => {
                const answer = (body ?? {});
                if (answer.metadata?.result === 1)
                    return { data: answer.data?.payload ?? answer.data };
                return { error: answer.metadata?.reason ?? `unexpected answer ${JSON.stringify(body).slice(0, 200)}` };
            },
        };
    }
    throw new Error(`CPANEL_MODE must be cpanel or whm; got "${mode}"`);
}
/** The serial and the TXT records of a parsed zone; names relative to the origin made absolute. */
function zoneState(zone, lines) {
    const origin = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(zone);
    const decode = (text) => Buffer.from(text ?? '', 'base64').toString('utf8');
    const absolute = (dname) => dname === '@' || dname === ''
        ? origin
        : dname.endsWith('.')
            ? (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(dname)
            : `${(0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(dname)}.${origin}`;
    const records = lines.filter((line) => line.type === 'record');
    const soa = records.find((line) => line.record_type === 'SOA');
    const serial = decode(soa?.data_b64?.[2]).trim();
    if (!/^\d+$/.test(serial))
        throw new Error(`cpanel: the zone ${origin} has no readable SOA serial`);
    return {
        serial,
        txt: records
            .filter((line) => line.record_type === 'TXT')
            .map((line) => ({
            line: line.line_index,
            owner: absolute(decode(line.dname_b64)),
            // the character-strings of one record make one value
            value: (line.data_b64 ?? []).map(decode).join(''),
        })),
    };
}
/** A value as the character-strings of one TXT record: 255 bytes each at most, never splitting a character. */
function characterStrings(value) {
    const strings = [];
    let current = '';
    for (const char of value) {
        if (Buffer.byteLength(current + char) > MAX_STRING_BYTES) {
            strings.push(current);
            current = '';
        }
        current += char;
    }
    return [...strings, current];
}
/** "The given serial number (…) does not match the DNS zone’s serial number (…). Refresh your view …" */
function isStale(error) {
    return /serial number .* does not match/i.test(error);
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
