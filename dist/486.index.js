export const id = 486;
export const ids = [486];
export const modules = {

/***/ 70486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli)
/* harmony export */ });
/* unused harmony exports flagName, envName, UsageError, parseArguments, CliHost, readInputs, formatOutputs, help */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_all_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36859);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6605);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82237);
/* harmony import */ var _pipeline_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87382);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97710);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48992);
// The command-line adapter: `certalias issue | revoke | plan | check`, the same core, inputs and words as the action, for
// GitLab CI, Jenkins, a cron job or a laptop. Inputs come from flags (--kebab-case) or CERTALIAS_<INPUT>; provider
// and store credentials from the same environment variables as in the action. Log lines go to stderr, outputs
// to stdout (name=value lines, or one JSON object with --json). Exit: 0 success (not due included), 1 failure,
// 2 bad input, 130/143 after SIGINT/SIGTERM (the values this run wrote removed first: there is no post step here).







const COMMANDS = ['issue', 'revoke', 'plan', 'check'];
const SUMMARY = {
    issue: 'issue a certificate when one is due (none, names changed, or its renewal time has come)',
    revoke: 'revoke the current certificate at the CA and remove what certalias stored for it',
    plan: 'decide for every entry of --certificates and print the matrix of those due',
    check: 'verify the setup (CNAMEs on every master, the alias zone, a probe write, CAA, the CA) and print a table',
};
/** Inputs that are the command itself, not a flag. */
const NOT_FLAGS = new Set(['mode']);
const flagName = (input) => `--${input.replace(/_/g, '-')}`;
const envName = (input) => `CERTALIAS_${input.toUpperCase()}`;
const fileFlagName = (input) => `${flagName(input)}-file`;
class UsageError extends Error {
}
function parseArguments(argv) {
    const inputs = new Map(_config_all_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_INPUTS */ .U.filter((i) => !NOT_FLAGS.has(i.name)).map((i) => [flagName(i.name), i.name]));
    const fileFlags = new Map(_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_INPUTS */ .pH.map((name) => [fileFlagName(name), name]));
    const values = new Map();
    const files = new Map();
    let command;
    let json = false;
    let debug = false;
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h')
            help = true;
        else if (arg === '--json')
            json = true;
        else if (arg === '--debug')
            debug = true;
        else if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const flag = eq < 0 ? arg : arg.slice(0, eq);
            const secretFile = fileFlags.get(flag);
            const name = inputs.get(flag) ?? secretFile;
            if (name === undefined)
                throw new UsageError(`unknown option ${flag}; see certalias ${command ?? ''} --help`.replace('  ', ' '));
            const next = argv[i + 1];
            // a flag alone is true (--force-renew); otherwise it takes the next word
            const value = eq >= 0 ? arg.slice(eq + 1) : next === undefined || next.startsWith('--') ? 'true' : next;
            if (eq < 0 && value === next)
                i++;
            if (secretFile !== undefined)
                files.set(name, value);
            else
                values.set(name, value);
            if (values.has(name) && files.has(name))
                throw new UsageError(`${flagName(name)} and ${fileFlagName(name)} both give ${name}: give one`);
        }
        else if (command === undefined && COMMANDS.includes(arg))
            command = arg;
        else
            throw new UsageError(`unexpected "${arg}"; commands: ${COMMANDS.join(', ')}`);
    }
    return { command, values, files, json, debug, help };
}
/**
 * The command line's Host: log lines to stderr, every masked secret replaced and then the one rule for printed
 * text applied (a CI log or a terminal obeys what a foreign text could slip in); outputs and state kept.
 */
class CliHost {
    showDebug;
    outputs = new Map();
    #state = new Map();
    #secrets = new Set();
    constructor(showDebug) {
        this.showDebug = showDebug;
    }
    info(message) {
        this.#print('', message);
    }
    warning(message) {
        this.#print('warning: ', message);
    }
    debug(message) {
        if (this.showDebug)
            this.#print('debug: ', message);
    }
    error(message) {
        this.#print('error: ', message);
    }
    mask(secret) {
        if (secret.trim().length > 0)
            this.#secrets.add(secret);
    }
    redact(text) {
        return (0,_host_js__WEBPACK_IMPORTED_MODULE_6__/* .redactSecrets */ .f)(text, this.#secrets);
    }
    setOutput(name, value) {
        this.outputs.set(name, value);
    }
    saveState(name, value) {
        this.#state.set(name, value);
    }
    getState(name) {
        return this.#state.get(name) ?? '';
    }
    async summary() {
        // a job summary is GitHub's; the log lines say the same here
    }
    isDebug() {
        return this.showDebug;
    }
    /** No folding on a terminal: the title is a line of its own, the detail follows. */
    group(title, work) {
        this.info(title);
        return work();
    }
    async idToken() {
        // the token endpoint is the runner's, for the step that asked for it; a command line has none to ask
        throw new Error('the command line has none (a GitHub Actions step of certalias gets it from the runner)');
    }
    #print(level, message) {
        process.stderr.write(`${level}${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g$)(this.redact(message))}\n`);
    }
}
async function cli(argv, env = process.env) {
    let parsed;
    try {
        parsed = parseArguments(argv);
    }
    catch (error) {
        process.stderr.write(`error: ${error.message}\n`);
        return 2;
    }
    if (parsed.help || parsed.command === undefined) {
        process.stdout.write(help(parsed.command));
        return parsed.help ? 0 : 2;
    }
    const { command } = parsed;
    const host = new CliHost(parsed.debug);
    let getInput;
    try {
        const read = readInputs(parsed, env);
        getInput = read.getInput;
        for (const warning of read.warnings)
            host.warning(warning);
    }
    catch (error) {
        host.error(error.message);
        return 2;
    }
    for (const name of _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_INPUTS */ .pH) {
        const value = getInput(name);
        if (value.trim() !== '')
            (0,_host_js__WEBPACK_IMPORTED_MODULE_6__/* .maskPem */ .r)(host, value);
    }
    // Files go to ./certalias/<primary name> unless --output-dir says otherwise: a laptop or a cron job keeps
    // them, and the next run finds the certificate there to decide whether it is due.
    const coreEnv = { ...env, RUNNER_TEMP: env.RUNNER_TEMP ?? process.cwd() };
    let config;
    let stopping = false;
    const stop = (signal) => {
        if (stopping)
            return;
        stopping = true;
        host.warning(`${signal}: stopping; removing the challenge values this run wrote`);
        void (0,_pipeline_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .removeSavedRecords */ .g)(host, coreEnv, config?.resolvers ?? []).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    try {
        if (command === 'plan') {
            const { planFleet } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6708), __webpack_require__.e(2367)]).then(__webpack_require__.bind(__webpack_require__, 64748));
            await planFleet(host, {
                getInput,
                env: coreEnv,
                context: { host, env: coreEnv, github: githubFor(coreEnv, host) },
            });
        }
        else {
            config = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readConfig */ .Xg)(getInput, coreEnv);
            const { run } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6708), __webpack_require__.e(6195)]).then(__webpack_require__.bind(__webpack_require__, 36195));
            await run(config, host, { env: coreEnv, github: githubFor(coreEnv, host) });
        }
    }
    catch (error) {
        if (stopping)
            return new Promise(() => { }); // the signal handler ends the process
        host.error(error instanceof Error ? error.message : String(error));
        printOutputs(host.outputs, parsed.json);
        return error instanceof _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL ? 2 : 1;
    }
    finally {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
    }
    printOutputs(host.outputs, parsed.json);
    return 0;
}
/**
 * Every input's value: a flag, else (a secret) its --<input>-file, else CERTALIAS_<INPUT>, else the default. A
 * secret given as a flag value is visible to every user of the machine (ps): it still counts, with a warning.
 */
function readInputs(parsed, env, read = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')) {
    const fromFiles = new Map();
    for (const [name, path] of parsed.files) {
        try {
            // as `echo secret > file` writes it: the line break at its end is no part of the secret
            fromFiles.set(name, read(path).replace(/\r?\n$/, ''));
        }
        catch (error) {
            const code = error.code ?? error.message;
            throw new UsageError(`${fileFlagName(name)}: ${path} cannot be read (${code})`);
        }
    }
    const warnings = _config_index_js__WEBPACK_IMPORTED_MODULE_2__/* .SECRET_INPUTS */ .pH.filter((name) => parsed.values.has(name)).map((name) => `${flagName(name)}: a secret given as a flag value is visible to every user of this machine (ps); ` +
        `set ${envName(name)} or give ${fileFlagName(name)} instead`);
    const getInput = (name) => {
        if (name === 'mode')
            return parsed.command ?? '';
        const value = parsed.values.get(name) ?? fromFiles.get(name) ?? env[envName(name)];
        if (value !== undefined)
            return value;
        return _config_all_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_INPUTS */ .U.find((i) => i.name === name)?.default ?? '';
    };
    return { getInput, warnings };
}
function githubFor(env, host) {
    return async (token) => (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(1351), __webpack_require__.e(3329), __webpack_require__.e(4034)]).then(__webpack_require__.bind(__webpack_require__, 28943))).githubApi(token, env, { log: (message) => host.info(message) });
}
function printOutputs(outputs, json) {
    process.stdout.write(formatOutputs(outputs, json));
}
/**
 * name=value lines (a new line inside a value written as \n), or one JSON object, both by the rule for printed
 * text: a value may hold what a CA or a DNS server said.
 */
function formatOutputs(outputs, json) {
    if (json)
        return `${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .printableJson */ .et)(Object.fromEntries(outputs))}\n`;
    return [...outputs]
        .map(([name, value]) => `${(0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .printable */ .g$)(`${name}=${value.replace(/\n/g, '\\n')}`)}\n`)
        .join('');
}
/** --help: generated from the same declarations as action.yml. */
function help(command) {
    const lines = [];
    if (command === undefined) {
        lines.push('certalias: TLS certificates from an ACME CA with DNS-01 through a CNAME-delegated validation zone', '', 'Usage: certalias <command> [options]', '', 'Commands:', ...COMMANDS.map((c) => `  ${c.padEnd(8)} ${SUMMARY[c]}`), '', 'certalias <command> --help lists every option. Exit status: 0 success (also when nothing is due),', '1 failure, 2 bad input, 130/143 stopped by SIGINT/SIGTERM (after removing the values it wrote).', '');
        return lines.join('\n');
    }
    lines.push(`Usage: certalias ${command} [options]`, '', `${SUMMARY[command]}.`, '', 'Options (each also read from the environment variable shown; a flag wins):');
    for (const input of _config_all_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL_INPUTS */ .U) {
        if (NOT_FLAGS.has(input.name))
            continue;
        const extra = [
            input.required ? 'required' : undefined,
            input.default ? `default: ${input.default}` : undefined,
            input.secret ? `a secret: give it in ${envName(input.name)} or a file, not as a flag value` : undefined,
        ].filter(Boolean);
        lines.push(`  ${flagName(input.name)} <value>   (${envName(input.name)})`);
        if (input.secret)
            lines.push(`  ${fileFlagName(input.name)} <path>   (a file holding the value)`);
        lines.push(`      ${input.description}${extra.length > 0 ? ` [${extra.join('; ')}]` : ''}`);
    }
    lines.push('  --json      print the outputs as one JSON object instead of name=value lines', '  --debug     print debug lines (the CA requests)', '', 'Outputs go to stdout (name=value, a new line inside a value written as \\n); the log goes to stderr.', 'Files go to ./certalias/<primary name> unless --output-dir says otherwise.', 'HTTP requests go through the proxy HTTPS_PROXY / HTTP_PROXY name, except to the hosts NO_PROXY lists.', '', 'DNS provider credentials come from the same environment variables as in the action:');
    for (const id of Object.keys(_providers_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DESCRIPTORS */ .xg).sort()) {
        const descriptor = _providers_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DESCRIPTORS */ .xg[id];
        if (descriptor === undefined)
            continue;
        lines.push(`  ${id.padEnd(13)} ${descriptor.credentials.map((c) => c.env).join(', ')}`);
    }
    lines.push('');
    return lines.join('\n');
}


/***/ }),

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
        const provider = await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Qd)(host.getState(_records_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_PROVIDER */ .Ui), { env, host, resolvers });
        host.info(`Removing the challenge values this run left at ${records.map((r) => r.owner).join(', ')}`);
        if (await (0,_records_js__WEBPACK_IMPORTED_MODULE_1__/* .removeRecords */ .DR)(provider, records, (m) => host.warning(m))) {
            host.saveState(_records_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_RECORDS */ .Np, '[]');
            host.info('Removed every value this run wrote; other values at those owners are untouched.');
        }
        await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_0__/* .closeProvider */ .I2)(provider, (m) => host.warning(m));
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
