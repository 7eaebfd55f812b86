export const id = 8780;
export const ids = [8780];
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

/***/ 98780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/config/index.ts
var src_config = __webpack_require__(89750);
// EXTERNAL MODULE: ./src/host.ts
var host = __webpack_require__(82237);
;// CONCATENATED MODULE: ./src/action/event.ts
// What the workflow event says about this run: a pull request that GitHub gives no secrets, or one that runs
// with secrets on code it should not trust. Pure: the adapter reads the event (through @actions/github).
/** Events whose runs from a fork get no repository secrets. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];
/** Why this run has no secrets by GitHub's rules, or undefined when it should have them. */
function secretlessRun(event) {
    if (!PULL_REQUEST_EVENTS.includes(event.name ?? ''))
        return undefined;
    const head = event.payload.pull_request?.head?.repo?.full_name;
    const base = event.payload.repository?.full_name;
    const number = event.payload.pull_request?.number;
    const pr = number === undefined ? 'a pull request' : `pull request #${number}`;
    // a deleted fork has no head repository at all: still a fork
    if (event.payload.pull_request !== undefined && (head === undefined || head !== base)) {
        return `${pr} comes from ${head === undefined ? 'a fork' : `the fork ${head}`}`;
    }
    if (event.actor === 'dependabot[bot]')
        return `${pr} was opened by Dependabot`;
    return undefined;
}
/** The notice of a run skipped for want of secrets: why, and the ways to a certificate. */
function secretlessNotice(why, missing) {
    return (`No certificate was made: ${why}, and GitHub gives such runs no secrets (${missing}). Nothing was ordered or ` +
        'written. To get one, a maintainer re-runs the workflow from a branch of this repository; or the workflow uses ' +
        '`pull_request_target`, which has the secrets but runs them next to untrusted code: never check out, build or ' +
        'run the pull request in that job.');
}
const PULL_REQUEST_TARGET_WARNING = 'This run is pull_request_target: it has the repository secrets while the pull request may come from anyone. ' +
    'Never check out, build or run the pull request code in this job, or it can read them.';

// EXTERNAL MODULE: ./src/action/host.ts
var action_host = __webpack_require__(18350);
;// CONCATENATED MODULE: ./src/action/main.ts
// The action's main step: inputs in, certificate out; the only place that reads the runner's inputs.





async function run() {
    try {
        for (const name of src_config/* SECRET_INPUTS */.pH) {
            const value = core/* getInput */.V4(name);
            if (value.trim() === '')
                continue;
            (0,host/* maskPem */.r)(action_host/* actionsHost */.qt, value);
        }
        const mode = core/* getInput */.V4('mode').trim().toLowerCase();
        if (mode === 'plan') {
            const { planFleet } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4894), __webpack_require__.e(3329), __webpack_require__.e(1093), __webpack_require__.e(6708), __webpack_require__.e(2035)]).then(__webpack_require__.bind(__webpack_require__, 82035));
            await planFleet(action_host/* actionsHost */.qt, {
                getInput: (name) => core/* getInput */.V4(name),
                env: process.env,
                context: { host: action_host/* actionsHost */.qt, env: process.env, github: githubFor },
            });
            return;
        }
        if ((mode === '' || mode === 'issue') && core/* getInput */.V4('certificates').trim() !== '') {
            const { issueFleet } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4894), __webpack_require__.e(3329), __webpack_require__.e(1093), __webpack_require__.e(51), __webpack_require__.e(6708), __webpack_require__.e(6602), __webpack_require__.e(6195), __webpack_require__.e(2311)]).then(__webpack_require__.bind(__webpack_require__, 82311));
            await issueFleet(action_host/* actionsHost */.qt, {
                getInput: (name) => core/* getInput */.V4(name),
                env: process.env,
                context: { host: action_host/* actionsHost */.qt, env: process.env, github: githubFor, artifactUploader },
                artifactUploader,
                github: githubFor,
            });
            return;
        }
        let config;
        try {
            config = (0,src_config/* readConfig */.Xg)((name) => core/* getInput */.V4(name), process.env);
        }
        catch (error) {
            // An input that is wrong besides the credentials fails whatever the event.
            if (error instanceof src_config/* ConfigError */.xL &&
                error.missingCredentials !== undefined &&
                error.problems.length === 1 &&
                (await skippedWithoutSecrets(error.missingCredentials)))
                return;
            throw error;
        }
        // a provider that may find credentials on the machine (route53's AWS chain) makes none for such a run either
        if (config.missingCredentials !== undefined && (await skippedWithoutSecrets(config.missingCredentials)))
            return;
        if (process.env.GITHUB_EVENT_NAME === 'pull_request_target')
            action_host/* actionsHost */.qt.warning(PULL_REQUEST_TARGET_WARNING);
        // Loaded once the inputs are good: a bad input fails before the pipeline's code is even read.
        const { run: runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6708), __webpack_require__.e(6195)]).then(__webpack_require__.bind(__webpack_require__, 36195));
        await runPipeline(config, action_host/* actionsHost */.qt, {
            env: process.env,
            artifactUploader,
            github: githubFor,
        });
    }
    catch (error) {
        (0,action_host/* fail */.fJ)(error instanceof Error ? error.message : String(error));
    }
}
/**
 * A pull request from a fork (or Dependabot) gets no secrets: that is no failure of the workflow, and the step ends
 * with a notice. Only then is the event read (its reader is large).
 */
async function skippedWithoutSecrets(missing) {
    const why = secretlessRun(await runEvent());
    if (why === undefined)
        return false;
    (0,action_host/* notice */.lm)(secretlessNotice(why, missing));
    core/* setOutput */.uH('issued', 'false');
    core/* setOutput */.uH('reason', `no credentials: ${why}`);
    return true;
}
/** The event, read through @actions/github's context, loaded only on the path that needs it. */
async function runEvent() {
    const { context } = await __webpack_require__.e(/* import() */ 1351).then(__webpack_require__.bind(__webpack_require__, 61351));
    return { name: context.eventName, actor: context.actor, payload: context.payload };
}
/** The runner's artifact service, loaded only when the artifact store runs: the client is large. */
async function artifactUploader() {
    return new (await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(9645)]).then(__webpack_require__.bind(__webpack_require__, 9645))).DefaultArtifactClient();
}
/** GitHub's REST API for a destination, loaded only when one runs. */
async function githubFor(token) {
    return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(1351), __webpack_require__.e(3329), __webpack_require__.e(8943)]).then(__webpack_require__.bind(__webpack_require__, 28943))).githubApi(token, process.env, {
        log: (message) => action_host/* actionsHost */.qt.info(message),
    });
}


/***/ })

};
