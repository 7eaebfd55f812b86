export const id = 2673;
export const ids = [2673];
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

/***/ 82673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureKeyVaultStore: () => (/* binding */ azureKeyVaultStore),
/* harmony export */   keyVaultCertificateName: () => (/* reexport safe */ _options_js__WEBPACK_IMPORTED_MODULE_6__.gn),
/* harmony export */   keyVaultScope: () => (/* binding */ keyVaultScope),
/* harmony export */   readKeyVaultOptions: () => (/* reexport safe */ _options_js__WEBPACK_IMPORTED_MODULE_6__.A8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _clouds_azure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96717);
/* harmony import */ var _clouds_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(93633);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39308);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73329);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48911);
/* harmony import */ var _session_store_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67518);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59811);
// The `azure-key-vault` destination: the certificate and its key imported as a Key Vault certificate object (PEM),
// each renewal a new version of the same name, which App Service, Application Gateway and Front Door follow.










const ID = 'azure-key-vault';
const API_VERSION = '7.4';
/** The token scope of the vault's cloud: Key Vault in Azure China and US Government has its own resource. */
function keyVaultScope(vaultUrl) {
    const host = new URL(vaultUrl).hostname;
    for (const suffix of ['vault.azure.cn', 'vault.usgovcloudapi.net', 'vault.microsoftazure.de']) {
        if (host.endsWith(`.${suffix}`))
            return `https://${suffix}/.default`;
    }
    return 'https://vault.azure.net/.default';
}
const azureKeyVaultStore = (0,_session_store_js__WEBPACK_IMPORTED_MODULE_7__/* .sessionStore */ .e)(_options_js__WEBPACK_IMPORTED_MODULE_6__/* .azureKeyVaultDeclaration */ .Hk, (options, context) => new KeyVaultSession(options, context), deliverToKeyVault);
/** Key Vault's permission for each call, as access policies and RBAC roles name it. */
const PERMISSIONS = {
    import: 'Key Vault certificates/import',
    get: 'Key Vault certificates/get',
    delete: 'Key Vault certificates/delete',
    purge: 'Key Vault certificates/purge',
    recover: 'Key Vault certificates/recover',
};
/** How long a recovered certificate may take to come back, polled from this interval up. */
const RECOVERY_POLL_MS = 250;
const RECOVERY_TIMEOUT_MS = 60_000;
class KeyVaultSession {
    #options;
    #context;
    #http;
    #recoveryWaited = 0;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
    }
    describe() {
        return `Azure Key Vault ${this.#options.vaultUrl} certificate ${this.#options.certificateName}`;
    }
    #path(suffix = '') {
        return `/certificates/${encodeURIComponent(this.#options.certificateName)}${suffix}`;
    }
    async import(bundle) {
        const body = await this.#call('import', (http) => http.request('POST', this.#path('/import'), {
            query: { 'api-version': API_VERSION },
            body: {
                // the key and the certificates in one PEM, as Key Vault imports it with this content type
                value: `${bundle.privateKey.trim()}\n${bundle.fullchain.trim()}\n`,
                policy: {
                    key_props: { exportable: true, reuse_key: false, ...keyProperties(bundle.privateKey) },
                    secret_props: { contentType: 'application/x-pem-file' },
                },
                tags: { certalias: bundle.names[0] ?? '' },
            },
            // a repeat adds a second version of the same certificate: harmless, and only after a lost answer
            idempotent: true,
        }));
        const id = body.body?.id;
        if (!id)
            throw new Error(`${ID}: the import into ${this.describe()} answered without the certificate id`);
        return id;
    }
    async readCurrent() {
        const latest = await this.#latest();
        if (latest === undefined)
            return undefined;
        // The key stays in the vault: reading it back needs secrets/get on the whole vault, a far wider right than
        // the renewal decision needs (it compares names, key type and dates of the certificate alone).
        const lines = latest.der.toString('base64').match(/.{1,64}/g) ?? [];
        return {
            certificate: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
            source: latest.where,
        };
    }
    async remove(revoked) {
        const latest = await this.#latest();
        if (latest === undefined)
            return undefined;
        const other = (0,_ownership_js__WEBPACK_IMPORTED_MODULE_5__/* .notTheRevoked */ .ly)(latest.where, (0,_ownership_js__WEBPACK_IMPORTED_MODULE_5__/* .heldIn */ .$f)(latest.der), revoked);
        if (other !== undefined)
            return other;
        const answer = await this.#delete();
        if (answer.status === 404)
            return undefined;
        const until = answer.body?.scheduledPurgeDate;
        if (until === undefined)
            return { removed: `deleted ${this.describe()}, every version` };
        // Soft-deleted, the name refuses the next certificate until it is recovered or purged. The certificate is
        // revoked: nothing worth recovering, so it is purged when the vault and the permissions allow.
        const purged = await this.#purge();
        if (purged === true)
            return { removed: `deleted and purged ${this.describe()}, every version` };
        return {
            removed: `deleted ${this.describe()}, every version; it stays soft-deleted until ${new Date(until * 1000).toISOString()} ` +
                `(not purged: ${purged}): an issuing run recovers it first (Key Vault certificates/recover)`,
        };
    }
    /**
     * A soft-deleted certificate (purge refused at revoke, or deleted by hand) refuses an import under its name:
     * recover it before ordering, and wait until it is back; or stop, naming the permission.
     */
    async prepare() {
        const latest = await this.#latest();
        if (latest !== undefined) {
            // Two primary names may map to one default name (*.example.com and wildcard.example.com): the tag tells
            const owner = latest.tags?.certalias;
            if (typeof owner === 'string' && owner !== '' && owner !== this.#options.primaryName) {
                throw new Error(`${ID}: ${latest.where} holds the certificate certalias imported for ${owner} (tag certalias), not for ` +
                    `${this.#options.primaryName}: set \`azure_certificate_name\` to a name of its own`);
            }
            return undefined;
        }
        const deleted = await this.#call('get', (http) => http.request('GET', this.#deletedPath(), {
            query: { 'api-version': API_VERSION },
            expect: [404],
        }));
        if (deleted.status === 404)
            return undefined;
        const until = deleted.body?.scheduledPurgeDate;
        const found = `${this.describe()} is deleted` +
            (until ? ` (recoverable until ${new Date(until * 1000).toISOString()})` : '') +
            ', and Key Vault refuses an import under its name until it is recovered or purged';
        try {
            await this.#call('recover', (http) => http.request('POST', this.#deletedPath('/recover'), { query: { 'api-version': API_VERSION } }));
        }
        catch (error) {
            throw (0,_ownership_js__WEBPACK_IMPORTED_MODULE_5__/* .refusedBefore */ .a2)(found, error, `; or purge it (az keyvault certificate purge --vault-name <vault> --name ${this.#options.certificateName}) ` +
                'when its old versions are not needed');
        }
        await this.#untilRecovered();
        return {
            done: `recovered ${this.describe()}, which was deleted`,
            undo: async () => {
                await this.#delete();
                return `deleted ${this.describe()} again, as it was found`;
            },
        };
    }
    #delete() {
        return this.#call('delete', (http) => http.request('DELETE', this.#path(), {
            query: { 'api-version': API_VERSION },
            expect: [404],
        }));
    }
    /** true, or why the deleted certificate was not purged (no permission, purge protection). */
    async #purge() {
        try {
            await this.#call('purge', (http) => http.request('DELETE', this.#deletedPath(), { query: { 'api-version': API_VERSION } }));
            return true;
        }
        catch (error) {
            if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .ProviderHttpError */ .gm || error instanceof _clouds_context_js__WEBPACK_IMPORTED_MODULE_8__/* .CloudAccessError */ .Y)
                return error.message;
            throw error;
        }
    }
    /** A recovery takes a moment: the certificate answers GET once it is back, and only then takes an import. */
    async #untilRecovered() {
        const sleep = this.#context.transport?.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(ms));
        for (let wait = RECOVERY_POLL_MS;; wait = Math.min(wait * 2, 5000)) {
            if ((await this.#latest()) !== undefined)
                return;
            if (this.#recoveryWaited >= RECOVERY_TIMEOUT_MS) {
                throw new Error(`${ID}: ${this.describe()} was recovered, but is not back after ${RECOVERY_TIMEOUT_MS / 1000} s; run again`);
            }
            await sleep(wait);
            this.#recoveryWaited += wait;
        }
    }
    #deletedPath(suffix = '') {
        return `/deletedcertificates/${encodeURIComponent(this.#options.certificateName)}${suffix}`;
    }
    /** The latest version's certificate (DER), or undefined when there is no certificate of that name. */
    async #latest() {
        const answer = await this.#call('get', (http) => http.request('GET', this.#path(), {
            query: { 'api-version': API_VERSION },
            expect: [404],
        }));
        const cer = answer.status === 404 ? undefined : answer.body?.cer;
        if (!cer)
            return undefined;
        return {
            der: Buffer.from(cer, 'base64'),
            where: `${this.describe()} (${answer.body?.id ?? 'latest version'})`,
            ...(answer.body?.tags ? { tags: answer.body.tags } : {}),
        };
    }
    async #call(permission, run) {
        const http = await this.#client();
        try {
            return await run(http);
        }
        catch (error) {
            if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_4__/* .ProviderHttpError */ .gm && (error.status === 401 || error.status === 403)) {
                throw new _clouds_context_js__WEBPACK_IMPORTED_MODULE_8__/* .CloudAccessError */ .Y(`${error.message}. ${ID}: the app needs ${PERMISSIONS[permission]} on ${this.#options.vaultUrl} ` +
                    '(access policy), or the role "Key Vault Certificates Officer" on the vault (RBAC)', { cause: error });
            }
            throw error;
        }
    }
    #client() {
        this.#http ??= (async () => {
            const credential = (0,_clouds_azure_js__WEBPACK_IMPORTED_MODULE_2__/* .azureCredential */ .$)(this.#context, ID, keyVaultScope(this.#options.vaultUrl));
            const token = await credential.token();
            return (0,_http_api_js__WEBPACK_IMPORTED_MODULE_3__/* .providerHttp */ .oX)(this.#context, {
                provider: ID,
                baseUrl: this.#options.vaultUrl,
                headers: { authorization: `Bearer ${token}` },
                secrets: [token],
                credentialHint: credential.hint,
            });
        })();
        this.#http.catch(() => {
            this.#http = undefined;
        });
        return this.#http;
    }
}
/** Key Vault's key properties for the certificate's key: without them it assumes RSA and refuses an EC key. */
function keyProperties(privateKeyPem) {
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(privateKeyPem);
    if (key.asymmetricKeyType === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const crv = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[curve ?? ''];
        return { kty: 'EC', ...(crv ? { crv } : {}) };
    }
    return { kty: 'RSA', key_size: key.asymmetricKeyDetails?.modulusLength };
}
async function deliverToKeyVault(session, bundle, { context }) {
    const id = await session.import(bundle);
    context.host.info(`${ID}: imported ${id} (serial ${bundle.serial})`);
    return {
        destination: `${session.describe()}: version ${id.slice(id.lastIndexOf('/') + 1)}`,
        outputs: { azure_certificate_id: id },
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
