export const id = 4748;
export const ids = [4748,2367];
export const modules = {

/***/ 36859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ALL_INPUTS)
/* harmony export */ });
/* harmony import */ var _stores_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92826);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64389);
// Every input: the action's own, then each destination's, in the order action.yml lists them.


/** Inputs two destinations share (aws_region) are declared once. */
const ALL_INPUTS = [
    ...new Map([..._inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .CORE_INPUTS */ .u, ...(0,_stores_index_js__WEBPACK_IMPORTED_MODULE_0__/* .storeInputs */ .be)()].map((input) => [input.name, input])).values(),
];


/***/ }),

/***/ 64748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planFleet: () => (/* binding */ planFleet)
/* harmony export */ });
/* unused harmony export planSummary */
/* harmony import */ var _acme_ari_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46484);
/* harmony import */ var _config_all_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36859);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6605);
/* harmony import */ var _renewal_decide_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73622);
/* harmony import */ var _renewal_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26708);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48992);
// mode: plan: decide for every entry of `certificates` whether it is due, and hand GitHub Actions the matrix of
// those that are. No account, no order, no write: each entry's current certificate and the CA's ARI only.






/** Entries decided at once: stores and CAs limit requests per second too. */
const PARALLEL = 8;
/** Inputs an entry may not set: they shape the plan itself, not one certificate. */
const STEP_ONLY = new Set(['mode', 'certificates']);
/**
 * Secrets stay step inputs or env: an entry travels into the `matrix` output, which GitHub shows and passes on in
 * plain text, and the matrix job has the step's inputs anyway.
 */
const SECRET_INPUTS = new Set(_config_all_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_INPUTS */ .U.filter((input) => input.secret).map((input) => input.name));
async function planFleet(host, options) {
    const started = Date.now();
    const entries = await readEntries(options.getInput('certificates'), options.spelling ?? _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_SPELLING */ .km);
    const configs = entryConfigs(entries, options, host);
    const cas = new Map();
    const caFor = (config) => {
        let ca = cas.get(config.directoryUrl);
        if (ca === undefined) {
            ca = new _acme_ari_js__WEBPACK_IMPORTED_MODULE_0__/* .CaDirectory */ .S(config.directoryUrl, options.context.transport, options.context.env);
            cas.set(config.directoryUrl, ca);
        }
        return ca;
    };
    // An entry whose decision fails (a destination refusing the credential, or one that cannot be signed in to) is
    // failed, not due: its issuing job would stop before ordering all the same. The others are decided on.
    const outcomes = await mapLimit(configs, PARALLEL, (config) => {
        const label = entryLabel(config);
        return (0,_renewal_index_js__WEBPACK_IMPORTED_MODULE_4__/* .decideRenewal */ .V)(config, prefixed(host, `[${label}] `), options.context, caFor(config)).catch((error) => ({ failed: error.message }));
    });
    const include = entries.flatMap((entry, i) => {
        const outcome = outcomes[i];
        return 'decision' in outcome && outcome.decision.due
            ? [{ ...entry, reason: outcome.decision.reason }]
            : [];
    });
    host.setOutput('matrix', JSON.stringify({ include }));
    host.setOutput('due_count', String(include.length));
    const failed = configs.flatMap((config, i) => {
        const outcome = outcomes[i];
        return 'failed' in outcome ? [`${entryLabel(config)}: ${outcome.failed}`] : [];
    });
    host.info(`Plan: ${include.length} of ${entries.length} certificate(s) due${failed.length > 0 ? `, ${failed.length} failed` : ''}, ` +
        `decided in ${((Date.now() - started) / 1000).toFixed(2)} s`);
    await host.summary(planSummary(configs, outcomes));
    // after the outputs: the matrix job can still issue the due entries (`if: !cancelled()`), and the failed run says
    // which entries need their credential fixed
    if (failed.length > 0) {
        throw new Error(`${failed.length} of ${entries.length} certificate(s) could not be decided, and are not in the matrix:\n` +
            failed.map((line) => `  - ${line}`).join('\n'));
    }
}
/** `certificates`: a YAML list of mappings from input names to values. */
async function readEntries(text, s) {
    const certificates = s.input('certificates');
    if (text.trim() === '') {
        throw new _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([
            `${certificates} is required for ${s.assignment('mode', 'plan')}: a YAML list with one entry per certificate, e.g. ` +
                '"- {domain: example.com, vault_path: tls/example.com}"',
        ]);
    }
    // loaded only for a plan: no other run reads YAML
    const { parse } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let parsed;
    try {
        parsed = parse(text);
    }
    catch (error) {
        throw new _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([`${certificates} is not YAML: ${error.message.split('\n')[0]}`]);
    }
    if (!Array.isArray(parsed) || parsed.length === 0) {
        throw new _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([
            `${certificates} must be a YAML list with one entry (a mapping of inputs) per certificate`,
        ]);
    }
    const problems = [];
    const entries = parsed.map((item, i) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
            problems.push(`${certificates} entry ${i + 1} is not a mapping of inputs (domain: ..., vault_path: ...)`);
            return {};
        }
        const entry = {};
        for (const [key, value] of Object.entries(item)) {
            if (typeof value === 'object' && value !== null) {
                problems.push(`${certificates} entry ${i + 1}: \`${key}\` must be a string, a number or true/false`);
                continue;
            }
            entry[key] = value === null ? '' : String(value);
        }
        return entry;
    });
    if (problems.length > 0)
        throw new _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(problems);
    return entries;
}
/**
 * Each entry read like a step's inputs: its own values first, the step's for the rest. A key the configuration
 * never asks for is no input at all (a typo such as `vaultpath`): refused, naming the entry.
 */
function entryConfigs(entries, options, host) {
    const problems = [];
    const step = options.spelling ?? _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_SPELLING */ .km;
    const configs = entries.map((entry, i) => {
        const where = `${step.input('certificates')} entry ${i + 1}${entry.domain ? ` (${entry.domain})` : ''}`;
        // an entry's own keys are YAML keys of `certificates`, named as such; the rest are the step's inputs
        const own = (name) => Object.hasOwn(entry, name);
        const spelling = {
            ...step,
            input: (name) => (own(name) ? _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_SPELLING */ .km : step).input(name),
            assignment: (name, value) => (own(name) ? _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_SPELLING */ .km : step).assignment(name, value),
        };
        const secrets = Object.keys(entry).filter((key) => SECRET_INPUTS.has(key));
        for (const key of secrets)
            if (entry[key])
                host.mask(entry[key]);
        if (secrets.length > 0) {
            const [are, them] = secrets.length === 1 ? ['is a secret', 'it'] : ['are secrets', 'them'];
            problems.push(`${where}: ${secrets.map((k) => `\`${k}\``).join(', ')} ${are}, and the \`matrix\` output would carry ` +
                `${them} in plain text: pass secrets as inputs or env of the plan step and of the matrix job`);
        }
        const asked = new Set();
        const getInput = (name) => {
            asked.add(name);
            if (name === 'mode')
                return 'plan';
            return Object.hasOwn(entry, name) ? entry[name] : options.getInput(name);
        };
        let config;
        try {
            config = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfig */ .Xg)(getInput, options.env, spelling);
        }
        catch (error) {
            const list = error instanceof _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL ? error.problems : [error.message];
            problems.push(...list.map((p) => `${where}: ${p}`));
        }
        const unknown = Object.keys(entry).filter((key) => STEP_ONLY.has(key) || !asked.has(key));
        if (unknown.length > 0) {
            problems.push(`${where}: ${unknown.map((k) => `\`${k}\``).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not an input an entry can set`);
        }
        return config;
    });
    if (problems.length > 0)
        throw new _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(problems);
    return configs;
}
function entryLabel(config) {
    return config.names.map((n) => n.name).join(', ');
}
function prefixed(host, prefix) {
    // each method named: a Host may be a class instance, whose methods a spread would not copy
    return {
        mask: (secret) => host.mask(secret),
        redact: (text) => host.redact(text),
        saveState: (name, value) => host.saveState(name, value),
        getState: (name) => host.getState(name),
        summary: (markdown) => host.summary(markdown),
        info: (m) => host.info(`${prefix}${m}`),
        warning: (m) => host.warning(`${prefix}${m}`),
        debug: (m) => host.debug(`${prefix}${m}`),
        isDebug: () => host.isDebug(),
        group: (title, work) => host.group(`${prefix}${title}`, work),
        idToken: (audience) => host.idToken(audience),
        // the plan's outputs are the matrix and the count; an entry's decision sets none of its own
        setOutput: () => { },
    };
}
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            results[i] = await fn(items[i]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
function planSummary(configs, outcomes) {
    const due = outcomes.filter((o) => 'decision' in o && o.decision.due).length;
    const failed = outcomes.filter((o) => 'failed' in o).length;
    const rows = configs.map((config, i) => {
        const outcome = outcomes[i];
        if ('failed' in outcome) {
            return `| ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownText */ .p7)(entryLabel(config))} | - | - | **failed**: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownText */ .p7)(outcome.failed)} |`;
        }
        const { decision, current, window } = outcome;
        return `| ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownText */ .p7)(entryLabel(config))} | ${current ? (0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_3__/* .iso */ .KH)(current.facts.notAfter) : '-'} | ${window ? `${(0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_3__/* .iso */ .KH)(window.start)} to ${(0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_3__/* .iso */ .KH)(window.end)}` : '-'} | ${decision.due ? '**due**' : 'not due'}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .markdownText */ .p7)(decision.reason)} |`;
    });
    return [
        `## certalias: plan, ${due} of ${configs.length} certificate(s) due${failed > 0 ? `, ${failed} failed` : ''}`,
        '',
        '| names | not after | CA renewal window (ARI) | decision |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}


/***/ })

};
