export const id = 260;
export const ids = [260];
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

/***/ 21093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ ipv6FromEnv),
/* harmony export */   Ix: () => (/* binding */ HOP_LIMIT),
/* harmony export */   fe: () => (/* binding */ lameness),
/* harmony export */   xR: () => (/* binding */ Resolver)
/* harmony export */ });
/* unused harmony export DnsError */
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40610);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56320);
/* harmony import */ var _wire_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53970);
// DNS questions the pipeline asks: through recursive resolvers (CNAME chains, zones, name servers) and
// straight to authoritative servers (preflight, propagation). Answers that cannot change within a run are
// cached for the run, so no lookup is made twice.




class DnsError extends Error {
}
/** CNAME hops followed from a challenge name before giving up. */
const HOP_LIMIT = 8;
class Resolver {
    resolvers;
    zones = new Map();
    servers = new Map();
    hosts = new Map();
    ipv6;
    /** The recursive resolvers asked, as ip:port. */
    get resolverAddresses() {
        return this.resolvers;
    }
    constructor(resolvers, options = {}) {
        this.resolvers = resolvers.length > 0 ? resolvers : systemResolvers();
        this.ipv6 = options.ipv6 ?? hasGlobalIpv6();
    }
    /** A recursive question, to each resolver in turn until one answers. */
    async recursive(name, type, options = {}) {
        let lastError;
        for (const resolver of this.resolvers) {
            try {
                const response = await (0,_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .query */ .P)(resolver, name, type, { ...options, recursionDesired: true });
                if (response.rcode === 'NOERROR' || response.rcode === 'NXDOMAIN')
                    return response;
                lastError = new DnsError(`resolver ${resolver} answered ${response.rcode} for ${name} ${type}`);
            }
            catch (error) {
                lastError = error;
            }
        }
        throw lastError instanceof Error ? lastError : new DnsError(`no resolver answered ${name} ${type}`);
    }
    /**
     * The CNAME chain the resolver sees from `name`: [name, hop1, ..., end]. Throws on a loop or past the hop
     * limit. Only the resolver's view, which may be stale: the plan follows the authoritative servers instead.
     */
    async cnameChain(name) {
        const chain = [(0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)(name)];
        for (;;) {
            const current = chain[chain.length - 1];
            const response = await this.recursive(current, 'CNAME');
            const cname = response.answers.find((rr) => rr.type === 'CNAME' && rr.name === current);
            if (cname === undefined)
                return chain;
            const target = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)(cname.data);
            if (chain.includes(target)) {
                throw new DnsError(`CNAME loop: ${[...chain, target].join(' -> ')}`);
            }
            chain.push(target);
            if (chain.length > HOP_LIMIT + 1) {
                throw new DnsError(`CNAME chain longer than ${HOP_LIMIT} hops: ${chain.join(' -> ')}`);
            }
        }
    }
    /** The zone holding `name`: walk up from the name with SOA questions. */
    zoneOf(name) {
        const key = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)(name);
        let zone = this.zones.get(key);
        if (zone === undefined) {
            zone = this.findZone(key);
            this.zones.set(key, zone);
        }
        return zone;
    }
    async findZone(name) {
        let candidate = name;
        let failure;
        while (candidate.includes('.')) {
            let response;
            try {
                response = await this.recursive(candidate, 'SOA');
            }
            catch (error) {
                // A resolver chasing a looping or overlong CNAME chain from a name answers SERVFAIL: the name's zone is
                // still found one label up. A resolver that does not answer at all is not asked again and again.
                if (!(error instanceof DnsError))
                    throw error;
                failure ??= error;
                candidate = candidate.slice(candidate.indexOf('.') + 1);
                continue;
            }
            const chased = response.answers.some((rr) => rr.type === 'CNAME');
            if (!chased) {
                const soa = response.answers.find((rr) => rr.type === 'SOA') ??
                    response.authorities.find((rr) => rr.type === 'SOA');
                // A negative answer carries the enclosing zone's SOA: one question instead of one per label.
                if (soa !== undefined && (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnder */ .Jo)(candidate, soa.name))
                    return soa.name;
            }
            candidate = candidate.slice(candidate.indexOf('.') + 1);
        }
        throw new DnsError(`no zone found for ${name}: no SOA record on the way up (check dns_resolvers)${failure ? `; ${failure.message}` : ''}`);
    }
    /** Every authoritative server of the zone (delegation and NS set), each reachable or saying why not. */
    async authoritativeServers(zone) {
        return [...(await this.zoneServers(zone)).servers];
    }
    /**
     * The union of the parent's delegation and the zone's own NS set: a server only one of them names still
     * answers the CA when a resolver picks it. Cached for the run.
     */
    zoneServers(zone) {
        const key = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)(zone);
        let servers = this.servers.get(key);
        if (servers === undefined) {
            servers = this.findServers(key);
            this.servers.set(key, servers);
        }
        return servers;
    }
    async findServers(zone) {
        const [own, delegation] = await Promise.all([this.nsSet(zone), this.delegation(zone)]);
        const names = [...new Set([...own, ...(delegation?.names ?? [])])];
        if (names.length === 0)
            throw new DnsError(`zone ${zone} has no NS records`);
        const servers = await Promise.all(names.map((name) => this.server(name, delegation?.glue.get(name), delegation?.parent)));
        const onlyParent = (delegation?.names ?? []).filter((name) => !own.includes(name));
        const onlyZone = delegation === undefined ? [] : own.filter((name) => !delegation.names.includes(name));
        const mismatch = onlyParent.length + onlyZone.length === 0 || delegation === undefined
            ? undefined
            : `The delegation of ${zone} in its parent zone ${delegation.parent} and the NS set of ${zone} differ: ${[
                onlyParent.length > 0 ? `only the delegation names ${onlyParent.join(', ')}` : '',
                onlyZone.length > 0 ? `only the NS set names ${onlyZone.join(', ')}` : '',
            ]
                .filter(Boolean)
                .join('; ')}. Every one of them is checked; make both lists name the same servers.`;
        return { zone, servers, ...(mismatch === undefined ? {} : { mismatch }) };
    }
    /** The zone's own NS set, as the resolver has it. */
    async nsSet(zone) {
        const response = await this.recursive(zone, 'NS');
        return [
            ...new Set(response.answers
                .filter((rr) => rr.type === 'NS' && rr.name === zone)
                .map((rr) => (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)(rr.data))),
        ];
    }
    /**
     * The zone's delegation as a server of its parent zone gives it (NS names and glue); undefined when the
     * parent cannot be found or none of its servers answers. Best effort: the NS set alone is still checked.
     */
    async delegation(zone) {
        if (!zone.includes('.'))
            return undefined;
        let parent;
        try {
            parent = await this.parentZone(zone.slice(zone.indexOf('.') + 1));
        }
        catch {
            return undefined;
        }
        let parentServers;
        try {
            parentServers = await this.nsSet(parent);
        }
        catch {
            return undefined;
        }
        for (const name of parentServers) {
            const { reachable } = await this.hostAddresses(name);
            for (const address of reachable) {
                let response;
                try {
                    response = await (0,_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .query */ .P)(address, zone, 'NS', {
                        recursionDesired: false,
                        timeoutMs: 1000,
                        tries: 2,
                    });
                }
                catch {
                    continue;
                }
                if (response.rcode !== 'NOERROR')
                    continue;
                // A referral carries the delegation in the authority section; a parent server that also serves the
                // zone answers from the zone itself.
                const names = [
                    ...new Set([...response.answers, ...response.authorities]
                        .filter((rr) => rr.type === 'NS' && rr.name === zone)
                        .map((rr) => (0,_names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)(rr.data))),
                ];
                if (names.length === 0)
                    continue;
                const glue = new Map();
                for (const rr of response.additionals) {
                    if (rr.type !== 'A' && rr.type !== 'AAAA')
                        continue;
                    glue.set(rr.name, [...(glue.get(rr.name) ?? []), rr.data]);
                }
                return { parent, names, glue };
            }
        }
        return undefined;
    }
    /** The zone holding `name`, a top-level name included (which zoneOf never walks up to). */
    async parentZone(name) {
        if (name.includes('.'))
            return this.zoneOf(name);
        const response = await this.recursive(name, 'SOA');
        if (response.answers.some((rr) => rr.type === 'SOA' && rr.name === name))
            return name;
        throw new DnsError(`${name} is not a zone`);
    }
    /** One name server: the addresses this machine can ask, or why it cannot ask any. */
    async server(name, glue, parent) {
        const { reachable, ipv6Only, error } = await this.hostAddresses(name);
        if (reachable.length > 0)
            return { name, addresses: reachable };
        let unreachable;
        if (ipv6Only.length > 0) {
            unreachable = `it has only IPv6 addresses (${ipv6Only.join(', ')}) and this machine has no IPv6 route`;
        }
        else if (glue !== undefined && glue.length > 0) {
            unreachable = `${name} has no A or AAAA record of its own; its address (${glue.join(', ')}) exists only as glue in ${parent}`;
        }
        else if (error !== undefined) {
            unreachable = `its address could not be looked up: ${error}`;
        }
        else {
            unreachable = `${name} has no A or AAAA record`;
        }
        return { name, addresses: [], unreachable };
    }
    /** A name server's addresses: the ones this machine can reach, and the IPv6 ones it cannot. */
    hostAddresses(name) {
        let found = this.hosts.get(name);
        if (found === undefined) {
            found = (async () => {
                const lookups = await Promise.allSettled([this.recursive(name, 'A'), this.recursive(name, 'AAAA')]);
                const of = (index, type) => {
                    const lookup = lookups[index];
                    return lookup?.status === 'fulfilled'
                        ? lookup.value.answers
                            .filter((rr) => rr.type === type && rr.name === name)
                            .map((rr) => rr.data)
                        : [];
                };
                const v4 = of(0, 'A');
                const v6 = of(1, 'AAAA').map((address) => `[${address}]`);
                const failed = lookups.find((l) => l.status === 'rejected');
                return {
                    reachable: this.ipv6 ? [...v4, ...v6] : v4,
                    ipv6Only: !this.ipv6 && v4.length === 0 ? v6.map((a) => a.slice(1, -1)) : [],
                    error: failed === undefined ? undefined : failed.reason.message,
                };
            })();
            this.hosts.set(name, found);
        }
        return found;
    }
    /**
     * The TXT values the first answering authoritative server of the zone serves at owner; undefined when none
     * answers. Asked there, not through a resolver, which may still hold a value that was replaced.
     */
    async servedTxt(zone, owner) {
        const { servers } = await this.zoneServers(zone);
        for (const server of servers.filter((s) => s.addresses.length > 0)) {
            try {
                const response = await this.askServer(server, owner, 'TXT');
                return response.answers.filter((rr) => rr.type === 'TXT').map((rr) => String(rr.data));
            }
            catch {
                // the next server may answer
            }
        }
        return undefined;
    }
    /** Ask one authoritative server directly (no recursion): the first of its addresses that answers. */
    async askServer(server, name, type, options = {}) {
        if (server.addresses.length === 0) {
            throw new DnsError(`name server ${server.name} cannot be asked from here: ${server.unreachable ?? 'it has no address'}`);
        }
        let lastError;
        for (const address of server.addresses) {
            try {
                return await (0,_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .query */ .P)(address, name, type, { ...options, recursionDesired: false });
            }
            catch (error) {
                lastError = error;
            }
        }
        throw lastError;
    }
}
/**
 * Why an answer from a server of `zone` is no authoritative answer (a lame server), or undefined when it is one.
 * REFUSED, SERVFAIL, NOTAUTH and the like say it does not serve the zone; an answer without the AA flag is a
 * referral or a cached copy, not the zone's data.
 */
function lameness(response) {
    if (response.rcode !== 'NOERROR' && response.rcode !== 'NXDOMAIN')
        return response.rcode;
    if (!response.authoritative) {
        const referral = response.authorities.some((rr) => rr.type === 'NS');
        return referral ? 'a referral (not authoritative)' : 'an answer without the AA flag (not authoritative)';
    }
    return undefined;
}
/**
 * For tests only: CERTALIAS_TEST_IPV6=0 or 1 makes a run behave as on a machine without (or with) IPv6, so an
 * end-to-end test gives the same result on every machine. Undefined (detect) when unset.
 */
function ipv6FromEnv(env) {
    const value = env.CERTALIAS_TEST_IPV6;
    return value === '1' ? true : value === '0' ? false : undefined;
}
function systemResolvers() {
    return (0,node_dns__WEBPACK_IMPORTED_MODULE_0__.getServers)();
}
/** GitHub-hosted runners have no IPv6 route: waiting on AAAA addresses there would only time out. */
function hasGlobalIpv6() {
    return Object.values((0,node_os__WEBPACK_IMPORTED_MODULE_1__.networkInterfaces)()).some((addresses) => addresses?.some((a) => a.family === 'IPv6' && !a.internal && !a.address.startsWith('fe80')));
}


/***/ }),

/***/ 53970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ readName),
/* harmony export */   P: () => (/* binding */ query),
/* harmony export */   VC: () => (/* binding */ DnsTransportError),
/* harmony export */   Z$: () => (/* binding */ rcodeName),
/* harmony export */   cv: () => (/* binding */ exchange),
/* harmony export */   ld: () => (/* binding */ parseServer)
/* harmony export */ });
/* unused harmony export EDNS_PAYLOAD_SIZE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41314);
/* harmony import */ var node_dgram__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_dgram__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var dns_packet__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14894);
// A DNS client that asks exactly one server and caches nothing: propagation checks poll authoritative servers.




/** A server that did not answer, could not be reached, or answered garbage; callers tell these apart by reason. */
class DnsTransportError extends Error {
    name = 'DnsTransportError';
    server;
    reason;
    constructor(message, server, reason, options) {
        super(message, options);
        this.server = server;
        this.reason = reason;
    }
}
const DEFAULT_PORT = 53;
// The DNS flag day 2020 figure: a UDP answer that fits never needs IP fragments, which middleboxes drop
// silently; a larger answer comes back truncated and is asked again over TCP, which has no such limit.
const EDNS_PAYLOAD_SIZE = 1232;
// Larger requests risk fragmentation just the same.
const MAX_UDP_REQUEST = 1232;
const HEADER_SIZE = 12;
const FLAG_QR = 0x8000;
const FLAG_TC = 0x0200;
const OPCODE_UPDATE = 5;
/** Split "ip", "ip:port", "::1", "[::1]:port" or "host:port" into host and port (53 when not given). */
function parseServer(server) {
    const text = server.trim();
    const invalid = (why) => new Error(`Invalid DNS server "${server}": ${why}`);
    if (text === '')
        throw invalid('it is empty; expected an address such as 192.0.2.53 or [2001:db8::53]:53');
    let host;
    let portText;
    const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
    if (bracketed) {
        host = bracketed[1] ?? '';
        portText = bracketed[2];
        if (node_net__WEBPACK_IMPORTED_MODULE_2___default().isIPv6(host) === false)
            throw invalid('only an IPv6 address may stand in brackets');
    }
    else if (node_net__WEBPACK_IMPORTED_MODULE_2___default().isIPv6(text)) {
        host = text;
    }
    else {
        const colon = text.lastIndexOf(':');
        if (colon === -1) {
            host = text;
        }
        else {
            host = text.slice(0, colon);
            portText = text.slice(colon + 1);
        }
        if (host.includes(':'))
            throw invalid('write an IPv6 address with a port as [address]:port');
    }
    if (host === '')
        throw invalid('the host is empty');
    let port = DEFAULT_PORT;
    if (portText !== undefined) {
        if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
            throw invalid(`the port "${portText}" is not a number from 1 to 65535`);
        }
        port = Number(portText);
    }
    return { host, port };
}
function formatServer(host, port) {
    return node_net__WEBPACK_IMPORTED_MODULE_2___default().isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}
/** Ask one server one question, with EDNS0 (1232 bytes), over UDP first and TCP when the answer is truncated. */
async function query(server, name, type, options = {}) {
    const qname = normalizeName(name);
    const request = dns_packet__WEBPACK_IMPORTED_MODULE_3__.encode({
        type: 'query',
        id: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(0, 0x10000),
        flags: options.recursionDesired === false ? 0 : dns_packet__WEBPACK_IMPORTED_MODULE_3__.RECURSION_DESIRED,
        questions: [{ type, name: qname, class: 'IN' }],
        additionals: [
            {
                type: 'OPT',
                name: '.',
                udpPayloadSize: EDNS_PAYLOAD_SIZE,
                extendedRcode: 0,
                ednsVersion: 0,
                flags: 0,
                flag_do: false,
                options: [],
            },
        ],
    });
    const reply = await exchange(server, request, {
        timeoutMs: options.timeoutMs ?? 2000,
        tries: options.tries ?? 3,
    });
    let decoded;
    try {
        decoded = dns_packet__WEBPACK_IMPORTED_MODULE_3__.decode(reply);
    }
    catch (error) {
        throw new DnsTransportError(`DNS server ${server} sent an answer to ${qname} ${type} that cannot be decoded: ${error.message}`, server, 'malformed', { cause: error });
    }
    return toResponse(decoded);
}
/**
 * Send one DNS message to one server and return the raw reply whose id and question match the request.
 * UDP unless options.tcp or the request is large; a truncated UDP reply is asked again over TCP.
 */
async function exchange(server, packet, options) {
    const { host, port } = parseServer(server);
    if (node_net__WEBPACK_IMPORTED_MODULE_2___default().isIP(host) === 0) {
        throw new Error(`DNS server "${server}" must be an IP address (optionally with :port), not a host name`);
    }
    const request = describeRequest(packet);
    const target = { host, port, server: formatServer(host, port), what: request.label };
    const tries = Math.max(1, Math.floor(options.tries));
    const timeoutMs = Math.max(1, options.timeoutMs);
    if (options.tcp || packet.length > MAX_UDP_REQUEST) {
        return tcpExchange(target, packet, request, timeoutMs, tries);
    }
    const reply = await udpExchange(target, packet, request, timeoutMs, tries);
    if ((reply.readUInt16BE(2) & FLAG_TC) !== 0)
        return tcpExchange(target, packet, request, timeoutMs, tries);
    return reply;
}
function udpExchange(target, packet, request, timeoutMs, tries) {
    return new Promise((resolve, reject) => {
        const socket = node_dgram__WEBPACK_IMPORTED_MODULE_1___default().createSocket(node_net__WEBPACK_IMPORTED_MODULE_2___default().isIPv6(target.host) ? 'udp6' : 'udp4');
        let timer;
        let sent = 0;
        let settled = false;
        const settle = (error, reply) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            socket.close();
            if (error)
                reject(error);
            else
                resolve(reply);
        };
        const send = () => {
            sent++;
            socket.send(packet, (error) => {
                if (error)
                    settle(networkError(target, error));
            });
            timer = setTimeout(() => {
                if (sent < tries)
                    send();
                else
                    settle(timeoutError(target, 'UDP', tries, timeoutMs));
            }, timeoutMs);
        };
        // A connected socket only hears from the server itself, and the kernel reports its ICMP errors.
        socket.on('message', (reply) => {
            if (replyMatches(request, reply))
                settle(undefined, reply);
        });
        socket.on('error', (error) => settle(networkError(target, error)));
        socket.connect(target.port, target.host, send);
    });
}
function tcpExchange(target, packet, request, timeoutMs, tries) {
    const framed = Buffer.alloc(packet.length + 2);
    framed.writeUInt16BE(packet.length, 0);
    packet.copy(framed, 2);
    const attempt = () => new Promise((resolve, reject) => {
        const socket = node_net__WEBPACK_IMPORTED_MODULE_2___default().connect({ host: target.host, port: target.port });
        let buffered = Buffer.alloc(0);
        let settled = false;
        const settle = (error, result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            socket.destroy();
            if (error)
                reject(error);
            else
                resolve(result);
        };
        const timer = setTimeout(() => settle(undefined, 'timeout'), timeoutMs);
        socket.on('connect', () => socket.write(framed));
        socket.on('data', (chunk) => {
            buffered = Buffer.concat([buffered, chunk]);
            while (buffered.length >= 2) {
                const length = buffered.readUInt16BE(0);
                if (buffered.length < length + 2)
                    return;
                const reply = buffered.subarray(2, length + 2);
                buffered = buffered.subarray(length + 2);
                if (replyMatches(request, reply))
                    return settle(undefined, Buffer.from(reply));
            }
        });
        socket.on('error', (error) => settle(networkError(target, error)));
        socket.on('close', () => settle(networkError(target, new Error('connection closed before an answer'))));
    });
    return (async () => {
        for (let n = 1; n <= tries; n++) {
            const result = await attempt();
            if (result !== 'timeout')
                return result;
        }
        throw timeoutError(target, 'TCP', tries, timeoutMs);
    })();
}
function timeoutError(target, transport, tries, timeoutMs) {
    return new DnsTransportError(`DNS server ${target.server} did not answer ${target.what} over ${transport} (${tries} ${tries === 1 ? 'try' : 'tries'} of ${timeoutMs} ms)`, target.server, 'timeout');
}
function networkError(target, error) {
    const code = error.code;
    return new DnsTransportError(`DNS server ${target.server} could not be reached for ${target.what}: ${code ?? error.message}`, target.server, 'network', { cause: error });
}
function describeRequest(packet) {
    const parsed = readHeaderAndQuestions(packet);
    if (parsed === undefined)
        throw new Error('The DNS message to send is malformed (header or question section)');
    const first = parsed.questions[0];
    const label = first === undefined
        ? 'a message without a question'
        : parsed.opcode === OPCODE_UPDATE
            ? `UPDATE of zone ${first.name}`
            : `query ${first.name} ${typeToString(first.type)}`;
    return { ...parsed, label };
}
// Late or forged datagrams must not pass for the answer: same id, a response, same opcode, same question.
function replyMatches(request, reply) {
    const parsed = readHeaderAndQuestions(reply);
    if (parsed === undefined ||
        parsed.id !== request.id ||
        !parsed.response ||
        parsed.opcode !== request.opcode) {
        return false;
    }
    // FORMERR, NOTIMP and the like may come back without the question (RFC 1035 leaves it open).
    if (parsed.questions.length === 0 && parsed.rcode !== 0)
        return true;
    if (parsed.questions.length !== request.questions.length)
        return false;
    return parsed.questions.every((question, index) => {
        const asked = request.questions[index];
        return (asked !== undefined &&
            question.name === asked.name &&
            question.type === asked.type &&
            question.klass === asked.klass);
    });
}
function readHeaderAndQuestions(message) {
    if (message.length < HEADER_SIZE)
        return undefined;
    const flags = message.readUInt16BE(2);
    const count = message.readUInt16BE(4);
    const questions = [];
    let offset = HEADER_SIZE;
    try {
        for (let n = 0; n < count; n++) {
            const { name, end } = readName(message, offset);
            if (end + 4 > message.length)
                return undefined;
            questions.push({ name, type: message.readUInt16BE(end), klass: message.readUInt16BE(end + 2) });
            offset = end + 4;
        }
    }
    catch {
        return undefined;
    }
    return {
        id: message.readUInt16BE(0),
        response: (flags & FLAG_QR) !== 0,
        opcode: (flags >> 11) & 0xf,
        rcode: flags & 0xf,
        questions,
    };
}
/** Read a possibly compressed name; returns it lower case without trailing dot, and the offset after it. */
function readName(message, start) {
    const labels = [];
    let offset = start;
    let end;
    // Each pointer must go backwards, so a loop cannot be followed forever.
    let limit = start;
    for (;;) {
        const length = message[offset];
        if (length === undefined)
            throw new Error('name runs past the end of the message');
        if ((length & 0xc0) === 0xc0) {
            const next = message[offset + 1];
            if (next === undefined)
                throw new Error('name pointer runs past the end of the message');
            const target = ((length & 0x3f) << 8) | next;
            if (target >= limit)
                throw new Error('name pointer does not point backwards');
            end ??= offset + 2;
            limit = target;
            offset = target;
            continue;
        }
        if ((length & 0xc0) !== 0)
            throw new Error('unknown label type');
        if (length === 0) {
            end ??= offset + 1;
            break;
        }
        if (offset + 1 + length > message.length)
            throw new Error('label runs past the end of the message');
        labels.push(message.toString('latin1', offset + 1, offset + 1 + length).toLowerCase());
        offset += 1 + length;
    }
    return { name: labels.join('.'), end };
}
const RCODES = [
    'NOERROR',
    'FORMERR',
    'SERVFAIL',
    'NXDOMAIN',
    'NOTIMP',
    'REFUSED',
    'YXDOMAIN',
    'YXRRSET',
    'NXRRSET',
    'NOTAUTH',
    'NOTZONE',
];
const EXTENDED_RCODES = { 16: 'BADVERS', 23: 'BADCOOKIE' };
/** The mnemonic of an rcode (RFC 6895), e.g. 5 -> REFUSED. */
function rcodeName(rcode) {
    return RCODES[rcode] ?? EXTENDED_RCODES[rcode] ?? `RCODE${rcode}`;
}
function toResponse(packet) {
    const opt = packet.additionals?.find((record) => record.type === 'OPT');
    // The upper eight bits of an EDNS rcode live in the OPT record.
    const headerRcode = (packet.flags ?? 0) & 0xf;
    const rcodeValue = ((opt?.extendedRcode ?? 0) << 4) | headerRcode;
    return {
        rcode: rcodeName(rcodeValue),
        authoritative: packet.flag_aa,
        answers: toRecords(packet.answers),
        authorities: toRecords(packet.authorities),
        additionals: toRecords(packet.additionals),
    };
}
function toRecords(records) {
    return (records ?? []).filter((record) => record.type !== 'OPT').map(toRecord);
}
function toRecord(record) {
    const base = {
        name: normalizeName(record.name),
        type: record.type,
        ttl: 'ttl' in record ? (record.ttl ?? 0) : 0,
    };
    switch (record.type) {
        case 'A':
        case 'AAAA':
            return { ...base, data: record.data };
        case 'CNAME':
        case 'DNAME':
        case 'NS':
        case 'PTR':
            return { ...base, data: normalizeName(record.data) };
        case 'TXT': {
            const chunks = Array.isArray(record.data) ? record.data : [record.data];
            return { ...base, data: chunks.map((chunk) => chunk.toString()).join('') };
        }
        case 'SOA':
            return {
                ...base,
                data: {
                    mname: normalizeName(record.data.mname),
                    rname: normalizeName(record.data.rname),
                    serial: record.data.serial ?? 0,
                    refresh: record.data.refresh ?? 0,
                    retry: record.data.retry ?? 0,
                    expire: record.data.expire ?? 0,
                    minimum: record.data.minimum ?? 0,
                },
            };
        case 'CAA':
            return {
                ...base,
                data: {
                    critical: Boolean(record.data.issuerCritical) || ((record.data.flags ?? 0) & 0x80) !== 0,
                    tag: String(record.data.tag).toLowerCase(),
                    value: String(record.data.value),
                },
            };
        default:
            // Types we never ask for (RRSIG next to a signed answer, ...): keep them visible, undecoded.
            return {
                ...base,
                data: 'data' in record && Buffer.isBuffer(record.data) ? record.data.toString('hex') : '',
            };
    }
}
function normalizeName(name) {
    const lower = name.toLowerCase();
    return lower === '.' ? '' : lower.replace(/\.$/, '');
}
function typeToString(type) {
    const names = { 1: 'A', 2: 'NS', 5: 'CNAME', 6: 'SOA', 16: 'TXT', 28: 'AAAA' };
    return names[type] ?? `TYPE${type}`;
}


/***/ }),

/***/ 73329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   J5: () => (/* binding */ secretVariants),
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   ZG: () => (/* binding */ CONNECT_ERROR_CODES),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   gm: () => (/* binding */ ProviderHttpError),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   p3: () => (/* binding */ IDEMPOTENT_METHODS)
/* harmony export */ });
/* unused harmony export parseRateLimitReset */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
// The one HTTP layer of providers and stores: bounded retries, Retry-After, timeouts, and errors that never leak a secret.

class ProviderHttpError extends Error {
    name = 'ProviderHttpError';
    provider;
    method;
    /** Path with query values elided and secrets masked. */
    path;
    /** Set when the server answered. */
    status;
    kind;
    /** Start of the response body, secrets masked. */
    bodyExcerpt;
    attempts;
    constructor(init) {
        super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
        this.provider = init.provider;
        this.method = init.method;
        this.path = init.path;
        this.status = init.status;
        this.kind = init.kind;
        this.bodyExcerpt = init.bodyExcerpt;
        this.attempts = init.attempts;
    }
}
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
// Failures before the request reached the server: always safe to repeat.
const CONNECT_ERROR_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_CONNECT_TIMEOUT',
]);
// Failures after sending: the server may have acted, so only idempotent requests are repeated.
const MIDWAY_ERROR_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
]);
const BACKOFF_START_MS = 200;
const BACKOFF_MAX_MS = 10_000;
const EXCERPT_CHARS = 300;
// undici is loaded with the first request, not with the module: a run that asks nothing over HTTP (bad input, a
// certificate that is not due) does not pay for compiling it.
let loading;
const undici = () => {
    loading ??= __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19));
    return loading;
};
class HttpClient {
    #options;
    #base;
    #origin;
    #secrets;
    #sleep;
    constructor(options) {
        this.#options = options;
        this.#base = new URL(options.baseUrl);
        // userinfo in a base URL is a credential: keep it out of every message
        this.#origin = this.#base.origin;
        this.#secrets = secretVariants(options.secrets ?? []);
        this.#sleep = options.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
    }
    async request(method, path, options = {}) {
        const url = this.#url(path, options.query);
        const shownPath = this.redact(displayPath(url));
        const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method);
        const maxRetries = this.#options.maxRetries ?? 4;
        const payload = options.body !== undefined
            ? JSON.stringify(options.body)
            : options.text !== undefined
                ? options.text
                : undefined;
        const headers = {
            ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...lowerCaseKeys(this.#options.headers ?? {}),
            ...lowerCaseKeys(options.headers ?? {}),
        };
        for (let attempt = 1;; attempt++) {
            const outcome = await this.#attempt(method, url, headers, payload);
            const retriesLeft = attempt <= maxRetries;
            const fail = (message, extra) => new ProviderHttpError({
                message: this.redact(message),
                provider: this.#options.provider,
                method,
                path: shownPath,
                kind: 'http',
                attempts: attempt,
                ...extra,
            });
            const where = `${this.#options.provider}: ${method} ${shownPath}`;
            const tries = attempt > 1 ? ` after ${attempt} attempts` : '';
            if (outcome.type === 'response') {
                const { status, text } = outcome;
                const answered = (status >= 200 && status < 300) || options.expect?.includes(status) === true;
                const throttle = this.#throttled(outcome, attempt, answered);
                if (answered && throttle === undefined) {
                    return { status, body: parseBody(text, outcome.headers), headers: outcome.headers };
                }
                const retryable = throttle !== undefined || status === 503 || (status >= 500 && idempotent);
                const excerpt = this.#excerpt(text);
                const why = throttle?.reason ? `, ${throttle.reason}` : '';
                if (retryable && retriesLeft && throttle?.giveUp !== true) {
                    const wait = this.#retryDelay(outcome.headers, attempt, throttle?.waitMs);
                    this.#log(`${where}: HTTP ${status}${why}, retry ${attempt} of ${maxRetries} in ${formatMs(wait)}`);
                    await this.#sleep(wait);
                    continue;
                }
                let message = `${where} failed${tries}: HTTP ${status}${why}${excerpt ? `: ${excerpt}` : ''}`;
                if ((status === 401 || status === 403) && this.#options.credentialHint) {
                    message += `. Check ${this.#options.credentialHint}: the server ${status === 401 ? 'did not accept it' : 'says it lacks the permission for this'}`;
                }
                throw fail(message, { status, bodyExcerpt: excerpt });
            }
            const connectFailure = outcome.type === 'error' && CONNECT_ERROR_CODES.has(outcome.code ?? '');
            const midwayFailure = outcome.type === 'timeout' || (outcome.type === 'error' && MIDWAY_ERROR_CODES.has(outcome.code ?? ''));
            const retryable = connectFailure || (midwayFailure && idempotent);
            const what = outcome.type === 'timeout'
                ? `no complete answer within ${formatMs(this.#timeoutMs)}`
                : `${outcome.code ? `${outcome.code}: ` : ''}${describe(outcome.error)}`;
            if (retryable && retriesLeft) {
                const wait = this.#retryDelay(undefined, attempt);
                this.#log(`${where}: ${what}, retry ${attempt} of ${maxRetries} in ${formatMs(wait)}`);
                await this.#sleep(wait);
                continue;
            }
            throw fail(`${where} at ${this.#origin} failed${tries}: ${what}`, {
                kind: outcome.type === 'timeout' ? 'timeout' : 'network',
                cause: outcome.type === 'error' ? outcome.error : undefined,
            });
        }
    }
    /** Replace every secret of this client with ***. */
    redact(text) {
        let out = text;
        for (const secret of this.#secrets)
            out = out.split(secret).join('***');
        return out;
    }
    get #timeoutMs() {
        return this.#options.timeoutMs ?? 30_000;
    }
    #url(path, query) {
        const url = new URL(this.#base);
        // set as a pathname, never resolved as a reference: a path starting with // must not change the host
        url.pathname = `${this.#base.pathname.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
        url.search = '';
        url.hash = '';
        for (const [key, value] of Object.entries(query ?? {})) {
            if (value !== undefined)
                url.searchParams.append(key, String(value));
        }
        return url;
    }
    async #attempt(method, url, headers, body) {
        // signed per attempt: a signature covers the time; a signing failure is a bug to surface, not to retry
        const signed = this.#options.signRequest
            ? lowerCaseKeys(await this.#options.signRequest({ method, url, headers: { ...headers }, body }))
            : {};
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, this.#timeoutMs);
        try {
            const response = await (await undici()).request(url, {
                method,
                headers: { ...headers, ...signed },
                body,
                signal: controller.signal,
                ...(this.#options.dispatcher ? { dispatcher: this.#options.dispatcher } : {}),
            });
            const text = await response.body.text();
            return { type: 'response', status: response.statusCode, headers: response.headers, text };
        }
        catch (error) {
            if (timedOut)
                return { type: 'timeout' };
            return { type: 'error', error, code: errorCode(error) };
        }
        finally {
            clearTimeout(timer);
        }
    }
    /**
     * Whether an answer is throttled, and how: the provider's hook first (it sees every answer), then 429 and
     * the older isThrottled for answers that are not answers to return. Undefined: not throttled.
     */
    #throttled(outcome, attempt, answered) {
        const { status, text, headers } = outcome;
        const verdict = this.#options.throttle?.({ status, body: text, headers, attempt }) ?? false;
        if (verdict !== false)
            return verdict === true ? {} : verdict;
        if (status === 429)
            return {};
        if (!answered && (this.#options.isThrottled?.(status, text) ?? false))
            return {};
        return undefined;
    }
    /** The hook's wait, else Retry-After when the server sent one (both capped), else exponential backoff with jitter. */
    #retryDelay(headers, attempt, hookWaitMs) {
        const cap = this.#options.maxRetryAfterMs ?? 60_000;
        const first = (value) => (Array.isArray(value) ? value[0] : value);
        // The provider's own word first, then Retry-After, then RateLimit-Reset (DigitalOcean, Hetzner and the
        // IETF RateLimit fields send it on a 429 without Retry-After), then backoff.
        const asked = hookWaitMs !== undefined && Number.isFinite(hookWaitMs)
            ? Math.max(0, Math.round(hookWaitMs))
            : (parseRetryAfter(first(headers?.['retry-after'])) ??
                nonZero(parseRateLimitReset(headers?.['ratelimit-reset'])));
        if (asked !== undefined)
            return Math.min(asked, cap);
        const ceiling = Math.min(BACKOFF_START_MS * 2 ** (attempt - 1), BACKOFF_MAX_MS);
        // half fixed, half random: spreads parallel jobs apart without ever retrying at once
        return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
    }
    #excerpt(text) {
        const flat = this.redact(text).replace(/\s+/g, ' ').trim();
        return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
    }
    #log(message) {
        this.#options.log?.(this.redact(message));
    }
}
/** Milliseconds to wait from a Retry-After value: delta-seconds or an HTTP date. */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/**
 * Milliseconds to wait from a rate-limit reset header (DigitalOcean's ratelimit-reset, Hetzner's
 * RateLimit-Reset): epoch seconds; a small number is taken as seconds from now, as in the IETF draft.
 * Undefined when absent or unreadable.
 */
function parseRateLimitReset(value, now = Date.now()) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first === undefined || !/^\d+(\.\d+)?$/.test(first.trim()))
        return undefined;
    const seconds = Number(first.trim());
    // before 2001-09-09 as an epoch: a delta, not a moment
    if (seconds < 1e9)
        return Math.round(seconds * 1000);
    return Math.max(0, Math.round(seconds * 1000 - now));
}
/** A reset that is already due says nothing: back off instead of hammering. */
function nonZero(ms) {
    return ms === undefined || ms === 0 ? undefined : ms;
}
/** The path with query values elided: they may hold names, tokens or values nobody asked to see. */
function displayPath(url) {
    const keys = [...url.searchParams.keys()];
    return keys.length === 0 ? url.pathname : `${url.pathname}?${keys.map((key) => `${key}=…`).join('&')}`;
}
/** A secret can reach a message raw, URL-encoded (in a path) or JSON-escaped (in a body echo). */
function secretVariants(secrets) {
    const variants = new Set();
    for (const secret of secrets) {
        if (!secret)
            continue;
        variants.add(secret);
        variants.add(encodeURIComponent(secret));
        variants.add(JSON.stringify(secret).slice(1, -1));
    }
    // longest first, so a secret containing another is replaced whole
    return [...variants].sort((a, b) => b.length - a.length);
}
function parseBody(text, headers) {
    if (text === '')
        return undefined;
    const type = String(headers['content-type'] ?? '');
    if (/\bjson\b/i.test(type)) {
        try {
            return JSON.parse(text);
        }
        catch {
            return text;
        }
    }
    return text;
}
function lowerCaseKeys(headers) {
    return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}
function errorCode(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const code = error.code;
    if (typeof code === 'string')
        return code;
    // undici wraps the socket error of a failed connect
    const cause = error.cause;
    return cause === undefined ? undefined : errorCode(cause);
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}
function formatMs(ms) {
    return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}


/***/ }),

/***/ 56320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   Gw: () => (/* binding */ parseNames),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Qb: () => (/* binding */ NameError),
/* harmony export */   Vm: () => (/* binding */ challengeName)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
// Name rules: lowercase A-labels, no trailing dot, a wildcard only as the whole leftmost label.

class NameError extends Error {
}
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Normalize one name as written by a user; throws NameError saying what is wrong with it. */
function normalizeName(input) {
    const raw = input.trim().replace(/\.$/, '');
    if (raw === '')
        throw new NameError('an empty name');
    const labels = raw.split('.');
    const wildcard = labels[0] === '*';
    if (labels.slice(wildcard ? 1 : 0).some((label) => label.includes('*'))) {
        throw new NameError(`"${input}": a wildcard must be the whole leftmost label, as in *.example.com`);
    }
    const rest = labels.slice(wildcard ? 1 : 0).join('.');
    // WHATWG's domainToASCII applies UTS 46 (case folding, IDNA mapping, punycode), which is what browsers
    // and CAs use to compare names; it returns '' for a name it cannot convert.
    const base = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(rest).replace(/\.$/, '');
    if (base === '')
        throw new NameError(`"${input}" is not a valid host name`);
    const baseLabels = base.split('.');
    if (baseLabels.length < 2)
        throw new NameError(`"${input}" needs at least two labels (a name under a zone)`);
    const bad = baseLabels.find((label) => !LABEL.test(label));
    if (bad !== undefined) {
        throw new NameError(`"${input}" has an invalid label "${bad}" (letters, digits and inner hyphens only)`);
    }
    if (base.length > 253)
        throw new NameError(`"${input}" is longer than 253 characters`);
    return { name: wildcard ? `*.${base}` : base, base, wildcard };
}
/** Split the `domain` input (commas, spaces, new lines) and normalize; duplicates collapse, order kept. */
function parseNames(input) {
    const seen = new Map();
    for (const part of input.split(/[\s,]+/)) {
        if (part === '')
            continue;
        const name = normalizeName(part);
        if (!seen.has(name.name))
            seen.set(name.name, name);
    }
    return [...seen.values()];
}
/** A DNS name compared the way DNS does: lowercase, no trailing dot. */
function canonical(name) {
    return name.trim().toLowerCase().replace(/\.$/, '');
}
function challengeName(name) {
    return `_acme-challenge.${name.base}`;
}
/** true when `name` is `zone` or under it. */
function isUnder(name, zone) {
    return name === zone || name.endsWith(`.${zone}`);
}


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

/***/ 84488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ withHint),
/* harmony export */   o: () => (/* binding */ providerHttp)
/* harmony export */ });
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73329);
// The HttpClient of an HTTP provider: its secrets masked, the test transport, <PREFIX>_API_URL, retry notices logged.

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
    return new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
        ...context.transport,
        ...client,
        baseUrl,
        secrets,
        log: (message) => context.host.info(message),
    });
}
/** The same error with a provider's advice after its message (which setting to check, what to turn on). */
function withHint(error, hint) {
    return new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderHttpError */ .gm({
        message: `${error.message}. ${hint}`,
        provider: error.provider,
        method: error.method,
        path: error.path,
        status: error.status,
        kind: error.kind,
        bodyExcerpt: error.bodyExcerpt,
        attempts: error.attempts,
        cause: error,
    });
}


/***/ }),

/***/ 31908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ PROVIDERS),
  Q: () => (/* binding */ createProvider)
});

// EXTERNAL MODULE: ./src/providers/http.ts
var providers_http = __webpack_require__(84488);
;// CONCATENATED MODULE: ./src/providers/serialize.ts
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

;// CONCATENATED MODULE: ./src/providers/zone.ts
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

;// CONCATENATED MODULE: ./src/providers/acme-dns/index.ts
// acme-dns (joohoi/acme-dns): POST /update per value; the server keeps the two newest values of each subdomain.



const ACCOUNTS_ENV = 'ACME_DNS_ACCOUNT_JSON';
// acme-dns serves exactly two TXT values per subdomain: the newest replaces the older of the two
const SLOTS = 2;
// acme-dns rejects any txt that is not 43 characters: the length of an ACME dns-01 digest
const TXT_LENGTH = 43;
const descriptor = {
    id: 'acme-dns',
    name: 'acme-dns (joohoi/acme-dns)',
    credentials: [
        {
            env: 'ACME_DNS_API_URL',
            description: "Base URL of the acme-dns HTTP API, e.g. https://auth.example.org (lego's ACME_DNS_API_BASE); /update is appended",
        },
        {
            env: ACCOUNTS_ENV,
            description: 'The account(s) as JSON, stored whole in one secret: the answer of POST /register ' +
                '({"username","password","fulldomain","subdomain",…}), a list of such answers, or the accounts file lego ' +
                'writes to ACME_DNS_STORAGE_PATH (an object of them keyed by domain). The account whose fulldomain is the ' +
                'owner (the CNAME target `<subdomain>.<acme-dns zone>`, no _acme-challenge label) is used.',
            secret: true,
        },
    ],
    settings: [],
    leastPrivilege: 'An acme-dns account can already change only the TXT values of its own subdomain, so register one account per ' +
        'certificate name (or per group of names that may share it) and give the action only those accounts. ' +
        'Register with "allowfrom" to restrict /update to the networks of your self-hosted runners (GitHub-hosted ' +
        'runners have no fixed addresses), run your own instance with disable_registration = true once the accounts ' +
        'exist, and note that acme-dns cannot delete values: removal is a no-op and old values are replaced by the ' +
        'next two updates.',
    docs: 'https://github.com/joohoi/acme-dns#api',
};
// Per process: what this run has written to each subdomain, newest last, so a third value is refused, not lost.
const written = new Map();
const subdomainLocks = new KeyedMutex();
const acmeDns = {
    descriptor,
    create(context) {
        const json = context.env[ACCOUNTS_ENV] ?? '';
        if (json)
            context.host.mask(json);
        const accounts = parseAccounts(json);
        for (const account of accounts)
            context.host.mask(account.password);
        const apiUrl = context.env.ACME_DNS_API_URL ?? '';
        const passwords = accounts.map((account) => account.password);
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'acme-dns',
            baseUrl: apiUrl,
            secrets: [json, ...passwords],
            credentialHint: `the account of ${ACCOUNTS_ENV} for this owner (username and password)`,
        });
        const accountFor = (owner) => {
            const name = absoluteless(owner);
            const account = accounts.find((a) => absoluteless(a.fulldomain) === name);
            if (account === undefined) {
                const known = accounts.map((a) => absoluteless(a.fulldomain)).join(', ');
                throw new Error(`acme-dns: no account in ${ACCOUNTS_ENV} has the fulldomain ${name} (it has: ${known}); ` +
                    `the CNAME of _acme-challenge must point at an account's fulldomain, and domain_alias must name it`);
            }
            return account;
        };
        return {
            id: 'acme-dns',
            async append(_zone, owner, values) {
                const account = accountFor(owner);
                for (const value of values) {
                    if (value.length !== TXT_LENGTH) {
                        throw new Error(`acme-dns: the server accepts only ${TXT_LENGTH}-character TXT values (ACME dns-01 digests); ` +
                            `got one of ${value.length} characters for ${absoluteless(owner)}`);
                    }
                }
                await subdomainLocks.run(account.subdomain, async () => {
                    const live = written.get(account.subdomain) ?? [];
                    const fresh = [...new Set(values)].filter((value) => !live.includes(value));
                    if (live.length + fresh.length > SLOTS) {
                        throw new Error(`acme-dns: ${absoluteless(owner)} would need ${live.length + fresh.length} TXT values at once, but ` +
                            `acme-dns keeps only the ${SLOTS} newest per subdomain; give each certificate name beyond two its ` +
                            'own acme-dns account (and CNAME), or issue those names in separate runs');
                    }
                    for (const value of fresh) {
                        // not retried after sending: a repeated update would push the other value out of its slot
                        await http.request('POST', '/update', {
                            headers: { 'X-Api-User': account.username, 'X-Api-Key': account.password },
                            body: { subdomain: account.subdomain, txt: value },
                        });
                        live.push(value);
                        written.set(account.subdomain, live);
                    }
                });
            },
            async remove(_zone, owner, values) {
                // acme-dns has no delete: the values stay until two newer updates replace them, which is harmless
                const account = accountFor(owner);
                await subdomainLocks.run(account.subdomain, async () => {
                    const live = (written.get(account.subdomain) ?? []).filter((value) => !values.includes(value));
                    if (live.length === 0)
                        written.delete(account.subdomain);
                    else
                        written.set(account.subdomain, live);
                });
                context.host.debug(`acme-dns: cannot delete TXT values; ${absoluteless(owner)} keeps them until replaced`);
            },
        };
    },
};
/** The accounts from ACME_DNS_ACCOUNT_JSON: one /register answer, a list of them, or lego's storage file. */
function parseAccounts(json) {
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch {
        // never quote the text: it holds passwords
        throw new Error(`${ACCOUNTS_ENV} is not JSON; paste the answer of POST /register (or lego's accounts file) whole`);
    }
    const candidates = Array.isArray(parsed)
        ? parsed
        : isAccount(parsed)
            ? [parsed]
            : typeof parsed === 'object' && parsed !== null
                ? Object.values(parsed)
                : [];
    const accounts = candidates.filter(isAccount);
    if (accounts.length === 0 || accounts.length !== candidates.length) {
        throw new Error(`${ACCOUNTS_ENV} must hold acme-dns accounts with username, password, subdomain and fulldomain ` +
            "(the answer of POST /register), one or a list, or lego's accounts file keyed by domain");
    }
    return accounts.map(({ username, password, subdomain, fulldomain }) => ({
        username,
        password,
        subdomain,
        fulldomain,
    }));
}
function isAccount(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const fields = value;
    return ['username', 'password', 'subdomain', 'fulldomain'].every((field) => typeof fields[field] === 'string' && fields[field] !== '');
}

;// CONCATENATED MODULE: ./src/providers/arvancloud/index.ts
// ArvanCloud DNS (CDN API 4.0): one TXT record per value, so appending never touches other values at the owner.


const API_URL = 'https://napi.arvancloud.ir/cdn/4.0';
// lego refuses less; ArvanCloud's panel offers 120 s and up, but 600 s is what is known to be accepted everywhere
const DEFAULT_TTL = '600';
const arvancloud_descriptor = {
    id: 'arvancloud',
    name: 'ArvanCloud',
    credentials: [
        {
            env: 'ARVANCLOUD_API_KEY',
            description: 'API key as the panel shows it (`Apikey xxxxxxxx-...`); the `Apikey ` prefix is added when missing',
            secret: true,
        },
    ],
    settings: [
        { env: 'ARVANCLOUD_API_URL', description: 'API base URL', default: API_URL },
        { env: 'ARVANCLOUD_TTL', description: 'TTL (seconds) of the TXT records', default: DEFAULT_TTL },
    ],
    leastPrivilege: 'Create a machine user (Machine users in the panel) with its own API key, and give it access to the CDN/DNS ' +
        'service of the alias zone only, no account-wide role. Where your account cannot limit a key to one domain, ' +
        'keep the alias zone in a separate ArvanCloud account that holds nothing else.',
    docs: 'https://www.arvancloud.com/docs/api/cdn/4.0',
};
const PER_PAGE = 100;
const arvancloud = {
    descriptor: arvancloud_descriptor,
    create(context) {
        const raw = (context.env.ARVANCLOUD_API_KEY ?? '').trim();
        // the panel shows the key with its scheme; people paste either form
        const authorization = /^apikey\s/i.test(raw) ? raw : `Apikey ${raw}`;
        const bareKey = raw.replace(/^apikey\s+/i, '');
        const ttl = Number(context.env.ARVANCLOUD_TTL || DEFAULT_TTL);
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'arvancloud',
            apiUrlEnv: 'ARVANCLOUD_API_URL',
            defaultUrl: API_URL,
            headers: { authorization, accept: 'application/json' },
            secrets: [raw, bareKey],
            credentialHint: 'ARVANCLOUD_API_KEY',
        });
        const domains = new Map();
        const domainOf = (zone, owner) => {
            const key = `${zone}|${owner}`;
            let found = domains.get(key);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, async (name) => {
                    const response = await http.request('GET', `/domains/${name}`, { expect: [404] });
                    return response.status === 404 ? undefined : name;
                }).then((result) => {
                    if (result === undefined) {
                        throw new Error(`arvancloud: no domain for ${owner} in this account (tried ${candidates.join(', ')}); ` +
                            'check that ARVANCLOUD_API_KEY may see the alias zone');
                    }
                    return result.name;
                });
                domains.set(key, found);
            }
            return found;
        };
        /** The TXT records at the owner, from every page of the domain's TXT records. */
        const txtRecords = async (domain, name) => {
            const records = [];
            for (let page = 1;; page++) {
                const { body } = await http.request('GET', `/domains/${domain}/dns-records`, {
                    query: { type: 'txt', page, per_page: PER_PAGE },
                });
                records.push(...body.data.filter((r) => r.type.toLowerCase() === 'txt' && r.name.toLowerCase() === name.toLowerCase()));
                if (page >= (body.meta?.last_page ?? 1))
                    return records;
            }
        };
        const textOf = (record) => {
            const value = record.value;
            return typeof value?.text === 'string' ? value.text : undefined;
        };
        // ArvanCloud writes the zone apex as @
        const nameIn = (owner, domain) => relativeName(owner, domain) || '@';
        return {
            id: arvancloud_descriptor.id,
            async append(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const name = nameIn(owner, domain);
                const present = new Set((await txtRecords(domain, name)).map(textOf));
                for (const value of new Set(values)) {
                    if (present.has(value))
                        continue;
                    await http.request('POST', `/domains/${domain}/dns-records`, {
                        body: {
                            type: 'txt',
                            name,
                            value: { text: value },
                            ttl,
                            upstream_https: 'default',
                            ip_filter_mode: { count: 'single', order: 'none', geo_filter: 'none' },
                        },
                    });
                }
            },
            async remove(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const ours = new Set(values);
                const records = await txtRecords(domain, nameIn(owner, domain));
                for (const record of records) {
                    const text = textOf(record);
                    if (text !== undefined && ours.has(text)) {
                        await http.request('DELETE', `/domains/${domain}/dns-records/${record.id}`, { expect: [404] });
                    }
                }
            },
        };
    },
};

// EXTERNAL MODULE: ./src/clouds/azure.ts
var azure = __webpack_require__(96717);
// EXTERNAL MODULE: ./src/http/client.ts
var http_client = __webpack_require__(73329);
// EXTERNAL MODULE: ./src/oidc.ts
var oidc = __webpack_require__(96434);
;// CONCATENATED MODULE: ./src/providers/ttl.ts
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

;// CONCATENATED MODULE: ./src/providers/txt-content.ts
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

;// CONCATENATED MODULE: ./src/providers/azure/index.ts
// Azure DNS through Azure Resource Manager (api-version 2018-05-01): TXT record sets written with If-Match on their etag.








const azure_API_URL = 'https://management.azure.com';
const AUTHORITY_URL = 'https://login.microsoftonline.com';
const API_VERSION = '2018-05-01';
const SCOPE = 'https://management.azure.com/.default';
// Azure DNS stores a TXT record as strings of at most 255 characters each
const MAX_STRING = 255;
const azure_descriptor = {
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
            env: oidc/* OIDC_TOKEN_ENV */.yD,
            description: 'Set by GitHub itself when the job has `permissions: id-token: write` (nothing to put in env): the ' +
                'workflow OIDC token is then the client assertion of a federated credential of the app',
            secret: true,
            set: 'OIDC federated credential',
        },
    ],
    settings: [
        // first: the test harness points the first *_API_URL setting at itself
        { env: 'AZURE_API_URL', description: 'Azure Resource Manager endpoint', default: azure_API_URL },
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
const ownerLocks = new KeyedMutex();
const CONFLICT_RETRIES = 4;
const azure_azure = {
    descriptor: azure_descriptor,
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
        const credential = (0,azure/* azureCredential */.$)(context, 'azure', SCOPE);
        const apiUrl = env.AZURE_API_URL || azure_API_URL;
        const ttl = readTtl(env, 'AZURE_TTL', { default: 60 });
        const hint = `${credential.hint} (and the role assignment on the zone)`;
        // One token per run, on first use; a failure is not kept, so the post step may try again.
        let client;
        const http = () => {
            client ??= (async () => {
                const token = await credential.token();
                return (0,providers_http/* providerHttp */.o)(context, {
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
            const key = ownerKey(zone, owner);
            let found = zones.get(key);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, async (name) => {
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
        const recordPath = (zone, owner) => `${zonesPath}/${encodeURIComponent(zone)}/TXT/${encodeURIComponent(relativeName(owner, zone) || '@').replace('%40', '@')}`;
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
            await ownerLocks.run(ownerKey(apiUrl, path), async () => {
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
                        const conflict = error instanceof http_client/* ProviderHttpError */.gm && error.status === 412;
                        if (!conflict || attempt >= CONFLICT_RETRIES)
                            throw error;
                        log(`azure: the TXT record set at ${owner} changed while we wrote it; reading it again`);
                    }
                }
            });
        }
        return {
            id: azure_descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (current) => mergeTxt(current?.records ?? [], values, { read: joinStrings, format: splitStrings }));
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (current) => current && withoutTxt(current.records, values, joinStrings));
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

;// CONCATENATED MODULE: ./src/providers/bunny/index.ts
// Bunny DNS (bunny.net core API): one record per TXT value, so appending never touches other values at the owner.




const bunny_API_URL = 'https://api.bunny.net';
const MIN_TTL = 60;
// The record type enumeration of the API: 0 A, 1 AAAA, 2 CNAME, 3 TXT, ...
const TYPE_TXT = 3;
const bunny_descriptor = {
    id: 'bunny',
    name: 'Bunny DNS (bunny.net)',
    credentials: [
        {
            env: 'BUNNY_API_KEY',
            description: 'Account API key (Account settings > API), sent as the AccessKey header',
            secret: true,
        },
    ],
    settings: [
        { env: 'BUNNY_API_URL', description: 'API base URL', default: bunny_API_URL },
        { env: 'BUNNY_TTL', description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`, default: '60' },
    ],
    leastPrivilege: 'bunny.net has one API key per account and it controls everything in the account (DNS zones, CDN, storage, ' +
        'billing); it cannot be limited to one zone. To keep the key away from your other zones and services, host ' +
        "the alias zone in a separate bunny.net account that holds nothing else and use that account's key.",
    docs: 'https://docs.bunny.net/api-reference/core/dns-zone/add-dns-record',
};
const bunny = {
    descriptor: bunny_descriptor,
    create(context) {
        const apiKey = context.env.BUNNY_API_KEY ?? '';
        const ttl = readTtl(context.env, 'BUNNY_TTL', { default: MIN_TTL, min: MIN_TTL });
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'bunny',
            apiUrlEnv: 'BUNNY_API_URL',
            defaultUrl: bunny_API_URL,
            headers: { accesskey: apiKey, accept: 'application/json' },
            secrets: [apiKey],
            credentialHint: 'BUNNY_API_KEY',
        });
        // One listing serves every owner of the run: zone ids do not change while it runs.
        let zones;
        const listZones = () => {
            if (zones === undefined) {
                zones = (async () => {
                    const byName = new Map();
                    for (let page = 1;; page++) {
                        const { body } = await http.request('GET', '/dnszone', { query: { page } });
                        for (const zone of body.Items)
                            byName.set(absoluteless(zone.Domain), zone.Id);
                        if (!body.HasMoreItems || body.Items.length === 0)
                            return byName;
                    }
                })();
                // a failed listing (network, 401) must not stick: the next call asks again
                zones.catch(() => {
                    zones = undefined;
                });
            }
            return zones;
        };
        const zoneOf = async (zone, owner) => {
            const hosted = await listZones();
            const candidates = zoneCandidates(zone, owner);
            for (const name of candidates) {
                const id = hosted.get(name);
                if (id !== undefined)
                    return { id, name };
            }
            throw new Error(`bunny: no DNS zone for ${owner} in this account (tried ${candidates.join(', ')}); ` +
                'add the alias zone under DNS, or check that BUNNY_API_KEY belongs to the account holding it');
        };
        // Records come with the zone; read it fresh each time, since another job may have written meanwhile.
        const txtRecords = async (zone, owner) => {
            const name = relativeName(owner, zone.name);
            const { body } = await http.request('GET', `/dnszone/${zone.id}`);
            return (body.Records ?? []).filter((r) => r.Type === TYPE_TXT && r.Name.toLowerCase() === name);
        };
        return {
            id: bunny_descriptor.id,
            async append(zone, owner, values) {
                const found = await zoneOf(zone, owner);
                const missing = missingTxt(await txtRecords(found, owner), values, (r) => parseMaybeQuoted(r.Value));
                const name = relativeName(owner, found.name);
                await Promise.all(missing.map((value) => http.request('PUT', `/dnszone/${found.id}/records`, {
                    body: { Type: TYPE_TXT, Name: name, Value: value, Ttl: ttl },
                    // PUT here creates a record: sending it twice makes two
                    idempotent: false,
                })));
            },
            async remove(zone, owner, values) {
                const found = await zoneOf(zone, owner);
                const records = ourTxt(await txtRecords(found, owner), values, (r) => parseMaybeQuoted(r.Value));
                await Promise.all(records.map((r) => http.request('DELETE', `/dnszone/${found.id}/records/${r.Id}`)));
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/providers/cloudflare/index.ts
// Cloudflare DNS (API v4): one TXT record per value, so appending never touches other values at the owner.




const cloudflare_API_URL = 'https://api.cloudflare.com/client/v4';
const cloudflare_descriptor = {
    id: 'cloudflare',
    name: 'Cloudflare',
    credentials: [
        {
            env: 'CLOUDFLARE_DNS_API_TOKEN',
            description: 'API token with Zone > DNS > Edit (and Zone > Zone > Read) on the alias zone',
            secret: true,
        },
    ],
    settings: [
        { env: 'CLOUDFLARE_API_URL', description: 'API base URL', default: cloudflare_API_URL },
        {
            env: 'CLOUDFLARE_TTL',
            description: 'TTL of the TXT records (seconds, 60 or more; 1 = automatic)',
            default: '120',
        },
    ],
    leastPrivilege: 'Create a custom API token (My Profile > API Tokens > Create Token) with the permissions Zone > DNS > Edit ' +
        'and Zone > Zone > Read, and under Zone Resources include only the alias zone (Specific zone: ' +
        'validation.example.org). The token then cannot read or change any other zone of the account.',
    docs: 'https://developers.cloudflare.com/api/resources/dns/subresources/records/',
};
const cloudflare_PER_PAGE = 100;
const cloudflare = {
    descriptor: cloudflare_descriptor,
    create(context) {
        const token = context.env.CLOUDFLARE_DNS_API_TOKEN ?? '';
        const ttl = Number(context.env.CLOUDFLARE_TTL || 120);
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'cloudflare',
            apiUrlEnv: 'CLOUDFLARE_API_URL',
            defaultUrl: cloudflare_API_URL,
            headers: { authorization: `Bearer ${token}` },
            secrets: [token],
            credentialHint: 'CLOUDFLARE_DNS_API_TOKEN',
        });
        const zoneIds = new Map();
        const zoneId = (zone, owner) => {
            const key = `${zone}|${owner}`;
            let id = zoneIds.get(key);
            if (id === undefined) {
                id = findZone(zoneCandidates(zone, owner), async (name) => {
                    const { body } = await http.request('GET', '/zones', {
                        query: { name },
                    });
                    return body.result[0]?.id;
                }).then((found) => {
                    if (found === undefined) {
                        throw new Error(`cloudflare: no zone for ${owner} in this account (tried ${zoneCandidates(zone, owner).join(', ')}); ` +
                            'check that CLOUDFLARE_DNS_API_TOKEN includes the alias zone');
                    }
                    return found.zone;
                });
                zoneIds.set(key, id);
            }
            return id;
        };
        /** Every TXT record at the owner, all pages. */
        const txtRecords = async (id, owner) => {
            const records = [];
            for (let page = 1;; page++) {
                const { body } = await http.request('GET', `/zones/${id}/dns_records`, {
                    query: { type: 'TXT', name: owner, per_page: cloudflare_PER_PAGE, page },
                });
                records.push(...body.result);
                if (page >= (body.result_info?.total_pages ?? 1))
                    return records;
            }
        };
        return {
            id: cloudflare_descriptor.id,
            async append(zone, owner, values) {
                const id = await zoneId(zone, owner);
                const present = new Set((await txtRecords(id, owner)).map((r) => parseTxtContent(r.content)));
                await Promise.all(values
                    .filter((v) => !present.has(v))
                    .map((value) => http
                    .request('POST', `/zones/${id}/dns_records`, {
                    body: { type: 'TXT', name: owner, content: formatTxtContent(value), ttl },
                })
                    // another run (same authorization, same value) wrote it first: the value is there, as asked
                    .catch((error) => {
                    if (!alreadyThere(error))
                        throw error;
                })));
            },
            async remove(zone, owner, values) {
                const id = await zoneId(zone, owner);
                const records = ourTxt(await txtRecords(id, owner), values, (r) => parseTxtContent(r.content));
                await Promise.all(records.map((r) => http.request('DELETE', `/zones/${id}/dns_records/${r.id}`)));
            },
        };
    },
};
/** Cloudflare's "record already exists" (81057) and "an identical record already exists" (81058). */
function alreadyThere(error) {
    return (error instanceof http_client/* ProviderHttpError */.gm &&
        error.status === 400 &&
        /"code":\s*8105[78]\b/.test(error.bodyExcerpt ?? ''));
}

;// CONCATENATED MODULE: ./src/providers/cloudns/index.ts



const cloudns_API_URL = 'https://api.cloudns.net';
// TTLs the API accepts; anything else is refused with "Invalid TTL"
const TTLS = [60, 300, 900, 1800, 3600, 21600, 43200, 86400, 172800, 259200, 604800, 1209600, 2592000];
// over 20 requests per second ClouDNS blocks with HTTP 200 and "Request blocked. <ip> is sending more than ...":
// waited out 1, 2, 4, 8 s (the HttpClient's default of 4 retries)
const BLOCKED_BACKOFF_MS = 1000;
const cloudns_descriptor = {
    id: 'cloudns',
    name: 'ClouDNS',
    credentials: [
        { env: 'CLOUDNS_AUTH_ID', description: 'auth-id of an API user (API & Resellers)', set: 'API user' },
        {
            env: 'CLOUDNS_SUB_AUTH_ID',
            description: 'sub-auth-id of an API sub-user limited to the alias zone',
            set: 'API sub-user',
        },
        { env: 'CLOUDNS_AUTH_PASSWORD', description: 'Password of that API user or sub-user', secret: true },
    ],
    settings: [
        { env: 'CLOUDNS_API_URL', description: 'API base URL', default: cloudns_API_URL },
        { env: 'CLOUDNS_TTL', description: `TTL of the TXT records, one of ${TTLS.join(', ')}`, default: '60' },
    ],
    leastPrivilege: 'Create an API sub-user (API & Resellers > API sub-users), give it only the alias zone (Delegate zone), ' +
        'restrict it to the IP addresses your runner leaves from if you can, and set CLOUDNS_SUB_AUTH_ID and ' +
        'CLOUDNS_AUTH_PASSWORD from it. The main API user (CLOUDNS_AUTH_ID) reaches every zone of the account.',
    docs: 'https://www.cloudns.net/wiki/article/42/',
};
const cloudns = {
    descriptor: cloudns_descriptor,
    create(context) {
        const authId = context.env.CLOUDNS_AUTH_ID ?? '';
        const subAuthId = context.env.CLOUDNS_SUB_AUTH_ID ?? '';
        const password = context.env.CLOUDNS_AUTH_PASSWORD ?? '';
        const ttl = parseTtl(context.env.CLOUDNS_TTL);
        // a sub-user, limited to delegated zones, wins over the main user when both are given
        const identity = subAuthId ? { 'sub-auth-id': subAuthId } : { 'auth-id': authId };
        const credentialHint = `${subAuthId ? 'CLOUDNS_SUB_AUTH_ID' : 'CLOUDNS_AUTH_ID'} and CLOUDNS_AUTH_PASSWORD`;
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'cloudns',
            apiUrlEnv: 'CLOUDNS_API_URL',
            defaultUrl: cloudns_API_URL,
            secrets: [password],
            credentialHint,
            throttle: requestBlocked,
        });
        /** One call with the credentials added; reads go in the query, writes in a form body (keeping the password out of URLs). */
        const call = async (path, params, write) => {
            const fields = { ...identity, 'auth-password': password, ...params };
            const { body } = write
                ? await http.request('POST', path, {
                    text: new URLSearchParams(Object.entries(fields).flatMap(([k, v]) => v === undefined ? [] : [[k, String(v)]])).toString(),
                    headers: { 'content-type': 'application/x-www-form-urlencoded' },
                })
                : await http.request('GET', path, { query: fields });
            const failure = failed(body);
            if (failure !== undefined && /authentication|auth-id|auth-password|sub-auth/i.test(failure)) {
                throw new Error(http.redact(`cloudns: ${path} failed: ${failure} Check ${credentialHint} (and the API user's allowed IP ` +
                    'addresses, which ClouDNS reports the same way)'));
            }
            return body;
        };
        const check = async (path, params) => {
            const answer = (await call(path, params, true));
            if (answer?.status !== 'Success') {
                throw new Error(http.redact(`cloudns: ${path} failed: ${answer?.statusDescription ?? JSON.stringify(answer)}`));
            }
        };
        const zones = new Map();
        const zoneOf = (zone, owner) => {
            const key = `${zone}|${owner}`;
            let found = zones.get(key);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, async (name) => {
                    const info = await call('/dns/get-zone-info.json', { 'domain-name': name }, false);
                    // any other Failed answer means this account has no such zone
                    return failed(info) === undefined && info.name?.toLowerCase() === name
                        ? name
                        : undefined;
                }).then((hit) => {
                    if (hit === undefined) {
                        zones.delete(key);
                        throw new Error(`cloudns: no zone for ${owner} (tried ${candidates.join(', ')}); check that the alias zone is in ` +
                            `ClouDNS and, for a sub-user, delegated to ${subAuthId ? 'CLOUDNS_SUB_AUTH_ID' : 'it'}`);
                    }
                    return hit.zone;
                });
                zones.set(key, found);
            }
            return found;
        };
        const txtRecords = async (zone, host) => {
            const answer = await call('/dns/records.json', { 'domain-name': zone, host, type: 'TXT' }, false);
            const failure = failed(answer);
            if (failure !== undefined)
                throw new Error(http.redact(`cloudns: /dns/records.json failed: ${failure}`));
            // the API answers [] for no records and an object keyed by record id otherwise
            const records = Array.isArray(answer) ? [] : Object.values(answer);
            return records.filter((r) => r.type === 'TXT' && r.host.toLowerCase() === host);
        };
        return {
            id: cloudns_descriptor.id,
            async append(zone, owner, values) {
                const name = await zoneOf(zone, owner);
                const host = relativeName(owner, name);
                const present = new Set((await txtRecords(name, host)).map((r) => parseTxtContent(r.record)));
                for (const record of new Set(values)) {
                    if (present.has(record))
                        continue;
                    await check('/dns/add-record.json', {
                        'domain-name': name,
                        'record-type': 'TXT',
                        host,
                        record,
                        ttl,
                    });
                }
            },
            async remove(zone, owner, values) {
                const name = await zoneOf(zone, owner);
                const ours = new Set(values);
                for (const record of await txtRecords(name, relativeName(owner, name))) {
                    if (!ours.has(parseTxtContent(record.record)))
                        continue;
                    await check('/dns/delete-record.json', { 'domain-name': name, 'record-id': record.id });
                }
            },
        };
    },
};
/** The text of a {"status": "Failed"} answer, or undefined for any other answer. */
function failed(body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
        return undefined;
    const { status, statusDescription } = body;
    return status === 'Failed' ? (statusDescription ?? 'no description') : undefined;
}
/** ClouDNS's rate limit: a "Failed" answer saying "Request blocked", whatever the HTTP status. */
function requestBlocked({ body, attempt }) {
    if (!/request blocked/i.test(body))
        return false;
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch {
        return false;
    }
    if (!/request blocked/i.test(failed(parsed) ?? ''))
        return false;
    return { waitMs: BLOCKED_BACKOFF_MS * 2 ** (attempt - 1), reason: 'rate limited ("Request blocked")' };
}
function parseTtl(value) {
    if (value === undefined || value.trim() === '')
        return 60;
    const ttl = Number(value);
    if (!TTLS.includes(ttl))
        throw new Error(`CLOUDNS_TTL must be one of ${TTLS.join(', ')}; got "${value}"`);
    return ttl;
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/providers/read-back.ts
// For APIs that replace a whole TXT set and offer no conditional write: write, read back, and write again until
// the set holds what this run asked for. Another run that read the set before our write and writes after it
// drops our values; its write is seen by our read-back, and its own read-back sees ours, so each run puts back
// only its own values and neither loses the other's.

/**
 * Thrown by a write that the API refused for now (throttled) without acting on it. The write is not sent
 * again as it was: the set may change while we wait, so it is read and planned again after waitMs.
 */
class WriteLater extends Error {
    waitMs;
    constructor(waitMs) {
        super(`write refused for now; read again in ${waitMs} ms`);
        this.waitMs = waitMs;
    }
}
/** Writes after which a set still not as wanted means another writer keeps replacing it: fail, saying so. */
const MAX_WRITES = 6;
/** Throttled answers waited out in one call, beyond which the HTTP layer's own limits would long have ended it. */
const MAX_DEFERRALS = 8;
// The read-back waits about as long as our own read and write took: another run's read-to-write window is
// about as long, so a write of theirs based on a read before ours has landed by then.
const MIN_SETTLE_MS = 300;
const MAX_SETTLE_MS = 5_000;
/**
 * Read, plan, write, wait, read back, until the plan finds nothing to do. The wait is jittered and doubles
 * with every write that did not hold, so runs racing on one owner fall apart instead of colliding again.
 */
async function writeUntilHeld(job) {
    const sleep = job.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
    const random = job.random ?? Math.random;
    let writes = 0;
    let deferrals = 0;
    for (;;) {
        const started = Date.now();
        const current = await job.read();
        const planned = job.plan(current);
        if (planned === undefined)
            return;
        if (writes >= MAX_WRITES) {
            throw new Error(`${job.what} was replaced by another writer after each of our ${MAX_WRITES} writes; ` +
                'is something other than certalias runs rewriting it?');
        }
        if (writes > 0)
            job.log?.(`${job.what} lost a value of ours to another writer; writing it again`);
        try {
            await job.write(current, planned);
        }
        catch (error) {
            if (!(error instanceof WriteLater) || ++deferrals > MAX_DEFERRALS)
                throw error;
            await sleep(error.waitMs + Math.round(random() * MIN_SETTLE_MS));
            continue;
        }
        writes++;
        const cycle = Math.max(MIN_SETTLE_MS, Date.now() - started) * 2 ** (writes - 1);
        await sleep(Math.round(Math.min(MAX_SETTLE_MS, cycle) * (1 + random())));
    }
}

;// CONCATENATED MODULE: ./src/providers/desec/index.ts
// deSEC (desec.io): merge our TXT values into the owner's RRset, write it back in one bulk PUT per owner, read it back.







const desec_API_URL = 'https://desec.io/api/v1';
const desec_DEFAULT_TTL = 3600;
// deSEC's own upper bound for an RRset TTL (one week)
const MAX_TTL = 604_800;
// The longest Retry-After a run waits out: deSEC's per-second and per-minute limits fit, its hourly ones do not
const MAX_WAIT_MS = 60_000;
const desec_descriptor = {
    id: 'desec',
    name: 'deSEC',
    credentials: [
        {
            env: 'DESEC_TOKEN',
            description: 'deSEC API token, sent as `Authorization: Token …`; best restricted by token policies (see below)',
            secret: true,
        },
    ],
    settings: [
        { env: 'DESEC_API_URL', description: 'API base URL', default: desec_API_URL },
        {
            env: 'DESEC_TTL',
            description: "TTL (seconds) of a TXT RRset this provider creates; raised to the domain's minimum_ttl when lower, " +
                'and an existing RRset keeps its TTL',
            default: String(desec_DEFAULT_TTL),
        },
    ],
    leastPrivilege: 'Create a token for this purpose only (without perm_manage_tokens, or it could lift its own limits) and give it ' +
        'token policies: a default policy that denies writes (domain, subname and type null, perm_write false) and one ' +
        'policy per owner the action writes, e.g. domain "validation.example.org", subname "_acme-challenge", type ' +
        '"TXT", perm_write true. The token can then write only those TXT RRsets; like every deSEC token it can still ' +
        'read the RRsets of the account, which DNS shows anyway. Policies match subnames exactly (a wildcard is not ' +
        'expanded), so add one policy per owner.',
    docs: 'https://desec.readthedocs.io/en/latest/dns/rrsets.html',
};
// One per process, not per provider instance: two instances writing one owner must still take turns.
const desec_ownerLocks = new KeyedMutex();
const desec = {
    descriptor: desec_descriptor,
    create(context) {
        const token = context.env.DESEC_TOKEN ?? '';
        const apiUrl = context.env.DESEC_API_URL || desec_API_URL;
        const ttl = readTtl(context.env, 'DESEC_TTL', { default: desec_DEFAULT_TTL, max: MAX_TTL });
        const clientOptions = {
            provider: 'desec',
            baseUrl: apiUrl,
            headers: { authorization: `Token ${token}`, accept: 'application/json' },
            secrets: [token],
            credentialHint: 'DESEC_TOKEN',
            maxRetryAfterMs: MAX_WAIT_MS,
        };
        const http = (0,providers_http/* providerHttp */.o)(context, {
            ...clientOptions,
            throttle: (answer) => hourlyLimit(answer, Date.now()),
        });
        const sleep = context.transport?.sleep;
        const domains = new Map();
        // deSEC answers which of the account's domains is authoritative for a name, so no walking up the labels.
        const responsibleDomain = (owner) => {
            const key = absoluteless(owner);
            let found = domains.get(key);
            if (found === undefined) {
                found = (async () => {
                    const { body } = await http.request('GET', '/domains/', {
                        query: { owns_qname: key },
                    });
                    const domain = body[0];
                    if (domain === undefined) {
                        throw new Error(`desec: no domain of this account holds ${key}; add the alias zone to deSEC, ` +
                            'or check that DESEC_TOKEN belongs to the account that has it');
                    }
                    // the listing carries minimum_ttl; ask the domain itself only if an answer ever leaves it out
                    let minimumTtl = domain.minimum_ttl;
                    if (typeof minimumTtl !== 'number') {
                        const single = await http.request('GET', `/domains/${encodeURIComponent(domain.name)}/`);
                        minimumTtl = single.body.minimum_ttl ?? 0;
                    }
                    return { name: domain.name, minimumTtl };
                })();
                // a failed lookup is not remembered: the next call asks again
                found.catch(() => domains.delete(key));
                domains.set(key, found);
            }
            return found;
        };
        const rrsetPath = (domain, subname) => 
        // `<subname>...` also addresses the apex (empty subname), where `//TXT/` would be normalised away
        `/domains/${encodeURIComponent(domain)}/rrsets/${encodeURIComponent(subname)}.../TXT/`;
        async function readTxt(domain, subname) {
            const response = await http.request('GET', rrsetPath(domain, subname), { expect: [404] });
            return response.status === 404 ? undefined : response.body;
        }
        /**
         * One bulk PUT creates, replaces or (with no records) deletes the RRset: one write, whatever existed. A
         * throttled PUT is not sent again as it was (the RRset may change while we wait): WriteLater has it read
         * and merged again after the wait.
         */
        async function writeTxt(domain, subname, rrsetTtl, records) {
            let refusedForMs;
            const once = (0,providers_http/* providerHttp */.o)(context, {
                ...clientOptions,
                throttle: (answer) => {
                    const verdict = hourlyLimit(answer, Date.now());
                    if (verdict !== true)
                        return verdict;
                    refusedForMs = retryAfterMs(answer, Date.now()) ?? 1000;
                    return { giveUp: true, reason: 'throttled' };
                },
            });
            try {
                await once.request('PUT', `/domains/${encodeURIComponent(domain)}/rrsets/`, {
                    body: [{ subname, type: 'TXT', ttl: rrsetTtl, records }],
                });
            }
            catch (error) {
                if (refusedForMs !== undefined)
                    throw new WriteLater(refusedForMs);
                throw error;
            }
        }
        /** Read, plan, write and read back the owner's RRset until plan finds nothing to do. */
        async function rewrite(owner, plan) {
            const domain = await responsibleDomain(owner);
            const subname = relativeName(owner, domain.name);
            await desec_ownerLocks.run(ownerKey(apiUrl, domain.name, owner), () => writeUntilHeld({
                what: `desec: the TXT RRset at ${absoluteless(owner)}`,
                read: () => readTxt(domain.name, subname),
                plan: (current) => plan(domain, current),
                write: (_current, next) => writeTxt(domain.name, subname, next.ttl, next.records),
                sleep,
                log: (message) => context.host.info(message),
            }));
        }
        return {
            id: 'desec',
            async append(_zone, owner, values) {
                await rewrite(owner, (domain, rrset) => {
                    const records = mergeTxt(rrset?.records ?? [], values, presentationTxt);
                    if (records === undefined)
                        return undefined;
                    return { subname: '', type: 'TXT', ttl: rrset?.ttl ?? Math.max(ttl, domain.minimumTtl), records };
                });
            },
            async remove(_zone, owner, values) {
                await rewrite(owner, (_domain, rrset) => {
                    const kept = rrset && withoutTxt(rrset.records, values, parseTxtContent);
                    return kept && { ...rrset, records: kept };
                });
            },
        };
    },
};
/**
 * A 429 is waited out as its Retry-After says, unless that is longer than a run waits (an hourly limit):
 * retrying earlier would only count against the same limit again, so the run fails at once, saying when to
 * run again.
 */
function hourlyLimit(answer, now) {
    if (answer.status !== 429)
        return false;
    const waitMs = retryAfterMs(answer, now);
    if (waitMs === undefined || waitMs <= MAX_WAIT_MS)
        return true;
    return {
        giveUp: true,
        reason: `deSEC asks to wait ${Math.round(waitMs / 1000)} s (Retry-After), longer than the ${MAX_WAIT_MS / 1000} s a run ` +
            `waits: a rate limit of the account, which an early retry would only hit again; run again after ${new Date(now + waitMs).toISOString()}`,
    };
}
function retryAfterMs(answer, now) {
    const header = answer.headers['retry-after'];
    return (0,http_client/* parseRetryAfter */.mu)(Array.isArray(header) ? header[0] : header, now);
}

;// CONCATENATED MODULE: ./src/providers/digitalocean/index.ts
// DigitalOcean DNS (API v2): one domain record per TXT value, so appending never touches other values at the owner.




const digitalocean_API_URL = 'https://api.digitalocean.com';
// DigitalOcean refuses a TTL under 30 seconds.
const digitalocean_MIN_TTL = 30;
const digitalocean_descriptor = {
    id: 'digitalocean',
    name: 'DigitalOcean',
    credentials: [
        {
            env: 'DO_AUTH_TOKEN',
            description: 'Personal access token with the scopes domain:read, domain:create and domain:delete',
            secret: true,
        },
    ],
    settings: [
        { env: 'DO_API_URL', description: 'API base URL (without /v2)', default: digitalocean_API_URL },
        { env: 'DO_TTL', description: `TTL of the TXT records (seconds, ${digitalocean_MIN_TTL} or more)`, default: '30' },
    ],
    leastPrivilege: 'DigitalOcean tokens can be limited by scope but not to one domain: create a personal access token ' +
        '(API > Tokens > Generate New Token > Custom Scopes) with only domain:read, domain:create and domain:delete, ' +
        'which still reaches every domain of the team. To keep the token away from your other zones, host the alias ' +
        'zone in a separate DigitalOcean team that holds nothing else and make the token there.',
    docs: 'https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records',
};
// The API's largest page: fewer round trips on a busy alias zone.
const digitalocean_PER_PAGE = 200;
const digitalocean = {
    descriptor: digitalocean_descriptor,
    create(context) {
        const token = context.env.DO_AUTH_TOKEN ?? '';
        const ttl = readTtl(context.env, 'DO_TTL', { default: digitalocean_MIN_TTL, min: digitalocean_MIN_TTL });
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'digitalocean',
            apiUrlEnv: 'DO_API_URL',
            defaultUrl: digitalocean_API_URL,
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
            secrets: [token],
            credentialHint: 'DO_AUTH_TOKEN',
        });
        const zones = new Map();
        /** The domain of the account that holds the owner: GET /v2/domains/<name> answers 404 for others. */
        const domainOf = (zone, owner) => {
            const key = `${zone}|${owner}`;
            let found = zones.get(key);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, async (name) => {
                    const response = await http.request('GET', `/v2/domains/${encodeURIComponent(name)}`, {
                        expect: [404],
                    });
                    return response.status === 404 ? undefined : name;
                }).then((hit) => {
                    if (hit === undefined) {
                        throw new Error(`digitalocean: no domain for ${owner} in this account (tried ${candidates.join(', ')}); ` +
                            'add the alias zone under Networking > Domains, or check that DO_AUTH_TOKEN belongs to its team');
                    }
                    return hit.name;
                });
                // a failed lookup (network, 401) must not stick: the next call asks again
                found.catch(() => zones.delete(key));
                zones.set(key, found);
            }
            return found;
        };
        /** Every TXT record at the owner, following links.pages.next. */
        const txtRecords = async (domain, owner) => {
            const records = [];
            for (let page = 1;; page++) {
                const { body } = await http.request('GET', `/v2/domains/${encodeURIComponent(domain)}/records`, {
                    // name filters by the fully qualified name, whatever form the records carry
                    query: { type: 'TXT', name: owner, per_page: digitalocean_PER_PAGE, page },
                });
                records.push(...body.domain_records);
                if (!body.links?.pages?.next || body.domain_records.length === 0)
                    return records;
            }
        };
        return {
            id: digitalocean_descriptor.id,
            async append(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const missing = missingTxt(await txtRecords(domain, owner), values, (r) => parseMaybeQuoted(r.data));
                const name = relativeName(owner, domain) || '@';
                await Promise.all(missing.map((value) => http.request('POST', `/v2/domains/${encodeURIComponent(domain)}/records`, {
                    body: { type: 'TXT', name, data: value, ttl },
                })));
            },
            async remove(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const records = ourTxt(await txtRecords(domain, owner), values, (r) => parseMaybeQuoted(r.data));
                await Promise.all(records.map((r) => http.request('DELETE', `/v2/domains/${encodeURIComponent(domain)}/records/${r.id}`)));
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/providers/dnsimple/index.ts
// DNSimple (API v2): one zone record per TXT value, so appending never touches other values at the owner.




const dnsimple_API_URL = 'https://api.dnsimple.com';
// DNSimple refuses a TTL under 60 seconds.
const dnsimple_MIN_TTL = 60;
const dnsimple_descriptor = {
    id: 'dnsimple',
    name: 'DNSimple',
    credentials: [
        {
            env: 'DNSIMPLE_OAUTH_TOKEN',
            description: 'Account access token (Account > Access Tokens) of the account holding the alias zone',
            secret: true,
        },
    ],
    settings: [
        {
            env: 'DNSIMPLE_API_URL',
            description: 'API base URL without /v2 (lego calls it DNSIMPLE_BASE_URL, which is read too), e.g. https://api.sandbox.dnsimple.com',
            default: dnsimple_API_URL,
        },
        {
            env: 'DNSIMPLE_TTL',
            description: `TTL of the TXT records (seconds, ${dnsimple_MIN_TTL} or more)`,
            default: '120',
        },
    ],
    leastPrivilege: 'DNSimple access tokens cannot be limited to one zone: an account token can change every zone of its account. ' +
        'To keep the token away from your other zones, host the alias zone in a separate DNSimple account that holds ' +
        'nothing else, and create the account access token there.',
    docs: 'https://developer.dnsimple.com/v2/zones/records/',
};
// The API's largest page.
const dnsimple_PER_PAGE = 100;
const dnsimple = {
    descriptor: dnsimple_descriptor,
    create(context) {
        const token = context.env.DNSIMPLE_OAUTH_TOKEN ?? '';
        const ttl = readTtl(context.env, 'DNSIMPLE_TTL', { default: 120, min: dnsimple_MIN_TTL });
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'dnsimple',
            apiUrlEnv: 'DNSIMPLE_API_URL',
            defaultUrl: context.env.DNSIMPLE_BASE_URL || dnsimple_API_URL,
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
            secrets: [token],
            credentialHint: 'DNSIMPLE_OAUTH_TOKEN',
        });
        // Every path starts with the account; an account token says which in /whoami.
        let account;
        const accountId = () => {
            if (account === undefined) {
                account = http
                    .request('GET', '/v2/whoami')
                    .then(({ body }) => {
                    if (!body.data.account) {
                        throw new Error('dnsimple: DNSIMPLE_OAUTH_TOKEN is a user token; create an account access token ' +
                            '(Account > Access Tokens) in the account holding the alias zone');
                    }
                    return body.data.account.id;
                });
                // a failed lookup (network, 401) must not stick: the next call asks again
                account.catch(() => {
                    account = undefined;
                });
            }
            return account;
        };
        const zones = new Map();
        const zoneOf = (account, zone, owner) => {
            const key = `${zone}|${owner}`;
            let found = zones.get(key);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, async (name) => {
                    const response = await http.request('GET', `/v2/${account}/zones/${encodeURIComponent(name)}`, { expect: [404] });
                    return response.status === 404 ? undefined : response.body.data.name;
                }).then((hit) => {
                    if (hit === undefined) {
                        throw new Error(`dnsimple: no zone for ${owner} in account ${account} (tried ${candidates.join(', ')}); ` +
                            'add the alias zone to that account, or use a DNSIMPLE_OAUTH_TOKEN of the account holding it');
                    }
                    return hit.name;
                });
                found.catch(() => zones.delete(key));
                zones.set(key, found);
            }
            return found;
        };
        const recordsPath = (account, zone) => `/v2/${account}/zones/${encodeURIComponent(zone)}/records`;
        const txtRecords = async (account, zone, owner) => {
            const name = relativeName(owner, zone);
            const records = [];
            for (let page = 1;; page++) {
                const { body } = await http.request('GET', recordsPath(account, zone), {
                    // name is an exact match (name_like would be the loose one); '' is the apex
                    query: { name, type: 'TXT', page, per_page: dnsimple_PER_PAGE },
                });
                records.push(...body.data);
                if (page >= body.pagination.total_pages)
                    return records;
            }
        };
        return {
            id: dnsimple_descriptor.id,
            async append(zone, owner, values) {
                const account = await accountId();
                const found = await zoneOf(account, zone, owner);
                const missing = missingTxt(await txtRecords(account, found, owner), values, (r) => parseMaybeQuoted(r.content));
                const name = relativeName(owner, found);
                await Promise.all(missing.map((value) => http.request('POST', recordsPath(account, found), {
                    body: { name, type: 'TXT', content: value, ttl },
                })));
            },
            async remove(zone, owner, values) {
                const account = await accountId();
                const found = await zoneOf(account, zone, owner);
                const records = ourTxt(await txtRecords(account, found, owner), values, (r) => parseMaybeQuoted(r.content));
                await Promise.all(records.map((r) => http.request('DELETE', `${recordsPath(account, found)}/${r.id}`)));
            },
        };
    },
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/providers/dnsmadeeasy/index.ts
// DNS Made Easy (REST API v2.0): one record per TXT value, every request signed with an HMAC of its date.





const dnsmadeeasy_API_URL = 'https://api.dnsmadeeasy.com/V2.0';
const SANDBOX_URL = 'https://api.sandbox.dnsmadeeasy.com/V2.0';
const dnsmadeeasy_descriptor = {
    id: 'dnsmadeeasy',
    name: 'DNS Made Easy',
    credentials: [
        {
            env: 'DNSMADEEASY_API_KEY',
            description: 'API key (Account Information > API Credentials)',
            secret: true,
        },
        { env: 'DNSMADEEASY_API_SECRET', description: 'Secret key that signs each request', secret: true },
    ],
    settings: [
        {
            env: 'DNSMADEEASY_API_URL',
            description: `API base URL; the sandbox is ${SANDBOX_URL}`,
            default: dnsmadeeasy_API_URL,
        },
        { env: 'DNSMADEEASY_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
    ],
    leastPrivilege: "The API key of a DNS Made Easy user acts with that user's rights. Create a separate user (Config > Users) " +
        'whose permissions cover only the alias domain (give it access to that one domain, or to a folder/group that ' +
        'holds only it), enable API access for that user and use its key and secret. Where your plan has no ' +
        'per-user domain permissions, keep the alias domain in a separate account.',
    docs: 'https://api-docs.dnsmadeeasy.com/',
};
function createDnsMadeEasy(context, options = {}) {
    const apiKey = context.env.DNSMADEEASY_API_KEY ?? '';
    const secret = context.env.DNSMADEEASY_API_SECRET ?? '';
    const now = options.now ?? Date.now;
    const ttl = readTtl(context.env, 'DNSMADEEASY_TTL', { default: 120 });
    const http = (0,providers_http/* providerHttp */.o)(context, {
        provider: 'dnsmadeeasy',
        apiUrlEnv: 'DNSMADEEASY_API_URL',
        defaultUrl: dnsmadeeasy_API_URL,
        headers: { 'x-dnsme-apiKey': apiKey, accept: 'application/json' },
        secrets: [apiKey, secret],
        credentialHint: 'DNSMADEEASY_API_KEY and DNSMADEEASY_API_SECRET',
        // over its request budget the API answers 400 {"error": ["Rate limit exceeded"]}, not 429
        isThrottled: (status, body) => status === 400 && /rate limit exceeded/i.test(body),
        // the signature covers the request date, so it is made again for every attempt
        signRequest: () => {
            const date = new Date(now()).toUTCString();
            return { 'x-dnsme-requestDate': date, 'x-dnsme-hmac': dnsMadeEasyHmac(secret, date) };
        },
    });
    const domains = new Map();
    const domainOf = (zone, owner) => {
        const key = `${zone}|${owner}`;
        let found = domains.get(key);
        if (found === undefined) {
            const candidates = zoneCandidates(zone, owner);
            found = findZone(candidates, async (name) => {
                const response = await http.request('GET', '/dns/managed/name', {
                    query: { domainname: name },
                    expect: [404],
                });
                return response.status === 404 || typeof response.body?.id !== 'number' ? undefined : response.body.id;
            }).then((hit) => {
                if (hit === undefined) {
                    domains.delete(key);
                    throw new Error(`dnsmadeeasy: no managed domain for ${owner} (tried ${candidates.join(', ')}); check that the alias ` +
                        'domain is in DNS Made Easy and that the user of DNSMADEEASY_API_KEY may see it');
                }
                return { id: hit.zone, name: hit.name };
            });
            domains.set(key, found);
        }
        return found;
    };
    const txtRecords = async (id, recordName) => {
        const { body } = await http.request('GET', `/dns/managed/${id}/records`, {
            query: { type: 'TXT', recordName },
        });
        // recordName filters by name, yet the apex ('') must not pick up every TXT record of the domain
        return (body?.data ?? []).filter((r) => r.type === 'TXT' && r.name.toLowerCase() === recordName);
    };
    return {
        id: dnsmadeeasy_descriptor.id,
        async append(zone, owner, values) {
            const domain = await domainOf(zone, owner);
            const name = relativeName(owner, domain.name);
            const present = new Set((await txtRecords(domain.id, name)).map((r) => parseTxtContent(r.value)));
            for (const value of new Set(values)) {
                if (present.has(value))
                    continue;
                await http.request('POST', `/dns/managed/${domain.id}/records`, {
                    body: { name, type: 'TXT', value, gtdLocation: 'DEFAULT', ttl },
                });
            }
        },
        async remove(zone, owner, values) {
            const domain = await domainOf(zone, owner);
            const ours = new Set(values);
            for (const record of await txtRecords(domain.id, relativeName(owner, domain.name))) {
                if (!ours.has(parseTxtContent(record.value)))
                    continue;
                await http.request('DELETE', `/dns/managed/${domain.id}/records/${record.id}`, { expect: [404] });
            }
        },
    };
}
const dnsmadeeasy = { descriptor: dnsmadeeasy_descriptor, create: (context) => createDnsMadeEasy(context) };
/** x-dnsme-hmac: HMAC-SHA1 of the x-dnsme-requestDate value, keyed with the secret, in hex. */
function dnsMadeEasyHmac(secret, requestDate) {
    return (0,external_node_crypto_.createHmac)('sha1', secret).update(requestDate, 'utf8').digest('hex');
}

// EXTERNAL MODULE: ./src/dns/resolver.ts
var resolver = __webpack_require__(21093);
;// CONCATENATED MODULE: ./src/providers/duckdns/index.ts
// DuckDNS: one TXT value per duckdns.org subdomain, set and cleared through the update URL.



const duckdns_API_URL = 'https://www.duckdns.org';
const SUFFIX = 'duckdns.org';
const duckdns_descriptor = {
    id: 'duckdns',
    name: 'DuckDNS',
    credentials: [
        { env: 'DUCKDNS_TOKEN', description: 'The account token shown on duckdns.org', secret: true },
    ],
    settings: [{ env: 'DUCKDNS_API_URL', description: 'Base URL of the update API', default: duckdns_API_URL }],
    leastPrivilege: 'DuckDNS has one token per account, valid for every subdomain of the account, and it cannot be narrowed. ' +
        'Use a separate DuckDNS account (its own sign-in) that owns only the subdomain used as the alias. ' +
        'DuckDNS also keeps a single TXT value per subdomain, served at the subdomain and every name below it: a ' +
        'certificate for a name and its wildcard needs two values at once, so give each its own alias ' +
        '(domain_alias lines name=alias) on two DuckDNS subdomains, and never let two runs use one subdomain at the same time.',
    docs: 'https://www.duckdns.org/spec.jsp',
};
// What this process last set, per DuckDNS subdomain: a second value would silently replace the first.
const duckdns_written = new Map();
/** What the zone's authoritative servers serve now (the post step has no memory of what this run wrote). */
const currentTxtFromDns = (context, zone, owner) => new resolver/* Resolver */.xR(context.resolvers).servedTxt(zone, owner);
function createDuckdns(options = {}) {
    const currentTxt = options.currentTxt ?? currentTxtFromDns;
    return {
        descriptor: duckdns_descriptor,
        create(context) {
            const token = context.env.DUCKDNS_TOKEN ?? '';
            const http = (0,providers_http/* providerHttp */.o)(context, {
                provider: 'duckdns',
                apiUrlEnv: 'DUCKDNS_API_URL',
                defaultUrl: duckdns_API_URL,
                secrets: [token],
                credentialHint: 'DUCKDNS_TOKEN',
            });
            const update = async (subdomain, query) => {
                // a GET that sets state, but setting the same value twice does no harm
                const { body } = await http.request('GET', '/update', {
                    query: { domains: subdomain, token, ...query },
                });
                const answer = String(body ?? '').trim();
                if (answer === 'OK')
                    return;
                throw new Error(`duckdns: the update of ${subdomain}.${SUFFIX} answered ${answer === 'KO' ? 'KO' : JSON.stringify(http.redact(answer).slice(0, 100))}: ` +
                    `check DUCKDNS_TOKEN and that its account owns ${subdomain}.${SUFFIX}`);
            };
            return {
                id: duckdns_descriptor.id,
                async append(_zone, owner, values) {
                    const subdomain = duckSubdomain(owner);
                    const distinct = [...new Set(values)];
                    if (distinct.length === 0)
                        return;
                    if (distinct.length > 1) {
                        throw new Error(`duckdns: ${owner} needs ${distinct.length} TXT values at once (a name and its wildcard), but DuckDNS keeps ` +
                            `one TXT value per subdomain; give the wildcard its own alias on another DuckDNS subdomain`);
                    }
                    const value = distinct[0];
                    const earlier = duckdns_written.get(subdomain);
                    if (earlier !== undefined && earlier !== value) {
                        throw new Error(`duckdns: ${subdomain}.${SUFFIX} already holds another TXT value of this run, and DuckDNS keeps one ` +
                            'value per subdomain (for every name below it too); give each name its own DuckDNS subdomain as alias');
                    }
                    await update(subdomain, { txt: value });
                    duckdns_written.set(subdomain, value);
                },
                async remove(zone, owner, values) {
                    const subdomain = duckSubdomain(owner);
                    const ours = new Set(values);
                    const earlier = duckdns_written.get(subdomain);
                    let clear;
                    if (earlier !== undefined) {
                        clear = ours.has(earlier);
                    }
                    else {
                        // another process wrote it (the post step after a crash): clear only what DNS shows as ours
                        const served = await currentTxt(context, zone, owner).catch(() => undefined);
                        clear = served !== undefined && served.length > 0 && served.every((v) => ours.has(v));
                        if (served === undefined) {
                            context.host.info(`duckdns: cannot tell whether ${subdomain}.${SUFFIX} still holds our value; left as is`);
                        }
                    }
                    if (!clear)
                        return;
                    await update(subdomain, { txt: '', clear: 'true' });
                    duckdns_written.delete(subdomain);
                },
            };
        },
    };
}
const duckdns = createDuckdns();
/** The one label DuckDNS updates: `sub` of any name at or below sub.duckdns.org. */
function duckSubdomain(owner) {
    const labels = absoluteless(owner).split('.');
    if (labels.length < 3 || labels.slice(-2).join('.') !== SUFFIX) {
        throw new Error(`duckdns: ${owner} is not under ${SUFFIX}; DuckDNS serves only its own subdomains`);
    }
    return labels[labels.length - 3];
}

;// CONCATENATED MODULE: ./src/providers/dynu/index.ts
// Dynu DNS (API v2): one TXT record per value, so appending never touches other values at the owner.



const dynu_API_URL = 'https://api.dynu.com/v2';
const dynu_descriptor = {
    id: 'dynu',
    name: 'Dynu',
    credentials: [
        {
            env: 'DYNU_API_KEY',
            description: 'API key (Control Panel > API Credentials), sent as API-Key',
            secret: true,
        },
    ],
    settings: [
        { env: 'DYNU_API_URL', description: 'API base URL', default: dynu_API_URL },
        { env: 'DYNU_TTL', description: 'TTL (seconds) of the TXT records', default: '300' },
    ],
    leastPrivilege: 'A Dynu API key acts for the whole account: every domain, every record, account settings. It cannot be ' +
        'limited to one zone, so keep the alias zone in a separate Dynu account that holds nothing else, and use ' +
        "that account's API key.",
    docs: 'https://www.dynu.com/Support/API',
};
const dynu = {
    descriptor: dynu_descriptor,
    create(context) {
        const apiKey = context.env.DYNU_API_KEY ?? '';
        const ttl = Number(context.env.DYNU_TTL || 300);
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'dynu',
            apiUrlEnv: 'DYNU_API_URL',
            defaultUrl: dynu_API_URL,
            headers: { 'API-Key': apiKey, accept: 'application/json' },
            secrets: [apiKey],
            credentialHint: 'DYNU_API_KEY',
        });
        // Dynu answers a bad argument (an unknown name too) with 501 "Argument Exception": final, not worth a retry.
        const call = async (method, path, options = {}) => {
            const { status, body } = await http.request(method, path, { ...options, expect: [501] });
            const code = body?.statusCode ?? status;
            if (status === 501 || code < 200 || code >= 300) {
                throw new Error(http.redact(`dynu: ${method} ${path} failed: ${code}${body?.type ? ` ${body.type}` : ''}${body?.message ? `: ${body.message}` : ''}`));
            }
            return body;
        };
        const roots = new Map();
        const rootOf = (zone) => {
            const key = absoluteless(zone);
            let root = roots.get(key);
            if (root === undefined) {
                // Dynu finds the account's domain holding a name itself; ask with the zone, a name without underscores
                root = call('GET', `/dns/getroot/${key}`).catch((error) => {
                    roots.delete(key);
                    if (error instanceof http_client/* ProviderHttpError */.gm)
                        throw error;
                    throw new Error(`${error.message}; no domain of this Dynu account holds ${key}: check DYNU_API_KEY and domain_alias`);
                });
                roots.set(key, root);
            }
            return root;
        };
        const txtRecords = async (domainId, owner) => {
            const { dnsRecords } = await call('GET', `/dns/${domainId}/record`);
            const name = absoluteless(owner);
            return dnsRecords.filter((r) => r.recordType === 'TXT' && absoluteless(r.hostname) === name);
        };
        return {
            id: dynu_descriptor.id,
            async append(zone, owner, values) {
                const root = await rootOf(zone);
                const present = new Set((await txtRecords(root.id, owner)).map((r) => r.textData));
                const nodeName = relativeName(owner, root.domainName);
                for (const value of new Set(values)) {
                    if (present.has(value))
                        continue;
                    await call('POST', `/dns/${root.id}/record`, {
                        body: {
                            recordType: 'TXT',
                            domainName: root.domainName,
                            nodeName,
                            hostname: absoluteless(owner),
                            state: true,
                            textData: value,
                            ttl,
                        },
                    });
                }
            },
            async remove(zone, owner, values) {
                const root = await rootOf(zone);
                const ours = new Set(values);
                for (const record of await txtRecords(root.id, owner)) {
                    if (record.textData !== undefined && ours.has(record.textData)) {
                        await call('DELETE', `/dns/${root.id}/record/${record.id}`);
                    }
                }
            },
        };
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/providers/edgedns/index.ts
// Akamai Edge DNS (config-dns v2) with EdgeGrid request signing: read, merge, write and read back the owner's TXT record set.







// EdgeGrid hashes at most this much of a POST body (the limit Akamai's own clients and lego use).
const MAX_BODY = 131072;
const edgedns_descriptor = {
    id: 'edgedns',
    name: 'Akamai Edge DNS',
    credentials: [
        {
            env: 'AKAMAI_HOST',
            description: 'API host of the API client, e.g. akab-xxxx.luna.akamaiapis.net',
            set: 'API client',
        },
        {
            env: 'AKAMAI_CLIENT_TOKEN',
            description: 'client_token of the API client',
            secret: true,
            set: 'API client',
        },
        {
            env: 'AKAMAI_CLIENT_SECRET',
            description: 'client_secret of the API client',
            secret: true,
            set: 'API client',
        },
        {
            env: 'AKAMAI_ACCESS_TOKEN',
            description: 'access_token of the API client',
            secret: true,
            set: 'API client',
        },
        {
            env: 'AKAMAI_EDGERC',
            description: 'The contents of an .edgerc file (or, as lego takes it, the path of one) with host, client_token, client_secret and access_token',
            secret: true,
            set: '.edgerc',
        },
    ],
    settings: [
        {
            env: 'AKAMAI_API_URL',
            description: 'API base URL; default https:// followed by the API client host',
            default: 'https://<AKAMAI_HOST>',
        },
        { env: 'AKAMAI_EDGERC_SECTION', description: 'Section of the .edgerc to read', default: 'default' },
        {
            env: 'AKAMAI_TTL',
            description: 'TTL (seconds) of a TXT record set this provider creates',
            default: '120',
        },
    ],
    leastPrivilege: 'In Identity and Access Management create an API client for this purpose only, with the "DNS - Zone Record ' +
        'Management" API (config-dns) at READ-WRITE and no other API, and give it a role on a group that holds only ' +
        'the alias zone (move the alias zone into a group of its own first). The client then cannot change other zones.',
    docs: 'https://techdocs.akamai.com/edge-dns/reference/edge-dns-api',
};
/** EdgeGrid's timestamp: UTC as yyyyMMddTHH:mm:ss+0000. */
function edgeGridTimestamp(date) {
    const iso = date.toISOString(); // 2024-05-01T12:34:56.789Z
    return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 19)}+0000`;
}
/** The Authorization header of one request, as the EdgeGrid (EG1-HMAC-SHA256) scheme defines it. */
function edgeGridAuthorization(credentials, request, timestamp, nonce) {
    const unsigned = `EG1-HMAC-SHA256 client_token=${credentials.clientToken};access_token=${credentials.accessToken};` +
        `timestamp=${timestamp};nonce=${nonce};`;
    const hmac = (key, data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data, 'utf8').digest('base64');
    // only a POST body is hashed; every other method signs an empty content hash
    const body = Buffer.from(request.body ?? '', 'utf8');
    const contentHash = request.method === 'POST' && body.length > 0
        ? (0,external_node_crypto_.createHash)('sha256').update(body.subarray(0, MAX_BODY)).digest('base64')
        : '';
    const dataToSign = [
        request.method,
        request.url.protocol.replace(/:$/, ''),
        request.url.host,
        `${request.url.pathname}${request.url.search}`,
        '', // no headers are signed
        contentHash,
        unsigned,
    ].join('\t');
    const signingKey = hmac(credentials.clientSecret, timestamp);
    return `${unsigned}signature=${hmac(signingKey, dataToSign)}`;
}
/** The credentials of one section of an .edgerc file. */
function parseEdgerc(text, section) {
    const values = new Map();
    let current = '';
    for (const line of text.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        const header = /^\[(.+)\]$/.exec(trimmed);
        if (header) {
            current = header[1].trim();
            continue;
        }
        const eq = trimmed.indexOf('=');
        if (current === section && eq > 0) {
            values.set(trimmed.slice(0, eq).trim(), trimmed.slice(eq + 1).trim());
        }
    }
    const need = ['host', 'client_token', 'client_secret', 'access_token'];
    const missing = need.filter((key) => !values.get(key));
    if (missing.length > 0) {
        throw new Error(`AKAMAI_EDGERC: the section [${section}] lacks ${missing.join(', ')}`);
    }
    return {
        host: values.get('host'),
        clientToken: values.get('client_token'),
        clientSecret: values.get('client_secret'),
        accessToken: values.get('access_token'),
    };
}
// One per process: two provider instances writing one owner must still take turns.
const edgedns_ownerLocks = new KeyedMutex();
function createEdgedns(options = {}) {
    const now = options.now ?? (() => new Date());
    const nonce = options.nonce ?? (() => (0,external_node_crypto_.randomUUID)());
    return {
        descriptor: edgedns_descriptor,
        create(context) {
            const env = context.env;
            for (const name of [
                'AKAMAI_EDGERC',
                'AKAMAI_CLIENT_TOKEN',
                'AKAMAI_CLIENT_SECRET',
                'AKAMAI_ACCESS_TOKEN',
            ]) {
                const value = env[name];
                if (value)
                    context.host.mask(value);
            }
            const credentials = readCredentials(env);
            const apiUrl = env.AKAMAI_API_URL || `https://${credentials.host.replace(/^https?:\/\//, '').replace(/\/+$/, '')}`;
            const ttl = Number(env.AKAMAI_TTL || 120);
            const http = (0,providers_http/* providerHttp */.o)(context, {
                provider: 'edgedns',
                baseUrl: apiUrl,
                headers: { accept: 'application/json' },
                secrets: [credentials.clientToken, credentials.clientSecret, credentials.accessToken],
                credentialHint: env.AKAMAI_EDGERC
                    ? 'AKAMAI_EDGERC'
                    : 'AKAMAI_CLIENT_TOKEN, AKAMAI_CLIENT_SECRET and AKAMAI_ACCESS_TOKEN',
                // signed per attempt: the signature covers the time and a fresh nonce
                signRequest: (request) => ({
                    authorization: edgeGridAuthorization(credentials, request, edgeGridTimestamp(now()), nonce()),
                }),
            });
            const zones = new Map();
            const zoneOf = (zone, owner) => {
                const key = `${zone}|${owner}`;
                let found = zones.get(key);
                if (found === undefined) {
                    const candidates = zoneCandidates(zone, owner);
                    found = findZone(candidates, async (name) => {
                        const response = await http.request('GET', `/config-dns/v2/zones/${name}`, { expect: [404] });
                        return response.status === 404 ? undefined : name;
                    }).then((result) => {
                        if (result === undefined) {
                            throw new Error(`edgedns: no Edge DNS zone for ${owner} that this API client can see (tried ${candidates.join(', ')})`);
                        }
                        return result.name;
                    });
                    zones.set(key, found);
                }
                return found;
            };
            const recordPath = (zone, owner) => `/config-dns/v2/zones/${zone}/names/${absoluteless(owner)}/types/TXT`;
            const read = async (zone, owner) => {
                const response = await http.request('GET', recordPath(zone, owner), { expect: [404] });
                return response.status === 404 ? undefined : response.body;
            };
            /**
             * Edge DNS has no conditional write on a record set: read it, let plan decide the write, send it, and
             * read back until plan finds nothing to do, so a run that wrote in between cannot drop our values.
             */
            async function rewrite(zone, owner, plan) {
                const name = await zoneOf(zone, owner);
                const path = recordPath(name, owner);
                await edgedns_ownerLocks.run(ownerKey(apiUrl, name, owner), () => writeUntilHeld({
                    what: `edgedns: the TXT record set at ${absoluteless(owner)}`,
                    read: () => read(name, owner),
                    plan,
                    write: async (_current, write) => {
                        if (write.method === 'DELETE')
                            await http.request('DELETE', path, { expect: [404] });
                        // 409 to a POST: another run created the set since our read; the read-back merges into it
                        else if (write.method === 'POST')
                            await http.request('POST', path, { body: write.recordSet, expect: [409] });
                        else
                            await http.request('PUT', path, { body: write.recordSet });
                    },
                    sleep: context.transport?.sleep,
                    log: (message) => context.host.info(message),
                }));
            }
            return {
                id: edgedns_descriptor.id,
                async append(zone, owner, values) {
                    await rewrite(zone, owner, (current) => {
                        const added = missingTxt(current?.rdata ?? [], values, parseTxtContent).map(formatTxtContent);
                        if (added.length === 0)
                            return undefined;
                        if (current === undefined) {
                            return {
                                method: 'POST',
                                recordSet: { name: absoluteless(owner), type: 'TXT', ttl, rdata: added },
                            };
                        }
                        return {
                            method: 'PUT',
                            recordSet: {
                                name: current.name,
                                type: 'TXT',
                                ttl: current.ttl,
                                rdata: [...current.rdata, ...added],
                            },
                        };
                    });
                },
                async remove(zone, owner, values) {
                    await rewrite(zone, owner, (current) => {
                        if (current === undefined)
                            return undefined;
                        const kept = withoutTxt(current.rdata, values, parseTxtContent);
                        if (kept === undefined)
                            return undefined;
                        if (kept.length === 0)
                            return { method: 'DELETE' };
                        return {
                            method: 'PUT',
                            recordSet: { name: current.name, type: 'TXT', ttl: current.ttl, rdata: kept },
                        };
                    });
                },
            };
        },
    };
}
const edgedns = createEdgedns();
function readCredentials(env) {
    const edgerc = env.AKAMAI_EDGERC;
    if (edgerc) {
        // lego takes a path; a workflow secret is more naturally the file's contents
        const text = /[\n[=]/.test(edgerc) ? edgerc : (0,external_node_fs_.readFileSync)(edgerc, 'utf8');
        return parseEdgerc(text, env.AKAMAI_EDGERC_SECTION || 'default');
    }
    const missing = [
        'AKAMAI_HOST',
        'AKAMAI_CLIENT_TOKEN',
        'AKAMAI_CLIENT_SECRET',
        'AKAMAI_ACCESS_TOKEN',
    ].filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new Error(`edgedns: set ${missing.join(', ')} (or AKAMAI_EDGERC with the contents of an .edgerc file)`);
    }
    return {
        host: env.AKAMAI_HOST,
        clientToken: env.AKAMAI_CLIENT_TOKEN,
        clientSecret: env.AKAMAI_CLIENT_SECRET,
        accessToken: env.AKAMAI_ACCESS_TOKEN,
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/providers/exec/index.ts
// An external program changes the TXT values, called like lego's exec provider: `<EXEC_PATH> present|cleanup <fqdn.> <value>`.



const DEFAULT_TIMEOUT_S = 60;
const STDERR_TAIL_CHARS = 600;
// Variables whose values the program's output must not repeat in an error message.
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i;
const exec_descriptor = {
    id: 'exec',
    name: 'External program (lego exec)',
    credentials: [
        {
            env: 'EXEC_PATH',
            description: 'Path of the program, run without a shell as `<EXEC_PATH> present <fqdn.> <value>` and ' +
                '`<EXEC_PATH> cleanup <fqdn.> <value>`, once per value; it gets the step environment',
        },
    ],
    settings: [
        {
            env: 'EXEC_TIMEOUT',
            description: 'Seconds one call may run before it is stopped and counted as failed',
            default: String(DEFAULT_TIMEOUT_S),
        },
    ],
    leastPrivilege: 'The program holds whatever credential it uses: give it one that can change only TXT records of the alias ' +
        'zone, pass it through the step env from a secret, and let the program refuse any fqdn outside the alias ' +
        'zone. `present` must add the value and keep the others at the name; `cleanup` must remove only that value. ' +
        'A non-zero exit is a failure, and the end of its stderr is shown in the error, so keep secrets out of it.',
    docs: 'https://go-acme.github.io/lego/dns/exec/',
};
// One per process: a program doing its own read-merge-write must see one call per owner at a time.
const exec_ownerLocks = new KeyedMutex();
const exec = {
    descriptor: exec_descriptor,
    create(context) {
        const program = (context.env.EXEC_PATH ?? '').trim();
        if (program === '')
            throw new Error('EXEC_PATH must be the path of the program to run, e.g. ./scripts/dns-hook.sh');
        if ((context.env.EXEC_MODE ?? '').trim() !== '') {
            // lego's RAW mode passes the ACME token and key authorization, which this action keeps to itself
            throw new Error('EXEC_MODE is not supported: the program is always called as `present|cleanup <fqdn.> <value>`');
        }
        const timeoutMs = parseTimeout(context.env.EXEC_TIMEOUT) * 1000;
        const secrets = Object.entries(context.env)
            .filter(([name, value]) => SECRET_NAME.test(name) && value !== undefined && value.length >= 6)
            .map(([, value]) => value)
            .sort((a, b) => b.length - a.length);
        const redact = (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
        const run = (action, fqdn, value) => new Promise((resolve, reject) => {
            const fail = (why, stderr) => {
                const tail = stderr.trim().slice(-STDERR_TAIL_CHARS);
                reject(new Error(redact(`exec: ${program} ${action} ${fqdn} ${why}${tail ? `; stderr: ${tail}` : ''}`)));
            };
            // spawn, not execFile: only spawn makes the program lead its own process group (POSIX), so a
            // timeout can stop the program's children too, not only a shell that started them
            const child = (0,external_node_child_process_.spawn)(program, [action, fqdn, value], {
                env: { ...process.env, ...context.env },
                detached: process.platform !== 'win32',
                stdio: ['ignore', 'ignore', 'pipe'],
                windowsHide: true,
            });
            let stderr = '';
            child.stderr.setEncoding('utf8');
            child.stderr.on('data', (chunk) => {
                stderr = (stderr + chunk).slice(-4 * STDERR_TAIL_CHARS);
            });
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                try {
                    if (child.pid !== undefined && process.platform !== 'win32')
                        process.kill(-child.pid, 'SIGKILL');
                    else
                        child.kill('SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, timeoutMs);
            child.on('error', (error) => {
                clearTimeout(timer);
                fail(`could not be started (${error.code ?? error.message}): check EXEC_PATH and that the file is executable`, '');
            });
            child.on('close', (code, signal) => {
                clearTimeout(timer);
                if (timedOut)
                    fail(`did not finish within ${timeoutMs / 1000} s (EXEC_TIMEOUT) and was stopped`, stderr);
                else if (code === 0)
                    resolve();
                else if (code !== null)
                    fail(`exited with status ${code}`, stderr);
                else
                    fail(`ended by signal ${signal ?? 'unknown'}`, stderr);
            });
        });
        async function each(action, owner, values) {
            const fqdn = `${absoluteless(owner)}.`;
            await exec_ownerLocks.run(ownerKey(program, owner), async () => {
                for (const value of new Set(values))
                    await run(action, fqdn, value);
            });
        }
        return {
            id: 'exec',
            append: (_zone, owner, values) => each('present', owner, values),
            remove: (_zone, owner, values) => each('cleanup', owner, values),
        };
    },
};
function parseTimeout(value) {
    if (value === undefined || value.trim() === '')
        return DEFAULT_TIMEOUT_S;
    const seconds = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || seconds < 1 || seconds > 3600) {
        throw new Error(`EXEC_TIMEOUT must be a whole number of seconds from 1 to 3600, e.g. 60; got "${value}"`);
    }
    return seconds;
}

;// CONCATENATED MODULE: ./src/providers/gandi/index.ts
// Gandi LiveDNS (API v5): the owner's TXT RRset is replaced whole, so values are read, merged, written back and read back.






const gandi_API_URL = 'https://api.gandi.net/v5/livedns';
const gandi_descriptor = {
    id: 'gandi',
    name: 'Gandi LiveDNS',
    credentials: [
        {
            env: 'GANDIV5_PERSONAL_ACCESS_TOKEN',
            description: 'Personal access token with "Manage domain name technical configurations" on the alias domain',
            secret: true,
            set: 'personal access token',
        },
        {
            env: 'GANDIV5_API_KEY',
            description: 'Legacy API key (deprecated by Gandi; reaches every domain of the user)',
            secret: true,
            set: 'API key',
        },
    ],
    settings: [
        { env: 'GANDIV5_API_URL', description: 'LiveDNS API base URL', default: gandi_API_URL },
        {
            env: 'GANDIV5_TTL',
            description: 'TTL of a TXT RRset this provider creates (seconds, 300 or more); an existing RRset keeps its TTL',
            default: '300',
        },
    ],
    leastPrivilege: 'Create a personal access token (Gandi admin > Organization > Personal access tokens > Create a token) in the ' +
        'organization that owns the alias domain, restrict it to that one domain ("Restrict to specific products"), ' +
        'and grant only "Manage domain name technical configurations". Gandi hosts whole registered domains, so ' +
        'the alias zone is a domain of its own (e.g. example-validation.org); the token then cannot touch any other ' +
        'domain. The legacy API key cannot be scoped: avoid it.',
    docs: 'https://api.gandi.net/docs/livedns/',
};
// One per process, not per provider instance: two instances writing one owner must still take turns.
const gandi_ownerLocks = new KeyedMutex();
const gandi = {
    descriptor: gandi_descriptor,
    create(context) {
        const token = context.env.GANDIV5_PERSONAL_ACCESS_TOKEN ?? '';
        const apiKey = context.env.GANDIV5_API_KEY ?? '';
        const ttl = readTtl(context.env, 'GANDIV5_TTL', { default: 300, min: 300, note: 'LiveDNS minimum' });
        const baseUrl = context.env.GANDIV5_API_URL || gandi_API_URL;
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'gandi',
            baseUrl,
            // a token wins when both are given, as Gandi recommends it over the deprecated key
            headers: {
                authorization: token ? `Bearer ${token}` : `Apikey ${apiKey}`,
                accept: 'application/json',
            },
            secrets: [token, apiKey],
            credentialHint: token ? 'GANDIV5_PERSONAL_ACCESS_TOKEN' : 'GANDIV5_API_KEY',
        });
        const domains = new Map();
        const domainOf = (zone, owner) => {
            const key = `${zone}|${owner}`;
            let found = domains.get(key);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, async (name) => {
                    const { status } = await http.request('GET', `/domains/${encodeURIComponent(name)}`, {
                        expect: [404],
                    });
                    return status === 404 ? undefined : name;
                }).then((hit) => {
                    if (hit === undefined) {
                        domains.delete(key);
                        throw new Error(`gandi: no LiveDNS domain for ${owner} (tried ${candidates.join(', ')}); check that the alias ` +
                            'domain uses Gandi LiveDNS and that the token may reach it');
                    }
                    return hit.zone;
                });
                domains.set(key, found);
            }
            return found;
        };
        // the apex is "@" in LiveDNS paths
        const rrsetPath = (domain, owner) => `/domains/${encodeURIComponent(domain)}/records/${encodeURIComponent(relativeName(owner, domain) || '@')}/TXT`;
        const read = async (path) => {
            const response = await http.request('GET', path, { expect: [404] });
            return response.status === 404 ? undefined : response.body;
        };
        const write = (path, values, rrsetTtl) => http.request('PUT', path, { body: { rrset_values: values, rrset_ttl: rrsetTtl } });
        /**
         * LiveDNS has no conditional write: read the RRset, let plan decide what it becomes (undefined: nothing to
         * do, [] : delete it), write, and read back until plan finds nothing to do.
         */
        async function rewrite(zone, owner, plan) {
            const domain = await domainOf(zone, owner);
            const path = rrsetPath(domain, owner);
            await gandi_ownerLocks.run(ownerKey(baseUrl, domain, owner), () => writeUntilHeld({
                what: `gandi: the TXT RRset at ${owner}`,
                read: () => read(path),
                plan,
                write: async (_rrset, next) => {
                    if (next.values.length === 0)
                        await http.request('DELETE', path, { expect: [404] });
                    else
                        await write(path, next.values, next.ttl);
                },
                sleep: context.transport?.sleep,
                log: (message) => context.host.info(message),
            }));
        }
        return {
            id: gandi_descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (rrset) => {
                    // values already there go back exactly as Gandi gave them
                    const records = mergeTxt(rrset?.rrset_values ?? [], values, presentationTxt);
                    return records && { values: records, ttl: rrset?.rrset_ttl ?? ttl };
                });
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (rrset) => {
                    const kept = rrset && withoutTxt(rrset.rrset_values, values, parseTxtContent);
                    return kept && { values: kept, ttl: rrset.rrset_ttl };
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/providers/gcore/index.ts
// Gcore DNS (API v2): create the owner's TXT RRset, or merge our values into it and PUT it back; then read it back.





const gcore_API_URL = 'https://api.gcore.com/dns';
const gcore_DEFAULT_TTL = 120;
const gcore_descriptor = {
    id: 'gcore',
    name: 'Gcore DNS',
    credentials: [
        {
            env: 'GCORE_PERMANENT_API_TOKEN',
            description: 'Permanent API token (Profile > API tokens), sent as `Authorization: APIKey …`',
            secret: true,
        },
    ],
    settings: [
        { env: 'GCORE_API_URL', description: 'DNS API base URL', default: gcore_API_URL },
        {
            env: 'GCORE_TTL',
            description: 'TTL (seconds) of a TXT RRset this provider creates; an existing RRset keeps its TTL',
            default: String(gcore_DEFAULT_TTL),
        },
    ],
    leastPrivilege: 'Gcore API tokens cannot be limited to one zone: a token carries one of the account roles (Administrators, ' +
        'Engineers, …) and that role applies to every product and every zone of the account. Keep the alias zone in a ' +
        'separate Gcore account that holds nothing else, create the token there with the lowest role that may change ' +
        'DNS zones (not Administrators) and an expiration date, and rotate it before it expires.',
    docs: 'https://gcore.com/docs/api-reference/dns/rrsets/update-rrset',
};
// One per process, not per provider instance: two instances writing one owner must still take turns.
const gcore_ownerLocks = new KeyedMutex();
const gcore = {
    descriptor: gcore_descriptor,
    create(context) {
        const token = context.env.GCORE_PERMANENT_API_TOKEN ?? '';
        const apiUrl = context.env.GCORE_API_URL || gcore_API_URL;
        const ttl = readTtl(context.env, 'GCORE_TTL', { default: gcore_DEFAULT_TTL });
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'gcore',
            baseUrl: apiUrl,
            headers: { authorization: `APIKey ${token}`, accept: 'application/json' },
            secrets: [token],
            credentialHint: 'GCORE_PERMANENT_API_TOKEN',
        });
        const zones = new Map();
        const zoneName = (zone, owner) => {
            const key = `${absoluteless(zone)}|${absoluteless(owner)}`;
            let name = zones.get(key);
            if (name === undefined) {
                const candidates = zoneCandidates(zone, owner);
                name = findZone(candidates, async (candidate) => {
                    const response = await http.request('GET', `/v2/zones/${encodeURIComponent(candidate)}`, {
                        expect: [404],
                    });
                    return response.status === 404 ? undefined : response.body.name || candidate;
                }).then((found) => {
                    if (found === undefined) {
                        throw new Error(`gcore: no zone for ${absoluteless(owner)} in this account (tried ${candidates.join(', ')}); ` +
                            'create the alias zone in Gcore DNS, or check that GCORE_PERMANENT_API_TOKEN belongs to its account');
                    }
                    return found.zone;
                });
                // a failed lookup is not remembered: the next call asks again
                name.catch(() => zones.delete(key));
                zones.set(key, name);
            }
            return name;
        };
        const rrsetPath = (zone, owner) => `/v2/zones/${encodeURIComponent(zone)}/${encodeURIComponent(absoluteless(owner))}/TXT`;
        async function readTxt(zone, owner) {
            const response = await http.request('GET', rrsetPath(zone, owner), { expect: [404] });
            return response.status === 404 ? undefined : response.body;
        }
        /** The RRset as read, with other records and their settings untouched, and these records in place. */
        function replacement(rrset, records) {
            return {
                ttl: rrset.ttl ?? ttl,
                resource_records: records.map(({ content, enabled, meta }) => ({
                    content,
                    enabled: enabled ?? true,
                    ...(meta !== undefined ? { meta } : {}),
                })),
                // a dynamic RRset's pickers and meta would be dropped by a PUT that leaves them out
                ...(rrset.pickers !== undefined && rrset.pickers.length > 0 ? { pickers: rrset.pickers } : {}),
                ...(rrset.meta !== undefined && Object.keys(rrset.meta).length > 0 ? { meta: rrset.meta } : {}),
            };
        }
        /**
         * Gcore has no conditional write: read the owner's RRset, let plan decide the write, send it, and read back
         * until plan finds nothing to do, so a run that wrote in between cannot drop our values.
         */
        async function rewrite(zone, owner, plan) {
            const name = await zoneName(zone, owner);
            const path = rrsetPath(name, owner);
            await gcore_ownerLocks.run(ownerKey(apiUrl, name, owner), () => writeUntilHeld({
                what: `gcore: the TXT RRset at ${absoluteless(owner)}`,
                read: () => readTxt(name, owner),
                plan,
                write: async (_rrset, write) => {
                    if (write.method === 'POST') {
                        // 409: another writer created the RRset since our read; the read-back merges into theirs
                        await http.request('POST', path, {
                            body: {
                                ttl,
                                resource_records: write.values.map((value) => ({ content: [value], enabled: true })),
                            },
                            expect: [409],
                        });
                    }
                    else if (write.method === 'PUT') {
                        await http.request('PUT', path, { body: write.body });
                    }
                    else {
                        // DELETE drops the whole RRset: planned only when nothing else is left in it; 404: someone was faster
                        await http.request('DELETE', path, { expect: [404] });
                    }
                },
                sleep: context.transport?.sleep,
                log: (message) => context.host.info(message),
            }));
        }
        return {
            id: 'gcore',
            async append(zone, owner, values) {
                const wanted = [...new Set(values)];
                await rewrite(zone, owner, (rrset) => {
                    if (rrset === undefined)
                        return { method: 'POST', values: wanted };
                    const missing = wanted.filter((value) => !rrset.resource_records.some((r) => holds(r, value)));
                    if (missing.length === 0)
                        return undefined;
                    const records = [
                        ...rrset.resource_records,
                        ...missing.map((value) => ({ content: [value], enabled: true })),
                    ];
                    return { method: 'PUT', body: replacement(rrset, records) };
                });
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (rrset) => {
                    if (rrset === undefined)
                        return undefined;
                    const kept = rrset.resource_records.filter((record) => !values.some((value) => holds(record, value)));
                    if (kept.length === rrset.resource_records.length)
                        return undefined;
                    if (kept.length === 0)
                        return { method: 'DELETE' };
                    return { method: 'PUT', body: replacement(rrset, kept) };
                });
            },
        };
    },
};
/** Gcore keeps TXT content unquoted; a value entered in quotes elsewhere is still the same value. */
function holds(record, value) {
    const text = record.content.map(String).join('');
    return text === value || text === `"${value}"`;
}

;// CONCATENATED MODULE: ./src/providers/godaddy/index.ts






const godaddy_API_URL = 'https://api.godaddy.com';
const godaddy_descriptor = {
    id: 'godaddy',
    name: 'GoDaddy',
    credentials: [
        { env: 'GODADDY_API_KEY', description: 'Production API key (developer.godaddy.com/keys)', secret: true },
        { env: 'GODADDY_API_SECRET', description: 'The secret of that API key', secret: true },
    ],
    settings: [
        {
            env: 'GODADDY_API_URL',
            description: 'API base URL (https://api.ote-godaddy.com for the test environment)',
            default: godaddy_API_URL,
        },
        {
            env: 'GODADDY_TTL',
            description: 'TTL of a TXT set this provider creates (seconds, 600 or more)',
            default: '600',
        },
    ],
    leastPrivilege: 'GoDaddy API keys cannot be scoped: a key acts for every domain of the account, with full rights. Keep the ' +
        'alias domain in a separate GoDaddy account that holds nothing else, and create the key there. Note that ' +
        'GoDaddy only opens the production DNS API to accounts it allows (the API answers 403 ACCESS_DENIED ' +
        'otherwise), so check that first.',
    docs: 'https://developer.godaddy.com/doc/endpoint/domains',
};
// One per process, not per provider instance: two instances writing one owner must still take turns.
const godaddy_ownerLocks = new KeyedMutex();
const godaddy = {
    descriptor: godaddy_descriptor,
    create(context) {
        const key = context.env.GODADDY_API_KEY ?? '';
        const secret = context.env.GODADDY_API_SECRET ?? '';
        const ttl = readTtl(context.env, 'GODADDY_TTL', { default: 600, min: 600, note: "GoDaddy's minimum" });
        const baseUrl = context.env.GODADDY_API_URL || godaddy_API_URL;
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'godaddy',
            baseUrl,
            headers: { authorization: `sso-key ${key}:${secret}`, accept: 'application/json' },
            secrets: [key, secret, `${key}:${secret}`],
            credentialHint: 'GODADDY_API_KEY and GODADDY_API_SECRET',
            throttle: retryAfterSec,
        });
        const domains = new Map();
        const domainOf = (zone, owner) => {
            const cacheKey = `${zone}|${owner}`;
            let found = domains.get(cacheKey);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, async (name) => {
                    const { status } = await http.request('GET', `/v1/domains/${encodeURIComponent(name)}`, {
                        expect: [404],
                    });
                    return status === 404 ? undefined : name;
                }).then((hit) => {
                    if (hit === undefined) {
                        domains.delete(cacheKey);
                        throw new Error(`godaddy: no domain for ${owner} in this account (tried ${candidates.join(', ')}); check that the ` +
                            'alias domain is in the account of GODADDY_API_KEY');
                    }
                    return hit.zone;
                });
                domains.set(cacheKey, found);
            }
            return found;
        };
        // the apex is "@" in record paths
        const recordsPath = (domain, owner) => `/v1/domains/${encodeURIComponent(domain)}/records/TXT/${encodeURIComponent(relativeName(owner, domain) || '@')}`;
        const read = async (path) => {
            const response = await http.request('GET', path, { expect: [404] });
            return response.status === 404 ? [] : (response.body ?? []);
        };
        const write = (path, records) => http.request('PUT', path, { body: records });
        /**
         * GoDaddy has no conditional write: read the name's TXT records, let plan decide what they become
         * (undefined: nothing to do, []: delete them), write, and read back until plan finds nothing to do.
         */
        async function rewrite(zone, owner, plan) {
            const domain = await domainOf(zone, owner);
            const path = recordsPath(domain, owner);
            await godaddy_ownerLocks.run(ownerKey(baseUrl, domain, owner), () => writeUntilHeld({
                what: `godaddy: the TXT records at ${owner}`,
                read: () => read(path),
                plan,
                write: async (_existing, records) => {
                    // a PUT of an empty list is refused: the last value goes with a DELETE of the name's TXT set
                    if (records.length === 0)
                        await http.request('DELETE', path, { expect: [404] });
                    else
                        await write(path, records);
                },
                sleep: context.transport?.sleep,
                log: (message) => context.host.info(message),
            }));
        }
        return {
            id: godaddy_descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (existing) => {
                    const added = missingTxt(existing, values, recordValue);
                    if (added.length === 0)
                        return undefined;
                    return [
                        // records already there go back exactly as GoDaddy gave them, TTL included
                        ...existing.map(({ data, ttl: kept }) => ({ data, ttl: kept })),
                        ...added.map((data) => ({ data, ttl })),
                    ];
                });
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (existing) => withoutTxt(existing, values, recordValue)?.map(({ data, ttl: kept }) => ({ data, ttl: kept })));
            },
        };
    },
};
function recordValue(record) {
    return parseTxtContent(record.data);
}
/** A 429 without Retry-After still says how long to wait: {"code": "TOO_MANY_REQUESTS", "retryAfterSec": 30}. */
function retryAfterSec({ status, body, headers }) {
    if (status !== 429 || headers['retry-after'] !== undefined)
        return false;
    try {
        const seconds = JSON.parse(body)?.retryAfterSec;
        return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0
            ? { waitMs: seconds * 1000 }
            : true;
    }
    catch {
        return true;
    }
}

// EXTERNAL MODULE: ./src/clouds/google.ts
var google = __webpack_require__(22819);
;// CONCATENATED MODULE: ./src/providers/google/index.ts
// Google Cloud DNS (API v1): swap the owner's TXT RRset in one change whose deletion must match the current set exactly.








const google_API_URL = 'https://dns.googleapis.com/dns/v1';
const OAUTH_URL = 'https://oauth2.googleapis.com';
const STS_URL = 'https://sts.googleapis.com';
const IAM_URL = 'https://iamcredentials.googleapis.com';
// The narrowest OAuth scope that can change record sets.
const DNS_SCOPE = 'https://www.googleapis.com/auth/ndev.clouddns.readwrite';
const google_descriptor = {
    id: 'google',
    name: 'Google Cloud DNS',
    credentials: [
        {
            env: 'GCE_SERVICE_ACCOUNT',
            description: 'Service account key, the JSON document itself (a repository secret)',
            secret: true,
            set: 'service account key',
        },
        {
            env: 'GCE_SERVICE_ACCOUNT_FILE',
            description: 'Path of a service account key JSON file (as lego takes it)',
            set: 'service account key file',
        },
        {
            env: 'GCE_WORKLOAD_IDENTITY_PROVIDER',
            description: 'Workload identity provider for the workflow OIDC token: ' +
                'projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>; ' +
                'the job needs `permissions: id-token: write`',
            set: 'OIDC workload identity',
        },
        {
            env: 'GCE_SERVICE_ACCOUNT_EMAIL',
            description: 'Service account the workload identity impersonates',
            set: 'OIDC workload identity',
        },
    ],
    settings: [
        // first: the test harness points the first *_API_URL setting at itself
        { env: 'GOOGLE_API_URL', description: 'Cloud DNS API base URL', default: google_API_URL },
        {
            env: 'GCE_PROJECT',
            description: "Project id of the alias zone; default: the key's project_id, or the project of GCE_SERVICE_ACCOUNT_EMAIL",
        },
        {
            env: 'GCE_ZONE_ID',
            description: 'Managed zone name (or id) of the alias zone; skips the lookup by DNS name',
        },
        {
            env: 'GCE_TTL',
            description: 'TTL (seconds) of a TXT RRset this provider creates; an existing one keeps its TTL',
            default: '60',
        },
        {
            env: 'GOOGLE_OAUTH_URL',
            description: 'OAuth token endpoint base (service account keys)',
            default: OAUTH_URL,
        },
        {
            env: 'GOOGLE_STS_URL',
            description: 'Security Token Service base (workload identity)',
            default: STS_URL,
        },
        { env: 'GOOGLE_IAM_URL', description: 'IAM Credentials API base (workload identity)', default: IAM_URL },
    ],
    leastPrivilege: 'Cloud DNS IAM can be granted on a single managed zone: give the service account roles/dns.reader on the ' +
        'project only if it must find the zone by name (or set GCE_ZONE_ID and skip that), and roles/dns.admin (or a ' +
        'custom role with dns.changes.create, dns.changes.get, dns.resourceRecordSets.list/create/update/delete) on ' +
        'the alias zone only (gcloud dns managed-zones add-iam-policy-binding <zone> --member ' +
        'serviceAccount:<email> --role ...). Better than a key: workload identity federation with an attribute ' +
        'condition on assertion.repository, so no long-lived key exists at all. A separate project for the alias ' +
        'zone limits the blast radius further.',
    docs: 'https://cloud.google.com/dns/docs/reference/rest/v1/changes/create',
};
const google_ownerLocks = new KeyedMutex();
const google_CONFLICT_RETRIES = 4;
const DONE_WAITS_MS = [1000, 2000, 3000, 5000];
const DONE_LIMIT_MS = 120_000;
const google_google = {
    descriptor: google_descriptor,
    create(context) {
        const env = context.env;
        const log = (message) => context.host.info(message);
        const sleep = context.transport?.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
        const credential = (0,google/* googleCredential */.H0)(context, 'google', DNS_SCOPE);
        const project = credential.project;
        if (project === '')
            throw new Error('google: set GCE_PROJECT, the project id of the alias zone');
        const apiUrl = env.GOOGLE_API_URL || google_API_URL;
        const ttl = readTtl(env, 'GCE_TTL', { default: 60 });
        // One access token per run, fetched on first use; a failure is not kept, so the post step may try again.
        let client;
        const http = () => {
            client ??= credential.token().then((token) => (0,providers_http/* providerHttp */.o)(context, {
                provider: 'google',
                baseUrl: apiUrl,
                headers: { authorization: `Bearer ${token}` },
                secrets: [token],
                credentialHint: credential.hint,
                isThrottled: google/* googleThrottled */.ep,
            }));
            client.catch(() => {
                client = undefined;
            });
            return client;
        };
        const projectPath = `/projects/${encodeURIComponent(project)}`;
        const zoneNames = new Map();
        const managedZone = (zone, owner) => {
            const configured = env.GCE_ZONE_ID?.trim();
            if (configured)
                return Promise.resolve(configured);
            const cacheKey = ownerKey(zone, owner);
            let found = zoneNames.get(cacheKey);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, publicZoneNamed).then((result) => {
                    if (result === undefined) {
                        throw new Error(`google: no public managed zone for ${owner} in project ${project} (tried ${candidates.join(', ')}); ` +
                            'check GCE_PROJECT, or set GCE_ZONE_ID');
                    }
                    return result.zone;
                });
                found.catch(() => zoneNames.delete(cacheKey));
                zoneNames.set(cacheKey, found);
            }
            return found;
        };
        async function publicZoneNamed(name) {
            const api = await http();
            let pageToken;
            do {
                const { body } = await api.request('GET', `${projectPath}/managedZones`, { query: { dnsName: `${name}.`, pageToken } });
                const hit = body.managedZones?.find((z) => absoluteless(z.dnsName) === name && (z.visibility ?? 'public') === 'public');
                if (hit)
                    return hit.name;
                pageToken = body.nextPageToken || undefined;
            } while (pageToken);
            return undefined;
        }
        const zonePath = (managed) => `${projectPath}/managedZones/${encodeURIComponent(managed)}`;
        async function readTxt(managed, owner) {
            const api = await http();
            const { body } = await api.request('GET', `${zonePath(managed)}/rrsets`, {
                query: { name: `${owner}.`, type: 'TXT' },
            });
            const found = body.rrsets?.find((r) => r.type === 'TXT' && absoluteless(r.name) === absoluteless(owner));
            if (found?.routingPolicy !== undefined) {
                throw new Error(`google: the TXT records at ${owner} use a routing policy; the challenge owner needs plain rrdatas`);
            }
            // only what a deletion must repeat exactly
            return found && { name: found.name, type: 'TXT', ttl: found.ttl, rrdatas: found.rrdatas ?? [] };
        }
        async function waitDone(managed, change) {
            if (change.status === 'done')
                return;
            const api = await http();
            let waited = 0;
            for (let i = 0; waited < DONE_LIMIT_MS; i++) {
                const wait = DONE_WAITS_MS[Math.min(i, DONE_WAITS_MS.length - 1)];
                await sleep(wait);
                waited += wait;
                const { body } = await api.request('GET', `${zonePath(managed)}/changes/${encodeURIComponent(change.id)}`);
                if (body.status === 'done')
                    return;
            }
            context.host.warning(`google: change ${change.id} is not done after ${DONE_LIMIT_MS / 1000} s; going on to check the name servers`);
        }
        /**
         * Read the owner's set, let `plan` decide the new rrdatas, and post one change: the exact set read as the
         * deletion plus the new set as the addition. Cloud DNS answers 412 (deletion no longer matches) or 409
         * (addition exists) when another writer got there first: then read again and plan again.
         */
        async function rewrite(zone, owner, plan, waitForDone) {
            const managed = await managedZone(zone, owner);
            await google_ownerLocks.run(ownerKey(apiUrl, project, managed, owner), async () => {
                for (let attempt = 1;; attempt++) {
                    const current = await readTxt(managed, owner);
                    const rrdatas = plan(current);
                    if (rrdatas === undefined)
                        return;
                    const additions = rrdatas.length > 0 ? [{ name: `${owner}.`, type: 'TXT', ttl: current?.ttl ?? ttl, rrdatas }] : [];
                    const api = await http();
                    try {
                        const { body } = await api.request('POST', `${zonePath(managed)}/changes`, {
                            body: { additions, deletions: current ? [current] : [] },
                            // a repeat cannot apply twice: its deletion or addition no longer matches, and we re-read
                            idempotent: true,
                        });
                        if (waitForDone)
                            await waitDone(managed, body);
                        return;
                    }
                    catch (error) {
                        const conflict = error instanceof http_client/* ProviderHttpError */.gm && (error.status === 409 || error.status === 412);
                        if (!conflict || attempt >= google_CONFLICT_RETRIES)
                            throw error;
                        log(`google: the TXT set at ${owner} changed while we wrote it; reading it again`);
                    }
                }
            });
        }
        return {
            id: google_descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (current) => mergeTxt(current?.rrdatas ?? [], values, presentationTxt), true);
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (current) => current && withoutTxt(current.rrdatas, values, parseTxtContent), false);
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/providers/he/index.ts
// Hurricane Electric Free DNS (dns.he.net): the dynamic TXT update of a pre-existing record, one value per record.



const he_API_URL = 'https://dyn.dns.he.net';
// What lego leaves in the record when it is done: HE has no delete through this API.
const PLACEHOLDER = '.';
// HE allows about 10 updates of one record in 2 minutes and answers "interval" beyond that: waited out
// 20 s at a time, over at most 3 attempts, before the answer is reported.
const INTERVAL_WAIT_MS = 20_000;
const INTERVAL_TRIES = 3;
const he_descriptor = {
    id: 'he',
    name: 'Hurricane Electric Free DNS (dns.he.net)',
    credentials: [
        {
            env: 'HURRICANE_TOKENS',
            description: 'Comma-separated `name:key` pairs, one per TXT record: the record name (`_acme-challenge.validation.example.org`, ' +
                'or without `_acme-challenge.` as lego writes it) and the dynamic DNS key generated for that record in dns.he.net',
            secret: true,
        },
    ],
    settings: [{ env: 'HURRICANE_API_URL', description: 'Base URL of the dynamic DNS API', default: he_API_URL }],
    leastPrivilege: 'Nothing to narrow: each key is generated for one TXT record (in dns.he.net, create the TXT record at the ' +
        'alias owner, tick "Enable entry for dynamic dns", then generate its key) and can change only that record. ' +
        'A record holds one value, so a certificate for a name and its wildcard (two values at once) needs two ' +
        'aliases, i.e. two records with a key each (domain_alias lines name=alias). Never share one record between ' +
        'runs that may overlap.',
    docs: 'https://dns.he.net/docs.html',
};
// What this process last set, per record: a second value would silently replace the first.
const he_written = new Map();
/** What the zone's authoritative servers serve now (the post step has no memory of what this run wrote). */
const he_currentTxtFromDns = (context, zone, owner) => new resolver/* Resolver */.xR(context.resolvers).servedTxt(zone, owner);
/** HURRICANE_TOKENS as a map from record name to key. */
function parseHurricaneTokens(text) {
    const tokens = new Map();
    for (const pair of text.split(',')) {
        const trimmed = pair.trim();
        if (trimmed === '')
            continue;
        const colon = trimmed.indexOf(':');
        if (colon <= 0 || colon === trimmed.length - 1) {
            throw new Error('HURRICANE_TOKENS must be comma-separated name:key pairs, e.g. _acme-challenge.validation.example.org:key; ' +
                `one entry has no name or no key (entry ${tokens.size + 1})`);
        }
        tokens.set(absoluteless(trimmed.slice(0, colon).trim()), trimmed.slice(colon + 1).trim());
    }
    return tokens;
}
function createHe(options = {}) {
    const currentTxt = options.currentTxt ?? he_currentTxtFromDns;
    return {
        descriptor: he_descriptor,
        create(context) {
            const raw = context.env.HURRICANE_TOKENS ?? '';
            context.host.mask(raw);
            const tokens = parseHurricaneTokens(raw);
            for (const key of tokens.values())
                context.host.mask(key);
            const http = (0,providers_http/* providerHttp */.o)(context, {
                provider: 'he',
                apiUrlEnv: 'HURRICANE_API_URL',
                defaultUrl: he_API_URL,
                secrets: [raw, ...tokens.values()],
                credentialHint: 'HURRICANE_TOKENS',
                throttle: tooOften,
            });
            const keyFor = (owner) => {
                const name = absoluteless(owner);
                const key = tokens.get(name) ?? tokens.get(name.replace(/^_acme-challenge\./, ''));
                if (key === undefined) {
                    throw new Error(`he: HURRICANE_TOKENS has no key for ${name}; add ${name}:<key>, the dynamic DNS key of that TXT record`);
                }
                return key;
            };
            const update = async (owner, txt) => {
                const hostname = absoluteless(owner);
                const form = new URLSearchParams({ hostname, password: keyFor(owner), txt }).toString();
                // setting one value twice does no harm, so a retry after a lost answer is safe
                const { body } = await http.request('POST', '/nic/update', {
                    text: form,
                    headers: { 'content-type': 'application/x-www-form-urlencoded' },
                    idempotent: true,
                });
                const answer = String(body ?? '').trim();
                const code = answer.split(/\s/)[0] ?? '';
                if (code === 'good' || code === 'nochg')
                    return;
                throw new Error(http.redact(`he: the update of ${hostname} answered "${answer.slice(0, 100)}": ${explain(code, hostname)}`));
            };
            return {
                id: he_descriptor.id,
                async append(_zone, owner, values) {
                    const name = absoluteless(owner);
                    const distinct = [...new Set(values)];
                    if (distinct.length === 0)
                        return;
                    if (distinct.length > 1) {
                        throw new Error(`he: ${name} needs ${distinct.length} TXT values at once (a name and its wildcard), but a dynamic ` +
                            'dns.he.net record holds one value; give the wildcard its own alias with its own record and key');
                    }
                    const value = distinct[0];
                    const earlier = he_written.get(name);
                    if (earlier !== undefined && earlier !== value) {
                        throw new Error(`he: ${name} already holds another TXT value of this run, and a dynamic dns.he.net record holds one ` +
                            'value; give each name its own alias with its own record and key');
                    }
                    await update(owner, value);
                    he_written.set(name, value);
                },
                async remove(zone, owner, values) {
                    const name = absoluteless(owner);
                    const ours = new Set(values);
                    const earlier = he_written.get(name);
                    let ourValue;
                    if (earlier !== undefined) {
                        ourValue = ours.has(earlier);
                    }
                    else {
                        // another process wrote it (the post step after a crash): reset only what DNS shows as ours
                        const served = await currentTxt(context, zone, owner).catch(() => undefined);
                        ourValue = served !== undefined && served.length > 0 && served.every((v) => ours.has(v));
                        if (served === undefined) {
                            context.host.info(`he: cannot tell whether ${name} still holds our value; left as is`);
                        }
                    }
                    if (!ourValue)
                        return;
                    // the record itself must stay: its dynamic key belongs to it
                    await update(owner, PLACEHOLDER);
                    he_written.delete(name);
                },
            };
        },
    };
}
const he = createHe();
/** "interval": the record was updated too often; waited out until the last attempt, whose answer is reported. */
function tooOften({ body, attempt }) {
    if (body.trim().split(/\s/)[0] !== 'interval' || attempt >= INTERVAL_TRIES)
        return false;
    return { waitMs: INTERVAL_WAIT_MS, reason: 'updated too often ("interval")' };
}
function explain(code, hostname) {
    switch (code) {
        case 'badauth':
            return `check HURRICANE_TOKENS: the key for ${hostname} is not the dynamic DNS key of that record`;
        case 'nohost':
            return `no TXT record ${hostname} with dynamic DNS enabled exists in dns.he.net; create it first`;
        case 'notfqdn':
            return `${hostname} is not a full domain name`;
        case 'abuse':
            return `dns.he.net blocked updates of ${hostname} for abuse`;
        case 'interval':
            return `${hostname} was updated too often; wait a few minutes`;
        default:
            return 'an unexpected answer from dns.he.net';
    }
}

;// CONCATENATED MODULE: ./src/providers/hetzner/index.ts
// Hetzner DNS through the Hetzner Cloud API: add_records and remove_records change single values of an RRset.





const hetzner_API_URL = 'https://api.hetzner.cloud/v1';
// The Cloud API refuses an RRset TTL under 60 seconds.
const hetzner_MIN_TTL = 60;
// Actions on a zone finish in a second or two; a minute of polling means something is wrong at Hetzner.
const ACTION_POLL_MS = 1000;
const ACTION_POLLS = 60;
const hetzner_descriptor = {
    id: 'hetzner',
    name: 'Hetzner DNS (Hetzner Cloud API)',
    credentials: [
        {
            env: 'HETZNER_API_TOKEN',
            description: 'Hetzner Cloud API token (Read & Write) of the project that holds the alias zone',
            secret: true,
        },
    ],
    settings: [
        { env: 'HETZNER_API_URL', description: 'API base URL', default: hetzner_API_URL },
        {
            env: 'HETZNER_TTL',
            description: `TTL of a TXT RRset this provider creates (seconds, ${hetzner_MIN_TTL} or more); an existing RRset keeps its TTL`,
            default: '120',
        },
    ],
    leastPrivilege: 'Hetzner Cloud API tokens belong to one project and are either Read or Read & Write on everything in it; ' +
        'they cannot be limited to one zone. Create a Hetzner Cloud project that holds only the alias zone ' +
        '(Cloud Console > new project > DNS > add the zone), and create the Read & Write token under that ' +
        "project's Security > API tokens. The token then cannot reach your other zones, servers or projects.",
    docs: 'https://docs.hetzner.cloud/reference/cloud#zone-rrset-actions',
};
const hetzner = {
    descriptor: hetzner_descriptor,
    create(context) {
        const token = context.env.HETZNER_API_TOKEN ?? '';
        const ttl = readTtl(context.env, 'HETZNER_TTL', { default: 120, min: hetzner_MIN_TTL });
        const sleep = context.transport?.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'hetzner',
            apiUrlEnv: 'HETZNER_API_URL',
            defaultUrl: hetzner_API_URL,
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
            secrets: [token],
            credentialHint: 'HETZNER_API_TOKEN',
            throttle: hetznerThrottled,
        });
        const zones = new Map();
        const zoneOf = (zone, owner) => {
            const key = `${zone}|${owner}`;
            let found = zones.get(key);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, async (name) => {
                    // the path takes a zone's id or its name; 404 means this project has no such zone
                    const response = await http.request('GET', `/zones/${encodeURIComponent(name)}`, {
                        expect: [404],
                    });
                    return response.status === 404 ? undefined : response.body.zone;
                }).then((hit) => {
                    if (hit === undefined) {
                        throw new Error(`hetzner: no zone for ${owner} in this project (tried ${candidates.join(', ')}); ` +
                            'check that HETZNER_API_TOKEN belongs to the Hetzner Cloud project holding the alias zone');
                    }
                    return hit.zone;
                });
                // a failed lookup (network, 401) must not stick: the next call asks again
                found.catch(() => zones.delete(key));
                zones.set(key, found);
            }
            return found;
        };
        const rrsetPath = (zone, owner) => `/zones/${zone.id}/rrsets/${encodeURIComponent(relativeName(owner, zone.name)) || '@'}/TXT`;
        const readTxt = async (zone, owner) => {
            const response = await http.request('GET', rrsetPath(zone, owner), { expect: [404] });
            return response.status === 404 ? undefined : response.body.rrset;
        };
        /** Changes are asynchronous: wait until the action succeeds, so a failure is reported and not lost. */
        const settle = async (first) => {
            let action = first;
            for (let poll = 0; action.status === 'running'; poll++) {
                if (poll >= ACTION_POLLS) {
                    throw new Error(`hetzner: action ${action.id} (${action.command}) still running after ${(ACTION_POLLS * ACTION_POLL_MS) / 1000} s`);
                }
                await sleep(ACTION_POLL_MS);
                action = (await http.request('GET', `/actions/${action.id}`)).body.action;
            }
            if (action.status === 'error') {
                throw new Error(`hetzner: action ${action.id} (${action.command}) failed: ${action.error?.code ?? 'error'}: ${action.error?.message ?? ''}`);
            }
        };
        return {
            id: hetzner_descriptor.id,
            async append(zone, owner, values) {
                const found = await zoneOf(zone, owner);
                const rrset = await readTxt(found, owner);
                const missing = missingTxt(rrset?.records ?? [], values, hetzner_recordValue);
                if (missing.length === 0)
                    return;
                // one action for every value (apex and wildcard together); the TTL only matters when the RRset is new
                const { body } = await http.request('POST', `${rrsetPath(found, owner)}/actions/add_records`, {
                    body: {
                        ...(rrset === undefined ? { ttl } : rrset.ttl === null ? {} : { ttl: rrset.ttl }),
                        records: missing.map((value) => ({ value: formatTxtContent(value) })),
                    },
                });
                await settle(body.action);
            },
            async remove(zone, owner, values) {
                const found = await zoneOf(zone, owner);
                const rrset = await readTxt(found, owner);
                // the stored form of each value, so the API matches it whatever quoting it was written with
                const records = ourTxt(rrset?.records ?? [], values, hetzner_recordValue);
                if (records.length === 0)
                    return;
                const { body } = await http.request('POST', `${rrsetPath(found, owner)}/actions/remove_records`, { body: { records: records.map((r) => ({ value: r.value })) } });
                await settle(body.action);
            },
        };
    },
};
function hetzner_recordValue(record) {
    return parseTxtContent(record.value);
}
/**
 * "locked": another action on the zone is running; "conflict": the zone changed under the request. Neither
 * was carried out, so sending again is what the API asks for. (A 429 waits for RateLimit-Reset in the HTTP
 * layer.)
 */
function hetznerThrottled({ status, body }) {
    return status === 423 || (status === 409 && /"code"\s*:\s*"conflict"/.test(body));
}

;// CONCATENATED MODULE: ./src/providers/httpreq/index.ts
// lego's httpreq protocol: POST {fqdn, value} to <endpoint>/present and /cleanup, once per value, on a server of your own.



const httpreq_descriptor = {
    id: 'httpreq',
    name: 'HTTP request (lego httpreq)',
    credentials: [
        {
            env: 'HTTPREQ_ENDPOINT',
            description: 'URL of your server (lego name), e.g. https://dns-hook.example.org/acme; /present and /cleanup are appended',
            set: 'endpoint as lego names it',
        },
        {
            env: 'HTTPREQ_API_URL',
            description: 'The same URL under this project’s <PREFIX>_API_URL name; wins when both are set',
            set: 'endpoint as certalias names it',
        },
    ],
    settings: [
        {
            env: 'HTTPREQ_USERNAME',
            description: 'Basic authentication user name (with HTTPREQ_PASSWORD)',
            secret: true,
        },
        {
            env: 'HTTPREQ_PASSWORD',
            description: 'Basic authentication password (with HTTPREQ_USERNAME)',
            secret: true,
        },
        {
            env: 'HTTPREQ_MODE',
            description: "Only the default mode (JSON {fqdn, value}); lego's RAW mode sends the ACME token and key authorization, " +
                'which this action does not hand to a DNS provider, so RAW is refused',
            default: '',
        },
    ],
    leastPrivilege: 'The server is yours: let it accept only TXT changes under the alias zone (reject any fqdn outside ' +
        '_acme-challenge names of validation.example.org), require basic authentication with a password used for ' +
        'nothing else, and serve it over HTTPS. /present must add the value and keep the others at the name; ' +
        '/cleanup must remove only that value.',
    docs: 'https://go-acme.github.io/lego/dns/httpreq/',
};
// One per process: a server doing its own read-merge-write must see one request per owner at a time.
const httpreq_ownerLocks = new KeyedMutex();
const httpreq = {
    descriptor: httpreq_descriptor,
    create(context) {
        const endpoint = context.env.HTTPREQ_API_URL || context.env.HTTPREQ_ENDPOINT || '';
        const endpointName = context.env.HTTPREQ_API_URL ? 'HTTPREQ_API_URL' : 'HTTPREQ_ENDPOINT';
        const mode = (context.env.HTTPREQ_MODE ?? '').trim();
        if (mode !== '') {
            throw new Error(`HTTPREQ_MODE=${mode} is not supported: only the default mode, which posts {"fqdn", "value"}; unset HTTPREQ_MODE`);
        }
        const username = context.env.HTTPREQ_USERNAME ?? '';
        const password = context.env.HTTPREQ_PASSWORD ?? '';
        if (Boolean(username) !== Boolean(password)) {
            throw new Error('HTTPREQ_USERNAME and HTTPREQ_PASSWORD go together: set both for basic authentication, or neither');
        }
        const basic = username ? Buffer.from(`${username}:${password}`, 'utf8').toString('base64') : '';
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'httpreq',
            baseUrl: checkedUrl(endpoint, endpointName),
            headers: basic ? { authorization: `Basic ${basic}` } : {},
            secrets: [username, password, basic],
            credentialHint: basic
                ? 'HTTPREQ_USERNAME and HTTPREQ_PASSWORD'
                : `${endpointName} (the server wants credentials? set HTTPREQ_USERNAME and HTTPREQ_PASSWORD)`,
        });
        async function send(action, owner, values) {
            const fqdn = `${absoluteless(owner)}.`;
            await httpreq_ownerLocks.run(ownerKey(endpoint, owner), async () => {
                for (const value of new Set(values)) {
                    await http.request('POST', `/${action}`, { body: { fqdn, value } });
                }
            });
        }
        return {
            id: 'httpreq',
            append: (_zone, owner, values) => send('present', owner, values),
            remove: (_zone, owner, values) => send('cleanup', owner, values),
        };
    },
};
function checkedUrl(value, name) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw new Error(`${name} must be the URL of your httpreq server, e.g. https://dns-hook.example.org/acme`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`${name} must start with http:// or https://`);
    }
    if (url.username || url.password) {
        // a password in the URL would travel into logs and error messages; basic auth has its own variables
        throw new Error(`${name} must not carry a user or password; set HTTPREQ_USERNAME and HTTPREQ_PASSWORD instead`);
    }
    return url.href;
}

;// CONCATENATED MODULE: ./src/providers/infomaniak/index.ts



const infomaniak_API_URL = 'https://api.infomaniak.com';
const infomaniak_descriptor = {
    id: 'infomaniak',
    name: 'Infomaniak',
    credentials: [
        {
            env: 'INFOMANIAK_ACCESS_TOKEN',
            description: 'API token (Manager > API tokens) with the domain scope, sent as a bearer token',
            secret: true,
        },
    ],
    settings: [
        {
            env: 'INFOMANIAK_API_URL',
            description: 'API base URL (lego calls it INFOMANIAK_ENDPOINT)',
            default: infomaniak_API_URL,
        },
        { env: 'INFOMANIAK_TTL', description: 'TTL (seconds) of the TXT records', default: '300' },
    ],
    leastPrivilege: 'Infomaniak API tokens are not limited to one domain: a token with the domain scope reaches every domain ' +
        'its user may manage. Create the token as a user of your organisation whose access rights cover only the ' +
        "alias zone's domain, or keep the alias zone in a separate Infomaniak organisation that holds nothing else, " +
        'and give the token no other scope than the domain scope.',
    docs: 'https://developer.infomaniak.com/docs/api',
};
const infomaniak = {
    descriptor: infomaniak_descriptor,
    create(context) {
        const token = context.env.INFOMANIAK_ACCESS_TOKEN ?? '';
        const ttl = Number(context.env.INFOMANIAK_TTL || 300);
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'infomaniak',
            apiUrlEnv: 'INFOMANIAK_API_URL',
            defaultUrl: context.env.INFOMANIAK_ENDPOINT || infomaniak_API_URL,
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
            secrets: [token],
            credentialHint: 'INFOMANIAK_ACCESS_TOKEN',
        });
        // The API may answer 200 with result "error": that is a failure too.
        const call = async (method, path, options = {}) => {
            const { body } = await http.request(method, path, options);
            if (body?.result !== 'success') {
                const error = body?.error;
                throw new Error(http.redact(`infomaniak: ${method} ${path} answered ${body?.result ?? 'nothing'}` +
                    (error ? `: ${error.code}${error.description ? ` (${error.description})` : ''}` : '')));
            }
            return body.data;
        };
        const domains = new Map();
        const domainOf = (zone, owner) => {
            const key = `${zone}|${owner}`;
            let found = domains.get(key);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, async (name) => {
                    const products = await call('GET', '/1/product', {
                        query: { service_name: 'domain', customer_name: name },
                    });
                    return products.find((p) => absoluteless(p.customer_name) === name)?.id;
                }).then((result) => {
                    if (result === undefined) {
                        throw new Error(`infomaniak: no domain for ${owner} in this account (tried ${candidates.join(', ')}); ` +
                            'check that INFOMANIAK_ACCESS_TOKEN may manage the alias zone');
                    }
                    return { id: result.zone, name: result.name };
                });
                domains.set(key, found);
            }
            return found;
        };
        // v1 answers the plain text; the v2 API quotes it. Either way the value is what a validator reads.
        const recordValue = (record) => record.target.startsWith('"') ? parseTxtContent(record.target) : record.target;
        const txtRecords = async (domainId, owner) => {
            const records = await call('GET', `/1/domain/${domainId}/dns/record`);
            const name = absoluteless(owner);
            return records.filter((r) => r.type === 'TXT' && absoluteless(r.source_idn ?? '') === name);
        };
        return {
            id: infomaniak_descriptor.id,
            async append(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const present = new Set((await txtRecords(domain.id, owner)).map(recordValue));
                // Infomaniak writes the apex as "."
                const source = relativeName(owner, domain.name) || '.';
                for (const value of new Set(values)) {
                    if (present.has(value))
                        continue;
                    await call('POST', `/1/domain/${domain.id}/dns/record`, {
                        body: { source, type: 'TXT', ttl, target: value },
                    });
                }
            },
            async remove(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const ours = new Set(values);
                for (const record of await txtRecords(domain.id, owner)) {
                    if (ours.has(recordValue(record)))
                        await call('DELETE', `/1/domain/${domain.id}/dns/record/${record.id}`);
                }
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/providers/linode/index.ts
// Linode (Akamai) DNS Manager (API v4): one domain record per TXT value, so appending never touches other values.




const linode_API_URL = 'https://api.linode.com/v4';
// Linode rounds other TTLs to its fixed steps; 300 is the smallest lego accepts and what the zone file honours.
const linode_MIN_TTL = 300;
const linode_descriptor = {
    id: 'linode',
    name: 'Linode (Akamai Cloud) DNS Manager',
    credentials: [
        {
            env: 'LINODE_TOKEN',
            description: 'Personal access token with Domains: Read/Write',
            secret: true,
        },
    ],
    settings: [
        { env: 'LINODE_API_URL', description: 'API base URL', default: linode_API_URL },
        {
            env: 'LINODE_TTL',
            description: `TTL of the TXT records (seconds, ${linode_MIN_TTL} or more)`,
            default: '300',
        },
    ],
    leastPrivilege: 'A token has the rights of the user who makes it, limited by its scopes. Add a restricted user to the account ' +
        '(Account > Users & Grants) whose only grant is Read/Write on the alias domain, log in as that user and create a ' +
        'personal access token with only Domains: Read/Write. The token then cannot see or change any other domain.',
    docs: 'https://techdocs.akamai.com/linode-api/reference/get-domain-records',
};
// The largest page the API gives.
const PAGE_SIZE = 500;
const linode = {
    descriptor: linode_descriptor,
    create(context) {
        const token = context.env.LINODE_TOKEN ?? '';
        const ttl = readTtl(context.env, 'LINODE_TTL', { default: linode_MIN_TTL, min: linode_MIN_TTL });
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'linode',
            apiUrlEnv: 'LINODE_API_URL',
            defaultUrl: linode_API_URL,
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
            secrets: [token],
            credentialHint: 'LINODE_TOKEN',
        });
        async function allPages(path, filter) {
            const items = [];
            for (let page = 1;; page++) {
                const { body } = await http.request('GET', path, {
                    query: { page, page_size: PAGE_SIZE },
                    ...(filter ? { headers: { 'x-filter': JSON.stringify(filter) } } : {}),
                });
                items.push(...body.data);
                if (page >= body.pages)
                    return items;
            }
        }
        // One listing serves every owner of the run: the account's domains do not change while it runs.
        let domains;
        const listDomains = () => {
            if (domains === undefined) {
                domains = allPages('/domains');
                // a failed listing (network, 401) must not stick: the next call asks again
                domains.catch(() => {
                    domains = undefined;
                });
            }
            return domains;
        };
        const domainOf = async (zone, owner) => {
            const byName = new Map((await listDomains()).map((d) => [absoluteless(d.domain), d]));
            const candidates = zoneCandidates(zone, owner);
            for (const name of candidates) {
                const domain = byName.get(name);
                if (domain !== undefined)
                    return domain;
            }
            throw new Error(`linode: no domain for ${owner} in this account (tried ${candidates.join(', ')}); ` +
                'add the alias zone in the DNS Manager, or grant the user of LINODE_TOKEN access to it');
        };
        const txtRecords = async (domain, owner) => {
            const name = relativeName(owner, domain.domain).toLowerCase();
            // the type filter is documented; the name is compared here, where case and the apex ('') are under our control
            const records = await allPages(`/domains/${domain.id}/records`, { type: 'TXT' });
            return records.filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name);
        };
        return {
            id: linode_descriptor.id,
            async append(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const missing = missingTxt(await txtRecords(domain, owner), values, (r) => parseMaybeQuoted(r.target));
                const name = relativeName(owner, domain.domain);
                await Promise.all(missing.map((value) => http.request('POST', `/domains/${domain.id}/records`, {
                    body: { type: 'TXT', name, target: value, ttl_sec: ttl },
                })));
            },
            async remove(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const records = ourTxt(await txtRecords(domain, owner), values, (r) => parseMaybeQuoted(r.target));
                await Promise.all(records.map((r) => http.request('DELETE', `/domains/${domain.id}/records/${r.id}`)));
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/providers/namecheap/index.ts
// Namecheap (XML API): setHosts replaces every host record of the domain, so the whole list is read, merged and written back under a per-domain lock.






const namecheap_API_URL = 'https://api.namecheap.com/xml.response';
const namecheap_SANDBOX_URL = 'https://api.sandbox.namecheap.com/xml.response';
const namecheap_descriptor = {
    id: 'namecheap',
    name: 'Namecheap',
    credentials: [
        { env: 'NAMECHEAP_API_USER', description: 'Namecheap user name the API key belongs to' },
        {
            env: 'NAMECHEAP_API_KEY',
            description: 'API key (Profile > Tools > Business & Dev Tools > API Access)',
            secret: true,
        },
        {
            env: 'NAMECHEAP_CLIENT_IP',
            description: 'Public IPv4 address the requests come from, whitelisted in API Access; Namecheap refuses every call ' +
                'from any other address, so the runner needs a fixed egress address (self-hosted runner or proxy)',
        },
    ],
    settings: [
        {
            env: 'NAMECHEAP_API_URL',
            description: `API endpoint; the sandbox is ${namecheap_SANDBOX_URL}`,
            default: namecheap_API_URL,
        },
        { env: 'NAMECHEAP_TTL', description: 'TTL of the TXT records (seconds, 60 to 60000)', default: '120' },
    ],
    leastPrivilege: 'Namecheap API keys cannot be scoped: the key acts for every domain of the account, and every write ' +
        'rewrites all host records of a domain. Keep the alias domain in a separate Namecheap account that holds ' +
        'nothing else (API access needs the account to qualify: balance, domain count or spend), enable API access ' +
        'there, and whitelist only the fixed IP your runner leaves from.',
    docs: 'https://www.namecheap.com/support/api/methods/domains-dns/set-hosts/',
};
// Error numbers of the global API errors that are about the credentials, not the request.
const CREDENTIAL_ERRORS = {
    '1010101': 'NAMECHEAP_API_USER',
    '1011101': 'NAMECHEAP_API_USER',
    '1010102': 'NAMECHEAP_API_KEY',
    '1011102': 'NAMECHEAP_API_KEY',
    '1010104': 'NAMECHEAP_API_USER',
    '1011104': 'NAMECHEAP_API_USER',
    '1011150': 'NAMECHEAP_CLIENT_IP (it must be the whitelisted address the request came from)',
};
// One per process: setHosts rewrites the whole domain, so every owner of one domain takes turns.
const domainLocks = new KeyedMutex();
const namecheap = {
    descriptor: namecheap_descriptor,
    create(context) {
        const apiUser = context.env.NAMECHEAP_API_USER ?? '';
        const apiKey = context.env.NAMECHEAP_API_KEY ?? '';
        const clientIp = (context.env.NAMECHEAP_CLIENT_IP ?? '').trim();
        if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(clientIp)) {
            throw new Error(`NAMECHEAP_CLIENT_IP must be the public IPv4 address whitelisted in Namecheap's API Access, e.g. 203.0.113.7; ` +
                `got "${clientIp}". The action cannot look it up, and Namecheap refuses calls from any other address`);
        }
        const ttl = readTtl(context.env, 'NAMECHEAP_TTL', { default: 120, min: 60, max: 60000 });
        const apiUrl = context.env.NAMECHEAP_API_URL || namecheap_API_URL;
        // the endpoint is one document (…/xml.response): the client joins paths, so the document is the path
        const endpoint = new URL(apiUrl);
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'namecheap',
            baseUrl: endpoint.origin,
            secrets: [apiKey],
            credentialHint: 'NAMECHEAP_API_USER, NAMECHEAP_API_KEY and NAMECHEAP_CLIENT_IP',
        });
        const auth = { ApiUser: apiUser, ApiKey: apiKey, UserName: apiUser, ClientIp: clientIp };
        /** The XML answer of one command, or an error naming what to fix when Status is ERROR (sent with HTTP 200). */
        const command = async (name, params, write) => {
            const fields = { ...auth, Command: name, ...params };
            // setHosts carries every record of the domain: too long for a URL, so it goes as a form
            const { body } = write
                ? await http.request('POST', endpoint.pathname, {
                    text: new URLSearchParams(fields).toString(),
                    headers: { 'content-type': 'application/x-www-form-urlencoded' },
                    // the same full list written twice gives the same zone
                    idempotent: true,
                })
                : await http.request('GET', endpoint.pathname, { query: fields });
            const xml = String(body ?? '');
            const status = /<ApiResponse\b[^>]*\bStatus="([^"]*)"/i.exec(xml)?.[1];
            if (status?.toUpperCase() === 'OK')
                return xml;
            const errors = namecheap_elements(xml, 'Error').map((e) => ({ number: e.attributes.Number ?? '', text: e.text }));
            const described = errors.map((e) => `${e.text} (${e.number})`).join('; ') || 'no answer in the expected XML form';
            const variables = [...new Set(errors.map((e) => CREDENTIAL_ERRORS[e.number]).filter(Boolean))];
            throw new Error(http.redact(`namecheap: ${name} failed: ${described}` +
                (variables.length > 0 ? `. Check ${variables.join(' and ')}` : '')));
        };
        const readHosts = async (sld, tld) => {
            const xml = await command('namecheap.domains.dns.getHosts', { SLD: sld, TLD: tld }, false);
            const result = namecheap_elements(xml, 'DomainDNSGetHostsResult')[0]?.attributes ?? {};
            if (result.IsUsingOurDNS?.toLowerCase() === 'false') {
                throw new Error(`namecheap: ${sld}.${tld} does not use Namecheap's DNS servers, so its records cannot be set here`);
            }
            const hosts = namecheap_elements(xml, 'host').map(({ attributes: a }) => ({
                Name: a.Name ?? '',
                Type: a.Type ?? '',
                Address: a.Address ?? '',
                MXPref: a.MXPref ?? '10',
                TTL: a.TTL ?? '1800',
            }));
            return { hosts, emailType: result.EmailType };
        };
        const writeHosts = async (sld, tld, hosts, emailType) => {
            const params = { SLD: sld, TLD: tld };
            hosts.forEach((h, i) => {
                params[`HostName${i + 1}`] = h.Name;
                params[`RecordType${i + 1}`] = h.Type;
                params[`Address${i + 1}`] = h.Address;
                params[`MXPref${i + 1}`] = h.MXPref;
                params[`TTL${i + 1}`] = h.TTL;
            });
            // without EmailType, setHosts falls back to Namecheap's default mail setup and drops the domain's MX records
            const mail = emailType ?? (hosts.some((h) => h.Type === 'MX') ? 'MX' : undefined);
            if (mail)
                params.EmailType = mail;
            const xml = await command('namecheap.domains.dns.setHosts', params, true);
            const ok = namecheap_elements(xml, 'DomainDNSSetHostsResult')[0]?.attributes.IsSuccess;
            if (ok?.toLowerCase() !== 'true')
                throw new Error(`namecheap: setHosts for ${sld}.${tld} did not succeed`);
        };
        const change = async (zone, owner, edit) => {
            const { sld, tld } = splitDomain(zone);
            const name = relativeName(owner, zone) || '@';
            // setHosts replaces every record of the domain and takes no condition: read back until it holds
            await domainLocks.run(ownerKey(apiUrl, zone), () => writeUntilHeld({
                what: `namecheap: the records of ${sld}.${tld}`,
                read: () => readHosts(sld, tld),
                plan: ({ hosts }) => edit(hosts, name),
                write: ({ emailType }, next) => writeHosts(sld, tld, next, emailType),
                sleep: context.transport?.sleep,
                log: (message) => context.host.info(message),
            }));
        };
        const isOurs = (h, name) => h.Type === 'TXT' && h.Name.toLowerCase() === name.toLowerCase();
        return {
            id: namecheap_descriptor.id,
            async append(zone, owner, values) {
                await change(zone, owner, (hosts, name) => {
                    const added = missingTxt(hosts.filter((h) => isOurs(h, name)), values, (h) => h.Address);
                    if (added.length === 0)
                        return undefined;
                    return [
                        ...hosts,
                        ...added.map((Address) => ({ Name: name, Type: 'TXT', Address, MXPref: '10', TTL: String(ttl) })),
                    ];
                });
            },
            async remove(zone, owner, values) {
                const ours = new Set(values);
                await change(zone, owner, (hosts, name) => {
                    const kept = hosts.filter((h) => !(isOurs(h, name) && ours.has(h.Address)));
                    return kept.length === hosts.length ? undefined : kept;
                });
            },
        };
    },
};
/**
 * SLD and TLD as the API wants them. Namecheap serves DNS only for whole registered domains, so the zone DNS
 * reports is the registered domain: its first label is the SLD and the rest, however many labels (co.uk), the TLD.
 */
function splitDomain(zone) {
    const labels = absoluteless(zone).split('.');
    if (labels.length < 2 || labels.some((l) => l === '')) {
        throw new Error(`namecheap: "${zone}" is not a registered domain name (SLD.TLD)`);
    }
    return { sld: labels[0], tld: labels.slice(1).join('.') };
}
/** Elements named `tag` with their attributes and text: enough for the flat answers of this API. */
function namecheap_elements(xml, tag) {
    const found = [];
    const pattern = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, 'g');
    for (const match of xml.matchAll(pattern)) {
        const attributes = {};
        for (const a of (match[1] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
            attributes[a[1]] = decodeXml(a[2] ?? a[3] ?? '');
        }
        found.push({ attributes, text: decodeXml((match[2] ?? '').trim()) });
    }
    return found;
}
function decodeXml(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|lt|gt|amp);/gi, (_, entity) => {
        const named = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
        if (entity[0] !== '#')
            return named[entity.toLowerCase()] ?? '';
        const code = entity[1]?.toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        return String.fromCodePoint(code);
    });
}

;// CONCATENATED MODULE: ./src/providers/ns1/index.ts
// NS1 (IBM NS1 Connect) managed DNS: one TXT record per owner holding every value as an answer, so read, merge, write, read back.





const ns1_API_URL = 'https://api.nsone.net/v1';
const ns1_descriptor = {
    id: 'ns1',
    name: 'NS1 (IBM NS1 Connect)',
    credentials: [{ env: 'NS1_API_KEY', description: 'API key, sent as X-NSONE-Key', secret: true }],
    settings: [
        { env: 'NS1_API_URL', description: 'API base URL', default: ns1_API_URL },
        { env: 'NS1_TTL', description: 'TTL (seconds) of a TXT record this provider creates', default: '120' },
    ],
    leastPrivilege: 'Create an API key (Account settings > Users & teams > API keys) whose DNS permissions allow only "View ' +
        'zones" and "Manage zones", with "Allow access to all zones" off and the alias zone as the only zone in ' +
        'the allow list. Leave every other permission (account, monitoring, data) off.',
    docs: 'https://ns1.com/api',
};
// One per process: two provider instances writing one owner must still take turns.
const ns1_ownerLocks = new KeyedMutex();
const ns1 = {
    descriptor: ns1_descriptor,
    create(context) {
        const apiKey = context.env.NS1_API_KEY ?? '';
        const apiUrl = context.env.NS1_API_URL || ns1_API_URL;
        const ttl = Number(context.env.NS1_TTL || 120);
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'ns1',
            baseUrl: apiUrl,
            headers: { 'X-NSONE-Key': apiKey, accept: 'application/json' },
            secrets: [apiKey],
            credentialHint: 'NS1_API_KEY',
        });
        const zones = new Map();
        const zoneName = (zone, owner) => {
            const key = `${zone}|${owner}`;
            let found = zones.get(key);
            if (found === undefined) {
                const candidates = zoneCandidates(zone, owner);
                found = findZone(candidates, async (name) => {
                    // records=false: only whether the zone exists matters, not its (possibly paginated) record list
                    const response = await http.request('GET', `/zones/${name}`, {
                        query: { records: 'false' },
                        expect: [404],
                    });
                    return response.status === 404 ? undefined : name;
                }).then((result) => {
                    if (result === undefined) {
                        throw new Error(`ns1: no zone for ${owner} in this account (tried ${candidates.join(', ')}); ` +
                            'check that NS1_API_KEY may see the alias zone');
                    }
                    return result.zone;
                });
                zones.set(key, found);
            }
            return found;
        };
        const recordPath = (zone, owner) => `/zones/${zone}/${owner}/TXT`;
        const readRecord = async (zone, owner) => {
            const response = await http.request('GET', recordPath(zone, owner), { expect: [404] });
            return response.status === 404 ? undefined : response.body;
        };
        // NS1 keeps a TXT answer's strings as separate rdata items; a validator reads them joined.
        const answerText = (answer) => answer.answer.join('');
        /**
         * NS1 has no conditional write: read the record, let plan decide the write, send it, and read back until
         * plan finds nothing to do, so a run that wrote in between cannot drop our values.
         */
        async function rewrite(zone, owner, plan) {
            const name = await zoneName(zone, owner);
            const path = recordPath(name, owner);
            await ns1_ownerLocks.run(ownerKey(apiUrl, name, owner), () => writeUntilHeld({
                what: `ns1: the TXT record at ${owner}`,
                read: () => readRecord(name, owner),
                plan,
                write: async (_record, write) => {
                    if (write.method === 'DELETE') {
                        await http.request('DELETE', path, { expect: [404] });
                    }
                    else if (write.method === 'PUT') {
                        // "record already exists": another run created it since our read; the read-back merges into it
                        const created = await http.request('PUT', path, {
                            body: { zone: name, domain: owner, type: 'TXT', ttl, answers: write.answers },
                            expect: [400],
                        });
                        if (created.status === 400 && !/exist/i.test(created.body?.message ?? '')) {
                            throw new Error(`ns1: PUT ${path} failed: HTTP 400: ${created.body?.message ?? ''}`);
                        }
                    }
                    else {
                        // POST replaces the answer list, and the answers we read back keep their ids and metadata
                        await http.request('POST', path, {
                            body: { zone: name, domain: owner, type: 'TXT', answers: write.answers },
                            idempotent: true,
                        });
                    }
                },
                sleep: context.transport?.sleep,
                log: (message) => context.host.info(message),
            }));
        }
        return {
            id: ns1_descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (record) => {
                    const added = missingTxt(record?.answers ?? [], values, answerText).map((v) => ({ answer: [v] }));
                    if (added.length === 0)
                        return undefined;
                    if (record === undefined)
                        return { method: 'PUT', answers: added };
                    return { method: 'POST', answers: [...record.answers, ...added] };
                });
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (record) => {
                    const kept = record && withoutTxt(record.answers, values, answerText);
                    if (kept === undefined)
                        return undefined;
                    return kept.length === 0 ? { method: 'DELETE' } : { method: 'POST', answers: kept };
                });
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/providers/ovh/index.ts
// OVHcloud DNS (API v1): one record per TXT value, every call signed with the application secret and consumer key.






/** The API roots behind the OVH_ENDPOINT names, as OVHcloud's own client (go-ovh) maps them. */
const OVH_ENDPOINTS = {
    'ovh-eu': 'https://eu.api.ovh.com/1.0',
    'ovh-ca': 'https://ca.api.ovh.com/1.0',
    'ovh-us': 'https://api.us.ovhcloud.com/1.0',
    'kimsufi-eu': 'https://eu.api.kimsufi.com/1.0',
    'kimsufi-ca': 'https://ca.api.kimsufi.com/1.0',
    'soyoustart-eu': 'https://eu.api.soyoustart.com/1.0',
    'soyoustart-ca': 'https://ca.api.soyoustart.com/1.0',
};
const CREDENTIALS = 'OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY';
const ovh_descriptor = {
    id: 'ovh',
    name: 'OVHcloud',
    credentials: [
        { env: 'OVH_APPLICATION_KEY', description: 'Application key (AK) of the API application', secret: true },
        {
            env: 'OVH_APPLICATION_SECRET',
            description: 'Application secret (AS), signs every request',
            secret: true,
        },
        {
            env: 'OVH_CONSUMER_KEY',
            description: 'Consumer key (CK) validated with access rules on the alias zone',
            secret: true,
        },
    ],
    settings: [
        {
            env: 'OVH_ENDPOINT',
            description: `API region: ${Object.keys(OVH_ENDPOINTS).join(', ')}`,
            default: 'ovh-eu',
        },
        {
            env: 'OVH_API_URL',
            description: 'API base URL; when empty it follows OVH_ENDPOINT',
            default: OVH_ENDPOINTS['ovh-eu'],
        },
        { env: 'OVH_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
    ],
    leastPrivilege: 'Create the application at https://eu.api.ovh.com/createApp/ (ca.api.ovh.com, api.us.ovhcloud.com for the ' +
        'other regions), then request the consumer key (POST /auth/credential) with access rules limited to the ' +
        'alias zone only: GET, POST and DELETE on /domain/zone/validation.example.org/* and GET on ' +
        '/domain/zone/validation.example.org. Any other zone of the account then answers 403 to this key.',
    docs: 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api?id=kb_article_view&sysparm_article=KB0042784',
};
function createOvh(context, options = {}) {
    const applicationKey = context.env.OVH_APPLICATION_KEY ?? '';
    const applicationSecret = context.env.OVH_APPLICATION_SECRET ?? '';
    const consumerKey = context.env.OVH_CONSUMER_KEY ?? '';
    const now = options.now ?? Date.now;
    const ttl = readTtl(context.env, 'OVH_TTL', { default: 120 });
    const baseUrl = apiUrl(context.env.OVH_API_URL, context.env.OVH_ENDPOINT);
    const common = {
        provider: 'ovh',
        baseUrl,
        secrets: [applicationKey, applicationSecret, consumerKey],
        credentialHint: CREDENTIALS,
    };
    // /auth/time is the one unauthenticated call: signing it would need the time it is asked for
    const clock = (0,providers_http/* providerHttp */.o)(context, common);
    let offsetSeconds;
    const serverOffset = () => {
        offsetSeconds ??= clock.request('GET', '/auth/time').then(({ body }) => Number(body) - Math.floor(now() / 1000), (error) => {
            offsetSeconds = undefined;
            throw error;
        });
        return offsetSeconds;
    };
    const http = (0,providers_http/* providerHttp */.o)(context, {
        ...common,
        headers: { 'X-Ovh-Application': applicationKey, Accept: 'application/json' },
        // the signature covers the time, so it is made again for every attempt
        signRequest: async ({ method, url, body }) => {
            const timestamp = String(Math.floor(now() / 1000) + (await serverOffset()));
            return {
                'X-Ovh-Consumer': consumerKey,
                'X-Ovh-Timestamp': timestamp,
                'X-Ovh-Signature': ovhSignature(applicationSecret, consumerKey, method, url.href, body ?? '', timestamp),
            };
        },
    });
    // OVH answers a wrong signature with 400 INVALID_SIGNATURE, where the HTTP layer names no variable
    const explained = (error) => {
        if (!(error instanceof http_client/* ProviderHttpError */.gm) || error.status !== 400)
            return error;
        if (!/INVALID_SIGNATURE/.test(error.bodyExcerpt ?? ''))
            return error;
        return (0,providers_http/* withHint */.m)(error, `Check ${CREDENTIALS}: the signature made with them was refused`);
    };
    const call = async (...args) => {
        try {
            return (await http.request(...args)).body;
        }
        catch (error) {
            throw explained(error);
        }
    };
    const zones = new Map();
    const ovhZone = (zone, owner) => {
        const key = `${zone}|${owner}`;
        let found = zones.get(key);
        if (found === undefined) {
            const candidates = zoneCandidates(zone, owner);
            found = findZone(candidates, async (name) => {
                try {
                    const { status } = await http.request('GET', `/domain/zone/${encodeURIComponent(name)}`, {
                        expect: [404],
                    });
                    return status === 404 ? undefined : name;
                }
                catch (error) {
                    // a consumer key limited to the alias zone is refused every other zone: not this one, keep walking
                    if (error instanceof http_client/* ProviderHttpError */.gm && /NOT_GRANTED_CALL/.test(error.bodyExcerpt ?? '')) {
                        return undefined;
                    }
                    throw explained(error);
                }
            }).then((hit) => {
                if (hit === undefined) {
                    zones.delete(key);
                    throw new Error(`ovh: no DNS zone for ${owner} in this account (tried ${candidates.join(', ')}); check that the ` +
                        `alias zone is an OVHcloud DNS zone and that the access rules of OVH_CONSUMER_KEY include it`);
                }
                return hit.zone;
            });
            zones.set(key, found);
        }
        return found;
    };
    const txtRecords = async (zone, subDomain) => {
        const ids = await call('GET', `/domain/zone/${encodeURIComponent(zone)}/record`, {
            query: { fieldType: 'TXT', subDomain },
        });
        const records = await Promise.all(ids.map((id) => call('GET', `/domain/zone/${encodeURIComponent(zone)}/record/${id}`)));
        // an empty subDomain filter may match the whole zone: keep only the owner's own records
        return records.filter((r) => r.subDomain.toLowerCase() === subDomain);
    };
    // changes are only served after the zone is refreshed
    const refresh = (zone) => call('POST', `/domain/zone/${encodeURIComponent(zone)}/refresh`, { idempotent: true });
    return {
        id: ovh_descriptor.id,
        async append(zone, owner, values) {
            const name = await ovhZone(zone, owner);
            const subDomain = relativeName(owner, name);
            const missing = missingTxt(await txtRecords(name, subDomain), values, ovh_recordValue);
            if (missing.length === 0)
                return;
            for (const target of missing) {
                await call('POST', `/domain/zone/${encodeURIComponent(name)}/record`, {
                    body: { fieldType: 'TXT', subDomain, target, ttl },
                });
            }
            await refresh(name);
        },
        async remove(zone, owner, values) {
            const name = await ovhZone(zone, owner);
            const subDomain = relativeName(owner, name);
            const doomed = ourTxt(await txtRecords(name, subDomain), values, ovh_recordValue);
            if (doomed.length === 0)
                return;
            for (const record of doomed) {
                await call('DELETE', `/domain/zone/${encodeURIComponent(name)}/record/${record.id}`);
            }
            await refresh(name);
        },
    };
}
const ovh = { descriptor: ovh_descriptor, create: (context) => createOvh(context) };
function ovh_recordValue(record) {
    return parseTxtContent(record.target);
}
/** X-Ovh-Signature: "$1$" + SHA-1 hex of AS+CK+METHOD+URL+BODY+TIMESTAMP, joined with "+". */
function ovhSignature(applicationSecret, consumerKey, method, url, body, timestamp) {
    const text = [applicationSecret, consumerKey, method, url, body, timestamp].join('+');
    return `$1$${(0,external_node_crypto_.createHash)('sha1').update(text, 'utf8').digest('hex')}`;
}
function apiUrl(explicit, endpoint) {
    if (explicit?.trim())
        return explicit.trim().replace(/\/+$/, '');
    const name = endpoint?.trim() || 'ovh-eu';
    const url = OVH_ENDPOINTS[name];
    if (url === undefined) {
        throw new Error(`OVH_ENDPOINT must be one of ${Object.keys(OVH_ENDPOINTS).join(', ')}; got "${name}" ` +
            '(set OVH_API_URL for any other address)');
    }
    return url;
}

;// CONCATENATED MODULE: ./src/providers/porkbun/index.ts
// Porkbun DNS (API v3): one record per TXT value, every call a POST carrying both keys in its JSON body.





const porkbun_API_URL = 'https://api.porkbun.com/api/json/v3';
const porkbun_CREDENTIALS = 'PORKBUN_API_KEY and PORKBUN_SECRET_API_KEY';
// domain/listAll answers at most this many domains per call
const LIST_PAGE = 1000;
// Porkbun's AWS firewall answers a burst with 202 and a challenge instead of the JSON answer: waited out
// 2, 4, 8, 16 s (the HttpClient's default of 4 retries)
const CHALLENGE_BACKOFF_MS = 2000;
const CHALLENGE_REASON = 'rate limited (HTTP 202 challenge)';
// Its front end answers more than about one call a second per key with an HTML 503 and no Retry-After: the
// generic backoff (0.2 s, 0.4 s, ...) would spend every retry inside the same second; waited out the same way
const FRONT_END_REASON = 'rate limited (HTTP 503 from the front end)';
const porkbun_descriptor = {
    id: 'porkbun',
    name: 'Porkbun',
    credentials: [
        { env: 'PORKBUN_API_KEY', description: 'API key (pk1_...)', secret: true },
        { env: 'PORKBUN_SECRET_API_KEY', description: 'Secret API key (sk1_...)', secret: true },
    ],
    settings: [
        { env: 'PORKBUN_API_URL', description: 'API base URL', default: porkbun_API_URL },
        { env: 'PORKBUN_TTL', description: 'TTL of the TXT records (seconds, 600 or more)', default: '600' },
    ],
    leastPrivilege: 'Porkbun API keys cannot be scoped: a key pair acts for the whole account. What limits it is the per-domain ' +
        '"API Access" switch (Domain Management > Details > API Access): turn it on for the alias domain only, so ' +
        'the key cannot change any other domain. Better still, keep the alias domain in a separate Porkbun account ' +
        'that holds nothing else, and create the key pair there.',
    docs: 'https://porkbun.com/api/json/v3/documentation',
};
const porkbun = {
    descriptor: porkbun_descriptor,
    create(context) {
        const apikey = context.env.PORKBUN_API_KEY ?? '';
        const secretapikey = context.env.PORKBUN_SECRET_API_KEY ?? '';
        const ttl = readTtl(context.env, 'PORKBUN_TTL', { default: 600, min: 600, note: "Porkbun's minimum" });
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'porkbun',
            apiUrlEnv: 'PORKBUN_API_URL',
            defaultUrl: porkbun_API_URL,
            secrets: [apikey, secretapikey],
            credentialHint: porkbun_CREDENTIALS,
            throttle: firewallChallenge,
        });
        /** One API call: the keys go in the body, an ERROR status becomes an error (HttpClient waits out a challenge). */
        const call = async (path, fields = {}, idempotent = true) => {
            let body;
            let status;
            try {
                ;
                ({ body, status } = await http.request('POST', path, {
                    body: { ...fields, apikey, secretapikey },
                    idempotent,
                }));
            }
            catch (error) {
                throw explained(error);
            }
            if (body?.status !== 'SUCCESS') {
                throw explained(new http_client/* ProviderHttpError */.gm({
                    message: http.redact(`porkbun: POST ${path} failed: HTTP ${status}: ${body?.message ?? JSON.stringify(body)}`),
                    provider: 'porkbun',
                    method: 'POST',
                    path,
                    status,
                    kind: 'http',
                    bodyExcerpt: http.redact(body?.message ?? ''),
                    attempts: 1,
                }));
            }
            return body;
        };
        const domains = new Map();
        const domainOf = (zone, owner) => {
            const key = `${zone}|${owner}`;
            let found = domains.get(key);
            if (found === undefined) {
                found = (async () => {
                    const held = new Set();
                    for (let start = 0;; start += LIST_PAGE) {
                        const page = await call('/domain/listAll', {
                            start: String(start),
                        });
                        for (const d of page.domains ?? [])
                            held.add(d.domain.toLowerCase());
                        if ((page.domains?.length ?? 0) < LIST_PAGE)
                            break;
                    }
                    const candidates = zoneCandidates(zone, owner);
                    const hit = candidates.find((name) => held.has(name));
                    if (hit === undefined) {
                        throw new Error(`porkbun: no domain for ${owner} in this account (tried ${candidates.join(', ')}); check that the ` +
                            `alias domain is in the account of ${porkbun_CREDENTIALS}`);
                    }
                    return hit;
                })();
                found.catch(() => domains.delete(key));
                domains.set(key, found);
            }
            return found;
        };
        const txtRecords = async (domain, sub) => {
            const path = `/dns/retrieveByNameType/${encodeURIComponent(domain)}/TXT${sub ? `/${encodeURIComponent(sub)}` : ''}`;
            return (await call(path)).records ?? [];
        };
        return {
            id: porkbun_descriptor.id,
            async append(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const sub = relativeName(owner, domain);
                const present = new Set((await txtRecords(domain, sub)).map((r) => parseTxtContent(r.content)));
                for (const content of new Set(values)) {
                    if (present.has(content))
                        continue;
                    // a repeated create would add a second copy of the value
                    await call(`/dns/create/${encodeURIComponent(domain)}`, { name: sub, type: 'TXT', content, ttl: String(ttl) }, false);
                }
            },
            async remove(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const ours = new Set(values);
                for (const record of await txtRecords(domain, relativeName(owner, domain))) {
                    if (!ours.has(parseTxtContent(record.content)))
                        continue;
                    await call(`/dns/delete/${encodeURIComponent(domain)}/${encodeURIComponent(record.id)}`, {}, false);
                }
            },
        };
    },
};
/**
 * A burst met by Porkbun's AWS firewall (HTTP 202 or x-amzn-waf-action: challenge instead of the JSON answer)
 * or by its front end (an HTML 503 without Retry-After): backed off 2, 4, 8, 16 s. A 503 that says how long to
 * wait, or carries the API's JSON, is left to the usual handling.
 */
function firewallChallenge(answer) {
    const backoff = CHALLENGE_BACKOFF_MS * 2 ** (answer.attempt - 1);
    const action = String(answer.headers['x-amzn-waf-action'] ?? '').toLowerCase();
    if (action === 'challenge' || (answer.status === 202 && !isJsonObject(answer.body))) {
        return { waitMs: backoff, reason: CHALLENGE_REASON };
    }
    if (answer.status === 503 && answer.headers['retry-after'] === undefined && !isJsonObject(answer.body)) {
        return { waitMs: backoff, reason: FRONT_END_REASON };
    }
    return false;
}
function isJsonObject(text) {
    try {
        const parsed = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null;
    }
    catch {
        return false;
    }
}
/**
 * Porkbun refuses keys with HTTP 400 rather than 401, and a domain without API access the same way; a
 * firewall challenge that outlasted every retry asks for a pause.
 */
function explained(error) {
    if (!(error instanceof http_client/* ProviderHttpError */.gm))
        return error;
    const text = error.bodyExcerpt ?? '';
    let hint;
    if (error.message.includes(CHALLENGE_REASON) || error.message.includes(FRONT_END_REASON)) {
        hint = "Porkbun's rate limiting still held the call back; wait a few minutes and run again";
    }
    else if (error.status === 400 && /api key|secret/i.test(text)) {
        hint = `Check ${porkbun_CREDENTIALS}: Porkbun did not accept them`;
    }
    else if (error.status === 400 && /opted in to API access/i.test(text)) {
        hint = 'Turn on "API Access" for the alias domain in Porkbun\'s Domain Management';
    }
    if (hint === undefined)
        return error;
    return (0,providers_http/* withHint */.m)(error, hint);
}

;// CONCATENATED MODULE: ./src/providers/powerdns/index.ts
// PowerDNS Authoritative through its HTTP API: read the zone, merge our TXT values into the owner's RRset, PATCH it back, read it back.






const powerdns_descriptor = {
    id: 'powerdns',
    name: 'PowerDNS Authoritative (HTTP API)',
    credentials: [
        {
            env: 'PDNS_API_URL',
            description: 'Address of the PowerDNS webserver, e.g. http://ns.example.org:8081 (a trailing /api/v1 is accepted)',
        },
        { env: 'PDNS_API_KEY', description: 'The api-key of pdns.conf, sent as X-API-Key', secret: true },
    ],
    settings: [
        { env: 'PDNS_SERVER_NAME', description: 'Server id in the API path', default: 'localhost' },
        {
            env: 'PDNS_TTL',
            description: 'TTL (seconds) of a TXT RRset this provider creates; an existing RRset keeps its TTL',
            default: '60',
        },
    ],
    leastPrivilege: 'PowerDNS Authoritative has a single API key per server (the api-key setting) with full control of every ' +
        'zone, and its maintainers declined per-zone or per-account keys (PowerDNS/pdns#7521, #11192), so the key ' +
        'itself cannot be narrowed to the alias zone. Either serve the alias zone from a separate PowerDNS ' +
        'instance that holds nothing else, or put a proxy in front of the API that only lets through GET of the ' +
        'alias zone and PATCH of its TXT RRsets (e.g. catalyst/powerdns-auth-proxy), and give the action the ' +
        "proxy's address and key.",
    docs: 'https://doc.powerdns.com/authoritative/http-api/zone.html',
};
// One per process, not per provider instance: two instances writing one owner must still take turns.
const powerdns_ownerLocks = new KeyedMutex();
const powerdns = {
    descriptor: powerdns_descriptor,
    create(context) {
        const apiKey = context.env.PDNS_API_KEY ?? '';
        const apiBase = powerDnsApiBase(context.env.PDNS_API_URL ?? '');
        const server = context.env.PDNS_SERVER_NAME || 'localhost';
        const ttl = readTtl(context.env, 'PDNS_TTL', { default: 60 });
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'powerdns',
            baseUrl: apiBase,
            headers: { 'X-API-Key': apiKey, Accept: 'application/json' },
            secrets: [apiKey],
            credentialHint: 'PDNS_API_KEY',
        });
        const zonePath = (zone) => `/servers/${encodeURIComponent(server)}/zones/${encodeURIComponent(absolute(zone))}`;
        // The whole zone, not ?rrset_name=: PowerDNS 4.7 leaves disabled records out of the filtered answer,
        // and a REPLACE built from it would silently delete them.
        async function readTxt(zone, owner) {
            const response = await http.request('GET', zonePath(zone), { expect: [404] });
            if (response.status === 404) {
                throw new http_client/* ProviderHttpError */.gm({
                    message: `powerdns: zone ${absolute(zone)} not found on server "${server}" of ${new URL(apiBase).origin} ` +
                        '(HTTP 404): create the alias zone in PowerDNS, or check domain_alias and PDNS_SERVER_NAME',
                    provider: 'powerdns',
                    method: 'GET',
                    path: new URL(`${apiBase}${zonePath(zone)}`).pathname,
                    status: 404,
                    kind: 'http',
                    attempts: 1,
                });
            }
            const name = absolute(owner).toLowerCase();
            return response.body.rrsets?.find((rrset) => rrset.type === 'TXT' && rrset.name.toLowerCase() === name);
        }
        async function patch(zone, change) {
            // REPLACE and DELETE of a whole RRset give the same result when sent twice, so a retry is safe
            await http.request('PATCH', zonePath(zone), { body: { rrsets: [change] }, idempotent: true });
        }
        /**
         * PowerDNS has no conditional write: read the owner's RRset, let plan decide the change, PATCH it, and read
         * back until plan finds nothing to do, so a run that wrote in between cannot drop our values.
         */
        async function rewrite(zone, owner, plan) {
            checkOwnerInZone(zone, owner);
            await powerdns_ownerLocks.run(ownerKey(apiBase, server, zone, owner), () => writeUntilHeld({
                what: `powerdns: the TXT RRset at ${absolute(owner)}`,
                read: () => readTxt(zone, owner),
                plan,
                write: (_rrset, change) => patch(zone, change),
                sleep: context.transport?.sleep,
                log: (message) => context.host.info(message),
            }));
        }
        return {
            id: 'powerdns',
            async append(zone, owner, values) {
                await rewrite(zone, owner, (rrset) => {
                    const records = (rrset?.records ?? []).map(({ content, disabled }) => ({ content, disabled }));
                    let changed = false;
                    for (const value of new Set(values)) {
                        const present = records.filter((record) => parseTxtContent(record.content) === value);
                        if (present.some((record) => !record.disabled))
                            continue;
                        const disabledCopy = present[0];
                        // a disabled copy of our value is not served: enabling it is what the caller asked for
                        if (disabledCopy)
                            disabledCopy.disabled = false;
                        else
                            records.push({ content: formatTxtContent(value), disabled: false });
                        changed = true;
                    }
                    if (!changed)
                        return undefined;
                    return {
                        name: absolute(owner),
                        type: 'TXT',
                        ttl: rrset?.ttl ?? ttl,
                        changetype: 'REPLACE',
                        records,
                    };
                });
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (rrset) => {
                    if (!rrset)
                        return undefined;
                    const kept = withoutTxt(rrset.records, values, (record) => parseTxtContent(record.content))?.map(({ content, disabled }) => ({ content, disabled }));
                    if (kept === undefined)
                        return undefined;
                    return kept.length === 0
                        ? { name: absolute(owner), type: 'TXT', changetype: 'DELETE' }
                        : { name: absolute(owner), type: 'TXT', ttl: rrset.ttl, changetype: 'REPLACE', records: kept };
                });
            },
        };
    },
};
/** The API root from PDNS_API_URL, given with or without a trailing slash, /api or /api/v1. */
function powerDnsApiBase(value) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw new Error(`PDNS_API_URL must be the address of the PowerDNS webserver, e.g. http://ns.example.org:8081; got "${value}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`PDNS_API_URL must start with http:// or https://; got "${value}"`);
    }
    url.search = '';
    url.hash = '';
    url.pathname = `${url.pathname.replace(/\/+$/, '').replace(/\/api(\/v1)?$/, '')}/api/v1`;
    return url.href;
}
function absolute(name) {
    return name.endsWith('.') ? name : `${name}.`;
}
function checkOwnerInZone(zone, owner) {
    const z = zone.toLowerCase().replace(/\.$/, '');
    const o = owner.toLowerCase().replace(/\.$/, '');
    if (o !== z && !o.endsWith(`.${z}`)) {
        throw new Error(`powerdns: ${owner} is not inside zone ${zone}; a TXT record can only be written in its own zone`);
    }
}

// EXTERNAL MODULE: external "node:dns/promises"
var external_node_dns_promises_ = __webpack_require__(71553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/dns/wire.ts
var wire = __webpack_require__(53970);
;// CONCATENATED MODULE: ./src/dns/tsig.ts
// TSIG (RFC 8945): sign a DNS message and verify the signed answer. Written by hand: dns-packet has no TSIG support.


const TSIG_ALGORITHMS = [
    'hmac-sha256',
    'hmac-sha384',
    'hmac-sha512',
    'hmac-sha224',
    'hmac-sha1',
    'hmac-md5.sig-alg.reg.int',
];
const DIGESTS = {
    'hmac-sha256': 'sha256',
    'hmac-sha384': 'sha384',
    'hmac-sha512': 'sha512',
    'hmac-sha224': 'sha224',
    'hmac-sha1': 'sha1',
    'hmac-md5.sig-alg.reg.int': 'md5',
};
/** An answer whose TSIG is missing, wrong, or reports an error; code is the RFC 8945 mnemonic when there is one. */
class TsigError extends Error {
    name = 'TsigError';
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
const TYPE_TSIG = 250;
const CLASS_ANY = 255;
const HEADER_SIZE = 12;
const DEFAULT_FUDGE = 300;
const TSIG_ERRORS = { 16: 'BADSIG', 17: 'BADKEY', 18: 'BADTIME', 22: 'BADTRUNC' };
/** The RFC 8945 name of a TSIG error code, e.g. 16 -> BADSIG. */
function tsigErrorName(code) {
    return TSIG_ERRORS[code] ?? `TSIG error ${code}`;
}
/** Accept "hmac-sha256", "HMAC-SHA256.", "hmac-md5" and the like; throw for anything else. */
function parseTsigAlgorithm(text) {
    let name = text.trim().toLowerCase().replace(/\.$/, '');
    if (name === 'hmac-md5')
        name = 'hmac-md5.sig-alg.reg.int';
    const found = TSIG_ALGORITHMS.find((algorithm) => algorithm === name);
    if (found === undefined) {
        throw new Error(`Unknown TSIG algorithm "${text}"; expected one of ${TSIG_ALGORITHMS.join(', ')}`);
    }
    return found;
}
/** Decode a base64 TSIG secret strictly, so that a mangled secret fails here instead of as BADSIG later. */
function decodeTsigSecret(base64) {
    const compact = base64.replace(/\s+/g, '');
    // The message never repeats the input: it is a secret.
    if (compact === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) {
        throw new Error('The TSIG secret is not valid base64 (as tsig-keygen prints it)');
    }
    return Buffer.from(compact, 'base64');
}
/** Append a TSIG record to a complete DNS message (RFC 8945 §5.1): one more additional record, MAC over the rest. */
function signMessage(message, key, options = {}) {
    if (message.length < HEADER_SIZE)
        throw new Error('Cannot sign a DNS message shorter than its header');
    const variables = {
        keyName: normalizeName(key.name),
        algorithm: key.algorithm,
        timeSigned: options.now ?? Math.floor(Date.now() / 1000),
        fudge: options.fudge ?? DEFAULT_FUDGE,
        error: 0,
        otherData: Buffer.alloc(0),
    };
    const mac = hmac(key, [message, encodeVariables(variables)]);
    const record = encodeTsigRecord({ ...variables, mac, originalId: message.readUInt16BE(0) });
    const signed = Buffer.concat([message, record]);
    signed.writeUInt16BE(message.readUInt16BE(10) + 1, 10);
    return { message: signed, mac };
}
/**
 * Check the TSIG of an answer to a request signed with key (RFC 8945 §5.3): the request MAC is prepended to the
 * digest input. Throws TsigError when the TSIG is missing, names another key, carries an error, fails the MAC or
 * is outside the fudge window.
 */
function verifyResponse(response, key, requestMac, options = {}) {
    const split = splitTsig(response);
    if (split === undefined) {
        throw new TsigError('UNSIGNED', 'the answer carries no TSIG record although the request was signed');
    }
    const { unsigned, tsig } = split;
    const keyName = normalizeName(key.name);
    if (tsig.error !== 0) {
        const code = tsigErrorName(tsig.error);
        throw new TsigError(code, `the server answered TSIG ${code}: ${explainTsigError(tsig.error, key, tsig)}`);
    }
    if (tsig.keyName !== keyName || tsig.algorithm !== key.algorithm) {
        throw new TsigError('KEYMISMATCH', `the answer is signed with key ${tsig.keyName} (${tsig.algorithm}), not ${keyName} (${key.algorithm})`);
    }
    const expected = hmac(key, [lengthPrefixed(requestMac), unsigned, encodeVariables(tsig)]);
    // Truncated MACs (RFC 8945 §5.2.2.1) are a per-key server option we never ask for, so only a full MAC is valid.
    if (tsig.mac.length !== expected.length || !(0,external_node_crypto_.timingSafeEqual)(tsig.mac, expected)) {
        throw new TsigError('BADSIG', 'the MAC of the answer does not verify: it was altered or signed with another secret');
    }
    const now = options.now ?? Math.floor(Date.now() / 1000);
    if (Math.abs(now - tsig.timeSigned) > tsig.fudge) {
        throw new TsigError('BADTIME', `the answer was signed at ${isoTime(tsig.timeSigned)}, more than ${tsig.fudge} s from this machine's clock (${isoTime(now)})`);
    }
}
/**
 * Take the TSIG record off the end of a message: the message as it was before signing (ARCOUNT one less, the
 * original id back) and the record's fields. undefined when the last additional record is not a TSIG.
 */
function splitTsig(message) {
    if (message.length < HEADER_SIZE)
        return undefined;
    const additionals = message.readUInt16BE(10);
    if (additionals === 0)
        return undefined;
    const records = message.readUInt16BE(6) + message.readUInt16BE(8) + additionals;
    let offset = HEADER_SIZE;
    for (let n = message.readUInt16BE(4); n > 0; n--)
        offset = (0,wire/* readName */.MQ)(message, offset).end + 4;
    let lastStart = offset;
    for (let n = 0; n < records; n++) {
        lastStart = offset;
        const rdataStart = (0,wire/* readName */.MQ)(message, offset).end + 10;
        if (rdataStart > message.length)
            throw new TsigError('FORMERR', 'the answer is cut off inside a record');
        offset = rdataStart + message.readUInt16BE(rdataStart - 2);
    }
    const owner = (0,wire/* readName */.MQ)(message, lastStart);
    if (message.readUInt16BE(owner.end) !== TYPE_TSIG)
        return undefined;
    const rdlength = message.readUInt16BE(owner.end + 8);
    const rdata = owner.end + 10;
    if (rdata + rdlength > message.length)
        throw new TsigError('FORMERR', 'the TSIG record is cut off');
    const algorithm = (0,wire/* readName */.MQ)(message, rdata);
    let cursor = algorithm.end;
    const timeSigned = message.readUIntBE(cursor, 6);
    const fudge = message.readUInt16BE(cursor + 6);
    const macSize = message.readUInt16BE(cursor + 8);
    cursor += 10;
    const mac = Buffer.from(message.subarray(cursor, cursor + macSize));
    cursor += macSize;
    const originalId = message.readUInt16BE(cursor);
    const error = message.readUInt16BE(cursor + 2);
    const otherLength = message.readUInt16BE(cursor + 4);
    const otherData = Buffer.from(message.subarray(cursor + 6, cursor + 6 + otherLength));
    if (cursor + 6 + otherLength !== rdata + rdlength)
        throw new TsigError('FORMERR', 'the TSIG record is malformed');
    const unsigned = Buffer.from(message.subarray(0, lastStart));
    unsigned.writeUInt16BE(originalId, 0);
    unsigned.writeUInt16BE(additionals - 1, 10);
    return {
        unsigned,
        tsig: {
            keyName: owner.name,
            algorithm: algorithm.name,
            timeSigned,
            fudge,
            mac,
            originalId,
            error,
            otherData,
        },
    };
}
/** A name in canonical wire form (RFC 4034 §6.2): lower case, uncompressed; TSIG MACs are computed over this. */
function encodeCanonicalName(name) {
    const normalized = normalizeName(name);
    const labels = normalized === '' ? [] : normalized.split('.');
    const parts = [];
    for (const label of labels) {
        const bytes = Buffer.from(label, 'latin1');
        if (bytes.length === 0 || bytes.length > 63)
            throw new Error(`Invalid DNS name "${name}": bad label length`);
        parts.push(Buffer.from([bytes.length]), bytes);
    }
    parts.push(Buffer.from([0]));
    const wire = Buffer.concat(parts);
    if (wire.length > 255)
        throw new Error(`Invalid DNS name "${name}": longer than 255 bytes`);
    return wire;
}
// RFC 8945 §4.3.3: the TSIG record minus type, RDLENGTH, MAC size, MAC and original id.
function encodeVariables(variables) {
    const classAndTtl = Buffer.alloc(6);
    classAndTtl.writeUInt16BE(CLASS_ANY, 0);
    const fields = Buffer.alloc(12);
    fields.writeUIntBE(variables.timeSigned, 0, 6);
    fields.writeUInt16BE(variables.fudge, 6);
    fields.writeUInt16BE(variables.error, 8);
    fields.writeUInt16BE(variables.otherData.length, 10);
    return Buffer.concat([
        encodeCanonicalName(variables.keyName),
        classAndTtl,
        encodeCanonicalName(variables.algorithm),
        fields,
        variables.otherData,
    ]);
}
function encodeTsigRecord(record) {
    const algorithm = encodeCanonicalName(record.algorithm);
    const timeFudgeMacSize = Buffer.alloc(10);
    timeFudgeMacSize.writeUIntBE(record.timeSigned, 0, 6);
    timeFudgeMacSize.writeUInt16BE(record.fudge, 6);
    timeFudgeMacSize.writeUInt16BE(record.mac.length, 8);
    const idErrorOther = Buffer.alloc(6);
    idErrorOther.writeUInt16BE(record.originalId, 0);
    idErrorOther.writeUInt16BE(record.error, 2);
    idErrorOther.writeUInt16BE(record.otherData.length, 4);
    const rdata = Buffer.concat([algorithm, timeFudgeMacSize, record.mac, idErrorOther, record.otherData]);
    const fixed = Buffer.alloc(10);
    fixed.writeUInt16BE(TYPE_TSIG, 0);
    fixed.writeUInt16BE(CLASS_ANY, 2);
    fixed.writeUInt32BE(0, 4);
    fixed.writeUInt16BE(rdata.length, 8);
    return Buffer.concat([encodeCanonicalName(record.keyName), fixed, rdata]);
}
function hmac(key, parts) {
    const mac = (0,external_node_crypto_.createHmac)(DIGESTS[key.algorithm], key.secret);
    for (const part of parts)
        mac.update(part);
    return mac.digest();
}
function lengthPrefixed(data) {
    const length = Buffer.alloc(2);
    length.writeUInt16BE(data.length, 0);
    return Buffer.concat([length, data]);
}
function explainTsigError(error, key, tsig) {
    switch (error) {
        case 16:
            return 'the signature does not verify with the key the server has; the secret or the algorithm differs';
        case 17:
            return `the server does not know a key named ${normalizeName(key.name)} with algorithm ${key.algorithm}`;
        case 18: {
            const serverTime = tsig.otherData.length === 6 ? ` (server time ${isoTime(tsig.otherData.readUIntBE(0, 6))})` : '';
            return `the clocks of this machine and the server differ by more than the fudge${serverTime}`;
        }
        default:
            return 'the server rejected the signature';
    }
}
function isoTime(seconds) {
    return new Date(seconds * 1000).toISOString();
}
function normalizeName(name) {
    return name.trim().toLowerCase().replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/providers/rfc2136/descriptor.ts
const descriptor_descriptor = {
    id: 'rfc2136',
    name: 'RFC 2136 (BIND, Knot, PowerDNS, Windows DNS)',
    credentials: [
        {
            env: 'RFC2136_NAMESERVER',
            description: 'The primary server that accepts dynamic updates for the alias zone: an IP address or host name, optionally with :port (IPv6 with a port: [2001:db8::53]:53).',
        },
        { env: 'RFC2136_TSIG_KEY', description: 'Name of the TSIG key, as in the server configuration.' },
        {
            env: 'RFC2136_TSIG_SECRET',
            description: 'The TSIG secret, base64, as tsig-keygen prints it.',
            secret: true,
        },
    ],
    settings: [
        {
            env: 'RFC2136_TSIG_ALGORITHM',
            description: 'TSIG algorithm: hmac-sha256, hmac-sha384, hmac-sha512 (also hmac-sha224, hmac-sha1, hmac-md5).',
            default: 'hmac-sha256',
        },
        { env: 'RFC2136_TTL', description: 'TTL in seconds of the TXT records written.', default: '60' },
        {
            env: 'RFC2136_TIMEOUT',
            description: 'Seconds to wait for the answer to one UPDATE, over all of its tries.',
            default: '10',
        },
    ],
    leastPrivilege: 'Make a key for this purpose only (`tsig-keygen -a hmac-sha256 certalias`) and allow it to change TXT records of the alias zone and nothing else: in BIND, `update-policy { grant certalias zonesub TXT; };` in the alias zone only, never `allow-update` and never on the main zone. Knot: an ACL with `action: update`, `update-type: TXT` and the key on the alias zone; PowerDNS: `TSIG-ALLOW-DNSUPDATE` metadata on the alias zone only.',
    // Dynamic update itself; its TSIG signing is RFC 8945 (https://www.rfc-editor.org/rfc/rfc8945).
    docs: 'https://www.rfc-editor.org/rfc/rfc2136',
};

;// CONCATENATED MODULE: ./src/providers/rfc2136/message.ts
// Builds RFC 2136 UPDATE messages by hand: dns-packet cannot encode class NONE, which deleting one RR needs.


const OPCODE_UPDATE = 5;
const TYPE_SOA = 6;
const message_TYPE_TXT = 16;
const CLASS_IN = 1;
// RFC 2136 §2.5.4: class NONE with TTL 0 deletes the one RR that matches the RDATA.
const CLASS_NONE = 254;
const MAX_CHARACTER_STRING = 255;
/** One UPDATE message: zone section = the zone's SOA, update section = one TXT RR per value. */
function buildTxtUpdate(update) {
    const values = [...new Set(update.values)];
    const header = Buffer.alloc(12);
    header.writeUInt16BE(update.id ?? (0,external_node_crypto_.randomInt)(0, 0x10000), 0);
    header.writeUInt16BE(OPCODE_UPDATE << 11, 2);
    header.writeUInt16BE(1, 4); // ZOCOUNT
    header.writeUInt16BE(0, 6); // PRCOUNT
    header.writeUInt16BE(values.length, 8); // UPCOUNT
    header.writeUInt16BE(0, 10); // ADCOUNT, until TSIG is appended
    const zoneSection = Buffer.concat([encodeCanonicalName(update.zone), u16(TYPE_SOA), u16(CLASS_IN)]);
    const owner = encodeCanonicalName(update.owner);
    const records = values.map((value) => {
        const rdata = txtRdata(value);
        const fixed = Buffer.alloc(10);
        fixed.writeUInt16BE(message_TYPE_TXT, 0);
        if (update.action === 'delete') {
            fixed.writeUInt16BE(CLASS_NONE, 2);
            fixed.writeUInt32BE(0, 4);
        }
        else {
            fixed.writeUInt16BE(CLASS_IN, 2);
            fixed.writeUInt32BE(update.action.add, 4);
        }
        fixed.writeUInt16BE(rdata.length, 8);
        return Buffer.concat([owner, fixed, rdata]);
    });
    return Buffer.concat([header, zoneSection, ...records]);
}
// A value longer than one character-string is split, as resolvers join the strings back for the CA.
function txtRdata(value) {
    const bytes = Buffer.from(value, 'utf8');
    const parts = [];
    for (let start = 0; start < bytes.length || start === 0; start += MAX_CHARACTER_STRING) {
        const chunk = bytes.subarray(start, start + MAX_CHARACTER_STRING);
        parts.push(Buffer.from([chunk.length]), chunk);
    }
    return Buffer.concat(parts);
}
function u16(value) {
    const buffer = Buffer.alloc(2);
    buffer.writeUInt16BE(value, 0);
    return buffer;
}

;// CONCATENATED MODULE: ./src/providers/rfc2136/index.ts
// The rfc2136 provider: TXT values added and removed with TSIG-signed DNS UPDATE messages to the zone's primary.






const TRIES = 3;
const rfc2136 = {
    descriptor: descriptor_descriptor,
    create(context) {
        const secret = context.env.RFC2136_TSIG_SECRET;
        // Masked before anything else can fail and print it.
        if (secret?.trim()) {
            context.host.mask(secret);
            if (secret.trim() !== secret)
                context.host.mask(secret.trim());
        }
        const settings = readSettings(context.env);
        const resolveServer = memoizeUntilFailure(() => resolveNameserver(settings.nameserver, context.resolvers));
        // Adding or deleting single RRs is atomic on the server, so concurrent writers to one owner cannot lose a
        // value: no read-merge-write and no lock are needed.
        const update = async (action, zone, owner, values) => {
            if (values.length === 0)
                return;
            const zoneName = rfc2136_normalizeName(zone);
            const ownerName = rfc2136_normalizeName(owner);
            if (ownerName !== zoneName && !ownerName.endsWith(`.${zoneName}`)) {
                throw new Error(`rfc2136: the owner ${ownerName} is not inside the zone ${zoneName}`);
            }
            const server = await resolveServer();
            const what = `${action === 'add' ? 'adding' : 'removing'} ${values.length} TXT ${values.length === 1 ? 'value' : 'values'} ${action === 'add' ? 'at' : 'from'} ${ownerName} (zone ${zoneName})`;
            const message = buildTxtUpdate({
                zone: zoneName,
                owner: ownerName,
                values,
                action: action === 'add' ? { add: settings.ttl } : 'delete',
            });
            const signed = signMessage(message, settings.key);
            let reply;
            try {
                reply = await (0,wire/* exchange */.cv)(server, signed.message, {
                    timeoutMs: Math.ceil(settings.timeoutMs / TRIES),
                    tries: TRIES,
                });
            }
            catch (error) {
                const detail = error instanceof wire/* DnsTransportError */.VC ? error.message : error.message;
                throw new Error(`rfc2136: ${what} failed: ${detail} (RFC2136_NAMESERVER, RFC2136_TIMEOUT)`, {
                    cause: error,
                });
            }
            const rcode = (0,wire/* rcodeName */.Z$)(reply.readUInt16BE(2) & 0xf);
            try {
                verifyResponse(reply, settings.key, signed.mac);
            }
            catch (error) {
                if (!(error instanceof TsigError))
                    throw error;
                throw new Error(`rfc2136: ${what} failed at server ${server}: ${explainTsig(error, rcode, settings.key)}`, {
                    cause: error,
                });
            }
            if (rcode !== 'NOERROR') {
                throw new Error(`rfc2136: ${what} failed at server ${server}: ${rcode}. ${explainRcode(rcode, settings.key)}`);
            }
        };
        return {
            id: descriptor_descriptor.id,
            append: (zone, owner, values) => update('add', zone, owner, values),
            remove: (zone, owner, values) => update('delete', zone, owner, values),
        };
    },
};
function readSettings(env) {
    const required = (name) => {
        const value = env[name]?.trim();
        if (!value)
            throw new Error(`rfc2136: ${name} is not set`);
        return value;
    };
    const nameserverText = required('RFC2136_NAMESERVER');
    let nameserver;
    try {
        nameserver = (0,wire/* parseServer */.ld)(nameserverText);
    }
    catch (error) {
        throw new Error(`rfc2136: RFC2136_NAMESERVER: ${error.message}`);
    }
    const keyName = rfc2136_normalizeName(required('RFC2136_TSIG_KEY'));
    try {
        encodeCanonicalName(keyName);
    }
    catch {
        throw new Error(`rfc2136: RFC2136_TSIG_KEY "${keyName}" is not a valid DNS name`);
    }
    let secret;
    try {
        secret = decodeTsigSecret(required('RFC2136_TSIG_SECRET'));
    }
    catch (error) {
        throw new Error(`rfc2136: RFC2136_TSIG_SECRET: ${error.message}`);
    }
    let algorithm;
    try {
        algorithm = parseTsigAlgorithm(env.RFC2136_TSIG_ALGORITHM?.trim() || 'hmac-sha256');
    }
    catch (error) {
        throw new Error(`rfc2136: RFC2136_TSIG_ALGORITHM: ${error.message}`);
    }
    const ttlText = env.RFC2136_TTL?.trim() || '60';
    if (!/^\d+$/.test(ttlText) || Number(ttlText) > 2147483647) {
        throw new Error(`rfc2136: RFC2136_TTL "${ttlText}" is not a whole number of seconds (e.g. 60)`);
    }
    const timeoutText = env.RFC2136_TIMEOUT?.trim() || '10';
    const timeout = Number(timeoutText);
    if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(timeout > 0)) {
        throw new Error(`rfc2136: RFC2136_TIMEOUT "${timeoutText}" is not a positive number of seconds (e.g. 10)`);
    }
    return {
        nameserver,
        key: { name: keyName, algorithm, secret },
        ttl: Number(ttlText),
        timeoutMs: Math.round(timeout * 1000),
    };
}
/** An IP address as host:port for the wire client; a host name is looked up through the resolvers given. */
async function resolveNameserver(nameserver, resolvers) {
    const withPort = (address) => external_node_net_default().isIPv6(address) ? `[${address}]:${nameserver.port}` : `${address}:${nameserver.port}`;
    if (external_node_net_default().isIP(nameserver.host) !== 0)
        return withPort(nameserver.host);
    const problems = [];
    if (resolvers.length === 0) {
        try {
            return withPort((await (0,external_node_dns_promises_.lookup)(nameserver.host)).address);
        }
        catch (error) {
            problems.push(`the system resolver: ${error.code ?? error.message}`);
        }
    }
    for (const resolver of resolvers) {
        for (const type of ['A', 'AAAA']) {
            try {
                const response = await (0,wire/* query */.P)(resolver, nameserver.host, type);
                const address = response.answers.find((record) => record.type === type)?.data;
                if (typeof address === 'string')
                    return withPort(address);
                problems.push(`${resolver} ${type}: ${response.rcode === 'NOERROR' ? 'no address' : response.rcode}`);
            }
            catch (error) {
                problems.push(error.message);
                break;
            }
        }
    }
    throw new Error(`rfc2136: cannot find the address of RFC2136_NAMESERVER ${nameserver.host} (${problems.join('; ')})`);
}
function explainTsig(error, rcode, key) {
    const keyText = `key "${key.name}" (RFC2136_TSIG_KEY), algorithm ${key.algorithm} (RFC2136_TSIG_ALGORITHM)`;
    switch (error.code) {
        case 'BADSIG':
            return `TSIG BADSIG (rcode ${rcode}): the signature does not match the server's ${keyText}; check RFC2136_TSIG_SECRET and RFC2136_TSIG_ALGORITHM`;
        case 'BADKEY':
            return `TSIG BADKEY (rcode ${rcode}): the server knows no ${keyText}; check RFC2136_TSIG_KEY and RFC2136_TSIG_ALGORITHM`;
        case 'BADTIME':
            return `TSIG BADTIME (rcode ${rcode}): ${error.message}; fix the clock of this machine or of the server`;
        case 'UNSIGNED':
            return `rcode ${rcode}, and ${error.message}; the server may not support TSIG, or something between forged the answer`;
        default:
            return `TSIG ${error.code} (rcode ${rcode}): ${error.message}`;
    }
}
function explainRcode(rcode, key) {
    const policy = `in BIND: update-policy { grant ${key.name} zonesub TXT; }; in the alias zone`;
    switch (rcode) {
        case 'REFUSED':
            return `The TSIG key "${key.name}" (RFC2136_TSIG_KEY) may not be allowed to update TXT records in this zone (${policy}), or RFC2136_NAMESERVER does not accept updates for it.`;
        case 'NOTAUTH':
            return `RFC2136_NAMESERVER is not authoritative for this zone, or the TSIG key "${key.name}" (RFC2136_TSIG_KEY) may not update it (${policy}).`;
        case 'NOTZONE':
            return 'The owner is outside the zone named in the update.';
        case 'SERVFAIL':
            return 'The server could not apply the update; its log says why (a read-only zone file or journal, a secondary zone, ...).';
        case 'NOTIMP':
            return 'The server does not implement dynamic update.';
        default:
            return 'The server did not apply the update.';
    }
}
function memoizeUntilFailure(compute) {
    let pending;
    return () => {
        pending ??= compute().catch((error) => {
            // A failed lookup is not remembered: the cleanup after a failure tries again.
            pending = undefined;
            throw error;
        });
        return pending;
    };
}
function rfc2136_normalizeName(name) {
    return name.trim().toLowerCase().replace(/\.$/, '');
}

// EXTERNAL MODULE: ./src/clouds/aws.ts + 1 modules
var aws = __webpack_require__(97804);
// EXTERNAL MODULE: ./src/clouds/aws-xml.ts
var aws_xml = __webpack_require__(44479);
;// CONCATENATED MODULE: ./src/providers/route53/index.ts
// Amazon Route 53 (REST/XML API 2013-04-01): read the owner's TXT RRset, merge, and swap it in one transactional change batch.








const route53_API_URL = 'https://route53.amazonaws.com';
const API = '/2013-04-01';
const XMLNS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const route53_descriptor = {
    id: 'route53',
    name: 'Amazon Route 53',
    credentials: [
        { env: 'AWS_ACCESS_KEY_ID', description: 'Access key id', secret: true, set: 'access key' },
        { env: 'AWS_SECRET_ACCESS_KEY', description: 'Secret access key', secret: true, set: 'access key' },
        {
            env: 'AWS_ROLE_ARN',
            description: 'Role to assume with the workflow OIDC token (STS AssumeRoleWithWebIdentity); the job needs ' +
                '`permissions: id-token: write`. Used when no access key is given',
            set: 'OIDC role',
        },
    ],
    settings: [
        // first: the test harness points the first *_API_URL setting at itself
        {
            env: 'ROUTE53_API_URL',
            description: 'Route 53 API endpoint (AWS_ENDPOINT_URL_ROUTE_53 and AWS_ENDPOINT_URL work too, as in the AWS SDKs)',
            default: route53_API_URL,
        },
        {
            env: 'AWS_ENDPOINT_URL_STS',
            description: 'STS endpoint for the OIDC role (also AWS_STS_API_URL, or AWS_ENDPOINT_URL for every AWS service)',
            default: 'https://sts.amazonaws.com',
        },
        { env: 'AWS_SESSION_TOKEN', description: 'Session token of temporary access keys', secret: true },
        {
            env: 'AWS_HOSTED_ZONE_ID',
            description: 'Hosted zone id of the alias zone (skips the lookup by name; needed for a private zone)',
        },
        {
            env: 'AWS_REGION',
            description: 'Only picks the partition to sign for: cn-* (China) or us-gov-* (GovCloud); else us-east-1',
        },
        { env: 'AWS_ROLE_SESSION_NAME', description: 'Session name of the assumed role', default: 'certalias' },
        {
            env: 'AWS_TTL',
            description: 'TTL (seconds) of a TXT RRset this provider creates; an existing one keeps its TTL',
            default: '60',
        },
    ],
    leastPrivilege: 'Give the IAM user or role (for the OIDC way: a role whose trust policy admits only token.actions.githubusercontent.com ' +
        'with aud sts.amazonaws.com and sub repo:<owner>/<repo>:...) a policy allowing route53:ListHostedZonesByName ' +
        '(Resource "*"), route53:GetChange on arn:aws:route53:::change/*, and route53:ListResourceRecordSets plus ' +
        'route53:ChangeResourceRecordSets on arn:aws:route53:::hostedzone/<alias zone id> only, with the conditions ' +
        'ForAllValues:StringEquals route53:ChangeResourceRecordSetsRecordTypes ["TXT"] and ' +
        'ForAllValues:StringLike route53:ChangeResourceRecordSetsNormalizedRecordNames ["_acme-challenge.*"]. ' +
        'Setting AWS_HOSTED_ZONE_ID makes the ListHostedZonesByName permission unnecessary.',
    docs: 'https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html',
};
// One per process: two provider instances writing one owner must still take turns.
const route53_ownerLocks = new KeyedMutex();
// Another writer (a parallel job) changed the RRset between our read and our change batch.
const route53_CONFLICT_RETRIES = 4;
const INSYNC_WAITS_MS = [1000, 2000, 3000, 5000];
const INSYNC_LIMIT_MS = 120_000;
/** The region a Route 53 request is signed for: the service is global, one signing region per partition. */
function route53SigningRegion(region) {
    if (region?.startsWith('cn-'))
        return 'cn-northwest-1';
    if (region?.startsWith('us-gov-'))
        return 'us-gov-west-1';
    return 'us-east-1';
}
const route53 = {
    descriptor: route53_descriptor,
    create(context) {
        const env = context.env;
        const source = (0,aws/* awsCredentialSource */.eL)(context, 'route53');
        const apiUrl = (0,aws/* awsEndpoint */.PC)(env, 'Route 53', route53_API_URL, 'ROUTE53_API_URL');
        const region = route53SigningRegion(env.AWS_REGION?.trim());
        const ttl = readTtl(env, 'AWS_TTL', { default: 60, min: 0 });
        const sleep = context.transport?.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
        const log = (message) => context.host.info(message);
        // Credentials are fetched once per run (one OIDC token, one STS call), on first use.
        let client;
        const http = () => {
            client ??= source.credentials().then((credentials) => (0,aws/* awsSignedHttp */.a1)(context, {
                who: 'route53',
                baseUrl: apiUrl,
                credentials,
                hint: source.hint,
                region,
                signingName: 'route53',
                signedHeaders: ['content-type'],
                isThrottled: aws/* awsThrottled */.Eq,
            }));
            // a failed attempt (bad token, STS refusal) is not cached: the post step's cleanup may try again
            client.catch(() => {
                client = undefined;
            });
            return client;
        };
        const zoneIds = new Map();
        const hostedZoneId = (zone, owner) => {
            const configured = env.AWS_HOSTED_ZONE_ID?.trim();
            if (configured)
                return Promise.resolve(configured.replace(/^\/?hostedzone\//, ''));
            const key = ownerKey(zone, owner);
            let id = zoneIds.get(key);
            if (id === undefined) {
                const candidates = zoneCandidates(zone, owner);
                id = findZone(candidates, (name) => publicZoneNamed(name)).then((found) => {
                    if (found === undefined) {
                        throw new Error(`route53: no public hosted zone for ${owner} in this account (tried ${candidates.join(', ')}); ` +
                            'check the credentials, or set AWS_HOSTED_ZONE_ID');
                    }
                    return found.zone;
                });
                id.catch(() => zoneIds.delete(key));
                zoneIds.set(key, id);
            }
            return id;
        };
        /** The id of the public hosted zone with exactly this name; private zones of the same name are skipped. */
        async function publicZoneNamed(name) {
            const client = await http();
            let next = { dnsname: `${name}.` };
            for (;;) {
                const { body } = await client.request('GET', `${API}/hostedzonesbyname`, {
                    query: { ...next, maxitems: 100 },
                });
                const xml = String(body ?? '');
                // the list starts at the first zone whose name sorts at or after dnsname
                for (const zoneXml of (0,aws_xml/* elements */.Yt)(xml, 'HostedZone')) {
                    if (absoluteless(decodeName((0,aws_xml/* text */.Qq)(zoneXml, 'Name') ?? '')) !== name)
                        return undefined;
                    if ((0,aws_xml/* text */.Qq)(zoneXml, 'PrivateZone') !== 'true')
                        return ((0,aws_xml/* text */.Qq)(zoneXml, 'Id') ?? '').replace(/^\/hostedzone\//, '');
                }
                const nextName = (0,aws_xml/* text */.Qq)(xml, 'NextDNSName');
                if ((0,aws_xml/* text */.Qq)(xml, 'IsTruncated') !== 'true' || nextName === undefined)
                    return undefined;
                const nextId = (0,aws_xml/* text */.Qq)(xml, 'NextHostedZoneId');
                next = { dnsname: nextName, ...(nextId ? { hostedzoneid: nextId } : {}) };
            }
        }
        async function readTxt(zoneId, owner) {
            const client = await http();
            const { body } = await client.request('GET', `${API}/hostedzone/${zoneId}/rrset`, {
                query: { name: `${owner}.`, type: 'TXT', maxitems: 1 },
            });
            // the list starts at (name, type): the first set is ours only when its name and type are
            const first = (0,aws_xml/* elements */.Yt)(String(body ?? ''), 'ResourceRecordSet')[0];
            if (first === undefined)
                return undefined;
            const name = (0,aws_xml/* text */.Qq)(first, 'Name') ?? '';
            if (absoluteless(decodeName(name)) !== absoluteless(owner) || (0,aws_xml/* text */.Qq)(first, 'Type') !== 'TXT')
                return undefined;
            if ((0,aws_xml/* text */.Qq)(first, 'SetIdentifier') !== undefined) {
                throw new Error(`route53: the TXT records at ${owner} use a routing policy (SetIdentifier); ` +
                    'the challenge owner needs a simple record set');
            }
            return {
                name,
                ttl: (0,aws_xml/* text */.Qq)(first, 'TTL') ?? String(ttl),
                values: (0,aws_xml/* elements */.Yt)(first, 'Value').map((value) => (0,aws_xml/* text */.Qq)(`<v>${value}</v>`, 'v') ?? ''),
            };
        }
        async function change(zoneId, changes) {
            const client = await http();
            const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<ChangeResourceRecordSetsRequest xmlns="${XMLNS}"><ChangeBatch><Changes>` +
                changes
                    .map(({ action, rrset }) => `<Change><Action>${action}</Action><ResourceRecordSet><Name>${(0,aws_xml/* escapeXml */.X)(rrset.name)}</Name>` +
                    `<Type>TXT</Type><TTL>${(0,aws_xml/* escapeXml */.X)(rrset.ttl)}</TTL><ResourceRecords>` +
                    rrset.values
                        .map((v) => `<ResourceRecord><Value>${(0,aws_xml/* escapeXml */.X)(v)}</Value></ResourceRecord>`)
                        .join('') +
                    '</ResourceRecords></ResourceRecordSet></Change>')
                    .join('') +
                '</Changes></ChangeBatch></ChangeResourceRecordSetsRequest>';
            const { body } = await client.request('POST', `${API}/hostedzone/${zoneId}/rrset/`, {
                text: xml,
                headers: { 'content-type': 'application/xml' },
                // a change batch that DELETEs the exact set it read cannot apply twice
                idempotent: true,
            });
            const info = (0,aws_xml/* elements */.Yt)(String(body ?? ''), 'ChangeInfo')[0] ?? '';
            return `${(0,aws_xml/* text */.Qq)(info, 'Id') ?? ''}|${(0,aws_xml/* text */.Qq)(info, 'Status') ?? ''}`;
        }
        /** Poll GetChange until Route 53 reports the change on all its servers; warn (not fail) past the limit. */
        async function waitInSync(submitted) {
            const [changePath = '', initialStatus] = submitted.split('|');
            if (initialStatus === 'INSYNC' || changePath === '')
                return;
            const changeId = changePath.replace(/^\/?change\//, '');
            const client = await http();
            let waited = 0;
            for (let i = 0; waited < INSYNC_LIMIT_MS; i++) {
                const wait = INSYNC_WAITS_MS[Math.min(i, INSYNC_WAITS_MS.length - 1)];
                await sleep(wait);
                waited += wait;
                const { body } = await client.request('GET', `${API}/change/${changeId}`);
                if ((0,aws_xml/* text */.Qq)(String(body ?? ''), 'Status') === 'INSYNC')
                    return;
            }
            context.host.warning(`route53: change ${changeId} is not INSYNC after ${INSYNC_LIMIT_MS / 1000} s; going on to check the name servers`);
        }
        /**
         * Read the owner's set, let `plan` decide the new values, and swap the set in one batch: DELETE of the exact
         * set read plus CREATE of the new one. Route 53 refuses the whole batch when the set changed meanwhile
         * (another job), so a refusal is re-read and planned again; the lock keeps this process's writers in line.
         */
        async function rewrite(zone, owner, plan, waitForSync) {
            const zoneId = await hostedZoneId(zone, owner);
            await route53_ownerLocks.run(ownerKey(apiUrl, zoneId, owner), async () => {
                for (let attempt = 1;; attempt++) {
                    const current = await readTxt(zoneId, owner);
                    const values = plan(current);
                    if (values === undefined)
                        return;
                    const changes = [];
                    if (current)
                        changes.push({ action: 'DELETE', rrset: current });
                    if (values.length > 0) {
                        changes.push({
                            action: 'CREATE',
                            rrset: { name: `${owner}.`, ttl: current?.ttl ?? String(ttl), values },
                        });
                    }
                    try {
                        const submitted = await change(zoneId, changes);
                        if (waitForSync)
                            await waitInSync(submitted);
                        return;
                    }
                    catch (error) {
                        if (attempt >= route53_CONFLICT_RETRIES || !(await changedMeanwhile(error, zoneId, owner, current)))
                            throw error;
                        log(`route53: the TXT set at ${owner} changed while we wrote it; reading it again`);
                    }
                }
            });
        }
        async function changedMeanwhile(error, zoneId, owner, before) {
            if (!(error instanceof http_client/* ProviderHttpError */.gm) || error.status !== 400)
                return false;
            if (!error.bodyExcerpt?.includes('InvalidChangeBatch'))
                return false;
            const now = await readTxt(zoneId, owner);
            return JSON.stringify(now) !== JSON.stringify(before);
        }
        return {
            id: route53_descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (current) => mergeTxt(current?.values ?? [], values, octalPresentationTxt), true);
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (current) => current && withoutTxt(current.values, values, octalPresentationTxt.read), 
                // nothing waits on a removal
                false);
            },
        };
    },
};
/** Route 53 writes characters outside [a-z0-9-_.] in names as \ooo octal escapes (e.g. \052 for *). */
function decodeName(name) {
    return name.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(Number.parseInt(octal, 8)));
}

;// CONCATENATED MODULE: ./src/providers/scaleway/index.ts
// Scaleway Domains and DNS (API v2beta1): one PATCH of record changes adds or deletes single TXT values.




const scaleway_API_URL = 'https://api.scaleway.com';
// lego's floor for Scaleway; the API rounds nothing, but resolvers cache a shorter TTL just as well.
const scaleway_MIN_TTL = 60;
const scaleway_descriptor = {
    id: 'scaleway',
    name: 'Scaleway Domains and DNS',
    credentials: [
        {
            env: 'SCW_SECRET_KEY',
            description: 'Secret key of an API key whose IAM policy allows managing DNS in the project of the alias zone',
            secret: true,
        },
    ],
    settings: [
        { env: 'SCW_API_URL', description: 'API base URL', default: scaleway_API_URL },
        {
            env: 'SCW_PROJECT_ID',
            description: 'Project holding the alias zone; empty: every project the key can see',
            default: '',
        },
        { env: 'SCW_TTL', description: `TTL of the TXT records (seconds, ${scaleway_MIN_TTL} or more)`, default: '60' },
    ],
    leastPrivilege: 'Scaleway IAM scopes an API key by project, not by zone. Create an IAM application, attach a policy whose ' +
        'only rule grants the permission set DomainsDNSFullAccess on the project holding the alias zone, and generate ' +
        'an API key for that application. To keep the key away from your other zones, put the alias zone in a ' +
        'project of its own (a subdomain zone can be created in another project than its parent domain).',
    docs: 'https://www.scaleway.com/en/developers/api/domains-and-dns/',
};
const scaleway_PAGE_SIZE = 100;
const scaleway = {
    descriptor: scaleway_descriptor,
    create(context) {
        const secret = context.env.SCW_SECRET_KEY ?? '';
        const projectId = context.env.SCW_PROJECT_ID || undefined;
        const ttl = readTtl(context.env, 'SCW_TTL', { default: scaleway_MIN_TTL, min: scaleway_MIN_TTL });
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'scaleway',
            apiUrlEnv: 'SCW_API_URL',
            defaultUrl: scaleway_API_URL,
            headers: { 'x-auth-token': secret, accept: 'application/json' },
            secrets: [secret],
            credentialHint: 'SCW_SECRET_KEY',
        });
        /** Every item of a page/page_size list; total_count says when the last page was read. */
        async function allPages(path, key, query) {
            const items = [];
            for (let page = 1;; page++) {
                const { body } = await http.request('GET', path, {
                    query: { ...query, page, page_size: scaleway_PAGE_SIZE },
                });
                const batch = body[key] ?? [];
                items.push(...batch);
                if (batch.length === 0 || items.length >= body.total_count)
                    return items;
            }
        }
        // One listing serves every owner of the run: the zones do not change while it runs.
        let zones;
        const listZones = () => {
            if (zones === undefined) {
                zones = allPages('/domain/v2beta1/dns-zones', 'dns_zones', { project_id: projectId }).then((list) => new Set(list.map((z) => absoluteless(z.subdomain ? `${z.subdomain}.${z.domain}` : z.domain))));
                // a failed listing (network, 401) must not stick: the next call asks again
                zones.catch(() => {
                    zones = undefined;
                });
            }
            return zones;
        };
        const zoneOf = async (zone, owner) => {
            const hosted = await listZones();
            const candidates = zoneCandidates(zone, owner);
            const found = candidates.find((name) => hosted.has(name));
            if (found === undefined) {
                throw new Error(`scaleway: no DNS zone for ${owner} ${projectId ? `in project ${projectId}` : 'visible to this key'} ` +
                    `(tried ${candidates.join(', ')}); check SCW_PROJECT_ID and the IAM policy of SCW_SECRET_KEY`);
            }
            return found;
        };
        const recordsPath = (dnsZone) => `/domain/v2beta1/dns-zones/${encodeURIComponent(dnsZone)}/records`;
        const txtRecords = async (dnsZone, name) => {
            const records = await allPages(recordsPath(dnsZone), 'records', { name, type: 'TXT' });
            // the name filter may match more loosely than one owner: keep exactly ours
            return records.filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name);
        };
        const patch = (dnsZone, changes) => http.request('PATCH', recordsPath(dnsZone), {
            body: { changes, return_all_records: false, disallow_new_zone_creation: true },
        });
        return {
            id: scaleway_descriptor.id,
            async append(zone, owner, values) {
                const dnsZone = await zoneOf(zone, owner);
                const name = relativeName(owner, dnsZone);
                const missing = missingTxt(await txtRecords(dnsZone, name), values, scaleway_recordValue);
                if (missing.length === 0)
                    return;
                // apex and wildcard values in one change: one zone version, one write
                await patch(dnsZone, [
                    {
                        add: {
                            records: missing.map((value) => ({ name, type: 'TXT', data: formatTxtContent(value), ttl })),
                        },
                    },
                ]);
            },
            async remove(zone, owner, values) {
                const dnsZone = await zoneOf(zone, owner);
                const name = relativeName(owner, dnsZone);
                const records = ourTxt(await txtRecords(dnsZone, name), values, scaleway_recordValue);
                if (records.length === 0)
                    return;
                // identified by name, type and the data as stored, so only these values go
                await patch(dnsZone, records.map((r) => ({ delete: { id_fields: { name, type: 'TXT', data: r.data } } })));
            },
        };
    },
};
function scaleway_recordValue(record) {
    return parseTxtContent(record.data);
}

;// CONCATENATED MODULE: ./src/providers/vultr/index.ts
// Vultr DNS (API v2): one domain record per TXT value, so appending never touches other values at the owner.




const vultr_API_URL = 'https://api.vultr.com/v2';
const vultr_descriptor = {
    id: 'vultr',
    name: 'Vultr DNS',
    credentials: [
        {
            env: 'VULTR_API_KEY',
            description: 'API key of a user with the Manage DNS permission',
            secret: true,
        },
    ],
    settings: [
        { env: 'VULTR_API_URL', description: 'API base URL', default: vultr_API_URL },
        { env: 'VULTR_TTL', description: 'TTL of the TXT records (seconds)', default: '120' },
    ],
    leastPrivilege: 'Vultr API keys belong to a user and cannot be limited to one domain. Add a user to the account ' +
        '(Account > Users) whose only permission is Manage DNS, enable its API access and use its key: it then cannot ' +
        'touch servers or billing, but still reaches every domain of the account. To keep it away from your other ' +
        'zones, host the alias zone in a separate Vultr account that holds nothing else.',
    docs: 'https://www.vultr.com/api/#tag/dns',
};
// The API's largest page.
const vultr_PER_PAGE = 500;
const vultr = {
    descriptor: vultr_descriptor,
    create(context) {
        const apiKey = context.env.VULTR_API_KEY ?? '';
        const ttl = readTtl(context.env, 'VULTR_TTL', { default: 120 });
        const http = (0,providers_http/* providerHttp */.o)(context, {
            provider: 'vultr',
            apiUrlEnv: 'VULTR_API_URL',
            defaultUrl: vultr_API_URL,
            headers: { authorization: `Bearer ${apiKey}`, accept: 'application/json' },
            secrets: [apiKey],
            credentialHint: 'VULTR_API_KEY',
        });
        /** Every item of a cursor-paginated list: meta.links.next is the cursor of the next page, empty on the last. */
        async function allPages(path, key) {
            const items = [];
            let cursor;
            do {
                const { body } = await http.request('GET', path, {
                    query: { per_page: vultr_PER_PAGE, cursor },
                });
                items.push(...(body[key] ?? []));
                cursor = body.meta?.links?.next || undefined;
            } while (cursor !== undefined);
            return items;
        }
        // One listing serves every owner of the run: the account's domains do not change while it runs.
        let domains;
        const listDomains = () => {
            if (domains === undefined) {
                domains = allPages('/domains', 'domains').then((list) => new Set(list.map((d) => absoluteless(d.domain))));
                // a failed listing (network, 401) must not stick: the next call asks again
                domains.catch(() => {
                    domains = undefined;
                });
            }
            return domains;
        };
        const domainOf = async (zone, owner) => {
            const hosted = await listDomains();
            const candidates = zoneCandidates(zone, owner);
            const found = candidates.find((name) => hosted.has(name));
            if (found === undefined) {
                throw new Error(`vultr: no domain for ${owner} in this account (tried ${candidates.join(', ')}); ` +
                    'add the alias zone under Network > DNS, or check that VULTR_API_KEY belongs to its account');
            }
            return found;
        };
        // The records list has no name or type filter: read it all and pick the owner's TXT records.
        const txtRecords = async (domain, owner) => {
            const name = relativeName(owner, domain);
            const records = await allPages(`/domains/${encodeURIComponent(domain)}/records`, 'records');
            return records.filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name);
        };
        return {
            id: vultr_descriptor.id,
            async append(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const missing = missingTxt(await txtRecords(domain, owner), values, (r) => parseMaybeQuoted(r.data));
                const name = relativeName(owner, domain);
                await Promise.all(missing.map((value) => http.request('POST', `/domains/${encodeURIComponent(domain)}/records`, {
                    // Vultr keeps TXT data as given and serves it as is: the quotes make it one character-string
                    body: { name, type: 'TXT', data: formatTxtContent(value), ttl, priority: 0 },
                })));
            },
            async remove(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const records = ourTxt(await txtRecords(domain, owner), values, (r) => parseMaybeQuoted(r.data));
                await Promise.all(records.map((r) => http.request('DELETE', `/domains/${encodeURIComponent(domain)}/records/${r.id}`)));
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/providers/index.ts
// The registry of DNS providers, by id.
































const MODULES = [
    acmeDns,
    arvancloud,
    azure_azure,
    bunny,
    cloudflare,
    cloudns,
    desec,
    digitalocean,
    dnsimple,
    dnsmadeeasy,
    duckdns,
    dynu,
    edgedns,
    exec,
    gandi,
    gcore,
    godaddy,
    google_google,
    he,
    hetzner,
    httpreq,
    infomaniak,
    linode,
    namecheap,
    ns1,
    ovh,
    porkbun,
    powerdns,
    rfc2136,
    route53,
    scaleway,
    vultr,
];
const PROVIDERS = Object.fromEntries(MODULES.map((module) => [module.descriptor.id, module]));
/** The provider for `id`, with every secret credential masked before the provider sees it. */
function createProvider(id, context) {
    const module = PROVIDERS[id];
    if (module === undefined)
        throw new Error(`unknown DNS provider "${id}"`);
    for (const setting of [...module.descriptor.credentials, ...module.descriptor.settings]) {
        const value = context.env[setting.env];
        if (setting.secret && value)
            context.host.mask(value);
    }
    return module.create(context);
}


/***/ }),

/***/ 4845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ removeRecords),
/* harmony export */   Np: () => (/* binding */ STATE_RECORDS),
/* harmony export */   Q4: () => (/* binding */ parseRecords),
/* harmony export */   Ui: () => (/* binding */ STATE_PROVIDER),
/* harmony export */   Wh: () => (/* binding */ writeRecords),
/* harmony export */   Y5: () => (/* binding */ recordsFor)
/* harmony export */ });
const STATE_RECORDS = 'records';
const STATE_PROVIDER = 'provider';
/** Values per owner: apex and wildcard (one owner) land in one write. */
function recordsFor(plan, challenges) {
    const values = new Map();
    for (const c of challenges) {
        const certName = c.wildcard ? `*.${c.identifier}` : c.identifier;
        const planned = plan.names.find((n) => n.name.name === certName);
        if (planned === undefined)
            throw new Error(`the CA sent a challenge for ${certName}, which was not ordered`);
        const list = values.get(planned.owner) ?? [];
        if (!list.includes(c.value))
            list.push(c.value);
        values.set(planned.owner, list);
    }
    return plan.owners
        .filter((group) => values.has(group.owner))
        .map((group) => ({ zone: group.zone, owner: group.owner, values: values.get(group.owner) ?? [] }));
}
async function writeRecords(provider, records) {
    await Promise.all(records.map((r) => provider.append(r.zone, r.owner, [...r.values])));
}
/** Remove our values; each owner on its own, so one failure does not keep the others in place. */
async function removeRecords(provider, records, warn) {
    const results = await Promise.allSettled(records.map((r) => provider.remove(r.zone, r.owner, [...r.values])));
    let clean = true;
    results.forEach((result, i) => {
        if (result.status === 'rejected') {
            clean = false;
            const r = records[i];
            warn(`could not remove the challenge values at ${r.owner}: ${result.reason.message}`);
        }
    });
    return clean;
}
function parseRecords(state) {
    if (state.trim() === '')
        return [];
    const parsed = JSON.parse(state);
    if (!Array.isArray(parsed))
        return [];
    return parsed.filter((r) => typeof r?.zone === 'string' &&
        typeof r?.owner === 'string' &&
        Array.isArray(r?.values) &&
        r.values.every((v) => typeof v === 'string'));
}


/***/ })

};
