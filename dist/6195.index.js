export const id = 6195;
export const ids = [6195,6984];
export const modules = {

/***/ 36195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ keepCurrent),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _pipeline_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56174);
/* harmony import */ var _pki_certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14839);
/* harmony import */ var _renewal_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26708);
/* harmony import */ var _stores_deliver_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2079);
/* harmony import */ var _stores_files_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36984);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48760);






/** Decide, then issue when due or hand on the certificate in use when not. */
async function run(config, host, options) {
    const context = {
        host,
        env: options.env,
        artifactUploader: options.artifactUploader,
        github: options.github,
    };
    if (config.mode === 'revoke')
        return (await __webpack_require__.e(/* import() */ 5952).then(__webpack_require__.bind(__webpack_require__, 15952))).revoke(config, host, context);
    if (config.mode === 'check')
        return (await Promise.all(/* import() */[__webpack_require__.e(4894), __webpack_require__.e(1093), __webpack_require__.e(51), __webpack_require__.e(6747)]).then(__webpack_require__.bind(__webpack_require__, 26747))).check(config, host, { env: options.env });
    const started = Date.now();
    const stage = (message) => host.info(`[${((Date.now() - started) / 1000).toFixed(2)} s] ${message}`);
    const renewal = await (0,_renewal_index_js__WEBPACK_IMPORTED_MODULE_2__/* .decideRenewal */ .V)(config, host, context);
    host.setOutput('reason', renewal.decision.reason);
    if (!renewal.decision.due)
        await keepCurrent(config, host, context, renewal, stage);
    else if (config.challenge === 'dns-persist-01')
        await (await Promise.all(/* import() */[__webpack_require__.e(4894), __webpack_require__.e(1093), __webpack_require__.e(51), __webpack_require__.e(6602), __webpack_require__.e(5392)]).then(__webpack_require__.bind(__webpack_require__, 95392))).issuePersist(config, host, options, context, renewal, stage);
    else
        await (await Promise.all(/* import() */[__webpack_require__.e(4894), __webpack_require__.e(1093), __webpack_require__.e(51), __webpack_require__.e(6602), __webpack_require__.e(2728)]).then(__webpack_require__.bind(__webpack_require__, 46602))).issue(config, host, options, context, renewal, stage);
}
/** Not due: the outputs (and, when the source holds the key, the files) describe the certificate in use. */
async function keepCurrent(config, host, context, renewal, stage) {
    const current = renewal.current;
    if (current === undefined)
        throw new Error('nothing to keep: no current certificate');
    const { facts } = current;
    // a PEM given or read may be the leaf alone or the leaf and its chain
    const [leaf = '', ...rest] = (0,_pki_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .pemCertificates */ .xC)(current.certificate);
    const chain = current.chain ?? rest.join('');
    const fullchain = `${leaf}${chain}`;
    let files;
    if (current.privateKey !== undefined) {
        const written = await (0,_stores_files_index_js__WEBPACK_IMPORTED_MODULE_3__.writeCertificateFiles)(config.outputDir, {
            certificate: leaf,
            chain,
            fullchain,
            privateKey: current.privateKey,
        });
        files = { directory: config.outputDir, ...written };
    }
    (0,_step_js__WEBPACK_IMPORTED_MODULE_4__/* .setCertificateOutputs */ .U)(host, {
        names: facts.names,
        notAfter: facts.notAfter.toISOString(),
        serial: facts.serial,
        fullchain,
        files,
        issued: false,
        renewAfter: renewal.decision.renewAfter,
    });
    let catchUp;
    if (files !== undefined && current.privateKey !== undefined) {
        const bundle = {
            names: facts.names,
            certificate: leaf,
            chain,
            fullchain,
            privateKey: current.privateKey,
            notAfter: facts.notAfter.toISOString(),
            serial: facts.serial,
            files,
        };
        // the files destination also makes cert.pfx when asked: a deploy step finds the same files either way
        const selected = config.stores.find((s) => s.module.id === _stores_files_index_js__WEBPACK_IMPORTED_MODULE_3__.filesStore.id);
        const delivery = await _stores_files_index_js__WEBPACK_IMPORTED_MODULE_3__.filesStore.create((selected?.options ?? {}), context).deliver(bundle);
        for (const [name, value] of Object.entries(delivery.outputs ?? {}))
            host.setOutput(name, value);
        stage(`Files: ${config.outputDir} (from ${current.source})`);
        catchUp = await deliverWhereLacking(config, host, context, renewal, bundle);
    }
    else {
        stage(`No file outputs: ${current.source} holds no private key for this certificate`);
    }
    await host.summary((0,_pipeline_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .keptSummary */ .H)({ renewal, current, files }));
    if (catchUp !== undefined && catchUp.failed.length > 0)
        throw (0,_stores_deliver_js__WEBPACK_IMPORTED_MODULE_5__/* .deliveryError */ .LT)(catchUp);
}
/**
 * A chosen destination that does not hold the certificate in use (a delivery failed, or it was added to `store`
 * since) gets it now, though nothing is due: otherwise an ACM certificate in use would expire while another
 * destination holds its renewal. Only destinations that can say what they hold are checked.
 */
async function deliverWhereLacking(config, host, context, renewal, bundle) {
    if (config.currentCertificate !== undefined)
        return undefined;
    const answered = new Set(renewal.answered);
    const lacking = config.stores.filter(({ module }) => {
        if (!answered.has(module.id))
            return false;
        const held = renewal.candidates.find((c) => c.store === module.id);
        if (held !== undefined && !held.facts.names.some((n) => bundle.names.includes(n))) {
            // another step's certificate (a shared secret_prefix): not this run's to replace when nothing is due
            host.warning(`${held.source} holds a certificate for ${held.facts.names.join(', ')}, not for ${bundle.names.join(', ')}: ` +
                'left alone. Give each domain its own place (`secret_prefix`, `vault_path`, ...)');
            return false;
        }
        return held?.facts.serial !== bundle.serial;
    });
    if (lacking.length === 0)
        return undefined;
    const report = await (0,_stores_deliver_js__WEBPACK_IMPORTED_MODULE_5__/* .deliverAll */ .F0)(lacking.map(({ module, options }) => module.create(options, context)), bundle);
    for (const { store, delivery } of report.delivered) {
        host.info(`${store} lacks the current certificate (serial ${bundle.serial}): delivered it: ${delivery.destination}`);
        for (const [name, value] of Object.entries(delivery.outputs ?? {}))
            host.setOutput(name, value);
        for (const note of delivery.notes ?? [])
            host.info(note);
    }
    for (const f of report.failed) {
        host.warning(`${f.store} lacks the current certificate (serial ${bundle.serial}), and delivering it failed: ${f.error}`);
    }
    return report;
}


/***/ }),

/***/ 48760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ setCertificateOutputs),
/* harmony export */   y: () => (/* binding */ sessionRequest)
/* harmony export */ });
/** The outputs both ways end with: a later step works the same whether this run issued or kept. */
function setCertificateOutputs(host, out) {
    if (out.files !== undefined) {
        host.setOutput('certificate_path', out.files.certificatePath);
        host.setOutput('private_key_path', out.files.privateKeyPath);
        host.setOutput('fullchain_path', out.files.fullchainPath);
        host.setOutput('chain_path', out.files.chainPath);
    }
    host.setOutput('not_after', out.notAfter);
    host.setOutput('serial', out.serial);
    host.setOutput('domains', out.names.join(','));
    host.setOutput('certificate', out.fullchain);
    host.setOutput('issued', String(out.issued));
    if (out.renewAfter !== undefined)
        host.setOutput('renew_after', out.renewAfter.toISOString());
}
/** What the ACME session needs of the step's configuration. */
function sessionRequest(config) {
    return {
        directoryUrl: config.directoryUrl,
        names: config.names.map((n) => n.name),
        ...(config.email === undefined ? {} : { email: config.email }),
        ...(config.eab === undefined ? {} : { eab: config.eab }),
        ...(config.profile === undefined ? {} : { profile: config.profile }),
        ...(config.preferredChain === undefined ? {} : { preferredChain: config.preferredChain }),
        challenge: config.challenge,
    };
}


/***/ }),

/***/ 56174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ keptSummary),
/* harmony export */   e: () => (/* binding */ summaryMarkdown)
/* harmony export */ });
/* harmony import */ var _renewal_decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73622);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48992);
// The job summary: what was issued and where it went. Public facts only: no key, no token.


function summaryMarkdown(facts) {
    const { bundle, report } = facts;
    const rows = facts.plan.names.map((n) => `| ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(n.name.name)} | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(n.owner)} | ${n.chain.length > 1 ? n.chain.length - 1 : 'none (own zone)'} |`);
    const files = [
        ['certificate', bundle.files.certificatePath],
        ['chain', bundle.files.chainPath],
        ['fullchain', bundle.files.fullchainPath],
        ['private key (0600)', bundle.files.privateKeyPath],
    ].map(([what, path]) => `| ${what} | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(path)} |`);
    const destinations = [
        ...report.delivered.map((d) => `| ${d.store} | delivered | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(d.delivery.destination)} |`),
        ...report.failed.map((f) => `| ${f.store} | **failed** | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(f.error)} |`),
    ];
    const notes = report.delivered.flatMap((d) => (d.delivery.notes ?? []).map((n) => `> ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(n)}`));
    return [
        '## certalias: certificate issued',
        '',
        ...renewalLines(facts.renewal, facts.renewAfter),
        '',
        '| name | TXT owner (alias) | CNAME hops |',
        '| --- | --- | --- |',
        ...rows,
        '',
        ...[...(facts.batches ?? [])].map(([owner, count]) => `**Batches at ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(owner)}:** ${count} (a 512-byte answer takes only so many values)  `),
        `**Issuer:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(facts.issuer)}  `,
        `**Not after:** ${bundle.notAfter}  `,
        `**Serial:** ${bundle.serial}`,
        '',
        '| file | path |',
        '| --- | --- |',
        ...files,
        '',
        '| destination | result | where |',
        '| --- | --- | --- |',
        ...destinations,
        '',
        ...(notes.length > 0 ? [...notes, ''] : []),
    ].join('\n');
}
/** Why this run issued or kept, and what it knew of the certificate in use. */
function renewalLines(renewal, renewAfter) {
    const { current, window, decision } = renewal;
    const lines = [`**Decision:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(decision.reason)}  `];
    if (current !== undefined) {
        const f = current.facts;
        lines.push(`**Current certificate:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(f.names.join(', '))}, serial ${f.serial}, valid until ${(0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(f.notAfter)} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(current.source)})  `);
    }
    if (window !== undefined) {
        const explained = window.explanationUrl ? ` (${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownLink */ .iQ)('why', window.explanationUrl)})` : '';
        lines.push(`**CA renewal window (ARI):** ${(0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(window.start)} to ${(0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(window.end)}${explained}  `);
    }
    if (renewAfter !== undefined)
        lines.push(`**Next renewal from:** ${(0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(renewAfter)}  `);
    return [...lines, ''];
}
/** Not due: the certificate in use, the window, the decision, and where the files are. */
function keptSummary(facts) {
    return [
        '## certalias: certificate not due, nothing issued',
        '',
        ...renewalLines(facts.renewal, facts.renewal.decision.renewAfter),
        facts.files === undefined
            ? `No files: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(facts.current.source)} holds no private key for it.`
            : `Files from ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(facts.current.source)} in ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(facts.files.directory)}.`,
        '',
    ].join('\n');
}


/***/ }),

/***/ 52787:
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

/***/ 2079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ deliverAll),
/* harmony export */   LT: () => (/* binding */ deliveryError),
/* harmony export */   bE: () => (/* binding */ prepareAll)
/* harmony export */ });
/* unused harmony export DeliveryError */
async function deliverAll(stores, bundle) {
    const results = await Promise.allSettled(stores.map((store) => store.deliver(bundle)));
    const delivered = [];
    const failed = [];
    results.forEach((result, i) => {
        const store = stores[i].id;
        if (result.status === 'fulfilled')
            delivered.push({ store, delivery: result.value });
        else
            failed.push({
                store,
                error: result.reason instanceof Error ? result.reason.message : String(result.reason),
            });
    });
    return { delivered, failed };
}
class DeliveryError extends Error {
}
/** The error a run ends with when some destination failed: where the certificate is, and where it is not. */
function deliveryError(report) {
    return new DeliveryError([
        'The certificate was issued, but not every destination has it.',
        ...report.delivered.map((d) => `  delivered (${d.store}): ${d.delivery.destination}`),
        ...report.failed.map((f) => `  FAILED (${f.store}): ${f.error}`),
    ].join('\n'));
}
/**
 * Before an order: every chosen destination that cannot take a certificate as it is (a name deleted softly) is
 * made able to, or the run stops here, naming it: no order is spent on a delivery that must fail.
 */
async function prepareAll(selected, context) {
    const results = await Promise.allSettled(selected.map(async ({ module, options }) => ({
        store: module.id,
        preparation: await module.prepare?.(options, context),
    })));
    const prepared = results.flatMap((r) => r.status === 'fulfilled' && r.value.preparation !== undefined
        ? [{ store: r.value.store, preparation: r.value.preparation }]
        : []);
    const undo = () => Promise.all(prepared.map(({ store, preparation }) => preparation.undo().then((what) => `${store}: ${what}`, (error) => `${store}: could not put back what it changed before the order (${error.message}); the next run may find the old certificate there`)));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    if (refused.length > 0) {
        await undo();
        throw new Error(`${refused.map((e) => e.message).join('; ')}. Nothing was ordered: the certificate could not be stored there`, { cause: refused[0] });
    }
    return { done: prepared.map(({ store, preparation }) => `${store}: ${preparation.done}`), undo };
}


/***/ }),

/***/ 36984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PFX_FILE: () => (/* binding */ PFX_FILE),
  filesStore: () => (/* binding */ filesStore),
  writeCertificateFiles: () => (/* binding */ writeCertificateFiles)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/stores/files/options.ts
var options = __webpack_require__(43100);
// EXTERNAL MODULE: ./src/pki/der.ts
var der = __webpack_require__(52787);
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
    ...options/* filesDeclaration */.o,
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


/***/ })

};
