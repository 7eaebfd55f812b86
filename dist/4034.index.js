export const id = 4034;
export const ids = [4034,8943];
export const modules = {

/***/ 20770:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__(20218);


/***/ }),

/***/ 20218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var net = __webpack_require__(69278);
var tls = __webpack_require__(64756);
var http = __webpack_require__(58611);
var https = __webpack_require__(65692);
var events = __webpack_require__(24434);
var assert = __webpack_require__(42613);
var util = __webpack_require__(39023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 28943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   apiBaseUrl: () => (/* binding */ apiBaseUrl),
/* harmony export */   githubApi: () => (/* binding */ githubApi)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85555);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73329);
/* harmony import */ var _http_transport_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28782);
// GitHub's REST API behind StoreContext.github, for both adapters (the action and the command line): one Octokit from @actions/github for the server this job runs on, with a
// timeout on every request and bounded retries that honour Retry-After. The core only sees the GithubApi interface.





const API_VERSION = '2022-11-28';
const OCTOKIT_DEFAULT_ACCEPT = 'application/vnd.github.v3+json';
// GitHub asks to wait at least a minute after a secondary rate limit that names no time.
const UNTIMED_THROTTLE_WAIT_MS = 60_000;
/** An Octokit for GitHub's REST API, authenticated with `token`, at GITHUB_API_URL (GitHub Enterprise included). */
async function githubApi(token, env, settings) {
    const { log } = settings;
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: apiBaseUrl(env),
        userAgent: _http_transport_js__WEBPACK_IMPORTED_MODULE_4__/* .USER_AGENT */ ._O,
        // Replaces @actions/github's request defaults: its proxy-aware fetch is kept underneath.
        request: {
            fetch: boundedFetch((settings.fetch ?? _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_2__/* .defaults */ .NT.request?.fetch ?? fetch), settings, log),
        },
        log: { debug: () => { }, info: () => { }, warn: log, error: log },
    });
    octokit.hook.before('request', (options) => {
        // GitHub's documented media type and a pinned API version, unless a call asks for others.
        if (options.headers.accept === OCTOKIT_DEFAULT_ACCEPT)
            options.headers.accept = 'application/vnd.github+json';
        const headers = options.headers;
        headers['x-github-api-version'] ??= API_VERSION;
    });
    const secrets = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .secretVariants */ .J5)([token]);
    return {
        request: async (route, parameters) => {
            try {
                const response = await octokit.request(route, parameters);
                return { status: response.status, data: response.data, headers: response.headers };
            }
            catch (error) {
                throw redactRequestError(error, secrets);
            }
        },
    };
}
/** GITHUB_API_URL without trailing slashes, https://api.github.com when unset. */
function apiBaseUrl(env) {
    const input = env.GITHUB_API_URL?.trim() || 'https://api.github.com';
    let url;
    try {
        url = new URL(input);
    }
    catch {
        throw new Error(`GITHUB_API_URL "${input}" is not a URL (e.g. https://api.github.com)`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`GITHUB_API_URL "${input}" is not an http(s) URL`);
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
/** A fetch whose every attempt ends within the timeout, retried a bounded number of times when that is safe. */
function boundedFetch(base, settings, log) {
    const timeoutMs = settings.timeoutMs ?? 30_000;
    const retries = settings.retries ?? 3;
    const maxWaitMs = settings.maxWaitMs ?? 60_000;
    const sleep = settings.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms));
    return async (input, init) => {
        const method = (init?.method ?? 'GET').toUpperCase();
        const url = requestUrl(input);
        const where = `github: ${method} ${url?.pathname ?? '(request)'}`;
        // a streamed body cannot be sent twice
        const replayable = init?.body === undefined || init.body === null || typeof init.body === 'string';
        for (let attempt = 1;; attempt++) {
            const outcome = await attemptOnce(base, input, init, timeoutMs);
            const wait = replayable && attempt <= retries ? retryWait(outcome, method, attempt) : undefined;
            if (wait === undefined || wait > maxWaitMs) {
                if ('response' in outcome)
                    return outcome.response;
                if (outcome.timedOut) {
                    // the caller names the request; the origin says which server did not answer
                    const message = `no complete answer from ${url?.origin ?? 'GitHub'} within ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMs */ ._V)(timeoutMs)}`;
                    throw new Error(message, { cause: outcome.error });
                }
                throw outcome.error;
            }
            const what = 'response' in outcome
                ? `HTTP ${outcome.response.status}`
                : outcome.timedOut
                    ? `no complete answer within ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMs */ ._V)(timeoutMs)}`
                    : (0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(outcome.error) || 'network error';
            log(`${where}: ${what}, retry ${attempt} of ${retries} in ${(0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .formatMs */ ._V)(wait)}`);
            await sleep(wait);
        }
    };
}
/**
 * One request, its body read in full under the same timeout: a stalled body would otherwise hang, and Octokit
 * takes a body cut short for an empty one.
 */
async function attemptOnce(base, input, init, timeoutMs) {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
        const response = await base(input, { ...init, signal });
        const body = await response.arrayBuffer();
        const nullBody = [101, 204, 205, 304].includes(response.status);
        const copy = new Response(nullBody ? null : body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
        });
        Object.defineProperty(copy, 'url', { value: response.url });
        return { response: copy };
    }
    catch (error) {
        // the caller's own abort is no failure to retry
        if (init?.signal?.aborted)
            throw error;
        return { error, timedOut: timeout.aborted };
    }
}
/** Milliseconds to wait before the next attempt, or undefined when this outcome is final. */
function retryWait(outcome, method, attempt) {
    const idempotent = _http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .IDEMPOTENT_METHODS */ .p3.has(method);
    if (!('response' in outcome)) {
        const connectFailure = _http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .CONNECT_ERROR_CODES */ .ZG.has((0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(outcome.error) ?? '');
        return connectFailure || idempotent ? backoff(attempt) : undefined;
    }
    const { status, headers } = outcome.response;
    const retryAfter = (0,_http_client_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRetryAfter */ .mu)(headers.get('retry-after') ?? undefined);
    // GitHub's rate limits: 429, or 403 with Retry-After (secondary) or no requests left (primary).
    const rateLimited = status === 429 ||
        (status === 403 && (retryAfter !== undefined || headers.get('x-ratelimit-remaining') === '0'));
    if (rateLimited)
        return retryAfter ?? untilReset(headers.get('x-ratelimit-reset')) ?? UNTIMED_THROTTLE_WAIT_MS;
    // 503: the server did not act; other 5xx: it may have, so only a harmless repeat is sent
    if (status === 503 || (status >= 500 && idempotent))
        return retryAfter ?? backoff(attempt);
    return undefined;
}
/** Milliseconds until an x-ratelimit-reset moment (epoch seconds), undefined when absent. */
function untilReset(value) {
    if (value === null || !/^\d+$/.test(value.trim()))
        return undefined;
    return Math.max(0, Number(value.trim()) * 1000 - Date.now());
}
/** 1 s, 2 s, 4 s…, half fixed and half random so parallel jobs spread apart. */
function backoff(attempt) {
    const ceiling = Math.min(1000 * 2 ** (attempt - 1), 10_000);
    return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
/**
 * The token out of the error Octokit throws: GitHub's message or the response body could echo it. Octokit
 * already redacts the authorization header of `error.request`.
 */
function redactRequestError(error, secrets) {
    if (!(error instanceof Error))
        return error;
    const redact = (text) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
    error.message = redact(error.message);
    const response = error.response;
    if (response && response.data !== undefined) {
        if (typeof response.data === 'string')
            response.data = redact(response.data);
        else if (typeof response.data === 'object' && response.data !== null) {
            try {
                response.data = JSON.parse(redact(JSON.stringify(response.data)));
            }
            catch {
                response.data = undefined;
            }
        }
    }
    return error;
}
/** The URL of a fetch input; only its path and origin are ever shown (query values may name anything). */
function requestUrl(input) {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    try {
        return new URL(href);
    }
    catch {
        return undefined;
    }
}


/***/ })

};
