export const id = 4946;
export const ids = [4946];
export const modules = {

/***/ 56320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   Gw: () => (/* binding */ parseNames),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Qb: () => (/* binding */ NameError),
/* harmony export */   RH: () => (/* binding */ hostnameProblem),
/* harmony export */   Vm: () => (/* binding */ challengeName),
/* harmony export */   c5: () => (/* binding */ persistName)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48992);
// Name rules: lowercase A-labels, no trailing dot, a wildcard only as the whole leftmost label.


class NameError extends Error {
}
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Normalize one name as written by a user; throws NameError saying what is wrong with it. */
function normalizeName(input) {
    const raw = input.trim().replace(/\.$/, '');
    if (raw === '')
        throw new NameError('an empty name');
    const labels = raw.split('.');
    const wildcard = labels[0] === '*';
    if (labels.slice(wildcard ? 1 : 0).some((label) => label.includes('*'))) {
        throw new NameError(`"${input}": a wildcard must be the whole leftmost label, as in *.example.com`);
    }
    const rest = labels.slice(wildcard ? 1 : 0).join('.');
    // WHATWG's domainToASCII applies UTS 46 (case folding, IDNA mapping, punycode), which is what browsers
    // and CAs use to compare names; it returns '' for a name it cannot convert.
    const base = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(rest).replace(/\.$/, '');
    if (base === '')
        throw new NameError(`"${input}" is not a valid host name`);
    const baseLabels = base.split('.');
    if (baseLabels.length < 2)
        throw new NameError(`"${input}" needs at least two labels (a name under a zone)`);
    const bad = baseLabels.find((label) => !LABEL.test(label));
    if (bad !== undefined) {
        throw new NameError(`"${input}" has an invalid label "${bad}" (letters, digits and inner hyphens only)`);
    }
    if (base.length > 253)
        throw new NameError(`"${input}" is longer than 253 characters`);
    return { name: wildcard ? `*.${base}` : base, base, wildcard };
}
/** Split the `domain` input (commas, spaces, new lines) and normalize; duplicates collapse, order kept. */
function parseNames(input) {
    const seen = new Map();
    for (const part of input.split(/[\s,]+/)) {
        if (part === '')
            continue;
        const name = normalizeName(part);
        if (!seen.has(name.name))
            seen.set(name.name, name);
    }
    return [...seen.values()];
}
/** A DNS name compared the way DNS does: lowercase, no trailing dot. */
function canonical(name) {
    return name.trim().toLowerCase().replace(/\.$/, '');
}
function challengeName(name) {
    return `_acme-challenge.${name.base}`;
}
/** Where dns-persist-01 looks for the name's persistent record (a wildcard's at its base, as dns-01's). */
function persistName(name) {
    return `_validation-persist.${name.base}`;
}
/** true when `name` is `zone` or under it. */
function isUnder(name, zone) {
    return name === zone || name.endsWith(`.${zone}`);
}
const DNS_LABEL = /^[a-z0-9_-]{1,63}$/i;
/**
 * Why `name` (as read from DNS: lower case, no trailing dot) is no host name certalias follows or writes at, or
 * undefined when it is one: labels of letters, digits, hyphens (not first or last) and underscores, 63
 * characters each, 253 in all. A DNS answer can hold any byte; this is where it stops being a name.
 */
function hostnameProblem(name) {
    if (name.length > 253)
        return `it is ${name.length} characters long (at most 253)`;
    for (const label of presentedLabels(name)) {
        if (label === '')
            return 'it has an empty label';
        if (label.length > 63)
            return `it has a label of ${label.length} characters (at most 63)`;
        if (!DNS_LABEL.test(label))
            return `${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(label)} is not a label of letters, digits, hyphens and underscores`;
        if (label.startsWith('-') || label.endsWith('-'))
            return `its label ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(label)} starts or ends with a hyphen`;
    }
    return undefined;
}
/** The labels of a name in DNS presentation form, where `\.` is a dot inside a label and `\\` a backslash. */
function presentedLabels(name) {
    const labels = [''];
    for (let i = 0; i < name.length; i++) {
        const char = name[i];
        if (char === '.')
            labels.push('');
        else {
            const escaped = char === '\\' && i + 1 < name.length ? `${char}${name[++i]}` : char;
            labels[labels.length - 1] += escaped;
        }
    }
    return labels;
}


/***/ }),

/***/ 4946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exec: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82237);
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56320);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48992);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89300);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47314);
// An external program changes the TXT values, called like lego's exec provider: `<EXEC_PATH> present|cleanup <fqdn.> <value>`.






const DEFAULT_TIMEOUT_S = 60;
const STDERR_TAIL_CHARS = 600;
// Variables whose values the program's output must not repeat in an error message.
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i;
// What the program has no use for: the step's inputs (secret ones among them), certalias' own variables and saved
// state, and the runner's tokens for its services and for OIDC.
const WITHHELD = /^(INPUT_|CERTALIAS_|STATE_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$)/i;
const descriptor = {
    id: 'exec',
    name: 'External program (lego exec)',
    credentials: [
        {
            env: 'EXEC_PATH',
            description: 'Path of the program, run without a shell as `<EXEC_PATH> present <fqdn.> <value>` and ' +
                '`<EXEC_PATH> cleanup <fqdn.> <value>`, once per value; it gets the step environment but for the ' +
                "inputs (INPUT_*), the CERTALIAS_* variables and the runner's tokens",
        },
    ],
    settings: [
        {
            env: 'EXEC_TIMEOUT',
            description: 'Seconds one call may run before it is stopped and counted as failed',
            default: String(DEFAULT_TIMEOUT_S),
        },
    ],
    leastPrivilege: 'The program holds whatever credential it uses: give it one that can change only TXT records of the alias ' +
        'zone, pass it through the step env from a secret, and let the program refuse any fqdn outside the alias ' +
        'zone. `present` must add the value and keep the others at the name; `cleanup` must remove only that value. ' +
        'A non-zero exit is a failure, and the end of its stderr is shown in the error, so keep secrets out of it.',
    docs: 'https://go-acme.github.io/lego/dns/exec/',
};
// One per process: a program doing its own read-merge-write must see one call per owner at a time.
const ownerLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyedMutex */ .yA();
const exec = {
    descriptor,
    create(context) {
        const program = (context.env.EXEC_PATH ?? '').trim();
        if (program === '')
            throw new Error('EXEC_PATH must be the path of the program to run, e.g. ./scripts/dns-hook.sh');
        if ((context.env.EXEC_MODE ?? '').trim() !== '') {
            // lego's RAW mode passes the ACME token and key authorization, which this action keeps to itself
            throw new Error('EXEC_MODE is not supported: the program is always called as `present|cleanup <fqdn.> <value>`');
        }
        const timeoutMs = parseTimeout(context.env.EXEC_TIMEOUT) * 1000;
        const secrets = Object.entries(context.env)
            .filter(([name, value]) => SECRET_NAME.test(name) && value !== undefined && value.length >= 6)
            .map(([, value]) => value);
        // every secret the run registered (each secret input is), and the variables named like one
        const redact = (text) => context.host.redact((0,_host_js__WEBPACK_IMPORTED_MODULE_4__/* .redactSecrets */ .f)(text, secrets));
        const env = Object.fromEntries(Object.entries({ ...process.env, ...context.env }).filter(([name]) => !WITHHELD.test(name)));
        const run = (action, fqdn, value) => new Promise((resolve, reject) => {
            const fail = (why, stderr) => {
                const tail = stderr.trim().slice(-STDERR_TAIL_CHARS);
                reject(new Error(redact(`exec: ${program} ${action} ${fqdn} ${why}${tail ? `; stderr: ${tail}` : ''}`)));
            };
            // spawn, not execFile: only spawn makes the program lead its own process group (POSIX), so a
            // timeout can stop the program's children too, not only a shell that started them
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, [action, fqdn, value], {
                env,
                detached: process.platform !== 'win32',
                stdio: ['ignore', 'ignore', 'pipe'],
                windowsHide: true,
            });
            let stderr = '';
            child.stderr.setEncoding('utf8');
            child.stderr.on('data', (chunk) => {
                stderr = (stderr + chunk).slice(-4 * STDERR_TAIL_CHARS);
            });
            let timedOut = false;
            const timer = setTimeout(() => {
                timedOut = true;
                try {
                    if (child.pid !== undefined && process.platform !== 'win32')
                        process.kill(-child.pid, 'SIGKILL');
                    else
                        child.kill('SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, timeoutMs);
            child.on('error', (error) => {
                clearTimeout(timer);
                fail(`could not be started (${error.code ?? error.message}): check EXEC_PATH and that the file is executable`, '');
            });
            child.on('close', (code, signal) => {
                clearTimeout(timer);
                if (timedOut)
                    fail(`did not finish within ${timeoutMs / 1000} s (EXEC_TIMEOUT) and was stopped`, stderr);
                else if (code === 0)
                    resolve();
                else if (code !== null)
                    fail(`exited with status ${code}`, stderr);
                else
                    fail(`ended by signal ${signal ?? 'unknown'}`, stderr);
            });
        });
        async function each(action, owner, values) {
            // the program gets the name as an argument: only a host name, whatever reached this far
            const notHost = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_1__/* .hostnameProblem */ .RH)((0,_zone_js__WEBPACK_IMPORTED_MODULE_5__/* .absoluteless */ .h8)(owner));
            if (notHost !== undefined)
                throw new Error(`exec: the owner ${(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(owner)} is no host name (${notHost})`);
            const fqdn = `${(0,_zone_js__WEBPACK_IMPORTED_MODULE_5__/* .absoluteless */ .h8)(owner)}.`;
            await ownerLocks.run((0,_serialize_js__WEBPACK_IMPORTED_MODULE_3__/* .ownerKey */ .lf)(program, owner), async () => {
                for (const value of new Set(values))
                    await run(action, fqdn, value);
            });
        }
        return {
            id: 'exec',
            append: (_zone, owner, values) => each('present', owner, values),
            remove: (_zone, owner, values) => each('cleanup', owner, values),
        };
    },
};
function parseTimeout(value) {
    if (value === undefined || value.trim() === '')
        return DEFAULT_TIMEOUT_S;
    const seconds = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || seconds < 1 || seconds > 3600) {
        throw new Error(`EXEC_TIMEOUT must be a whole number of seconds from 1 to 3600, e.g. 60; got "${value}"`);
    }
    return seconds;
}


/***/ }),

/***/ 89300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QJ: () => (/* binding */ rememberedUntilFailed),
/* harmony export */   lf: () => (/* binding */ ownerKey),
/* harmony export */   yA: () => (/* binding */ KeyedMutex)
/* harmony export */ });
// Serializes read-merge-write cycles per key (zone + owner) inside this process, for APIs without concurrency control.
class KeyedMutex {
    #tails = new Map();
    /** Run task after every task queued before it under the same key; other keys run in parallel. */
    async run(key, task) {
        const previous = this.#tails.get(key) ?? Promise.resolve();
        let release;
        const done = new Promise((resolve) => {
            release = resolve;
        });
        const tail = previous.then(() => done);
        this.#tails.set(key, tail);
        await previous;
        try {
            return await task();
        }
        finally {
            release();
            // the last one out forgets the key, so the map does not grow with every owner ever written
            if (this.#tails.get(key) === tail)
                this.#tails.delete(key);
        }
    }
    /** Keys with a task running or waiting (for tests). */
    get size() {
        return this.#tails.size;
    }
}
/** The key for one owner in one zone: DNS names compare case-insensitively, and a trailing dot changes nothing. */
function ownerKey(...parts) {
    return parts.map((part) => part.toLowerCase().replace(/\.$/, '')).join('|');
}
/**
 * The promise `make` gives, made once and shared by every caller (a token, a listing); a failed one is forgotten,
 * so the next caller asks again.
 */
function rememberedUntilFailed(make) {
    let remembered;
    return () => {
        if (remembered === undefined) {
            const made = make();
            remembered = made;
            made.catch(() => {
                if (remembered === made)
                    remembered = undefined;
            });
        }
        return remembered;
    };
}


/***/ }),

/***/ 47314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ relativeName),
/* harmony export */   Nu: () => (/* binding */ zoneFromListing),
/* harmony export */   Ph: () => (/* binding */ zoneCandidates),
/* harmony export */   _S: () => (/* binding */ findZone),
/* harmony export */   h8: () => (/* binding */ absoluteless),
/* harmony export */   lS: () => (/* binding */ zoneAtPath),
/* harmony export */   pn: () => (/* binding */ pathSegment),
/* harmony export */   zu: () => (/* binding */ zoneFinder)
/* harmony export */ });
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89300);

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
/**
 * The provider's zone for an owner, looked up once per (zone, owner) over zoneCandidates: `lookup` answers
 * undefined for a name the account does not have; when none is found the error says `notFound(owner, tried)`.
 * A failed lookup (network, credentials) is not remembered: the next call asks again.
 */
function zoneFinder(lookup, notFound) {
    const found = new Map();
    return (zone, owner) => {
        const key = `${absoluteless(zone)}|${absoluteless(owner)}`;
        let hit = found.get(key);
        if (hit === undefined) {
            const candidates = zoneCandidates(zone, owner);
            hit = findZone(candidates, lookup).then((result) => {
                if (result === undefined)
                    throw new Error(notFound(absoluteless(owner), candidates));
                return result;
            });
            hit.catch(() => found.delete(key));
            found.set(key, hit);
        }
        return hit;
    };
}
/**
 * A zoneFinder lookup for APIs where a GET of a zone's own path answers 404 for a name the account does not hold:
 * the name itself when the path answers.
 */
function zoneAtPath(http, path, options = {}) {
    return async (name) => {
        const { status } = await http.request('GET', path(name), { ...options, expect: [404] });
        return status === 404 ? undefined : name;
    };
}
/**
 * Foreign text (a name from DNS, an id from an API) as one segment of an API path: percent-encoded, so `/`, `?`
 * and `%` stay inside it. `.` and `..` are refused: URL parsing resolves them (encoded or not) and the request
 * would go to another path; an empty segment is refused as well (an apex goes in as the API writes it, e.g. @).
 */
function pathSegment(text) {
    if (text === '' || text === '.' || text === '..') {
        throw new Error(`"${text}" cannot be a segment of an API path: it would name another path than intended`);
    }
    return encodeURIComponent(text);
}
/**
 * For APIs that list the account's zones: the longest listed zone holding the owner (it or a parent of it), or
 * undefined. The listing is asked for once per provider, and again after a failed attempt.
 */
function zoneFromListing(list) {
    const listing = (0,_serialize_js__WEBPACK_IMPORTED_MODULE_0__/* .rememberedUntilFailed */ .QJ)(async () => (await list()).map(absoluteless));
    return async (owner) => {
        const name = absoluteless(owner);
        return (await listing())
            .filter((zone) => name === zone || name.endsWith(`.${zone}`))
            .sort((a, b) => b.length - a.length)[0];
    };
}


/***/ })

};
