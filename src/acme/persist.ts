// The dns-persist-01 challenge object (draft-ietf-acme-dns-persist, section 3.1): no token, but the CA's issuer
// domain names, one of which the persistent record must name, and the account URI it must carry. A client MUST
// reject a challenge whose list is empty or longer than 10; one that names another account could only fail. Both
// are refused here, before anything is answered.
import { quote } from '../text.js'
import { AcmeError } from './ca.js'

/** The draft's limit on issuer-domain-names, against denial of service through the challenge object. */
const MAX_ISSUERS = 10
/** A lowercase A-label name without a trailing dot (section 3.1's normalization rules). */
const ISSUER =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

/**
 * The issuer domain names of a dns-persist-01 challenge for `name`, after checking the object as the draft says:
 * 1 to 10 normalized names, and the `accounturi`, when the CA sends one, this session's account.
 */
export function persistIssuers(
  challenge: Record<string, unknown>,
  accountUrl: string,
  name: string,
): string[] {
  const malformed = (why: string) =>
    new AcmeError(
      `the CA's dns-persist-01 challenge for ${name} is malformed: ${why}; it was not answered (a CA that follows draft-ietf-acme-dns-persist sends no such challenge)`,
    )
  const issuers = challenge['issuer-domain-names']
  if (!Array.isArray(issuers)) throw malformed('it has no issuer-domain-names list')
  if (issuers.length === 0 || issuers.length > MAX_ISSUERS) {
    throw malformed(
      `issuer-domain-names has ${issuers.length} entries (the draft allows 1 to ${MAX_ISSUERS})`,
    )
  }
  const bad = issuers.find((issuer) => typeof issuer !== 'string' || !ISSUER.test(issuer))
  if (bad !== undefined) {
    throw malformed(
      `issuer-domain-names holds ${quote(String(bad).slice(0, 100))}, not a lowercase A-label name without a trailing dot`,
    )
  }
  // The draft's challenge object carries the account URI the record must name; an older CA may leave it out, and
  // the record names this session's account either way.
  const account = challenge.accounturi
  if (account !== undefined && account !== accountUrl) {
    throw malformed(
      `it names the account ${quote(String(account).slice(0, 200))}, not this run's ${accountUrl}`,
    )
  }
  return issuers as string[]
}
