export const id = 7718;
export const ids = [7718,5242];
export const modules = {

/***/ 18350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   qt: () => (/* binding */ actionsHost)
/* harmony export */ });
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82237);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48992);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75242);
// The Host of the core, on the runner's protocol. Every line goes through the one rule for printed text, after
// the secrets are replaced: an escape inside a secret would hide it from the runner's own masking.



const masked = new Set();
const shown = (message) => (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)((0,_host_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .f)(message, masked));
const actionsHost = {
    info: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_1__.info(shown(message)),
    warning: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_1__.warning(shown(message)),
    debug: (message) => _runner_js__WEBPACK_IMPORTED_MODULE_1__.debug(shown(message)),
    mask: (secret) => {
        // the provider and the pipeline may both register one secret: tell the runner once
        if (masked.has(secret) || secret.trim() === '')
            return;
        masked.add(secret);
        _runner_js__WEBPACK_IMPORTED_MODULE_1__.setSecret(secret);
    },
    redact: (text) => (0,_host_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .f)(text, masked),
    setOutput: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_1__.setOutput(name, value),
    saveState: (name, value) => _runner_js__WEBPACK_IMPORTED_MODULE_1__.saveState(name, value),
    getState: (name) => _runner_js__WEBPACK_IMPORTED_MODULE_1__.getState(name),
    // outside a runner there is no summary file; that is no reason to fail
    summary: async (markdown) => _runner_js__WEBPACK_IMPORTED_MODULE_1__.appendSummary(markdown),
};
/** The step fails with this message, shown by the same rule as every other line. */
function fail(message) {
    _runner_js__WEBPACK_IMPORTED_MODULE_1__.setFailed(shown(message));
}
/** A notice, shown by the same rule as every other line. */
function notice(message) {
    _runner_js__WEBPACK_IMPORTED_MODULE_1__.notice(shown(message));
}


/***/ }),

/***/ 27718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _pipeline_cleanup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87382);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18350);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75242);
// The post step: remove the values a main step saved but could not clean up (it crashed or was cancelled).
// Cleanup problems are warnings: the job's result is the main step's.



async function post() {
    const resolvers = _runner_js__WEBPACK_IMPORTED_MODULE_2__.getInput('dns_resolvers')
        .split(/[\s,]+/)
        .filter(Boolean);
    await (0,_pipeline_cleanup_js__WEBPACK_IMPORTED_MODULE_0__/* .removeSavedRecords */ .g)(_host_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsHost */ .qt, process.env, resolvers);
}


/***/ }),

/***/ 75242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendSummary: () => (/* binding */ appendSummary),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   getState: () => (/* binding */ getState),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   notice: () => (/* binding */ notice),
/* harmony export */   saveState: () => (/* binding */ saveState),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
// The GitHub runner's protocol, as its documentation ("Workflow commands for GitHub Actions") defines it: inputs
// in INPUT_* variables, outputs and state appended to the GITHUB_OUTPUT / GITHUB_STATE files, masks and log
// levels as ::commands:: on stdout, the summary appended to GITHUB_STEP_SUMMARY.
// Written here rather than imported from @actions/core: importing @actions/core 3 loads its HTTP client (for
// OIDC tokens, which certalias fetches itself) and costs about 0.11 s and 1 MB on every run, two thirds of the
// time a run with nothing to do has in all. What it implements here is these few lines.



function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function setOutput(name, value) {
    fileCommand('GITHUB_OUTPUT', 'set-output', name, value);
}
function saveState(name, value) {
    fileCommand('GITHUB_STATE', 'save-state', name, value);
}
/** The runner replaces the secret with *** in every later line of the log. */
function setSecret(secret) {
    command('add-mask', secret);
}
function info(message) {
    process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function debug(message) {
    command('debug', message);
}
function warning(message) {
    command('warning', message);
}
function notice(message) {
    command('notice', message);
}
function error(message) {
    command('error', message);
}
/** The step fails with this message; the process ends on its own, so cleanup still runs. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}
/** `::name::data`, the data escaped so that a new line cannot start a command of its own. */
function command(name, data) {
    const escaped = data.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    process.stdout.write(`::${name}::${escaped}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** `name<<delimiter` lines in the runner's file; a delimiter that is in neither the name nor the value. */
function fileCommand(file, legacy, name, value) {
    const path = process.env[file];
    if (!path) {
        // an old runner without the file: the deprecated stdout command still works there
        process.stdout.write(`::${legacy} name=${name}::${value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`${name}: the value holds the delimiter`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
}


/***/ }),

/***/ 87382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ removeSavedRecords)
/* harmony export */ });
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97710);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62728);


async function removeSavedRecords(host, env, resolvers) {
    try {
        const records = (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRecords */ .Q4)(host.getState(_records_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_RECORDS */ .Np));
        if (records.length === 0)
            return;
        const provider = await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Q)(host.getState(_records_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_PROVIDER */ .Ui), { env, host, resolvers });
        host.info(`Removing the challenge values this run left at ${records.map((r) => r.owner).join(', ')}`);
        if (await (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .removeRecords */ .DR)(provider, records, (m) => host.warning(m))) {
            host.saveState(_records_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_RECORDS */ .Np, '[]');
            host.info('Removed every value this run wrote; other values at those owners are untouched.');
        }
    }
    catch (error) {
        host.warning(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 62728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ removeRecords),
/* harmony export */   Np: () => (/* binding */ STATE_RECORDS),
/* harmony export */   Q4: () => (/* binding */ parseRecords),
/* harmony export */   Ui: () => (/* binding */ STATE_PROVIDER),
/* harmony export */   Wh: () => (/* binding */ writeRecords),
/* harmony export */   Y5: () => (/* binding */ recordsFor)
/* harmony export */ });
const STATE_RECORDS = 'records';
const STATE_PROVIDER = 'provider';
/** Values per owner: apex and wildcard (one owner) land in one write. */
function recordsFor(plan, challenges) {
    const values = new Map();
    for (const c of challenges) {
        const certName = c.wildcard ? `*.${c.identifier}` : c.identifier;
        const planned = plan.names.find((n) => n.name.name === certName);
        if (planned === undefined)
            throw new Error(`the CA sent a challenge for ${certName}, which was not ordered`);
        const list = values.get(planned.owner) ?? [];
        if (!list.includes(c.value))
            list.push(c.value);
        values.set(planned.owner, list);
    }
    return plan.owners
        .filter((group) => values.has(group.owner))
        .map((group) => ({ zone: group.zone, owner: group.owner, values: values.get(group.owner) ?? [] }));
}
async function writeRecords(provider, records) {
    await Promise.all(records.map((r) => provider.append(r.zone, r.owner, [...r.values])));
}
/** Remove our values; each owner on its own, so one failure does not keep the others in place. */
async function removeRecords(provider, records, warn) {
    const results = await Promise.allSettled(records.map((r) => provider.remove(r.zone, r.owner, [...r.values])));
    let clean = true;
    results.forEach((result, i) => {
        if (result.status === 'rejected') {
            clean = false;
            const r = records[i];
            warn(`could not remove the challenge values at ${r.owner}: ${result.reason.message}`);
        }
    });
    return clean;
}
function parseRecords(state) {
    if (state.trim() === '')
        return [];
    const parsed = JSON.parse(state);
    if (!Array.isArray(parsed))
        return [];
    return parsed.filter((r) => typeof r?.zone === 'string' &&
        typeof r?.owner === 'string' &&
        Array.isArray(r?.values) &&
        r.values.every((v) => typeof v === 'string'));
}


/***/ })

};
