export const id = 5392;
export const ids = [5392,2728];
export const modules = {

/***/ 95392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   issuePersist: () => (/* binding */ issuePersist)
/* harmony export */ });
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89750);
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56320);
/* harmony import */ var _pipeline_caa_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4565);
/* harmony import */ var _pipeline_persist_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69965);
/* harmony import */ var _pki_certificate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14839);
/* harmony import */ var _pki_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34390);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97710);
/* harmony import */ var _renewal_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26708);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(46602);









async function issuePersist(config, host, options, context, renewal, stage) {
    const { dns, tracing, acme } = (0,_order_js__WEBPACK_IMPORTED_MODULE_8__.startIssuing)(config, options, _names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .persistName */ .c5);
    const caa = new _pipeline_caa_js__WEBPACK_IMPORTED_MODULE_2__/* .CaaReader */ .tn(dns);
    caa.prefetch(config.names);
    const writer = publisher(config, options.env);
    if (config.accountKey === undefined && renewal.accountKey === undefined && writer.provider === undefined) {
        throw new Error(`dns-persist-01: no ACME account key was given or kept yet, so no published record can name the account, and ${writer.why}. ` +
            'Make a key (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256), pass it as `account_key` from a secret, ' +
            'and run `certalias check --challenge dns-persist-01` with it: it prints the record to publish.');
    }
    const account = (0,_order_js__WEBPACK_IMPORTED_MODULE_8__.accountKeyFor)(config, host, renewal);
    const issuing = { config, host, options, renewal, dns, stage };
    const { plan, session, caaAwaiting } = await (0,_order_js__WEBPACK_IMPORTED_MODULE_8__.checkWhileConnecting)(issuing, tracing, acme, account.key, caa);
    const { order, challenges, judged, prepared } = await (async () => {
        // the record names the account: it is opened before the record can be judged
        await (0,_order_js__WEBPACK_IMPORTED_MODULE_8__.openAccount)(issuing, session, caaAwaiting);
        const judged = await (0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeOwners */ .EZ)(plan, dns, {
            issuers: caaAwaiting.identities,
            accountUri: session.accountUrl,
            now: new Date(),
            ...(config.persistUntil === undefined ? {} : { persistUntil: config.persistUntil }),
        });
        // set before any stop: a run that fails here still says what to publish
        host.setOutput('persist_records', JSON.stringify(judged.map((j) => j.record)));
        for (const j of judged)
            for (const s of j.servers)
                host.info(`Record: ${j.group.owner} on ${(0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_3__/* .serverName */ .L5)(s.server)}: ${s.detail}`);
        const missing = judged.filter((j) => !j.ok);
        if (missing.length > 0) {
            const provider = await writer.create(host);
            if (provider === undefined)
                throw (0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_3__/* .missingRecordsError */ .Tu)(missing, writer.why);
            for (const j of missing)
                stage(`Record to publish with ${config.provider?.id}: ${(0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_3__/* .zoneLine */ .N0)(j.record)}`);
            // the detail of the wait folded, as dns-01's is; the outcome a line of its own
            await host
                .group('Publishing: then asking every authoritative server of each zone', () => (0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_3__/* .publishRecords */ .i5)(provider, missing, dns, {
                timeoutMs: config.propagationTimeoutMs,
                log: (m) => host.info(m),
            }))
                .finally(() => (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_6__/* .closeProvider */ .I2)(provider, (m) => host.warning(m)));
            stage('Published: every authoritative server of each zone serves the record (it stays for the next runs)');
        }
        stage('dns-persist-01 record: every authoritative server serves one for this CA and account');
        const ordered = await (0,_order_js__WEBPACK_IMPORTED_MODULE_8__.preparedOrder)(issuing, context, session);
        try {
            (0,_pipeline_persist_js__WEBPACK_IMPORTED_MODULE_3__/* .checkChallengeIssuers */ .q4)(ordered.challenges, plan, judged);
        }
        catch (error) {
            await (0,_order_js__WEBPACK_IMPORTED_MODULE_8__.undoPreparations)(ordered.prepared, host);
            throw error;
        }
        return { ...ordered, judged };
    })().catch((error) => {
        session.close();
        throw error;
    });
    stage(`Order created at ${config.acmeServer}${order.request.replaces ? ` (replaces ${order.request.replaces})` : ''}: ${challenges.length} challenge(s) to answer, ${order.state.authorizations.length - challenges.length} valid already`);
    const certificateKey = (0,_pki_keys_js__WEBPACK_IMPORTED_MODULE_5__.makePrivateKey)(config.keyType);
    let bundle;
    try {
        await session.validate(challenges);
        stage('Validation: the CA validated every name');
        bundle = await (0,_order_js__WEBPACK_IMPORTED_MODULE_8__.finalizeToFiles)(issuing, session, order, certificateKey, account.kept);
    }
    catch (error) {
        await (0,_order_js__WEBPACK_IMPORTED_MODULE_8__.undoPreparations)(prepared, host);
        throw error;
    }
    finally {
        session.close();
    }
    const renewAfter = await (0,_renewal_index_js__WEBPACK_IMPORTED_MODULE_7__/* .renewAfterIssued */ .L)(config, renewal.ca, (0,_pki_certificate_js__WEBPACK_IMPORTED_MODULE_4__/* .certificateFacts */ .lF)(bundle.certificate));
    warnBeforeRenewal(judged, config.persistUntil, renewAfter, host);
    await (0,_order_js__WEBPACK_IMPORTED_MODULE_8__.deliverIssued)(issuing, context, bundle, { plan, renewal, renewAfter });
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
        create: (host) => (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_6__/* .createProvider */ .Qd)(descriptor.id, { env, host, resolvers: config.resolvers }),
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

// EXTERNAL MODULE: ./src/dns/issue-value.ts
var issue_value = __webpack_require__(5584);
// EXTERNAL MODULE: ./src/dns/resolver.ts
var resolver = __webpack_require__(21093);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
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
    try {
        persistValue({ issuer, accountUri: account.accountUri, wildcard: true });
    }
    catch (error) {
        if (!(error instanceof issue_value/* IssueValueError */.V4))
            throw error;
        throw new PersistError(`the CA's identity or the account URL it gave cannot be written in a dns-persist-01 record: ${error.message}`);
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
