// Name rules: lowercase A-labels, no trailing dot, a wildcard only as the whole leftmost label.
import { domainToASCII } from 'node:url'
import { quote } from '../text.js'

export class NameError extends Error {}

export interface CertName {
  /** As written in the certificate: `*.example.com` or `example.com` (punycode). */
  readonly name: string
  /** The name without the wildcard label: where `_acme-challenge` goes. */
  readonly base: string
  readonly wildcard: boolean
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** Normalize one name as written by a user; throws NameError saying what is wrong with it. */
export function normalizeName(input: string): CertName {
  const raw = input.trim().replace(/\.$/, '')
  if (raw === '') throw new NameError('an empty name')
  const labels = raw.split('.')
  const wildcard = labels[0] === '*'
  if (labels.slice(wildcard ? 1 : 0).some((label) => label.includes('*'))) {
    throw new NameError(`"${input}": a wildcard must be the whole leftmost label, as in *.example.com`)
  }
  const rest = labels.slice(wildcard ? 1 : 0).join('.')
  // WHATWG's domainToASCII applies UTS 46 (case folding, IDNA mapping, punycode), which is what browsers
  // and CAs use to compare names; it returns '' for a name it cannot convert.
  const base = domainToASCII(rest).replace(/\.$/, '')
  if (base === '') throw new NameError(`"${input}" is not a valid host name`)
  const baseLabels = base.split('.')
  if (baseLabels.length < 2) throw new NameError(`"${input}" needs at least two labels (a name under a zone)`)
  const bad = baseLabels.find((label) => !LABEL.test(label))
  if (bad !== undefined) {
    throw new NameError(`"${input}" has an invalid label "${bad}" (letters, digits and inner hyphens only)`)
  }
  if (base.length > 253) throw new NameError(`"${input}" is longer than 253 characters`)
  return { name: wildcard ? `*.${base}` : base, base, wildcard }
}

/** Split the `domain` input (commas, spaces, new lines) and normalize; duplicates collapse, order kept. */
export function parseNames(input: string): CertName[] {
  const seen = new Map<string, CertName>()
  for (const part of input.split(/[\s,]+/)) {
    if (part === '') continue
    const name = normalizeName(part)
    if (!seen.has(name.name)) seen.set(name.name, name)
  }
  return [...seen.values()]
}

/** A DNS name compared the way DNS does: lowercase, no trailing dot. */
export function canonical(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '')
}

export function challengeName(name: CertName): string {
  return `_acme-challenge.${name.base}`
}

/** Where dns-persist-01 looks for the name's persistent record (a wildcard's at its base, as dns-01's). */
export function persistName(name: CertName): string {
  return `_validation-persist.${name.base}`
}

/** true when `name` is `zone` or under it. */
export function isUnder(name: string, zone: string): boolean {
  return name === zone || name.endsWith(`.${zone}`)
}

const DNS_LABEL = /^[a-z0-9_-]{1,63}$/i

/**
 * Why `name` (as read from DNS: lower case, no trailing dot) is no host name certalias follows or writes at, or
 * undefined when it is one: labels of letters, digits, hyphens (not first or last) and underscores, 63
 * characters each, 253 in all. A DNS answer can hold any byte; this is where it stops being a name.
 */
export function hostnameProblem(name: string): string | undefined {
  if (name.length > 253) return `it is ${name.length} characters long (at most 253)`
  for (const label of presentedLabels(name)) {
    if (label === '') return 'it has an empty label'
    if (label.length > 63) return `it has a label of ${label.length} characters (at most 63)`
    if (!DNS_LABEL.test(label))
      return `${quote(label)} is not a label of letters, digits, hyphens and underscores`
    if (label.startsWith('-') || label.endsWith('-'))
      return `its label ${quote(label)} starts or ends with a hyphen`
  }
  return undefined
}

/** The labels of a name in DNS presentation form, where `\.` is a dot inside a label and `\\` a backslash. */
function presentedLabels(name: string): string[] {
  const labels = ['']
  for (let i = 0; i < name.length; i++) {
    const char = name[i] as string
    if (char === '.') labels.push('')
    else {
      const escaped = char === '\\' && i + 1 < name.length ? `${char}${name[++i]}` : char
      labels[labels.length - 1] += escaped
    }
  }
  return labels
}
