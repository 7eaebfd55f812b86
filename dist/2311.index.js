export const id = 2311;
export const ids = [2311,4416,4692,2728,2035];
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

/***/ 82311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  issueFleet: () => (/* binding */ issueFleet)
});

// UNUSED EXPORTS: fleetSummary

// EXTERNAL MODULE: ./src/acme/ari.ts
var ari = __webpack_require__(46484);
// EXTERNAL MODULE: ./src/config/fleet.ts
var fleet = __webpack_require__(39434);
// EXTERNAL MODULE: ./src/config/index.ts
var config = __webpack_require__(89750);
// EXTERNAL MODULE: ./src/dns/resolver.ts
var resolver = __webpack_require__(21093);
;// CONCATENATED MODULE: ./src/names/registered-domain.ts
// The registered domain of a name (the public suffix plus one label), as a CA counts its limits per domain: the
// public suffix list of the tldts package, private suffixes included (each github.io site is a domain of its
// own). The list is large, so it is loaded only when a fleet needs to count.
async function registeredDomains() {
    const { getDomain } = await __webpack_require__.e(/* import() */ 935).then(__webpack_require__.t.bind(__webpack_require__, 20935, 19));
    return (name) => {
        const host = name.replace(/^\*\./, '');
        // a name that is itself a public suffix, or no name the list knows: counted on its own
        return getDomain(host, { allowPrivateDomains: true }) ?? host;
    };
}

// EXTERNAL MODULE: ./src/pipeline/owners.ts
var owners = __webpack_require__(96240);
// EXTERNAL MODULE: ./src/pipeline/plan.ts
var plan = __webpack_require__(75455);
// EXTERNAL MODULE: ./src/pipeline/records.ts
var records = __webpack_require__(62728);
// EXTERNAL MODULE: ./src/providers/index.ts + 1 modules
var src_providers = __webpack_require__(97710);
;// CONCATENATED MODULE: ./src/renewal/budget.ts
// Which due certificates one run orders, within the CA's limits: the most urgent first (expired, then none at
// all, then the earliest renewal time), up to `max_orders` and the preset's share per registered domain. The rest
// wait for the next run, each with its reason. One pure function: the fleet, its tests and the log agree.
/** Expired first (the longest expired first), then those without a certificate, then by renewal time. */
function urgency(entries, now) {
    const rank = (e) => {
        if (e.notAfter === undefined)
            return [1, 0];
        if (e.notAfter.getTime() <= now.getTime())
            return [0, e.notAfter.getTime()];
        return [2, (e.renewAfter ?? e.notAfter).getTime()];
    };
    return entries
        .map((entry, i) => ({ i, rank: rank(entry) }))
        .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.i - b.i)
        .map((e) => e.i);
}
function budgetOrders(entries, limits) {
    const order = [];
    const deferred = new Map();
    const perDomain = new Map();
    for (const i of urgency(entries, limits.now)) {
        const entry = entries[i];
        if (limits.maxOrders !== undefined && order.length >= limits.maxOrders) {
            deferred.set(i, `deferred: max_orders (${limits.maxOrders}) reached in this run; the next run takes it`);
            continue;
        }
        const domains = limits.perRegisteredDomain === undefined || limits.registeredDomain === undefined || entry.replaces
            ? []
            : [...new Set(entry.names.map(limits.registeredDomain))];
        const full = domains.find((d) => (perDomain.get(d) ?? 0) >= limits.perRegisteredDomain);
        if (full !== undefined) {
            deferred.set(i, `deferred: ${limits.perRegisteredDomain} new certificates for ${full} in this run (a safe share of the CA's limit per registered domain); the next run takes it`);
            continue;
        }
        for (const d of domains)
            perDomain.set(d, (perDomain.get(d) ?? 0) + 1);
        order.push(i);
    }
    return { order, deferred };
}

// EXTERNAL MODULE: ./src/renewal/index.ts
var renewal = __webpack_require__(26708);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
// EXTERNAL MODULE: ./src/modes/fleet.ts + 1 modules
var modes_fleet = __webpack_require__(82035);
// EXTERNAL MODULE: ./src/modes/issue.ts
var issue = __webpack_require__(36195);
// EXTERNAL MODULE: ./src/modes/order.ts + 1 modules
var order = __webpack_require__(46602);
// EXTERNAL MODULE: ./src/modes/step.ts
var step = __webpack_require__(48760);
;// CONCATENATED MODULE: ./src/modes/fleet-issue.ts
// mode: issue with `certificates`: every due entry issued in this one step. Each entry is decided like a step,
// the due ones ordered within the budget (the most urgent first), a few at once, through one ACME session per
// CA and one room per alias owner; each runs the same pipeline as a single step (order.ts). One entry's failure
// stops no other; a CA's rate limit stops new orders and leaves the rest for the next run.
















async function issueFleet(host, options) {
    const started = Date.now();
    const settings = (0,fleet/* readFleetSettings */.u)(options.getInput);
    const entries = await (0,modes_fleet/* readEntries */.$2)(options.getInput('certificates'), 'issue', options.spelling ?? config/* ACTION_SPELLING */.km);
    const configs = (0,modes_fleet/* entryConfigs */.ws)(entries, options, host, 'issue');
    const { context } = options;
    const clock = () => `[${((Date.now() - started) / 1000).toFixed(2)} s]`;
    const hosts = configs.map((config) => (0,modes_fleet/* prefixed */.gV)(host, `[${(0,modes_fleet/* entryLabel */.b4)(config)}] `));
    const stageOf = (i) => (m) => hosts[i].info(`${clock()} ${m}`);
    // decide: every entry's current certificate and the CA's renewal information; one directory read per CA
    const cas = new Map();
    const caFor = (config) => {
        let ca = cas.get(config.directoryUrl);
        if (ca === undefined) {
            ca = new ari/* CaDirectory */.S(config.directoryUrl, context.transport, context.env);
            cas.set(config.directoryUrl, ca);
        }
        return ca;
    };
    const reports = configs.map((config) => ({
        names: config.names.map((n) => n.name),
        status: 'failed',
        reason: 'not decided',
    }));
    const renewals = await (0,modes_fleet/* mapLimit */.sf)(configs, settings.concurrency, async (config) => {
        const i = configs.indexOf(config);
        try {
            return await (0,renewal/* decideRenewal */.V)(config, hosts[i], context, caFor(config));
        }
        catch (error) {
            fail(reports[i], error);
            return undefined;
        }
    });
    const due = configs.flatMap((_, i) => (renewals[i]?.decision.due ? [i] : []));
    host.info(`Fleet: ${due.length} of ${configs.length} certificate(s) due`);
    // not due: kept, and handed on as a single step hands it on (files, destinations that lack it)
    await (0,modes_fleet/* mapLimit */.sf)(configs.flatMap((_, i) => (renewals[i] !== undefined && !renewals[i].decision.due ? [i] : [])), settings.concurrency, async (i) => {
        const renewal = renewals[i];
        const report = reports[i];
        Object.assign(report, { status: 'kept', reason: renewal.decision.reason });
        const facts = renewal.current?.facts;
        if (facts !== undefined) {
            Object.assign(report, { not_after: facts.notAfter.toISOString(), serial: facts.serial });
        }
        if (renewal.decision.renewAfter)
            report.renew_after = renewal.decision.renewAfter.toISOString();
        try {
            await (0,issue/* keepCurrent */.N)(configs[i], hosts[i], context, renewal, stageOf(i));
        }
        catch (error) {
            fail(report, error);
        }
    });
    // the budget: the most urgent first, the rest deferred
    const dueEntries = due.map((i) => {
        const renewal = renewals[i];
        const current = renewal.current?.facts;
        return {
            names: reports[i].names,
            ...(current === undefined ? {} : { notAfter: current.notAfter }),
            ...(renewal.decision.renewAfter === undefined ? {} : { renewAfter: renewal.decision.renewAfter }),
            replaces: renewal.replaces !== undefined,
        };
    });
    const counting = settings.perRegisteredDomain !== undefined && due.length > settings.perRegisteredDomain;
    const budget = budgetOrders(dueEntries, {
        now: new Date(),
        ...(settings.maxOrders === undefined ? {} : { maxOrders: settings.maxOrders }),
        ...(counting
            ? { perRegisteredDomain: settings.perRegisteredDomain, registeredDomain: await registeredDomains() }
            : {}),
    });
    for (const [k, reason] of budget.deferred) {
        Object.assign(reports[due[k]], { status: 'deferred', reason });
    }
    const ordered = budget.order.map((k) => due[k]);
    // one ACME session per CA and account, one provider per id, one resolver per resolver list, one room per owner
    const shared = new SharedRun(host, options);
    let rateLimit;
    await (0,modes_fleet/* mapLimit */.sf)(ordered, settings.concurrency, async (i) => {
        const config = configs[i];
        const renewal = renewals[i];
        const report = reports[i];
        const entryHost = hosts[i];
        if (rateLimit !== undefined)
            return defer(report, rateLimit.until);
        Object.assign(report, { reason: renewal.decision.reason });
        try {
            const session = shared.session(config, renewal, due.map((d) => renewals[d]));
            const dns = shared.resolver(config);
            const tracing = (0,plan/* traceChains */.EN)(config.names, dns);
            tracing.catch(() => { });
            const done = await (0,order.orderCertificate)(config, entryHost, context, renewal, stageOf(i), {
                dns,
                tracing,
                provider: shared.provider(config, entryHost),
                session,
                shared: true,
                openAccount: (connected) => shared.openAccount(connected),
                account: shared.accountKept,
                desk: shared.desk(dns),
                ledger: shared.ledger,
            });
            const { bundle, report: delivery } = done;
            Object.assign(report, {
                status: delivery.failed.length > 0 ? 'failed' : 'issued',
                reason: delivery.failed.length > 0
                    ? `issued (serial ${bundle.serial}), not delivered: ${delivery.failed.map((f) => `${f.store}: ${f.error}`).join('; ')}`
                    : renewal.decision.reason,
                not_after: bundle.notAfter,
                serial: bundle.serial,
                output_dir: config.outputDir,
                ...(done.renewAfter === undefined ? {} : { renew_after: done.renewAfter.toISOString() }),
            });
        }
        catch (error) {
            if (shared.isRateLimited(error)) {
                const until = error.retryAt;
                rateLimit = until === undefined ? {} : { until };
                entryHost.warning(`${error.message}: no new order in this run; the remaining entries wait for the next`);
                return defer(report, rateLimit.until);
            }
            entryHost.warning(`failed: ${error.message}`);
            fail(report, error);
        }
    });
    await shared.close();
    const count = (status) => reports.filter((r) => r.status === status).length;
    host.setOutput('issued_count', String(count('issued')));
    host.setOutput('deferred_count', String(count('deferred')));
    host.setOutput('failed_count', String(count('failed')));
    host.setOutput('report', JSON.stringify(reports));
    const line = `Fleet: ${count('issued')} issued, ${count('kept')} kept, ${count('deferred')} deferred, ${count('failed')} failed, in ${((Date.now() - started) / 1000).toFixed(2)} s`;
    host.info(line);
    const sent = shared.sent();
    if (sent > 0)
        host.info(`Fleet: ${sent} requests to the CA`);
    await host.summary(fleetSummary(reports));
    const failed = reports.filter((r) => r.status === 'failed');
    if (failed.length > 0) {
        throw new Error(`${failed.length} of ${reports.length} certificate(s) failed: ${failed.map((r) => `${r.names.join(', ')}: ${r.reason}`).join('; ')}`);
    }
}
function fail(report, error) {
    Object.assign(report, { status: 'failed', reason: error instanceof Error ? error.message : String(error) });
}
function defer(report, until) {
    Object.assign(report, {
        status: 'deferred',
        reason: `deferred: the CA's rate limit${until ? ` (until ${until.toISOString()})` : ''}; the next run takes it`,
    });
}
/** What the entries of one fleet share, made when the first entry needs it. */
class SharedRun {
    ledger;
    #host;
    #options;
    #sessions = new Map();
    #opened = [];
    #accounts = new Map();
    #providers = new Map();
    #resolvers = new Map();
    #desks = new Map();
    #account;
    #RateLimited;
    constructor(host, options) {
        this.#host = host;
        this.#options = options;
        this.ledger = new records/* RecordLedger */.B_((name, value) => host.saveState(name, value));
    }
    get accountKept() {
        return this.#account?.kept ?? Promise.resolve(undefined);
    }
    /** A RateLimited error comes only from a session, so the ACME module is loaded by then. */
    isRateLimited(error) {
        return this.#RateLimited !== undefined && error instanceof this.#RateLimited;
    }
    /**
     * The account key is the step's (entries hold no secrets), else one an entry's destination kept, else a new
     * one that every destination that keeps keys keeps.
     */
    session(config, renewal, renewals) {
        const key = `${config.directoryUrl} ${config.eab?.kid ?? ''} ${config.email ?? ''}`;
        let session = this.#sessions.get(key);
        if (session === undefined) {
            this.#account ??= (0,order.accountKeyFor)(config, this.#host, renewals.find((r) => r.accountKey !== undefined) ?? renewal);
            const account = this.#account;
            session = (async () => {
                const acme = await Promise.all(/* import() */[__webpack_require__.e(6044), __webpack_require__.e(9225)]).then(__webpack_require__.bind(__webpack_require__, 39225));
                this.#RateLimited = acme.RateLimited;
                const { AcmeSession } = acme;
                const connected = AcmeSession.connect({ ...(0,step/* sessionRequest */.y)(config), names: [] }, await account.key, {
                    debug: (m) => this.#host.debug(m),
                    trace: this.#host.isDebug(),
                    warning: (m) => this.#host.warning(m),
                    env: this.#options.env,
                    directory: renewal.ca.read,
                    shared: true,
                });
                this.#opened.push(connected);
                return connected;
            })();
            session.catch(() => { });
            this.#sessions.set(key, session);
        }
        // read once: the renewal time of the new certificate is asked of the same directory
        void session.then((s) => renewal.ca.adopt(s.directory())).catch(() => { });
        return session;
    }
    /**
     * The account, asked for by the first certificate whose checks pass, once for every certificate of its session:
     * a run whose every entry stops at its checks registers no account.
     */
    openAccount(session) {
        let opening = this.#accounts.get(session);
        if (opening === undefined) {
            opening = session.openAccount().then(() => {
                this.#host.info(`ACME account: ${session.accountUrl} (one session for every order of this run)`);
            });
            this.#accounts.set(session, opening);
        }
        return opening;
    }
    provider(config, host) {
        const id = (0,order.dns01Provider)(config);
        let provider = this.#providers.get(id);
        if (provider === undefined) {
            provider = (0,src_providers/* createProvider */.Qd)(id, {
                env: this.#options.env,
                host,
                resolvers: config.resolvers,
            });
            provider.catch(() => { });
            this.#providers.set(id, provider);
        }
        return provider;
    }
    resolver(config) {
        const key = config.resolvers.join(',');
        let dns = this.#resolvers.get(key);
        if (dns === undefined) {
            const { env, ipv6 } = this.#options;
            dns = new resolver/* Resolver */.xR(config.resolvers, { ipv6: ipv6 ?? (0,resolver/* ipv6FromEnv */.Dm)(env) });
            this.#resolvers.set(key, dns);
        }
        return dns;
    }
    desk(dns) {
        let desk = this.#desks.get(dns);
        if (desk === undefined) {
            desk = new owners/* OwnerDesk */.h({ dns, stage: (m) => this.#host.info(m), log: (m) => this.#host.info(m) });
            this.#desks.set(dns, desk);
        }
        return desk;
    }
    sent() {
        return this.#opened.reduce((sum, s) => sum + s.sent.requests, 0);
    }
    /** The end of the run: the sessions closed, every provider logged out. */
    async close() {
        for (const s of this.#opened)
            s.close();
        const providers = await Promise.allSettled(this.#providers.values());
        for (const p of providers) {
            if (p.status === 'fulfilled')
                await (0,src_providers/* closeProvider */.I2)(p.value, (m) => this.#host.warning(m));
        }
    }
}
function fleetSummary(reports) {
    const count = (status) => reports.filter((r) => r.status === status).length;
    const rows = reports.map((r) => `| ${(0,src_text/* markdownText */.p7)(r.names.join(', '))} | ${r.status === 'failed' ? '**failed**' : r.status} | ${r.not_after ?? '-'} | ${(0,src_text/* markdownText */.p7)(r.reason)} |`);
    return [
        `## certalias: ${reports.length} certificate(s): ${count('issued')} issued, ${count('kept')} kept, ${count('deferred')} deferred, ${count('failed')} failed`,
        '',
        '| names | result | not after | reason |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
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
