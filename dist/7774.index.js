export const id = 7774;
export const ids = [7774];
export const modules = {

/***/ 96717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ azureCredential)
/* harmony export */ });
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39308);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86469);
// Microsoft Entra ID access tokens, shared by the azure provider and the azure-key-vault store: the app's client
// secret, or the workflow's OIDC token as the client assertion of a federated credential.


const AUTHORITY_URL = 'https://login.microsoftonline.com';
// the audience Microsoft Entra expects of a federated credential's token
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
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
            const assertion = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_1__/* .workflowIdToken */ .qj)({
                host: context.host,
                audience: OIDC_AUDIENCE,
                provider: who,
                instead: 'AZURE_CLIENT_SECRET',
            });
            secrets.push(assertion);
            form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
            form.set('client_assertion', assertion);
        }
        const entra = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .oX)(context, {
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

/***/ 57774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azure: () => (/* binding */ azure),
/* harmony export */   resourceManagerScope: () => (/* binding */ resourceManagerScope)
/* harmony export */ });
/* harmony import */ var _clouds_azure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96717);
/* harmony import */ var _clouds_oidc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86469);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39308);
/* harmony import */ var _conditional_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25864);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89300);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47314);
// Azure DNS through Azure Resource Manager (api-version 2018-05-01): TXT record sets written with If-Match on their etag.








const API_URL = 'https://management.azure.com';
const AUTHORITY_URL = 'https://login.microsoftonline.com';
const API_VERSION = '2018-05-01';
const SCOPE = 'https://management.azure.com/.default';
/** Resource Manager of the sovereign clouds: a token for the public one is refused there. */
const SOVEREIGN_RESOURCE_MANAGERS = ['management.usgovcloudapi.net', 'management.chinacloudapi.cn'];
// Azure DNS stores a TXT record as strings of at most 255 characters each
const MAX_STRING = 255;
const descriptor = {
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
            env: _clouds_oidc_js__WEBPACK_IMPORTED_MODULE_4__/* .OIDC_TOKEN_ENV */ .yD,
            description: 'Set by GitHub itself when the job has `permissions: id-token: write` (nothing to put in env): the ' +
                'workflow OIDC token is then the client assertion of a federated credential of the app',
            secret: true,
            set: 'OIDC federated credential',
        },
    ],
    settings: [
        // first: the test harness points the first *_API_URL setting at itself
        {
            env: 'AZURE_API_URL',
            description: "Azure Resource Manager endpoint; a sovereign cloud's (https://management.usgovcloudapi.net, https://management.chinacloudapi.cn) gets tokens for itself",
            default: API_URL,
        },
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
const ownerLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyedMutex */ .yA();
const CONFLICT_RETRIES = 4;
const azure = {
    descriptor,
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
        const apiUrl = env.AZURE_API_URL || API_URL;
        const credential = (0,_clouds_azure_js__WEBPACK_IMPORTED_MODULE_0__/* .azureCredential */ .$)(context, 'azure', resourceManagerScope(apiUrl));
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_6__/* .readTtl */ .J)(env, 'AZURE_TTL', { default: 60 });
        const hint = `${credential.hint} (and the role assignment on the zone)`;
        // One token per run, on first use; a failure is not kept, so the post step may try again.
        let client;
        const http = () => {
            client ??= (async () => {
                const token = await credential.token();
                return (0,_http_api_js__WEBPACK_IMPORTED_MODULE_1__/* .providerHttp */ .oX)(context, {
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
        const zoneFor = (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .zoneFinder */ .zu)(async (name) => (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .zoneAtPath */ .lS)(await http(), (zone) => `${zonesPath}/${encodeURIComponent(zone)}`, { query })(name), (owner, tried) => `azure: no DNS zone for ${owner} in resource group ${resourceGroup} (tried ${tried.join(', ')}); ` +
            'check AZURE_SUBSCRIPTION_ID and AZURE_RESOURCE_GROUP');
        const zoneOf = async (zone, owner) => (await zoneFor(zone, owner)).name;
        // '@' (the apex) stays as is in the path, as Azure writes it
        const recordPath = (zone, owner) => `${zonesPath}/${encodeURIComponent(zone)}/TXT/${encodeURIComponent((0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .relativeName */ .IC)(owner, zone) || '@').replace('%40', '@')}`;
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
            await ownerLocks.run((0,_serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerKey */ .lf)(apiUrl, path), () => (0,_conditional_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeConditionally */ .$Y)({
                what: `azure: the TXT record set at ${owner}`,
                read: () => read(path),
                plan,
                async write(current, records) {
                    const api = await http();
                    const condition = current
                        ? { 'if-match': current.etag }
                        : { 'if-none-match': '*' };
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
                },
                isConflict: (0,_conditional_write_js__WEBPACK_IMPORTED_MODULE_2__/* .refusedWith */ .P0)(412),
                attempts: CONFLICT_RETRIES,
                sleep: context.transport?.sleep,
                log,
            }));
        }
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (current) => (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeTxt */ .RU)(current?.records ?? [], values, { read: joinStrings, format: splitStrings }));
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (current) => current && (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutTxt */ .Pd)(current.records, values, joinStrings));
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
/** The token scope of the Resource Manager that AZURE_API_URL names; any other URL (a proxy) is the public one's. */
function resourceManagerScope(apiUrl) {
    let host;
    try {
        host = new URL(apiUrl).hostname;
    }
    catch {
        return SCOPE;
    }
    return SOVEREIGN_RESOURCE_MANAGERS.includes(host) ? `https://${host}/.default` : SCOPE;
}


/***/ })

};
