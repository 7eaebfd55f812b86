export const id = 4416;
export const ids = [4416];
export const modules = {

/***/ 39434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readFleetSettings)
/* harmony export */ });
/* unused harmony export GITHUB_MATRIX_MAX */
/* harmony import */ var _acme_servers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29571);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89750);
// The step-level inputs of a fleet (`certificates`): how many orders one run makes, how many certificates are
// issued at once, and how many matrix jobs a plan hands out. Pure, like the rest of the configuration.


/** GitHub refuses a matrix of more jobs than this. */
const GITHUB_MATRIX_MAX = 256;
/** The CA preset of the step's `acme_server` gives the default share of its published limits. */
function readFleetSettings(getInput) {
    const problems = [];
    const count = (name, fallback, min, max, hint) => {
        const value = getInput(name).trim();
        if (value === '')
            return fallback;
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max) {
            problems.push(`\`${name}\`: "${value}" is not ${hint} (${min} to ${max})`);
            return fallback;
        }
        return n;
    };
    const preset = _acme_servers_js__WEBPACK_IMPORTED_MODULE_0__/* .ACME_SERVERS */ .c[getInput('acme_server').trim() || 'letsencrypt']?.fleetShare;
    const maxOrdersInput = getInput('max_orders').trim();
    const maxOrders = maxOrdersInput === ''
        ? preset?.orders
        : count('max_orders', 0, 0, 100_000, '0 (no limit) or the most new orders one run makes') || undefined;
    const concurrency = count('concurrency', 8, 1, 64, 'a number of certificates issued at once');
    const maxJobs = count('max_jobs', GITHUB_MATRIX_MAX, 1, GITHUB_MATRIX_MAX, 'a number of matrix jobs');
    if (problems.length > 0)
        throw new _index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(problems);
    return {
        ...(maxOrders === undefined ? {} : { maxOrders }),
        ...(preset === undefined ? {} : { perRegisteredDomain: preset.perRegisteredDomain }),
        concurrency,
        maxJobs,
    };
}


/***/ }),

/***/ 82035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ws: () => (/* binding */ entryConfigs),
  b4: () => (/* binding */ entryLabel),
  sf: () => (/* binding */ mapLimit),
  planFleet: () => (/* binding */ planFleet),
  gV: () => (/* binding */ prefixed),
  $2: () => (/* binding */ readEntries)
});

// UNUSED EXPORTS: planSummary

// EXTERNAL MODULE: ./src/acme/ari.ts
var ari = __webpack_require__(46484);
// EXTERNAL MODULE: ./src/config/all-inputs.ts
var all_inputs = __webpack_require__(36859);
// EXTERNAL MODULE: ./src/config/fleet.ts
var fleet = __webpack_require__(39434);
// EXTERNAL MODULE: ./src/config/index.ts
var src_config = __webpack_require__(89750);
// EXTERNAL MODULE: ./src/dns/resolver.ts
var resolver = __webpack_require__(21093);
// EXTERNAL MODULE: ./src/renewal/decide.ts
var decide = __webpack_require__(73622);
// EXTERNAL MODULE: ./src/renewal/index.ts
var renewal = __webpack_require__(26708);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
;// CONCATENATED MODULE: ./src/modes/groups.ts
// mode: plan past max_jobs: the due entries in at most that many groups, each group one matrix job issuing its
// entries in one step. Entries whose names share an alias owner stay in one group (two jobs never fill one owner
// at once), and the groups are balanced by the certificates they hold. One pure function.
/** @param owners each entry's alias owners; @returns groups of entry indexes, in list order, the largest first */
function groupEntries(owners, maxJobs) {
    // entries joined through a shared owner, whatever the chain of sharing
    const parent = owners.map((_, i) => i);
    const root = (i) => {
        let r = i;
        while (parent[r] !== r)
            r = parent[r];
        parent[i] = r;
        return r;
    };
    const byOwner = new Map();
    owners.forEach((list, i) => {
        for (const owner of list) {
            const first = byOwner.get(owner);
            if (first === undefined)
                byOwner.set(owner, i);
            else
                parent[root(i)] = root(first);
        }
    });
    const components = new Map();
    owners.forEach((_, i) => {
        const r = root(i);
        components.set(r, [...(components.get(r) ?? []), i]);
    });
    // the largest first, each into the group with the fewest certificates so far
    const sorted = [...components.values()].sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
    const groups = Array.from({ length: Math.min(maxJobs, sorted.length) }, () => []);
    for (const component of sorted) {
        let smallest = groups[0];
        for (const group of groups)
            if (group.length < smallest.length)
                smallest = group;
        smallest.push(...component);
    }
    for (const group of groups)
        group.sort((a, b) => a - b);
    return groups;
}

;// CONCATENATED MODULE: ./src/modes/fleet.ts
// mode: plan: decide for every entry of `certificates` whether it is due, and hand GitHub Actions the matrix of
// those that are. No account, no order, no write: each entry's current certificate and the CA's ARI only.









/** Entries decided at once: stores and CAs limit requests per second too. */
const PARALLEL = 8;
/** Alias owners looked up at once when grouping. */
const LOOKUPS = 128;
/** Inputs an entry may not set: they shape the plan itself, not one certificate. */
const STEP_ONLY = new Set(['mode', 'certificates', 'max_orders', 'concurrency', 'max_jobs']);
/**
 * Secrets stay step inputs or env: an entry travels into the `matrix` output, which GitHub shows and passes on in
 * plain text, and the matrix job has the step's inputs anyway.
 */
const SECRET_INPUTS = new Set(all_inputs/* ALL_INPUTS */.U.filter((input) => input.secret).map((input) => input.name));
async function planFleet(host, options) {
    const started = Date.now();
    const { maxJobs } = (0,fleet/* readFleetSettings */.u)(options.getInput);
    const spelling = options.spelling ?? src_config/* ACTION_SPELLING */.km;
    const entries = await readEntries(options.getInput('certificates'), 'plan', spelling);
    const configs = entryConfigs(entries, options, host, 'plan');
    const cas = new Map();
    const caFor = (config) => {
        let ca = cas.get(config.directoryUrl);
        if (ca === undefined) {
            ca = new ari/* CaDirectory */.S(config.directoryUrl, options.context.transport, options.context.env);
            cas.set(config.directoryUrl, ca);
        }
        return ca;
    };
    // Past max_jobs the due entries are grouped by alias owner. The owners are looked up while the rest are still
    // being decided, from the first due entry past max_jobs on: a large plan waits for the two side by side.
    const owners = new Map();
    const dueSoFar = [];
    const lookup = limiter(LOOKUPS);
    const dns = new Map();
    const lookUp = (i) => {
        const config = configs[i];
        const key = config.resolvers.join(',');
        if (!dns.has(key))
            dns.set(key, new resolver/* Resolver */.xR(config.resolvers, { ipv6: (0,resolver/* ipv6FromEnv */.Dm)(options.env) }));
        owners.set(i, lookup(() => aliasOwners(config, dns.get(key))));
    };
    // An entry whose decision fails (a destination refusing the credential, or one that cannot be signed in to) is
    // failed, not due: its issuing job would stop before ordering all the same. The others are decided on.
    const outcomes = await mapLimit(configs.map((_, i) => i), PARALLEL, async (i) => {
        const config = configs[i];
        const label = entryLabel(config);
        const outcome = await (0,renewal/* decideRenewal */.V)(config, prefixed(host, `[${label}] `), options.context, caFor(config)).catch((error) => ({ failed: error.message }));
        if ('decision' in outcome && outcome.decision.due) {
            dueSoFar.push(i);
            if (dueSoFar.length > maxJobs)
                while (owners.size < dueSoFar.length)
                    lookUp(dueSoFar[owners.size]);
        }
        return outcome;
    });
    const due = entries.flatMap((_, i) => {
        const outcome = outcomes[i];
        return 'decision' in outcome && outcome.decision.due ? [i] : [];
    });
    let include = due.map((i) => ({
        ...entries[i],
        reason: outcomes[i].decision.reason,
    }));
    if (due.length > maxJobs) {
        // more due entries than jobs: each job issues a group in one step (mode: issue with certificates)
        const found = await Promise.all(due.map((i) => owners.get(i)));
        include = groupEntries(found, maxJobs).map((group) => ({
            certificates: JSON.stringify(group.map((k) => entries[due[k]])),
            count: String(group.length),
        }));
        host.info(`Plan: ${due.length} due certificate(s) in ${include.length} job(s) (max_jobs ${maxJobs}), grouped by alias owner`);
    }
    host.setOutput('matrix', JSON.stringify({ include }));
    host.setOutput('due_count', String(due.length));
    const failed = configs.flatMap((config, i) => {
        const outcome = outcomes[i];
        return 'failed' in outcome ? [`${entryLabel(config)}: ${outcome.failed}`] : [];
    });
    host.info(`Plan: ${due.length} of ${entries.length} certificate(s) due${failed.length > 0 ? `, ${failed.length} failed` : ''}, ` +
        `decided in ${((Date.now() - started) / 1000).toFixed(2)} s`);
    await host.summary(planSummary(configs, outcomes));
    // after the outputs: the matrix job can still issue the due entries (`if: !cancelled()`), and the failed run says
    // which entries need their credential fixed
    if (failed.length > 0) {
        throw new Error(`${failed.length} of ${entries.length} certificate(s) could not be decided, and are not in the matrix:\n` +
            failed.map((line) => `  - ${line}`).join('\n'));
    }
}
/** At most `limit` of the calls at once; the rest wait their turn, in order. */
function limiter(limit) {
    let active = 0;
    const waiting = [];
    return async (work) => {
        // a finished call hands its place straight to the next waiting one
        if (active < limit)
            active += 1;
        else
            await new Promise((resolve) => waiting.push(resolve));
        try {
            return await work();
        }
        finally {
            const next = waiting.shift();
            if (next === undefined)
                active -= 1;
            else
                next();
        }
    };
}
/**
 * Where an entry's values go, for grouping: the alias it names, else the end of each name's CNAME chain as the
 * resolver answers (an answer that fails counts the name as its own owner). Only to keep entries that share an
 * owner in one job: the issuing job checks every chain on every master as a single step does.
 */
async function aliasOwners(config, dns) {
    return Promise.all(config.names.map(async (name) => {
        const alias = config.alias.byName.get(name.base) ?? config.alias.all;
        if (alias !== undefined)
            return `alias ${alias}`;
        const challenge = `_acme-challenge.${name.base}`;
        try {
            const answer = await dns.recursive(challenge, 'TXT');
            const cnames = answer.answers.filter((rr) => rr.type === 'CNAME');
            return String(cnames.at(-1)?.data ?? challenge).toLowerCase();
        }
        catch {
            return challenge;
        }
    }));
}
/** `certificates`: a YAML list of mappings from input names to values. */
async function readEntries(text, mode, s) {
    const certificates = s.input('certificates');
    if (text.trim() === '') {
        throw new src_config/* ConfigError */.xL([
            `${certificates} is required for ${s.assignment('mode', mode)}: a YAML list with one entry per certificate, e.g. ` +
                '"- {domain: example.com, vault_path: tls/example.com}"',
        ]);
    }
    // loaded only for a fleet: no other run reads YAML
    const { parse } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let parsed;
    try {
        parsed = parse(text);
    }
    catch (error) {
        throw new src_config/* ConfigError */.xL([`${certificates} is not YAML: ${error.message.split('\n')[0]}`]);
    }
    if (!Array.isArray(parsed) || parsed.length === 0) {
        throw new src_config/* ConfigError */.xL([
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
        throw new src_config/* ConfigError */.xL(problems);
    return entries;
}
/**
 * Each entry read like a step's inputs: its own values first, the step's for the rest. A key the configuration
 * never asks for is no input at all (a typo such as `vaultpath`): refused, naming the entry.
 */
function entryConfigs(entries, options, host, mode) {
    const problems = [];
    const step = options.spelling ?? src_config/* ACTION_SPELLING */.km;
    // every entry asks for every input: the step's values read once, not once per entry
    const stepValues = new Map();
    const stepInput = (name) => {
        let value = stepValues.get(name);
        if (value === undefined) {
            value = options.getInput(name);
            stepValues.set(name, value);
        }
        return value;
    };
    const configs = entries.map((entry, i) => {
        const where = `${step.input('certificates')} entry ${i + 1}${entry.domain ? ` (${entry.domain})` : ''}`;
        // an entry's own keys are YAML keys of `certificates`, named as such; the rest are the step's inputs
        const own = (name) => Object.hasOwn(entry, name);
        const spelling = {
            ...step,
            input: (name) => (own(name) ? src_config/* ACTION_SPELLING */.km : step).input(name),
            assignment: (name, value) => (own(name) ? src_config/* ACTION_SPELLING */.km : step).assignment(name, value),
        };
        const secrets = Object.keys(entry).filter((key) => SECRET_INPUTS.has(key));
        for (const key of secrets)
            if (entry[key])
                host.mask(entry[key]);
        if (secrets.length > 0) {
            const [are, them] = secrets.length === 1 ? ['is a secret', 'it'] : ['are secrets', 'them'];
            problems.push(`${where}: ${secrets.map((k) => `\`${k}\``).join(', ')} ${are}, and an entry travels in plain text (the ` +
                `\`matrix\` output, the \`report\`): pass ${them} as inputs or env of the step (and of the matrix job)`);
        }
        const asked = new Set();
        const getInput = (name) => {
            asked.add(name);
            if (name === 'mode')
                return mode;
            return Object.hasOwn(entry, name) ? entry[name] : stepInput(name);
        };
        let config;
        try {
            config = (0,src_config/* readConfig */.Xg)(getInput, options.env, spelling);
            // a fleet's shared pipeline writes dns-01 values; a dns-persist-01 certificate runs as a step of its own
            if (mode === 'issue' && config.challenge === 'dns-persist-01') {
                problems.push(`${where}: ${spelling.assignment('challenge', 'dns-persist-01')} is not available in one step with ` +
                    `${step.input('certificates')} yet: use mode: plan and a matrix job per certificate`);
            }
        }
        catch (error) {
            const list = error instanceof src_config/* ConfigError */.xL ? error.problems : [error.message];
            problems.push(...list.map((p) => `${where}: ${p}`));
        }
        const unknown = Object.keys(entry).filter((key) => STEP_ONLY.has(key) || !asked.has(key));
        if (unknown.length > 0) {
            problems.push(`${where}: ${unknown.map((k) => `\`${k}\``).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not an input an entry can set`);
        }
        return config;
    });
    if (problems.length > 0)
        throw new src_config/* ConfigError */.xL(problems);
    return configs;
}
function entryLabel(config) {
    return config.names.map((n) => n.name).join(', ');
}
/**
 * An entry's lines, each with the entry's names in front. Entries run side by side, so their lines are not
 * folded into groups (two groups at once would swallow each other's lines), and the step's outputs and summary
 * are the fleet's, not an entry's.
 */
function prefixed(host, prefix) {
    // each method named: a Host may be a class instance, whose methods a spread would not copy
    return {
        mask: (secret) => host.mask(secret),
        redact: (text) => host.redact(text),
        saveState: (name, value) => host.saveState(name, value),
        getState: (name) => host.getState(name),
        summary: async () => { },
        info: (m) => host.info(`${prefix}${m}`),
        warning: (m) => host.warning(`${prefix}${m}`),
        debug: (m) => host.debug(`${prefix}${m}`),
        isDebug: () => host.isDebug(),
        group: (title, work) => {
            host.info(`${prefix}${title}`);
            return work();
        },
        idToken: (audience) => host.idToken(audience),
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
            return `| ${(0,src_text/* markdownText */.p7)(entryLabel(config))} | - | - | **failed**: ${(0,src_text/* markdownText */.p7)(outcome.failed)} |`;
        }
        const { decision, current, window } = outcome;
        return `| ${(0,src_text/* markdownText */.p7)(entryLabel(config))} | ${current ? (0,decide/* iso */.KH)(current.facts.notAfter) : '-'} | ${window ? `${(0,decide/* iso */.KH)(window.start)} to ${(0,decide/* iso */.KH)(window.end)}` : '-'} | ${decision.due ? '**due**' : 'not due'}: ${(0,src_text/* markdownText */.p7)(decision.reason)} |`;
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
