export const id = 5392;
export const ids = [5392,9955];
export const modules = {

/***/ 89955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  accountKeyFor: () => (/* binding */ accountKeyFor),
  checkWhileConnecting: () => (/* binding */ checkWhileConnecting),
  deliverIssued: () => (/* binding */ deliverIssued),
  finalizeToFiles: () => (/* binding */ finalizeToFiles),
  issue: () => (/* binding */ issue),
  openAccount: () => (/* binding */ openAccount),
  preparedOrder: () => (/* binding */ preparedOrder),
  undoPreparations: () => (/* binding */ undoPreparations)
});

// EXTERNAL MODULE: ./src/config/index.ts + 1 modules
var src_config = __webpack_require__(6605);
// EXTERNAL MODULE: ./src/dns/resolver.ts
var resolver = __webpack_require__(21093);
// EXTERNAL MODULE: ./src/host.ts
var src_host = __webpack_require__(82237);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/pipeline/propagate.ts
var propagate = __webpack_require__(94025);
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
        await (0,propagate/* waitForPropagation */.Ft)([record], run.dns, {
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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/providers/index.ts + 1 modules
var providers = __webpack_require__(97710);
;// CONCATENATED MODULE: ./src/pipeline/deploy-hook.ts
// deploy: the `deploy_hook` shell command, run once a certificate was issued and stored, as certbot's
// --deploy-hook, lego's --run-hook and acme.sh's --reloadcmd are. It gets the files in its environment and none of
// the secrets certalias was given: it is the user's command, and may log or pass on what it sees.


/** The runner's own credentials: the job's token, and what fetches OIDC tokens and uploads artifacts. */
const RUNNER_TOKENS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'GITHUB_TOKEN',
    'GH_TOKEN',
];
/**
 * Every provider's credentials and secret settings under each name they are accepted by (not only the chosen
 * provider's: a job may hold several), and the AWS, Azure and Google credentials the destinations share.
 */
function providerSecrets() {
    const names = new Set();
    for (const descriptor of Object.values(providers/* DESCRIPTORS */.xg)) {
        for (const setting of [...descriptor.credentials, ...descriptor.settings.filter((s) => s.secret)])
            for (const name of [setting.env, ...(setting.aliases ?? [])])
                names.add(name);
    }
    return names;
}
/**
 * The hook's environment: the process's, without the inputs (INPUT_*, CERTALIAS_*: they hold the account key,
 * tokens and passwords), the providers' credentials and the runner's tokens; with CERTALIAS_* naming the files.
 */
function hookEnvironment(env, certificate) {
    const secrets = providerSecrets();
    const kept = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || secrets.has(name) || RUNNER_TOKENS.includes(name))
            continue;
        if (name.startsWith('INPUT_') || name.startsWith('CERTALIAS_'))
            continue;
        kept[name] = value;
    }
    const { files } = certificate;
    return {
        ...kept,
        CERTALIAS_CERTIFICATE_PATH: files.certificatePath,
        CERTALIAS_CHAIN_PATH: files.chainPath,
        CERTALIAS_FULLCHAIN_PATH: files.fullchainPath,
        CERTALIAS_PRIVATE_KEY_PATH: files.privateKeyPath,
        ...(certificate.pfxPath === undefined ? {} : { CERTALIAS_PFX_PATH: certificate.pfxPath }),
        CERTALIAS_CERTIFICATE_DIR: files.directory,
        CERTALIAS_DOMAINS: certificate.names.join(','),
        CERTALIAS_PRIMARY_DOMAIN: certificate.names[0] ?? '',
        CERTALIAS_SERIAL: certificate.serial,
        CERTALIAS_NOT_AFTER: certificate.notAfter,
    };
}
/**
 * Runs `command` in the system's shell and waits for it. What it prints goes to the log line by line (the
 * command line's stdout holds the outputs alone); a failure names the exit status or the signal.
 */
function runDeployHook(command, env, log) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, { shell: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
        for (const stream of [child.stdout, child.stderr]) {
            let pending = '';
            stream.setEncoding('utf8');
            stream.on('data', (chunk) => {
                const lines = (pending + chunk).split(/\r?\n/);
                pending = lines.pop() ?? '';
                for (const line of lines)
                    log(`deploy hook: ${line}`);
            });
            stream.on('end', () => {
                if (pending !== '')
                    log(`deploy hook: ${pending}`);
            });
        }
        child.on('error', (error) => reject(new Error(`The deploy hook could not start: ${error.message}`)));
        child.on('close', (code, signal) => {
            if (code === 0)
                resolve();
            else
                reject(new Error(`The deploy hook failed (${signal ? `stopped by ${signal}` : `exit status ${code}`}) after the ` +
                    'certificate was stored; a run that keeps the certificate does not run it again: deploy this one by hand'));
        });
    });
}

// EXTERNAL MODULE: ./src/pipeline/plan.ts
var pipeline_plan = __webpack_require__(75455);
// EXTERNAL MODULE: ./src/pipeline/preflight.ts
var preflight = __webpack_require__(48489);
// EXTERNAL MODULE: ./src/pipeline/records.ts
var pipeline_records = __webpack_require__(62728);
// EXTERNAL MODULE: ./src/pipeline/summary.ts
var summary = __webpack_require__(56174);
// EXTERNAL MODULE: ./src/pki/certificate.ts
var certificate = __webpack_require__(14839);
// EXTERNAL MODULE: ./src/pki/keys.ts
var keys = __webpack_require__(34390);
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
    if (config.provider === undefined)
        throw new Error('`dns_provider` is required with `challenge: dns-01`');
    const dns = new resolver/* Resolver */.xR(config.resolvers, { ipv6: options.ipv6 ?? (0,resolver/* ipv6FromEnv */.Dm)(options.env) });
    // The CNAME questions go out first: their answers travel while the provider's and the ACME code load. Both
    // are awaited below; until then a failure is held, not reported as unhandled.
    const tracing = (0,pipeline_plan/* traceChains */.EN)(config.names, dns);
    tracing.catch(() => { });
    // CAA is a best-effort check: read beside the rest, judged once the CA's identities are known
    const caa = new pipeline_caa/* CaaReader */.tn(dns);
    caa.prefetch(config.names);
    // Loaded only now: a run that renews nothing never pays for the ACME client.
    const acme = Promise.all(/* import() */[__webpack_require__.e(6044), __webpack_require__.e(9225)]).then(__webpack_require__.bind(__webpack_require__, 39225));
    acme.catch(() => { });
    const provider = await (0,providers/* createProvider */.Qd)(config.provider.id, {
        env: options.env,
        host,
        resolvers: config.resolvers,
    });
    const account = accountKeyFor(config, host, renewal);
    const issuing = { config, host, options, renewal, dns, stage };
    const { plan, session, caaAwaiting } = await checkWhileConnecting(issuing, tracing, acme, account.key, caa);
    // A failure from here on closes the session, so that no connection to the CA keeps the process alive.
    const { order, challenges, prepared } = await (async () => {
        await openAccount(issuing, session, caaAwaiting);
        return preparedOrder(issuing, context, session);
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
            const waited = await host.group('Propagation: asking every authoritative server of each alias zone', () => (0,propagate/* waitForPropagation */.Ft)(records, dns, {
                timeoutMs: config.propagationTimeoutMs,
                log: (m) => host.info(m),
            }));
            stage(`Propagation: every authoritative server of each alias zone serves every value: ${waited}`);
            await session.validate(challenges);
        }
        else {
            await host.group(`Batches: ${work.length} owner(s), validated a batch at a time`, () => Promise.all(work.map(async (w) => batches.set(w.owner, await solveOwner(w, run)))));
            for (const [owner, count] of batches)
                host.info(`Batches: ${owner}: ${count}`);
        }
        stage('Validation: the CA validated every challenge');
        bundle = await finalizeToFiles(issuing, session, order, certificateKey, account.kept);
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
    await deliverIssued(issuing, context, bundle, { plan, renewal, renewAfter, batches });
}
/**
 * The certificate issued (its files written): the outputs, every destination, the job summary, then the deploy
 * hook. A destination that fails fails the run, after the others have their certificate.
 */
async function deliverIssued(issuing, context, bundle, facts) {
    const { config, host, options, stage } = issuing;
    const { renewAfter } = facts;
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
    await host.summary((0,summary/* summaryMarkdown */.e)({ ...facts, issuer: bundle.issuer, bundle, report }));
    // The hook runs once the certificate is stored, even where a destination failed: the files are there to deploy.
    const failures = report.failed.length > 0 ? [(0,deliver/* deliveryError */.LT)(report)] : [];
    if (config.deployHook !== undefined) {
        const pfxPath = report.delivered.find((d) => d.delivery.outputs?.pfx_path)?.delivery.outputs?.pfx_path;
        const env = hookEnvironment(options.env, { ...bundle, ...(pfxPath === undefined ? {} : { pfxPath }) });
        await runDeployHook(config.deployHook, env, (line) => host.info(line)).then(() => stage('Deploy hook: done'), (error) => failures.push(error));
    }
    if (failures.length > 0)
        throw failures.length === 1 ? failures[0] : new Error(failures.map((e) => e.message).join('\n'));
}
/**
 * The order, placed last: a destination that must change to take the certificate changes only when the rest of
 * the setup holds, and goes back as it was found when the order fails.
 */
async function preparedOrder(issuing, context, session) {
    const { config, host, renewal, stage } = issuing;
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
}
/** The run failed before delivering: what the destinations changed for it goes back as it was found. */
async function undoPreparations(prepared, host) {
    for (const line of await prepared.undo())
        host.warning(`Put back (${line})`);
}
/**
 * The directory and a first nonce are fetched while the CNAMEs and CAA are checked; the account is asked for only
 * once every check has passed (openAccount), so a run that stops at them registers no account (a CA limits new
 * accounts per address). A failed check closes the session at once: no request to the CA outlives the run.
 */
async function checkWhileConnecting(issuing, tracing, acme, accountKey, caa) {
    const { config, host, options, renewal, dns, stage } = issuing;
    const connecting = Promise.all([acme, accountKey]).then(([{ AcmeSession }, key]) => {
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
        const checked = (0,preflight/* preflight */.Mz)(traced);
        for (const note of checked.notes)
            host.info(note);
        for (const warning of checked.warnings)
            host.warning(warning);
        stage(`CNAME check: every authoritative server of every zone on the chain publishes the same CNAME: ${(0,preflight/* askedServers */.Ri)(traced)}`);
        return (0,pipeline_plan/* makePlan */.Cs)(traced, config.alias, dns);
    });
    // CAA, with the identities of the directory the session reads
    const caaChecked = connecting.then(async (connected) => {
        const identities = await (0,pipeline_caa/* caIdentities */.VT)(config, connected);
        const binding = { method: config.challenge };
        const names = await (0,pipeline_caa/* caaPreflight */.zE)(config, caa, identities, (m) => host.warning(m), binding);
        return { reader: caa, identities, names };
    });
    const [plan, session, caaAwaiting] = await Promise.all([planning, connecting, caaChecked]).catch((error) => {
        connecting.then((connected) => connected.close()).catch(() => { });
        throw error;
    });
    return { plan, session, caaAwaiting };
}
/** newAccount, then the CAA records that name an account judged with this one's URL. */
async function openAccount(issuing, session, caa) {
    const { config, host } = issuing;
    await session.openAccount();
    host.info(`ACME account: ${session.accountUrl}`);
    if (caa.names.length === 0)
        return;
    const binding = { method: config.challenge, accountUri: session.accountUrl };
    await (0,pipeline_caa/* caaPreflight */.zE)(caa, caa.reader, caa.identities, (m) => host.warning(m), binding);
}
/** Finalized, and the files written first, before anything else can fail: a certificate once issued is never lost. */
async function finalizeToFiles(issuing, session, order, certificateKey, kept) {
    const { config, host, stage } = issuing;
    const issued = await session.finalize(order, await certificateKey);
    (0,src_host/* maskPem */.r)(host, issued.privateKey);
    const files = await (0,stores_files.writeCertificateFiles)(config.outputDir, issued);
    stage(`Files: ${config.outputDir}`);
    return certificateBundle(config, issued, files, await kept);
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
    const keeps = config.stores.some((s) => src_config/* KEEPS_ACCOUNT */.$F.has(s.module.id));
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

/***/ 95392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   issuePersist: () => (/* binding */ issuePersist)
/* harmony export */ });
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6605);
/* harmony import */ var _dns_resolver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21093);
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56320);
/* harmony import */ var _pipeline_caa_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4565);
/* harmony import */ var _pipeline_persist_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69965);
/* harmony import */ var _pipeline_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75455);
/* harmony import */ var _pki_certificate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14839);
/* harmony import */ var _pki_keys_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34390);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(97710);
/* harmony import */ var _renewal_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(26708);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(89955);











async function issuePersist(config, host, options, context, renewal, stage) {
    const dns = new _dns_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .Resolver */ .xR(config.resolvers, { ipv6: options.ipv6 ?? (0,_dns_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .ipv6FromEnv */ .Dm)(options.env) });
    const tracing = (0,_pipeline_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .traceChains */ .EN)(config.names, dns, _names_index_js__WEBPACK_IMPORTED_MODULE_2__/* .persistName */ .c5);
    tracing.catch(() => { });
    const caa = new _pipeline_caa_js__WEBPACK_IMPORTED_MODULE_3__/* .CaaReader */ .tn(dns);
    caa.prefetch(config.names);
    const acme = Promise.all(/* import() */[__webpack_require__.e(6044), __webpack_require__.e(9225)]).then(__webpack_require__.bind(__webpack_require__, 39225));
    acme.catch(() => { });
    const writer = publisher(config, options.env);
    if (config.accountKey === undefined && renewal.accountKey === undefined && writer.provider === undefined) {
        throw new Error(`dns-persist-01: no ACME account key was given or kept yet, so no published record can name the account, and ${writer.why}. ` +
            'Make a key (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256), pass it as `account_key` from a secret, ' +
            'and run `certalias check --challenge dns-persist-01` with it: it prints the record to publish.');
    }
    const account = (0,_order_js__WEBPACK_IMPORTED_MODULE_10__.accountKeyFor)(config, host, renewal);
    const issuing = { config, host, options, renewal, dns, stage };
    const { plan, session, caaAwaiting } = await (0,_order_js__WEBPACK_IMPORTED_MODULE_10__.checkWhileConnecting)(issuing, tracing, acme, account.key, caa);
    const { order, challenges, judged, prepared } = await (async () => {
        // the record names the account: it is opened before the record can be judged
        await (0,_order_js__WEBPACK_IMPORTED_MODULE_10__.openAccount)(issuing, session, caaAwaiting);
        const judged = await (0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_4__/* .judgeOwners */ .EZ)(plan, dns, {
            issuers: caaAwaiting.identities,
            accountUri: session.accountUrl,
            now: new Date(),
            ...(config.persistUntil === undefined ? {} : { persistUntil: config.persistUntil }),
        });
        // set before any stop: a run that fails here still says what to publish
        host.setOutput('persist_records', JSON.stringify(judged.map((j) => j.record)));
        for (const j of judged)
            for (const s of j.servers)
                host.info(`Record: ${j.group.owner} on ${(0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_4__/* .serverName */ .L5)(s.server)}: ${s.detail}`);
        const missing = judged.filter((j) => !j.ok);
        if (missing.length > 0) {
            const provider = await writer.create(host);
            if (provider === undefined)
                throw (0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_4__/* .missingRecordsError */ .Tu)(missing, writer.why);
            for (const j of missing)
                stage(`Record to publish with ${config.provider?.id}: ${(0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_4__/* .zoneLine */ .N0)(j.record)}`);
            // the detail of the wait folded, as dns-01's is; the outcome a line of its own
            await host
                .group('Publishing: then asking every authoritative server of each zone', () => (0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_4__/* .publishRecords */ .i5)(provider, missing, dns, {
                timeoutMs: config.propagationTimeoutMs,
                log: (m) => host.info(m),
            }))
                .finally(() => (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_8__/* .closeProvider */ .I2)(provider, (m) => host.warning(m)));
            stage('Published: every authoritative server of each zone serves the record (it stays for the next runs)');
        }
        stage('dns-persist-01 record: every authoritative server serves one for this CA and account');
        const ordered = await (0,_order_js__WEBPACK_IMPORTED_MODULE_10__.preparedOrder)(issuing, context, session);
        try {
            (0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_4__/* .checkChallengeIssuers */ .q4)(ordered.challenges, plan, judged);
        }
        catch (error) {
            await (0,_order_js__WEBPACK_IMPORTED_MODULE_10__.undoPreparations)(ordered.prepared, host);
            throw error;
        }
        return { ...ordered, judged };
    })().catch((error) => {
        session.close();
        throw error;
    });
    stage(`Order created at ${config.acmeServer}${order.request.replaces ? ` (replaces ${order.request.replaces})` : ''}: ${challenges.length} challenge(s) to answer, ${order.state.authorizations.length - challenges.length} valid already`);
    const certificateKey = (0,_pki_keys_js__WEBPACK_IMPORTED_MODULE_7__.makePrivateKey)(config.keyType);
    let bundle;
    try {
        await session.validate(challenges);
        stage('Validation: the CA validated every name');
        bundle = await (0,_order_js__WEBPACK_IMPORTED_MODULE_10__.finalizeToFiles)(issuing, session, order, certificateKey, account.kept);
    }
    catch (error) {
        await (0,_order_js__WEBPACK_IMPORTED_MODULE_10__.undoPreparations)(prepared, host);
        throw error;
    }
    finally {
        session.close();
    }
    const renewAfter = await (0,_renewal_index_js__WEBPACK_IMPORTED_MODULE_9__/* .renewAfterIssued */ .L)(config, renewal.ca, (0,_pki_certificate_js__WEBPACK_IMPORTED_MODULE_6__/* .certificateFacts */ .lF)(bundle.certificate));
    warnBeforeRenewal(judged, config.persistUntil, renewAfter, host);
    await (0,_order_js__WEBPACK_IMPORTED_MODULE_10__.deliverIssued)(issuing, context, bundle, { plan, renewal, renewAfter });
}
/**
 * A record that stops validating before the next renewal would make that renewal fail: said now. An owner that
 * had no record has the one this run published, which ends at `persist_until`.
 */
function warnBeforeRenewal(judged, published, renewAfter, host) {
    if (renewAfter === undefined)
        return;
    for (const j of judged) {
        const until = j.ok ? j.persistUntil : published;
        if (until !== undefined && until.getTime() <= renewAfter.getTime()) {
            host.warning(`dns-persist-01: the record at ${j.group.owner} stops validating at ${until.toISOString()} (persistUntil), before this certificate's renewal from ${renewAfter.toISOString()}: publish one that lasts longer (or one with no end) before then`);
        }
    }
}
/** The provider that publishes a missing record, when there is one with its credentials; else why there is none. */
function publisher(config, env) {
    const descriptor = config.provider;
    if (descriptor === undefined) {
        return { why: 'no dns_provider is set to publish it', create: async () => undefined };
    }
    const missing = (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .missingCredentials */ .nm)(descriptor, env);
    if (missing !== undefined) {
        return {
            why: `dns_provider ${descriptor.id} has no credentials to publish it (${missing} in the step's env)`,
            create: async () => undefined,
        };
    }
    return {
        provider: descriptor.id,
        why: '',
        create: (host) => (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_8__/* .createProvider */ .Qd)(descriptor.id, { env, host, resolvers: config.resolvers }),
    };
}


/***/ }),

/***/ 69965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q4: () => (/* binding */ checkChallengeIssuers),
  EX: () => (/* binding */ cnameAlternative),
  EZ: () => (/* binding */ judgeOwners),
  Tu: () => (/* binding */ missingRecordsError),
  i5: () => (/* binding */ publishRecords),
  L5: () => (/* binding */ serverName),
  N0: () => (/* binding */ zoneLine)
});

// UNUSED EXPORTS: PersistError

// EXTERNAL MODULE: ./src/dns/resolver.ts
var resolver = __webpack_require__(21093);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
// EXTERNAL MODULE: ./src/dns/issue-value.ts
var issue_value = __webpack_require__(5584);
;// CONCATENATED MODULE: ./src/pipeline/persist-record.ts
// The dns-persist-01 record (draft-ietf-acme-dns-persist, section 4): one TXT at `_validation-persist.<name>` (or
// the end of its CNAME chain) in RFC 8659 issue-value syntax, `<issuer>; accounturi=<account URL>[;
// policy=wildcard][; persistUntil=<unix seconds>]`. What certalias publishes, and whether what a server serves
// lets this CA validate this account's names, judged as the draft tells the CA to. Pure.


/** The TXT value of a record. */
function persistValue(record) {
    return (0,issue_value/* formatIssueValue */.eH)(record.issuer, [
        { tag: 'accounturi', value: record.accountUri },
        ...(record.wildcard ? [{ tag: 'policy', value: 'wildcard' }] : []),
        ...(record.persistUntil === undefined
            ? []
            : [{ tag: 'persistUntil', value: String(Math.floor(record.persistUntil.getTime() / 1000)) }]),
    ]);
}
/**
 * Whether one of the TXT values served at an owner validates, and if none does, why the closest one fails: a
 * record is ignored unless it names one of the CA's issuer names (several CAs and accounts may share the owner),
 * then it must name this account, be before its persistUntil, and carry policy=wildcard when a wildcard needs it.
 */
function judgePersistRecords(served, wanted) {
    if (served.length === 0)
        return { ok: false, detail: 'no TXT record' };
    const fits = served.map((value) => ({ value, fit: fitOf(value, wanted) }));
    const serving = fits.flatMap(({ value, fit }) => (fit.ok ? [{ value, ...fit }] : []));
    if (serving.length > 0) {
        // the longest-lived one decides when this owner stops validating
        const best = serving.reduce((a, b) => (a.persistUntil?.getTime() ?? Number.POSITIVE_INFINITY) >=
            (b.persistUntil?.getTime() ?? Number.POSITIVE_INFINITY)
            ? a
            : b);
        const until = best.persistUntil === undefined ? '' : `, until ${best.persistUntil.toISOString()}`;
        return {
            ok: true,
            value: best.value,
            issuer: best.issuer,
            ...(best.persistUntil === undefined ? {} : { persistUntil: best.persistUntil }),
            detail: `serves ${quoted(best.value)} (${best.issuer}, this account${until})`,
        };
    }
    const closest = fits.reduce((a, b) => ((b.fit.ok ? 0 : b.fit.rank) > (a.fit.ok ? 0 : a.fit.rank) ? b : a));
    const why = closest.fit.ok ? '' : closest.fit.why;
    return {
        ok: false,
        detail: served.length === 1
            ? `${quoted(closest.value)} ${why}`
            : `${served.length} TXT records, none for this account: ${quoted(closest.value)} ${why}`,
    };
}
function fitOf(value, wanted) {
    let record;
    try {
        record = (0,issue_value/* parseIssueValue */.WA)(value);
    }
    catch (error) {
        if (!(error instanceof issue_value/* IssueValueError */.V4))
            throw error;
        return { ok: false, rank: 0, why: `is not in issue-value syntax (${error.message})` };
    }
    const issuers = wanted.issuers.map((i) => i.toLowerCase());
    if (record.issuer === undefined || !issuers.includes(record.issuer)) {
        return {
            ok: false,
            rank: 1,
            why: `is for ${record.issuer ?? 'no issuer'}, not ${wanted.issuers.join(' or ')}`,
        };
    }
    const accounts = (0,issue_value/* parameterValues */.oM)(record, 'accounturi');
    if (accounts.length !== 1 || accounts[0] !== wanted.accountUri) {
        return {
            ok: false,
            rank: 2,
            why: accounts.length === 0
                ? 'has no accounturi'
                : accounts.length > 1
                    ? `has ${accounts.length} accounturi parameters`
                    : `names another ACME account (accounturi=${accounts[0]}), not ${wanted.accountUri}`,
        };
    }
    const until = (0,issue_value/* parameterValues */.oM)(record, 'persistuntil');
    let persistUntil;
    if (until.length > 0) {
        const seconds = until.length === 1 && /^[0-9]{1,15}$/.test(until[0]) ? Number(until[0]) : NaN;
        if (Number.isNaN(seconds)) {
            return {
                ok: false,
                rank: 3,
                why: 'has a persistUntil that is not one whole number of seconds since 1970 (a malformed record)',
            };
        }
        persistUntil = new Date(seconds * 1000);
        if (persistUntil.getTime() <= wanted.now.getTime()) {
            return { ok: false, rank: 4, why: `stopped validating at ${persistUntil.toISOString()} (persistUntil)` };
        }
    }
    if (wanted.wildcard && !(0,issue_value/* parameterValues */.oM)(record, 'policy').some((p) => p.toLowerCase() === 'wildcard')) {
        return { ok: false, rank: 5, why: 'lacks policy=wildcard, which a wildcard name needs' };
    }
    return { ok: true, issuer: record.issuer, ...(persistUntil === undefined ? {} : { persistUntil }) };
}
/** A value read from DNS, shown as the foreign text it is (quote's rule), at most 200 characters of it. */
function quoted(text) {
    return (0,src_text/* quote */.hD)(text.length > 200 ? `${text.slice(0, 200)}...` : text);
}

// EXTERNAL MODULE: ./src/pipeline/propagate.ts
var propagate = __webpack_require__(94025);
// EXTERNAL MODULE: ./src/pipeline/records.ts
var pipeline_records = __webpack_require__(62728);
;// CONCATENATED MODULE: ./src/pipeline/persist.ts





class PersistError extends Error {
}
/** Each owner of the plan, judged on every authoritative server of its zone. */
async function judgeOwners(plan, dns, account) {
    const [issuer] = account.issuers;
    if (issuer === undefined) {
        throw new PersistError('the CA names no issuer domain name (its directory has no meta.caaIdentities): the dns-persist-01 record cannot be written; choose an acme_server preset, or a CA that publishes its identities');
    }
    return Promise.all(plan.owners.map(async (group) => {
        const wildcard = group.names.some((n) => n.wildcard);
        const wanted = { issuers: account.issuers, accountUri: account.accountUri, wildcard, now: account.now };
        const { servers } = await dns.zoneServers(group.zone);
        const judged = await Promise.all(servers.map((server) => judgeServer(server, group.owner, dns, wanted)));
        const asked = judged.filter((j) => j.status !== 'skip');
        const serving = asked.flatMap((j) => (j.verdict?.ok ? [j.verdict] : []));
        const ok = asked.length > 0 && serving.length === asked.length;
        const first = serving[0];
        const ours = persistValue({
            issuer,
            accountUri: account.accountUri,
            wildcard,
            ...(account.persistUntil === undefined ? {} : { persistUntil: account.persistUntil }),
        });
        const ends = serving.flatMap((v) => (v.persistUntil === undefined ? [] : [v.persistUntil.getTime()]));
        return {
            group,
            wildcard,
            servers: judged,
            ok,
            record: { owner: group.owner, value: ok && first !== undefined ? first.value : ours },
            issuer: ok && first !== undefined ? first.issuer : issuer,
            ...(ok && ends.length > 0 ? { persistUntil: new Date(Math.min(...ends)) } : {}),
        };
    }));
}
async function judgeServer(server, owner, dns, wanted) {
    if (server.unreachable !== undefined)
        return { server, status: 'skip', detail: server.unreachable };
    let response;
    try {
        response = await dns.askServer(server, owner, 'TXT', { timeoutMs: 1500, tries: 2 });
    }
    catch (error) {
        // the CA may ask this very server: a record that cannot be seen there cannot be counted on
        return { server, status: 'fail', detail: `no answer: ${error.message}` };
    }
    const lame = (0,resolver/* lameness */.fe)(response);
    if (lame !== undefined) {
        return { server, status: 'fail', detail: `answers ${lame}: it does not serve the zone (a lame server)` };
    }
    const served = response.answers
        .filter((rr) => rr.type === 'TXT' && rr.name === owner)
        .map((rr) => String(rr.data));
    const verdict = judgePersistRecords(served, wanted);
    return { server, status: verdict.ok ? 'pass' : 'fail', detail: verdict.detail, verdict };
}
/** Where a server is, for messages: `ns1.example.org (192.0.2.1)`. */
function serverName(server) {
    return `${server.name}${server.addresses.length > 0 ? ` (${server.addresses.join(', ')})` : ''}`;
}
/** The record to publish at an owner, in zone-file form. */
function zoneLine(record) {
    return `${record.owner}. TXT ${(0,src_text/* quote */.hD)(record.value)}`;
}
/**
 * The CNAME alternative for names whose record would sit at `_validation-persist.<name>` itself: the record
 * can live in a zone with an API (or one shared by many names), reached by a CNAME, as dns-01's alias zone is.
 */
function cnameAlternative(judgement) {
    const direct = judgement.group.names.every((n) => judgement.group.owner === `_validation-persist.${n.base}`);
    if (!direct)
        return undefined;
    return `or "${judgement.group.owner}. CNAME _validation-persist.<a zone you can update>." with that TXT there (one record there serves every name whose CNAME leads to it)`;
}
/** Why the run stops before ordering: each failing server, then each record to publish. */
function missingRecordsError(missing, why) {
    const problems = missing.flatMap((j) => j.servers
        .filter((s) => s.status === 'fail')
        .map((s) => `  - ${j.group.names.map((n) => n.name).join(', ')}: ${j.group.owner} on ${serverName(s.server)}: ${s.detail}`));
    const publish = missing.flatMap((j) => {
        const alternative = cnameAlternative(j);
        return [`  ${zoneLine(j.record)}`, ...(alternative === undefined ? [] : [`    (${alternative})`])];
    });
    return new PersistError([
        `The dns-persist-01 record is missing or wrong, ${why}; nothing was ordered or written:`,
        ...problems,
        'Publish, in every DNS provider serving the zone (other records at the owner stay):',
        ...publish,
    ].join('\n'));
}
/** Our record at each owner that lacks one, then every authoritative server polled until it serves it. */
async function publishRecords(provider, missing, dns, options) {
    const records = missing.map((j) => ({ zone: j.group.zone, owner: j.group.owner, values: [j.record.value] }));
    await (0,pipeline_records/* writeRecords */.Wh)(provider, records);
    await (0,propagate/* waitForPropagation */.Ft)(records, dns, options);
}
/**
 * The order's challenges against the records: each must offer the issuer domain name the record of its name
 * names, or no record could validate it. Such a challenge is malformed for this run; nothing is answered.
 */
function checkChallengeIssuers(challenges, plan, judged) {
    for (const c of challenges) {
        const name = `${c.wildcard ? '*.' : ''}${c.identifier}`;
        const owner = plan.names.find((n) => n.name.name === name)?.owner;
        const judgement = judged.find((j) => j.group.owner === owner);
        if (judgement === undefined)
            throw new PersistError(`the CA sent a challenge for ${name}, which was not ordered`);
        const offered = c.issuerDomainNames ?? [];
        if (!offered.includes(judgement.issuer)) {
            throw new PersistError(`the CA's dns-persist-01 challenge for ${name} is malformed for this record: its issuer-domain-names (${offered
                .map((i) => quoted(i))
                .join(', ')}) do not hold ${judgement.issuer}, the issuer ${judgement.group.owner} names (from the directory's caaIdentities); nothing was answered`);
        }
    }
}


/***/ })

};
