export const id = 7847;
export const ids = [7847];
export const modules = {

/***/ 97847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   makePrivateKey: () => (/* binding */ makePrivateKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
// Private keys for certificates and ACME accounts, made with Node's crypto: no ACME client needed.


const generate = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPair);
/** A new private key, PKCS#8 PEM, made off the main thread (RSA 4096 takes a while). */
async function makePrivateKey(keyType) {
    const encoding = {
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        publicKeyEncoding: { type: 'spki', format: 'pem' },
    };
    const options = keyType.startsWith('ec-')
        ? { namedCurve: keyType === 'ec-p384' ? 'P-384' : 'P-256', ...encoding }
        : { modulusLength: Number(keyType.slice(4)), ...encoding };
    return (await generate(keyType.startsWith('ec-') ? 'ec' : 'rsa', options)).privateKey;
}


/***/ })

};
