export const id = 5623;
export const ids = [5623];
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

/***/ 56320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   Gw: () => (/* binding */ parseNames),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Qb: () => (/* binding */ NameError),
/* harmony export */   RH: () => (/* binding */ hostnameProblem),
/* harmony export */   Vm: () => (/* binding */ challengeName),
/* harmony export */   c5: () => (/* binding */ persistName)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48992);
// Name rules: lowercase A-labels, no trailing dot, a wildcard only as the whole leftmost label.


class NameError extends Error {
}
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Normalize one name as written by a user; throws NameError saying what is wrong with it. */
function normalizeName(input) {
    const raw = input.trim().replace(/\.$/, '');
    if (raw === '')
        throw new NameError('an empty name');
    const labels = raw.split('.');
    const wildcard = labels[0] === '*';
    if (labels.slice(wildcard ? 1 : 0).some((label) => label.includes('*'))) {
        throw new NameError(`"${input}": a wildcard must be the whole leftmost label, as in *.example.com`);
    }
    const rest = labels.slice(wildcard ? 1 : 0).join('.');
    // WHATWG's domainToASCII applies UTS 46 (case folding, IDNA mapping, punycode), which is what browsers
    // and CAs use to compare names; it returns '' for a name it cannot convert.
    const base = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(rest).replace(/\.$/, '');
    if (base === '')
        throw new NameError(`"${input}" is not a valid host name`);
    const baseLabels = base.split('.');
    if (baseLabels.length < 2)
        throw new NameError(`"${input}" needs at least two labels (a name under a zone)`);
    const bad = baseLabels.find((label) => !LABEL.test(label));
    if (bad !== undefined) {
        throw new NameError(`"${input}" has an invalid label "${bad}" (letters, digits and inner hyphens only)`);
    }
    if (base.length > 253)
        throw new NameError(`"${input}" is longer than 253 characters`);
    return { name: wildcard ? `*.${base}` : base, base, wildcard };
}
/** Split the `domain` input (commas, spaces, new lines) and normalize; duplicates collapse, order kept. */
function parseNames(input) {
    const seen = new Map();
    for (const part of input.split(/[\s,]+/)) {
        if (part === '')
            continue;
        const name = normalizeName(part);
        if (!seen.has(name.name))
            seen.set(name.name, name);
    }
    return [...seen.values()];
}
/** A DNS name compared the way DNS does: lowercase, no trailing dot. */
function canonical(name) {
    return name.trim().toLowerCase().replace(/\.$/, '');
}
function challengeName(name) {
    return `_acme-challenge.${name.base}`;
}
/** Where dns-persist-01 looks for the name's persistent record (a wildcard's at its base, as dns-01's). */
function persistName(name) {
    return `_validation-persist.${name.base}`;
}
/** true when `name` is `zone` or under it. */
function isUnder(name, zone) {
    return name === zone || name.endsWith(`.${zone}`);
}
const DNS_LABEL = /^[a-z0-9_-]{1,63}$/i;
/**
 * Why `name` (as read from DNS: lower case, no trailing dot) is no host name certalias follows or writes at, or
 * undefined when it is one: labels of letters, digits, hyphens (not first or last) and underscores, 63
 * characters each, 253 in all. A DNS answer can hold any byte; this is where it stops being a name.
 */
function hostnameProblem(name) {
    if (name.length > 253)
        return `it is ${name.length} characters long (at most 253)`;
    for (const label of presentedLabels(name)) {
        if (label === '')
            return 'it has an empty label';
        if (label.length > 63)
            return `it has a label of ${label.length} characters (at most 63)`;
        if (!DNS_LABEL.test(label))
            return `${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(label)} is not a label of letters, digits, hyphens and underscores`;
        if (label.startsWith('-') || label.endsWith('-'))
            return `its label ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(label)} starts or ends with a hyphen`;
    }
    return undefined;
}
/** The labels of a name in DNS presentation form, where `\.` is a dot inside a label and `\\` a backslash. */
function presentedLabels(name) {
    const labels = [''];
    for (let i = 0; i < name.length; i++) {
        const char = name[i];
        if (char === '.')
            labels.push('');
        else {
            const escaped = char === '\\' && i + 1 < name.length ? `${char}${name[++i]}` : char;
            labels[labels.length - 1] += escaped;
        }
    }
    return labels;
}


/***/ }),

/***/ 14700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createHe: () => (/* binding */ createHe),
/* harmony export */   he: () => (/* binding */ he),
/* harmony export */   parseHurricaneTokens: () => (/* binding */ parseHurricaneTokens)
/* harmony export */ });
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39308);
/* harmony import */ var _single_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76240);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47314);
// Hurricane Electric Free DNS (dns.he.net): the dynamic TXT update of a pre-existing record, one value per record.



const API_URL = 'https://dyn.dns.he.net';
// What lego leaves in the record when it is done: HE has no delete through this API.
const PLACEHOLDER = '.';
// HE allows about 10 updates of one record in 2 minutes and answers "interval" beyond that: waited out
// 20 s at a time, over at most 3 attempts, before the answer is reported.
const INTERVAL_WAIT_MS = 20_000;
const INTERVAL_TRIES = 3;
const descriptor = {
    id: 'he',
    name: 'Hurricane Electric Free DNS (dns.he.net)',
    credentials: [
        {
            env: 'HURRICANE_TOKENS',
            description: 'Comma-separated `name:key` pairs, one per TXT record: the record name (`_acme-challenge.validation.example.org`, ' +
                'or without `_acme-challenge.` as lego writes it) and the dynamic DNS key generated for that record in dns.he.net',
            secret: true,
        },
    ],
    settings: [{ env: 'HURRICANE_API_URL', description: 'Base URL of the dynamic DNS API', default: API_URL }],
    leastPrivilege: 'Nothing to narrow: each key is generated for one TXT record (in dns.he.net, create the TXT record at the ' +
        'alias owner, tick "Enable entry for dynamic dns", then generate its key) and can change only that record. ' +
        'A record holds one value, so a certificate for a name and its wildcard (two values at once) needs two ' +
        'aliases, i.e. two records with a key each (domain_alias lines name=alias). Never share one record between ' +
        'runs that may overlap.',
    docs: 'https://dns.he.net/docs.html',
};
// What this process last set, per record: a second value would silently replace the first.
const written = new Map();
/** HURRICANE_TOKENS as a map from record name to key. */
function parseHurricaneTokens(text) {
    const tokens = new Map();
    for (const pair of text.split(',')) {
        const trimmed = pair.trim();
        if (trimmed === '')
            continue;
        const colon = trimmed.indexOf(':');
        if (colon <= 0 || colon === trimmed.length - 1) {
            throw new Error('HURRICANE_TOKENS must be comma-separated name:key pairs, e.g. _acme-challenge.validation.example.org:key; ' +
                `one entry has no name or no key (entry ${tokens.size + 1})`);
        }
        tokens.set((0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(trimmed.slice(0, colon).trim()), trimmed.slice(colon + 1).trim());
    }
    return tokens;
}
function createHe(options = {}) {
    const currentTxt = options.currentTxt ?? _single_value_js__WEBPACK_IMPORTED_MODULE_1__/* .currentTxtFromDns */ .N;
    return {
        descriptor,
        create(context) {
            const raw = context.env.HURRICANE_TOKENS ?? '';
            context.host.mask(raw);
            const tokens = parseHurricaneTokens(raw);
            for (const key of tokens.values())
                context.host.mask(key);
            const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .oX)(context, {
                provider: 'he',
                apiUrlEnv: 'HURRICANE_API_URL',
                defaultUrl: API_URL,
                secrets: [raw, ...tokens.values()],
                credentialHint: 'HURRICANE_TOKENS',
                throttle: tooOften,
            });
            const keyFor = (owner) => {
                const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(owner);
                const key = tokens.get(name) ?? tokens.get(name.replace(/^_acme-challenge\./, ''));
                if (key === undefined) {
                    throw new Error(`he: HURRICANE_TOKENS has no key for ${name}; add ${name}:<key>, the dynamic DNS key of that TXT record`);
                }
                return key;
            };
            const update = async (owner, txt) => {
                const hostname = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(owner);
                const form = new URLSearchParams({ hostname, password: keyFor(owner), txt }).toString();
                // setting one value twice does no harm, so a retry after a lost answer is safe
                const { body } = await http.request('POST', '/nic/update', {
                    text: form,
                    headers: { 'content-type': 'application/x-www-form-urlencoded' },
                    idempotent: true,
                });
                const answer = String(body ?? '').trim();
                const code = answer.split(/\s/)[0] ?? '';
                if (code === 'good' || code === 'nochg')
                    return;
                throw new Error(http.redact(`he: the update of ${hostname} answered "${answer.slice(0, 100)}": ${explain(code, hostname)}`));
            };
            return {
                id: descriptor.id,
                async append(_zone, owner, values) {
                    const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(owner);
                    const distinct = [...new Set(values)];
                    if (distinct.length === 0)
                        return;
                    if (distinct.length > 1) {
                        throw new Error(`he: ${name} needs ${distinct.length} TXT values at once (a name and its wildcard), but a dynamic ` +
                            'dns.he.net record holds one value; give the wildcard its own alias with its own record and key');
                    }
                    const value = distinct[0];
                    const earlier = written.get(name);
                    if (earlier !== undefined && earlier !== value) {
                        throw new Error(`he: ${name} already holds another TXT value of this run, and a dynamic dns.he.net record holds one ` +
                            'value; give each name its own alias with its own record and key');
                    }
                    await update(owner, value);
                    written.set(name, value);
                },
                async remove(zone, owner, values) {
                    const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(owner);
                    const earlier = written.get(name);
                    if (earlier !== undefined && values.includes(earlier))
                        written.delete(name);
                    // even right after our write: another run may have set its value since, and a reset would take it away
                    if (!(await (0,_single_value_js__WEBPACK_IMPORTED_MODULE_1__/* .holdsOnlyOurs */ .E)(context, currentTxt, { zone, owner, provider: 'he', record: name }, values)))
                        return;
                    // the record itself must stay: its dynamic key belongs to it
                    await update(owner, PLACEHOLDER);
                },
            };
        },
    };
}
const he = createHe();
/** "interval": the record was updated too often; waited out until the last attempt, whose answer is reported. */
function tooOften({ body, attempt }) {
    if (body.trim().split(/\s/)[0] !== 'interval' || attempt >= INTERVAL_TRIES)
        return false;
    return { waitMs: INTERVAL_WAIT_MS, reason: 'updated too often ("interval")' };
}
function explain(code, hostname) {
    switch (code) {
        case 'badauth':
            return `check HURRICANE_TOKENS: the key for ${hostname} is not the dynamic DNS key of that record`;
        case 'nohost':
            return `no TXT record ${hostname} with dynamic DNS enabled exists in dns.he.net; create it first`;
        case 'notfqdn':
            return `${hostname} is not a full domain name`;
        case 'abuse':
            return `dns.he.net blocked updates of ${hostname} for abuse`;
        case 'interval':
            return `${hostname} was updated too often; wait a few minutes`;
        default:
            return 'an unexpected answer from dns.he.net';
    }
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

/***/ 76240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ holdsOnlyOurs),
/* harmony export */   N: () => (/* binding */ currentTxtFromDns)
/* harmony export */ });
/* harmony import */ var _dns_resolver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21093);
// Records that hold one TXT value, which a write replaces (DuckDNS, Hurricane Electric): another run may have set
// its own value since ours, so a removal first reads what DNS serves and takes away only a value of ours.

/** What the zone's authoritative servers serve now: the API of these providers has no read. */
const currentTxtFromDns = (context, zone, owner) => new _dns_resolver_js__WEBPACK_IMPORTED_MODULE_0__/* .Resolver */ .xR(context.resolvers).servedTxt(zone, owner);
/**
 * Whether the record at `owner` (shown as `record` in messages) still holds only values of ours, read now. When
 * it holds another run's value, or cannot be read, the caller leaves it: that is said on the host.
 */
async function holdsOnlyOurs(context, currentTxt, where, values) {
    const served = await currentTxt(context, where.zone, where.owner).catch(() => undefined);
    if (served === undefined) {
        context.host.info(`${where.provider}: cannot tell whether ${where.record} still holds our value; left as is`);
        return false;
    }
    if (served.length === 0)
        return false;
    const ours = new Set(values);
    if (served.every((value) => ours.has(value)))
        return true;
    context.host.info(`${where.provider}: ${where.record} now holds a value that is not ours; left as is`);
    return false;
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
