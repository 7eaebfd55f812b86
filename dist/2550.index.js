export const id = 2550;
export const ids = [2550];
export const modules = {

/***/ 44479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   X: () => (/* binding */ escapeXml),
/* harmony export */   Yt: () => (/* binding */ elements)
/* harmony export */ });
/* unused harmony export decode */
// Just enough XML for the flat, namespace-default answers of Route 53 and STS: no XML parser dependency.
/** The inner text of every <tag>…</tag> in xml, in order (tags of this name are not nested in these APIs). */
function elements(xml, tag) {
    const out = [];
    const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>|<${tag}(?:\\s[^>]*)?/>`, 'g');
    for (const match of xml.matchAll(pattern))
        out.push(match[1] ?? '');
    return out;
}
/** The decoded text of the first <tag> in xml, or undefined. */
function text(xml, tag) {
    const inner = elements(xml, tag)[0];
    return inner === undefined ? undefined : decode(inner);
}
function decode(value) {
    return value.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, entity) => {
        const name = entity.toLowerCase();
        if (name.startsWith('#x'))
            return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
        if (name.startsWith('#'))
            return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
        return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name] ?? '';
    });
}
function escapeXml(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}


/***/ }),

/***/ 97804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bA: () => (/* binding */ AwsJsonClient),
  eL: () => (/* binding */ awsCredentialSource),
  PC: () => (/* binding */ awsEndpoint),
  a1: () => (/* binding */ awsSignedHttp),
  Eq: () => (/* binding */ awsThrottled)
});

// UNUSED EXPORTS: AWS_KEYS_HINT, AWS_ROLE_HINT, awsDomain, stsRetryable, stsUrl

// EXTERNAL MODULE: ./src/http/api.ts
var api = __webpack_require__(39308);
// EXTERNAL MODULE: ./src/http/client.ts
var client = __webpack_require__(73329);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/clouds/aws-sigv4.ts
// AWS Signature Version 4, by hand with node:crypto: the AWS SDK would add megabytes to the action bundle
// for the few Route 53, STS, ACM and Secrets Manager calls certalias makes.

/** The headers to add to a request: x-amz-date, x-amz-security-token (with a session token) and authorization. */
function signV4(request, credentials, scope, now = new Date()) {
    const amzDate = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const day = amzDate.slice(0, 8);
    const added = { 'x-amz-date': amzDate };
    if (credentials.sessionToken)
        added['x-amz-security-token'] = credentials.sessionToken;
    const signed = new Map();
    for (const [name, value] of Object.entries({ ...request.headers, ...added })) {
        signed.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '));
    }
    signed.set('host', request.url.host);
    const names = [...signed.keys()].sort();
    const signedHeaders = names.join(';');
    const canonicalRequest = [
        request.method.toUpperCase(),
        canonicalPath(request.url.pathname),
        canonicalQuery(request.url.searchParams),
        ...names.map((name) => `${name}:${signed.get(name)}`),
        '',
        signedHeaders,
        sha256Hex(request.body ?? ''),
    ].join('\n');
    const credentialScope = `${day}/${scope.region}/${scope.service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, credentialScope, sha256Hex(canonicalRequest)].join('\n');
    let key = hmac(`AWS4${credentials.secretAccessKey}`, day);
    for (const part of [scope.region, scope.service, 'aws4_request'])
        key = hmac(key, part);
    const signature = (0,external_node_crypto_.createHmac)('sha256', key).update(stringToSign, 'utf8').digest('hex');
    return {
        ...added,
        authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, ` +
            `SignedHeaders=${signedHeaders}, Signature=${signature}`,
    };
}
/** RFC 3986 unreserved characters stay, everything else is %XX (upper case), as SigV4 requires. */
function uriEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
// Services other than S3 sign the path with each segment encoded once more over the URL's own encoding.
function canonicalPath(pathname) {
    if (pathname === '')
        return '/';
    return pathname
        .split('/')
        .map((segment) => uriEncode(segment))
        .join('/');
}
function canonicalQuery(params) {
    return [...params]
        .map(([key, value]) => [uriEncode(key), uriEncode(value)])
        .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
        .map(([key, value]) => `${key}=${value}`)
        .join('&');
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function hmac(key, data) {
    return (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest();
}

// EXTERNAL MODULE: ./src/clouds/aws-xml.ts
var aws_xml = __webpack_require__(44479);
// EXTERNAL MODULE: ./src/clouds/context.ts
var context = __webpack_require__(93633);
// EXTERNAL MODULE: ./src/clouds/oidc.ts
var oidc = __webpack_require__(86469);
;// CONCATENATED MODULE: ./src/clouds/aws.ts
// AWS credentials and endpoints, shared by the route53 provider and the AWS stores: static access keys or the
// workflow's OIDC token traded at STS (AssumeRoleWithWebIdentity); endpoints as the AWS SDKs read them.






const STS_URL = 'https://sts.amazonaws.com';
const STS_AUDIENCE = 'sts.amazonaws.com';
const AWS_KEYS_HINT = 'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN)';
const AWS_ROLE_HINT = 'AWS_ROLE_ARN (the role assumed with the workflow OIDC token)';
/**
 * The endpoint of one AWS service, as the AWS SDKs and CLI pick it: AWS_ENDPOINT_URL_<SERVICE> (the service id
 * in upper case, spaces as _), then certalias's older variable for it, then AWS_ENDPOINT_URL, then the public one.
 */
function awsEndpoint(env, serviceId, publicUrl, olderVariable) {
    const candidates = [
        `AWS_ENDPOINT_URL_${serviceId.toUpperCase().replace(/ /g, '_')}`,
        ...(olderVariable ? [olderVariable] : []),
        'AWS_ENDPOINT_URL',
    ];
    for (const name of candidates) {
        const value = env[name]?.trim();
        if (value)
            return value;
    }
    return publicUrl;
}
/** The DNS suffix of a region's partition: China has its own. */
function awsDomain(region) {
    return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
}
/** Route 53, STS (XML) and the JSON services throttle with HTTP 400 and an error code, not only with 429. */
function awsThrottled(status, body) {
    if (status !== 400)
        return false;
    return (/<Code>\s*(Throttling|PriorRequestNotComplete)\s*<\/Code>/.test(body) ||
        /"__type"\s*:\s*"(?:[^"#]*#)?(ThrottlingException|TooManyRequestsException|Throttling)"/.test(body));
}
/**
 * STS answers IDPCommunicationError when it could not reach the identity provider (GitHub's OIDC keys) in time:
 * transient, and AWS documents it as worth another try; so is throttling.
 */
function stsRetryable(status, body) {
    return (awsThrottled(status, body) || (status === 400 && /<Code>\s*IDPCommunicationError\s*<\/Code>/.test(body)));
}
/**
 * The STS that trades the OIDC token: the region's own, as the AWS SDKs pick it, since a session token of the
 * global endpoint is not valid in an opt-in region, and GovCloud and China have no global endpoint at all (their
 * partition's domain, amazonaws.com.cn for China). Without a region: the global endpoint.
 */
function stsUrl(region) {
    return region ? `https://sts.${region}.${awsDomain(region)}` : STS_URL;
}
/**
 * The credential of the environment: static keys win, as in the AWS SDKs' default chain; else AWS_ROLE_ARN is
 * assumed with the workflow OIDC token, at the STS of `region` (the store's), else of AWS_REGION. Every key,
 * token and session secret is masked as soon as it is known.
 */
function awsCredentialSource(context, who, region) {
    const env = context.env;
    const mask = (secret) => {
        if (secret)
            context.host.mask(secret);
    };
    const log = (message) => context.host.info(message);
    const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim() ?? '';
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim() ?? '';
    const sessionToken = env.AWS_SESSION_TOKEN?.trim() || undefined;
    const roleArn = env.AWS_ROLE_ARN?.trim() ?? '';
    for (const secret of [accessKeyId, secretAccessKey, sessionToken])
        mask(secret);
    const useKeys = accessKeyId !== '' && secretAccessKey !== '';
    async function assumeRole() {
        if (roleArn === '') {
            throw new Error(`${who}: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_ROLE_ARN for the OIDC way`);
        }
        const webIdentityToken = await (0,oidc/* workflowIdToken */.qj)({
            host: context.host,
            audience: STS_AUDIENCE,
            provider: who,
            instead: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY',
        });
        const stsRegion = region || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || undefined;
        const sts = (0,api/* providerHttp */.oX)(context, {
            provider: who,
            baseUrl: awsEndpoint(env, 'STS', stsUrl(stsRegion), 'AWS_STS_API_URL'),
            secrets: [webIdentityToken],
            credentialHint: `${AWS_ROLE_HINT} and its trust policy for this repository`,
            isThrottled: stsRetryable,
        });
        // AssumeRoleWithWebIdentity is not signed: the web identity token is the proof. POST keeps it out of URLs.
        const form = new URLSearchParams({
            Action: 'AssumeRoleWithWebIdentity',
            Version: '2011-06-15',
            RoleArn: roleArn,
            RoleSessionName: env.AWS_ROLE_SESSION_NAME?.trim() || 'certalias',
            WebIdentityToken: webIdentityToken,
            DurationSeconds: '3600',
        });
        const { body } = await sts.request('POST', '/', {
            text: form.toString(),
            headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
            // assuming a role twice does no harm
            idempotent: true,
        });
        const credentials = (0,aws_xml/* elements */.Yt)(String(body ?? ''), 'Credentials')[0] ?? '';
        const assumed = {
            accessKeyId: (0,aws_xml/* text */.Qq)(credentials, 'AccessKeyId') ?? '',
            secretAccessKey: (0,aws_xml/* text */.Qq)(credentials, 'SecretAccessKey') ?? '',
            sessionToken: (0,aws_xml/* text */.Qq)(credentials, 'SessionToken'),
        };
        if (!assumed.accessKeyId || !assumed.secretAccessKey || !assumed.sessionToken) {
            throw new Error(`${who}: STS AssumeRoleWithWebIdentity answered without credentials`);
        }
        for (const secret of [assumed.accessKeyId, assumed.secretAccessKey, assumed.sessionToken])
            mask(secret);
        log(`${who}: assumed ${(0,aws_xml/* text */.Qq)(String(body), 'Arn') ?? roleArn} with the workflow OIDC token`);
        return assumed;
    }
    let pending;
    return {
        hint: useKeys ? AWS_KEYS_HINT : AWS_ROLE_HINT,
        credentials() {
            pending ??= useKeys ? Promise.resolve({ accessKeyId, secretAccessKey, sessionToken }) : assumeRole();
            pending.catch(() => {
                pending = undefined;
            });
            return pending;
        },
    };
}
/** An HttpClient that signs every attempt with SigV4 for one service and region, with its own extra options. */
function awsSignedHttp(context, options) {
    const { credentials } = options;
    return (0,api/* providerHttp */.oX)(context, {
        provider: options.who,
        baseUrl: options.baseUrl,
        secrets: [credentials.secretAccessKey, credentials.sessionToken ?? ''],
        credentialHint: options.hint,
        ...(options.isThrottled ? { isThrottled: options.isThrottled } : {}),
        ...(options.throttle ? { throttle: options.throttle } : {}),
        signRequest: ({ method, url, headers, body }) => {
            const signed = {};
            for (const name of options.signedHeaders) {
                const value = headers[name];
                if (value !== undefined)
                    signed[name] = value;
            }
            return signV4({ method, url, headers: signed, body }, credentials, {
                region: options.region,
                service: options.signingName,
            });
        },
    });
}
/** Credential problems AWS reports in a 400: the credential, not the request, is wrong. */
const CREDENTIAL_FAULTS = new Set([
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'IncompleteSignature',
    'ExpiredTokenException',
    'InvalidClientTokenId',
    'MissingAuthenticationToken',
    'SignatureDoesNotMatch',
]);
/**
 * A JSON 1.1 service client: `call` returns the answer, or the fault when its code is one the caller handles
 * (`tolerate`, e.g. ResourceNotFoundException); other faults throw. A refusal names the IAM permission.
 */
class AwsJsonClient {
    #context;
    #service;
    #source;
    #http;
    constructor(context, service) {
        this.#context = context;
        this.#service = service;
        this.#source = awsCredentialSource(context, service.who, service.region);
    }
    /** The endpoint requests go to. */
    get endpoint() {
        const { serviceId, endpointPrefix, region } = this.#service;
        return awsEndpoint(this.#context.env, serviceId, `https://${endpointPrefix}.${region}.${awsDomain(region)}`);
    }
    async call(action, body, options = {}) {
        const http = await this.#client();
        const { who, targetPrefix, iamPrefix } = this.#service;
        let response;
        try {
            response = await http.request('POST', '/', {
                text: JSON.stringify(body),
                headers: {
                    'content-type': 'application/x-amz-json-1.1',
                    'x-amz-target': `${targetPrefix}.${action}`,
                },
                expect: [400],
                ...(options.idempotent !== undefined ? { idempotent: options.idempotent } : {}),
            });
        }
        catch (error) {
            if (error instanceof client/* ProviderHttpError */.gm && error.status === 403) {
                throw new context/* CloudAccessError */.Y(`${error.message}. ${who}: the identity needs the IAM permission ${iamPrefix}:${action}`, { cause: error });
            }
            throw error;
        }
        if (response.status !== 400)
            return { body: parseJson(response.body) };
        const fault = awsFault(response);
        const where = `${who}: ${action} at ${this.#service.serviceId} (${this.#service.region})`;
        if (/AccessDenied/.test(fault.code)) {
            throw new context/* CloudAccessError */.Y(http.redact(`${where} was refused: ${fault.code}: ${fault.message}. The identity (${this.#source.hint}) needs the IAM ` +
                `permission ${iamPrefix}:${action}`));
        }
        if (CREDENTIAL_FAULTS.has(fault.code)) {
            throw new context/* CloudAccessError */.Y(http.redact(`${where} did not accept the credential: ${fault.code}: ${fault.message}. Check ${this.#source.hint}`));
        }
        if (options.tolerate?.includes(fault.code))
            return { fault };
        throw new Error(http.redact(`${where} failed: HTTP 400 ${fault.code}: ${fault.message}`));
    }
    #client() {
        this.#http ??= this.#source.credentials().then((credentials) => awsSignedHttp(this.#context, {
            who: this.#service.who,
            baseUrl: this.endpoint,
            credentials,
            hint: this.#source.hint,
            region: this.#service.region,
            signingName: this.#service.endpointPrefix,
            signedHeaders: ['content-type', 'x-amz-target'],
            // with 400 an expected answer, throttling is told by the hook that sees every answer
            throttle: ({ status, body }) => awsThrottled(status, body),
        }));
        this.#http.catch(() => {
            this.#http = undefined;
        });
        return this.#http;
    }
}
function parseJson(body) {
    if (typeof body !== 'string')
        return body ?? {};
    try {
        return JSON.parse(body);
    }
    catch {
        return {};
    }
}
/** The exception of a JSON 1.1 error answer: `__type` (maybe with a namespace before #) or the X-Amzn-ErrorType header. */
function awsFault(response) {
    const body = parseJson(response.body);
    const header = response.headers['x-amzn-errortype'];
    const type = String(body.__type ?? (Array.isArray(header) ? header[0] : header) ?? 'UnknownError');
    const code = (type.split('#').pop() ?? type).split(':')[0] ?? type;
    return { code, message: String(body.message ?? body.Message ?? '') };
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
/* harmony import */ var _clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97804);
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
