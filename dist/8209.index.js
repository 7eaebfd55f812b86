export const id = 8209;
export const ids = [8209];
export const modules = {

/***/ 82237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ redactSecrets),
/* harmony export */   r: () => (/* binding */ maskPem)
/* harmony export */ });
/** A PEM secret masked whole and line by line, but not its BEGIN/END lines, which would blank every other PEM. */
function maskPem(host, pem) {
    host.mask(pem);
    for (const line of pem.split(/\r?\n/))
        if (line.trim() !== '' && !line.startsWith('-----'))
            host.mask(line.trim());
}
/** Every secret in the text replaced by ***, the longest first: one secret may hold another. */
function redactSecrets(text, secrets) {
    return [...secrets]
        .sort((a, b) => b.length - a.length)
        .reduce((out, secret) => out.split(secret).join('***'), text);
}


/***/ }),

/***/ 97710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xg: () => (/* binding */ DESCRIPTORS),
  I2: () => (/* binding */ closeProvider),
  Qd: () => (/* binding */ createProvider)
});

;// CONCATENATED MODULE: ./src/providers/descriptors.ts
const PROVIDER_DESCRIPTORS = [
    {
        "id": "acme-dns",
        "name": "acme-dns (joohoi/acme-dns)",
        "credentials": [
            {
                "env": "ACME_DNS_API_URL",
                "description": "Base URL of the acme-dns HTTP API, e.g. https://auth.example.org; /update is appended",
                "aliases": [
                    "ACME_DNS_API_BASE"
                ]
            },
            {
                "env": "ACME_DNS_ACCOUNT_JSON",
                "description": "The account(s) as JSON, stored whole in one secret: the answer of POST /register ({\"username\",\"password\",\"fulldomain\",\"subdomain\",…}), a list of such answers, or the accounts file lego writes to ACME_DNS_STORAGE_PATH (an object of them keyed by domain), or the path of a file holding it, as lego's ACME_DNS_STORAGE_PATH names it. The account whose fulldomain is the owner (the CNAME target `<subdomain>.<acme-dns zone>`, no _acme-challenge label) is used.",
                "secret": true,
                "aliases": [
                    "ACME_DNS_STORAGE_PATH"
                ]
            }
        ],
        "settings": [],
        "leastPrivilege": "An acme-dns account can already change only the TXT values of its own subdomain, so register one account per certificate name (or per group of names that may share it) and give the action only those accounts. Register with \"allowfrom\" to restrict /update to the networks of your self-hosted runners (GitHub-hosted runners have no fixed addresses), run your own instance with disable_registration = true once the accounts exist, and note that acme-dns cannot delete values: removal is a no-op and old values are replaced by the next two updates.",
        "docs": "https://github.com/joohoi/acme-dns#api"
    },
    {
        "id": "alidns",
        "name": "Alibaba Cloud DNS",
        "credentials": [
            {
                "env": "ALICLOUD_ACCESS_KEY",
                "description": "AccessKey ID of a RAM user",
                "secret": true
            },
            {
                "env": "ALICLOUD_SECRET_KEY",
                "description": "AccessKey secret of that RAM user",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "ALICLOUD_API_URL",
                "description": "API base URL; when empty, https://alidns.aliyuncs.com (or alidns.<region>.aliyuncs.com for another ALICLOUD_REGION_ID)",
                "default": "https://alidns.aliyuncs.com"
            },
            {
                "env": "ALICLOUD_REGION_ID",
                "description": "Region whose endpoint to call, e.g. ap-southeast-1 for the international site",
                "default": "cn-hangzhou"
            },
            {
                "env": "ALICLOUD_SECURITY_TOKEN",
                "description": "STS security token, sent with a temporary AccessKey pair",
                "secret": true
            },
            {
                "env": "ALICLOUD_LINE",
                "description": "Resolution line of the TXT records",
                "default": "default"
            },
            {
                "env": "ALICLOUD_TTL",
                "description": "TTL of the TXT records (seconds; the domain's edition sets the minimum, 600 on the free one)",
                "default": "600"
            }
        ],
        "leastPrivilege": "Create a RAM user with OpenAPI access only and attach a custom policy allowing alidns:DescribeDomains, alidns:DescribeSubDomainRecords, alidns:AddDomainRecord and alidns:DeleteDomainRecord on the alias zone only (Resource \"acs:alidns:*:*:domain/validation.example.org\"; DescribeDomains needs \"*\", it only lists). The RAM user's AccessKey then cannot change other zones. (An ECS instance RAM role, lego's ALICLOUD_RAM_ROLE, is not offered: CI runners are not ECS instances.)",
        "docs": "https://www.alibabacloud.com/help/en/dns/api-alidns-2015-01-09-dir-parsing-records"
    },
    {
        "id": "arvancloud",
        "name": "ArvanCloud",
        "credentials": [
            {
                "env": "ARVANCLOUD_API_KEY",
                "description": "API key as the panel shows it (`Apikey xxxxxxxx-...`); the `Apikey ` prefix is added when missing",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "ARVANCLOUD_API_URL",
                "description": "API base URL",
                "default": "https://napi.arvancloud.ir/cdn/4.0"
            },
            {
                "env": "ARVANCLOUD_TTL",
                "description": "TTL (seconds) of the TXT records",
                "default": "600"
            }
        ],
        "leastPrivilege": "Create a machine user (Machine users in the panel) with its own API key, and give it access to the CDN/DNS service of the alias zone only, no account-wide role. Where your account cannot limit a key to one domain, keep the alias zone in a separate ArvanCloud account that holds nothing else.",
        "docs": "https://www.arvancloud.com/docs/api/cdn/4.0"
    },
    {
        "id": "azure",
        "name": "Azure DNS",
        "credentials": [
            {
                "env": "AZURE_TENANT_ID",
                "description": "Directory (tenant) id of the app registration"
            },
            {
                "env": "AZURE_CLIENT_ID",
                "description": "Application (client) id of the app registration or managed identity"
            },
            {
                "env": "AZURE_SUBSCRIPTION_ID",
                "description": "Subscription holding the alias zone"
            },
            {
                "env": "AZURE_RESOURCE_GROUP",
                "description": "Resource group holding the alias zone"
            },
            {
                "env": "AZURE_CLIENT_SECRET",
                "description": "Client secret of the app registration",
                "secret": true,
                "set": "client secret"
            },
            {
                "env": "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
                "description": "Set by GitHub itself when the job has `permissions: id-token: write` (nothing to put in env): the workflow OIDC token is then the client assertion of a federated credential of the app",
                "secret": true,
                "set": "OIDC federated credential"
            }
        ],
        "settings": [
            {
                "env": "AZURE_API_URL",
                "description": "Azure Resource Manager endpoint; a sovereign cloud's (https://management.usgovcloudapi.net, https://management.chinacloudapi.cn) gets tokens for itself",
                "default": "https://management.azure.com"
            },
            {
                "env": "AZURE_AUTHORITY_URL",
                "description": "Microsoft Entra ID authority (token endpoint host)",
                "default": "https://login.microsoftonline.com"
            },
            {
                "env": "AZURE_TTL",
                "description": "TTL (seconds) of a TXT record set this provider creates; an existing one keeps its TTL",
                "default": "60"
            }
        ],
        "leastPrivilege": "Assign the app (service principal) the built-in role \"DNS Zone Contributor\" scoped to the alias zone resource only (az role assignment create --assignee <client id> --role \"DNS Zone Contributor\" --scope /subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.Network/dnsZones/<alias zone>), not to the resource group or subscription. Narrower still: a custom role with only Microsoft.Network/dnsZones/read and Microsoft.Network/dnsZones/TXT/read, write and delete on that zone. Prefer a federated credential for this repository (subject repo:<owner>/<repo>:...) over a client secret: nothing long-lived to leak.",
        "docs": "https://learn.microsoft.com/en-us/rest/api/dns/record-sets/create-or-update?view=rest-dns-2018-05-01"
    },
    {
        "id": "bunny",
        "name": "Bunny DNS (bunny.net)",
        "credentials": [
            {
                "env": "BUNNY_API_KEY",
                "description": "Account API key (Account settings > API), sent as the AccessKey header",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "BUNNY_API_URL",
                "description": "API base URL",
                "default": "https://api.bunny.net"
            },
            {
                "env": "BUNNY_TTL",
                "description": "TTL of the TXT records (seconds, 60 or more)",
                "default": "60"
            }
        ],
        "leastPrivilege": "bunny.net has one API key per account and it controls everything in the account (DNS zones, CDN, storage, billing); it cannot be limited to one zone. To keep the key away from your other zones and services, host the alias zone in a separate bunny.net account that holds nothing else and use that account's key.",
        "docs": "https://docs.bunny.net/api-reference/core/dns-zone/add-dns-record"
    },
    {
        "id": "cloudflare",
        "name": "Cloudflare",
        "credentials": [
            {
                "env": "CLOUDFLARE_DNS_API_TOKEN",
                "description": "API token with Zone > DNS > Edit (and Zone > Zone > Read) on the alias zone",
                "secret": true,
                "aliases": [
                    "CF_DNS_API_TOKEN"
                ]
            }
        ],
        "settings": [
            {
                "env": "CLOUDFLARE_API_URL",
                "description": "API base URL",
                "default": "https://api.cloudflare.com/client/v4",
                "aliases": [
                    "CLOUDFLARE_BASE_URL"
                ]
            },
            {
                "env": "CLOUDFLARE_TTL",
                "description": "TTL of the TXT records (seconds, 60 or more; 1 = automatic)",
                "default": "120"
            }
        ],
        "leastPrivilege": "Create a custom API token (My Profile > API Tokens > Create Token) with the permissions Zone > DNS > Edit and Zone > Zone > Read, and under Zone Resources include only the alias zone (Specific zone: validation.example.org). The token then cannot read or change any other zone of the account.",
        "docs": "https://developers.cloudflare.com/api/resources/dns/subresources/records/"
    },
    {
        "id": "cloudns",
        "name": "ClouDNS",
        "credentials": [
            {
                "env": "CLOUDNS_AUTH_ID",
                "description": "auth-id of an API user (API & Resellers)",
                "set": "API user"
            },
            {
                "env": "CLOUDNS_SUB_AUTH_ID",
                "description": "sub-auth-id of an API sub-user limited to the alias zone",
                "set": "API sub-user"
            },
            {
                "env": "CLOUDNS_AUTH_PASSWORD",
                "description": "Password of that API user or sub-user",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "CLOUDNS_API_URL",
                "description": "API base URL",
                "default": "https://api.cloudns.net"
            },
            {
                "env": "CLOUDNS_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "60",
                "values": [
                    "60",
                    "300",
                    "900",
                    "1800",
                    "3600",
                    "21600",
                    "43200",
                    "86400",
                    "172800",
                    "259200",
                    "604800",
                    "1209600",
                    "2592000"
                ]
            }
        ],
        "leastPrivilege": "Create an API sub-user (API & Resellers > API sub-users), give it only the alias zone (Delegate zone), restrict it to the IP addresses your runner leaves from if you can, and set CLOUDNS_SUB_AUTH_ID and CLOUDNS_AUTH_PASSWORD from it. The main API user (CLOUDNS_AUTH_ID) reaches every zone of the account.",
        "docs": "https://www.cloudns.net/wiki/article/42/"
    },
    {
        "id": "constellix",
        "name": "Constellix",
        "credentials": [
            {
                "env": "CONSTELLIX_API_KEY",
                "description": "API key of the Constellix user (Edit My Account > API Keys)",
                "secret": true
            },
            {
                "env": "CONSTELLIX_SECRET_KEY",
                "description": "Secret key of that user, which signs every request",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "CONSTELLIX_API_URL",
                "description": "DNS API v4 base URL",
                "default": "https://api.dns.constellix.com/v4"
            },
            {
                "env": "CONSTELLIX_TTL",
                "description": "TTL of a TXT record this provider creates (seconds)",
                "default": "60"
            }
        ],
        "leastPrivilege": "API keys belong to a Constellix user and act with that user's permissions. Create a user for this purpose only (Account > Users), give it access to the alias domain alone with permission to manage its records, and use that user's API and secret keys. Where your plan has no per-domain user permissions, keep the alias domain in a Constellix account that holds nothing else.",
        "docs": "https://api.dns.constellix.com/v4/docs"
    },
    {
        "id": "cpanel",
        "name": "cPanel / WHM",
        "credentials": [
            {
                "env": "CPANEL_USERNAME",
                "description": "The cPanel account (or, with CPANEL_MODE=whm, the WHM user) of the token"
            },
            {
                "env": "CPANEL_TOKEN",
                "description": "API token (cPanel: Security > Manage API Tokens; WHM: Development > Manage API Tokens)",
                "secret": true
            },
            {
                "env": "CPANEL_BASE_URL",
                "description": "Address of cPanel, e.g. https://host.example.org:2083, or of WHM (:2087) with CPANEL_MODE=whm",
                "aliases": [
                    "CPANEL_API_URL"
                ]
            }
        ],
        "settings": [
            {
                "env": "CPANEL_MODE",
                "description": "cpanel (UAPI, a cPanel account’s token) or whm (WHM API 1, a WHM token)",
                "default": "cpanel",
                "values": [
                    "cpanel",
                    "whm"
                ]
            },
            {
                "env": "CPANEL_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "300"
            }
        ],
        "leastPrivilege": "A cPanel API token reaches every zone of its cPanel account, so keep the alias zone in a cPanel account of its own (it needs no website) and create the token there with limited access: only the Zone Editor feature (Manage API Tokens > Create > Limited Access), and an expiration date. Prefer this to CPANEL_MODE=whm: a WHM token acts for every account the WHM user controls, root’s for the whole server.",
        "docs": "https://api.docs.cpanel.net/openapi/cpanel/operation/dns-mass_edit_zone/"
    },
    {
        "id": "desec",
        "name": "deSEC",
        "credentials": [
            {
                "env": "DESEC_TOKEN",
                "description": "deSEC API token, sent as `Authorization: Token …`; best restricted by token policies (see below)",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "DESEC_API_URL",
                "description": "API base URL",
                "default": "https://desec.io/api/v1"
            },
            {
                "env": "DESEC_TTL",
                "description": "TTL (seconds) of a TXT RRset this provider creates; raised to the domain's minimum_ttl when lower, and an existing RRset keeps its TTL",
                "default": "3600"
            }
        ],
        "leastPrivilege": "Create a token for this purpose only (without perm_manage_tokens, or it could lift its own limits) and give it token policies: a default policy that denies writes (domain, subname and type null, perm_write false) and one policy per owner the action writes, e.g. domain \"validation.example.org\", subname \"_acme-challenge\", type \"TXT\", perm_write true. The token can then write only those TXT RRsets; like every deSEC token it can still read the RRsets of the account, which DNS shows anyway. Policies match subnames exactly (a wildcard is not expanded), so add one policy per owner.",
        "docs": "https://desec.readthedocs.io/en/latest/dns/rrsets.html"
    },
    {
        "id": "digitalocean",
        "name": "DigitalOcean",
        "credentials": [
            {
                "env": "DO_AUTH_TOKEN",
                "description": "Personal access token with the scopes domain:read, domain:create and domain:delete",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "DO_API_URL",
                "description": "API base URL (without /v2)",
                "default": "https://api.digitalocean.com"
            },
            {
                "env": "DO_TTL",
                "description": "TTL of the TXT records (seconds, 30 or more)",
                "default": "30"
            }
        ],
        "leastPrivilege": "DigitalOcean tokens can be limited by scope but not to one domain: create a personal access token (API > Tokens > Generate New Token > Custom Scopes) with only domain:read, domain:create and domain:delete, which still reaches every domain of the team. To keep the token away from your other zones, host the alias zone in a separate DigitalOcean team that holds nothing else and make the token there.",
        "docs": "https://docs.digitalocean.com/reference/api/digitalocean/#tag/Domain-Records"
    },
    {
        "id": "directadmin",
        "name": "DirectAdmin",
        "credentials": [
            {
                "env": "DIRECTADMIN_API_URL",
                "description": "Address of DirectAdmin, e.g. https://da.example.org:2222"
            },
            {
                "env": "DIRECTADMIN_USERNAME",
                "description": "The DirectAdmin user that owns the alias domain"
            },
            {
                "env": "DIRECTADMIN_PASSWORD",
                "description": "A login key of that user (best) or its password, sent with the user name by basic authentication",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "DIRECTADMIN_ZONE_NAME",
                "description": "The domain whose zone holds the alias owner; default: found from the zone DNS reports, walking up"
            },
            {
                "env": "DIRECTADMIN_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "30"
            }
        ],
        "leastPrivilege": "Use a login key, not the account's password: in DirectAdmin (user level) open Login Keys, create a key whose allowed commands are CMD_API_DNS_CONTROL alone, give it an expiry date and, for self-hosted runners with fixed addresses, the allowed IPs. The key still reaches every domain of its user, so keep the alias domain under a DirectAdmin user of its own (a reseller can create one with no web hosting).",
        "docs": "https://docs.directadmin.com/developer/api/legacy-api.html"
    },
    {
        "id": "dnsimple",
        "name": "DNSimple",
        "credentials": [
            {
                "env": "DNSIMPLE_OAUTH_TOKEN",
                "description": "Account access token (Account > Access Tokens) of the account holding the alias zone",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "DNSIMPLE_API_URL",
                "description": "API base URL without /v2, e.g. https://api.sandbox.dnsimple.com",
                "default": "https://api.dnsimple.com",
                "aliases": [
                    "DNSIMPLE_BASE_URL"
                ]
            },
            {
                "env": "DNSIMPLE_TTL",
                "description": "TTL of the TXT records (seconds, 60 or more)",
                "default": "120"
            }
        ],
        "leastPrivilege": "DNSimple access tokens cannot be limited to one zone: an account token can change every zone of its account. To keep the token away from your other zones, host the alias zone in a separate DNSimple account that holds nothing else, and create the account access token there.",
        "docs": "https://developer.dnsimple.com/v2/zones/records/"
    },
    {
        "id": "dnsmadeeasy",
        "name": "DNS Made Easy",
        "credentials": [
            {
                "env": "DNSMADEEASY_API_KEY",
                "description": "API key (Account Information > API Credentials)",
                "secret": true
            },
            {
                "env": "DNSMADEEASY_API_SECRET",
                "description": "Secret key that signs each request",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "DNSMADEEASY_API_URL",
                "description": "API base URL; the sandbox is https://api.sandbox.dnsmadeeasy.com/V2.0",
                "default": "https://api.dnsmadeeasy.com/V2.0"
            },
            {
                "env": "DNSMADEEASY_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "120"
            }
        ],
        "leastPrivilege": "The API key of a DNS Made Easy user acts with that user's rights. Create a separate user (Config > Users) whose permissions cover only the alias domain (give it access to that one domain, or to a folder/group that holds only it), enable API access for that user and use its key and secret. Where your plan has no per-user domain permissions, keep the alias domain in a separate account.",
        "docs": "https://api-docs.dnsmadeeasy.com/"
    },
    {
        "id": "duckdns",
        "name": "DuckDNS",
        "credentials": [
            {
                "env": "DUCKDNS_TOKEN",
                "description": "The account token shown on duckdns.org",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "DUCKDNS_API_URL",
                "description": "Base URL of the update API",
                "default": "https://www.duckdns.org"
            }
        ],
        "leastPrivilege": "DuckDNS has one token per account, valid for every subdomain of the account, and it cannot be narrowed. Use a separate DuckDNS account (its own sign-in) that owns only the subdomain used as the alias. DuckDNS also keeps a single TXT value per subdomain, served at the subdomain and every name below it: a certificate for a name and its wildcard needs two values at once, so give each its own alias (domain_alias lines name=alias) on two DuckDNS subdomains, and never let two runs use one subdomain at the same time.",
        "docs": "https://www.duckdns.org/spec.jsp"
    },
    {
        "id": "dynu",
        "name": "Dynu",
        "credentials": [
            {
                "env": "DYNU_API_KEY",
                "description": "API key (Control Panel > API Credentials), sent as API-Key",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "DYNU_API_URL",
                "description": "API base URL",
                "default": "https://api.dynu.com/v2"
            },
            {
                "env": "DYNU_TTL",
                "description": "TTL (seconds) of the TXT records",
                "default": "300"
            }
        ],
        "leastPrivilege": "A Dynu API key acts for the whole account: every domain, every record, account settings. It cannot be limited to one zone, so keep the alias zone in a separate Dynu account that holds nothing else, and use that account's API key.",
        "docs": "https://www.dynu.com/Support/API"
    },
    {
        "id": "easydns",
        "name": "easyDNS",
        "credentials": [
            {
                "env": "EASYDNS_TOKEN",
                "description": "API token (the user part of basic authentication)",
                "secret": true
            },
            {
                "env": "EASYDNS_KEY",
                "description": "API key that goes with the token",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "EASYDNS_ENDPOINT",
                "description": "REST API base URL; the sandbox is https://sandbox.rest.easydns.net",
                "default": "https://rest.easydns.net",
                "aliases": [
                    "EASYDNS_API_URL"
                ]
            },
            {
                "env": "EASYDNS_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "120"
            }
        ],
        "leastPrivilege": "An easyDNS API token and key act for every domain of their account and cannot be narrowed to one zone or record type. Keep the alias domain in an easyDNS account that holds nothing else, request API access for that account only, and use its token and key here.",
        "docs": "https://rest.easydns.net/"
    },
    {
        "id": "edgedns",
        "name": "Akamai Edge DNS",
        "credentials": [
            {
                "env": "AKAMAI_HOST",
                "description": "API host of the API client, e.g. akab-xxxx.luna.akamaiapis.net",
                "set": "API client"
            },
            {
                "env": "AKAMAI_CLIENT_TOKEN",
                "description": "client_token of the API client",
                "secret": true,
                "set": "API client"
            },
            {
                "env": "AKAMAI_CLIENT_SECRET",
                "description": "client_secret of the API client",
                "secret": true,
                "set": "API client"
            },
            {
                "env": "AKAMAI_ACCESS_TOKEN",
                "description": "access_token of the API client",
                "secret": true,
                "set": "API client"
            },
            {
                "env": "AKAMAI_EDGERC",
                "description": "The contents of an .edgerc file (or, as lego takes it, the path of one) with host, client_token, client_secret and access_token",
                "secret": true,
                "set": ".edgerc"
            }
        ],
        "settings": [
            {
                "env": "AKAMAI_API_URL",
                "description": "API base URL; default https:// followed by the API client host",
                "default": "https://<AKAMAI_HOST>"
            },
            {
                "env": "AKAMAI_EDGERC_SECTION",
                "description": "Section of the .edgerc to read",
                "default": "default"
            },
            {
                "env": "AKAMAI_TTL",
                "description": "TTL (seconds) of a TXT record set this provider creates",
                "default": "120"
            }
        ],
        "leastPrivilege": "In Identity and Access Management create an API client for this purpose only, with the \"DNS - Zone Record Management\" API (config-dns) at READ-WRITE and no other API, and give it a role on a group that holds only the alias zone (move the alias zone into a group of its own first). The client then cannot change other zones.",
        "docs": "https://techdocs.akamai.com/edge-dns/reference/edge-dns-api"
    },
    {
        "id": "exec",
        "name": "External program (lego exec)",
        "credentials": [
            {
                "env": "EXEC_PATH",
                "description": "Path of the program, run without a shell as `<EXEC_PATH> present <fqdn.> <value>` and `<EXEC_PATH> cleanup <fqdn.> <value>`, once per value; it gets the step environment but for the inputs (INPUT_*), the CERTALIAS_* variables and the runner's tokens"
            }
        ],
        "settings": [
            {
                "env": "EXEC_TIMEOUT",
                "description": "Seconds one call may run before it is stopped and counted as failed",
                "default": "60"
            }
        ],
        "leastPrivilege": "The program holds whatever credential it uses: give it one that can change only TXT records of the alias zone, pass it through the step env from a secret, and let the program refuse any fqdn outside the alias zone. `present` must add the value and keep the others at the name; `cleanup` must remove only that value. A non-zero exit is a failure, and the end of its stderr is shown in the error, so keep secrets out of it.",
        "docs": "https://go-acme.github.io/lego/dns/exec/"
    },
    {
        "id": "exoscale",
        "name": "Exoscale",
        "credentials": [
            {
                "env": "EXOSCALE_API_KEY",
                "description": "API key (EXO...) of an IAM key",
                "secret": true
            },
            {
                "env": "EXOSCALE_API_SECRET",
                "description": "Secret of that IAM key",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "EXOSCALE_API_URL",
                "description": "API base URL; when empty, https://api-<EXOSCALE_API_ZONE>.exoscale.com/v2",
                "default": "https://api-ch-gva-2.exoscale.com/v2",
                "aliases": [
                    "EXOSCALE_ENDPOINT"
                ]
            },
            {
                "env": "EXOSCALE_API_ZONE",
                "description": "Exoscale zone whose API endpoint to call",
                "default": "ch-gva-2"
            },
            {
                "env": "EXOSCALE_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "60"
            }
        ],
        "leastPrivilege": "Create an IAM role (IAM > Roles) with a policy for the dns service only, allowing list-dns-domains, list-dns-domain-records, create-dns-domain-record, delete-dns-domain-record and get-operation, with a rule that limits the record operations to the alias zone (e.g. `parameters.domain_id == \"<alias zone id>\"`), and create an API key for that role. The key then cannot touch other zones or any other Exoscale service.",
        "docs": "https://openapi-v2.exoscale.com/topic/topic-api-request-signature"
    },
    {
        "id": "gandi",
        "name": "Gandi LiveDNS",
        "credentials": [
            {
                "env": "GANDIV5_PERSONAL_ACCESS_TOKEN",
                "description": "Personal access token with \"Manage domain name technical configurations\" on the alias domain",
                "secret": true,
                "set": "personal access token"
            },
            {
                "env": "GANDIV5_API_KEY",
                "description": "Legacy API key (deprecated by Gandi; reaches every domain of the user)",
                "secret": true,
                "set": "API key"
            }
        ],
        "settings": [
            {
                "env": "GANDIV5_API_URL",
                "description": "LiveDNS API base URL",
                "default": "https://api.gandi.net/v5/livedns"
            },
            {
                "env": "GANDIV5_TTL",
                "description": "TTL of a TXT RRset this provider creates (seconds, 300 or more); an existing RRset keeps its TTL",
                "default": "300"
            }
        ],
        "leastPrivilege": "Create a personal access token (Gandi admin > Organization > Personal access tokens > Create a token) in the organization that owns the alias domain, restrict it to that one domain (\"Restrict to specific products\"), and grant only \"Manage domain name technical configurations\". Gandi hosts whole registered domains, so the alias zone is a domain of its own (e.g. example-validation.org); the token then cannot touch any other domain. The legacy API key cannot be scoped: avoid it.",
        "docs": "https://api.gandi.net/docs/livedns/"
    },
    {
        "id": "gcore",
        "name": "Gcore DNS",
        "credentials": [
            {
                "env": "GCORE_PERMANENT_API_TOKEN",
                "description": "Permanent API token (Profile > API tokens), sent as `Authorization: APIKey …`",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "GCORE_API_URL",
                "description": "DNS API base URL",
                "default": "https://api.gcore.com/dns"
            },
            {
                "env": "GCORE_TTL",
                "description": "TTL (seconds) of a TXT RRset this provider creates; an existing RRset keeps its TTL",
                "default": "120"
            }
        ],
        "leastPrivilege": "Gcore API tokens cannot be limited to one zone: a token carries one of the account roles (Administrators, Engineers, …) and that role applies to every product and every zone of the account. Keep the alias zone in a separate Gcore account that holds nothing else, create the token there with the lowest role that may change DNS zones (not Administrators) and an expiration date, and rotate it before it expires.",
        "docs": "https://gcore.com/docs/api-reference/dns/rrsets/update-rrset"
    },
    {
        "id": "godaddy",
        "name": "GoDaddy",
        "credentials": [
            {
                "env": "GODADDY_API_KEY",
                "description": "Production API key (developer.godaddy.com/keys)",
                "secret": true
            },
            {
                "env": "GODADDY_API_SECRET",
                "description": "The secret of that API key",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "GODADDY_API_URL",
                "description": "API base URL (https://api.ote-godaddy.com for the test environment)",
                "default": "https://api.godaddy.com"
            },
            {
                "env": "GODADDY_TTL",
                "description": "TTL of a TXT set this provider creates (seconds, 600 or more)",
                "default": "600"
            }
        ],
        "leastPrivilege": "GoDaddy API keys cannot be scoped: a key acts for every domain of the account, with full rights. Keep the alias domain in a separate GoDaddy account that holds nothing else, and create the key there. Note that GoDaddy only opens the production DNS API to accounts it allows (the API answers 403 ACCESS_DENIED otherwise), so check that first.",
        "docs": "https://developer.godaddy.com/doc/endpoint/domains"
    },
    {
        "id": "google",
        "name": "Google Cloud DNS",
        "credentials": [
            {
                "env": "GCE_SERVICE_ACCOUNT",
                "description": "Service account key, the JSON document itself (a repository secret)",
                "secret": true,
                "set": "service account key"
            },
            {
                "env": "GCE_SERVICE_ACCOUNT_FILE",
                "description": "Path of a service account key JSON file (as lego takes it)",
                "set": "service account key file"
            },
            {
                "env": "GCE_WORKLOAD_IDENTITY_PROVIDER",
                "description": "Workload identity provider for the workflow OIDC token: projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>; the job needs `permissions: id-token: write`",
                "set": "OIDC workload identity"
            },
            {
                "env": "GCE_SERVICE_ACCOUNT_EMAIL",
                "description": "Service account the workload identity impersonates",
                "set": "OIDC workload identity"
            }
        ],
        "settings": [
            {
                "env": "GOOGLE_API_URL",
                "description": "Cloud DNS API base URL",
                "default": "https://dns.googleapis.com/dns/v1"
            },
            {
                "env": "GCE_PROJECT",
                "description": "Project id of the alias zone; default: the key's project_id, or the project of GCE_SERVICE_ACCOUNT_EMAIL"
            },
            {
                "env": "GCE_ZONE_ID",
                "description": "Managed zone name (or id) of the alias zone; skips the lookup by DNS name"
            },
            {
                "env": "GCE_TTL",
                "description": "TTL (seconds) of a TXT RRset this provider creates; an existing one keeps its TTL",
                "default": "60"
            },
            {
                "env": "GOOGLE_OAUTH_URL",
                "description": "OAuth token endpoint base (service account keys)",
                "default": "https://oauth2.googleapis.com"
            },
            {
                "env": "GOOGLE_STS_URL",
                "description": "Security Token Service base (workload identity)",
                "default": "https://sts.googleapis.com"
            },
            {
                "env": "GOOGLE_IAM_URL",
                "description": "IAM Credentials API base (workload identity)",
                "default": "https://iamcredentials.googleapis.com"
            }
        ],
        "leastPrivilege": "Cloud DNS IAM can be granted on a single managed zone: give the service account roles/dns.reader on the project only if it must find the zone by name (or set GCE_ZONE_ID and skip that), and roles/dns.admin (or a custom role with dns.changes.create, dns.changes.get, dns.resourceRecordSets.list/create/update/delete) on the alias zone only (gcloud dns managed-zones add-iam-policy-binding <zone> --member serviceAccount:<email> --role ...). Better than a key: workload identity federation with an attribute condition on assertion.repository, so no long-lived key exists at all. A separate project for the alias zone limits the blast radius further.",
        "docs": "https://cloud.google.com/dns/docs/reference/rest/v1/changes/create"
    },
    {
        "id": "he",
        "name": "Hurricane Electric Free DNS (dns.he.net)",
        "credentials": [
            {
                "env": "HURRICANE_TOKENS",
                "description": "Comma-separated `name:key` pairs, one per TXT record: the record name (`_acme-challenge.validation.example.org`, or without `_acme-challenge.` as lego writes it) and the dynamic DNS key generated for that record in dns.he.net",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "HURRICANE_API_URL",
                "description": "Base URL of the dynamic DNS API",
                "default": "https://dyn.dns.he.net"
            }
        ],
        "leastPrivilege": "Nothing to narrow: each key is generated for one TXT record (in dns.he.net, create the TXT record at the alias owner, tick \"Enable entry for dynamic dns\", then generate its key) and can change only that record. A record holds one value, so a certificate for a name and its wildcard (two values at once) needs two aliases, i.e. two records with a key each (domain_alias lines name=alias). Never share one record between runs that may overlap.",
        "docs": "https://dns.he.net/docs.html"
    },
    {
        "id": "hetzner",
        "name": "Hetzner DNS (Hetzner Cloud API)",
        "credentials": [
            {
                "env": "HETZNER_API_TOKEN",
                "description": "Hetzner Cloud API token (Read & Write) of the project that holds the alias zone",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "HETZNER_API_URL",
                "description": "API base URL",
                "default": "https://api.hetzner.cloud/v1"
            },
            {
                "env": "HETZNER_TTL",
                "description": "TTL of a TXT RRset this provider creates (seconds, 60 or more); an existing RRset keeps its TTL",
                "default": "120"
            }
        ],
        "leastPrivilege": "Hetzner Cloud API tokens belong to one project and are either Read or Read & Write on everything in it; they cannot be limited to one zone. Create a Hetzner Cloud project that holds only the alias zone (Cloud Console > new project > DNS > add the zone), and create the Read & Write token under that project's Security > API tokens. The token then cannot reach your other zones, servers or projects.",
        "docs": "https://docs.hetzner.cloud/reference/cloud#zone-rrset-actions"
    },
    {
        "id": "httpreq",
        "name": "HTTP request (lego httpreq)",
        "credentials": [
            {
                "env": "HTTPREQ_ENDPOINT",
                "description": "URL of your server (lego name), e.g. https://dns-hook.example.org/acme; /present and /cleanup are appended",
                "set": "endpoint as lego names it"
            },
            {
                "env": "HTTPREQ_API_URL",
                "description": "The same URL under this project’s <PREFIX>_API_URL name; wins when both are set",
                "set": "endpoint as certalias names it"
            }
        ],
        "settings": [
            {
                "env": "HTTPREQ_USERNAME",
                "description": "Basic authentication user name (with HTTPREQ_PASSWORD)",
                "secret": true
            },
            {
                "env": "HTTPREQ_PASSWORD",
                "description": "Basic authentication password (with HTTPREQ_USERNAME)",
                "secret": true
            },
            {
                "env": "HTTPREQ_MODE",
                "description": "Only the default mode (JSON {fqdn, value}); lego's RAW mode sends the ACME token and key authorization, which this action does not hand to a DNS provider, so RAW is refused",
                "default": "",
                "values": []
            }
        ],
        "leastPrivilege": "The server is yours: let it accept only TXT changes under the alias zone (reject any fqdn outside _acme-challenge names of validation.example.org), require basic authentication with a password used for nothing else, and serve it over HTTPS. /present must add the value and keep the others at the name; /cleanup must remove only that value.",
        "docs": "https://go-acme.github.io/lego/dns/httpreq/"
    },
    {
        "id": "infoblox",
        "name": "Infoblox NIOS (WAPI)",
        "credentials": [
            {
                "env": "INFOBLOX_HOST",
                "description": "Host name of the Grid Manager, e.g. gm.example.org (no scheme, no port)"
            },
            {
                "env": "INFOBLOX_USERNAME",
                "description": "WAPI user name (HTTP basic authentication)"
            },
            {
                "env": "INFOBLOX_PASSWORD",
                "description": "The WAPI user's password",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "INFOBLOX_API_URL",
                "description": "WAPI base URL; replaces the one made of INFOBLOX_HOST, INFOBLOX_PORT and INFOBLOX_WAPI_VERSION (a proxy, a test server)",
                "default": "https://<INFOBLOX_HOST>:<INFOBLOX_PORT>/wapi/v<INFOBLOX_WAPI_VERSION>"
            },
            {
                "env": "INFOBLOX_PORT",
                "description": "HTTPS port of the Grid Manager",
                "default": "443"
            },
            {
                "env": "INFOBLOX_WAPI_VERSION",
                "description": "WAPI version in the path",
                "default": "2.11"
            },
            {
                "env": "INFOBLOX_DNS_VIEW",
                "description": "DNS view that holds the alias zone (External as in lego; NIOS names its first view \"default\")",
                "default": "External"
            },
            {
                "env": "INFOBLOX_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "120"
            },
            {
                "env": "INFOBLOX_CA_CERTIFICATE",
                "description": "The CA certificate(s) of the Grid Manager's HTTPS certificate, as PEM text or (as lego takes it) the path of a PEM file; then only these are trusted for the Grid Manager. NODE_EXTRA_CA_CERTS=<PEM file> in the step's environment works too, for every connection of the run"
            },
            {
                "env": "INFOBLOX_SSL_VERIFY",
                "description": "Only on: turning the certificate check off is refused, since the WAPI password would go to whoever answers at the Grid Manager's address; give its CA with INFOBLOX_CA_CERTIFICATE instead",
                "default": "true",
                "values": [
                    "true",
                    "1",
                    "yes"
                ]
            }
        ],
        "leastPrivilege": "Create a WAPI-only admin group (Administration > Administrators > Groups, allowed interface API only) with Read/Write permission on TXT records of the alias zone alone (Permissions > add a permission on the zone validation.example.org in the view, resource type TXT Records) and no other permission, so the user cannot touch other zones or record types; put a user with a long random password in that group. The WAPI reference of your own grid is at https://<grid manager>/wapidoc/ (objects > record:txt).",
        "docs": "https://demogm1.infoblox.com/wapidoc/"
    },
    {
        "id": "infomaniak",
        "name": "Infomaniak",
        "credentials": [
            {
                "env": "INFOMANIAK_ACCESS_TOKEN",
                "description": "API token (Manager > API tokens) with the domain scope, sent as a bearer token",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "INFOMANIAK_API_URL",
                "description": "API base URL",
                "default": "https://api.infomaniak.com",
                "aliases": [
                    "INFOMANIAK_ENDPOINT"
                ]
            },
            {
                "env": "INFOMANIAK_TTL",
                "description": "TTL (seconds) of the TXT records",
                "default": "300"
            }
        ],
        "leastPrivilege": "Infomaniak API tokens are not limited to one domain: a token with the domain scope reaches every domain its user may manage. Create the token as a user of your organisation whose access rights cover only the alias zone's domain, or keep the alias zone in a separate Infomaniak organisation that holds nothing else, and give the token no other scope than the domain scope.",
        "docs": "https://developer.infomaniak.com/docs/api"
    },
    {
        "id": "inwx",
        "name": "INWX",
        "credentials": [
            {
                "env": "INWX_USERNAME",
                "description": "INWX account (or sub-account) user name"
            },
            {
                "env": "INWX_PASSWORD",
                "description": "Its password",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "INWX_SHARED_SECRET",
                "description": "The base32 shared secret of the account’s two-factor authentication (the text behind its QR code); needed when the account has 2FA on",
                "secret": true
            },
            {
                "env": "INWX_SANDBOX",
                "description": "`true`: use the OT&E test system (https://api.ote.domrobot.com/jsonrpc/) instead of the live one",
                "default": "false",
                "values": [
                    "true",
                    "false",
                    "1",
                    "0",
                    "yes",
                    "no"
                ]
            },
            {
                "env": "INWX_API_URL",
                "description": "JSON-RPC endpoint; overrides INWX_SANDBOX",
                "default": "https://api.domrobot.com/jsonrpc/"
            },
            {
                "env": "INWX_TTL",
                "description": "TTL of the TXT records (seconds, 300 or more)",
                "default": "300"
            }
        ],
        "leastPrivilege": "INWX logins cannot be limited to DNS or to one domain. Create a sub-account (Account > Sub-accounts) that holds only the alias domain, or move the alias domain to an INWX account of its own, give it a password used nowhere else and two-factor authentication, and use that login here with INWX_SHARED_SECRET.",
        "docs": "https://www.inwx.com/en/help/apidoc",
        "notes": "INWX’s name servers sometimes take longer than the default `propagation_timeout` of 300 seconds to serve a new record; if runs stop waiting for them, set `propagation_timeout: 600` on the step."
    },
    {
        "id": "ionos",
        "name": "IONOS DNS",
        "credentials": [
            {
                "env": "IONOS_API_KEY",
                "description": "API key as `<public prefix>.<secret>`, both parts from the IONOS developer portal (Get started > API keys)",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "IONOS_API_URL",
                "description": "API base URL",
                "default": "https://api.hosting.ionos.com/dns"
            },
            {
                "env": "IONOS_TTL",
                "description": "TTL of the TXT records (seconds, 300 or more)",
                "default": "300"
            }
        ],
        "leastPrivilege": "IONOS API keys cannot be scoped: a key acts for the whole IONOS contract, every zone and every other API of it. Keep the alias zone in a separate IONOS contract that holds nothing else, create the key there, and delete keys you no longer use in the developer portal.",
        "docs": "https://developer.hosting.ionos.com/docs/dns"
    },
    {
        "id": "joker",
        "name": "Joker.com (DMAPI)",
        "credentials": [
            {
                "env": "JOKER_API_KEY",
                "description": "DMAPI API key (My Joker > Manage API keys)",
                "secret": true,
                "set": "API key"
            },
            {
                "env": "JOKER_USERNAME",
                "description": "Joker.com user name (e-mail address)",
                "set": "user name and password"
            },
            {
                "env": "JOKER_PASSWORD",
                "description": "Joker.com password",
                "secret": true,
                "set": "user name and password"
            }
        ],
        "settings": [
            {
                "env": "JOKER_API_URL",
                "description": "DMAPI request URL",
                "default": "https://dmapi.joker.com/request"
            },
            {
                "env": "JOKER_API_MODE",
                "description": "`DMAPI`, the only mode supported (lego’s `SVC` mode, the dynamic DNS interface, is not)",
                "default": "DMAPI",
                "values": [
                    "DMAPI"
                ]
            },
            {
                "env": "JOKER_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "120"
            }
        ],
        "leastPrivilege": "Joker.com API keys cannot be limited to DNS or to one domain, and every write replaces a whole zone. Make an API key for this use only (My Joker > Manage API keys) and, where the account allows it, restrict the key to the IP addresses your runners leave from. To keep it away from your other domains, hold the alias domain in a separate Joker.com account.",
        "docs": "https://joker.com/faq/category/39/22-dmapi.html"
    },
    {
        "id": "linode",
        "name": "Linode (Akamai Cloud) DNS Manager",
        "credentials": [
            {
                "env": "LINODE_TOKEN",
                "description": "Personal access token with Domains: Read/Write",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "LINODE_API_URL",
                "description": "API base URL",
                "default": "https://api.linode.com/v4"
            },
            {
                "env": "LINODE_TTL",
                "description": "TTL of the TXT records (seconds, 300 or more)",
                "default": "300"
            }
        ],
        "leastPrivilege": "A token has the rights of the user who makes it, limited by its scopes. Add a restricted user to the account (Account > Users & Grants) whose only grant is Read/Write on the alias domain, log in as that user and create a personal access token with only Domains: Read/Write. The token then cannot see or change any other domain.",
        "docs": "https://techdocs.akamai.com/linode-api/reference/get-domain-records"
    },
    {
        "id": "mythicbeasts",
        "name": "Mythic Beasts (DNS API v2)",
        "credentials": [
            {
                "env": "MYTHICBEASTS_USERNAME",
                "description": "Key ID of the API key (the OAuth client id)"
            },
            {
                "env": "MYTHICBEASTS_PASSWORD",
                "description": "Secret of the API key",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "MYTHICBEASTS_API_ENDPOINT",
                "description": "DNS API v2 base URL",
                "default": "https://api.mythic-beasts.com/dns/v2",
                "aliases": [
                    "MYTHICBEASTS_API_URL"
                ]
            },
            {
                "env": "MYTHICBEASTS_AUTH_API_ENDPOINT",
                "description": "Where the API key logs in for a token",
                "default": "https://auth.mythic-beasts.com/login"
            },
            {
                "env": "MYTHICBEASTS_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "120"
            }
        ],
        "leastPrivilege": "Create an API key for this purpose only (Control panel > API keys) and, under its DNS API permissions, allow it the alias zone alone (validation.example.org), record type TXT and the host _acme-challenge (or one line per host the action writes), with read and write. The key can then change those TXT records and nothing else of the account.",
        "docs": "https://www.mythic-beasts.com/support/api/dnsv2"
    },
    {
        "id": "namecheap",
        "name": "Namecheap",
        "credentials": [
            {
                "env": "NAMECHEAP_API_USER",
                "description": "Namecheap user name the API key belongs to"
            },
            {
                "env": "NAMECHEAP_API_KEY",
                "description": "API key (Profile > Tools > Business & Dev Tools > API Access)",
                "secret": true
            },
            {
                "env": "NAMECHEAP_CLIENT_IP",
                "description": "Public IPv4 address the requests come from, whitelisted in API Access; Namecheap refuses every call from any other address, so the runner needs a fixed egress address (self-hosted runner or proxy)"
            }
        ],
        "settings": [
            {
                "env": "NAMECHEAP_API_URL",
                "description": "API endpoint; the sandbox is https://api.sandbox.namecheap.com/xml.response",
                "default": "https://api.namecheap.com/xml.response"
            },
            {
                "env": "NAMECHEAP_TTL",
                "description": "TTL of the TXT records (seconds, 60 to 60000)",
                "default": "120"
            }
        ],
        "leastPrivilege": "Namecheap API keys cannot be scoped: the key acts for every domain of the account, and every write rewrites all host records of a domain. Keep the alias domain in a separate Namecheap account that holds nothing else (API access needs the account to qualify: balance, domain count or spend), enable API access there, and whitelist only the fixed IP your runner leaves from.",
        "docs": "https://www.namecheap.com/support/api/methods/domains-dns/set-hosts/"
    },
    {
        "id": "namedotcom",
        "name": "Name.com",
        "credentials": [
            {
                "env": "NAMECOM_USERNAME",
                "description": "Name.com user name (for the test system, the user name with `-test` appended)"
            },
            {
                "env": "NAMECOM_API_TOKEN",
                "description": "API token (Account > Settings > API)",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "NAMECOM_API_URL",
                "description": "API base URL; a bare host name (as lego's NAMECOM_SERVER takes it, e.g. api.dev.name.com for the test system) means https://<host>/core/v1",
                "default": "https://api.name.com/core/v1",
                "aliases": [
                    "NAMECOM_SERVER"
                ]
            },
            {
                "env": "NAMECOM_TTL",
                "description": "TTL of the TXT records (seconds, 300 or more)",
                "default": "300"
            }
        ],
        "leastPrivilege": "Name.com API tokens cannot be scoped: a token acts on every domain of the account, registrations and transfers included. Keep the alias domain in a separate Name.com account that holds nothing else, create the token there, and revoke it in the API settings when it is no longer needed.",
        "docs": "https://docs.name.com/",
        "notes": "Name.com’s name servers can take several minutes to serve a new record. If runs stop waiting for them, set `propagation_timeout: 900` on the step; the run polls and goes on as soon as every name server serves the values."
    },
    {
        "id": "namesilo",
        "name": "NameSilo",
        "credentials": [
            {
                "env": "NAMESILO_API_KEY",
                "description": "API key (Account > API Manager)",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "NAMESILO_API_URL",
                "description": "API base URL",
                "default": "https://www.namesilo.com/api"
            },
            {
                "env": "NAMESILO_TTL",
                "description": "TTL of the TXT records (seconds, 3600 to 2592000)",
                "default": "3600"
            }
        ],
        "leastPrivilege": "NameSilo API keys cannot be scoped: a key acts on every domain of the account, registration and transfers included. Keep the alias domain in a separate NameSilo account that holds nothing else, generate the key there, and in the API Manager restrict it to the IP addresses your runners leave from when they are fixed.",
        "docs": "https://www.namesilo.com/api-reference",
        "notes": "NameSilo publishes DNS changes on its name servers in batches, about every 15 minutes, so the wait for every name server takes longer than the default `propagation_timeout` of 300 seconds allows. Set `propagation_timeout: 1800` (30 minutes) on the step; the run polls and goes on as soon as every name server serves the values."
    },
    {
        "id": "netcup",
        "name": "netcup DNS",
        "credentials": [
            {
                "env": "NETCUP_CUSTOMER_NUMBER",
                "description": "Customer number of the netcup account"
            },
            {
                "env": "NETCUP_API_KEY",
                "description": "API key (CCP > Master data > API)",
                "secret": true
            },
            {
                "env": "NETCUP_API_PASSWORD",
                "description": "API password (CCP > Master data > API)",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "NETCUP_API_URL",
                "description": "JSON endpoint of the CCP API",
                "default": "https://ccp.netcup.net/run/webservice/servers/endpoint.php?JSON"
            }
        ],
        "leastPrivilege": "netcup API keys cannot be scoped: a key with the API password acts on every domain of the customer account, and every write rewrites the record set of a zone. Keep the alias domain in a separate netcup customer account that holds nothing else, create an API key there for this use only, and delete it in the CCP when it is no longer needed. The zone TTL is the zone’s own setting in the CCP: the API sets none per record.",
        "docs": "https://ccp.netcup.net/run/webservice/servers/endpoint.php",
        "notes": "netcup’s name servers take several minutes, often up to 15, to serve a changed zone. Set `propagation_timeout: 900` on the step; the run polls and goes on as soon as every name server serves the values."
    },
    {
        "id": "netlify",
        "name": "Netlify DNS",
        "credentials": [
            {
                "env": "NETLIFY_TOKEN",
                "description": "Personal access token (User settings > Applications > Personal access tokens)",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "NETLIFY_API_URL",
                "description": "API base URL",
                "default": "https://api.netlify.com/api/v1"
            },
            {
                "env": "NETLIFY_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "300"
            }
        ],
        "leastPrivilege": "Netlify personal access tokens cannot be scoped: a token acts as its user on every team, site and DNS zone the user can reach. Create a Netlify user that is a member of one team only, keep the alias zone in that team (Domains > Add a domain), and create the token as that user with an expiration date. The token then cannot reach your other teams' zones or sites.",
        "docs": "https://open-api.netlify.com/#tag/dnsZone"
    },
    {
        "id": "njalla",
        "name": "Njalla",
        "credentials": [
            {
                "env": "NJALLA_TOKEN",
                "description": "API token (Settings > API access), sent as `Authorization: Njalla …`",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "NJALLA_API_URL",
                "description": "JSON-RPC endpoint",
                "default": "https://njal.la/api/1"
            },
            {
                "env": "NJALLA_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "300"
            }
        ],
        "leastPrivilege": "A Njalla API token acts for the whole account: every domain, and registrations too, not only DNS. Keep the alias domain in a Njalla account that holds nothing else, create the token there, and delete the token when no workflow uses it any more.",
        "docs": "https://njal.la/api/"
    },
    {
        "id": "ns1",
        "name": "NS1 (IBM NS1 Connect)",
        "credentials": [
            {
                "env": "NS1_API_KEY",
                "description": "API key, sent as X-NSONE-Key",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "NS1_API_URL",
                "description": "API base URL",
                "default": "https://api.nsone.net/v1"
            },
            {
                "env": "NS1_TTL",
                "description": "TTL (seconds) of a TXT record this provider creates",
                "default": "120"
            }
        ],
        "leastPrivilege": "Create an API key (Account settings > Users & teams > API keys) whose DNS permissions allow only \"View zones\" and \"Manage zones\", with \"Allow access to all zones\" off and the alias zone as the only zone in the allow list. Leave every other permission (account, monitoring, data) off.",
        "docs": "https://ns1.com/api"
    },
    {
        "id": "oraclecloud",
        "name": "Oracle Cloud Infrastructure DNS",
        "credentials": [
            {
                "env": "OCI_PRIVKEY",
                "description": "The API key's private key: its PEM, base64-encoded as lego takes it, or as it is (a repository secret)",
                "secret": true,
                "set": "private key",
                "aliases": [
                    "OCI_PRIVATE_KEY"
                ]
            },
            {
                "env": "OCI_PRIVKEY_FILE",
                "description": "Path of the API key's PEM private key file (as lego takes it), or the PEM itself",
                "secret": true,
                "set": "private key file",
                "aliases": [
                    "OCI_PRIVATE_KEY_PATH"
                ]
            },
            {
                "env": "OCI_TENANCY_OCID",
                "description": "OCID of the tenancy (ocid1.tenancy...)"
            },
            {
                "env": "OCI_USER_OCID",
                "description": "OCID of the user the API key belongs to (ocid1.user...)"
            },
            {
                "env": "OCI_PUBKEY_FINGERPRINT",
                "description": "Fingerprint of the API key's public key, as the console shows it (12:34:...:ef)",
                "aliases": [
                    "OCI_FINGERPRINT"
                ]
            },
            {
                "env": "OCI_REGION",
                "description": "Region whose DNS endpoint to call, e.g. us-ashburn-1"
            },
            {
                "env": "OCI_COMPARTMENT_OCID",
                "description": "OCID of the compartment holding the alias zone (the tenancy OCID for the root compartment)"
            }
        ],
        "settings": [
            {
                "env": "OCI_API_URL",
                "description": "DNS API base URL; when empty, the commercial realm endpoint of OCI_REGION. Regions of other realms (government, sovereign, dedicated) set their own DNS endpoint here, with /20180115",
                "default": "https://dns.<OCI_REGION>.oraclecloud.com/20180115"
            },
            {
                "env": "OCI_PRIVKEY_PASS",
                "description": "Passphrase of the private key, when it is encrypted",
                "secret": true,
                "aliases": [
                    "OCI_PRIVATE_KEY_PASSWORD"
                ]
            },
            {
                "env": "OCI_TTL",
                "description": "TTL (seconds) of TXT records at an owner that has none; added values take the TTL of the others",
                "default": "60"
            }
        ],
        "leastPrivilege": "Make an IAM user for certalias alone (API key only, no console password), put it in a group of its own, and give that group two policy statements: `Allow group <group> to inspect dns-zones in compartment <compartment>` (to find the zone) and `Allow group <group> to use dns-records in compartment <compartment> where target.dns-zone.name = '<alias zone>'`. The key can then change records of the alias zone only. Keeping the alias zone in a compartment of its own narrows the listing as well.",
        "docs": "https://docs.oracle.com/en-us/iaas/api/#/en/dns/20180115/Records/PatchDomainRecords"
    },
    {
        "id": "ovh",
        "name": "OVHcloud",
        "credentials": [
            {
                "env": "OVH_APPLICATION_KEY",
                "description": "Application key (AK) of the API application",
                "secret": true
            },
            {
                "env": "OVH_APPLICATION_SECRET",
                "description": "Application secret (AS), signs every request",
                "secret": true
            },
            {
                "env": "OVH_CONSUMER_KEY",
                "description": "Consumer key (CK) validated with access rules on the alias zone",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "OVH_ENDPOINT",
                "description": "API region (OVH_API_URL, when set, takes the place of its address)",
                "default": "ovh-eu",
                "values": [
                    "ovh-eu",
                    "ovh-ca",
                    "ovh-us",
                    "kimsufi-eu",
                    "kimsufi-ca",
                    "soyoustart-eu",
                    "soyoustart-ca"
                ]
            },
            {
                "env": "OVH_API_URL",
                "description": "API base URL; when empty it follows OVH_ENDPOINT",
                "default": "https://eu.api.ovh.com/1.0"
            },
            {
                "env": "OVH_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "120"
            }
        ],
        "leastPrivilege": "Create the application at https://eu.api.ovh.com/createApp/ (ca.api.ovh.com, api.us.ovhcloud.com for the other regions), then request the consumer key (POST /auth/credential) with access rules limited to the alias zone only: GET, POST and DELETE on /domain/zone/validation.example.org/* and GET on /domain/zone/validation.example.org. Any other zone of the account then answers 403 to this key.",
        "docs": "https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api?id=kb_article_view&sysparm_article=KB0042784"
    },
    {
        "id": "plesk",
        "name": "Plesk",
        "credentials": [
            {
                "env": "PLESK_SERVER_BASE_URL",
                "description": "Address of the Plesk panel, e.g. https://plesk.example.org:8443",
                "aliases": [
                    "PLESK_API_URL"
                ]
            },
            {
                "env": "PLESK_USERNAME",
                "description": "Login of the Plesk customer (or administrator) holding the alias domain"
            },
            {
                "env": "PLESK_PASSWORD",
                "description": "Its password",
                "secret": true
            }
        ],
        "settings": [],
        "leastPrivilege": "Plesk's XML API accepts a customer's login and then reaches only that customer's subscriptions. Create a customer whose one subscription holds just the alias domain, allow it DNS zone management (Service Plans > Permissions > Management of DNS zone) and nothing it does not need, and use its login here, never the administrator's. Plesk API logins cannot be narrowed further, to one record type or one name.",
        "docs": "https://docs.plesk.com/en-US/obsidian/api-rpc/about-xml-api/reference/managing-dns/managing-dns-records.34782/"
    },
    {
        "id": "porkbun",
        "name": "Porkbun",
        "credentials": [
            {
                "env": "PORKBUN_API_KEY",
                "description": "API key (pk1_...)",
                "secret": true
            },
            {
                "env": "PORKBUN_SECRET_API_KEY",
                "description": "Secret API key (sk1_...)",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "PORKBUN_API_URL",
                "description": "API base URL",
                "default": "https://api.porkbun.com/api/json/v3"
            },
            {
                "env": "PORKBUN_TTL",
                "description": "TTL of the TXT records (seconds, 600 or more)",
                "default": "600"
            }
        ],
        "leastPrivilege": "Porkbun API keys cannot be scoped: a key pair acts for the whole account. What limits it is the per-domain \"API Access\" switch (Domain Management > Details > API Access): turn it on for the alias domain only, so the key cannot change any other domain. Better still, keep the alias domain in a separate Porkbun account that holds nothing else, and create the key pair there.",
        "docs": "https://porkbun.com/api/json/v3/documentation"
    },
    {
        "id": "powerdns",
        "name": "PowerDNS Authoritative (HTTP API)",
        "credentials": [
            {
                "env": "PDNS_API_URL",
                "description": "Address of the PowerDNS webserver, e.g. http://ns.example.org:8081 (a trailing /api/v1 is accepted)"
            },
            {
                "env": "PDNS_API_KEY",
                "description": "The api-key of pdns.conf, sent as X-API-Key",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "PDNS_SERVER_NAME",
                "description": "Server id in the API path",
                "default": "localhost"
            },
            {
                "env": "PDNS_TTL",
                "description": "TTL (seconds) of a TXT RRset this provider creates; an existing RRset keeps its TTL",
                "default": "60"
            }
        ],
        "leastPrivilege": "PowerDNS Authoritative has a single API key per server (the api-key setting) with full control of every zone, and its maintainers declined per-zone or per-account keys (PowerDNS/pdns#7521, #11192), so the key itself cannot be narrowed to the alias zone. Either serve the alias zone from a separate PowerDNS instance that holds nothing else, or put a proxy in front of the API that only lets through GET of the alias zone and PATCH of its TXT RRsets (e.g. catalyst/powerdns-auth-proxy), and give the action the proxy's address and key.",
        "docs": "https://doc.powerdns.com/authoritative/http-api/zone.html"
    },
    {
        "id": "rfc2136",
        "name": "RFC 2136 (BIND, Knot, PowerDNS, Windows DNS)",
        "credentials": [
            {
                "env": "RFC2136_NAMESERVER",
                "description": "The primary server that accepts dynamic updates for the alias zone: an IP address or host name, optionally with :port (IPv6 with a port: [2001:db8::53]:53)."
            },
            {
                "env": "RFC2136_TSIG_KEY",
                "description": "Name of the TSIG key, as in the server configuration."
            },
            {
                "env": "RFC2136_TSIG_SECRET",
                "description": "The TSIG secret, base64, as tsig-keygen prints it.",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "RFC2136_TSIG_ALGORITHM",
                "description": "TSIG algorithm of the key, as the server configuration names it.",
                "default": "hmac-sha256",
                "values": [
                    "hmac-sha256",
                    "hmac-sha384",
                    "hmac-sha512",
                    "hmac-sha224",
                    "hmac-sha1",
                    "hmac-md5"
                ]
            },
            {
                "env": "RFC2136_TTL",
                "description": "TTL in seconds of the TXT records written.",
                "default": "60"
            },
            {
                "env": "RFC2136_TIMEOUT",
                "description": "Seconds to wait for the answer to one UPDATE, over all of its tries.",
                "default": "10"
            }
        ],
        "leastPrivilege": "Make a key for this purpose only (`tsig-keygen -a hmac-sha256 certalias`) and allow it to change TXT records of the alias zone and nothing else: in BIND, `update-policy { grant certalias zonesub TXT; };` in the alias zone only, never `allow-update` and never on the main zone. Knot: an ACL with `action: update`, `update-type: TXT` and the key on the alias zone; PowerDNS: `TSIG-ALLOW-DNSUPDATE` metadata on the alias zone only.",
        "docs": "https://www.rfc-editor.org/rfc/rfc2136"
    },
    {
        "id": "route53",
        "name": "Amazon Route 53",
        "credentials": [
            {
                "env": "AWS_ACCESS_KEY_ID",
                "description": "Access key id",
                "secret": true,
                "set": "access key"
            },
            {
                "env": "AWS_SECRET_ACCESS_KEY",
                "description": "Secret access key",
                "secret": true,
                "set": "access key"
            },
            {
                "env": "AWS_ROLE_ARN",
                "description": "Role to assume with the workflow OIDC token (STS AssumeRoleWithWebIdentity); the job needs `permissions: id-token: write`. Used when no access key is given",
                "set": "OIDC role"
            }
        ],
        "settings": [
            {
                "env": "ROUTE53_API_URL",
                "description": "Route 53 API endpoint (AWS_ENDPOINT_URL_ROUTE_53 and AWS_ENDPOINT_URL work too, as in the AWS SDKs)",
                "default": "https://route53.amazonaws.com"
            },
            {
                "env": "AWS_ENDPOINT_URL_STS",
                "description": "STS endpoint for the OIDC role (also AWS_STS_API_URL, or AWS_ENDPOINT_URL for every AWS service)",
                "default": "https://sts.amazonaws.com"
            },
            {
                "env": "AWS_SESSION_TOKEN",
                "description": "Session token of temporary access keys",
                "secret": true
            },
            {
                "env": "AWS_HOSTED_ZONE_ID",
                "description": "Hosted zone id of the alias zone (skips the lookup by name; needed for a private zone)"
            },
            {
                "env": "AWS_REGION",
                "description": "Only picks the partition to sign for: cn-* (China) or us-gov-* (GovCloud); else us-east-1"
            },
            {
                "env": "AWS_ROLE_SESSION_NAME",
                "description": "Session name of the assumed role",
                "default": "certalias"
            },
            {
                "env": "AWS_WEB_IDENTITY_TOKEN_FILE",
                "description": "File holding the web identity token AWS_ROLE_ARN is assumed with (EKS and other OIDC platforms); unset: the workflow's OIDC token"
            },
            {
                "env": "AWS_PROFILE",
                "description": "Profile of the shared config and credentials files whose aws_access_key_id and aws_secret_access_key to use, when no key or role is given",
                "default": "default"
            },
            {
                "env": "AWS_SHARED_CREDENTIALS_FILE",
                "description": "The shared credentials file",
                "default": "~/.aws/credentials"
            },
            {
                "env": "AWS_CONFIG_FILE",
                "description": "The shared config file",
                "default": "~/.aws/config"
            },
            {
                "env": "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                "description": "Path of the task role credentials on the ECS agent (169.254.170.2), set by ECS"
            },
            {
                "env": "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                "description": "URL of a container credentials endpoint (EKS Pod Identity and others): https, or http to loopback or the container agent"
            },
            {
                "env": "AWS_CONTAINER_AUTHORIZATION_TOKEN",
                "description": "Authorization header for the container credentials endpoint",
                "secret": true
            },
            {
                "env": "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
                "description": "File holding that Authorization header (wins over AWS_CONTAINER_AUTHORIZATION_TOKEN)"
            },
            {
                "env": "AWS_EC2_METADATA_DISABLED",
                "description": "true: never ask EC2 instance metadata for the instance role",
                "default": "false"
            },
            {
                "env": "AWS_EC2_METADATA_SERVICE_ENDPOINT",
                "description": "Instance metadata address (IMDSv2), e.g. http://[fd00:ec2::254] on an IPv6-only instance",
                "default": "http://169.254.169.254"
            },
            {
                "env": "AWS_TTL",
                "description": "TTL (seconds) of a TXT RRset this provider creates; an existing one keeps its TTL",
                "default": "60"
            }
        ],
        "leastPrivilege": "Give the IAM user or role (for the OIDC way: a role whose trust policy admits only token.actions.githubusercontent.com with aud sts.amazonaws.com and sub repo:<owner>/<repo>:...) a policy allowing route53:ListHostedZonesByName (Resource \"*\"), route53:GetChange on arn:aws:route53:::change/*, and route53:ListResourceRecordSets plus route53:ChangeResourceRecordSets on arn:aws:route53:::hostedzone/<alias zone id> only, with the conditions ForAllValues:StringEquals route53:ChangeResourceRecordSetsRecordTypes [\"TXT\"] and ForAllValues:StringLike route53:ChangeResourceRecordSetsNormalizedRecordNames [\"_acme-challenge.*\"]. Setting AWS_HOSTED_ZONE_ID makes the ListHostedZonesByName permission unnecessary.",
        "docs": "https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html",
        "ambient": {
            "summary": "a shared profile, container credentials or the EC2 instance role",
            "description": "the AWS SDKs' chain goes on: the keys of AWS_PROFILE (default: default) in the shared credentials and config files, then the container credentials endpoint, then the instance role from EC2 instance metadata (IMDSv2, a second to answer): a self-hosted runner on AWS needs no key",
            "variables": [
                "AWS_PROFILE",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                "AWS_CONTAINER_CREDENTIALS_FULL_URI"
            ]
        }
    },
    {
        "id": "scaleway",
        "name": "Scaleway Domains and DNS",
        "credentials": [
            {
                "env": "SCW_SECRET_KEY",
                "description": "Secret key of an API key whose IAM policy allows managing DNS in the project of the alias zone",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "SCW_API_URL",
                "description": "API base URL",
                "default": "https://api.scaleway.com"
            },
            {
                "env": "SCW_PROJECT_ID",
                "description": "Project holding the alias zone; empty: every project the key can see",
                "default": ""
            },
            {
                "env": "SCW_TTL",
                "description": "TTL of the TXT records (seconds, 60 or more)",
                "default": "60"
            }
        ],
        "leastPrivilege": "Scaleway IAM scopes an API key by project, not by zone. Create an IAM application, attach a policy whose only rule grants the permission set DomainsDNSFullAccess on the project holding the alias zone, and generate an API key for that application. To keep the key away from your other zones, put the alias zone in a project of its own (a subdomain zone can be created in another project than its parent domain).",
        "docs": "https://www.scaleway.com/en/developers/api/domains-and-dns/"
    },
    {
        "id": "selectel",
        "name": "Selectel DNS (API v2)",
        "credentials": [
            {
                "env": "SELECTELV2_USERNAME",
                "description": "Name of the service user"
            },
            {
                "env": "SELECTELV2_PASSWORD",
                "description": "Password of the service user",
                "secret": true
            },
            {
                "env": "SELECTELV2_ACCOUNT_ID",
                "description": "Selectel account number (the Keystone domain of the user)"
            },
            {
                "env": "SELECTELV2_PROJECT_ID",
                "description": "Id of the project the token is scoped to"
            }
        ],
        "settings": [
            {
                "env": "SELECTELV2_API_URL",
                "description": "DNS API base URL",
                "default": "https://api.selectel.ru/domains/v2",
                "aliases": [
                    "SELECTELV2_BASE_URL"
                ]
            },
            {
                "env": "SELECTELV2_AUTH_URL",
                "description": "Keystone identity API (v3) base URL",
                "default": "https://cloud.api.selcloud.ru/identity/v3"
            },
            {
                "env": "SELECTELV2_TTL",
                "description": "TTL of a TXT RRset this provider creates (seconds, 60 or more)",
                "default": "60"
            }
        ],
        "leastPrivilege": "Selectel roles cannot be limited to one zone. Create a project that holds only the alias zone (zones belong to a project in DNS hosting v2), and a service user (Access > Service users) with the role \"member\" in that project only; scope the token to it with SELECTELV2_PROJECT_ID. The user then cannot reach zones or resources of other projects.",
        "docs": "https://developers.selectel.ru/docs/cloud-services/dns_api/dns_api_actual/"
    },
    {
        "id": "technitium",
        "name": "Technitium DNS Server",
        "credentials": [
            {
                "env": "TECHNITIUM_SERVER_BASE_URL",
                "description": "Address of the web console and API, e.g. https://dns.example.org:53443 (/api/… is appended)",
                "aliases": [
                    "TECHNITIUM_API_URL"
                ]
            },
            {
                "env": "TECHNITIUM_API_TOKEN",
                "description": "An API token (Administration > Sessions > Create Token), sent in the form body",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "TECHNITIUM_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "120"
            }
        ],
        "leastPrivilege": "An API token acts with its user's permissions. Create a user for this purpose only (Administration > Users), give it no section permissions beyond Zones: View, and on the alias zone alone grant it View and Modify (Zones > validation.example.org > Permissions); then create the token for that user (Administration > Sessions > Create Token). The token can change records of the alias zone and of no other zone. Technitium also accepts RFC 2136 updates signed with a TSIG key allowed for that zone only (the rfc2136 provider).",
        "docs": "https://github.com/TechnitiumSoftware/DnsServer/blob/master/APIDOCS.md#add-record"
    },
    {
        "id": "tencentcloud",
        "name": "Tencent Cloud DNSPod",
        "credentials": [
            {
                "env": "TENCENTCLOUD_SECRET_ID",
                "description": "SecretId of the API key",
                "secret": true
            },
            {
                "env": "TENCENTCLOUD_SECRET_KEY",
                "description": "SecretKey of the API key",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "TENCENTCLOUD_API_URL",
                "description": "API base URL (dnspod.intl.tencentcloudapi.com for the international site)",
                "default": "https://dnspod.tencentcloudapi.com"
            },
            {
                "env": "TENCENTCLOUD_SESSION_TOKEN",
                "description": "Token of temporary credentials (STS), sent with a temporary SecretId and SecretKey",
                "secret": true
            },
            {
                "env": "TENCENTCLOUD_REGION",
                "description": "Region sent with each request (DNSPod needs none)"
            },
            {
                "env": "TENCENTCLOUD_TTL",
                "description": "TTL of the TXT records (seconds; the domain's plan sets the minimum, 600 on the free plan)",
                "default": "600"
            }
        ],
        "leastPrivilege": "In Cloud Access Management create a sub-user with programmatic access only, and attach a custom policy that allows dnspod:DescribeDomainList, dnspod:DescribeRecordList, dnspod:CreateRecord and dnspod:DeleteRecord with the resource limited to the alias zone (qcs::dnspod:::domain/<domain id>; DescribeDomainList needs resource *, it only lists). The sub-user's API key then cannot change other zones.",
        "docs": "https://www.tencentcloud.com/document/api/1157/49025"
    },
    {
        "id": "transip",
        "name": "TransIP",
        "credentials": [
            {
                "env": "TRANSIP_ACCOUNT_NAME",
                "description": "Login name of the TransIP account"
            },
            {
                "env": "TRANSIP_PRIVATE_KEY_PATH",
                "description": "The PEM private key of an API key pair (Control panel > Account > API), or, as lego takes it, the path of a file holding it",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "TRANSIP_API_URL",
                "description": "API base URL",
                "default": "https://api.transip.nl/v6"
            },
            {
                "env": "TRANSIP_TTL",
                "description": "TTL (expire) of the TXT entries, in seconds: TransIP's expire values",
                "default": "60",
                "values": [
                    "60",
                    "300",
                    "3600",
                    "86400"
                ]
            }
        ],
        "leastPrivilege": "TransIP API keys act for the whole account and cannot be limited to one domain. Keep the alias zone in a TransIP account of its own (it can be a small account that holds only that domain) and make the key pair there; the key must be a global key (not whitelisted to IP addresses), as runners have no fixed address.",
        "docs": "https://api.transip.nl/rest/docs.html"
    },
    {
        "id": "vercel",
        "name": "Vercel DNS",
        "credentials": [
            {
                "env": "VERCEL_API_TOKEN",
                "description": "Access token (Account settings > Tokens), scoped to the team that holds the alias domain",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "VERCEL_API_URL",
                "description": "API base URL",
                "default": "https://api.vercel.com"
            },
            {
                "env": "VERCEL_TEAM_ID",
                "description": "Team id (team_…) when the domain belongs to a team; empty: the domains of the token’s personal account"
            },
            {
                "env": "VERCEL_TTL",
                "description": "TTL of the TXT records (seconds, 60 or more)",
                "default": "60"
            }
        ],
        "leastPrivilege": "Vercel tokens cannot be limited to DNS or to one domain; the narrowest is a token whose scope is one team. Create a team that holds only the alias domain (no projects), create the token with that team as its scope and an expiration date, and set VERCEL_TEAM_ID to the team id. The token then cannot reach your other teams' domains or deployments.",
        "docs": "https://vercel.com/docs/rest-api/reference/endpoints/dns"
    },
    {
        "id": "vultr",
        "name": "Vultr DNS",
        "credentials": [
            {
                "env": "VULTR_API_KEY",
                "description": "API key of a user with the Manage DNS permission",
                "secret": true
            }
        ],
        "settings": [
            {
                "env": "VULTR_API_URL",
                "description": "API base URL",
                "default": "https://api.vultr.com/v2"
            },
            {
                "env": "VULTR_TTL",
                "description": "TTL of the TXT records (seconds)",
                "default": "120"
            }
        ],
        "leastPrivilege": "Vultr API keys belong to a user and cannot be limited to one domain. Add a user to the account (Account > Users) whose only permission is Manage DNS, enable its API access and use its key: it then cannot touch servers or billing, but still reaches every domain of the account. To keep it away from your other zones, host the alias zone in a separate Vultr account that holds nothing else.",
        "docs": "https://www.vultr.com/api/#tag/dns"
    },
    {
        "id": "yandexcloud",
        "name": "Yandex Cloud DNS",
        "credentials": [
            {
                "env": "YANDEX_CLOUD_IAM_TOKEN",
                "description": "Authorized key of a service account: the JSON `yc iam key create` writes ({\"id\", \"service_account_id\", \"private_key\"}), base64-encoded as lego takes it, or as it is",
                "secret": true
            },
            {
                "env": "YANDEX_CLOUD_FOLDER_ID",
                "description": "Id of the folder holding the alias zone"
            }
        ],
        "settings": [
            {
                "env": "YANDEX_CLOUD_API_URL",
                "description": "DNS API base URL",
                "default": "https://dns.api.cloud.yandex.net/dns/v1"
            },
            {
                "env": "YANDEX_CLOUD_IAM_URL",
                "description": "IAM API base URL (where the IAM token is made)",
                "default": "https://iam.api.cloud.yandex.net/iam/v1"
            },
            {
                "env": "YANDEX_CLOUD_TTL",
                "description": "TTL of a TXT record set this provider creates (seconds)",
                "default": "60"
            }
        ],
        "leastPrivilege": "Create a service account and grant it the role dns.editor on the alias zone only (Cloud DNS > the zone > Access bindings), not on the folder or the cloud; add dns.viewer on the folder only if the zone must be found by listing (it lists, it changes nothing). Then create an authorized key for the service account (`yc iam key create --service-account-name <name> -o key.json`) and store it base64-encoded as the secret.",
        "docs": "https://yandex.cloud/en/docs/dns/api-ref/DnsZone/upsertRecordSets"
    }
];

// EXTERNAL MODULE: ./src/providers/types.ts
var types = __webpack_require__(42695);
;// CONCATENATED MODULE: ./src/providers/index.ts
// The registry of DNS providers: the descriptors (credentials, settings, docs) in one small generated table, each
// provider's code in a chunk of its own, loaded when it is chosen. A run reads its inputs, and fails on a bad one,
// without compiling every provider.


/** Every provider's descriptor, by id. */
const DESCRIPTORS = Object.fromEntries(PROVIDER_DESCRIPTORS.map((descriptor) => [descriptor.id, descriptor]));
/** One provider's module; each import() is its own chunk of the bundle. */
async function load(id) {
    switch (id) {
        case 'acme-dns':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6171)]).then(__webpack_require__.bind(__webpack_require__, 46171))).acmeDns;
        case 'alidns':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(2852)]).then(__webpack_require__.bind(__webpack_require__, 72852))).alidns;
        case 'arvancloud':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(9662)]).then(__webpack_require__.bind(__webpack_require__, 9662))).arvancloud;
        case 'azure':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(5038), __webpack_require__.e(7774)]).then(__webpack_require__.bind(__webpack_require__, 57774))).azure;
        case 'bunny':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(8809)]).then(__webpack_require__.bind(__webpack_require__, 48809))).bunny;
        case 'cloudflare':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(2004)]).then(__webpack_require__.bind(__webpack_require__, 72004))).cloudflare;
        case 'cloudns':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(3851)]).then(__webpack_require__.bind(__webpack_require__, 13851))).cloudns;
        case 'constellix':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(2032)]).then(__webpack_require__.bind(__webpack_require__, 12032))).constellix;
        case 'cpanel':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(5166)]).then(__webpack_require__.bind(__webpack_require__, 35166))).cpanel;
        case 'desec':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(1373)]).then(__webpack_require__.bind(__webpack_require__, 71373))).desec;
        case 'digitalocean':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(3521)]).then(__webpack_require__.bind(__webpack_require__, 63521))).digitalocean;
        case 'directadmin':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(5957)]).then(__webpack_require__.bind(__webpack_require__, 75957))).directadmin;
        case 'dnsimple':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(5655)]).then(__webpack_require__.bind(__webpack_require__, 55655))).dnsimple;
        case 'dnsmadeeasy':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(249)]).then(__webpack_require__.bind(__webpack_require__, 249))).dnsmadeeasy;
        case 'duckdns':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4894), __webpack_require__.e(3329), __webpack_require__.e(1093), __webpack_require__.e(1280)]).then(__webpack_require__.bind(__webpack_require__, 473))).duckdns;
        case 'dynu':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(3937)]).then(__webpack_require__.bind(__webpack_require__, 43937))).dynu;
        case 'easydns':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6748)]).then(__webpack_require__.bind(__webpack_require__, 86748))).easydns;
        case 'edgedns':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(9893)]).then(__webpack_require__.bind(__webpack_require__, 29893))).edgedns;
        case 'exec':
            return (await __webpack_require__.e(/* import() */ 4946).then(__webpack_require__.bind(__webpack_require__, 4946))).exec;
        case 'exoscale':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(2579)]).then(__webpack_require__.bind(__webpack_require__, 12579))).exoscale;
        case 'gandi':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(9968)]).then(__webpack_require__.bind(__webpack_require__, 29968))).gandi;
        case 'gcore':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(5883)]).then(__webpack_require__.bind(__webpack_require__, 65883))).gcore;
        case 'godaddy':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(4105)]).then(__webpack_require__.bind(__webpack_require__, 94105))).godaddy;
        case 'google':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(5038), __webpack_require__.e(2804)]).then(__webpack_require__.bind(__webpack_require__, 2804))).google;
        case 'he':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4894), __webpack_require__.e(3329), __webpack_require__.e(1093), __webpack_require__.e(5623)]).then(__webpack_require__.bind(__webpack_require__, 14700))).he;
        case 'hetzner':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(2675)]).then(__webpack_require__.bind(__webpack_require__, 92675))).hetzner;
        case 'httpreq':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(8061)]).then(__webpack_require__.bind(__webpack_require__, 98061))).httpreq;
        case 'infoblox':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(4506)]).then(__webpack_require__.bind(__webpack_require__, 34506))).infoblox;
        case 'infomaniak':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6236)]).then(__webpack_require__.bind(__webpack_require__, 16236))).infomaniak;
        case 'inwx':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(804)]).then(__webpack_require__.bind(__webpack_require__, 70804))).inwx;
        case 'ionos':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(793)]).then(__webpack_require__.bind(__webpack_require__, 793))).ionos;
        case 'joker':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(3626)]).then(__webpack_require__.bind(__webpack_require__, 93626))).joker;
        case 'linode':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(1480)]).then(__webpack_require__.bind(__webpack_require__, 21480))).linode;
        case 'mythicbeasts':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(1897)]).then(__webpack_require__.bind(__webpack_require__, 11897))).mythicbeasts;
        case 'namecheap':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(4819)]).then(__webpack_require__.bind(__webpack_require__, 14819))).namecheap;
        case 'namedotcom':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(8196)]).then(__webpack_require__.bind(__webpack_require__, 48196))).namedotcom;
        case 'namesilo':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 60145))).namesilo;
        case 'netcup':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6570)]).then(__webpack_require__.bind(__webpack_require__, 46570))).netcup;
        case 'netlify':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(2676)]).then(__webpack_require__.bind(__webpack_require__, 2676))).netlify;
        case 'njalla':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(8701)]).then(__webpack_require__.bind(__webpack_require__, 68701))).njalla;
        case 'ns1':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(1271)]).then(__webpack_require__.bind(__webpack_require__, 41271))).ns1;
        case 'oraclecloud':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(5038), __webpack_require__.e(2138)]).then(__webpack_require__.bind(__webpack_require__, 42138))).oraclecloud;
        case 'ovh':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6302)]).then(__webpack_require__.bind(__webpack_require__, 26302))).ovh;
        case 'plesk':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6224)]).then(__webpack_require__.bind(__webpack_require__, 76224))).plesk;
        case 'porkbun':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6694)]).then(__webpack_require__.bind(__webpack_require__, 56694))).porkbun;
        case 'powerdns':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(1787)]).then(__webpack_require__.bind(__webpack_require__, 1787))).powerdns;
        case 'rfc2136':
            return (await Promise.all(/* import() */[__webpack_require__.e(4894), __webpack_require__.e(4742)]).then(__webpack_require__.bind(__webpack_require__, 24742))).rfc2136;
        case 'route53':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(5038), __webpack_require__.e(9825), __webpack_require__.e(4324)]).then(__webpack_require__.bind(__webpack_require__, 94324))).route53;
        case 'scaleway':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(2334)]).then(__webpack_require__.bind(__webpack_require__, 42334))).scaleway;
        case 'selectel':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(5746)]).then(__webpack_require__.bind(__webpack_require__, 45746))).selectel;
        case 'technitium':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(1119)]).then(__webpack_require__.bind(__webpack_require__, 81119))).technitium;
        case 'tencentcloud':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(9033)]).then(__webpack_require__.bind(__webpack_require__, 99033))).tencentcloud;
        case 'transip':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(7174)]).then(__webpack_require__.bind(__webpack_require__, 37174))).transip;
        case 'vercel':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(7496)]).then(__webpack_require__.bind(__webpack_require__, 77496))).vercel;
        case 'vultr':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(2504)]).then(__webpack_require__.bind(__webpack_require__, 92504))).vultr;
        case 'yandexcloud':
            return (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3329), __webpack_require__.e(6619)]).then(__webpack_require__.bind(__webpack_require__, 56619))).yandexcloud;
        default:
            return undefined;
    }
}
/** The provider for `id`, with every secret credential masked before the provider sees it. */
async function createProvider(id, context) {
    const descriptor = DESCRIPTORS[id];
    const module = descriptor === undefined ? undefined : await load(id);
    if (descriptor === undefined || module === undefined)
        throw new Error(`unknown DNS provider "${id}"`);
    // lego's other names for a variable stand for it: the provider reads one name only
    const env = (0,types/* withAliases */.Pu)(descriptor, context.env);
    for (const setting of [...descriptor.credentials, ...descriptor.settings]) {
        const value = env[setting.env];
        if (setting.secret && value)
            context.host.mask(value);
    }
    return module.create({ ...context, env });
}
/** Close the provider's session, if it opened one; a failed logout is a warning, never the run's failure. */
async function closeProvider(provider, warn) {
    try {
        await provider.close?.();
    }
    catch (error) {
        warn(`${provider.id}: could not log out: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 42695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pu: () => (/* binding */ withAliases),
/* harmony export */   SA: () => (/* binding */ settingValue),
/* harmony export */   sv: () => (/* binding */ acceptedNames)
/* harmony export */ });
/**
 * The environment with every descriptor variable under its own name: an unset (or blank) variable takes the
 * value of the first of its aliases that is set. Other variables pass through unchanged.
 */
function withAliases(descriptor, env) {
    let resolved;
    for (const setting of [...descriptor.credentials, ...descriptor.settings]) {
        if (env[setting.env]?.trim() || setting.aliases === undefined)
            continue;
        const alias = setting.aliases.find((name) => env[name]?.trim());
        if (alias === undefined)
            continue;
        resolved ??= { ...env };
        resolved[setting.env] = env[alias];
    }
    return resolved ?? env;
}
/** A value as a fixed set of values is compared: no surrounding space, no case, no trailing dot. */
function settingValue(value) {
    return value.trim().toLowerCase().replace(/\.$/, '');
}
/** The variable and its aliases, as a message names them: `A` or `A (or B, C)`. */
function acceptedNames(setting) {
    return setting.aliases === undefined || setting.aliases.length === 0
        ? setting.env
        : `${setting.env} (or ${setting.aliases.join(', ')})`;
}


/***/ }),

/***/ 48992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   et: () => (/* binding */ printableJson),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   p7: () => (/* binding */ markdownText)
/* harmony export */ });
// Text from outside (a DNS answer, a CA's problem, an API's error body) shown without letting it act: one rule
// for every line a Host prints, one for a foreign value named in a message, one for the job summary's Markdown.
// The GitHub runner reads a line (split at CR or LF) as a command when it starts with `::` after white space,
// or holds the older `##[` anywhere; a terminal or another CI's log obeys escape sequences.
/**
 * Characters that change how text is shown rather than what it says: C0 and C1 controls, DEL, the Unicode line
 * and paragraph separators, and the bidirectional marks and overrides that can show a name other than it is.
 */
function isControl(code) {
    return (code < 0x20 ||
        (code >= 0x7f && code <= 0x9f) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x200e ||
        code === 0x200f ||
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2066 && code <= 0x2069));
}
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeControl(char) {
    const code = char.charCodeAt(0);
    return NAMED[char] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}
const hex = (code, width) => code.toString(16).padStart(width, '0');
/** Every control character written as an escape (`\n`, `\x1b`, `\u202e`), except the ones `keep` allows. */
function escapeControls(text, keep = () => false) {
    let out = '';
    for (const char of text)
        out += isControl(char.charCodeAt(0)) && !keep(char) ? escapeControl(char) : char;
    return out;
}
/**
 * The rule for every line a Host prints (info as much as a warning or an error): control characters shown
 * escaped, so that only a message's own line breaks end a line, and no line the runner could read as a
 * workflow command: a leading `::` and every `##[` get their first character escaped, and read as before.
 */
function printable(message) {
    return escapeControls(message, (char) => char === '\n')
        .split('\n')
        .map((line) => line.replace(/^(\s*):/, '$1\\x3a').replaceAll('##[', '\\x23#['))
        .join('\n');
}
/**
 * JSON on one line by the same rule, and parsing back to the same value: every control character a \u escape
 * (JSON.stringify leaves DEL, C1 and the separators raw), and `##[` written `\u0023#[`.
 */
function printableJson(value) {
    let out = '';
    for (const char of JSON.stringify(value)) {
        const code = char.charCodeAt(0);
        out += isControl(code) ? `\\u${hex(code, 4)}` : char;
    }
    return out.replaceAll('##[', '\\u0023#[');
}
/**
 * A foreign value named in a message: in double quotes, on one line, every control character and quote escaped.
 * A backslash stays single, so a DNS name in presentation form reads as dig writes it (`x\010y.example`).
 */
function quote(value) {
    return `"${escapeControls(value.replace(/"/g, '\\"'))}"`;
}
/**
 * Foreign text in the job summary's Markdown, as the text it is: no HTML, no link, image, emphasis or table cell
 * of its own, no heading, list or quote at a line's start, and on one line.
 */
function markdownText(text) {
    return escapeControls(text.replace(/\r?\n/g, ' '))
        .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`)
        .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
        .replace(/^(\s*)(-|=)/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
/**
 * A Markdown link to a web address from outside, or its text when it is none: `(`, `)`, `<`, `>`, white space
 * and control characters percent-encoded, so the address cannot end the link early and add one of its own.
 */
function markdownLink(label, address) {
    let url;
    try {
        url = new URL(address);
    }
    catch {
        return markdownText(address);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return markdownText(address);
    const encoded = url.href.replace(/[()<>\s\\]/g, (c) => `%${hex(c.charCodeAt(0), 2).toUpperCase()}`);
    return `[${markdownText(label)}](${encoded})`;
}


/***/ })

};
