export const id = 6195;
export const ids = [6195,6984];
export const modules = {

/***/ 46484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ CaDirectory)
/* harmony export */ });
/* unused harmony export parseRenewalInfo */
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73329);
/* harmony import */ var _test_timeout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57742);
// ACME Renewal Information (RFC 9773): the CA's suggested window for renewing a certificate. Asked with the
// one HTTP layer, without the ACME client: a run that renews nothing never loads it.


/**
 * ARI is advice: a CA slow to give it must not hold a scheduled run. Two tries of 5 s for each of the two reads
 * (directory, renewalInfo), then the lifetime rule decides; a run that renews is not held longer than that either.
 */
const TIMEOUT_MS = 5_000;
const RETRIES = 1;
class CaDirectory {
    url;
    transport;
    #directory;
    #timeoutMs;
    constructor(url, transport = {}, env = {}) {
        this.url = url;
        this.transport = transport;
        this.#timeoutMs = (0,_test_timeout_js__WEBPACK_IMPORTED_MODULE_1__/* .testTimeoutMs */ .O)(env) ?? TIMEOUT_MS;
    }
    /** GET a URL of the CA (the directory and renewalInfo may sit on different hosts). */
    async #get(url) {
        const target = new URL(url);
        const client = new _http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq({
            provider: 'ACME CA',
            baseUrl: target.origin,
            timeoutMs: this.#timeoutMs,
            maxRetries: RETRIES,
            maxRetryAfterMs: 5_000,
            ...this.transport,
        });
        return (await client.request('GET', target.pathname, {
            query: Object.fromEntries(target.searchParams),
        })).body;
    }
    /** The directory as read so far: undefined when nothing has asked for it yet. */
    get read() {
        return this.#directory;
    }
    /** A directory another part of the run read (the ACME session): no second request for it. */
    adopt(directory) {
        this.#directory ??= directory;
    }
    /** The directory object, fetched once. */
    directory() {
        this.#directory ??= this.#get(this.url).then((body) => {
            if (typeof body !== 'object' || body === null)
                throw new Error(`${this.url} is not an ACME directory`);
            return body;
        });
        return this.#directory;
    }
    /** The renewalInfo URL, or undefined when the CA has no ARI. */
    async renewalInfoUrl() {
        const url = (await this.directory()).renewalInfo;
        return typeof url === 'string' && url !== '' ? url : undefined;
    }
    async renewalWindow(certId) {
        let base;
        try {
            base = await this.renewalInfoUrl();
        }
        catch (error) {
            return { kind: 'problem', problem: `the CA directory could not be read: ${error.message}` };
        }
        if (base === undefined)
            return { kind: 'unsupported' };
        if (certId === undefined) {
            return {
                kind: 'problem',
                problem: 'the certificate has no authority key identifier, so ARI cannot name it',
            };
        }
        const url = `${base.replace(/\/+$/, '')}/${certId}`;
        let body;
        try {
            body = await this.#get(url);
        }
        catch (error) {
            return { kind: 'problem', problem: `the CA's renewal information failed: ${error.message}` };
        }
        return parseRenewalInfo(body);
    }
}
/** RFC 9773 section 4.2: `suggestedWindow` with `start` before `end`, and an optional `explanationURL`. */
function parseRenewalInfo(body) {
    const malformed = (why) => ({
        kind: 'problem',
        problem: `the CA's renewal information is malformed (${why})`,
    });
    if (typeof body !== 'object' || body === null)
        return malformed('not a JSON object');
    const { suggestedWindow, explanationURL } = body;
    if (typeof suggestedWindow !== 'object' || suggestedWindow === null)
        return malformed('no suggestedWindow');
    const { start, end } = suggestedWindow;
    const startDate = typeof start === 'string' ? new Date(start) : undefined;
    const endDate = typeof end === 'string' ? new Date(end) : undefined;
    if (startDate === undefined || Number.isNaN(startDate.getTime()))
        return malformed('start is not a time');
    if (endDate === undefined || Number.isNaN(endDate.getTime()))
        return malformed('end is not a time');
    if (endDate.getTime() <= startDate.getTime())
        return malformed('end is not after start');
    const explanationUrl = webAddress(explanationURL);
    const window = {
        start: startDate,
        end: endDate,
        ...(explanationUrl === undefined ? {} : { explanationUrl }),
    };
    return { kind: 'window', window };
}
/**
 * The CA's explanation is shown in the log and linked in the summary: only an http(s) address, in the form a URL
 * parser writes it (no white space or control character left raw); anything else is no explanation.
 */
function webAddress(value) {
    if (typeof value !== 'string' || !URL.canParse(value))
        return undefined;
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}


/***/ }),

/***/ 57742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ testTimeoutMs)
/* harmony export */ });
/* unused harmony export TEST_TIMEOUT_ENV */
// For tests only, never set by the action: CERTALIAS_TEST_CA_TIMEOUT_MS shortens the timeouts of every request to
// the CA (the ACME client's and the renewal information's) to that many milliseconds, so that a test of a stalled
// CA takes a second, not minutes. Not an input: nobody has a reason to give up sooner on a CA that answers slowly
// but answers.
const TEST_TIMEOUT_ENV = 'CERTALIAS_TEST_CA_TIMEOUT_MS';
/** The test's timeout, or undefined when it is not set (or not a positive whole number). */
function testTimeoutMs(env = {}) {
    const ms = Number(env[TEST_TIMEOUT_ENV] ?? Number.NaN);
    return Number.isInteger(ms) && ms > 0 ? ms : undefined;
}


/***/ }),

/***/ 36195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
        return (await Promise.all(/* import() */[__webpack_require__.e(4894), __webpack_require__.e(1093), __webpack_require__.e(6668)]).then(__webpack_require__.bind(__webpack_require__, 66668))).check(config, host, { env: options.env });
    const started = Date.now();
    const stage = (message) => host.info(`[${((Date.now() - started) / 1000).toFixed(2)} s] ${message}`);
    const renewal = await (0,_renewal_index_js__WEBPACK_IMPORTED_MODULE_2__/* .decideRenewal */ .V)(config, host, context);
    host.setOutput('reason', renewal.decision.reason);
    if (renewal.decision.due)
        await (await Promise.all(/* import() */[__webpack_require__.e(4894), __webpack_require__.e(1093), __webpack_require__.e(4651)]).then(__webpack_require__.bind(__webpack_require__, 34651))).issue(config, host, options, context, renewal, stage);
    else
        await keepCurrent(config, host, context, renewal, stage);
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

/***/ 46825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ findCurrent)
/* harmony export */ });
/* unused harmony exports UntrustedSource, presentedBy */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _pki_certificate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14839);
// Find the certificate now in use: the `current_certificate` input (a PEM, a file, a TLS server), or what the
// chosen destinations hold (Vault, the GitHub state variable, cert.pem in output_dir).






/** A TLS server that accepts and then says nothing must not hold the run. */
const TLS_TIMEOUT_MS = 10_000;
async function findCurrent(config, context) {
    const given = config.currentCertificate;
    const primary = config.names[0]?.name ?? '';
    const answered = [];
    const tagged = (store) => (found) => {
        answered.push(store);
        return found === undefined ? undefined : { ...found, store };
    };
    const reads = given !== undefined
        ? [fromInput(given, primary)]
        : [
            ...config.stores.flatMap(({ module, options }) => module.readCurrent === undefined
                ? []
                : [module.readCurrent(options, context).then(tagged(module.id))]),
            fromOutputDir(config.outputDir),
        ];
    const settled = await Promise.allSettled(reads);
    const candidates = [];
    const problems = [];
    const untrusted = [];
    let accountKey;
    for (const result of settled) {
        if (result.status === 'rejected') {
            const message = String(result.reason?.message ?? result.reason);
            if (result.reason instanceof UntrustedSource) {
                untrusted.push(message);
                continue;
            }
            if (refused(result.reason)) {
                // The delivery would be refused the same way: issuing now would spend one of the CA's few
                // certificates per week on every scheduled run, and deliver none of them.
                throw new Error(`${message}. Nothing was ordered: fix the credential first, since the certificate could not be stored there either`);
            }
            problems.push(message);
            continue;
        }
        const found = result.value;
        if (found === undefined)
            continue;
        accountKey ??= found.accountKey;
        try {
            const facts = (0,_pki_certificate_js__WEBPACK_IMPORTED_MODULE_5__/* .certificateFacts */ .lF)(found.certificate);
            const privateKey = found.privateKey !== undefined && keyMatches(found.privateKey, facts) ? found.privateKey : undefined;
            if (found.privateKey !== undefined && privateKey === undefined) {
                problems.push(`${found.source}: the private key there does not belong to the certificate; it is not used`);
            }
            candidates.push({ ...found, privateKey, facts });
        }
        catch (error) {
            problems.push(`${found.source}: ${error.message}`);
        }
    }
    // The newest wins (a restored cache may hold an older one); at the same serial, the one with its key.
    candidates.sort((a, b) => b.facts.notAfter.getTime() - a.facts.notAfter.getTime() ||
        Number(b.privateKey !== undefined) - Number(a.privateKey !== undefined));
    const current = candidates[0];
    if (current === undefined && problems.length > 0) {
        return { unreadable: problems.join('; '), candidates, answered, warnings: untrusted, accountKey };
    }
    return { current, candidates, answered, warnings: [...untrusted, ...problems], accountKey };
}
async function fromInput(value, primary) {
    if (value.startsWith('-----'))
        return { certificate: value, source: 'the current_certificate input' };
    if (value.startsWith('tls://'))
        return presentedBy(value, primary);
    const path = value.startsWith('file://') ? new URL(value).pathname : value;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (error) {
        // a first run, or a cache not restored yet: nothing to renew
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`current_certificate ${path}: ${error.message}`);
    }
    return { certificate: text, source: `file ${path}` };
}
/** cert.pem (with chain.pem and privkey.pem when there) in output_dir, as an earlier run or a cache left them. */
async function fromOutputDir(dir) {
    const read = (name) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name), 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw new Error(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name)}: ${error.message}`);
    });
    const certificate = await read('cert.pem');
    if (certificate === undefined)
        return undefined;
    const [chain, privateKey] = await Promise.all([read('chain.pem'), read('privkey.pem')]);
    return { certificate, chain, privateKey, source: `files in ${dir}` };
}
/**
 * A source whose certificate cannot be trusted to be the one in use (a TLS server whose certificate does not
 * verify): the run treats it as absent, with a warning, instead of deciding from it or revoking it.
 */
class UntrustedSource extends Error {
}
/**
 * The leaf a TLS server presents for the primary name (SNI), verified as a browser would: a chain to the system's
 * roots, Node's, or NODE_EXTRA_CA_CERTS's, and a certificate for that name. A server's default certificate or
 * a self-signed one is not the certificate in use.
 */
function presentedBy(address, primary) {
    const url = new URL(address);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = url.port === '' ? 443 : Number(url.port);
    // SNI takes a host name: no IP address, no wildcard label
    const servername = primary.replace(/^\*\./, '');
    return new Promise((resolve, reject) => {
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_4__.connect)({
            host,
            port,
            servername: (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(servername) === 0 ? servername : undefined,
            ca: [...(0,node_tls__WEBPACK_IMPORTED_MODULE_4__.getCACertificates)('default'), ...(0,node_tls__WEBPACK_IMPORTED_MODULE_4__.getCACertificates)('system')],
            // judged below, so that the warning can say what the server presented
            rejectUnauthorized: false,
        });
        const fail = (why) => {
            socket.destroy();
            reject(new Error(`current_certificate ${address}: ${why}`));
        };
        socket.setTimeout(TLS_TIMEOUT_MS, () => fail(`no TLS handshake within ${TLS_TIMEOUT_MS / 1000} s`));
        socket.once('error', (error) => fail(error.message));
        socket.once('secureConnect', () => {
            const leaf = socket.getPeerX509Certificate();
            const authorizationError = socket.authorizationError;
            socket.end();
            socket.destroy();
            if (leaf === undefined)
                return reject(new Error(`current_certificate ${address}: the server sent no certificate`));
            let facts;
            try {
                facts = (0,_pki_certificate_js__WEBPACK_IMPORTED_MODULE_5__/* .certificateFacts */ .lF)(leaf.raw);
            }
            catch (error) {
                return reject(new Error(`current_certificate ${address}: ${error.message}`));
            }
            // Node checks the name only once the chain verified, and against the SNI name: for a wildcard primary
            // that is the name under it, which its own certificate does not cover. The name is judged here instead.
            const chainError = authorizationError === undefined ||
                authorizationError === null ||
                String(authorizationError) === 'ERR_TLS_CERT_ALTNAME_INVALID'
                ? undefined
                : String(authorizationError);
            const problem = chainError !== undefined
                ? untrustedBecause(chainError)
                : coversPrimary(leaf, facts.names, primary)
                    ? undefined
                    : `it is not for ${primary}`;
            if (problem !== undefined) {
                return reject(new UntrustedSource(`current_certificate ${address}: the certificate it presents for ${primary} (${facts.names.join(', ')}, ` +
                    `serial ${facts.serial}) does not verify: ${problem}; treated as absent`));
            }
            resolve({
                certificate: leaf.toString(),
                source: `the certificate ${host}:${port} presents for ${servername}`,
            });
        });
    });
}
/** OpenSSL's verification codes Node reports, in words; a private CA is trusted through NODE_EXTRA_CA_CERTS. */
function untrustedBecause(code) {
    const words = {
        DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
        SELF_SIGNED_CERT_IN_CHAIN: 'its chain ends in a root that is not trusted here',
        UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its issuer is not trusted here, or the server does not send the chain',
        UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its issuer is not trusted here, or the server does not send the chain',
        CERT_HAS_EXPIRED: 'it has expired',
        CERT_NOT_YET_VALID: 'it is not valid yet',
    };
    const trust = code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID'
        ? ''
        : ' (a private CA: add its root to NODE_EXTRA_CA_CERTS)';
    return `${words[code] ?? 'the chain does not verify'} (${code})${trust}`;
}
/** A wildcard primary needs the same wildcard on the certificate; a name, a certificate valid for it. */
function coversPrimary(leaf, names, primary) {
    if (primary.startsWith('*.'))
        return names.includes(primary);
    return leaf.checkHost(primary) !== undefined;
}
/** A 401 or 403 from a destination (the error or what it wraps): the credential is wrong, not the network. */
function refused(error) {
    for (let e = error; typeof e === 'object' && e !== null; e = e.cause) {
        const status = e.status;
        if (status === 401 || status === 403)
            return true;
    }
    return false;
}
function keyMatches(privateKey, facts) {
    try {
        const ours = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(privateKey)).export({ type: 'spki', format: 'der' });
        return ours.equals(facts.publicKey.export({ type: 'spki', format: 'der' }));
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 26708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ renewAfterIssued),
/* harmony export */   V: () => (/* binding */ decideRenewal)
/* harmony export */ });
/* harmony import */ var _acme_ari_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46484);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82237);
/* harmony import */ var _current_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46825);
/* harmony import */ var _decide_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73622);
// decide: before any account, order or DNS write, find the certificate in use and whether it is due.




/**
 * @param ca the CA's directory, shared when many certificates are decided at once (mode: plan), so that the
 *   directory is fetched once per CA, not once per certificate
 */
async function decideRenewal(config, host, context, ca = new _acme_ari_js__WEBPACK_IMPORTED_MODULE_0__/* .CaDirectory */ .S(config.directoryUrl, context.transport, context.env)) {
    const found = await (0,_current_js__WEBPACK_IMPORTED_MODULE_1__/* .findCurrent */ .$Q)(config, context);
    for (const warning of found.warnings)
        host.warning(`Current certificate: ${warning}`);
    if (found.unreadable !== undefined) {
        host.warning(`The current certificate could not be read (${found.unreadable}); a new one is issued.`);
    }
    const current = found.current;
    if (current?.privateKey !== undefined)
        (0,_host_js__WEBPACK_IMPORTED_MODULE_3__/* .maskPem */ .r)(host, current.privateKey);
    if (found.accountKey !== undefined)
        (0,_host_js__WEBPACK_IMPORTED_MODULE_3__/* .maskPem */ .r)(host, found.accountKey);
    let window;
    let replaces;
    if (current !== undefined) {
        const { facts } = current;
        host.info(`Current certificate (${current.source}): ${facts.names.join(', ')}; serial ${facts.serial}; valid until ${(0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .iso */ .KH)(facts.notAfter)}`);
        const overlap = facts.names.some((n) => config.names.some((c) => c.name === n));
        if (!overlap) {
            host.warning(`${current.source} holds a certificate for ${facts.names.join(', ')}, which shares no name with \`domain\` ` +
                `(${config.names.map((c) => c.name).join(', ')}): another step keeps its certificate in the same place. ` +
                'Give each domain its own (`secret_prefix`, `vault_path`, `aws_secret_name`, ...): the next delivery ' +
                'replaces that one');
        }
        const answer = await ca.renewalWindow(facts.certId);
        if (answer.kind === 'window') {
            window = answer.window;
            if (overlap)
                replaces = facts.certId;
            host.info(`Renewal information from the CA: window ${(0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .iso */ .KH)(window.start)} to ${(0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .iso */ .KH)(window.end)}${window.explanationUrl ? `; the CA explains: ${window.explanationUrl}` : ''}`);
        }
        else if (answer.kind === 'problem') {
            host.warning(`Renewal information (ARI): ${answer.problem}; deciding by the certificate's lifetime instead.`);
        }
    }
    const decision = (0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .decide */ .LD)({
        now: new Date(),
        names: config.names.map((n) => n.name),
        keyType: config.keyType,
        force: config.force,
        current: current?.facts,
        unreadable: found.unreadable,
        window,
        checkIntervalMs: config.checkIntervalMs,
        renewBeforeMs: config.renewBeforeMs,
    });
    host.info(`Decision: ${decision.due ? 'issue' : 'keep the current certificate'}: ${decision.reason}`);
    return {
        decision,
        current,
        candidates: found.candidates,
        answered: found.answered,
        window,
        replaces,
        accountKey: found.accountKey,
        ca,
    };
}
/** When the next run renews a certificate just issued: its ARI window, or the lifetime rule. */
async function renewAfterIssued(config, ca, facts) {
    const answer = await ca.renewalWindow(facts.certId);
    return (0,_decide_js__WEBPACK_IMPORTED_MODULE_2__/* .decide */ .LD)({
        now: new Date(),
        names: facts.names,
        keyType: facts.keyType,
        force: false,
        current: facts,
        window: answer.kind === 'window' ? answer.window : undefined,
        checkIntervalMs: config.checkIntervalMs,
        renewBeforeMs: config.renewBeforeMs,
    }).renewAfter;
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
