export const id = 9825;
export const ids = [9825];
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

/***/ 69825:
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/http/api.ts
var api = __webpack_require__(39308);
// EXTERNAL MODULE: ./src/http/client.ts
var client = __webpack_require__(73329);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/http/transport.ts + 1 modules
var transport = __webpack_require__(28782);
;// CONCATENATED MODULE: ./src/clouds/aws-chain.ts
// The AWS SDKs' credential sources after the environment's keys and the web identity, in their order: the shared
// config and credentials files (AWS_PROFILE), the container credentials endpoint, EC2 instance metadata (IMDSv2).
// The files and the container's variables are decided without a request; instance metadata is asked last, with a
// second to answer, so a machine that is not on EC2 learns it at once.






/** Where the shared files are: AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE, else ~/.aws. */
function sharedFiles(env) {
    const home = env.HOME?.trim() || env.USERPROFILE?.trim() || (0,external_node_os_.homedir)();
    const expand = (path) => (path.startsWith('~/') ? (0,external_node_path_.join)(home, path.slice(2)) : path);
    return {
        credentials: expand(env.AWS_SHARED_CREDENTIALS_FILE?.trim() || (0,external_node_path_.join)(home, '.aws', 'credentials')),
        config: expand(env.AWS_CONFIG_FILE?.trim() || (0,external_node_path_.join)(home, '.aws', 'config')),
    };
}
/** The sections of an INI file as the AWS files use it: `[name]`, `key = value`, comments with # or ;. */
function iniSections(text) {
    const sections = new Map();
    let current;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            continue;
        const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
        if (header) {
            current = new Map();
            sections.set(header[1].replace(/\s+/g, ' '), current);
            continue;
        }
        const eq = line.indexOf('=');
        // an indented line belongs to a nested setting (s3 = ...), which no credential is
        if (eq < 0 || current === undefined || /^\s/.test(raw))
            continue;
        current.set(line.slice(0, eq).trim().toLowerCase(), line.slice(eq + 1).trim());
    }
    return sections;
}
function readSections(path) {
    try {
        return iniSections((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Settings of a profile that get credentials in ways certalias does not follow. */
const UNFOLLOWED = ['role_arn', 'sso_session', 'sso_start_url', 'credential_process', 'login_session'];
/**
 * The keys of the profile AWS_PROFILE names (else `default`): the credentials file's `[name]` first, then the
 * config file's `[profile name]` (`[default]` for the default). The default profile may be absent (the chain goes
 * on); a profile named on purpose must be there and hold keys.
 */
function profileCredentials(env, who) {
    const named = env.AWS_PROFILE?.trim() || env.AWS_DEFAULT_PROFILE?.trim() || '';
    const profile = named || 'default';
    const files = sharedFiles(env);
    const fromCredentials = readSections(files.credentials)?.get(profile);
    const fromConfig = readSections(files.config)?.get(profile === 'default' ? 'default' : `profile ${profile}`);
    if (fromCredentials === undefined && fromConfig === undefined) {
        if (named === '')
            return undefined;
        throw new Error(`${who}: AWS_PROFILE ${profile} is in neither ${files.credentials} nor ${files.config} ` +
            '(AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE say where they are)');
    }
    for (const [settings, path] of [
        [fromCredentials, files.credentials],
        [fromConfig, files.config],
    ]) {
        const accessKeyId = settings?.get('aws_access_key_id') ?? '';
        const secretAccessKey = settings?.get('aws_secret_access_key') ?? '';
        if (accessKeyId !== '' && secretAccessKey !== '') {
            const sessionToken = settings?.get('aws_session_token') || undefined;
            return {
                credentials: { accessKeyId, secretAccessKey, sessionToken },
                from: `the profile ${profile} of ${path}`,
            };
        }
    }
    const uses = UNFOLLOWED.filter((key) => fromCredentials?.has(key) || fromConfig?.has(key));
    throw new Error(`${who}: the profile ${profile} (${files.credentials}, ${files.config}) has no aws_access_key_id and ` +
        `aws_secret_access_key${uses.length > 0 ? ` (it uses ${uses.join(', ')}, which certalias does not follow)` : ''}: ` +
        'give it keys, or use AWS_ROLE_ARN, the container endpoint or the instance role instead');
}
/** The link-local and loopback services of the machine are asked directly, never through HTTPS_PROXY. */
let direct;
function directSend() {
    direct ??= (0,transport/* connections */.oQ)({ connectTimeoutMs: 1000, requestTimeoutMs: 1000, env: {} }).send;
    return direct;
}
function metadataHttp(context, who, baseUrl, secrets) {
    // as the AWS SDKs ask these services: one attempt, a second to answer
    return (0,api/* providerHttp */.oX)({ ...context, transport: { send: directSend(), timeoutMs: 1000, ...context.transport } }, { provider: who, baseUrl, secrets, maxRetries: 0 });
}
/** The answer's credentials (AccessKeyId, SecretAccessKey, Token), masked; throws when they are incomplete. */
function sessionOf(body, context, what) {
    const parsed = typeof body === 'string' ? safeJson(body) : body;
    const fields = (typeof parsed === 'object' && parsed !== null ? parsed : {});
    const accessKeyId = typeof fields.AccessKeyId === 'string' ? fields.AccessKeyId : '';
    const secretAccessKey = typeof fields.SecretAccessKey === 'string' ? fields.SecretAccessKey : '';
    const sessionToken = typeof fields.Token === 'string' && fields.Token !== '' ? fields.Token : undefined;
    if (accessKeyId === '' || secretAccessKey === '')
        throw new Error(`${what} answered without credentials`);
    for (const secret of [accessKeyId, secretAccessKey, sessionToken])
        if (secret)
            context.host.mask(secret);
    return { accessKeyId, secretAccessKey, sessionToken };
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** ECS's agent; EKS Pod Identity's, IPv4 and IPv6: the hosts a full URI may name over plain http. */
const CONTAINER_HOSTS = new Set(['169.254.170.2', '169.254.170.23', '[fd00:ec2::23]']);
/**
 * The container credentials endpoint, when AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (on ECS's agent) or _FULL_URI
 * names it; undefined when neither does. The Authorization token: AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE's
 * content, else AWS_CONTAINER_AUTHORIZATION_TOKEN.
 */
async function containerCredentials(context, who) {
    const { env } = context;
    const relative = env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI?.trim();
    const full = env.AWS_CONTAINER_CREDENTIALS_FULL_URI?.trim();
    if (!relative && !full)
        return undefined;
    const variable = relative ? 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI' : 'AWS_CONTAINER_CREDENTIALS_FULL_URI';
    let url;
    try {
        url = relative ? new URL(relative, 'http://169.254.170.2') : new URL(full);
    }
    catch {
        throw new Error(`${who}: ${variable} is not a URL or a path`);
    }
    const loopback = url.hostname === 'localhost' || /^127\./.test(url.hostname) || url.hostname === '[::1]';
    if (!relative &&
        !(url.protocol === 'https:' ||
            (url.protocol === 'http:' && (loopback || CONTAINER_HOSTS.has(url.hostname))))) {
        throw new Error(`${who}: AWS_CONTAINER_CREDENTIALS_FULL_URI ${url.origin} is refused: the credentials may come over https, or ` +
            'http to a loopback address or the container agent (169.254.170.2, 169.254.170.23, fd00:ec2::23), as the AWS SDKs require');
    }
    const tokenFile = env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE?.trim();
    let token = env.AWS_CONTAINER_AUTHORIZATION_TOKEN?.trim() ?? '';
    if (tokenFile) {
        try {
            token = (0,external_node_fs_.readFileSync)(tokenFile, 'utf8').trim();
        }
        catch (error) {
            throw new Error(`${who}: AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE cannot be read: ${error.code ?? 'unreadable'}`);
        }
    }
    if (token)
        context.host.mask(token);
    const http = metadataHttp(context, who, url.origin, [token]);
    const { body } = await http.request('GET', `${url.pathname}${url.search}`, {
        headers: token ? { authorization: token, accept: 'application/json' } : { accept: 'application/json' },
    });
    const credentials = sessionOf(body, context, `${who}: the container credentials endpoint (${variable})`);
    return { credentials, from: `the container credentials of ${variable}` };
}
/** The IMDS address: AWS_EC2_METADATA_SERVICE_ENDPOINT, else by AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE. */
function metadataEndpoint(env) {
    const given = env.AWS_EC2_METADATA_SERVICE_ENDPOINT?.trim();
    if (given)
        return given.replace(/\/+$/, '');
    return env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE?.trim().toLowerCase() === 'ipv6'
        ? 'http://[fd00:ec2::254]'
        : 'http://169.254.169.254';
}
/** Whether AWS_EC2_METADATA_DISABLED turns instance metadata off. */
function metadataDisabled(env) {
    return env.AWS_EC2_METADATA_DISABLED?.trim().toLowerCase() === 'true';
}
const CREDENTIALS_PATH = '/latest/meta-data/iam/security-credentials/';
/**
 * The instance role's credentials from EC2 instance metadata, IMDSv2: PUT /latest/api/token for a session token,
 * then the role's name and its credentials with it. Throws with what went wrong, in a few words.
 */
async function instanceCredentials(context, who) {
    const base = metadataEndpoint(context.env);
    const http = metadataHttp(context, who, base, []);
    let step = 'the token (PUT /latest/api/token)';
    try {
        const { body: token } = await http.request('PUT', '/latest/api/token', {
            headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '300' },
        });
        const sessionToken = String(token ?? '').trim();
        if (sessionToken === '')
            throw new Error('no token');
        context.host.mask(sessionToken);
        const headers = { 'x-aws-ec2-metadata-token': sessionToken };
        step = 'the instance role';
        const { body: roles } = await http.request('GET', CREDENTIALS_PATH, { headers });
        const role = String(roles ?? '')
            .split('\n')[0]
            ?.trim() ?? '';
        if (role === '')
            throw new Error('no role');
        step = `the credentials of ${role}`;
        const { body } = await http.request('GET', `${CREDENTIALS_PATH}${encodeURIComponent(role)}`, { headers });
        const credentials = sessionOf(body, context, `${who}: instance metadata`);
        return { credentials, from: `the instance role ${role} (EC2 instance metadata)` };
    }
    catch (error) {
        throw new Error(metadataFailure(error, step));
    }
}
function metadataFailure(error, step) {
    if (error instanceof client/* ProviderHttpError */.gm) {
        if (error.kind === 'timeout')
            return 'no answer within 1 s';
        if (error.kind === 'network')
            return 'not reachable';
        if (error.status === 404)
            return `no ${step.replace(/^the /, '')} (HTTP 404: the instance has no role)`;
        return `${step}: HTTP ${error.status}`;
    }
    return `${step}: ${error.message}`;
}

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
var clouds_context = __webpack_require__(93633);
// EXTERNAL MODULE: ./src/clouds/oidc.ts
var oidc = __webpack_require__(86469);
;// CONCATENATED MODULE: ./src/clouds/aws.ts
// AWS credentials and endpoints, shared by the route53 provider and the AWS stores: the AWS SDKs' credential chain
// (static keys, a web identity traded at STS, then the machine's sources in aws-chain.ts); endpoints as the AWS
// SDKs read them.








const STS_URL = 'https://sts.amazonaws.com';
const STS_AUDIENCE = 'sts.amazonaws.com';
const AWS_KEYS_HINT = 'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN)';
const AWS_ROLE_HINT = 'AWS_ROLE_ARN (the role assumed with the web identity token)';
const AWS_CHAIN_HINT = 'the AWS profile, the container credentials or the instance role';
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
 * The AWS SDKs' default credential chain, in their order: static keys in the environment; a web identity
 * (AWS_ROLE_ARN, assumed with AWS_WEB_IDENTITY_TOKEN_FILE's token, else the workflow's OIDC token, at the STS of
 * `region` (the store's), else of AWS_REGION); the shared config and credentials files (AWS_PROFILE); the
 * container credentials endpoint; EC2 instance metadata. A self-hosted runner on AWS has no keys to give: its
 * instance or task role is found. Every key, token and session secret is masked as soon as it is known.
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
    let hint = useKeys ? AWS_KEYS_HINT : roleArn ? AWS_ROLE_HINT : AWS_CHAIN_HINT;
    /** AWS_WEB_IDENTITY_TOKEN_FILE's token (EKS and other OIDC platforms), else the workflow's. */
    async function readWebIdentityToken() {
        const tokenFile = env.AWS_WEB_IDENTITY_TOKEN_FILE?.trim();
        if (!tokenFile)
            return (0,oidc/* workflowIdToken */.qj)({
                host: context.host,
                audience: STS_AUDIENCE,
                provider: who,
                instead: 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_WEB_IDENTITY_TOKEN_FILE',
            });
        let token;
        try {
            token = (0,external_node_fs_.readFileSync)(tokenFile, 'utf8').trim();
        }
        catch (error) {
            throw new Error(`${who}: AWS_WEB_IDENTITY_TOKEN_FILE cannot be read: ${error.code ?? 'unreadable'}`);
        }
        mask(token);
        return token;
    }
    async function assumeRole() {
        const webIdentityToken = await readWebIdentityToken();
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
        const identity = env.AWS_WEB_IDENTITY_TOKEN_FILE?.trim()
            ? 'AWS_WEB_IDENTITY_TOKEN_FILE'
            : 'the workflow OIDC token';
        log(`${who}: assumed ${(0,aws_xml/* text */.Qq)(String(body), 'Arn') ?? roleArn} with ${identity}`);
        return assumed;
    }
    /** After the keys and the web identity: the files, the container, the instance (aws-chain.ts). */
    async function fromTheMachine() {
        const found = profileCredentials(env, who) ?? (await containerCredentials(context, who));
        if (found !== undefined) {
            hint = found.from;
            return found.credentials;
        }
        const files = sharedFiles(env);
        const tried = `${who}: no AWS credentials: not AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, nor AWS_ROLE_ARN, nor a profile ` +
            `default in ${files.credentials} or ${files.config}, nor a container endpoint, nor EC2 instance metadata`;
        if (metadataDisabled(env))
            throw new clouds_context/* CloudAccessError */.Y(`${tried} (AWS_EC2_METADATA_DISABLED)`);
        let instance;
        try {
            instance = await instanceCredentials(context, who);
        }
        catch (error) {
            throw new clouds_context/* CloudAccessError */.Y(`${tried} (${error.message})`);
        }
        hint = instance.from;
        log(`${who}: credentials of ${instance.from}`);
        return instance.credentials;
    }
    let pending;
    return {
        get hint() {
            return hint;
        },
        credentials() {
            pending ??= useKeys
                ? Promise.resolve({ accessKeyId, secretAccessKey, sessionToken })
                : roleArn
                    ? assumeRole()
                    : fromTheMachine();
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
                throw new clouds_context/* CloudAccessError */.Y(`${error.message}. ${who}: the identity needs the IAM permission ${iamPrefix}:${action}`, { cause: error });
            }
            throw error;
        }
        if (response.status !== 400)
            return { body: parseJson(response.body) };
        const fault = awsFault(response);
        const where = `${who}: ${action} at ${this.#service.serviceId} (${this.#service.region})`;
        if (/AccessDenied/.test(fault.code)) {
            throw new clouds_context/* CloudAccessError */.Y(http.redact(`${where} was refused: ${fault.code}: ${fault.message}. The identity (${this.#source.hint}) needs the IAM ` +
                `permission ${iamPrefix}:${action}`));
        }
        if (CREDENTIAL_FAULTS.has(fault.code)) {
            throw new clouds_context/* CloudAccessError */.Y(http.redact(`${where} did not accept the credential: ${fault.code}: ${fault.message}. Check ${this.#source.hint}`));
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


/***/ })

};
