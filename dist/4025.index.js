export const id = 4025;
export const ids = [4025];
export const modules = {

/***/ 14025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KEY_NOT_INCLUDED: () => (/* binding */ KEY_NOT_INCLUDED),
/* harmony export */   artifactStore: () => (/* binding */ artifactStore),
/* harmony export */   defaultArtifactName: () => (/* binding */ defaultArtifactName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63883);
// The `artifact` destination: the certificate as a workflow artifact of this run. The public parts always;
// the private key only encrypted to age recipients (privkey.pem.age), never in the clear: anyone with read
// access to the repository can download a run's artifacts.




const KEY_NOT_INCLUDED = 'the private key is not in the artifact: set artifact_recipient to include it encrypted';
/** `certificate-example.com`; a wildcard as in output_dir: `certificate-_wildcard.example.com`. */
function defaultArtifactName(primaryName) {
    return `certificate-${primaryName.replace(/^\*\./, '_wildcard.').replaceAll('*', '_')}`;
}
const artifactStore = {
    ..._options_js__WEBPACK_IMPORTED_MODULE_3__/* .artifactDeclaration */ .d,
    create(options, context, uploader) {
        const upload = uploader
            ? async () => uploader
            : (context.artifactUploader ??
                (() => Promise.reject(new Error('artifact: no artifact service here (it exists only in GitHub Actions)'))));
        return new ArtifactStore(options, context, upload);
    },
};
class ArtifactStore {
    options;
    context;
    uploader;
    id = 'artifact';
    constructor(options, context, uploader) {
        this.options = options;
        this.context = context;
        this.uploader = uploader;
    }
    async deliver(bundle) {
        const name = this.options.name ?? defaultArtifactName(bundle.names[0] ?? 'unnamed');
        const { recipients } = this.options;
        // a directory of our own (0700) holding exactly what is uploaded: never the key in the clear
        const staging = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.context.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'certalias-artifact-'));
        try {
            const files = [];
            const put = async (file, content, mode) => {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(staging, file);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, content, { mode, flag: 'wx' });
                files.push(path);
            };
            await put('cert.pem', bundle.certificate, 0o644);
            await put('chain.pem', bundle.chain, 0o644);
            await put('fullchain.pem', bundle.fullchain, 0o644);
            if (recipients.length > 0) {
                const { Encrypter } = await Promise.all(/* import() */[__webpack_require__.e(9792), __webpack_require__.e(2073)]).then(__webpack_require__.bind(__webpack_require__, 52073));
                const encrypter = new Encrypter();
                for (const recipient of recipients)
                    encrypter.addRecipient(recipient);
                await put('privkey.pem.age', await encrypter.encrypt(bundle.privateKey), 0o600);
            }
            let response;
            try {
                response = await (await this.uploader()).uploadArtifact(name, files, staging, this.options.retentionDays === undefined ? {} : { retentionDays: this.options.retentionDays });
            }
            catch (error) {
                throw new Error(`artifact "${name}": the upload failed: ${error.message}${hint(error)}`, {
                    cause: error,
                });
            }
            const contents = files.map((f) => f.slice(staging.length + 1)).join(', ');
            const key = recipients.length > 0
                ? `privkey.pem.age is encrypted to ${recipients.length} age recipient(s): ` +
                    '`age -d -i <identity file> privkey.pem.age > privkey.pem`'
                : KEY_NOT_INCLUDED;
            const id = response.id === undefined ? '' : ` (id ${response.id})`;
            this.context.host.info(`Artifact "${name}"${id}: ${contents}; ${key}`);
            const outputs = { artifact_name: name };
            if (response.id !== undefined)
                outputs.artifact_id = String(response.id);
            return { destination: `workflow artifact "${name}"${id}: ${contents}; ${key}`, outputs };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(staging, { recursive: true, force: true });
        }
    }
}
function hint(error) {
    const message = String(error?.message ?? error);
    if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message))
        return ' (the artifact store works only inside a GitHub Actions job)';
    if (/already exists|conflict|409/i.test(message))
        return ' (this run has an artifact of that name already, e.g. from another job for the same name: set artifact_name)';
    return '';
}


/***/ })

};
