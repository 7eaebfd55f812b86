export const id = 51;
export const ids = [51];
export const modules = {

/***/ 5584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V4: () => (/* binding */ IssueValueError),
/* harmony export */   WA: () => (/* binding */ parseIssueValue),
/* harmony export */   eH: () => (/* binding */ formatIssueValue),
/* harmony export */   oM: () => (/* binding */ parameterValues)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48992);
// The issue-value syntax of RFC 8659 section 4.2: an issuer domain name, then `; tag=value` parameters. CAA's
// `issue` and `issuewild` properties carry it, and so does the dns-persist-01 record (draft-ietf-acme-dns-persist).
//
//   issue-value = *WSP [issuer-domain-name *WSP] [";" *WSP [parameters *WSP]]
//   parameters  = (parameter *WSP ";" *WSP parameters) / parameter
//   parameter   = parameter-tag *WSP "=" *WSP parameter-value
//   parameter-value = *(%x21-3A / %x3C-7E)          ; visible ASCII but ";"

class IssueValueError extends Error {
}
// label = (ALPHA / DIGIT) *( *("-") (ALPHA / DIGIT)), for domain labels and parameter tags alike
const LABEL = '[A-Za-z0-9](?:-*[A-Za-z0-9])*';
const ISSUER = new RegExp(`^${LABEL}(?:\\.${LABEL})*`);
const PARAMETER = new RegExp(`^(${LABEL})[ \\t]*=[ \\t]*([\\x21-\\x3a\\x3c-\\x7e]*)`);
const SPACE = /^[ \t]*/;
/** Parses one issue-value; an IssueValueError says where it leaves the syntax. */
function parseIssueValue(text) {
    let rest = text;
    const skipSpace = () => {
        rest = rest.replace(SPACE, '');
    };
    const fail = (what) => {
        const at = rest.length > 24 ? `${rest.slice(0, 24)}...` : rest;
        throw new IssueValueError(`${what} at ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(at)}`);
    };
    skipSpace();
    const issuer = ISSUER.exec(rest)?.[0];
    if (issuer !== undefined)
        rest = rest.slice(issuer.length);
    skipSpace();
    const parameters = [];
    if (rest === '')
        return { issuer: issuer?.toLowerCase(), parameters };
    if (!rest.startsWith(';'))
        fail(issuer === undefined ? 'not an issuer domain name' : 'expected ";" after the issuer');
    rest = rest.slice(1);
    skipSpace();
    while (rest !== '') {
        const parameter = PARAMETER.exec(rest);
        if (parameter === null)
            fail('not a parameter (tag=value)');
        const [whole, tag, value] = parameter;
        parameters.push({ tag, value });
        rest = rest.slice(whole.length);
        skipSpace();
        if (rest === '')
            break;
        if (!rest.startsWith(';'))
            fail('expected ";" between parameters');
        rest = rest.slice(1);
        skipSpace();
        // the grammar has no ";" after the last parameter
        if (rest === '')
            fail('a ";" with no parameter after it');
    }
    return { issuer: issuer?.toLowerCase(), parameters };
}
const WHOLE_ISSUER = new RegExp(`${ISSUER.source}$`);
const WHOLE_TAG = new RegExp(`^${LABEL}$`);
const WHOLE_VALUE = /^[\x21-\x3a\x3c-\x7e]*$/;
/**
 * `issuer; tag=value; tag=value`, as the drafts and RFC 8659 write their examples. The parts come from a CA (its
 * identity, the account URL it assigned): a part outside the grammar would write another record than meant (a
 * `; policy=wildcard` inside an account URL), so it is refused, never written.
 */
function formatIssueValue(issuer, parameters) {
    if (!WHOLE_ISSUER.test(issuer))
        throw new IssueValueError(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(issuer)} is not an issuer domain name (RFC 8659: labels of letters, digits and "-")`);
    for (const { tag, value } of parameters) {
        if (!WHOLE_TAG.test(tag))
            throw new IssueValueError(`${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(tag)} is not a parameter tag`);
        if (!WHOLE_VALUE.test(value))
            throw new IssueValueError(`the ${tag} ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value)} cannot be written in the record: RFC 8659 allows visible ASCII but ";", no space`);
    }
    return [issuer, ...parameters.map((p) => `${p.tag}=${p.value}`)].join('; ');
}
/**
 * The values of the parameter `tag` (matched case-insensitively). More than one means the record says two
 * things at once, which RFC 8657 makes unsatisfiable for `accounturi` and `validationmethods`.
 */
function parameterValues(value, tag) {
    const wanted = tag.toLowerCase();
    return value.parameters.filter((p) => p.tag.toLowerCase() === wanted).map((p) => p.value);
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
/* harmony import */ var _dns_issue_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5584);
/* harmony import */ var _dns_resolver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21093);


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
    constructor(dns, deadlineMs = _dns_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .BEST_EFFORT_MS */ .F3) {
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
    async verdict(name, identities, binding = { method: 'dns-01' }) {
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
            return judge(name, at, set, identities, binding);
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
function judge(name, at, set, identities, binding) {
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
    // a value that is not issue-value syntax names no issuer: it forbids, as `;` does (RFC 8659 section 4.2)
    const values = applicable.map((r) => issueValueOr(r.value));
    const issuers = values.map((v) => v?.issuer ?? '');
    const ours = identities.map((id) => id.toLowerCase());
    const mine = values.filter((v) => v?.issuer !== undefined && ours.includes(v.issuer));
    if (mine.length > 0) {
        const bound = mine.map((v) => bindingProblem(v, binding));
        const allowed = mine.find((_, i) => bound[i] === undefined);
        if (allowed !== undefined) {
            return {
                name: name.name,
                status: 'allowed',
                at,
                records,
                detail: `CAA at ${at} allows ${allowed.issuer}`,
            };
        }
        const why = [...new Set(bound.map((b) => b?.why))].join('; ');
        const awaitsAccount = bound.some((b) => b?.unknown);
        return {
            name: name.name,
            status: awaitsAccount ? 'unknown' : 'forbidden',
            at,
            records,
            detail: `CAA at ${at} lets ${mine[0]?.issuer} issue ${why}`,
            ...(awaitsAccount ? { awaitsAccount } : {}),
        };
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
function issueValueOr(value) {
    try {
        return (0,_dns_issue_value_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIssueValue */ .WA)(value);
    }
    catch (error) {
        if (error instanceof _dns_issue_value_js__WEBPACK_IMPORTED_MODULE_0__/* .IssueValueError */ .V4)
            return undefined;
        throw error;
    }
}
/**
 * Why a record for this CA does not let this run issue (RFC 8657): its `accounturi` names another account, or its
 * `validationmethods` leave out this run's method; a parameter given twice is unsatisfiable. `unknown` when the
 * record names an account and this run does not know its own yet.
 */
function bindingProblem(value, binding) {
    const accounts = (0,_dns_issue_value_js__WEBPACK_IMPORTED_MODULE_0__/* .parameterValues */ .oM)(value, 'accounturi');
    const methods = (0,_dns_issue_value_js__WEBPACK_IMPORTED_MODULE_0__/* .parameterValues */ .oM)(value, 'validationmethods');
    if (accounts.length > 1)
        return { why: 'under no account (accounturi given twice)' };
    if (methods.length > 1)
        return { why: 'by no method (validationmethods given twice)' };
    const listed = methods[0]?.split(',');
    if (listed !== undefined && !listed.includes(binding.method)) {
        return { why: `only with validationmethods=${methods[0]}, not ${binding.method}` };
    }
    const account = accounts[0];
    if (account === undefined || account === binding.accountUri)
        return undefined;
    return binding.accountUri === undefined
        ? { why: `only to the ACME account ${account}, and this run's account is not known here`, unknown: true }
        : { why: `only to the ACME account ${account}, not ${binding.accountUri}` };
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
 * Judged before the account is asked for (no `binding.accountUri`), a name whose record for this CA names an
 * account is neither warned about nor held: it is returned, to be judged again with the account's URL.
 */
async function caaPreflight({ names }, reader, identities, warn, binding) {
    if (identities.length === 0)
        return [];
    const verdicts = await Promise.all(names.map((name) => reader.verdict(name, identities, binding)));
    for (const v of verdicts)
        if (v.status === 'unknown' && !v.awaitsAccount)
            warn(`CAA: ${v.name}: ${v.detail}`);
    const forbidden = verdicts.filter((v) => v.status === 'forbidden');
    if (forbidden.length > 0) {
        throw new Error([
            'CAA records forbid this CA for some names; nothing was ordered or written:',
            ...forbidden.map((v) => `  - ${v.name}: ${v.detail}: ${v.records.join('; ')}`),
            `Add a CAA record that allows ${identities[0]} (issue, or issuewild for wildcards; with accounturi or validationmethods, for this run's account and ${binding?.method ?? 'dns-01'}), or choose a CA the records allow.`,
        ].join('\n'));
    }
    return names.filter((_, i) => verdicts[i]?.awaitsAccount);
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
 * their servers. The challenge name is dns-01's `_acme-challenge.<name>` unless `nameOf` says otherwise.
 */
async function traceChains(names, dns, nameOf = _names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .challengeName */ .Vm) {
    const byChallenge = new Map();
    for (const name of names) {
        const challenge = nameOf(name);
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
    // the challenge's own label (_acme-challenge, _validation-persist) before a zone-style alias
    const label = challenge.slice(0, challenge.indexOf('.'));
    const candidates = [alias, `${label}.${alias}`];
    if (chain.length === 1) {
        if (candidates.includes(challenge))
            return challenge;
        throw new PlanError(`${name.name}: no CNAME is published at ${challenge}, so the CA would never see a TXT record at ${alias}. ` +
            `Publish "${challenge}. CNAME ${alias.startsWith(`${label}.`) ? alias : `${label}.${alias}`}." in every DNS provider of the zone.`);
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

/***/ 48489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ preflight),
/* harmony export */   Oj: () => (/* binding */ publishCname),
/* harmony export */   Ri: () => (/* binding */ askedServers)
/* harmony export */ });
/* unused harmony export PreflightError */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48992);
/* harmony import */ var _propagate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94025);


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
        const challenge = traced[0]?.challengeName ?? '_acme-challenge';
        throw new PreflightError(`Not every authoritative server publishes the same ${challenge.split('.')[0]} CNAME; nothing was ordered or written:\n${problems
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
            return `${who} answers CNAME ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(answer.target)} for ${hop.name}, which is no host name (${answer.why}); publish a CNAME to the alias owner there`;
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
    if (hop.next === undefined)
        return `${who} answers ${answered} for ${hop.name}; expected no CNAME ${reason}`;
    return `${who} answers ${answered} for ${hop.name}; expected CNAME ${hop.next} ${reason}: ${publishCname(hop.name, hop.next, server)}`;
}
/** The fix for a master that lacks the CNAME or points it elsewhere: the record to publish, and where. */
function publishCname(name, target, server) {
    return `publish "${name}. CNAME ${target}." in the DNS provider behind ${server.name}`;
}
/** The servers asked for each zone of the chains, for the log. */
function askedServers(traced) {
    return (0,_propagate_js__WEBPACK_IMPORTED_MODULE_1__/* .serversByZone */ .WW)(traced.flatMap((t) => t.hops.flatMap((hop) => hop.answers.flatMap(({ server, answer }) => answer.kind === 'unreachable' ? [] : [[hop.zone, server.name]]))));
}


/***/ }),

/***/ 94025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ waitForPropagation),
/* harmony export */   WW: () => (/* binding */ serversByZone)
/* harmony export */ });
/* unused harmony export PropagationError */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _dns_resolver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21093);
// propagate: poll every authoritative server of each alias zone until it serves every value we wrote;
// only then may the CA validate. No fixed sleep: the interval starts short and grows. A server this machine
// cannot ask is named and not waited on; a lame one (REFUSED, SERVFAIL, NOTAUTH) stops the wait at once.


class PropagationError extends Error {
}
/** @returns the servers waited on, for the log: "validation.example.org on ns1.example.org, ns2..." */
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
    return serversByZone(checks.map(({ expectation, server }) => [expectation.zone, server.name]));
}
/** Servers named per zone, each once and in order, for the log: "example.org on ns1.example.org, ns2.example.org; ...". */
function serversByZone(pairs) {
    const byZone = new Map();
    for (const [zone, server] of pairs)
        byZone.set(zone, (byZone.get(zone) ?? new Set()).add(server));
    return [...byZone].map(([zone, servers]) => `${zone} on ${[...servers].sort().join(', ')}`).join('; ');
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
            const lame = (0,_dns_resolver_js__WEBPACK_IMPORTED_MODULE_1__/* .lameness */ .fe)(response);
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
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(Math.min(interval, left), undefined, { signal: stop });
        }
        catch {
            return undefined;
        }
        interval = Math.min(maxInterval, interval * 2);
    }
}


/***/ })

};
