export const id = 4946;
export const ids = [4946];
export const modules = {

/***/ 4946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   exec: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89300);
/* harmony import */ var _zone_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47314);
// An external program changes the TXT values, called like lego's exec provider: `<EXEC_PATH> present|cleanup <fqdn.> <value>`.



const DEFAULT_TIMEOUT_S = 60;
const STDERR_TAIL_CHARS = 600;
// Variables whose values the program's output must not repeat in an error message.
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i;
const descriptor = {
    id: 'exec',
    name: 'External program (lego exec)',
    credentials: [
        {
            env: 'EXEC_PATH',
            description: 'Path of the program, run without a shell as `<EXEC_PATH> present <fqdn.> <value>` and ' +
                '`<EXEC_PATH> cleanup <fqdn.> <value>`, once per value; it gets the step environment',
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
const ownerLocks = new _serialize_js__WEBPACK_IMPORTED_MODULE_1__/* .KeyedMutex */ .yA();
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
            .map(([, value]) => value)
            .sort((a, b) => b.length - a.length);
        const redact = (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
        const run = (action, fqdn, value) => new Promise((resolve, reject) => {
            const fail = (why, stderr) => {
                const tail = stderr.trim().slice(-STDERR_TAIL_CHARS);
                reject(new Error(redact(`exec: ${program} ${action} ${fqdn} ${why}${tail ? `; stderr: ${tail}` : ''}`)));
            };
            // spawn, not execFile: only spawn makes the program lead its own process group (POSIX), so a
            // timeout can stop the program's children too, not only a shell that started them
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, [action, fqdn, value], {
                env: { ...process.env, ...context.env },
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
            const fqdn = `${(0,_zone_js__WEBPACK_IMPORTED_MODULE_2__/* .absoluteless */ .h8)(owner)}.`;
            await ownerLocks.run((0,_serialize_js__WEBPACK_IMPORTED_MODULE_1__/* .ownerKey */ .lf)(program, owner), async () => {
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
/* harmony export */   Ph: () => (/* binding */ zoneCandidates),
/* harmony export */   _S: () => (/* binding */ findZone),
/* harmony export */   h8: () => (/* binding */ absoluteless),
/* harmony export */   zu: () => (/* binding */ zoneFinder)
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


/***/ })

};
