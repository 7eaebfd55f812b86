export const id = 6602;
export const ids = [6602];
export const modules = {

/***/ 46602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  accountKeyFor: () => (/* binding */ accountKeyFor),
  checkWhileConnecting: () => (/* binding */ checkWhileConnecting),
  deliverIssued: () => (/* binding */ deliverIssued),
  dns01Provider: () => (/* binding */ dns01Provider),
  finalizeToFiles: () => (/* binding */ finalizeToFiles),
  issue: () => (/* binding */ issue),
  openAccount: () => (/* binding */ openAccount),
  orderCertificate: () => (/* binding */ orderCertificate),
  preparedOrder: () => (/* binding */ preparedOrder),
  startIssuing: () => (/* binding */ startIssuing),
  undoPreparations: () => (/* binding */ undoPreparations)
});

// EXTERNAL MODULE: ./src/config/index.ts
var src_config = __webpack_require__(89750);
// EXTERNAL MODULE: ./src/dns/resolver.ts
var resolver = __webpack_require__(21093);
// EXTERNAL MODULE: ./src/host.ts
var src_host = __webpack_require__(82237);
// EXTERNAL MODULE: ./src/pipeline/batches.ts
var batches = __webpack_require__(79678);
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

// EXTERNAL MODULE: ./src/pipeline/owners.ts
var owners = __webpack_require__(96240);
// EXTERNAL MODULE: ./src/pipeline/plan.ts
var plan = __webpack_require__(75455);
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
    const providerId = dns01Provider(config);
    const { dns, tracing, acme } = startIssuing(config, options);
    const provider = (0,providers/* createProvider */.Qd)(providerId, {
        env: options.env,
        host,
        resolvers: config.resolvers,
    });
    provider.catch(() => { });
    const account = accountKeyFor(config, host, renewal);
    const session = connectSession({ config, host, options, renewal }, acme, account.key);
    session.catch(() => { });
    const ordered = await orderCertificate(config, host, context, renewal, stage, {
        dns,
        tracing,
        provider,
        session,
        shared: false,
        abandon: () => {
            session.then((connected) => connected.close()).catch(() => { });
        },
        openAccount: (connected) => openAndName(host, connected),
        account: account.kept,
        desk: new owners/* OwnerDesk */.h({ dns, stage, log: (m) => host.info(m) }),
        ledger: new pipeline_records/* RecordLedger */.B_((name, value) => host.saveState(name, value)),
    });
    await reportIssued(host, ordered, renewal);
}
/**
 * What an issuing run starts first: the resolver; the CNAME questions (`_acme-challenge.<name>`, or what
 * `challengeName` says), whose answers travel while the provider's and the ACME code load; and the ACME client,
 * loaded only now, so that a run that renews nothing never pays for it. Until awaited, a failure is held.
 */
function startIssuing(config, options, challengeName) {
    const dns = new resolver/* Resolver */.xR(config.resolvers, { ipv6: options.ipv6 ?? (0,resolver/* ipv6FromEnv */.Dm)(options.env) });
    const tracing = (0,plan/* traceChains */.EN)(config.names, dns, challengeName);
    tracing.catch(() => { });
    const acme = Promise.all(/* import() */[__webpack_require__.e(6044), __webpack_require__.e(9225)]).then(__webpack_require__.bind(__webpack_require__, 39225));
    acme.catch(() => { });
    return { dns, tracing, acme };
}
/** The provider of a dns-01 run: `dns_provider` is optional only with dns-persist-01. */
function dns01Provider(config) {
    if (config.provider === undefined)
        throw new Error('`dns_provider` is required with `challenge: dns-01`');
    return config.provider.id;
}
/**
 * The directory and a first nonce are fetched while the CNAMEs and CAA are checked; the account is asked for only
 * once every check has passed (openAccount), so a run that stops at them registers no account (a CA limits new
 * accounts per address).
 */
function connectSession(issuing, acme, accountKey) {
    const { config, host, options, renewal } = issuing;
    return Promise.all([acme, accountKey]).then(([{ AcmeSession }, key]) => {
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
}
/** A step's outputs and summary for the certificate it issued; a destination or hook that failed fails the step. */
async function reportIssued(host, ordered, renewal) {
    const { bundle, report, renewAfter } = ordered;
    (0,step/* setCertificateOutputs */.U)(host, { ...bundle, fullchain: bundle.fullchain, issued: true, renewAfter });
    for (const { delivery } of report.delivered) {
        for (const [name, value] of Object.entries(delivery.outputs ?? {}))
            host.setOutput(name, value);
    }
    await host.summary((0,summary/* summaryMarkdown */.e)({ ...ordered, issuer: bundle.issuer, renewal }));
    const failures = [...(report.failed.length > 0 ? [(0,deliver/* deliveryError */.LT)(report)] : []), ...ordered.hookFailed];
    if (failures.length > 0)
        throw failures.length === 1 ? failures[0] : new Error(failures.map((e) => e.message).join('\n'));
}
/**
 * One due certificate, from the CNAME check to its destinations: a single step and each entry of a fleet run
 * this same pipeline. A certificate once issued is never lost: the files are written before anything else can
 * fail, and a destination's failure is in the report, not thrown.
 */
async function orderCertificate(config, host, context, renewal, stage, run) {
    const providerId = dns01Provider(config);
    const { dns } = run;
    const issuing = { config, host, renewal, stage };
    // CAA is a best-effort check: read beside the rest, judged once the CA's identities are known
    const caa = new pipeline_caa/* CaaReader */.tn(dns);
    caa.prefetch(config.names);
    const [plan, session, provider, caaAwaiting] = await Promise.all([
        run.tracing.then((traced) => planFrom(traced, issuing, dns)),
        run.session,
        run.provider,
        run.session.then((connected) => caaBeforeAccount(issuing, caa, connected)),
    ]).catch((error) => {
        run.abandon?.(error);
        throw error;
    });
    const close = () => {
        if (!run.shared)
            session.close();
    };
    // A failure from here on closes the session, so that no connection to the CA keeps the process alive.
    const { order, challenges, prepared } = await (async () => {
        await run.openAccount(session);
        await caaWithAccount(issuing, session, caaAwaiting);
        return preparedOrder(issuing, context, session);
    })().catch((error) => {
        close();
        throw error;
    });
    stage(`Order created at ${config.acmeServer}${order.request.replaces ? ` (replaces ${order.request.replaces})` : ''}: ${challenges.length} challenge(s) to solve`);
    const certificateKey = (0,keys.makePrivateKey)(config.keyType);
    const records = (0,pipeline_records/* recordsFor */.Y5)(plan, challenges);
    // Saved before writing: a crash mid-write still leaves the post step a list to clean up.
    const ledgerKey = {};
    run.ledger.add(ledgerKey, providerId, records);
    let bundle;
    const batches = new Map();
    let clean = false;
    try {
        await solveChallenges(config, host, stage, { run, provider, session, plan, challenges, batches });
        clean = true;
        stage('Validation: the CA validated every challenge');
        bundle = await finalizeToFiles(issuing, session, order, certificateKey, run.account);
    }
    catch (error) {
        await undoPreparations(prepared, host);
        throw error;
    }
    finally {
        close();
        // each value is removed once its owner's room is given back; what a failure left is removed here
        if (clean || (await (0,pipeline_records/* removeRecords */.DR)(provider, records, (m) => host.warning(m)))) {
            run.ledger.remove(ledgerKey);
            stage('Cleanup: removed the values this run wrote');
        }
        // a fleet's provider serves its other certificates: the fleet logs out at its end
        if (!run.shared)
            await (0,providers/* closeProvider */.I2)(provider, (m) => host.warning(m));
    }
    const renewAfter = await (0,src_renewal/* renewAfterIssued */.L)(config, renewal.ca, (0,certificate/* certificateFacts */.lF)(bundle.certificate));
    const { report, hookFailed } = await deliverAndHook(issuing, context, bundle);
    return { plan, bundle, report, batches, hookFailed, ...(renewAfter === undefined ? {} : { renewAfter }) };
}
/** Every destination gets the issued certificate (its files written), then the deploy hook runs. */
async function deliverAndHook(issuing, context, bundle) {
    const { config, host, stage } = issuing;
    const stores = config.stores.map((selected) => selected.module.create(selected.options, context));
    const report = await host.group(`Delivery: ${config.stores.map((s) => s.module.id).join(', ')}`, () => (0,deliver/* deliverAll */.F0)(stores, bundle));
    for (const d of report.delivered)
        stage(`Delivered (${d.store}): ${d.delivery.destination}`);
    for (const d of report.delivered)
        for (const note of d.delivery.notes ?? [])
            host.info(note);
    for (const f of report.failed)
        host.warning(`Not delivered (${f.store}): ${f.error}`);
    // The hook runs once the certificate is stored, even where a destination failed: the files are there to deploy.
    const hookFailed = [];
    if (config.deployHook !== undefined) {
        const pfxPath = report.delivered.find((d) => d.delivery.outputs?.pfx_path)?.delivery.outputs?.pfx_path;
        const env = hookEnvironment(context.env, { ...bundle, ...(pfxPath === undefined ? {} : { pfxPath }) });
        await runDeployHook(config.deployHook, env, (line) => host.info(line)).then(() => stage('Deploy hook: done'), (error) => hookFailed.push(error));
    }
    return { report, hookFailed };
}
/**
 * The certificate issued (its files written): the outputs, every destination, the deploy hook, then the job
 * summary. A destination that fails fails the run, after the others have their certificate.
 */
async function deliverIssued(issuing, context, bundle, facts) {
    const delivered = await deliverAndHook(issuing, context, bundle);
    await reportIssued(issuing.host, { ...facts, ...delivered, bundle, batches: new Map() }, facts.renewal);
}
/** The CNAME chains traced: each shown, checked on every master, and made a plan of owners. */
function planFrom(traced, issuing, dns) {
    const { config, host, stage } = issuing;
    for (const t of traced)
        stage(`CNAME: ${t.names.map((n) => n.name).join(', ')}: ${t.chain.join(' -> ')}`);
    const checked = (0,preflight/* preflight */.Mz)(traced);
    for (const note of checked.notes)
        host.info(note);
    for (const warning of checked.warnings)
        host.warning(warning);
    stage(`CNAME check: every authoritative server of every zone on the chain publishes the same CNAME: ${(0,preflight/* askedServers */.Ri)(traced)}`);
    return (0,plan/* makePlan */.Cs)(traced, config.alias, dns);
}
/** CAA, with the identities of the directory the session reads: everything but an accounturi, judged now. */
async function caaBeforeAccount(issuing, caa, connected) {
    const { config, host } = issuing;
    const identities = await (0,pipeline_caa/* caIdentities */.VT)(config, connected);
    const binding = { method: config.challenge };
    const names = await (0,pipeline_caa/* caaPreflight */.zE)(config, caa, identities, (m) => host.warning(m), binding);
    return { reader: caa, identities, names };
}
/** The CAA records that name an account, judged with this one's URL. */
async function caaWithAccount(issuing, session, caa) {
    if (caa.names.length === 0)
        return;
    const binding = { method: issuing.config.challenge, accountUri: session.accountUrl };
    await (0,pipeline_caa/* caaPreflight */.zE)(caa, caa.reader, caa.identities, (m) => issuing.host.warning(m), binding);
}
/**
 * For a run of its own (dns-persist-01): the session connects while the CNAMEs and CAA are checked. A failed
 * check closes the session at once: no request to the CA outlives the run.
 */
async function checkWhileConnecting(issuing, tracing, acme, accountKey, caa) {
    const connecting = connectSession(issuing, acme, accountKey);
    const [plan, session, caaAwaiting] = await Promise.all([
        tracing.then((traced) => planFrom(traced, issuing, issuing.dns)),
        connecting,
        connecting.then((connected) => caaBeforeAccount(issuing, caa, connected)),
    ]).catch((error) => {
        connecting.then((connected) => connected.close()).catch(() => { });
        throw error;
    });
    return { plan, session, caaAwaiting };
}
async function openAndName(host, session) {
    await session.openAccount();
    host.info(`ACME account: ${session.accountUrl}`);
}
/** newAccount, then the CAA records that name an account judged with this one's URL. */
async function openAccount(issuing, session, caa) {
    await openAndName(issuing.host, session);
    await caaWithAccount(issuing, session, caa);
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
        .order(renewal.replaces, (why) => host.warning(`The CA refused the order as a replacement of ${renewal.replaces} (${why}); ordering without it`), (0,step/* sessionRequest */.y)(config))
        .catch(async (error) => {
        await undoPreparations(prepared, host);
        throw error;
    });
    return { ...ordered, prepared };
}
/** Finalized, and the files written first, before anything else can fail: a certificate once issued is never lost. */
async function finalizeToFiles(issuing, session, order, certificateKey, kept) {
    const { config, host, stage } = issuing;
    const issued = await session.finalize(order, await certificateKey, config.preferredChain);
    (0,src_host/* maskPem */.r)(host, issued.privateKey);
    const files = await (0,stores_files.writeCertificateFiles)(config.outputDir, issued);
    stage(`Files: ${config.outputDir}`);
    return certificateBundle(config, issued, files, await kept);
}
/** The run failed before delivering: what the destinations changed for it goes back as it was found. */
async function undoPreparations(prepared, host) {
    for (const line of await prepared.undo())
        host.warning(`Put back (${line})`);
}
/**
 * Write, wait for propagation, and let the CA validate. When every owner takes all of this certificate's values
 * at once, they are written (with other certificates' values at the same owners) and the whole order is
 * validated at once; else each owner's values go in batches. Every value is removed before this returns.
 */
async function solveChallenges(config, host, stage, solving) {
    const { run, provider, session, challenges } = solving;
    const work = (0,batches/* ownerWork */.pE)(solving.plan, challenges);
    const seat = (w) => ({
        provider,
        zone: w.zone,
        owner: w.owner,
        chains: w.chains,
        values: w.challenges.map((c) => c.value),
        whole: true,
        size: config.txtBatchSize,
        timeoutMs: config.propagationTimeoutMs,
    });
    const capacities = await Promise.all(work.map((w) => run.desk.capacity(seat(w))));
    if (work.every((w, i) => w.challenges.length <= capacities[i])) {
        // owners asked for one after another, in one order: two certificates never wait for each other's owner
        // the detail of a wait (which server lacks what, while it lasts) folded; the outcome a line of its own
        const placed = await host.group('Propagation: asking every authoritative server of each alias zone', async () => {
            const placing = [];
            for (const w of [...work].sort((a, b) => a.owner.localeCompare(b.owner))) {
                const admission = run.desk.request(seat(w));
                placing.push(admission.placed);
                await admission.admitted;
            }
            return Promise.allSettled(placing);
        });
        const placements = placed.flatMap((p) => (p.status === 'fulfilled' ? [p.value] : []));
        try {
            const failed = placed.find((p) => p.status === 'rejected');
            if (failed !== undefined)
                throw failed.reason;
            const waited = [...new Set(placements.map((p) => p.waited))].join('; ');
            stage(`Propagation: every authoritative server of each alias zone serves every value: ${waited}`);
            await session.validate(challenges);
        }
        finally {
            await Promise.all(placements.map((p) => p.release()));
        }
        return;
    }
    const batchRun = {
        provider,
        dns: run.dns,
        validate: (batch) => session.validate(batch),
        size: config.txtBatchSize,
        timeoutMs: config.propagationTimeoutMs,
        stage,
        log: (m) => host.info(m),
    };
    await host.group(`Batches: ${work.length} owner(s), validated a batch at a time`, () => Promise.all(work.map(async (w) => solving.batches.set(w.owner, await (0,owners/* solveOwner */.P)(w, batchRun, run.desk)))));
    for (const [owner, count] of solving.batches)
        host.info(`Batches: ${owner}: ${count}`);
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

/***/ 79678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vj: () => (/* binding */ UDP_ANSWER_BYTES),
/* harmony export */   b: () => (/* binding */ answerCapacity),
/* harmony export */   pE: () => (/* binding */ ownerWork)
/* harmony export */ });
/** What a CA without EDNS reads of a UDP answer (RFC 1035 section 4.2.1). */
const UDP_ANSWER_BYTES = 512;
/** An ACME dns-01 value: base64url of a SHA-256 digest. */
const VALUE_LENGTH = 43;
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


/***/ }),

/***/ 96240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ solveOwner),
/* harmony export */   h: () => (/* binding */ OwnerDesk)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _batches_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79678);
/* harmony import */ var _propagate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94025);
// The alias owners of a run, shared by every certificate it orders. Values at one owner share one TXT answer,
// which a CA may read only up to 512 bytes (batches.ts counts the room), so the room is kept per owner for the
// whole run, not per certificate: certificates whose values wait at one owner are written together (one write,
// one propagation wait), as many as fit, and the next ones take the room the first free.
//
// A request is admitted in the order it came (first come, first served), and a certificate asks for its owners
// one after another in one order of names: two certificates never each hold an owner the other waits for.
// Another run writing to the owner at the same moment is found as batches.ts describes: after writing, the run
// waits about as long as another run's count-to-write takes, counts again, and takes its values back when the
// answer no longer fits, to try again after a jittered, growing wait.



/** The least wait between our write and the count that looks for another run's write. */
const SETTLE_MS = 100;
/** The first wait after a collision; it doubles with each one after it, up to 2^5 times. */
const COLLISION_WAIT_MS = 300;
class OwnerDesk {
    #owners = new Map();
    #options;
    #sleep;
    #random;
    constructor(options) {
        this.#options = options;
        this.#sleep = options.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
        this.#random = options.random ?? Math.random;
    }
    /** Ask for room at the seat's owner. */
    request(seat) {
        const state = this.#state(seat);
        for (const chain of seat.chains)
            state.chains.push(chain);
        for (const value of seat.values)
            state.ours.add(value);
        let admit = () => { };
        const admitted = new Promise((resolve) => {
            admit = resolve;
        });
        const placed = new Promise((done, fail) => {
            state.queue.push({ seat, deadline: Date.now() + seat.timeoutMs, admit, done, fail });
        });
        // a failure before admission reaches the caller through `placed`
        placed.catch(() => admit());
        void this.#pump(state);
        return { admitted, placed };
    }
    /** The values the seat's owner takes at once when no other value of this run is there. */
    async capacity(seat) {
        const state = this.#state(seat);
        return this.#capacity(state, seat.size, [...state.chains, ...seat.chains]);
    }
    #state(seat) {
        const key = `${seat.provider.id} ${seat.owner}`;
        let state = this.#owners.get(key);
        if (state === undefined) {
            state = {
                provider: seat.provider,
                zone: seat.zone,
                owner: seat.owner,
                chains: [],
                ours: new Set(),
                inUse: 0,
                queue: [],
                busy: false,
                collisions: 0,
            };
            this.#owners.set(key, state);
        }
        return state;
    }
    async #capacity(state, size, chains = state.chains) {
        if (size === 0)
            return Number.POSITIVE_INFINITY;
        if (size !== 'auto')
            return size;
        const served = (await this.#options.dns.servedTxt(state.zone, state.owner)) ?? [];
        return (0,_batches_js__WEBPACK_IMPORTED_MODULE_2__/* .answerCapacity */ .b)(chains, served.filter((v) => !state.ours.has(v)));
    }
    /** One round at a time per owner: admit, write, wait for propagation, count again, hand out. */
    async #pump(state) {
        if (state.busy)
            return;
        state.busy = true;
        try {
            while (state.queue.length > 0) {
                const [head] = state.queue;
                const counted = Date.now();
                const free = (await this.#capacity(state, head.seat.size)) - state.inUse;
                const taken = [];
                let room = free;
                for (const waiter of state.queue) {
                    const { values, whole } = waiter.seat;
                    if (room <= 0 || (whole && values.length > room))
                        break;
                    // The batch that completes a certificate's order is confirmed by one poll of the order, each earlier
                    // batch by a poll of each of its authorizations: the earlier batches carry the remainder, the last ones
                    // are full, in as many batches as before (12 values, 7 to an answer: 5 then 7).
                    const take = !whole && values.length > room ? values.length % room || room : room;
                    const share = values.slice(0, take);
                    taken.push({ waiter, values: share });
                    room -= share.length;
                }
                if (taken.length === 0) {
                    // another certificate of this run frees room when it is done: it calls the pump again
                    if (state.inUse > 0)
                        return;
                    if (Date.now() > head.deadline) {
                        state.queue.shift();
                        head.fail(this.#stayedFull(state, head.seat));
                        continue;
                    }
                    this.#options.log(`${state.owner}: no room in one ${_batches_js__WEBPACK_IMPORTED_MODULE_2__/* .UDP_ANSWER_BYTES */ .Vj}-byte answer (other values are there); waiting`);
                    await this.#sleep(250 + Math.floor(this.#random() * 500));
                    continue;
                }
                state.queue.splice(0, taken.length);
                for (const { waiter } of taken)
                    waiter.admit();
                await this.#round(state, taken, counted);
            }
        }
        finally {
            state.busy = false;
        }
    }
    async #round(state, taken, counted) {
        const values = taken.flatMap((t) => t.values);
        const fail = (error) => {
            for (const { waiter } of taken)
                waiter.fail(error);
        };
        try {
            await state.provider.append(state.zone, state.owner, values);
        }
        catch (error) {
            return fail(error);
        }
        state.inUse += values.length;
        const written = Date.now();
        const deadline = Math.min(...taken.map((t) => t.waiter.deadline));
        const label = taken.length === 1 ? taken[0]?.waiter.seat.label : undefined;
        const what = taken.length === 1
            ? `${label ? `${label}, ` : ''}${values.length} value(s)`
            : `${values.length} value(s) of ${taken.length} certificates`;
        this.#options.stage(`TXT written: ${state.owner} (zone ${state.zone}): ${what}`);
        let waited;
        try {
            waited = await (0,_propagate_js__WEBPACK_IMPORTED_MODULE_1__/* .waitForPropagation */ .Ft)([{ zone: state.zone, owner: state.owner, values }], this.#options.dns, {
                timeoutMs: Math.max(1, deadline - Date.now()),
                log: this.#options.log,
            });
        }
        catch (error) {
            await this.#remove(state, values).catch(() => { });
            return fail(error);
        }
        // Only values written in batches count again: a certificate whose values all fit at once is validated at once,
        // as before the batches existed, and a wait here would add its length to every issuance.
        if (taken.some((t) => t.waiter.seat.size === 'auto' && !t.waiter.seat.whole)) {
            // another run that counted when we did has written by now: its count-to-write took about as long as ours
            const settle = Math.max(SETTLE_MS, 2 * (written - counted)) * (1 + this.#random());
            await this.#sleep(Math.max(0, Math.round(written + settle - Date.now())));
            if ((await this.#capacity(state, 'auto')) < state.inUse) {
                await this.#remove(state, values);
                if (Date.now() > deadline)
                    return fail(this.#stayedFull(state, taken[0]?.waiter.seat));
                state.collisions += 1;
                const wait = Math.round(COLLISION_WAIT_MS * 2 ** Math.min(state.collisions - 1, 5) * (1 + this.#random()));
                this.#options.log(`${state.owner}: another run wrote values there at the same time, and together they overflow one ${_batches_js__WEBPACK_IMPORTED_MODULE_2__/* .UDP_ANSWER_BYTES */ .Vj}-byte answer: took ${values.length} value(s) back, trying again in ${wait} ms`);
                await this.#sleep(wait);
                state.queue.unshift(...taken.map((t) => t.waiter));
                return;
            }
        }
        for (const { waiter, values: share } of taken) {
            let released = false;
            waiter.done({
                values: share,
                waited,
                release: async () => {
                    if (released)
                        return;
                    released = true;
                    await this.#remove(state, share);
                    void this.#pump(state);
                },
            });
        }
    }
    async #remove(state, values) {
        try {
            await state.provider.remove(state.zone, state.owner, [...values]);
        }
        finally {
            state.inUse -= values.length;
        }
    }
    #stayedFull(state, seat) {
        const seconds = Math.round((seat?.timeoutMs ?? 0) / 1000);
        return new Error(`${state.owner} stayed full for ${seconds} s: other values leave no room for ours in a ${_batches_js__WEBPACK_IMPORTED_MODULE_2__/* .UDP_ANSWER_BYTES */ .Vj}-byte answer; give other runs their own owner, or set txt_batch_size`);
    }
}
/**
 * Solve one owner's challenges of one certificate batch by batch, each as many values as the owner takes then,
 * and remove each batch once the CA validated it. Returns how many batches ran.
 */
async function solveOwner(work, run, desk = new OwnerDesk(run)) {
    let remaining = [...work.challenges];
    let batches = 0;
    while (remaining.length > 0) {
        const placement = await desk.request({
            provider: run.provider,
            zone: work.zone,
            owner: work.owner,
            chains: work.chains,
            values: remaining.map((c) => c.value),
            whole: false,
            size: run.size,
            timeoutMs: run.timeoutMs,
            label: `batch ${batches + 1}`,
        }).placed;
        const batch = remaining.filter((c) => placement.values.includes(c.value));
        remaining = remaining.filter((c) => !placement.values.includes(c.value));
        batches += 1;
        try {
            await run.validate(batch);
            run.stage(`Validation: the CA validated batch ${batches} at ${work.owner}`);
        }
        finally {
            await placement.release();
        }
    }
    return batches;
}


/***/ })

};
