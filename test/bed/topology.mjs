// The local test bed's fixed layout: one loopback address per server, all on port 53, as in production.
// The bed scripts build it; tests and the demo read the same constants.
export const RESOLVER = '127.0.10.1' // Unbound, recursive, stub zones to the two masters
export const BIND = '127.0.10.2' // ns1.example.test: BIND
export const PDNS = '127.0.10.3' // ns2.example.test: PowerDNS (sqlite backend)
export const DEAD = '127.0.10.9' // ns3.example.test: nothing listens there
export const PDNS_API_URL = 'http://127.0.10.3:8081'
export const PDNS_API_KEY = 'bed-pdns-api-key'
export const PDNS_SERVER_NAME = 'localhost'
export const TSIG_NAME = 'certalias-bed'
export const TSIG_ALGORITHM = 'hmac-sha256'
// Pebble: plain, and a second one that requires external account binding.
export const ACME_DIRECTORY = 'https://127.0.0.1:14000/dir'
export const ACME_MANAGEMENT = 'https://127.0.0.1:15000'
export const ACME_EAB_DIRECTORY = 'https://127.0.0.1:14100/dir'
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

/** _acme-challenge CNAMEs in example.test (both masters unless said otherwise). */
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
}
export const HOP_CNAMES = { '_acme-challenge.chain.hop.test': 'chain.validation.pdns.test' }
/** Only on BIND's copy of example.test: PowerDNS lacks it. */
export const BIND_ONLY_CNAMES = {
  '_acme-challenge.missing.example.test': '_acme-challenge.validation.bind.test',
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
}
/** Names with no CNAME at all whose zone is an alias zone: plain DNS-01 in the name's own zone. */
export const PLAIN_NAMES = ['direct.validation.bind.test']

/** Environment variables run-tests.mjs and demo.mjs hand to tests: where the bed keeps its files. */
export const BED_DIR_ENV = 'CERTALIAS_BED_DIR' // holds tsig.secret, pebble-ca.pem (NODE_EXTRA_CA_CERTS), logs
