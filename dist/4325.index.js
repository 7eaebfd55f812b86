export const id = 4325;
export const ids = [4325];
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

/***/ 82550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsSecretsManagerStore: () => (/* binding */ awsSecretsManagerStore),
/* harmony export */   readSecretsManagerOptions: () => (/* reexport safe */ _options_js__WEBPACK_IMPORTED_MODULE_4__.l),
/* harmony export */   versionToken: () => (/* binding */ versionToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69825);
/* harmony import */ var _certificate_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88196);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48911);
/* harmony import */ var _session_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67518);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91400);
// The `aws-secrets-manager` destination: one secret holding the certificate set as JSON, a new version per
// certificate; the version's ClientRequestToken comes from the serial, so a retry never makes a second version.







const ID = 'aws-secrets-manager';
/**
 * The version's ClientRequestToken: the same for the same certificate (Secrets Manager then ignores a repeat),
 * another for the next one. Shaped as the UUID the AWS SDKs send; 36 characters, within the 32-64 allowed.
 */
function versionToken(serial) {
    const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`certalias:${serial.toLowerCase()}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
const awsSecretsManagerStore = (0,_session_store_js__WEBPACK_IMPORTED_MODULE_5__/* .sessionStore */ .e)(_options_js__WEBPACK_IMPORTED_MODULE_4__/* .awsSecretsManagerDeclaration */ .E, (options, context) => new SecretsSession(options, context), deliverToSecretsManager);
class SecretsSession {
    #options;
    #context;
    client;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
        this.client = new _clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsJsonClient */ .bA(context, {
            who: ID,
            serviceId: 'Secrets Manager',
            endpointPrefix: 'secretsmanager',
            targetPrefix: 'secretsmanager',
            iamPrefix: 'secretsmanager',
            region: options.region,
        });
    }
    describe() {
        return `AWS Secrets Manager ${this.#options.region} ${this.#options.secretId}`;
    }
    async readCurrent() {
        return (0,_certificate_json_js__WEBPACK_IMPORTED_MODULE_2__/* .currentInDocument */ .UD)(await this.#latest(), this.#context.host);
    }
    async remove(revoked) {
        const latest = await this.#latest();
        if (latest === undefined)
            return undefined;
        const other = (0,_certificate_json_js__WEBPACK_IMPORTED_MODULE_2__/* .documentNotTheRevoked */ .MO)(latest, revoked);
        if (other !== undefined)
            return other;
        // No recovery window: the certificate is revoked, so there is nothing worth restoring, and a secret scheduled
        // for deletion would refuse the next certificate under this name (a pull request reopened) for weeks.
        const answer = await this.client.call('DeleteSecret', { SecretId: this.#options.secretId, ForceDeleteWithoutRecovery: true }, { idempotent: true, tolerate: ['ResourceNotFoundException'] });
        if (answer.fault)
            return undefined;
        return {
            removed: `deleted ${answer.body.ARN ?? this.describe()} without a recovery window (its certificate is revoked)`,
        };
    }
    /**
     * A secret scheduled for deletion (by hand, or by an earlier release's revoke) refuses every read and write of
     * its name until it is restored: restore it before ordering, or stop, naming the permission.
     */
    async prepare() {
        const read = await this.client.call('GetSecretValue', { SecretId: this.#options.secretId }, { idempotent: true, tolerate: ['ResourceNotFoundException', 'InvalidRequestException'] });
        if (read.fault?.code !== 'InvalidRequestException')
            return undefined;
        try {
            await this.client.call('RestoreSecret', { SecretId: this.#options.secretId }, { idempotent: true });
        }
        catch (error) {
            throw (0,_ownership_js__WEBPACK_IMPORTED_MODULE_3__/* .refusedBefore */ .a2)(`${this.describe()} is scheduled for deletion, and Secrets Manager refuses every write to it until it is ` +
                'restored', error);
        }
        return {
            done: `restored ${this.describe()}, which was scheduled for deletion (${read.fault.message})`,
            undo: async () => {
                await this.client.call('DeleteSecret', { SecretId: this.#options.secretId, RecoveryWindowInDays: 7 });
                return `scheduled ${this.describe()} for deletion again (7 days), as it was found`;
            },
        };
    }
    /** The current version's text; undefined when there is no secret, or it is scheduled for deletion. */
    async #latest() {
        const answer = await this.client.call('GetSecretValue', { SecretId: this.#options.secretId }, { idempotent: true, tolerate: ['ResourceNotFoundException', 'InvalidRequestException'] });
        // InvalidRequestException: the secret is scheduled for deletion (a revoke): nothing current
        const text = answer.body?.SecretString;
        if (text === undefined)
            return undefined;
        return { text, where: `${this.describe()} (version ${answer.body?.VersionId ?? '?'})` };
    }
}
async function deliverToSecretsManager(session, bundle, { options, context }) {
    const secretString = (0,_certificate_json_js__WEBPACK_IMPORTED_MODULE_2__/* .certificateJson */ .ut)(bundle);
    const token = versionToken(bundle.serial);
    const { secretId, kmsKeyId } = options;
    // the token makes a repeat harmless: Secrets Manager ignores a second request with the same token and value
    const put = () => session.client.call('PutSecretValue', { SecretId: secretId, SecretString: secretString, ClientRequestToken: token }, { idempotent: true, tolerate: ['ResourceNotFoundException'] });
    let answer = await put();
    let created = false;
    if (answer.fault) {
        answer = await session.client.call('CreateSecret', {
            Name: secretId,
            SecretString: secretString,
            ClientRequestToken: token,
            Description: `TLS certificate ${bundle.names[0] ?? ''} (certalias)`,
            ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}),
        }, { idempotent: true, tolerate: ['ResourceExistsException'] });
        created = answer.fault === undefined;
        // another run created it since the PutSecretValue above (two first runs at once): a new version of it
        if (answer.fault)
            answer = await put();
    }
    const arn = answer.body?.ARN;
    if (!arn)
        throw new Error(`${ID}: Secrets Manager answered without the secret's ARN`);
    const what = created ? 'created' : 'new version of';
    context.host.info(`${ID}: ${what} ${arn}, version ${answer.body?.VersionId ?? token}`);
    return {
        destination: `${session.describe()}: ${what} ${arn} (version ${answer.body?.VersionId ?? token})`,
        outputs: { aws_secret_arn: arn },
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
