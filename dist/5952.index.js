export const id = 5952;
export const ids = [5952];
export const modules = {

/***/ 15952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   revoke: () => (/* binding */ revoke)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89750);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82237);
/* harmony import */ var _pki_certificate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14839);
/* harmony import */ var _renewal_current_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46825);
/* harmony import */ var _renewal_decide_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73622);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48992);
// mode: revoke: find the certificate in use, revoke it at the CA, then remove what certalias stored for it.
// Idempotent: a second run finds nothing and succeeds with revoked=false.








const REASON_NAMES = {
    0: 'unspecified',
    1: 'keyCompromise',
    4: 'superseded',
    5: 'cessationOfOperation',
};
/** What the files destination writes: removed when they hold the revoked certificate. */
const FILES = ['cert.pem', 'chain.pem', 'fullchain.pem', 'privkey.pem', 'cert.pfx'];
async function revoke(config, host, context) {
    const found = await (0,_renewal_current_js__WEBPACK_IMPORTED_MODULE_4__/* .findCurrent */ .$Q)(config, context);
    for (const warning of found.warnings)
        host.warning(`Current certificate: ${warning}`);
    if (found.unreadable !== undefined) {
        throw new Error(`Nothing was revoked: the current certificate could not be read (${found.unreadable})`);
    }
    if (found.accountKey !== undefined)
        (0,_host_js__WEBPACK_IMPORTED_MODULE_7__/* .maskPem */ .r)(host, found.accountKey);
    // Only a certificate of this step's domain: the same place may hold another step's (a shared secret_prefix or
    // vault_path, a TLS server's wildcard or default certificate), and that one is not this step's to revoke.
    const wanted = config.names.map((n) => n.name);
    const ours = found.candidates.filter((c) => (0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_5__/* .nameChanges */ .ZP)(wanted, c.facts.names) === undefined);
    const current = ours[0];
    if (current === undefined && found.candidates.length > 0) {
        const what = found.candidates
            .map((c) => `${c.source} holds ${c.facts.names.join(', ')} (serial ${c.facts.serial})`)
            .join('; ');
        host.warning(`Nothing revoked or removed: ${what}, not ${wanted.join(', ')} (\`domain\`). Another step may keep its ` +
            'certificate in the same place: give each domain its own (`secret_prefix`, `vault_path`, ...), and revoke ' +
            "this domain's certificate where it is");
        host.setOutput('revoked', 'false');
        await host.summary(`## certalias: nothing revoked\n\nThe certificate found is not for ${wanted.join(', ')}: ${what}.\n`);
        return;
    }
    if (current === undefined) {
        host.setOutput('revoked', 'false');
        host.info('Nothing to revoke: no certificate is left where this step looks (a re-run after an earlier revoke)');
        await host.summary('## certalias: nothing to revoke\n\nNo certificate was left where this step looks.\n');
        return;
    }
    const { facts } = current;
    if (current.privateKey !== undefined)
        (0,_host_js__WEBPACK_IMPORTED_MODULE_7__/* .maskPem */ .r)(host, current.privateKey);
    host.info(`Current certificate (${current.source}): ${facts.names.join(', ')}; serial ${facts.serial}; valid until ${(0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_5__/* .iso */ .KH)(facts.notAfter)}`);
    host.setOutput('serial', facts.serial);
    host.setOutput('domains', facts.names.join(','));
    host.setOutput('not_after', facts.notAfter.toISOString());
    let outcome;
    if (facts.notAfter.getTime() <= Date.now()) {
        outcome = 'expired';
        host.info(`Not revoked: it expired on ${(0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_5__/* .iso */ .KH)(facts.notAfter)}, and a CA revokes only valid certificates`);
    }
    else {
        const signer = signerFor(config, found.accountKey, current.privateKey, (m) => host.warning(m));
        // Loaded only now: finding nothing to revoke never pays for the ACME client.
        const { revokeAtCa } = await Promise.all(/* import() */[__webpack_require__.e(6044), __webpack_require__.e(4454)]).then(__webpack_require__.bind(__webpack_require__, 34454));
        outcome = await revokeAtCa(config.directoryUrl, { certificate: current.certificate, ...signer, reason: config.revokeReason }, { debug: (m) => host.debug(m), env: context.env });
        const reason = REASON_NAMES[config.revokeReason] ?? String(config.revokeReason);
        host.info(outcome === 'revoked'
            ? `Revoked at ${config.acmeServer} (reason ${reason}, signed by the ${signer.signedBy === 'account' ? 'account key' : "certificate's own key"})`
            : `Already revoked at ${config.acmeServer}: nothing more to do there`);
    }
    const removed = [];
    const left = [];
    const failed = [];
    const revoked = { serial: facts.serial, names: facts.names };
    await Promise.all(config.stores.map(async ({ module, options }) => {
        if (module.remove === undefined)
            return;
        try {
            const removal = await module.remove(options, context, revoked);
            if (removal !== undefined && 'removed' in removal)
                removed.push(`${module.id}: ${removal.removed}`);
            if (removal !== undefined && 'left' in removal)
                left.push(`${module.id}: ${removal.left}`);
        }
        catch (error) {
            failed.push(`${module.id}: ${error.message}`);
        }
    }));
    const files = await removeFiles(config.outputDir, facts.serial);
    if (files !== undefined)
        removed.push(`files: ${files}`);
    for (const line of removed)
        host.info(`Removed (${line})`);
    for (const line of left)
        host.warning(`Not removed (${line})`);
    host.setOutput('revoked', String(outcome === 'revoked'));
    await host.summary([
        `## certalias: ${outcome === 'revoked' ? 'certificate revoked' : 'certificate removed'}`,
        '',
        `**Certificate:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownText */ .p7)(facts.names.join(', '))}, serial ${facts.serial}, valid until ${(0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_5__/* .iso */ .KH)(facts.notAfter)}  `,
        `**At the CA:** ${outcome === 'revoked' ? 'revoked now' : outcome === 'already' ? 'already revoked' : 'expired, not revoked'}  `,
        `**Removed:** ${removed.length > 0 ? (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownText */ .p7)(removed.join('; ')) : 'nothing was stored'}  `,
        ...(left.length > 0 ? [`**Left in place:** ${(0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownText */ .p7)(left.join('; '))}`] : []),
        '',
    ].join('\n'));
    if (failed.length > 0) {
        throw new Error([
            `The certificate is ${outcome === 'revoked' ? 'revoked' : 'no longer valid'}, but not every copy was removed (run again to retry):`,
            ...failed.map((f) => `  FAILED ${f}`),
        ].join('\n'));
    }
}
/**
 * The key that signs the revocation: the account that ordered it, else the certificate's own key when the
 * store holds it (RFC 8555 section 7.6 allows both). For keyCompromise the certificate's own key first: a CA
 * blocks a key from later certificates only when a request signed by it proves the compromise.
 */
function signerFor(config, keptAccountKey, certificateKey, warning) {
    const accountKey = config.accountKey ?? keptAccountKey;
    if (config.revokeReason === _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .REVOKE_REASONS */ .HR.keyCompromise) {
        if (certificateKey !== undefined)
            return { key: certificateKey, signedBy: 'certificate' };
        if (accountKey !== undefined) {
            warning("keyCompromise: the certificate's key is not where this step reads it (vault, or files in output_dir), so the revocation is signed by the account: the CA revokes the certificate but may not block the key from new certificates");
        }
    }
    if (accountKey !== undefined)
        return { key: accountKey, signedBy: 'account' };
    if (certificateKey !== undefined)
        return { key: certificateKey, signedBy: 'certificate' };
    throw new Error('Nothing was revoked: no key may sign the revocation. Give `account_key` (the ACME account that ordered the ' +
        "certificate), or keep the certificate's key where this step reads it (vault, or files in output_dir)");
}
/** The PEM set in output_dir, when its cert.pem is the revoked certificate (a newer one is left alone). */
async function removeFiles(dir, serial) {
    const pem = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'cert.pem'), 'utf8').catch(() => undefined);
    if (pem === undefined)
        return undefined;
    try {
        if ((0,_pki_certificate_js__WEBPACK_IMPORTED_MODULE_3__/* .certificateFacts */ .lF)(pem).serial !== serial)
            return undefined;
    }
    catch {
        return undefined;
    }
    await Promise.all(FILES.map((name) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), { force: true })));
    return `${dir}: ${FILES.join(', ')}`;
}


/***/ })

};
