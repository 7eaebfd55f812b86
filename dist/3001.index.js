export const id = 3001;
export const ids = [3001,2728];
export const modules = {

/***/ 13001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// UNUSED EXPORTS: CliHost, UsageError, envName, flagName, formatOutputs, parseArguments, readInputs

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/all-inputs.ts
var all_inputs = __webpack_require__(36859);
// EXTERNAL MODULE: ./src/config/index.ts
var src_config = __webpack_require__(89750);
// EXTERNAL MODULE: ./src/host.ts
var src_host = __webpack_require__(82237);
// EXTERNAL MODULE: ./src/pipeline/cleanup.ts
var cleanup = __webpack_require__(87382);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
// EXTERNAL MODULE: ./src/config/inputs.ts
var config_inputs = __webpack_require__(64389);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(42784);
;// CONCATENATED MODULE: ./src/cli/spelling.ts
const flagName = (input) => `--${input.replace(/_/g, '-')}`;
const envName = (input) => `CERTALIAS_${input.toUpperCase()}`;
/** A secret input given as the path of a file that holds it. */
const fileFlagName = (input) => `${flagName(input)}-file`;
function cliSpelling(flags, files, env, providerPage) {
    const source = (name) => flags.has(name)
        ? 'flag'
        : files.has(name)
            ? 'file'
            : env[envName(name)] !== undefined
                ? 'environment'
                : undefined;
    return {
        input(name) {
            if (name === 'mode')
                return 'the command';
            const from = source(name);
            if (from === 'flag')
                return flagName(name);
            if (from === 'file')
                return fileFlagName(name);
            if (from === 'environment')
                return envName(name);
            return `${flagName(name)} (or ${envName(name)})`;
        },
        assignment(name, value) {
            if (name === 'mode')
                return `certalias ${value}`;
            return source(name) === 'environment' ? `${envName(name)}=${value}` : `${flagName(name)} ${value}`;
        },
        environment: 'the environment',
        credentials: (id) => `in the environment; see ${providerPage(id)}`,
    };
}

;// CONCATENATED MODULE: ./src/cli/commands.ts
// The commands of the command line and the inputs each reads: one list serves the parser, the checks and --help.




const COMMANDS = config_inputs/* MODES */.F;
/** Other names of a command: certbot's and lego's `renew` is what `issue` does, issuing only when due. */
const COMMAND_ALIASES = { renew: 'issue' };
const SUMMARY = {
    issue: 'issue a certificate when one is due (none, names changed, or its renewal time has come)',
    revoke: 'revoke the current certificate at the CA and remove what certalias stored for it',
    plan: 'decide for every entry of --certificates and print the matrix of those due',
    check: 'verify the setup (CNAMEs on every master, the alias zone, a probe write, CAA, the CA) and print a table',
};
/** The inputs a command takes as flags, in declaration order; `mode` is the command itself. */
function commandInputs(command) {
    return all_inputs/* ALL_INPUTS */.U.filter((input) => input.name !== 'mode' && (input.modes ?? config_inputs/* MODES */.F).includes(command));
}
/** The commands that read an input. */
function commandsOf(name) {
    const input = all_inputs/* ALL_INPUTS */.U.find((i) => i.name === name);
    return input === undefined || name === 'mode' ? [] : [...(input.modes ?? config_inputs/* MODES */.F)];
}
/** The command a word names, by its name or another name of it. */
function commandNamed(word) {
    return COMMANDS.includes(word) ? word : COMMAND_ALIASES[word];
}
/** Flags that are no input. */
const SWITCHES = ['--help', '--json', '--debug', '--version'];
function unknownOption(flag, command) {
    const inputs = all_inputs/* ALL_INPUTS */.U.filter((i) => i.name !== 'mode');
    const flags = [
        ...SWITCHES,
        ...inputs.map((i) => flagName(i.name)),
        ...inputs.filter((i) => i.secret).map((i) => fileFlagName(i.name)),
    ];
    const suggestion = (0,suggest/* closest */.k)(flag, flags);
    return `unknown option ${flag}; ${suggestion ? `did you mean ${suggestion}? ` : ''}see certalias${command ? ` ${command}` : ''} --help`;
}
/**
 * A word that is neither a command nor an option. A name is refused rather than taken as --domain: every input
 * has one spelling, and a word after a flag that takes none (`--force-renew example.com`) would otherwise be
 * read as either; the message shows the command with --domain instead.
 */
function unexpectedWord(word, command) {
    if (/^(\*\.)?[^\s.=/:]+(\.[^\s.=/:]+)+\.?$/.test(word))
        return `unexpected "${word}": names go in --domain: certalias ${command ?? 'issue'} --domain ${word}`;
    if (command === undefined) {
        const suggestion = (0,suggest/* closest */.k)(word, [...COMMANDS, ...Object.keys(COMMAND_ALIASES)]);
        return `unknown command "${word}"; ${suggestion ? `did you mean ${suggestion}? ` : ''}commands: ${COMMANDS.join(', ')}`;
    }
    return `unexpected "${word}": options start with --; see certalias ${command} --help`;
}

// EXTERNAL MODULE: ./src/providers/index.ts + 1 modules
var providers = __webpack_require__(97710);
// EXTERNAL MODULE: ./src/providers/types.ts
var types = __webpack_require__(42695);
;// CONCATENATED MODULE: ./src/cli/help.ts
// --help: made from the same declarations as action.yml, each command with the inputs it reads, and the
// variables of every DNS provider (or, with --dns-provider, of that one in full).





const WIDTH = 110;
function help(command, providerId) {
    if (command === undefined)
        return general();
    const aliases = Object.keys(COMMAND_ALIASES).filter((alias) => COMMAND_ALIASES[alias] === command);
    const lines = [
        `Usage: certalias ${command} [options]${aliases.map((a) => ` (or certalias ${a})`).join('')}`,
        '',
        `${SUMMARY[command]}.`,
        '',
        'Options (each also read from the environment variable shown; a flag wins):',
    ];
    const inputs = commandInputs(command);
    const core = new Set(config_inputs/* CORE_INPUTS */.u.map((i) => i.name));
    lines.push(...inputs.filter((i) => core.has(i.name)).flatMap(help_option));
    const destinations = inputs.filter((i) => !core.has(i.name));
    if (destinations.length > 0)
        lines.push('', 'Destinations (--store; the files are always written):', ...destinations.flatMap(help_option));
    lines.push('', '  --json      print the outputs as one JSON object instead of name=value lines', '  --debug     print debug lines (the CA requests)', '  --version   print the version of certalias', '', 'Outputs go to stdout (name=value, a new line inside a value written as \\n); the log goes to stderr.', 'HTTP requests go through the proxy HTTPS_PROXY / HTTP_PROXY name, except to the hosts NO_PROXY lists.');
    // revoking and planning write no DNS record: no provider credentials to give them
    if (command === 'issue' || command === 'check')
        lines.push('', ...help_providers(providerId));
    lines.push('');
    return lines.join('\n');
}
function general() {
    return [
        'certalias: TLS certificates from an ACME CA with DNS-01 through a CNAME-delegated validation zone',
        '',
        'Usage: certalias <command> [options]',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.padEnd(8)} ${SUMMARY[c]}`),
        ...Object.entries(COMMAND_ALIASES).map(([alias, c]) => `  ${alias.padEnd(8)} another name for ${c}`),
        '',
        'certalias <command> --help lists the options of a command; certalias --version prints the version.',
        'Exit status: 0 success (also when nothing is due), 1 failure, 2 bad input, 130/143 stopped by SIGINT/SIGTERM',
        '(after removing the values it wrote).',
        '',
    ].join('\n');
}
function help_option(input) {
    const fallback = input.cli?.default ?? input.default;
    const notes = [
        input.required ? 'required' : undefined,
        fallback ? `default: ${fallback}` : undefined,
        input.secret ? `a secret: give it in ${envName(input.name)} or a file, not as a flag value` : undefined,
    ].filter(Boolean);
    const description = input.cli?.description ?? input.description;
    return [
        `  ${flagName(input.name)} <value>   (${envName(input.name)})`,
        ...(input.secret ? [`  ${fileFlagName(input.name)} <path>   (a file holding the value)`] : []),
        ...wrap(`${description}${notes.length > 0 ? ` [${notes.join('; ')}]` : ''}`, '      '),
    ];
}
/** Every provider's variables in a few lines, or one provider's in full. */
function help_providers(providerId) {
    const chosen = providerId === undefined ? undefined : providers/* DESCRIPTORS */.xg[providerId.trim().toLowerCase()];
    if (chosen !== undefined) {
        const variable = (s) => {
            const notes = [
                s.set,
                s.default ? `default: ${s.default}` : undefined,
                s.secret ? 'a secret' : undefined,
            ];
            const extra = notes.filter(Boolean).join('; ');
            return [`  ${(0,types/* acceptedNames */.sv)(s)}`, ...wrap(`${s.description}${extra ? ` [${extra}]` : ''}`, '      ')];
        };
        return [
            `DNS provider ${chosen.id} (${chosen.name}): credentials from the environment`,
            ...chosen.credentials.flatMap(variable),
            ...(chosen.settings.length > 0 ? ['Settings:', ...chosen.settings.flatMap(variable)] : []),
        ];
    }
    const lines = [
        'DNS provider credentials come from the same environment variables as in the action; each also takes the',
        'settings listed (--dns-provider <id> --help describes them):',
    ];
    for (const descriptor of Object.values(providers/* DESCRIPTORS */.xg).sort((a, b) => a.id.localeCompare(b.id))) {
        const indent = ' '.repeat(16);
        lines.push(...wrap(credentials(descriptor), indent, `  ${descriptor.id.padEnd(13)} `));
        if (descriptor.settings.length > 0) {
            const settings = descriptor.settings.map((s) => (s.default ? `${s.env}=${s.default}` : s.env));
            lines.push(...wrap(`settings: ${settings.join(', ')}`, indent));
        }
    }
    return lines;
}
/** The credentials as a sentence: those always needed, then the ways to sign in, "or" between them. */
function credentials(descriptor) {
    const always = descriptor.credentials.filter((c) => c.set === undefined).map(types/* acceptedNames */.sv);
    const sets = new Map();
    for (const c of descriptor.credentials)
        if (c.set !== undefined)
            sets.set(c.set, [...(sets.get(c.set) ?? []), (0,types/* acceptedNames */.sv)(c)]);
    const ways = [...sets].map(([name, names]) => `${names.join(' + ')} (${name})`);
    const given = [always.join(', '), ways.join(' or ')].filter(Boolean).join(' + ');
    return descriptor.ambient === undefined ? given : `${given}, or none (${descriptor.ambient.summary})`;
}
/** Words wrapped at WIDTH columns: the first line after `first` (else `indent`), the rest after `indent`. */
function wrap(text, indent, first = indent) {
    const lines = [];
    let line = first;
    for (const word of text.split(' ')) {
        const start = line === first || line === indent;
        if (!start && line.length + 1 + word.length > WIDTH) {
            lines.push(line);
            line = indent + word;
        }
        else
            line += start ? word : ` ${word}`;
    }
    lines.push(line);
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// The command-line adapter: `certalias issue | revoke | plan | check`, the same core, inputs and words as the action, for
// GitLab CI, Jenkins, a cron job or a laptop. Inputs come from flags (--kebab-case) or CERTALIAS_<INPUT>; provider
// and store credentials from the same environment variables as in the action. Log lines go to stderr, outputs
// to stdout (name=value lines, or one JSON object with --json). Exit: 0 success (not due included), 1 failure,
// 2 bad input, 130/143 after SIGINT/SIGTERM (the values this run wrote removed first: there is no post step here).











/** Inputs that are the command itself, not a flag. */
const NOT_FLAGS = new Set(['mode']);
class UsageError extends Error {
}
function parseArguments(argv) {
    const inputs = new Map(all_inputs/* ALL_INPUTS */.U.filter((i) => !NOT_FLAGS.has(i.name)).map((i) => [flagName(i.name), i.name]));
    const fileFlags = new Map(src_config/* SECRET_INPUTS */.pH.map((name) => [fileFlagName(name), name]));
    const values = new Map();
    const files = new Map();
    let command;
    let json = false;
    let debug = false;
    let help = false;
    let version = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h')
            help = true;
        else if (arg === '--json')
            json = true;
        else if (arg === '--debug')
            debug = true;
        else if (arg === '--version')
            version = true;
        else if (arg.startsWith('--')) {
            const eq = arg.indexOf('=');
            const flag = eq < 0 ? arg : arg.slice(0, eq);
            const secretFile = fileFlags.get(flag);
            const name = inputs.get(flag) ?? secretFile;
            if (name === undefined)
                throw new UsageError(unknownOption(flag, command));
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
        else if (command === undefined && commandNamed(arg) !== undefined)
            command = commandNamed(arg);
        else
            throw new UsageError(unexpectedWord(arg, command));
    }
    if (command !== undefined) {
        for (const [name, flag] of [
            ...[...values.keys()].map((name) => [name, flagName(name)]),
            ...[...files.keys()].map((name) => [name, fileFlagName(name)]),
        ]) {
            const commands = commandsOf(name);
            if (!commands.includes(command))
                throw new UsageError(`${flag} is an option of ${commands.join(', ')}, not of ${command}`);
        }
    }
    return { command, values, files, json, debug, help, version };
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
        return (0,src_host/* redactSecrets */.f)(text, this.#secrets);
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
        process.stderr.write(`${level}${(0,src_text/* printable */.g$)(this.redact(message))}\n`);
    }
}
async function cli(argv, env = process.env, about = { version: 'unknown' }) {
    let parsed;
    try {
        parsed = parseArguments(argv);
    }
    catch (error) {
        process.stderr.write(`error: ${error.message}\n`);
        return 2;
    }
    if (parsed.version) {
        process.stdout.write(`${about.version}\n`);
        return 0;
    }
    if (parsed.help || parsed.command === undefined) {
        process.stdout.write(help(parsed.command, parsed.values.get('dns_provider') ?? env[envName('dns_provider')]));
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
    const spelling = cliSpelling(new Set(parsed.values.keys()), new Set(parsed.files.keys()), env, (id) => (0,external_node_path_.join)(about.root ?? '', 'docs', 'providers', `${id}.md`));
    for (const name of src_config/* SECRET_INPUTS */.pH) {
        const value = getInput(name);
        if (value.trim() !== '')
            (0,src_host/* maskPem */.r)(host, value);
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
        void (0,cleanup/* removeSavedRecords */.g)(host, coreEnv, config?.resolvers ?? []).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    try {
        if (command === 'plan') {
            const { planFleet } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4894), __webpack_require__.e(3329), __webpack_require__.e(1093), __webpack_require__.e(6708), __webpack_require__.e(4416)]).then(__webpack_require__.bind(__webpack_require__, 82035));
            await planFleet(host, {
                getInput,
                env: coreEnv,
                spelling,
                context: { host, env: coreEnv, github: githubFor(coreEnv, host) },
            });
        }
        else if (command === 'issue' && getInput('certificates').trim() !== '') {
            const { issueFleet } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4894), __webpack_require__.e(3329), __webpack_require__.e(1093), __webpack_require__.e(51), __webpack_require__.e(6708), __webpack_require__.e(6602), __webpack_require__.e(6195), __webpack_require__.e(4692)]).then(__webpack_require__.bind(__webpack_require__, 82311));
            const github = githubFor(coreEnv, host);
            await issueFleet(host, {
                getInput,
                env: coreEnv,
                spelling,
                context: { host, env: coreEnv, github },
                github,
            });
        }
        else {
            config = (0,src_config/* readConfig */.Xg)(getInput, coreEnv, spelling);
            const { run } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6708), __webpack_require__.e(6195)]).then(__webpack_require__.bind(__webpack_require__, 36195));
            await run(config, host, { env: coreEnv, github: githubFor(coreEnv, host) });
        }
    }
    catch (error) {
        if (stopping)
            return new Promise(() => { }); // the signal handler ends the process
        host.error(error instanceof Error ? error.message : String(error));
        printOutputs(host.outputs, parsed.json);
        return error instanceof src_config/* ConfigError */.xL ? 2 : 1;
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
function readInputs(parsed, env, read = (path) => (0,external_node_fs_.readFileSync)(path, 'utf8')) {
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
    const warnings = src_config/* SECRET_INPUTS */.pH.filter((name) => parsed.values.has(name)).map((name) => `${flagName(name)}: a secret given as a flag value is visible to every user of this machine (ps); ` +
        `set ${envName(name)} or give ${fileFlagName(name)} instead`);
    const getInput = (name) => {
        if (name === 'mode')
            return parsed.command ?? '';
        const value = parsed.values.get(name) ?? fromFiles.get(name) ?? env[envName(name)];
        if (value !== undefined)
            return value;
        return all_inputs/* ALL_INPUTS */.U.find((i) => i.name === name)?.default ?? '';
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
        return `${(0,src_text/* printableJson */.et)(Object.fromEntries(outputs))}\n`;
    return [...outputs]
        .map(([name, value]) => `${(0,src_text/* printable */.g$)(`${name}=${value.replace(/\n/g, '\\n')}`)}\n`)
        .join('');
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
