export const id = 8748;
export const ids = [8748];
export const modules = {

/***/ 93633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ CloudAccessError)
/* harmony export */ });
/** A refusal of the credential (HTTP 401/403, or AWS's AccessDeniedException in a 400): the renewal check stops on it. */
class CloudAccessError extends Error {
    name = 'CloudAccessError';
    /** 403: what the renewal decision reads to tell a refused credential from a network failure. */
    status = 403;
}


/***/ }),

/***/ 22819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ googleCredential),
/* harmony export */   ep: () => (/* binding */ googleThrottled)
/* harmony export */ });
/* unused harmony exports KEY_HINT, WIF_HINT, signJwt */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39308);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86469);
// Google access tokens, shared by the google provider and the gcp-secret-manager store: a service account key
// (a signed JWT traded at the OAuth endpoint), or workload identity federation with the workflow's OIDC token
// (STS token exchange, then the service account's generateAccessToken).




const OAUTH_URL = 'https://oauth2.googleapis.com';
const STS_URL = 'https://sts.googleapis.com';
const IAM_URL = 'https://iamcredentials.googleapis.com';
const KEY_HINT = 'GCE_SERVICE_ACCOUNT (the service account key and its roles)';
const WIF_HINT = 'GCE_WORKLOAD_IDENTITY_PROVIDER / GCE_SERVICE_ACCOUNT_EMAIL (the provider must admit this repository, and the ' +
    'repository principal needs roles/iam.workloadIdentityUser on the service account)';
const PROVIDER_PATTERN = /^projects\/[^/]+\/locations\/global\/workloadIdentityPools\/[^/]+\/providers\/[^/]+$/;
/** Google APIs also throttle with 403 and a rate-limit reason. */
function googleThrottled(status, body) {
    return status === 403 && /"(rateLimitExceeded|userRateLimitExceeded)"/.test(body);
}
/**
 * The credential of the environment for `scope`: GCE_SERVICE_ACCOUNT (key JSON) or GCE_SERVICE_ACCOUNT_FILE, else
 * GCE_WORKLOAD_IDENTITY_PROVIDER with GCE_SERVICE_ACCOUNT_EMAIL. Throws at once when neither is complete. The key
 * and every token are masked.
 */
function googleCredential(context, who, scope) {
    const env = context.env;
    const mask = (secret) => {
        if (secret)
            context.host.mask(secret);
    };
    const key = readServiceAccountKey(env, who, mask);
    const provider = env.GCE_WORKLOAD_IDENTITY_PROVIDER?.trim() ?? '';
    const email = env.GCE_SERVICE_ACCOUNT_EMAIL?.trim() ?? '';
    if (key === undefined && (provider === '' || email === '')) {
        throw new Error(`${who}: set GCE_SERVICE_ACCOUNT (key JSON) or GCE_SERVICE_ACCOUNT_FILE, or GCE_WORKLOAD_IDENTITY_PROVIDER ` +
            'and GCE_SERVICE_ACCOUNT_EMAIL for the OIDC way');
    }
    if (key === undefined && !PROVIDER_PATTERN.test(provider)) {
        throw new Error(`${who}: GCE_WORKLOAD_IDENTITY_PROVIDER must be ` +
            `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>; got "${provider}"`);
    }
    const project = env.GCE_PROJECT?.trim() ||
        key?.project_id ||
        /@([^.]+)\.iam\.gserviceaccount\.com$/.exec(email)?.[1] ||
        '';
    async function keyToken(sa) {
        const tokenUrl = `${(env.GOOGLE_OAUTH_URL || OAUTH_URL).replace(/\/+$/, '')}/token`;
        const oauth = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
            provider: who,
            apiUrlEnv: 'GOOGLE_OAUTH_URL',
            defaultUrl: OAUTH_URL,
            secrets: [sa.private_key],
            credentialHint: KEY_HINT,
        });
        const { body } = await oauth.request('POST', '/token', {
            text: new URLSearchParams({
                grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
                assertion: signJwt(sa, tokenUrl, scope),
            }).toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            idempotent: true,
        });
        if (!body?.access_token)
            throw new Error(`${who}: the OAuth token endpoint answered without access_token`);
        return body.access_token;
    }
    async function federatedToken() {
        const oidc = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowIdToken */ .qj)({
            host: context.host,
            // the audience a workload identity provider accepts by default
            audience: `https://iam.googleapis.com/${provider}`,
            provider: who,
            instead: 'GCE_SERVICE_ACCOUNT or GCE_SERVICE_ACCOUNT_FILE (a service account key)',
        });
        const sts = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
            provider: who,
            apiUrlEnv: 'GOOGLE_STS_URL',
            defaultUrl: STS_URL,
            secrets: [oidc],
            credentialHint: WIF_HINT,
        });
        const { body: exchanged } = await sts.request('POST', '/v1/token', {
            body: {
                grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
                audience: `//iam.googleapis.com/${provider}`,
                scope: 'https://www.googleapis.com/auth/cloud-platform',
                requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
                subjectToken: oidc,
                subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
            },
            idempotent: true,
        });
        const federated = exchanged?.access_token;
        if (!federated)
            throw new Error(`${who}: the Security Token Service answered without access_token`);
        const iam = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
            provider: who,
            apiUrlEnv: 'GOOGLE_IAM_URL',
            defaultUrl: IAM_URL,
            headers: { authorization: `Bearer ${federated}` },
            secrets: [federated],
            credentialHint: WIF_HINT,
        });
        const { body } = await iam.request('POST', `/v1/projects/-/serviceAccounts/${encodeURIComponent(email)}:generateAccessToken`, { body: { scope: [scope], lifetime: '3600s' }, idempotent: true });
        if (!body?.accessToken)
            throw new Error(`${who}: generateAccessToken answered without accessToken`);
        return body.accessToken;
    }
    let pending;
    return {
        hint: key ? KEY_HINT : WIF_HINT,
        project,
        token() {
            pending ??= (key ? keyToken(key) : federatedToken()).then((token) => {
                mask(token);
                return token;
            });
            pending.catch(() => {
                pending = undefined;
            });
            return pending;
        },
    };
}
/** The service account key from GCE_SERVICE_ACCOUNT (JSON) or GCE_SERVICE_ACCOUNT_FILE (a path), masked. */
function readServiceAccountKey(env, who, mask) {
    const inline = env.GCE_SERVICE_ACCOUNT?.trim();
    const file = env.GCE_SERVICE_ACCOUNT_FILE?.trim();
    let source;
    let json;
    if (inline) {
        source = 'GCE_SERVICE_ACCOUNT';
        json = inline;
    }
    else if (file) {
        source = 'GCE_SERVICE_ACCOUNT_FILE';
        try {
            json = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
        }
        catch (error) {
            throw new Error(`${who}: cannot read GCE_SERVICE_ACCOUNT_FILE ${file}: ${error.message}`);
        }
    }
    else {
        return undefined;
    }
    let key;
    try {
        key = JSON.parse(json);
    }
    catch {
        // the text may be a mangled key: never echo it
        throw new Error(`${who}: ${source} is not JSON; give the service account key file's content as created by Google`);
    }
    if (typeof key.private_key === 'string') {
        mask(key.private_key);
        for (const line of key.private_key.split('\n'))
            if (line.trim().length > 8)
                mask(line.trim());
    }
    if (typeof key.private_key_id === 'string')
        mask(key.private_key_id);
    if (typeof key.client_email !== 'string' || typeof key.private_key !== 'string') {
        throw new Error(`${who}: ${source} lacks client_email or private_key; is it a service account key?`);
    }
    return key;
}
/** The RS256 JWT a service account presents at the token endpoint (OAuth 2.0 JWT bearer grant). */
function signJwt(key, audience, scope, now = Date.now()) {
    const iat = Math.floor(now / 1000);
    const header = { alg: 'RS256', typ: 'JWT', ...(key.private_key_id ? { kid: key.private_key_id } : {}) };
    const claims = { iss: key.client_email, scope, aud: audience, iat, exp: iat + 3600 };
    const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createSign)('RSA-SHA256').update(unsigned).sign(key.private_key);
    return `${unsigned}.${signature.toString('base64url')}`;
}
function base64url(text) {
    return Buffer.from(text, 'utf8').toString('base64url');
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

/***/ 48748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   crc32c: () => (/* binding */ crc32c),
/* harmony export */   gcpSecretManagerStore: () => (/* binding */ gcpSecretManagerStore),
/* harmony export */   readSecretManagerOptions: () => (/* reexport safe */ _options_js__WEBPACK_IMPORTED_MODULE_4__.s)
/* harmony export */ });
/* harmony import */ var _clouds_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93633);
/* harmony import */ var _clouds_google_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22819);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39308);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73329);
/* harmony import */ var _certificate_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88196);
/* harmony import */ var _session_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67518);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13922);
// The `gcp-secret-manager` destination: a new version of one Secret Manager secret per certificate, holding the
// certificate set as JSON (the secret is created when missing), with the CRC32C checksum the API verifies.








const ID = 'gcp-secret-manager';
const API_URL = 'https://secretmanager.googleapis.com';
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
const gcpSecretManagerStore = (0,_session_store_js__WEBPACK_IMPORTED_MODULE_5__/* .sessionStore */ .e)(_options_js__WEBPACK_IMPORTED_MODULE_4__/* .gcpSecretManagerDeclaration */ .U, (options, context) => new SecretManagerSession(options, context), deliverToSecretManager);
/** CRC32C (Castagnoli), the checksum Secret Manager verifies on a version's data. */
function crc32c(data) {
    let crc = 0xffffffff;
    for (const byte of data) {
        crc ^= byte;
        for (let bit = 0; bit < 8; bit++)
            crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
    }
    return (crc ^ 0xffffffff) >>> 0;
}
/** The IAM permission of each call, named when Google refuses it. */
const PERMISSIONS = {
    add: 'secretmanager.versions.add',
    create: 'secretmanager.secrets.create',
    access: 'secretmanager.versions.access',
    delete: 'secretmanager.secrets.delete',
    disable: 'secretmanager.versions.disable',
    list: 'secretmanager.versions.list',
};
class SecretManagerSession {
    #options;
    #context;
    #session;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
    }
    describe(project) {
        return `Google Secret Manager projects/${project}/secrets/${this.#options.secretId}`;
    }
    /** Adds a version, creating the secret first when Secret Manager says it does not exist. The version's name. */
    async addVersion(text) {
        const { http, project } = await this.#open();
        const secretPath = `/v1/projects/${encodeURIComponent(project)}/secrets/${this.#options.secretId}`;
        const data = Buffer.from(text, 'utf8');
        const add = () => this.#call('add', () => http.request('POST', `${secretPath}:addVersion`, {
            body: { payload: { data: data.toString('base64'), dataCrc32c: String(crc32c(data)) } },
            expect: [404],
        }));
        let answer = await add();
        let created = false;
        if (answer.status === 404) {
            await this.#call('create', () => http.request('POST', `/v1/projects/${encodeURIComponent(project)}/secrets`, {
                query: { secretId: this.#options.secretId },
                body: { replication: { automatic: {} }, labels: { 'managed-by': 'certalias' } },
                // a second create answers 409 and changes nothing
                expect: [409],
            }));
            created = true;
            answer = await add();
        }
        const name = answer.body?.name;
        if (answer.status === 404 || !name) {
            throw new Error(`${ID}: ${this.describe(project)}: addVersion answered without a version`);
        }
        return { name, created, project };
    }
    async readCurrent() {
        return (0,_certificate_json_js__WEBPACK_IMPORTED_MODULE_3__/* .currentInDocument */ .UD)(await this.#latest(), this.#context.host);
    }
    async remove(revoked) {
        const latest = await this.#latest();
        if (latest === undefined)
            return undefined;
        const other = (0,_certificate_json_js__WEBPACK_IMPORTED_MODULE_3__/* .documentNotTheRevoked */ .MO)(latest, revoked);
        if (other !== undefined)
            return other;
        const { http, project } = await this.#open();
        const answer = await this.#call('delete', () => http.request('DELETE', `/v1/projects/${encodeURIComponent(project)}/secrets/${this.#options.secretId}`, {
            expect: [404],
        }));
        return answer.status === 404
            ? undefined
            : { removed: `deleted ${this.describe(project)} and every version` };
    }
    /** The latest version's text; undefined when there is no secret or no version. */
    async #latest() {
        const { http, project } = await this.#open();
        const access = (version) => this.#call('access', () => http.request('GET', `${this.#secretPath(project)}/versions/${version}:access`, { expect: [404, 400] }));
        let answer = await access('latest');
        if (answer.status === 400 && answer.body?.error?.status === 'FAILED_PRECONDITION') {
            // the newest version is disabled (by hand, after a leak): the newest enabled one is what readers can get
            const listed = await this.#call('list', () => http.request('GET', `${this.#secretPath(project)}/versions`, {
                query: { filter: 'state:ENABLED', pageSize: '1' },
            }));
            const newest = listed.body?.versions?.[0]?.name?.split('/').pop();
            if (newest === undefined)
                return undefined;
            answer = await access(newest);
        }
        if (answer.status === 400) {
            throw new Error(`${ID}: ${this.describe(project)}: the latest version cannot be read: ${answer.body?.error?.status}`);
        }
        const data = answer.status === 404 ? undefined : answer.body?.payload?.data;
        if (!data)
            return undefined;
        return {
            text: Buffer.from(data, 'base64').toString('utf8'),
            where: `${this.describe(project)} (${answer.body?.name?.split('/').pop() ?? 'latest'})`,
        };
    }
    /**
     * After a new version: the one before it is disabled, so that the previous private key is no longer readable.
     * The certificate is delivered by then: a refusal is a warning, not a failed delivery.
     */
    async disablePrevious(version) {
        const number = Number(version.split('/').pop());
        if (!(number > 1))
            return;
        const { http, project } = await this.#open();
        const previous = `${this.#secretPath(project)}/versions/${number - 1}`;
        try {
            // 400: already disabled or destroyed; 404: deleted; either way not readable
            await this.#call('disable', () => http.request('POST', `${previous}:disable`, { expect: [400, 404] }));
        }
        catch (error) {
            this.#context.host.warning(`${ID}: ${this.describe(project)}/versions/${number - 1} stays enabled, with the previous private key: ` +
                `${error.message}`);
        }
    }
    #secretPath(project) {
        return `/v1/projects/${encodeURIComponent(project)}/secrets/${this.#options.secretId}`;
    }
    async #call(permission, run) {
        try {
            return await run();
        }
        catch (error) {
            if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderHttpError */ .gm && (error.status === 401 || error.status === 403)) {
                throw new _clouds_context_js__WEBPACK_IMPORTED_MODULE_6__/* .CloudAccessError */ .Y(`${error.message}. ${ID}: the service account needs ${PERMISSIONS[permission]} on the secret ` +
                    '(roles/secretmanager.secretVersionAdder to add versions, roles/secretmanager.secretVersionManager to ' +
                    'disable and list them; roles/secretmanager.admin on the project to create and delete secrets)', { cause: error });
            }
            throw error;
        }
    }
    #open() {
        this.#session ??= (async () => {
            const credential = (0,_clouds_google_js__WEBPACK_IMPORTED_MODULE_0__/* .googleCredential */ .H0)(this.#context, ID, SCOPE);
            const project = this.#options.project || credential.project;
            if (project === '') {
                throw new Error(`${ID}: set \`gcp_project\` (or GCE_PROJECT): the credential does not name the secret's project`);
            }
            const token = await credential.token();
            const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_1__/* .providerHttp */ .oX)(this.#context, {
                provider: ID,
                apiUrlEnv: 'GOOGLE_SECRET_MANAGER_URL',
                defaultUrl: API_URL,
                headers: { authorization: `Bearer ${token}` },
                secrets: [token],
                credentialHint: credential.hint,
                isThrottled: _clouds_google_js__WEBPACK_IMPORTED_MODULE_0__/* .googleThrottled */ .ep,
            });
            return { http, project };
        })();
        this.#session.catch(() => {
            this.#session = undefined;
        });
        return this.#session;
    }
}
async function deliverToSecretManager(session, bundle, { context }) {
    const { name, created, project } = await session.addVersion((0,_certificate_json_js__WEBPACK_IMPORTED_MODULE_3__/* .certificateJson */ .ut)(bundle));
    context.host.info(`${ID}: ${created ? 'created the secret and ' : ''}added ${name}`);
    await session.disablePrevious(name);
    return {
        destination: `${session.describe(project)}: ${created ? 'created, ' : ''}version ${name.split('/').pop()}`,
        outputs: { gcp_secret_version: name },
    };
}


/***/ }),

/***/ 67518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ sessionStore)
/* harmony export */ });
function sessionStore(declaration, open, deliver) {
    return {
        ...declaration,
        create(options, context) {
            const session = open(options, context);
            return { id: declaration.id, deliver: (bundle) => deliver(session, bundle, { options, context }) };
        },
        readCurrent: async (options, context) => open(options, context).readCurrent(),
        remove: async (options, context, revoked) => open(options, context).remove(revoked),
        ...(declaration.prepares && { prepare: async (options, context) => open(options, context).prepare?.() }),
    };
}


/***/ })

};
