// A row of mode: check: what was checked, of what, the result, and the fix when it failed.
export interface CheckRow {
  /** What is checked: cname, resolver, delegation, alias-zone, write, persist, caa, ca, account. */
  readonly check: string
  /** Of what: a name, a server, an owner. */
  readonly subject: string
  readonly status: 'pass' | 'fail' | 'skip'
  readonly detail: string
  readonly fix?: string
  /** persist: where the dns-persist-01 record goes, and the exact value to publish there. */
  readonly owner?: string
  readonly value?: string
}
