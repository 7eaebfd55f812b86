export const id = 804;
export const ids = [804];
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

/***/ 70804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inwx: () => (/* binding */ inwx)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/http/api.ts
var api = __webpack_require__(39308);
// EXTERNAL MODULE: ./src/providers/session.ts
var providers_session = __webpack_require__(78170);
// EXTERNAL MODULE: ./src/providers/ttl.ts
var providers_ttl = __webpack_require__(59166);
// EXTERNAL MODULE: ./src/providers/txt-content.ts
var txt_content = __webpack_require__(92778);
// EXTERNAL MODULE: ./src/providers/zone.ts
var providers_zone = __webpack_require__(47314);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/providers/inwx/totp.ts
// Time-based one-time passwords (RFC 6238, over RFC 4226's HOTP): the second factor of an INWX login.

/** The code for the step holding `timeMs` (RFC 6238, section 4). */
function totp(key, timeMs, options = {}) {
    const { period = 30, digits = 6, algorithm = 'sha1' } = options;
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(Math.floor(timeMs / 1000 / period)));
    const mac = (0,external_node_crypto_.createHmac)(algorithm, key).update(counter).digest();
    // dynamic truncation (RFC 4226, section 5.3)
    const offset = mac[mac.length - 1] & 0x0f;
    const binary = mac.readUInt32BE(offset) & 0x7fffffff;
    return String(binary % 10 ** digits).padStart(digits, '0');
}
/** The milliseconds from timeMs to the start of the next step. */
function untilNextStep(timeMs, period = 30) {
    const periodMs = period * 1000;
    return periodMs - (timeMs % periodMs);
}
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/**
 * The key of a shared secret as authenticator apps take it: base32 (RFC 4648), any case, spaces and padding
 * ignored, spare bits of a last partial character dropped. Undefined when it is not base32.
 */
function base32Key(secret) {
    const text = secret.replace(/[\s=]/g, '').toUpperCase();
    if (text === '' || !/^[A-Z2-7]+$/.test(text))
        return undefined;
    const bytes = [];
    let buffer = 0;
    let bits = 0;
    for (const char of text) {
        buffer = ((buffer << 5) | BASE32.indexOf(char)) & 0xffff;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.push((buffer >> bits) & 0xff);
        }
    }
    return Uint8Array.from(bytes);
}

;// CONCATENATED MODULE: ./src/providers/inwx/index.ts
// INWX (DomRobot JSON-RPC API). Concurrency: per-record. nameserver.createRecord adds one record beside the
// others and nameserver.deleteRecord removes one by id, so other values at the owner stay. One login session
// (with the TOTP second factor when the account has one) serves the run and is logged out at its end.







const API_URL = 'https://api.domrobot.com/jsonrpc/';
const SANDBOX_URL = 'https://api.ote.domrobot.com/jsonrpc/';
// INWX's smallest record TTL.
const MIN_TTL = 300;
const descriptor = {
    id: 'inwx',
    name: 'INWX',
    credentials: [
        { env: 'INWX_USERNAME', description: 'INWX account (or sub-account) user name' },
        { env: 'INWX_PASSWORD', description: 'Its password', secret: true },
    ],
    settings: [
        {
            env: 'INWX_SHARED_SECRET',
            description: 'The base32 shared secret of the account’s two-factor authentication (the text behind its QR code); ' +
                'needed when the account has 2FA on',
            secret: true,
        },
        {
            env: 'INWX_SANDBOX',
            description: `\`true\`: use the OT&E test system (${SANDBOX_URL}) instead of the live one`,
            default: 'false',
            values: ['true', 'false', '1', '0', 'yes', 'no'],
        },
        { env: 'INWX_API_URL', description: 'JSON-RPC endpoint; overrides INWX_SANDBOX', default: API_URL },
        {
            env: 'INWX_TTL',
            description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`,
            default: String(MIN_TTL),
        },
    ],
    leastPrivilege: 'INWX logins cannot be limited to DNS or to one domain. Create a sub-account (Account > Sub-accounts) that ' +
        'holds only the alias domain, or move the alias domain to an INWX account of its own, give it a password ' +
        'used nowhere else and two-factor authentication, and use that login here with INWX_SHARED_SECRET.',
    docs: 'https://www.inwx.com/en/help/apidoc',
    notes: 'INWX’s name servers sometimes take longer than the default `propagation_timeout` of 300 seconds to serve a new ' +
        'record; if runs stop waiting for them, set `propagation_timeout: 600` on the step.',
};
// Result codes of the DomRobot API: 1xxx succeeded; these are the ones acted on.
const OBJECT_EXISTS = 2302;
const OBJECT_DOES_NOT_EXIST = 2303;
// Not (or no longer) logged in: the session expired or was logged out elsewhere.
const SESSION_CODES = new Set([2200, 2201, 2202]);
const inwx = {
    descriptor,
    create(context) {
        const user = context.env.INWX_USERNAME ?? '';
        const password = context.env.INWX_PASSWORD ?? '';
        const sharedSecret = context.env.INWX_SHARED_SECRET?.trim() || undefined;
        const key = sharedSecret === undefined ? undefined : base32Key(sharedSecret);
        if (sharedSecret !== undefined && key === undefined) {
            throw new Error('INWX_SHARED_SECRET must be the base32 shared secret of the two-factor setup (letters A-Z and digits 2-7, ' +
                'as shown beside its QR code); the value given is not base32');
        }
        const sandbox = readSwitch(context.env, 'INWX_SANDBOX');
        const ttl = (0,providers_ttl/* readTtl */.J)(context.env, 'INWX_TTL', { default: MIN_TTL, min: MIN_TTL, note: "INWX's minimum" });
        const sleep = context.transport?.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
        const http = (0,api/* providerHttp */.oX)(context, {
            provider: 'inwx',
            baseUrl: context.env.INWX_API_URL || (sandbox ? SANDBOX_URL : API_URL),
            secrets: [password, sharedSecret ?? ''],
            credentialHint: 'INWX_USERNAME and INWX_PASSWORD',
        });
        /** One call; an answer outside 1xxx is thrown as an error naming the method, code and reason. */
        const call = async (method, params, cookie, idempotent = false) => {
            const response = await http.request('POST', '/', {
                body: { method, params: { ...params, lang: 'en' } },
                headers: cookie === undefined ? {} : { cookie },
                idempotent,
            });
            const answer = response.body;
            if (typeof answer?.code !== 'number') {
                throw new Error(`inwx: ${method} gave no DomRobot answer`);
            }
            const setCookie = response.headers['set-cookie'];
            return { answer, cookies: Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [] };
        };
        const failure = (method, answer, hint = '') => new Error(http.redact(`inwx: ${method} failed: ${answer.msg} (${answer.code})` +
            (answer.reason ? `: ${answer.reason}${answer.reasonCode ? ` (${answer.reasonCode})` : ''}` : '') +
            hint));
        const unlock = async (cookie, tfa) => {
            if (key === undefined) {
                throw new Error(`inwx: the account asks for a second factor (${tfa}); set INWX_SHARED_SECRET to the shared secret ` +
                    'of its two-factor authentication');
            }
            let at = Date.now();
            for (let attempt = 1;; attempt++) {
                const { answer } = await call('account.unlock', { tan: totp(key, at) }, cookie);
                if (answer.code < 2000)
                    return;
                // RFC 6238, 5.2: a code is accepted once. Another job of the same workflow may just have used this
                // step's code, so the next step's code is tried once before giving up.
                if (attempt > 1)
                    throw failure('account.unlock', answer, '. Check INWX_SHARED_SECRET');
                const wait = untilNextStep(at);
                context.host.info(`inwx: the second-factor code was refused; trying the next one in ${wait} ms`);
                await sleep(wait);
                at += wait;
            }
        };
        const session = new providers_session/* LoginSession */.k({
            open: async () => {
                const { answer, cookies } = await call('account.login', { user, pass: password });
                if (answer.code >= 2000) {
                    throw failure('account.login', answer, '. Check INWX_USERNAME and INWX_PASSWORD');
                }
                const sid = cookies.map((c) => /^\s*domrobot=([^;]*)/.exec(c)?.[1]).find((v) => v);
                if (sid === undefined)
                    throw new Error('inwx: account.login set no domrobot session cookie');
                context.host.mask(sid);
                http.addSecret(sid);
                const cookie = `domrobot=${sid}`;
                const tfa = answer.resData?.tfa;
                if (tfa && tfa !== '0')
                    await unlock(cookie, tfa);
                return cookie;
            },
            close: async (cookie) => {
                await call('account.logout', {}, cookie);
            },
        });
        /** A call in the session; an expired session is logged into again and the call made once more. */
        const inSession = (method, params, accept = []) => session.run(async (cookie) => {
            const { answer } = await call(method, params, cookie, true);
            if (answer.code < 2000 || accept.includes(answer.code))
                return answer;
            if (SESSION_CODES.has(answer.code))
                throw new providers_session/* SessionExpired */.y();
            throw failure(method, answer);
        });
        const domainOf = (0,providers_zone/* zoneFinder */.zu)(async (domain) => {
            const answer = await inSession('nameserver.info', { domain, type: 'SOA' }, [OBJECT_DOES_NOT_EXIST]);
            return answer.code === OBJECT_DOES_NOT_EXIST ? undefined : domain;
        }, (owner, tried) => `inwx: no name server zone for ${owner} in this account (tried ${tried.join(', ')}); ` +
            'check that INWX_USERNAME is the account holding the alias domain');
        const txtAt = async (domain, owner) => {
            const name = (0,providers_zone/* absoluteless */.h8)(owner);
            const answer = await inSession('nameserver.info', {
                domain,
                name,
                type: 'TXT',
            });
            return (answer.resData?.record ?? []).filter((r) => r.type === 'TXT' && (0,providers_zone/* absoluteless */.h8)(r.name) === name);
        };
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                const { name: domain } = await domainOf(zone, owner);
                await (0,txt_content/* createMissing */.PM)(await txtAt(domain, owner), values, recordValue, (content) => 
                // 2302: another run (same value) created it first
                inSession('nameserver.createRecord', { domain, name: (0,providers_zone/* absoluteless */.h8)(owner), type: 'TXT', content, ttl }, [OBJECT_EXISTS]));
            },
            async remove(zone, owner, values) {
                const { name: domain } = await domainOf(zone, owner);
                await (0,txt_content/* deleteOurs */.Tl)(await txtAt(domain, owner), values, recordValue, (r) => 
                // 2303: another run (same value) deleted it first
                inSession('nameserver.deleteRecord', { id: Number(r.id) }, [OBJECT_DOES_NOT_EXIST]));
            },
            close: () => session.close(),
        };
    },
};
function recordValue(record) {
    return record.content;
}
/** A true/false variable: true, 1 or yes; false, 0, no or empty. */
function readSwitch(env, variable) {
    const value = (env[variable] ?? '').trim().toLowerCase();
    if (['true', '1', 'yes'].includes(value))
        return true;
    if (['', 'false', '0', 'no'].includes(value))
        return false;
    throw new Error(`${variable} must be true or false; got "${env[variable]}"`);
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

/***/ 78170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ LoginSession),
/* harmony export */   y: () => (/* binding */ SessionExpired)
/* harmony export */ });
// A provider's login session (INWX, netcup, Joker): opened on first use and shared by every call of the run,
// opened again when the API says it expired, and closed (logged out) once when the run is done with DNS.
/** Thrown by a call whose answer says the session is no longer valid (expired, logged out elsewhere). */
class SessionExpired extends Error {
    constructor(message = 'the session expired') {
        super(message);
    }
}
class LoginSession {
    #spec;
    #opening;
    #lastUse = 0;
    constructor(spec) {
        this.#spec = spec;
    }
    /** The open session; the first call logs in. A failed login is not kept: the next call tries again. */
    open() {
        const now = Date.now();
        const { maxIdleMs } = this.#spec;
        // the API has ended it by now: no logout to send, a new login instead
        if (maxIdleMs !== undefined && now - this.#lastUse > maxIdleMs)
            this.#opening = undefined;
        this.#lastUse = now;
        if (this.#opening === undefined) {
            const opening = this.#spec.open();
            opening.catch(() => {
                if (this.#opening === opening)
                    this.#opening = undefined;
            });
            this.#opening = opening;
        }
        return this.#opening;
    }
    /**
     * Run a call in the session. When it throws SessionExpired the session is dropped; with `again` (the default)
     * the call runs once more in a new session, without it the error goes to the caller (a write that must be
     * planned again before it is sent).
     */
    async run(call, options = {}) {
        const opening = this.open();
        const session = await opening;
        try {
            return await call(session);
        }
        catch (error) {
            if (!(error instanceof SessionExpired))
                throw error;
            // parallel calls all see the expiry: only the first drops the session, the others use the new one
            if (this.#opening === opening)
                this.#opening = undefined;
            if (options.again === false)
                throw error;
            return call(await this.open());
        }
    }
    /** Log out if a session is open; a later call logs in again. */
    async close() {
        const opening = this.#opening;
        this.#opening = undefined;
        if (opening === undefined || this.#spec.close === undefined)
            return;
        const session = await opening.then((value) => ({ value }), () => undefined);
        if (session !== undefined)
            await this.#spec.close(session.value);
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
