export const id = 2138;
export const ids = [2138];
export const modules = {

/***/ 39308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jS: () => (/* binding */ xRateLimitReset),
/* harmony export */   mu: () => (/* binding */ withHint),
/* harmony export */   oX: () => (/* binding */ providerHttp)
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
 * A 429 that says when to come back only in X-RateLimit-Reset (epoch seconds), as Netlify and Vercel send it:
 * wait until then. Retry-After, when also sent, is honoured by the HTTP layer as usual.
 */
function xRateLimitReset(answer) {
    if (answer.status !== 429)
        return false;
    if (answer.headers['retry-after'] !== undefined)
        return true;
    const waitMs = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRateLimitReset */ .yq)(answer.headers['x-ratelimit-reset']);
    // a reset already due says nothing: back off rather than retry at once
    return waitMs === undefined || waitMs === 0 ? true : { waitMs };
}


/***/ }),

/***/ 42138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ociKeyFingerprint: () => (/* binding */ ociKeyFingerprint),
/* harmony export */   ociSignedHeaders: () => (/* binding */ ociSignedHeaders),
/* harmony export */   oraclecloud: () => (/* binding */ oraclecloud)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82237);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39308);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73329);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47314);
// Oracle Cloud Infrastructure DNS (API 20180115), every request signed with the user's API key (OCI request
// signature version 1, RSA-SHA256).
// Concurrency: per-record, and conditional. One PATCH of the owner's records ADDs or REMOVEs single TXT values and
// leaves every other value as it is; it carries If-Match with the etag of the records as read, so a write planned on
// records that changed since (another writer, or an attempt of ours that landed before its answer was lost) is
// refused with 412, and the records are read and the write planned again.








const API_VERSION = '/20180115';
// GetDomainRecords answers at most this many records a page.
const PAGE = 100;
// A listing longer than this is not an owner's TXT records: the API is answering pages in a circle.
const MAX_PAGES = 50;
// Writes refused because the records changed after our read; more means something keeps rewriting them.
const CONFLICT_RETRIES = 5;
// Methods whose requests carry a body, so their signature covers its length, type and SHA-256.
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const descriptor = {
    id: 'oraclecloud',
    name: 'Oracle Cloud Infrastructure DNS',
    credentials: [
        {
            env: 'OCI_PRIVKEY',
            description: "The API key's private key: its PEM, base64-encoded as lego takes it, or as it is (a repository secret)",
            secret: true,
            set: 'private key',
            aliases: ['OCI_PRIVATE_KEY'],
        },
        {
            env: 'OCI_PRIVKEY_FILE',
            description: "Path of the API key's PEM private key file (as lego takes it), or the PEM itself",
            secret: true,
            set: 'private key file',
            aliases: ['OCI_PRIVATE_KEY_PATH'],
        },
        { env: 'OCI_TENANCY_OCID', description: 'OCID of the tenancy (ocid1.tenancy...)' },
        { env: 'OCI_USER_OCID', description: 'OCID of the user the API key belongs to (ocid1.user...)' },
        {
            env: 'OCI_PUBKEY_FINGERPRINT',
            description: "Fingerprint of the API key's public key, as the console shows it (12:34:...:ef)",
            aliases: ['OCI_FINGERPRINT'],
        },
        { env: 'OCI_REGION', description: 'Region whose DNS endpoint to call, e.g. us-ashburn-1' },
        {
            env: 'OCI_COMPARTMENT_OCID',
            description: 'OCID of the compartment holding the alias zone (the tenancy OCID for the root compartment)',
        },
    ],
    settings: [
        {
            env: 'OCI_API_URL',
            description: 'DNS API base URL; when empty, the commercial realm endpoint of OCI_REGION. Regions of other realms ' +
                '(government, sovereign, dedicated) set their own DNS endpoint here, with /20180115',
            default: `https://dns.<OCI_REGION>.oraclecloud.com${API_VERSION}`,
        },
        {
            env: 'OCI_PRIVKEY_PASS',
            description: 'Passphrase of the private key, when it is encrypted',
            secret: true,
            aliases: ['OCI_PRIVATE_KEY_PASSWORD'],
        },
        {
            env: 'OCI_TTL',
            description: 'TTL (seconds) of TXT records at an owner that has none; added values take the TTL of the others',
            default: '60',
        },
    ],
    leastPrivilege: 'Make an IAM user for certalias alone (API key only, no console password), put it in a group of its own, and ' +
        'give that group two policy statements: `Allow group <group> to inspect dns-zones in compartment ' +
        '<compartment>` (to find the zone) and `Allow group <group> to use dns-records in compartment <compartment> ' +
        "where target.dns-zone.name = '<alias zone>'`. The key can then change records of the alias zone only. Keeping " +
        'the alias zone in a compartment of its own narrows the listing as well.',
    docs: 'https://docs.oracle.com/en-us/iaas/api/#/en/dns/20180115/Records/PatchDomainRecords',
};
/**
 * The headers that sign a request: date, host and the Authorization header, plus content-length, content-type and
 * x-content-sha256 (base64 SHA-256 of the body) for a request with a body. The signing string is `name: value`
 * lines of date, (request-target) (`<method> <path?query>`), host and the body headers, in that order; the
 * signature is RSA-SHA256 (PKCS#1 v1.5) with the API key under keyId `<tenancy>/<user>/<fingerprint>`.
 */
function ociSignedHeaders(key, request) {
    const signed = [
        ['date', request.date],
        ['(request-target)', `${request.method.toLowerCase()} ${request.target}`],
        ['host', request.host],
    ];
    if (request.body !== undefined) {
        signed.push(['content-length', String(Buffer.byteLength(request.body.text, 'utf8'))], ['content-type', request.body.contentType], ['x-content-sha256', (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(request.body.text, 'utf8').digest('base64')]);
    }
    const signingString = signed.map(([name, value]) => `${name}: ${value}`).join('\n');
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(signingString, 'utf8'), key.privateKey).toString('base64');
    const names = signed.map(([name]) => name).join(' ');
    return {
        ...Object.fromEntries(signed.filter(([name]) => name !== '(request-target)')),
        authorization: `Signature version="1",headers="${names}",keyId="${key.keyId}",algorithm="rsa-sha256",signature="${signature}"`,
    };
}
/** The fingerprint OCI shows for an API key: MD5 of the public key's DER (SubjectPublicKeyInfo), hex pairs. */
function ociKeyFingerprint(key) {
    const der = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(der).digest('hex').match(/../g)?.join(':') ?? '';
}
const oraclecloud = {
    descriptor,
    create(context) {
        const env = context.env;
        const key = readSigningKey(context);
        const tenancy = ocid(env, 'OCI_TENANCY_OCID', ['tenancy']);
        const user = ocid(env, 'OCI_USER_OCID', ['user']);
        const compartmentId = ocid(env, 'OCI_COMPARTMENT_OCID', ['compartment', 'tenancy']);
        const fingerprint = (env.OCI_PUBKEY_FINGERPRINT ?? '').trim().toLowerCase();
        if (fingerprint !== key.fingerprint) {
            throw new Error(`OCI_PUBKEY_FINGERPRINT is not the fingerprint of the key in ${key.variable} (that key's is ` +
                `${key.fingerprint}); give the fingerprint the console shows for the API key of this private key`);
        }
        const region = (env.OCI_REGION ?? '').trim();
        if (!/^[a-z]+(-[a-z]+)+-\d+$/.test(region)) {
            throw new Error(`OCI_REGION must be a region identifier such as us-ashburn-1; got "${region}"`);
        }
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_5__/* .readTtl */ .J)(env, 'OCI_TTL', { default: 60 });
        const signer = { keyId: `${tenancy}/${user}/${fingerprint}`, privateKey: key.privateKey };
        const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
            provider: 'oraclecloud',
            apiUrlEnv: 'OCI_API_URL',
            defaultUrl: `https://dns.${region}.oraclecloud.com${API_VERSION}`,
            headers: { accept: 'application/json' },
            secrets: key.secrets,
            credentialHint: `OCI_TENANCY_OCID, OCI_USER_OCID, OCI_PUBKEY_FINGERPRINT and ${key.variable}`,
            // signed per attempt: the signature covers the date
            signRequest: ({ method, url, headers, body }) => ociSignedHeaders(signer, {
                method,
                target: `${url.pathname}${url.search}`,
                host: url.host,
                date: new Date().toUTCString(),
                body: BODY_METHODS.has(method)
                    ? { text: body ?? '', contentType: headers['content-type'] ?? 'application/json' }
                    : undefined,
            }),
        });
        const zoneOf = (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .zoneFinder */ .zu)(async (name) => {
            const { body } = await http
                .request('GET', '/zones', {
                query: { compartmentId, name, scope: 'GLOBAL', lifecycleState: 'ACTIVE' },
            })
                .catch((error) => {
                throw error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .ProviderHttpError */ .gm && error.status === 404
                    ? (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .withHint */ .mu)(error, 'Check OCI_COMPARTMENT_OCID: OCI answers 404 for a compartment that does not exist or whose ' +
                        'zones the user may not inspect')
                    : error;
            });
            return (Array.isArray(body) ? body : []).find((zone) => (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(String(zone.name)) === name)?.id;
        }, (owner, tried) => `oraclecloud: no public zone for ${owner} in the compartment OCI_COMPARTMENT_OCID names ` +
            `(tried ${tried.join(', ')}); create the alias zone there, or give the compartment that holds it`);
        const recordsPath = (zoneId, owner) => `/zones/${encodeURIComponent(zoneId)}/records/${encodeURIComponent((0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(owner))}`;
        /** The owner's TXT records, every page, and the etag of the records as the first page saw them. */
        const readTxt = async (path) => {
            const records = [];
            let etag;
            let page;
            for (let pages = 0; pages === 0 || page !== undefined; pages++) {
                if (pages >= MAX_PAGES)
                    throw new Error(`oraclecloud: ${path} still has more pages after ${MAX_PAGES}`);
                const response = await http.request('GET', path, {
                    query: { rtype: 'TXT', limit: PAGE, page },
                });
                // a record changed between two pages changes the etag: the conditional write then fails and reads again
                etag ??= firstHeader(response.headers.etag);
                records.push(...(response.body?.items ?? []));
                page = firstHeader(response.headers['opc-next-page']) || undefined;
            }
            return {
                etag,
                records: records.filter((r) => String(r.rtype).toUpperCase() === 'TXT' && typeof r.rdata === 'string'),
            };
        };
        async function patch(zone, owner, plan) {
            const { zone: zoneId } = await zoneOf(zone, owner);
            const path = recordsPath(zoneId, owner);
            for (let attempt = 1;; attempt++) {
                const { etag, records } = await readTxt(path);
                const items = plan(records);
                if (items.length === 0)
                    return;
                try {
                    await http.request('PATCH', path, {
                        body: { items },
                        headers: etag === undefined ? {} : { 'if-match': etag },
                        // ADD and REMOVE leave the records as asked however often they are applied; a resend after an attempt
                        // that landed meets a changed etag (412) and is planned again from a fresh read
                        idempotent: true,
                    });
                    return;
                }
                catch (error) {
                    const conflict = error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .ProviderHttpError */ .gm && error.status === 412;
                    if (!conflict || attempt >= CONFLICT_RETRIES)
                        throw error;
                    context.host.info(`oraclecloud: the TXT records at ${(0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(owner)} changed while we wrote them; reading them again`);
                }
            }
        }
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                const domain = (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(owner);
                await patch(zone, owner, (records) => {
                    // an RRset has one TTL: a value added with another would change the TTL of the values already there
                    const setTtl = records.find((record) => Number.isInteger(record.ttl))?.ttl ?? ttl;
                    return (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .missingTxt */ .vV)(records, values, recordValue).map((value) => ({
                        operation: 'ADD',
                        domain,
                        rtype: 'TXT',
                        rdata: (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .formatTxtContent */ .Xs)(value),
                        ttl: setTtl,
                    }));
                });
            },
            async remove(zone, owner, values) {
                await patch(zone, owner, (records) => 
                // the record's own hash and data: whichever the API matches on, it names this record alone
                (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .ourTxt */ .T_)(records, values, recordValue).map((record) => ({
                    operation: 'REMOVE',
                    domain: record.domain,
                    rtype: record.rtype,
                    rdata: record.rdata,
                    recordHash: record.recordHash,
                })));
            },
        };
    },
};
function recordValue(record) {
    return (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTxtContent */ .bF)(record.rdata);
}
function firstHeader(value) {
    return Array.isArray(value) ? value[0] : value;
}
/** An OCID of one of these kinds (ocid1.<kind>.<realm>...), or an error naming the variable. */
function ocid(env, variable, kinds) {
    const value = (env[variable] ?? '').trim();
    // ocid1.<kind>.<realm>.[region].<unique id>: nothing else, since it goes into the signature's keyId as it is
    const kind = /^ocid1\.([a-z-]+)\.[a-z0-9.-]+$/i.exec(value)?.[1]?.toLowerCase();
    if (kind === undefined || !kinds.includes(kind)) {
        throw new Error(`${variable} must be the OCID of the ${kinds.join(' or ')} (ocid1.${kinds[0]}.oc1..<id>)`);
    }
    return value;
}
/** The RSA private key of OCI_PRIVKEY (base64 PEM, or PEM) or OCI_PRIVKEY_FILE (a path, or PEM), decrypted. */
function readSigningKey(context) {
    const env = context.env;
    const inline = Boolean(env.OCI_PRIVKEY?.trim());
    const variable = inline ? 'OCI_PRIVKEY' : 'OCI_PRIVKEY_FILE';
    // as given, untrimmed: that is the string a log would show
    const given = (inline ? env.OCI_PRIVKEY : env.OCI_PRIVKEY_FILE) ?? '';
    let pem;
    if (given.includes('-----BEGIN')) {
        pem = given;
    }
    else if (inline) {
        pem = Buffer.from(given.trim(), 'base64').toString('utf8');
        if (!pem.includes('-----BEGIN')) {
            throw new Error('OCI_PRIVKEY must be the PEM private key, or that PEM base64-encoded as lego takes it');
        }
    }
    else {
        try {
            pem = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(given.trim(), 'utf8');
        }
        catch {
            throw new Error('OCI_PRIVKEY_FILE is neither a PEM private key nor the path of a readable file');
        }
    }
    // a log line may hold one line of the key
    (0,_host_js__WEBPACK_IMPORTED_MODULE_7__/* .maskPem */ .r)(context.host, pem);
    const passphrase = env.OCI_PRIVKEY_PASS ?? '';
    let privateKey;
    try {
        privateKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', passphrase });
    }
    catch {
        throw new Error(`${variable} holds no PEM private key that can be read` +
            (passphrase
                ? ' with OCI_PRIVKEY_PASS'
                : '; if the key is encrypted, give its passphrase in OCI_PRIVKEY_PASS'));
    }
    if (privateKey.asymmetricKeyType !== 'rsa') {
        throw new Error(`${variable} must hold an RSA key: OCI API keys are RSA`);
    }
    return {
        privateKey,
        fingerprint: ociKeyFingerprint(privateKey),
        variable,
        secrets: [pem, given, passphrase],
    };
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
/* harmony export */   pn: () => (/* binding */ pathSegment),
/* harmony export */   zu: () => (/* binding */ zoneFinder)
/* harmony export */ });
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89300);
// Name helpers providers share: which provider zone holds an owner, and an owner's name relative to its zone.

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
