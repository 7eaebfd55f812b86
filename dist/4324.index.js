export const id = 4324;
export const ids = [4324];
export const modules = {

/***/ 94324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   route53: () => (/* binding */ route53),
/* harmony export */   route53SigningRegion: () => (/* binding */ route53SigningRegion)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69825);
/* harmony import */ var _clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(44479);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73329);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89300);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47314);
// Amazon Route 53 (REST/XML API 2013-04-01): read the owner's TXT RRset, merge, and swap it in one transactional change batch.








const API_URL = 'https://route53.amazonaws.com';
const API = '/2013-04-01';
const XMLNS = 'https://route53.amazonaws.com/doc/2013-04-01/';
const descriptor = {
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
            default: API_URL,
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
            env: 'AWS_WEB_IDENTITY_TOKEN_FILE',
            description: "File holding the web identity token AWS_ROLE_ARN is assumed with (EKS and other OIDC platforms); unset: the workflow's OIDC token",
        },
        {
            env: 'AWS_PROFILE',
            description: 'Profile of the shared config and credentials files whose aws_access_key_id and aws_secret_access_key to use, when no key or role is given',
            default: 'default',
        },
        {
            env: 'AWS_SHARED_CREDENTIALS_FILE',
            description: 'The shared credentials file',
            default: '~/.aws/credentials',
        },
        { env: 'AWS_CONFIG_FILE', description: 'The shared config file', default: '~/.aws/config' },
        {
            env: 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
            description: 'Path of the task role credentials on the ECS agent (169.254.170.2), set by ECS',
        },
        {
            env: 'AWS_CONTAINER_CREDENTIALS_FULL_URI',
            description: 'URL of a container credentials endpoint (EKS Pod Identity and others): https, or http to loopback or the container agent',
        },
        {
            env: 'AWS_CONTAINER_AUTHORIZATION_TOKEN',
            description: 'Authorization header for the container credentials endpoint',
            secret: true,
        },
        {
            env: 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
            description: 'File holding that Authorization header (wins over AWS_CONTAINER_AUTHORIZATION_TOKEN)',
        },
        {
            env: 'AWS_EC2_METADATA_DISABLED',
            description: 'true: never ask EC2 instance metadata for the instance role',
            default: 'false',
        },
        {
            env: 'AWS_EC2_METADATA_SERVICE_ENDPOINT',
            description: 'Instance metadata address (IMDSv2), e.g. http://[fd00:ec2::254] on an IPv6-only instance',
            default: 'http://169.254.169.254',
        },
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
    ambient: {
        summary: 'a shared profile, container credentials or the EC2 instance role',
        description: "the AWS SDKs' chain goes on: the keys of AWS_PROFILE (default: default) in the shared credentials and config " +
            'files, then the container credentials endpoint, then the instance role from EC2 instance metadata (IMDSv2, a ' +
            'second to answer): a self-hosted runner on AWS needs no key',
        variables: [
            'AWS_PROFILE',
            'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
            'AWS_CONTAINER_CREDENTIALS_FULL_URI',
        ],
    },
};
// One per process: two provider instances writing one owner must still take turns.
const ownerLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_4__/* .KeyedMutex */ .yA();
// Another writer (a parallel job) changed the RRset between our read and our change batch.
const CONFLICT_RETRIES = 4;
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
    descriptor,
    create(context) {
        const env = context.env;
        const source = (0,_clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCredentialSource */ .eL)(context, 'route53');
        const apiUrl = (0,_clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .awsEndpoint */ .PC)(env, 'Route 53', API_URL, 'ROUTE53_API_URL');
        const region = route53SigningRegion(env.AWS_REGION?.trim());
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_5__/* .readTtl */ .J)(env, 'AWS_TTL', { default: 60, min: 0 });
        const sleep = context.transport?.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
        const log = (message) => context.host.info(message);
        // Credentials are fetched once per run (one OIDC token, one STS call), on first use.
        let client;
        const http = () => {
            client ??= source.credentials().then((credentials) => (0,_clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .awsSignedHttp */ .a1)(context, {
                who: 'route53',
                baseUrl: apiUrl,
                credentials,
                hint: source.hint,
                region,
                signingName: 'route53',
                signedHeaders: ['content-type'],
                isThrottled: _clouds_aws_js__WEBPACK_IMPORTED_MODULE_1__/* .awsThrottled */ .Eq,
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
            const key = (0,_serialize_js__WEBPACK_IMPORTED_MODULE_4__/* .ownerKey */ .lf)(zone, owner);
            let id = zoneIds.get(key);
            if (id === undefined) {
                const candidates = (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .zoneCandidates */ .Ph)(zone, owner);
                id = (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .findZone */ ._S)(candidates, (name) => publicZoneNamed(name)).then((found) => {
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
                for (const zoneXml of (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .elements */ .Yt)(xml, 'HostedZone')) {
                    if ((0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(decodeName((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(zoneXml, 'Name') ?? '')) !== name)
                        return undefined;
                    if ((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(zoneXml, 'PrivateZone') !== 'true')
                        return ((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(zoneXml, 'Id') ?? '').replace(/^\/hostedzone\//, '');
                }
                const nextName = (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(xml, 'NextDNSName');
                if ((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(xml, 'IsTruncated') !== 'true' || nextName === undefined)
                    return undefined;
                const nextId = (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(xml, 'NextHostedZoneId');
                next = { dnsname: nextName, ...(nextId ? { hostedzoneid: nextId } : {}) };
            }
        }
        async function readTxt(zoneId, owner) {
            const client = await http();
            const { body } = await client.request('GET', `${API}/hostedzone/${encodeURIComponent(zoneId)}/rrset`, {
                query: { name: `${owner}.`, type: 'TXT', maxitems: 1 },
            });
            // the list starts at (name, type): the first set is ours only when its name and type are
            const first = (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .elements */ .Yt)(String(body ?? ''), 'ResourceRecordSet')[0];
            if (first === undefined)
                return undefined;
            const name = (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(first, 'Name') ?? '';
            if ((0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(decodeName(name)) !== (0,_zone_js__WEBPACK_IMPORTED_MODULE_6__/* .absoluteless */ .h8)(owner) || (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(first, 'Type') !== 'TXT')
                return undefined;
            if ((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(first, 'SetIdentifier') !== undefined) {
                throw new Error(`route53: the TXT records at ${owner} use a routing policy (SetIdentifier); ` +
                    'the challenge owner needs a simple record set');
            }
            return {
                name,
                ttl: (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(first, 'TTL') ?? String(ttl),
                values: (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .elements */ .Yt)(first, 'Value').map((value) => (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(`<v>${value}</v>`, 'v') ?? ''),
            };
        }
        async function change(zoneId, changes) {
            const client = await http();
            const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<ChangeResourceRecordSetsRequest xmlns="${XMLNS}"><ChangeBatch><Changes>` +
                changes
                    .map(({ action, rrset }) => `<Change><Action>${action}</Action><ResourceRecordSet><Name>${(0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeXml */ .X)(rrset.name)}</Name>` +
                    `<Type>TXT</Type><TTL>${(0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeXml */ .X)(rrset.ttl)}</TTL><ResourceRecords>` +
                    rrset.values
                        .map((v) => `<ResourceRecord><Value>${(0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .escapeXml */ .X)(v)}</Value></ResourceRecord>`)
                        .join('') +
                    '</ResourceRecords></ResourceRecordSet></Change>')
                    .join('') +
                '</Changes></ChangeBatch></ChangeResourceRecordSetsRequest>';
            const { body } = await client.request('POST', `${API}/hostedzone/${encodeURIComponent(zoneId)}/rrset/`, {
                text: xml,
                headers: { 'content-type': 'application/xml' },
                // a change batch that DELETEs the exact set it read cannot apply twice
                idempotent: true,
            });
            const info = (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .elements */ .Yt)(String(body ?? ''), 'ChangeInfo')[0] ?? '';
            return `${(0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(info, 'Id') ?? ''}|${(0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(info, 'Status') ?? ''}`;
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
                const { body } = await client.request('GET', `${API}/change/${encodeURIComponent(changeId)}`);
                if ((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Qq)(String(body ?? ''), 'Status') === 'INSYNC')
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
            await ownerLocks.run((0,_serialize_js__WEBPACK_IMPORTED_MODULE_4__/* .ownerKey */ .lf)(apiUrl, zoneId, owner), async () => {
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
                        if (attempt >= CONFLICT_RETRIES || !(await changedMeanwhile(error, zoneId, owner, current)))
                            throw error;
                        log(`route53: the TXT set at ${owner} changed while we wrote it; reading it again`);
                    }
                }
            });
        }
        async function changedMeanwhile(error, zoneId, owner, before) {
            if (!(error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderHttpError */ .gm) || error.status !== 400)
                return false;
            if (!error.bodyExcerpt?.includes('InvalidChangeBatch'))
                return false;
            const now = await readTxt(zoneId, owner);
            return JSON.stringify(now) !== JSON.stringify(before);
        }
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (current) => (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeTxt */ .RU)(current?.values ?? [], values, _txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .octalPresentationTxt */ .KK), true);
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (current) => current && (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutTxt */ .Pd)(current.values, values, _txt_content_js__WEBPACK_IMPORTED_MODULE_3__/* .octalPresentationTxt */ .KK.read), 
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


/***/ }),

/***/ 89300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QJ: () => (/* binding */ rememberedUntilFailed),
/* harmony export */   lf: () => (/* binding */ ownerKey),
/* harmony export */   yA: () => (/* binding */ KeyedMutex)
/* harmony export */ });
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
/**
 * The promise `make` gives, made once and shared by every caller (a token, a listing); a failed one is forgotten,
 * so the next caller asks again.
 */
function rememberedUntilFailed(make) {
    let remembered;
    return () => {
        if (remembered === undefined) {
            const made = make();
            remembered = made;
            made.catch(() => {
                if (remembered === made)
                    remembered = undefined;
            });
        }
        return remembered;
    };
}


/***/ }),

/***/ 59166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readTtl)
/* harmony export */ });
/* unused harmony export MAX_DNS_TTL */
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


/***/ }),

/***/ 92778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ parseMaybeQuoted),
/* harmony export */   KK: () => (/* binding */ octalPresentationTxt),
/* harmony export */   PM: () => (/* binding */ createMissing),
/* harmony export */   Pd: () => (/* binding */ withoutTxt),
/* harmony export */   RU: () => (/* binding */ mergeTxt),
/* harmony export */   T_: () => (/* binding */ ourTxt),
/* harmony export */   Tl: () => (/* binding */ deleteOurs),
/* harmony export */   Xs: () => (/* binding */ formatTxtContent),
/* harmony export */   bF: () => (/* binding */ parseTxtContent),
/* harmony export */   nE: () => (/* binding */ presentationTxt),
/* harmony export */   vV: () => (/* binding */ missingTxt)
/* harmony export */ });
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
// Per-record APIs, where each TXT value is a record of its own.
/** Create a record for each value not yet among the records at the owner, all at once. */
async function createMissing(current, values, read, create) {
    await Promise.all(missingTxt(current, values, read).map(create));
}
/** Delete the records at the owner that hold one of values, all at once; the others stay. */
async function deleteOurs(current, values, read, remove) {
    await Promise.all(ourTxt(current, values, read).map(remove));
}


/***/ }),

/***/ 47314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ relativeName),
/* harmony export */   Nu: () => (/* binding */ zoneFromListing),
/* harmony export */   Ph: () => (/* binding */ zoneCandidates),
/* harmony export */   _S: () => (/* binding */ findZone),
/* harmony export */   h8: () => (/* binding */ absoluteless),
/* harmony export */   pn: () => (/* binding */ pathSegment),
/* harmony export */   zu: () => (/* binding */ zoneFinder)
/* harmony export */ });
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89300);
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
/**
 * The provider's zone for an owner, looked up once per (zone, owner) over zoneCandidates: `lookup` answers
 * undefined for a name the account does not have; when none is found the error says `notFound(owner, tried)`.
 * A failed lookup (network, credentials) is not remembered: the next call asks again.
 */
function zoneFinder(lookup, notFound) {
    const found = new Map();
    return (zone, owner) => {
        const key = `${absoluteless(zone)}|${absoluteless(owner)}`;
        let hit = found.get(key);
        if (hit === undefined) {
            const candidates = zoneCandidates(zone, owner);
            hit = findZone(candidates, lookup).then((result) => {
                if (result === undefined)
                    throw new Error(notFound(absoluteless(owner), candidates));
                return result;
            });
            hit.catch(() => found.delete(key));
            found.set(key, hit);
        }
        return hit;
    };
}
/**
 * Foreign text (a name from DNS, an id from an API) as one segment of an API path: percent-encoded, so `/`, `?`
 * and `%` stay inside it. `.` and `..` are refused: URL parsing resolves them (encoded or not) and the request
 * would go to another path; an empty segment is refused as well (an apex goes in as the API writes it, e.g. @).
 */
function pathSegment(text) {
    if (text === '' || text === '.' || text === '..') {
        throw new Error(`"${text}" cannot be a segment of an API path: it would name another path than intended`);
    }
    return encodeURIComponent(text);
}
/**
 * For APIs that list the account's zones: the longest listed zone holding the owner (it or a parent of it), or
 * undefined. The listing is asked for once per provider, and again after a failed attempt.
 */
function zoneFromListing(list) {
    const listing = (0,_serialize_js__WEBPACK_IMPORTED_MODULE_0__/* .rememberedUntilFailed */ .QJ)(async () => (await list()).map(absoluteless));
    return async (owner) => {
        const name = absoluteless(owner);
        return (await listing())
            .filter((zone) => name === zone || name.endsWith(`.${zone}`))
            .sort((a, b) => b.length - a.length)[0];
    };
}


/***/ })

};
