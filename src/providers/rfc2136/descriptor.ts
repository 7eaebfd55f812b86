// What the rfc2136 provider needs from the environment; the README table and provider docs are generated from it.
import type { ProviderDescriptor } from '../types.js'

export const descriptor: ProviderDescriptor = {
  id: 'rfc2136',
  name: 'RFC 2136 (BIND, Knot, PowerDNS, Windows DNS)',
  credentials: [
    {
      env: 'RFC2136_NAMESERVER',
      description:
        'The primary server that accepts dynamic updates for the alias zone: an IP address or host name, optionally with :port (IPv6 with a port: [2001:db8::53]:53).',
    },
    { env: 'RFC2136_TSIG_KEY', description: 'Name of the TSIG key, as in the server configuration.' },
    {
      env: 'RFC2136_TSIG_SECRET',
      description: 'The TSIG secret, base64, as tsig-keygen prints it.',
      secret: true,
    },
  ],
  settings: [
    {
      env: 'RFC2136_TSIG_ALGORITHM',
      description: 'TSIG algorithm of the key, as the server configuration names it.',
      default: 'hmac-sha256',
      values: ['hmac-sha256', 'hmac-sha384', 'hmac-sha512', 'hmac-sha224', 'hmac-sha1', 'hmac-md5'],
    },
    { env: 'RFC2136_TTL', description: 'TTL in seconds of the TXT records written.', default: '60' },
    {
      env: 'RFC2136_TIMEOUT',
      description: 'Seconds to wait for the answer to one UPDATE, over all of its tries.',
      default: '10',
    },
  ],
  leastPrivilege:
    'Make a key for this purpose only (`tsig-keygen -a hmac-sha256 certalias`) and allow it to change TXT records of the alias zone and nothing else: in BIND, `update-policy { grant certalias zonesub TXT; };` in the alias zone only, never `allow-update` and never on the main zone. Knot: an ACL with `action: update`, `update-type: TXT` and the key on the alias zone; PowerDNS: `TSIG-ALLOW-DNSUPDATE` metadata on the alias zone only.',
  // Dynamic update itself; its TSIG signing is RFC 8945 (https://www.rfc-editor.org/rfc/rfc8945).
  docs: 'https://www.rfc-editor.org/rfc/rfc2136',
}
