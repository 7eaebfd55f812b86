export const id = 6605;
export const ids = [6605];
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
  fN: () => (/* binding */ awsCredentialsGiven),
  PC: () => (/* binding */ awsEndpoint),
  a1: () => (/* binding */ awsSignedHttp),
  Eq: () => (/* binding */ awsThrottled)
});

// UNUSED EXPORTS: AWS_KEYS_HINT, AWS_ROLE_HINT, awsDomain, stsRetryable

// EXTERNAL MODULE: ./src/http/client.ts
var client = __webpack_require__(73329);
// EXTERNAL MODULE: ./src/oidc.ts
var oidc = __webpack_require__(96434);
// EXTERNAL MODULE: ./src/providers/http.ts
var http = __webpack_require__(84488);
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
/** Whether the environment names a way to sign in: access keys, or a role for the OIDC way. */
function awsCredentialsGiven(env) {
    return Boolean((env.AWS_ACCESS_KEY_ID?.trim() && env.AWS_SECRET_ACCESS_KEY?.trim()) || env.AWS_ROLE_ARN?.trim());
}
/**
 * The credential of the environment: static keys win, as in the AWS SDKs' default chain; else AWS_ROLE_ARN is
 * assumed with the workflow OIDC token. Every key, token and session secret is masked as soon as it is known.
 */
function awsCredentialSource(context, who) {
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
        const webIdentityToken = await (0,oidc/* fetchOidcToken */.Dw)({
            env,
            transport: context.transport,
            audience: STS_AUDIENCE,
            provider: who,
            mask,
            log,
        });
        const region = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
        // China has no global endpoint: its STS is regional
        const publicUrl = region.startsWith('cn-') ? `https://sts.${region}.${awsDomain(region)}` : STS_URL;
        const sts = (0,http/* providerHttp */.o)(context, {
            provider: who,
            baseUrl: awsEndpoint(env, 'STS', publicUrl, 'AWS_STS_API_URL'),
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
    return (0,http/* providerHttp */.o)(context, {
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
        this.#source = awsCredentialSource(context, service.who);
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

/***/ 96717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ azureCredential),
/* harmony export */   T: () => (/* binding */ azureCredentialsGiven)
/* harmony export */ });
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96434);
/* harmony import */ var _providers_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84488);
// Microsoft Entra ID access tokens, shared by the azure provider and the azure-key-vault store: the app's client
// secret, or the workflow's OIDC token as the client assertion of a federated credential.


const AUTHORITY_URL = 'https://login.microsoftonline.com';
// the audience Microsoft Entra expects of a federated credential's token
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/** Whether the environment names an Entra app and a way to sign in as it. */
function azureCredentialsGiven(env) {
    return Boolean(env.AZURE_TENANT_ID?.trim() && env.AZURE_CLIENT_ID?.trim());
}
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
            const assertion = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchOidcToken */ .Dw)({
                env,
                transport: context.transport,
                audience: OIDC_AUDIENCE,
                provider: who,
                mask,
                log: (message) => context.host.info(message),
            });
            secrets.push(assertion);
            form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
            form.set('client_assertion', assertion);
        }
        const entra = (0,_providers_http_js__WEBPACK_IMPORTED_MODULE_1__/* .providerHttp */ .o)(context, {
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

/***/ 22819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ googleCredentialsGiven),
/* harmony export */   H0: () => (/* binding */ googleCredential),
/* harmony export */   ep: () => (/* binding */ googleThrottled)
/* harmony export */ });
/* unused harmony exports KEY_HINT, WIF_HINT, signJwt */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96434);
/* harmony import */ var _providers_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84488);
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
        const oauth = (0,_providers_http_js__WEBPACK_IMPORTED_MODULE_3__/* .providerHttp */ .o)(context, {
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
        const oidc = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchOidcToken */ .Dw)({
            env,
            transport: context.transport,
            // the audience a workload identity provider accepts by default
            audience: `https://iam.googleapis.com/${provider}`,
            provider: who,
            mask,
            log: (message) => context.host.info(message),
        });
        const sts = (0,_providers_http_js__WEBPACK_IMPORTED_MODULE_3__/* .providerHttp */ .o)(context, {
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
        const iam = (0,_providers_http_js__WEBPACK_IMPORTED_MODULE_3__/* .providerHttp */ .o)(context, {
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
/** Whether the environment names a service account key or a workload identity. */
function googleCredentialsGiven(env) {
    return Boolean(env.GCE_SERVICE_ACCOUNT?.trim() ||
        env.GCE_SERVICE_ACCOUNT_FILE?.trim() ||
        (env.GCE_WORKLOAD_IDENTITY_PROVIDER?.trim() && env.GCE_SERVICE_ACCOUNT_EMAIL?.trim()));
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

/***/ 6605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* binding */ ConfigError),
  pH: () => (/* binding */ SECRET_INPUTS),
  Xg: () => (/* binding */ readConfig)
});

// UNUSED EXPORTS: KEY_TYPES, MODES, REVOKE_REASONS, missingCredentials, readDuration

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/names/index.ts
var src_names = __webpack_require__(56320);
// EXTERNAL MODULE: ./src/providers/index.ts + 1 modules
var providers = __webpack_require__(97710);
// EXTERNAL MODULE: ./src/stores/index.ts + 13 modules
var stores = __webpack_require__(2116);
;// CONCATENATED MODULE: ./src/config/acme-servers.ts
const ACME_SERVERS = {
    letsencrypt: { directory: 'https://acme-v02.api.letsencrypt.org/directory', requiresEab: false },
    'letsencrypt-staging': {
        directory: 'https://acme-staging-v02.api.letsencrypt.org/directory',
        requiresEab: false,
    },
    zerossl: {
        directory: 'https://acme.zerossl.com/v2/DV90',
        requiresEab: true,
        eabHelp: 'ZeroSSL dashboard > Developer > EAB Credentials',
    },
    google: {
        directory: 'https://dv.acme-v02.api.pki.goog/directory',
        requiresEab: true,
        eabHelp: 'gcloud publicca external-account-keys create',
    },
    'google-staging': {
        directory: 'https://dv.acme-v02.test-api.pki.goog/directory',
        requiresEab: true,
        eabHelp: 'gcloud publicca external-account-keys create (staging project)',
    },
    buypass: { directory: 'https://api.buypass.com/acme/directory', requiresEab: false },
    sslcom: {
        // SSL.com issues from a different CA per key algorithm.
        directory: (keyType) => keyType.startsWith('ec-') ? 'https://acme.ssl.com/sslcom-dv-ecc' : 'https://acme.ssl.com/sslcom-dv-rsa',
        requiresEab: true,
        eabHelp: 'SSL.com account > API credentials',
    },
};

;// CONCATENATED MODULE: ./src/config/index.ts
// Inputs -> one typed, immutable Config. Pure: no network, no writes; every bad input is reported at once.









const KEY_TYPES = ['ec-p256', 'ec-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'];
/** Inputs that hold secrets: the adapter masks them before anything else happens. */
const SECRET_INPUTS = [...inputs/* CORE_INPUTS */.u, ...(0,stores/* storeInputs */.be)()]
    .filter((input) => input.secret)
    .map((input) => input.name);
const MODES = ['issue', 'revoke', 'plan', 'check'];
/** RFC 5280 CRLReason codes of the `revoke_reason` names a subscriber may give (RFC 8555 section 7.6). */
const REVOKE_REASONS = {
    unspecified: 0,
    keyCompromise: 1,
    superseded: 4,
    cessationOfOperation: 5,
};
class ConfigError extends Error {
    problems;
    missingCredentials;
    /**
     * @param missingCredentials what the provider's credentials lack, when that is among the problems: a pull
     *   request from a fork gets no secrets, and the adapter may then skip instead of failing.
     */
    constructor(problems, missingCredentials) {
        super(problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.problems = problems;
        this.missingCredentials = missingCredentials;
    }
}
function readConfig(getInput, env) {
    const problems = [];
    const input = (name) => getInput(name).trim();
    const check = (fn) => {
        try {
            return fn();
        }
        catch (error) {
            problems.push(error.message);
            return undefined;
        }
    };
    const mode = check(() => readChoice(input('mode') || 'issue', 'mode', MODES)) ?? 'issue';
    const reasonName = input('revoke_reason') || 'cessationOfOperation';
    const revokeReason = check(() => readRevokeReason(reasonName));
    const names = check(() => readNames(input('domain'))) ?? [];
    let missing;
    const provider = check(() => {
        const descriptor = readProvider(input('dns_provider'));
        // revoking and planning write no DNS record: the provider's credentials are not needed then (a check writes one)
        missing = mode === 'issue' || mode === 'check' ? missingCredentials(descriptor, env) : undefined;
        if (missing !== undefined) {
            throw new Error(`\`dns_provider: ${descriptor.id}\` needs ${missing} in the step's env (from secrets)`);
        }
        return descriptor;
    });
    const alias = check(() => readAlias(getInput('domain_alias'), names)) ?? { byName: new Map() };
    const email = check(() => readEmail(input('email')));
    const keyType = check(() => readKeyType(input('key_type') || 'ec-p256')) ?? 'ec-p256';
    const acmeServer = input('acme_server') || 'letsencrypt';
    const eab = check(() => readEab(input('eab_kid'), input('eab_hmac_key')));
    const directoryUrl = check(() => readDirectory(acmeServer, keyType, eab !== undefined));
    const accountKey = check(() => readAccountKey(getInput('account_key')));
    const profile = check(() => readProfile(input('profile')));
    const resolvers = check(() => readResolvers(input('dns_resolvers'))) ?? [];
    const propagationTimeoutMs = check(() => readTimeout(input('propagation_timeout'))) ?? 0;
    const stores = check(() => readStores(input('store'), getInput, env, problems)) ?? [];
    const currentCertificate = check(() => readCurrentCertificate(getInput('current_certificate')));
    const txtBatchSize = check(() => readBatchSize(input('txt_batch_size') || 'auto')) ?? 'auto';
    const force = check(() => readBoolean(input('force_renew'), 'force_renew')) ?? false;
    const renewBefore = input('renew_before');
    const renewBeforeMs = renewBefore === '' ? undefined : check(() => readDuration(renewBefore, 'renew_before', '30d'));
    const checkInterval = input('check_interval') || '24h';
    const checkIntervalMs = check(() => readDuration(checkInterval, 'check_interval', '24h')) ?? 86_400_000;
    if (mode === 'revoke' && currentCertificate === undefined && !stores.some((s) => s.module.readCurrent)) {
        if (input('output_dir') === '') {
            problems.push('`mode: revoke` has nothing to find the certificate in: give `current_certificate`, a `store` that keeps it ' +
                '(vault, github-secrets) with the same settings as the step that issued, or the `output_dir` it wrote');
        }
    }
    if (problems.length > 0 || provider === undefined || directoryUrl === undefined)
        throw new ConfigError(problems, missing);
    const primary = names[0];
    const outputDir = input('output_dir') ||
        (0,external_node_path_.join)(env.RUNNER_TEMP || env.TMPDIR || '/tmp', 'certalias', primary.name.replace(/^\*\./, '_wildcard.'));
    return Object.freeze({
        names,
        provider,
        alias,
        email,
        acmeServer,
        directoryUrl,
        eab,
        accountKey,
        keyType,
        profile,
        resolvers,
        propagationTimeoutMs,
        outputDir,
        stores,
        mode,
        revokeReason: revokeReason ?? 5,
        txtBatchSize,
        currentCertificate,
        force,
        renewBeforeMs,
        checkIntervalMs,
    });
}
/** `current_certificate`: a PEM, a path, or `tls://host[:port]` (checked here; read when deciding). */
function readCurrentCertificate(value) {
    const trimmed = value.trim();
    if (trimmed === '')
        return undefined;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) && !trimmed.startsWith('file://')) {
        let url;
        try {
            url = new URL(trimmed);
        }
        catch { }
        if (url?.protocol !== 'tls:' ||
            url.hostname === '' ||
            url.pathname !== '' ||
            url.search ||
            url.username) {
            throw new Error(`\`current_certificate\`: "${trimmed}" is not tls://host or tls://host:port (or a PEM, or a file path)`);
        }
    }
    return trimmed.startsWith('-----') ? `${trimmed}\n` : trimmed;
}
function readBatchSize(value) {
    if (value.toLowerCase() === 'auto')
        return 'auto';
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 1000) {
        throw new Error(`\`txt_batch_size\`: "${value}" is not auto, 0 (no limit) or a number of values per owner at once (1 to 1000)`);
    }
    return n;
}
/** A boolean input as YAML 1.2 (and @actions/core's getBooleanInput) spells it; empty is false. */
function readBoolean(value, input) {
    if (['', 'false', 'False', 'FALSE'].includes(value))
        return false;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    throw new Error(`\`${input}\`: "${value}" is not true or false`);
}
const DURATION_UNITS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
};
/** A duration such as `30d`, `36h`, `1d12h` or `90m`, in milliseconds. */
function readDuration(value, input, example) {
    const parts = [...value.matchAll(/(\d+)([smhdw])/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) {
        throw new Error(`\`${input}\`: "${value}" is not a duration; write a number with a unit (s, m, h, d, w), e.g. ${example}`);
    }
    const ms = parts.reduce((sum, [, n, unit]) => sum + Number(n) * DURATION_UNITS[unit], 0);
    if (ms <= 0)
        throw new Error(`\`${input}\`: "${value}" must be longer than zero, e.g. ${example}`);
    return ms;
}
/**
 * `store`: comma separated destinations; `files` is always on. Each chosen destination checks its own inputs,
 * and an input of a destination that was not chosen is refused, since it means the `store` line forgot it.
 */
function readStores(value, getInput, env, problems) {
    const known = stores/* STORES */.ZZ.map((s) => s.id);
    const wanted = new Set([
        stores/* ALWAYS_ON */.yA,
        ...value
            .split(/[\s,]+/)
            .filter(Boolean)
            .map((id) => id.toLowerCase()),
    ]);
    const unknown = [...wanted].filter((id) => !known.includes(id));
    if (unknown.length > 0) {
        throw new Error(`\`store\`: unknown destination ${unknown.map((id) => `"${id}"`).join(', ')}; known: ${known.join(', ')}`);
    }
    const selected = [];
    for (const module of stores/* STORES */.ZZ) {
        if (!wanted.has(module.id)) {
            const stray = module.inputs
                .filter((i) => getInput(i.name).trim() !== '' && i.default === undefined)
                .map((i) => i.name);
            if (stray.length > 0) {
                problems.push(`\`${stray.join('`, `')}\` ${stray.length === 1 ? 'is' : 'are'} set but \`store\` does not include ${module.id}: add it (store: ${[
                    ...wanted,
                ]
                    .filter((id) => id !== stores/* ALWAYS_ON */.yA)
                    .concat(module.id)
                    .join(', ')})`);
            }
            continue;
        }
        try {
            selected.push({ module, options: module.readOptions(getInput, env) });
        }
        catch (error) {
            problems.push(...error.message.split('\n').filter(Boolean));
        }
    }
    return selected;
}
function readNames(value) {
    if (value === '')
        throw new Error('`domain` is required: one or more names, e.g. "example.com, *.example.com"');
    try {
        return (0,src_names/* parseNames */.Gw)(value);
    }
    catch (error) {
        if (error instanceof src_names/* NameError */.Qb)
            throw new Error(`\`domain\`: ${error.message}`);
        throw error;
    }
}
function readProvider(id) {
    const known = Object.keys(providers/* DESCRIPTORS */.x).sort().join(', ');
    if (id === '')
        throw new Error(`\`dns_provider\` is required: the provider hosting the alias zone (${known})`);
    const descriptor = providers/* DESCRIPTORS */.x[id.toLowerCase()];
    if (descriptor === undefined)
        throw new Error(`\`dns_provider\`: unknown provider "${id}"; known: ${known}`);
    return descriptor;
}
function readChoice(value, input, choices) {
    const choice = choices.find((c) => c === value.toLowerCase());
    if (choice === undefined)
        throw new Error(`\`${input}\`: "${value}" is not one of ${choices.join(', ')}`);
    return choice;
}
function readRevokeReason(value) {
    const code = Object.entries(REVOKE_REASONS).find(([name]) => name.toLowerCase() === value.toLowerCase())?.[1];
    if (code === undefined) {
        throw new Error(`\`revoke_reason\`: "${value}" is not one of ${Object.keys(REVOKE_REASONS).join(', ')}`);
    }
    return code;
}
/** What is missing of a provider's credentials, in words, or undefined when nothing is. */
function missingCredentials(descriptor, env) {
    const given = (name) => Boolean(env[name]?.trim());
    const always = descriptor.credentials.filter((c) => c.set === undefined && !given(c.env)).map((c) => c.env);
    const sets = new Map();
    for (const c of descriptor.credentials)
        if (c.set !== undefined)
            sets.set(c.set, [...(sets.get(c.set) ?? []), c.env]);
    const complete = [...sets.values()].some((names) => names.every(given));
    const parts = always.length > 0 ? [always.join(', ')] : [];
    if (sets.size > 0 && !complete) {
        parts.push(`one of: ${[...sets].map(([name, names]) => `${names.join(' + ')} (${name})`).join('; or ')}`);
    }
    return parts.length > 0 ? parts.join(', and ') : undefined;
}
/**
 * `domain_alias`: one alias for every name, or `name=alias` lines (a line without `=` is the default).
 * The form (full owner or zone-style) is decided later against the published CNAME.
 */
function readAlias(value, names) {
    const byName = new Map();
    let all;
    for (const line of value.split(/\r?\n/).map((l) => l.trim())) {
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq < 0) {
            if (all !== undefined) {
                throw new Error('`domain_alias`: several lines without "="; write one alias, or one "name=alias" per line');
            }
            all = aliasName(line);
            continue;
        }
        const name = line.slice(0, eq).trim();
        let base;
        try {
            base = (0,src_names/* normalizeName */.Pc)(name).base;
        }
        catch (error) {
            throw new Error(`\`domain_alias\`: line "${line}": ${error.message}`);
        }
        if (names.length > 0 && !names.some((n) => n.base === base)) {
            throw new Error(`\`domain_alias\`: "${name}" is not one of the names in \`domain\``);
        }
        byName.set(base, aliasName(line.slice(eq + 1)));
    }
    return { all, byName };
}
function aliasName(value) {
    // Unicode as in `domain`: UTS 46 to punycode A-labels ('' when it cannot be converted; the check below says so).
    const alias = (0,external_node_url_.domainToASCII)((0,src_names/* canonical */.$N)(value)).replace(/\.$/, '') || (0,src_names/* canonical */.$N)(value);
    // An alias is a DNS owner, where underscores are fine (unlike host names).
    if (!/^(?!-)[a-z0-9_-]{1,63}(\.(?!-)[a-z0-9_-]{1,63})+$/.test(alias)) {
        throw new Error(`\`domain_alias\`: "${value.trim()}" is not a DNS name; write "_acme-challenge.validation.example.org" or "validation.example.org"`);
    }
    return alias;
}
function readEmail(value) {
    if (value === '')
        return undefined;
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value))
        throw new Error(`\`email\`: "${value}" is not an e-mail address`);
    return value;
}
function readKeyType(value) {
    const keyType = value.toLowerCase();
    if (!KEY_TYPES.includes(keyType)) {
        throw new Error(`\`key_type\`: "${value}" is not one of ${KEY_TYPES.join(', ')}`);
    }
    return keyType;
}
function readEab(kid, hmacKey) {
    if (kid === '' && hmacKey === '')
        return undefined;
    if (kid === '' || hmacKey === '') {
        throw new Error('`eab_kid` and `eab_hmac_key` go together: set both (from your CA account) or neither');
    }
    if (!/^[A-Za-z0-9_=+/-]+$/.test(hmacKey)) {
        throw new Error('`eab_hmac_key` is not base64url; copy the HMAC key exactly as the CA shows it');
    }
    return { kid, hmacKey };
}
function readDirectory(acmeServer, keyType, hasEab) {
    const preset = ACME_SERVERS[acmeServer.toLowerCase()];
    if (preset !== undefined) {
        if (preset.requiresEab && !hasEab) {
            throw new Error(`\`acme_server: ${acmeServer}\` requires external account binding: set \`eab_kid\` and \`eab_hmac_key\` (${preset.eabHelp})`);
        }
        return typeof preset.directory === 'string' ? preset.directory : preset.directory(keyType);
    }
    let url;
    try {
        url = new URL(acmeServer);
    }
    catch {
        throw new Error(`\`acme_server\`: "${acmeServer}" is neither a preset (${Object.keys(ACME_SERVERS).join(', ')}) nor a directory URL`);
    }
    if (url.protocol !== 'https:')
        throw new Error(`\`acme_server\`: the directory URL must use https (${acmeServer})`);
    return url.href;
}
function readAccountKey(value) {
    const pem = value.trim();
    if (pem === '')
        return undefined;
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(pem);
    }
    catch {
        // Never quote the value: it is a secret.
        throw new Error('`account_key` is not a PEM private key; store the whole PEM (BEGIN to END lines) in the secret');
    }
    // ACME signs with RS256 or ES256/384/512 (RFC 8555 section 6.2): other keys would fail at the first request.
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const curves = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
    if (type === 'ec' && curve !== undefined && curve in curves)
        return `${pem}\n`;
    if (type === 'rsa')
        return `${pem}\n`;
    const what = type === 'ec' ? `an EC key on the curve ${curve ?? 'unknown'}` : `a key of type ${type ?? 'unknown'}`;
    throw new Error(`\`account_key\` is ${what}; an ACME account key must be RSA or EC on P-256, P-384 or P-521 ` +
        '(e.g. openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256)');
}
function readProfile(value) {
    if (value === '')
        return undefined;
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(value)) {
        throw new Error(`\`profile\`: "${value}" is not a profile name (e.g. tlsserver, shortlived)`);
    }
    return value;
}
function readResolvers(value) {
    if (value === '')
        return [];
    return value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((resolver) => {
        const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(resolver) ?? /^([^:]+)(?::(\d+))?$/.exec(resolver);
        const host = m?.[1] ?? resolver;
        const port = m?.[2] === undefined ? 53 : Number(m[2]);
        if ((0,external_node_net_.isIP)(host) === 0 || port < 1 || port > 65535) {
            throw new Error(`\`dns_resolvers\`: "${resolver}" is not an ip or ip:port (e.g. 1.1.1.1, [2606:4700::1]:53)`);
        }
        return (0,external_node_net_.isIP)(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
    });
}
function readTimeout(value) {
    if (value === '')
        return 300_000;
    const seconds = Number(value);
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
        throw new Error(`\`propagation_timeout\`: "${value}" is not a whole number of seconds between 1 and 86400`);
    }
    return seconds * 1000;
}


/***/ }),

/***/ 82237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ maskPem)
/* harmony export */ });
/** A PEM secret masked whole and line by line, but not its BEGIN/END lines, which would blank every other PEM. */
function maskPem(host, pem) {
    host.mask(pem);
    for (const line of pem.split(/\r?\n/))
        if (line.trim() !== '' && !line.startsWith('-----'))
            host.mask(line.trim());
}


/***/ }),

/***/ 38422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ CORE_INPUTS)
/* harmony export */ });
// The action's own inputs (each store declares its own): one declaration for action.yml, the configuration, and
// the command line's flags and --help. A test checks that action.yml says the same.
const CORE_INPUTS = [
    {
        name: 'domain',
        description: 'One or more names, separated by commas, spaces or new lines; wildcards (*.example.com) and Unicode names allowed. The first is the primary name.',
        required: true,
    },
    {
        name: 'dns_provider',
        description: "Id of the DNS provider that hosts the alias zone (rfc2136, powerdns, ...). Its credentials come from the step's env.",
        required: true,
    },
    {
        name: 'domain_alias',
        description: "Where the TXT record goes: the full owner (_acme-challenge.validation.example.org) or the zone-style name (validation.example.org), checked against the published CNAME; or lines of name=alias. Empty: follow the _acme-challenge CNAME chain; no CNAME: plain DNS-01 in the name's own zone.",
    },
    { name: 'email', description: 'ACME account contact e-mail.' },
    {
        name: 'acme_server',
        description: 'letsencrypt, letsencrypt-staging, zerossl, google, google-staging, buypass, sslcom, or an ACME directory URL.',
        default: 'letsencrypt',
    },
    { name: 'eab_kid', description: 'External account binding key id (ZeroSSL, Google, SSL.com, ...).' },
    { name: 'eab_hmac_key', description: 'External account binding HMAC key (a secret).', secret: true },
    {
        name: 'account_key',
        description: "PEM of the ACME account key (from a secret). Empty: the key an earlier run kept in the store (vault), else a new one, kept in the store for the next runs (vault: the entry's account_key field; github-secrets: the secret <secret_prefix>_ACME_ACCOUNT_KEY, to pass back here since secrets cannot be read).",
        secret: true,
    },
    {
        name: 'key_type',
        description: 'Certificate key type, ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096.',
        default: 'ec-p256',
    },
    { name: 'profile', description: "ACME profile name (e.g. Let's Encrypt tlsserver, shortlived)." },
    {
        name: 'dns_resolvers',
        description: "Recursive resolvers (ip or ip:port, comma separated) used to follow CNAMEs and find zones and name servers. Empty, the system's.",
    },
    {
        name: 'propagation_timeout',
        description: 'Seconds to wait until every authoritative server of the alias zone serves the TXT values.',
        default: '300',
    },
    { name: 'output_dir', description: 'Where the files go. Empty, $RUNNER_TEMP/certalias/<primary name>.' },
    {
        name: 'mode',
        description: "issue (default: issue a certificate when one is due), revoke (revoke the current certificate at the CA and remove what certalias stored for it: the Vault entry, the github-secrets secrets and state variable, the files), plan (decide for every entry of certificates and output the matrix of those due; no order, no write), or check (verify the setup: the CNAME on every master and in the resolvers, the alias zone's servers, a probe write with the provider, CAA, the CA; no order, nothing left behind).",
        default: 'issue',
    },
    {
        name: 'revoke_reason',
        description: 'mode: revoke: unspecified, keyCompromise, superseded or cessationOfOperation (RFC 5280 names).',
        default: 'cessationOfOperation',
    },
    {
        name: 'certificates',
        description: 'mode: plan: a YAML list with one entry per certificate, each a mapping of the inputs that vary (domain, domain_alias, dns_provider, key_type, vault_path, secret_prefix, output_dir, current_certificate, ...); every other input comes from the step. The plan outputs the matrix of the entries that are due.',
    },
    {
        name: 'current_certificate',
        description: 'The certificate in use, to decide whether one is due: a PEM, a file path, or tls://host[:port] (the certificate that server presents for the primary name). Empty: read from the chosen stores (the <secret_prefix>_CERTIFICATE_STATE variable, the Vault entry, cert.pem in output_dir).',
    },
    {
        name: 'force_renew',
        description: 'true issues a new certificate even when the current one is not due.',
        default: 'false',
    },
    {
        name: 'renew_before',
        description: 'Without renewal information from the CA (ARI), renew at least this long before expiry, e.g. 30d or 36h. Empty: when a third of the lifetime is left (half for certificates of 10 days or less).',
    },
    {
        name: 'check_interval',
        description: 'How often the workflow runs (e.g. 24h, 12h); a renewal time that falls before the next run renews now.',
        default: '24h',
    },
    {
        name: 'txt_batch_size',
        description: 'TXT values per alias owner at once: auto (as many as fit a 512-byte DNS answer, with the values already at the owner; more names are validated in batches), 0 (no limit), or a number.',
        default: 'auto',
    },
    {
        name: 'store',
        description: 'Where the certificate goes besides the files, comma separated; files (always on), artifact, github-secrets, vault, aws-acm, aws-secrets-manager, azure-key-vault, gcp-secret-manager.',
        default: 'files',
    },
];


/***/ }),

/***/ 96434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ fetchOidcToken),
/* harmony export */   yD: () => (/* binding */ OIDC_TOKEN_ENV)
/* harmony export */ });
/* unused harmony export OIDC_URL_ENV */
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73329);
// The workflow's OIDC token (GitHub Actions id-token), which clouds and Vault trade for short-lived credentials.

/** Where GitHub Actions puts the id-token endpoint when the job has `permissions: id-token: write`. */
const OIDC_URL_ENV = 'ACTIONS_ID_TOKEN_REQUEST_URL';
const OIDC_TOKEN_ENV = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
/**
 * Fetch the workflow's OIDC token for one audience. The request URL comes from the environment as the
 * runner gives it (tests point it at their harness); its own query (api-version) is kept.
 */
async function fetchOidcToken(request) {
    const requestUrl = request.env[OIDC_URL_ENV]?.trim();
    const requestToken = request.env[OIDC_TOKEN_ENV]?.trim();
    if (!requestUrl || !requestToken) {
        throw new Error(`${request.provider}: ${request.requestedBy ? `\`${request.requestedBy}\` logs in with ` : ''}the workflow's OIDC ` +
            `token, which is not available (${OIDC_URL_ENV} and ${OIDC_TOKEN_ENV} are unset): give the job ` +
            '`permissions: id-token: write` (pull requests from forks never get one), or use static credentials');
    }
    request.mask(requestToken);
    const url = new URL(requestUrl);
    const query = Object.fromEntries(url.searchParams);
    if (request.audience)
        query.audience = request.audience;
    url.search = '';
    url.hash = '';
    const http = new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
        ...request.transport,
        provider: request.provider,
        baseUrl: url.origin,
        headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' },
        secrets: [requestToken],
        credentialHint: `${OIDC_TOKEN_ENV} (the job needs \`permissions: id-token: write\`)`,
        ...(request.log ? { log: request.log } : {}),
    });
    const { body } = await http.request('GET', url.pathname, { query });
    const token = typeof body === 'object' && body !== null ? body.value : undefined;
    if (typeof token !== 'string' || token === '') {
        throw new Error(`${request.provider}: the OIDC token endpoint answered without a token (no "value")`);
    }
    request.mask(token);
    return token;
}


/***/ }),

/***/ 46737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ octetString),
/* harmony export */   K2: () => (/* binding */ sequence),
/* harmony export */   KB: () => (/* binding */ implicitOctets),
/* harmony export */   Pv: () => (/* binding */ nullValue),
/* harmony export */   hZ: () => (/* binding */ set),
/* harmony export */   jq: () => (/* binding */ oid),
/* harmony export */   nb: () => (/* binding */ bmpString),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   pc: () => (/* binding */ explicit),
/* harmony export */   t: () => (/* binding */ tlv)
/* harmony export */ });
// A minimal DER writer: just the types a PKCS#12 file and a certificate request are made of. Writing (never
// parsing) keeps it small; the tests read every file it makes back with OpenSSL.
function length(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    const bytes = [];
    for (let rest = n; rest > 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest % 256);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function tlv(tag, content) {
    return Buffer.concat([Buffer.from([tag]), length(content.length), content]);
}
function sequence(...items) {
    return tlv(0x30, Buffer.concat(items));
}
/** SET OF: DER orders the elements by their encodings. */
function set(...items) {
    return tlv(0x31, Buffer.concat([...items].sort(Buffer.compare)));
}
function integer(value) {
    if (!Number.isSafeInteger(value) || value < 0)
        throw new RangeError(`DER integer out of range: ${value}`);
    const bytes = [];
    for (let rest = value; rest > 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest % 256);
    // a leading 0 keeps a positive number positive when its high bit is set, and encodes 0 itself
    if (bytes.length === 0 || bytes[0] & 0x80)
        bytes.unshift(0);
    return tlv(0x02, Buffer.from(bytes));
}
function octetString(content) {
    return tlv(0x04, content);
}
function nullValue() {
    return Buffer.from([0x05, 0x00]);
}
function oid(dotted) {
    const arcs = dotted.split('.').map(Number);
    const [first, second, ...rest] = arcs;
    if (first === undefined || second === undefined || arcs.some((a) => !Number.isSafeInteger(a) || a < 0))
        throw new RangeError(`not an object identifier: ${dotted}`);
    const bytes = [];
    for (const arc of [first * 40 + second, ...rest]) {
        const group = [arc % 128];
        for (let high = Math.floor(arc / 128); high > 0; high = Math.floor(high / 128))
            group.unshift(0x80 | (high % 128));
        bytes.push(...group);
    }
    return tlv(0x06, Buffer.from(bytes));
}
/** BMPString: UTF-16 big-endian (characters beyond the BMP as surrogate pairs, as OpenSSL writes them). */
function bmpString(text) {
    return tlv(0x1e, Buffer.from(text, 'utf16le').swap16());
}
/** `[n] EXPLICIT`: the element wrapped whole. */
function explicit(tagNumber, inner) {
    return tlv(0xa0 | tagNumber, inner);
}
/** `[n] IMPLICIT OCTET STRING`: the octets under a context tag instead of the universal one. */
function implicitOctets(tagNumber, content) {
    return tlv(0x80 | tagNumber, content);
}


/***/ }),

/***/ 36984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ff: () => (/* binding */ filesStore),
  MC: () => (/* binding */ writeCertificateFiles)
});

// UNUSED EXPORTS: PFX_FILE

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/stores/files/der.ts
var der = __webpack_require__(46737);
;// CONCATENATED MODULE: ./src/stores/files/pkcs12.ts
// PKCS#12 (RFC 7292) with modern algorithms only, from Node's crypto and a small DER writer:
// - the key bag and the certificates: PBES2 (RFC 8018), PBKDF2-HMAC-SHA256, AES-256-CBC;
// - the integrity MAC: HMAC-SHA256, its key from the PKCS#12 KDF with SHA-256 (the MAC every OpenSSL 3,
//   Java 12+ and Windows 10 1709+ reads; PBMAC1 of RFC 9579 is newer than OpenSSL 3.0).
// This is the profile of `openssl pkcs12 -export` in OpenSSL 3 and of Java's keytool (10 000 iterations),
// so OpenSSL 3 opens it without the legacy provider. No RC2, no 3DES, no SHA-1.


const OID = {
    data: '1.2.840.113549.1.7.1',
    encryptedData: '1.2.840.113549.1.7.6',
    pbes2: '1.2.840.113549.1.5.13',
    pbkdf2: '1.2.840.113549.1.5.12',
    hmacWithSHA256: '1.2.840.113549.2.9',
    aes256Cbc: '2.16.840.1.101.3.4.1.42',
    sha256: '2.16.840.1.101.3.4.2.1',
    pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
    certBag: '1.2.840.113549.1.12.10.1.3',
    x509Certificate: '1.2.840.113549.1.9.22.1',
    friendlyName: '1.2.840.113549.1.9.20',
    localKeyId: '1.2.840.113549.1.9.21',
};
/** Java keytool's default; OpenSSL's is 2048. Each of the three derivations costs a few milliseconds. */
const PKCS12_ITERATIONS = 10_000;
/** The PKCS#12 file (DER) holding the key, the leaf and its chain. Throws if the key is not the leaf's. */
function makePkcs12(input) {
    const iterations = input.iterations ?? PKCS12_ITERATIONS;
    const certificates = pemCertificates(input.certificates);
    const leaf = certificates[0];
    if (leaf === undefined)
        throw new Error('PKCS#12: no certificate in the PEM');
    const key = (0,external_node_crypto_.createPrivateKey)(input.privateKey);
    if (!leaf.checkPrivateKey(key))
        throw new Error('PKCS#12: the private key does not belong to the certificate');
    // localKeyId ties the key to its certificate: the SHA-1 of the leaf, as OpenSSL sets it (an identifier, not a MAC)
    const leafAttributes = [
        attribute(OID.friendlyName, (0,der/* bmpString */.nb)(input.friendlyName)),
        attribute(OID.localKeyId, (0,der/* octetString */.J8)((0,external_node_crypto_.createHash)('sha1').update(leaf.raw).digest())),
    ];
    const certificateBags = certificates.map((certificate, index) => safeBag(OID.certBag, (0,der/* sequence */.K2)((0,der/* oid */.jq)(OID.x509Certificate), (0,der/* explicit */.pc)(0, (0,der/* octetString */.J8)(certificate.raw))), index === 0 ? leafAttributes : []));
    const keyBag = safeBag(OID.pkcs8ShroudedKeyBag, encryptedPrivateKeyInfo(key.export({ type: 'pkcs8', format: 'der' }), input.password, iterations), leafAttributes);
    const authenticatedSafe = (0,der/* sequence */.K2)(encryptedContentInfo((0,der/* sequence */.K2)(...certificateBags), input.password, iterations), dataContentInfo((0,der/* sequence */.K2)(keyBag)));
    return (0,der/* sequence */.K2)((0,der/* integer */.nd)(3), dataContentInfo(authenticatedSafe), macData(authenticatedSafe, input, iterations));
}
/** Every CERTIFICATE block of a PEM text, in order. */
function pemCertificates(pem) {
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    return blocks.map((block) => new external_node_crypto_.X509Certificate(block));
}
function attribute(type, value) {
    return (0,der/* sequence */.K2)((0,der/* oid */.jq)(type), (0,der/* set */.hZ)(value));
}
function safeBag(type, value, attributes) {
    const parts = [(0,der/* oid */.jq)(type), (0,der/* explicit */.pc)(0, value)];
    if (attributes.length > 0)
        parts.push((0,der/* set */.hZ)(...attributes));
    return (0,der/* sequence */.K2)(...parts);
}
function dataContentInfo(content) {
    return (0,der/* sequence */.K2)((0,der/* oid */.jq)(OID.data), (0,der/* explicit */.pc)(0, (0,der/* octetString */.J8)(content)));
}
function encryptedContentInfo(content, password, iterations) {
    const { algorithm, ciphertext } = pbes2Encrypt(content, password, iterations);
    const encryptedData = (0,der/* sequence */.K2)((0,der/* integer */.nd)(0), (0,der/* sequence */.K2)((0,der/* oid */.jq)(OID.data), algorithm, (0,der/* implicitOctets */.KB)(0, ciphertext)));
    return (0,der/* sequence */.K2)((0,der/* oid */.jq)(OID.encryptedData), (0,der/* explicit */.pc)(0, encryptedData));
}
function encryptedPrivateKeyInfo(pkcs8, password, iterations) {
    const { algorithm, ciphertext } = pbes2Encrypt(pkcs8, password, iterations);
    return (0,der/* sequence */.K2)(algorithm, (0,der/* octetString */.J8)(ciphertext));
}
/** PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC; the password as its UTF-8 bytes, as OpenSSL 3 takes it. */
function pbes2Encrypt(plaintext, password, iterations) {
    const salt = (0,external_node_crypto_.randomBytes)(16);
    const iv = (0,external_node_crypto_.randomBytes)(16);
    const key = (0,external_node_crypto_.pbkdf2Sync)(Buffer.from(password, 'utf8'), salt, iterations, 32, 'sha256');
    const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-cbc', key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const algorithm = (0,der/* sequence */.K2)((0,der/* oid */.jq)(OID.pbes2), (0,der/* sequence */.K2)((0,der/* sequence */.K2)((0,der/* oid */.jq)(OID.pbkdf2), (0,der/* sequence */.K2)((0,der/* octetString */.J8)(salt), (0,der/* integer */.nd)(iterations), (0,der/* sequence */.K2)((0,der/* oid */.jq)(OID.hmacWithSHA256), (0,der/* nullValue */.Pv)()))), (0,der/* sequence */.K2)((0,der/* oid */.jq)(OID.aes256Cbc), (0,der/* octetString */.J8)(iv))));
    return { algorithm, ciphertext };
}
function macData(authenticatedSafe, input, iterations) {
    const salt = (0,external_node_crypto_.randomBytes)(16);
    const key = pkcs12Kdf(input.password, salt, 3, iterations, 32);
    const mac = (0,external_node_crypto_.createHmac)('sha256', key).update(authenticatedSafe).digest();
    return (0,der/* sequence */.K2)((0,der/* sequence */.K2)((0,der/* sequence */.K2)((0,der/* oid */.jq)(OID.sha256), (0,der/* nullValue */.Pv)()), (0,der/* octetString */.J8)(mac)), (0,der/* octetString */.J8)(salt), (0,der/* integer */.nd)(iterations));
}
/**
 * The PKCS#12 key derivation (RFC 7292, appendix B.2) with SHA-256 (u = 32, v = 64), for one output block:
 * all a MAC key needs. `id` 3 makes a MAC key. The password is a BMPString with its two-byte terminator.
 */
function pkcs12Kdf(password, salt, id, iterations, size) {
    const v = 64;
    if (size > 32)
        throw new RangeError('pkcs12Kdf: at most 32 bytes (one SHA-256 block)');
    const passwordBytes = Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
    // S and P: salt and password each repeated to a whole number of v-byte blocks
    const repeat = (source) => {
        const out = Buffer.alloc(v * Math.ceil(source.length / v));
        for (let i = 0; i < out.length; i++)
            out[i] = source[i % source.length];
        return out;
    };
    let a = (0,external_node_crypto_.createHash)('sha256')
        .update(Buffer.alloc(v, id))
        .update(repeat(salt))
        .update(repeat(passwordBytes))
        .digest();
    for (let round = 1; round < iterations; round++)
        a = (0,external_node_crypto_.createHash)('sha256').update(a).digest();
    return a.subarray(0, size);
}

;// CONCATENATED MODULE: ./src/stores/files/index.ts
// The `files` destination: the PEM set in output_dir, the private key 0600, every file written atomically.
// The pipeline writes the PEM set first (writeCertificateFiles); the store then adds the PKCS#12 file when
// `pfx_password` is set, and the outputs.




async function writeCertificateFiles(dir, issued) {
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o755 });
    const files = {
        certificatePath: (0,external_node_path_.join)(dir, 'cert.pem'),
        chainPath: (0,external_node_path_.join)(dir, 'chain.pem'),
        fullchainPath: (0,external_node_path_.join)(dir, 'fullchain.pem'),
        privateKeyPath: (0,external_node_path_.join)(dir, 'privkey.pem'),
    };
    // The key first: a certificate on disk without its key would be of no use.
    await writeAtomically(files.privateKeyPath, issued.privateKey, 0o600);
    await Promise.all([
        writeAtomically(files.certificatePath, issued.certificate, 0o644),
        writeAtomically(files.chainPath, issued.chain, 0o644),
        writeAtomically(files.fullchainPath, issued.fullchain, 0o644),
    ]);
    return files;
}
const PFX_FILE = 'cert.pfx';
const filesStore = {
    id: 'files',
    inputs: [
        {
            name: 'pfx_password',
            description: 'When set, also write cert.pfx (PKCS#12: key, leaf and chain; AES-256-CBC, PBKDF2-HMAC-SHA256, SHA-256 MAC) encrypted with this password',
            secret: true,
        },
    ],
    readOptions(getInput) {
        const pfxPassword = getInput('pfx_password');
        return pfxPassword === '' ? {} : { pfxPassword };
    },
    create(options, context) {
        return new FilesStore(options, context);
    },
};
class FilesStore {
    options;
    context;
    id = 'files';
    constructor(options, context) {
        this.options = options;
        this.context = context;
        // masked where the inputs are read already; again here, so no path to a log line ever shows it
        if (options.pfxPassword !== undefined)
            context.host.mask(options.pfxPassword);
    }
    async deliver(bundle) {
        const { directory } = bundle.files;
        const pfxPath = (0,external_node_path_.join)(directory, PFX_FILE);
        // `certificate` and the paths are the pipeline's outputs, set whether this run issued or kept
        const outputs = {};
        const written = ['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem (0600)'];
        if (this.options.pfxPassword === undefined) {
            // a cert.pfx left by an earlier run would hold the old certificate beside the new PEM set
            await (0,promises_.rm)(pfxPath, { force: true });
        }
        else {
            const pfx = makePkcs12({
                privateKey: bundle.privateKey,
                certificates: bundle.fullchain,
                password: this.options.pfxPassword,
                friendlyName: bundle.names[0] ?? 'certificate',
            });
            await writeAtomically(pfxPath, pfx, 0o600);
            outputs.pfx_path = pfxPath;
            written.push(`${PFX_FILE} (PKCS#12, 0600)`);
            this.context.host.info(`Files: ${pfxPath} (PKCS#12: key, leaf and chain; AES-256-CBC, SHA-256 MAC)`);
        }
        return { destination: `files in ${directory}: ${written.join(', ')}`, outputs };
    }
}
/** Write beside the target with the final mode from the start, then rename: no reader sees half a file. */
async function writeAtomically(path, content, mode) {
    const temporary = `${path}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,promises_.writeFile)(temporary, content, { mode, flag: 'wx' });
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 2116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yA: () => (/* binding */ ALWAYS_ON),
  ZZ: () => (/* binding */ STORES),
  be: () => (/* binding */ storeInputs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@scure/base/index.js
var base = __webpack_require__(64929);
;// CONCATENATED MODULE: ./src/stores/artifact/index.ts
// The `artifact` destination: the certificate as a workflow artifact of this run. The public parts always;
// the private key only encrypted to age recipients (privkey.pem.age), never in the clear: anyone with read
// access to the repository can download a run's artifacts.




const KEY_NOT_INCLUDED = 'the private key is not in the artifact: set artifact_recipient to include it encrypted';
/** What @actions/artifact refuses in a name (NTFS and the results service). */
const INVALID_NAME_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
/** An age X25519 recipient: `age1` and 58 bech32 characters (32 bytes and a checksum). */
const X25519_RECIPIENT = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/;
/** `certificate-example.com`; a wildcard as in output_dir: `certificate-_wildcard.example.com`. */
function defaultArtifactName(primaryName) {
    return `certificate-${primaryName.replace(/^\*\./, '_wildcard.').replaceAll('*', '_')}`;
}
const artifactStore = {
    id: 'artifact',
    inputs: [
        {
            name: 'artifact_name',
            description: 'Name of the workflow artifact (default certificate-<primary name>, a wildcard as _wildcard.<name>)',
        },
        {
            name: 'artifact_retention_days',
            description: "Days the artifact is kept, 1 to 90 (default: the repository's setting)",
        },
        {
            name: 'artifact_recipient',
            description: 'age X25519 recipient(s) (age1...; several separated by commas or new lines) the private key is encrypted to, as privkey.pem.age; empty: the artifact holds the public parts only',
        },
    ],
    readOptions(getInput) {
        const problems = [];
        let name = getInput('artifact_name').trim();
        if (name === '')
            name = undefined;
        else {
            const bad = INVALID_NAME_CHARACTERS.filter((c) => name?.includes(c));
            if (bad.length > 0)
                problems.push(`\`artifact_name\` may not contain ${bad.map((c) => JSON.stringify(c)).join(', ')} ` +
                    '(GitHub refuses " : < > | * ? \\ / and line breaks in an artifact name)');
        }
        let retentionDays;
        const retention = getInput('artifact_retention_days').trim();
        if (retention !== '') {
            retentionDays = /^\d+$/.test(retention) ? Number(retention) : Number.NaN;
            if (!(retentionDays >= 1 && retentionDays <= 90))
                problems.push(`\`artifact_retention_days\` must be a whole number of days from 1 to 90, not ${JSON.stringify(retention)} ` +
                    "(leave it empty for the repository's default)");
        }
        const recipients = getInput('artifact_recipient')
            .split(/[\s,]+/)
            .filter((r) => r !== '');
        recipients.forEach((recipient, index) => {
            const which = recipients.length > 1 ? ` (entry ${index + 1})` : '';
            // the value is never echoed: a pasted secret key must not reach the log
            if (/^AGE-SECRET-KEY-/i.test(recipient)) {
                problems.push(`\`artifact_recipient\`${which} is an age identity, a secret key: give its recipient instead ` +
                    '(`age-keygen -y key.txt` prints it), and treat the pasted key as leaked');
            }
            else if (!X25519_RECIPIENT.test(recipient) || !parsesAsRecipient(recipient)) {
                problems.push(`\`artifact_recipient\`${which} is not an age X25519 recipient: expected "age1" followed by 58 ` +
                    'lowercase bech32 characters, as `age-keygen` prints it ("Public key: age1...")');
            }
        });
        if (problems.length > 0)
            throw new Error(problems.join('\n'));
        return { name, retentionDays, recipients };
    },
    create(options, context, uploader) {
        const upload = uploader
            ? async () => uploader
            : (context.artifactUploader ??
                (() => Promise.reject(new Error('artifact: no artifact service here (it exists only in GitHub Actions)'))));
        return new ArtifactStore(options, context, upload);
    },
};
/**
 * The bech32 checksum, the `age` prefix and the 32-byte X25519 key, checked without loading age itself: its
 * library (with post-quantum ciphers) is loaded only when a run really encrypts.
 */
function parsesAsRecipient(recipient) {
    try {
        const { prefix, words } = base/* bech32 */.I.decode(recipient);
        return prefix === 'age' && base/* bech32 */.I.fromWords(words).length === 32;
    }
    catch {
        return false;
    }
}
class ArtifactStore {
    options;
    context;
    uploader;
    id = 'artifact';
    constructor(options, context, uploader) {
        this.options = options;
        this.context = context;
        this.uploader = uploader;
    }
    async deliver(bundle) {
        const name = this.options.name ?? defaultArtifactName(bundle.names[0] ?? 'unnamed');
        const { recipients } = this.options;
        // a directory of our own (0700) holding exactly what is uploaded: never the key in the clear
        const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.context.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'certalias-artifact-'));
        try {
            const files = [];
            const put = async (file, content, mode) => {
                const path = (0,external_node_path_.join)(staging, file);
                await (0,promises_.writeFile)(path, content, { mode, flag: 'wx' });
                files.push(path);
            };
            await put('cert.pem', bundle.certificate, 0o644);
            await put('chain.pem', bundle.chain, 0o644);
            await put('fullchain.pem', bundle.fullchain, 0o644);
            if (recipients.length > 0) {
                const { Encrypter } = await Promise.all(/* import() */[__webpack_require__.e(9792), __webpack_require__.e(2073)]).then(__webpack_require__.bind(__webpack_require__, 52073));
                const encrypter = new Encrypter();
                for (const recipient of recipients)
                    encrypter.addRecipient(recipient);
                await put('privkey.pem.age', await encrypter.encrypt(bundle.privateKey), 0o600);
            }
            let response;
            try {
                response = await (await this.uploader()).uploadArtifact(name, files, staging, this.options.retentionDays === undefined ? {} : { retentionDays: this.options.retentionDays });
            }
            catch (error) {
                throw new Error(`artifact "${name}": the upload failed: ${error.message}${hint(error)}`, {
                    cause: error,
                });
            }
            const contents = files.map((f) => f.slice(staging.length + 1)).join(', ');
            const key = recipients.length > 0
                ? `privkey.pem.age is encrypted to ${recipients.length} age recipient(s): ` +
                    '`age -d -i <identity file> privkey.pem.age > privkey.pem`'
                : KEY_NOT_INCLUDED;
            const id = response.id === undefined ? '' : ` (id ${response.id})`;
            this.context.host.info(`Artifact "${name}"${id}: ${contents}; ${key}`);
            const outputs = { artifact_name: name };
            if (response.id !== undefined)
                outputs.artifact_id = String(response.id);
            return { destination: `workflow artifact "${name}"${id}: ${contents}; ${key}`, outputs };
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    }
}
function hint(error) {
    const message = String(error?.message ?? error);
    if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message))
        return ' (the artifact store works only inside a GitHub Actions job)';
    if (/already exists|conflict|409/i.test(message))
        return ' (this run has an artifact of that name already, e.g. from another job for the same name: set artifact_name)';
    return '';
}

// EXTERNAL MODULE: ./src/clouds/aws.ts + 1 modules
var aws = __webpack_require__(97804);
;// CONCATENATED MODULE: ./src/stores/aws-options.ts
// Inputs of the AWS destinations (aws-acm, aws-secrets-manager), read and checked without touching the network.

/** Shared by both AWS destinations; it has a default ('') so that naming it for one is not a stray input of the other. */
const AWS_REGION_INPUT = {
    name: 'aws_region',
    description: 'AWS region of the certificate (store aws-acm; CloudFront reads ACM certificates from us-east-1 only) or of the ' +
        'secret (store aws-secrets-manager). Empty: AWS_REGION, else AWS_DEFAULT_REGION.',
    default: '',
};
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** `aws_region`, else the environment's region; throws naming the input when none is given or it is no region. */
function readAwsRegion(getInput, env, store) {
    const region = getInput('aws_region').trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
    if (region === '') {
        throw new Error(`\`aws_region\` is required for store ${store} (or AWS_REGION in the step's env), e.g. us-east-1` +
            (store === 'aws-acm' ? ', the region CloudFront reads certificates from' : ''));
    }
    if (!REGION.test(region))
        throw new Error(`\`aws_region\` "${region}" is not an AWS region, e.g. eu-west-1`);
    return region;
}
/** Fails before anything is issued when no credential is in the environment. */
function requireAwsCredentials(env, store) {
    if (!(0,aws/* awsCredentialsGiven */.fN)(env)) {
        throw new Error(`store ${store} needs AWS credentials in the step's env: AWS_ROLE_ARN (assumed with the workflow OIDC token; ` +
            'the job needs `permissions: id-token: write`) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from secrets');
    }
}

// EXTERNAL MODULE: ./src/names/index.ts
var names = __webpack_require__(56320);
;// CONCATENATED MODULE: ./src/stores/certificate-json.ts
// The one JSON document the secret-store destinations (AWS Secrets Manager, Google Secret Manager) hold, and the
// primary name the cloud destinations key their objects by.

function certificateJson(bundle) {
    const document = {
        certificate: bundle.certificate,
        chain: bundle.chain,
        fullchain: bundle.fullchain,
        private_key: bundle.privateKey,
        not_after: bundle.notAfter,
        serial: bundle.serial,
        domains: [...bundle.names],
    };
    return JSON.stringify(document);
}
/** The certificate set of a stored document; undefined when it is not one certalias wrote. Never echoes the text. */
function parseCertificateJson(text, source) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const { certificate, chain, private_key: privateKey, serial } = document ?? {};
    if (typeof certificate !== 'string' || !certificate.includes('-----BEGIN CERTIFICATE-----'))
        return undefined;
    return {
        certificate,
        ...(typeof chain === 'string' && chain !== '' ? { chain } : {}),
        ...(typeof privateKey === 'string' && privateKey.trim() !== '' ? { privateKey } : {}),
        ...(typeof serial === 'string' ? { serial } : {}),
        source,
    };
}
/**
 * The certificate's primary name from the `domain` input (punycode, `*.` for a wildcard), for the destinations
 * that find or name their object by it. Empty when `domain` is not valid: the configuration reports that itself.
 */
function primaryNameOf(getInput) {
    try {
        return (0,names/* parseNames */.Gw)(getInput('domain'))[0]?.name ?? '';
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./src/stores/aws-acm/index.ts
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
const ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):\d{12}:certificate\/[A-Za-z0-9-]+$/;
/** ACM tag values allow letters, digits, spaces and _.:/=+-@ only: a wildcard's `*.` is written `_wildcard.`. */
function acmTagValue(primaryName) {
    return primaryName.replace(/^\*\./, '_wildcard.');
}
function readAcmOptions(getInput, env) {
    const region = readAwsRegion(getInput, env, ID);
    const arn = getInput('acm_certificate_arn').trim();
    if (arn !== '') {
        const match = ARN.exec(arn);
        if (!match) {
            throw new Error(`\`acm_certificate_arn\` "${arn}" is not an ACM certificate ARN: arn:aws:acm:<region>:<account>:certificate/<id>`);
        }
        if (match[1] !== region) {
            throw new Error(`\`acm_certificate_arn\` is in region ${match[1]} but \`aws_region\` is ${region}: a certificate is re-imported ` +
                'in its own region; set aws_region to it');
        }
    }
    requireAwsCredentials(env, ID);
    const primaryName = primaryNameOf(getInput);
    return {
        region,
        certificateArn: arn || undefined,
        primaryName,
        tagValue: acmTagValue(primaryName),
    };
}
const awsAcmStore = {
    id: ID,
    inputs: [
        AWS_REGION_INPUT,
        {
            name: 'acm_certificate_arn',
            description: 'ARN of the ACM certificate to re-import renewals into (store aws-acm). Empty: the certificate certalias ' +
                'imported before for the primary name (tag certalias = primary name), else a new one.',
        },
    ],
    readOptions: readAcmOptions,
    create: (options, context) => new AcmStore(options, context),
    readCurrent: async (options, context) => new AcmSession(options, context).readCurrent(),
    remove: async (options, context) => new AcmSession(options, context).remove(),
};
/** The ACM calls certalias makes, for one region and credential. */
class AcmSession {
    #options;
    #context;
    #acm;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
        this.#acm = new aws/* AwsJsonClient */.bA(context, {
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
        if (this.#options.certificateArn)
            return this.#options.certificateArn;
        const { primaryName, tagValue } = this.#options;
        const found = [];
        let nextToken;
        do {
            const { body } = await this.#acm.call('ListCertificates', { Includes: { keyTypes: KEY_TYPES }, MaxItems: 1000, ...(nextToken ? { NextToken: nextToken } : {}) }, { idempotent: true });
            for (const summary of body?.CertificateSummaryList ?? []) {
                if (!summary.CertificateArn || summary.DomainName !== primaryName)
                    continue;
                if (summary.Type !== undefined && summary.Type !== 'IMPORTED')
                    continue;
                const { body: tags } = await this.#acm.call('ListTagsForCertificate', { CertificateArn: summary.CertificateArn }, { idempotent: true });
                if (tags?.Tags?.some((tag) => tag.Key === ACM_TAG && tag.Value === tagValue))
                    found.push(summary.CertificateArn);
            }
            nextToken = body?.NextToken || undefined;
        } while (nextToken);
        if (found.length > 1) {
            this.#context.host.warning(`${ID}: ${found.length} certificates in ${this.#options.region} carry the tag ${ACM_TAG}=${tagValue} ` +
                `(${found.join(', ')}); using the first. Set acm_certificate_arn to choose`);
        }
        return found[0];
    }
    async import(bundle) {
        const arn = await this.target();
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
        return { arn: imported, reimported: arn !== undefined };
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
    async remove() {
        const arn = await this.target();
        if (arn === undefined)
            return undefined;
        const described = await this.#acm.call('DescribeCertificate', { CertificateArn: arn }, { idempotent: true, tolerate: ['ResourceNotFoundException'] });
        if (described.fault)
            return undefined;
        const users = described.body.Certificate?.InUseBy ?? [];
        if (users.length > 0)
            return this.#leftInUse(arn, users);
        const deleted = await this.#acm.call('DeleteCertificate', { CertificateArn: arn }, { idempotent: true, tolerate: ['ResourceNotFoundException', 'ResourceInUseException'] });
        if (deleted.fault?.code === 'ResourceNotFoundException')
            return undefined;
        if (deleted.fault)
            return this.#leftInUse(arn, users);
        return `deleted ACM certificate ${arn}`;
    }
    #leftInUse(arn, users) {
        const who = users.length > 0 ? users.join(', ') : 'a resource ACM did not name';
        const message = `${arn} is still in use by ${who}: left in place. Point those at another certificate, then delete it ` +
            '(aws acm delete-certificate)';
        this.#context.host.warning(`${ID}: ${message}`);
        return `not deleted: ${message}`;
    }
}
class AcmStore {
    id = ID;
    #session;
    #options;
    #context;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
        this.#session = new AcmSession(options, context);
    }
    async deliver(bundle) {
        const { arn, reimported } = await this.#session.import(bundle);
        const how = reimported ? 're-imported into' : 'imported as';
        this.#context.host.info(`${ID}: ${how} ${arn} (serial ${bundle.serial})`);
        return {
            destination: `AWS Certificate Manager ${this.#options.region}: ${how} ${arn}`,
            outputs: { acm_certificate_arn: arn },
        };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/host.ts
var host = __webpack_require__(82237);
;// CONCATENATED MODULE: ./src/stores/aws-secrets-manager/index.ts
// The `aws-secrets-manager` destination: one secret holding the certificate set as JSON, a new version per
// certificate; the version's ClientRequestToken comes from the serial, so a retry never makes a second version.





const aws_secrets_manager_ID = 'aws-secrets-manager';
// Secrets Manager's own rule for names; an ARN is accepted too, for a secret that already exists.
const NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/;
function readSecretsManagerOptions(getInput, env) {
    const region = readAwsRegion(getInput, env, aws_secrets_manager_ID);
    const secretId = getInput('aws_secret_name').trim();
    if (secretId === '') {
        throw new Error('`aws_secret_name` is required for store aws-secrets-manager: the secret that holds the certificate, e.g. tls/example.com');
    }
    const arn = SECRET_ARN.exec(secretId);
    if (arn === null && (!NAME.test(secretId) || secretId.startsWith('arn:'))) {
        throw new Error(`\`aws_secret_name\` "${secretId}" is not a secret name: letters, digits and /_+=.@- only, e.g. tls/example.com`);
    }
    if (arn && arn[1] !== region) {
        throw new Error(`\`aws_secret_name\` is in region ${arn[1]} but \`aws_region\` is ${region}: set aws_region to it`);
    }
    requireAwsCredentials(env, aws_secrets_manager_ID);
    return { region, secretId, kmsKeyId: getInput('aws_kms_key_id').trim() || undefined };
}
/**
 * The version's ClientRequestToken: the same for the same certificate (Secrets Manager then ignores a repeat),
 * another for the next one. Shaped as the UUID the AWS SDKs send; 36 characters, within the 32-64 allowed.
 */
function versionToken(serial) {
    const hex = (0,external_node_crypto_.createHash)('sha256').update(`certalias:${serial.toLowerCase()}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
const awsSecretsManagerStore = {
    id: aws_secrets_manager_ID,
    inputs: [
        AWS_REGION_INPUT,
        {
            name: 'aws_secret_name',
            description: 'Secret (name or ARN) that holds the certificate as JSON: certificate, chain, fullchain, private_key, ' +
                'not_after, serial, domains (store aws-secrets-manager). Created when missing; else a new version.',
        },
        {
            name: 'aws_kms_key_id',
            description: 'KMS key (id, ARN or alias) to encrypt the secret with when certalias creates it (store aws-secrets-manager). ' +
                'Empty: the account key aws/secretsmanager.',
        },
    ],
    readOptions: readSecretsManagerOptions,
    create: (options, context) => new SecretsManagerStore(options, context),
    readCurrent: async (options, context) => new SecretsSession(options, context).readCurrent(),
    remove: async (options, context) => new SecretsSession(options, context).remove(),
};
class SecretsSession {
    #options;
    #context;
    client;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
        this.client = new aws/* AwsJsonClient */.bA(context, {
            who: aws_secrets_manager_ID,
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
        const answer = await this.client.call('GetSecretValue', { SecretId: this.#options.secretId }, { idempotent: true, tolerate: ['ResourceNotFoundException', 'InvalidRequestException'] });
        // InvalidRequestException: the secret is scheduled for deletion (a revoke): nothing current
        const text = answer.body?.SecretString;
        if (text === undefined)
            return undefined;
        const found = parseCertificateJson(text, `${this.describe()} (version ${answer.body?.VersionId ?? '?'})`);
        if (found?.privateKey)
            (0,host/* maskPem */.r)(this.#context.host, found.privateKey);
        return found;
    }
    async remove() {
        const answer = await this.client.call('DeleteSecret', { SecretId: this.#options.secretId }, { idempotent: true, tolerate: ['ResourceNotFoundException', 'InvalidRequestException'] });
        if (answer.fault)
            return undefined;
        const date = answer.body.DeletionDate;
        const when = typeof date === 'number' ? new Date(date * 1000).toISOString() : date ? String(date) : 'in 30 days';
        return (`scheduled ${answer.body.ARN ?? this.describe()} for deletion (${when}; until then ` +
            '`aws secretsmanager restore-secret` brings it back)');
    }
}
class SecretsManagerStore {
    id = aws_secrets_manager_ID;
    #options;
    #context;
    #session;
    constructor(options, context) {
        this.#options = options;
        this.#context = context;
        this.#session = new SecretsSession(options, context);
    }
    async deliver(bundle) {
        const secretString = certificateJson(bundle);
        const token = versionToken(bundle.serial);
        const { secretId, kmsKeyId } = this.#options;
        // the token makes a repeat harmless: Secrets Manager ignores a second request with the same token and value
        let answer = await this.#session.client.call('PutSecretValue', { SecretId: secretId, SecretString: secretString, ClientRequestToken: token }, { idempotent: true, tolerate: ['ResourceNotFoundException'] });
        let created = false;
        if (answer.fault) {
            answer = await this.#session.client.call('CreateSecret', {
                Name: secretId,
                SecretString: secretString,
                ClientRequestToken: token,
                Description: `TLS certificate ${bundle.names[0] ?? ''} (certalias)`,
                ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}),
            }, { idempotent: true });
            created = true;
        }
        const arn = answer.body?.ARN;
        if (!arn)
            throw new Error(`${aws_secrets_manager_ID}: Secrets Manager answered without the secret's ARN`);
        const what = created ? 'created' : 'new version of';
        this.#context.host.info(`${aws_secrets_manager_ID}: ${what} ${arn}, version ${answer.body?.VersionId ?? token}`);
        return {
            destination: `${this.#session.describe()}: ${what} ${arn} (version ${answer.body?.VersionId ?? token})`,
            outputs: { aws_secret_arn: arn },
        };
    }
}

// EXTERNAL MODULE: ./src/clouds/azure.ts
var azure = __webpack_require__(96717);
// EXTERNAL MODULE: ./src/clouds/context.ts
var context = __webpack_require__(93633);
// EXTERNAL MODULE: ./src/http/client.ts
var http_client = __webpack_require__(73329);
// EXTERNAL MODULE: ./src/providers/http.ts
var providers_http = __webpack_require__(84488);
;// CONCATENATED MODULE: ./src/stores/azure-key-vault/index.ts
// The `azure-key-vault` destination: the certificate and its key imported as a Key Vault certificate object (PEM),
// each renewal a new version of the same name, which App Service, Application Gateway and Front Door follow.






const azure_key_vault_ID = 'azure-key-vault';
const API_VERSION = '7.4';
const azure_key_vault_NAME = /^[0-9A-Za-z-]{1,127}$/;
/** The default certificate name: the primary name with `.` as `-` and `*` as `wildcard` (Key Vault allows 0-9a-zA-Z-). */
function keyVaultCertificateName(primaryName) {
    return primaryName.replace(/\*/g, 'wildcard').replace(/\./g, '-');
}
/** The token scope of the vault's cloud: Key Vault in Azure China and US Government has its own resource. */
function keyVaultScope(vaultUrl) {
    const host = new URL(vaultUrl).hostname;
    for (const suffix of ['vault.azure.cn', 'vault.usgovcloudapi.net', 'vault.microsoftazure.de']) {
        if (host.endsWith(`.${suffix}`))
            return `https://${suffix}/.default`;
    }
    return 'https://vault.azure.net/.default';
}
function readKeyVaultOptions(getInput, env) {
    const input = getInput('azure_key_vault_url').trim();
    if (input === '') {
        throw new Error('`azure_key_vault_url` is required for store azure-key-vault: the vault URI, e.g. https://my-vault.vault.azure.net');
    }
    let url;
    try {
        url = new URL(input);
    }
    catch {
        throw new Error(`\`azure_key_vault_url\` "${input}" is not a URL: e.g. https://my-vault.vault.azure.net`);
    }
    // plain http only to a vault emulator on this machine: the key travels in the request
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
        throw new Error(`\`azure_key_vault_url\` "${input}" must be an https:// URL`);
    }
    if (url.username || url.password || url.search || url.hash || url.pathname.replace(/\/+$/, '') !== '') {
        throw new Error(`\`azure_key_vault_url\` "${input}" must be the vault URI alone, e.g. https://my-vault.vault.azure.net`);
    }
    const given = getInput('azure_certificate_name').trim();
    const certificateName = given || keyVaultCertificateName(primaryNameOf(getInput));
    if (!azure_key_vault_NAME.test(certificateName)) {
        throw new Error(`\`azure_certificate_name\` "${certificateName}" is not a Key Vault certificate name: 1 to 127 letters, digits and -`);
    }
    if (!(0,azure/* azureCredentialsGiven */.T)(env)) {
        throw new Error("store azure-key-vault needs AZURE_TENANT_ID and AZURE_CLIENT_ID in the step's env, with AZURE_CLIENT_SECRET " +
            'or a federated credential for this repository (the job then needs `permissions: id-token: write`)');
    }
    return { vaultUrl: url.origin, certificateName };
}
const azureKeyVaultStore = {
    id: azure_key_vault_ID,
    inputs: [
        {
            name: 'azure_key_vault_url',
            description: 'Vault URI, e.g. https://my-vault.vault.azure.net (store azure-key-vault).',
        },
        {
            name: 'azure_certificate_name',
            description: 'Name of the Key Vault certificate; a renewal adds a version (store azure-key-vault). Empty: the primary ' +
                'name with . as - and * as wildcard, e.g. wildcard-example-com.',
        },
    ],
    readOptions: readKeyVaultOptions,
    create: (options, context) => new KeyVaultStore(options, context),
    readCurrent: async (options, context) => new KeyVaultSession(options, context).readCurrent(),
    remove: async (options, context) => new KeyVaultSession(options, context).remove(),
};
/** Key Vault's permission for each call, as access policies and RBAC roles name it. */
const PERMISSIONS = {
    import: 'Key Vault certificates/import',
    get: 'Key Vault certificates/get',
    delete: 'Key Vault certificates/delete',
};
class KeyVaultSession {
    #options;
    #context;
    #http;
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
            throw new Error(`${azure_key_vault_ID}: the import into ${this.describe()} answered without the certificate id`);
        return id;
    }
    async readCurrent() {
        const answer = await this.#call('get', (http) => http.request('GET', this.#path(), {
            query: { 'api-version': API_VERSION },
            expect: [404],
        }));
        const der = answer.status === 404 ? undefined : answer.body?.cer;
        if (!der)
            return undefined;
        // The key stays in the vault: reading it back needs secrets/get on the whole vault, a far wider right than
        // the renewal decision needs (it compares names, key type and dates of the certificate alone).
        const lines = Buffer.from(der, 'base64')
            .toString('base64')
            .match(/.{1,64}/g) ?? [];
        return {
            certificate: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
            source: `${this.describe()} (${answer.body?.id ?? 'latest version'})`,
        };
    }
    async remove() {
        const answer = await this.#call('delete', (http) => http.request('DELETE', this.#path(), {
            query: { 'api-version': API_VERSION },
            expect: [404],
        }));
        if (answer.status === 404)
            return undefined;
        const purge = answer.body?.scheduledPurgeDate;
        return (`deleted ${this.describe()}, every version` +
            (purge
                ? ` (soft-deleted: recoverable until ${new Date(purge * 1000).toISOString()}; purge it to reuse the name at once)`
                : ''));
    }
    async #call(permission, run) {
        const http = await this.#client();
        try {
            return await run(http);
        }
        catch (error) {
            if (error instanceof http_client/* ProviderHttpError */.gm && (error.status === 401 || error.status === 403)) {
                throw new context/* CloudAccessError */.Y(`${error.message}. ${azure_key_vault_ID}: the app needs ${PERMISSIONS[permission]} on ${this.#options.vaultUrl} ` +
                    '(access policy), or the role "Key Vault Certificates Officer" on the vault (RBAC)', { cause: error });
            }
            throw error;
        }
    }
    #client() {
        this.#http ??= (async () => {
            const credential = (0,azure/* azureCredential */.$)(this.#context, azure_key_vault_ID, keyVaultScope(this.#options.vaultUrl));
            const token = await credential.token();
            return (0,providers_http/* providerHttp */.o)(this.#context, {
                provider: azure_key_vault_ID,
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
    const key = (0,external_node_crypto_.createPrivateKey)(privateKeyPem);
    if (key.asymmetricKeyType === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const crv = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[curve ?? ''];
        return { kty: 'EC', ...(crv ? { crv } : {}) };
    }
    return { kty: 'RSA', key_size: key.asymmetricKeyDetails?.modulusLength };
}
class KeyVaultStore {
    id = azure_key_vault_ID;
    #session;
    #context;
    constructor(options, context) {
        this.#context = context;
        this.#session = new KeyVaultSession(options, context);
    }
    async deliver(bundle) {
        const id = await this.#session.import(bundle);
        this.#context.host.info(`${azure_key_vault_ID}: imported ${id} (serial ${bundle.serial})`);
        return {
            destination: `${this.#session.describe()}: version ${id.slice(id.lastIndexOf('/') + 1)}`,
            outputs: { azure_certificate_id: id },
        };
    }
}

// EXTERNAL MODULE: ./src/stores/files/index.ts + 1 modules
var files = __webpack_require__(36984);
// EXTERNAL MODULE: ./src/clouds/google.ts
var google = __webpack_require__(22819);
;// CONCATENATED MODULE: ./src/stores/gcp-secret-manager/index.ts
// The `gcp-secret-manager` destination: a new version of one Secret Manager secret per certificate, holding the
// certificate set as JSON (the secret is created when missing), with the CRC32C checksum the API verifies.






const gcp_secret_manager_ID = 'gcp-secret-manager';
const API_URL = 'https://secretmanager.googleapis.com';
const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
const SECRET_ID = /^[A-Za-z0-9_-]{1,255}$/;
const PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$|^\d+$/;
function readSecretManagerOptions(getInput, env) {
    const secretId = getInput('gcp_secret_name').trim();
    if (secretId === '') {
        throw new Error('`gcp_secret_name` is required for store gcp-secret-manager: the secret id, e.g. tls-example-com');
    }
    if (!SECRET_ID.test(secretId)) {
        throw new Error(`\`gcp_secret_name\` "${secretId}" is not a Secret Manager secret id: letters, digits, _ and - only, e.g. tls-example-com`);
    }
    const project = getInput('gcp_project').trim();
    if (project !== '' && !PROJECT.test(project)) {
        throw new Error(`\`gcp_project\` "${project}" is not a project id (e.g. my-project) or number`);
    }
    if (!(0,google/* googleCredentialsGiven */.Bo)(env)) {
        throw new Error("store gcp-secret-manager needs Google credentials in the step's env: GCE_WORKLOAD_IDENTITY_PROVIDER and " +
            'GCE_SERVICE_ACCOUNT_EMAIL (workload identity with the workflow OIDC token; the job needs ' +
            '`permissions: id-token: write`) or GCE_SERVICE_ACCOUNT (a service account key from a secret)');
    }
    return { project, secretId };
}
const gcpSecretManagerStore = {
    id: gcp_secret_manager_ID,
    inputs: [
        {
            name: 'gcp_secret_name',
            description: 'Secret id that gets a new version per certificate, holding JSON: certificate, chain, fullchain, ' +
                'private_key, not_after, serial, domains (store gcp-secret-manager). Created when missing.',
        },
        {
            name: 'gcp_project',
            description: 'Project id of the secret (store gcp-secret-manager). Empty: GCE_PROJECT, else the project of the service ' +
                'account key or of GCE_SERVICE_ACCOUNT_EMAIL.',
        },
    ],
    readOptions: readSecretManagerOptions,
    create: (options, context) => new SecretManagerStore(options, context),
    readCurrent: async (options, context) => new SecretManagerSession(options, context).readCurrent(),
    remove: async (options, context) => new SecretManagerSession(options, context).remove(),
};
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
const gcp_secret_manager_PERMISSIONS = {
    add: 'secretmanager.versions.add',
    create: 'secretmanager.secrets.create',
    access: 'secretmanager.versions.access',
    delete: 'secretmanager.secrets.delete',
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
            throw new Error(`${gcp_secret_manager_ID}: ${this.describe(project)}: addVersion answered without a version`);
        }
        return { name, created, project };
    }
    async readCurrent() {
        const { http, project } = await this.#open();
        const answer = await this.#call('access', () => http.request('GET', `/v1/projects/${encodeURIComponent(project)}/secrets/${this.#options.secretId}/versions/latest:access`, { expect: [404] }));
        const data = answer.status === 404 ? undefined : answer.body?.payload?.data;
        if (!data)
            return undefined;
        const found = parseCertificateJson(Buffer.from(data, 'base64').toString('utf8'), `${this.describe(project)} (${answer.body?.name?.split('/').pop() ?? 'latest'})`);
        if (found?.privateKey)
            (0,host/* maskPem */.r)(this.#context.host, found.privateKey);
        return found;
    }
    async remove() {
        const { http, project } = await this.#open();
        const answer = await this.#call('delete', () => http.request('DELETE', `/v1/projects/${encodeURIComponent(project)}/secrets/${this.#options.secretId}`, {
            expect: [404],
        }));
        return answer.status === 404 ? undefined : `deleted ${this.describe(project)} and every version`;
    }
    async #call(permission, run) {
        try {
            return await run();
        }
        catch (error) {
            if (error instanceof http_client/* ProviderHttpError */.gm && (error.status === 401 || error.status === 403)) {
                throw new context/* CloudAccessError */.Y(`${error.message}. ${gcp_secret_manager_ID}: the service account needs ${gcp_secret_manager_PERMISSIONS[permission]} on the secret ` +
                    '(roles/secretmanager.secretVersionAdder to add versions; roles/secretmanager.admin on the project to ' +
                    'create and delete secrets)', { cause: error });
            }
            throw error;
        }
    }
    #open() {
        this.#session ??= (async () => {
            const credential = (0,google/* googleCredential */.H0)(this.#context, gcp_secret_manager_ID, SCOPE);
            const project = this.#options.project || credential.project;
            if (project === '') {
                throw new Error(`${gcp_secret_manager_ID}: set \`gcp_project\` (or GCE_PROJECT): the credential does not name the secret's project`);
            }
            const token = await credential.token();
            const http = (0,providers_http/* providerHttp */.o)(this.#context, {
                provider: gcp_secret_manager_ID,
                apiUrlEnv: 'GOOGLE_SECRET_MANAGER_URL',
                defaultUrl: API_URL,
                headers: { authorization: `Bearer ${token}` },
                secrets: [token],
                credentialHint: credential.hint,
                isThrottled: google/* googleThrottled */.ep,
            });
            return { http, project };
        })();
        this.#session.catch(() => {
            this.#session = undefined;
        });
        return this.#session;
    }
}
class SecretManagerStore {
    id = gcp_secret_manager_ID;
    #session;
    #context;
    constructor(options, context) {
        this.#context = context;
        this.#session = new SecretManagerSession(options, context);
    }
    async deliver(bundle) {
        const { name, created, project } = await this.#session.addVersion(certificateJson(bundle));
        this.#context.host.info(`${gcp_secret_manager_ID}: ${created ? 'created the secret and ' : ''}added ${name}`);
        return {
            destination: `${this.#session.describe(project)}: ${created ? 'created, ' : ''}version ${name.split('/').pop()}`,
            outputs: { gcp_secret_version: name },
        };
    }
}

;// CONCATENATED MODULE: ./src/stores/github-secrets/api.ts
// The GitHub REST calls of the `github-secrets` destination: the routes of each scope, and errors that say what
// `secrets_token` needs and never hold the token.

const api_ID = 'github-secrets';
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
        throw new Error(`${api_ID}: no GitHub API client was given to the store (StoreContext.github is not set), so it cannot reach ` +
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
    let message = `${api_ID}: ${requestLine(error) ?? route} failed: ${status === undefined ? detail : `HTTP ${status}: ${detail}`}`;
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
    return (0,http_client/* secretVariants */.J5)([token]).reduce((out, secret) => out.split(secret).join('***'), text);
}

;// CONCATENATED MODULE: ./src/stores/github-secrets/options.ts
const GITHUB_SECRETS_INPUTS = [
    {
        name: 'secrets_token',
        description: 'Token that writes the secrets and the state variable (store github-secrets): a fine-grained personal access ' +
            'token or a GitHub App token with "Secrets: write" and "Variables: write" (environment scope: also ' +
            '"Environments: write"; organization scope: the organization permissions). The workflow GITHUB_TOKEN cannot ' +
            'write secrets.',
        secret: true,
    },
    {
        name: 'secret_prefix',
        description: 'Prefix of the names written (store github-secrets): <prefix>_CERTIFICATE, <prefix>_PRIVATE_KEY (secrets) and ' +
            '<prefix>_CERTIFICATE_STATE (variable); <prefix>_ACME_ACCOUNT_KEY (secret) when certalias made the ACME ' +
            'account. Upper-case letters, digits and _; not starting with a digit or GITHUB_.',
        default: 'TLS',
    },
    {
        name: 'secrets_scope',
        description: 'Where the secrets go (store github-secrets): repository (the repository running the workflow), environment ' +
            '(one of its environments, named by secrets_environment) or organization (its owner).',
        default: 'repository',
    },
    {
        name: 'secrets_environment',
        description: 'Environment name, required when secrets_scope is environment (store github-secrets).',
    },
    {
        name: 'secrets_visibility',
        description: 'Organization scope only: which repositories of the organization see the secrets and the variable: private ' +
            '(its private and internal repositories), all, or selected (the repository running the workflow is added to ' +
            'the selection; repositories already selected stay). Empty: private for the organization scope.',
    },
];
/** GitHub's limit for one secret and for one variable: 48 KB. */
const GITHUB_VALUE_LIMIT_BYTES = 48 * 1024;
const SCOPES = ['repository', 'environment', 'organization'];
const VISIBILITIES = ['private', 'all', 'selected'];
function readGithubSecretsOptions(getInput, env) {
    const token = getInput('secrets_token').trim();
    if (!token) {
        throw new Error('`secrets_token` is required for store github-secrets: give a fine-grained personal access token or a GitHub ' +
            'App token with "Secrets: write" and "Variables: write" (from a secret). The workflow GITHUB_TOKEN cannot ' +
            'write secrets.');
    }
    const prefix = getInput('secret_prefix').trim() || 'TLS';
    if (!/^[A-Z0-9_]+$/.test(prefix)) {
        throw new Error(`\`secret_prefix\` "${prefix}" is not a secret name prefix: use upper-case letters A-Z, digits and _ only, e.g. TLS or WWW_TLS`);
    }
    if (/^[0-9]/.test(prefix)) {
        throw new Error(`\`secret_prefix\` "${prefix}" starts with a digit; GitHub secret names cannot: e.g. TLS_${prefix}`);
    }
    if (`${prefix}_`.startsWith('GITHUB_')) {
        throw new Error(`\`secret_prefix\` "${prefix}" would make names starting with GITHUB_, which GitHub reserves: choose another, e.g. TLS`);
    }
    const scopeInput = (getInput('secrets_scope').trim() || 'repository').toLowerCase();
    if (!SCOPES.includes(scopeInput)) {
        throw new Error(`\`secrets_scope\` "${scopeInput}" is not one of ${SCOPES.join(', ')}`);
    }
    const scope = scopeInput;
    const environmentInput = getInput('secrets_environment').trim();
    if (scope === 'environment' && !environmentInput) {
        throw new Error('`secrets_environment` is required when `secrets_scope` is environment: name the environment whose secrets get the certificate');
    }
    if (scope !== 'environment' && environmentInput) {
        throw new Error(`\`secrets_environment\` is set but \`secrets_scope\` is ${scope}: set secrets_scope: environment, or remove secrets_environment`);
    }
    const visibilityInput = getInput('secrets_visibility').trim().toLowerCase();
    if (visibilityInput && scope !== 'organization') {
        throw new Error(`\`secrets_visibility\` only applies to secrets_scope: organization (the scope is ${scope}); remove it`);
    }
    const visibility = scope === 'organization' ? visibilityInput || 'private' : undefined;
    if (visibility !== undefined && !VISIBILITIES.includes(visibility)) {
        throw new Error(`\`secrets_visibility\` "${visibility}" is not one of ${VISIBILITIES.join(', ')}`);
    }
    const repository = (env.GITHUB_REPOSITORY ?? '').trim();
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!match?.[1]) {
        throw new Error('store github-secrets needs GITHUB_REPOSITORY (owner/name), which every GitHub Actions job has; outside Actions, set it');
    }
    const repositoryId = env.GITHUB_REPOSITORY_ID?.trim() || undefined;
    if (visibility === 'selected' && !(repositoryId && /^\d+$/.test(repositoryId))) {
        throw new Error('`secrets_visibility: selected` adds the repository running the workflow to the selection and needs its id ' +
            '(GITHUB_REPOSITORY_ID, set in every GitHub Actions job)');
    }
    const apiInput = (env.GITHUB_API_URL ?? '').trim() || 'https://api.github.com';
    let apiUrl;
    try {
        apiUrl = new URL(apiInput);
    }
    catch {
        throw new Error(`GITHUB_API_URL "${apiInput}" is not a URL (e.g. https://api.github.com)`);
    }
    if (apiUrl.protocol !== 'https:' && apiUrl.protocol !== 'http:') {
        throw new Error(`GITHUB_API_URL "${apiInput}" is not an http(s) URL`);
    }
    return {
        token,
        prefix,
        scope,
        repository,
        owner: match[1],
        environment: scope === 'environment' ? environmentInput : undefined,
        visibility: visibility,
        repositoryId,
        apiUrl: `${apiUrl.origin}${apiUrl.pathname.replace(/\/+$/, '')}`,
    };
}

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
    id: github_secrets_ID,
    inputs: GITHUB_SECRETS_INPUTS,
    readOptions: readGithubSecretsOptions,
    create: (options, context) => new GithubSecretsStore(options, context),
    readCurrent: readCurrentGithubState,
    remove: removeGithubSecrets,
};
/**
 * mode: revoke: delete the certificate and key secrets and the state variable. The account key secret stays:
 * the workflow passes it to every certificate of the same prefix, and an account outlives its certificates.
 */
async function removeGithubSecrets(options, context) {
    context.host.mask(options.token);
    const names = githubSecretNames(options.prefix);
    const api = await openGithubApi(options, context);
    const prefix = scopeRoutes(options).prefix;
    const remove = async (kind, name) => {
        const what = kind === 'secrets' ? `secret ${name}` : `variable ${name}`;
        const route = kind === 'secrets' ? `DELETE ${prefix}/secrets/{secret_name}` : `DELETE ${prefix}/variables/{name}`;
        const parameters = kind === 'secrets' ? { secret_name: name } : { name };
        const answer = await callScope(api, options, `delete ${what} of`, route, parameters, [404]);
        return answer.status === 404 ? undefined : what;
    };
    const removed = (await Promise.all([
        remove('secrets', names.certificate),
        remove('secrets', names.privateKey),
        remove('variables', names.state),
    ])).filter((what) => what !== undefined);
    return removed.length === 0 ? undefined : `${describeScope(options)}: removed ${removed.join(', ')}`;
}
/**
 * The certificate of the state variable the last delivery wrote: the secrets cannot be read back, the variable
 * can. Undefined when there is no variable or it holds no certificate.
 */
async function readCurrentGithubState(options, context) {
    context.host.mask(options.token);
    const name = githubSecretNames(options.prefix).state;
    const where = `variable ${name} of ${describeScope(options)}`;
    const api = await openGithubApi(options, context);
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
        throw new Error(`${github_secrets_ID}: ${where} is not the JSON certalias writes (${error instanceof Error ? error.message : String(error)}); ` +
            'the next delivery rewrites it. Another workflow may be writing the same name: give this one another `secret_prefix`', { cause: error });
    }
    const certificate = state?.certificate;
    if (typeof certificate !== 'string' || !certificate.includes('-----BEGIN CERTIFICATE-----'))
        return undefined;
    return { certificate, source: where };
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
    if (bytes > GITHUB_VALUE_LIMIT_BYTES) {
        throw new Error(`${github_secrets_ID}: ${kind} ${name} would hold ${bytes} bytes, more than GitHub's limit of 48 KB ` +
            `(${GITHUB_VALUE_LIMIT_BYTES} bytes) per ${kind}; nothing was written. A shorter chain or fewer names ` +
            'make it fit; otherwise use another store (files, vault)');
    }
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/oidc.ts
var oidc = __webpack_require__(96434);
;// CONCATENATED MODULE: ./src/stores/vault/options.ts
const VAULT_INPUTS = [
    { name: 'vault_addr', description: 'Vault address, e.g. https://vault.example.com:8200 (store vault).' },
    {
        name: 'vault_mount',
        description: 'Mount path of the KV version 2 secrets engine (store vault).',
        default: 'secret',
    },
    {
        name: 'vault_path',
        description: 'Secret path inside the mount, e.g. tls/example.com; the data goes to <mount>/data/<path> (store vault).',
    },
    {
        name: 'vault_namespace',
        description: 'Vault Enterprise / HCP namespace, sent as X-Vault-Namespace (store vault).',
    },
    {
        name: 'vault_token',
        description: 'Vault token (store vault). Prefer vault_role: the workflow logs in with its OIDC token instead.',
        secret: true,
    },
    {
        name: 'vault_role',
        description: 'Role of the JWT auth method to log in with the workflow OIDC token (store vault); the job needs ' +
            '`permissions: id-token: write`.',
    },
    {
        name: 'vault_auth_path',
        description: 'Mount path of the JWT auth method for vault_role (store vault). Empty: jwt.',
    },
    {
        name: 'vault_audience',
        description: "Audience (aud) of the OIDC token for vault_role (store vault). Empty: GitHub's default, " +
            'https://github.com/<owner>, which the role must list in bound_audiences.',
    },
];
function readVaultOptions(getInput, _env) {
    const addressInput = getInput('vault_addr').trim();
    if (!addressInput) {
        throw new Error('`vault_addr` is required for store vault: the Vault address, e.g. https://vault.example.com:8200');
    }
    let url;
    try {
        url = new URL(addressInput);
    }
    catch {
        throw new Error(`\`vault_addr\` "${addressInput}" is not a URL: e.g. https://vault.example.com:8200`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`\`vault_addr\` "${addressInput}" must be an https:// (or http://) URL`);
    }
    if (url.username || url.password || url.search || url.hash) {
        throw new Error('`vault_addr` must be a plain address without credentials, query or fragment');
    }
    const mount = vaultPath(getInput('vault_mount').trim() || 'secret', 'vault_mount', 'e.g. secret or kv');
    const pathInput = getInput('vault_path').trim();
    if (!pathInput) {
        throw new Error('`vault_path` is required for store vault: where the certificate goes inside the mount, e.g. tls/example.com');
    }
    const path = vaultPath(pathInput, 'vault_path', 'e.g. tls/example.com');
    const namespaceInput = getInput('vault_namespace')
        .trim()
        .replace(/^\/+|\/+$/g, '');
    const namespace = namespaceInput
        ? vaultPath(namespaceInput, 'vault_namespace', 'e.g. admin or admin/team')
        : undefined;
    const token = getInput('vault_token').trim();
    const role = getInput('vault_role').trim();
    if (token && role) {
        throw new Error('give either `vault_token` or `vault_role` for store vault, not both (vault_role: OIDC login, no stored token)');
    }
    if (!token && !role) {
        throw new Error('store vault needs a login: `vault_role` (a JWT auth role; the job logs in with its OIDC token and needs ' +
            '`permissions: id-token: write`) or `vault_token` (a Vault token from a secret)');
    }
    const authPathInput = getInput('vault_auth_path').trim();
    const audienceInput = getInput('vault_audience').trim();
    if (token && (authPathInput || audienceInput)) {
        throw new Error('`vault_auth_path` and `vault_audience` apply to the OIDC login with `vault_role`; remove them with vault_token');
    }
    const auth = token
        ? { method: 'token', token }
        : {
            method: 'jwt',
            role,
            authPath: vaultPath(authPathInput || 'jwt', 'vault_auth_path', 'e.g. jwt or github-actions'),
            audience: audienceInput || undefined,
        };
    return {
        address: `${url.origin}${url.pathname.replace(/\/+$/, '')}`,
        mount,
        path,
        namespace,
        auth,
    };
}
/** Slash-separated segments, no empty, `.` or `..` segment, no control characters. */
function vaultPath(value, input, example) {
    const trimmed = value.replace(/^\/+|\/+$/g, '');
    const segments = trimmed.split('/');
    const bad = segments.find((segment) => segment === '' || segment === '.' || segment === '..');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
    if (trimmed === '' || bad !== undefined || /[\u0000-\u001f\u007f?#%\s]/.test(trimmed)) {
        throw new Error(`\`${input}\` "${value}" is not a Vault path: segments separated by single slashes, ${example}`);
    }
    return trimmed;
}

;// CONCATENATED MODULE: ./src/stores/vault/index.ts
// The `vault` destination: the certificate set in a KV v2 secret, written with check-and-set so that a newer
// certificate stored meanwhile (another run, another job) is never replaced by an older one.





const vault_ID = 'vault';
/** Reads and writes after the first, when another writer keeps winning the check-and-set race. */
const CAS_RETRIES = 4;
/** Vault's limit for one custom metadata value. */
const METADATA_VALUE_BYTES = 512;
const vaultStore = {
    id: vault_ID,
    inputs: VAULT_INPUTS,
    readOptions: readVaultOptions,
    create: (options, context) => new VaultStore(options, context),
    readCurrent: readCurrentVault,
    remove: removeVaultEntry,
};
/** mode: revoke: delete the entry's metadata, which removes every version (KV v2), the kept account key with them. */
async function removeVaultEntry(options, context) {
    const session = await VaultSession.open(options, context);
    const current = await session.read();
    if (current.version === 0)
        return undefined;
    await session.destroyAll();
    return `${session.describe()}: every version removed`;
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
    (0,host/* maskPem */.r)(context.host, value);
    return value;
}
class VaultStore {
    id = vault_ID;
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
            throw new Error(`${vault_ID}: the certificate's not_after "${bundle.notAfter}" is not a date`);
        for (let attempt = 0;; attempt++) {
            const current = await session.read();
            const stored = current.certificate;
            if (stored && Date.parse(stored.notAfter) > ours) {
                const message = `${where} already holds a newer certificate (serial ${stored.serial}, valid until ${stored.notAfter}) than ` +
                    `this one (serial ${bundle.serial}, valid until ${bundle.notAfter}): left it alone`;
                host.warning(`${vault_ID}: ${message}`);
                return { destination: `${where}: not written, ${message}` };
            }
            if (stored && stored.serial === bundle.serial) {
                host.info(`${vault_ID}: ${where} already holds this certificate (serial ${bundle.serial}), version ${stored.version}`);
                return { destination: `${where} (version ${stored.version}, already there)` };
            }
            if (current.exists && !stored) {
                host.warning(`${vault_ID}: ${where} holds data that is not a certalias certificate; writing a new version over it`);
            }
            const written = await session.write(current.version, bundle);
            if (written === 'cas-mismatch') {
                if (attempt >= CAS_RETRIES) {
                    throw new Error(`${vault_ID}: ${where} kept changing while writing (check-and-set failed ${attempt + 1} times); nothing was ` +
                        'overwritten. Another job writes the same path: serialize them (workflow `concurrency:`) and run again');
                }
                host.info(`${vault_ID}: ${where} changed since it was read (check-and-set); reading it again`);
                continue;
            }
            await session.writeMetadata(bundle);
            host.info(`${vault_ID}: wrote ${where}, version ${written}`);
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
            provider: vault_ID,
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
            const jwt = await (0,oidc/* fetchOidcToken */.Dw)({
                audience,
                env: context.env,
                transport: context.transport,
                provider: vault_ID,
                requestedBy: 'vault_role',
                mask: (secret) => context.host.mask(secret),
                log: (message) => context.host.info(message),
            });
            const login = new http_client/* HttpClient */.Qq({
                ...base,
                headers: namespace,
                secrets: [jwt],
            });
            let response;
            try {
                response = await login.request('POST', `/auth/${segments(authPath)}/login`, { body: { role, jwt } });
            }
            catch (error) {
                if (error instanceof http_client/* ProviderHttpError */.gm && error.status !== undefined && error.status < 500) {
                    throw new Error(`${error.message}. The OIDC login with \`vault_role\` "${role}" at auth/${authPath} was refused: check ` +
                        `that the role exists on that JWT auth mount (\`vault_auth_path\`), that its bound_audiences contain ` +
                        `the token's audience (${audience ?? 'https://github.com/<owner>, GitHub default'}; \`vault_audience\` ` +
                        'changes it) and that its bound_claims / bound_subject match this workflow (repository, ref, environment)', { cause: error });
                }
                throw error;
            }
            const clientToken = response.body?.auth?.client_token;
            if (typeof clientToken !== 'string' || clientToken === '') {
                throw new Error(`${vault_ID}: the login with vault_role "${role}" at auth/${authPath} returned no client_token`);
            }
            context.host.mask(clientToken);
            token = clientToken;
        }
        const client = new http_client/* HttpClient */.Qq({
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
                throw new Error(`${vault_ID}: ${this.describe()}: Vault has no KV engine mounted at \`vault_mount\` "${this.#options.mount}" ` +
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
            throw new Error(this.#client.redact(`${vault_ID}: POST ${this.describe()} failed: HTTP 400: ${errors.join('; ') || 'bad request'}`));
        }
        const version = response.body?.data?.version;
        if (typeof version !== 'number') {
            throw new Error(`${vault_ID}: ${this.describe()}: the write returned no version: \`vault_mount\` "${this.#options.mount}" looks ` +
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
            if (error instanceof http_client/* ProviderHttpError */.gm && (error.status === 401 || error.status === 403)) {
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

;// CONCATENATED MODULE: ./src/stores/index.ts
// The registry of certificate destinations (`store` input), in the order they run and are listed.








const STORES = [
    files/* filesStore */.ff,
    artifactStore,
    githubSecretsStore,
    vaultStore,
    awsAcmStore,
    awsSecretsManagerStore,
    azureKeyVaultStore,
    gcpSecretManagerStore,
];
/** `files` is always on: the other destinations are extra places, never instead of the files. */
const ALWAYS_ON = 'files';
function storeInputs() {
    return STORES.flatMap((store) => store.inputs.map((input) => ({ ...input, store: store.id })));
}


/***/ })

};
