// The issue-value syntax of RFC 8659 section 4.2: an issuer domain name, then `; tag=value` parameters. CAA's
// `issue` and `issuewild` properties carry it, and so does the dns-persist-01 record (draft-ietf-acme-dns-persist).
//
//   issue-value = *WSP [issuer-domain-name *WSP] [";" *WSP [parameters *WSP]]
//   parameters  = (parameter *WSP ";" *WSP parameters) / parameter
//   parameter   = parameter-tag *WSP "=" *WSP parameter-value
//   parameter-value = *(%x21-3A / %x3C-7E)          ; visible ASCII but ";"

import { quote } from '../text.js'

export interface IssueParameter {
  readonly tag: string
  readonly value: string
}

export interface IssueValue {
  /** Lower case; undefined when the value names no issuer (`;` alone forbids every CA in CAA). */
  readonly issuer: string | undefined
  /** In the order written; tags as written (compare them case-insensitively). */
  readonly parameters: readonly IssueParameter[]
}

export class IssueValueError extends Error {}

// label = (ALPHA / DIGIT) *( *("-") (ALPHA / DIGIT)), for domain labels and parameter tags alike
const LABEL = '[A-Za-z0-9](?:-*[A-Za-z0-9])*'
const ISSUER = new RegExp(`^${LABEL}(?:\\.${LABEL})*`)
const PARAMETER = new RegExp(`^(${LABEL})[ \\t]*=[ \\t]*([\\x21-\\x3a\\x3c-\\x7e]*)`)
const SPACE = /^[ \t]*/

/** Parses one issue-value; an IssueValueError says where it leaves the syntax. */
export function parseIssueValue(text: string): IssueValue {
  let rest = text
  const skipSpace = () => {
    rest = rest.replace(SPACE, '')
  }
  const fail = (what: string): never => {
    const at = rest.length > 24 ? `${rest.slice(0, 24)}...` : rest
    throw new IssueValueError(`${what} at ${quote(at)}`)
  }
  skipSpace()
  const issuer = ISSUER.exec(rest)?.[0]
  if (issuer !== undefined) rest = rest.slice(issuer.length)
  skipSpace()
  const parameters: IssueParameter[] = []
  if (rest === '') return { issuer: issuer?.toLowerCase(), parameters }
  if (!rest.startsWith(';'))
    fail(issuer === undefined ? 'not an issuer domain name' : 'expected ";" after the issuer')
  rest = rest.slice(1)
  skipSpace()
  while (rest !== '') {
    const parameter = PARAMETER.exec(rest)
    if (parameter === null) fail('not a parameter (tag=value)')
    const [whole, tag, value] = parameter as unknown as [string, string, string]
    parameters.push({ tag, value })
    rest = rest.slice(whole.length)
    skipSpace()
    if (rest === '') break
    if (!rest.startsWith(';')) fail('expected ";" between parameters')
    rest = rest.slice(1)
    skipSpace()
    // the grammar has no ";" after the last parameter
    if (rest === '') fail('a ";" with no parameter after it')
  }
  return { issuer: issuer?.toLowerCase(), parameters }
}

const WHOLE_ISSUER = new RegExp(`${ISSUER.source}$`)
const WHOLE_TAG = new RegExp(`^${LABEL}$`)
const WHOLE_VALUE = /^[\x21-\x3a\x3c-\x7e]*$/

/**
 * `issuer; tag=value; tag=value`, as the drafts and RFC 8659 write their examples. The parts come from a CA (its
 * identity, the account URL it assigned): a part outside the grammar would write another record than meant (a
 * `; policy=wildcard` inside an account URL), so it is refused, never written.
 */
export function formatIssueValue(issuer: string, parameters: readonly IssueParameter[]): string {
  if (!WHOLE_ISSUER.test(issuer))
    throw new IssueValueError(
      `${quote(issuer)} is not an issuer domain name (RFC 8659: labels of letters, digits and "-")`,
    )
  for (const { tag, value } of parameters) {
    if (!WHOLE_TAG.test(tag)) throw new IssueValueError(`${quote(tag)} is not a parameter tag`)
    if (!WHOLE_VALUE.test(value))
      throw new IssueValueError(
        `the ${tag} ${quote(value)} cannot be written in the record: RFC 8659 allows visible ASCII but ";", no space`,
      )
  }
  return [issuer, ...parameters.map((p) => `${p.tag}=${p.value}`)].join('; ')
}

/**
 * The values of the parameter `tag` (matched case-insensitively). More than one means the record says two
 * things at once, which RFC 8657 makes unsatisfiable for `accounturi` and `validationmethods`.
 */
export function parameterValues(value: IssueValue, tag: string): string[] {
  const wanted = tag.toLowerCase()
  return value.parameters.filter((p) => p.tag.toLowerCase() === wanted).map((p) => p.value)
}
