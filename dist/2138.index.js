export const id = 2138;
export const ids = [2138];
export const modules = {

/***/ 42138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ociKeyFingerprint: () => (/* binding */ ociKeyFingerprint),
/* harmony export */   ociSignedHeaders: () => (/* binding */ ociSignedHeaders),
/* harmony export */   oraclecloud: () => (/* binding */ oraclecloud)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(82237);
/* harmony import */ var _http_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39308);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73329);
/* harmony import */ var _conditional_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25864);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47314);
// Oracle Cloud Infrastructure DNS (API 20180115), every request signed with the user's API key (OCI request
// signature version 1, RSA-SHA256).
// Concurrency: per-record, and conditional. One PATCH of the owner's records ADDs or REMOVEs single TXT values and
// leaves every other value as it is; it carries If-Match with the etag of the records as read, so a write planned on
// records that changed since (another writer, or an attempt of ours that landed before its answer was lost) is
// refused with 412, and the records are read and the write planned again.









const API_VERSION = '/20180115';
// GetDomainRecords answers at most this many records a page.
const PAGE = 100;
// A listing longer than this is not an owner's TXT records: the API is answering pages in a circle.
const MAX_PAGES = 50;
// Writes refused because the records changed after our read; more means something keeps rewriting them.
const CONFLICT_RETRIES = 5;
// Methods whose requests carry a body, so their signature covers its length, type and SHA-256.
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const descriptor = {
    id: 'oraclecloud',
    name: 'Oracle Cloud Infrastructure DNS',
    credentials: [
        {
            env: 'OCI_PRIVKEY',
            description: "The API key's private key: its PEM, base64-encoded as lego takes it, or as it is (a repository secret)",
            secret: true,
            set: 'private key',
            aliases: ['OCI_PRIVATE_KEY'],
        },
        {
            env: 'OCI_PRIVKEY_FILE',
            description: "Path of the API key's PEM private key file (as lego takes it), or the PEM itself",
            secret: true,
            set: 'private key file',
            aliases: ['OCI_PRIVATE_KEY_PATH'],
        },
        { env: 'OCI_TENANCY_OCID', description: 'OCID of the tenancy (ocid1.tenancy...)' },
        { env: 'OCI_USER_OCID', description: 'OCID of the user the API key belongs to (ocid1.user...)' },
        {
            env: 'OCI_PUBKEY_FINGERPRINT',
            description: "Fingerprint of the API key's public key, as the console shows it (12:34:...:ef)",
            aliases: ['OCI_FINGERPRINT'],
        },
        { env: 'OCI_REGION', description: 'Region whose DNS endpoint to call, e.g. us-ashburn-1' },
        {
            env: 'OCI_COMPARTMENT_OCID',
            description: 'OCID of the compartment holding the alias zone (the tenancy OCID for the root compartment)',
        },
    ],
    settings: [
        {
            env: 'OCI_API_URL',
            description: 'DNS API base URL; when empty, the commercial realm endpoint of OCI_REGION. Regions of other realms ' +
                '(government, sovereign, dedicated) set their own DNS endpoint here, with /20180115',
            default: `https://dns.<OCI_REGION>.oraclecloud.com${API_VERSION}`,
        },
        {
            env: 'OCI_PRIVKEY_PASS',
            description: 'Passphrase of the private key, when it is encrypted',
            secret: true,
            aliases: ['OCI_PRIVATE_KEY_PASSWORD'],
        },
        {
            env: 'OCI_TTL',
            description: 'TTL (seconds) of TXT records at an owner that has none; added values take the TTL of the others',
            default: '60',
        },
    ],
    leastPrivilege: 'Make an IAM user for certalias alone (API key only, no console password), put it in a group of its own, and ' +
        'give that group two policy statements: `Allow group <group> to inspect dns-zones in compartment ' +
        '<compartment>` (to find the zone) and `Allow group <group> to use dns-records in compartment <compartment> ' +
        "where target.dns-zone.name = '<alias zone>'`. The key can then change records of the alias zone only. Keeping " +
        'the alias zone in a compartment of its own narrows the listing as well.',
    docs: 'https://docs.oracle.com/en-us/iaas/api/#/en/dns/20180115/Records/PatchDomainRecords',
};
/**
 * The headers that sign a request: date, host and the Authorization header, plus content-length, content-type and
 * x-content-sha256 (base64 SHA-256 of the body) for a request with a body. The signing string is `name: value`
 * lines of date, (request-target) (`<method> <path?query>`), host and the body headers, in that order; the
 * signature is RSA-SHA256 (PKCS#1 v1.5) with the API key under keyId `<tenancy>/<user>/<fingerprint>`.
 */
function ociSignedHeaders(key, request) {
    const signed = [
        ['date', request.date],
        ['(request-target)', `${request.method.toLowerCase()} ${request.target}`],
        ['host', request.host],
    ];
    if (request.body !== undefined) {
        signed.push(['content-length', String(Buffer.byteLength(request.body.text, 'utf8'))], ['content-type', request.body.contentType], ['x-content-sha256', (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(request.body.text, 'utf8').digest('base64')]);
    }
    const signingString = signed.map(([name, value]) => `${name}: ${value}`).join('\n');
    const signature = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)('sha256', Buffer.from(signingString, 'utf8'), key.privateKey).toString('base64');
    const names = signed.map(([name]) => name).join(' ');
    return {
        ...Object.fromEntries(signed.filter(([name]) => name !== '(request-target)')),
        authorization: `Signature version="1",headers="${names}",keyId="${key.keyId}",algorithm="rsa-sha256",signature="${signature}"`,
    };
}
/** The fingerprint OCI shows for an API key: MD5 of the public key's DER (SubjectPublicKeyInfo), hex pairs. */
function ociKeyFingerprint(key) {
    const der = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(der).digest('hex').match(/../g)?.join(':') ?? '';
}
const oraclecloud = {
    descriptor,
    create(context) {
        const env = context.env;
        const key = readSigningKey(context);
        const tenancy = ocid(env, 'OCI_TENANCY_OCID', ['tenancy']);
        const user = ocid(env, 'OCI_USER_OCID', ['user']);
        const compartmentId = ocid(env, 'OCI_COMPARTMENT_OCID', ['compartment', 'tenancy']);
        const fingerprint = (env.OCI_PUBKEY_FINGERPRINT ?? '').trim().toLowerCase();
        if (fingerprint !== key.fingerprint) {
            throw new Error(`OCI_PUBKEY_FINGERPRINT is not the fingerprint of the key in ${key.variable} (that key's is ` +
                `${key.fingerprint}); give the fingerprint the console shows for the API key of this private key`);
        }
        const region = (env.OCI_REGION ?? '').trim();
        if (!/^[a-z]+(-[a-z]+)+-\d+$/.test(region)) {
            throw new Error(`OCI_REGION must be a region identifier such as us-ashburn-1; got "${region}"`);
        }
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_6__/* .readTtl */ .J)(env, 'OCI_TTL', { default: 60 });
        const signer = { keyId: `${tenancy}/${user}/${fingerprint}`, privateKey: key.privateKey };
        const http = (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .providerHttp */ .oX)(context, {
            provider: 'oraclecloud',
            apiUrlEnv: 'OCI_API_URL',
            defaultUrl: `https://dns.${region}.oraclecloud.com${API_VERSION}`,
            headers: { accept: 'application/json' },
            secrets: key.secrets,
            credentialHint: `OCI_TENANCY_OCID, OCI_USER_OCID, OCI_PUBKEY_FINGERPRINT and ${key.variable}`,
            // signed per attempt: the signature covers the date
            signRequest: ({ method, url, headers, body }) => ociSignedHeaders(signer, {
                method,
                target: `${url.pathname}${url.search}`,
                host: url.host,
                date: new Date().toUTCString(),
                body: BODY_METHODS.has(method)
                    ? { text: body ?? '', contentType: headers['content-type'] ?? 'application/json' }
                    : undefined,
            }),
        });
        const zoneOf = (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .zoneFinder */ .zu)(async (name) => {
            const { body } = await http
                .request('GET', '/zones', {
                query: { compartmentId, name, scope: 'GLOBAL', lifecycleState: 'ACTIVE' },
            })
                .catch((error) => {
                throw error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .ProviderHttpError */ .gm && error.status === 404
                    ? (0,_http_api_js__WEBPACK_IMPORTED_MODULE_2__/* .withHint */ .mu)(error, 'Check OCI_COMPARTMENT_OCID: OCI answers 404 for a compartment that does not exist or whose ' +
                        'zones the user may not inspect')
                    : error;
            });
            return (Array.isArray(body) ? body : []).find((zone) => (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(String(zone.name)) === name)?.id;
        }, (owner, tried) => `oraclecloud: no public zone for ${owner} in the compartment OCI_COMPARTMENT_OCID names ` +
            `(tried ${tried.join(', ')}); create the alias zone there, or give the compartment that holds it`);
        const recordsPath = (zoneId, owner) => `/zones/${encodeURIComponent(zoneId)}/records/${encodeURIComponent((0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(owner))}`;
        /** The owner's TXT records, every page, and the etag of the records as the first page saw them. */
        const readTxt = async (path) => {
            const records = [];
            let etag;
            let page;
            for (let pages = 0; pages === 0 || page !== undefined; pages++) {
                if (pages >= MAX_PAGES)
                    throw new Error(`oraclecloud: ${path} still has more pages after ${MAX_PAGES}`);
                const response = await http.request('GET', path, {
                    query: { rtype: 'TXT', limit: PAGE, page },
                });
                // a record changed between two pages changes the etag: the conditional write then fails and reads again
                etag ??= firstHeader(response.headers.etag);
                records.push(...(response.body?.items ?? []));
                page = firstHeader(response.headers['opc-next-page']) || undefined;
            }
            return {
                etag,
                records: records.filter((r) => String(r.rtype).toUpperCase() === 'TXT' && typeof r.rdata === 'string'),
            };
        };
        async function patch(zone, owner, plan) {
            const { zone: zoneId } = await zoneOf(zone, owner);
            const path = recordsPath(zoneId, owner);
            await (0,_conditional_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeConditionally */ .$Y)({
                what: `oraclecloud: the TXT records at ${(0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(owner)}`,
                read: () => readTxt(path),
                plan: ({ records }) => {
                    const items = plan(records);
                    return items.length === 0 ? undefined : items;
                },
                async write({ etag }, items) {
                    await http.request('PATCH', path, {
                        body: { items },
                        headers: etag === undefined ? {} : { 'if-match': etag },
                    });
                },
                isConflict: (0,_conditional_write_js__WEBPACK_IMPORTED_MODULE_4__/* .refusedWith */ .P0)(412),
                attempts: CONFLICT_RETRIES,
                conflictNote: `oraclecloud: the TXT records at ${(0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(owner)} changed while we wrote them; reading them again`,
                sleep: context.transport?.sleep,
                log: (message) => context.host.info(message),
            });
        }
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                const domain = (0,_zone_js__WEBPACK_IMPORTED_MODULE_7__/* .absoluteless */ .h8)(owner);
                await patch(zone, owner, (records) => {
                    // an RRset has one TTL: a value added with another would change the TTL of the values already there
                    const setTtl = records.find((record) => Number.isInteger(record.ttl))?.ttl ?? ttl;
                    return (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_5__/* .missingTxt */ .vV)(records, values, recordValue).map((value) => ({
                        operation: 'ADD',
                        domain,
                        rtype: 'TXT',
                        rdata: (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTxtContent */ .Xs)(value),
                        ttl: setTtl,
                    }));
                });
            },
            async remove(zone, owner, values) {
                await patch(zone, owner, (records) => 
                // the record's own hash and data: whichever the API matches on, it names this record alone
                (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_5__/* .ourTxt */ .T_)(records, values, recordValue).map((record) => ({
                    operation: 'REMOVE',
                    domain: record.domain,
                    rtype: record.rtype,
                    rdata: record.rdata,
                    recordHash: record.recordHash,
                })));
            },
        };
    },
};
function recordValue(record) {
    return (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_5__/* .parseTxtContent */ .bF)(record.rdata);
}
function firstHeader(value) {
    return Array.isArray(value) ? value[0] : value;
}
/** An OCID of one of these kinds (ocid1.<kind>.<realm>...), or an error naming the variable. */
function ocid(env, variable, kinds) {
    const value = (env[variable] ?? '').trim();
    // ocid1.<kind>.<realm>.[region].<unique id>: nothing else, since it goes into the signature's keyId as it is
    const kind = /^ocid1\.([a-z-]+)\.[a-z0-9.-]+$/i.exec(value)?.[1]?.toLowerCase();
    if (kind === undefined || !kinds.includes(kind)) {
        throw new Error(`${variable} must be the OCID of the ${kinds.join(' or ')} (ocid1.${kinds[0]}.oc1..<id>)`);
    }
    return value;
}
/** The RSA private key of OCI_PRIVKEY (base64 PEM, or PEM) or OCI_PRIVKEY_FILE (a path, or PEM), decrypted. */
function readSigningKey(context) {
    const env = context.env;
    const inline = Boolean(env.OCI_PRIVKEY?.trim());
    const variable = inline ? 'OCI_PRIVKEY' : 'OCI_PRIVKEY_FILE';
    // as given, untrimmed: that is the string a log would show
    const given = (inline ? env.OCI_PRIVKEY : env.OCI_PRIVKEY_FILE) ?? '';
    let pem;
    if (given.includes('-----BEGIN')) {
        pem = given;
    }
    else if (inline) {
        pem = Buffer.from(given.trim(), 'base64').toString('utf8');
        if (!pem.includes('-----BEGIN')) {
            throw new Error('OCI_PRIVKEY must be the PEM private key, or that PEM base64-encoded as lego takes it');
        }
    }
    else {
        try {
            pem = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(given.trim(), 'utf8');
        }
        catch {
            throw new Error('OCI_PRIVKEY_FILE is neither a PEM private key nor the path of a readable file');
        }
    }
    // a log line may hold one line of the key
    (0,_host_js__WEBPACK_IMPORTED_MODULE_8__/* .maskPem */ .r)(context.host, pem);
    const passphrase = env.OCI_PRIVKEY_PASS ?? '';
    let privateKey;
    try {
        privateKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', passphrase });
    }
    catch {
        throw new Error(`${variable} holds no PEM private key that can be read` +
            (passphrase
                ? ' with OCI_PRIVKEY_PASS'
                : '; if the key is encrypted, give its passphrase in OCI_PRIVKEY_PASS'));
    }
    if (privateKey.asymmetricKeyType !== 'rsa') {
        throw new Error(`${variable} must hold an RSA key: OCI API keys are RSA`);
    }
    return {
        privateKey,
        fingerprint: ociKeyFingerprint(privateKey),
        variable,
        secrets: [pem, given, passphrase],
    };
}


/***/ })

};
