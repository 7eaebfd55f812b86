export const id = 13;
export const ids = [13];
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

/***/ 90094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACM_TAG: () => (/* binding */ ACM_TAG),
/* harmony export */   acmTagValue: () => (/* reexport safe */ _options_js__WEBPACK_IMPORTED_MODULE_3__.Tr),
/* harmony export */   awsAcmStore: () => (/* binding */ awsAcmStore),
/* harmony export */   readAcmOptions: () => (/* reexport safe */ _options_js__WEBPACK_IMPORTED_MODULE_3__.ME)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69825);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48911);
/* harmony import */ var _session_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67518);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27088);
// The `aws-acm` destination: the certificate imported into AWS Certificate Manager, renewals re-imported into the
// same ARN so that CloudFront distributions and load balancers pointing at it pick the new one up by themselves.






const ID = 'aws-acm';
/** The tag certalias puts on the certificates it imports: its value is the primary name. */
const ACM_TAG = 'certalias';
// Without Includes.keyTypes ListCertificates returns RSA_1024 and RSA_2048 certificates only.
const KEY_TYPES = [
    'RSA_1024',
    'RSA_2048',
    'RSA_3072',
    'RSA_4096',
    'EC_prime256v1',
    'EC_secp384r1',
    'EC_secp521r1',
];
const awsAcmStore = (0,_session_store_js__WEBPACK_IMPORTED_MODULE_4__/* .sessionStore */ .e)(_options_js__WEBPACK_IMPORTED_MODULE_3__/* .awsAcmDeclaration */ .rq, (options, context) => new AcmSession(options, context), deliverToAcm);
/** The ACM calls certalias makes, for one region and credential. */
class AcmSession {
    #options;
    #context;
    #acm;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
        this.#acm = new _clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .AwsJsonClient */ .bA(context, {
            who: ID,
            serviceId: 'ACM',
            endpointPrefix: 'acm',
            targetPrefix: 'CertificateManager',
            iamPrefix: 'acm',
            region: options.region,
        });
    }
    /** The ARN renewals go to: acm_certificate_arn, else the one tagged for the primary name; undefined when none. */
    async target() {
        return (await this.#find())?.arn;
    }
    /** The target, with its key algorithm when the listing tells it (ACM's summary, `EC-prime256v1`). */
    async #find() {
        if (this.#options.certificateArn)
            return { arn: this.#options.certificateArn };
        const { primaryName, tagValue } = this.#options;
        const found = [];
        let nextToken;
        do {
            const { body } = await this.#acm.call('ListCertificates', { Includes: { keyTypes: KEY_TYPES }, MaxItems: 1000, ...(nextToken ? { NextToken: nextToken } : {}) }, { idempotent: true });
            for (const summary of body?.CertificateSummaryList ?? []) {
                // a first name over 64 characters makes no CN, so no DomainName: its names say it too
                const named = summary.DomainName === primaryName || summary.SubjectAlternativeNameSummaries?.includes(primaryName);
                if (!summary.CertificateArn || !named)
                    continue;
                if (summary.Type !== undefined && summary.Type !== 'IMPORTED')
                    continue;
                const { body: tags } = await this.#acm.call('ListTagsForCertificate', { CertificateArn: summary.CertificateArn }, { idempotent: true });
                if (tags?.Tags?.some((tag) => tag.Key === ACM_TAG && tag.Value === tagValue)) {
                    const keyAlgorithm = summary.KeyAlgorithm?.replace('-', '_');
                    found.push({ arn: summary.CertificateArn, ...(keyAlgorithm ? { keyAlgorithm } : {}) });
                }
            }
            nextToken = body?.NextToken || undefined;
        } while (nextToken);
        if (found.length > 1) {
            this.#context.host.warning(`${ID}: ${found.length} certificates in ${this.#options.region} carry the tag ${ACM_TAG}=${tagValue} ` +
                `(${found.map((f) => f.arn).join(', ')}); using the first. Set acm_certificate_arn to choose`);
        }
        return found[0];
    }
    /** DescribeCertificate's details, or undefined when the ARN names no certificate. */
    async describe(arn) {
        const described = await this.#acm.call('DescribeCertificate', { CertificateArn: arn }, { idempotent: true, tolerate: ['ResourceNotFoundException'] });
        return described.fault ? undefined : (described.body.Certificate ?? {});
    }
    /**
     * Before an order: `acm_certificate_arn` of another key type than `key_type` could never take the certificate
     * (ACM keeps a certificate's key type across re-imports).
     */
    async prepare() {
        const { certificateArn, keyAlgorithm, keyType } = this.#options;
        if (certificateArn === undefined || keyAlgorithm === undefined)
            return undefined;
        const held = (await this.describe(certificateArn))?.KeyAlgorithm;
        if (held !== undefined && held !== keyAlgorithm) {
            throw new Error(`${ID}: acm_certificate_arn ${certificateArn} holds an ${held} key, and ACM cannot re-import a certificate of ` +
                `another key type into it (key_type ${keyType} makes ${keyAlgorithm}): leave acm_certificate_arn empty to ` +
                'import a new certificate, or keep the key type');
        }
        return undefined;
    }
    async import(bundle) {
        const found = await this.#find();
        // ACM keeps a certificate's key type: a certificate of another one goes to a new ARN, which the tag then names
        // (an acm_certificate_arn of another key type was refused before the order)
        const ours = keyAlgorithmOf(bundle.privateKey);
        const replaced = found?.keyAlgorithm !== undefined && found.keyAlgorithm !== ours ? found : undefined;
        const arn = replaced === undefined ? found?.arn : undefined;
        const blob = (pem) => Buffer.from(pem, 'utf8').toString('base64');
        const answer = await this.#acm.call('ImportCertificate', {
            Certificate: blob(bundle.certificate),
            PrivateKey: blob(bundle.privateKey),
            ...(bundle.chain.trim() ? { CertificateChain: blob(bundle.chain) } : {}),
            // ACM takes tags on the first import only; a re-import keeps them
            ...(arn ? { CertificateArn: arn } : { Tags: [{ Key: ACM_TAG, Value: this.#options.tagValue }] }),
        }, 
        // importing the same certificate into the same ARN twice changes nothing; a new import must not repeat
        { idempotent: arn !== undefined, tolerate: ['ResourceNotFoundException'] });
        if (answer.fault) {
            throw new Error(`${ID}: ${arn} does not exist in ${this.#options.region} (${answer.fault.message}): check \`acm_certificate_arn\` ` +
                'and `aws_region`');
        }
        const imported = answer.body.CertificateArn;
        if (!imported)
            throw new Error(`${ID}: ImportCertificate answered without CertificateArn`);
        if (replaced === undefined)
            return { arn: imported, reimported: arn !== undefined };
        return { arn: imported, reimported: false, replaced: await this.#moveTag(replaced, imported, ours) };
    }
    /** The tag leaves the old certificate, so that renewals follow the new one; the old one is left in use. */
    async #moveTag(replaced, imported, ours) {
        const old = replaced.arn;
        let tagLeft;
        try {
            await this.#acm.call('RemoveTagsFromCertificate', {
                CertificateArn: old,
                Tags: [{ Key: ACM_TAG, Value: this.#options.tagValue }],
            });
        }
        catch (error) {
            tagLeft =
                ` The tag ${ACM_TAG} could not be removed from ${old} (${error.message}): remove it, or the next ` +
                    'run finds two';
        }
        const users = (await this.describe(old))?.InUseBy ?? [];
        return (`ACM cannot re-import a certificate of another key type (${replaced.keyAlgorithm} to ${ours}) into ${old}: ` +
            `imported ${imported} and moved the tag ${ACM_TAG} to it. ${old} stays in use by ` +
            `${users.length > 0 ? users.join(', ') : 'whatever points at it'} until you point it at ${imported}; then ` +
            `delete ${old}.${tagLeft ?? ''}`);
    }
    async readCurrent() {
        const arn = await this.target();
        if (arn === undefined)
            return undefined;
        const answer = await this.#acm.call('GetCertificate', { CertificateArn: arn }, { idempotent: true, tolerate: ['ResourceNotFoundException', 'RequestInProgressException'] });
        const certificate = answer.body?.Certificate;
        if (!certificate)
            return undefined;
        const chain = answer.body?.CertificateChain;
        // ACM never gives an imported certificate's key back (ExportCertificate is for private CA certificates only)
        return { certificate, ...(chain ? { chain } : {}), source: `AWS Certificate Manager ${arn}` };
    }
    async remove(revoked) {
        const arn = await this.target();
        if (arn === undefined)
            return undefined;
        const described = await this.describe(arn);
        if (described === undefined)
            return undefined;
        const { InUseBy: users = [], Serial: serial, SubjectAlternativeNames: names } = described;
        // `acm_certificate_arn` may name a certificate another step re-imported since
        const other = (0,_ownership_js__WEBPACK_IMPORTED_MODULE_2__/* .notTheRevoked */ .ly)(`AWS Certificate Manager ${arn}`, { ...(serial ? { serial: serial.replace(/:/g, '') } : {}), ...(names ? { names } : {}) }, revoked);
        if (other !== undefined)
            return other;
        if (users.length > 0)
            return this.#leftInUse(arn, users);
        const deleted = await this.#acm.call('DeleteCertificate', { CertificateArn: arn }, { idempotent: true, tolerate: ['ResourceNotFoundException', 'ResourceInUseException'] });
        if (deleted.fault?.code === 'ResourceNotFoundException')
            return undefined;
        if (deleted.fault)
            return this.#leftInUse(arn, users);
        return { removed: `deleted ACM certificate ${arn}` };
    }
    #leftInUse(arn, users) {
        const who = users.length > 0 ? users.join(', ') : 'a resource ACM did not name';
        const message = `${arn} is still in use by ${who}: left in place. Point those at another certificate, then delete it ` +
            '(aws acm delete-certificate)';
        this.#context.host.warning(`${ID}: ${message}`);
        return { left: message };
    }
}
/** ACM's name of a private key's type (KeyAlgorithm). */
function keyAlgorithmOf(privateKeyPem) {
    const details = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(privateKeyPem).asymmetricKeyDetails;
    return details?.namedCurve ? `EC_${details.namedCurve}` : `RSA_${details?.modulusLength}`;
}
async function deliverToAcm(session, bundle, { options, context }) {
    const { arn, reimported, replaced } = await session.import(bundle);
    const how = reimported ? 're-imported into' : 'imported as';
    context.host.info(`${ID}: ${how} ${arn} (serial ${bundle.serial})`);
    if (replaced !== undefined)
        context.host.warning(`${ID}: ${replaced}`);
    return {
        destination: `AWS Certificate Manager ${options.region}: ${how} ${arn}`,
        outputs: { acm_certificate_arn: arn },
        ...(replaced !== undefined ? { notes: [replaced] } : {}),
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
