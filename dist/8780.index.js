export const id = 8780;
export const ids = [8780,5242];
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

/***/ 98780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/config/index.ts + 1 modules
var src_config = __webpack_require__(6605);
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
// EXTERNAL MODULE: ./src/action/runner.ts
var runner = __webpack_require__(75242);
;// CONCATENATED MODULE: ./src/action/main.ts
// The action's main step: inputs in, certificate out; the only place that reads the runner's inputs.





async function run() {
    try {
        for (const name of src_config/* SECRET_INPUTS */.pH) {
            const value = runner.getInput(name);
            if (value.trim() === '')
                continue;
            (0,host/* maskPem */.r)(action_host/* actionsHost */.qt, value);
        }
        if (runner.getInput('mode').trim().toLowerCase() === 'plan') {
            const { planFleet } = await Promise.all(/* import() */[__webpack_require__.e(3329), __webpack_require__.e(4748)]).then(__webpack_require__.bind(__webpack_require__, 64748));
            await planFleet(action_host/* actionsHost */.qt, {
                getInput: (name) => runner.getInput(name),
                env: process.env,
                context: { host: action_host/* actionsHost */.qt, env: process.env, github: githubFor },
            });
            return;
        }
        let config;
        try {
            config = (0,src_config/* readConfig */.Xg)((name) => runner.getInput(name), process.env);
        }
        catch (error) {
            // A pull request from a fork (or Dependabot) gets no secrets: that is no failure of the workflow. Only then
            // is the event read (its reader is large): an input that is wrong besides fails whatever the event.
            if (error instanceof src_config/* ConfigError */.xL &&
                error.missingCredentials !== undefined &&
                error.problems.length === 1) {
                const why = secretlessRun(await runEvent());
                if (why !== undefined) {
                    (0,action_host/* notice */.lm)(secretlessNotice(why, error.missingCredentials));
                    runner.setOutput('issued', 'false');
                    runner.setOutput('reason', `no credentials: ${why}`);
                    return;
                }
            }
            throw error;
        }
        if (process.env.GITHUB_EVENT_NAME === 'pull_request_target')
            action_host/* actionsHost */.qt.warning(PULL_REQUEST_TARGET_WARNING);
        // Loaded once the inputs are good: a bad input fails before the pipeline's code is even read.
        const { run: runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(3329), __webpack_require__.e(6195)]).then(__webpack_require__.bind(__webpack_require__, 36195));
        await runPipeline(config, action_host/* actionsHost */.qt, {
            env: process.env,
            // loaded only when the artifact store runs: the client is large, and most runs never need it
            artifactUploader: async () => new (await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(5690)]).then(__webpack_require__.bind(__webpack_require__, 35690))).DefaultArtifactClient(),
            github: githubFor,
        });
    }
    catch (error) {
        (0,action_host/* fail */.fJ)(error instanceof Error ? error.message : String(error));
    }
}
/** The event, read through @actions/github's context, loaded only on the path that needs it. */
async function runEvent() {
    const { context } = await __webpack_require__.e(/* import() */ 1351).then(__webpack_require__.bind(__webpack_require__, 61351));
    return { name: context.eventName, actor: context.actor, payload: context.payload };
}
/** GitHub's REST API for a destination, loaded only when one runs. */
async function githubFor(token) {
    return (await Promise.all(/* import() */[__webpack_require__.e(1351), __webpack_require__.e(3329), __webpack_require__.e(8943)]).then(__webpack_require__.bind(__webpack_require__, 28943))).githubApi(token, process.env, {
        log: (message) => action_host/* actionsHost */.qt.info(message),
    });
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


/***/ })

};
