export const id = 4651;
export const ids = [4651];
export const modules = {

/***/ 34651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  issue: () => (/* binding */ issue)
});

// EXTERNAL MODULE: ./src/dns/resolver.ts
var resolver = __webpack_require__(21093);
// EXTERNAL MODULE: ./src/host.ts
var src_host = __webpack_require__(82237);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/pipeline/propagate.ts
// propagate: poll every authoritative server of each alias zone until it serves every value we wrote;
// only then may the CA validate. No fixed sleep: the interval starts short and grows. A server this machine
// cannot ask is named and not waited on; a lame one (REFUSED, SERVFAIL, NOTAUTH) stops the wait at once.


class PropagationError extends Error {
}
async function waitForPropagation(expectations, dns, options) {
    const deadline = Date.now() + options.timeoutMs;
    const zones = await Promise.all(expectations.map(async (e) => dns.zoneServers(e.zone)));
    const checks = [];
    const noted = new Set();
    expectations.forEach((expectation, i) => {
        const servers = zones[i]?.servers ?? [];
        const askable = servers.filter((server) => server.unreachable === undefined);
        if (askable.length === 0) {
            throw new PropagationError(`No server of ${expectation.zone} can be asked from here, so nothing can tell when the values are served: ${servers
                .map((s) => `${s.name} (${s.unreachable})`)
                .join('; ')}`);
        }
        for (const server of servers) {
            if (server.unreachable !== undefined) {
                const note = `Not waiting on ${server.name}, a server of ${expectation.zone}: not checked from here: ${server.unreachable}`;
                if (!noted.has(note))
                    options.log?.(note);
                noted.add(note);
            }
        }
        for (const server of askable)
            checks.push({ expectation, server });
    });
    // One lame server is enough to know the wait is in vain: the others stop polling too.
    const stop = new AbortController();
    const outcomes = await Promise.all(checks.map(async ({ expectation, server }) => {
        const outcome = await pollServer(expectation, server, dns, deadline, options, stop.signal);
        if (outcome !== undefined && 'lame' in outcome)
            stop.abort();
        return outcome;
    }));
    const lame = outcomes.flatMap((o) => (o !== undefined && 'lame' in o ? [o.lame] : []));
    if (lame.length > 0) {
        throw new PropagationError(`An authoritative server of the alias zone does not serve it, so the CA could never see the values there; the CA was not asked to validate:\n${lame
            .map((l) => `  - ${l}`)
            .join('\n')}`);
    }
    const lacking = outcomes.flatMap((o) => (o !== undefined && 'lacking' in o ? [o.lacking] : []));
    if (lacking.length > 0) {
        throw new PropagationError(`Not every authoritative server serves the challenge values after ${Math.round(options.timeoutMs / 1000)} s ` +
            `(propagation_timeout); the CA was not asked to validate:\n${lacking.map((l) => `  - ${l}`).join('\n')}`);
    }
}
/** Undefined once the server serves every value (or another one turned out lame); else what went wrong. */
async function pollServer(expectation, server, dns, deadline, options, stop) {
    let interval = options.firstIntervalMs ?? 25;
    const maxInterval = options.maxIntervalMs ?? 2000;
    let missing = expectation.values;
    let lastError = '';
    const who = `${server.name} (${server.addresses.join(', ')})`;
    for (;;) {
        if (stop.aborted)
            return undefined;
        try {
            const response = await dns.askServer(server, expectation.owner, 'TXT', { timeoutMs: 1000, tries: 1 });
            const lame = (0,resolver/* lameness */.fe)(response);
            if (lame !== undefined) {
                return {
                    lame: `${who} answers ${lame} for ${expectation.owner}: it does not serve ${expectation.zone} (a lame server); serve the zone there or take the server out of the NS set and the delegation`,
                };
            }
            const served = new Set(response.answers
                .filter((rr) => rr.type === 'TXT' && rr.name === expectation.owner)
                .map((rr) => rr.data));
            missing = expectation.values.filter((value) => !served.has(value));
            lastError = '';
            if (missing.length === 0)
                return undefined;
        }
        catch (error) {
            lastError = ` (last question failed: ${error.message})`;
        }
        const left = deadline - Date.now();
        if (left <= 0) {
            return {
                lacking: `${who} lacks ${missing.map((v) => `"${v}"`).join(', ')} at ${expectation.owner}${lastError}`,
            };
        }
        // one last question right at the deadline rather than giving up early
        try {
            await (0,promises_.setTimeout)(Math.min(interval, left), undefined, { signal: stop });
        }
        catch {
            return undefined;
        }
        interval = Math.min(maxInterval, interval * 2);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/batches.ts
// Validate in batches the CA can read. Many names behind one alias owner put all their values in one TXT answer,
// and a CA's resolver may read only 512 bytes of a UDP answer (Debian's Pebble reads no more, and sees no value
// at all beyond that). So each owner's challenges are solved in batches whose answer, with the values already at
// the owner, fits: write a batch, wait until every server serves it, let the CA validate it, remove it, then the
// next. Owners run in parallel; the order is finalized once, after every batch.
//
// Two runs filling one owner at once (matrix jobs, overlapping workflows) each count the room before the other's
// values are there, and together overflow the answer: the CA would see no value at all. So before the CA is asked,
// a run waits about as long as a write of another run that counted the room at the same moment takes to land,
// counts again, and, when the answer no longer fits, takes its batch back and tries again after a jittered,
// growing wait: one run goes first, the other waits for room. What remains: another run whose count-to-write
// takes longer than that wait, or a first server (the one counted on) that lags behind the others, can still
// overflow the answer while the CA reads it; that run's CA validation fails, and the order with it.


/** What a CA without EDNS reads of a UDP answer (RFC 1035 section 4.2.1). */
const UDP_ANSWER_BYTES = 512;
/** An ACME dns-01 value: base64url of a SHA-256 digest. */
const VALUE_LENGTH = 43;
/** The least wait between our write and the count that looks for another run's write. */
const SETTLE_MS = 100;
/** The first wait after a collision; it doubles with each one after it, up to 2^5 times. */
const COLLISION_WAIT_MS = 300;
/** Bytes of a name in a DNS message without compression: a length byte per label, the labels, the root. */
const wireLength = (name) => name.length + 2;
/**
 * How many more values of ours fit at an owner, for the longest question that leads there: the header, the
 * question, a CNAME record per hop (its target uncompressed, the worst case) and a TXT record per value
 * (owner compressed to a pointer), the values already there included.
 */
function answerCapacity(chains, present) {
    const fixed = Math.max(0, ...chains.map((chain) => {
        const question = wireLength(chain[0] ?? '') + 4;
        const cnames = chain.slice(1).reduce((sum, target) => sum + 2 + 10 + wireLength(target), 0);
        return 12 + question + cnames;
    }));
    const txt = (value) => 2 + 10 + 1 + Buffer.byteLength(value);
    const used = fixed + present.reduce((sum, value) => sum + txt(value), 0);
    return Math.max(0, Math.floor((UDP_ANSWER_BYTES - used) / txt('x'.repeat(VALUE_LENGTH))));
}
/** The challenges of each owner, with the chains that lead there. */
function ownerWork(plan, challenges) {
    return plan.owners.flatMap((group) => {
        const names = plan.names.filter((n) => n.owner === group.owner);
        const mine = challenges.filter((c) => names.some((n) => n.name.name === (c.wildcard ? `*.${c.identifier}` : c.identifier)));
        if (mine.length === 0)
            return [];
        return [{ zone: group.zone, owner: group.owner, challenges: mine, chains: names.map((n) => n.chain) }];
    });
}
/** How many values each owner takes at once now; Infinity when there is no limit. */
async function roomAt(work, run, ours) {
    if (run.size === 0)
        return Number.POSITIVE_INFINITY;
    if (run.size !== 'auto')
        return run.size;
    const served = (await run.dns.servedTxt(work.zone, work.owner)) ?? [];
    return answerCapacity(work.chains, served.filter((v) => !ours.has(v)));
}
/**
 * Solve one owner's challenges batch by batch. Another run writing to the owner leaves less room: then wait, with
 * jitter so that runs started together spread out, until there is room again (bounded by the propagation
 * timeout). Returns how many batches ran.
 */
async function solveOwner(work, run) {
    const sleep = run.sleep ?? ((ms) => (0,promises_.setTimeout)(ms));
    const random = run.random ?? Math.random;
    const ours = new Set(work.challenges.map((c) => c.value));
    const deadline = Date.now() + run.timeoutMs;
    const stayedFull = () => new Error(`${work.owner} stayed full for ${Math.round(run.timeoutMs / 1000)} s: other values leave no room for ours in a ${UDP_ANSWER_BYTES}-byte answer; give other runs their own owner, or set txt_batch_size`);
    let remaining = [...work.challenges];
    let batches = 0;
    let collisions = 0;
    while (remaining.length > 0) {
        const counted = Date.now();
        const room = await roomAt(work, run, ours);
        if (room <= 0) {
            if (Date.now() > deadline)
                throw stayedFull();
            run.log(`${work.owner}: no room in one ${UDP_ANSWER_BYTES}-byte answer (other values are there); waiting`);
            await sleep(250 + Math.floor(random() * 500));
            continue;
        }
        const batch = remaining.slice(0, room);
        const number = batches + 1;
        const values = batch.map((c) => c.value);
        const record = { zone: work.zone, owner: work.owner, values };
        await run.provider.append(work.zone, work.owner, values);
        const written = Date.now();
        run.stage(`TXT written: ${work.owner} (zone ${work.zone}): batch ${number}, ${values.length} value(s)`);
        await waitForPropagation([record], run.dns, {
            timeoutMs: Math.max(1, deadline - Date.now()),
            log: run.log,
        });
        if (run.size === 'auto') {
            // another run that counted when we did has written by now: its count-to-write took about as long as ours
            const settle = Math.max(SETTLE_MS, 2 * (written - counted)) * (1 + random());
            await sleep(Math.max(0, Math.round(written + settle - Date.now())));
            if ((await roomAt(work, run, ours)) < batch.length) {
                await run.provider.remove(work.zone, work.owner, values);
                if (Date.now() > deadline)
                    throw stayedFull();
                collisions += 1;
                const wait = Math.round(COLLISION_WAIT_MS * 2 ** Math.min(collisions - 1, 5) * (1 + random()));
                run.log(`${work.owner}: another run wrote values there at the same time, and together they overflow one ${UDP_ANSWER_BYTES}-byte answer: took batch ${number} back, trying again in ${wait} ms`);
                await sleep(wait);
                continue;
            }
        }
        batches = number;
        remaining = remaining.slice(batch.length);
        await run.validate(batch);
        run.stage(`Validation: the CA validated batch ${batches} at ${work.owner}`);
        // room for the next batch; after the last one the pipeline's cleanup removes every value anyway
        if (remaining.length > 0)
            await run.provider.remove(work.zone, work.owner, values);
    }
    return batches;
}

// EXTERNAL MODULE: ./src/pipeline/caa.ts
var pipeline_caa = __webpack_require__(4565);
// EXTERNAL MODULE: ./src/pipeline/plan.ts
var pipeline_plan = __webpack_require__(75455);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
;// CONCATENATED MODULE: ./src/pipeline/preflight.ts

class PreflightError extends Error {
}
function preflight(traced) {
    const problems = [];
    const warnings = new Set();
    const notes = new Set();
    const seen = new Set();
    for (const t of traced) {
        const certName = t.names[0]?.name ?? t.challengeName;
        for (const hop of t.hops) {
            // Names shared by several chains (the alias owner, a common hop) are judged once.
            if (seen.has(hop.name))
                continue;
            seen.add(hop.name);
            if (hop.mismatch !== undefined)
                warnings.add(hop.mismatch);
            if (hop.note !== undefined)
                notes.add(hop.note);
            for (const { server, answer } of hop.answers) {
                if (answer.kind === 'unreachable') {
                    warnings.add(`${server.name}, a server of ${hop.zone}, was not checked from here: ${answer.why}`);
                }
                // At the chain's end (the alias owner) a silent server may yet come back: propagation waits for it and
                // names it at the timeout. A CNAME owner that cannot be checked stops the run.
                if (answer.kind === 'failed' && hop.next === undefined) {
                    warnings.add(`${server.name} (${server.addresses.join(', ')}), a server of ${hop.zone}, did not answer for ${hop.name} (${answer.error}); propagation waits for it`);
                }
            }
            problems.push(...judgeHop(hop, certName));
        }
    }
    if (problems.length > 0) {
        throw new PreflightError(`Not every authoritative server publishes the same _acme-challenge CNAME; nothing was ordered or written:\n${problems
            .map((p) => `  - ${p}`)
            .join('\n')}\nPublish the same CNAME in every DNS provider serving the zone (and serve each zone on every server its NS set and delegation name), then run again.`);
    }
    return { warnings: [...warnings], notes: [...notes] };
}
function judgeHop(hop, certName) {
    const asked = hop.answers.filter((a) => a.answer.kind !== 'unreachable');
    if (asked.length === 0) {
        return [
            `no server of ${hop.zone} can be asked from here for ${hop.name}: ${hop.answers
                .map(({ server, answer }) => `${server.name} (${answer.kind === 'unreachable' ? answer.why : ''})`)
                .join('; ')}`,
        ];
    }
    const holders = asked
        .filter((a) => a.answer.kind === 'cname' && a.answer.target === hop.next)
        .map((a) => a.server.name);
    const why = hop.next !== undefined && holders.length < asked.length
        ? `, as ${holders.join(', ')} publish${holders.length === 1 ? 'es' : ''}`
        : '';
    const problems = [];
    for (const { server, answer } of asked) {
        const problem = judgeAnswer(server, answer, hop, `(for ${certName}${why})`);
        if (problem !== undefined)
            problems.push(problem);
    }
    return problems;
}
function judgeAnswer(server, answer, hop, reason) {
    const who = `${server.name} (${server.addresses.join(', ')}), a server of ${hop.zone},`;
    switch (answer.kind) {
        case 'unreachable':
            return undefined;
        case 'failed':
            return hop.next === undefined ? undefined : `${who} did not answer for ${hop.name}: ${answer.error}`;
        case 'lame':
            return `${who} answers ${answer.why} for ${hop.name}: it does not serve ${hop.zone} (a lame server); serve the zone there or take the server out of the NS set and the delegation`;
        case 'invalid':
            return `${who} answers CNAME ${(0,src_text/* quote */.hD)(answer.target)} for ${hop.name}, which is no host name (${answer.why}); publish a CNAME to the alias owner there`;
        case 'cname':
            if (answer.target === hop.next)
                return undefined;
            break;
        case 'none':
            if (hop.next === undefined)
                return undefined;
            break;
    }
    const answered = answer.kind === 'cname'
        ? `CNAME ${answer.target}`
        : answer.rcode === 'NXDOMAIN'
            ? 'NXDOMAIN (no such name)'
            : `no CNAME (${answer.rcode}, empty answer)`;
    const wanted = hop.next === undefined ? 'no CNAME' : `CNAME ${hop.next}`;
    return `${who} answers ${answered} for ${hop.name}; expected ${wanted} ${reason}`;
}

// EXTERNAL MODULE: ./src/pipeline/records.ts
var pipeline_records = __webpack_require__(62728);
// EXTERNAL MODULE: ./src/pipeline/summary.ts
var summary = __webpack_require__(56174);
// EXTERNAL MODULE: ./src/pki/certificate.ts
var certificate = __webpack_require__(14839);
// EXTERNAL MODULE: ./src/pki/keys.ts
var keys = __webpack_require__(34390);
// EXTERNAL MODULE: ./src/providers/index.ts + 1 modules
var providers = __webpack_require__(97710);
// EXTERNAL MODULE: ./src/renewal/index.ts
var src_renewal = __webpack_require__(26708);
// EXTERNAL MODULE: ./src/stores/deliver.ts
var deliver = __webpack_require__(2079);
// EXTERNAL MODULE: ./src/stores/files/index.ts + 1 modules
var stores_files = __webpack_require__(36984);
// EXTERNAL MODULE: ./src/modes/step.ts
var step = __webpack_require__(48760);
;// CONCATENATED MODULE: ./src/modes/order.ts
















async function issue(config, host, options, context, renewal, stage) {
    const dns = new resolver/* Resolver */.xR(config.resolvers, { ipv6: options.ipv6 ?? (0,resolver/* ipv6FromEnv */.Dm)(options.env) });
    // The CNAME questions go out first: their answers travel while the provider's and the ACME code load. Both
    // are awaited below; until then a failure is held, not reported as unhandled.
    const tracing = (0,pipeline_plan/* traceChains */.EN)(config.names, dns);
    tracing.catch(() => { });
    // CAA is a best-effort check: read beside the rest, judged once the CA's identities are known
    const caa = new pipeline_caa/* CaaReader */.tn(dns);
    caa.prefetch(config.names);
    // Loaded only now: a run that renews nothing never pays for the ACME client.
    const acme = Promise.all(/* import() */[__webpack_require__.e(6044), __webpack_require__.e(2161)]).then(__webpack_require__.bind(__webpack_require__, 52161));
    acme.catch(() => { });
    const provider = await (0,providers/* createProvider */.Qd)(config.provider.id, {
        env: options.env,
        host,
        resolvers: config.resolvers,
    });
    const account = accountKeyFor(config, host, renewal);
    // The directory and a first nonce are fetched while the CNAMEs and CAA are checked; the account is asked for only
    // once every check has passed, so a run that stops at them registers no account (a CA limits new accounts per
    // address). A failed check closes the session at once: no request to the CA outlives the run.
    const connecting = Promise.all([acme, account.key]).then(([{ AcmeSession }, key]) => {
        const connected = AcmeSession.connect((0,step/* sessionRequest */.y)(config), key, {
            debug: (m) => host.debug(m),
            trace: host.isDebug(),
            warning: (m) => host.warning(m),
            env: options.env,
            directory: renewal.ca.read,
        });
        // read once: the renewal time of the new certificate is asked of the same directory
        renewal.ca.adopt(connected.directory());
        return connected;
    });
    const planning = tracing.then(async (traced) => {
        for (const t of traced)
            stage(`CNAME: ${t.names.map((n) => n.name).join(', ')}: ${t.chain.join(' -> ')}`);
        const checked = preflight(traced);
        for (const note of checked.notes)
            host.info(note);
        for (const warning of checked.warnings)
            host.warning(warning);
        stage('CNAME check: every authoritative server of every zone on the chain publishes the same CNAME');
        return (0,pipeline_plan/* makePlan */.Cs)(traced, config.alias, dns);
    });
    // CAA, with the identities of the directory the session reads
    const caaChecked = connecting.then(async (connected) => (0,pipeline_caa/* caaPreflight */.zE)(config, caa, await (0,pipeline_caa/* caIdentities */.VT)(config, connected), (m) => host.warning(m)));
    const [plan, session] = await Promise.all([planning, connecting, caaChecked]).catch((error) => {
        connecting.then((connected) => connected.close()).catch(() => { });
        throw error;
    });
    // A failure from here on closes the session, so that no connection to the CA keeps the process alive.
    const { order, challenges, prepared } = await (async () => {
        await session.openAccount();
        host.info(`ACME account: ${session.accountUrl}`);
        // Last before the order: a destination that must change to take the certificate changes only when the rest
        // of the setup holds.
        const prepared = await (0,deliver/* prepareAll */.bE)(config.stores, context);
        for (const line of prepared.done)
            stage(`Before the order (${line})`);
        const ordered = await session
            .order(renewal.replaces, (why) => host.warning(`The CA refused the order as a replacement of ${renewal.replaces} (${why}); ordering without it`))
            .catch(async (error) => {
            await undoPreparations(prepared, host);
            throw error;
        });
        return { ...ordered, prepared };
    })().catch((error) => {
        session.close();
        throw error;
    });
    stage(`Order created at ${config.acmeServer}${order.request.replaces ? ` (replaces ${order.request.replaces})` : ''}: ${challenges.length} challenge(s) to solve`);
    const certificateKey = (0,keys.makePrivateKey)(config.keyType);
    const records = (0,pipeline_records/* recordsFor */.Y5)(plan, challenges);
    // Saved before writing: a crash mid-write still leaves the post step a list to clean up.
    host.saveState(pipeline_records/* STATE_PROVIDER */.Ui, config.provider.id);
    host.saveState(pipeline_records/* STATE_RECORDS */.Np, JSON.stringify(records));
    let bundle;
    const batches = new Map();
    try {
        const work = ownerWork(plan, challenges);
        const run = {
            provider,
            dns,
            validate: (batch) => session.validate(batch),
            size: config.txtBatchSize,
            timeoutMs: config.propagationTimeoutMs,
            stage,
            log: (m) => host.info(m),
        };
        const rooms = await Promise.all(work.map((w) => roomAt(w, run, new Set(w.challenges.map((c) => c.value)))));
        if (work.every((w, i) => w.challenges.length <= rooms[i])) {
            // every owner's values fit in one answer: one write each, one wait, the whole order validated at once
            await (0,pipeline_records/* writeRecords */.Wh)(provider, records);
            for (const r of records)
                stage(`TXT written: ${r.owner} (zone ${r.zone}): ${r.values.length} value(s)`);
            // the detail of a wait (which server lacks what, while it lasts) folded; the outcome a line of its own
            await host.group('Propagation: asking every authoritative server of each alias zone', () => waitForPropagation(records, dns, {
                timeoutMs: config.propagationTimeoutMs,
                log: (m) => host.info(m),
            }));
            stage('Propagation: every authoritative server of each alias zone serves every value');
            await session.validate(challenges);
        }
        else {
            await host.group(`Batches: ${work.length} owner(s), validated a batch at a time`, () => Promise.all(work.map(async (w) => batches.set(w.owner, await solveOwner(w, run)))));
            for (const [owner, count] of batches)
                host.info(`Batches: ${owner}: ${count}`);
        }
        stage('Validation: the CA validated every challenge');
        const issued = await session.finalize(order, await certificateKey);
        (0,src_host/* maskPem */.r)(host, issued.privateKey);
        // The files first, before anything else can fail: a certificate once issued is never lost.
        const files = await (0,stores_files.writeCertificateFiles)(config.outputDir, issued);
        stage(`Files: ${config.outputDir}`);
        bundle = certificateBundle(config, issued, files, await account.kept);
    }
    catch (error) {
        await undoPreparations(prepared, host);
        throw error;
    }
    finally {
        session.close();
        if (await (0,pipeline_records/* removeRecords */.DR)(provider, records, (m) => host.warning(m))) {
            host.saveState(pipeline_records/* STATE_RECORDS */.Np, '[]');
            stage('Cleanup: removed the values this run wrote');
        }
        await (0,providers/* closeProvider */.I2)(provider, (m) => host.warning(m));
    }
    const renewAfter = await (0,src_renewal/* renewAfterIssued */.L)(config, renewal.ca, (0,certificate/* certificateFacts */.lF)(bundle.certificate));
    (0,step/* setCertificateOutputs */.U)(host, { ...bundle, fullchain: bundle.fullchain, issued: true, renewAfter });
    const stores = config.stores.map((selected) => selected.module.create(selected.options, context));
    const report = await host.group(`Delivery: ${config.stores.map((s) => s.module.id).join(', ')}`, () => (0,deliver/* deliverAll */.F0)(stores, bundle));
    for (const { delivery } of report.delivered) {
        for (const [name, value] of Object.entries(delivery.outputs ?? {}))
            host.setOutput(name, value);
    }
    for (const d of report.delivered)
        stage(`Delivered (${d.store}): ${d.delivery.destination}`);
    for (const d of report.delivered)
        for (const note of d.delivery.notes ?? [])
            host.info(note);
    for (const f of report.failed)
        host.warning(`Not delivered (${f.store}): ${f.error}`);
    await host.summary((0,summary/* summaryMarkdown */.e)({ plan, issuer: bundle.issuer, bundle, report, renewal, renewAfter, batches }));
    if (report.failed.length > 0)
        throw (0,deliver/* deliveryError */.LT)(report);
}
/** The run failed before delivering: what the destinations changed for it goes back as it was found. */
async function undoPreparations(prepared, host) {
    for (const line of await prepared.undo())
        host.warning(`Put back (${line})`);
}
function certificateBundle(config, issued, files, account) {
    const facts = (0,certificate/* certificateFacts */.lF)(issued.certificate);
    return {
        names: config.names.map((n) => n.name),
        certificate: issued.certificate,
        chain: issued.chain,
        fullchain: issued.fullchain,
        privateKey: issued.privateKey,
        notAfter: facts.notAfter.toISOString(),
        serial: facts.serial,
        issuer: facts.issuer,
        files: { directory: config.outputDir, ...files },
        ...(account === undefined ? {} : { account }),
    };
}
/**
 * The ACME account key: `account_key`, else the one an earlier run kept in a destination, else a new one that
 * the destinations keep (`kept`). One account across runs: no new-account rate limit, and a renewal that
 * names the certificate it replaces comes from the account that ordered it.
 */
function accountKeyFor(config, host, renewal) {
    if (config.accountKey !== undefined) {
        host.info('ACME account key: from account_key');
        return { key: Promise.resolve(config.accountKey), kept: Promise.resolve(undefined) };
    }
    if (renewal.accountKey !== undefined) {
        host.info('ACME account key: the one an earlier run kept in the store');
        const key = renewal.accountKey;
        return { key: Promise.resolve(key), kept: Promise.resolve({ key, made: false }) };
    }
    const keeps = config.stores.some((s) => s.module.id === 'vault' || s.module.id === 'github-secrets');
    host.info(keeps
        ? 'ACME account key: none given or kept yet; a new one is made and kept in the store for the next runs'
        : 'ACME account key: none given; a new one is made for this run (set account_key to keep one account)');
    const key = (0,keys.makePrivateKey)('ec-p256').then((pem) => {
        (0,src_host/* maskPem */.r)(host, pem);
        return pem;
    });
    return { key, kept: key.then((pem) => ({ key: pem, made: true })) };
}


/***/ }),

/***/ 4565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VT: () => (/* binding */ caIdentities),
/* harmony export */   tn: () => (/* binding */ CaaReader),
/* harmony export */   zE: () => (/* binding */ caaPreflight)
/* harmony export */ });
/* unused harmony export PRESET_CAA_IDENTITIES */
/* harmony import */ var _dns_resolver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21093);

/** The CAA identities of the CA presets whose directories publish none. */
const PRESET_CAA_IDENTITIES = {
    letsencrypt: ['letsencrypt.org'],
    'letsencrypt-staging': ['letsencrypt.org'],
    zerossl: ['sectigo.com'],
    google: ['pki.goog'],
    'google-staging': ['pki.goog'],
    buypass: ['buypass.com'],
    sslcom: ['ssl.com'],
};
/**
 * A best-effort check: the CA looks itself, so a run is not held for it. Every lookup of one reader ends within
 * this deadline from the reader's start, which is as the run starts, beside the questions the run needs.
 */
class CaaReader {
    dns;
    deadlineMs;
    #sets = new Map();
    #deadline;
    constructor(dns, deadlineMs = _dns_resolver_js__WEBPACK_IMPORTED_MODULE_0__/* .BEST_EFFORT_MS */ .F3) {
        this.dns = dns;
        this.deadlineMs = deadlineMs;
        this.#deadline = AbortSignal.timeout(deadlineMs);
    }
    /** Start reading the record sets that apply to these names now; verdict() waits for what is still out. */
    prefetch(names) {
        for (const name of names)
            for (const level of levelsOf(name))
                void this.#at(level);
    }
    /** The CAA records at exactly `domain` (following CNAMEs); an Error when it could not be read. */
    #at(domain) {
        let set = this.#sets.get(domain);
        if (set === undefined) {
            set = this.dns
                .recursive(domain, 'CAA', { timeoutMs: this.deadlineMs / 2, tries: 2, signal: this.#deadline })
                .then((response) => response.answers.filter((rr) => rr.type === 'CAA').map((rr) => rr.data), (error) => this.#deadline.aborted
                ? new Error(`no answer within ${this.deadlineMs / 1000} s`)
                : error instanceof Error
                    ? error
                    : new Error(String(error)));
            this.#sets.set(domain, set);
        }
        return set;
    }
    async verdict(name, identities) {
        // every level at once: a slow level costs one lookup's time, not its share of a serial climb
        const levels = levelsOf(name);
        const sets = await Promise.all(levels.map((level) => this.#at(level)));
        for (const [i, set] of sets.entries()) {
            const at = levels[i];
            if (set instanceof Error) {
                // a failure at the top-level domain says little (the test bed has none); below it, it hides the answer
                if (i === levels.length - 1)
                    continue;
                return {
                    name: name.name,
                    status: 'unknown',
                    at,
                    records: [],
                    detail: `CAA at ${at} could not be read: ${set.message}`,
                };
            }
            if (set.length === 0)
                continue;
            return judge(name, at, set, identities);
        }
        return {
            name: name.name,
            status: 'allowed',
            records: [],
            detail: 'no CAA record applies: any CA may issue',
        };
    }
}
/** The name and each of its parents: `a.example.com`, `example.com`, `com`. */
function levelsOf(name) {
    return name.base.split('.').map((_, i, labels) => labels.slice(i).join('.'));
}
function judge(name, at, set, identities) {
    const records = set.map((r) => `${at} CAA ${r.critical ? 128 : 0} ${r.tag} "${r.value}"`);
    const unknownCritical = set.find((r) => r.critical && !['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone'].includes(r.tag));
    if (unknownCritical !== undefined) {
        return {
            name: name.name,
            status: 'forbidden',
            at,
            records,
            detail: `a critical CAA property "${unknownCritical.tag}" no CA may ignore`,
        };
    }
    const wild = set.filter((r) => r.tag === 'issuewild');
    const applicable = name.wildcard && wild.length > 0 ? wild : set.filter((r) => r.tag === 'issue');
    if (applicable.length === 0) {
        return {
            name: name.name,
            status: 'allowed',
            at,
            records,
            detail: `CAA at ${at} names no issuer${name.wildcard ? ' for wildcards' : ''}: any CA may issue`,
        };
    }
    const issuers = applicable.map((r) => (r.value.split(';')[0] ?? '').trim().toLowerCase());
    const allowed = identities.find((id) => issuers.includes(id.toLowerCase()));
    if (allowed !== undefined) {
        return { name: name.name, status: 'allowed', at, records, detail: `CAA at ${at} allows ${allowed}` };
    }
    const tag = name.wildcard && wild.length > 0 ? 'issuewild' : 'issue';
    return {
        name: name.name,
        status: 'forbidden',
        at,
        records,
        detail: `CAA at ${at} lets ${issuers.filter(Boolean).join(', ') || 'no CA'} issue${name.wildcard ? ' wildcards' : ''}, not ${identities.join(' or ')} (${tag})`,
    };
}
/** The CA's CAA identities: its directory's meta.caaIdentities, else the preset's known one; [] when unknown. */
async function caIdentities(config, ca) {
    try {
        const meta = (await ca.directory()).meta;
        if (Array.isArray(meta?.caaIdentities) && meta.caaIdentities.length > 0)
            return meta.caaIdentities.map(String);
    }
    catch {
        // whoever needs the directory next says why it could not be read
    }
    return [...(PRESET_CAA_IDENTITIES[config.acmeServer.toLowerCase()] ?? [])];
}
/**
 * Part of the preflight of an issuing run: a name whose CAA forbids the CA stops the run before any order or
 * write, naming the record. A record set that cannot be read from here is a warning: the CA reads it itself.
 */
async function caaPreflight(config, reader, identities, warn) {
    if (identities.length === 0)
        return;
    const verdicts = await Promise.all(config.names.map((name) => reader.verdict(name, identities)));
    for (const v of verdicts)
        if (v.status === 'unknown')
            warn(`CAA: ${v.name}: ${v.detail}`);
    const forbidden = verdicts.filter((v) => v.status === 'forbidden');
    if (forbidden.length > 0) {
        throw new Error([
            'CAA records forbid this CA for some names; nothing was ordered or written:',
            ...forbidden.map((v) => `  - ${v.name}: ${v.detail}: ${v.records.join('; ')}`),
            `Add a CAA record that allows ${identities[0]} (issue, or issuewild for wildcards), or choose a CA the records allow.`,
        ].join('\n'));
    }
}


/***/ }),

/***/ 75455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ makePlan),
/* harmony export */   EN: () => (/* binding */ traceChains)
/* harmony export */ });
/* unused harmony exports PlanError, publishedTarget, resolveOwner, groupByOwner */
/* harmony import */ var _dns_resolver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21093);
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56320);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48992);



class PlanError extends Error {
}
/**
 * Follow each distinct challenge name's CNAME chain once, all in parallel, by asking every authoritative
 * server of each zone on the way: a recursive resolver may still hold the NXDOMAIN it cached before the CNAME
 * was published (the first run after setting it up), and the CA asks afresh. The resolver only finds zones and
 * their servers.
 */
async function traceChains(names, dns) {
    const byChallenge = new Map();
    for (const name of names) {
        const challenge = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .challengeName */ .Vm)(name);
        byChallenge.set(challenge, [...(byChallenge.get(challenge) ?? []), name]);
    }
    return Promise.all([...byChallenge].map(async ([challenge, sharing]) => {
        const hops = await traceHops(challenge, dns);
        return { challengeName: challenge, chain: hops.map((h) => h.name), names: sharing, hops };
    }));
}
async function traceHops(challenge, dns) {
    const hops = [];
    let current = challenge;
    for (;;) {
        const hop = await askHop(current, dns);
        hops.push(hop);
        if (hop.next === undefined)
            return hops;
        const chain = hops.map((h) => h.name);
        if (chain.includes(hop.next)) {
            throw new PlanError(`CNAME loop: ${[...chain, hop.next].join(' -> ')}`);
        }
        if (chain.length + 1 > _dns_resolver_js__WEBPACK_IMPORTED_MODULE_0__/* .HOP_LIMIT */ .Ix + 1) {
            throw new PlanError(`CNAME chain longer than ${_dns_resolver_js__WEBPACK_IMPORTED_MODULE_0__/* .HOP_LIMIT */ .Ix} hops: ${[...chain, hop.next].join(' -> ')}`);
        }
        current = hop.next;
    }
}
/** Ask every server of the name's zone for its CNAME. */
async function askHop(name, dns) {
    const zone = await dns.zoneOf(name);
    const { servers, mismatch, note } = await dns.zoneServers(zone);
    const answers = await Promise.all(servers.map(async (server) => ({ server, answer: await askServer(server, name, dns) })));
    return { name, zone, answers, next: publishedTarget(answers.map((a) => a.answer)), mismatch, note };
}
async function askServer(server, name, dns) {
    if (server.unreachable !== undefined)
        return { kind: 'unreachable', why: server.unreachable };
    let response;
    try {
        response = await dns.askServer(server, name, 'CNAME', { timeoutMs: 1500, tries: 2 });
    }
    catch (error) {
        return { kind: 'failed', error: error.message };
    }
    const lame = (0,_dns_resolver_js__WEBPACK_IMPORTED_MODULE_0__/* .lameness */ .fe)(response);
    if (lame !== undefined)
        return { kind: 'lame', why: lame };
    const cname = response.answers.find((rr) => rr.type === 'CNAME' && rr.name === name);
    if (cname === undefined)
        return { kind: 'none', rcode: response.rcode };
    const target = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .canonical */ .$N)(cname.data);
    const why = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .hostnameProblem */ .RH)(target);
    return why === undefined ? { kind: 'cname', target } : { kind: 'invalid', target, why };
}
/** The CNAME target the servers publish; when they differ, the most common (preflight names the others). */
function publishedTarget(answers) {
    const counts = new Map();
    for (const answer of answers) {
        if (answer.kind === 'cname')
            counts.set(answer.target, (counts.get(answer.target) ?? 0) + 1);
    }
    let best;
    for (const [target, count] of counts)
        if (best === undefined || count > (counts.get(best) ?? 0))
            best = target;
    return best;
}
/** Owners for every name (checked against `domain_alias`), grouped, each with its alias zone. */
async function makePlan(traced, alias, dns) {
    const names = traced.flatMap((t) => t.names.map((name) => ({
        name,
        challengeName: t.challengeName,
        chain: t.chain,
        owner: resolveOwner(name, t.chain, alias.byName.get(name.base) ?? alias.all),
    })));
    // The owner is the end of a traced chain, whose zone the trace already found.
    const zones = new Map(traced.flatMap((t) => t.hops.map((hop) => [hop.name, hop.zone])));
    return {
        names,
        owners: await groupByOwner(names, async (owner) => zones.get(owner) ?? dns.zoneOf(owner)),
    };
}
/**
 * The owner for one name: the end of the published chain, checked against `domain_alias` when given.
 * The alias may be the full owner (`_acme-challenge.validation.example.org`) or zone-style
 * (`validation.example.org`); the published CNAME tells which was meant.
 */
function resolveOwner(name, chain, alias) {
    const challenge = chain[0];
    const end = chain[chain.length - 1];
    if (alias === undefined)
        return end;
    const candidates = [alias, `_acme-challenge.${alias}`];
    if (chain.length === 1) {
        if (candidates.includes(challenge))
            return challenge;
        throw new PlanError(`${name.name}: no CNAME is published at ${challenge}, so the CA would never see a TXT record at ${alias}. ` +
            `Publish "${challenge}. CNAME ${alias.startsWith('_acme-challenge.') ? alias : `_acme-challenge.${alias}`}." in every DNS provider of the zone.`);
    }
    if (candidates.includes(end))
        return end;
    throw new PlanError(`${name.name}: domain_alias is ${alias}, but the published CNAME chain leads elsewhere: ${chain.join(' -> ')}. ` +
        'Fix the CNAME or domain_alias so that they agree.');
}
async function groupByOwner(names, zoneOf) {
    const byOwner = new Map();
    for (const plan of names) {
        const why = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .hostnameProblem */ .RH)(plan.owner);
        if (why !== undefined)
            throw new PlanError(`${plan.name.name}: the TXT owner ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(plan.owner)} is no host name (${why})`);
        const group = byOwner.get(plan.owner) ?? [];
        group.push(plan.name);
        byOwner.set(plan.owner, group);
    }
    return Promise.all([...byOwner].map(async ([owner, groupNames]) => ({
        owner,
        zone: await zoneOf(owner),
        names: groupNames,
    })));
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
