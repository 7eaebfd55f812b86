export const id = 614;
export const ids = [614];
export const modules = {

/***/ 5614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AcmeError: () => (/* binding */ AcmeError),
/* harmony export */   AcmeSession: () => (/* binding */ AcmeSession),
/* harmony export */   RETRY_AFTER_CAP_SECONDS: () => (/* binding */ RETRY_AFTER_CAP_SECONDS),
/* harmony export */   configureAcmeHttp: () => (/* binding */ configureAcmeHttp),
/* harmony export */   retryAfterSeconds: () => (/* binding */ retryAfterSeconds)
/* harmony export */ });
/* harmony import */ var acme_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46907);
/* harmony import */ var axios__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41542);
// The ACME session over acme-client: account, order, dns-01 challenges, validation, finalize.
// acme-client's own DNS check and its uncapped waits are bypassed: the pipeline checks propagation itself,
// and every wait for the CA honours Retry-After up to a cap.


class AcmeError extends Error {
}
/** The longest we sleep for one Retry-After, however long the CA asks for. */
const RETRY_AFTER_CAP_SECONDS = 30;
const POLL_TIMEOUT_MS = 180_000;
const MAX_BAD_NONCE_RETRIES = 20;
let configured = false;
let retryAfterCap = RETRY_AFTER_CAP_SECONDS;
/** Process-wide settings of acme-client's HTTP layer (it has one axios instance). */
function configureAcmeHttp(capSeconds = RETRY_AFTER_CAP_SECONDS) {
    retryAfterCap = capSeconds;
    const settings = acme_client__WEBPACK_IMPORTED_MODULE_0__.axios.defaults.acmeSettings;
    settings.retryMaxAttempts = 5;
    settings.retryDefaultDelay = 1;
    if (configured)
        return;
    configured = true;
    // acme-client sleeps for whatever Retry-After a 429/5xx carries; rewrite the header to the cap first.
    const http = axios__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A.getAdapter('http');
    const cap = (response) => {
        const header = response?.headers?.['retry-after'];
        if (typeof header !== 'string' || response === undefined)
            return;
        // acme-client reads whole seconds only
        response.headers['retry-after'] = String(Math.ceil(Math.min(retryAfterSeconds(header), retryAfterCap)));
    };
    acme_client__WEBPACK_IMPORTED_MODULE_0__.axios.defaults.adapter = async (config) => {
        let response;
        try {
            response = await http(config);
        }
        catch (error) {
            const failed = error.response;
            rateLimitCheck(failed);
            cap(failed);
            throw error;
        }
        rateLimitCheck(response);
        cap(response);
        return response;
    };
}
/**
 * A CA rate limit lasts hours: retrying would only burn more of it. An error without `config` passes
 * acme-client's retry interceptor untouched, so the run fails at once and says when to try again.
 */
function rateLimitCheck(response) {
    if (response?.status !== 429)
        return;
    // the adapter sees the body before axios parses it
    let problem;
    try {
        const data = response.data;
        problem =
            typeof data === 'string' || Buffer.isBuffer(data) ? JSON.parse(String(data)) : data;
    }
    catch {
        return;
    }
    if (problem?.type !== 'urn:ietf:params:acme:error:rateLimited')
        return;
    const seconds = retryAfterSeconds(response.headers?.['retry-after']);
    const when = seconds > 0 ? `retry after ${new Date(Date.now() + seconds * 1000).toISOString()}` : 'retry later';
    throw new AcmeError(`the CA's rate limit was reached (${problem.detail ?? 'no detail'}); ${when}`);
}
/** Retry-After as seconds: delta-seconds or an HTTP date; 0 when unreadable. */
function retryAfterSeconds(header, now = Date.now()) {
    if (header === undefined || header.trim() === '')
        return 0;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds);
    const date = Date.parse(header);
    return Number.isNaN(date) ? 0 : Math.max(0, Math.ceil((date - now) / 1000));
}
class AcmeSession {
    client;
    config;
    constructor(client, config) {
        this.client = client;
        this.config = config;
    }
    /** `debug` receives acme-client's own log (requests, retries, badNonce): shown only in debug runs. */
    static async open(config, accountKey, debug) {
        configureAcmeHttp();
        acme_client__WEBPACK_IMPORTED_MODULE_0__.setLogger(debug);
        const client = new acme_client__WEBPACK_IMPORTED_MODULE_0__.Client({
            directoryUrl: config.directoryUrl,
            accountKey,
            externalAccountBinding: config.eab,
        });
        client.http.maxBadNonceRetries =
            MAX_BAD_NONCE_RETRIES;
        try {
            // newAccount answers 200 with the account a kept key already has. acme-client's createAccount would then
            // send an account update on every run, which costs a request and which a CA may refuse when there is
            // nothing to change (Pebble does); the contact is updated only when it really changed.
            const contact = config.email === undefined ? undefined : [`mailto:${config.email}`];
            const api = client.api;
            const created = await api.createAccount({ termsOfServiceAgreed: true, ...(contact ? { contact } : {}) });
            const known = created.data?.contact ?? [];
            if (created.status === 200 && contact !== undefined && !contact.every((c) => known.includes(c))) {
                await client.updateAccount({ contact });
            }
        }
        catch (error) {
            const message = error.message;
            const hint = /externalAccount/i.test(message)
                ? '; this CA requires external account binding: set `eab_kid` and `eab_hmac_key` from your CA account'
                : '';
            throw new AcmeError(`ACME account at ${config.directoryUrl}: ${message}${hint}`);
        }
        return new AcmeSession(client, config);
    }
    /** The account's URL at the CA (public): the same key always finds the same account. */
    get accountUrl() {
        return this.client.getAccountUrl();
    }
    /**
     * A new order. `replaces` (RFC 9773 section 5) names the certificate this one renews; a CA that refuses it
     * (`alreadyReplaced`, another account's certificate, or no ARI after all) gets the order once more without
     * it, since a renewal must not fail over a hint. `onRetry` hears why.
     */
    async order(replaces, onRetry) {
        const identifiers = this.config.names.map((n) => ({ type: 'dns', value: n.name }));
        // acme-client passes extra fields through: `profile` (draft-ietf-acme-profiles) and `replaces` go as is.
        const request = { identifiers, ...(this.config.profile ? { profile: this.config.profile } : {}) };
        const create = (fields) => this.client.createOrder(fields);
        let order;
        if (replaces === undefined)
            order = await create(request);
        else {
            try {
                order = await create({ ...request, replaces });
            }
            catch (error) {
                // a rate limit stays a rate limit: asking again would only burn more of it
                if (error instanceof AcmeError)
                    throw error;
                onRetry?.(error.message);
                order = await create(request);
            }
        }
        const authorizations = await this.client.getAuthorizations(order);
        const challenges = await Promise.all(authorizations
            .filter((authz) => authz.status !== 'valid')
            .map(async (authz) => {
            const challenge = authz.challenges.find((c) => c.type === 'dns-01');
            if (challenge === undefined) {
                throw new AcmeError(`the CA offers no dns-01 challenge for ${authz.identifier.value}`);
            }
            return {
                identifier: authz.identifier.value,
                wildcard: authz.wildcard === true,
                value: await this.client.getChallengeKeyAuthorization(challenge),
                challenge,
                authorizationUrl: authz.url,
            };
        }));
        return { order, challenges };
    }
    /** Answer every challenge at once, then wait for every authorization. */
    async validate(challenges) {
        await Promise.all(challenges.map(async (c) => {
            await this.client.completeChallenge(c.challenge);
            await this.poll(c.authorizationUrl, `authorization of ${c.wildcard ? '*.' : ''}${c.identifier}`);
        }));
    }
    /** Finalize with a CSR for `privateKey` (made while the challenges were being solved) and download. */
    async finalize(order, privateKey) {
        const names = this.config.names.map((n) => n.name);
        const primary = names[0];
        const [, csr] = await acme_client__WEBPACK_IMPORTED_MODULE_0__.crypto.createCsr({ commonName: primary.length <= 64 ? primary : undefined, altNames: names }, privateKey);
        const ready = await this.poll(order.url, 'order', ['ready', 'valid']);
        const finalized = ready.status === 'valid'
            ? ready
            : await this.client.finalizeOrder({ ...order, ...ready }, csr);
        const valid = finalized.status === 'valid' ? finalized : await this.poll(order.url, 'order');
        const fullchain = await this.client.getCertificate({ ...order, ...valid });
        const [certificate = '', ...rest] = acme_client__WEBPACK_IMPORTED_MODULE_0__.crypto.splitPemChain(fullchain);
        return {
            certificate: ensureNewline(certificate),
            chain: rest.map(ensureNewline).join(''),
            fullchain: ensureNewline(fullchain),
            privateKey,
        };
    }
    /**
     * POST-as-GET an authorization or order until it reaches a wanted status, sleeping for the CA's Retry-After
     * (capped) or a short growing interval. acme-client's waitForValidStatus starts at 5 s and ignores
     * Retry-After, hence this loop over its signed-request API.
     */
    async poll(url, what, wanted = ['valid']) {
        const api = this.client.api;
        const deadline = Date.now() + POLL_TIMEOUT_MS;
        let interval = 50;
        for (;;) {
            const response = await api.apiRequest.call(api, url, null, [200]);
            const { status } = response.data;
            if (wanted.includes(status))
                return response.data;
            if (status === 'invalid') {
                throw new AcmeError(`the CA marked the ${what} invalid: ${describeProblem(response.data)}`);
            }
            const retryAfter = retryAfterSeconds(response.headers['retry-after']) * 1000;
            const wait = Math.min(retryAfter > 0 ? retryAfter : interval, RETRY_AFTER_CAP_SECONDS * 1000);
            if (Date.now() + wait > deadline)
                throw new AcmeError(`the ${what} is still ${status} after 3 minutes`);
            await new Promise((resolve) => setTimeout(resolve, wait));
            interval = Math.min(interval * 2, 2000);
        }
    }
}
function describeProblem(data) {
    const problems = [data.error, ...(data.challenges ?? []).map((c) => c.error)].filter(Boolean);
    return problems.map((p) => `${p.type ?? ''} ${p.detail ?? ''}`.trim()).join('; ') || 'no detail given';
}
function ensureNewline(pem) {
    return pem.endsWith('\n') ? pem : `${pem}\n`;
}


/***/ })

};
