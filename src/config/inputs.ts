// The action's own inputs (each store declares its own): one declaration for action.yml, the configuration, and
// the command line's flags and --help. A test checks that action.yml says the same.

export const MODES = ['issue', 'revoke', 'plan', 'check'] as const
export type Mode = (typeof MODES)[number]

export interface InputDeclaration {
  /** snake_case, as in action.yml; the command line spells it --kebab-case or CERTALIAS_<UPPER_CASE>. */
  readonly name: string
  readonly description: string
  readonly required?: boolean
  /** What an unset input means; absent: empty. */
  readonly default?: string
  /** Masked as soon as it is read; never in a message. */
  readonly secret?: boolean
  /** The modes that read it; absent: every mode. The command line lists and takes it for these commands only. */
  readonly modes?: readonly Mode[]
  /** On the command line, where the action's words do not hold: its own description or default. */
  readonly cli?: { readonly description?: string; readonly default?: string }
}

const ISSUE: readonly Mode[] = ['issue']
/** The inputs that decide whether a certificate is due. */
const DECIDE: readonly Mode[] = ['issue', 'plan']
/** The inputs that find the current certificate. */
const FIND: readonly Mode[] = ['issue', 'revoke', 'plan']
/** The inputs of the DNS side: following CNAMEs and writing TXT values. */
const DNS: readonly Mode[] = ['issue', 'check']

export const CORE_INPUTS: readonly InputDeclaration[] = [
  {
    name: 'domain',
    description:
      'One or more names, separated by commas, spaces or new lines; wildcards (*.example.com) and Unicode names allowed. The first is the primary name.',
    required: true,
  },
  {
    name: 'dns_provider',
    description:
      "Id of the DNS provider that hosts the alias zone (rfc2136, powerdns, ...). Its credentials come from the step's env. Required with dns-01; with dns-persist-01 optional, to publish a record that is missing.",
    cli: {
      description:
        'Id of the DNS provider that hosts the alias zone (rfc2136, powerdns, ...). Its credentials come from the environment. Required with dns-01; with dns-persist-01 optional, to publish a record that is missing.',
    },
  },
  {
    name: 'domain_alias',
    description:
      "Where the TXT record goes: the full owner (_acme-challenge.validation.example.org) or the zone-style name (validation.example.org), checked against the published CNAME; or lines of name=alias. Empty: follow the _acme-challenge CNAME chain; no CNAME: plain DNS-01 in the name's own zone.",
    modes: DNS,
  },
  {
    name: 'challenge',
    description:
      'dns-01 (a new TXT value per order, written through dns_provider and removed after), or dns-persist-01 (one persistent TXT per name at _validation-persist.<name> or the end of its CNAME chain, naming the CA and the ACME account: no DNS credential needed once it is published; the account must be stable: account_key, or a store that keeps it).',
    default: 'dns-01',
  },
  {
    name: 'persist_until',
    description:
      'dns-persist-01: persistUntil of a record certalias publishes, after which it no longer validates: a date (2027-06-30), a time (2027-06-30T12:00:00Z) or a duration from now (180d). Empty: no end.',
    modes: DNS,
  },
  { name: 'email', description: 'ACME account contact e-mail.', modes: ISSUE },
  {
    name: 'acme_server',
    description:
      'letsencrypt, letsencrypt-staging, zerossl, google, google-staging, buypass, sslcom, or an ACME directory URL.',
    default: 'letsencrypt',
  },
  {
    name: 'eab_kid',
    description: 'External account binding key id (ZeroSSL, Google, SSL.com, ...).',
    modes: ['issue', 'check'],
  },
  {
    name: 'eab_hmac_key',
    description: 'External account binding HMAC key (a secret).',
    secret: true,
    modes: ['issue', 'check'],
  },
  {
    name: 'account_key',
    description:
      "PEM of the ACME account key (from a secret). Empty: the key an earlier run kept in the store (vault), else a new one, kept in the store for the next runs (vault: the entry's account_key field; github-secrets: the secret <secret_prefix>_ACME_ACCOUNT_KEY, to pass back here since secrets cannot be read).",
    secret: true,
    modes: ['issue', 'revoke', 'check'],
  },
  {
    name: 'key_type',
    description: 'Certificate key type, ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096.',
    default: 'ec-p256',
    modes: DECIDE,
  },
  {
    name: 'profile',
    description: "ACME profile name (e.g. Let's Encrypt tlsserver, shortlived).",
    modes: ISSUE,
  },
  {
    name: 'preferred_chain',
    description:
      "Common name of the issuer at the top of the chain to take among those the CA offers (e.g. ISRG Root X1), as certbot and lego name it. Empty, or no chain of that name, the CA's default chain.",
    modes: ISSUE,
  },
  {
    name: 'dns_resolvers',
    description:
      "Recursive resolvers (ip or ip:port, comma separated) used to follow CNAMEs and find zones and name servers. Empty, the system's.",
    modes: DNS,
  },
  {
    name: 'propagation_timeout',
    description: 'Seconds to wait until every authoritative server of the alias zone serves the TXT values.',
    default: '300',
    modes: DNS,
  },
  {
    name: 'output_dir',
    description: 'Where the files go. Empty, $RUNNER_TEMP/certalias/<primary name>.',
    modes: FIND,
    cli: {
      description:
        'Where the files go; the next run finds the certificate there to decide whether it is due.',
      default: './certalias/<primary name>',
    },
  },
  {
    name: 'mode',
    description:
      "issue (default: issue a certificate when one is due), revoke (revoke the current certificate at the CA and remove what certalias stored for it: the Vault entry, the github-secrets secrets and state variable, the files), plan (decide for every entry of certificates and output the matrix of those due; no order, no write), or check (verify the setup: the CNAME on every master and in the resolvers, the alias zone's servers, a probe write with the provider, CAA, the CA; no order, nothing left behind).",
    default: 'issue',
  },
  {
    name: 'revoke_reason',
    description:
      'mode: revoke: unspecified, keyCompromise, superseded or cessationOfOperation (RFC 5280 names).',
    default: 'cessationOfOperation',
    modes: ['revoke'],
  },
  {
    name: 'certificates',
    description:
      'A YAML list with one entry per certificate, each a mapping of the inputs that vary (domain, domain_alias, dns_provider, key_type, vault_path, secret_prefix, output_dir, current_certificate, ...); every other input comes from the step. mode: issue issues every due entry in this one step; mode: plan outputs the matrix of the due entries. No secrets (vault_token, account_key, ...): an entry may be shown in plain text, so secrets stay step inputs or env.',
    modes: DECIDE,
  },
  {
    name: 'max_orders',
    description:
      "certificates: the most new orders one run makes; the most urgent entries first (expired, then the earliest renewal time), the rest are deferred to the next run. 0: no limit. Empty: a safe share of the CA's published limits (letsencrypt: 150, and 25 new certificates per registered domain), else no limit.",
    modes: ISSUE,
  },
  {
    name: 'concurrency',
    description: 'certificates: how many certificates one step issues at once.',
    default: '8',
    modes: ISSUE,
  },
  {
    name: 'max_jobs',
    description:
      'mode: plan: the most matrix jobs (GitHub runs at most 256). More due entries are grouped: each job then gets certificates, the list of its group, for mode: issue; names that share an alias owner stay in one group.',
    default: '256',
    modes: ['plan'],
  },
  {
    name: 'current_certificate',
    description:
      'The certificate in use, to decide whether one is due: a PEM, a file path, or tls://host[:port] (the certificate that server presents for the primary name). Empty: read from the chosen stores (the <secret_prefix>_CERTIFICATE_STATE variable, the Vault entry, cert.pem in output_dir).',
    modes: FIND,
  },
  {
    name: 'force_renew',
    description: 'true issues a new certificate even when the current one is not due.',
    default: 'false',
    modes: DECIDE,
  },
  {
    name: 'renew_before',
    description:
      'Without renewal information from the CA (ARI), renew at least this long before expiry, e.g. 30d or 36h. Empty: when a third of the lifetime is left (half for certificates of 10 days or less).',
    modes: DECIDE,
  },
  {
    name: 'check_interval',
    description:
      'How often the workflow runs (e.g. 24h, 12h); a renewal time that falls before the next run renews now.',
    default: '24h',
    modes: DECIDE,
  },
  {
    name: 'txt_batch_size',
    description:
      'TXT values per alias owner at once: auto (as many as fit a 512-byte DNS answer, with the values already at the owner; more names are validated in batches), 0 (no limit), or a number.',
    default: 'auto',
    modes: ISSUE,
  },
  {
    name: 'store',
    description:
      'Where the certificate goes besides the files, comma separated; files (always on), artifact, github-secrets, vault, aws-acm, aws-secrets-manager, azure-key-vault, gcp-secret-manager.',
    default: 'files',
    modes: FIND,
  },
  {
    name: 'deploy_hook',
    description:
      'A shell command run once a certificate was issued and stored (files and stores), e.g. systemctl relo' +
      'ad nginx; not run when nothing was issued. Its environment names the files: CERTALIAS_CERTIFICATE_PA' +
      'TH, CERTALIAS_CHAIN_PATH, CERTALIAS_FULLCHAIN_PATH, CERTALIAS_PRIVATE_KEY_PATH, CERTALIAS_PFX_PATH (' +
      'with pfx_password), CERTALIAS_CERTIFICATE_DIR, CERTALIAS_DOMAINS (comma separated), CERTALIAS_PRIMAR' +
      'Y_DOMAIN, CERTALIAS_SERIAL, CERTALIAS_NOT_AFTER; it gets no provider credential, no input and no run' +
      'ner token. Its failure fails the step.',
    modes: ISSUE,
  },
]
