export const id = 4454;
export const ids = [4454];
export const modules = {

/***/ 34454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   revokeAtCa: () => (/* binding */ revokeAtCa)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ca_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66044);
// Revocation (RFC 8555 section 7.6), over the same signed-request layer as ordering (timeouts, nonce pool):
// signed by the account that ordered the certificate (found with onlyReturnExisting, never created), or by the
// certificate's own key (its JWK in the header, no account).


const ALREADY_REVOKED = 'urn:ietf:params:acme:error:alreadyRevoked';
/** 'revoked' now, or 'already' when the CA had revoked it before (not an error: a re-run finds it so). */
async function revokeAtCa(directoryUrl, request, options) {
    const ca = new _ca_js__WEBPACK_IMPORTED_MODULE_1__/* .CaClient */ .K7(directoryUrl, request.key, {
        limits: (0,_ca_js__WEBPACK_IMPORTED_MODULE_1__/* .caLimits */ .Fo)(options.env),
        log: options.debug,
    });
    const where = `ACME revocation at ${directoryUrl}`;
    try {
        const directory = await ca.directory();
        if (typeof directory.revokeCert !== 'string')
            throw new _ca_js__WEBPACK_IMPORTED_MODULE_1__/* .AcmeError */ .FD(`${where}: the CA's directory has no revokeCert`);
        if (request.signedBy === 'account') {
            // the account this key has, without creating one: a new account could not revoke anything
            const found = await ca.post(directory.newAccount, { onlyReturnExisting: true }, { jwk: true, idempotent: true });
            const url = (0,_ca_js__WEBPACK_IMPORTED_MODULE_1__/* .header */ .wx)(found, 'location');
            if (found.status !== 200 || url === undefined) {
                throw new _ca_js__WEBPACK_IMPORTED_MODULE_1__/* .AcmeError */ .FD(`${where}: account_key has no account at this CA (${(0,_ca_js__WEBPACK_IMPORTED_MODULE_1__/* .problemOf */ .Zw)(found)?.detail ?? `HTTP ${found.status}`}); give the key of the account that ordered the certificate`);
            }
            ca.accountUrl = url;
        }
        const certificate = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(request.certificate).raw.toString('base64url');
        const answer = await ca.post(directory.revokeCert, { certificate, reason: request.reason }, 
        // revoking twice is no harm: the second answer is alreadyRevoked
        { jwk: request.signedBy === 'certificate', idempotent: true });
        if (answer.status === 200)
            return 'revoked';
        const problem = (0,_ca_js__WEBPACK_IMPORTED_MODULE_1__/* .problemOf */ .Zw)(answer);
        if (problem?.type === ALREADY_REVOKED)
            return 'already';
        throw new _ca_js__WEBPACK_IMPORTED_MODULE_1__/* .AcmeError */ .FD(`${where}: HTTP ${answer.status}: ${problem?.type ?? ''} ${problem?.detail ?? ''}`.trim());
    }
    finally {
        ca.close();
    }
}


/***/ })

};
