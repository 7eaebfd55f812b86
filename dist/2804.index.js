export const id = 2804;
export const ids = [2804];
export const modules = {

/***/ 22819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ googleCredential),
/* harmony export */   ep: () => (/* binding */ googleThrottled)
/* harmony export */ });
/* unused harmony exports KEY_HINT, WIF_HINT, signJwt */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39308);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86469);
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
        const oauth = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
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
        const oidc = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_3__/* .workflowIdToken */ .qj)({
            host: context.host,
            // the audience a workload identity provider accepts by default
            audience: `https://iam.googleapis.com/${provider}`,
            provider: who,
            instead: 'GCE_SERVICE_ACCOUNT or GCE_SERVICE_ACCOUNT_FILE (a service account key)',
        });
        const sts = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
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
        const iam = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
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

/***/ 2804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   google: () => (/* binding */ google)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clouds_google_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22819);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39308);
/* harmony import */ var _conditional_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25864);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89300);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47314);
// Google Cloud DNS (API v1): swap the owner's TXT RRset in one change whose deletion must match the current set exactly.








const API_URL = 'https://dns.googleapis.com/dns/v1';
const OAUTH_URL = 'https://oauth2.googleapis.com';
const STS_URL = 'https://sts.googleapis.com';
const IAM_URL = 'https://iamcredentials.googleapis.com';
// The narrowest OAuth scope that can change record sets.
const DNS_SCOPE = 'https://www.googleapis.com/auth/ndev.clouddns.readwrite';
const descriptor = {
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
        { env: 'GOOGLE_API_URL', description: 'Cloud DNS API base URL', default: API_URL },
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
const ownerLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyedMutex */ .yA();
const CONFLICT_RETRIES = 4;
const google = {
    descriptor,
    create(context) {
        const env = context.env;
        const log = (message) => context.host.info(message);
        const sleep = context.transport?.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
        const credential = (0,_clouds_google_js__WEBPACK_IMPORTED_MODULE_1__/* .googleCredential */ .H0)(context, 'google', DNS_SCOPE);
        const project = credential.project;
        if (project === '')
            throw new Error('google: set GCE_PROJECT, the project id of the alias zone');
        const apiUrl = env.GOOGLE_API_URL || API_URL;
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_6__/* .readTtl */ .J)(env, 'GCE_TTL', { default: 60 });
        // One access token per run, fetched on first use; a failure is not kept, so the post step may try again.
        let client;
        const http = () => {
            client ??= credential.token().then((token) => (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
                provider: 'google',
                baseUrl: apiUrl,
                headers: { authorization: `Bearer ${token}` },
                secrets: [token],
                credentialHint: credential.hint,
                isThrottled: _clouds_google_js__WEBPACK_IMPORTED_MODULE_1__/* .googleThrottled */ .ep,
            }));
            client.catch(() => {
                client = undefined;
            });
            return client;
        };
        const projectPath = `/projects/${encodeURIComponent(project)}`;
        const zoneFor = (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .zoneFinder */ .zu)((name) => publicZoneNamed(name), (owner, tried) => `google: no public managed zone for ${owner} in project ${project} (tried ${tried.join(', ')}); ` +
            'check GCE_PROJECT, or set GCE_ZONE_ID');
        const managedZone = async (zone, owner) => {
            const configured = env.GCE_ZONE_ID?.trim();
            if (configured)
                return configured;
            return (await zoneFor(zone, owner)).zone;
        };
        async function publicZoneNamed(name) {
            const api = await http();
            let pageToken;
            do {
                const { body } = await api.request('GET', `${projectPath}/managedZones`, { query: { dnsName: `${name}.`, pageToken } });
                const hit = body.managedZones?.find((z) => (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(z.dnsName) === name && (z.visibility ?? 'public') === 'public');
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
            const found = body.rrsets?.find((r) => r.type === 'TXT' && (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(r.name) === (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(owner));
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
            await (0,_conditional_write_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForChange */ .X4)(async () => {
                const path = `${zonePath(managed)}/changes/${encodeURIComponent(change.id)}`;
                return (await api.request('GET', path)).body.status === 'done';
            }, sleep, (seconds) => context.host.warning(`google: change ${change.id} is not done after ${seconds} s; going on to check the name servers`));
        }
        /**
         * Read the owner's set, let `plan` decide the new rrdatas, and post one change: the exact set read as the
         * deletion plus the new set as the addition. Cloud DNS answers 412 (deletion no longer matches) or 409
         * (addition exists) when another writer got there first: then read again and plan again.
         */
        async function rewrite(zone, owner, plan, waitForDone) {
            const managed = await managedZone(zone, owner);
            await ownerLocks.run((0,_serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerKey */ .lf)(apiUrl, project, managed, owner), async () => {
                const submitted = await (0,_conditional_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeConditionally */ .$Y)({
                    what: `google: the TXT set at ${owner}`,
                    read: () => readTxt(managed, owner),
                    plan,
                    async write(current, rrdatas) {
                        const additions = rrdatas.length > 0
                            ? [{ name: `${owner}.`, type: 'TXT', ttl: current?.ttl ?? ttl, rrdatas }]
                            : [];
                        const api = await http();
                        const { body } = await api.request('POST', `${zonePath(managed)}/changes`, {
                            body: { additions, deletions: current ? [current] : [] },
                        });
                        return body;
                    },
                    isConflict: (0,_conditional_write_js__WEBPACK_IMPORTED_MODULE_3__/* .refusedWith */ .P0)(409, 412),
                    attempts: CONFLICT_RETRIES,
                    sleep,
                    log,
                });
                // polled outside the write, whose requests are sent once; a change whose answer was lost is not waited for
                if (waitForDone && submitted !== undefined)
                    await waitDone(managed, submitted);
            });
        }
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (current) => (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeTxt */ .RU)(current?.rrdatas ?? [], values, _txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .presentationTxt */ .nE), true);
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (current) => current && (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutTxt */ .Pd)(current.rrdatas, values, _txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTxtContent */ .bF), false);
            },
        };
    },
};


/***/ })

};
