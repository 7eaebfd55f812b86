export const id = 4819;
export const ids = [4819];
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

/***/ 14819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   namecheap: () => (/* binding */ namecheap),
/* harmony export */   splitDomain: () => (/* binding */ splitDomain)
/* harmony export */ });
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39308);
/* harmony import */ var _read_back_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41350);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89300);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92778);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83411);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47314);
// Namecheap (XML API): setHosts replaces every host record of the domain, so the whole list is read, merged and written back under a per-domain lock.







const API_URL = 'https://api.namecheap.com/xml.response';
const SANDBOX_URL = 'https://api.sandbox.namecheap.com/xml.response';
const descriptor = {
    id: 'namecheap',
    name: 'Namecheap',
    credentials: [
        { env: 'NAMECHEAP_API_USER', description: 'Namecheap user name the API key belongs to' },
        {
            env: 'NAMECHEAP_API_KEY',
            description: 'API key (Profile > Tools > Business & Dev Tools > API Access)',
            secret: true,
        },
        {
            env: 'NAMECHEAP_CLIENT_IP',
            description: 'Public IPv4 address the requests come from, whitelisted in API Access; Namecheap refuses every call ' +
                'from any other address, so the runner needs a fixed egress address (self-hosted runner or proxy)',
        },
    ],
    settings: [
        {
            env: 'NAMECHEAP_API_URL',
            description: `API endpoint; the sandbox is ${SANDBOX_URL}`,
            default: API_URL,
        },
        { env: 'NAMECHEAP_TTL', description: 'TTL of the TXT records (seconds, 60 to 60000)', default: '120' },
    ],
    leastPrivilege: 'Namecheap API keys cannot be scoped: the key acts for every domain of the account, and every write ' +
        'rewrites all host records of a domain. Keep the alias domain in a separate Namecheap account that holds ' +
        'nothing else (API access needs the account to qualify: balance, domain count or spend), enable API access ' +
        'there, and whitelist only the fixed IP your runner leaves from.',
    docs: 'https://www.namecheap.com/support/api/methods/domains-dns/set-hosts/',
};
// Error numbers of the global API errors that are about the credentials, not the request.
const CREDENTIAL_ERRORS = {
    '1010101': 'NAMECHEAP_API_USER',
    '1011101': 'NAMECHEAP_API_USER',
    '1010102': 'NAMECHEAP_API_KEY',
    '1011102': 'NAMECHEAP_API_KEY',
    '1010104': 'NAMECHEAP_API_USER',
    '1011104': 'NAMECHEAP_API_USER',
    '1011150': 'NAMECHEAP_CLIENT_IP (it must be the whitelisted address the request came from)',
};
// One per process: setHosts rewrites the whole domain, so every owner of one domain takes turns.
const domainLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyedMutex */ .yA();
const namecheap = {
    descriptor,
    create(context) {
        const apiUser = context.env.NAMECHEAP_API_USER ?? '';
        const apiKey = context.env.NAMECHEAP_API_KEY ?? '';
        const clientIp = (context.env.NAMECHEAP_CLIENT_IP ?? '').trim();
        if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(clientIp)) {
            throw new Error(`NAMECHEAP_CLIENT_IP must be the public IPv4 address whitelisted in Namecheap's API Access, e.g. 203.0.113.7; ` +
                `got "${clientIp}". The action cannot look it up, and Namecheap refuses calls from any other address`);
        }
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_4__/* .readTtl */ .J)(context.env, 'NAMECHEAP_TTL', { default: 120, min: 60, max: 60000 });
        const apiUrl = context.env.NAMECHEAP_API_URL || API_URL;
        // the endpoint is one document (…/xml.response): the client joins paths, so the document is the path
        const endpoint = new URL(apiUrl);
        const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .oX)(context, {
            provider: 'namecheap',
            baseUrl: endpoint.origin,
            secrets: [apiKey],
            credentialHint: 'NAMECHEAP_API_USER, NAMECHEAP_API_KEY and NAMECHEAP_CLIENT_IP',
        });
        const auth = { ApiUser: apiUser, ApiKey: apiKey, UserName: apiUser, ClientIp: clientIp };
        /** The XML answer of one command, or an error naming what to fix when Status is ERROR (sent with HTTP 200). */
        const command = async (name, params, write) => {
            const fields = { ...auth, Command: name, ...params };
            // setHosts carries every record of the domain: too long for a URL, so it goes as a form
            const { body } = write
                ? await http.request('POST', endpoint.pathname, {
                    text: new URLSearchParams(fields).toString(),
                    headers: { 'content-type': 'application/x-www-form-urlencoded' },
                })
                : await http.request('GET', endpoint.pathname, { query: fields });
            const xml = String(body ?? '');
            const status = /<ApiResponse\b[^>]*\bStatus="([^"]*)"/i.exec(xml)?.[1];
            if (status?.toUpperCase() === 'OK')
                return xml;
            const errors = (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .xmlElements */ .L)(xml, 'Error').map((e) => ({
                number: e.attributes.Number ?? '',
                text: e.text,
            }));
            const described = errors.map((e) => `${e.text} (${e.number})`).join('; ') || 'no answer in the expected XML form';
            const variables = [...new Set(errors.map((e) => CREDENTIAL_ERRORS[e.number]).filter(Boolean))];
            throw new Error(http.redact(`namecheap: ${name} failed: ${described}` +
                (variables.length > 0 ? `. Check ${variables.join(' and ')}` : '')));
        };
        const readHosts = async (sld, tld) => {
            const xml = await command('namecheap.domains.dns.getHosts', { SLD: sld, TLD: tld }, false);
            const result = (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .xmlElements */ .L)(xml, 'DomainDNSGetHostsResult')[0]?.attributes ?? {};
            if (result.IsUsingOurDNS?.toLowerCase() === 'false') {
                throw new Error(`namecheap: ${sld}.${tld} does not use Namecheap's DNS servers, so its records cannot be set here`);
            }
            const hosts = (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .xmlElements */ .L)(xml, 'host').map(({ attributes: a }) => ({
                Name: a.Name ?? '',
                Type: a.Type ?? '',
                Address: a.Address ?? '',
                MXPref: a.MXPref ?? '10',
                TTL: a.TTL ?? '1800',
            }));
            return { hosts, emailType: result.EmailType };
        };
        const writeHosts = async (sld, tld, hosts, emailType) => {
            const params = { SLD: sld, TLD: tld };
            hosts.forEach((h, i) => {
                params[`HostName${i + 1}`] = h.Name;
                params[`RecordType${i + 1}`] = h.Type;
                params[`Address${i + 1}`] = h.Address;
                params[`MXPref${i + 1}`] = h.MXPref;
                params[`TTL${i + 1}`] = h.TTL;
            });
            // without EmailType, setHosts falls back to Namecheap's default mail setup and drops the domain's MX records
            const mail = emailType ?? (hosts.some((h) => h.Type === 'MX') ? 'MX' : undefined);
            if (mail)
                params.EmailType = mail;
            const xml = await command('namecheap.domains.dns.setHosts', params, true);
            const ok = (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .xmlElements */ .L)(xml, 'DomainDNSSetHostsResult')[0]?.attributes.IsSuccess;
            if (ok?.toLowerCase() !== 'true')
                throw new Error(`namecheap: setHosts for ${sld}.${tld} did not succeed`);
        };
        const change = async (zone, owner, edit) => {
            const { sld, tld } = splitDomain(zone);
            const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .relativeName */ .IC)(owner, zone) || '@';
            // setHosts replaces every record of the domain and takes no condition: read back until it holds
            await domainLocks.run((0,_serialize_js__WEBPACK_IMPORTED_MODULE_3__/* .ownerKey */ .lf)(apiUrl, zone), () => (0,_read_back_js__WEBPACK_IMPORTED_MODULE_1__/* .writeUntilHeld */ .XS)({
                what: `namecheap: the records of ${sld}.${tld}`,
                read: () => readHosts(sld, tld),
                plan: ({ hosts }) => edit(hosts, name),
                write: ({ emailType }, next) => writeHosts(sld, tld, next, emailType),
                sleep: context.transport?.sleep,
                log: (message) => context.host.info(message),
            }));
        };
        const isOurs = (h, name) => h.Type === 'TXT' && h.Name.toLowerCase() === name.toLowerCase();
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                await change(zone, owner, (hosts, name) => {
                    const added = (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_2__/* .missingTxt */ .vV)(hosts.filter((h) => isOurs(h, name)), values, (h) => h.Address);
                    if (added.length === 0)
                        return undefined;
                    return [
                        ...hosts,
                        ...added.map((Address) => ({ Name: name, Type: 'TXT', Address, MXPref: '10', TTL: String(ttl) })),
                    ];
                });
            },
            async remove(zone, owner, values) {
                const ours = new Set(values);
                await change(zone, owner, (hosts, name) => {
                    const kept = hosts.filter((h) => !(isOurs(h, name) && ours.has(h.Address)));
                    return kept.length === hosts.length ? undefined : kept;
                });
            },
        };
    },
};
/**
 * SLD and TLD as the API wants them. Namecheap serves DNS only for whole registered domains, so the zone DNS
 * reports is the registered domain: its first label is the SLD and the rest, however many labels (co.uk), the TLD.
 */
function splitDomain(zone) {
    const labels = (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(zone).split('.');
    if (labels.length < 2 || labels.some((l) => l === '')) {
        throw new Error(`namecheap: "${zone}" is not a registered domain name (SLD.TLD)`);
    }
    return { sld: labels[0], tld: labels.slice(1).join('.') };
}


/***/ }),

/***/ 41350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ WriteLater),
/* harmony export */   XS: () => (/* binding */ writeUntilHeld),
/* harmony export */   wF: () => (/* binding */ failedWrites)
/* harmony export */ });
/* unused harmony exports MAX_WRITES, MAX_FAILED_WRITES */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73329);
/* harmony import */ var _http_send_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42668);
// For APIs that replace a whole TXT set and offer no conditional write: write, read back, and write again until
// the set holds what this run asked for. Another run that read the set before our write and writes after it
// drops our values; its write is seen by our read-back, and its own read-back sees ours, so each run puts back
// only its own values and neither loses the other's.
//
// THE RULE for every provider whose write replaces a whole set (a new one too): a write is planned from the read
// just before it, and is never sent again as it was planned.
//   - Send the whole-set write only from `write` of a writeUntilHeld job, built from `current` (the set `read`
//     just returned: uncached, as the API holds it now) and `planned`, never from anywhere else.
//   - Do not retry it, or catch its failure to send it again. Inside `write` the HTTP layer sends every
//     request once (src/http/send-once.ts), whatever client or `idempotent` option the provider uses. A
//     failure that a later attempt may get past (a timeout, a dropped connection, a 5xx, a 429 or 503 with its
//     wait) comes back here: writeUntilHeld waits (as long as the server asked, else a growing backoff), then
//     reads, plans and writes again. A resent write would be stale: another run may have written in between,
//     and the old set would drop its value, or bring back one that was removed.
//   - An API that says "later" in a way the HTTP layer cannot see (a throttle in a 200 answer) throws WriteLater.
//   - Expected answers that are not failures stay the provider's (`expect: [409]`: someone created the set
//     first): return, and the read-back merges into what is there.
//   - Its unit test shows a 5xx on the write followed by a read, not by the same write: against the provider
//     contract's stateful fake, by naming the write in `wholeSetWrite` (test/support/provider-contract.ts).
// A write that timed out may still land after our next read; the read-back of whichever run it drops a value of
// puts that value back, unless that run had already finished: the window is the server's own processing delay.



/**
 * Thrown by a write that the API refused for now (throttled) without acting on it. The write is not sent
 * again as it was: the set may change while we wait, so it is read and planned again after waitMs.
 */
class WriteLater extends Error {
    waitMs;
    constructor(waitMs) {
        super(`write refused for now; read again in ${waitMs} ms`);
        this.waitMs = waitMs;
    }
}
/** Writes after which a set still not as wanted means another writer keeps replacing it: fail, saying so. */
const MAX_WRITES = 6;
/** Throttled answers waited out in one call, beyond which the HTTP layer's own limits would long have ended it. */
const MAX_DEFERRALS = 8;
/** Writes in a row that failed without an answer to trust (timeout, 5xx): as many as the HTTP layer's attempts. */
const MAX_FAILED_WRITES = 5;
// The read-back waits about as long as our own read and write took: another run's read-to-write window is
// about as long, so a write of theirs based on a read before ours has landed by then.
const MIN_SETTLE_MS = 300;
const MAX_SETTLE_MS = 5_000;
/**
 * Read, plan, write, wait, read back, until the plan finds nothing to do. The wait is jittered and doubles
 * with every write that did not hold, so runs racing on one owner fall apart instead of colliding again.
 */
async function writeUntilHeld(job) {
    const sleep = job.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
    const random = job.random ?? Math.random;
    const retries = failedWrites(job.what, random);
    let writes = 0;
    for (;;) {
        const started = Date.now();
        const current = await job.read();
        const planned = job.plan(current);
        if (planned === undefined)
            return;
        if (writes >= MAX_WRITES) {
            throw new Error(`${job.what} was replaced by another writer after each of our ${MAX_WRITES} writes; ` +
                'is something other than certalias runs rewriting it?');
        }
        if (writes > 0)
            job.log?.(`${job.what} lost a value of ours to another writer; writing it again`);
        try {
            await (0,_http_send_once_js__WEBPACK_IMPORTED_MODULE_2__/* .sendingOnce */ .S)(() => job.write(current, planned));
        }
        catch (error) {
            const wait = retries.waitAfter(error);
            if (wait === undefined)
                throw error;
            job.log?.(wait.message);
            await sleep(wait.ms);
            continue;
        }
        retries.succeeded();
        writes++;
        const cycle = Math.max(MIN_SETTLE_MS, Date.now() - started) * 2 ** (writes - 1);
        await sleep(Math.round(Math.min(MAX_SETTLE_MS, cycle) * (1 + random())));
    }
}
/**
 * The failed writes of one call, counted: waitAfter answers how long to wait before reading the set again (and
 * what to log), or undefined when the error is to be thrown (not one a later write may get past, or too many of them).
 */
function failedWrites(what, random) {
    let failures = 0;
    let deferrals = 0;
    return {
        waitAfter(error) {
            const later = comeBackLater(error);
            if (later === undefined)
                return undefined;
            if (later.waitMs === undefined ? ++failures >= MAX_FAILED_WRITES : ++deferrals > MAX_DEFERRALS)
                return undefined;
            // jittered either way: runs failed or throttled together do not come back together
            const ms = Math.round(later.waitMs === undefined
                ? Math.min(MAX_SETTLE_MS, MIN_SETTLE_MS * 2 ** (failures - 1)) * (1 + random())
                : later.waitMs + random() * MIN_SETTLE_MS);
            return {
                ms,
                message: `${what}: the write ${later.what}; not sent again as it was: reading the set again in ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .formatMs */ ._V)(ms)}`,
            };
        },
        succeeded() {
            failures = 0;
        },
    };
}
/**
 * How to come back to a write that failed: the wait the API asked for (undefined: back off), and what happened,
 * for the log. Undefined for a failure that a later write would meet again.
 */
function comeBackLater(error) {
    if (error instanceof WriteLater)
        return { waitMs: error.waitMs, what: 'was refused for now' };
    if (!(error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderHttpError */ .gm) || error.transient === undefined)
        return undefined;
    const what = error.status !== undefined
        ? `failed (HTTP ${error.status})`
        : error.kind === 'timeout'
            ? 'got no answer in time (it may still land)'
            : 'lost its connection (it may have landed)';
    return { waitMs: error.transient.waitMs, what };
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

/***/ 83411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ xmlElements),
/* harmony export */   e: () => (/* binding */ xmlChild)
/* harmony export */ });
// Reading the flat XML answers of registrar APIs (Namecheap, NameSilo): elements by name, attributes, text.
/** Elements named `tag` with their attributes and text: enough for the flat answers of registrar XML APIs. */
function xmlElements(xml, tag) {
    const found = [];
    const pattern = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
    for (const match of xml.matchAll(pattern)) {
        const attributes = {};
        for (const a of (match[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
            attributes[a[1]] = decodeXml(a[2] ?? a[3] ?? '');
        }
        const inner = match[2] ?? '';
        found.push({ attributes, text: decodeXml(inner.trim()), inner });
    }
    return found;
}
function decodeXml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|lt|gt|amp);/gi, (_, entity) => {
        const named = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
        if (entity[0] !== '#')
            return named[entity.toLowerCase()] ?? '';
        const code = entity[1]?.toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        return String.fromCodePoint(code);
    });
}
/** The text of the first child element named `tag`, if any. */
function xmlChild(parent, tag) {
    return xmlElements(parent, tag)[0]?.text;
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
