export const id = 94;
export const ids = [94];
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
/* harmony import */ var _clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97804);
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
