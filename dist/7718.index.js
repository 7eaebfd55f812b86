export const id = 7718;
export const ids = [7718,2728];
export const modules = {

/***/ 18350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   qt: () => (/* binding */ actionsHost)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82237);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48992);
// The Host of the core on the runner, through @actions/core. Every line goes through the one rule for printed
// text, after the secrets are replaced: an escape inside a secret would hide it from the runner's own masking.



/** Set by the runner when the job has `permissions: id-token: write`; @actions/core reads them. */
const ID_TOKEN_ENV = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
const masked = new Set();
// core.summary is one buffer for the process: two sections written at once must not interleave
let summaries = Promise.resolve();
const shown = (message) => (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_host_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .f)(message, masked));
function mask(secret) {
    // the provider and the pipeline may both register one secret: tell the runner once
    if (masked.has(secret) || secret.trim() === '')
        return;
    masked.add(secret);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
}
const actionsHost = {
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(shown(message)),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(shown(message)),
    debug: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(shown(message)),
    isDebug: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o(),
    mask,
    redact: (text) => (0,_host_js__WEBPACK_IMPORTED_MODULE_2__/* .redactSecrets */ .f)(text, masked),
    setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
    saveState: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(name, value),
    getState: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(name),
    summary: (markdown) => {
        // outside a runner there is no summary file; that is no reason to fail
        if (!process.env.GITHUB_STEP_SUMMARY)
            return Promise.resolve();
        const written = summaries.catch(() => { }).then(() => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write());
        summaries = written;
        return written.then(() => { });
    },
    group: (title, work) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(shown(title), work),
    async idToken(audience) {
        const unset = ID_TOKEN_ENV.filter((name) => !process.env[name]);
        if (unset.length > 0) {
            throw new Error(`this job does not get it (${unset.join(' and ')} ${unset.length === 1 ? 'is' : 'are'} unset): add ` +
                '`permissions: id-token: write` to the job (with `contents: read` beside it when the job checks out the ' +
                'repository; pull requests from forks never get one)');
        }
        mask(process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
        let token;
        try {
            token = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getIDToken */ .V9(audience || undefined);
        }
        catch (error) {
            // core's message spans lines and quotes the server: one line, for the error annotation
            const why = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
            throw new Error(`GitHub's token endpoint did not give one (${why})`);
        }
        // core has masked it already
        masked.add(token);
        return token;
    },
};
/** The step fails with this message, shown by the same rule as every other line. */
function fail(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(shown(message));
}
/** A notice, shown by the same rule as every other line. */
function notice(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(shown(message));
}


/***/ }),

/***/ 27718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91659);
/* harmony import */ var _pipeline_cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87382);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18350);
// The post step: remove the values a main step saved but could not clean up (it crashed or was cancelled).
// Cleanup problems are warnings: the job's result is the main step's.



async function post() {
    const resolvers = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('dns_resolvers')
        .split(/[\s,]+/)
        .filter(Boolean);
    await (0,_pipeline_cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .removeSavedRecords */ .g)(_host_js__WEBPACK_IMPORTED_MODULE_2__/* .actionsHost */ .qt, process.env, resolvers);
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
        host.info(`Removing the challenge values this run left at ${records.map((r) => r.owner).join(', ')}`);
        const byProvider = new Map();
        for (const r of records) {
            const id = r.provider ?? host.getState(_records_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_PROVIDER */ .Ui);
            byProvider.set(id, [...(byProvider.get(id) ?? []), r]);
        }
        const removed = await Promise.all([...byProvider].map(async ([id, list]) => {
            const provider = await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Qd)(id, { env, host, resolvers });
            try {
                return await (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .removeRecords */ .DR)(provider, list, (m) => host.warning(m));
            }
            finally {
                await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_0__/* .closeProvider */ .I2)(provider, (m) => host.warning(m));
            }
        }));
        if (removed.every(Boolean)) {
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
/* harmony export */   B_: () => (/* binding */ RecordLedger),
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
/**
 * The values every certificate of a run has written and not yet removed, saved as state after each change: the
 * post step removes what a crash or cancel left, each value through the provider that wrote it.
 */
class RecordLedger {
    save;
    #written = new Map();
    constructor(save) {
        this.save = save;
    }
    add(certificate, provider, records) {
        this.#written.set(certificate, records.map((r) => ({ ...r, provider })));
        this.#save();
    }
    remove(certificate) {
        if (this.#written.delete(certificate))
            this.#save();
    }
    #save() {
        const all = [...this.#written.values()].flat();
        const providers = new Set(all.map((r) => r.provider));
        const [only] = providers;
        // one provider (every single step): named once, as a post step of an earlier release reads it
        if (providers.size === 1 && only !== undefined)
            this.save(STATE_PROVIDER, only);
        const records = providers.size > 1 ? all : all.map(({ provider: _, ...r }) => r);
        this.save(STATE_RECORDS, JSON.stringify(records));
    }
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
        r.values.every((v) => typeof v === 'string') &&
        (r.provider === undefined || typeof r.provider === 'string'));
}


/***/ })

};
