// The narrow interface the core talks to instead of @actions/core, so it runs (and is tested) outside GitHub.
export interface Host {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** Whether debug lines are shown (the runner's debug logging, --debug on the command line). */
  isDebug(): boolean
  /** Register a secret so that no later log line shows it. */
  mask(secret: string): void
  /** The text with every secret registered so far replaced by ***: for text the runner's masking does not reach. */
  redact(text: string): string
  setOutput(name: string, value: string): void
  /** Save a value for the post step (GITHUB_STATE). */
  saveState(name: string, value: string): void
  getState(name: string): string
  /** Append a section (markdown) to the job summary. */
  summary(markdown: string): Promise<void>
  /** Runs `work` with the lines it logs folded under `title` (a group in the job log). */
  group<T>(title: string, work: () => Promise<T>): Promise<T>
  /**
   * The workflow's OIDC token for `audience` (empty: GitHub's default, the URL of the repository owner), masked.
   * Rejects with what to change when this run cannot have one.
   */
  idToken(audience?: string): Promise<string>
}

/** A PEM secret masked whole and line by line, but not its BEGIN/END lines, which would blank every other PEM. */
export function maskPem(host: Pick<Host, 'mask'>, pem: string): void {
  host.mask(pem)
  for (const line of pem.split(/\r?\n/))
    if (line.trim() !== '' && !line.startsWith('-----')) host.mask(line.trim())
}

/** Every secret in the text replaced by ***, the longest first: one secret may hold another. */
export function redactSecrets(text: string, secrets: Iterable<string>): string {
  return [...secrets]
    .sort((a, b) => b.length - a.length)
    .reduce((out, secret) => out.split(secret).join('***'), text)
}
