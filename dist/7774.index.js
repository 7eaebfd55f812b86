export const id = 7774;
export const ids = [7774];
export const modules = {

/***/ 96717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ azureCredential)
/* harmony export */ });
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39308);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86469);
// Microsoft Entra ID access tokens, shared by the azure provider and the azure-key-vault store: the app's client
// secret, or the workflow's OIDC token as the client assertion of a federated credential.


const AUTHORITY_URL = 'https://login.microsoftonline.com';
// the audience Microsoft Entra expects of a federated credential's token
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/**
 * An Entra ID token for `scope` (e.g. https://vault.azure.net/.default) with AZURE_TENANT_ID and AZURE_CLIENT_ID,
 * and AZURE_CLIENT_SECRET when set, else the workflow's OIDC token. The secret and every token are masked.
 */
function azureCredential(context, who, scope) {
    const env = context.env;
    const mask = (secret) => {
        if (secret)
            context.host.mask(secret);
    };
    const tenant = env.AZURE_TENANT_ID?.trim() ?? '';
    const clientId = env.AZURE_CLIENT_ID?.trim() ?? '';
    const clientSecret = env.AZURE_CLIENT_SECRET?.trim() ?? '';
    mask(clientSecret);
    for (const [name, value] of Object.entries({ AZURE_TENANT_ID: tenant, AZURE_CLIENT_ID: clientId })) {
        if (value === '')
            throw new Error(`${who}: ${name} is required`);
    }
    const signIn = clientSecret
        ? 'AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET'
        : 'AZURE_TENANT_ID / AZURE_CLIENT_ID and its federated credential for this repository';
    async function fetchToken() {
        const form = new URLSearchParams({ client_id: clientId, scope, grant_type: 'client_credentials' });
        const secrets = [clientSecret];
        if (clientSecret) {
            form.set('client_secret', clientSecret);
        }
        else {
            const assertion = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowIdToken */ .qj)({
                host: context.host,
                audience: OIDC_AUDIENCE,
                provider: who,
                instead: 'AZURE_CLIENT_SECRET',
            });
            secrets.push(assertion);
            form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
            form.set('client_assertion', assertion);
        }
        const entra = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .oX)(context, {
            provider: who,
            apiUrlEnv: 'AZURE_AUTHORITY_URL',
            defaultUrl: AUTHORITY_URL,
            secrets,
            credentialHint: signIn,
        });
        const { body } = await entra.request('POST', `/${encodeURIComponent(tenant)}/oauth2/v2.0/token`, {
            text: form.toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            idempotent: true,
        });
        if (!body?.access_token)
            throw new Error(`${who}: the token endpoint answered without access_token`);
        mask(body.access_token);
        return body.access_token;
    }
    let pending;
    return {
        hint: signIn,
        token() {
            pending ??= fetchToken();
            pending.catch(() => {
                pending = undefined;
            });
            return pending;
        },
    };
}


/***/ }),

/***/ 86469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qj: () => (/* binding */ workflowIdToken),
/* harmony export */   yD: () => (/* binding */ OIDC_TOKEN_ENV)
/* harmony export */ });
/* unused harmony export OidcTokenUnavailable */
/** Set by the runner when the job has `permissions: id-token: write`: the sign-in with the token is possible. */
const OIDC_TOKEN_ENV = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
/**
 * The job gets no OIDC token: a credential that cannot be obtained at all. The renewal decision reads
 * `credentialUnavailable` to stop before ordering, as it does on a refused credential.
 */
class OidcTokenUnavailable extends Error {
    name = 'OidcTokenUnavailable';
    credentialUnavailable = true;
}
/**
 * The workflow's OIDC token for one audience (masked by the host), or an error naming the other way in: a run
 * without it cannot sign in, so it stops before ordering (OidcTokenUnavailable).
 */
async function workflowIdToken(request) {
    try {
        return await request.host.idToken(request.audience || undefined);
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        const who = request.requestedBy ? `\`${request.requestedBy}\` logs in with` : 'signing in needs';
        throw new OidcTokenUnavailable(`${request.provider}: ${who} the workflow's OIDC token, and ${why}; or use ${request.instead}`);
    }
}


/***/ }),

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

/***/ 57774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azure: () => (/* binding */ azure),
/* harmony export */   resourceManagerScope: () => (/* binding */ resourceManagerScope)
/* harmony export */ });
/* harmony import */ var _clouds_azure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96717);
/* harmony import */ var _clouds_oidc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86469);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39308);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73329);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89300);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47314);
// Azure DNS through Azure Resource Manager (api-version 2018-05-01): TXT record sets written with If-Match on their etag.








const API_URL = 'https://management.azure.com';
const AUTHORITY_URL = 'https://login.microsoftonline.com';
const API_VERSION = '2018-05-01';
const SCOPE = 'https://management.azure.com/.default';
/** Resource Manager of the sovereign clouds: a token for the public one is refused there. */
const SOVEREIGN_RESOURCE_MANAGERS = ['management.usgovcloudapi.net', 'management.chinacloudapi.cn'];
// Azure DNS stores a TXT record as strings of at most 255 characters each
const MAX_STRING = 255;
const descriptor = {
    id: 'azure',
    name: 'Azure DNS',
    credentials: [
        { env: 'AZURE_TENANT_ID', description: 'Directory (tenant) id of the app registration' },
        {
            env: 'AZURE_CLIENT_ID',
            description: 'Application (client) id of the app registration or managed identity',
        },
        { env: 'AZURE_SUBSCRIPTION_ID', description: 'Subscription holding the alias zone' },
        { env: 'AZURE_RESOURCE_GROUP', description: 'Resource group holding the alias zone' },
        {
            env: 'AZURE_CLIENT_SECRET',
            description: 'Client secret of the app registration',
            secret: true,
            set: 'client secret',
        },
        {
            env: _clouds_oidc_js__WEBPACK_IMPORTED_MODULE_4__/* .OIDC_TOKEN_ENV */ .yD,
            description: 'Set by GitHub itself when the job has `permissions: id-token: write` (nothing to put in env): the ' +
                'workflow OIDC token is then the client assertion of a federated credential of the app',
            secret: true,
            set: 'OIDC federated credential',
        },
    ],
    settings: [
        // first: the test harness points the first *_API_URL setting at itself
        {
            env: 'AZURE_API_URL',
            description: "Azure Resource Manager endpoint; a sovereign cloud's (https://management.usgovcloudapi.net, https://management.chinacloudapi.cn) gets tokens for itself",
            default: API_URL,
        },
        {
            env: 'AZURE_AUTHORITY_URL',
            description: 'Microsoft Entra ID authority (token endpoint host)',
            default: AUTHORITY_URL,
        },
        {
            env: 'AZURE_TTL',
            description: 'TTL (seconds) of a TXT record set this provider creates; an existing one keeps its TTL',
            default: '60',
        },
    ],
    leastPrivilege: 'Assign the app (service principal) the built-in role "DNS Zone Contributor" scoped to the alias zone ' +
        'resource only (az role assignment create --assignee <client id> --role "DNS Zone Contributor" --scope ' +
        '/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Network/dnsZones/<alias zone>), not to the ' +
        'resource group or subscription. Narrower still: a custom role with only Microsoft.Network/dnsZones/read and ' +
        'Microsoft.Network/dnsZones/TXT/read, write and delete on that zone. Prefer a federated credential for this ' +
        'repository (subject repo:<owner>/<repo>:...) over a client secret: nothing long-lived to leak.',
    docs: 'https://learn.microsoft.com/en-us/rest/api/dns/record-sets/create-or-update?view=rest-dns-2018-05-01',
};
const ownerLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyedMutex */ .yA();
const CONFLICT_RETRIES = 4;
const azure = {
    descriptor,
    create(context) {
        const env = context.env;
        const log = (message) => context.host.info(message);
        const subscription = env.AZURE_SUBSCRIPTION_ID?.trim() ?? '';
        const resourceGroup = env.AZURE_RESOURCE_GROUP?.trim() ?? '';
        for (const [name, value] of Object.entries({
            AZURE_TENANT_ID: env.AZURE_TENANT_ID?.trim() ?? '',
            AZURE_CLIENT_ID: env.AZURE_CLIENT_ID?.trim() ?? '',
            AZURE_SUBSCRIPTION_ID: subscription,
            AZURE_RESOURCE_GROUP: resourceGroup,
        })) {
            if (value === '')
                throw new Error(`azure: ${name} is required`);
        }
        const apiUrl = env.AZURE_API_URL || API_URL;
        const credential = (0,_clouds_azure_js__WEBPACK_IMPORTED_MODULE_0__/* .azureCredential */ .$)(context, 'azure', resourceManagerScope(apiUrl));
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_6__/* .readTtl */ .J)(env, 'AZURE_TTL', { default: 60 });
        const hint = `${credential.hint} (and the role assignment on the zone)`;
        // One token per run, on first use; a failure is not kept, so the post step may try again.
        let client;
        const http = () => {
            client ??= (async () => {
                const token = await credential.token();
                return (0,_http_api_js__WEBPACK_IMPORTED_MODULE_1__/* .providerHttp */ .oX)(context, {
                    provider: 'azure',
                    baseUrl: apiUrl,
                    headers: { authorization: `Bearer ${token}` },
                    secrets: [token],
                    credentialHint: hint,
                });
            })();
            client.catch(() => {
                client = undefined;
            });
            return client;
        };
        const zonesPath = `/subscriptions/${encodeURIComponent(subscription)}/resourceGroups/${encodeURIComponent(resourceGroup)}/providers/Microsoft.Network/dnsZones`;
        const query = { 'api-version': API_VERSION };
        const zones = new Map();
        const zoneOf = (zone, owner) => {
            const key = (0,_serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerKey */ .lf)(zone, owner);
            let found = zones.get(key);
            if (found === undefined) {
                const candidates = (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .zoneCandidates */ .Ph)(zone, owner);
                found = (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .findZone */ ._S)(candidates, async (name) => {
                    const api = await http();
                    const { status } = await api.request('GET', `${zonesPath}/${encodeURIComponent(name)}`, {
                        query,
                        expect: [404],
                    });
                    return status === 404 ? undefined : name;
                }).then((result) => {
                    if (result === undefined) {
                        throw new Error(`azure: no DNS zone for ${owner} in resource group ${resourceGroup} (tried ${candidates.join(', ')}); ` +
                            'check AZURE_SUBSCRIPTION_ID and AZURE_RESOURCE_GROUP');
                    }
                    return result.zone;
                });
                found.catch(() => zones.delete(key));
                zones.set(key, found);
            }
            return found;
        };
        // '@' (the apex) stays as is in the path, as Azure writes it
        const recordPath = (zone, owner) => `${zonesPath}/${encodeURIComponent(zone)}/TXT/${encodeURIComponent((0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .relativeName */ .IC)(owner, zone) || '@').replace('%40', '@')}`;
        async function read(path) {
            const api = await http();
            const { status, body } = await api.request('GET', path, { query, expect: [404] });
            if (status === 404)
                return undefined;
            return {
                etag: body.etag ?? '',
                ttl: body.properties?.TTL ?? ttl,
                records: (body.properties?.TXTRecords ?? []).map((r) => r.value ?? []),
            };
        }
        /**
         * Read the record set, let `plan` decide its records, and write it conditionally: If-Match on the etag read
         * (or If-None-Match: * when there was none). A 412 means another writer got there first: read and plan again.
         */
        async function rewrite(zone, owner, plan) {
            const azureZone = await zoneOf(zone, owner);
            const path = recordPath(azureZone, owner);
            await ownerLocks.run((0,_serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerKey */ .lf)(apiUrl, path), async () => {
                for (let attempt = 1;; attempt++) {
                    const current = await read(path);
                    const records = plan(current);
                    if (records === undefined)
                        return;
                    const api = await http();
                    const condition = current
                        ? { 'if-match': current.etag }
                        : { 'if-none-match': '*' };
                    try {
                        if (records.length === 0) {
                            await api.request('DELETE', path, { query, headers: condition });
                        }
                        else {
                            await api.request('PUT', path, {
                                query,
                                headers: condition,
                                body: {
                                    properties: { TTL: current?.ttl ?? ttl, TXTRecords: records.map((value) => ({ value })) },
                                },
                            });
                        }
                        return;
                    }
                    catch (error) {
                        const conflict = error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderHttpError */ .gm && error.status === 412;
                        if (!conflict || attempt >= CONFLICT_RETRIES)
                            throw error;
                        log(`azure: the TXT record set at ${owner} changed while we wrote it; reading it again`);
                    }
                }
            });
        }
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (current) => (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeTxt */ .RU)(current?.records ?? [], values, { read: joinStrings, format: splitStrings }));
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (current) => current && (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutTxt */ .Pd)(current.records, values, joinStrings));
            },
        };
    },
};
/** A record's value: its strings joined, as validators read it. */
function joinStrings(strings) {
    return strings.join('');
}
function splitStrings(value) {
    const strings = [];
    for (let i = 0; i < value.length || strings.length === 0; i += MAX_STRING)
        strings.push(value.slice(i, i + MAX_STRING));
    return strings;
}
/** The token scope of the Resource Manager that AZURE_API_URL names; any other URL (a proxy) is the public one's. */
function resourceManagerScope(apiUrl) {
    let host;
    try {
        host = new URL(apiUrl).hostname;
    }
    catch {
        return SCOPE;
    }
    return SOVEREIGN_RESOURCE_MANAGERS.includes(host) ? `https://${host}/.default` : SCOPE;
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
