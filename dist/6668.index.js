export const id = 6668;
export const ids = [6668];
export const modules = {

/***/ 66668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   check: () => (/* binding */ check),
/* harmony export */   checkSummary: () => (/* binding */ checkSummary),
/* harmony export */   cnameRows: () => (/* binding */ cnameRows),
/* harmony export */   noteRows: () => (/* binding */ noteRows)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _acme_ari_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46484);
/* harmony import */ var _dns_resolver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21093);
/* harmony import */ var _dns_wire_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53970);
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56320);
/* harmony import */ var _pipeline_caa_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4565);
/* harmony import */ var _pipeline_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75455);
/* harmony import */ var _pipeline_records_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(62728);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(97710);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(48992);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(48760);
// mode: check: the whole setup verified before the first certificate, one row per check with the fix, the way the
// seed's troubleshooting list is worked through by hand: the CNAME on every master and as resolvers see it, the
// alias zone's servers, a write with the configured provider seen on every server, CAA, and the CA. Nothing is
// ordered and nothing is left behind: the probe value is removed, other values at the owner stay.











const SYMBOL = { pass: '✓', fail: '✗', skip: 'not checked from here' };
async function check(config, host, options) {
    const started = Date.now();
    const dns = new _dns_resolver_js__WEBPACK_IMPORTED_MODULE_2__/* .Resolver */ .xR(config.resolvers, { ipv6: (0,_dns_resolver_js__WEBPACK_IMPORTED_MODULE_2__/* .ipv6FromEnv */ .Dm)(options.env) });
    const ca = new _acme_ari_js__WEBPACK_IMPORTED_MODULE_1__/* .CaDirectory */ .S(config.directoryUrl, {}, options.env);
    const [dnsRows, caaRows, caRows] = await Promise.all([
        dnsChecks(config, dns, host, options),
        caaChecks(config, dns, ca),
        caChecks(config, ca, host, options),
    ]);
    const rows = [...dnsRows, ...caaRows, ...caRows];
    for (const row of rows) {
        const line = `${SYMBOL[row.status]} ${row.check}: ${row.subject}: ${row.detail}${row.fix ? ` (fix: ${row.fix})` : ''}`;
        if (row.status === 'fail')
            host.warning(line);
        else
            host.info(line);
    }
    const failed = rows.filter((r) => r.status === 'fail');
    host.setOutput('check', failed.length === 0 ? 'pass' : 'fail');
    host.setOutput('check_report', JSON.stringify(rows));
    await host.summary(checkSummary(rows));
    host.info(`Check: ${rows.length} rows, ${failed.length} failed, in ${((Date.now() - started) / 1000).toFixed(2)} s`);
    if (failed.length > 0) {
        throw new Error([
            `The setup check found ${failed.length} problem(s):`,
            ...failed.map((r) => `  - ${r.check}: ${r.subject}: ${r.detail}${r.fix ? `; fix: ${r.fix}` : ''}`),
        ].join('\n'));
    }
}
// ---------------------------------------------------------------------------------------------------
// 1-3: the CNAMEs, the alias zone, a write
async function dnsChecks(config, dns, host, options) {
    let traced;
    try {
        traced = await (0,_pipeline_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .traceChains */ .EN)(config.names, dns);
    }
    catch (error) {
        return [
            {
                check: 'cname',
                subject: config.names.map((n) => n.name).join(', '),
                status: 'fail',
                detail: error.message,
            },
        ];
    }
    const rows = [...traced.flatMap(cnameRows), ...noteRows(traced), ...(await resolverRows(traced, dns))];
    let plan;
    try {
        plan = await (0,_pipeline_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .makePlan */ .Cs)(traced, config.alias, dns);
    }
    catch (error) {
        return [
            ...rows,
            { check: 'cname', subject: 'domain_alias', status: 'fail', detail: error.message },
        ];
    }
    const zones = [...new Set(plan.owners.map((o) => o.zone))];
    rows.push(...(await Promise.all(zones.map((zone) => aliasZoneRows(zone, dns)))).flat());
    rows.push(...(await writeRows(config, plan, dns, host, options)));
    return rows;
}
/**
 * One row per server for every CNAME owner of the chain: does it publish the CNAME the chain goes on with? A
 * target that is no host name is a failing row wherever it is published.
 */
function cnameRows(t) {
    const first = t.hops[0];
    if (first !== undefined &&
        first.next === undefined &&
        first.answers.every((a) => a.answer.kind !== 'cname' && a.answer.kind !== 'invalid')) {
        return [
            {
                check: 'cname',
                subject: t.challengeName,
                status: 'pass',
                detail: `no CNAME: the TXT record goes in ${first.zone} itself (plain DNS-01)`,
            },
        ];
    }
    return t.hops.flatMap((hop) => hop.answers.flatMap(({ server, answer }) => {
        if (hop.next === undefined && answer.kind !== 'invalid')
            return [];
        const subject = `${hop.name} on ${server.name}${server.addresses.length > 0 ? ` (${server.addresses.join(', ')})` : ''}`;
        const fix = `publish "${hop.name}. CNAME ${hop.next ?? '<the alias owner>'}." in the DNS provider behind ${server.name}`;
        return [answerRow(answer, hop.next, subject, fix)];
    }));
}
/** A zone whose parent delegation could not be checked from here (in time): one skipped row, once. */
function noteRows(traced) {
    const rows = new Map();
    for (const hop of traced.flatMap((t) => t.hops)) {
        if (hop.note === undefined || rows.has(hop.zone))
            continue;
        rows.set(hop.zone, { check: 'delegation', subject: hop.zone, status: 'skip', detail: hop.note });
    }
    return [...rows.values()];
}
function answerRow(answer, expected, subject, fix) {
    const row = (status, detail, withFix = true) => ({
        check: 'cname',
        subject,
        status,
        detail,
        ...(withFix && status === 'fail' ? { fix } : {}),
    });
    switch (answer.kind) {
        case 'cname':
            return answer.target === expected
                ? row('pass', `CNAME ${answer.target}`)
                : row('fail', `CNAME ${answer.target}, the other servers ${expected ?? 'none'}`);
        case 'invalid':
            return row('fail', `CNAME ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .quote */ .hD)(answer.target)}, which is no host name (${answer.why})`);
        case 'none':
            return row('fail', `no CNAME (${answer.rcode})`);
        case 'lame':
            return row('fail', `not authoritative (${answer.why})`);
        case 'failed':
            return row('fail', `no answer: ${answer.error}`);
        case 'unreachable':
            return row('skip', answer.why, false);
    }
}
/** What each recursive resolver of dns_resolvers sees: a stale cache shows here first. */
async function resolverRows(traced, dns) {
    const rows = await Promise.all(traced.flatMap((t) => dns.resolverAddresses.map(async (resolver) => {
        const expected = t.chain[1];
        const subject = `${t.challengeName} via ${resolver}`;
        try {
            const response = await (0,_dns_wire_js__WEBPACK_IMPORTED_MODULE_3__/* .query */ .P)(resolver, t.challengeName, 'CNAME', {
                recursionDesired: true,
                timeoutMs: 2000,
                tries: 2,
            });
            const cname = response.answers.find((rr) => rr.type === 'CNAME' && rr.name === t.challengeName);
            const seen = cname === undefined ? undefined : (0,_names_index_js__WEBPACK_IMPORTED_MODULE_4__/* .canonical */ .$N)(String(cname.data));
            if (seen === expected) {
                return {
                    check: 'resolver',
                    subject,
                    status: 'pass',
                    detail: expected === undefined ? 'no CNAME, as the masters' : `CNAME ${seen}`,
                };
            }
            return {
                check: 'resolver',
                subject,
                status: 'fail',
                detail: `sees ${seen === undefined ? `no CNAME (${response.rcode})` : `CNAME ${seen}`}, the masters publish ${expected ?? 'none'}`,
                fix: 'a cached answer from before the change: it goes when its TTL runs out (the CA asks afresh); otherwise the resolver asks other servers than the masters',
            };
        }
        catch (error) {
            return { check: 'resolver', subject, status: 'skip', detail: error.message };
        }
    })));
    return rows;
}
/** Every name server of the alias zone: reachable, and authoritative for it. */
async function aliasZoneRows(zone, dns) {
    const { servers, mismatch } = await dns.zoneServers(zone);
    const rows = await Promise.all(servers.map(async (server) => {
        const subject = `${zone} on ${server.name}${server.addresses.length > 0 ? ` (${server.addresses.join(', ')})` : ''}`;
        if (server.unreachable !== undefined)
            return { check: 'alias-zone', subject, status: 'skip', detail: server.unreachable };
        try {
            const response = await dns.askServer(server, zone, 'SOA', { timeoutMs: 1500, tries: 2 });
            const lame = (0,_dns_resolver_js__WEBPACK_IMPORTED_MODULE_2__/* .lameness */ .fe)(response);
            return lame === undefined
                ? { check: 'alias-zone', subject, status: 'pass', detail: 'answers with authority' }
                : {
                    check: 'alias-zone',
                    subject,
                    status: 'fail',
                    detail: `lame: ${lame}`,
                    fix: `serve ${zone} on ${server.name}, or remove it from the NS set`,
                };
        }
        catch (error) {
            return {
                check: 'alias-zone',
                subject,
                status: 'fail',
                detail: `no answer: ${error.message}`,
                fix: `start ${server.name} or remove it from the NS set and the delegation of ${zone}`,
            };
        }
    }));
    if (mismatch !== undefined) {
        rows.push({
            check: 'alias-zone',
            subject: zone,
            status: 'fail',
            detail: mismatch,
            fix: 'make the parent delegation and the NS set name the same servers',
        });
    }
    return rows;
}
/** A probe value per owner, written with the configured provider, timed on every server, then removed. */
async function writeRows(config, plan, dns, host, options) {
    let provider;
    try {
        provider = await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_7__/* .createProvider */ .Qd)(config.provider.id, {
            env: options.env,
            host,
            resolvers: config.resolvers,
        });
    }
    catch (error) {
        return [{ check: 'write', subject: config.provider.id, status: 'fail', detail: error.message }];
    }
    const probe = `certalias-check-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('base64url')}`;
    host.info(`Write check: the probe value "${probe}" is written at each owner with ${config.provider.id}, then removed`);
    const records = plan.owners.map((o) => ({ zone: o.zone, owner: o.owner, values: [probe] }));
    // saved first, as an issuing run does: a cancelled check still leaves the post step a list to clean up
    host.saveState(_pipeline_records_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_PROVIDER */ .Ui, config.provider.id);
    host.saveState(_pipeline_records_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_RECORDS */ .Np, JSON.stringify(records));
    const rows = [];
    const before = new Map();
    try {
        await Promise.all(records.map(async (r) => {
            const subject = `${r.owner} (zone ${r.zone}) with ${config.provider.id}`;
            before.set(r.owner, (await dns.servedTxt(r.zone, r.owner)) ?? []);
            try {
                await provider.append(r.zone, r.owner, [probe]);
            }
            catch (error) {
                rows.push({
                    check: 'write',
                    subject,
                    status: 'fail',
                    detail: error.message,
                    fix: `give ${config.provider.id}'s credential the right to change TXT records in ${r.zone}`,
                });
                return;
            }
            rows.push({
                check: 'write',
                subject,
                status: 'pass',
                detail: 'the provider accepted the probe value',
            });
            const { servers } = await dns.zoneServers(r.zone);
            rows.push(...(await Promise.all(servers.map((server) => servedRow(server, r, probe, dns, config.propagationTimeoutMs)))));
        }));
    }
    finally {
        if (await (0,_pipeline_records_js__WEBPACK_IMPORTED_MODULE_9__/* .removeRecords */ .DR)(provider, records, (m) => host.warning(m)))
            host.saveState(_pipeline_records_js__WEBPACK_IMPORTED_MODULE_9__/* .STATE_RECORDS */ .Np, '[]');
        await (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_7__/* .closeProvider */ .I2)(provider, (m) => host.warning(m));
    }
    // what is left: the probe gone, every value that was there before still there
    for (const r of records) {
        const after = (await dns.servedTxt(r.zone, r.owner)) ?? [];
        const kept = before.get(r.owner) ?? [];
        const lost = kept.filter((v) => !after.includes(v));
        const subject = `${r.owner}: removal`;
        if (after.includes(probe)) {
            rows.push({
                check: 'write',
                subject,
                status: 'fail',
                detail: 'the probe value is still served after its removal',
            });
        }
        else if (lost.length > 0) {
            rows.push({
                check: 'write',
                subject,
                status: 'fail',
                detail: `${lost.length} value(s) that were there before are gone`,
                fix: `${config.provider.id} replaced the record set instead of removing one value: report it`,
            });
        }
        else {
            rows.push({
                check: 'write',
                subject,
                status: 'pass',
                detail: `the probe is gone; the ${kept.length} value(s) there before stay`,
            });
        }
    }
    return rows;
}
async function servedRow(server, r, probe, dns, timeoutMs) {
    const subject = `${r.owner} on ${server.name}`;
    if (server.unreachable !== undefined)
        return { check: 'write', subject, status: 'skip', detail: server.unreachable };
    const started = Date.now();
    let wait = 25;
    for (;;) {
        try {
            const response = await dns.askServer(server, r.owner, 'TXT', { timeoutMs: 1500, tries: 1 });
            if (response.answers.some((rr) => rr.type === 'TXT' && rr.data === probe)) {
                return {
                    check: 'write',
                    subject,
                    status: 'pass',
                    detail: `serves the probe after ${((Date.now() - started) / 1000).toFixed(2)} s`,
                };
            }
        }
        catch {
            // not answering yet: asked again until the timeout
        }
        if (Date.now() - started + wait > timeoutMs) {
            return {
                check: 'write',
                subject,
                status: 'fail',
                detail: `does not serve the probe after ${Math.round(timeoutMs / 1000)} s`,
                fix: `check that ${server.name} receives the zone's updates (NOTIFY and transfers from the primary)`,
            };
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, 1000);
    }
}
// ---------------------------------------------------------------------------------------------------
// 4: CAA
async function caaChecks(config, dns, ca) {
    const identities = await (0,_pipeline_caa_js__WEBPACK_IMPORTED_MODULE_5__/* .caIdentities */ .VT)(config, ca);
    if (identities.length === 0) {
        return [
            {
                check: 'caa',
                subject: config.acmeServer,
                status: 'skip',
                detail: 'the CA publishes no CAA identity (caaIdentities) to compare with',
            },
        ];
    }
    const reader = new _pipeline_caa_js__WEBPACK_IMPORTED_MODULE_5__/* .CaaReader */ .tn(dns);
    return Promise.all(config.names.map(async (name) => {
        const verdict = await reader.verdict(name, identities);
        if (verdict.status === 'unknown')
            return { check: 'caa', subject: name.name, status: 'skip', detail: verdict.detail };
        return {
            check: 'caa',
            subject: name.name,
            status: verdict.status === 'allowed' ? 'pass' : 'fail',
            detail: verdict.records.length > 0 ? `${verdict.detail}: ${verdict.records.join('; ')}` : verdict.detail,
            ...(verdict.status === 'forbidden'
                ? {
                    fix: `add "${verdict.at}. CAA 0 ${name.wildcard ? 'issuewild' : 'issue'} \\"${identities[0]}\\"" (or remove the record that forbids it)`,
                }
                : {}),
        };
    }));
}
// ---------------------------------------------------------------------------------------------------
// 5: the CA
async function caChecks(config, ca, host, options) {
    const rows = [];
    let meta;
    try {
        meta = (await ca.directory()).meta;
        const terms = typeof meta?.termsOfService === 'string' ? `; terms: ${meta.termsOfService}` : '';
        rows.push({
            check: 'ca',
            subject: config.directoryUrl,
            status: 'pass',
            detail: `the directory answers${terms}`,
        });
    }
    catch (error) {
        return [
            {
                check: 'ca',
                subject: config.directoryUrl,
                status: 'fail',
                detail: error.message,
                fix: 'check acme_server and that this runner reaches the CA',
            },
        ];
    }
    if (meta?.externalAccountRequired === true && config.eab === undefined) {
        rows.push({
            check: 'account',
            subject: config.acmeServer,
            status: 'fail',
            detail: 'the CA requires external account binding',
            fix: 'set eab_kid and eab_hmac_key from your CA account',
        });
        return rows;
    }
    if (config.accountKey === undefined && config.eab === undefined) {
        rows.push({
            check: 'account',
            subject: config.acmeServer,
            status: 'skip',
            detail: 'no account_key or EAB given: nothing to look up (an issuing run creates the account)',
        });
        return rows;
    }
    // the account is looked up (or created, as the first issuing run would); never an order
    const key = config.accountKey ?? (await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 34390))).makePrivateKey('ec-p256'));
    const { AcmeSession } = await Promise.all(/* import() */[__webpack_require__.e(6044), __webpack_require__.e(2161)]).then(__webpack_require__.bind(__webpack_require__, 52161));
    try {
        const session = await AcmeSession.open((0,_step_js__WEBPACK_IMPORTED_MODULE_10__/* .sessionRequest */ .y)(config), key, {
            debug: (m) => host.debug(m),
            env: options.env,
        });
        session.close();
        rows.push({
            check: 'account',
            subject: config.acmeServer,
            status: 'pass',
            detail: `account ${session.accountUrl}${config.eab ? ' (external account binding accepted)' : ''}`,
        });
    }
    catch (error) {
        rows.push({
            check: 'account',
            subject: config.acmeServer,
            status: 'fail',
            detail: error.message,
        });
    }
    return rows;
}
// ---------------------------------------------------------------------------------------------------
function checkSummary(rows) {
    const failed = rows.filter((r) => r.status === 'fail').length;
    return [
        `## certalias: setup check, ${failed === 0 ? 'every check passed' : `${failed} problem(s)`}`,
        '',
        '| | check | of | result | fix |',
        '| --- | --- | --- | --- | --- |',
        ...rows.map((r) => `| ${SYMBOL[r.status]} | ${r.check} | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .markdownText */ .p7)(r.subject)} | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .markdownText */ .p7)(r.detail)} | ${(0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .markdownText */ .p7)(r.fix ?? '')} |`),
        '',
    ].join('\n');
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
