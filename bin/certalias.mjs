#!/usr/bin/env node
// The command line of certalias: the same bundle as the action (dist/index.js), run as `certalias <command>`.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { certalias } from '../dist/index.js'

const root = new URL('..', import.meta.url)
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
process.exitCode = await certalias(process.argv.slice(2), { version, root: fileURLToPath(root) })
