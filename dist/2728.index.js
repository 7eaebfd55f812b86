export const id = 2728;
export const ids = [2728];
export const modules = {

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
