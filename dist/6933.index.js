export const id = 6933;
export const ids = [6933];
export const modules = {

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

/***/ 16933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCurrentVault: () => (/* binding */ readCurrentVault),
/* harmony export */   readStoredCertificate: () => (/* binding */ readStoredCertificate),
/* harmony export */   readVaultOptions: () => (/* reexport safe */ _options_js__WEBPACK_IMPORTED_MODULE_2__.RH),
/* harmony export */   removeVaultEntry: () => (/* binding */ removeVaultEntry),
/* harmony export */   vaultStore: () => (/* binding */ vaultStore)
/* harmony export */ });
/* harmony import */ var _clouds_oidc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86469);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82237);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73329);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48911);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69327);
// The `vault` destination: the certificate set in a KV v2 secret, written with check-and-set so that a newer
// certificate stored meanwhile (another run, another job) is never replaced by an older one.






const ID = 'vault';
/** Reads and writes after the first, when another writer keeps winning the check-and-set race. */
const CAS_RETRIES = 4;
/** Vault's limit for one custom metadata value. */
const METADATA_VALUE_BYTES = 512;
const vaultStore = {
    ..._options_js__WEBPACK_IMPORTED_MODULE_2__/* .vaultDeclaration */ .TD,
    create: (options, context) => new VaultStore(options, context),
    readCurrent: readCurrentVault,
    remove: removeVaultEntry,
};
/**
 * mode: revoke: delete the entry's metadata, which removes every version (KV v2), the kept account key with them;
 * only when the latest version holds the revoked certificate (another domain's may sit at the same path).
 */
async function removeVaultEntry(options, context, revoked) {
    const session = await VaultSession.open(options, context);
    const current = await session.read();
    if (!current.exists)
        return undefined;
    const where = `${session.describe()} (version ${current.version})`;
    const other = (0,_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .notTheRevoked */ .ly)(where, current.certificate, revoked);
    if (other !== undefined)
        return other;
    await session.destroyAll();
    return { removed: `${session.describe()}: every version removed` };
}
/** The certificate facts stored at the path, or undefined when there is none (no entry, deleted, not a certificate). */
async function readStoredCertificate(options, context) {
    const session = await VaultSession.open(options, context);
    const current = await session.read();
    return current.certificate;
}
/**
 * The certificate set of the latest version: leaf, chain, private key and the ACME account key kept with them.
 * Undefined when nothing is stored, the latest version is deleted, or it is not a certalias certificate.
 */
async function readCurrentVault(options, context) {
    const session = await VaultSession.open(options, context);
    const { data, certificate: stored } = await session.read();
    const certificate = data?.certificate;
    if (!stored || typeof certificate !== 'string' || !certificate.includes('-----BEGIN CERTIFICATE-----')) {
        return undefined;
    }
    const privateKey = secretField(data, 'private_key', context);
    const accountKey = secretField(data, 'account_key', context);
    return {
        certificate,
        ...(typeof data?.chain === 'string' && data.chain !== '' ? { chain: data.chain } : {}),
        ...(privateKey !== undefined ? { privateKey } : {}),
        ...(accountKey !== undefined ? { accountKey } : {}),
        source: `${session.describe()} (version ${stored.version})`,
    };
}
/** A PEM secret of the entry, masked (whole and line by line, as the log shows PEMs) before anything may print it. */
function secretField(data, field, context) {
    const value = data?.[field];
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    (0,_host_js__WEBPACK_IMPORTED_MODULE_3__/* .maskPem */ .r)(context.host, value);
    return value;
}
class VaultStore {
    id = ID;
    #options;
    #context;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
        if (options.auth.method === 'token')
            context.host.mask(options.auth.token);
    }
    async deliver(bundle) {
        const host = this.#context.host;
        const session = await VaultSession.open(this.#options, this.#context);
        const where = session.describe();
        const ours = Date.parse(bundle.notAfter);
        if (Number.isNaN(ours))
            throw new Error(`${ID}: the certificate's not_after "${bundle.notAfter}" is not a date`);
        for (let attempt = 0;; attempt++) {
            const current = await session.read();
            const stored = current.certificate;
            if (stored && Date.parse(stored.notAfter) > ours) {
                const message = `${where} already holds a newer certificate (serial ${stored.serial}, valid until ${stored.notAfter}) than ` +
                    `this one (serial ${bundle.serial}, valid until ${bundle.notAfter}): left it alone`;
                host.warning(`${ID}: ${message}`);
                return { destination: `${where}: not written, ${message}` };
            }
            if (stored && stored.serial === bundle.serial) {
                host.info(`${ID}: ${where} already holds this certificate (serial ${bundle.serial}), version ${stored.version}`);
                return { destination: `${where} (version ${stored.version}, already there)` };
            }
            if (current.exists && !stored) {
                host.warning(`${ID}: ${where} holds data that is not a certalias certificate; writing a new version over it`);
            }
            const written = await session.write(current.version, bundle);
            if (written === 'cas-mismatch') {
                if (attempt >= CAS_RETRIES) {
                    throw new Error(`${ID}: ${where} kept changing while writing (check-and-set failed ${attempt + 1} times); nothing was ` +
                        'overwritten. Another job writes the same path: serialize them (workflow `concurrency:`) and run again');
                }
                host.info(`${ID}: ${where} changed since it was read (check-and-set); reading it again`);
                continue;
            }
            await session.writeMetadata(bundle);
            host.info(`${ID}: wrote ${where}, version ${written}`);
            return { destination: `${where} (version ${written})` };
        }
    }
}
/** One login and the KV v2 calls under it. */
class VaultSession {
    #options;
    #client;
    #credential;
    constructor(options, client, credential) {
        this.#options = options;
        this.#client = client;
        this.#credential = credential;
    }
    static async open(options, context) {
        const namespace = options.namespace
            ? { 'x-vault-namespace': options.namespace }
            : {};
        const base = {
            provider: ID,
            baseUrl: `${options.address}/v1`,
            log: (message) => context.host.info(message),
            // Performance standbys answer 412 until they have caught up: worth another try.
            isThrottled: (status) => status === 412,
            ...context.transport,
        };
        let token;
        let credential;
        if (options.auth.method === 'token') {
            token = options.auth.token;
            credential = 'vault_token';
            context.host.mask(token);
        }
        else {
            const { role, authPath, audience } = options.auth;
            credential = 'vault_role';
            const jwt = await (0,_clouds_oidc_js__WEBPACK_IMPORTED_MODULE_4__/* .workflowIdToken */ .qj)({
                host: context.host,
                audience,
                provider: ID,
                requestedBy: 'vault_role',
                instead: '`vault_token`',
            });
            const login = new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
                ...base,
                headers: namespace,
                secrets: [jwt],
            });
            let response;
            try {
                response = await login.request('POST', `/auth/${segments(authPath)}/login`, { body: { role, jwt } });
            }
            catch (error) {
                if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderHttpError */ .gm && error.status !== undefined && error.status < 500) {
                    throw new Error(`${error.message}. The OIDC login with \`vault_role\` "${role}" at auth/${authPath} was refused: check ` +
                        `that the role exists on that JWT auth mount (\`vault_auth_path\`), that its bound_audiences contain ` +
                        `the token's audience (${audience ?? 'https://github.com/<owner>, GitHub default'}; \`vault_audience\` ` +
                        'changes it) and that its bound_claims / bound_subject match this workflow (repository, ref, environment)', { cause: error });
                }
                throw error;
            }
            const clientToken = response.body?.auth?.client_token;
            if (typeof clientToken !== 'string' || clientToken === '') {
                throw new Error(`${ID}: the login with vault_role "${role}" at auth/${authPath} returned no client_token`);
            }
            context.host.mask(clientToken);
            token = clientToken;
        }
        const client = new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
            ...base,
            headers: { ...namespace, 'x-vault-token': token },
            secrets: [token],
        });
        return new VaultSession(options, client, credential);
    }
    describe() {
        const { address, mount, path, namespace } = this.#options;
        return `Vault ${address}${namespace ? ` (namespace ${namespace})` : ''} ${mount}/data/${path}`;
    }
    async read() {
        const response = await this.#call('read', () => this.#client.request('GET', this.#dataPath(), { expect: [404] }));
        const metadata = response.body?.data?.metadata;
        const version = typeof metadata?.version === 'number' ? metadata.version : 0;
        if (response.status === 404) {
            const errors = response.body?.errors;
            if (Array.isArray(errors) && errors.some((e) => /no handler for route/i.test(String(e)))) {
                throw new Error(`${ID}: ${this.describe()}: Vault has no KV engine mounted at \`vault_mount\` "${this.#options.mount}" ` +
                    '(no handler for route): mount a KV version 2 engine there or name the right mount');
            }
            // A deleted or destroyed latest version still has a number, and check-and-set must name it.
            return { version, exists: false, data: undefined, certificate: undefined };
        }
        const data = response.body?.data?.data ?? undefined;
        return {
            version,
            exists: data !== undefined,
            data,
            certificate: data ? parseStored(data, version) : undefined,
        };
    }
    /** The new version, or 'cas-mismatch' when the entry is no longer at `cas`. */
    async write(cas, bundle) {
        const data = {
            certificate: bundle.certificate,
            chain: bundle.chain,
            fullchain: bundle.fullchain,
            private_key: bundle.privateKey,
            not_after: bundle.notAfter,
            serial: bundle.serial,
            names: bundle.names.join(','),
            // The account key certalias keeps (made now, or read back from here): every version holds it, so a renewal
            // that reuses the account does not lose it.
            ...(bundle.account ? { account_key: bundle.account.key } : {}),
        };
        const response = await this.#call('write', () => this.#client.request('POST', this.#dataPath(), {
            body: { options: { cas }, data },
            expect: [400],
            // the check-and-set makes a repeat harmless: a second write of the same request finds another version
            idempotent: true,
        }));
        if (response.status === 400) {
            const errors = Array.isArray(response.body?.errors) ? response.body.errors.map(String) : [];
            if (errors.some((e) => /check-and-set parameter/i.test(e)))
                return 'cas-mismatch';
            throw new Error(this.#client.redact(`${ID}: POST ${this.describe()} failed: HTTP 400: ${errors.join('; ') || 'bad request'}`));
        }
        const version = response.body?.data?.version;
        if (typeof version !== 'number') {
            throw new Error(`${ID}: ${this.describe()}: the write returned no version: \`vault_mount\` "${this.#options.mount}" looks ` +
                'like a KV version 1 engine; certalias writes KV version 2 (versions and check-and-set)');
        }
        return version;
    }
    /** DELETE on the metadata path: every version and the metadata go, for good. */
    async destroyAll() {
        await this.#call('delete', () => this.#client.request('DELETE', this.#metadataPath()));
    }
    #metadataPath() {
        return `/${segments(this.#options.mount)}/metadata/${segments(this.#options.path)}`;
    }
    async writeMetadata(bundle) {
        const custom_metadata = {
            not_after: bundle.notAfter,
            serial: bundle.serial,
            names: fitMetadataValue(bundle.names),
        };
        await this.#call('write the metadata of', () => this.#client.request('POST', `/${segments(this.#options.mount)}/metadata/${segments(this.#options.path)}`, {
            body: { custom_metadata },
        }));
    }
    #dataPath() {
        return `/${segments(this.#options.mount)}/data/${segments(this.#options.path)}`;
    }
    /** A 401/403 becomes an error that names the credential input and the policy it needs; never a secret. */
    async #call(what, run) {
        try {
            return await run();
        }
        catch (error) {
            if (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderHttpError */ .gm && (error.status === 401 || error.status === 403)) {
                const { mount, path } = this.#options;
                const who = this.#credential === 'vault_token'
                    ? 'the token in `vault_token`'
                    : `the token of \`vault_role\` "${this.#options.auth.role}"`;
                throw new Error(`${error.message}. Could not ${what} ${this.describe()}: ${who} needs a policy with ` +
                    `["create", "read", "update"] on "${mount}/data/${path}" and ["create", "update"${what === 'delete' ? ', "delete"' : ''}] on ` +
                    `"${mount}/metadata/${path}"${this.#options.namespace ? ` in namespace ${this.#options.namespace}` : ''}`, { cause: error });
            }
            throw error;
        }
    }
}
function parseStored(data, version) {
    const { not_after: notAfter, serial, names } = data;
    if (typeof notAfter !== 'string' || Number.isNaN(Date.parse(notAfter)) || typeof serial !== 'string') {
        return undefined;
    }
    const list = typeof names === 'string'
        ? names.split(',').filter(Boolean)
        : Array.isArray(names)
            ? names.map(String)
            : [];
    return { notAfter, serial, names: list, version };
}
/** Names joined by commas, cut to Vault's 512-byte limit with a count of those left out. */
function fitMetadataValue(names) {
    const all = names.join(',');
    if (Buffer.byteLength(all) <= METADATA_VALUE_BYTES)
        return all;
    for (let count = names.length - 1; count > 0; count--) {
        const value = `${names.slice(0, count).join(',')},(+${names.length - count} more)`;
        if (Buffer.byteLength(value) <= METADATA_VALUE_BYTES)
            return value;
    }
    return `(${names.length} names)`;
}
function segments(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}


/***/ })

};
