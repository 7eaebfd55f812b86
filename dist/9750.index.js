export const id = 9750;
export const ids = [9750];
export const modules = {

/***/ 93868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ googleCredentialsGiven),
/* harmony export */   T: () => (/* binding */ azureCredentialsGiven)
/* harmony export */ });
/** Azure: an Entra app and a way to sign in as it. */
function azureCredentialsGiven(env) {
    return Boolean(env.AZURE_TENANT_ID?.trim() && env.AZURE_CLIENT_ID?.trim());
}
/** Google: a service account key or a workload identity. */
function googleCredentialsGiven(env) {
    return Boolean(env.GCE_SERVICE_ACCOUNT?.trim() ||
        env.GCE_SERVICE_ACCOUNT_FILE?.trim() ||
        (env.GCE_WORKLOAD_IDENTITY_PROVIDER?.trim() && env.GCE_SERVICE_ACCOUNT_EMAIL?.trim()));
}


/***/ }),

/***/ 29571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ ACME_SERVERS)
/* harmony export */ });
const ACME_SERVERS = {
    letsencrypt: {
        directory: 'https://acme-v02.api.letsencrypt.org/directory',
        requiresEab: false,
        // half of 300 new orders per account per 3 hours and of 50 certificates per registered domain per week: a
        // run the day after still has room, and so has every other client of the account
        fleetShare: { orders: 150, perRegisteredDomain: 25 },
    },
    'letsencrypt-staging': {
        directory: 'https://acme-staging-v02.api.letsencrypt.org/directory',
        requiresEab: false,
    },
    zerossl: {
        directory: 'https://acme.zerossl.com/v2/DV90',
        requiresEab: true,
        eabHelp: 'ZeroSSL dashboard > Developer > EAB Credentials',
    },
    google: {
        directory: 'https://dv.acme-v02.api.pki.goog/directory',
        requiresEab: true,
        eabHelp: 'gcloud publicca external-account-keys create',
    },
    'google-staging': {
        directory: 'https://dv.acme-v02.test-api.pki.goog/directory',
        requiresEab: true,
        eabHelp: 'gcloud publicca external-account-keys create (staging project)',
    },
    buypass: { directory: 'https://api.buypass.com/acme/directory', requiresEab: false },
    sslcom: {
        // SSL.com issues from a different CA per key algorithm.
        directory: (keyType) => keyType.startsWith('ec-') ? 'https://acme.ssl.com/sslcom-dv-ecc' : 'https://acme.ssl.com/sslcom-dv-rsa',
        requiresEab: true,
        eabHelp: 'SSL.com account > API credentials',
    },
};


/***/ }),

/***/ 89750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ KEEPS_ACCOUNT),
/* harmony export */   HR: () => (/* binding */ REVOKE_REASONS),
/* harmony export */   Xg: () => (/* binding */ readConfig),
/* harmony export */   km: () => (/* reexport safe */ _spelling_js__WEBPACK_IMPORTED_MODULE_10__.k),
/* harmony export */   nm: () => (/* binding */ missingCredentials),
/* harmony export */   pH: () => (/* binding */ SECRET_INPUTS),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports CHALLENGES, readDuration */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56320);
/* harmony import */ var _pki_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34390);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97710);
/* harmony import */ var _providers_types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(42695);
/* harmony import */ var _stores_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92826);
/* harmony import */ var _acme_servers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29571);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(64389);
/* harmony import */ var _spelling_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(26442);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(42784);
// Inputs -> one typed, immutable Config. Pure: no network, no writes; every bad input is reported at once.














/** Inputs that hold secrets: the adapter masks them before anything else happens. */
const SECRET_INPUTS = [..._inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .CORE_INPUTS */ .u, ...(0,_stores_index_js__WEBPACK_IMPORTED_MODULE_7__/* .storeInputs */ .be)()]
    .filter((input) => input.secret)
    .map((input) => input.name);
const CHALLENGES = ['dns-01', 'dns-persist-01'];
/** RFC 5280 CRLReason codes of the `revoke_reason` names a subscriber may give (RFC 8555 section 7.6). */
const REVOKE_REASONS = {
    unspecified: 0,
    keyCompromise: 1,
    superseded: 4,
    cessationOfOperation: 5,
};
class ConfigError extends Error {
    problems;
    missingCredentials;
    /**
     * @param missingCredentials what the provider's credentials lack, when that is among the problems: a pull
     *   request from a fork gets no secrets, and the adapter may then skip instead of failing.
     */
    constructor(problems, missingCredentials) {
        super(problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `Invalid inputs:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        this.problems = problems;
        this.missingCredentials = missingCredentials;
    }
}
function readConfig(getInput, env, s = _spelling_js__WEBPACK_IMPORTED_MODULE_10__/* .ACTION_SPELLING */ .k) {
    const problems = [];
    const input = (name) => getInput(name).trim();
    const check = (fn) => {
        try {
            return fn();
        }
        catch (error) {
            problems.push(error.message);
            return undefined;
        }
    };
    const mode = check(() => readChoice(input('mode') || 'issue', s.input('mode'), _inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .MODES */ .F)) ?? 'issue';
    // a list in a mode that reads one certificate would be passed over in silence, and `domain` reported missing
    if ((mode === 'revoke' || mode === 'check') && input('certificates') !== '') {
        problems.push(`${s.input('certificates')} is read by ${s.assignment('mode', 'issue')} and ${s.assignment('mode', 'plan')}; ` +
            `${s.assignment('mode', mode)} takes one certificate per step: give its ${s.input('domain')} (a matrix over the list runs a step per entry)`);
    }
    const reasonName = input('revoke_reason') || 'cessationOfOperation';
    const revokeReason = check(() => readRevokeReason(reasonName, s));
    const names = check(() => readNames(input('domain'), s)) ?? [];
    const challenge = check(() => readChoice(input('challenge') || 'dns-01', s.input('challenge'), CHALLENGES)) ?? 'dns-01';
    const persist = challenge === 'dns-persist-01';
    let missing;
    const provider = check(() => {
        // dns-persist-01 reads a record published once, by hand or by a provider: none needed when it is there
        if (persist && input('dns_provider') === '')
            return undefined;
        const descriptor = readProvider(input('dns_provider'), s);
        // revoking and planning write no DNS record: the provider's credentials are not needed then (a check writes one);
        // dns-persist-01 writes only a record that is missing, and says what to publish when it cannot
        const writes = (mode === 'issue' || mode === 'check') && !persist;
        missing = writes ? missingCredentials(descriptor, env) : undefined;
        if (missing !== undefined && descriptor.ambient === undefined) {
            throw new Error(`${s.assignment('dns_provider', descriptor.id)} needs ${missing} ${s.credentials(descriptor.id)}`);
        }
        return descriptor;
    });
    // revoking writes no record: a provider setting cannot stand in its way
    if (provider !== undefined && mode !== 'revoke')
        problems.push(...outsideFixedValues(provider, env, s));
    const alias = check(() => readAlias(getInput('domain_alias'), names, s)) ?? { byName: new Map() };
    const email = check(() => readEmail(input('email'), s));
    const keyType = check(() => readKeyType(input('key_type') || 'ec-p256', s)) ?? 'ec-p256';
    const acmeServer = input('acme_server') || 'letsencrypt';
    const eab = check(() => readEab(input('eab_kid'), input('eab_hmac_key'), s));
    // revoking and planning open no new account: a CA's external account binding is not asked of them
    const bound = eab !== undefined || mode === 'revoke' || mode === 'plan';
    const directoryUrl = check(() => readDirectory(acmeServer, keyType, bound, s));
    const accountKey = check(() => readAccountKey(getInput('account_key'), s));
    const persistUntilInput = input('persist_until');
    const persistUntil = persistUntilInput === '' ? undefined : check(() => readPersistUntil(persistUntilInput, persist, s));
    const profile = check(() => readProfile(input('profile'), s));
    const preferredChain = check(() => readPreferredChain(input('preferred_chain'), s));
    const resolvers = check(() => readResolvers(input('dns_resolvers'), s)) ?? [];
    const propagationTimeoutMs = check(() => readTimeout(input('propagation_timeout'), s)) ?? 0;
    const stores = check(() => readStores(input('store'), getInput, env, problems, s)) ?? [];
    const currentCertificate = check(() => readCurrentCertificate(getInput('current_certificate'), s));
    const txtBatchSize = check(() => readBatchSize(input('txt_batch_size') || 'auto', s)) ?? 'auto';
    const force = check(() => readBoolean(input('force_renew'), s.input('force_renew'))) ?? false;
    const renewBefore = input('renew_before');
    const renewBeforeMs = renewBefore === '' ? undefined : check(() => readDuration(renewBefore, s.input('renew_before'), '30d'));
    const checkInterval = input('check_interval') || '24h';
    const checkIntervalMs = check(() => readDuration(checkInterval, s.input('check_interval'), '24h')) ?? 86_400_000;
    const deployHook = input('deploy_hook') || undefined;
    if (persist &&
        mode === 'issue' &&
        accountKey === undefined &&
        !stores.some((s) => KEEPS_ACCOUNT.has(s.module.id))) {
        problems.push(`${s.assignment('challenge', 'dns-persist-01')} needs one ACME account across runs, since the record names it: ` +
            `set ${s.input('account_key')} (the PEM, from a secret), or a ${s.input('store')} that keeps the key (vault, github-secrets)`);
    }
    if (mode === 'revoke' && currentCertificate === undefined && !stores.some((s) => s.module.readCurrent)) {
        if (input('output_dir') === '') {
            problems.push(`${s.assignment('mode', 'revoke')} has nothing to find the certificate in: give ${s.input('current_certificate')}, ` +
                `a ${s.input('store')} that keeps it (vault, github-secrets) with the same settings as the run that issued, ` +
                `or the ${s.input('output_dir')} it wrote`);
        }
    }
    if (problems.length > 0 || (provider === undefined && !persist) || directoryUrl === undefined)
        throw new ConfigError(problems, provider?.ambient === undefined ? missing : undefined);
    const primary = names[0];
    const outputDir = input('output_dir') ||
        (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP || env.TMPDIR || '/tmp', 'certalias', primary.name.replace(/^\*\./, '_wildcard.'));
    return Object.freeze({
        names,
        provider,
        alias,
        challenge,
        persistUntil,
        email,
        acmeServer,
        directoryUrl,
        eab,
        accountKey,
        keyType,
        profile,
        preferredChain,
        resolvers,
        propagationTimeoutMs,
        outputDir,
        stores,
        mode,
        revokeReason: revokeReason ?? 5,
        txtBatchSize,
        currentCertificate,
        force,
        renewBeforeMs,
        checkIntervalMs,
        deployHook,
        missingCredentials: missing,
    });
}
/** Destinations that keep a new account key for the next runs (see accountKeyFor in modes/order.ts). */
const KEEPS_ACCOUNT = new Set(['vault', 'github-secrets']);
/** `persist_until`: a date, an ISO 8601 time, or a duration from now; in the future. */
function readPersistUntil(value, persist, s) {
    const input = s.input('persist_until');
    if (!persist) {
        throw new Error(`${input} applies to ${s.assignment('challenge', 'dns-persist-01')} only; remove it or set the challenge`);
    }
    const calendar = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(value);
    let date;
    if (calendar !== null) {
        const [, year, month, day, time] = calendar;
        date = new Date(time === undefined ? `${value}T00:00:00Z` : value);
        // Date rolls an impossible day over (2027-02-30 into March): the calendar date must be the one written
        const written = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
        if (written.getUTCMonth() !== Number(month) - 1 || written.getUTCDate() !== Number(day))
            date = undefined;
    }
    else if (/^\d+[smhdw]/.test(value)) {
        date = new Date(Date.now() + readDuration(value, input, '180d'));
    }
    if (date === undefined || Number.isNaN(date.getTime())) {
        throw new Error(`${input}: "${value}" is not a date (2027-06-30), a time (2027-06-30T12:00:00Z) or a duration (180d)`);
    }
    if (date.getTime() <= Date.now()) {
        throw new Error(`${input}: ${date.toISOString()} has passed; a record published now would never validate`);
    }
    return date;
}
/** `current_certificate`: a PEM, a path, or `tls://host[:port]` (checked here; read when deciding). */
function readCurrentCertificate(value, s) {
    const trimmed = value.trim();
    if (trimmed === '')
        return undefined;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) && !trimmed.startsWith('file://')) {
        let url;
        try {
            url = new URL(trimmed);
        }
        catch { }
        if (url?.protocol !== 'tls:' ||
            url.hostname === '' ||
            url.pathname !== '' ||
            url.search ||
            url.username) {
            throw new Error(`${s.input('current_certificate')}: "${trimmed}" is not tls://host or tls://host:port (or a PEM, or a file path)`);
        }
    }
    return trimmed.startsWith('-----') ? `${trimmed}\n` : trimmed;
}
function readBatchSize(value, s) {
    if (value.toLowerCase() === 'auto')
        return 'auto';
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 1000) {
        throw new Error(`${s.input('txt_batch_size')}: "${value}" is not auto, 0 (no limit) or a number of values per owner at once (1 to 1000)`);
    }
    return n;
}
/** A boolean input as YAML 1.2 (and @actions/core's getBooleanInput) spells it; empty is false. `input` as spelled. */
function readBoolean(value, input) {
    if (['', 'false', 'False', 'FALSE'].includes(value))
        return false;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    throw new Error(`${input}: "${value}" is not true or false`);
}
const DURATION_UNITS = {
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
};
/** A duration such as `30d`, `36h`, `1d12h` or `90m`, in milliseconds; `input` as a message names it. */
function readDuration(value, input, example) {
    const parts = [...value.matchAll(/(\d+)([smhdw])/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== value) {
        throw new Error(`${input}: "${value}" is not a duration; write a number with a unit (s, m, h, d, w), e.g. ${example}`);
    }
    const ms = parts.reduce((sum, [, n, unit]) => sum + Number(n) * DURATION_UNITS[unit], 0);
    if (ms <= 0)
        throw new Error(`${input}: "${value}" must be longer than zero, e.g. ${example}`);
    return ms;
}
/**
 * `store`: comma separated destinations; `files` is always on. Each chosen destination checks its own inputs,
 * and an input of a destination that was not chosen is refused, since it means the `store` line forgot it.
 */
function readStores(value, getInput, env, problems, s) {
    const known = _stores_index_js__WEBPACK_IMPORTED_MODULE_7__/* .STORES */ .ZZ.map((s) => s.id);
    const wanted = new Set([
        _stores_index_js__WEBPACK_IMPORTED_MODULE_7__/* .ALWAYS_ON */ .yA,
        ...value
            .split(/[\s,]+/)
            .filter(Boolean)
            .map((id) => id.toLowerCase()),
    ]);
    const unknown = [...wanted].filter((id) => !known.includes(id));
    if (unknown.length > 0) {
        throw new Error(`${s.input('store')}: unknown destination ${unknown.map((id) => `"${id}"`).join(', ')}; ${didYouMean(unknown, known)}known: ${known.join(', ')}`);
    }
    const selected = [];
    for (const module of _stores_index_js__WEBPACK_IMPORTED_MODULE_7__/* .STORES */ .ZZ) {
        if (!wanted.has(module.id)) {
            const stray = module.inputs
                .filter((i) => getInput(i.name).trim() !== '' && i.default === undefined)
                .map((i) => i.name);
            if (stray.length > 0) {
                problems.push(`${stray.map(s.input).join(', ')} ${stray.length === 1 ? 'is' : 'are'} set but ${s.input('store')} does not include ${module.id}: add it (${s.assignment('store', [...wanted]
                    .filter((id) => id !== _stores_index_js__WEBPACK_IMPORTED_MODULE_7__/* .ALWAYS_ON */ .yA)
                    .concat(module.id)
                    .join(', '))})`);
            }
            continue;
        }
        try {
            selected.push({ module, options: module.readOptions(getInput, env, s) });
        }
        catch (error) {
            problems.push(...error.message.split('\n').filter(Boolean));
        }
    }
    return selected;
}
function readNames(value, s) {
    if (value === '')
        throw new Error(`${s.input('domain')} is required: one or more names, e.g. "example.com, *.example.com"`);
    try {
        return (0,_names_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseNames */ .Gw)(value);
    }
    catch (error) {
        if (error instanceof _names_index_js__WEBPACK_IMPORTED_MODULE_4__/* .NameError */ .Qb)
            throw new Error(`${s.input('domain')}: ${error.message}`);
        throw error;
    }
}
function readProvider(id, s) {
    const known = Object.keys(_providers_index_js__WEBPACK_IMPORTED_MODULE_6__/* .DESCRIPTORS */ .xg).sort().join(', ');
    if (id === '')
        throw new Error(`${s.input('dns_provider')} is required: the provider hosting the alias zone (${known})`);
    const descriptor = _providers_index_js__WEBPACK_IMPORTED_MODULE_6__/* .DESCRIPTORS */ .xg[id.toLowerCase()];
    if (descriptor === undefined)
        throw new Error(`${s.input('dns_provider')}: unknown provider "${id}"; ${didYouMean([id], Object.keys(_providers_index_js__WEBPACK_IMPORTED_MODULE_6__/* .DESCRIPTORS */ .xg))}known: ${known}`);
    return descriptor;
}
/** "did you mean x? " for the first misspelt word close to a known one, else nothing. */
function didYouMean(typed, known) {
    const suggestion = typed.map((word) => (0,_suggest_js__WEBPACK_IMPORTED_MODULE_11__/* .closest */ .k)(word, known)).find((s) => s !== undefined);
    return suggestion === undefined ? '' : `did you mean ${suggestion}? `;
}
function readChoice(value, input, choices) {
    const choice = choices.find((c) => c === value.toLowerCase());
    if (choice === undefined)
        throw new Error(`${input}: "${value}" is not one of ${choices.join(', ')}`);
    return choice;
}
function readRevokeReason(value, s) {
    const code = Object.entries(REVOKE_REASONS).find(([name]) => name.toLowerCase() === value.toLowerCase())?.[1];
    if (code === undefined) {
        throw new Error(`${s.input('revoke_reason')}: "${value}" is not one of ${Object.keys(REVOKE_REASONS).join(', ')}`);
    }
    return code;
}
/** A problem for each provider setting whose value is not one of its fixed set. */
function outsideFixedValues(descriptor, env, s) {
    const resolved = (0,_providers_types_js__WEBPACK_IMPORTED_MODULE_12__/* .withAliases */ .Pu)(descriptor, env);
    return [...descriptor.credentials, ...descriptor.settings].flatMap((setting) => {
        const value = resolved[setting.env];
        if (setting.values === undefined || value === undefined || value.trim() === '')
            return [];
        if (setting.values.some((v) => (0,_providers_types_js__WEBPACK_IMPORTED_MODULE_12__/* .settingValue */ .SA)(v) === (0,_providers_types_js__WEBPACK_IMPORTED_MODULE_12__/* .settingValue */ .SA)(value)))
            return [];
        const accepted = setting.values.length === 0
            ? 'leave it unset'
            : `not one of ${setting.values.join(', ')}${setting.default ? ` (unset: ${setting.default})` : ''}`;
        return [
            `${s.assignment('dns_provider', descriptor.id)}: ${(0,_providers_types_js__WEBPACK_IMPORTED_MODULE_12__/* .acceptedNames */ .sv)(setting)} is ${JSON.stringify(value.trim())}, ${accepted}: ` +
                setting.description,
        ];
    });
}
/** What is missing of a provider's credentials, in words, or undefined when nothing is. */
function missingCredentials(descriptor, env) {
    const resolved = (0,_providers_types_js__WEBPACK_IMPORTED_MODULE_12__/* .withAliases */ .Pu)(descriptor, env);
    if (descriptor.ambient?.variables.some((name) => resolved[name]?.trim()))
        return undefined;
    const given = (setting) => Boolean(resolved[setting.env]?.trim());
    const always = descriptor.credentials
        .filter((c) => c.set === undefined && !given(c))
        .map((c) => (0,_providers_types_js__WEBPACK_IMPORTED_MODULE_12__/* .acceptedNames */ .sv)(c));
    const sets = new Map();
    for (const c of descriptor.credentials)
        if (c.set !== undefined)
            sets.set(c.set, [...(sets.get(c.set) ?? []), c]);
    const complete = [...sets.values()].some((settings) => settings.every(given));
    const parts = always.length > 0 ? [always.join(', ')] : [];
    if (sets.size > 0 && !complete) {
        parts.push(`one of: ${[...sets].map(([name, settings]) => `${settings.map(_providers_types_js__WEBPACK_IMPORTED_MODULE_12__/* .acceptedNames */ .sv).join(' + ')} (${name})`).join('; or ')}`);
    }
    return parts.length > 0 ? parts.join(', and ') : undefined;
}
/**
 * `domain_alias`: one alias for every name, or `name=alias` lines (a line without `=` is the default).
 * The form (full owner or zone-style) is decided later against the published CNAME.
 */
function readAlias(value, names, s) {
    const byName = new Map();
    let all;
    for (const line of value.split(/\r?\n/).map((l) => l.trim())) {
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        if (eq < 0) {
            if (all !== undefined) {
                throw new Error(`${s.input('domain_alias')}: several lines without "="; write one alias, or one "name=alias" per line`);
            }
            all = aliasName(line, s);
            continue;
        }
        const name = line.slice(0, eq).trim();
        let base;
        try {
            base = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeName */ .Pc)(name).base;
        }
        catch (error) {
            throw new Error(`${s.input('domain_alias')}: line "${line}": ${error.message}`);
        }
        if (names.length > 0 && !names.some((n) => n.base === base)) {
            throw new Error(`${s.input('domain_alias')}: "${name}" is not one of the names in ${s.input('domain')}`);
        }
        byName.set(base, aliasName(line.slice(eq + 1), s));
    }
    return { all, byName };
}
function aliasName(value, s) {
    // Unicode as in `domain`: UTS 46 to punycode A-labels ('' when it cannot be converted; the check below says so).
    const alias = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.domainToASCII)((0,_names_index_js__WEBPACK_IMPORTED_MODULE_4__/* .canonical */ .$N)(value)).replace(/\.$/, '') || (0,_names_index_js__WEBPACK_IMPORTED_MODULE_4__/* .canonical */ .$N)(value);
    // An alias is a DNS owner, where underscores are fine (unlike host names).
    if (!/^(?!-)[a-z0-9_-]{1,63}(\.(?!-)[a-z0-9_-]{1,63})+$/.test(alias)) {
        throw new Error(`${s.input('domain_alias')}: "${value.trim()}" is not a DNS name; write "_acme-challenge.validation.example.org" or "validation.example.org"`);
    }
    return alias;
}
function readEmail(value, s) {
    if (value === '')
        return undefined;
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value))
        throw new Error(`${s.input('email')}: "${value}" is not an e-mail address`);
    return value;
}
function readKeyType(value, s) {
    const keyType = value.toLowerCase();
    if (!_pki_keys_js__WEBPACK_IMPORTED_MODULE_5__.KEY_TYPES.includes(keyType)) {
        throw new Error(`${s.input('key_type')}: "${value}" is not one of ${_pki_keys_js__WEBPACK_IMPORTED_MODULE_5__.KEY_TYPES.join(', ')}`);
    }
    return keyType;
}
function readEab(kid, hmacKey, s) {
    if (kid === '' && hmacKey === '')
        return undefined;
    if (kid === '' || hmacKey === '') {
        throw new Error(`${s.input('eab_kid')} and ${s.input('eab_hmac_key')} go together: set both (from your CA account) or neither`);
    }
    if (!/^[A-Za-z0-9_=+/-]+$/.test(hmacKey)) {
        throw new Error(`${s.input('eab_hmac_key')} is not base64url; copy the HMAC key exactly as the CA shows it`);
    }
    return { kid, hmacKey };
}
function readDirectory(acmeServer, keyType, hasEab, s) {
    const preset = _acme_servers_js__WEBPACK_IMPORTED_MODULE_8__/* .ACME_SERVERS */ .c[acmeServer.toLowerCase()];
    if (preset !== undefined) {
        if (preset.requiresEab && !hasEab) {
            throw new Error(`${s.assignment('acme_server', acmeServer)} requires external account binding: set ${s.input('eab_kid')} and ${s.input('eab_hmac_key')} (${preset.eabHelp})`);
        }
        return typeof preset.directory === 'string' ? preset.directory : preset.directory(keyType);
    }
    let url;
    try {
        url = new URL(acmeServer);
    }
    catch {
        throw new Error(`${s.input('acme_server')}: "${acmeServer}" is neither a preset (${Object.keys(_acme_servers_js__WEBPACK_IMPORTED_MODULE_8__/* .ACME_SERVERS */ .c).join(', ')}) nor a directory URL`);
    }
    if (url.protocol !== 'https:')
        throw new Error(`${s.input('acme_server')}: the directory URL must use https (${acmeServer})`);
    return url.href;
}
function readAccountKey(value, s) {
    const pem = value.trim();
    if (pem === '')
        return undefined;
    let key;
    try {
        key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(pem);
    }
    catch {
        // Never quote the value: it is a secret.
        throw new Error(`${s.input('account_key')} is not a PEM private key; store the whole PEM (BEGIN to END lines) in the secret`);
    }
    // ACME signs with RS256 or ES256/384/512 (RFC 8555 section 6.2): other keys would fail at the first request.
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const curves = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
    if (type === 'ec' && curve !== undefined && curve in curves)
        return `${pem}\n`;
    if (type === 'rsa')
        return `${pem}\n`;
    const what = type === 'ec' ? `an EC key on the curve ${curve ?? 'unknown'}` : `a key of type ${type ?? 'unknown'}`;
    throw new Error(`${s.input('account_key')} is ${what}; an ACME account key must be RSA or EC on P-256, P-384 or P-521 ` +
        '(e.g. openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256)');
}
function readProfile(value, s) {
    if (value === '')
        return undefined;
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(value)) {
        throw new Error(`${s.input('profile')}: "${value}" is not a profile name (e.g. tlsserver, shortlived)`);
    }
    return value;
}
function readPreferredChain(value, s) {
    if (value === '')
        return undefined;
    // one common name: a certificate's CN is a single line of text
    if (/\p{Cc}/u.test(value)) {
        throw new Error(`${s.input('preferred_chain')}: ${JSON.stringify(value)} is not one issuer name; give the common name (CN) of the issuer at the top of the chain wanted, e.g. ISRG Root X1`);
    }
    return value;
}
function readResolvers(value, s) {
    if (value === '')
        return [];
    return value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((resolver) => {
        const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(resolver) ?? /^([^:]+)(?::(\d+))?$/.exec(resolver);
        const host = m?.[1] ?? resolver;
        const port = m?.[2] === undefined ? 53 : Number(m[2]);
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 0 || port < 1 || port > 65535) {
            throw new Error(`${s.input('dns_resolvers')}: "${resolver}" is not an ip or ip:port (e.g. 1.1.1.1, [2606:4700::1]:53)`);
        }
        return (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
    });
}
function readTimeout(value, s) {
    if (value === '')
        return 300_000;
    const seconds = Number(value);
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400) {
        throw new Error(`${s.input('propagation_timeout')}: "${value}" is not a whole number of seconds between 1 and 86400`);
    }
    return seconds * 1000;
}


/***/ }),

/***/ 64389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ MODES),
/* harmony export */   u: () => (/* binding */ CORE_INPUTS)
/* harmony export */ });
// The action's own inputs (each store declares its own): one declaration for action.yml, the configuration, and
// the command line's flags and --help. A test checks that action.yml says the same.
const MODES = ['issue', 'revoke', 'plan', 'check'];
const ISSUE = ['issue'];
/** The inputs that decide whether a certificate is due. */
const DECIDE = ['issue', 'plan'];
/** The inputs that find the current certificate. */
const FIND = ['issue', 'revoke', 'plan'];
/** The inputs of the DNS side: following CNAMEs and writing TXT values. */
const DNS = ['issue', 'check'];
const CORE_INPUTS = [
    {
        name: 'domain',
        description: 'One or more names, separated by commas, spaces or new lines; wildcards (*.example.com) and Unicode names allowed. The first is the primary name.',
        required: true,
    },
    {
        name: 'dns_provider',
        description: "Id of the DNS provider that hosts the alias zone (rfc2136, powerdns, ...). Its credentials come from the step's env. Required with dns-01; with dns-persist-01 optional, to publish a record that is missing.",
        cli: {
            description: 'Id of the DNS provider that hosts the alias zone (rfc2136, powerdns, ...). Its credentials come from the environment. Required with dns-01; with dns-persist-01 optional, to publish a record that is missing.',
        },
    },
    {
        name: 'domain_alias',
        description: "Where the TXT record goes: the full owner (_acme-challenge.validation.example.org) or the zone-style name (validation.example.org), checked against the published CNAME; or lines of name=alias. Empty: follow the _acme-challenge CNAME chain; no CNAME: plain DNS-01 in the name's own zone.",
        modes: DNS,
    },
    {
        name: 'challenge',
        description: 'dns-01 (a new TXT value per order, written through dns_provider and removed after), or dns-persist-01 (one persistent TXT per name at _validation-persist.<name> or the end of its CNAME chain, naming the CA and the ACME account: no DNS credential needed once it is published; the account must be stable: account_key, or a store that keeps it).',
        default: 'dns-01',
    },
    {
        name: 'persist_until',
        description: 'dns-persist-01: persistUntil of a record certalias publishes, after which it no longer validates: a date (2027-06-30), a time (2027-06-30T12:00:00Z) or a duration from now (180d). Empty: no end.',
        modes: DNS,
    },
    { name: 'email', description: 'ACME account contact e-mail.', modes: ISSUE },
    {
        name: 'acme_server',
        description: 'letsencrypt, letsencrypt-staging, zerossl, google, google-staging, buypass, sslcom, or an ACME directory URL.',
        default: 'letsencrypt',
    },
    {
        name: 'eab_kid',
        description: 'External account binding key id (ZeroSSL, Google, SSL.com, ...).',
        modes: ['issue', 'check'],
    },
    {
        name: 'eab_hmac_key',
        description: 'External account binding HMAC key (a secret).',
        secret: true,
        modes: ['issue', 'check'],
    },
    {
        name: 'account_key',
        description: "PEM of the ACME account key (from a secret). Empty: the key an earlier run kept in the store (vault), else a new one, kept in the store for the next runs (vault: the entry's account_key field; github-secrets: the secret <secret_prefix>_ACME_ACCOUNT_KEY, to pass back here since secrets cannot be read).",
        secret: true,
        modes: ['issue', 'revoke', 'check'],
    },
    {
        name: 'key_type',
        description: 'Certificate key type, ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096.',
        default: 'ec-p256',
        modes: DECIDE,
    },
    {
        name: 'profile',
        description: "ACME profile name (e.g. Let's Encrypt tlsserver, shortlived).",
        modes: ISSUE,
    },
    {
        name: 'preferred_chain',
        description: "Common name of the issuer at the top of the chain to take among those the CA offers (e.g. ISRG Root X1), as certbot and lego name it. Empty, or no chain of that name, the CA's default chain.",
        modes: ISSUE,
    },
    {
        name: 'dns_resolvers',
        description: "Recursive resolvers (ip or ip:port, comma separated) used to follow CNAMEs and find zones and name servers. Empty, the system's.",
        modes: DNS,
    },
    {
        name: 'propagation_timeout',
        description: 'Seconds to wait until every authoritative server of the alias zone serves the TXT values.',
        default: '300',
        modes: DNS,
    },
    {
        name: 'output_dir',
        description: 'Where the files go. Empty, $RUNNER_TEMP/certalias/<primary name>.',
        modes: FIND,
        cli: {
            description: 'Where the files go; the next run finds the certificate there to decide whether it is due.',
            default: './certalias/<primary name>',
        },
    },
    {
        name: 'mode',
        description: "issue (default: issue a certificate when one is due), revoke (revoke the current certificate at the CA and remove what certalias stored for it: the Vault entry, the github-secrets secrets and state variable, the files), plan (decide for every entry of certificates and output the matrix of those due; no order, no write), or check (verify the setup: the CNAME on every master and in the resolvers, the alias zone's servers, a probe write with the provider, CAA, the CA; no order, nothing left behind).",
        default: 'issue',
    },
    {
        name: 'revoke_reason',
        description: 'mode: revoke: unspecified, keyCompromise, superseded or cessationOfOperation (RFC 5280 names).',
        default: 'cessationOfOperation',
        modes: ['revoke'],
    },
    {
        name: 'certificates',
        description: 'A YAML list with one entry per certificate, each a mapping of the inputs that vary (domain, domain_alias, dns_provider, key_type, vault_path, secret_prefix, output_dir, current_certificate, ...); every other input comes from the step. mode: issue issues every due entry in this one step; mode: plan outputs the matrix of the due entries. No secrets (vault_token, account_key, ...): an entry may be shown in plain text, so secrets stay step inputs or env.',
        modes: DECIDE,
    },
    {
        name: 'max_orders',
        description: "certificates: the most new orders one run makes; the most urgent entries first (expired, then the earliest renewal time), the rest are deferred to the next run. 0: no limit. Empty: a safe share of the CA's published limits (letsencrypt: 150, and 25 new certificates per registered domain), else no limit.",
        modes: ISSUE,
    },
    {
        name: 'concurrency',
        description: 'certificates: how many certificates one step issues at once.',
        default: '8',
        modes: ISSUE,
    },
    {
        name: 'max_jobs',
        description: 'mode: plan: the most matrix jobs (GitHub runs at most 256). More due entries are grouped: each job then gets certificates, the list of its group, for mode: issue; names that share an alias owner stay in one group.',
        default: '256',
        modes: ['plan'],
    },
    {
        name: 'current_certificate',
        description: 'The certificate in use, to decide whether one is due: a PEM, a file path, or tls://host[:port] (the certificate that server presents for the primary name). Empty: read from the chosen stores (the <secret_prefix>_CERTIFICATE_STATE variable, the Vault entry, cert.pem in output_dir).',
        modes: FIND,
    },
    {
        name: 'force_renew',
        description: 'true issues a new certificate even when the current one is not due.',
        default: 'false',
        modes: DECIDE,
    },
    {
        name: 'renew_before',
        description: 'Without renewal information from the CA (ARI), renew at least this long before expiry, e.g. 30d or 36h. Empty: when a third of the lifetime is left (half for certificates of 10 days or less).',
        modes: DECIDE,
    },
    {
        name: 'check_interval',
        description: 'How often the workflow runs (e.g. 24h, 12h); a renewal time that falls before the next run renews now.',
        default: '24h',
        modes: DECIDE,
    },
    {
        name: 'txt_batch_size',
        description: 'TXT values per alias owner at once: auto (as many as fit a 512-byte DNS answer, with the values already at the owner; more names are validated in batches), 0 (no limit), or a number.',
        default: 'auto',
        modes: ISSUE,
    },
    {
        name: 'store',
        description: 'Where the certificate goes besides the files, comma separated; files (always on), artifact, github-secrets, vault, aws-acm, aws-secrets-manager, azure-key-vault, gcp-secret-manager.',
        default: 'files',
        modes: FIND,
    },
    {
        name: 'deploy_hook',
        description: 'A shell command run once a certificate was issued and stored (files and stores), e.g. systemctl relo' +
            'ad nginx; not run when nothing was issued. Its environment names the files: CERTALIAS_CERTIFICATE_PA' +
            'TH, CERTALIAS_CHAIN_PATH, CERTALIAS_FULLCHAIN_PATH, CERTALIAS_PRIVATE_KEY_PATH, CERTALIAS_PFX_PATH (' +
            'with pfx_password), CERTALIAS_CERTIFICATE_DIR, CERTALIAS_DOMAINS (comma separated), CERTALIAS_PRIMAR' +
            'Y_DOMAIN, CERTALIAS_SERIAL, CERTALIAS_NOT_AFTER; it gets no provider credential, no input and no run' +
            'ner token. Its failure fails the step.',
        modes: ISSUE,
    },
];


/***/ }),

/***/ 26442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ ACTION_SPELLING)
/* harmony export */ });
// How a message names an input, in the words of the adapter that read it: the action's `domain`, the command
// line's --domain or CERTALIAS_DOMAIN. The configuration and each destination make their messages with the
// adapter's spelling, so an error names what the user typed.
const ACTION_SPELLING = {
    input: (name) => `\`${name}\``,
    assignment: (name, value) => `\`${name}: ${value}\``,
    environment: "the step's env",
    credentials: () => "in the step's env (from secrets)",
};


/***/ }),

/***/ 42784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean": the known word a misspelt one is closest to, for commands, options, providers and stores.
/** The candidate within a small edit distance of `word` (case aside), or undefined when none is close. */
function closest(word, candidates) {
    const typed = word.toLowerCase();
    // one slip in a short word, two in a longer one: farther than that is another word, not a typo
    const limit = Math.min(2, Math.max(1, Math.floor(typed.length / 3)));
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(typed, candidate.toLowerCase());
        if (distance <= limit && (best === undefined || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}
/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours count one. */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => rows[i]?.[j];
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                distance = Math.min(distance, at(i - 2, j - 2) + 1);
            rows[i][j] = distance;
        }
    }
    return at(a.length, b.length);
}


/***/ }),

/***/ 56320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   Gw: () => (/* binding */ parseNames),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Qb: () => (/* binding */ NameError),
/* harmony export */   RH: () => (/* binding */ hostnameProblem),
/* harmony export */   Vm: () => (/* binding */ challengeName),
/* harmony export */   c5: () => (/* binding */ persistName)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48992);
// Name rules: lowercase A-labels, no trailing dot, a wildcard only as the whole leftmost label.


class NameError extends Error {
}
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Normalize one name as written by a user; throws NameError saying what is wrong with it. */
function normalizeName(input) {
    const raw = input.trim().replace(/\.$/, '');
    if (raw === '')
        throw new NameError('an empty name');
    const labels = raw.split('.');
    const wildcard = labels[0] === '*';
    if (labels.slice(wildcard ? 1 : 0).some((label) => label.includes('*'))) {
        throw new NameError(`"${input}": a wildcard must be the whole leftmost label, as in *.example.com`);
    }
    const rest = labels.slice(wildcard ? 1 : 0).join('.');
    // WHATWG's domainToASCII applies UTS 46 (case folding, IDNA mapping, punycode), which is what browsers
    // and CAs use to compare names; it returns '' for a name it cannot convert.
    const base = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(rest).replace(/\.$/, '');
    if (base === '')
        throw new NameError(`"${input}" is not a valid host name`);
    const baseLabels = base.split('.');
    if (baseLabels.length < 2)
        throw new NameError(`"${input}" needs at least two labels (a name under a zone)`);
    const bad = baseLabels.find((label) => !LABEL.test(label));
    if (bad !== undefined) {
        throw new NameError(`"${input}" has an invalid label "${bad}" (letters, digits and inner hyphens only)`);
    }
    if (base.length > 253)
        throw new NameError(`"${input}" is longer than 253 characters`);
    return { name: wildcard ? `*.${base}` : base, base, wildcard };
}
/** Split the `domain` input (commas, spaces, new lines) and normalize; duplicates collapse, order kept. */
function parseNames(input) {
    const seen = new Map();
    for (const part of input.split(/[\s,]+/)) {
        if (part === '')
            continue;
        const name = normalizeName(part);
        if (!seen.has(name.name))
            seen.set(name.name, name);
    }
    return [...seen.values()];
}
/** A DNS name compared the way DNS does: lowercase, no trailing dot. */
function canonical(name) {
    return name.trim().toLowerCase().replace(/\.$/, '');
}
function challengeName(name) {
    return `_acme-challenge.${name.base}`;
}
/** Where dns-persist-01 looks for the name's persistent record (a wildcard's at its base, as dns-01's). */
function persistName(name) {
    return `_validation-persist.${name.base}`;
}
/** true when `name` is `zone` or under it. */
function isUnder(name, zone) {
    return name === zone || name.endsWith(`.${zone}`);
}
const DNS_LABEL = /^[a-z0-9_-]{1,63}$/i;
/**
 * Why `name` (as read from DNS: lower case, no trailing dot) is no host name certalias follows or writes at, or
 * undefined when it is one: labels of letters, digits, hyphens (not first or last) and underscores, 63
 * characters each, 253 in all. A DNS answer can hold any byte; this is where it stops being a name.
 */
function hostnameProblem(name) {
    if (name.length > 253)
        return `it is ${name.length} characters long (at most 253)`;
    for (const label of presentedLabels(name)) {
        if (label === '')
            return 'it has an empty label';
        if (label.length > 63)
            return `it has a label of ${label.length} characters (at most 63)`;
        if (!DNS_LABEL.test(label))
            return `${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(label)} is not a label of letters, digits, hyphens and underscores`;
        if (label.startsWith('-') || label.endsWith('-'))
            return `its label ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(label)} starts or ends with a hyphen`;
    }
    return undefined;
}
/** The labels of a name in DNS presentation form, where `\.` is a dot inside a label and `\\` a backslash. */
function presentedLabels(name) {
    const labels = [''];
    for (let i = 0; i < name.length; i++) {
        const char = name[i];
        if (char === '.')
            labels.push('');
        else {
            const escaped = char === '\\' && i + 1 < name.length ? `${char}${name[++i]}` : char;
            labels[labels.length - 1] += escaped;
        }
    }
    return labels;
}


/***/ }),

/***/ 14839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lF: () => (/* binding */ certificateFacts),
/* harmony export */   xC: () => (/* binding */ pemCertificates)
/* harmony export */ });
/* unused harmony exports CertificateError, firstPem, keyTypeOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The facts of a certificate the renewal decision needs: names, validity, key type, serial, and the ARI
// certID (RFC 9773 section 4.1).

class CertificateError extends Error {
}
/** Every PEM certificate of a text, in order, each ending in a new line; text around them is left out. */
function pemCertificates(text) {
    return [...text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)].map((m) => `${m[0]}\n`);
}
/** The first certificate of a PEM text (a leaf followed by its chain, or the leaf alone). */
function firstPem(text) {
    const first = pemCertificates(text)[0];
    if (first === undefined)
        throw new CertificateError('no PEM certificate (BEGIN CERTIFICATE) in it');
    return first;
}
function certificateFacts(pemOrDer) {
    let x509;
    try {
        x509 = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(typeof pemOrDer === 'string' ? firstPem(pemOrDer) : pemOrDer);
    }
    catch (error) {
        if (error instanceof CertificateError)
            throw error;
        throw new CertificateError(`not a readable X.509 certificate (${error.message})`);
    }
    const tbs = tbsFields(x509.raw);
    return {
        names: sanNames(x509.subjectAltName),
        notBefore: new Date(x509.validFrom),
        notAfter: new Date(x509.validTo),
        serial: x509.serialNumber.toLowerCase(),
        keyType: keyTypeOf(x509.publicKey),
        certId: tbs.authorityKeyId === undefined
            ? undefined
            : `${tbs.authorityKeyId.toString('base64url')}.${tbs.serial.toString('base64url')}`,
        issuer: x509.issuer.replace(/\n/g, ', '),
        publicKey: x509.publicKey,
    };
}
function sanNames(subjectAltName) {
    if (subjectAltName === undefined)
        return [];
    return subjectAltName
        .split(/,\s*/)
        .filter((entry) => entry.startsWith('DNS:'))
        .map((entry) => entry.slice(4).toLowerCase().replace(/\.$/, ''));
}
function keyTypeOf(key) {
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'ec') {
        if (details.namedCurve === 'prime256v1')
            return 'ec-p256';
        if (details.namedCurve === 'secp384r1')
            return 'ec-p384';
        return `ec-${details.namedCurve ?? 'unknown curve'}`;
    }
    if (key.asymmetricKeyType === 'rsa')
        return `rsa-${details.modulusLength ?? 'unknown'}`;
    return key.asymmetricKeyType ?? 'unknown';
}
function readTlv(der, offset) {
    const tag = der[offset];
    let length = der[offset + 1];
    if (tag === undefined || length === undefined)
        throw new CertificateError('truncated DER');
    let start = offset + 2;
    if (length & 0x80) {
        const bytes = length & 0x7f;
        if (bytes === 0 || bytes > 4)
            throw new CertificateError('unsupported DER length');
        length = 0;
        for (let i = 0; i < bytes; i++)
            length = length * 256 + (der[start + i] ?? 0);
        start += bytes;
    }
    const end = start + length;
    if (end > der.length)
        throw new CertificateError('truncated DER');
    return { tag, start, end };
}
function children(der, parent) {
    const list = [];
    for (let offset = parent.start; offset < parent.end;) {
        const child = readTlv(der, offset);
        list.push(child);
        offset = child.end;
    }
    return list;
}
const AUTHORITY_KEY_IDENTIFIER = Buffer.from([0x06, 0x03, 0x55, 0x1d, 0x23]); // OID 2.5.29.35
function tbsFields(der) {
    const certificate = readTlv(der, 0);
    const tbs = children(der, certificate)[0];
    if (tbs === undefined)
        throw new CertificateError('no TBSCertificate');
    const fields = children(der, tbs);
    // version is [0] EXPLICIT and optional; the serial INTEGER comes next
    const serialTlv = fields[0]?.tag === 0xa0 ? fields[1] : fields[0];
    if (serialTlv?.tag !== 0x02)
        throw new CertificateError('no serial number');
    const serial = der.subarray(serialTlv.start, serialTlv.end);
    const extensions = fields.find((f) => f.tag === 0xa3);
    if (extensions === undefined)
        return { serial, authorityKeyId: undefined };
    const list = children(der, extensions)[0];
    for (const extension of list === undefined ? [] : children(der, list)) {
        const [oid, ...rest] = children(der, extension);
        if (oid === undefined || !der.subarray(oid.start - 2, oid.end).equals(AUTHORITY_KEY_IDENTIFIER))
            continue;
        const value = rest.find((r) => r.tag === 0x04); // extnValue OCTET STRING, after the optional critical flag
        if (value === undefined)
            return { serial, authorityKeyId: undefined };
        const aki = readTlv(der, value.start);
        const keyIdentifier = children(der, aki).find((c) => c.tag === 0x80); // [0] IMPLICIT KeyIdentifier
        return {
            serial,
            authorityKeyId: keyIdentifier && der.subarray(keyIdentifier.start, keyIdentifier.end),
        };
    }
    return { serial, authorityKeyId: undefined };
}


/***/ }),

/***/ 34390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KEY_TYPES: () => (/* binding */ KEY_TYPES),
/* harmony export */   makePrivateKey: () => (/* binding */ makePrivateKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
// Private keys for certificates and ACME accounts, made with Node's crypto: no ACME client needed.


/** The certificate key types the `key_type` input offers. */
const KEY_TYPES = ['ec-p256', 'ec-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'];
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


/***/ }),

/***/ 73622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   ZP: () => (/* binding */ nameChanges)
/* harmony export */ });
/* unused harmony export pointInWindow */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Whether to issue now: one pure function over the facts, whose reason travels with the result so the log,
// the outputs and the job summary say the same thing.

const DAY = 86_400_000;
function decide(facts) {
    const { current, now } = facts;
    if (facts.unreadable !== undefined)
        return { due: true, reason: `current certificate unreadable: ${facts.unreadable}` };
    if (current === undefined)
        return { due: true, reason: 'no current certificate' };
    const timing = renewalTime(facts, current);
    const due = (reason) => ({ due: true, reason, ...timing });
    if (facts.force)
        return due('forced');
    const changed = nameChanges(facts.names, current.names);
    if (changed !== undefined)
        return due(`names changed: ${changed}`);
    if (current.keyType !== facts.keyType)
        return due(`key type changed: ${current.keyType} -> ${facts.keyType}`);
    if (current.notAfter.getTime() <= now.getTime())
        return due(`expired on ${iso(current.notAfter)}`);
    const window = facts.window;
    if (window !== undefined) {
        if (now.getTime() > window.end.getTime())
            return due(`renewal window passed on ${iso(window.end)}`);
        // RFC 9773 section 4.2: renew at the time chosen in the window, or at the last run before it
        const renewAt = timing.renewAt;
        const renewAfter = timing.renewAfter;
        const span = `the CA's window ${iso(window.start)} to ${iso(window.end)}`;
        if (renewAt.getTime() <= now.getTime())
            return due(`renewal time ${iso(renewAt)} in ${span} has come`);
        if (renewAfter.getTime() <= now.getTime()) {
            return due(`renewal time ${iso(renewAt)} in ${span} falls before the next run`);
        }
        return {
            due: false,
            reason: `not due: renewal from ${iso(renewAfter)} (this certificate's time in ${span} is ${iso(renewAt)}, less check_interval)`,
            ...timing,
        };
    }
    const left = current.notAfter.getTime() - now.getTime();
    if (timing.renewAfter.getTime() <= now.getTime())
        return due(`expires in ${days(left)}`);
    return {
        due: false,
        reason: `not due: expires in ${days(left)}, renewal from ${iso(timing.renewAfter)}`,
        ...timing,
    };
}
/**
 * When the current certificate is renewed. With an ARI window: a point in it (RFC 9773 asks for a uniform
 * random one), and a run renews when that point falls before the next run. The point comes from a hash of the
 * certID rather than a new draw each run: it is as uniform across certificates, but stays put from run to
 * run, so `renew_after` tells the truth and daily runs do not pile their chances onto the window's start.
 * Without a window: a third of the lifetime before expiry (half for 10 days or less), or `renew_before`.
 */
function renewalTime(facts, current) {
    const window = facts.window;
    if (window !== undefined) {
        const span = Math.max(0, window.end.getTime() - window.start.getTime());
        const renewAt = new Date(window.start.getTime() + Math.floor(pointInWindow(current.certId ?? current.serial) * span));
        return { renewAt, renewAfter: new Date(renewAt.getTime() - facts.checkIntervalMs) };
    }
    const lifetime = current.notAfter.getTime() - current.notBefore.getTime();
    const share = lifetime <= 10 * DAY ? lifetime / 2 : lifetime / 3;
    const before = Math.max(share, facts.renewBeforeMs ?? 0);
    return { renewAfter: new Date(current.notAfter.getTime() - before) };
}
/** A number in [0, 1) from the certificate's identity: the same every run, spread evenly across certificates. */
function pointInWindow(identity) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(identity).digest().readUInt32BE(0) / 2 ** 32;
}
/** "+new.example.com, -old.example.com", or undefined when the sets are equal (case-insensitive). */
function nameChanges(wanted, current) {
    const want = new Set(wanted.map((n) => n.toLowerCase()));
    const have = new Set(current.map((n) => n.toLowerCase()));
    const added = [...want].filter((n) => !have.has(n)).map((n) => `+${n}`);
    const removed = [...have].filter((n) => !want.has(n)).map((n) => `-${n}`);
    return added.length + removed.length === 0 ? undefined : [...added, ...removed].join(', ');
}
function days(ms) {
    if (ms < DAY)
        return `${Math.max(0, Math.round(ms / 3_600_000))} hours`;
    const n = Math.floor(ms / DAY);
    return n === 1 ? '1 day' : `${n} days`;
}
function iso(date) {
    return date.toISOString().replace(/\.000Z$/, 'Z');
}


/***/ }),

/***/ 63883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ artifactDeclaration)
/* harmony export */ });
/* harmony import */ var _scure_base__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64929);
/* harmony import */ var _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26442);
// Inputs of the `artifact` destination, read and checked without loading its code (nor age's).


/** What @actions/artifact refuses in a name (NTFS and the results service). */
const INVALID_NAME_CHARACTERS = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
/** An age X25519 recipient: `age1` and 58 bech32 characters (32 bytes and a checksum). */
const X25519_RECIPIENT = /^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$/;
/** What the registry knows of `artifact` before loading its code. */
const artifactDeclaration = {
    id: 'artifact',
    inputs: [
        {
            name: 'artifact_name',
            description: 'Name of the workflow artifact (default certificate-<primary name>, a wildcard as _wildcard.<name>)',
        },
        {
            name: 'artifact_retention_days',
            description: "Days the artifact is kept, 1 to 90 (default: the repository's setting)",
        },
        {
            name: 'artifact_recipient',
            description: 'age X25519 recipient(s) (age1...; several separated by commas or new lines) the private key is encrypted to, as privkey.pem.age; empty: the artifact holds the public parts only',
        },
    ],
    readOptions(getInput, _env, s = _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_SPELLING */ .k) {
        const problems = [];
        let name = getInput('artifact_name').trim();
        if (name === '')
            name = undefined;
        else {
            const bad = INVALID_NAME_CHARACTERS.filter((c) => name?.includes(c));
            if (bad.length > 0)
                problems.push(`${s.input('artifact_name')} may not contain ${bad.map((c) => JSON.stringify(c)).join(', ')} ` +
                    '(GitHub refuses " : < > | * ? \\ / and line breaks in an artifact name)');
        }
        let retentionDays;
        const retention = getInput('artifact_retention_days').trim();
        if (retention !== '') {
            retentionDays = /^\d+$/.test(retention) ? Number(retention) : Number.NaN;
            if (!(retentionDays >= 1 && retentionDays <= 90))
                problems.push(`${s.input('artifact_retention_days')} must be a whole number of days from 1 to 90, not ${JSON.stringify(retention)} ` +
                    "(leave it empty for the repository's default)");
        }
        const recipients = getInput('artifact_recipient')
            .split(/[\s,]+/)
            .filter((r) => r !== '');
        recipients.forEach((recipient, index) => {
            const which = recipients.length > 1 ? ` (entry ${index + 1})` : '';
            // the value is never echoed: a pasted secret key must not reach the log
            if (/^AGE-SECRET-KEY-/i.test(recipient)) {
                problems.push(`${s.input('artifact_recipient')}${which} is an age identity, a secret key: give its recipient instead ` +
                    '(`age-keygen -y key.txt` prints it), and treat the pasted key as leaked');
            }
            else if (!X25519_RECIPIENT.test(recipient) || !parsesAsRecipient(recipient)) {
                problems.push(`${s.input('artifact_recipient')}${which} is not an age X25519 recipient: expected "age1" followed by 58 ` +
                    'lowercase bech32 characters, as `age-keygen` prints it ("Public key: age1...")');
            }
        });
        if (problems.length > 0)
            throw new Error(problems.join('\n'));
        return { name, retentionDays, recipients };
    },
    readsCurrent: false,
    removes: false,
};
/**
 * The bech32 checksum, the `age` prefix and the 32-byte X25519 key, checked without loading age itself: its
 * library (with post-quantum ciphers) is loaded only when a run really encrypts.
 */
function parsesAsRecipient(recipient) {
    try {
        const { prefix, words } = _scure_base__WEBPACK_IMPORTED_MODULE_1__/* .bech32 */ .I.decode(recipient);
        return prefix === 'age' && _scure_base__WEBPACK_IMPORTED_MODULE_1__/* .bech32 */ .I.fromWords(words).length === 32;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 27088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ readAcmOptions),
/* harmony export */   Tr: () => (/* binding */ acmTagValue),
/* harmony export */   rq: () => (/* binding */ awsAcmDeclaration)
/* harmony export */ });
/* unused harmony export acmKeyAlgorithm */
/* harmony import */ var _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26442);
/* harmony import */ var _aws_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26152);
/* harmony import */ var _certificate_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88196);
// Inputs of the `aws-acm` destination, read and checked without loading its code (AWS signing, HTTP client).



const ID = 'aws-acm';
const ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):\d{12}:certificate\/[A-Za-z0-9-]+$/;
/** ACM's names of the key types certalias makes. */
const KEY_ALGORITHMS = {
    'ec-p256': 'EC_prime256v1',
    'ec-p384': 'EC_secp384r1',
    'rsa-2048': 'RSA_2048',
    'rsa-3072': 'RSA_3072',
    'rsa-4096': 'RSA_4096',
};
function acmKeyAlgorithm(keyType) {
    return KEY_ALGORITHMS[keyType];
}
/** ACM tag values allow letters, digits, spaces and _.:/=+-@ only: a wildcard's `*.` is written `_wildcard.`. */
function acmTagValue(primaryName) {
    return primaryName.replace(/^\*\./, '_wildcard.');
}
function readAcmOptions(getInput, env, s = _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_SPELLING */ .k) {
    const region = (0,_aws_options_js__WEBPACK_IMPORTED_MODULE_1__/* .readAwsRegion */ .o)(getInput, env, ID, s);
    const arn = getInput('acm_certificate_arn').trim();
    if (arn !== '') {
        const match = ARN.exec(arn);
        if (!match) {
            throw new Error(`${s.input('acm_certificate_arn')} "${arn}" is not an ACM certificate ARN: arn:aws:acm:<region>:<account>:certificate/<id>`);
        }
        if (match[1] !== region) {
            throw new Error(`${s.input('acm_certificate_arn')} is in region ${match[1]} but ${s.input('aws_region')} is ${region}: a ` +
                `certificate is re-imported in its own region; set ${s.input('aws_region')} to it`);
        }
    }
    const primaryName = (0,_certificate_json_js__WEBPACK_IMPORTED_MODULE_2__/* .primaryNameOf */ .lf)(getInput);
    // the configuration checks key_type itself; its default is the action's
    const keyType = getInput('key_type').trim() || 'ec-p256';
    return {
        region,
        certificateArn: arn || undefined,
        primaryName,
        tagValue: acmTagValue(primaryName),
        keyType,
        keyAlgorithm: acmKeyAlgorithm(keyType),
    };
}
/** What the registry knows of `aws-acm` before loading its code. */
const awsAcmDeclaration = {
    id: ID,
    inputs: [
        _aws_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_REGION_INPUT */ .k,
        {
            name: 'acm_certificate_arn',
            description: 'ARN of the ACM certificate to re-import renewals into (store aws-acm). Empty: the certificate certalias ' +
                'imported before for the primary name (tag certalias = primary name), else a new one.',
        },
    ],
    readOptions: readAcmOptions,
    readsCurrent: true,
    removes: true,
    prepares: true,
};


/***/ }),

/***/ 26152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ AWS_REGION_INPUT),
/* harmony export */   o: () => (/* binding */ readAwsRegion)
/* harmony export */ });
/** Shared by both AWS destinations; it has a default ('') so that naming it for one is not a stray input of the other. */
const AWS_REGION_INPUT = {
    name: 'aws_region',
    description: 'AWS region of the certificate (store aws-acm; CloudFront reads ACM certificates from us-east-1 only) or of the ' +
        'secret (store aws-secrets-manager). Empty: AWS_REGION, else AWS_DEFAULT_REGION.',
    default: '',
};
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** `aws_region`, else the environment's region; throws naming the input when none is given or it is no region. */
function readAwsRegion(getInput, env, store, s) {
    const region = getInput('aws_region').trim() || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
    if (region === '') {
        throw new Error(`${s.input('aws_region')} is required for store ${store} (or AWS_REGION in ${s.environment}), e.g. us-east-1` +
            (store === 'aws-acm' ? ', the region CloudFront reads certificates from' : ''));
    }
    if (!REGION.test(region))
        throw new Error(`${s.input('aws_region')} "${region}" is not an AWS region, e.g. eu-west-1`);
    return region;
}


/***/ }),

/***/ 91400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ awsSecretsManagerDeclaration),
/* harmony export */   l: () => (/* binding */ readSecretsManagerOptions)
/* harmony export */ });
/* harmony import */ var _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26442);
/* harmony import */ var _aws_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26152);
// Inputs of the `aws-secrets-manager` destination, read and checked without loading its code (AWS signing, HTTP
// client).


const ID = 'aws-secrets-manager';
// Secrets Manager's own rule for names; an ARN is accepted too, for a secret that already exists.
const NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):\d{12}:secret:[A-Za-z0-9/_+=.@-]+$/;
function readSecretsManagerOptions(getInput, env, s = _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_SPELLING */ .k) {
    const region = (0,_aws_options_js__WEBPACK_IMPORTED_MODULE_1__/* .readAwsRegion */ .o)(getInput, env, ID, s);
    const secretId = getInput('aws_secret_name').trim();
    if (secretId === '') {
        throw new Error(`${s.input('aws_secret_name')} is required for store aws-secrets-manager: the secret that holds the certificate, e.g. tls/example.com`);
    }
    const arn = SECRET_ARN.exec(secretId);
    if (arn === null && (!NAME.test(secretId) || secretId.startsWith('arn:'))) {
        throw new Error(`${s.input('aws_secret_name')} "${secretId}" is not a secret name: letters, digits and /_+=.@- only, e.g. tls/example.com`);
    }
    if (arn && arn[1] !== region) {
        throw new Error(`${s.input('aws_secret_name')} is in region ${arn[1]} but ${s.input('aws_region')} is ${region}: set ${s.input('aws_region')} to it`);
    }
    return { region, secretId, kmsKeyId: getInput('aws_kms_key_id').trim() || undefined };
}
/** What the registry knows of `aws-secrets-manager` before loading its code. */
const awsSecretsManagerDeclaration = {
    id: ID,
    inputs: [
        _aws_options_js__WEBPACK_IMPORTED_MODULE_1__/* .AWS_REGION_INPUT */ .k,
        {
            name: 'aws_secret_name',
            description: 'Secret (name or ARN) that holds the certificate as JSON: certificate, chain, fullchain, private_key, ' +
                'not_after, serial, domains (store aws-secrets-manager). Created when missing; else a new version.',
        },
        {
            name: 'aws_kms_key_id',
            description: 'KMS key (id, ARN or alias) to encrypt the secret with when certalias creates it (store aws-secrets-manager). ' +
                'Empty: the account key aws/secretsmanager.',
        },
    ],
    readOptions: readSecretsManagerOptions,
    readsCurrent: true,
    removes: true,
    prepares: true,
};


/***/ }),

/***/ 59811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A8: () => (/* binding */ readKeyVaultOptions),
/* harmony export */   Hk: () => (/* binding */ azureKeyVaultDeclaration),
/* harmony export */   gn: () => (/* binding */ keyVaultCertificateName)
/* harmony export */ });
/* harmony import */ var _clouds_credentials_given_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93868);
/* harmony import */ var _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26442);
/* harmony import */ var _certificate_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88196);
// Inputs of the `azure-key-vault` destination, read and checked without loading its code (Entra sign-in, HTTP
// client).



const ID = 'azure-key-vault';
const NAME = /^[0-9A-Za-z-]{1,127}$/;
/** The default certificate name: the primary name with `.` as `-` and `*` as `wildcard` (Key Vault allows 0-9a-zA-Z-). */
function keyVaultCertificateName(primaryName) {
    return primaryName.replace(/\*/g, 'wildcard').replace(/\./g, '-');
}
function readKeyVaultOptions(getInput, env, s = _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_SPELLING */ .k) {
    const input = getInput('azure_key_vault_url').trim();
    if (input === '') {
        throw new Error(`${s.input('azure_key_vault_url')} is required for store azure-key-vault: the vault URI, e.g. https://my-vault.vault.azure.net`);
    }
    let url;
    try {
        url = new URL(input);
    }
    catch {
        throw new Error(`${s.input('azure_key_vault_url')} "${input}" is not a URL: e.g. https://my-vault.vault.azure.net`);
    }
    // plain http only to a vault emulator on this machine: the key travels in the request
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (!(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
        throw new Error(`${s.input('azure_key_vault_url')} "${input}" must be an https:// URL`);
    }
    if (url.username || url.password || url.search || url.hash || url.pathname.replace(/\/+$/, '') !== '') {
        throw new Error(`${s.input('azure_key_vault_url')} "${input}" must be the vault URI alone, e.g. https://my-vault.vault.azure.net`);
    }
    const given = getInput('azure_certificate_name').trim();
    const primaryName = (0,_certificate_json_js__WEBPACK_IMPORTED_MODULE_1__/* .primaryNameOf */ .lf)(getInput);
    const certificateName = given || keyVaultCertificateName(primaryName);
    if (!NAME.test(certificateName)) {
        throw new Error(`${s.input('azure_certificate_name')} "${certificateName}" is not a Key Vault certificate name: 1 to 127 letters, digits and -`);
    }
    if (!(0,_clouds_credentials_given_js__WEBPACK_IMPORTED_MODULE_2__/* .azureCredentialsGiven */ .T)(env)) {
        throw new Error(`store azure-key-vault needs AZURE_TENANT_ID and AZURE_CLIENT_ID in ${s.environment}, with AZURE_CLIENT_SECRET ` +
            'or a federated credential for this repository (the job then needs `permissions: id-token: write`)');
    }
    return { vaultUrl: url.origin, certificateName, primaryName };
}
/** What the registry knows of `azure-key-vault` before loading its code. */
const azureKeyVaultDeclaration = {
    id: ID,
    inputs: [
        {
            name: 'azure_key_vault_url',
            description: 'Vault URI, e.g. https://my-vault.vault.azure.net (store azure-key-vault).',
        },
        {
            name: 'azure_certificate_name',
            description: 'Name of the Key Vault certificate; a renewal adds a version (store azure-key-vault). Empty: the primary ' +
                'name with . as - and * as wildcard, e.g. wildcard-example-com.',
        },
    ],
    readOptions: readKeyVaultOptions,
    readsCurrent: true,
    removes: true,
    prepares: true,
};


/***/ }),

/***/ 88196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ documentNotTheRevoked),
/* harmony export */   UD: () => (/* binding */ currentInDocument),
/* harmony export */   lf: () => (/* binding */ primaryNameOf),
/* harmony export */   ut: () => (/* binding */ certificateJson)
/* harmony export */ });
/* unused harmony export parseCertificateJson */
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82237);
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56320);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48911);
// The one JSON document the secret-store destinations (AWS Secrets Manager, Google Secret Manager) hold, and the
// primary name the cloud destinations key their objects by.



function certificateJson(bundle) {
    const document = {
        certificate: bundle.certificate,
        chain: bundle.chain,
        fullchain: bundle.fullchain,
        private_key: bundle.privateKey,
        not_after: bundle.notAfter,
        serial: bundle.serial,
        domains: [...bundle.names],
    };
    return JSON.stringify(document);
}
/** The certificate set of a stored document; undefined when it is not one certalias wrote. Never echoes the text. */
function parseCertificateJson(text, source) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const { certificate, chain, private_key: privateKey, serial } = document ?? {};
    if (typeof certificate !== 'string' || !certificate.includes('-----BEGIN CERTIFICATE-----'))
        return undefined;
    return {
        certificate,
        ...(typeof chain === 'string' && chain !== '' ? { chain } : {}),
        ...(typeof privateKey === 'string' && privateKey.trim() !== '' ? { privateKey } : {}),
        ...(typeof serial === 'string' ? { serial } : {}),
        source,
    };
}
/** What the renewal decision reads of a stored document: its certificate set, the key masked at once. */
function currentInDocument(document, host) {
    if (document === undefined)
        return undefined;
    const found = parseCertificateJson(document.text, document.where);
    if (found?.privateKey)
        (0,_host_js__WEBPACK_IMPORTED_MODULE_2__/* .maskPem */ .r)(host, found.privateKey);
    return found;
}
/** mode: revoke: undefined when the document holds the revoked certificate, else what stays and why. */
function documentNotTheRevoked(document, revoked) {
    const held = (0,_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .heldIn */ .$f)(parseCertificateJson(document.text, document.where)?.certificate);
    return (0,_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .notTheRevoked */ .ly)(document.where, held, revoked);
}
/**
 * The certificate's primary name from the `domain` input (punycode, `*.` for a wildcard), for the destinations
 * that find or name their object by it. Empty when `domain` is not valid: the configuration reports that itself.
 */
function primaryNameOf(getInput) {
    try {
        return (0,_names_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNames */ .Gw)(getInput('domain'))[0]?.name ?? '';
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 43100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ filesDeclaration)
/* harmony export */ });
/** What the registry knows of `files` before loading its code. */
const filesDeclaration = {
    id: 'files',
    inputs: [
        {
            name: 'pfx_password',
            description: 'When set, also write cert.pfx (PKCS#12: key, leaf and chain; AES-256-CBC, PBKDF2-HMAC-SHA256, SHA-256 MAC) encrypted with this password',
            secret: true,
        },
    ],
    readOptions(getInput) {
        const pfxPassword = getInput('pfx_password');
        return pfxPassword === '' ? {} : { pfxPassword };
    },
    readsCurrent: false,
    removes: false,
};


/***/ }),

/***/ 13922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ gcpSecretManagerDeclaration),
/* harmony export */   s: () => (/* binding */ readSecretManagerOptions)
/* harmony export */ });
/* harmony import */ var _clouds_credentials_given_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93868);
/* harmony import */ var _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26442);
// Inputs of the `gcp-secret-manager` destination, read and checked without loading its code (Google sign-in,
// HTTP client).


const ID = 'gcp-secret-manager';
const SECRET_ID = /^[A-Za-z0-9_-]{1,255}$/;
const PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$|^\d+$/;
function readSecretManagerOptions(getInput, env, s = _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_SPELLING */ .k) {
    const secretId = getInput('gcp_secret_name').trim();
    if (secretId === '') {
        throw new Error(`${s.input('gcp_secret_name')} is required for store gcp-secret-manager: the secret id, e.g. tls-example-com`);
    }
    if (!SECRET_ID.test(secretId)) {
        throw new Error(`${s.input('gcp_secret_name')} "${secretId}" is not a Secret Manager secret id: letters, digits, _ and - only, e.g. tls-example-com`);
    }
    const project = getInput('gcp_project').trim();
    if (project !== '' && !PROJECT.test(project)) {
        throw new Error(`${s.input('gcp_project')} "${project}" is not a project id (e.g. my-project) or number`);
    }
    if (!(0,_clouds_credentials_given_js__WEBPACK_IMPORTED_MODULE_1__/* .googleCredentialsGiven */ .B)(env)) {
        throw new Error(`store gcp-secret-manager needs Google credentials in ${s.environment}: GCE_WORKLOAD_IDENTITY_PROVIDER and ` +
            'GCE_SERVICE_ACCOUNT_EMAIL (workload identity with the workflow OIDC token; the job needs ' +
            '`permissions: id-token: write`) or GCE_SERVICE_ACCOUNT (a service account key from a secret)');
    }
    return { project, secretId };
}
/** What the registry knows of `gcp-secret-manager` before loading its code. */
const gcpSecretManagerDeclaration = {
    id: ID,
    inputs: [
        {
            name: 'gcp_secret_name',
            description: 'Secret id that gets a new version per certificate, holding JSON: certificate, chain, fullchain, ' +
                'private_key, not_after, serial, domains (store gcp-secret-manager). Created when missing.',
        },
        {
            name: 'gcp_project',
            description: 'Project id of the secret (store gcp-secret-manager). Empty: GCE_PROJECT, else the project of the service ' +
                'account key or of GCE_SERVICE_ACCOUNT_EMAIL.',
        },
    ],
    readOptions: readSecretManagerOptions,
    readsCurrent: true,
    removes: true,
};


/***/ }),

/***/ 26406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ readGithubSecretsOptions),
/* harmony export */   Zs: () => (/* binding */ githubSecretsDeclaration),
/* harmony export */   mO: () => (/* binding */ GITHUB_VALUE_LIMIT_BYTES)
/* harmony export */ });
/* unused harmony export GITHUB_SECRETS_INPUTS */
/* harmony import */ var _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26442);
// Inputs of the `github-secrets` destination, read and checked without touching the network.

const GITHUB_SECRETS_INPUTS = [
    {
        name: 'secrets_token',
        description: 'Token that writes the secrets and the state variable (store github-secrets): a fine-grained personal access ' +
            'token or a GitHub App token with "Secrets: write" and "Variables: write" (environment scope: also ' +
            '"Environments: write"; organization scope: the organization permissions). The workflow GITHUB_TOKEN cannot ' +
            'write secrets.',
        secret: true,
    },
    {
        name: 'secret_prefix',
        description: 'Prefix of the names written (store github-secrets): <prefix>_CERTIFICATE, <prefix>_PRIVATE_KEY (secrets) and ' +
            '<prefix>_CERTIFICATE_STATE (variable); <prefix>_ACME_ACCOUNT_KEY (secret) when certalias made the ACME ' +
            'account. Upper-case letters, digits and _; not starting with a digit or GITHUB_.',
        default: 'TLS',
    },
    {
        name: 'secrets_scope',
        description: 'Where the secrets go (store github-secrets): repository (the repository running the workflow), environment ' +
            '(one of its environments, named by secrets_environment) or organization (its owner).',
        default: 'repository',
    },
    {
        name: 'secrets_environment',
        description: 'Environment name, required when secrets_scope is environment (store github-secrets).',
    },
    {
        name: 'secrets_visibility',
        description: 'Organization scope only: which repositories of the organization see the secrets and the variable: private ' +
            '(its private and internal repositories), all, or selected (the repository running the workflow is added to ' +
            'the selection; repositories already selected stay). Empty: private for the organization scope.',
    },
];
/** GitHub's limit for one secret and for one variable: 48 KB. */
const GITHUB_VALUE_LIMIT_BYTES = 48 * 1024;
const SCOPES = ['repository', 'environment', 'organization'];
const VISIBILITIES = ['private', 'all', 'selected'];
/** What the registry knows of `github-secrets` before loading its code. */
const githubSecretsDeclaration = {
    id: 'github-secrets',
    inputs: GITHUB_SECRETS_INPUTS,
    readOptions: readGithubSecretsOptions,
    readsCurrent: true,
    removes: true,
};
function readGithubSecretsOptions(getInput, env, s = _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_SPELLING */ .k) {
    const token = getInput('secrets_token').trim();
    if (!token) {
        throw new Error(`${s.input('secrets_token')} is required for store github-secrets: give a fine-grained personal access token or a GitHub ` +
            'App token with "Secrets: write" and "Variables: write" (from a secret). The workflow GITHUB_TOKEN cannot ' +
            'write secrets.');
    }
    const prefix = getInput('secret_prefix').trim() || 'TLS';
    if (!/^[A-Z0-9_]+$/.test(prefix)) {
        throw new Error(`${s.input('secret_prefix')} "${prefix}" is not a secret name prefix: use upper-case letters A-Z, digits and _ only, e.g. TLS or WWW_TLS`);
    }
    if (/^[0-9]/.test(prefix)) {
        throw new Error(`${s.input('secret_prefix')} "${prefix}" starts with a digit; GitHub secret names cannot: e.g. TLS_${prefix}`);
    }
    if (`${prefix}_`.startsWith('GITHUB_')) {
        throw new Error(`${s.input('secret_prefix')} "${prefix}" would make names starting with GITHUB_, which GitHub reserves: choose another, e.g. TLS`);
    }
    const scopeInput = (getInput('secrets_scope').trim() || 'repository').toLowerCase();
    if (!SCOPES.includes(scopeInput)) {
        throw new Error(`${s.input('secrets_scope')} "${scopeInput}" is not one of ${SCOPES.join(', ')}`);
    }
    const scope = scopeInput;
    const environmentInput = getInput('secrets_environment').trim();
    if (scope === 'environment' && !environmentInput) {
        throw new Error(`${s.input('secrets_environment')} is required when ${s.input('secrets_scope')} is environment: name the environment whose secrets get the certificate`);
    }
    if (scope !== 'environment' && environmentInput) {
        throw new Error(`${s.input('secrets_environment')} is set but ${s.input('secrets_scope')} is ${scope}: set ${s.assignment('secrets_scope', 'environment')}, or remove ${s.input('secrets_environment')}`);
    }
    const visibilityInput = getInput('secrets_visibility').trim().toLowerCase();
    if (visibilityInput && scope !== 'organization') {
        throw new Error(`${s.input('secrets_visibility')} only applies to ${s.assignment('secrets_scope', 'organization')} (the scope is ${scope}); remove it`);
    }
    const visibility = scope === 'organization' ? visibilityInput || 'private' : undefined;
    if (visibility !== undefined && !VISIBILITIES.includes(visibility)) {
        throw new Error(`${s.input('secrets_visibility')} "${visibility}" is not one of ${VISIBILITIES.join(', ')}`);
    }
    const repository = (env.GITHUB_REPOSITORY ?? '').trim();
    const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
    if (!match?.[1]) {
        throw new Error('store github-secrets needs GITHUB_REPOSITORY (owner/name), which every GitHub Actions job has; outside Actions, set it');
    }
    const repositoryId = env.GITHUB_REPOSITORY_ID?.trim() || undefined;
    if (visibility === 'selected' && !(repositoryId && /^\d+$/.test(repositoryId))) {
        throw new Error(`${s.assignment('secrets_visibility', 'selected')} adds the repository running the workflow to the selection and needs its id ` +
            '(GITHUB_REPOSITORY_ID, set in every GitHub Actions job)');
    }
    const apiInput = (env.GITHUB_API_URL ?? '').trim() || 'https://api.github.com';
    let apiUrl;
    try {
        apiUrl = new URL(apiInput);
    }
    catch {
        throw new Error(`GITHUB_API_URL "${apiInput}" is not a URL (e.g. https://api.github.com)`);
    }
    if (apiUrl.protocol !== 'https:' && apiUrl.protocol !== 'http:') {
        throw new Error(`GITHUB_API_URL "${apiInput}" is not an http(s) URL`);
    }
    return {
        token,
        prefix,
        scope,
        repository,
        owner: match[1],
        environment: scope === 'environment' ? environmentInput : undefined,
        visibility: visibility,
        repositoryId,
        apiUrl: `${apiUrl.origin}${apiUrl.pathname.replace(/\/+$/, '')}`,
    };
}


/***/ }),

/***/ 92826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZZ: () => (/* binding */ STORES),
/* harmony export */   be: () => (/* binding */ storeInputs),
/* harmony export */   yA: () => (/* binding */ ALWAYS_ON)
/* harmony export */ });
/* unused harmony export lazyStore */
/* harmony import */ var _artifact_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63883);
/* harmony import */ var _aws_acm_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27088);
/* harmony import */ var _aws_secrets_manager_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91400);
/* harmony import */ var _azure_key_vault_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59811);
/* harmony import */ var _files_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43100);
/* harmony import */ var _gcp_secret_manager_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13922);
/* harmony import */ var _github_secrets_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26406);
/* harmony import */ var _vault_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69327);








/**
 * The destination as callers see it, its implementation loaded (once) by the first call that needs it:
 * `deliver`, `readCurrent` or `remove`. Those two are present exactly when the declaration says the
 * implementation has them, so a caller can tell without loading it.
 */
function lazyStore(declaration, load) {
    let loading;
    const implementation = () => {
        loading ??= load();
        return loading;
    };
    const missing = (call) => new Error(`store ${declaration.id}: its declaration promises ${call}, which its implementation lacks`);
    return {
        ...declaration,
        create(options, context) {
            let store;
            return {
                id: declaration.id,
                async deliver(bundle) {
                    store ??= implementation().then((module) => module.create(options, context));
                    return (await store).deliver(bundle);
                },
            };
        },
        ...(declaration.readsCurrent && {
            async readCurrent(options, context) {
                const module = await implementation();
                if (module.readCurrent === undefined)
                    throw missing('readCurrent');
                return module.readCurrent(options, context);
            },
        }),
        ...(declaration.prepares && {
            async prepare(options, context) {
                const module = await implementation();
                if (module.prepare === undefined)
                    throw missing('prepare');
                return module.prepare(options, context);
            },
        }),
        ...(declaration.removes && {
            async remove(options, context, revoked) {
                const module = await implementation();
                if (module.remove === undefined)
                    throw missing('remove');
                return module.remove(options, context, revoked);
            },
        }),
    };
}
/** Each import() is a chunk of its own in the bundle, read only when the destination is used. */
const STORES = [
    lazyStore(_files_options_js__WEBPACK_IMPORTED_MODULE_4__/* .filesDeclaration */ .o, () => __webpack_require__.e(/* import() */ 6984).then(__webpack_require__.bind(__webpack_require__, 36984)).then((m) => m.filesStore)),
    lazyStore(_artifact_options_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactDeclaration */ .d, () => __webpack_require__.e(/* import() */ 4025).then(__webpack_require__.bind(__webpack_require__, 14025)).then((m) => m.artifactStore)),
    lazyStore(_github_secrets_options_js__WEBPACK_IMPORTED_MODULE_6__/* .githubSecretsDeclaration */ .Zs, () => Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(8846)]).then(__webpack_require__.bind(__webpack_require__, 58846)).then((m) => m.githubSecretsStore)),
    lazyStore(_vault_options_js__WEBPACK_IMPORTED_MODULE_7__/* .vaultDeclaration */ .TD, () => Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6933)]).then(__webpack_require__.bind(__webpack_require__, 16933)).then((m) => m.vaultStore)),
    lazyStore(_aws_acm_options_js__WEBPACK_IMPORTED_MODULE_1__/* .awsAcmDeclaration */ .rq, () => Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(9825), __webpack_require__.e(13)]).then(__webpack_require__.bind(__webpack_require__, 90094)).then((m) => m.awsAcmStore)),
    lazyStore(_aws_secrets_manager_options_js__WEBPACK_IMPORTED_MODULE_2__/* .awsSecretsManagerDeclaration */ .E, () => Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(9825), __webpack_require__.e(4325)]).then(__webpack_require__.bind(__webpack_require__, 82550)).then((m) => m.awsSecretsManagerStore)),
    lazyStore(_azure_key_vault_options_js__WEBPACK_IMPORTED_MODULE_3__/* .azureKeyVaultDeclaration */ .Hk, () => Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(2673)]).then(__webpack_require__.bind(__webpack_require__, 82673)).then((m) => m.azureKeyVaultStore)),
    lazyStore(_gcp_secret_manager_options_js__WEBPACK_IMPORTED_MODULE_5__/* .gcpSecretManagerDeclaration */ .U, () => Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(8748)]).then(__webpack_require__.bind(__webpack_require__, 48748)).then((m) => m.gcpSecretManagerStore)),
];
/** `files` is always on: the other destinations are extra places, never instead of the files. */
const ALWAYS_ON = 'files';
/** A destination's inputs matter where a certificate is found or delivered: never to `mode: check`. */
const STORE_MODES = ['issue', 'revoke', 'plan'];
function storeInputs() {
    return STORES.flatMap((store) => store.inputs.map((input) => ({ ...input, store: store.id, modes: STORE_MODES })));
}


/***/ }),

/***/ 48911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ heldIn),
/* harmony export */   a2: () => (/* binding */ refusedBefore),
/* harmony export */   ly: () => (/* binding */ notTheRevoked)
/* harmony export */ });
/* unused harmony export sameSerial */
/* harmony import */ var _pki_certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14839);
/* harmony import */ var _renewal_decide_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73622);
// mode: revoke removes from a destination only the certificate it revoked: each destination reads back what it
// holds first, and this says whether that is the one, or what was found there instead. And before an order, a
// destination that cannot take the new certificate says so.


/** The serial and names of a stored certificate (PEM or DER), read from it; undefined when it is none. */
function heldIn(certificate) {
    if (certificate === undefined)
        return undefined;
    try {
        const { serial, names } = (0,_pki_certificate_js__WEBPACK_IMPORTED_MODULE_0__/* .certificateFacts */ .lF)(certificate);
        return { serial, names };
    }
    catch {
        return undefined;
    }
}
/** Serials as hex, whatever their case, separators (ACM writes "0c:8f:...") or leading zeros. */
function sameSerial(a, b) {
    const plain = (serial) => serial
        .toLowerCase()
        .replace(/[^0-9a-f]/g, '')
        .replace(/^0+/, '');
    return plain(a) === plain(b);
}
/**
 * Undefined when `held` is the revoked certificate (by serial, or by names where no serial is kept), so the
 * destination may remove it; else what stays, saying what `where` holds. `held` undefined: something is there,
 * but not a certificate certalias wrote.
 */
function notTheRevoked(where, held, revoked) {
    if (held === undefined)
        return { left: `${where} holds data that is not a certalias certificate: left in place` };
    if (held.serial !== undefined ? sameSerial(held.serial, revoked.serial) : sameNames(held, revoked)) {
        return undefined;
    }
    return {
        left: `${where} holds ${describeHeld(held)}, not the revoked certificate (serial ${revoked.serial}, ` +
            `${revoked.names.join(', ')}): left in place`,
    };
}
function sameNames(held, revoked) {
    return held.names !== undefined && (0,_renewal_decide_js__WEBPACK_IMPORTED_MODULE_1__/* .nameChanges */ .ZP)(revoked.names, held.names) === undefined;
}
function describeHeld(held) {
    const names = held.names !== undefined && held.names.length > 0 ? held.names.join(', ') : undefined;
    if (held.serial === undefined)
        return `a certificate for ${names ?? 'no name'}`;
    return `serial ${held.serial}${names === undefined ? '' : ` (${names})`}`;
}
/**
 * The error of a destination that cannot take the next certificate: what it found, then the refusal; a refusal of
 * the credential keeps its status, so that callers tell it from a network failure.
 */
function refusedBefore(found, error, advice = '') {
    const message = `${found}: ${error instanceof Error ? error.message : String(error)}${advice}`;
    const status = error?.status;
    return Object.assign(new Error(message, { cause: error }), typeof status === 'number' ? { status } : {});
}


/***/ }),

/***/ 69327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RH: () => (/* binding */ readVaultOptions),
/* harmony export */   TD: () => (/* binding */ vaultDeclaration)
/* harmony export */ });
/* unused harmony export VAULT_INPUTS */
/* harmony import */ var _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26442);
// Inputs of the `vault` destination, read and checked without touching the network.

const VAULT_INPUTS = [
    {
        name: 'vault_addr',
        description: 'Vault address, https:// (plain http only for a Vault on this machine), e.g. https://vault.example.com:8200 (store vault).',
    },
    {
        name: 'vault_mount',
        description: 'Mount path of the KV version 2 secrets engine (store vault).',
        default: 'secret',
    },
    {
        name: 'vault_path',
        description: 'Secret path inside the mount, e.g. tls/example.com; the data goes to <mount>/data/<path> (store vault).',
    },
    {
        name: 'vault_namespace',
        description: 'Vault Enterprise / HCP namespace, sent as X-Vault-Namespace (store vault).',
    },
    {
        name: 'vault_token',
        description: 'Vault token (store vault). Prefer vault_role: the workflow logs in with its OIDC token instead.',
        secret: true,
    },
    {
        name: 'vault_role',
        description: 'Role of the JWT auth method to log in with the workflow OIDC token (store vault); the job needs ' +
            '`permissions: id-token: write`.',
    },
    {
        name: 'vault_auth_path',
        description: 'Mount path of the JWT auth method for vault_role (store vault). Empty: jwt.',
    },
    {
        name: 'vault_audience',
        description: "Audience (aud) of the OIDC token for vault_role (store vault). Empty: GitHub's default, " +
            'https://github.com/<owner>, which the role must list in bound_audiences.',
    },
];
/** What the registry knows of `vault` before loading its code. */
const vaultDeclaration = {
    id: 'vault',
    inputs: VAULT_INPUTS,
    readOptions: readVaultOptions,
    readsCurrent: true,
    removes: true,
};
function readVaultOptions(getInput, _env, s = _config_spelling_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION_SPELLING */ .k) {
    const addressInput = getInput('vault_addr').trim();
    if (!addressInput) {
        throw new Error(`${s.input('vault_addr')} is required for store vault: the Vault address, e.g. https://vault.example.com:8200`);
    }
    let url;
    try {
        url = new URL(addressInput);
    }
    catch {
        throw new Error(`${s.input('vault_addr')} "${addressInput}" is not a URL: e.g. https://vault.example.com:8200`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`${s.input('vault_addr')} "${addressInput}" must be an https:// URL`);
    }
    // the token, the OIDC login and the private key travel there
    if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
        throw new Error(`${s.input('vault_addr')} "${addressInput}" must use https:// (plain http is for a Vault on this machine only: ` +
            `127.0.0.1, ::1 or localhost); write https://${url.host}${url.pathname.replace(/\/+$/, '')}`);
    }
    if (url.username || url.password || url.search || url.hash) {
        throw new Error(`${s.input('vault_addr')} must be a plain address without credentials, query or fragment`);
    }
    const mount = vaultPath(getInput('vault_mount').trim() || 'secret', s.input('vault_mount'), 'e.g. secret or kv');
    const pathInput = getInput('vault_path').trim();
    if (!pathInput) {
        throw new Error(`${s.input('vault_path')} is required for store vault: where the certificate goes inside the mount, e.g. tls/example.com`);
    }
    const path = vaultPath(pathInput, s.input('vault_path'), 'e.g. tls/example.com');
    const namespaceInput = getInput('vault_namespace')
        .trim()
        .replace(/^\/+|\/+$/g, '');
    const namespace = namespaceInput
        ? vaultPath(namespaceInput, s.input('vault_namespace'), 'e.g. admin or admin/team')
        : undefined;
    const token = getInput('vault_token').trim();
    const role = getInput('vault_role').trim();
    if (token && role) {
        throw new Error(`give either ${s.input('vault_token')} or ${s.input('vault_role')} for store vault, not both (${s.input('vault_role')}: OIDC login, no stored token)`);
    }
    if (!token && !role) {
        throw new Error(`store vault needs a login: ${s.input('vault_role')} (a JWT auth role; the job logs in with its OIDC token and ` +
            `needs \`permissions: id-token: write\`) or ${s.input('vault_token')} (a Vault token from a secret)`);
    }
    const authPathInput = getInput('vault_auth_path').trim();
    const audienceInput = getInput('vault_audience').trim();
    if (token && (authPathInput || audienceInput)) {
        throw new Error(`${s.input('vault_auth_path')} and ${s.input('vault_audience')} apply to the OIDC login with ${s.input('vault_role')}; ` +
            `remove them with ${s.input('vault_token')}`);
    }
    const auth = token
        ? { method: 'token', token }
        : {
            method: 'jwt',
            role,
            authPath: vaultPath(authPathInput || 'jwt', s.input('vault_auth_path'), 'e.g. jwt or github-actions'),
            audience: audienceInput || undefined,
        };
    return {
        address: `${url.origin}${url.pathname.replace(/\/+$/, '')}`,
        mount,
        path,
        namespace,
        auth,
    };
}
/** Slash-separated segments, no empty, `.` or `..` segment, no control characters; `input` as spelled. */
function vaultPath(value, input, example) {
    const trimmed = value.replace(/^\/+|\/+$/g, '');
    const segments = trimmed.split('/');
    const bad = segments.find((segment) => segment === '' || segment === '.' || segment === '..');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
    if (trimmed === '' || bad !== undefined || /[\u0000-\u001f\u007f?#%\s]/.test(trimmed)) {
        throw new Error(`${input} "${value}" is not a Vault path: segments separated by single slashes, ${example}`);
    }
    return trimmed;
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}


/***/ })

};
