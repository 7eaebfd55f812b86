export const id = 9225;
export const ids = [9225];
export const modules = {

/***/ 39225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AcmeError: () => (/* reexport */ acme_ca/* AcmeError */.FD),
  AcmeSession: () => (/* binding */ AcmeSession),
  RETRY_AFTER_CAP_SECONDS: () => (/* reexport */ acme_ca/* RETRY_AFTER_CAP_SECONDS */.PN),
  RateLimited: () => (/* reexport */ acme_ca/* RateLimited */.JH),
  retryAfterSeconds: () => (/* reexport */ acme_ca/* retryAfterSeconds */.C3)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/pki/certificate.ts
var pki_certificate = __webpack_require__(14839);
// EXTERNAL MODULE: ./src/acme/ca.ts
var acme_ca = __webpack_require__(66044);
;// CONCATENATED MODULE: ./src/acme/chain.ts
// The chains a CA offers for one certificate (RFC 8555 section 7.4.2: Link rel="alternate" on the download) and
// the name preferred_chain compares: the issuer of a chain's top certificate, as certbot and lego compare it.


/**
 * The targets of the Link header's links of relation `rel` (RFC 8288), resolved against `base`, in order. The
 * header may come as one value joined with commas or as one value per header line.
 */
function linkTargets(link, rel, base) {
    const values = link === undefined ? [] : typeof link === 'string' ? [link] : link;
    const targets = [];
    for (const value of values) {
        // <target> followed by its parameters, up to the next link; a quoted parameter may hold ; and ,
        for (const match of value.matchAll(/<([^>]*)>((?:\s*;\s*[^;,="]+(?:=(?:"[^"]*"|[^;,]*))?)*)/g)) {
            const params = match[2] ?? '';
            const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]*))/i.exec(params);
            const names = (rels?.[1] ?? rels?.[2] ?? '').toLowerCase().split(/\s+/);
            if (!names.includes(rel))
                continue;
            try {
                targets.push(new URL(match[1] ?? '', base).href);
            }
            catch {
                // not a URL: no chain there
            }
        }
    }
    return targets;
}
/** The common name of the issuer of the chain's last certificate; undefined when there is none to read. */
function topIssuerName(chain) {
    const top = (0,pki_certificate/* pemCertificates */.xC)(chain).at(-1);
    if (top === undefined)
        return undefined;
    try {
        const issuer = new external_node_crypto_.X509Certificate(top).issuer;
        return /^CN=(.*)$/m.exec(issuer)?.[1];
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/pki/der.ts
var der = __webpack_require__(52787);
;// CONCATENATED MODULE: ./src/acme/csr.ts
// The certificate signing request (PKCS#10, RFC 2986) a finalize sends: the names as a subjectAltName extension
// request, the primary name as the common name when it fits, signed with the certificate's key. Written with
// the DER writer of the PKCS#12 file: the only CSR library at hand came with acme-client, whose bundle (with
// axios, node-forge and an ASN.1 stack) made every issuing run load 2.4 MB for these few structures.


const COMMON_NAME = '2.5.4.3';
const EXTENSION_REQUEST = '1.2.840.113549.1.9.14';
const SUBJECT_ALT_NAME = '2.5.29.17';
/** base64url of the DER CSR, as RFC 8555 section 7.4 sends it. */
function makeCsr(names, privateKeyPem) {
    const key = (0,external_node_crypto_.createPrivateKey)(privateKeyPem);
    const spki = (0,external_node_crypto_.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    const primary = names[0] ?? '';
    // a common name is at most 64 characters (RFC 5280 ub-common-name); the SAN carries every name anyway
    const subject = primary.length <= 64
        ? (0,der/* sequence */.K2)((0,der/* set */.hZ)((0,der/* sequence */.K2)((0,der/* oid */.jq)(COMMON_NAME), (0,der/* tlv */.t)(0x0c, Buffer.from(primary, 'utf8')))))
        : (0,der/* sequence */.K2)();
    const dnsNames = (0,der/* sequence */.K2)(...names.map((name) => (0,der/* tlv */.t)(0x82, Buffer.from(name, 'ascii'))));
    const extensions = (0,der/* sequence */.K2)((0,der/* sequence */.K2)((0,der/* oid */.jq)(SUBJECT_ALT_NAME), (0,der/* octetString */.J8)(dnsNames)));
    const attributes = (0,der/* tlv */.t)(0xa0, (0,der/* sequence */.K2)((0,der/* oid */.jq)(EXTENSION_REQUEST), (0,der/* set */.hZ)(extensions)));
    const info = (0,der/* sequence */.K2)((0,der/* tlv */.t)(0x02, Buffer.from([0])), subject, spki, attributes);
    const { hash, algorithm } = signatureAlgorithm(key.asymmetricKeyType, key.asymmetricKeyDetails?.namedCurve);
    const signature = (0,external_node_crypto_.sign)(hash, info, key);
    const bitString = (0,der/* tlv */.t)(0x03, Buffer.concat([Buffer.from([0]), signature]));
    return (0,der/* sequence */.K2)(info, algorithm, bitString).toString('base64url');
}
function signatureAlgorithm(type, curve) {
    if (type === 'ec') {
        // ECDSA with the hash that matches the curve's strength (RFC 5480 section 4)
        const [hash, identifier] = curve === 'secp384r1'
            ? ['sha384', '1.2.840.10045.4.3.3']
            : curve === 'secp521r1'
                ? ['sha512', '1.2.840.10045.4.3.4']
                : ['sha256', '1.2.840.10045.4.3.2'];
        return { hash, algorithm: (0,der/* sequence */.K2)((0,der/* oid */.jq)(identifier)) };
    }
    if (type === 'rsa')
        return { hash: 'sha256', algorithm: (0,der/* sequence */.K2)((0,der/* oid */.jq)('1.2.840.113549.1.1.11'), (0,der/* nullValue */.Pv)()) };
    throw new Error(`a certificate key of type ${type ?? 'unknown'} cannot sign a request`);
}

// EXTERNAL MODULE: ./src/acme/jws.ts
var jws = __webpack_require__(32538);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(48992);
;// CONCATENATED MODULE: ./src/acme/persist.ts
// The dns-persist-01 challenge object (draft-ietf-acme-dns-persist, section 3.1): no token, but the CA's issuer
// domain names, one of which the persistent record must name, and the account URI it must carry. A client MUST
// reject a challenge whose list is empty or longer than 10; one that names another account could only fail. Both
// are refused here, before anything is answered.


/** The draft's limit on issuer-domain-names, against denial of service through the challenge object. */
const MAX_ISSUERS = 10;
/** A lowercase A-label name without a trailing dot (section 3.1's normalization rules). */
const ISSUER = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
/**
 * The issuer domain names of a dns-persist-01 challenge for `name`, after checking the object as the draft says:
 * 1 to 10 normalized names, and the `accounturi`, when the CA sends one, this session's account.
 */
function persistIssuers(challenge, accountUrl, name) {
    const malformed = (why) => new acme_ca/* AcmeError */.FD(`the CA's dns-persist-01 challenge for ${name} is malformed: ${why}; it was not answered (a CA that follows draft-ietf-acme-dns-persist sends no such challenge)`);
    const issuers = challenge['issuer-domain-names'];
    if (!Array.isArray(issuers))
        throw malformed('it has no issuer-domain-names list');
    if (issuers.length === 0 || issuers.length > MAX_ISSUERS) {
        throw malformed(`issuer-domain-names has ${issuers.length} entries (the draft allows 1 to ${MAX_ISSUERS})`);
    }
    const bad = issuers.find((issuer) => typeof issuer !== 'string' || !ISSUER.test(issuer));
    if (bad !== undefined) {
        throw malformed(`issuer-domain-names holds ${(0,src_text/* quote */.hD)(String(bad).slice(0, 100))}, not a lowercase A-label name without a trailing dot`);
    }
    // The draft's challenge object carries the account URI the record must name; an older CA may leave it out, and
    // the record names this session's account either way.
    const account = challenge.accounturi;
    if (account !== undefined && account !== accountUrl) {
        throw malformed(`it names the account ${(0,src_text/* quote */.hD)(String(account).slice(0, 200))}, not this run's ${accountUrl}`);
    }
    return issuers;
}

;// CONCATENATED MODULE: ./src/acme/index.ts
// The ACME session: account, order, dns-01 or dns-persist-01 challenges, validation, finalize, over the signed-request layer of
// ca.ts (nonce pool, requests in flight bounded, a timeout on every request). The pipeline checks DNS
// propagation itself; here every wait for the CA is a poll of the order with a growing interval or the CA's
// Retry-After (capped). The CSR is csr.ts's.








/** Statuses an authorization never leaves (RFC 8555 section 7.1.6) other than valid. */
const REFUSED = new Set(['invalid', 'deactivated', 'expired', 'revoked']);
/** Order statuses that may still change for the better. */
const UNDECIDED = new Set(['pending', 'ready', 'processing']);
const POLL_TIMEOUT_MS = 180_000;
/**
 * The first poll waits this long, then each wait doubles up to the maximum (unless the CA says Retry-After). A CA
 * that validates or issues at once (a local one, a CA close by) is seen done after 10 ms, not 50; one that takes
 * seconds costs two polls more than a first wait of 50 ms would, the interval reaching the same seconds.
 */
const FIRST_POLL_MS = 10;
const MAX_POLL_INTERVAL_MS = 5_000;
/** The first order and two more, when the CA hands back one already finalized for another key. */
const MAX_ORDERS = 3;
const ORDER_NOT_READY = 'urn:ietf:params:acme:error:orderNotReady';
/** How a certificate chain is read: PEM, and larger than other answers may be. */
const CHAIN = { accept: 'application/pem-certificate-chain', maxBytes: acme_ca/* CHAIN_MAX_BYTES */.TK };
class AcmeSession {
    #ca;
    #config;
    #options;
    #thumbprint;
    /** The orders whose challenges are still to be validated. */
    #orders = new Set();
    constructor(ca, config, options) {
        this.#ca = ca;
        this.#config = config;
        this.#options = options;
        this.#thumbprint = (0,jws/* thumbprint */.O1)(ca.account.jwk);
    }
    /**
     * A session that has not asked for its account yet: the directory and a first nonce are fetched at once, so
     * that the run can check its DNS meanwhile and ask for the account (openAccount) only once the checks pass.
     */
    static connect(config, accountKey, options) {
        const ca = new acme_ca/* CaClient */.K7(config.directoryUrl, accountKey, {
            limits: (0,acme_ca/* caLimits */.Fo)(options.env),
            log: options.debug,
            directory: options.directory,
            trace: options.trace,
        });
        // a failure here is reported by whatever needs the directory or a nonce next
        ca.prefetch().catch(() => { });
        return new AcmeSession(ca, config, options);
    }
    /** connect, then openAccount. */
    static async open(config, accountKey, options) {
        const session = AcmeSession.connect(config, accountKey, options);
        await session.openAccount();
        return session;
    }
    /** newAccount (RFC 8555 section 7.3): the account this key has, made when there is none. */
    async openAccount() {
        try {
            await openAccount(this.#ca, this.#config);
        }
        catch (error) {
            this.#ca.close();
            const message = error.message;
            const hint = /externalAccount/i.test(message)
                ? '; this CA requires external account binding: set `eab_kid` and `eab_hmac_key` from your CA account'
                : '';
            throw new acme_ca/* AcmeError */.FD(`ACME account at ${this.#config.directoryUrl}: ${message}${hint}`);
        }
    }
    /** The CA's directory, as the session read it. */
    directory() {
        return this.#ca.directory();
    }
    /** The account's URL at the CA (public): the same key always finds the same account. */
    get accountUrl() {
        return this.#ca.accountUrl ?? '';
    }
    /** What this session sent the CA so far. */
    get sent() {
        return this.#ca.sent;
    }
    /**
     * A new order. `replaces` (RFC 9773 section 5) names the certificate this one renews, sent when the CA's
     * directory offers renewalInfo; a CA that refuses it (`alreadyReplaced`, another account's certificate, or no
     * ARI after all) gets the order once more without it, since a renewal must not fail over a hint, and no later
     * order for this certificate sends it again. `onRetry` hears why. `wanted`: the certificate's names and
     * profile, when the session orders for more than the one it was opened for (a fleet).
     */
    async order(certId, onRetry, wanted = this.#config) {
        return this.#guard(async () => {
            const { renewalInfo } = await this.#ca.directory();
            const replaces = typeof renewalInfo === 'string' ? certId : undefined;
            // `profile` (draft-ietf-acme-profiles) and `replaces` go as they are
            const request = {
                identifiers: wanted.names.map((name) => ({ type: 'dns', value: name })),
                ...(wanted.profile ? { profile: wanted.profile } : {}),
                ...(replaces ? { replaces } : {}),
            };
            const order = await this.#unfinalized(await this.#place(request, wanted.names, onRetry));
            return { order, challenges: await this.#challenges(order) };
        });
    }
    /**
     * Answer the challenges (all of one order), then wait until the CA has validated them all, polling the order
     * (one request per poll, whatever the number of names) when they complete it, the earlier batches being valid;
     * for a batch that leaves others pending, its authorizations together, each round asking only those still
     * pending. The first refusal ends the wait, with every problem the CA reports.
     */
    async validate(challenges) {
        if (challenges.length === 0)
            return;
        return this.#guard(async () => {
            const order = this.#orderOf(challenges);
            await Promise.all(challenges.map(async (c) => {
                const answer = await this.#ca.post(c.challenge.url, {}, { idempotent: true });
                expectStatus(answer, [200], `answering the ${c.challenge.type} challenge of ${nameOf(c)}`);
            }));
            const completes = order.pending.every((url) => order.validated.has(url) || challenges.some((c) => c.authorizationUrl === url));
            if (completes)
                order.state = await this.#awaitOrder(order, ['ready', 'processing', 'valid']);
            else
                await this.#awaitAuthorizations(order, challenges);
            for (const c of challenges)
                order.validated.add(c.authorizationUrl);
        });
    }
    /**
     * Finalize with a CSR for `privateKey` (made while the challenges were being solved) and download the
     * certificate, whose key must be `privateKey`: an order finalized by another run of the same account (a CA
     * may hand the same order to both) carries that run's certificate, so the order is placed again. The chain is
     * the one whose top issuer is `preferredChain` (the certificate's own: a session may serve several).
     */
    async finalize(order, privateKey, preferredChain = this.#config.preferredChain) {
        return this.#guard(async () => {
            const csr = await this.#csr(order.names, privateKey);
            let current = order;
            for (let ordered = 1;; ordered++) {
                const issued = await this.#finalizeOnce(current, csr, privateKey, preferredChain);
                if (issued !== undefined) {
                    const { requests, newNonce } = this.#ca.sent;
                    this.#options.debug(`ACME: ${requests} requests to the CA, ${newNonce} of them for a new nonce`);
                    this.#orders.delete(order);
                    this.#orders.delete(current);
                    if (!this.#options.shared)
                        this.#ca.close();
                    return issued;
                }
                if (ordered === MAX_ORDERS) {
                    throw new acme_ca/* AcmeError */.FD(`the CA issued ${MAX_ORDERS} certificates for another key instead of this run's (last order ${current.url}); nothing was written`);
                }
                current = await this.#orderAgain(current);
            }
        });
    }
    /** Stop every request and wait of this session (the run is over). */
    close() {
        this.#ca.close();
    }
    async #guard(step) {
        try {
            return await step();
        }
        catch (error) {
            // the run fails: nothing of this session may go on asking the CA or keep the process alive (a shared
            // session's other orders go on; its owner closes it)
            if (!this.#options.shared)
                this.#ca.close();
            throw error;
        }
    }
    /**
     * newOrder, every time this session orders (again) for a certificate: a refusal of `replaces` gets the order once
     * more without it, and the order placed so keeps it out of every later order for the same certificate. Other
     * certificates of a shared session still send theirs.
     */
    async #place(request, names, onRefused) {
        const { replaces: _, ...plain } = request;
        if (request.replaces === undefined)
            return this.#newOrder(request, names, onRefused);
        try {
            return await this.#newOrder(request, names, onRefused);
        }
        catch (error) {
            // only the CA's word on this order: a rate limit stays a rate limit, a CA that does not answer stays so
            if (!(error instanceof acme_ca/* CaProblem */.u_))
                throw error;
            onRefused?.(error.message);
            return this.#newOrder(plain, names, onRefused);
        }
    }
    async #newOrder(request, names, onReplacesRefused) {
        const { newOrder } = await this.#ca.directory();
        const answer = await this.#ca.post(newOrder, request);
        const state = expectStatus(answer, [200, 201], 'newOrder');
        const url = (0,acme_ca/* header */.wx)(answer, 'location');
        if (url === undefined)
            throw new acme_ca/* AcmeError */.FD('the CA created an order without saying where it is (no Location)');
        return { url, state, request, names, onReplacesRefused, pending: [], validated: new Set() };
    }
    /**
     * A CA may hand back an existing order of this account; one already finalized (valid or processing) carries a
     * certificate for a key this run did not make (every run makes a new one), so it is ordered again.
     */
    async #unfinalized(order) {
        let current = order;
        for (let ordered = 1;; ordered++) {
            const { status } = current.state;
            if (status !== 'valid' && status !== 'processing')
                return current;
            if (ordered === MAX_ORDERS) {
                throw new acme_ca/* AcmeError */.FD(`the CA handed back an order already ${status} (${current.url}) ${MAX_ORDERS} times: its certificate is another run's`);
            }
            this.#options.warning?.(`The CA handed back order ${current.url}, already ${status}: its certificate is for another run's key; ordering again`);
            current = await this.#place(current.request, current.names, current.onReplacesRefused);
        }
    }
    /**
     * The challenges of the order's pending authorizations, of the session's type; every refused authorization
     * fails the run. One the CA validated on its own (dns-persist-01's just-in-time validation) is valid already.
     */
    async #challenges(order) {
        const authorizations = await Promise.all(order.state.authorizations.map(async (url) => ({ url, authz: await this.#authorization(url) })));
        const refused = authorizations.filter((a) => REFUSED.has(a.authz.status));
        if (refused.length > 0)
            throw refusal(refused, authorizations.length);
        const pending = authorizations.filter((a) => a.authz.status !== 'valid');
        order.pending = pending.map((a) => a.url);
        this.#orders.add(order);
        const type = this.#config.challenge ?? 'dns-01';
        return pending.map(({ url, authz }) => {
            const challenge = authz.challenges.find((c) => c.type === type);
            const name = `${authz.wildcard ? '*.' : ''}${authz.identifier.value}`;
            if (challenge === undefined) {
                const offered = authz.challenges.map((c) => c.type).join(', ') || 'none';
                throw new acme_ca/* AcmeError */.FD(`the CA offers no ${type} challenge for ${name} (it offers ${offered})`);
            }
            const found = {
                identifier: authz.identifier.value,
                wildcard: authz.wildcard === true,
                challenge,
                authorizationUrl: url,
            };
            if (type === 'dns-persist-01') {
                return { ...found, value: '', issuerDomainNames: persistIssuers(challenge, this.accountUrl, name) };
            }
            return { ...found, value: (0,jws/* dns01Value */.wz)(challenge.token, this.#thumbprint) };
        });
    }
    #orderOf(challenges) {
        const order = [...this.#orders].find((o) => challenges.every((c) => o.pending.includes(c.authorizationUrl)));
        if (order === undefined)
            throw new acme_ca/* AcmeError */.FD('these challenges belong to no one order of this session');
        return order;
    }
    async #authorization(url) {
        return expectStatus(await this.#ca.post(url, undefined), [200], `authorization ${url}`);
    }
    /** Poll the order until it reaches one of `wanted`; a refusal ends it with the problems of every name. */
    async #awaitOrder(order, wanted, firstWaitMs = FIRST_POLL_MS) {
        return this.#poll('order', firstWaitMs, async () => {
            const answer = await this.#ca.post(order.url, undefined);
            const state = expectStatus(answer, [200], 'order');
            if (wanted.includes(state.status))
                return { result: state };
            if (UNDECIDED.has(state.status))
                return waiting(state.status, answer);
            // invalid, or what no order should be (deactivated, expired, revoked, ...): final
            throw await this.#refusalOf(order, state);
        });
    }
    /**
     * A batch: its authorizations together, each round asking those not yet seen valid; every refusal of the
     * round ends the wait. A CA validates a batch's challenges side by side, so most rounds find them all decided.
     */
    async #awaitAuthorizations(order, challenges) {
        let left = [...challenges];
        await this.#poll('authorizations', FIRST_POLL_MS, async () => {
            const seen = await Promise.all(left.map(async (challenge) => {
                const answer = await this.#ca.post(challenge.authorizationUrl, undefined);
                const what = `authorization of ${nameOf(challenge)}`;
                return { challenge, answer, authz: expectStatus(answer, [200], what) };
            }));
            const refused = seen.filter((s) => REFUSED.has(s.authz.status));
            if (refused.length > 0) {
                throw refusal(refused.map((s) => ({ url: s.challenge.authorizationUrl, authz: s.authz })), order.pending.length);
            }
            const pending = seen.filter((s) => s.authz.status !== 'valid');
            left = pending.map((s) => s.challenge);
            const [first] = pending;
            if (first === undefined)
                return { result: true };
            return waiting(`${first.authz.status} (${pending.map((s) => nameOf(s.challenge)).join(', ')})`, first.answer);
        });
    }
    /** Why the order failed: every authorization the CA refused, with its problem, else the order's own. */
    async #refusalOf(order, state) {
        const authorizations = await Promise.all(order.pending.map(async (url) => ({ url, authz: await this.#authorization(url) })));
        const refused = authorizations.filter((a) => REFUSED.has(a.authz.status));
        if (refused.length > 0)
            return refusal(refused, state.authorizations.length);
        return new acme_ca/* AcmeError */.FD(`the CA marked the order ${state.status}: ${(0,acme_ca/* describeProblem */.BJ)(state.error)}`);
    }
    /**
     * Ask `probe` until it has a result, waiting first `firstWaitMs`, then the CA's Retry-After (capped) or an
     * interval that doubles up to a few seconds: few requests however long the CA takes, none in a tight loop.
     */
    async #poll(what, firstWaitMs, probe) {
        const deadline = Date.now() + POLL_TIMEOUT_MS;
        let interval = FIRST_POLL_MS;
        let wait = firstWaitMs;
        for (;;) {
            await this.#ca.sleep(wait);
            const outcome = await probe();
            if ('result' in outcome)
                return outcome.result;
            interval = Math.min(interval * 2, MAX_POLL_INTERVAL_MS);
            wait = Math.min(outcome.retryAfterMs > 0 ? outcome.retryAfterMs : interval, acme_ca/* RETRY_AFTER_CAP_SECONDS */.PN * 1000);
            if (Date.now() + wait > deadline) {
                throw new acme_ca/* AcmeError */.FD(`the ${what} is still ${outcome.status} after ${POLL_TIMEOUT_MS / 60_000} minutes`);
            }
        }
    }
    /** The certificate of `order` for `privateKey`, or undefined when the order turns out to carry another key's. */
    async #finalizeOnce(order, csr, privateKey, preferredChain) {
        // every authorization valid already (none to solve): the order becomes ready on its own
        if (order.state.status === 'pending') {
            order.state = await this.#awaitOrder(order, ['ready', 'processing', 'valid'], 0);
        }
        // finalized before this run sent its CSR: someone else's certificate
        if (order.state.status !== 'ready')
            return this.#notOurs(order, `already ${order.state.status}`);
        let answer = await this.#ca.post(order.state.finalize, { csr });
        let notOurs = 'its certificate has another key';
        if (answer.status === 403 && (0,acme_ca/* problemOf */.Zw)(answer)?.type === ORDER_NOT_READY) {
            // Finalized already: by this finalize, whose first answer was lost and which was sent again (a 5xx after the
            // CA acted), or by another run of this account. The order tells: its certificate is ours if it has our key.
            const read = await this.#ca.post(order.url, undefined);
            const current = expectStatus(read, [200], 'order');
            // not finalized after all: the CA's refusal stands, and says why
            if (current.status !== 'processing' && current.status !== 'valid')
                expectStatus(answer, [200], 'finalize');
            answer = read;
            notOurs = 'finalized by another run first';
        }
        let state = expectStatus(answer, [200], 'finalize');
        if (state.status !== 'valid') {
            const first = (0,acme_ca/* retryAfterSeconds */.C3)((0,acme_ca/* header */.wx)(answer, 'retry-after')) * 1000;
            state = await this.#awaitOrder(order, ['valid'], Math.min(first || FIRST_POLL_MS, acme_ca/* RETRY_AFTER_CAP_SECONDS */.PN * 1000));
        }
        order.state = state;
        if (state.certificate === undefined)
            throw new acme_ca/* AcmeError */.FD(`the order ${order.url} is valid but names no certificate`);
        const download = await this.#ca.post(state.certificate, undefined, CHAIN);
        const offered = expectStatus(download, [200], 'certificate download');
        if (typeof offered !== 'string')
            throw new acme_ca/* AcmeError */.FD('the CA sent the certificate in a form other than PEM');
        const [certificate = ''] = (0,pki_certificate/* pemCertificates */.xC)(offered);
        if (!holdsKey(certificate, privateKey))
            return this.#notOurs(order, notOurs);
        const fullchain = await this.#preferredChain(preferredChain, offered, state.certificate, download);
        const [, ...rest] = (0,pki_certificate/* pemCertificates */.xC)(fullchain);
        return {
            certificate: ensureNewline(certificate),
            chain: rest.map(ensureNewline).join(''),
            fullchain: ensureNewline(fullchain),
            privateKey,
        };
    }
    /**
     * `preferredChain`: the default chain when its top issuer is the one named (or none is), else the first of the
     * CA's alternates whose top issuer is, for the same certificate; none: the default, with a warning. The
     * certificate is issued by now: an alternate that cannot be read only leaves the default chain.
     */
    async #preferredChain(preferred, fullchain, url, download) {
        const offered = [topIssuerName(fullchain)];
        if (preferred === undefined || offered[0] === preferred)
            return fullchain;
        const [leaf] = (0,pki_certificate/* pemCertificates */.xC)(fullchain);
        const unread = [];
        for (const alternate of linkTargets(download.headers.link, 'alternate', url)) {
            let chain;
            try {
                chain = expectStatus(await this.#ca.post(alternate, undefined, CHAIN), [200], `alternate chain ${alternate}`);
            }
            catch (error) {
                unread.push(error.message);
                continue;
            }
            if (typeof chain !== 'string' || (0,pki_certificate/* pemCertificates */.xC)(chain)[0] !== leaf)
                continue;
            const issuer = topIssuerName(chain);
            if (issuer === preferred)
                return chain;
            offered.push(issuer);
        }
        const names = offered.map((name) => (name === undefined ? 'an unnamed issuer' : JSON.stringify(name)));
        this.#options.warning?.(`preferred_chain: no chain the CA offers has ${JSON.stringify(preferred)} at its top (it offers ${names.join(', ')}${unread.length > 0 ? `; not read: ${unread.join('; ')}` : ''}); the default chain is kept`);
        return fullchain;
    }
    #notOurs(order, why) {
        this.#options.warning?.(`The CA's order ${order.url} is not this run's (${why}): its certificate is not for this run's key; ordering again`);
        return undefined;
    }
    /**
     * After an order turned out to be another run's: the same order again. The CA holds this account's names as
     * validated for a while, so the new order is ready at once; one that needs its names validated again cannot be
     * solved here (the TXT records are the pipeline's), and the run fails to be run again.
     */
    async #orderAgain(stale) {
        const order = await this.#unfinalized(await this.#place(stale.request, stale.names, stale.onReplacesRefused));
        this.#orders.delete(stale);
        const challenges = await this.#challenges(order);
        if (challenges.length > 0) {
            throw new acme_ca/* AcmeError */.FD(`order ${stale.url} was finalized for another key (another run of this ACME account?), and the CA wants the names validated again for a new order; nothing was written, run again`);
        }
        return order;
    }
    async #csr(names, privateKey) {
        return makeCsr(names, privateKey);
    }
}
/** newAccount (RFC 8555 section 7.3): the account this key has, made when there is none. */
async function openAccount(ca, config) {
    const directory = await ca.directory();
    const contact = config.email === undefined ? undefined : [`mailto:${config.email}`];
    const answer = await ca.post(directory.newAccount, {
        termsOfServiceAgreed: true,
        ...(contact ? { contact } : {}),
        ...(config.eab
            ? { externalAccountBinding: (0,jws/* externalAccountBinding */.gO)(config.eab, directory.newAccount, ca.account.jwk) }
            : {}),
    }, 
    // the same key finds the same account: sending it twice does no harm
    { jwk: true, idempotent: true });
    const account = expectStatus(answer, [200, 201], 'newAccount');
    const url = (0,acme_ca/* header */.wx)(answer, 'location');
    if (url === undefined)
        throw new acme_ca/* AcmeError */.FD('the CA answered newAccount without the account URL (no Location)');
    ca.accountUrl = url;
    // A kept key finds its account (200); its contact is updated only when it really changed: an update costs a
    // request, and a CA may refuse one that changes nothing (Pebble does).
    const known = account?.contact ?? [];
    if (answer.status === 200 && contact !== undefined && !contact.every((c) => known.includes(c))) {
        expectStatus(await ca.post(url, { contact }), [200], 'account update');
    }
}
/** The answer's body when its status is one of `ok`; else the CA's problem, as an error naming `what`. */
function expectStatus(answer, ok, what) {
    if (ok.includes(answer.status))
        return answer.body;
    throw new acme_ca/* CaProblem */.u_(`${what}: HTTP ${answer.status}${(0,acme_ca/* describeAnswer */.O1)(answer)}`, answer.status, (0,acme_ca/* problemOf */.Zw)(answer)?.type);
}
function waiting(status, answer) {
    return { status, retryAfterMs: (0,acme_ca/* retryAfterSeconds */.C3)((0,acme_ca/* header */.wx)(answer, 'retry-after')) * 1000 };
}
/** One error for every refused authorization: the name, its status, and the problem of its challenge. */
function refusal(refused, total) {
    const lines = refused.map(({ authz }) => {
        const name = `${authz.wildcard ? '*.' : ''}${authz.identifier.value}`;
        const problem = authz.challenges.find((c) => c.error !== undefined)?.error;
        return `${name}: ${authz.status}: ${(0,acme_ca/* describeProblem */.BJ)(problem)}`;
    });
    return new acme_ca/* AcmeError */.FD(`the CA refused ${refused.length} of ${total} name(s): ${lines.join('; ')}`);
}
function nameOf(c) {
    return `${c.wildcard ? '*.' : ''}${c.identifier}`;
}
/** Whether the certificate's public key is the one of `privateKey`. */
function holdsKey(certificatePem, privateKey) {
    try {
        return new external_node_crypto_.X509Certificate(certificatePem).checkPrivateKey((0,external_node_crypto_.createPrivateKey)(privateKey));
    }
    catch {
        return false;
    }
}
function ensureNewline(pem) {
    return pem.endsWith('\n') ? pem : `${pem}\n`;
}


/***/ })

};
