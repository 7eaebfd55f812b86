export const id = 1480;
export const ids = [1480];
export const modules = {

/***/ 21480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   linode: () => (/* binding */ linode)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84488);
/* harmony import */ var _ttl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59166);
/* harmony import */ var _txt_content_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92778);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47314);
// Linode (Akamai) DNS Manager (API v4): one domain record per TXT value, so appending never touches other values.




const API_URL = 'https://api.linode.com/v4';
// Linode rounds other TTLs to its fixed steps; 300 is the smallest lego accepts and what the zone file honours.
const MIN_TTL = 300;
const descriptor = {
    id: 'linode',
    name: 'Linode (Akamai Cloud) DNS Manager',
    credentials: [
        {
            env: 'LINODE_TOKEN',
            description: 'Personal access token with Domains: Read/Write',
            secret: true,
        },
    ],
    settings: [
        { env: 'LINODE_API_URL', description: 'API base URL', default: API_URL },
        {
            env: 'LINODE_TTL',
            description: `TTL of the TXT records (seconds, ${MIN_TTL} or more)`,
            default: '300',
        },
    ],
    leastPrivilege: 'A token has the rights of the user who makes it, limited by its scopes. Add a restricted user to the account ' +
        '(Account > Users & Grants) whose only grant is Read/Write on the alias domain, log in as that user and create a ' +
        'personal access token with only Domains: Read/Write. The token then cannot see or change any other domain.',
    docs: 'https://techdocs.akamai.com/linode-api/reference/get-domain-records',
};
// The largest page the API gives.
const PAGE_SIZE = 500;
const linode = {
    descriptor,
    create(context) {
        const token = context.env.LINODE_TOKEN ?? '';
        const ttl = (0,_ttl_js__WEBPACK_IMPORTED_MODULE_2__/* .readTtl */ .J)(context.env, 'LINODE_TTL', { default: MIN_TTL, min: MIN_TTL });
        const http = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .providerHttp */ .o)(context, {
            provider: 'linode',
            apiUrlEnv: 'LINODE_API_URL',
            defaultUrl: API_URL,
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
            secrets: [token],
            credentialHint: 'LINODE_TOKEN',
        });
        async function allPages(path, filter) {
            const items = [];
            for (let page = 1;; page++) {
                const { body } = await http.request('GET', path, {
                    query: { page, page_size: PAGE_SIZE },
                    ...(filter ? { headers: { 'x-filter': JSON.stringify(filter) } } : {}),
                });
                items.push(...body.data);
                if (page >= body.pages)
                    return items;
            }
        }
        // One listing serves every owner of the run: the account's domains do not change while it runs.
        let domains;
        const listDomains = () => {
            if (domains === undefined) {
                domains = allPages('/domains');
                // a failed listing (network, 401) must not stick: the next call asks again
                domains.catch(() => {
                    domains = undefined;
                });
            }
            return domains;
        };
        const domainOf = async (zone, owner) => {
            const byName = new Map((await listDomains()).map((d) => [(0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .absoluteless */ .h8)(d.domain), d]));
            const candidates = (0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .zoneCandidates */ .Ph)(zone, owner);
            for (const name of candidates) {
                const domain = byName.get(name);
                if (domain !== undefined)
                    return domain;
            }
            throw new Error(`linode: no domain for ${owner} in this account (tried ${candidates.join(', ')}); ` +
                'add the alias zone in the DNS Manager, or grant the user of LINODE_TOKEN access to it');
        };
        const txtRecords = async (domain, owner) => {
            const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeName */ .IC)(owner, domain.domain).toLowerCase();
            // the type filter is documented; the name is compared here, where case and the apex ('') are under our control
            const records = await allPages(`/domains/${domain.id}/records`, { type: 'TXT' });
            return records.filter((r) => r.type === 'TXT' && r.name.toLowerCase() === name);
        };
        return {
            id: descriptor.id,
            async append(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const missing = (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_1__/* .missingTxt */ .vV)(await txtRecords(domain, owner), values, (r) => (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMaybeQuoted */ .IX)(r.target));
                const name = (0,_zone_js__WEBPACK_IMPORTED_MODULE_3__/* .relativeName */ .IC)(owner, domain.domain);
                await Promise.all(missing.map((value) => http.request('POST', `/domains/${domain.id}/records`, {
                    body: { type: 'TXT', name, target: value, ttl_sec: ttl },
                })));
            },
            async remove(zone, owner, values) {
                const domain = await domainOf(zone, owner);
                const records = (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_1__/* .ourTxt */ .T_)(await txtRecords(domain, owner), values, (r) => (0,_txt_content_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMaybeQuoted */ .IX)(r.target));
                await Promise.all(records.map((r) => http.request('DELETE', `/domains/${domain.id}/records/${r.id}`)));
            },
        };
    },
};


/***/ }),

/***/ 59166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readTtl)
/* harmony export */ });
/* unused harmony export MAX_DNS_TTL */
// The TTL setting of a provider (<PREFIX>_TTL): a whole number of seconds within the API's bounds.
/** The largest TTL DNS allows (RFC 2181, section 8). */
const MAX_DNS_TTL = 2_147_483_647;
/** The TTL from env[variable]; an error naming the variable when it is not a whole number within the bounds. */
function readTtl(env, variable, rule) {
    const { default: fallback, min = 1, max = MAX_DNS_TTL } = rule;
    const value = env[variable];
    if (value === undefined || value.trim() === '')
        return fallback;
    const ttl = Number(value);
    if (!/^\d+$/.test(value.trim()) || ttl < min || ttl > max) {
        throw new Error(`${variable} must be a whole number of seconds${bounds(rule, min, max)}; got "${value}"`);
    }
    return ttl;
}
function bounds(rule, min, max) {
    if (min > 1 && max < MAX_DNS_TTL)
        return ` from ${min} to ${max}`;
    if (min > 1)
        return `, ${min} or more${rule.note ? ` (${rule.note})` : ''}`;
    if (max < MAX_DNS_TTL)
        return ` up to ${max}, e.g. ${rule.default}`;
    return `, e.g. ${rule.default}`;
}


/***/ }),

/***/ 47314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ relativeName),
/* harmony export */   Ph: () => (/* binding */ zoneCandidates),
/* harmony export */   _S: () => (/* binding */ findZone),
/* harmony export */   h8: () => (/* binding */ absoluteless)
/* harmony export */ });
// Name helpers providers share: which provider zone holds an owner, and an owner's name relative to its zone.
/**
 * Zone names to try at a provider, best first: the zone DNS reported, then each parent of the owner from
 * the longest down (the provider may host the name in a parent zone that DNS does not show as delegated).
 */
function zoneCandidates(zone, owner) {
    const labels = absoluteless(owner).split('.');
    const parents = labels.slice(1, -1).map((_, i) => labels.slice(i + 1).join('.'));
    return [...new Set([absoluteless(zone), ...parents])];
}
/** The owner relative to the zone: '' at the apex, `_acme-challenge.www` below it. */
function relativeName(owner, zone) {
    const name = absoluteless(owner);
    const origin = absoluteless(zone);
    if (name === origin)
        return '';
    if (!name.endsWith(`.${origin}`))
        throw new Error(`${name} is not inside the zone ${origin}`);
    return name.slice(0, -(origin.length + 1));
}
function absoluteless(name) {
    return name.toLowerCase().replace(/\.$/, '');
}
/** Try each candidate in order; the first that `lookup` finds wins. */
async function findZone(candidates, lookup) {
    for (const name of candidates) {
        const zone = await lookup(name);
        if (zone !== undefined)
            return { name, zone };
    }
    return undefined;
}


/***/ })

};
