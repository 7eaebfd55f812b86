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
/* harmony import */ var _clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(44479);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73329);
/* harmony import */ var _conditional_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25864);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89300);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47314);
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
const ownerLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyedMutex */ .yA();
// Batches refused because another writer (a parallel job) changed the RRset between our read and our batch.
const CONFLICT_RETRIES = 4;
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
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_6__/* .readTtl */ .J)(env, 'AWS_TTL', { default: 60, min: 0 });
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
        const zoneFor = (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .zoneFinder */ .zu)((name) => publicZoneNamed(name), (owner, tried) => `route53: no public hosted zone for ${owner} in this account (tried ${tried.join(', ')}); ` +
            'check the credentials, or set AWS_HOSTED_ZONE_ID');
        const hostedZoneId = async (zone, owner) => {
            const configured = env.AWS_HOSTED_ZONE_ID?.trim();
            if (configured)
                return configured.replace(/^\/?hostedzone\//, '');
            return (await zoneFor(zone, owner)).zone;
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
                for (const zoneXml of (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .elements */ .Yt)(xml, 'HostedZone')) {
                    if ((0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(decodeName((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(zoneXml, 'Name') ?? '')) !== name)
                        return undefined;
                    if ((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(zoneXml, 'PrivateZone') !== 'true')
                        return ((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(zoneXml, 'Id') ?? '').replace(/^\/hostedzone\//, '');
                }
                const nextName = (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(xml, 'NextDNSName');
                if ((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(xml, 'IsTruncated') !== 'true' || nextName === undefined)
                    return undefined;
                const nextId = (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(xml, 'NextHostedZoneId');
                next = { dnsname: nextName, ...(nextId ? { hostedzoneid: nextId } : {}) };
            }
        }
        async function readTxt(zoneId, owner) {
            const client = await http();
            const { body } = await client.request('GET', `${API}/hostedzone/${encodeURIComponent(zoneId)}/rrset`, {
                query: { name: `${owner}.`, type: 'TXT', maxitems: 1 },
            });
            // the list starts at (name, type): the first set is ours only when its name and type are
            const first = (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .elements */ .Yt)(String(body ?? ''), 'ResourceRecordSet')[0];
            if (first === undefined)
                return undefined;
            const name = (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(first, 'Name') ?? '';
            if ((0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(decodeName(name)) !== (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(owner) || (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(first, 'Type') !== 'TXT')
                return undefined;
            if ((0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(first, 'SetIdentifier') !== undefined) {
                throw new Error(`route53: the TXT records at ${owner} use a routing policy (SetIdentifier); ` +
                    'the challenge owner needs a simple record set');
            }
            return {
                name,
                ttl: (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(first, 'TTL') ?? String(ttl),
                values: (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .elements */ .Yt)(first, 'Value').map((value) => (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(`<v>${value}</v>`, 'v') ?? ''),
            };
        }
        async function change(zoneId, changes) {
            const client = await http();
            const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<ChangeResourceRecordSetsRequest xmlns="${XMLNS}"><ChangeBatch><Changes>` +
                changes
                    .map(({ action, rrset }) => `<Change><Action>${action}</Action><ResourceRecordSet><Name>${(0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeXml */ .X)(rrset.name)}</Name>` +
                    `<Type>TXT</Type><TTL>${(0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeXml */ .X)(rrset.ttl)}</TTL><ResourceRecords>` +
                    rrset.values
                        .map((v) => `<ResourceRecord><Value>${(0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .escapeXml */ .X)(v)}</Value></ResourceRecord>`)
                        .join('') +
                    '</ResourceRecords></ResourceRecordSet></Change>')
                    .join('') +
                '</Changes></ChangeBatch></ChangeResourceRecordSetsRequest>';
            const { body } = await client.request('POST', `${API}/hostedzone/${encodeURIComponent(zoneId)}/rrset/`, {
                text: xml,
                headers: { 'content-type': 'application/xml' },
            });
            const info = (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .elements */ .Yt)(String(body ?? ''), 'ChangeInfo')[0] ?? '';
            return `${(0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(info, 'Id') ?? ''}|${(0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(info, 'Status') ?? ''}`;
        }
        /** Poll GetChange until Route 53 reports the change on all its servers; warn (not fail) past the limit. */
        async function waitInSync(submitted) {
            const [changePath = '', initialStatus] = submitted.split('|');
            if (initialStatus === 'INSYNC' || changePath === '')
                return;
            const changeId = changePath.replace(/^\/?change\//, '');
            const client = await http();
            await (0,_conditional_write_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForChange */ .X4)(async () => {
                const { body } = await client.request('GET', `${API}/change/${encodeURIComponent(changeId)}`);
                return (0,_clouds_aws_xml_js__WEBPACK_IMPORTED_MODULE_8__/* .text */ .Qq)(String(body ?? ''), 'Status') === 'INSYNC';
            }, sleep, (seconds) => context.host.warning(`route53: change ${changeId} is not INSYNC after ${seconds} s; going on to check the name servers`));
        }
        /**
         * Read the owner's set, let `plan` decide the new values, and swap the set in one batch: a DELETE of the set
         * exactly as read plus a CREATE of the new one (only the CREATE when there was none, only the DELETE when no
         * value is left). Route 53 applies a batch whole or not at all and refuses it when the set changed meanwhile
         * (another job), so a refusal is read and planned again; the lock keeps this process's writers in line.
         */
        async function rewrite(zone, owner, plan, waitForSync) {
            const zoneId = await hostedZoneId(zone, owner);
            await ownerLocks.run((0,_serialize_js__WEBPACK_IMPORTED_MODULE_5__/* .ownerKey */ .lf)(apiUrl, zoneId, owner), async () => {
                const submitted = await (0,_conditional_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeConditionally */ .$Y)({
                    what: `route53: the TXT set at ${owner}`,
                    read: () => readTxt(zoneId, owner),
                    plan,
                    async write(current, values) {
                        const changes = [];
                        if (current)
                            changes.push({ action: 'DELETE', rrset: current });
                        if (values.length > 0) {
                            changes.push({
                                action: 'CREATE',
                                rrset: { name: `${owner}.`, ttl: current?.ttl ?? String(ttl), values },
                            });
                        }
                        return change(zoneId, changes);
                    },
                    isConflict: changedMeanwhile,
                    attempts: CONFLICT_RETRIES,
                    sleep,
                    log,
                });
                // polled outside the write, whose requests are sent once; a batch whose answer was lost is not waited for
                if (waitForSync && submitted !== undefined)
                    await waitInSync(submitted);
            });
        }
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                await rewrite(zone, owner, (current) => (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeTxt */ .RU)(current?.values ?? [], values, _txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .octalPresentationTxt */ .KK), true);
            },
            async remove(zone, owner, values) {
                await rewrite(zone, owner, (current) => current && (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutTxt */ .Pd)(current.values, values, _txt_content_js__WEBPACK_IMPORTED_MODULE_4__/* .octalPresentationTxt */ .KK.read), 
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
/**
 * Route 53's refusal of a batch whose DELETE no longer matches the set ("but it was not found", "but the values
 * provided do not match the current values") or whose CREATE finds one ("but it already exists"): another writer
 * changed the set since our read. Only the start of the answer is kept in the error, the message's start with it.
 */
function changedMeanwhile(error) {
    return (error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderHttpError */ .gm &&
        error.status === 400 &&
        /InvalidChangeBatch.*Tried to (?:delete|create) resource record set/.test(error.bodyExcerpt ?? ''));
}


/***/ })

};
