export const id = 8846;
export const ids = [8846];
export const modules = {

/***/ 58846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_VALUE_LIMIT_BYTES: () => (/* reexport */ options/* GITHUB_VALUE_LIMIT_BYTES */.mO),
  certificateState: () => (/* binding */ certificateState),
  githubSecretNames: () => (/* binding */ githubSecretNames),
  githubSecretsStore: () => (/* binding */ githubSecretsStore),
  readCurrentGithubState: () => (/* binding */ readCurrentGithubState),
  readGithubSecretsOptions: () => (/* reexport */ options/* readGithubSecretsOptions */.Hg),
  removeGithubSecrets: () => (/* binding */ removeGithubSecrets),
  sealForGithub: () => (/* reexport */ sealForGithub)
});

// EXTERNAL MODULE: ./src/stores/ownership.ts
var ownership = __webpack_require__(48911);
// EXTERNAL MODULE: ./src/http/client.ts
var client = __webpack_require__(73329);
;// CONCATENATED MODULE: ./src/stores/github-secrets/api.ts
// The GitHub REST calls of the `github-secrets` destination: the routes of each scope, and errors that say what
// `secrets_token` needs and never hold the token.

const ID = 'github-secrets';
function scopeRoutes(options) {
    const { scope, owner, repository, environment } = options;
    if (scope === 'organization')
        return { prefix: '/orgs/{org}/actions', parameters: { org: owner } };
    const [, repo = ''] = repository.split('/');
    if (scope === 'environment') {
        return {
            prefix: '/repos/{owner}/{repo}/environments/{environment_name}',
            parameters: { owner, repo, environment_name: environment ?? '' },
        };
    }
    return { prefix: '/repos/{owner}/{repo}/actions', parameters: { owner, repo } };
}
function describeScope(options) {
    const { scope, owner, repository, environment } = options;
    if (scope === 'organization')
        return `organization ${owner}`;
    if (scope === 'environment')
        return `environment ${environment} of ${repository}`;
    return `repository ${repository}`;
}
/** The client the adapter makes for the token; a clear error when this run has none. */
async function openGithubApi(options, context) {
    if (!context.github) {
        throw new Error(`${ID}: no GitHub API client was given to the store (StoreContext.github is not set), so it cannot reach ` +
            `${describeScope(options)}; the action sets it, so this is a bug when seen in a workflow`);
    }
    return context.github(options.token);
}
/**
 * One call in the scope. A status in `expect` is an answer (`data` undefined), any other failure an Error whose
 * message names the call; a refusal (401, 403, 404) also says what `secrets_token` needs to `what` the scope.
 */
async function callScope(api, options, what, route, parameters, expect = []) {
    const routes = scopeRoutes(options);
    try {
        const { status, data } = await api.request(route, { ...routes.parameters, ...parameters });
        return { status, data };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status !== undefined && expect.includes(status))
            return { status, data: undefined };
        throw apiFailure(error, options, what, route);
    }
}
/** The status of an Octokit RequestError that carries a response; undefined when no answer came. */
function httpStatus(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const { status, response } = error;
    return typeof status === 'number' && response !== undefined ? status : undefined;
}
function apiFailure(error, options, what, route) {
    const status = httpStatus(error);
    const detail = error instanceof Error ? error.message : String(error);
    let message = `${ID}: ${requestLine(error) ?? route} failed: ${status === undefined ? detail : `HTTP ${status}: ${detail}`}`;
    if (status === 401 || status === 403 || status === 404)
        message += `. ${tokenAdvice(options, what, status)}`;
    return new Error(redact(message, options.token), { cause: error });
}
/** "PUT /repos/octo/app/actions/secrets/TLS_CERTIFICATE" from the request Octokit reports; query left out. */
function requestLine(error) {
    const request = error?.request;
    if (typeof request?.method !== 'string' || typeof request.url !== 'string')
        return undefined;
    try {
        return `${request.method} ${new URL(request.url).pathname}`;
    }
    catch {
        return undefined;
    }
}
function tokenAdvice(options, what, status) {
    const { scope } = options;
    const target = describeScope(options);
    const permission = scope === 'organization'
        ? 'the organization permissions "Secrets: write" and "Variables: write" (classic token: admin:org)'
        : 'the repository permissions "Secrets: write" and "Variables: write"' +
            (scope === 'environment' ? ' (environments: "Environments: write")' : '');
    const seen = status === 404
        ? `GitHub answers 404 when ${target} does not exist${scope === 'environment' ? ' (create the environment first)' : ''} or when the token may not see it. `
        : '';
    return (`Could not ${what} ${target}. ${seen}Check \`secrets_token\`: it must be a fine-grained personal access token ` +
        `or a GitHub App token with ${permission} on ${scope === 'organization' ? 'the organization' : 'the repository'}. ` +
        'The workflow GITHUB_TOKEN cannot write secrets, whatever the `permissions:` block says');
}
/** The token out of a message, as it could appear: raw, URL-encoded or JSON-escaped. */
function redact(text, token) {
    return (0,client/* secretVariants */.J5)([token]).reduce((out, secret) => out.split(secret).join('***'), text);
}

// EXTERNAL MODULE: ./src/stores/github-secrets/options.ts
var options = __webpack_require__(26406);
;// CONCATENATED MODULE: ./src/stores/github-secrets/seal.ts
// libsodium's sealed box (crypto_box_seal), the encryption GitHub's secrets API asks for, from tweetnacl's
// crypto_box and a BLAKE2b nonce, as libsodium defines it: ephemeral public key || box(message). Composed here
// because libsodium's own JavaScript build cannot load inside the ESM bundle; the tests open every box with
// the real libsodium.
/** Seal `value` for the base64 X25519 public key of a scope; returns the base64 of the sealed box. */
async function sealForGithub(value, publicKeyBase64) {
    // loaded when a secret is sealed, not with the store: most runs seal nothing
    const [{ blake2b }, { default: nacl }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(9792), __webpack_require__.e(2149)]).then(__webpack_require__.bind(__webpack_require__, 72149)),
        __webpack_require__.e(/* import() */ 668).then(__webpack_require__.t.bind(__webpack_require__, 80668, 23)),
    ]);
    const publicKey = new Uint8Array(Buffer.from(publicKeyBase64, 'base64'));
    if (publicKey.length !== nacl.box.publicKeyLength) {
        throw new Error(`the public key GitHub returned is ${publicKey.length} bytes, not ${nacl.box.publicKeyLength}: cannot encrypt`);
    }
    const ephemeral = nacl.box.keyPair();
    const nonce = blake2b(new Uint8Array([...ephemeral.publicKey, ...publicKey]), {
        dkLen: nacl.box.nonceLength,
    });
    const box = nacl.box(new Uint8Array(Buffer.from(value, 'utf8')), nonce, publicKey, ephemeral.secretKey);
    ephemeral.secretKey.fill(0);
    return Buffer.from([...ephemeral.publicKey, ...box]).toString('base64');
}

;// CONCATENATED MODULE: ./src/stores/github-secrets/index.ts
// The `github-secrets` destination: the certificate and key as sealed Actions secrets, its public state as a variable.






const github_secrets_ID = 'github-secrets';
function githubSecretNames(prefix) {
    return {
        certificate: `${prefix}_CERTIFICATE`,
        privateKey: `${prefix}_PRIVATE_KEY`,
        state: `${prefix}_CERTIFICATE_STATE`,
        accountKey: `${prefix}_ACME_ACCOUNT_KEY`,
    };
}
function certificateState(bundle) {
    return {
        names: [...bundle.names],
        serial: bundle.serial,
        not_after: bundle.notAfter,
        certificate: bundle.certificate,
    };
}
const githubSecretsStore = {
    ...options/* githubSecretsDeclaration */.Zs,
    create: (options, context) => new GithubSecretsStore(options, context),
    readCurrent: readCurrentGithubState,
    remove: removeGithubSecrets,
};
/**
 * mode: revoke: delete the certificate and key secrets and the state variable, when the variable names the revoked
 * certificate: another step on the same `secret_prefix` may have written its own since. The account key secret
 * stays: the workflow passes it to every certificate of the same prefix, and an account outlives its certificates.
 */
async function removeGithubSecrets(options, context, revoked) {
    context.host.mask(options.token);
    const names = githubSecretNames(options.prefix);
    const api = await openGithubApi(options, context);
    const prefix = scopeRoutes(options).prefix;
    const secrets = [names.certificate, names.privateKey];
    const state = await readState(api, options);
    if (state === undefined) {
        // Secrets cannot be read back: without the variable nothing tells which certificate they hold.
        const present = await Promise.all(secrets.map(async (name) => {
            const answer = await callScope(api, options, `read secret ${name} of`, `GET ${prefix}/secrets/{secret_name}`, { secret_name: name }, [404]);
            return answer.status === 404 ? [] : [name];
        }));
        if (present.flat().length === 0)
            return undefined;
        return {
            left: `variable ${names.state} of ${describeScope(options)} is not there: nothing shows which certificate secrets ` +
                `${present.flat().join(', ')} hold (a secret cannot be read back): left in place; delete them by hand if ` +
                'they hold the revoked certificate',
        };
    }
    const other = (0,ownership/* notTheRevoked */.ly)(state.where, state.held, revoked);
    if (other !== undefined)
        return { left: `${other.left}, with secrets ${secrets.join(', ')}` };
    const remove = async (kind, name) => {
        const what = kind === 'secrets' ? `secret ${name}` : `variable ${name}`;
        const route = kind === 'secrets' ? `DELETE ${prefix}/secrets/{secret_name}` : `DELETE ${prefix}/variables/{name}`;
        const parameters = kind === 'secrets' ? { secret_name: name } : { name };
        const answer = await callScope(api, options, `delete ${what} of`, route, parameters, [404]);
        return answer.status === 404 ? undefined : what;
    };
    // The variable last: should a deletion fail, a second run still finds what names the secrets.
    const removed = [
        ...(await Promise.all(secrets.map((name) => remove('secrets', name)))),
        await remove('variables', names.state),
    ].filter((what) => what !== undefined);
    return removed.length === 0
        ? undefined
        : { removed: `${describeScope(options)}: removed ${removed.join(', ')}` };
}
/**
 * The certificate of the state variable the last delivery wrote: the secrets cannot be read back, the variable
 * can. Undefined when there is no variable or it holds no certificate.
 */
async function readCurrentGithubState(options, context) {
    context.host.mask(options.token);
    const state = await readState(await openGithubApi(options, context), options);
    if (state === undefined)
        return undefined;
    if (state.unreadable !== undefined) {
        throw new Error(`${github_secrets_ID}: ${state.where} is not the JSON certalias writes (${state.unreadable}); the next delivery rewrites it. ` +
            'Another workflow may be writing the same name: give this one another `secret_prefix`');
    }
    const certificate = state.certificate;
    if (certificate === undefined)
        return undefined;
    return { certificate, source: state.where };
}
/** The state variable, or undefined when it is not there. */
async function readState(api, options) {
    const name = githubSecretNames(options.prefix).state;
    const where = `variable ${name} of ${describeScope(options)}`;
    const answer = await callScope(api, options, `read variable ${name} of`, `GET ${scopeRoutes(options).prefix}/variables/{name}`, { name }, [404]);
    if (answer.status === 404)
        return undefined;
    const value = answer.data?.value;
    if (typeof value !== 'string')
        throw new Error(`${github_secrets_ID}: GitHub returned ${where} without a value`);
    let state;
    try {
        state = JSON.parse(value);
    }
    catch (error) {
        return { where, unreadable: error instanceof Error ? error.message : String(error) };
    }
    const certificate = state?.certificate;
    if (typeof certificate !== 'string' || !certificate.includes('-----BEGIN CERTIFICATE-----'))
        return { where };
    const serial = typeof state?.serial === 'string' ? state.serial : undefined;
    const names = Array.isArray(state?.names) ? state.names.map(String) : undefined;
    return { where, certificate, held: { ...(serial ? { serial } : {}), ...(names ? { names } : {}) } };
}
class GithubSecretsStore {
    id = github_secrets_ID;
    #options;
    #context;
    #names;
    #api;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
        this.#names = githubSecretNames(options.prefix);
        context.host.mask(options.token);
    }
    async deliver(bundle) {
        const names = this.#names;
        const state = JSON.stringify(certificateState(bundle));
        // Only an account this run made: a key read back from elsewhere is kept there already.
        const accountKey = bundle.account?.made ? bundle.account.key : undefined;
        // Every size first: nothing is sent when one value cannot be stored.
        refuseOversized(names.certificate, 'secret', bundle.fullchain);
        refuseOversized(names.privateKey, 'secret', bundle.privateKey);
        if (accountKey !== undefined)
            refuseOversized(names.accountKey, 'secret', accountKey);
        refuseOversized(names.state, 'variable', state);
        const where = describeScope(this.#options);
        const key = await this.#call('read the public key of', `GET ${this.#prefix}/secrets/public-key`, {});
        const answered = key.data;
        if (typeof answered?.key !== 'string' || typeof answered.key_id !== 'string') {
            throw new Error(`${github_secrets_ID}: the public key of ${where} came without key or key_id`);
        }
        const publicKey = { key: answered.key, key_id: answered.key_id };
        // The key first: should the certificate then fail, the error says the pair no longer matches.
        await this.#putSecret(names.privateKey, bundle.privateKey, publicKey);
        try {
            await this.#putSecret(names.certificate, bundle.fullchain, publicKey);
        }
        catch (error) {
            throw new Error(`${describe(error)}. ${names.privateKey} was already updated but ${names.certificate} was not: they no ` +
                'longer match; run again to write both', { cause: error });
        }
        const keptAccount = accountKey !== undefined && (await this.#keepAccountKey(accountKey, publicKey));
        await this.#writeState(state);
        const secrets = keptAccount
            ? `${names.certificate}, ${names.privateKey}, ${names.accountKey}`
            : `${names.certificate}, ${names.privateKey}`;
        return {
            destination: `${where}: secrets ${secrets} and variable ${names.state}`,
            ...(keptAccount
                ? {
                    notes: [
                        `certalias made a new ACME account and kept its key in secret ${names.accountKey} of ${where}. Add ` +
                            `\`account_key: \${{ secrets.${names.accountKey} }}\` to this step so later runs reuse the account ` +
                            '(secrets cannot be read back, so certalias cannot find it by itself)',
                    ],
                }
                : {}),
        };
    }
    /**
     * The new account's key as a secret. The certificate is delivered by then: a failure here costs only a new
     * account next run, so it warns instead of failing the delivery.
     */
    async #keepAccountKey(accountKey, publicKey) {
        try {
            await this.#putSecret(this.#names.accountKey, accountKey, publicKey);
            return true;
        }
        catch (error) {
            this.#context.host.warning(`${github_secrets_ID}: the certificate was delivered, but the ACME account key could not be kept: ${describe(error)}. ` +
                'The next run creates another ACME account');
            return false;
        }
    }
    async #putSecret(name, value, key) {
        const body = {
            secret_name: name,
            encrypted_value: await sealForGithub(value, key.key),
            key_id: key.key_id,
        };
        if (this.#options.scope === 'organization')
            body.visibility = this.#options.visibility;
        const response = await this.#call(`write secret ${name} of`, `PUT ${this.#prefix}/secrets/{secret_name}`, body);
        await this.#addSelectedRepository('secrets', name);
        this.#context.host.info(`${github_secrets_ID}: ${response.status === 201 ? 'created' : 'updated'} secret ${name} of ${describeScope(this.#options)}`);
    }
    /** PATCH the variable; create it when GitHub says it does not exist (and update after all if it appeared meanwhile). */
    async #writeState(value) {
        const name = this.#names.state;
        const extra = this.#options.scope === 'organization' ? { visibility: this.#options.visibility } : {};
        const patch = () => this.#call(`write variable ${name} of`, `PATCH ${this.#prefix}/variables/{name}`, { name, value, ...extra }, [404]);
        let outcome = 'updated';
        let response = await patch();
        if (response.status === 404) {
            outcome = 'created';
            response = await this.#call(`create variable ${name} of`, `POST ${this.#prefix}/variables`, { name, value, ...extra }, [409]);
            if (response.status === 409) {
                outcome = 'updated';
                response = await patch();
                if (response.status === 404) {
                    throw new Error(`${github_secrets_ID}: variable ${name} of ${describeScope(this.#options)} is neither creatable nor updatable`);
                }
            }
        }
        await this.#addSelectedRepository('variables', name);
        this.#context.host.info(`${github_secrets_ID}: ${outcome} variable ${name} of ${describeScope(this.#options)}`);
    }
    /** Organization scope with `selected` visibility: add this repository to the selection (additive, keeps the others). */
    async #addSelectedRepository(kind, name) {
        const { scope, visibility, repositoryId } = this.#options;
        if (scope !== 'organization' || visibility !== 'selected' || !repositoryId)
            return;
        const route = kind === 'secrets'
            ? 'PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}'
            : 'PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}';
        await this.#call(`add the repository to the selection of ${name} of`, route, {
            [kind === 'secrets' ? 'secret_name' : 'name']: name,
            repository_id: Number(repositoryId),
        });
    }
    get #prefix() {
        return scopeRoutes(this.#options).prefix;
    }
    /** One call with the client the adapter makes (once per store); see callScope for the errors. */
    async #call(what, route, parameters, expect = []) {
        this.#api ??= openGithubApi(this.#options, this.#context);
        return callScope(await this.#api, this.#options, what, route, parameters, expect);
    }
}
function refuseOversized(name, kind, value) {
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > options/* GITHUB_VALUE_LIMIT_BYTES */.mO) {
        throw new Error(`${github_secrets_ID}: ${kind} ${name} would hold ${bytes} bytes, more than GitHub's limit of 48 KB ` +
            `(${options/* GITHUB_VALUE_LIMIT_BYTES */.mO} bytes) per ${kind}; nothing was written. A shorter chain or fewer names ` +
            'make it fit; otherwise use another store (files, vault)');
    }
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
