// The local test bed's fixed layout: one loopback address per server, all on port 53, as in production.
// The bed scripts build it; tests and the demo read the same constants.
export const RESOLVER = '127.0.10.1' // Unbound, recursive, stub zones to the two masters
export const BIND = '127.0.10.2' // ns1.example.test: BIND
export const PDNS = '127.0.10.3' // ns2.example.test: PowerDNS (sqlite backend)
export const DEAD = '127.0.10.9' // ns3.example.test: nothing listens there
export const PARENT = '127.0.10.4' // ns4.example.test: a second BIND serving only the parent zone deleg.test
// ns6.example.test has only this AAAA record; BIND (ns1) listens there too, so a run that has IPv6 reaches it
export const IPV6_ONLY = '::1'
// ns.glue.deleg.test: its address exists only as glue in deleg.test (no A record in DNS); nothing listens
export const GLUE_ONLY = '127.0.10.8'
// a DNS server a test runs itself on port 53, for answers no real server gives (a label holding a new line)
export const OWN_DNS = '127.0.10.20'
export const PDNS_API_URL = 'http://127.0.10.3:8081'
export const PDNS_API_KEY = 'bed-pdns-api-key'
export const PDNS_SERVER_NAME = 'localhost'
export const TSIG_NAME = 'certalias-bed'
export const TSIG_ALGORITHM = 'hmac-sha256'
// Pebble: plain, and a second one that requires external account binding.
export const ACME_DIRECTORY = 'https://127.0.0.1:14000/dir'
export const ACME_MANAGEMENT = 'https://127.0.0.1:15000'
export const ACME_EAB_DIRECTORY = 'https://127.0.0.1:14100/dir'
// A third Pebble for dns-persist-01, which Pebble 2.4 lacks: it takes every challenge answered as valid
// (PEBBLE_VA_ALWAYS_VALID) and hands an account its valid authorizations again (PEBBLE_AUTHZREUSE 100), and is
// asked only through test/support/persist-ca.ts, a front that plays the CA's side of the draft: it presents the
// challenges as dns-persist-01 and checks the _validation-persist record itself before it lets an answer through.
export const ACME_PERSIST_DIRECTORY = 'https://127.0.0.1:14200/dir'
export const EAB_KID = 'bed-kid-1'
// base64url (no padding) of 48 bytes: Pebble 2.4 decodes externalAccountMACKeys with RawURLEncoding,
// and ACME clients take the EAB HMAC key in the same form
export const EAB_HMAC_KEY = 'zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W'

/**
 * Zones. The main zone example.test has two masters with separate copies (no transfer): BIND and PowerDNS.
 * Both copies carry the same _acme-challenge CNAMEs except the deliberate differences marked below.
 */
export const ZONES = {
  main: 'example.test', // NS ns1.example.test (BIND) + ns2.example.test (PowerDNS)
  bindAlias: 'validation.bind.test', // on BIND only, RFC 2136 + TSIG (update-policy: TXT only)
  pdnsAlias: 'validation.pdns.test', // on PowerDNS only, HTTP API
  hop: 'hop.test', // on PowerDNS only: the middle of a two-hop chain
  // on BIND (RFC 2136 like bindAlias), but its NS set also lists ns3, which never answers: propagation
  // through it never completes, so a run stays put after writing (crash cleanup, propagation timeout)
  stall: 'stall.test',
  // The fault zones of the authoritative checks (plan, preflight, propagation):
  // on BIND (RFC 2136 like bindAlias); its NS set adds ns6, which has only an IPv6 address
  v6: 'validation.v6.test',
  // on BIND; its only name server is ns6 (IPv6 only): a machine without IPv6 can ask no server of it
  v6only: 'validation.v6only.test',
  // on BIND only, but its NS set also lists ns2 (PowerDNS), which answers REFUSED: a lame server
  lame: 'validation.lame.test',
  // on the second BIND (ns4) only: the parent of the two zones below, with their delegations
  parent: 'deleg.test',
  // on BIND and PowerDNS; its NS set names ns1 only, the delegation in deleg.test names ns1 and ns2
  mismatch: 'mismatch.deleg.test',
  // on PowerDNS (BIND would refuse an in-zone name server without an address); its NS set and delegation
  // name ns2 and ns.glue.deleg.test, whose address is only glue in deleg.test
  glue: 'glue.deleg.test',
  // dns-persist-01 names: on BIND and PowerDNS (separate copies), TXT writable on both (RFC 2136, HTTP API), so
  // a test publishes a record on each master, or on one only
  persist: 'persist.test',
}

/**
 * Name servers (NS) of each zone: only the servers that really serve it. A zone served by one master must
 * not list the other, or every propagation check would ask a server that answers REFUSED (lame delegation).
 */
export const NAME_SERVERS = {
  [ZONES.main]: ['ns1.example.test', 'ns2.example.test'],
  [ZONES.bindAlias]: ['ns1.example.test'],
  [ZONES.pdnsAlias]: ['ns2.example.test'],
  [ZONES.hop]: ['ns2.example.test'],
  [ZONES.stall]: ['ns1.example.test', 'ns3.example.test'],
  [ZONES.v6]: ['ns1.example.test', 'ns6.example.test'],
  [ZONES.v6only]: ['ns6.example.test'],
  [ZONES.lame]: ['ns1.example.test', 'ns2.example.test'],
  [ZONES.parent]: ['ns4.example.test'],
  [ZONES.mismatch]: ['ns1.example.test'],
  [ZONES.glue]: ['ns2.example.test', 'ns.glue.deleg.test'],
  [ZONES.persist]: ['ns1.example.test', 'ns2.example.test'],
}
/** Addresses of the name servers, published in example.test (both masters); the glue-only one is not. */
export const NAME_SERVER_ADDRESSES = {
  'ns1.example.test': BIND,
  'ns2.example.test': PDNS,
  'ns3.example.test': DEAD,
  'ns4.example.test': PARENT,
  'ns6.example.test': IPV6_ONLY,
}
/**
 * Which servers load a zone, where that is not simply the servers of its NS set: a lame server is named
 * without serving the zone, and a server named only in the delegation serves it all the same.
 */
export const ZONE_HOSTS = {
  [ZONES.v6]: [BIND],
  [ZONES.v6only]: [BIND],
  [ZONES.lame]: [BIND],
  [ZONES.mismatch]: [BIND, PDNS],
  [ZONES.glue]: [PDNS],
}
/** Delegations the parent zone deleg.test holds: NS names and glue addresses. */
export const DELEGATIONS = {
  [ZONES.mismatch]: { ns: ['ns1.example.test', 'ns2.example.test'], glue: {} },
  [ZONES.glue]: { ns: ['ns2.example.test', 'ns.glue.deleg.test'], glue: { 'ns.glue.deleg.test': GLUE_ONLY } },
}
/** TTL of the records the bed loads, and the negative TTL (SOA minimum) of every zone, in seconds. */
export const RECORD_TTL = 60
export const NEGATIVE_TTL = 5

/**
 * Names for the benchmark (npm run bench), each with its own alias owner: Pebble 2.4 asks over UDP without
 * EDNS and sees no TXT at all once an answer passes 512 bytes (about seven values at one owner), so 20 names
 * sharing one owner could not be validated together.
 */
const BENCH_LABELS = Array.from({ length: 20 }, (_, i) => `b${i + 1}`)
export const BENCH_NAMES = BENCH_LABELS.map((label) => `${label}.${ZONES.main}`)
const LONG_HOPS = Array.from({ length: 9 }, (_, i) => `hop${i + 1}.long.example.test`)
export const LONG_CNAMES = Object.fromEntries(
  ['_acme-challenge.long.example.test', ...LONG_HOPS].map((owner, i) => [
    owner,
    LONG_HOPS[i] ?? '_acme-challenge.validation.bind.test',
  ]),
)
export const BENCH_CNAMES = Object.fromEntries(
  BENCH_LABELS.map((label) => [
    `_acme-challenge.${label}.${ZONES.main}`,
    `_acme-challenge.${label}.${ZONES.bindAlias}`,
  ]),
)

/**
 * 100 names (b1 ... b100, the first 20 are BENCH_NAMES) for the benchmark's largest scenario, the most names
 * a Let's Encrypt certificate may carry; each has its own alias owner, as BENCH_NAMES do.
 */
const BENCH_LARGE_LABELS = Array.from({ length: 100 }, (_, i) => `b${i + 1}`)
export const BENCH_NAMES_LARGE = BENCH_LARGE_LABELS.map((label) => `${label}.${ZONES.main}`)
export const BENCH_CNAMES_LARGE = Object.fromEntries(
  BENCH_LARGE_LABELS.map((label) => [
    `_acme-challenge.${label}.${ZONES.main}`,
    `_acme-challenge.${label}.${ZONES.bindAlias}`,
  ]),
)

/**
 * CNAMEs every master publishes but a resolver that cached the NXDOMAIN from before they were published still
 * denies (tests put a stub resolver answering so in front of Unbound).
 */
export const STALE_CNAMES = {
  '_acme-challenge.stale.example.test': '_acme-challenge.validation.bind.test',
}
/** CNAMEs into the fault zones. */
export const FAULT_CNAMES = {
  '_acme-challenge.six.example.test': '_acme-challenge.validation.v6.test',
  '_acme-challenge.sixonly.example.test': '_acme-challenge.validation.v6only.test',
  '_acme-challenge.lame.example.test': '_acme-challenge.validation.lame.test',
  '_acme-challenge.glue.deleg.test': '_acme-challenge.validation.bind.test',
}

/** _acme-challenge CNAMEs in example.test (both masters unless said otherwise). */
/**
 * CAA records on both masters, for the CAA checks. The test CA's identity is CA_IDENTITY (a front adds it to
 * Pebble's directory as meta.caaIdentities): caa-allow lets it issue, caa-deny names another CA only, and
 * caa-wild lets it issue for the name but no CA for wildcards.
 */
export const CA_IDENTITY = 'pebble.test'
/** CAA on both masters that allows the test CA only with dns-01 (RFC 8657 validationmethods). */
export const PERSIST_CAA = ['caa.persist.test', '0 issue "pebble.test; validationmethods=dns-01"']
/** Another account of the test CA, named by a record no run of the tests can match. */
export const OTHER_ACCOUNT_URL = 'https://127.0.0.1:14200/my-account/999999'
/** CAA on both masters that allows the test CA for another account only (RFC 8657 accounturi). */
export const PERSIST_CAA_ACCOUNT = [
  'caa-account.persist.test',
  `0 issue "pebble.test; accounturi=${OTHER_ACCOUNT_URL}"`,
]
export const CAA_RECORDS = [
  ['caa-allow.example.test', '0 issue "pebble.test"'],
  ['caa-deny.example.test', '0 issue "letsencrypt.org"'],
  ['caa-wild.example.test', '0 issue "pebble.test"'],
  ['caa-wild.example.test', '0 issuewild ";"'],
  PERSIST_CAA,
  PERSIST_CAA_ACCOUNT,
]
/**
 * dns-persist-01 names whose _validation-persist record lives at an owner of their own in the BIND alias zone,
 * behind a CNAME on both masters: each test of test/e2e/persist.test.ts has its names and owners, since a record
 * stays for good and names one account.
 */
export const PERSIST_ALIASED = ['alias', 'other', 'publish', 'wild', 'expired', 'malformed', 'check', 'cli']
export const PERSIST_CNAMES = Object.fromEntries(
  PERSIST_ALIASED.map((label) => [
    `_validation-persist.${label}.${ZONES.persist}`,
    `_validation-persist.${label}.${ZONES.bindAlias}`,
  ]),
)
/** Another account's record, which a run that publishes its own at the same owner must keep. */
export const PERSIST_OTHER_ACCOUNT = `${CA_IDENTITY}; accounturi=${OTHER_ACCOUNT_URL}`

/** The CAA names' challenges go to the BIND alias owner, like www's. */
export const CAA_CNAMES = Object.fromEntries(
  ['caa-allow', 'caa-deny', 'caa-wild'].map((label) => [
    `_acme-challenge.${label}.example.test`,
    '_acme-challenge.validation.bind.test',
  ]),
)

/**
 * Twelve names whose challenges all go to one alias owner: more values than one 512-byte answer holds, so they
 * are validated in batches (and the benchmark runs them next to lego).
 */
export const MANY_OWNER = '_acme-challenge.many.validation.bind.test'
export const MANY_NAMES = Array.from({ length: 12 }, (_, i) => `m${i + 1}.${ZONES.main}`)
const MANY_CNAMES = Object.fromEntries(MANY_NAMES.map((name) => [`_acme-challenge.${name}`, MANY_OWNER]))

/**
 * Names for runs started together on one owner (test/e2e/concurrent.test.ts), one name per run: six whose
 * challenges all go to one owner on BIND (RFC 2136, and the fake APIs that store in BIND), six to one owner on
 * PowerDNS. Six values plus the pre-existing one is the most one owner takes at once on this bed: Pebble 2.4
 * reads at most 512 bytes of a UDP answer.
 */
export const TOGETHER_OWNERS = {
  bind: '_acme-challenge.together.validation.bind.test',
  pdns: '_acme-challenge.together.validation.pdns.test',
}
export const TOGETHER_NAMES = {
  bind: Array.from({ length: 6 }, (_, i) => `t${i + 1}.${ZONES.main}`),
  pdns: Array.from({ length: 6 }, (_, i) => `pt${i + 1}.${ZONES.main}`),
}
const TOGETHER_CNAMES = Object.fromEntries(
  Object.entries(TOGETHER_NAMES).flatMap(([server, names]) =>
    names.map((name) => [`_acme-challenge.${name}`, TOGETHER_OWNERS[server]]),
  ),
)

export const CNAMES = {
  // apex + wildcard + www + the Unicode name bücher share the BIND alias owner
  '_acme-challenge.example.test': '_acme-challenge.validation.bind.test',
  '_acme-challenge.www.example.test': '_acme-challenge.validation.bind.test',
  '_acme-challenge.xn--bcher-kva.example.test': '_acme-challenge.validation.bind.test',
  // own owners for tests that must not share one (crash cleanup, batching)
  '_acme-challenge.crash.example.test': '_acme-challenge.stall.test',
  '_acme-challenge.pdns.example.test': '_acme-challenge.validation.pdns.test',
  // two hops: example.test -> hop.test (PowerDNS) -> validation.pdns.test
  '_acme-challenge.chain.example.test': '_acme-challenge.chain.hop.test',
  // loop: a -> b -> a
  '_acme-challenge.loop.example.test': '_acme-challenge.loop2.example.test',
  '_acme-challenge.loop2.example.test': '_acme-challenge.loop.example.test',
  // nine hops, one more than certalias follows: hop1.long ... hop9.long, then the BIND alias owner
  ...LONG_CNAMES,
  ...BENCH_CNAMES,
  ...STALE_CNAMES,
  ...FAULT_CNAMES,
  ...BENCH_CNAMES_LARGE,
  ...CAA_CNAMES,
  ...MANY_CNAMES,
  ...TOGETHER_CNAMES,
  ...PERSIST_CNAMES,
}
export const HOP_CNAMES = { '_acme-challenge.chain.hop.test': 'chain.validation.pdns.test' }
/** Only on BIND's copy of example.test: PowerDNS lacks it. */
export const BIND_ONLY_CNAMES = {
  '_acme-challenge.missing.example.test': '_acme-challenge.validation.bind.test',
  // PowerDNS's copy of mismatch.deleg.test lacks it, and only the delegation names PowerDNS
  '_acme-challenge.mismatch.deleg.test': '_acme-challenge.validation.bind.test',
}
/** Same owner, different targets on the two masters. */
export const SPLIT_CNAME = {
  owner: '_acme-challenge.split.example.test',
  bind: '_acme-challenge.validation.bind.test',
  pdns: '_acme-challenge.validation.pdns.test',
}
/** TXT values present before any test, which issuance and cleanup must leave alone. */
export const PREEXISTING_TXT = {
  '_acme-challenge.validation.bind.test': 'keep-me-bind',
  'chain.validation.pdns.test': 'keep-me-pdns',
  '_acme-challenge.stall.test': 'keep-me-stall',
  '_acme-challenge.validation.v6.test': 'keep-me-v6',
  '_acme-challenge.validation.v6only.test': 'keep-me-v6only',
  '_acme-challenge.validation.lame.test': 'keep-me-lame',
  [TOGETHER_OWNERS.bind]: 'keep-me-together-bind',
  [TOGETHER_OWNERS.pdns]: 'keep-me-together-pdns',
  '_validation-persist.publish.validation.bind.test': PERSIST_OTHER_ACCOUNT,
}
/** Names with no CNAME at all whose zone is an alias zone: plain DNS-01 in the name's own zone. */
export const PLAIN_NAMES = ['direct.validation.bind.test']

/** Environment variables run-tests.mjs and demo.mjs hand to tests: where the bed keeps its files. */
export const BED_DIR_ENV = 'CERTALIAS_BED_DIR' // holds tsig.secret, pebble-ca.pem (NODE_EXTRA_CA_CERTS), logs
