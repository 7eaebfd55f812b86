// Entry of dist/index.js. Run by the runner (`node dist/index.js`) it is the action, for both `main` and `post`
// (the post step is told apart by saved state); imported by bin/certalias.mjs it is the command line.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The command line: `certalias <command> [options]`; resolves to the exit status. */
export async function certalias(
  argv: readonly string[],
  about?: { readonly version: string; readonly root?: string },
): Promise<number> {
  const { cli } = await import('./cli/index.js')
  return cli(argv, process.env, about)
}

const invoked = process.argv[1] === undefined ? '' : resolve(process.argv[1])
if (invoked === fileURLToPath(import.meta.url)) {
  await (await import('./action/index.js')).step()
}
